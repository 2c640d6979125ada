/* procs.c -- child processes for RPy programs: pipe, waitpid, and
 * fork_exec (what CPython's Modules/_posixsubprocess.c does in the child
 * between fork and exec, in the same order, with the same report of a
 * failure through the error pipe: "OSError:<hex errno>:" plus "noexec"
 * when the failure came before the exec).  rpy/rlib/rprocess.py is the
 * interface.  Errors raise OSError through os.c's rpy_os_raise_errno.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "rpy.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <grp.h>
#include <unistd.h>

void rpy_os_raise_errno(int err);

/* the two descriptors as fd0 << 32 | fd1, both close-on-exec */
Signed rpy_proc_pipe(void) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) { rpy_os_raise_errno(errno); return -1; }
    return ((Signed)fds[0] << 32) | (Signed)fds[1];
}

static int wait_status;

Signed rpy_proc_waitpid(Signed pid, Signed options) {
    int st = 0;
    rpy_flush_stdout();
    pid_t r;
    RPY_BLOCKING_BEGIN
    r = waitpid((pid_t)pid, &st, (int)options);
    RPY_BLOCKING_END
    if (r < 0) { rpy_os_raise_errno(errno); return -1; }
    wait_status = st;
    return r;
}

Signed rpy_proc_wait_status(void) { return wait_status; }

/* system(3): the shell's wait status, -1 if it could not be run (errno
   then says why, as CPython's os.system returns) */
Signed rpy_proc_system(rpy_string *cmd) {
    char *c = malloc((size_t)cmd->length + 1);
    if (c == NULL) { rpy_os_raise_errno(ENOMEM); return -1; }
    memcpy(c, cmd->data, (size_t)cmd->length);
    c[cmd->length] = 0;
    rpy_flush_stdout();
    int r;
    RPY_BLOCKING_BEGIN
    r = system(c);
    RPY_BLOCKING_END
    free(c);
    return r;
}

/* -- fork_exec */

/* split "a\0b\0" into a NULL-terminated vector (pointing into s) */
static char **split_nul(rpy_string *s) {
    Signed n = 0;
    for (Signed i = 0; i < s->length; i++) if (s->data[i] == 0) n++;
    char **v = malloc((size_t)(n + 1) * sizeof *v);
    if (v == NULL) return NULL;
    Signed k = 0, start = 0;
    for (Signed i = 0; i < s->length; i++) {
        if (s->data[i] == 0) { v[k++] = s->data + start; start = i + 1; }
    }
    v[k] = NULL;
    return v;
}

/* posix.execv/execve: returns only by raising OSError */
void rpy_proc_execv(rpy_string *path_s, rpy_string *argv_s, rpy_string *env_s, Signed has_env) {
    char *path = malloc((size_t)path_s->length + 1);
    char **argv = split_nul(argv_s);
    char **envp = has_env ? split_nul(env_s) : NULL;
    if (path == NULL || argv == NULL || (has_env && envp == NULL)) {
        free(path); free(argv); free(envp);
        rpy_os_raise_errno(ENOMEM);
        return;
    }
    memcpy(path, path_s->data, (size_t)path_s->length);
    path[path_s->length] = 0;
    rpy_flush_stdout();
    if (has_env) execve(path, argv, envp);
    else execv(path, argv);
    int e = errno;
    free(path); free(argv); free(envp);
    rpy_os_raise_errno(e);
}

static int in_keep(int fd, const Signed *keep, Signed nkeep) {
    for (Signed i = 0; i < nkeep; i++) if (keep[i] == fd) return 1;
    return 0;
}

static int set_inheritable(int fd, int inheritable) {
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) return -1;
    int nflags = inheritable ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
    if (nflags != flags && fcntl(fd, F_SETFD, nflags) < 0) return -1;
    return 0;
}

static void close_open_fds(const Signed *keep, Signed nkeep) {
    /* /proc/self/fd lists the open descriptors; the child is
       single-threaded, so opendir's allocation is safe here */
    DIR *d = opendir("/proc/self/fd");
    if (d != NULL) {
        int dfd = dirfd(d);
        int fds[1024];
        for (;;) {
            int n = 0;
            struct dirent *e;
            while (n < 1024 && (e = readdir(d)) != NULL) {
                if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
                int fd = atoi(e->d_name);
                if (fd >= 3 && fd != dfd && !in_keep(fd, keep, nkeep)) fds[n++] = fd;
            }
            for (int i = 0; i < n; i++) close(fds[i]);
            if (n < 1024) break;
            rewinddir(d);
        }
        closedir(d);
        return;
    }
    struct rlimit rl;
    long max = 1024;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < 65536)
        max = (long)rl.rlim_cur;
    for (int fd = 3; fd < max; fd++) if (!in_keep(fd, keep, nkeep)) close(fd);
}

