/* sockets.c -- sockets, select/poll/epoll and descriptor flags for RPy
 * programs (rpy/rlib/rsocket.py is the interface and documents each
 * function).
 *
 * Results with several values go through small per-process records, as in
 * os.c: the address a call needs is set first (rpy_sock_addr_inet/inet6/
 * unix) and the address a call returns (accept, getsockname, getpeername,
 * recvfrom, getaddrinfo entries) is read afterwards (rpy_sock_res_*).  The
 * program is single-threaded, so one record of each kind is enough.
 *
 * Errors raise OSError "[Errno N] text" through os.c's rpy_os_raise_errno
 * (so ros.get_errno() gives the code); an address that does not resolve
 * raises OSError with gai_strerror's text and records the EAI code
 * (rpy_sock_gai_error), a failed host lookup its h_errno
 * (rpy_sock_h_error): the interpreter raises socket.gaierror/herror.
 * Both are set (or cleared) only by the functions that resolve names.
 * Nothing here retries after EINTR except where CPython does it in C: the
 * caller runs its signal handlers and retries (PEP 475).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "rpy.h"
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/un.h>

/* from strings.c and os.c */
rpy_string *rpy__str_new(uint32_t tid, const char *p, Signed nbytes, Signed nchars);
void rpy_os_raise_errno(int err);

static rpy_string *new_bytes(const char *p, Signed n) {
    return rpy__str_new(RPY_TID_BYTES, p, n, n);
}

/* ---------------------------------------------------------------- descriptor flags */

void rpy_sock_set_blocking(Signed fd, Signed blocking) {
    int flags = fcntl((int)fd, F_GETFL);
    if (flags < 0) { rpy_os_raise_errno(errno); return; }
    int nflags = blocking ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK);
    if (nflags != flags && fcntl((int)fd, F_SETFL, nflags) < 0) rpy_os_raise_errno(errno);
}

Signed rpy_sock_get_blocking(Signed fd) {
    int flags = fcntl((int)fd, F_GETFL);
    if (flags < 0) { rpy_os_raise_errno(errno); return 0; }
    return (flags & O_NONBLOCK) == 0;
}

void rpy_sock_set_inheritable(Signed fd, Signed inheritable) {
    int flags = fcntl((int)fd, F_GETFD);
    if (flags < 0) { rpy_os_raise_errno(errno); return; }
    int nflags = inheritable ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
    if (nflags != flags && fcntl((int)fd, F_SETFD, nflags) < 0) rpy_os_raise_errno(errno);
}

Signed rpy_sock_get_inheritable(Signed fd) {
    int flags = fcntl((int)fd, F_GETFD);
    if (flags < 0) { rpy_os_raise_errno(errno); return 0; }
    return (flags & FD_CLOEXEC) == 0;
}

/* ---------------------------------------------------------------- select */

static fd_set sel_sets[3];

void rpy_sock_select_clear(void) {
    for (int i = 0; i < 3; i++) FD_ZERO(&sel_sets[i]);
}

void rpy_sock_select_add(Signed fd, Signed which) {
    if (fd >= 0 && fd < FD_SETSIZE && which >= 0 && which < 3) FD_SET((int)fd, &sel_sets[which]);
}

Signed rpy_sock_select_wait(Signed nfds, Signed timeout_ns) {
    struct timeval tv, *ptv = NULL;
    if (timeout_ns >= 0) {
        tv.tv_sec = timeout_ns / 1000000000;
        tv.tv_usec = (timeout_ns % 1000000000) / 1000;
        ptv = &tv;
    }
    rpy_flush_stdout();
    /* without the GIL another thread may fill the sets: wait on copies */
    fd_set sets[3];
    memcpy(sets, sel_sets, sizeof sets);
    int n;
    RPY_BLOCKING_BEGIN
    n = select((int)nfds, &sets[0], &sets[1], &sets[2], ptv);
    RPY_BLOCKING_END
    memcpy(sel_sets, sets, sizeof sets);
    if (n < 0) { rpy_os_raise_errno(errno); return -1; }
    return n;
}

Signed rpy_sock_select_isset(Signed fd, Signed which) {
    if (fd < 0 || fd >= FD_SETSIZE || which < 0 || which >= 3) return 0;
    return FD_ISSET((int)fd, &sel_sets[which]) != 0;
}

/* ---------------------------------------------------------------- poll */

static struct pollfd *pfds;
static Signed pfds_len, pfds_cap;

void rpy_sock_poll_clear(void) { pfds_len = 0; }

void rpy_sock_poll_add(Signed fd, Signed events) {
    if (pfds_len == pfds_cap) {
        Signed cap = pfds_cap ? pfds_cap * 2 : 16;
        struct pollfd *p = realloc(pfds, (size_t)cap * sizeof *p);
        if (p == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return; }
        pfds = p;
        pfds_cap = cap;
    }
    pfds[pfds_len].fd = (int)fd;
    pfds[pfds_len].events = (short)events;
    pfds[pfds_len].revents = 0;
    pfds_len++;
}

