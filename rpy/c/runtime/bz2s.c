/* bz2s.c -- bzip2 compressor and decompressor streams over the system's
 * libbz2, for rpy.rlib.rbz2 (its docstring documents the functions).
 *
 * A stream is a malloc'd struct passed to the program as a Signed.  It
 * lives until rpy_bz2_free (the program's finalizer), even after its
 * libbz2 state was ended (flush, end of the compressed data): a second
 * thread may still be waiting on its mutex then.
 *
 * The codec runs without the GIL (as CPython's _bz2 releases it), on
 * malloc'd copies: the input is copied before the GIL is released (the GC
 * may move the bytes object meanwhile) and the output becomes a GC bytes
 * object after the GIL is back.  The mutex keeps two threads out of one
 * stream, as CPython's per-object lock does; it is taken without the GIL
 * so that a thread waiting for it does not block the holder.
 *
 * The decompressor keeps the input it has not consumed yet (CPython's
 * input_buffer): it goes first into the next call, and is unused_data
 * once the stream has ended.  The output grows as CPython's grow_buffer
 * does (bzip2 may stop with output pending when the input runs out at the
 * end of a buffer, so the buffer sizes are visible in needs_input).
 */
#include "rpy.h"
#include <bzlib.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    bz_stream bzs;
    pthread_mutex_t lock;
    int compressing;
    int live;             /* the libbz2 state exists */
    int eof, needs_input;
    char *in;             /* unconsumed input (malloc'd), in[in_pos..in_pos+in_len) */
    size_t in_pos, in_len;
} bz2stream;

#define S(h) ((bz2stream *)(intptr_t)(h))

static __thread Signed last_err;

Signed rpy_bz2_error(void) { return last_err; }

static char *copy_data(rpy_string *data) {
    char *p = malloc(data->length > 0 ? (size_t)data->length : 1);
    if (p != NULL && data->length > 0) memcpy(p, data->data, (size_t)data->length);
    return p;
}

static bz2stream *new_stream(int compressing) {
    bz2stream *s = calloc(1, sizeof *s);
    if (s == NULL) return NULL;
    pthread_mutex_init(&s->lock, NULL);
    s->compressing = compressing;
    s->needs_input = 1;
    return s;
}

static void end_codec(bz2stream *s) {
    if (!s->live) return;
    if (s->compressing) BZ2_bzCompressEnd(&s->bzs); else BZ2_bzDecompressEnd(&s->bzs);
    s->live = 0;
}

Signed rpy_bz2_compressor_new(Signed level) {
    last_err = BZ_OK;
    bz2stream *s = new_stream(1);
    if (s == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return 0; }
    int err = BZ2_bzCompressInit(&s->bzs, (int)level, 0, 0);
    if (err != BZ_OK) { last_err = err; pthread_mutex_destroy(&s->lock); free(s); return 0; }
    s->live = 1;
    return (Signed)(intptr_t)s;
}

Signed rpy_bz2_decompressor_new(void) {
    last_err = BZ_OK;
    bz2stream *s = new_stream(0);
    if (s == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return 0; }
    int err = BZ2_bzDecompressInit(&s->bzs, 0, 0);
    if (err != BZ_OK) { last_err = err; pthread_mutex_destroy(&s->lock); free(s); return 0; }
    s->live = 1;
    return (Signed)(intptr_t)s;
}

