/* zlibs.c -- deflate/inflate streams and checksums over the system's zlib,
 * for rpy.rlib.rzlib (its docstring documents the functions).
 *
 * A stream is an int handle into a table of z_stream pointers.  Failures
 * leave zlib's code in `last_err` (read with rpy_zlib_error) and its
 * message in `last_msg`; the RPy side turns them into its exception, with
 * the wording CPython's zlib module uses.  Each function that returns
 * bytes allocates them once, at the end: the GC may move the input bytes
 * at that allocation, and the input is no longer read then.
 */
#include "rpy.h"
#include <stdlib.h>
#include <zlib.h>

static z_stream **streams;
static char *is_deflate;
static Signed nstreams;
static int last_err;
static char last_msg[256];
static Signed last_avail_in;
static int last_eof;

static void set_err(int err, z_stream *zs) {
    last_err = err;
    last_msg[0] = 0;
    if (zs != NULL && zs->msg != NULL) {
        strncpy(last_msg, zs->msg, sizeof last_msg - 1);
        last_msg[sizeof last_msg - 1] = 0;
    }
}

static Signed new_handle(z_stream *zs, int deflating) {
    for (Signed i = 0; i < nstreams; i++)
        if (streams[i] == NULL) {
            streams[i] = zs;
            is_deflate[i] = (char)deflating;
            return i;
        }
    Signed n = nstreams ? 2 * nstreams : 8;
    z_stream **s = realloc(streams, n * sizeof *s);
    char *d = s ? realloc(is_deflate, (size_t)n) : NULL;
    if (s == NULL || d == NULL) {
        if (s) streams = s;
        rpy_raise(RPY_EXC_MemoryError, "");
        return -1;
    }
    streams = s;
    is_deflate = d;
    for (Signed i = nstreams; i < n; i++) streams[i] = NULL;
    Signed h = nstreams;
    nstreams = n;
    streams[h] = zs;
    is_deflate[h] = (char)deflating;
    return h;
}

static z_stream *get(Signed h) {
    if (h < 0 || h >= nstreams) return NULL;
    return streams[h];
}

static z_stream *new_stream(void) {
    z_stream *zs = calloc(1, sizeof *zs);
    if (zs == NULL) rpy_raise(RPY_EXC_MemoryError, "");
    return zs;
}

Signed rpy_zlib_error(void) { return last_err; }
rpy_string *rpy_zlib_error_msg(void) { return rpy_str_from_cstr(last_msg); }
Signed rpy_zlib_avail_in(void) { return last_avail_in; }
Signed rpy_zlib_eof(void) { return last_eof; }
rpy_string *rpy_zlib_version(void) { return rpy_str_from_cstr(ZLIB_VERSION); }
rpy_string *rpy_zlib_runtime_version(void) { return rpy_str_from_cstr(zlibVersion()); }

Signed rpy_zlib_deflate_init(Signed level, Signed method, Signed wbits, Signed memlevel,
                             Signed strategy, rpy_string *zdict) {
    last_err = Z_OK;
    z_stream *zs = new_stream();
    if (zs == NULL) return -1;
    int err = deflateInit2(zs, (int)level, (int)method, (int)wbits, (int)memlevel,
                           (int)strategy);
    if (err == Z_OK && zdict != NULL)
        err = deflateSetDictionary(zs, (const Bytef *)zdict->data, (uInt)zdict->length);
    if (err != Z_OK) {
        set_err(err, zs);
        deflateEnd(zs);
        free(zs);
        return -1;
    }
    return new_handle(zs, 1);
}

Signed rpy_zlib_inflate_init(Signed wbits, rpy_string *zdict) {
    last_err = Z_OK;
    z_stream *zs = new_stream();
    if (zs == NULL) return -1;
    int err = inflateInit2(zs, (int)wbits);
    /* a raw stream takes its dictionary at once; a zlib stream asks for it */
    if (err == Z_OK && zdict != NULL && wbits < 0)
        err = inflateSetDictionary(zs, (const Bytef *)zdict->data, (uInt)zdict->length);
    if (err != Z_OK) {
        set_err(err, zs);
        inflateEnd(zs);
        free(zs);
        return -1;
    }
    return new_handle(zs, 0);
}

void rpy_zlib_end(Signed h) {
    z_stream *zs = get(h);
    if (zs == NULL) return;
    if (is_deflate[h]) deflateEnd(zs); else inflateEnd(zs);
    free(zs);
    streams[h] = NULL;
}

