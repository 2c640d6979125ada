/* unix.c -- password and group entries, resource limits and usage,
 * fcntl/ioctl/flock/lockf, for rpy.rlib.runix (its docstring documents
 * the functions).  Entries are copied into static records (strings into
 * malloc'ed copies: the C library reuses its buffers).  Failures raise
 * OSError with the errno (rpy_os_raise_errno), read back with
 * ros.get_errno().
 */
#include "rpy.h"
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static char *pw_strs[5];
static Signed pw_ints[2];
static char *gr_strs[2];
static Signed gr_gid_v;
static char *gr_mem;          /* each member NUL-terminated */
static Signed gr_mem_len;

static char *dup_str(const char *s) {
    return strdup(s != NULL ? s : "");
}

static Signed fill_pw(struct passwd *p) {
    if (p == NULL) return 0;
    const char *src[5] = {p->pw_name, p->pw_passwd, p->pw_gecos, p->pw_dir, p->pw_shell};
    for (int i = 0; i < 5; i++) {
        free(pw_strs[i]);
        pw_strs[i] = dup_str(src[i]);
    }
    pw_ints[0] = (Signed)p->pw_uid;
    pw_ints[1] = (Signed)p->pw_gid;
    return 1;
}

static Signed fill_gr(struct group *g) {
    if (g == NULL) return 0;
    free(gr_strs[0]);
    free(gr_strs[1]);
    gr_strs[0] = dup_str(g->gr_name);
    gr_strs[1] = dup_str(g->gr_passwd);
    gr_gid_v = (Signed)g->gr_gid;
    size_t n = 0;
    for (char **m = g->gr_mem; m != NULL && *m != NULL; m++) n += strlen(*m) + 1;
    free(gr_mem);
    gr_mem = malloc(n + 1);
    gr_mem_len = 0;
    if (gr_mem == NULL) return 1;
    for (char **m = g->gr_mem; m != NULL && *m != NULL; m++) {
        size_t k = strlen(*m) + 1;
        memcpy(gr_mem + gr_mem_len, *m, k);
        gr_mem_len += (Signed)k;
    }
    return 1;
}

static char *cstr_of(rpy_string *s) {
    char *c = malloc((size_t)s->length + 1);
    if (c == NULL) return NULL;
    memcpy(c, s->data, (size_t)s->length);
    c[s->length] = 0;
    return c;
}

Signed rpy_unix_pw_by_name(rpy_string *name) {
    char *c = cstr_of(name);
    if (c == NULL) return 0;
    Signed r = fill_pw(getpwnam(c));
    free(c);
    return r;
}

Signed rpy_unix_pw_by_uid(Signed uid) { return fill_pw(getpwuid((uid_t)uid)); }
void rpy_unix_pw_start(void) { setpwent(); }
Signed rpy_unix_pw_next(void) { return fill_pw(getpwent()); }
void rpy_unix_pw_end(void) { endpwent(); }
rpy_string *rpy_unix_pw_str(Signed field) {
    const char *s = pw_strs[field] != NULL ? pw_strs[field] : "";
    return rpy_bytes_from_mem(s, (Signed)strlen(s));
}
Signed rpy_unix_pw_int(Signed field) { return pw_ints[field]; }

Signed rpy_unix_gr_by_name(rpy_string *name) {
    char *c = cstr_of(name);
    if (c == NULL) return 0;
    Signed r = fill_gr(getgrnam(c));
    free(c);
    return r;
}

Signed rpy_unix_gr_by_gid(Signed gid) { return fill_gr(getgrgid((gid_t)gid)); }
void rpy_unix_gr_start(void) { setgrent(); }
Signed rpy_unix_gr_next(void) { return fill_gr(getgrent()); }
void rpy_unix_gr_end(void) { endgrent(); }
rpy_string *rpy_unix_gr_str(Signed field) {
    const char *s = gr_strs[field] != NULL ? gr_strs[field] : "";
    return rpy_bytes_from_mem(s, (Signed)strlen(s));
}
Signed rpy_unix_gr_gid(void) { return gr_gid_v; }
rpy_string *rpy_unix_gr_members(void) {
    return rpy_bytes_from_mem(gr_mem != NULL ? gr_mem : "", gr_mem_len);
}

/* -- resource */

static Signed rl[2];
static struct rusage ru;