Signed rpy_sock_poll_wait(Signed timeout_ms) {
    rpy_flush_stdout();
    int n;
    if (!rpy_threads_started) {
        n = poll(pfds, (nfds_t)pfds_len, timeout_ms < 0 ? -1 : (int)timeout_ms);
    } else {
        /* without the GIL another thread may refill pfds: wait on a copy */
        Signed len = pfds_len;
        struct pollfd *copy = malloc((size_t)(len ? len : 1) * sizeof *copy);
        if (copy == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return -1; }
        if (len) memcpy(copy, pfds, (size_t)len * sizeof *copy);
        RPY_BLOCKING_BEGIN
        n = poll(copy, (nfds_t)len, timeout_ms < 0 ? -1 : (int)timeout_ms);
        RPY_BLOCKING_END
        int e = errno;
        if (len <= pfds_cap) { memcpy(pfds, copy, (size_t)len * sizeof *copy); pfds_len = len; }
        free(copy);
        errno = e;
    }
    if (n < 0) { rpy_os_raise_errno(errno); return -1; }
    return n;
}

Signed rpy_sock_poll_revents(Signed i) {
    if (i < 0 || i >= pfds_len) return 0;
    return (unsigned short)pfds[i].revents;
}

/* one descriptor: 1 when ready for reading (or writing), 0 on timeout */
Signed rpy_sock_wait_fd(Signed fd, Signed writing, Signed timeout_ms) {
    struct pollfd p;
    p.fd = (int)fd;
    p.events = writing ? POLLOUT : POLLIN;
    p.revents = 0;
    rpy_flush_stdout();
    int n;
    RPY_BLOCKING_BEGIN
    n = poll(&p, 1, timeout_ms < 0 ? -1 : (int)timeout_ms);
    RPY_BLOCKING_END
    if (n < 0) { rpy_os_raise_errno(errno); return -1; }
    return n > 0;
}

/* ---------------------------------------------------------------- epoll */

static struct epoll_event *ep_events;
static Signed ep_cap, ep_len;

Signed rpy_sock_epoll_create(void) {
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) { rpy_os_raise_errno(errno); return -1; }
    return fd;
}

void rpy_sock_epoll_ctl(Signed epfd, Signed op, Signed fd, Signed events) {
    struct epoll_event ev;
    memset(&ev, 0, sizeof ev);
    ev.events = (uint32_t)events;
    ev.data.fd = (int)fd;
    if (epoll_ctl((int)epfd, (int)op, (int)fd, &ev) < 0) rpy_os_raise_errno(errno);
}

Signed rpy_sock_epoll_wait(Signed epfd, Signed maxevents, Signed timeout_ms) {
    if (maxevents < 1) maxevents = 1;
    if (maxevents > ep_cap) {
        struct epoll_event *p = realloc(ep_events, (size_t)maxevents * sizeof *p);
        if (p == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return -1; }
        ep_events = p;
        ep_cap = maxevents;
    }
    rpy_flush_stdout();
    int n;
    if (!rpy_threads_started) {
        n = epoll_wait((int)epfd, ep_events, (int)maxevents, timeout_ms < 0 ? -1 : (int)timeout_ms);
    } else {
        /* without the GIL another thread may use ep_events: a private buffer */
        struct epoll_event *buf = malloc((size_t)maxevents * sizeof *buf);
        if (buf == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return -1; }
        RPY_BLOCKING_BEGIN
        n = epoll_wait((int)epfd, buf, (int)maxevents, timeout_ms < 0 ? -1 : (int)timeout_ms);
        RPY_BLOCKING_END
        int e = errno;
        if (n > 0) {
            if (n > ep_cap) {   /* another thread shrank nothing: ep_cap only grows */
                free(buf); ep_len = 0; rpy_raise(RPY_EXC_MemoryError, ""); return -1;
            }
            memcpy(ep_events, buf, (size_t)n * sizeof *buf);
        }
        free(buf);
        errno = e;
    }
    if (n < 0) { ep_len = 0; rpy_os_raise_errno(errno); return -1; }
    ep_len = n;
    return n;
}

Signed rpy_sock_epoll_fd(Signed i) { return (i >= 0 && i < ep_len) ? ep_events[i].data.fd : -1; }
Signed rpy_sock_epoll_events(Signed i) { return (i >= 0 && i < ep_len) ? (Signed)ep_events[i].events : 0; }

/* ---------------------------------------------------------------- addresses */

static struct sockaddr_storage arg_addr;      /* the address the next call uses */
static socklen_t arg_len;
static struct sockaddr_storage res_addr;      /* the address the last call returned */
static socklen_t res_len;
static int gai_last;                          /* EAI code of the last failed resolution */
static int herr_last;                         /* h_errno of the last failed host lookup */

