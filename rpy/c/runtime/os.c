/* os.c -- input/output and operating-system access for RPy programs:
 * buffered standard output, standard error, file descriptors, whole-file
 * read/write, file status, directories, renaming and removing files, line
 * input, environment variables, the process id and clocks.
 *
 * Standard output is buffered in a 64 KiB buffer (line-buffered when it is
 * a terminal); it is flushed at exit (atexit), before anything is written
 * to standard error or through rpy_os_write, and before blocking on
 * standard input.  Errors raise OSError with CPython's text:
 * "[Errno 2] No such file or directory: 'path'" (rename: "...: 'src' -> 'dst'").
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "rpy.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <dirent.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* from strings.c */
rpy_string *rpy__str_new(uint32_t tid, const char *p, Signed nbytes, Signed nchars);

/* ---------------------------------------------------------------- stdout */

#define OUTBUF_SIZE (64 * 1024)
static char outbuf[OUTBUF_SIZE];
static Signed outlen;
static int io_ready, stdout_tty;

static void write_all(int fd, const char *p, Signed n) {
    while (n > 0) {
        ssize_t k = write(fd, p, (size_t)n);
        if (k < 0) {
            if (errno == EINTR) continue;
            return;             /* EPIPE etc.: the output is lost, like a closed pipe */
        }
        p += k; n -= k;
    }
}

void rpy_flush_stdout(void) {
    if (outlen > 0) {
        Signed n = outlen;
        outlen = 0;
        write_all(1, outbuf, n);
    }
}

static void flush_at_exit(void) { rpy_flush_stdout(); }

void rpy_io_init(void) {
    if (io_ready) return;
    io_ready = 1;
    stdout_tty = isatty(1);
    atexit(flush_at_exit);
}

static void out_bytes(const char *p, Signed n) {
    if (!io_ready) rpy_io_init();
    if (n >= OUTBUF_SIZE) {
        rpy_flush_stdout();
        write_all(1, p, n);
        return;
    }
    if (outlen + n > OUTBUF_SIZE) rpy_flush_stdout();
    memcpy(outbuf + outlen, p, (size_t)n);
    outlen += n;
    if (stdout_tty && memchr(p, '\n', (size_t)n) != NULL) rpy_flush_stdout();
}

void rpy_write_stdout(rpy_string *s) { out_bytes(s->data, s->length); }
void rpy_write_stdout_cstr(const char *s) { out_bytes(s, (Signed)strlen(s)); }

void rpy_write_stderr(rpy_string *s) {
    rpy_flush_stdout();
    write_all(2, s->data, s->length);
}

/* ---------------------------------------------------------------- errors */

/* the errno of the last OSError raised here (ros.get_errno) */
static int last_errno;

Signed rpy_os_get_errno(void) { return last_errno; }

/* OSError "[Errno N] text" or "[Errno N] text: 'path'" (path may be NULL).
   May allocate: the caller must not use GC pointers afterwards. */
static void raise_oserror(int err, rpy_string *path) {
    const char *text = strerror(err);
    last_errno = err;
    char *msg;
    if (path != NULL) {
        rpy_string *r = rpy_str_repr(path);
        if (r == NULL) return;
        size_t n = strlen(text) + (size_t)r->length + 40;
        msg = malloc(n);
        if (msg == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return; }
        snprintf(msg, n, "[Errno %d] %s: %s", err, text, r->data);
    } else {
        size_t n = strlen(text) + 40;
        msg = malloc(n);
        if (msg == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return; }
        snprintf(msg, n, "[Errno %d] %s", err, text);
    }
    rpy_raise(RPY_EXC_OSError, msg);
    free(msg);
}

/* for sockets.c and procs.c */
void rpy_os_raise_errno(int err) { raise_oserror(err, NULL); }

/* OSError "[Errno N] text: 'src' -> 'dst'" (CPython's text for rename). */
static void raise_oserror2(int err, rpy_string *src, rpy_string *dst) {
    const char *text = strerror(err);
    last_errno = err;
    RPY_PUSH(dst);
    rpy_string *r1 = rpy_str_repr(src);
    RPY_POP(rpy_string *, dst);
    if (r1 == NULL) return;
    RPY_PUSH(r1);
    rpy_string *r2 = rpy_str_repr(dst);
    RPY_POP(rpy_string *, r1);
    if (r2 == NULL) return;
    size_t n = strlen(text) + (size_t)r1->length + (size_t)r2->length + 48;
    char *msg = malloc(n);
    if (msg == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return; }
    snprintf(msg, n, "[Errno %d] %s: %s -> %s", err, text, r1->data, r2->data);
    rpy_raise(RPY_EXC_OSError, msg);
    free(msg);
}

