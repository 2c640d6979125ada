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
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

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

/* OSError "[Errno N] text" or "[Errno N] text: 'path'" (path may be NULL).
   May allocate: the caller must not use GC pointers afterwards. */
static void raise_oserror(int err, rpy_string *path) {
    const char *text = strerror(err);
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

/* OSError "[Errno N] text: 'src' -> 'dst'" (CPython's text for rename). */
static void raise_oserror2(int err, rpy_string *src, rpy_string *dst) {
    const char *text = strerror(err);
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

/* ---------------------------------------------------------------- descriptors */

Signed rpy_os_open(rpy_string *path, Signed flags, Signed mode) {
    if (check_path(path) < 0) return -1;
    int fd;
    do fd = open(path->data, (int)flags | O_CLOEXEC, (mode_t)mode);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) { raise_oserror(errno, path); return -1; }
    return fd;
}

rpy_string *rpy_os_read(Signed fd, Signed n) {
    if (n < 0) { rpy_raise(RPY_EXC_ValueError, "negative buffersize in read"); return NULL; }
    if (fd == 0) rpy_flush_stdout();
    char *buf = malloc(n > 0 ? (size_t)n : 1);
    if (buf == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    ssize_t k;
    do k = read((int)fd, buf, (size_t)n);
    while (k < 0 && errno == EINTR);
    if (k < 0) { int e = errno; free(buf); raise_oserror(e, NULL); return NULL; }
    rpy_string *r = rpy__str_new(RPY_TID_BYTES, buf, k, k);
    free(buf);
    return r;
}

Signed rpy_os_write(Signed fd, rpy_string *data) {
    rpy_flush_stdout();
    ssize_t k;
    do k = write((int)fd, data->data, (size_t)data->length);
    while (k < 0 && errno == EINTR);
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
    do fd = open(path->data, O_RDONLY | O_CLOEXEC);
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
    do fd = open(path->data, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
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
    do r = stat(path->data, &st);
    while (r < 0 && errno == EINTR);
    if (r < 0) { raise_oserror(errno, path); return -1; }
    if (which == 0) return (Signed)st.st_mode;
    if (which == 1) return (Signed)st.st_size;
    return (Signed)st.st_mtim.tv_sec * 1000000000 + (Signed)st.st_mtim.tv_nsec;
}

void rpy_os_mkdir(rpy_string *path, Signed mode) {
    if (check_path(path) < 0) return;
    if (mkdir(path->data, (mode_t)mode) < 0) raise_oserror(errno, path);
}

void rpy_os_rmdir(rpy_string *path) {
    if (check_path(path) < 0) return;
    if (rmdir(path->data) < 0) raise_oserror(errno, path);
}

void rpy_os_unlink(rpy_string *path) {
    if (check_path(path) < 0) return;
    if (unlink(path->data) < 0) raise_oserror(errno, path);
}

void rpy_os_rename(rpy_string *src, rpy_string *dst) {
    if (check_path(src) < 0 || check_path(dst) < 0) return;
    if (rename(src->data, dst->data) < 0) raise_oserror2(errno, src, dst);
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
            ssize_t k = read(0, inbuf, INBUF_SIZE);
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