Signed rpy_sock_gai_error(void) { return gai_last; }

rpy_string *rpy_sock_gai_strerror(Signed code) { return rpy_str_from_cstr(gai_strerror((int)code)); }

static void raise_gai(int code) {
    if (code == EAI_SYSTEM) { rpy_os_raise_errno(errno); return; }
    gai_last = code;
    char msg[256];
    snprintf(msg, sizeof msg, "[Errno %d] %s", code, gai_strerror(code));
    rpy_raise(RPY_EXC_OSError, msg);
}

/* CPython's setipaddr: "" is INADDR_ANY, "<broadcast>" INADDR_BROADCAST,
   a numeric address as is, else the first getaddrinfo result. */
static int resolve(const char *host, int family, struct sockaddr *out, socklen_t *outlen) {
    gai_last = 0;
    herr_last = 0;
    if (family == AF_INET) {
        struct sockaddr_in *sin = (struct sockaddr_in *)out;
        memset(sin, 0, sizeof *sin);
        sin->sin_family = AF_INET;
        *outlen = sizeof *sin;
        if (host[0] == 0) { sin->sin_addr.s_addr = htonl(INADDR_ANY); return 0; }
        if (strcmp(host, "<broadcast>") == 0 || strcmp(host, "255.255.255.255") == 0) {
            sin->sin_addr.s_addr = htonl(INADDR_BROADCAST);
            return 0;
        }
        if (inet_pton(AF_INET, host, &sin->sin_addr) == 1) return 0;
    } else {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)out;
        memset(sin6, 0, sizeof *sin6);
        sin6->sin6_family = AF_INET6;
        *outlen = sizeof *sin6;
        if (host[0] == 0) { sin6->sin6_addr = in6addr_any; return 0; }
        if (inet_pton(AF_INET6, host, &sin6->sin6_addr) == 1) return 0;
    }
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = family;
    int err = getaddrinfo(host, NULL, &hints, &res);
    if (err != 0) { raise_gai(err); return -1; }
    memcpy(out, res->ai_addr, res->ai_addrlen);
    *outlen = res->ai_addrlen;
    freeaddrinfo(res);
    return 0;
}

void rpy_sock_addr_inet(rpy_string *host, Signed port) {
    if (resolve(host->data, AF_INET, (struct sockaddr *)&arg_addr, &arg_len) < 0) return;
    ((struct sockaddr_in *)&arg_addr)->sin_port = htons((uint16_t)port);
}

void rpy_sock_addr_inet6(rpy_string *host, Signed port, Signed flowinfo, Signed scope_id) {
    if (resolve(host->data, AF_INET6, (struct sockaddr *)&arg_addr, &arg_len) < 0) return;
    struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&arg_addr;
    sin6->sin6_port = htons((uint16_t)port);
    sin6->sin6_flowinfo = htonl((uint32_t)flowinfo);
    sin6->sin6_scope_id = (uint32_t)scope_id;
}

/* path: bytes; a leading NUL is Linux's abstract namespace.  The
   interpreter checks the length ("AF_UNIX path too long"). */
void rpy_sock_addr_unix(rpy_string *path) {
    struct sockaddr_un *sun = (struct sockaddr_un *)&arg_addr;
    memset(sun, 0, sizeof *sun);
    sun->sun_family = AF_UNIX;
    Signed n = path->length;
    if (n > (Signed)sizeof sun->sun_path) n = (Signed)sizeof sun->sun_path;
    memcpy(sun->sun_path, path->data, (size_t)n);
    arg_len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n);
}

Signed rpy_sock_res_family(void) {
    if (res_len == 0) return AF_UNSPEC;
    return ((struct sockaddr *)&res_addr)->sa_family;
}

rpy_string *rpy_sock_res_host(void) {
    char buf[INET6_ADDRSTRLEN + 1];
    buf[0] = 0;
    int fam = ((struct sockaddr *)&res_addr)->sa_family;
    if (fam == AF_INET)
        inet_ntop(AF_INET, &((struct sockaddr_in *)&res_addr)->sin_addr, buf, sizeof buf);
    else if (fam == AF_INET6)
        inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&res_addr)->sin6_addr, buf, sizeof buf);
    return rpy_str_from_cstr(buf);
}

Signed rpy_sock_res_port(void) {
    int fam = ((struct sockaddr *)&res_addr)->sa_family;
    if (fam == AF_INET) return ntohs(((struct sockaddr_in *)&res_addr)->sin_port);
    if (fam == AF_INET6) return ntohs(((struct sockaddr_in6 *)&res_addr)->sin6_port);
    return 0;
}

Signed rpy_sock_res_flowinfo(void) {
    return ntohl(((struct sockaddr_in6 *)&res_addr)->sin6_flowinfo);
}