static void write_hex_error(int fd, int err, int noexec) {
    char buf[64];
    int len = 0;
    memcpy(buf, "OSError:", 8);
    len = 8;
    char hex[16];
    int h = 0;
    static const char digits[] = "0123456789abcdef";
    if (err == 0) hex[h++] = '0';
    while (err != 0 && h < 16) { hex[h++] = digits[err % 16]; err /= 16; }
    while (h > 0) buf[len++] = hex[--h];
    buf[len++] = ':';
    if (noexec) { memcpy(buf + len, "noexec", 6); len += 6; }
    ssize_t r = write(fd, buf, (size_t)len);
    (void)r;
}

/* "3,7," -> an array of the numbers; *n gets their count */
static Signed *parse_list(rpy_string *s, Signed *n) {
    Signed *out = malloc((size_t)(s->length + 1) * sizeof *out);
    *n = 0;
    if (out == NULL) return NULL;
    Signed v = 0;
    int have = 0;
    for (Signed i = 0; i < s->length; i++) {
        char c = s->data[i];
        if (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); have = 1; }
        else if (have) { out[(*n)++] = v; v = 0; have = 0; }
    }
    if (have) out[(*n)++] = v;
    return out;
}

Signed rpy_proc_fork(void) {
    rpy_flush_stdout();
    pid_t pid = fork();
    if (pid < 0) { rpy_os_raise_errno(errno); return -1; }
    if (pid == 0) rpy_thread_after_fork();
    return pid;
}

/* in the child: preexec_fn raised (CPython's message to the parent) */
void rpy_proc_preexec_failed(Signed errpipe_write) {
    static const char msg[] = "SubprocessError:0:Exception occurred in preexec_fn.";
    ssize_t r = write((int)errpipe_write, msg, sizeof msg - 1);
    (void)r;
    _exit(255);
}

/* fds: p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
   errpipe_read, errpipe_write; keep: the descriptors of fds_to_keep and
   groups: the extra groups (decimal lists "3,7,"); gid/uid -1: unchanged.
   stage 0: fork, and the child does all (returns the child's pid);
   stage 1: this process is the child (forked by rpy_proc_fork), do what
   comes before preexec_fn (returns 0; a failure ends the process);
   stage 2: what comes after preexec_fn: close_fds and exec (never returns). */