static int check_path(rpy_string *path) {
    if (memchr(path->data, 0, (size_t)path->length) != NULL) {
        rpy_raise(RPY_EXC_ValueError, "embedded null byte");
        return -1;
    }
    return 0;
}

/* The bytes the system gets for a path.  Text from the system is decoded
 * with surrogateescape (strings.c): an undecodable byte 0x80..0xFF became
 * U+DC80..U+DCFF, stored as ED B2 80..ED B3 BF.  Such a code point goes
 * back as its byte (CPython's os.fsencode); the rest is the UTF-8 as is.
 * Without one, the string's own data; else a copy in a per-thread buffer
 * (slot 0 or 1: rename/link/symlink convert two paths at once). */
static __thread char *fs_bufs[2];
static __thread size_t fs_caps[2];

static const char *fs_path(rpy_string *path, int slot) {
    const unsigned char *p = (const unsigned char *)path->data;
    Signed n = path->length;
    Signed i = 0, j = 0;
    while (i + 2 < n && !(p[i] == 0xED && (p[i + 1] == 0xB2 || p[i + 1] == 0xB3)))
        i++;
    if (i + 2 >= n)
        return path->data;
    if (fs_caps[slot] < (size_t)n + 1) {
        char *b = (char *)realloc(fs_bufs[slot], (size_t)n + 1);
        if (b == NULL)
            return path->data;
        fs_bufs[slot] = b;
        fs_caps[slot] = (size_t)n + 1;
    }
    char *out = fs_bufs[slot];
    i = 0;
    while (i < n) {
        if (i + 2 < n && p[i] == 0xED && (p[i + 1] == 0xB2 || p[i + 1] == 0xB3)
                && (p[i + 2] & 0xC0) == 0x80) {
            /* U+DC80..U+DCFF -> 0x80..0xFF */
            out[j++] = (char)(0x80 | ((p[i + 1] & 0x01) << 6) | (p[i + 2] & 0x3F));
            i += 3;
        } else {
            out[j++] = (char)p[i++];
        }
    }
    out[j] = 0;
    return out;
}

/* ---------------------------------------------------------------- descriptors */

Signed rpy_os_open(rpy_string *path, Signed flags, Signed mode) {
    if (check_path(path) < 0) return -1;
    int fd;
    do fd = open(fs_path(path, 0), (int)flags | O_CLOEXEC, (mode_t)mode);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) { raise_oserror(errno, path); return -1; }
    return fd;
}

/* Whether a read or write that failed with k < 0 is retried here: after
   EINTR, unless a recorded signal waits, whose handler the program runs
   before it retries, or lets the handler's exception out (PEP 475). */
static int retry_interrupted(ssize_t k) {
    return k < 0 && errno == EINTR && !rpy_signal_any_pending();
}