Signed rpy_sock_res_scope_id(void) { return ((struct sockaddr_in6 *)&res_addr)->sin6_scope_id; }

/* CPython's makesockaddr for AF_UNIX: an abstract name keeps its length,
   a path ends at its first NUL */
rpy_string *rpy_sock_res_path(void) {
    struct sockaddr_un *sun = (struct sockaddr_un *)&res_addr;
    Signed n = (Signed)res_len - (Signed)offsetof(struct sockaddr_un, sun_path);
    if (n <= 0) return new_bytes("", 0);
    if (sun->sun_path[0] != 0) {
        Signed k = 0;
        while (k < n && sun->sun_path[k] != 0) k++;
        n = k;
    }
    return new_bytes(sun->sun_path, n);
}

/* ---------------------------------------------------------------- sockets */

Signed rpy_sock_socket(Signed family, Signed type, Signed proto) {
    int fd = socket((int)family, (int)type | SOCK_CLOEXEC, (int)proto);
    if (fd < 0) { rpy_os_raise_errno(errno); return -1; }
    return fd;
}

/* the two descriptors as fd0 << 32 | fd1 */
Signed rpy_sock_socketpair(Signed family, Signed type, Signed proto) {
    int sv[2];
    if (socketpair((int)family, (int)type | SOCK_CLOEXEC, (int)proto, sv) < 0) {
        rpy_os_raise_errno(errno);
        return -1;
    }
    return ((Signed)sv[0] << 32) | (Signed)sv[1];
}

void rpy_sock_bind(Signed fd) {
    if (bind((int)fd, (struct sockaddr *)&arg_addr, arg_len) < 0) rpy_os_raise_errno(errno);
}

void rpy_sock_listen(Signed fd, Signed backlog) {
    if (listen((int)fd, (int)backlog) < 0) rpy_os_raise_errno(errno);
}

/* connect to the argument address: 0 or the errno (no exception, the
   caller decides: connect_ex returns it, EINPROGRESS waits...) */
Signed rpy_sock_connect(Signed fd) {
    struct sockaddr_storage a;
    socklen_t len = arg_len;
    memcpy(&a, &arg_addr, sizeof a < sizeof arg_addr ? sizeof a : sizeof arg_addr);
    int r;
    RPY_BLOCKING_BEGIN
    r = connect((int)fd, (struct sockaddr *)&a, len);
    RPY_BLOCKING_END
    if (r < 0) return errno;
    return 0;
}

Signed rpy_sock_accept(Signed fd) {
    struct sockaddr_storage a;
    socklen_t len = sizeof a;
    memset(&a, 0, sizeof a);
    int c;
    RPY_BLOCKING_BEGIN
    c = accept4((int)fd, (struct sockaddr *)&a, &len, SOCK_CLOEXEC);
    RPY_BLOCKING_END
    if (c < 0) { res_len = 0; rpy_os_raise_errno(errno); return -1; }
    memset(&res_addr, 0, sizeof res_addr);
    memcpy(&res_addr, &a, sizeof a < sizeof res_addr ? sizeof a : sizeof res_addr);
    res_len = len;
    return c;
}

void rpy_sock_getsockname(Signed fd) {
    res_len = sizeof res_addr;
    memset(&res_addr, 0, sizeof res_addr);
    if (getsockname((int)fd, (struct sockaddr *)&res_addr, &res_len) < 0) {
        res_len = 0;
        rpy_os_raise_errno(errno);
    }
}

void rpy_sock_getpeername(Signed fd) {
    res_len = sizeof res_addr;
    memset(&res_addr, 0, sizeof res_addr);
    if (getpeername((int)fd, (struct sockaddr *)&res_addr, &res_len) < 0) {
        res_len = 0;
        rpy_os_raise_errno(errno);
    }
}

