/* lzmas.c -- xz/lzma compressor and decompressor streams over the
 * system's liblzma, for rpy.rlib.rlzma (its docstring documents the
 * functions and the filter records).
 *
 * As bz2s.c: a stream is a malloc'd struct passed as a Signed, kept until
 * rpy_lzma_free (the program's finalizer) even after its liblzma state
 * ended; the codec runs without the GIL on malloc'd copies of the input
 * and output, under the stream's mutex (taken without the GIL); the
 * decompressor keeps its unconsumed input, which becomes unused_data at
 * the end of the stream.  The loops are those of CPython's _lzma
 * (compress, decompress_buf, decompress), so needs_input, eof and the
 * errors come out the same.
 */
#include "rpy.h"
#include <lzma.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW };

/* a filter record: NFIELDS little-endian 64-bit words (rlzma.py) */
enum { F_ID, F_PRESET, F_DICT_SIZE, F_LC, F_LP, F_PB, F_MODE, F_NICE_LEN, F_MF, F_DEPTH,
       F_DIST, F_START_OFFSET, NFIELDS };
#define UNSET UINT64_MAX
#define CHECK_UNKNOWN (LZMA_CHECK_ID_MAX + 1)

typedef struct {
    lzma_stream lzs;
    pthread_mutex_t lock;
    int live;             /* the liblzma state exists */
    int eof, needs_input, check;
    uint8_t *in;          /* unconsumed input (malloc'd), in[in_pos..in_pos+in_len) */
    size_t in_pos, in_len;
    uint64_t enc_mem;     /* an encoder's memory (lzma_memusage knows decoders only) */
} lzstream;

#define S(h) ((lzstream *)(intptr_t)(h))

static __thread Signed last_err;

Signed rpy_lzma_error(void) { return last_err; }

static int failed(lzma_ret r) {
    return r != LZMA_OK && r != LZMA_GET_CHECK && r != LZMA_NO_CHECK && r != LZMA_STREAM_END;
}

static uint64_t word(const rpy_string *rec, Signed i) {
    uint64_t v = 0;
    for (int b = 7; b >= 0; b--) v = (v << 8) | (uint8_t)rec->data[i * 8 + b];
    return v;
}

/* The filter chain of the records in `rec` (the program checked the ids,
 * the presets and the number of filters); options are malloc'd. */
static lzma_ret build_filters(const rpy_string *rec, lzma_filter *filters) {
    Signed n = rec->length / (8 * NFIELDS);
    Signed i;
    for (i = 0; i < n; i++) {
        Signed b = i * NFIELDS;
        uint64_t id = word(rec, b + F_ID);
        filters[i].id = id;
        filters[i].options = NULL;
        filters[i + 1].id = LZMA_VLI_UNKNOWN;
        if (id == LZMA_FILTER_LZMA1 || id == LZMA_FILTER_LZMA2) {
            lzma_options_lzma *o = calloc(1, sizeof *o);
            if (o == NULL) return LZMA_MEM_ERROR;
            filters[i].options = o;
            uint64_t preset = word(rec, b + F_PRESET);
            if (lzma_lzma_preset(o, preset == UNSET ? LZMA_PRESET_DEFAULT : (uint32_t)preset))
                return LZMA_OPTIONS_ERROR;
            uint64_t v;
            if ((v = word(rec, b + F_DICT_SIZE)) != UNSET) o->dict_size = (uint32_t)v;
            if ((v = word(rec, b + F_LC)) != UNSET) o->lc = (uint32_t)v;
            if ((v = word(rec, b + F_LP)) != UNSET) o->lp = (uint32_t)v;
            if ((v = word(rec, b + F_PB)) != UNSET) o->pb = (uint32_t)v;
            if ((v = word(rec, b + F_MODE)) != UNSET) o->mode = (lzma_mode)v;
            if ((v = word(rec, b + F_NICE_LEN)) != UNSET) o->nice_len = (uint32_t)v;
            if ((v = word(rec, b + F_MF)) != UNSET) o->mf = (lzma_match_finder)v;
            if ((v = word(rec, b + F_DEPTH)) != UNSET) o->depth = (uint32_t)v;
        } else if (id == LZMA_FILTER_DELTA) {
            lzma_options_delta *o = calloc(1, sizeof *o);
            if (o == NULL) return LZMA_MEM_ERROR;
            filters[i].options = o;
            uint64_t dist = word(rec, b + F_DIST);
            o->type = LZMA_DELTA_TYPE_BYTE;
            o->dist = dist == UNSET ? 1 : (uint32_t)dist;
        } else {
            lzma_options_bcj *o = calloc(1, sizeof *o);
            if (o == NULL) return LZMA_MEM_ERROR;
            filters[i].options = o;
            uint64_t start = word(rec, b + F_START_OFFSET);
            o->start_offset = start == UNSET ? 0 : (uint32_t)start;
        }
    }
    filters[n].id = LZMA_VLI_UNKNOWN;
    return LZMA_OK;
}