rpy_string *rpy_os_read(Signed fd, Signed n) {
    if (n < 0) { rpy_raise(RPY_EXC_ValueError, "negative buffersize in read"); return NULL; }
    if (fd == 0) rpy_flush_stdout();
    char *buf = malloc(n > 0 ? (size_t)n : 1);
    if (buf == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    ssize_t k;
    RPY_BLOCKING_BEGIN
    do k = read((int)fd, buf, (size_t)n);
    while (retry_interrupted(k));
    RPY_BLOCKING_END
    if (k < 0) { int e = errno; free(buf); raise_oserror(e, NULL); return NULL; }
    rpy_string *r = rpy__str_new(RPY_TID_BYTES, buf, k, k);
    free(buf);
    return r;
}

Signed rpy_os_write(Signed fd, rpy_string *data) {
    rpy_flush_stdout();
    ssize_t k;
    if (!rpy_threads_started) {
        do k = write((int)fd, data->data, (size_t)data->length);
        while (retry_interrupted(k));
    } else {
        /* without the GIL the string may move: write a copy */
        size_t len = (size_t)data->length;
        char *copy = malloc(len ? len : 1);
        if (copy == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return -1; }
        memcpy(copy, data->data, len);
        RPY_BLOCKING_BEGIN
        do k = write((int)fd, copy, len);
        while (retry_interrupted(k));
        RPY_BLOCKING_END
        int e = errno;
        free(copy);
        errno = e;
    }
    if (k < 0) { raise_oserror(errno, NULL); return -1; }
    return k;
}

void rpy_os_close(Signed fd) {
    if (fd == 1) rpy_flush_stdout();
    if (close((int)fd) < 0 && errno != EINTR) raise_oserror(errno, NULL);
}

rpy_string *rpy_os_getenv(rpy_string *name) {
    if (memchr(name->data, 0, (size_t)name->length) != NULL) return NULL;
    const char *v = getenv(name->data);
    if (v == NULL) return NULL;
    return rpy_str_from_cstr(v);   /* UTF-8 with surrogateescape */
}

/* ---------------------------------------------------------------- clocks */

static double clock_of(clockid_t id) {
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) return 0.0;
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
double rpy_time_time(void) { return clock_of(CLOCK_REALTIME); }
double rpy_time_monotonic(void) { return clock_of(CLOCK_MONOTONIC); }
double rpy_time_clock(void) { return clock_of(CLOCK_PROCESS_CPUTIME_ID); }

/* ---------------------------------------------------------------- whole files */

rpy_string *rpy_read_file(rpy_string *path) {
    if (check_path(path) < 0) return NULL;
    int fd;
    do fd = open(fs_path(path, 0), O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) { raise_oserror(errno, path); return NULL; }
    struct stat st;
    size_t cap = 8192;
    if (fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode)) { close(fd); raise_oserror(EISDIR, path); return NULL; }
        if (st.st_size > 0) cap = (size_t)st.st_size + 1;
    }
    char *buf = malloc(cap);
    size_t len = 0;
    if (buf == NULL) { close(fd); rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    for (;;) {
        if (len == cap) {
            char *nb = realloc(buf, cap * 2);
            if (nb == NULL) { free(buf); close(fd); rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
            buf = nb; cap *= 2;
        }
        ssize_t k = read(fd, buf + len, cap - len);
        if (k < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            free(buf); close(fd);
            raise_oserror(e, path);
            return NULL;
        }
        if (k == 0) break;
        len += (size_t)k;
    }
    close(fd);
    rpy_string *r = rpy__str_new(RPY_TID_BYTES, buf, (Signed)len, (Signed)len);
    free(buf);
    return r;
}

void rpy_write_file(rpy_string *path, rpy_string *data) {
    if (check_path(path) < 0) return;
    int fd;
    do fd = open(fs_path(path, 0), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) { raise_oserror(errno, path); return; }
    const char *p = data->data;
    Signed n = data->length;
    while (n > 0) {
        ssize_t k = write(fd, p, (size_t)n);
        if (k < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            close(fd);
            raise_oserror(e, path);
            return;
        }
        p += k; n -= k;
    }
    if (close(fd) < 0 && errno != EINTR) raise_oserror(errno, path);
}

/* ---------------------------------------------------------------- files, directories */

/* which: 0 st_mode, 1 st_size, 2 st_mtime in nanoseconds (ros.STAT_*) */
Signed rpy_os_stat(rpy_string *path, Signed which) {
    if (which < 0 || which > 2) { rpy_raise(RPY_EXC_ValueError, "invalid stat field"); return -1; }
    if (check_path(path) < 0) return -1;
    struct stat st;
    int r;
    do r = stat(fs_path(path, 0), &st);
    while (r < 0 && errno == EINTR);
    if (r < 0) { raise_oserror(errno, path); return -1; }
    if (which == 0) return (Signed)st.st_mode;
    if (which == 1) return (Signed)st.st_size;
    return (Signed)st.st_mtim.tv_sec * 1000000000 + (Signed)st.st_mtim.tv_nsec;
}

void rpy_os_mkdir(rpy_string *path, Signed mode) {
    if (check_path(path) < 0) return;
    if (mkdir(fs_path(path, 0), (mode_t)mode) < 0) raise_oserror(errno, path);
}

void rpy_os_rmdir(rpy_string *path) {
    if (check_path(path) < 0) return;
    if (rmdir(fs_path(path, 0)) < 0) raise_oserror(errno, path);
}

void rpy_os_unlink(rpy_string *path) {
    if (check_path(path) < 0) return;
    if (unlink(fs_path(path, 0)) < 0) raise_oserror(errno, path);
}

void rpy_os_rename(rpy_string *src, rpy_string *dst) {
    if (check_path(src) < 0 || check_path(dst) < 0) return;
    if (rename(fs_path(src, 0), fs_path(dst, 1)) < 0) raise_oserror2(errno, src, dst);
}

Signed rpy_os_getpid(void) { return (Signed)getpid(); }

rpy_string *rpy_os_getcwd(void) {
    char buf[8192];
    if (getcwd(buf, sizeof buf) == NULL) {
        raise_oserror(errno, NULL);
        return NULL;
    }
    return rpy_str_from_cstr(buf);   /* UTF-8 with surrogateescape */
}

/* ---------------------------------------------------------------- stdin */

#define INBUF_SIZE (64 * 1024)
static char inbuf[INBUF_SIZE];
static Signed inpos, inlen;
static int in_eof;

rpy_string *rpy_readline_stdin(void) {
    char *line = NULL;
    Signed len = 0, cap = 0;
    for (;;) {
        if (inpos == inlen) {
            if (in_eof) break;
            rpy_flush_stdout();
            ssize_t k;
            RPY_BLOCKING_BEGIN
            k = read(0, inbuf, INBUF_SIZE);
            RPY_BLOCKING_END
            if (k < 0) {
                if (errno == EINTR) continue;
                int e = errno;
                free(line);
                raise_oserror(e, NULL);
                return NULL;
            }
            if (k == 0) { in_eof = 1; break; }
            inpos = 0; inlen = k;
        }
        char *nl = memchr(inbuf + inpos, '\n', (size_t)(inlen - inpos));
        Signed take = nl ? (nl - (inbuf + inpos)) + 1 : inlen - inpos;
        if (len + take > cap) {
            Signed nc = cap ? cap * 2 : 256;
            while (nc < len + take) nc *= 2;
            char *np = realloc(line, (size_t)nc);
            if (np == NULL) { free(line); rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
            line = np; cap = nc;
        }
        memcpy(line + len, inbuf + inpos, (size_t)take);
        len += take; inpos += take;
        if (nl) break;
    }
    /* a later read after EOF tries again (like CPython at a terminal) */
    if (len == 0) in_eof = 0;
    rpy_string *r = rpy__str_new(RPY_TID_BYTES, line ? line : "", len, len);
    free(line);
    return r;
}

/* ---------------------------------------------------------------- more descriptors */

rpy_string *rpy_os_strerror(Signed code) {
    return rpy_str_from_cstr(strerror((int)code));
}

Signed rpy_os_lseek(Signed fd, Signed pos, Signed how) {
    off_t r = lseek((int)fd, (off_t)pos, (int)how);
    if (r < 0) { raise_oserror(errno, NULL); return -1; }
    return (Signed)r;
}

void rpy_os_ftruncate(Signed fd, Signed length) {
    int r;
    do r = ftruncate((int)fd, (off_t)length);
    while (r < 0 && errno == EINTR);
    if (r < 0) raise_oserror(errno, NULL);
}

void rpy_os_fsync(Signed fd) {
    if (fd == 1) rpy_flush_stdout();
    if (fsync((int)fd) < 0) raise_oserror(errno, NULL);
}

Signed rpy_os_dup(Signed fd) {
    int r = fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) { raise_oserror(errno, NULL); return -1; }
    return r;
}

Signed rpy_os_dup2(Signed fd, Signed fd2) {
    if (fd2 == 1) rpy_flush_stdout();
    int r;
    do r = dup2((int)fd, (int)fd2);
    while (r < 0 && errno == EINTR);
    if (r < 0) { raise_oserror(errno, NULL); return -1; }
    return r;
}

/* ---------------------------------------------------------------- the status record */

static struct stat last_stat;

void rpy_os_stat_into(rpy_string *path, Signed follow) {
    if (check_path(path) < 0) return;
    int r;
    do r = follow ? stat(fs_path(path, 0), &last_stat) : lstat(fs_path(path, 0), &last_stat);
    while (r < 0 && errno == EINTR);
    if (r < 0) raise_oserror(errno, path);
}

void rpy_os_fstat_into(Signed fd) {
    int r;
    do r = fstat((int)fd, &last_stat);
    while (r < 0 && errno == EINTR);
    if (r < 0) raise_oserror(errno, NULL);
}

/* which: ros.ST_* */
Signed rpy_os_stat_field(Signed which) {
    struct stat *st = &last_stat;
    switch (which) {
    case 0: return (Signed)st->st_mode;
    case 1: return (Signed)st->st_ino;
    case 2: return (Signed)st->st_dev;
    case 3: return (Signed)st->st_nlink;
    case 4: return (Signed)st->st_uid;
    case 5: return (Signed)st->st_gid;
    case 6: return (Signed)st->st_size;
    case 7: return (Signed)st->st_atim.tv_sec;
    case 8: return (Signed)st->st_atim.tv_nsec;
    case 9: return (Signed)st->st_mtim.tv_sec;
    case 10: return (Signed)st->st_mtim.tv_nsec;
    case 11: return (Signed)st->st_ctim.tv_sec;
    case 12: return (Signed)st->st_ctim.tv_nsec;
    case 13: return (Signed)st->st_blksize;
    case 14: return (Signed)st->st_blocks;
    case 15: return (Signed)st->st_rdev;
    default: return 0;
    }
}

Signed rpy_os_access(rpy_string *path, Signed mode) {
    if (memchr(path->data, 0, (size_t)path->length) != NULL) return 0;
    return access(fs_path(path, 0), (int)mode) == 0;
}

/* ---------------------------------------------------------------- directories, links */

/* growable malloc'ed byte buffer */
typedef struct { char *p; size_t len, cap; } membuf;

static int mb_put(membuf *b, const char *p, size_t n) {
    if (b->len + n > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 1024;
        while (nc < b->len + n) nc *= 2;
        char *np = realloc(b->p, nc);
        if (np == NULL) return -1;
        b->p = np; b->cap = nc;
    }
    memcpy(b->p + b->len, p, n);
    b->len += n;
    return 0;
}

static rpy_string *mb_finish_bytes(membuf *b) {
    rpy_string *r = rpy__str_new(RPY_TID_BYTES, b->p ? b->p : "", (Signed)b->len, (Signed)b->len);
    free(b->p);
    return r;
}

rpy_string *rpy_os_listdir(rpy_string *path) {
    if (check_path(path) < 0) return NULL;
    DIR *d = opendir(fs_path(path, 0));
    if (d == NULL) { raise_oserror(errno, path); return NULL; }
    membuf b = { 0 };
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (e == NULL) {
            if (errno != 0) {
                int err = errno;
                closedir(d); free(b.p);
                raise_oserror(err, path);
                return NULL;
            }
            break;
        }
        const char *n = e->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
        char t = (char)e->d_type;
        if (mb_put(&b, &t, 1) < 0 || mb_put(&b, n, strlen(n) + 1) < 0) {
            closedir(d); free(b.p);
            rpy_raise(RPY_EXC_MemoryError, "");
            return NULL;
        }
    }
    closedir(d);
    return mb_finish_bytes(&b);
}