/* a copy of a GC string's data, for a call without the GIL */
static char *copy_data(rpy_string *data) {
    char *c = malloc(data->length ? (size_t)data->length : 1);
    if (c == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    memcpy(c, data->data, (size_t)data->length);
    return c;
}

Signed rpy_sock_send(Signed fd, rpy_string *data, Signed flags) {
    rpy_flush_stdout();
    ssize_t k;
    if (!rpy_threads_started) {
        k = send((int)fd, data->data, (size_t)data->length, (int)flags);
    } else {
        size_t len = (size_t)data->length;
        char *c = copy_data(data);
        if (c == NULL) return -1;
        RPY_BLOCKING_BEGIN
        k = send((int)fd, c, len, (int)flags);
        RPY_BLOCKING_END
        int e = errno; free(c); errno = e;
    }
    if (k < 0) { rpy_os_raise_errno(errno); return -1; }
    return k;
}

Signed rpy_sock_sendto(Signed fd, rpy_string *data, Signed flags) {
    rpy_flush_stdout();
    ssize_t k;
    if (!rpy_threads_started) {
        k = sendto((int)fd, data->data, (size_t)data->length, (int)flags,
                   (struct sockaddr *)&arg_addr, arg_len);
    } else {
        size_t len = (size_t)data->length;
        char *c = copy_data(data);
        if (c == NULL) return -1;
        struct sockaddr_storage a;
        memcpy(&a, &arg_addr, sizeof a < sizeof arg_addr ? sizeof a : sizeof arg_addr);
        socklen_t alen = arg_len;
        RPY_BLOCKING_BEGIN
        k = sendto((int)fd, c, len, (int)flags, (struct sockaddr *)&a, alen);
        RPY_BLOCKING_END
        int e = errno; free(c); errno = e;
    }
    if (k < 0) { rpy_os_raise_errno(errno); return -1; }
    return k;
}

static rpy_string *do_recv(Signed fd, Signed n, Signed flags, int from) {
    char *buf = malloc(n > 0 ? (size_t)n : 1);
    if (buf == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    ssize_t k;
    struct sockaddr_storage a;
    socklen_t len = sizeof a;
    memset(&a, 0, sizeof a);
    RPY_BLOCKING_BEGIN
    if (from)
        k = recvfrom((int)fd, buf, (size_t)n, (int)flags, (struct sockaddr *)&a, &len);
    else
        k = recv((int)fd, buf, (size_t)n, (int)flags);
    RPY_BLOCKING_END
    if (from) {
        memset(&res_addr, 0, sizeof res_addr);
        memcpy(&res_addr, &a, sizeof a < sizeof res_addr ? sizeof a : sizeof res_addr);
        res_len = len;
    }
    if (k < 0) { int e = errno; free(buf); rpy_os_raise_errno(e); return NULL; }
    rpy_string *r = new_bytes(buf, k);
    free(buf);
    return r;
}

rpy_string *rpy_sock_recv(Signed fd, Signed n, Signed flags) { return do_recv(fd, n, flags, 0); }
rpy_string *rpy_sock_recvfrom(Signed fd, Signed n, Signed flags) { return do_recv(fd, n, flags, 1); }

void rpy_sock_shutdown(Signed fd, Signed how) {
    if (shutdown((int)fd, (int)how) < 0) rpy_os_raise_errno(errno);
}

void rpy_sock_setsockopt_int(Signed fd, Signed level, Signed opt, Signed value) {
    int v = (int)value;
    if (setsockopt((int)fd, (int)level, (int)opt, &v, sizeof v) < 0) rpy_os_raise_errno(errno);
}

void rpy_sock_setsockopt_bytes(Signed fd, Signed level, Signed opt, rpy_string *value) {
    if (setsockopt((int)fd, (int)level, (int)opt, value->data, (socklen_t)value->length) < 0)
        rpy_os_raise_errno(errno);
}

Signed rpy_sock_getsockopt_int(Signed fd, Signed level, Signed opt) {
    int v = 0;
    socklen_t len = sizeof v;
    if (getsockopt((int)fd, (int)level, (int)opt, &v, &len) < 0) {
        rpy_os_raise_errno(errno);
        return -1;
    }
    return v;
}

rpy_string *rpy_sock_getsockopt_bytes(Signed fd, Signed level, Signed opt, Signed buflen) {
    char *buf = calloc(1, buflen > 0 ? (size_t)buflen : 1);
    if (buf == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    socklen_t len = (socklen_t)buflen;
    if (getsockopt((int)fd, (int)level, (int)opt, buf, &len) < 0) {
        int e = errno;
        free(buf);
        rpy_os_raise_errno(e);
        return NULL;
    }
    rpy_string *r = new_bytes(buf, len);
    free(buf);
    return r;
}

/* ---------------------------------------------------------------- names */

/* packed address bytes, or b"" if the text is not an address */
rpy_string *rpy_sock_inet_pton(Signed family, rpy_string *text) {
    unsigned char buf[16];
    if (inet_pton((int)family, text->data, buf) != 1) return new_bytes("", 0);
    return new_bytes((const char *)buf, family == AF_INET ? 4 : 16);
}

/* inet_aton's forms ("127.1", hex, octal); b"" if invalid */
rpy_string *rpy_sock_inet_aton(rpy_string *text) {
    struct in_addr a;
    if (inet_aton(text->data, &a) == 0) return new_bytes("", 0);
    return new_bytes((const char *)&a, 4);
}

rpy_string *rpy_sock_inet_ntop(Signed family, rpy_string *packed) {
    char buf[INET6_ADDRSTRLEN + 1];
    if (inet_ntop((int)family, packed->data, buf, sizeof buf) == NULL) {
        rpy_os_raise_errno(errno);
        return NULL;
    }
    return rpy_str_from_cstr(buf);
}

rpy_string *rpy_sock_gethostname(void) {
    char buf[1024];
    if (gethostname(buf, sizeof buf - 1) < 0) { rpy_os_raise_errno(errno); return NULL; }
    buf[sizeof buf - 1] = 0;
    return rpy_str_from_cstr(buf);
}

/* getaddrinfo: the results are kept until the next call; entry i is read
   with rpy_sock_ai_* and rpy_sock_ai_select(i) puts its address in the
   result record.  host/port NULL: none. */
static struct addrinfo *ai_list;
static struct addrinfo **ai_items;
static Signed ai_count;

Signed rpy_sock_getaddrinfo(rpy_string *host, rpy_string *port, Signed family, Signed type,
                            Signed proto, Signed flags) {
    if (ai_list != NULL) { freeaddrinfo(ai_list); ai_list = NULL; }
    free(ai_items);
    ai_items = NULL;
    ai_count = 0;
    gai_last = 0;
    herr_last = 0;
    struct addrinfo hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = (int)family;
    hints.ai_socktype = (int)type;
    hints.ai_protocol = (int)proto;
    hints.ai_flags = (int)flags;
    /* a name lookup may take long: without the GIL, on copies of the
       strings (GC objects may move meanwhile) */
    char *h = host ? strdup(host->data) : NULL, *p = port ? strdup(port->data) : NULL;
    if ((host && h == NULL) || (port && p == NULL)) {
        free(h); free(p); rpy_raise(RPY_EXC_MemoryError, ""); return -1;
    }
    struct addrinfo *res = NULL;
    int err;
    RPY_BLOCKING_BEGIN
    err = getaddrinfo(h, p, &hints, &res);
    RPY_BLOCKING_END
    free(h); free(p);
    if (ai_list != NULL) { freeaddrinfo(ai_list); ai_list = NULL; }   /* another thread's */
    free(ai_items);
    ai_items = NULL;
    ai_count = 0;
    if (err != 0) { raise_gai(err); return -1; }
    ai_list = res;
    Signed n = 0;
    for (struct addrinfo *p = ai_list; p; p = p->ai_next) n++;
    ai_items = malloc((size_t)(n ? n : 1) * sizeof *ai_items);
    if (ai_items == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return -1; }
    n = 0;
    for (struct addrinfo *p = ai_list; p; p = p->ai_next) ai_items[n++] = p;
    ai_count = n;
    return n;
}

Signed rpy_sock_ai_field(Signed i, Signed which) {
    if (i < 0 || i >= ai_count) return 0;
    struct addrinfo *p = ai_items[i];
    switch (which) {
    case 0: return p->ai_family;
    case 1: return p->ai_socktype;
    case 2: return p->ai_protocol;
    default: return 0;
    }
}

rpy_string *rpy_sock_ai_canonname(Signed i) {
    if (i < 0 || i >= ai_count || ai_items[i]->ai_canonname == NULL) return rpy_str_from_cstr("");
    return rpy_str_from_cstr(ai_items[i]->ai_canonname);
}

void rpy_sock_ai_select(Signed i) {
    res_len = 0;
    if (i < 0 || i >= ai_count) return;
    struct addrinfo *p = ai_items[i];
    size_t n = p->ai_addrlen < sizeof res_addr ? p->ai_addrlen : sizeof res_addr;
    memset(&res_addr, 0, sizeof res_addr);
    memcpy(&res_addr, p->ai_addr, n);
    res_len = (socklen_t)n;
}

/* ---------------------------------------------------------------- host and service databases */

/* herr_last: the h_errno of a failed gethostbyaddr/gethostbyname_ex (0
   when the last lookup failed otherwise): socket.herror */
Signed rpy_sock_h_error(void) { return herr_last; }

rpy_string *rpy_sock_h_strerror(Signed code) { return rpy_str_from_cstr(hstrerror((int)code)); }

/* "name\nalias alias\naddr addr" of a hostent */
static rpy_string *format_hostent(struct hostent *h) {
    size_t cap = 256, len = 0;
    char *out = malloc(cap);
    if (out == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
#define PUT(s, n) do { size_t n_ = (n); \
        if (len + n_ + 2 > cap) { while (len + n_ + 2 > cap) cap *= 2; \
            char *p_ = realloc(out, cap); if (p_ == NULL) { free(out); rpy_raise(RPY_EXC_MemoryError, ""); return NULL; } out = p_; } \
        memcpy(out + len, (s), n_); len += n_; } while (0)
    PUT(h->h_name, strlen(h->h_name));
    PUT("\n", 1);
    for (int i = 0; h->h_aliases && h->h_aliases[i]; i++) {
        if (i > 0) PUT(" ", 1);
        PUT(h->h_aliases[i], strlen(h->h_aliases[i]));
    }
    PUT("\n", 1);
    for (int i = 0; h->h_addr_list && h->h_addr_list[i]; i++) {
        char buf[INET6_ADDRSTRLEN + 1];
        if (inet_ntop(h->h_addrtype, h->h_addr_list[i], buf, sizeof buf) == NULL) continue;
        if (i > 0) PUT(" ", 1);
        PUT(buf, strlen(buf));
    }
#undef PUT
    rpy_string *r = rpy_str_from_utf8(out, (Signed)len);
    free(out);
    return r;
}

static void raise_herror(int herr) {
    herr_last = herr;
    char msg[256];
    snprintf(msg, sizeof msg, "[Errno %d] %s", herr, hstrerror(herr));
    rpy_raise(RPY_EXC_OSError, msg);
}

/* CPython's socket_gethostbyaddr: the address of `host` (a name is
   resolved first), then gethostbyaddr_r */
rpy_string *rpy_sock_gethostbyaddr(rpy_string *host) {
    struct sockaddr_storage ss;
    socklen_t len;
    herr_last = 0;
    int fam = AF_INET;
    unsigned char probe[16];
    if (inet_pton(AF_INET6, host->data, probe) == 1) fam = AF_INET6;
    else if (inet_pton(AF_INET, host->data, probe) != 1 && host->data[0] != 0) {
        struct addrinfo hints, *res = NULL;
        memset(&hints, 0, sizeof hints);
        int err = getaddrinfo(host->data, NULL, &hints, &res);
        if (err != 0) { raise_gai(err); return NULL; }
        fam = res->ai_family;
        freeaddrinfo(res);
    }
    if (resolve(host->data, fam, (struct sockaddr *)&ss, &len) < 0) return NULL;
    const void *ap;
    socklen_t al;
    if (fam == AF_INET6) { ap = &((struct sockaddr_in6 *)&ss)->sin6_addr; al = 16; }
    else { ap = &((struct sockaddr_in *)&ss)->sin_addr; al = 4; }
    struct hostent hbuf, *h = NULL;
    char buf[16384];
    int herr = 0;
    gethostbyaddr_r(ap, al, fam, &hbuf, buf, sizeof buf, &h, &herr);
    if (h == NULL) { raise_herror(herr); return NULL; }
    return format_hostent(h);
}

rpy_string *rpy_sock_gethostbyname_ex(rpy_string *host) {
    struct sockaddr_storage ss;
    socklen_t len;
    herr_last = 0;
    if (resolve(host->data, AF_INET, (struct sockaddr *)&ss, &len) < 0) return NULL;
    struct hostent hbuf, *h = NULL;
    char buf[16384];
    int herr = 0;
    gethostbyname_r(host->data, &hbuf, buf, sizeof buf, &h, &herr);
    if (h == NULL) { raise_herror(herr); return NULL; }
    return format_hostent(h);
}

/* getnameinfo of the argument address: "host\nservice" */
rpy_string *rpy_sock_getnameinfo(Signed flags) {
    char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
    gai_last = 0;
    herr_last = 0;
    int err = getnameinfo((struct sockaddr *)&arg_addr, arg_len, hbuf, sizeof hbuf, sbuf,
                          sizeof sbuf, (int)flags);
    if (err != 0) { raise_gai(err); return NULL; }
    char out[NI_MAXHOST + NI_MAXSERV + 2];
    snprintf(out, sizeof out, "%s\n%s", hbuf, sbuf);
    return rpy_str_from_cstr(out);
}

/* -1 when not found */
Signed rpy_sock_getservbyname(rpy_string *name, rpy_string *proto) {
    struct servent *s = getservbyname(name->data, proto ? proto->data : NULL);
    return s == NULL ? -1 : ntohs((uint16_t)s->s_port);
}

/* NULL (None) when not found */
rpy_string *rpy_sock_getservbyport(Signed port, rpy_string *proto) {
    struct servent *s = getservbyport(htons((uint16_t)port), proto ? proto->data : NULL);
    return s == NULL ? NULL : rpy_str_from_cstr(s->s_name);
}

Signed rpy_sock_getprotobyname(rpy_string *name) {
    struct protoent *p = getprotobyname(name->data);
    return p == NULL ? -1 : p->p_proto;
}

/* -- sendmsg/recvmsg.  Ancillary data crosses the boundary encoded: for
 * each item its level, type and data length as 32-bit ints, then the data
 * (rpy/rlib/rsocket.py builds and reads it). */

static char *anc_out;             /* the last recvmsg's ancillary items, encoded */
static Signed anc_out_len;
static Signed msg_flags_out;

Signed rpy_sock_sendmsg(Signed fd, rpy_string *data, rpy_string *anc, Signed flags) {
    rpy_flush_stdout();
    size_t ctl = 0;
    Signed pos = 0;
    while (pos + 12 <= anc->length) {
        int32_t len;
        memcpy(&len, anc->data + pos + 8, 4);
        ctl += CMSG_SPACE((size_t)len);
        pos += 12 + len;
    }
    char *cbuf = ctl ? calloc(1, ctl) : NULL;
    char *c = malloc(data->length > 0 ? (size_t)data->length : 1);
    if ((ctl && cbuf == NULL) || c == NULL) {
        free(cbuf); free(c);
        rpy_raise(RPY_EXC_MemoryError, "");
        return -1;
    }
    memcpy(c, data->data, (size_t)data->length);
    struct iovec iov;
    iov.iov_base = c;
    iov.iov_len = (size_t)data->length;
    struct msghdr m;
    memset(&m, 0, sizeof m);
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    if (ctl) {
        m.msg_control = cbuf;
        m.msg_controllen = ctl;
        struct cmsghdr *h = CMSG_FIRSTHDR(&m);
        pos = 0;
        while (h != NULL && pos + 12 <= anc->length) {
            int32_t level, type, len;
            memcpy(&level, anc->data + pos, 4);
            memcpy(&type, anc->data + pos + 4, 4);
            memcpy(&len, anc->data + pos + 8, 4);
            h->cmsg_level = level;
            h->cmsg_type = type;
            h->cmsg_len = CMSG_LEN((size_t)len);
            memcpy(CMSG_DATA(h), anc->data + pos + 12, (size_t)len);
            pos += 12 + len;
            h = CMSG_NXTHDR(&m, h);
        }
    }
    ssize_t k;
    RPY_BLOCKING_BEGIN
    k = sendmsg((int)fd, &m, (int)flags);
    RPY_BLOCKING_END
    int e = errno;
    free(c);
    free(cbuf);
    if (k < 0) { rpy_os_raise_errno(e); return -1; }
    return k;
}

rpy_string *rpy_sock_recvmsg(Signed fd, Signed n, Signed ancsize, Signed flags) {
    char *buf = malloc(n > 0 ? (size_t)n : 1);
    char *cbuf = ancsize > 0 ? calloc(1, (size_t)ancsize) : NULL;
    if (buf == NULL || (ancsize > 0 && cbuf == NULL)) {
        free(buf); free(cbuf);
        rpy_raise(RPY_EXC_MemoryError, "");
        return NULL;
    }
    struct sockaddr_storage a;
    memset(&a, 0, sizeof a);
    struct iovec iov;
    iov.iov_base = buf;
    iov.iov_len = (size_t)n;
    struct msghdr m;
    memset(&m, 0, sizeof m);
    m.msg_name = &a;
    m.msg_namelen = sizeof a;
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = cbuf;
    m.msg_controllen = (size_t)ancsize;
    ssize_t k;
    RPY_BLOCKING_BEGIN
    k = recvmsg((int)fd, &m, (int)flags);
    RPY_BLOCKING_END
    if (k < 0) { int e = errno; free(buf); free(cbuf); rpy_os_raise_errno(e); return NULL; }
    memset(&res_addr, 0, sizeof res_addr);
    memcpy(&res_addr, &a, sizeof a < sizeof res_addr ? sizeof a : sizeof res_addr);
    res_len = m.msg_namelen;
    msg_flags_out = m.msg_flags;
    free(anc_out);
    /* each item is at least CMSG_LEN(0) bytes of the buffer, encoded in 12 + data */
    anc_out = malloc((size_t)ancsize + 16);
    anc_out_len = 0;
    if (anc_out != NULL && m.msg_controllen > 0) {
        char *end = cbuf + m.msg_controllen;
        for (struct cmsghdr *h = CMSG_FIRSTHDR(&m); h != NULL; h = CMSG_NXTHDR(&m, h)) {
            char *d = (char *)CMSG_DATA(h);
            if (d > end) break;
            size_t len = h->cmsg_len > CMSG_LEN(0) ? h->cmsg_len - CMSG_LEN(0) : 0;
            if (d + len > end) len = (size_t)(end - d);     /* truncated (MSG_CTRUNC) */
            int32_t v[3] = {h->cmsg_level, h->cmsg_type, (int32_t)len};
            memcpy(anc_out + anc_out_len, v, 12);
            memcpy(anc_out + anc_out_len + 12, d, len);
            anc_out_len += 12 + (Signed)len;
        }
    }
    free(cbuf);
    rpy_string *r = new_bytes(buf, k);
    free(buf);
    return r;
}

rpy_string *rpy_sock_recvmsg_anc(void) {
    return new_bytes(anc_out != NULL ? anc_out : "", anc_out_len);
}

Signed rpy_sock_recvmsg_flags(void) { return msg_flags_out; }

Signed rpy_sock_cmsg_len(Signed n) { return (Signed)CMSG_LEN((size_t)n); }
Signed rpy_sock_cmsg_space(Signed n) { return (Signed)CMSG_SPACE((size_t)n); }