Signed rpy_proc_fork_exec(rpy_string *argv_s, rpy_string *paths_s, rpy_string *env_s,
                          Signed has_env, rpy_string *cwd_s, Signed has_cwd,
                          rpy_string *keep_s, Signed close_fds,
                          Signed p2cread, Signed p2cwrite, Signed c2pread, Signed c2pwrite,
                          Signed errread, Signed errwrite, Signed errpipe_read,
                          Signed errpipe_write, Signed restore_signals, Signed call_setsid,
                          Signed pgid, Signed child_umask, Signed gid, Signed uid,
                          rpy_string *groups_s, Signed has_groups, Signed stage) {
    char **argv = split_nul(argv_s);
    char **paths = split_nul(paths_s);
    char **envp = has_env ? split_nul(env_s) : NULL;
    Signed nkeep = 0, ngroups = 0;
    Signed *keep = parse_list(keep_s, &nkeep);
    Signed *groups = parse_list(groups_s, &ngroups);
    gid_t *gids = malloc((size_t)(ngroups + 1) * sizeof *gids);
    if (argv == NULL || paths == NULL || (has_env && envp == NULL) || keep == NULL ||
            groups == NULL || gids == NULL) {
        free(argv); free(paths); free(envp); free(keep); free(groups); free(gids);
        rpy_raise(RPY_EXC_MemoryError, "");
        return -1;
    }
    for (Signed i = 0; i < ngroups; i++) gids[i] = (gid_t)groups[i];
    const char *cwd = has_cwd ? cwd_s->data : NULL;
    pid_t pid = 0;
    if (stage == 0) {
        rpy_flush_stdout();
        pid = fork();
    }
    if (pid == 0) {
        int noexec = 1;
        int err = 0;
        if (stage == 0) rpy_thread_restore_sigmask();
        if (stage == 2) goto after_preexec;
        int c2pw = (int)c2pwrite, errw = (int)errwrite;
        if (p2cwrite != -1) close((int)p2cwrite);
        if (c2pread != -1) close((int)c2pread);
        if (errread != -1) close((int)errread);
        close((int)errpipe_read);
        for (Signed i = 0; i < nkeep; i++)
            if (keep[i] != errpipe_write && set_inheritable((int)keep[i], 1) < 0) goto error;
        /* the descriptors must not be overwritten by the dup2s below */
        if (c2pw == 0) {
            c2pw = dup(c2pw);
            if (c2pw < 0 || set_inheritable(c2pw, 0) < 0) goto error;
        }
        while (errw == 0 || errw == 1) {
            errw = dup(errw);
            if (errw < 0 || set_inheritable(errw, 0) < 0) goto error;
        }
        if (p2cread == 0) { if (set_inheritable(0, 1) < 0) goto error; }
        else if (p2cread != -1 && dup2((int)p2cread, 0) < 0) goto error;
        if (c2pw == 1) { if (set_inheritable(1, 1) < 0) goto error; }
        else if (c2pw != -1 && dup2(c2pw, 1) < 0) goto error;
        if (errw == 2) { if (set_inheritable(2, 1) < 0) goto error; }
        else if (errw != -1 && dup2(errw, 2) < 0) goto error;
        if (cwd != NULL && chdir(cwd) < 0) goto error;
        if (child_umask >= 0) umask((mode_t)child_umask);
        if (restore_signals) {
            signal(SIGPIPE, SIG_DFL);
            signal(SIGXFSZ, SIG_DFL);
        }
        if (call_setsid && setsid() < 0) goto error;
        if (pgid >= 0 && setpgid(0, (pid_t)pgid) < 0) goto error;
        if (has_groups && setgroups((size_t)ngroups, gids) < 0) goto error;
        if (gid != -1 && setregid((gid_t)gid, (gid_t)gid) < 0) goto error;
        if (uid != -1 && setreuid((uid_t)uid, (uid_t)uid) < 0) goto error;
        if (stage == 1) {
            free(argv); free(paths); free(envp); free(keep); free(groups); free(gids);
            return 0;
        }
    after_preexec:
        noexec = 0;
        if (close_fds) close_open_fds(keep, nkeep);
        for (int i = 0; paths[i] != NULL; i++) {
            if (envp != NULL) execve(paths[i], argv, envp);
            else execv(paths[i], argv);
            if (errno != ENOENT && errno != ENOTDIR && err == 0) err = errno;
        }
        if (err != 0) errno = err;
    error:
        write_hex_error((int)errpipe_write, errno, noexec);
        _exit(255);
    }
    int e = errno;
    free(argv); free(paths); free(envp); free(keep); free(groups); free(gids);
    if (pid < 0) { rpy_os_raise_errno(e); return -1; }
    return pid;
}

/* -- sessions and process groups */

Signed rpy_proc_setsid(void) {
    pid_t r = setsid();
    if (r < 0) { rpy_os_raise_errno(errno); return -1; }
    return r;
}

Signed rpy_proc_getsid(Signed pid) {
    pid_t r = getsid((pid_t)pid);
    if (r < 0) { rpy_os_raise_errno(errno); return -1; }
    return r;
}

void rpy_proc_setpgid(Signed pid, Signed pgrp) {
    if (setpgid((pid_t)pid, (pid_t)pgrp) < 0) rpy_os_raise_errno(errno);
}

Signed rpy_proc_getpgid(Signed pid) {
    pid_t r = getpgid((pid_t)pid);
    if (r < 0) { rpy_os_raise_errno(errno); return -1; }
    return r;
}

/* pidfd_open(2): a descriptor readable when the process ends */
Signed rpy_proc_pidfd_open(Signed pid, Signed flags) {
#ifdef SYS_pidfd_open
    long fd = syscall(SYS_pidfd_open, (pid_t)pid, (unsigned int)flags);
    if (fd < 0) { rpy_os_raise_errno(errno); return -1; }
    return fd;
#else
    rpy_os_raise_errno(ENOSYS);
    return -1;
#endif
}