void rpy_os_chdir(rpy_string *path) {
    if (check_path(path) < 0) return;
    if (chdir(fs_path(path, 0)) < 0) raise_oserror(errno, path);
}

void rpy_os_chmod(rpy_string *path, Signed mode) {
    if (check_path(path) < 0) return;
    if (chmod(fs_path(path, 0), (mode_t)mode) < 0) raise_oserror(errno, path);
}

void rpy_os_chown(rpy_string *path, Signed uid, Signed gid, Signed follow_symlinks) {
    if (check_path(path) < 0) return;
    int r = follow_symlinks ? chown(fs_path(path, 0), (uid_t)uid, (gid_t)gid)
                            : lchown(fs_path(path, 0), (uid_t)uid, (gid_t)gid);
    if (r < 0) raise_oserror(errno, path);
}

void rpy_os_fchown(Signed fd, Signed uid, Signed gid) {
    if (fchown((int)fd, (uid_t)uid, (gid_t)gid) < 0) raise_oserror(errno, NULL);
}

rpy_string *rpy_os_readlink(rpy_string *path) {
    if (check_path(path) < 0) return NULL;
    char buf[8192];
    ssize_t n = readlink(fs_path(path, 0), buf, sizeof buf);
    if (n < 0) { raise_oserror(errno, path); return NULL; }
    return rpy_str_from_utf8(buf, (Signed)n);
}