void rpy_unix_getrlimit(Signed resource) {
    struct rlimit r;
    if (getrlimit((int)resource, &r) < 0) { rpy_os_raise_errno(errno); return; }
    rl[0] = (Signed)r.rlim_cur;
    rl[1] = (Signed)r.rlim_max;
}

Signed rpy_unix_rlimit(Signed which) { return rl[which]; }

void rpy_unix_setrlimit(Signed resource, Signed cur, Signed max) {
    struct rlimit r;
    r.rlim_cur = (rlim_t)cur;
    r.rlim_max = (rlim_t)max;
    if (setrlimit((int)resource, &r) < 0) rpy_os_raise_errno(errno);
}

void rpy_unix_prlimit(Signed pid, Signed resource, Signed set, Signed cur, Signed max) {
    struct rlimit new_limit, old_limit;
    new_limit.rlim_cur = (rlim_t)cur;
    new_limit.rlim_max = (rlim_t)max;
    if (prlimit((pid_t)pid, (int)resource, set ? &new_limit : NULL, &old_limit) < 0) {
        rpy_os_raise_errno(errno);
        return;
    }
    rl[0] = (Signed)old_limit.rlim_cur;
    rl[1] = (Signed)old_limit.rlim_max;
}

void rpy_unix_getrusage(Signed who) {
    if (getrusage((int)who, &ru) < 0) rpy_os_raise_errno(errno);
}

/* posixs.c's wait3/wait4 leave the child's usage here */
struct rusage *rpy_unix_rusage_record(void) { return &ru; }

double rpy_unix_rusage_time(Signed which) {
    struct timeval *tv = which == 0 ? &ru.ru_utime : &ru.ru_stime;
    return (double)tv->tv_sec + (double)tv->tv_usec * 1e-6;
}

Signed rpy_unix_rusage_int(Signed i) {
    switch (i) {
    case 2: return ru.ru_maxrss;
    case 3: return ru.ru_ixrss;
    case 4: return ru.ru_idrss;
    case 5: return ru.ru_isrss;
    case 6: return ru.ru_minflt;
    case 7: return ru.ru_majflt;
    case 8: return ru.ru_nswap;
    case 9: return ru.ru_inblock;
    case 10: return ru.ru_oublock;
    case 11: return ru.ru_msgsnd;
    case 12: return ru.ru_msgrcv;
    case 13: return ru.ru_nsignals;
    case 14: return ru.ru_nvcsw;
    case 15: return ru.ru_nivcsw;
    }
    return 0;
}

Signed rpy_unix_getpagesize(void) { return (Signed)getpagesize(); }

/* -- fcntl */

Signed rpy_unix_fcntl_int(Signed fd, Signed cmd, Signed arg) {
    int r;
    do r = fcntl((int)fd, (int)cmd, (long)arg);
    while (r < 0 && errno == EINTR);
    if (r < 0) { rpy_os_raise_errno(errno); return -1; }
    return r;
}

#define BUF_MAX 1024

rpy_string *rpy_unix_fcntl_buf(Signed fd, Signed cmd, rpy_string *data) {
    char buf[BUF_MAX];
    Signed n = data->length;
    memcpy(buf, data->data, (size_t)n);
    int r;
    do r = fcntl((int)fd, (int)cmd, buf);
    while (r < 0 && errno == EINTR);
    if (r < 0) { rpy_os_raise_errno(errno); return NULL; }
    return rpy_bytes_from_mem(buf, n);
}

Signed rpy_unix_ioctl_int(Signed fd, Signed request, Signed arg) {
    int r;
    do r = ioctl((int)fd, (unsigned long)request, (long)arg);
    while (r < 0 && errno == EINTR);
    if (r < 0) { rpy_os_raise_errno(errno); return -1; }
    return r;
}

rpy_string *rpy_unix_ioctl_buf(Signed fd, Signed request, rpy_string *data) {
    char buf[BUF_MAX + 1];
    Signed n = data->length;
    memcpy(buf, data->data, (size_t)n);
    buf[n] = 0;
    int r;
    do r = ioctl((int)fd, (unsigned long)request, buf);
    while (r < 0 && errno == EINTR);
    if (r < 0) { rpy_os_raise_errno(errno); return NULL; }
    return rpy_bytes_from_mem(buf, n);
}