static void free_filters(lzma_filter *filters) {
    for (int i = 0; filters[i].id != LZMA_VLI_UNKNOWN; i++) free(filters[i].options);
}

static lzstream *new_stream(void) {
    lzstream *s = calloc(1, sizeof *s);
    if (s == NULL) return NULL;
    lzma_stream init = LZMA_STREAM_INIT;
    s->lzs = init;
    pthread_mutex_init(&s->lock, NULL);
    s->needs_input = 1;
    s->check = CHECK_UNKNOWN;
    return s;
}

static Signed started(lzstream *s, lzma_ret r) {
    if (r == LZMA_MEM_ERROR) {
        lzma_end(&s->lzs);
        pthread_mutex_destroy(&s->lock);
        free(s);
        rpy_raise(RPY_EXC_MemoryError, "");
        return 0;
    }
    if (failed(r)) {
        last_err = r;
        lzma_end(&s->lzs);
        pthread_mutex_destroy(&s->lock);
        free(s);
        return 0;
    }
    s->live = 1;
    return (Signed)(intptr_t)s;
}

Signed rpy_lzma_compressor_new(Signed format, Signed check, Signed preset, rpy_string *rec) {
    last_err = LZMA_OK;
    lzstream *s = new_stream();
    if (s == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return 0; }
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    filters[0].id = LZMA_VLI_UNKNOWN;
    lzma_ret r = LZMA_OK;
    if (rec != NULL) r = build_filters(rec, filters);
    if (r == LZMA_OK) {
        s->enc_mem = rec == NULL ? lzma_easy_encoder_memusage((uint32_t)preset)
                                 : lzma_raw_encoder_memusage(filters);
        if (s->enc_mem == UINT64_MAX) s->enc_mem = 0;
        if (format == FORMAT_XZ) {
            if (rec == NULL) r = lzma_easy_encoder(&s->lzs, (uint32_t)preset, (lzma_check)check);
            else r = lzma_stream_encoder(&s->lzs, filters, (lzma_check)check);
        } else if (format == FORMAT_ALONE) {
            if (rec == NULL) {
                lzma_options_lzma o;
                if (lzma_lzma_preset(&o, (uint32_t)preset)) r = LZMA_OPTIONS_ERROR;
                else r = lzma_alone_encoder(&s->lzs, &o);
            } else {
                r = lzma_alone_encoder(&s->lzs, filters[0].options);
            }
        } else {
            r = lzma_raw_encoder(&s->lzs, filters);
        }
    }
    free_filters(filters);
    return started(s, r);
}