void rpy_os_symlink(rpy_string *src, rpy_string *dst) {
    if (check_path(src) < 0 || check_path(dst) < 0) return;
    if (symlink(fs_path(src, 0), fs_path(dst, 1)) < 0) raise_oserror2(errno, src, dst);
}

void rpy_os_link(rpy_string *src, rpy_string *dst) {
    if (check_path(src) < 0 || check_path(dst) < 0) return;
    if (link(fs_path(src, 0), fs_path(dst, 1)) < 0) raise_oserror2(errno, src, dst);
}

void rpy_os_utime(rpy_string *path, Signed atime_ns, Signed mtime_ns) {
    if (check_path(path) < 0) return;
    struct timespec ts[2];
    ts[0].tv_sec = (time_t)(atime_ns / 1000000000); ts[0].tv_nsec = (long)(atime_ns % 1000000000);
    ts[1].tv_sec = (time_t)(mtime_ns / 1000000000); ts[1].tv_nsec = (long)(mtime_ns % 1000000000);
    if (ts[0].tv_nsec < 0) { ts[0].tv_nsec += 1000000000; ts[0].tv_sec -= 1; }
    if (ts[1].tv_nsec < 0) { ts[1].tv_nsec += 1000000000; ts[1].tv_sec -= 1; }
    if (utimensat(AT_FDCWD, fs_path(path, 0), ts, 0) < 0) raise_oserror(errno, path);
}

Signed rpy_os_umask(Signed mask) { return (Signed)umask((mode_t)mask); }

/* ---------------------------------------------------------------- environment, process */

rpy_string *rpy_os_environ(void) {
    membuf b = { 0 };
    for (char **e = environ; e != NULL && *e != NULL; e++) {
        if (strchr(*e, '=') == NULL) continue;
        if (mb_put(&b, *e, strlen(*e) + 1) < 0) {
            free(b.p);
            rpy_raise(RPY_EXC_MemoryError, "");
            return NULL;
        }
    }
    return mb_finish_bytes(&b);
}

