/* posixs.c -- the less common POSIX calls of the os module, for
 * rpy.rlib.rposix (its docstring documents the functions and records).
 * Failures raise OSError with the errno (rpy_os_raise_errno), read back
 * with ros.get_errno().  Calls that may block run without the GIL on
 * copies of their data; an EINTR is retried here unless a recorded
 * signal waits, whose handler the caller runs before retrying (PEP 475).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "rpy.h"
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pthread.h>
#include <pty.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <time.h>
#include <unistd.h>
#include <utmp.h>

void rpy_os_raise_errno(int err);

static int again(Signed r) {
    return r < 0 && errno == EINTR && !rpy_signal_any_pending();
}

/* a NUL-terminated malloc'ed copy of a bytes value (NULL: MemoryError) */
static char *cstr(rpy_string *s) {
    char *c = malloc((size_t)s->length + 1);
    if (c == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    memcpy(c, s->data, (size_t)s->length);
    c[s->length] = 0;
    return c;
}

static void check(int r) {
    if (r < 0) rpy_os_raise_errno(errno);
}

/* -- file systems, limits */

static Signed vfs[11];

static void keep_statvfs(const struct statvfs *st) {
    vfs[0] = (Signed)st->f_bsize;
    vfs[1] = (Signed)st->f_frsize;
    vfs[2] = (Signed)st->f_blocks;
    vfs[3] = (Signed)st->f_bfree;
    vfs[4] = (Signed)st->f_bavail;
    vfs[5] = (Signed)st->f_files;
    vfs[6] = (Signed)st->f_ffree;
    vfs[7] = (Signed)st->f_favail;
    vfs[8] = (Signed)st->f_flag;
    vfs[9] = (Signed)st->f_namemax;
    vfs[10] = (Signed)st->f_fsid;
}

void rpy_posix_statvfs(rpy_string *path) {
    char *p = cstr(path);
    if (p == NULL) return;
    struct statvfs st;
    int r;
    RPY_BLOCKING_BEGIN
    do r = statvfs(p, &st);
    while (again(r));
    RPY_BLOCKING_END
    free(p);
    if (r < 0) { rpy_os_raise_errno(errno); return; }
    keep_statvfs(&st);
}

void rpy_posix_fstatvfs(Signed fd) {
    struct statvfs st;
    int r;
    RPY_BLOCKING_BEGIN
    do r = fstatvfs((int)fd, &st);
    while (again(r));
    RPY_BLOCKING_END
    if (r < 0) { rpy_os_raise_errno(errno); return; }
    keep_statvfs(&st);
}

Signed rpy_posix_statvfs_field(Signed i) { return vfs[i]; }

Signed rpy_posix_pathconf(rpy_string *path, Signed name) {
    char *p = cstr(path);
    if (p == NULL) return -1;
    errno = 0;
    long r = pathconf(p, (int)name);
    int e = errno;
    free(p);
    if (r == -1 && e != 0) { rpy_os_raise_errno(e); return -1; }
    return (Signed)r;
}

Signed rpy_posix_fpathconf(Signed fd, Signed name) {
    errno = 0;
    long r = fpathconf((int)fd, (int)name);
    if (r == -1 && errno != 0) { rpy_os_raise_errno(errno); return -1; }
    return (Signed)r;
}

Signed rpy_posix_sysconf(Signed name) {
    errno = 0;
    long r = sysconf((int)name);
    if (r == -1 && errno != 0) { rpy_os_raise_errno(errno); return -1; }
    return (Signed)r;
}

rpy_string *rpy_posix_confstr(Signed name) {
    errno = 0;
    size_t n = confstr((int)name, NULL, 0);
    if (n == 0) {
        if (errno != 0) { rpy_os_raise_errno(errno); return NULL; }
        return rpy_bytes_from_mem("\0", 1);
    }
    char *buf = malloc(n + 1);
    if (buf == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    buf[0] = 1;
    confstr((int)name, buf + 1, n);
    rpy_string *r = rpy_bytes_from_mem(buf, (Signed)n);   /* 1 + the text without its NUL */
    free(buf);
    return r;
}

/* -- descriptors and files */

void rpy_posix_fchdir(Signed fd) { check(fchdir((int)fd)); }

void rpy_posix_fchmod(Signed fd, Signed mode) {
    int r;
    do r = fchmod((int)fd, (mode_t)mode);
    while (again(r));
    check(r);
}

void rpy_posix_fdatasync(Signed fd) {
    rpy_flush_stdout();
    int r;
    RPY_BLOCKING_BEGIN
    do r = fdatasync((int)fd);
    while (again(r));
    RPY_BLOCKING_END
    check(r);
}

void rpy_posix_sync(void) {
    rpy_flush_stdout();
    RPY_BLOCKING_BEGIN
    sync();
    RPY_BLOCKING_END
}

void rpy_posix_chroot(rpy_string *path) {
    char *p = cstr(path);
    if (p == NULL) return;
    int r = chroot(p);
    int e = errno;
    free(p);
    if (r < 0) rpy_os_raise_errno(e);
}

void rpy_posix_mkfifo(rpy_string *path, Signed mode) {
    char *p = cstr(path);
    if (p == NULL) return;
    int r;
    RPY_BLOCKING_BEGIN
    do r = mkfifo(p, (mode_t)mode);
    while (again(r));
    RPY_BLOCKING_END
    int e = errno;
    free(p);
    if (r < 0) rpy_os_raise_errno(e);
}

void rpy_posix_mknod(rpy_string *path, Signed mode, Signed device) {
    char *p = cstr(path);
    if (p == NULL) return;
    int r;
    RPY_BLOCKING_BEGIN
    r = mknod(p, (mode_t)mode, (dev_t)device);
    RPY_BLOCKING_END
    int e = errno;
    free(p);
    if (r < 0) rpy_os_raise_errno(e);
}

/* up to n bytes read at offset (offset < 0 and no flags: read at the
   position, as readv; else preadv2) */
static rpy_string *read_at(Signed fd, Signed n, Signed offset, Signed flags, int single) {
    char *buf = malloc(n > 0 ? (size_t)n : 1);
    if (buf == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    struct iovec iov = { buf, (size_t)n };
    ssize_t k;
    RPY_BLOCKING_BEGIN
    do {
        if (single) k = pread((int)fd, buf, (size_t)n, (off_t)offset);
        else if (offset < 0 && flags == 0) k = readv((int)fd, &iov, 1);
        else k = preadv2((int)fd, &iov, 1, (off_t)offset, (int)flags);
    } while (again(k));
    RPY_BLOCKING_END
    if (k < 0) { int e = errno; free(buf); rpy_os_raise_errno(e); return NULL; }
    rpy_string *r = rpy_bytes_from_mem(buf, (Signed)k);
    free(buf);
    return r;
}

rpy_string *rpy_posix_pread(Signed fd, Signed n, Signed offset) {
    return read_at(fd, n, offset, 0, 1);
}

rpy_string *rpy_posix_preadv(Signed fd, Signed n, Signed offset, Signed flags) {
    return read_at(fd, n, offset, flags, 0);
}

static Signed write_at(Signed fd, rpy_string *data, Signed offset, Signed flags, int single) {
    size_t n = (size_t)data->length;
    char *buf = malloc(n ? n : 1);
    if (buf == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return -1; }
    memcpy(buf, data->data, n);
    rpy_flush_stdout();
    struct iovec iov = { buf, n };
    ssize_t k;
    RPY_BLOCKING_BEGIN
    do {
        if (single) k = pwrite((int)fd, buf, n, (off_t)offset);
        else if (offset < 0 && flags == 0) k = writev((int)fd, &iov, 1);
        else k = pwritev2((int)fd, &iov, 1, (off_t)offset, (int)flags);
    } while (again(k));
    RPY_BLOCKING_END
    int e = errno;
    free(buf);
    if (k < 0) { rpy_os_raise_errno(e); return -1; }
    return (Signed)k;
}

Signed rpy_posix_pwrite(Signed fd, rpy_string *data, Signed offset) {
    return write_at(fd, data, offset, 0, 1);
}

Signed rpy_posix_pwritev(Signed fd, rpy_string *data, Signed offset, Signed flags) {
    return write_at(fd, data, offset, flags, 0);
}

Signed rpy_posix_sendfile(Signed out_fd, Signed in_fd, Signed offset, Signed count) {
    off_t off = (off_t)offset;
    ssize_t k;
    rpy_flush_stdout();
    RPY_BLOCKING_BEGIN
    do k = sendfile((int)out_fd, (int)in_fd, offset < 0 ? NULL : &off, (size_t)count);
    while (again(k));
    RPY_BLOCKING_END
    if (k < 0) { rpy_os_raise_errno(errno); return -1; }
    return (Signed)k;
}

Signed rpy_posix_copy_file_range(Signed src, Signed dst, Signed count, Signed off_src,
                                 Signed off_dst) {
    loff_t os = (loff_t)off_src, od = (loff_t)off_dst;
    ssize_t k;
    RPY_BLOCKING_BEGIN
    do k = copy_file_range((int)src, off_src < 0 ? NULL : &os, (int)dst,
                           off_dst < 0 ? NULL : &od, (size_t)count, 0);
    while (again(k));
    RPY_BLOCKING_END
    if (k < 0) { rpy_os_raise_errno(errno); return -1; }
    return (Signed)k;
}

Signed rpy_posix_splice(Signed src, Signed dst, Signed count, Signed off_src, Signed off_dst,
                        Signed flags) {
    loff_t os = (loff_t)off_src, od = (loff_t)off_dst;
    ssize_t k;
    RPY_BLOCKING_BEGIN
    do k = splice((int)src, off_src < 0 ? NULL : &os, (int)dst, off_dst < 0 ? NULL : &od,
                  (size_t)count, (unsigned int)flags);
    while (again(k));
    RPY_BLOCKING_END
    if (k < 0) { rpy_os_raise_errno(errno); return -1; }
    return (Signed)k;
}

/* these two return the error number instead of setting errno */
Signed rpy_posix_fallocate(Signed fd, Signed offset, Signed length) {
    int r;
    RPY_BLOCKING_BEGIN
    do r = posix_fallocate((int)fd, (off_t)offset, (off_t)length);
    while (r == EINTR && !rpy_signal_any_pending());
    RPY_BLOCKING_END
    return r;
}

Signed rpy_posix_fadvise(Signed fd, Signed offset, Signed length, Signed advice) {
    int r;
    do r = posix_fadvise((int)fd, (off_t)offset, (off_t)length, (int)advice);
    while (r == EINTR && !rpy_signal_any_pending());
    return r;
}

void rpy_posix_lockf(Signed fd, Signed command, Signed length) {
    int r;
    RPY_BLOCKING_BEGIN
    r = lockf((int)fd, (int)command, (off_t)length);
    RPY_BLOCKING_END
    check(r);
}

Signed rpy_posix_pipe2(Signed flags) {
    int fds[2];
    if (pipe2(fds, (int)flags) < 0) { rpy_os_raise_errno(errno); return -1; }
    return ((Signed)fds[0] << 32) | (Signed)fds[1];
}

Signed rpy_posix_memfd_create(rpy_string *name, Signed flags) {
    char *p = cstr(name);
    if (p == NULL) return -1;
    int fd = memfd_create(p, (unsigned int)flags);
    int e = errno;
    free(p);
    if (fd < 0) { rpy_os_raise_errno(e); return -1; }
    return fd;
}

Signed rpy_posix_eventfd(Signed initval, Signed flags) {
    int fd = eventfd((unsigned int)initval, (int)flags);
    if (fd < 0) { rpy_os_raise_errno(errno); return -1; }
    return fd;
}

Signed rpy_posix_eventfd_read(Signed fd) {
    eventfd_t v = 0;
    int r;
    RPY_BLOCKING_BEGIN
    do r = eventfd_read((int)fd, &v);
    while (again(r));
    RPY_BLOCKING_END
    if (r < 0) { rpy_os_raise_errno(errno); return -1; }
    return (Signed)v;
}

void rpy_posix_eventfd_write(Signed fd, Signed value) {
    int r;
    RPY_BLOCKING_BEGIN
    do r = eventfd_write((int)fd, (eventfd_t)value);
    while (again(r));
    RPY_BLOCKING_END
    check(r);
}

rpy_string *rpy_posix_getrandom(Signed size, Signed flags) {
    char *buf = malloc(size > 0 ? (size_t)size : 1);
    if (buf == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    ssize_t k;
    RPY_BLOCKING_BEGIN
    do k = getrandom(buf, (size_t)size, (unsigned int)flags);
    while (again(k));
    RPY_BLOCKING_END
    if (k < 0) { int e = errno; free(buf); rpy_os_raise_errno(e); return NULL; }
    rpy_string *r = rpy_bytes_from_mem(buf, (Signed)k);
    free(buf);
    return r;
}

/* -- extended attributes (of fd when fd >= 0, else of the path) */

#define XATTR_BUF 65536     /* XATTR_SIZE_MAX: no value or list is longer */

rpy_string *rpy_posix_getxattr(rpy_string *path, Signed fd, rpy_string *attr, Signed follow) {
    char *p = cstr(path), *a = p ? cstr(attr) : NULL;
    char *buf = a ? malloc(XATTR_BUF) : NULL;
    if (buf == NULL) {
        free(p); free(a);
        if (a != NULL) rpy_raise(RPY_EXC_MemoryError, "");
        return NULL;
    }
    ssize_t k;
    RPY_BLOCKING_BEGIN
    if (fd >= 0) k = fgetxattr((int)fd, a, buf, XATTR_BUF);
    else if (follow) k = getxattr(p, a, buf, XATTR_BUF);
    else k = lgetxattr(p, a, buf, XATTR_BUF);
    RPY_BLOCKING_END
    int e = errno;
    free(p); free(a);
    if (k < 0) { free(buf); rpy_os_raise_errno(e); return NULL; }
    rpy_string *r = rpy_bytes_from_mem(buf, (Signed)k);
    free(buf);
    return r;
}

void rpy_posix_setxattr(rpy_string *path, Signed fd, rpy_string *attr, rpy_string *value,
                        Signed flags, Signed follow) {
    char *p = cstr(path), *a = p ? cstr(attr) : NULL;
    size_t n = (size_t)value->length;
    char *v = a ? malloc(n ? n : 1) : NULL;
    if (v == NULL) {
        free(p); free(a);
        if (a != NULL) rpy_raise(RPY_EXC_MemoryError, "");
        return;
    }
    memcpy(v, value->data, n);
    int r;
    RPY_BLOCKING_BEGIN
    if (fd >= 0) r = fsetxattr((int)fd, a, v, n, (int)flags);
    else if (follow) r = setxattr(p, a, v, n, (int)flags);
    else r = lsetxattr(p, a, v, n, (int)flags);
    RPY_BLOCKING_END
    int e = errno;
    free(p); free(a); free(v);
    if (r < 0) rpy_os_raise_errno(e);
}

rpy_string *rpy_posix_listxattr(rpy_string *path, Signed fd, Signed follow) {
    char *p = cstr(path);
    char *buf = p ? malloc(XATTR_BUF) : NULL;
    if (buf == NULL) {
        if (p != NULL) { free(p); rpy_raise(RPY_EXC_MemoryError, ""); }
        return NULL;
    }
    ssize_t k;
    RPY_BLOCKING_BEGIN
    if (fd >= 0) k = flistxattr((int)fd, buf, XATTR_BUF);
    else if (follow) k = listxattr(p, buf, XATTR_BUF);
    else k = llistxattr(p, buf, XATTR_BUF);
    RPY_BLOCKING_END
    int e = errno;
    free(p);
    if (k < 0) { free(buf); rpy_os_raise_errno(e); return NULL; }
    rpy_string *r = rpy_bytes_from_mem(buf, (Signed)k);
    free(buf);
    return r;
}

void rpy_posix_removexattr(rpy_string *path, Signed fd, rpy_string *attr, Signed follow) {
    char *p = cstr(path), *a = p ? cstr(attr) : NULL;
    if (a == NULL) { free(p); return; }
    int r;
    RPY_BLOCKING_BEGIN
    if (fd >= 0) r = fremovexattr((int)fd, a);
    else if (follow) r = removexattr(p, a);
    else r = lremovexattr(p, a);
    RPY_BLOCKING_END
    int e = errno;
    free(p); free(a);
    if (r < 0) rpy_os_raise_errno(e);
}

/* -- terminals */

Signed rpy_posix_tcgetpgrp(Signed fd) {
    pid_t r = tcgetpgrp((int)fd);
    if (r < 0) { rpy_os_raise_errno(errno); return -1; }
    return r;
}

void rpy_posix_tcsetpgrp(Signed fd, Signed pgid) { check(tcsetpgrp((int)fd, (pid_t)pgid)); }

rpy_string *rpy_posix_ctermid(void) {
    char buf[L_ctermid];
    char *r = ctermid(buf);
    return rpy_bytes_from_mem(r, (Signed)strlen(r));
}

void rpy_posix_login_tty(Signed fd) { check(login_tty((int)fd)); }

Signed rpy_posix_forkpty(void) {
    int master = -1;
    rpy_flush_stdout();
    pid_t pid = forkpty(&master, NULL, NULL, NULL);
    if (pid < 0) { rpy_os_raise_errno(errno); return -1; }
    if (pid == 0) rpy_thread_after_fork();
    return ((Signed)pid << 32) | (Signed)(unsigned int)master;
}

/* -- users and groups */

static gid_t *groups;
static Signed n_groups;

Signed rpy_posix_getgroups(void) {
    int n = getgroups(0, NULL);
    if (n < 0) { rpy_os_raise_errno(errno); return -1; }
    gid_t *g = malloc(sizeof(gid_t) * (size_t)(n + 1));
    if (g == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return -1; }
    n = getgroups(n, g);
    if (n < 0) { int e = errno; free(g); rpy_os_raise_errno(e); return -1; }
    free(groups);
    groups = g;
    n_groups = n;
    return n;
}

Signed rpy_posix_getgrouplist(rpy_string *user, Signed group) {
    char *u = cstr(user);
    if (u == NULL) return -1;
    int n = 64;
    gid_t *g = NULL;
    for (;;) {
        gid_t *g2 = realloc(g, sizeof(gid_t) * (size_t)n);
        if (g2 == NULL) { free(g); free(u); rpy_raise(RPY_EXC_MemoryError, ""); return -1; }
        g = g2;
        int want = n;
        if (getgrouplist(u, (gid_t)group, g, &want) >= 0) { n = want; break; }
        n = want > n ? want : n * 2;
    }
    free(u);
    free(groups);
    groups = g;
    n_groups = n;
    return n;
}

Signed rpy_posix_group(Signed i) { return (Signed)groups[i]; }

void rpy_posix_setgroups(rpy_string *ids) {
    Signed n = 0;
    for (Signed i = 0; i < ids->length; i++) if (ids->data[i] == 0) n++;
    gid_t *g = malloc(sizeof(gid_t) * (size_t)(n + 1));
    if (g == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return; }
    const char *p = ids->data;
    for (Signed k = 0; k < n; k++) {
        g[k] = (gid_t)strtoul(p, NULL, 10);
        p += strlen(p) + 1;
    }
    int r = setgroups((size_t)n, g);
    int e = errno;
    free(g);
    if (r < 0) rpy_os_raise_errno(e);
}

void rpy_posix_initgroups(rpy_string *user, Signed group) {
    char *u = cstr(user);
    if (u == NULL) return;
    int r = initgroups(u, (gid_t)group);
    int e = errno;
    free(u);
    if (r < 0) rpy_os_raise_errno(e);
}

static Signed three_i[3];
static double three_f[3];

void rpy_posix_getresuid(void) {
    uid_t r, e, s;
    if (getresuid(&r, &e, &s) < 0) { rpy_os_raise_errno(errno); return; }
    three_i[0] = r; three_i[1] = e; three_i[2] = s;
}

void rpy_posix_getresgid(void) {
    gid_t r, e, s;
    if (getresgid(&r, &e, &s) < 0) { rpy_os_raise_errno(errno); return; }
    three_i[0] = r; three_i[1] = e; three_i[2] = s;
}

Signed rpy_posix_three_int(Signed i) { return three_i[i]; }
double rpy_posix_three_float(Signed i) { return three_f[i]; }

void rpy_posix_getloadavg(void) {
    if (getloadavg(three_f, 3) != 3) { rpy_os_raise_errno(EINVAL); return; }
}

void rpy_posix_setuid(Signed id) { check(setuid((uid_t)id)); }
void rpy_posix_setgid(Signed id) { check(setgid((gid_t)id)); }
void rpy_posix_seteuid(Signed id) { check(seteuid((uid_t)id)); }
void rpy_posix_setegid(Signed id) { check(setegid((gid_t)id)); }
void rpy_posix_setreuid(Signed r, Signed e) { check(setreuid((uid_t)r, (uid_t)e)); }
void rpy_posix_setregid(Signed r, Signed e) { check(setregid((gid_t)r, (gid_t)e)); }
void rpy_posix_setresuid(Signed r, Signed e, Signed s) {
    check(setresuid((uid_t)r, (uid_t)e, (uid_t)s));
}
void rpy_posix_setresgid(Signed r, Signed e, Signed s) {
    check(setresgid((gid_t)r, (gid_t)e, (gid_t)s));
}

rpy_string *rpy_posix_getlogin(void) {
    errno = 0;
    char *name = getlogin();
    /* errno 0: no login name, which the caller reports */
    if (name == NULL) { rpy_os_raise_errno(errno); return NULL; }
    return rpy_bytes_from_mem(name, (Signed)strlen(name));
}

/* -- processes */

/* buffered output is lost, as with CPython's os.abort */
void rpy_posix_abort(void) {
    abort();
}

void rpy_posix_killpg(Signed pgid, Signed sig) { check(killpg((pid_t)pgid, (int)sig)); }

Signed rpy_posix_nice(Signed increment) {
    errno = 0;
    int r = nice((int)increment);
    if (r == -1 && errno != 0) { rpy_os_raise_errno(errno); return -1; }
    return r;
}

Signed rpy_posix_getpriority(Signed which, Signed who) {
    errno = 0;
    int r = getpriority((int)which, (id_t)who);
    if (r == -1 && errno != 0) { rpy_os_raise_errno(errno); return -1; }
    return r;
}

void rpy_posix_setpriority(Signed which, Signed who, Signed prio) {
    check(setpriority((int)which, (id_t)who, (int)prio));
}

static int wait4_st;

Signed rpy_posix_wait4(Signed pid, Signed options) {
    int st = 0;
    struct rusage ru;
    rpy_flush_stdout();
    pid_t r;
    RPY_BLOCKING_BEGIN
    do r = wait4((pid_t)pid, &st, (int)options, &ru);
    while (again(r));
    RPY_BLOCKING_END
    if (r < 0) { rpy_os_raise_errno(errno); return -1; }
    wait4_st = st;
    *rpy_unix_rusage_record() = ru;
    return r;
}

Signed rpy_posix_wait4_status(void) { return wait4_st; }

static Signed waitid_f[5];

Signed rpy_posix_waitid(Signed idtype, Signed id, Signed options) {
    siginfo_t si;
    memset(&si, 0, sizeof si);
    rpy_flush_stdout();
    int r;
    RPY_BLOCKING_BEGIN
    do r = waitid((idtype_t)idtype, (id_t)id, &si, (int)options);
    while (again(r));
    RPY_BLOCKING_END
    if (r < 0) { rpy_os_raise_errno(errno); return 0; }
    if (si.si_pid == 0) return 0;
    waitid_f[0] = si.si_pid;
    waitid_f[1] = si.si_uid;
    waitid_f[2] = si.si_signo;
    waitid_f[3] = si.si_status;
    waitid_f[4] = si.si_code;
    return 1;
}

Signed rpy_posix_waitid_field(Signed i) { return waitid_f[i]; }

/* -- scheduling */

void rpy_posix_sched_yield(void) { sched_yield(); }

Signed rpy_posix_sched_get_priority_max(Signed policy) {
    int r = sched_get_priority_max((int)policy);
    if (r < 0) { rpy_os_raise_errno(errno); return -1; }
    return r;
}

Signed rpy_posix_sched_get_priority_min(Signed policy) {
    int r = sched_get_priority_min((int)policy);
    if (r < 0) { rpy_os_raise_errno(errno); return -1; }
    return r;
}

Signed rpy_posix_sched_getscheduler(Signed pid) {
    int r = sched_getscheduler((pid_t)pid);
    if (r < 0) { rpy_os_raise_errno(errno); return -1; }
    return r;
}

Signed rpy_posix_sched_getparam(Signed pid) {
    struct sched_param p;
    if (sched_getparam((pid_t)pid, &p) < 0) { rpy_os_raise_errno(errno); return -1; }
    return p.sched_priority;
}

void rpy_posix_sched_setparam(Signed pid, Signed priority) {
    struct sched_param p;
    memset(&p, 0, sizeof p);
    p.sched_priority = (int)priority;
    check(sched_setparam((pid_t)pid, &p));
}

void rpy_posix_sched_setscheduler(Signed pid, Signed policy, Signed priority) {
    struct sched_param p;
    memset(&p, 0, sizeof p);
    p.sched_priority = (int)priority;
    check(sched_setscheduler((pid_t)pid, (int)policy, &p));
}

double rpy_posix_sched_rr_get_interval(Signed pid) {
    struct timespec ts;
    if (sched_rr_get_interval((pid_t)pid, &ts) < 0) { rpy_os_raise_errno(errno); return -1.0; }
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

rpy_string *rpy_posix_sched_getaffinity(Signed pid) {
    /* grow the set until the kernel's fits (EINVAL: too small) */
    int ncpus = CPU_SETSIZE;
    for (;;) {
        cpu_set_t *set = CPU_ALLOC(ncpus);
        if (set == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
        size_t size = CPU_ALLOC_SIZE(ncpus);
        CPU_ZERO_S(size, set);
        if (sched_getaffinity((pid_t)pid, size, set) == 0) {
            rpy_string *r = rpy_bytes_from_mem((const char *)set, (Signed)size);
            CPU_FREE(set);
            return r;
        }
        int e = errno;
        CPU_FREE(set);
        if (e != EINVAL || ncpus > (1 << 20)) { rpy_os_raise_errno(e); return NULL; }
        ncpus *= 2;
    }
}

void rpy_posix_sched_setaffinity(Signed pid, rpy_string *mask) {
    size_t n = (size_t)mask->length;
    char *set = calloc(n ? n : 1, 1);
    if (set == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return; }
    memcpy(set, mask->data, n);
    int r = sched_setaffinity((pid_t)pid, n, (cpu_set_t *)set);
    int e = errno;
    free(set);
    if (r < 0) rpy_os_raise_errno(e);
}

/* -- clocks */

void rpy_posix_clock_settime_ns(Signed clk, Signed ns) {
    struct timespec ts;
    ts.tv_sec = (time_t)(ns / 1000000000);
    ts.tv_nsec = (long)(ns % 1000000000);
    if (ts.tv_nsec < 0) { ts.tv_nsec += 1000000000; ts.tv_sec -= 1; }
    check(clock_settime((clockid_t)clk, &ts));
}

Signed rpy_posix_pthread_getcpuclockid(Signed ident) {
    clockid_t c;
    int e = pthread_getcpuclockid((pthread_t)ident, &c);
    if (e != 0) { rpy_os_raise_errno(e); return -1; }
    return (Signed)c;
}