Signed rpy_zlib_copy(Signed h) {
    last_err = Z_OK;
    z_stream *zs = get(h);
    if (zs == NULL) { set_err(Z_STREAM_ERROR, NULL); return -1; }
    z_stream *c = new_stream();
    if (c == NULL) return -1;
    int err = is_deflate[h] ? deflateCopy(c, zs) : inflateCopy(c, zs);
    if (err != Z_OK) { set_err(err, zs); free(c); return -1; }
    return new_handle(c, is_deflate[h]);
}

/* The output of a stream, grown as needed (malloc'd; copied into a GC
 * bytes object once at the end). */
typedef struct { Bytef *buf; size_t size, used; } outbuf;

static int grow(outbuf *o, z_stream *zs, size_t limit) {
    size_t want = o->size ? 2 * o->size : 16384;
    if (limit && want > limit) want = limit;
    Bytef *b = realloc(o->buf, want);
    if (b == NULL) return 0;
    o->buf = b;
    o->size = want;
    zs->next_out = o->buf + o->used;
    zs->avail_out = (uInt)(o->size - o->used);
    return 1;
}

static rpy_string *finish(outbuf *o) {
    rpy_string *r = rpy_bytes_from_mem((const char *)o->buf, (Signed)o->used);
    free(o->buf);
    return r;
}

rpy_string *rpy_zlib_deflate(Signed h, rpy_string *data, Signed mode) {
    last_err = Z_OK;
    z_stream *zs = get(h);
    outbuf o = {NULL, 0, 0};
    if (zs == NULL) { set_err(Z_STREAM_ERROR, NULL); return finish(&o); }
    zs->next_in = (Bytef *)data->data;
    zs->avail_in = (uInt)data->length;
    for (;;) {
        if (!grow(&o, zs, 0)) { free(o.buf); rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
        uInt before = zs->avail_out;
        int err = deflate(zs, (int)mode);
        o.used += before - zs->avail_out;
        if (err == Z_STREAM_ERROR) { set_err(err, zs); break; }
        if (err == Z_STREAM_END) break;
        /* done once deflate left room in the output (it had nothing more) */
        if (zs->avail_out != 0 && zs->avail_in == 0) break;
        if (err == Z_BUF_ERROR && zs->avail_out != 0) break;
    }
    zs->next_in = NULL;
    return finish(&o);
}

rpy_string *rpy_zlib_inflate(Signed h, rpy_string *data, Signed max_length, Signed mode) {
    last_err = Z_OK;
    last_eof = 0;
    z_stream *zs = get(h);
    outbuf o = {NULL, 0, 0};
    if (zs == NULL) { set_err(Z_STREAM_ERROR, NULL); last_avail_in = data->length;
                      return finish(&o); }
    zs->next_in = (Bytef *)data->data;
    zs->avail_in = (uInt)data->length;
    for (;;) {
        if (max_length > 0 && o.used >= (size_t)max_length) break;
        if (!grow(&o, zs, max_length > 0 ? (size_t)max_length : 0)) {
            free(o.buf); rpy_raise(RPY_EXC_MemoryError, ""); return NULL;
        }
        uInt before = zs->avail_out;
        int err = inflate(zs, (int)mode);
        o.used += before - zs->avail_out;
        if (err == Z_NEED_DICT) { set_err(err, zs); break; }
        if (err == Z_STREAM_END) { last_eof = 1; break; }
        if (err == Z_BUF_ERROR) {
            if (zs->avail_out != 0) break;      /* no progress possible: more input needed */
            continue;
        }
        if (err != Z_OK) { set_err(err, zs); break; }
        if (zs->avail_in == 0 && zs->avail_out != 0) break;
    }
    last_avail_in = zs->avail_in;
    zs->next_in = NULL;
    return finish(&o);
}

Signed rpy_zlib_set_dictionary(Signed h, rpy_string *zdict) {
    z_stream *zs = get(h);
    if (zs == NULL) return Z_STREAM_ERROR;
    int err = inflateSetDictionary(zs, (const Bytef *)zdict->data, (uInt)zdict->length);
    if (err != Z_OK) set_err(err, zs);
    return err;
}

Signed rpy_zlib_crc32(rpy_string *data, Signed value) {
    return (Signed)(crc32((uLong)(value & 0xffffffffL), (const Bytef *)data->data,
                          (uInt)data->length) & 0xffffffffUL);
}

Signed rpy_zlib_adler32(rpy_string *data, Signed value) {
    return (Signed)(adler32((uLong)(value & 0xffffffffL), (const Bytef *)data->data,
                            (uInt)data->length) & 0xffffffffUL);
}