void rpy_os_putenv(rpy_string *name, rpy_string *value) {
    if (memchr(name->data, 0, (size_t)name->length) != NULL ||
            memchr(value->data, 0, (size_t)value->length) != NULL) {
        rpy_raise(RPY_EXC_ValueError, "embedded null byte");
        return;
    }
    if (name->length == 0 || memchr(name->data, '=', (size_t)name->length) != NULL) {
        rpy_raise(RPY_EXC_ValueError, "illegal environment variable name");
        return;
    }
    if (setenv(name->data, value->data, 1) < 0) raise_oserror(errno, NULL);
}

void rpy_os_unsetenv(rpy_string *name) {
    if (memchr(name->data, 0, (size_t)name->length) != NULL) {
        rpy_raise(RPY_EXC_ValueError, "embedded null byte");
        return;
    }
    if (name->length == 0 || memchr(name->data, '=', (size_t)name->length) != NULL) {
        rpy_raise(RPY_EXC_ValueError, "illegal environment variable name");
        return;
    }
    if (unsetenv(name->data) < 0) raise_oserror(errno, NULL);
}

Signed rpy_os_getppid(void) { return (Signed)getppid(); }
Signed rpy_os_getuid(void) { return (Signed)getuid(); }
Signed rpy_os_geteuid(void) { return (Signed)geteuid(); }
Signed rpy_os_getgid(void) { return (Signed)getgid(); }
Signed rpy_os_getegid(void) { return (Signed)getegid(); }

void rpy_os_kill(Signed pid, Signed sig) {
    if (sig == 0 || pid == getpid()) rpy_flush_stdout();
    if (kill((pid_t)pid, (int)sig) < 0) raise_oserror(errno, NULL);
}

void rpy_os_exit(Signed status) { _exit((int)status); }

rpy_string *rpy_os_urandom(Signed n) {
    if (n < 0) { rpy_raise(RPY_EXC_ValueError, "negative argument not allowed"); return NULL; }
    char *buf = malloc(n > 0 ? (size_t)n : 1);
    if (buf == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    Signed got = 0;
    while (got < n) {
        ssize_t k = getrandom(buf + got, (size_t)(n - got), 0);
        if (k < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            free(buf);
            raise_oserror(e, NULL);
            return NULL;
        }
        got += k;
    }
    rpy_string *r = rpy__str_new(RPY_TID_BYTES, buf, n, n);
    free(buf);
    return r;
}

rpy_string *rpy_os_uname(void) {
    struct utsname u;
    if (uname(&u) < 0) { raise_oserror(errno, NULL); return NULL; }
    char buf[6 * sizeof u.sysname + 8];
    size_t len = 0;
    const char *parts[5] = { u.sysname, u.nodename, u.release, u.version, u.machine };
    for (int i = 0; i < 5; i++) {
        size_t n = strlen(parts[i]);
        memcpy(buf + len, parts[i], n + 1);
        len += n + 1;
    }
    return rpy_str_from_utf8(buf, (Signed)len);
}

Signed rpy_os_terminal_size(Signed fd) {
    struct winsize w;
    if (ioctl((int)fd, TIOCGWINSZ, &w) < 0) { raise_oserror(errno, NULL); return -1; }
    return ((Signed)w.ws_col << 32) | (Signed)w.ws_row;
}

Signed rpy_os_cpu_count(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 0 : (Signed)n;
}

Signed rpy_os_sysconf_clk_tck(void) { return (Signed)sysconf(_SC_CLK_TCK); }

/* ---------------------------------------------------------------- clocks in nanoseconds */

static Signed clock_ns(clockid_t id) {
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) return 0;
    return (Signed)ts.tv_sec * 1000000000 + (Signed)ts.tv_nsec;
}
Signed rpy_time_time_ns(void) { return clock_ns(CLOCK_REALTIME); }
Signed rpy_time_monotonic_ns(void) { return clock_ns(CLOCK_MONOTONIC); }
Signed rpy_time_process_time_ns(void) { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }
Signed rpy_time_thread_time_ns(void) { return clock_ns(CLOCK_THREAD_CPUTIME_ID); }

/* clock_gettime(2) / clock_getres(2) of any clock, in nanoseconds; an
   unknown clock raises OSError (EINVAL) */
Signed rpy_time_clock_gettime_ns(Signed clk) {
    struct timespec ts;
    if (clock_gettime((clockid_t)clk, &ts) != 0) { rpy_os_raise_errno(errno); return -1; }
    return (Signed)ts.tv_sec * 1000000000 + (Signed)ts.tv_nsec;
}
Signed rpy_time_clock_getres_ns(Signed clk) {
    struct timespec ts;
    if (clock_getres((clockid_t)clk, &ts) != 0) { rpy_os_raise_errno(errno); return -1; }
    return (Signed)ts.tv_sec * 1000000000 + (Signed)ts.tv_nsec;
}