void rpy_bz2_free(Signed h) {
    bz2stream *s = S(h);
    if (s == NULL) return;
    end_codec(s);
    free(s->in);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

/* CPython's grow_buffer: about 1/8 more each time, at most max_length */
static int grow(char **buf, size_t *size, Signed max_length) {
    size_t n = *size + (*size >> 3) + 6;
    if (max_length > 0 && n > (size_t)max_length) n = (size_t)max_length;
    char *b = realloc(*buf, n ? n : 1);
    if (b == NULL) return 0;
    *buf = b;
    *size = n;
    return 1;
}

#define INITIAL_BUFFER_SIZE 8192

/* BZ_RUN over `in` (or BZ_FINISH with no input); the output in *out. */
static int compress_run(bz2stream *s, char *in, size_t len, int action,
                        char **out, size_t *used) {
    size_t size = INITIAL_BUFFER_SIZE;
    char *buf = malloc(size);
    if (buf == NULL) return BZ_MEM_ERROR;
    s->bzs.next_in = in;
    s->bzs.avail_in = 0;
    s->bzs.next_out = buf;
    s->bzs.avail_out = (unsigned)size;
    *used = 0;
    int err = BZ_OK;
    for (;;) {
        if (s->bzs.avail_in == 0 && len > 0) {
            s->bzs.avail_in = (unsigned)(len < UINT_MAX ? len : UINT_MAX);
            len -= s->bzs.avail_in;
        }
        if (action == BZ_RUN && s->bzs.avail_in == 0) break;
        if (s->bzs.avail_out == 0) {
            if (size - *used == 0 && !grow(&buf, &size, -1)) { err = BZ_MEM_ERROR; break; }
            s->bzs.next_out = buf + *used;
            size_t left = size - *used;
            s->bzs.avail_out = (unsigned)(left < UINT_MAX ? left : UINT_MAX);
        }
        char *before = s->bzs.next_out;
        err = BZ2_bzCompress(&s->bzs, action);
        *used += (size_t)(s->bzs.next_out - before);
        if (err != BZ_RUN_OK && err != BZ_FLUSH_OK && err != BZ_FINISH_OK &&
            err != BZ_STREAM_END && err != BZ_OK)
            break;
        if (action == BZ_FINISH && err == BZ_STREAM_END) { err = BZ_OK; break; }
        err = BZ_OK;
    }
    s->bzs.next_in = NULL;
    *out = buf;
    return err;
}

rpy_string *rpy_bz2_compress(Signed h, rpy_string *data, Signed finish) {
    bz2stream *s = S(h);
    last_err = BZ_OK;
    char *in = copy_data(data);
    size_t len = (size_t)data->length;
    if (in == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    char *out = NULL;
    size_t used = 0;
    int err;
    RPY_BLOCKING_BEGIN
    pthread_mutex_lock(&s->lock);
    if (!s->live) err = BZ_SEQUENCE_ERROR;
    else {
        err = compress_run(s, in, len, finish ? BZ_FINISH : BZ_RUN, &out, &used);
        if (finish) end_codec(s);
    }
    pthread_mutex_unlock(&s->lock);
    RPY_BLOCKING_END
    free(in);
    if (err == BZ_MEM_ERROR) { free(out); rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    last_err = err;
    rpy_string *r = rpy_bytes_from_mem(err == BZ_OK ? out : "", err == BZ_OK ? (Signed)used : 0);
    free(out);
    return r;
}

/* CPython's decompress_buf over s->in; the output in *out */
static int decompress_buf(bz2stream *s, Signed max_length, char **out, size_t *used) {
    bz_stream *bzs = &s->bzs;
    size_t size = (max_length < 0 || max_length >= INITIAL_BUFFER_SIZE)
                  ? INITIAL_BUFFER_SIZE : (size_t)max_length;
    char *buf = malloc(size ? size : 1);
    if (buf == NULL) return BZ_MEM_ERROR;
    size_t avail_in_real = s->in_len;
    bzs->next_in = s->in + s->in_pos;
    bzs->next_out = buf;
    *used = 0;
    int err;
    for (;;) {
        size_t avail = size - *used;
        bzs->avail_out = (unsigned)(avail < UINT_MAX ? avail : UINT_MAX);
        bzs->avail_in = (unsigned)(avail_in_real < UINT_MAX ? avail_in_real : UINT_MAX);
        avail_in_real -= bzs->avail_in;
        err = BZ2_bzDecompress(bzs);
        *used = (size_t)(bzs->next_out - buf);
        avail_in_real += bzs->avail_in;
        if (err != BZ_OK && err != BZ_STREAM_END) break;
        if (err == BZ_STREAM_END) { s->eof = 1; err = BZ_OK; break; }
        if (avail_in_real == 0) break;
        if (bzs->avail_out == 0) {
            if ((Signed)*used == max_length) break;
            if (*used == size && !grow(&buf, &size, max_length)) { err = BZ_MEM_ERROR; break; }
            bzs->next_out = buf + *used;
        }
    }
    /* what is left of the input stays where it is: a caller asking for
       little output at a time must not pay for moving the rest each time */
    s->in_pos = (size_t)(bzs->next_in - s->in);
    s->in_len = avail_in_real;
    bzs->next_in = NULL;
    *out = buf;
    return err;
}

rpy_string *rpy_bz2_decompress(Signed h, rpy_string *data, Signed max_length) {
    bz2stream *s = S(h);
    last_err = BZ_OK;
    char *in = copy_data(data);
    size_t len = (size_t)data->length;
    if (in == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    char *out = NULL;
    size_t used = 0;
    int err = BZ_OK;
    RPY_BLOCKING_BEGIN
    pthread_mutex_lock(&s->lock);
    if (!s->live) err = BZ_SEQUENCE_ERROR;
    else if (s->in_len == 0) {
        free(s->in);
        s->in = in;
        s->in_pos = 0;
        s->in_len = len;
        in = NULL;
    } else {
        memmove(s->in, s->in + s->in_pos, s->in_len);
        s->in_pos = 0;
        char *b = realloc(s->in, s->in_len + len);
        if (b == NULL) err = BZ_MEM_ERROR;
        else {
            memcpy(b + s->in_len, in, len);
            s->in = b;
            s->in_len += len;
        }
    }
    if (err == BZ_OK) {
        err = decompress_buf(s, max_length, &out, &used);
        if (err != BZ_OK) {
            s->in_len = 0;          /* CPython drops the pending input on an error */
        } else if (s->eof) {
            s->needs_input = 0;
            end_codec(s);           /* s->in keeps the unused data */
        } else {
            s->needs_input = s->in_len == 0;
        }
    }
    pthread_mutex_unlock(&s->lock);
    RPY_BLOCKING_END
    free(in);
    if (err == BZ_MEM_ERROR) { free(out); rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    last_err = err;
    rpy_string *r = rpy_bytes_from_mem(err == BZ_OK ? out : "", err == BZ_OK ? (Signed)used : 0);
    free(out);
    return r;
}

Signed rpy_bz2_eof(Signed h) { return S(h)->eof; }
Signed rpy_bz2_needs_input(Signed h) { return S(h)->needs_input; }

rpy_string *rpy_bz2_unused_data(Signed h) {
    bz2stream *s = S(h);
    if (!s->eof) return rpy_bytes_from_mem("", 0);
    return rpy_bytes_from_mem(s->in ? s->in + s->in_pos : "", (Signed)s->in_len);
}