void rpy_unix_flock(Signed fd, Signed operation) {
    int r;
    do r = flock((int)fd, (int)operation);
    while (r < 0 && errno == EINTR);
    if (r < 0) rpy_os_raise_errno(errno);
}

void rpy_unix_lockf(Signed fd, Signed cmd, Signed len, Signed start, Signed whence) {
    struct flock l;
    memset(&l, 0, sizeof l);
    int kind = (int)(cmd & 3);
    l.l_type = kind == 0 ? F_UNLCK : (kind == 1 ? F_RDLCK : F_WRLCK);
    l.l_start = (off_t)start;
    l.l_len = (off_t)len;
    l.l_whence = (short)whence;
    int r;
    do r = fcntl((int)fd, (cmd & 4) ? F_SETLK : F_SETLKW, &l);
    while (r < 0 && errno == EINTR);
    if (r < 0) rpy_os_raise_errno(errno);
}

/* -- POSIX named semaphores and shared memory (for _multiprocessing and
 * _posixshmem).  A semaphore is its sem_t address as a Signed.  A wait is
 * retried after EINTR unless a recorded signal waits: then EINTR is
 * raised, so that the program runs its handler and retries (PEP 475). */

Signed rpy_unix_sem_open(rpy_string *name, Signed create, Signed value) {
    char *c = cstr_of(name);
    if (c == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return 0; }
    sem_t *h = create ? sem_open(c, O_CREAT | O_EXCL, 0600, (unsigned)value) : sem_open(c, 0);
    int e = errno;
    free(c);
    if (h == SEM_FAILED) { rpy_os_raise_errno(e); return 0; }
    return (Signed)h;
}

void rpy_unix_sem_unlink(rpy_string *name) {
    char *c = cstr_of(name);
    if (c == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return; }
    int r = sem_unlink(c);
    int e = errno;
    free(c);
    if (r < 0) rpy_os_raise_errno(e);
}

void rpy_unix_sem_close(Signed h) { sem_close((sem_t *)h); }

Signed rpy_unix_sem_trywait(Signed h) {
    int r;
    do r = sem_trywait((sem_t *)h);
    while (r < 0 && errno == EINTR && !rpy_signal_any_pending());
    if (r == 0) return 1;
    if (errno == EAGAIN) return 0;
    rpy_os_raise_errno(errno);
    return 0;
}

Signed rpy_unix_sem_wait(Signed h, Signed deadline_ns) {
    struct timespec ts;
    ts.tv_sec = (time_t)(deadline_ns / 1000000000);
    ts.tv_nsec = (long)(deadline_ns % 1000000000);
    int r;
    RPY_BLOCKING_BEGIN
    do r = deadline_ns < 0 ? sem_wait((sem_t *)h) : sem_timedwait((sem_t *)h, &ts);
    while (r < 0 && errno == EINTR && !rpy_signal_any_pending());
    RPY_BLOCKING_END
    if (r == 0) return 1;
    if (errno == ETIMEDOUT) return 0;
    rpy_os_raise_errno(errno);
    return 0;
}

void rpy_unix_sem_post(Signed h) {
    if (sem_post((sem_t *)h) < 0) rpy_os_raise_errno(errno);
}

Signed rpy_unix_sem_getvalue(Signed h) {
    int v;
    if (sem_getvalue((sem_t *)h, &v) < 0) { rpy_os_raise_errno(errno); return 0; }
    return (Signed)v;
}

#ifndef SEM_VALUE_MAX
#define SEM_VALUE_MAX INT_MAX     /* glibc defines it only for some feature macros */
#endif
Signed rpy_unix_sem_value_max(void) { return (Signed)SEM_VALUE_MAX; }

Signed rpy_unix_shm_open(rpy_string *path, Signed flags, Signed mode) {
    char *c = cstr_of(path);
    if (c == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return -1; }
    int fd;
    do fd = shm_open(c, (int)flags, (mode_t)mode);
    while (fd < 0 && errno == EINTR && !rpy_signal_any_pending());
    int e = errno;
    free(c);
    if (fd < 0) { rpy_os_raise_errno(e); return -1; }
    return fd;
}

void rpy_unix_shm_unlink(rpy_string *path) {
    char *c = cstr_of(path);
    if (c == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return; }
    int r = shm_unlink(c);
    int e = errno;
    free(c);
    if (r < 0) rpy_os_raise_errno(e);
}