/* ---------------------------------------------------------------- signals */

/* The handler only records the signal; the program polls
   rpy_signal_pending_flag and takes the signals (rpy/rlib/rsignal.py). */
volatile sig_atomic_t rpy_signal_pending_flag;
static volatile sig_atomic_t signal_pending[NSIG];
static char signal_recorded[NSIG];

/* signal.set_wakeup_fd: the handler writes the signal number there as a
   byte, which wakes up a select()/poll() waiting on it (asyncio) */
static volatile sig_atomic_t wakeup_fd = -1;

void rpy_signal_set_wakeup_fd(Signed fd) { wakeup_fd = (sig_atomic_t)fd; }

static void record_signal(int sig) {
    if (sig > 0 && sig < NSIG) signal_pending[sig] = 1;
    rpy_signal_pending_flag = 1;
    if (wakeup_fd >= 0) {
        int saved = errno;
        unsigned char b = (unsigned char)sig;
        ssize_t r = write(wakeup_fd, &b, 1);   /* a full pipe loses the byte, as CPython's */
        (void)r;
        errno = saved;
    }
}

static int set_disposition(Signed sig, void (*handler)(int)) {
    if (sig <= 0 || sig >= NSIG) { raise_oserror(EINVAL, NULL); return -1; }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    /* no SA_RESTART: a blocking call ends with EINTR, so that the program
       can run the handler (CPython's too).  The runtime's calls retry by
       themselves, except rpy_os_read/rpy_os_write when a recorded signal
       waits (retry_interrupted) and the waits that rsocket and rprocess
       return EINTR from; a sleep ends early (rpy_time_sleep) */
    sa.sa_flags = 0;
    if (sigaction((int)sig, &sa, NULL) < 0) { raise_oserror(errno, NULL); return -1; }
    signal_recorded[sig] = handler == record_signal;
    return 0;
}

void rpy_signal_install(Signed sig) { set_disposition(sig, record_signal); }
void rpy_signal_default(Signed sig) { set_disposition(sig, SIG_DFL); }
void rpy_signal_ignore(Signed sig) { set_disposition(sig, SIG_IGN); }

Signed rpy_signal_disposition(Signed sig) {
    struct sigaction old;
    if (sig <= 0 || sig >= NSIG || sigaction((int)sig, NULL, &old) < 0) return 0;
    if (old.sa_handler == SIG_DFL) return 0;
    if (old.sa_handler == SIG_IGN) return 1;
    return old.sa_handler == record_signal ? 2 : 3;
}

Signed rpy_signal_take(void) {
    if (!rpy_signal_pending_flag) return -1;
    rpy_signal_pending_flag = 0;
    Signed found = -1;
    for (int i = 1; i < NSIG; i++) {
        if (signal_pending[i]) {
            if (found < 0) { signal_pending[i] = 0; found = i; }
            else { rpy_signal_pending_flag = 1; break; }
        }
    }
    return found;
}

int rpy_signal_any_pending(void) {
    for (int i = 1; i < NSIG; i++)
        if (signal_pending[i]) return 1;
    return 0;
}

int rpy_signal_is_valid(Signed sig) {
    sigset_t all;
    sigfillset(&all);
    return sig > 0 && sig < NSIG && sigismember(&all, (int)sig) == 1;
}

Signed rpy_signal_alarm(Signed seconds) { return (Signed)alarm((unsigned)seconds); }

void rpy_signal_pause(void) {
    rpy_flush_stdout();
    pause();
}

void rpy_signal_raise(Signed sig) {
    rpy_flush_stdout();
    if (sig <= 0 || sig >= NSIG || raise((int)sig) != 0) raise_oserror(EINVAL, NULL);
}

rpy_string *rpy_signal_strsignal(Signed sig) {
    const char *s = (sig > 0 && sig < NSIG) ? strsignal((int)sig) : NULL;
    if (s == NULL) s = "";
    return rpy_str_from_utf8(s, (Signed)strlen(s));
}

void rpy_time_sleep(double secs) {
    rpy_flush_stdout();
    if (!(secs > 0.0)) { rpy_gil_yield_now(); return; }
    struct timespec deadline, now, left;
    clock_gettime(CLOCK_MONOTONIC, &now);
    double whole = floor(secs);
    deadline.tv_sec = now.tv_sec + (time_t)whole;
    deadline.tv_nsec = now.tv_nsec + (long)((secs - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000) { deadline.tv_sec++; deadline.tv_nsec -= 1000000000; }
    RPY_BLOCKING_BEGIN
    for (;;) {
        int r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, &left);
        if (r == 0 || r != EINTR) break;
        /* interrupted by a signal the program handles: let it run now */
        if (rpy_signal_any_pending()) break;
    }
    RPY_BLOCKING_END
}

