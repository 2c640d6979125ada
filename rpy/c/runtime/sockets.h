/* sockets.h -- the runtime functions of sockets.c and procs.c (included
 * by rpy.h; rpy/rlib/rsocket.py and rprocess.py document them). */
#ifndef RPY_SOCKETS_H
#define RPY_SOCKETS_H

void rpy_os_raise_errno(int err);     /* os.c: OSError "[Errno N] text" */

void rpy_sock_set_blocking(Signed fd, Signed blocking);
Signed rpy_sock_get_blocking(Signed fd);
void rpy_sock_set_inheritable(Signed fd, Signed inheritable);
Signed rpy_sock_get_inheritable(Signed fd);
void rpy_sock_select_clear(void);
void rpy_sock_select_add(Signed fd, Signed which);
Signed rpy_sock_select_wait(Signed nfds, Signed timeout_ns);
Signed rpy_sock_select_isset(Signed fd, Signed which);
void rpy_sock_poll_clear(void);
void rpy_sock_poll_add(Signed fd, Signed events);
Signed rpy_sock_poll_wait(Signed timeout_ms);
Signed rpy_sock_poll_revents(Signed i);
Signed rpy_sock_wait_fd(Signed fd, Signed writing, Signed timeout_ms);
Signed rpy_sock_epoll_create(void);
void rpy_sock_epoll_ctl(Signed epfd, Signed op, Signed fd, Signed events);
Signed rpy_sock_epoll_wait(Signed epfd, Signed maxevents, Signed timeout_ms);
Signed rpy_sock_epoll_fd(Signed i);
Signed rpy_sock_epoll_events(Signed i);
Signed rpy_sock_gai_error(void);
rpy_string *rpy_sock_gai_strerror(Signed code);
void rpy_sock_addr_inet(rpy_string *host, Signed port);
void rpy_sock_addr_inet6(rpy_string *host, Signed port, Signed flowinfo, Signed scope_id);
void rpy_sock_addr_unix(rpy_string *path);
Signed rpy_sock_res_family(void);
rpy_string *rpy_sock_res_host(void);
Signed rpy_sock_res_port(void);
Signed rpy_sock_res_flowinfo(void);
Signed rpy_sock_res_scope_id(void);
rpy_string *rpy_sock_res_path(void);
Signed rpy_sock_socket(Signed family, Signed type, Signed proto);
Signed rpy_sock_socketpair(Signed family, Signed type, Signed proto);
void rpy_sock_bind(Signed fd);
void rpy_sock_listen(Signed fd, Signed backlog);
Signed rpy_sock_connect(Signed fd);
Signed rpy_sock_accept(Signed fd);
void rpy_sock_getsockname(Signed fd);
void rpy_sock_getpeername(Signed fd);
Signed rpy_sock_send(Signed fd, rpy_string *data, Signed flags);
Signed rpy_sock_sendto(Signed fd, rpy_string *data, Signed flags);
rpy_string *rpy_sock_recv(Signed fd, Signed n, Signed flags);
rpy_string *rpy_sock_recvfrom(Signed fd, Signed n, Signed flags);
Signed rpy_sock_sendmsg(Signed fd, rpy_string *data, rpy_string *anc, Signed flags);
rpy_string *rpy_sock_recvmsg(Signed fd, Signed n, Signed ancsize, Signed flags);
rpy_string *rpy_sock_recvmsg_anc(void);
Signed rpy_sock_recvmsg_flags(void);
Signed rpy_sock_cmsg_len(Signed n);
Signed rpy_sock_cmsg_space(Signed n);
void rpy_sock_shutdown(Signed fd, Signed how);
void rpy_sock_setsockopt_int(Signed fd, Signed level, Signed opt, Signed value);
void rpy_sock_setsockopt_bytes(Signed fd, Signed level, Signed opt, rpy_string *value);
Signed rpy_sock_getsockopt_int(Signed fd, Signed level, Signed opt);
rpy_string *rpy_sock_getsockopt_bytes(Signed fd, Signed level, Signed opt, Signed buflen);
rpy_string *rpy_sock_inet_pton(Signed family, rpy_string *text);
rpy_string *rpy_sock_inet_aton(rpy_string *text);
rpy_string *rpy_sock_inet_ntop(Signed family, rpy_string *packed);
rpy_string *rpy_sock_gethostname(void);
Signed rpy_sock_getaddrinfo(rpy_string *host, rpy_string *port, Signed family, Signed type,
                            Signed proto, Signed flags);
Signed rpy_sock_ai_field(Signed i, Signed which);
rpy_string *rpy_sock_ai_canonname(Signed i);
void rpy_sock_ai_select(Signed i);
Signed rpy_sock_h_error(void);
rpy_string *rpy_sock_h_strerror(Signed code);
rpy_string *rpy_sock_gethostbyaddr(rpy_string *host);
rpy_string *rpy_sock_gethostbyname_ex(rpy_string *host);
rpy_string *rpy_sock_getnameinfo(Signed flags);
Signed rpy_sock_getservbyname(rpy_string *name, rpy_string *proto);
rpy_string *rpy_sock_getservbyport(Signed port, rpy_string *proto);
Signed rpy_sock_getprotobyname(rpy_string *name);

Signed rpy_proc_pipe(void);
void rpy_proc_execv(rpy_string *path_s, rpy_string *argv_s, rpy_string *env_s, Signed has_env);
Signed rpy_proc_waitpid(Signed pid, Signed options);
Signed rpy_proc_system(rpy_string *cmd);
Signed rpy_proc_wait_status(void);
Signed rpy_proc_fork(void);
Signed rpy_proc_setsid(void);
Signed rpy_proc_getsid(Signed pid);
void rpy_proc_setpgid(Signed pid, Signed pgrp);
Signed rpy_proc_getpgid(Signed pid);
Signed rpy_proc_pidfd_open(Signed pid, Signed flags);
void rpy_proc_preexec_failed(Signed errpipe_write);
Signed rpy_proc_fork_exec(rpy_string *argv_s, rpy_string *paths_s, rpy_string *env_s,
                          Signed has_env, rpy_string *cwd_s, Signed has_cwd,
                          rpy_string *keep_s, Signed close_fds,
                          Signed p2cread, Signed p2cwrite, Signed c2pread, Signed c2pwrite,
                          Signed errread, Signed errwrite, Signed errpipe_read,
                          Signed errpipe_write, Signed restore_signals, Signed call_setsid,
                          Signed pgid, Signed child_umask, Signed gid, Signed uid,
                          rpy_string *groups_s, Signed has_groups, Signed stage);

#endif