Signed rpy_lzma_decompressor_new(Signed format, Signed memlimit, rpy_string *rec) {
    last_err = LZMA_OK;
    lzstream *s = new_stream();
    if (s == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return 0; }
    const uint32_t flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
    uint64_t limit = (uint64_t)memlimit;     /* -1: no limit (UINT64_MAX) */
    lzma_ret r;
    if (format == FORMAT_AUTO) {
        r = lzma_auto_decoder(&s->lzs, limit, flags);
    } else if (format == FORMAT_XZ) {
        r = lzma_stream_decoder(&s->lzs, limit, flags);
    } else if (format == FORMAT_ALONE) {
        s->check = LZMA_CHECK_NONE;
        r = lzma_alone_decoder(&s->lzs, limit);
    } else {
        s->check = LZMA_CHECK_NONE;
        lzma_filter filters[LZMA_FILTERS_MAX + 1];
        filters[0].id = LZMA_VLI_UNKNOWN;
        r = build_filters(rec, filters);
        if (r == LZMA_OK) r = lzma_raw_decoder(&s->lzs, filters);
        free_filters(filters);
    }
    return started(s, r);
}

void rpy_lzma_free(Signed h) {
    lzstream *s = S(h);
    if (s == NULL) return;
    if (s->live) lzma_end(&s->lzs);
    free(s->in);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

Signed rpy_lzma_memusage(Signed h) {
    lzstream *s = S(h);
    if (!s->live) return 0;
    return s->enc_mem ? (Signed)s->enc_mem : (Signed)lzma_memusage(&s->lzs);
}

static uint8_t *copy_data(rpy_string *data) {
    uint8_t *p = malloc(data->length > 0 ? (size_t)data->length : 1);
    if (p != NULL && data->length > 0) memcpy(p, data->data, (size_t)data->length);
    return p;
}

static int grow(uint8_t **buf, size_t *size, Signed max_length) {
    size_t n = *size < 32768 ? 32768 : 2 * *size;
    if (max_length >= 0 && n > (size_t)max_length) n = (size_t)max_length;
    uint8_t *b = realloc(*buf, n ? n : 1);
    if (b == NULL) return 0;
    *buf = b;
    *size = n;
    return 1;
}

static lzma_ret compress_run(lzstream *s, uint8_t *in, size_t len, lzma_action action,
                             uint8_t **out, size_t *used) {
    lzma_stream *lzs = &s->lzs;
    size_t size = 0;
    uint8_t *buf = NULL;
    lzma_ret r;
    if (!grow(&buf, &size, -1)) return LZMA_MEM_ERROR;
    lzs->next_in = in;
    lzs->avail_in = len;
    lzs->next_out = buf;
    lzs->avail_out = size;
    for (;;) {
        r = lzma_code(lzs, action);
        if (r == LZMA_BUF_ERROR && len == 0 && lzs->avail_out > 0) r = LZMA_OK;
        if (failed(r)) break;
        if ((action == LZMA_RUN && lzs->avail_in == 0) ||
            (action == LZMA_FINISH && r == LZMA_STREAM_END)) { r = LZMA_OK; break; }
        if (lzs->avail_out == 0) {
            size_t done = size;
            if (!grow(&buf, &size, -1)) { r = LZMA_MEM_ERROR; break; }
            lzs->next_out = buf + done;
            lzs->avail_out = size - done;
        }
    }
    *used = size - lzs->avail_out;
    lzs->next_in = NULL;
    lzs->avail_in = 0;
    *out = buf;
    return r;
}

static rpy_string *result(lzma_ret r, uint8_t *out, size_t used) {
    if (r == LZMA_MEM_ERROR) { free(out); rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    last_err = failed(r) ? r : LZMA_OK;
    rpy_string *res = rpy_bytes_from_mem(failed(r) || out == NULL ? "" : (const char *)out,
                                         failed(r) || out == NULL ? 0 : (Signed)used);
    free(out);
    return res;
}

rpy_string *rpy_lzma_compress(Signed h, rpy_string *data, Signed finish) {
    lzstream *s = S(h);
    last_err = LZMA_OK;
    uint8_t *in = copy_data(data);
    size_t len = (size_t)data->length;
    if (in == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    uint8_t *out = NULL;
    size_t used = 0;
    lzma_ret r;
    RPY_BLOCKING_BEGIN
    pthread_mutex_lock(&s->lock);
    if (!s->live) r = LZMA_PROG_ERROR;
    else {
        r = compress_run(s, in, len, finish ? LZMA_FINISH : LZMA_RUN, &out, &used);
        if (finish) { lzma_end(&s->lzs); s->live = 0; }
    }
    pthread_mutex_unlock(&s->lock);
    RPY_BLOCKING_END
    free(in);
    return result(r, out, used);
}

/* CPython's decompress_buf over s->in; *avail_out is what was left of the
 * output buffer (0: stopped at max_length). */
static lzma_ret decompress_buf(lzstream *s, Signed max_length, uint8_t **out, size_t *used,
                               size_t *avail_out) {
    lzma_stream *lzs = &s->lzs;
    size_t size = (max_length < 0 || max_length > 32768) ? 32768 : (size_t)max_length;
    uint8_t *buf = malloc(size ? size : 1);
    lzma_ret r;
    if (buf == NULL) return LZMA_MEM_ERROR;
    lzs->next_in = s->in + s->in_pos;
    lzs->avail_in = s->in_len;
    lzs->next_out = buf;
    lzs->avail_out = size;
    for (;;) {
        r = lzma_code(lzs, LZMA_RUN);
        if (r == LZMA_BUF_ERROR && lzs->avail_in == 0 && lzs->avail_out > 0) r = LZMA_OK;
        if (failed(r)) break;
        if (r == LZMA_GET_CHECK || r == LZMA_NO_CHECK) s->check = (int)lzma_get_check(lzs);
        if (r == LZMA_STREAM_END) { s->eof = 1; break; }
        if (lzs->avail_out == 0) {
            if (max_length >= 0 && (Signed)size == max_length) break;
            size_t done = size;
            if (!grow(&buf, &size, max_length)) { r = LZMA_MEM_ERROR; break; }
            lzs->next_out = buf + done;
            lzs->avail_out = size - done;
        } else if (lzs->avail_in == 0) {
            break;
        }
    }
    *used = size - lzs->avail_out;
    *avail_out = lzs->avail_out;
    /* what is left of the input stays where it is (as in bz2s.c) */
    s->in_pos = (size_t)(lzs->next_in - s->in);
    s->in_len = lzs->avail_in;
    lzs->next_in = NULL;
    lzs->avail_in = 0;
    *out = buf;
    return failed(r) ? r : LZMA_OK;
}

rpy_string *rpy_lzma_decompress(Signed h, rpy_string *data, Signed max_length) {
    lzstream *s = S(h);
    last_err = LZMA_OK;
    uint8_t *in = copy_data(data);
    size_t len = (size_t)data->length;
    if (in == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    uint8_t *out = NULL;
    size_t used = 0, avail_out = 0;
    lzma_ret r = LZMA_OK;
    RPY_BLOCKING_BEGIN
    pthread_mutex_lock(&s->lock);
    if (!s->live) r = LZMA_PROG_ERROR;
    else if (s->in_len == 0) {
        free(s->in);
        s->in = in;
        s->in_pos = 0;
        s->in_len = len;
        in = NULL;
    } else {
        memmove(s->in, s->in + s->in_pos, s->in_len);
        s->in_pos = 0;
        uint8_t *b = realloc(s->in, s->in_len + len);
        if (b == NULL) r = LZMA_MEM_ERROR;
        else {
            memcpy(b + s->in_len, in, len);
            s->in = b;
            s->in_len += len;
        }
    }
    if (r == LZMA_OK) {
        r = decompress_buf(s, max_length, &out, &used, &avail_out);
        if (failed(r)) {
            s->in_len = 0;      /* CPython drops the pending input on an error */
        } else if (s->eof) {
            s->needs_input = 0;
            lzma_end(&s->lzs);  /* s->in keeps the unused data */
            s->live = 0;
        } else if (s->in_len == 0) {
            /* a full output buffer may leave output inside liblzma */
            s->needs_input = avail_out != 0;
        } else {
            s->needs_input = 0;
        }
    }
    pthread_mutex_unlock(&s->lock);
    RPY_BLOCKING_END
    free(in);
    return result(r, out, used);
}

Signed rpy_lzma_eof(Signed h) { return S(h)->eof; }
Signed rpy_lzma_needs_input(Signed h) { return S(h)->needs_input; }
Signed rpy_lzma_check(Signed h) { return S(h)->check; }

rpy_string *rpy_lzma_unused_data(Signed h) {
    lzstream *s = S(h);
    if (!s->eof) return rpy_bytes_from_mem("", 0);
    return rpy_bytes_from_mem(s->in ? (const char *)s->in + s->in_pos : "", (Signed)s->in_len);
}

Signed rpy_lzma_is_check_supported(Signed id) {
    return lzma_check_is_supported((lzma_check)id) ? 1 : 0;
}

rpy_string *rpy_lzma_encode_props(rpy_string *rec) {
    last_err = LZMA_OK;
    lzma_filter filters[LZMA_FILTERS_MAX + 1];
    filters[0].id = LZMA_VLI_UNKNOWN;
    uint8_t props[64];
    uint32_t size = 0;
    lzma_ret r = build_filters(rec, filters);
    if (r == LZMA_OK) r = lzma_properties_size(&size, &filters[0]);
    if (r == LZMA_OK && size > sizeof props) r = LZMA_PROG_ERROR;
    if (r == LZMA_OK) r = lzma_properties_encode(&filters[0], props);
    free_filters(filters);
    if (r == LZMA_MEM_ERROR) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    if (r != LZMA_OK) { last_err = r; size = 0; }
    return rpy_bytes_from_mem((const char *)props, (Signed)size);
}

/* The options of a filter from its properties: a record of the fields
 * CPython's build_filter_spec reports (the others UNSET). */
rpy_string *rpy_lzma_decode_props(Signed id, rpy_string *props) {
    last_err = LZMA_OK;
    uint64_t rec[NFIELDS];
    uint8_t bytes[8 * NFIELDS];
    lzma_filter f;
    f.id = (lzma_vli)(uint64_t)id;
    f.options = NULL;
    lzma_ret r = lzma_properties_decode(&f, NULL, (const uint8_t *)props->data,
                                        (size_t)props->length);
    if (r == LZMA_MEM_ERROR) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    if (r != LZMA_OK) { last_err = r; return rpy_bytes_from_mem("", 0); }
    for (int i = 0; i < NFIELDS; i++) rec[i] = UNSET;
    rec[F_ID] = f.id;
    if (f.id == LZMA_FILTER_LZMA1 || f.id == LZMA_FILTER_LZMA2) {
        lzma_options_lzma *o = f.options;
        if (f.id == LZMA_FILTER_LZMA1) {
            rec[F_LC] = o->lc;
            rec[F_LP] = o->lp;
            rec[F_PB] = o->pb;
        }
        rec[F_DICT_SIZE] = o->dict_size;
    } else if (f.id == LZMA_FILTER_DELTA) {
        rec[F_DIST] = ((lzma_options_delta *)f.options)->dist;
    } else if (f.options != NULL) {
        rec[F_START_OFFSET] = ((lzma_options_bcj *)f.options)->start_offset;
    } else {
        rec[F_START_OFFSET] = 0;
    }
    free(f.options);
    for (int i = 0; i < NFIELDS; i++)
        for (int b = 0; b < 8; b++) bytes[i * 8 + b] = (uint8_t)(rec[i] >> (8 * b));
    return rpy_bytes_from_mem((const char *)bytes, 8 * NFIELDS);
}