/* ---------------------------------------------------------------- calendar time */

static struct tm last_tm;

void rpy_time_tm_into(Signed t, Signed local) {
    time_t tt = (time_t)t;
    errno = 0;
    struct tm *r = local ? localtime_r(&tt, &last_tm) : gmtime_r(&tt, &last_tm);
    if (r == NULL) raise_oserror(errno ? errno : EINVAL, NULL);
}

/* which: ros.TM_* (Python's struct_time conventions) */
Signed rpy_time_tm_field(Signed which) {
    struct tm *t = &last_tm;
    switch (which) {
    case 0: return (Signed)t->tm_year + 1900;
    case 1: return t->tm_mon + 1;
    case 2: return t->tm_mday;
    case 3: return t->tm_hour;
    case 4: return t->tm_min;
    case 5: return t->tm_sec;
    case 6: return (t->tm_wday + 6) % 7;
    case 7: return t->tm_yday + 1;
    case 8: return t->tm_isdst;
    case 9: return (Signed)t->tm_gmtoff;
    default: return 0;
    }
}

rpy_string *rpy_time_tm_zone(void) {
    return rpy_str_from_cstr(last_tm.tm_zone != NULL ? last_tm.tm_zone : "");
}

static void fill_tm(struct tm *t, Signed year, Signed mon, Signed mday, Signed hour,
                    Signed minute, Signed sec, Signed wday, Signed yday, Signed isdst) {
    memset(t, 0, sizeof *t);
    t->tm_year = (int)(year - 1900);
    t->tm_mon = (int)(mon - 1);
    t->tm_mday = (int)mday;
    t->tm_hour = (int)hour;
    t->tm_min = (int)minute;
    t->tm_sec = (int)sec;
    t->tm_wday = (int)((wday + 1) % 7);
    t->tm_yday = (int)(yday - 1);
    t->tm_isdst = (int)isdst;
}

Signed rpy_time_mktime(Signed year, Signed mon, Signed mday, Signed hour, Signed minute,
                       Signed sec, Signed wday, Signed yday, Signed isdst) {
    Signed f[9] = { year, mon, mday, hour, minute, sec, wday, yday, isdst };
    for (int i = 0; i < 9; i++) {
        if (f[i] < INT_MIN || f[i] > INT_MAX) {
            rpy_raise(RPY_EXC_OverflowError, "mktime argument out of range");
            return -1;
        }
    }
    struct tm t;
    fill_tm(&t, year, mon, mday, hour, minute, sec, wday, yday, isdst);
    t.tm_wday = -1;   /* sentinel: mktime sets it on success */
    time_t r = mktime(&t);
    if (r == (time_t)-1 && t.tm_wday == -1) {
        rpy_raise(RPY_EXC_OverflowError, "mktime argument out of range");
        return -1;
    }
    return (Signed)r;
}

rpy_string *rpy_time_strftime(rpy_string *fmt, Signed year, Signed mon, Signed mday, Signed hour,
                              Signed minute, Signed sec, Signed wday, Signed yday, Signed isdst,
                              Signed gmtoff, rpy_string *zone) {
    struct tm t;
    fill_tm(&t, year, mon, mday, hour, minute, sec, wday, yday, isdst);
    t.tm_gmtoff = (long)gmtoff;
    size_t zlen = (size_t)zone->length;
    char *zcopy = malloc(zlen + 1);
    size_t flen = (size_t)fmt->length;
    char *fcopy = malloc(flen + 1);
    if (zcopy == NULL || fcopy == NULL) {
        free(zcopy); free(fcopy);
        rpy_raise(RPY_EXC_MemoryError, "");
        return NULL;
    }
    memcpy(zcopy, zone->data, zlen + 1);
    memcpy(fcopy, fmt->data, flen + 1);
    t.tm_zone = zcopy;
    char *out = NULL;
    size_t n = 0;
    /* CPython's loop: an empty result may mean a too small buffer */
    for (size_t size = 1024; ; size += size) {
        char *nb = realloc(out, size);
        if (nb == NULL) {
            free(out); free(zcopy); free(fcopy);
            rpy_raise(RPY_EXC_MemoryError, "");
            return NULL;
        }
        out = nb;
        n = strftime(out, size, fcopy, &t);
        if (n > 0 || size >= 256 * flen) break;
    }
    free(zcopy); free(fcopy);
    rpy_string *r = rpy_str_from_utf8(out, (Signed)n);
    free(out);
    return r;
}

void rpy_time_tzset(void) { tzset(); }
