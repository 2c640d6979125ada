/* strings.c -- str (UTF-8 text) and bytes for RPy programs: allocation,
 * indexing, slicing, searching, splitting, case mapping, predicates, repr,
 * int()/float() parsing, repr(float), UTF-8 decoding and encoding.
 *
 * Everything follows CPython 3.11's behaviour and messages.  Layout: see
 * rpy_string in rpy.h.  Text is UTF-8 and nchars counts code points; when
 * nchars == length (ASCII, and always for bytes) indexing is O(1), else
 * code point indices are converted by scanning (helped by a small
 * position cache that is only trusted while no GC collection happened).
 *
 * Unicode data (isalpha/isdigit/isspace/isprintable/..., upper/lower with
 * multi-character results and the final-sigma rule) comes from tables
 * generated from CPython 3.11 itself by test/gen_unicodedb.py, so it covers
 * all of Unicode 14 exactly.
 *
 * GC discipline: any allocation may move young objects, so GC pointers held
 * across an allocation live on the shadow stack (RPY_PUSH/RPY_POP) and no
 * raw char * into a GC string is kept across an allocation.
 *
 * Text coming from outside (rpy_str_from_utf8/from_cstr: argv, the
 * environment, C messages) is decoded like CPython's surrogateescape: a
 * byte that is not part of well-formed UTF-8 becomes U+DC80..U+DCFF.  Lone
 * surrogates (chr(0xD800)) are stored as their 3-byte form ED A0 80.
 *
 * Strings returned may be shared: an immutable string can be returned
 * unchanged (e.g. s[:] or s.replace(x, x)), and the empty string and
 * one-character ASCII strings are static prebuilt objects.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "rpy.h"
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>

/* internal helpers shared with format.c / lists.c / os.c (declared there) */
rpy_string *rpy__str_new(uint32_t tid, const char *p, Signed nbytes, Signed nchars);
int rpy__float_repr(double x, char *buf);
Signed rpy__utf8_count(const char *p, Signed n);

/* forward declarations of the Unicode database lookups (end of file) */
static unsigned udb_flags(uint32_t c);
static int udb_map(uint32_t c, int upper, char *out, Signed *nch); /* returns bytes written */
static int udb_decimal(uint32_t c);                              /* 0..9 or -1 */

#define U_ALPHA 1
#define U_DECIMAL 2
#define U_DIGIT 4
#define U_NUMERIC 8
#define U_SPACE 16
#define U_PRINTABLE 32
#define U_UPPER 64
#define U_LOWER 128
#define U_TITLE 256
#define U_CASED 512
#define U_CASE_IGNORABLE 1024

#define STR_HDR ((Signed)offsetof(rpy_string, data))
#define STR_MAX_BYTES ((Signed)1 << 48)
#define STR_BIG ((Signed)64 * 1024)     /* the GC's large threshold with its default nursery */

/* ---------------------------------------------------------------- typeinfos */

/* The GC computes a var-sized object's size as max(fixedsize, items_ofs +
   length * itemsize) rounded up to 8 (see rpy.h).  To include the
   terminating NUL, both fixedsize and items_ofs count one byte more than
   offsetof(rpy_string, data): the characters really start at data, but
   nothing reads items_ofs of a string except that size computation. */
static const Signed str_no_ptrs[] = { -1 };
const rpy_typeinfo rpy_ti_str = {
    "str", (Signed)offsetof(rpy_string, data) + 1, 1,
    (Signed)offsetof(rpy_string, length), (Signed)offsetof(rpy_string, data) + 1,
    str_no_ptrs, 0, NULL };
const rpy_typeinfo rpy_ti_bytes = {
    "bytes", (Signed)offsetof(rpy_string, data) + 1, 1,
    (Signed)offsetof(rpy_string, length), (Signed)offsetof(rpy_string, data) + 1,
    str_no_ptrs, 0, NULL };

/* ---------------------------------------------------------------- static strings */

/* Same layout as rpy_string, with room for one character and the NUL. */
typedef struct static_str { rpy_hdr h; Signed hash, length, nchars; char data[8]; } static_str;
#define SFL (RPY_GCFLAG_PREBUILT | RPY_GCFLAG_OLD)
#define C1(t, c) { { t, SFL }, 0, 1, 1, { (char)(c), 0 } }
#define C4(t, c) C1(t, c), C1(t, (c) + 1), C1(t, (c) + 2), C1(t, (c) + 3)
#define C16(t, c) C4(t, c), C4(t, (c) + 4), C4(t, (c) + 8), C4(t, (c) + 12)
#define C64(t, c) C16(t, c), C16(t, (c) + 16), C16(t, (c) + 32), C16(t, (c) + 48)
static static_str str_chars[128] = { C64(RPY_TID_STR, 0), C64(RPY_TID_STR, 64) };
static static_str bytes_chars[256] = { C64(RPY_TID_BYTES, 0), C64(RPY_TID_BYTES, 64),
                                       C64(RPY_TID_BYTES, 128), C64(RPY_TID_BYTES, 192) };
static static_str empty_strs[2] = { { { RPY_TID_STR, SFL }, 0, 0, 0, { 0 } },
                                    { { RPY_TID_BYTES, SFL }, 0, 0, 0, { 0 } } };
static static_str bool_strs[2] = {
    { { RPY_TID_STR, SFL }, 0, 5, 5, "False" }, { { RPY_TID_STR, SFL }, 0, 4, 4, "True" } };

static inline rpy_string *empty_of(uint32_t tid) {
    return (rpy_string *)&empty_strs[tid == RPY_TID_BYTES];
}
static inline rpy_string *char_of(uint32_t tid, unsigned char c) {
    if (tid == RPY_TID_BYTES) return (rpy_string *)&bytes_chars[c];
    return (rpy_string *)&str_chars[c];   /* caller: c < 128 */
}
rpy_string *rpy__str_bool(int v) { return (rpy_string *)&bool_strs[v != 0]; }

/* ---------------------------------------------------------------- UTF-8 helpers */

static inline int is_cont(unsigned char b) { return (b & 0xC0) == 0x80; }

/* decode the (valid, maybe surrogate-carrying) UTF-8 sequence at p */
static inline uint32_t u8dec(const unsigned char *p, int *len) {
    unsigned char b = p[0];
    if (b < 0x80) { *len = 1; return b; }
    if (b < 0xE0) { *len = 2; return ((uint32_t)(b & 0x1F) << 6) | (p[1] & 0x3F); }
    if (b < 0xF0) { *len = 3; return ((uint32_t)(b & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F); }
    *len = 4;
    return ((uint32_t)(b & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}
/* decode the code point that ends just before p (p > start) */
static inline uint32_t u8dec_prev(const unsigned char *start, const unsigned char *p, int *len) {
    const unsigned char *q = p - 1;
    while (q > start && is_cont(*q)) q--;
    return u8dec(q, len);
}
static inline int u8len(uint32_t c) {
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}
static inline int u8enc(uint32_t c, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (c < 0x80) { o[0] = (unsigned char)c; return 1; }
    if (c < 0x800) { o[0] = 0xC0 | (c >> 6); o[1] = 0x80 | (c & 0x3F); return 2; }
    if (c < 0x10000) { o[0] = 0xE0 | (c >> 12); o[1] = 0x80 | ((c >> 6) & 0x3F);
                       o[2] = 0x80 | (c & 0x3F); return 3; }
    o[0] = 0xF0 | (c >> 18); o[1] = 0x80 | ((c >> 12) & 0x3F);
    o[2] = 0x80 | ((c >> 6) & 0x3F); o[3] = 0x80 | (c & 0x3F); return 4;
}

/* number of code points in n bytes of valid UTF-8 */
Signed rpy__utf8_count(const char *p, Signed n) {
    const unsigned char *s = (const unsigned char *)p;
    Signed i = 0, conts = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        /* continuation bytes: bit 7 set and bit 6 clear */
        uint64_t c = w & ~(w << 1) & 0x8080808080808080ULL;
        conts += __builtin_popcountll(c);
    }
    for (; i < n; i++) conts += is_cont(s[i]);
    return n - conts;
}
#define utf8_count rpy__utf8_count

static inline int is_ascii(rpy_string *s) { return s->nchars == s->length; }

/* A small cache of code point -> byte offset conversions, one entry per
   string (the last position used in it), for the last POS_CACHE_N strings
   indexed: a loop indexing two or three non-ASCII strings in turn finds
   each one's position again (with one entry for all, it rescanned each
   string from its start at every step: quadratic).  An entry is valid
   only while no collection happened (objects move or die only in
   collections; a string with the same address is then the same immutable
   string). */
#define POS_CACHE_N 8
static struct { rpy_string *s; Signed epoch, cp, byte; } pos_cache[POS_CACHE_N];
static unsigned pos_cache_next;
static inline Signed gc_epoch(void) {
    return rpy_gc_stat.minor_collections + rpy_gc_stat.major_collections;
}
static inline int pos_cache_find(rpy_string *s, Signed epoch) {
    for (int k = 0; k < POS_CACHE_N; k++)
        if (pos_cache[k].s == s && pos_cache[k].epoch == epoch) return k;
    return -1;
}
static void pos_cache_store(rpy_string *s, Signed epoch, Signed cp, Signed byte) {
    int k = pos_cache_find(s, epoch);
    if (k < 0) k = (int)(pos_cache_next++ % POS_CACHE_N);
    pos_cache[k].s = s; pos_cache[k].epoch = epoch; pos_cache[k].cp = cp; pos_cache[k].byte = byte;
}

/* byte offset of code point index i (0 <= i <= nchars) */
static Signed cp_to_byte(rpy_string *s, Signed i) {
    if (is_ascii(s)) return i;
    if (i <= 0) return 0;
    if (i >= s->nchars) return s->length;
    const unsigned char *d = (const unsigned char *)s->data;
    Signed cp = 0, b = 0, epoch = gc_epoch();
    int k = pos_cache_find(s, epoch);
    if (k >= 0) {
        cp = pos_cache[k].cp; b = pos_cache[k].byte;
    }
    /* pick the closest starting point among 0, the cache and the end */
    Signed dstart = i, dcache = cp > i ? cp - i : i - cp, dend = s->nchars - i;
    if (dend < dcache && dend < dstart) { cp = s->nchars; b = s->length; }
    else if (dstart <= dcache) { cp = 0; b = 0; }
    if (cp < i) {
        /* skip whole ASCII words quickly when far away */
        while (cp < i) {
            if (i - cp >= 8 && b + 8 <= s->length) {
                uint64_t w;
                memcpy(&w, d + b, 8);
                if ((w & 0x8080808080808080ULL) == 0) { b += 8; cp += 8; continue; }
            }
            b++;
            while (b < s->length && is_cont(d[b])) b++;
            cp++;
        }
    } else {
        while (cp > i) {
            b--;
            while (b > 0 && is_cont(d[b])) b--;
            cp--;
        }
    }
    pos_cache_store(s, epoch, i, b);
    return b;
}

/* ---------------------------------------------------------------- a malloc'ed byte buffer */

typedef struct sbuf { char *p; Signed len, cap, nchars; int failed; } sbuf;
static void sb_grow(sbuf *b, Signed extra) {
    if (b->failed) return;
    Signed need = b->len + extra + 1;
    if (need <= b->cap) return;
    Signed nc = b->cap ? b->cap : 64;
    while (nc < need) nc *= 2;
    char *np = realloc(b->p, (size_t)nc);
    if (np == NULL) { b->failed = 1; return; }
    b->p = np; b->cap = nc;
}
static inline void sb_putn(sbuf *b, const char *p, Signed n, Signed nch) {
    sb_grow(b, n);
    if (b->failed) return;
    memcpy(b->p + b->len, p, (size_t)n);
    b->len += n; b->nchars += nch;
}
static inline void sb_putc(sbuf *b, char c) { sb_putn(b, &c, 1, 1); }
static inline void sb_puts(sbuf *b, const char *s) { Signed n = (Signed)strlen(s); sb_putn(b, s, n, n); }
static inline void sb_putcp(sbuf *b, uint32_t c) { char t[4]; sb_putn(b, t, u8enc(c, t), 1); }
/* turn the buffer into a string (frees the buffer) */
static rpy_string *sb_finish(sbuf *b, uint32_t tid) {
    rpy_string *r;
    if (b->failed) { free(b->p); rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    r = rpy__str_new(tid, b->p ? b->p : "", b->len, b->nchars);
    free(b->p);
    return r;
}

/* ---------------------------------------------------------------- allocation */

static inline __attribute__((always_inline)) rpy_string *str_alloc(uint32_t tid, Signed nbytes) {
    if (nbytes < 0 || nbytes > STR_MAX_BYTES) {
        rpy_raise(RPY_EXC_MemoryError, "");
        return NULL;
    }
    /* the size the GC computes from the typeinfo (rounded up by
       rpy_malloc_fixed).  Big strings go to the slow path at once: the GC
       mallocs them outside the nursery, without zeroing, and frees them
       at the next minor collection if they died (gc.c, young large
       objects), instead of filling the nursery, which is zeroed again
       after each minor collection, and being copied out of it */
    Signed size = STR_HDR + 1 + nbytes;
    rpy_string *s = size > STR_BIG ? rpy_gc_malloc_slowpath(tid, RPY_OBJ_SIZE(size))
                                   : rpy_malloc_fixed(tid, size);
    if (s == NULL) return NULL;
    s->hash = 0;
    s->length = nbytes;
    s->nchars = nbytes;
    s->data[nbytes] = 0;
    return s;
}
rpy_string *rpy_str_alloc(uint32_t tid, Signed nbytes) { return str_alloc(tid, nbytes); }

/* memcpy(dst, src, n) without a libc call for the short pieces that string
   concatenation mostly moves (overlapping word moves, as libc does inside) */
static inline void copy_bytes(char *dst, const char *src, Signed n) {
    if (n > 16) { memcpy(dst, src, (size_t)n); return; }
    if (n >= 8) {
        uint64_t x, y;
        memcpy(&x, src, 8); memcpy(&y, src + n - 8, 8);
        memcpy(dst, &x, 8); memcpy(dst + n - 8, &y, 8);
    } else if (n >= 4) {
        uint32_t x, y;
        memcpy(&x, src, 4); memcpy(&y, src + n - 4, 4);
        memcpy(dst, &x, 4); memcpy(dst + n - 4, &y, 4);
    } else if (n >= 2) {
        uint16_t x, y;
        memcpy(&x, src, 2); memcpy(&y, src + n - 2, 2);
        memcpy(dst, &x, 2); memcpy(dst + n - 2, &y, 2);
    } else if (n == 1) {
        *dst = *src;
    }
}

/* new string from memory that is NOT inside a GC object */
rpy_string *rpy__str_new(uint32_t tid, const char *p, Signed nbytes, Signed nchars) {
    if (nbytes == 0) return empty_of(tid);
    if (nbytes == 1 && (tid == RPY_TID_BYTES || (unsigned char)p[0] < 128))
        return char_of(tid, (unsigned char)p[0]);
    rpy_string *s = rpy_str_alloc(tid, nbytes);
    if (s == NULL) return NULL;
    memcpy(s->data, p, (size_t)nbytes);
    s->nchars = nchars;
    return s;
}

/* Length of the well-formed sequence at s[i] (surrogates ED A0..BF xx
   accepted: that is how lone surrogates are stored), or 0. */
static inline int seq_len_lenient(const unsigned char *s, Signed i, Signed n) {
    unsigned char c = s[i];
    int need = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    if (need == 0 || i + need > n) return 0;
    for (int k = 1; k < need; k++) if (!is_cont(s[i + k])) return 0;
    if (need == 3 && c == 0xE0 && s[i + 1] < 0xA0) return 0;
    if (need == 4 && ((c == 0xF0 && s[i + 1] < 0x90) || (c == 0xF4 && s[i + 1] >= 0x90))) return 0;
    return need;
}

/* Text from external bytes: UTF-8, where each byte that is not part of a
   well-formed sequence becomes U+DC80..U+DCFF (CPython's surrogateescape,
   as used for argv and the environment). */
rpy_string *rpy_str_from_utf8(const char *p, Signed nbytes) {
    const unsigned char *s = (const unsigned char *)p;
    Signed i = 0, nch = 0;
    while (i < nbytes) {
        if (s[i] < 0x80) { i++; nch++; continue; }
        int l = seq_len_lenient(s, i, nbytes);
        if (l == 0) break;
        i += l; nch++;
    }
    if (i == nbytes) return rpy__str_new(RPY_TID_STR, p, nbytes, nch);
    sbuf b = { 0 };
    sb_putn(&b, p, i, nch);
    while (i < nbytes) {
        int l = seq_len_lenient(s, i, nbytes);
        if (l > 0) { sb_putn(&b, p + i, l, 1); i += l; }
        else { sb_putcp(&b, 0xDC00u + s[i]); i++; }
    }
    return sb_finish(&b, RPY_TID_STR);
}
rpy_string *rpy_str_from_cstr(const char *utf8) {
    return rpy_str_from_utf8(utf8, (Signed)strlen(utf8));
}
rpy_string *rpy_bytes_from_mem(const char *p, Signed nbytes) {
    return rpy__str_new(RPY_TID_BYTES, p, nbytes, nbytes);
}

/* New string of the same type holding bytes [b0, b1) of the string kept in
   the shadow-stack slot *slot (reloaded after the allocation). */
static rpy_string *sub_from_slot(void **slot, Signed b0, Signed b1, Signed nch) {
    rpy_string *s = *slot;
    uint32_t tid = RPY_TID(s);
    Signed n = b1 - b0;
    if (n == 0) return empty_of(tid);
    if (n == 1 && (tid == RPY_TID_BYTES || (unsigned char)s->data[b0] < 128))
        return char_of(tid, (unsigned char)s->data[b0]);
    if (b0 == 0 && b1 == s->length) return s;
    rpy_string *r = rpy_str_alloc(tid, n);
    if (r == NULL) return NULL;
    s = *slot;
    memcpy(r->data, s->data + b0, (size_t)n);
    r->nchars = nch;
    return r;
}
static rpy_string *substr(rpy_string *s, Signed b0, Signed b1, Signed nch) {
    RPY_PUSH(s);
    rpy_string *r = sub_from_slot(rpy_ss_top - 1, b0, b1, nch);
    rpy_ss_top--;
    return r;
}

/* ---------------------------------------------------------------- basic operations */

Signed rpy_str_len(rpy_string *s) { return s->nchars; }

rpy_string *rpy_str_getitem(rpy_string *s, Signed i) {
    if (is_ascii(s)) return char_of(RPY_TID(s), (unsigned char)s->data[i]);
    Signed b = cp_to_byte(s, i);
    int len;
    u8dec((const unsigned char *)s->data + b, &len);
    if (len == 1) return char_of(RPY_TID(s), (unsigned char)s->data[b]);
    Signed b1 = b + len;
    /* advance the cache past this char: helps loops over s[i] */
    pos_cache_store(s, gc_epoch(), i + 1, b1);
    return substr(s, b, b1, 1);
}

Signed rpy_bytes_getitem(rpy_string *s, Signed i) { return (unsigned char)s->data[i]; }


rpy_string *rpy_str_slice(rpy_string *s, Signed start, Signed stop, Signed step,
                          int has_start, int has_stop) {
    if (step == 0) { rpy_raise(RPY_EXC_ValueError, "slice step cannot be zero"); return NULL; }
    Signed n = rpy_slice_adjust(s->nchars, &start, &stop, step, has_start, has_stop);
    uint32_t tid = RPY_TID(s);
    if (n <= 0) return empty_of(tid);
    if (step == 1) {
        Signed b0 = cp_to_byte(s, start), b1 = cp_to_byte(s, start + n);
        return substr(s, b0, b1, n);
    }
    if (is_ascii(s)) {
        if (n == 1) return char_of(tid, (unsigned char)s->data[start]);
        RPY_PUSH(s);
        rpy_string *r = rpy_str_alloc(tid, n);
        RPY_POP(rpy_string *, s);
        if (r == NULL) return NULL;
        for (Signed k = 0; k < n; k++) r->data[k] = s->data[start + k * step];
        return r;
    }
    /* non-ASCII text with a step: collect the byte offsets of the chars */
    Signed *offs = malloc(sizeof(Signed) * (size_t)(s->nchars + 1));
    if (offs == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    {
        const unsigned char *d = (const unsigned char *)s->data;
        Signed b = 0, k = 0;
        while (b < s->length) { offs[k++] = b; b++; while (b < s->length && is_cont(d[b])) b++; }
        offs[k] = b;
    }
    Signed total = 0;
    for (Signed k = 0; k < n; k++) {
        Signed c = start + k * step;
        total += offs[c + 1] - offs[c];
    }
    RPY_PUSH(s);
    rpy_string *r = rpy_str_alloc(tid, total);
    RPY_POP(rpy_string *, s);
    if (r == NULL) { free(offs); return NULL; }
    Signed o = 0;
    for (Signed k = 0; k < n; k++) {
        Signed c = start + k * step, l = offs[c + 1] - offs[c];
        memcpy(r->data + o, s->data + offs[c], (size_t)l);
        o += l;
    }
    r->nchars = n;
    free(offs);
    return r;
}

rpy_string *rpy_str_concat(rpy_string *a, rpy_string *b) {
    uint32_t tid = RPY_TID(a);
    if (b->length == 0) return a;
    if (a->length == 0 && RPY_TID(b) == tid) return b;
    Signed n = a->length + b->length;
    RPY_PUSH(a); RPY_PUSH(b);
    rpy_string *r = str_alloc(tid, n);
    RPY_POP(rpy_string *, b); RPY_POP(rpy_string *, a);
    if (r == NULL) return NULL;
    copy_bytes(r->data, a->data, a->length);
    copy_bytes(r->data + a->length, b->data, b->length);
    r->nchars = a->nchars + b->nchars;
    return r;
}

rpy_string *rpy_str_mul(rpy_string *s, Signed n) {
    uint32_t tid = RPY_TID(s);
    if (n <= 0 || s->length == 0) return empty_of(tid);
    if (n == 1) return s;
    if (s->length > STR_MAX_BYTES / n) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    Signed total = s->length * n;
    RPY_PUSH(s);
    rpy_string *r = rpy_str_alloc(tid, total);
    RPY_POP(rpy_string *, s);
    if (r == NULL) return NULL;
    memcpy(r->data, s->data, (size_t)s->length);
    Signed done = s->length;
    while (done < total) {
        Signed k = done <= total - done ? done : total - done;
        memcpy(r->data + done, r->data, (size_t)k);
        done += k;
    }
    r->nchars = s->nchars * n;
    return r;
}

int rpy_str_eq(rpy_string *a, rpy_string *b) {
    if (a == b) return 1;
    if (a == NULL || b == NULL) return 0;
    if (a->length != b->length) return 0;
    if (a->hash != 0 && b->hash != 0 && a->hash != b->hash) return 0;
    return rpy_str_data_eq(a, b);
}

/* UTF-8 bytes compare as their code points.  Up to 32 bytes a word at a
   time, without a libc call (a sort of short strs spends its time here):
   byte-swapped, a little-endian word compares as its bytes in order; the
   bytes past the shorter length are masked (rpy.h: the padding may be
   read). */
Signed rpy_str_cmp(rpy_string *a, rpy_string *b) {
    Signed la = a->length, lb = b->length;
    Signed n = la < lb ? la : lb;
    if (n <= 32) {
        Signed i = 0;
        for (; 8 * i + 8 <= n; i++) {
            uint64_t x = rpy_str_word(a, i), y = rpy_str_word(b, i);
            if (x != y) return __builtin_bswap64(x) < __builtin_bswap64(y) ? -1 : 1;
        }
        Signed tail = n - 8 * i;
        if (tail > 0) {
            uint64_t x = rpy_low_bytes(rpy_str_word(a, i), tail);
            uint64_t y = rpy_low_bytes(rpy_str_word(b, i), tail);
            if (x != y) return __builtin_bswap64(x) < __builtin_bswap64(y) ? -1 : 1;
        }
    } else {
        int c = memcmp(a->data, b->data, (size_t)n);
        if (c != 0) return c < 0 ? -1 : 1;
    }
    return la < lb ? -1 : la > lb ? 1 : 0;
}

/* The string hash: one 64x64->128-bit multiply per 8 bytes, folded (high
   half xor low half, as wyhash's "mum"), so every output bit depends on
   every input bit after one step.  A short string (a word, an identifier)
   costs two multiplies: the hash is on the critical path of every dict
   lookup of a fresh string, and MurmurHash3's finalizer chain was twice
   as long.  RPy programs hash their own data, so the flooding resistance
   of SipHash is not needed here. */
static inline uint64_t mum(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}
#define H_SEED 0x9E3779B97F4A7C15ULL
#define H_MUL1 0xa0761d6478bd642fULL
#define H_MUL2 0xe7037ed1a0b428dbULL
#define H_MUL3 0x8ebc6af09c88c6e3ULL

/* p: the data of a string (its padding is read, see rpy.h) */
static uint64_t str_hash_bytes(const unsigned char *p, size_t n) {
    uint64_t h = H_SEED ^ (uint64_t)n;
    while (n >= 8) {
        uint64_t k;
        memcpy(&k, p, 8);
        h = mum(h ^ k, H_MUL1);
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        /* the tail: one whole word of the padded data, masked (rpy.h) */
        uint64_t k;
        memcpy(&k, p, 8);
        h = mum(h ^ rpy_low_bytes(k, (Signed)n), H_MUL2);
    }
    return mum(h ^ H_MUL1, H_MUL3);
}

Signed rpy_str_hash(rpy_string *s) {
    Signed h = s->hash;
    if (h != 0) return h;
    h = (Signed)str_hash_bytes((const unsigned char *)s->data, (size_t)s->length);
    if (h == 0 || h == -1) h = -2;
    s->hash = h;
    return h;
}

/* ---------------------------------------------------------------- searching */

/* CPython's ADJUST_INDICES for find/count: clip like a slice */
static inline void adjust_indices(Signed *start, Signed *end, Signed len) {
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

static Signed mem_rfind(const char *hay, Signed n, const char *needle, Signed m) {
    /* last position of needle in hay[0:n], or -1; m >= 1 */
    if (m > n) return -1;
    if (m == 1) {
        const char *p = memrchr(hay, needle[0], (size_t)n);
        return p ? p - hay : -1;
    }
    Signed lim = n - m;     /* candidate positions 0..lim */
    while (lim >= 0) {
        const char *p = memrchr(hay, needle[0], (size_t)lim + 1);
        if (p == NULL) return -1;
        Signed pos = p - hay;
        if (memcmp(p + 1, needle + 1, (size_t)m - 1) == 0) return pos;
        lim = pos - 1;
    }
    return -1;
}

int rpy_str_contains(rpy_string *s, rpy_string *sub) {
    if (sub->length == 0) return 1;
    return memmem(s->data, (size_t)s->length, sub->data, (size_t)sub->length) != NULL;
}

Signed rpy_str_find(rpy_string *s, rpy_string *sub, Signed start, Signed end) {
    adjust_indices(&start, &end, s->nchars);
    if (end - start < sub->nchars) return -1;
    if (sub->length == 0) return start;
    Signed b0 = cp_to_byte(s, start), b1 = cp_to_byte(s, end);
    const char *p = memmem(s->data + b0, (size_t)(b1 - b0), sub->data, (size_t)sub->length);
    if (p == NULL) return -1;
    if (is_ascii(s)) return p - s->data;
    return start + utf8_count(s->data + b0, p - (s->data + b0));
}

Signed rpy_str_rfind(rpy_string *s, rpy_string *sub, Signed start, Signed end) {
    adjust_indices(&start, &end, s->nchars);
    if (end - start < sub->nchars) return -1;
    if (sub->length == 0) return end;
    Signed b0 = cp_to_byte(s, start), b1 = cp_to_byte(s, end);
    Signed pos = mem_rfind(s->data + b0, b1 - b0, sub->data, sub->length);
    if (pos < 0) return -1;
    if (is_ascii(s)) return b0 + pos;
    return start + utf8_count(s->data + b0, pos);
}

static Signed count_bytes(const char *h, Signed n, const char *nd, Signed m, Signed maxcount) {
    Signed cnt = 0;
    const char *end = h + n;
    while (cnt < maxcount) {
        const char *p = memmem(h, (size_t)(end - h), nd, (size_t)m);
        if (p == NULL) break;
        cnt++;
        h = p + m;
    }
    return cnt;
}

Signed rpy_str_count(rpy_string *s, rpy_string *sub, Signed start, Signed end) {
    adjust_indices(&start, &end, s->nchars);
    if (end - start < sub->nchars) return 0;
    if (sub->length == 0) return end - start + 1;
    Signed b0 = cp_to_byte(s, start), b1 = cp_to_byte(s, end);
    return count_bytes(s->data + b0, b1 - b0, sub->data, sub->length, LONG_MAX);
}

int rpy_str_startswith(rpy_string *s, rpy_string *prefix) {
    return prefix->length <= s->length &&
           memcmp(s->data, prefix->data, (size_t)prefix->length) == 0;
}
int rpy_str_endswith(rpy_string *s, rpy_string *suffix) {
    return suffix->length <= s->length &&
           memcmp(s->data + s->length - suffix->length, suffix->data, (size_t)suffix->length) == 0;
}

rpy_string *rpy_str_replace(rpy_string *s, rpy_string *old, rpy_string *new_, Signed count) {
    Signed maxcount = count < 0 ? LONG_MAX : count;
    if (maxcount == 0 || rpy_str_eq(old, new_)) return s;
    Signed n;   /* number of replacements */
    if (old->length == 0) {
        n = s->nchars + 1;
        if (n > maxcount) n = maxcount;
    } else {
        n = count_bytes(s->data, s->length, old->data, old->length, maxcount);
    }
    if (n == 0) return s;
    Signed dlen = new_->length - old->length;
    if (dlen > 0 && n > (STR_MAX_BYTES - s->length) / dlen) {
        rpy_raise(RPY_EXC_MemoryError, "");   /* CPython: OverflowError "replace string is too long" */
        return NULL;
    }
    Signed total = s->length + n * dlen;
    Signed nch = s->nchars + n * (new_->nchars - old->nchars);
    uint32_t tid = RPY_TID(s);
    if (total == 0) return empty_of(tid);
    RPY_PUSH(s); RPY_PUSH(old); RPY_PUSH(new_);
    rpy_string *r = rpy_str_alloc(tid, total);
    RPY_POP(rpy_string *, new_); RPY_POP(rpy_string *, old); RPY_POP(rpy_string *, s);
    if (r == NULL) return NULL;
    char *o = r->data;
    const char *p = s->data, *end = s->data + s->length;
    if (old->length == 0) {
        for (Signed k = 0; k < n; k++) {
            memcpy(o, new_->data, (size_t)new_->length); o += new_->length;
            if (p < end) {
                const char *q = p + 1;
                if (tid == RPY_TID_STR)
                    while (q < end && is_cont((unsigned char)*q)) q++;
                memcpy(o, p, (size_t)(q - p)); o += q - p; p = q;
            }
        }
    } else {
        for (Signed k = 0; k < n; k++) {
            const char *q = memmem(p, (size_t)(end - p), old->data, (size_t)old->length);
            memcpy(o, p, (size_t)(q - p)); o += q - p;
            memcpy(o, new_->data, (size_t)new_->length); o += new_->length;
            p = q + old->length;
        }
    }
    memcpy(o, p, (size_t)(end - p));
    r->nchars = nch;
    return r;
}

/* ---------------------------------------------------------------- case mapping */

static inline int ascii_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* CPython's handle_capital_sigma: is the sigma at byte offset b final? */
static int final_sigma(const unsigned char *d, Signed len, Signed b) {
    Signed j = b;
    uint32_t c = 0;
    int l, found = 0;
    while (j > 0) {
        c = u8dec_prev(d, d + j, &l);
        j -= l;
        if (!(udb_flags(c) & U_CASE_IGNORABLE)) { found = 1; break; }
    }
    if (!found || !(udb_flags(c) & U_CASED)) return 0;
    j = b + 2;   /* U+03A3 is 2 bytes */
    while (j < len) {
        c = u8dec(d + j, &l);
        j += l;
        if (!(udb_flags(c) & U_CASE_IGNORABLE))
            return !(udb_flags(c) & U_CASED);
    }
    return 1;
}

static rpy_string *change_case(rpy_string *s, int upper) {
    uint32_t tid = RPY_TID(s);
    if (tid == RPY_TID_BYTES || is_ascii(s)) {
        Signed k, n = s->length;
        for (k = 0; k < n; k++) {
            unsigned char c = (unsigned char)s->data[k];
            if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) break;
        }
        if (k == n) return s;
        RPY_PUSH(s);
        rpy_string *r = rpy_str_alloc(tid, n);
        RPY_POP(rpy_string *, s);
        if (r == NULL) return NULL;
        for (k = 0; k < n; k++) {
            unsigned char c = (unsigned char)s->data[k];
            if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) c ^= 0x20;
            r->data[k] = (char)c;
        }
        return r;
    }
    /* general text: build in a malloc'ed buffer, then copy */
    sbuf b = { 0 };
    const unsigned char *d = (const unsigned char *)s->data;
    Signed i = 0, n = s->length;
    char tmp[64];
    while (i < n) {
        int l;
        uint32_t c = u8dec(d + i, &l);
        Signed nch = 1;
        int w;
        if (!upper && c == 0x3A3) {
            w = u8enc(final_sigma(d, n, i) ? 0x3C2 : 0x3C3, tmp);
        } else {
            w = udb_map(c, upper, tmp, &nch);
        }
        sb_putn(&b, tmp, w, nch);
        i += l;
    }
    return sb_finish(&b, tid);
}
rpy_string *rpy_str_upper(rpy_string *s) { return change_case(s, 1); }
rpy_string *rpy_str_lower(rpy_string *s) { return change_case(s, 0); }

/* ---------------------------------------------------------------- predicates */

static inline unsigned char_flags(uint32_t tid, uint32_t c) {
    if (c < 128 || tid == RPY_TID_BYTES) {
        if (c >= 128) return 0;
        unsigned f = 0;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') f |= U_ALPHA | (c < 'a' ? U_UPPER : U_LOWER) | U_CASED;
        if (c >= '0' && c <= '9') f |= U_DECIMAL | U_DIGIT | U_NUMERIC;
        if (ascii_space((unsigned char)c) || (tid == RPY_TID_STR && c >= 0x1c && c <= 0x1f)) f |= U_SPACE;
        return f;
    }
    return udb_flags(c);
}
static inline int is_space_cp(uint32_t tid, uint32_t c) {
    if (c < 128) return ascii_space((unsigned char)c) || (tid == RPY_TID_STR && c >= 0x1c && c <= 0x1f);
    return tid == RPY_TID_STR && (udb_flags(c) & U_SPACE);
}

static int all_chars(rpy_string *s, unsigned mask) {
    if (s->length == 0) return 0;
    const unsigned char *d = (const unsigned char *)s->data;
    uint32_t tid = RPY_TID(s);
    Signed i = 0;
    while (i < s->length) {
        int l = 1;
        uint32_t c = tid == RPY_TID_BYTES ? d[i] : u8dec(d + i, &l);
        if (!(char_flags(tid, c) & mask)) return 0;
        i += l;
    }
    return 1;
}
int rpy_str_isdigit(rpy_string *s) { return all_chars(s, U_DIGIT); }
int rpy_str_isalpha(rpy_string *s) { return all_chars(s, U_ALPHA); }
int rpy_str_isalnum(rpy_string *s) { return all_chars(s, U_ALPHA | U_NUMERIC); }
int rpy_str_isspace(rpy_string *s) { return all_chars(s, U_SPACE); }

static int case_pred(rpy_string *s, unsigned want, unsigned forbid) {
    const unsigned char *d = (const unsigned char *)s->data;
    uint32_t tid = RPY_TID(s);
    int cased = 0;
    Signed i = 0;
    while (i < s->length) {
        int l = 1;
        uint32_t c = tid == RPY_TID_BYTES ? d[i] : u8dec(d + i, &l);
        unsigned f = char_flags(tid, c);
        if (f & forbid) return 0;
        if (f & want) cased = 1;
        i += l;
    }
    return cased;
}
int rpy_str_isupper(rpy_string *s) { return case_pred(s, U_UPPER, U_LOWER | U_TITLE); }
int rpy_str_islower(rpy_string *s) { return case_pred(s, U_LOWER, U_UPPER | U_TITLE); }

/* ---------------------------------------------------------------- strip */

typedef struct cpset { uint32_t *cps; Signed n; unsigned char ascii[128]; uint32_t tid; int ws; } cpset;

static int cpset_init(cpset *cs, rpy_string *s, rpy_string *chars) {
    cs->tid = RPY_TID(s);
    cs->cps = NULL; cs->n = 0;
    cs->ws = chars == NULL;
    if (chars == NULL) return 0;
    memset(cs->ascii, 0, sizeof cs->ascii);
    const unsigned char *d = (const unsigned char *)chars->data;
    Signed i = 0;
    if (RPY_TID(chars) == RPY_TID_BYTES || cs->tid == RPY_TID_BYTES) {
        cs->cps = malloc(sizeof(uint32_t) * (size_t)(chars->length + 1));
        if (!cs->cps) return -1;
        for (i = 0; i < chars->length; i++) {
            if (d[i] < 128) cs->ascii[d[i]] = 1;
            else cs->cps[cs->n++] = d[i];
        }
        return 0;
    }
    cs->cps = malloc(sizeof(uint32_t) * (size_t)(chars->nchars + 1));
    if (!cs->cps) return -1;
    while (i < chars->length) {
        int l;
        uint32_t c = u8dec(d + i, &l);
        if (c < 128) cs->ascii[c] = 1; else cs->cps[cs->n++] = c;
        i += l;
    }
    return 0;
}
static inline int cpset_has(cpset *cs, uint32_t c) {
    if (cs->ws) return is_space_cp(cs->tid, c);
    if (c < 128) return cs->ascii[c];
    for (Signed k = 0; k < cs->n; k++) if (cs->cps[k] == c) return 1;
    return 0;
}

static rpy_string *do_strip(rpy_string *s, rpy_string *chars, int left, int right) {
    cpset cs;
    if (cpset_init(&cs, s, chars) < 0) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    const unsigned char *d = (const unsigned char *)s->data;
    int bytes = RPY_TID(s) == RPY_TID_BYTES;
    Signed b0 = 0, b1 = s->length, removed = 0;
    if (left) {
        while (b0 < b1) {
            int l = 1;
            uint32_t c = bytes ? d[b0] : u8dec(d + b0, &l);
            if (!cpset_has(&cs, c)) break;
            b0 += l; removed++;
        }
    }
    if (right) {
        while (b1 > b0) {
            int l = 1;
            uint32_t c = bytes ? d[b1 - 1] : u8dec_prev(d, d + b1, &l);
            if (!cpset_has(&cs, c)) break;
            b1 -= l; removed++;
        }
    }
    free(cs.cps);
    if (removed == 0) return s;
    return substr(s, b0, b1, s->nchars - removed);
}
rpy_string *rpy_str_strip(rpy_string *s, rpy_string *chars) { return do_strip(s, chars, 1, 1); }
rpy_string *rpy_str_lstrip(rpy_string *s, rpy_string *chars) { return do_strip(s, chars, 1, 0); }
rpy_string *rpy_str_rstrip(rpy_string *s, rpy_string *chars) { return do_strip(s, chars, 0, 1); }

/* ---------------------------------------------------------------- split */

typedef struct pieces { Signed *v; Signed n, cap; int failed; } pieces;   /* pairs b0,b1 */
static void pc_add(pieces *p, Signed b0, Signed b1) {
    if (p->failed) return;
    if (p->n * 2 + 2 > p->cap) {
        Signed nc = p->cap ? p->cap * 2 : 16;
        Signed *nv = realloc(p->v, sizeof(Signed) * (size_t)nc);
        if (nv == NULL) { p->failed = 1; return; }
        p->v = nv; p->cap = nc;
    }
    p->v[p->n * 2] = b0; p->v[p->n * 2 + 1] = b1; p->n++;
}

/* builds the list of substrings of s; reverse: pieces were collected from
   the right.  Frees the pieces. */
static rpy_list *pieces_to_list(rpy_string *s, pieces *pc, int reverse) {
    if (pc->failed) { free(pc->v); rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    Signed n = pc->n;
    int ascii = is_ascii(s);
    void **slots = rpy_ss_top;
    RPY_PUSH(s);
    rpy_list *l = rpy_list_new(n, 1);
    if (l == NULL) { rpy_ss_top = slots; free(pc->v); return NULL; }
    RPY_PUSH(l);
    for (Signed k = 0; k < n; k++) {
        Signed idx = reverse ? n - 1 - k : k;
        Signed b0 = pc->v[2 * idx], b1 = pc->v[2 * idx + 1];
        rpy_string *cur = slots[0];
        Signed nch = ascii ? b1 - b0 : utf8_count(cur->data + b0, b1 - b0);
        rpy_string *piece = sub_from_slot(&slots[0], b0, b1, nch);
        if (piece == NULL) { rpy_ss_top = slots; free(pc->v); return NULL; }
        l = slots[1];
        RPY_WB(l->items);
        l->items->items[k].p = piece;
    }
    l = slots[1];
    rpy_ss_top = slots;
    free(pc->v);
    return l;
}

static inline Signed next_cp(const unsigned char *d, Signed i, Signed n, int bytes, uint32_t *c) {
    int l = 1;
    *c = bytes ? d[i] : u8dec(d + i, &l);
    (void)n;
    return i + l;
}

rpy_list *rpy_str_split(rpy_string *s, rpy_string *sep, Signed maxsplit) {
    pieces pc = { 0 };
    Signed maxcount = maxsplit < 0 ? LONG_MAX : maxsplit;
    const unsigned char *d = (const unsigned char *)s->data;
    Signed n = s->length;
    uint32_t tid = RPY_TID(s);
    int bytes = tid == RPY_TID_BYTES;
    if (sep == NULL) {
        Signed i = 0, j;
        uint32_t c;
        while (maxcount-- > 0) {
            while (i < n) { Signed k = next_cp(d, i, n, bytes, &c); if (!is_space_cp(tid, c)) break; i = k; }
            if (i == n) break;
            j = i;
            i = next_cp(d, i, n, bytes, &c);
            while (i < n) { Signed k = next_cp(d, i, n, bytes, &c); if (is_space_cp(tid, c)) break; i = k; }
            pc_add(&pc, j, i);
        }
        if (i < n) {
            while (i < n) { Signed k = next_cp(d, i, n, bytes, &c); if (!is_space_cp(tid, c)) break; i = k; }
            if (i != n) pc_add(&pc, i, n);
        }
        return pieces_to_list(s, &pc, 0);
    }
    if (sep->length == 0) { rpy_raise(RPY_EXC_ValueError, "empty separator"); return NULL; }
    Signed i = 0, m = sep->length;
    while (maxcount-- > 0) {
        const char *p = memmem(s->data + i, (size_t)(n - i), sep->data, (size_t)m);
        if (p == NULL) break;
        Signed j = p - s->data;
        pc_add(&pc, i, j);
        i = j + m;
    }
    pc_add(&pc, i, n);
    return pieces_to_list(s, &pc, 0);
}

rpy_list *rpy_str_rsplit(rpy_string *s, rpy_string *sep, Signed maxsplit) {
    pieces pc = { 0 };
    Signed maxcount = maxsplit < 0 ? LONG_MAX : maxsplit;
    const unsigned char *d = (const unsigned char *)s->data;
    Signed n = s->length;
    uint32_t tid = RPY_TID(s);
    int bytes = tid == RPY_TID_BYTES;
    if (sep == NULL) {
        /* i is the exclusive end of the unprocessed prefix */
        Signed i = n, j;
        uint32_t c;
        int l;
        while (maxcount-- > 0) {
            while (i > 0) { c = bytes ? (l = 1, d[i - 1]) : u8dec_prev(d, d + i, &l); if (!is_space_cp(tid, c)) break; i -= l; }
            if (i == 0) break;
            j = i;
            c = bytes ? (l = 1, d[i - 1]) : u8dec_prev(d, d + i, &l);
            i -= l;
            while (i > 0) { c = bytes ? (l = 1, d[i - 1]) : u8dec_prev(d, d + i, &l); if (is_space_cp(tid, c)) break; i -= l; }
            pc_add(&pc, i, j);
        }
        if (i > 0) {
            while (i > 0) { c = bytes ? (l = 1, d[i - 1]) : u8dec_prev(d, d + i, &l); if (!is_space_cp(tid, c)) break; i -= l; }
            if (i > 0) pc_add(&pc, 0, i);
        }
        return pieces_to_list(s, &pc, 1);
    }
    if (sep->length == 0) { rpy_raise(RPY_EXC_ValueError, "empty separator"); return NULL; }
    Signed j = n, m = sep->length;
    while (maxcount-- > 0) {
        Signed pos = mem_rfind(s->data, j, sep->data, m);
        if (pos < 0) break;
        pc_add(&pc, pos + m, j);
        j = pos;
    }
    pc_add(&pc, 0, j);
    return pieces_to_list(s, &pc, 1);
}

rpy_list *rpy_str_splitlines(rpy_string *s, int keepends) {
    pieces pc = { 0 };
    const unsigned char *d = (const unsigned char *)s->data;
    Signed n = s->length, i = 0, j = 0;
    int bytes = RPY_TID(s) == RPY_TID_BYTES;
    while (i < n) {
        Signed eol, brk = 0;   /* brk: length in bytes of the line break */
        while (i < n) {
            unsigned char c = d[i];
            if (c == '\n' || c == '\r') { brk = 1; break; }
            if (!bytes) {
                if (c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e)) { brk = 1; break; }
                if (c == 0xC2 && i + 1 < n && d[i + 1] == 0x85) { brk = 2; break; }
                if (c == 0xE2 && i + 2 < n && d[i + 1] == 0x80 && (d[i + 2] == 0xA8 || d[i + 2] == 0xA9)) { brk = 3; break; }
            }
            i++;
        }
        eol = i;
        if (i < n) {
            if (d[i] == '\r' && i + 1 < n && d[i + 1] == '\n') i += 2;
            else i += brk;
            if (keepends) eol = i;
        }
        pc_add(&pc, j, eol);
        j = i;
    }
    return pieces_to_list(s, &pc, 0);
}

rpy_string *rpy_str_join(rpy_string *sep, rpy_list *items) {
    Signed n = items->length;
    uint32_t tid = RPY_TID(sep);
    if (n == 0) return empty_of(tid);
    Signed total = 0, nch = 0;
    for (Signed k = 0; k < n; k++) {
        rpy_string *it = items->items->items[k].p;
        if (it == NULL) {
            char msg[100];
            snprintf(msg, sizeof msg, "sequence item %ld: expected %s instance, NoneType found",
                     k, tid == RPY_TID_BYTES ? "a bytes-like object" : "str");
            rpy_raise(RPY_EXC_TypeError, msg);
            return NULL;
        }
        total += it->length; nch += it->nchars;
        if (total > STR_MAX_BYTES) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    }
    if (n == 1) return items->items->items[0].p;
    total += sep->length * (n - 1);
    nch += sep->nchars * (n - 1);
    if (total > STR_MAX_BYTES) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    RPY_PUSH(sep); RPY_PUSH(items);
    rpy_string *r = rpy_str_alloc(tid, total);
    RPY_POP(rpy_list *, items); RPY_POP(rpy_string *, sep);
    if (r == NULL) return NULL;
    char *o = r->data;
    for (Signed k = 0; k < n; k++) {
        rpy_string *it = items->items->items[k].p;
        if (k > 0) { memcpy(o, sep->data, (size_t)sep->length); o += sep->length; }
        memcpy(o, it->data, (size_t)it->length); o += it->length;
    }
    r->nchars = nch;
    return r;
}

/* ---------------------------------------------------------------- chr, ord, UTF-8 */

rpy_string *rpy_str_chr(Signed cp) {
    if (cp < INT_MIN || cp > INT_MAX) {
        rpy_raise(RPY_EXC_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (cp < 0 || cp > 0x10FFFF) {
        rpy_raise(RPY_EXC_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    if (cp < 128) return char_of(RPY_TID_STR, (unsigned char)cp);
    char t[4];
    return rpy__str_new(RPY_TID_STR, t, u8enc((uint32_t)cp, t), 1);
}

Signed rpy_str_ord(rpy_string *s) {
    if (s->nchars != 1) {
        char msg[120];
        snprintf(msg, sizeof msg, "ord() expected a character, but string of length %ld found",
                 s->nchars);
        rpy_raise(RPY_EXC_TypeError, msg);
        return 0;
    }
    if (RPY_TID(s) == RPY_TID_BYTES) return (unsigned char)s->data[0];
    int l;
    return u8dec((const unsigned char *)s->data, &l);
}

/* Validates UTF-8 like CPython's strict decoder.  Returns the number of
   code points, or -1 with errmsg, estart and eend describing the first
   error. */
static Signed utf8_validate(const unsigned char *s, Signed n, const char **errmsg,
                            Signed *estart, Signed *eend) {
    Signed i = 0, nch = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) { i++; nch++; continue; }
        Signed left = n - i;
        int bad = 0;             /* 1: invalid start, 2/3/4: byte k invalid, 0: ok */
        int need;
        if (c < 0xC2) { bad = 1; need = 1; }
        else if (c < 0xE0) {
            need = 2;
            if (left < 2) goto end_of_data;
            if (!is_cont(s[i + 1])) bad = 2;
        } else if (c < 0xF0) {
            need = 3;
            if (left < 3) {
                if (left < 2) goto end_of_data;
                unsigned char c2 = s[i + 1];
                if (!is_cont(c2) || (c2 < 0xA0 ? c == 0xE0 : c == 0xED)) bad = 2;
                else goto end_of_data;
            } else {
                unsigned char c2 = s[i + 1], c3 = s[i + 2];
                if (!is_cont(c2) || (c2 < 0xA0 ? c == 0xE0 : c == 0xED)) bad = 2;
                else if (!is_cont(c3)) bad = 3;
            }
        } else if (c < 0xF5) {
            need = 4;
            if (left < 4) {
                if (left < 2) goto end_of_data;
                unsigned char c2 = s[i + 1];
                if (!is_cont(c2) || (c2 < 0x90 ? c == 0xF0 : c == 0xF4)) bad = 2;
                else if (left < 3) goto end_of_data;
                else if (!is_cont(s[i + 2])) bad = 3;
                else goto end_of_data;
            } else {
                unsigned char c2 = s[i + 1], c3 = s[i + 2], c4 = s[i + 3];
                if (!is_cont(c2) || (c2 < 0x90 ? c == 0xF0 : c == 0xF4)) bad = 2;
                else if (!is_cont(c3)) bad = 3;
                else if (!is_cont(c4)) bad = 4;
            }
        } else { bad = 1; need = 1; }
        if (bad == 1) { *errmsg = "invalid start byte"; *estart = i; *eend = i + 1; return -1; }
        if (bad) { *errmsg = "invalid continuation byte"; *estart = i; *eend = i + bad - 1; return -1; }
        i += need; nch++;
        continue;
    end_of_data:
        *errmsg = "unexpected end of data"; *estart = i; *eend = n;
        return -1;
    }
    return nch;
}

rpy_string *rpy_bytes_decode_utf8(rpy_string *b) {
    const char *errmsg;
    Signed es, ee;
    Signed nch = utf8_validate((const unsigned char *)b->data, b->length, &errmsg, &es, &ee);
    if (nch < 0) {
        char msg[160];
        if (ee - es == 1)
            snprintf(msg, sizeof msg, "'utf-8' codec can't decode byte 0x%02x in position %ld: %s",
                     (unsigned char)b->data[es], es, errmsg);
        else
            snprintf(msg, sizeof msg, "'utf-8' codec can't decode bytes in position %ld-%ld: %s",
                     es, ee - 1, errmsg);
        rpy_raise(RPY_EXC_UnicodeDecodeError, msg);
        return NULL;
    }
    if (b->length == 0) return empty_of(RPY_TID_STR);
    if (b->length == 1) return char_of(RPY_TID_STR, (unsigned char)b->data[0]);
    RPY_PUSH(b);
    rpy_string *r = rpy_str_alloc(RPY_TID_STR, b->length);
    RPY_POP(rpy_string *, b);
    if (r == NULL) return NULL;
    memcpy(r->data, b->data, (size_t)b->length);
    r->nchars = nch;
    return r;
}

rpy_string *rpy_str_encode_utf8(rpy_string *s) {
    const unsigned char *d = (const unsigned char *)s->data;
    if (!is_ascii(s)) {
        /* lone surrogates (chr(0xD800)...) are stored as ED A0..BF xx */
        Signed cp = 0;
        for (Signed i = 0; i < s->length; i++) {
            if (is_cont(d[i])) continue;
            if (d[i] == 0xED && i + 1 < s->length && d[i + 1] >= 0xA0) {
                char msg[120];
                int l;
                snprintf(msg, sizeof msg, "'utf-8' codec can't encode character '\\u%04x' in "
                         "position %ld: surrogates not allowed", u8dec(d + i, &l), cp);
                rpy_raise(RPY_EXC_ValueError, msg);   /* UnicodeEncodeError in CPython */
                return NULL;
            }
            cp++;
        }
    }
    if (s->length == 0) return empty_of(RPY_TID_BYTES);
    if (s->length == 1) return char_of(RPY_TID_BYTES, d[0]);
    RPY_PUSH(s);
    rpy_string *r = rpy_str_alloc(RPY_TID_BYTES, s->length);
    RPY_POP(rpy_string *, s);
    if (r == NULL) return NULL;
    memcpy(r->data, s->data, (size_t)s->length);
    return r;
}

/* ---------------------------------------------------------------- repr */

static const char hexdig[] = "0123456789abcdef";

static void repr_into(sbuf *b, rpy_string *s) {
    const unsigned char *d = (const unsigned char *)s->data;
    int bytes = RPY_TID(s) == RPY_TID_BYTES;
    int sq = memchr(d, '\'', (size_t)s->length) != NULL;
    int dq = memchr(d, '"', (size_t)s->length) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    if (bytes) sb_putc(b, 'b');
    sb_putc(b, quote);
    Signed i = 0;
    while (i < s->length && !b->failed) {
        int l = 1;
        uint32_t c = bytes ? d[i] : u8dec(d + i, &l);
        char t[12];
        if (c == (uint32_t)quote || c == '\\') { t[0] = '\\'; t[1] = (char)c; sb_putn(b, t, 2, 2); }
        else if (c == '\t') sb_putn(b, "\\t", 2, 2);
        else if (c == '\n') sb_putn(b, "\\n", 2, 2);
        else if (c == '\r') sb_putn(b, "\\r", 2, 2);
        else if (c < ' ' || c == 0x7f || (bytes && c >= 0x80)) {
            t[0] = '\\'; t[1] = 'x'; t[2] = hexdig[c >> 4]; t[3] = hexdig[c & 15];
            sb_putn(b, t, 4, 4);
        } else if (c < 0x7f) sb_putc(b, (char)c);
        else if (udb_flags(c) & U_PRINTABLE) sb_putn(b, (const char *)d + i, l, 1);
        else {
            int nd = c <= 0xff ? 2 : c <= 0xffff ? 4 : 8;
            t[0] = '\\'; t[1] = nd == 2 ? 'x' : nd == 4 ? 'u' : 'U';
            for (int k = 0; k < nd; k++) t[2 + k] = hexdig[(c >> (4 * (nd - 1 - k))) & 15];
            sb_putn(b, t, 2 + nd, 2 + nd);
        }
        i += l;
    }
    sb_putc(b, quote);
}

rpy_string *rpy_str_repr(rpy_string *s) {
    sbuf b = { 0 };
    repr_into(&b, s);
    return sb_finish(&b, RPY_TID_STR);
}
rpy_string *rpy_bytes_repr(rpy_string *s) { return rpy_str_repr(s); }

/* raises kind with "prefix" + repr(s), cut to maxchars code points if
   maxchars >= 0 (int() uses %.200R, float() %R) */
static void raise_with_repr(int kind, const char *prefix, rpy_string *s, Signed maxchars) {
    sbuf b = { 0 };
    sb_puts(&b, prefix);
    Signed start = b.len;
    repr_into(&b, s);
    sb_putn(&b, "", 0, 0);
    if (b.failed) { free(b.p); rpy_raise(RPY_EXC_MemoryError, ""); return; }
    Signed i = start, n = 0;
    while (i < b.len && (maxchars < 0 || n < maxchars)) {
        i++;
        while (i < b.len && is_cont((unsigned char)b.p[i])) i++;
        n++;
    }
    b.p[i] = 0;
    rpy_raise(kind, b.p);
    free(b.p);
}

/* ---------------------------------------------------------------- int(), float() */

/* Copies s into a malloc'ed ASCII buffer like CPython's
   _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ',
   Unicode decimal digits become '0'..'9', other non-ASCII becomes '?',
   NUL becomes '?' too (the parsers stop at NUL otherwise). */
static char *to_ascii_number(rpy_string *s, Signed *outlen) {
    char *buf = malloc((size_t)s->length + 1);
    if (buf == NULL) return NULL;
    const unsigned char *d = (const unsigned char *)s->data;
    Signed i = 0, o = 0;
    int bytes = RPY_TID(s) == RPY_TID_BYTES;
    while (i < s->length) {
        int l = 1;
        uint32_t c = bytes ? d[i] : u8dec(d + i, &l);
        if (c == 0) buf[o++] = '?';
        else if (c < 128) buf[o++] = (char)c;
        else if (bytes) buf[o++] = '?';
        else if (udb_flags(c) & U_SPACE) buf[o++] = ' ';
        else { int v = udb_decimal(c); buf[o++] = v >= 0 ? (char)('0' + v) : '?'; }
        i += l;
    }
    buf[o] = 0;
    *outlen = o;
    return buf;
}

static inline int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

Signed rpy_str_to_int(rpy_string *s, Signed base) {
    if ((base != 0 && base < 2) || base > 36) {
        rpy_raise(RPY_EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return 0;
    }
    Signed n, orig_base = base;
    char *buf = to_ascii_number(s, &n);
    if (buf == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return 0; }
    const unsigned char *p = (const unsigned char *)buf, *end = p + n;
    int neg = 0, error_if_nonzero = 0, overflow = 0;
    Signed digits = 0;
    uint64_t acc = 0;
    while (p < end && ascii_space(*p)) p++;
    if (p < end && *p == '+') p++;
    else if (p < end && *p == '-') { p++; neg = 1; }
    if (base == 0) {
        if (p >= end || p[0] != '0') base = 10;
        else if (p + 1 < end && (p[1] == 'x' || p[1] == 'X')) base = 16;
        else if (p + 1 < end && (p[1] == 'o' || p[1] == 'O')) base = 8;
        else if (p + 1 < end && (p[1] == 'b' || p[1] == 'B')) base = 2;
        else { error_if_nonzero = 1; base = 10; }
    }
    if (p + 1 < end && p[0] == '0' &&
        ((base == 16 && (p[1] == 'x' || p[1] == 'X')) ||
         (base == 8 && (p[1] == 'o' || p[1] == 'O')) ||
         (base == 2 && (p[1] == 'b' || p[1] == 'B')))) {
        p += 2;
        if (p < end && *p == '_') p++;    /* one underscore allowed after the prefix */
    }
    if (p < end && *p == '_') goto error;
    {
        const unsigned char *start = p;
        unsigned char prev = 0;
        while (p < end && (digit_value(*p) < base || *p == '_')) {
            if (*p == '_') {
                if (prev == '_') { p--; break; }
            } else {
                int v = digit_value(*p);
                digits++;
                if (acc > (UINT64_MAX - (uint64_t)v) / (uint64_t)base) overflow = 1;
                else acc = acc * (uint64_t)base + (uint64_t)v;
            }
            prev = *p;
            p++;
        }
        if (prev == '_') p--;     /* trailing underscore: not part of the number */
        if (digits == 0) goto error;
        if ((base & (base - 1)) != 0 && digits > 4300) {
            char msg[200];
            snprintf(msg, sizeof msg, "Exceeds the limit (4300 digits) for integer string "
                     "conversion: value has %ld digits; use sys.set_int_max_str_digits() to "
                     "increase the limit", digits);
            free(buf);
            rpy_raise(RPY_EXC_ValueError, msg);
            return 0;
        }
        if (error_if_nonzero && (acc != 0 || overflow)) goto error;
        if (p == start) goto error;
    }
    while (p < end && ascii_space(*p)) p++;
    if (p != end) goto error;
    free(buf);
    if (overflow || acc > (uint64_t)LONG_MAX + (neg ? 1u : 0u)) {
        rpy_raise(RPY_EXC_OverflowError, "int too large to convert");
        return 0;
    }
    return neg ? (Signed)(0 - acc) : (Signed)acc;
error:
    free(buf);
    {
        char prefix[64];
        snprintf(prefix, sizeof prefix, "invalid literal for int() with base %ld: ", orig_base);
        raise_with_repr(RPY_EXC_ValueError, prefix, s, 200);
    }
    return 0;
}

static int match_word(const char *p, const char *end, const char *w) {
    Signed n = (Signed)strlen(w);
    if (end - p != n) return 0;
    for (Signed k = 0; k < n; k++)
        if ((p[k] | 0x20) != w[k]) return 0;
    return 1;
}

/* parses a float literal; returns 0 on syntax error */
static int parse_float(char *buf, Signed n, double *out) {
    char *p = buf, *end = buf + n;
    while (p < end && ascii_space((unsigned char)*p)) p++;
    while (end > p && ascii_space((unsigned char)end[-1])) end--;
    if (p == end) return 0;
    /* underscores: only between digits; remove them */
    if (memchr(p, '_', (size_t)(end - p))) {
        char prev = 0, *o = p;
        for (char *q = p; q < end; q++) {
            if (*q == '_') {
                if (!(prev >= '0' && prev <= '9')) return 0;
            } else {
                if (prev == '_' && !(*q >= '0' && *q <= '9')) return 0;
                *o++ = *q;
            }
            prev = *q;
        }
        if (prev == '_') return 0;
        end = o;
    }
    char *q = p;
    int neg = 0;
    if (*q == '+' || *q == '-') { neg = *q == '-'; q++; }
    if (match_word(q, end, "inf") || match_word(q, end, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL; return 1;
    }
    if (match_word(q, end, "nan")) { *out = neg ? -NAN : NAN; return 1; }
    /* digits [. digits] [e [sign] digits], at least one mantissa digit */
    Signed nd = 0;
    while (q < end && *q >= '0' && *q <= '9') { q++; nd++; }
    if (q < end && *q == '.') { q++; while (q < end && *q >= '0' && *q <= '9') { q++; nd++; } }
    if (nd == 0) return 0;
    if (q < end && (*q == 'e' || *q == 'E')) {
        q++;
        if (q < end && (*q == '+' || *q == '-')) q++;
        Signed ne = 0;
        while (q < end && *q >= '0' && *q <= '9') { q++; ne++; }
        if (ne == 0) return 0;
    }
    if (q != end) return 0;
    *end = 0;
    *out = strtod(p, NULL);
    return 1;
}

double rpy_str_to_float(rpy_string *s) {
    Signed n;
    char *buf = to_ascii_number(s, &n);
    if (buf == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return 0.0; }
    double v;
    int ok = parse_float(buf, n, &v);
    free(buf);
    if (!ok) {
        raise_with_repr(RPY_EXC_ValueError, "could not convert string to float: ", s, -1);
        return 0.0;
    }
    return v;
}

/* ---------------------------------------------------------------- repr(float) */

/* Shortest digits that round-trip, as CPython's repr (David Gay's dtoa,
   mode 0): the fewest significant digits whose decimal value reads back
   as x, and among those the one closest to x (an exact tie takes the even
   last digit).

   Reading back rounds to nearest, ties to even, so the decimals that read
   back as x = c * 2**q (c < 2**53) are those in the rounding interval
   between the midpoints to x's neighbours, [4c-2, 4c+2] in units of
   2**(q-2); the ends belong to it when c is even.  At a power of two
   (c == 2**52, not the smallest normal) the neighbour below is twice as
   close, and the lower end is 4c-1.

   Pick k so the interval's width measured in units of 10**k is in [1, 10)
   (k = floor(log10(width))): then the interval holds at least one
   multiple of 10**k and at most one multiple of 10**(k+1).
     - If it holds a multiple of 10**(k+1), that one is the answer: any
       shorter candidate would be a multiple of 10**(k+1) too, so it is
       the only candidate of its length.
     - Otherwise every candidate is a multiple of 10**k or longer, and the
       multiples of 10**k inside all have the same number of digits (a
       change of length needs a power of ten, a multiple of 10**(k+1),
       inside).  The closest to x is floor(x / 10**k) or the next one up,
       whichever are inside; both inside: the nearer, a tie to even.
   (One candidate of equal length can escape: a power of ten against
   single digits just below it, e.g. 1e-323 against 9e-324; that only
   happens for 2 * 2**-1074, where the power of ten is also the nearer.)

   So everything reduces to floor(n * 2**(q-2) / 10**k), and whether it is
   exact, for n = the two ends and 8c (x/10**k with one more bit, to tell
   a half).  n < 2**56 and the result < 2**58.  pow10_table holds, per k,
   g = ceil(2**(e2+126) / 10**k) with e2 = floor(k * log2(10)); then
   n * 2**(q-e2) * g is the product times 2**128: its top 64 bits are the
   floor, its low 128 bits the fraction, over by less than n * 2**(q-e2)
   since g is rounded up by less than 1.  test/gen_float_pow10.py checks,
   for every exponent q, that no product n * 2**(q-2) / 10**k that is not
   an integer comes that close to an integer (the nearest approach is more
   than 20 times the error), so the floor is exact and "fraction below the
   error bound" means "exact". */

typedef unsigned __int128 u128;

/* BEGIN GENERATED POWERS OF TEN (test/gen_float_pow10.py) */
/* do not edit by hand; smallest margin: a non-integer product is at least
   22.0 times the error bound away from an integer (q=166, k=49) */
#define POW10_KMIN (-324)
#define POW10_KMAX 292
static const struct { uint64_t hi, lo; int32_t e2; } pow10_table[617] = {
{0x278676e4ad38c6eau, 0x5b01e8b09aa0d1b5u, -1077},
{0x3f3d8b077b8e0b10u, 0x919ca780f767b5eeu, -1073},
{0x3297a26c62d808dau, 0x0e16ec672c52f7f2u, -1070},
{0x28794ebd1be00714u, 0xd81256b8f0425ff5u, -1067},
{0x20610bca7cb338ddu, 0x79a84560c0351991u, -1064},
{0x33ce7943fab85afbu, 0xf5da089acd21c281u, -1060},
{0x2971fa9cc8937bfcu, 0xc4ae6d48a41b0201u, -1057},
{0x2127fbb0a075fccau, 0x36f1f106e9af34cdu, -1054},
{0x350cc5e767232e10u, 0x57e981a4a918547bu, -1050},
{0x2a709e52b8e8f1a6u, 0xacbace1d541376c9u, -1047},
{0x21f3b1dbc720c152u, 0x23c8a4e44342c56eu, -1044},
{0x3652b62c71ce021du, 0x060dd4a06b9e08b0u, -1040},
{0x2b755e89f4a4ce7du, 0x9e7176e6bc7e6d59u, -1037},
{0x22c44ba19083d864u, 0x7ec12bebc9febde1u, -1034},
{0x37a0790280d2f3d3u, 0xfe01dfdfa9979635u, -1030},
{0x2c8060cecd758fdcu, 0xcb34b319547944f7u, -1027},
{0x2399e70bd7913fe3u, 0xd5c3c27aa9fa9d93u, -1024},
{0x38f63e7958e86639u, 0x560603f7765dc8eau, -1020},
{0x2d91cb94472051c7u, 0x7804cff92b7e3a55u, -1017},
{0x2474a2dd05b3749fu, 0x93370cc755fe9511u, -1014},
{0x3a5437c8091f20ffu, 0x51f1ae0bbcca881bu, -1010},
{0x2ea9c639a0e5b3ffu, 0x74c1580963d539afu, -1007},
{0x25549e9480b7c332u, 0xc3cde0078310faf3u, -1004},
{0x3bba97540126051eu, 0x0616333f381b2b1eu, -1000},
{0x2fc8791000eb374bu, 0x3811c298f9af55b1u, -997},
{0x2639fa7333ef5f6fu, 0x600e35472e25de28u, -994},
{0x3d2990b8531898b2u, 0x3349eed849d6303fu, -990},
{0x30ee0d60427a13c1u, 0xc2a18be03b11c033u, -987},
{0x2724d780352e7634u, 0x9bb46fe695a7ccf5u, -984},
{0x3ea158cd21e3f054u, 0x2c53e63dbc3fae55u, -980},
{0x321aad70e7e98d10u, 0x237651cafcffbeaau, -977},
{0x2815578d865470d9u, 0xb5f8416f30cc9888u, -974},
{0x201112d79ea9f3e1u, 0x5e603458f3d6e06du, -971},
{0x334e848c310fec9bu, 0xca3386f4b957cd7bu, -967},
{0x290b9d3cf40cbd49u, 0x6e8f9f2a2ddfd796u, -964},
{0x20d61763f670976du, 0xf20c7f54f17fdfabu, -961},
{0x3489bf06571a8be3u, 0x1ce0cbbb1bffcc45u, -957},
{0x2a07cc05127ba31cu, 0x171a3c95afffd69eu, -954},
{0x219fd66a752fb5b0u, 0x127b63aaf3331218u, -951},
{0x35cc8a43eeb2bc4cu, 0xea5f05de51eb5026u, -947},
{0x2b0a0836588efd0au, 0x5518d17ea7ef7352u, -944},
{0x226e6cf846d8ca6eu, 0xaa7a41321ff2c2a8u, -941},
{0x371714c0715add7du, 0xdd906850331e043fu, -937},
{0x2c1277005aaf1797u, 0xe47386a68f4b3699u, -934},
{0x2341f8cd1558dfacu, 0xb6c2d21ed908f87bu, -931},
{0x38698e14eef49914u, 0x579e1cfe280e5a5du, -927},
{0x2d213e7725907a76u, 0xac7e7d98200b7b7eu, -924},
{0x241a985f514061f8u, 0x89fecae019a2c932u, -921},
{0x39c426fee8670327u, 0x43314499c29e0eb6u, -917},
{0x2e368598b9ec0285u, 0xcf5a9d47cee4d891u, -914},
{0x24f86ae094bcced1u, 0x72aee4397250ad41u, -911},
{0x3b27116754614ae8u, 0xb77e39f583b44868u, -907},
{0x2f527452a9e76f20u, 0x92cb61913629d387u, -904},
{0x25db90422185f280u, 0x756f8140f8217605u, -901},
{0x3c928069cf3cb733u, 0xef18cece59cf233cu, -897},
{0x30753387d8fd5f5cu, 0xbf470bd847d8e8fdu, -894},
{0x26c429397a644c4au, 0x329f3cad064720cau, -891},
{0x3e06a85bf706e076u, 0xb7652de1a3a50143u, -887},
{0x319eed165f38b392u, 0x2c50f1814fb73436u, -884},
{0x27b2574518fa2941u, 0xbd0d8e010c92902bu, -881},
{0x3f83bed4f4c37535u, 0xfb48e334e0ea8045u, -877},
{0x32cfcbdd909c5dc4u, 0xc9071c2a4d88669du, -874},
{0x28a63cb1407d17d0u, 0xa0d27ceea46d1ee4u, -871},
{0x2084fd5a99fdaca6u, 0xe70eca58838a7f1du, -868},
{0x3407fbc42995e10bu, 0x0b4add5a6c10cb62u, -864},
{0x299ffc9cee1180d5u, 0xa2a24aaebcda3c4eu, -861},
{0x214cca1724dacd77u, 0xb54ea22563e1c9d8u, -858},
{0x3547a9bea15e158cu, 0x554a9d089fcfa95au, -854},
{0x2a9fbafee77e77a3u, 0x776ee406e63fbaaeu, -851},
{0x2219626585fec61cu, 0x5f8be99f1e996225u, -848},
{0x368f03d5a3313cfau, 0x327975cb64289d08u, -844},
{0x2ba59caae8f430c8u, 0x28612b091ced4a6du, -841},
{0x22eae3bbed902706u, 0x86b4226db0bdd524u, -838},
{0x37de392caf4d0b3du, 0xa4536a491ac95506u, -834},
{0x2cb1c756f2a408feu, 0x1d0f883a7bd44405u, -831},
{0x23c16c458ee9a0cbu, 0x4a72d361fca9d004u, -828},
{0x39357a08e4a90145u, 0x43eaebcffaa94cd3u, -824},
{0x2dc461a0b6ed9a9du, 0xcfef230cc88770a9u, -821},
{0x249d1ae6f8be154bu, 0x0cbf4f3d6d3926eeu, -818},
{0x3a94f7d7f4635544u, 0xe1321862485b717cu, -814},
{0x2edd931329e91103u, 0xe75b46b506af8dfdu, -811},
{0x257e0f4287eda736u, 0x52af6bc405593e64u, -808},
{0x3bfce5373fe2a523u, 0xb77f12d33bc1fd6du, -804},
{0x2ffd842c331bb74fu, 0xc5ff42429634cabdu, -801},
{0x266469bcf5afc5d9u, 0x6b329b68782a3bcbu, -798},
{0x3d6d75fb22b2d628u, 0xab842bda59dd2c77u, -794},
{0x31245e628228ab53u, 0xbc69bcaeae4a89f9u, -791},
{0x27504b8201ba22a9u, 0x6387ca25583ba194u, -788},
{0x3ee6df366929d10fu, 0x05a6103bc05f68edu, -784},
{0x32524c2b8754a73fu, 0x37b80cfc99e5ed8au, -781},
{0x2841d689391085ccu, 0x2c933d96e184be08u, -778},
{0x2034aba0fa739e3cu, 0xf075cadf1ad09807u, -775},
{0x3387790190b8fd2eu, 0x4d8944982ae759a4u, -771},
{0x29392d9ada2d9758u, 0x3e076a135585e150u, -768},
{0x20fa8ae248247913u, 0x64d2bb42aad1810du, -765},
{0x34c4116a0d07281fu, 0x07b7920444826815u, -761},
{0x2a367454d738ece5u, 0x9fc60e69d0685344u, -758},
{0x21c529dd78fa571eu, 0x196b3ebb0d20429du, -755},
{0x360842fbf4c3be96u, 0x8f11fdf815006a94u, -751},
{0x2b39cf2ff702fedeu, 0xd8db319344005543u, -748},
{0x2294a5bff8cf324bu, 0xe0af5adc3666aa9cu, -745},
{0x37543c665ae51d46u, 0x344bc4938a3dddc7u, -741},
{0x2c4363851584176bu, 0x5d096a0fa1cb17d2u, -738},
{0x23691c6a779cdf89u, 0x173abb3fb4a27975u, -735},
{0x38a82d7725c7cc0eu, 0x8b912b992103f588u, -731},
{0x2d535792849fd672u, 0x0940efadb4032ad3u, -728},
{0x2442ac7536e64528u, 0x07672624900288a9u, -725},
{0x3a044721f1706ea6u, 0x723ea36db337410eu, -721},
{0x2e69d2818df38bb8u, 0x5b654f8af5c5cda5u, -718},
{0x25217534718fa2f9u, 0xe2b772d5916b0aebu, -715},
{0x3b68bb871c1904c3u, 0x0458b7bc1bde77ddu, -711},
{0x2f86fc6c167a6a35u, 0x9d13c630164b9318u, -708},
{0x260596bcdec854f7u, 0xb0dc9e8cdea2dc13u, -705},
{0x3cd5bdfafe0d54bfu, 0x8160fdae31049351u, -701},
{0x30aafe6264d776ffu, 0x9ab3fe24f403a90eu, -698},
{0x26ef31e850ac5f32u, 0xe229981d9002eda5u, -695},
{0x3e4b830d4de09851u, 0x69dc2695b337e2a1u, -691},
{0x31d602710b1a1374u, 0x54b01ede28f9821bu, -688},
{0x27de685a6f480f90u, 0x43c018b1ba6134e2u, -685},
{0x3fca4090b20ce5b3u, 0x9f99c11c5d68549du, -681},
{0x330833a6f4d71e29u, 0x4c7b00e37ded107eu, -678},
{0x28d35c8590ac1821u, 0x09fc00b5fe574065u, -675},
{0x20a916d14089ace7u, 0x3b3000919845cd1du, -672},
{0x3441be1b9a75e171u, 0xf84ccdb5c06fae95u, -668},
{0x29ce31afaec4b45bu, 0x2d0a3e2b00595877u, -665},
{0x2171c159589d5d15u, 0xbda1cb5599e11393u, -662},
{0x3582cef55a9561bcu, 0x629c7888f634ec1eu, -658},
{0x2acf0bf77baab496u, 0xb549fa072b5d89b1u, -655},
{0x223f3cc5fc889078u, 0x9107fb38ef7e07c1u, -652},
{0x36cb946ffa741a5au, 0x81a65ec17f300c68u, -648},
{0x2bd610599529aeaeu, 0xce1eb23465c009edu, -645},
{0x2311a6ae10ee2558u, 0xa4e55b5d1e333b24u, -642},
{0x381c3de34e49d55au, 0xa16ef894fd1ec506u, -638},
{0x2ce364b5d83b1115u, 0x4df2607730e56a6cu, -635},
{0x23e91d5e4695a744u, 0x3e5b805f5a5121f0u, -632},
{0x3974fbca0a890ba0u, 0x63c59a322a1b697fu, -628},
{0x2df72fd4d53a6fb3u, 0x83047b5b54e2baccu, -625},
{0x24c5bfdd7761f2f6u, 0x0269fc4910b5623du, -622},
{0x3ad5ffc8bf031e56u, 0x6a432d41b45569fbu, -618},
{0x2f11996d659c1845u, 0x21cf5767c37787fcu, -615},
{0x25a7adf11e1679d0u, 0xe7d912b9692c6ccau, -612},
{0x3c3f7cb4fcf0c2e7u, 0xd95b5128a8471476u, -608},
{0x3032ca2a63f3cf1fu, 0xe115da86ed05a9f8u, -605},
{0x268f0821e98fd8e6u, 0x4dab1538bd9e2193u, -602},
{0x3db1a69ca8e627d6u, 0xe2ab552795c9cf52u, -598},
{0x315aebb0871e8645u, 0x8222aa86116e3f75u, -595},
{0x277befc06c186b6au, 0xce822204dabe992au, -592},
{0x3f2cb2cd79c0abdeu, 0x17369cd49130f510u, -588},
{0x328a28a46166efe4u, 0xdf5ee3dd40f3f740u, -585},
{0x286e86e9e7858cb7u, 0x1918b64a9a5cc5cdu, -582},
{0x20586bee52d13d5fu, 0x4746f83baeb09e3eu, -579},
{0x33c0acb08481fbcbu, 0xa53e59f91780fd2fu, -575},
{0x2966f08d36ce6309u, 0x50feae60df9a6426u, -572},
{0x211f26d75f0b826du, 0xda65584d7faeb685u, -569},
{0x34fea48bcb459d7cu, 0x90a226e265e4573bu, -565},
{0x2a65506fd5d14acau, 0x0d4e8581eb1d1295u, -562},
{0x21eaa6bfde4108a1u, 0xa43ed134bc174211u, -559},
{0x36443dffca01a769u, 0x06cae85460253682u, -555},
{0x2b69cb33080152bau, 0x6bd586a9e6842b9bu, -552},
{0x22bb08f5a0010efbu, 0x89779eee52035616u, -549},
{0x3791a7ef666817f8u, 0xdbf297e3b66bbcefu, -545},
{0x2c7486591eb9acc7u, 0x165bacb62b8963f3u, -542},
{0x23906b7a7efaf09fu, 0x451623c4efa11cc2u, -539},
{0x38e7125d97f7e765u, 0x3b569fa17f682e03u, -535},
{0x2d85a84adff985eau, 0x95dee61acc535803u, -532},
{0x246aed08b32e04bbu, 0xab18b8157042accfu, -529},
{0x3a44ae7451e33ac5u, 0xde8df355806aae18u, -525},
{0x2e9d585d0e4f6237u, 0xe53e5c4466bbbe7au, -522},
{0x254aad173ea5e82cu, 0xb765169d1efc9861u, -519},
{0x3baaae8b976fd9e1u, 0x256e8a94fe60f3cfu, -515},
{0x2fbbbed612bfe180u, 0xeabed543feb3f63fu, -512},
{0x262fcbde75664e00u, 0xbbcbddcffef65e99u, -509},
{0x3d194630bbd6e334u, 0x5fac961997f0975bu, -505},
{0x30e104f3c978b5c3u, 0x7fbd44e1465a12afu, -502},
{0x271a6a5ca12d5e35u, 0xffca9d810514dbbfu, -499},
{0x3e90aa2dceaefd23u, 0x32ddc8ce6e87c5ffu, -495},
{0x320d54f17225974fu, 0x5be4a0a525396b32u, -492},
{0x280aaa5ac1b7ac3fu, 0x7cb6e6ea842def5cu, -489},
{0x200888489af95699u, 0x30925255368b25e3u, -486},
{0x3340da0dc4c22428u, 0x4db6ea21f0dea304u, -482},
{0x2900ae716a34e9b9u, 0xd7c5881b2718826au, -479},
{0x20cd585abb5d87c7u, 0xdfd139af527a01efu, -476},
{0x347bc0912bc8d93fu, 0xcc81f5e550c3364au, -472},
{0x29fc9a0dbca0adccu, 0xa39b2b1dda35c508u, -469},
{0x2196e1a496e6f170u, 0x82e288e4ae916a6du, -466},
{0x35be35d424a4b580u, 0xd16a74a1174f10aeu, -462},
{0x2afe917683b6f79au, 0x4121f6e745d8da25u, -459},
{0x2265412b9c925faeu, 0x9a8192529e4714ebu, -456},
{0x37086845c7509917u, 0x5d9c1d50fd3e87ddu, -452},
{0x2c06b9d16c407a79u, 0x17b01773fdcb9fe4u, -449},
{0x233894a789cd2ec7u, 0x4626792997d61984u, -446},
{0x385a8772761517a5u, 0x3d0a5b75bfbcf59fu, -442},
{0x2d1539285e77461du, 0xca6eaf916630c47fu, -439},
{0x2410fa86b1f904e4u, 0xa1f2260deb5a36ccu, -436},
{0x39b4c40ab65b3b07u, 0x69837016455d247au, -432},
{0x2e2a366ef848fc05u, 0xee02c011d1175062u, -429},
{0x24ee91f2603a6337u, 0xf19bccdb0dac404eu, -426},
{0x3b174fea33909ebfu, 0xe8f947c4e2ad33b0u, -422},
{0x2f45d98829407effu, 0xed94396a4ef0f627u, -419},
{0x25d17ad3543398ccu, 0xbe102deea58d91b9u, -416},
{0x3c825e1eed1f5ae1u, 0x3019e3176f48e927u, -412},
{0x30684b4bf0e5e24du, 0xc014b5ac590720ecu, -409},
{0x26b9d5d65a5181d7u, 0xccdd5e237a6c1a57u, -406},
{0x3df622f090826959u, 0x47c8969f2a46908au, -402},
{0x3191b58d40685447u, 0x6ca0787f5505406fu, -399},
{0x27a7c4710053769fu, 0x8a19f9ff773766bfu, -396},
{0x3f72d3e800858a98u, 0xdcf65ccbf1f23dfeu, -392},
{0x32c24320006ad547u, 0x172b7d6ff4c1cb32u, -389},
{0x289b68e666bbddd2u, 0x78ef978cc3ce3c28u, -386},
{0x207c53eb856317dbu, 0x93f2dfa3cfd83020u, -383},
{0x33fa1fdf3bd1bfc5u, 0xb98499061959e699u, -379},
{0x2994e64c2fdaffd1u, 0x6136e0d1ade18548u, -376},
{0x2143eb702648cca7u, 0x80f8b3daf181376du, -373},
{0x353978b370747aa5u, 0x9b27862b1c01f247u, -369},
{0x2a94608f8d29fbb7u, 0xaf52d1bc1667f506u, -366},
{0x22104d3fa421962cu, 0x8c424163451ff738u, -363},
{0x36807b99069c237au, 0x7a039bd208332526u, -359},
{0x2b99fc7a6bb01c61u, 0xfb361641a028ea85u, -356},
{0x22e196c856267d1bu, 0x2f5e78348020bb9eu, -353},
{0x37cf57a6f03d94f8u, 0x4bca59ed99cdf8fcu, -349},
{0x2ca5dfb8c03143f9u, 0xd63b7b247b0b2d96u, -346},
{0x23b7e62d668dcffbu, 0x11c92f50626f57acu, -343},
{0x39263d1570e2e65eu, 0x82db7ee703e55912u, -339},
{0x2db830ddf3e8b84bu, 0x9be2cbec031de0dcu, -336},
{0x24935a4b2986f9d6u, 0x164f09899c17e716u, -333},
{0x3a855d450f3e5c89u, 0xbd4b4275c68ca4f0u, -329},
{0x2ed1176a72984a07u, 0xcaa29b916ba3b726u, -326},
{0x257412bb8ee03b39u, 0x6ee87c74561c9285u, -323},
{0x3beceac5b166c528u, 0xb173fa53bcfa8408u, -319},
{0x2ff0bbd15ab89dbau, 0x278ffb7630c869a0u, -316},
{0x265a2fdaaefa17c8u, 0x1fa662c4f3d387b3u, -313},
{0x3d5d195de4c35940u, 0x32a3d13b1fb8d91fu, -309},
{0x3117477e509c4766u, 0x8ee9742f4c93e0e6u, -306},
{0x2745d2cb73b0391eu, 0xd8bac3590a0fe71eu, -303},
{0x3ed61e1252b38e97u, 0xc12ad228101971c9u, -299},
{0x3244e4db755c7213u, 0x00ef0e8673478e3bu, -296},
{0x28371d7c5de38e75u, 0x9a58d86b8f6c71c9u, -293},
{0x202c1796b182d85eu, 0x1513e0560c56c16eu, -290},
{0x3379bf57826af3c9u, 0xbb530089ad579be2u, -286},
{0x292e32ac68558fd4u, 0x95dc006e2446164fu, -283},
{0x20f1c22386aad976u, 0xde4999f1b69e783fu, -280},
{0x34b6036c0aaaf58au, 0xfd428fe92430c065u, -276},
{0x2a2b35f00888c46fu, 0x31020cba835a3384u, -273},
{0x21bc2b266d3a36bfu, 0x5a680a2ecf7b5c69u, -270},
{0x35f9dea3e1f6bdfeu, 0xf70cdd17b25efa42u, -266},
{0x2b2e4bb64e5efe65u, 0x9270b0dfc1e59502u, -263},
{0x228b6fc50b7f31eau, 0xdb8d5a4c9b1e10ceu, -260},
{0x37457fa1abfeb644u, 0x927bc3adc4fce7b0u, -256},
{0x2c37994e23322b6au, 0x0ec96957d0ca52f3u, -253},
{0x235fadd81c2822bbu, 0x3f07877973d50f29u, -250},
{0x3899162693736ac5u, 0x31a5a58f1fbb4b75u, -246},
{0x2d4744eba9292237u, 0x5aeaead8e62f6f91u, -243},
{0x243903efba874e92u, 0xaf22557a51bf8c74u, -240},
{0x39f4d3192a721751u, 0x1836ef2a1c65ad86u, -236},
{0x2e5d75adbb8e790du, 0xacf8bf54e3848ad2u, -233},
{0x25179157c93ec73eu, 0x23fa32aa4f9d3bdbu, -230},
{0x3b58e88c75313ec9u, 0xd329eaaa18fb92f8u, -226},
{0x2f7a53a390f4323bu, 0x0f54bbbb472fa8c6u, -223},
{0x25fb761c73f68e95u, 0xa5dd62fc38f2ed6cu, -220},
{0x3cc589c71ff0e422u, 0xa2fbd1938e517bdfu, -216},
{0x309e07d27ff3e9b5u, 0x4f2fdadc71dac97fu, -213},
{0x26e4d30eccc3215du, 0xd8f3157d27e23accu, -210},
{0x3e3aeb4ae1383562u, 0xf4b82261d969f7adu, -206},
{0x31c8bc3be7602ab5u, 0x90934eb4adee5fbeu, -203},
{0x27d3c9c985e68891u, 0x4075d8908b251965u, -200},
{0x3fb942dc0970da82u, 0x00bc8db411d4f56eu, -196},
{0x32fa9be33ac0aeceu, 0x66fd3e29a7dd9125u, -193},
{0x28c87cb5c89a2571u, 0xebfdcb54864ada84u, -190},
{0x20a063c4a07b5127u, 0xeffe3c439ea2486au, -187},
{0x3433d2d433f881d9u, 0x7ffd2d38fdd073dcu, -183},
{0x29c30f1029939b14u, 0x6664242d97d9f649u, -180},
{0x2168d8d9badc7c10u, 0x51e9b68adfe191d4u, -177},
{0x35748e292afa601au, 0x1ca924116635b620u, -173},
{0x2ac3a4edbbfb8014u, 0xe3ba83411e915e80u, -170},
{0x22361d8afcc93343u, 0xe962029a7edab200u, -167},
{0x36bcfc1194751ed3u, 0x0f03375d97c45000u, -163},
{0x2bca63414390e575u, 0xa59c2c4adfd04000u, -160},
{0x23084f676940b791u, 0x5149bd08b30d0000u, -157},
{0x380d4bd8a8678c1bu, 0xb542c80deb480000u, -153},
{0x2cd76fe086b93ce2u, 0xf768a00b22a00000u, -150},
{0x23df8cb39efa971bu, 0xf9208008e8800000u, -147},
{0x3965adec3190f1c6u, 0x5b67334174000000u, -143},
{0x2deaf189c140c16bu, 0x7c528f6790000000u, -140},
{0x24bbf46e3433cdefu, 0x96a872b940000000u, -137},
{0x3ac653e386b9497fu, 0x5773eac200000000u, -133},
{0x2f050fe938943accu, 0x45f6556800000000u, -130},
{0x259da6542d43623du, 0x04c5112000000000u, -127},
{0x3c2f7086aed236c8u, 0x07a1b50000000000u, -123},
{0x3025f39ef241c56cu, 0xd2e7c40000000000u, -120},
{0x2684c2e58e9b0457u, 0x0f1fd00000000000u, -117},
{0x3da137d5b0f806f1u, 0xb1cc800000000000u, -113},
{0x314dc6448d9338c1u, 0x5b0a000000000000u, -110},
{0x27716b6a0adc2d67u, 0x7c08000000000000u, -107},
{0x3f1bdf10116048a5u, 0x9340000000000000u, -103},
{0x327cb2734119d3b7u, 0xa900000000000000u, -100},
{0x2863c1f5cdae42f9u, 0x5400000000000000u, -97},
{0x204fce5e3e250261u, 0x1000000000000000u, -94},
{0x33b2e3c9fd0803ceu, 0x8000000000000000u, -90},
{0x295be96e64066972u, 0x0000000000000000u, -87},
{0x2116545850052128u, 0x0000000000000000u, -84},
{0x34f086f3b33b6840u, 0x0000000000000000u, -80},
{0x2a5a058fc295ed00u, 0x0000000000000000u, -77},
{0x21e19e0c9bab2400u, 0x0000000000000000u, -74},
{0x3635c9adc5dea000u, 0x0000000000000000u, -70},
{0x2b5e3af16b188000u, 0x0000000000000000u, -67},
{0x22b1c8c1227a0000u, 0x0000000000000000u, -64},
{0x3782dace9d900000u, 0x0000000000000000u, -60},
{0x2c68af0bb1400000u, 0x0000000000000000u, -57},
{0x2386f26fc1000000u, 0x0000000000000000u, -54},
{0x38d7ea4c68000000u, 0x0000000000000000u, -50},
{0x2d79883d20000000u, 0x0000000000000000u, -47},
{0x246139ca80000000u, 0x0000000000000000u, -44},
{0x3a35294400000000u, 0x0000000000000000u, -40},
{0x2e90edd000000000u, 0x0000000000000000u, -37},
{0x2540be4000000000u, 0x0000000000000000u, -34},
{0x3b9aca0000000000u, 0x0000000000000000u, -30},
{0x2faf080000000000u, 0x0000000000000000u, -27},
{0x2625a00000000000u, 0x0000000000000000u, -24},
{0x3d09000000000000u, 0x0000000000000000u, -20},
{0x30d4000000000000u, 0x0000000000000000u, -17},
{0x2710000000000000u, 0x0000000000000000u, -14},
{0x3e80000000000000u, 0x0000000000000000u, -10},
{0x3200000000000000u, 0x0000000000000000u, -7},
{0x2800000000000000u, 0x0000000000000000u, -4},
{0x4000000000000000u, 0x0000000000000000u, 0},
{0x3333333333333333u, 0x3333333333333334u, 3},
{0x28f5c28f5c28f5c2u, 0x8f5c28f5c28f5c29u, 6},
{0x20c49ba5e353f7ceu, 0xd916872b020c49bbu, 9},
{0x346dc5d63886594au, 0xf4f0d844d013a92bu, 13},
{0x29f16b11c6d1e108u, 0xc3f3e0370cdc8755u, 16},
{0x218def416bdb1a6du, 0x698fe69270b06c44u, 19},
{0x35afe535795e90afu, 0x0f4ca41d811a46d4u, 23},
{0x2af31dc4611873bfu, 0x3f70834acdae9f10u, 26},
{0x225c17d04dad2965u, 0xcc5a02a23e254c0du, 29},
{0x36f9bfb3af7b756fu, 0xad5cd10396a21347u, 33},
{0x2bfaffc2f2c92abfu, 0xbde3da69454e75d3u, 36},
{0x232f33025bd42232u, 0xfe4fe1edd10b9175u, 39},
{0x384b84d092ed0384u, 0xca19697c81ac1befu, 43},
{0x2d09370d42573603u, 0xd4e1213067bce326u, 46},
{0x24075f3dceac2b36u, 0x43e74dc052fd8285u, 49},
{0x39a5652fb1137856u, 0xd30baf9a1e626a6du, 53},
{0x2e1dea8c8da92d12u, 0x426fbfae7eb521f1u, 56},
{0x24e4bba3a4875741u, 0xcebfcc8b9890e7f4u, 59},
{0x3b07929f6da55869u, 0x4acc7a78f41b0cbau, 63},
{0x2f394219248446bau, 0xa23d2ec729af3d62u, 66},
{0x25c768141d369efbu, 0xb4fdbf05baf29781u, 69},
{0x3c7240202ebdcb2cu, 0x54c931a2c4b758cfu, 73},
{0x305b66802564a289u, 0xdd6dc14f03c5e0a5u, 76},
{0x26af8533511d4ed4u, 0xb1249aa59c9e4d51u, 79},
{0x3de5a1ebb4fbb154u, 0x4ea0f76f60fd4882u, 83},
{0x318481895d962776u, 0xa54d92bf80caa068u, 86},
{0x279d346de4781f92u, 0x1dd7a89933d54d20u, 89},
{0x3f61ed7ca0c03283u, 0x62f2a75b86221500u, 93},
{0x32b4bdfd4d668ecfu, 0x825bb91604e810cdu, 96},
{0x289097fdd7853f0cu, 0x684960de6a5340a4u, 99},
{0x2073accb12d0ff3du, 0x203ab3e521dc33b6u, 102},
{0x33ec47ab514e652eu, 0x99f7863b696052bdu, 106},
{0x2989d2ef743eb758u, 0x7b2c6b62bab37564u, 109},
{0x213b0f25f69892adu, 0x2f56bc4efbc2c450u, 112},
{0x352b4b6ff0f41de1u, 0xe55793b192d13a1au, 116},
{0x2a8909265a5ce4b4u, 0xb77942f475742e7bu, 119},
{0x22073a8515171d5du, 0x5f9435905df68b96u, 122},
{0x3671f73b54f1c895u, 0x65b9ef4d63241289u, 126},
{0x2b8e5f62aa5b06ddu, 0xeafb25d782834207u, 129},
{0x22d84c4eeeaf38b1u, 0x88c8eb12cecf6806u, 132},
{0x37c07a17e44b8de8u, 0xdadb11b7b14bd9a3u, 136},
{0x2c99fb46503c7187u, 0x157c0e2c8dd647b5u, 139},
{0x23ae629ea696c138u, 0xddfcd823a4ab6c91u, 142},
{0x391704310a8acec1u, 0x632e269f6ddf141bu, 146},
{0x2dac035a6ed57234u, 0x4f581ee5f17f4349u, 149},
{0x24899c4858aac1c3u, 0x72ace584c1329c3bu, 152},
{0x3a75c6da27779c6bu, 0xeaae3c079b842d2au, 156},
{0x2ec49f14ec5fb056u, 0x5558300616035755u, 159},
{0x256a18dd89e626abu, 0x7779c004de6912abu, 162},
{0x3bdcf495a9703ddfu, 0x258f99a163db5111u, 166},
{0x2fe3f6de212697e5u, 0xb7a614811caf740du, 169},
{0x264ff8b1b41edfeau, 0xf951aa00e3bf900bu, 172},
{0x3d4cc11c53649977u, 0xf54f7667d2cc19abu, 176},
{0x310a3416a91d4793u, 0x2aa5f8530f09ae22u, 179},
{0x273b5cdeedb1060fu, 0x55519375a5a1581bu, 182},
{0x3ec56164af81a34bu, 0xbbb5b8bc3c3559c5u, 186},
{0x3237811d593482a2u, 0xfc9160969691149eu, 189},
{0x282c674aadc39bb5u, 0x96dab3ababa743b2u, 192},
{0x202385d557cfafc4u, 0x78aef622efb902f5u, 195},
{0x336c0955594c4c6du, 0x8de4bd04b2c19e54u, 199},
{0x29233aaaadd6a38au, 0xd7ea30d08f014b76u, 202},
{0x20e8fbbbbe454fa2u, 0x4654f3da0c01092cu, 205},
{0x34a7f92c63a21903u, 0xa3bb1fc346680eacu, 209},
{0x2a1ffa89e94e7a69u, 0x4fc8e635d1ecd88au, 212},
{0x21b32ed4baa52ebau, 0xa63a51c4a7f0ad3bu, 215},
{0x35eb7e212aa1e45du, 0xd6c3b607731aaec4u, 219},
{0x2b22cb4dbbb4b6b1u, 0x789c919f8f488bd0u, 222},
{0x22823c3e2fc3c55au, 0xc6e3a7b2d906d640u, 225},
{0x3736c6c9e6060891u, 0x3e390c515b3e239au, 229},
{0x2c2bd23b1e6b3a0du, 0xcb60d6a77c31b615u, 232},
{0x235641c8e52294d7u, 0xd5e7121f968e2b44u, 235},
{0x388a02db0837548cu, 0x8971b698f0e3786du, 239},
{0x2d3b357c0692aa0au, 0x078e2bad8d82c6bdu, 242},
{0x242f5dfcd20eee6eu, 0x6c71bc8ad79bd231u, 245},
{0x39e5632e1ce4b0b0u, 0xad82c7448c2c8382u, 249},
{0x2e511c24e3ea26f3u, 0xbe023903a356cf9bu, 252},
{0x250db01d8321b8c2u, 0xfe682d9c82abd949u, 255},
{0x3b4919c8d1cf8e04u, 0xca4048fa6aac8edbu, 259},
{0x2f6dae3a4172d803u, 0xd5003a61eef07249u, 262},
{0x25f1582e9ac24669u, 0x773361e7f259f507u, 265},
{0x3cb559e42ad070a8u, 0xbeb89ca6508fee71u, 269},
{0x309114b688a6c086u, 0xfefa16eb73a6585bu, 272},
{0x26da76f86d52339fu, 0x3261abef8fb846afu, 275},
{0x3e2a57f3e21d1f65u, 0x1d691318e5f3a44bu, 279},
{0x31bb798fe8174c50u, 0xe4540f471e5c836fu, 282},
{0x27c92e0cb9ac3d0du, 0x8376729f4b7d35f3u, 285},
{0x3fa849adf5e061afu, 0x38bd84321261efebu, 289},
{0x32ed07be5e4d1af2u, 0x93cad0280eb4bfefu, 292},
{0x28bd9fcb7ea4158eu, 0xdca240200bc3ccbfu, 295},
{0x2097b309321cde0bu, 0xe3b50019a3030a33u, 298},
{0x3425eb41e9c7c9acu, 0x9f88002904d1a9eau, 302},
{0x29b7ef67ee396e23u, 0xb2d3335403daee55u, 305},
{0x215ff2b98b6124e9u, 0x5bdc291003158b77u, 308},
{0x35665128df01d4a8u, 0x92f9db4cd1bc1258u, 312},
{0x2ab840ed7f34aa20u, 0x7594af70a7c9a847u, 315},
{0x222d00bdff5d54e6u, 0xc476f2c0863aed06u, 318},
{0x36ae679665622171u, 0x3a57eacda3917b3cu, 322},
{0x2bbeb9451de81ac0u, 0xfb7988a482dac8fdu, 325},
{0x22fefa9db1867bcdu, 0x95fad3b6cf156d97u, 328},
{0x37fe5dc91c0a5fafu, 0x565e1f8ae4ef15beu, 332},
{0x2ccb7e3a7cd51959u, 0x11e4e608b725aaffu, 335},
{0x23d5fe9530aa7aadu, 0xa7ea51a0928488ccu, 338},
{0x39566421e7772aafu, 0x7310829a84074146u, 342},
{0x2ddeb68185f8eef2u, 0xc2739baed005cdd2u, 345},
{0x24b22b9ad193f25bu, 0xcec2e2f24004a4a8u, 348},
{0x3ab6ac2ae8ecb6f9u, 0x4ad16b1d333aa10cu, 352},
{0x2ef889bbed8a2bfau, 0xa241227dc2954da3u, 355},
{0x2593a163246e8995u, 0x4e9a81fe35443e1cu, 358},
{0x3c1f689ea0b0dc22u, 0x175d9cc9eed39694u, 362},
{0x3019207ee6f3e34eu, 0x7917b0a18bdc7876u, 365},
{0x267a8065858fe90bu, 0x9412f3b46fe39392u, 368},
{0x3d90cd6f3c1974dfu, 0x535185ed7fd285b6u, 372},
{0x3140a458fce12a4cu, 0x42a79e57997537c5u, 375},
{0x2766e9e0ca4dbb70u, 0x3552e512e12a9304u, 378},
{0x3f0b0fce107c5f19u, 0xeeeb081e3510eb39u, 382},
{0x326f3fd80d304c14u, 0xbf226ce4f740bc2eu, 385},
{0x2858ffe00a8d09aau, 0x3281f0b72c33c9beu, 388},
{0x20473319a20a6e21u, 0xc2018d5f568fd498u, 391},
{0x33a51e8f69aa49cfu, 0x9ccf48988a7fba8du, 395},
{0x2950e53f87bb6e3fu, 0xb0a5d3ad3b99620bu, 398},
{0x210d8432d2fc5832u, 0xf3b7dc8a96144e6fu, 401},
{0x34e26d1e1e608d1eu, 0x52bfc7442353b0b1u, 405},
{0x2a4ebdb1b1e6d74bu, 0x756639034f7626f4u, 408},
{0x21d897c15b1f12a2u, 0xc451c735d92b525du, 411},
{0x362759355e981dd1u, 0x3a1c71efc1deea2eu, 415},
{0x2b52adc44bace4a7u, 0x61b05b2634b254f2u, 418},
{0x22a88b036fbd83b9u, 0x1af37c1e908eaa5bu, 421},
{0x3774119f192f3928u, 0x2b1f2cfdb41776f8u, 425},
{0x2c5cdae5adbf60ecu, 0xef4c23fe29ac5f2du, 428},
{0x237d7beaf165e723u, 0xf2a34ffe87bd18f1u, 431},
{0x38c8c644b56fd839u, 0x84387ffda5fb5b1bu, 435},
{0x2d6d6b6a2abfe02eu, 0x0360666484c915afu, 438},
{0x24578921bbccb358u, 0x02b3851d3707448cu, 441},
{0x3a25a835f9478559u, 0x9dec082ebe720746u, 445},
{0x2e8486919439377au, 0xe4bcd358985b3905u, 448},
{0x2536d20e102dc5fbu, 0xea30a913ad15c738u, 451},
{0x3b8ae9b019e2d65fu, 0xdd1aa81f7b560b8cu, 455},
{0x2fa2548ce1824519u, 0x7daeece5fc44d609u, 458},
{0x261b76d71ace9dadu, 0xfe258a51969d7808u, 461},
{0x3cf8be24f7b0fc49u, 0x96a276e8f0fbf33fu, 465},
{0x30c6fe83f95a636eu, 0x121b9253f3fcc299u, 468},
{0x2705986994484f8bu, 0x41afa84329970214u, 471},
{0x3e6f5a4286da18deu, 0xcf7f739ea8f19cedu, 475},
{0x31f2ae9b9f14e0b2u, 0x3f99294bba5ae3f1u, 478},
{0x27f5587c7f43e6f4u, 0xffadbaa2fb7be98du, 481},
{0x3feef3fa65397187u, 0xff7c5dd1925fdc15u, 485},
{0x33258ffb842df46cu, 0xcc637e4141e649abu, 488},
{0x28ead9960357f6bdu, 0x704f983434b83aefu, 491},
{0x20bbe144cf799231u, 0x26a6135cf6f9c8bfu, 494},
{0x345fced47f28e9e8u, 0x3dd685618b294132u, 498},
{0x29e63f1065ba54b9u, 0xcb12044e08edcdc2u, 501},
{0x2184ff405161dd61u, 0x6f419d0b3a57d7ceu, 504},
{0x35a19866e89c9568u, 0xb20294dec3bfbfb0u, 508},
{0x2ae7ad1f207d4453u, 0xc19baa4bcfcc995au, 511},
{0x2252f0e5b39769dcu, 0x9ae2eea30ca3ade1u, 514},
{0x36eb1b091f58a960u, 0xf7d17dd1add2afcfu, 518},
{0x2bef48d41913bab3u, 0xf97464a7be42263fu, 521},
{0x2325d3dce0dc955cu, 0xc790508631ce84ffu, 524},
{0x383c862e3494222eu, 0x0c1a1a704fb0d4ccu, 528},
{0x2cfd3824f6dce824u, 0xd67b4859d95a43d6u, 531},
{0x23fdc683f8b0b9b7u, 0x11fc39e17aae9cabu, 534},
{0x39960a6cc11ac2beu, 0x832d2968c44a9445u, 538},
{0x2e11a1f09a7bcefeu, 0xcf575453d03ba9d1u, 541},
{0x24dae7f3aec97265u, 0x72ac4376402fbb0eu, 544},
{0x3af7d985e47583d5u, 0x8446d256cd192b49u, 548},
{0x2f2cae04b6c46977u, 0x9d0575123dadbc3au, 551},
{0x25bd5803c569edf9u, 0x4a6ac40e97be302fu, 554},
{0x3c62266c6f0fe328u, 0x771139b0f2c9e6b1u, 558},
{0x304e85238c0cb5b9u, 0xf8da948d8f07ebc1u, 561},
{0x26a5374fa33d5e2eu, 0x60aedd3e0c065634u, 564},
{0x3dd5254c3862304au, 0x344afb9679a3bd20u, 568},
{0x31775109c6b4f36eu, 0x903bfc78614fca80u, 571},
{0x2792a73b055d8f8bu, 0xa6966393810ca200u, 574},
{0x3f510b91a22f4c12u, 0xa423d2859b476999u, 578},
{0x32a73c7481bf700eu, 0xe9b642047c392148u, 581},
{0x2885c9f6ce32c00bu, 0xee2b680396941aa0u, 584},
{0x206b07f8a4f5666fu, 0xf1bc53361210154du, 587},
{0x33de73276e5570b3u, 0x1c6085235019bbaeu, 591},
{0x297ec285f1ddf3c2u, 0x7d1a041c40149625u, 594},
{0x21323537f4b18fceu, 0xca7b367d0010781du, 597},
{0x351d21f3211c194au, 0xdd91f0c8001a59c8u, 601},
{0x2a7db4c280e3476fu, 0x17a7f3d3334847d4u, 604},
{0x21fe2a3533e905f2u, 0x79532975c2a03976u, 607},
{0x366376bb8641a31du, 0x8eeb75893766c256u, 611},
{0x2b82c562d1ce1c17u, 0xa5892ad42c523512u, 614},
{0x22cf044f0e3e7cdfu, 0xb7a0ef102374f742u, 617},
{0x37b1a07e7d30c7ccu, 0x59017e8038bb2536u, 621},
{0x2c8e19feca8d6ca3u, 0x7a67986693c8ea91u, 624},
{0x23a4e198a20abd4fu, 0x951fad1edca0bba8u, 627},
{0x3907cf5a9cddfbb2u, 0x8832ae97c76792a5u, 631},
{0x2d9fd9154a4b2fc2u, 0x068ef21305ec7551u, 634},
{0x247fe0ddd508f301u, 0x9ed8c1a8d189f774u, 637},
{0x3a66349621a7eb35u, 0xcaf4690e1c0ff253u, 641},
{0x2eb82a11b48655c4u, 0xa25d20d816732843u, 644},
{0x256021a7c39eab03u, 0xb5174d79ab8f5369u, 647},
{0x3bcd02a605caab39u, 0x21bee25c45b21f0eu, 651},
{0x2fd735519e3bbc2du, 0xb498b5169e2818d8u, 654},
{0x2645c4414b62fcf1u, 0x5d46f7454b534713u, 657},
{0x3d3c6d35456b2e4eu, 0xfba4bed545520b52u, 661},
{0x30fd242a9def583fu, 0x2fb6ff110441a2a8u, 664},
{0x2730e9bbb18c4698u, 0xf2f8cc0d9d014eedu, 667},
{0x3eb4a92c4f46d75bu, 0x1e5ae015c80217e1u, 671},
{0x322a20f03f6bdf7cu, 0x1848b344a001acb4u, 674},
{0x2821b3f365efe5fcu, 0xe03a2903b3348a2au, 677},
{0x201af65c518cb7fdu, 0x802e873628f6d4eeu, 680},
{0x335e56fa1c145995u, 0x99e40b89db2487e3u, 684},
{0x29184594e3437adeu, 0x14b66fa17c1d3983u, 687},
{0x20e037aa4f692f18u, 0x1091f2e7967dc79cu, 690},
{0x3499f2aa18a84b59u, 0xb41cb7d8f0c93f5fu, 694},
{0x2a14c221ad536f7au, 0xf67d5fe0c0a0ff80u, 697},
{0x21aa34e7bddc592fu, 0x2b977fe70080cc66u, 700},
{0x35dd2172c9608eb1u, 0xdf58cca4cd9ae0a3u, 704},
{0x2b174df56de6d88eu, 0x4c470a1d7148b3b6u, 707},
{0x22790b2abe5246d8u, 0x3d05a1b1276d5c92u, 710},
{0x372811ddfd507159u, 0xfb3c35e83f1560e9u, 714},
{0x2c200e4b310d277bu, 0x2f635e5365aab3edu, 717},
{0x234cd83c273db92fu, 0x591c4b75eaeef658u, 720},
{0x387af39371fc5b7eu, 0xf4fa125644b18a26u, 724},
{0x2d2f2942c196af98u, 0xc3fb41de9d5ad4ebu, 727},
{0x2425ba9bce122613u, 0xcffc34b2177bdd89u, 730},
{0x39d5f75fb01d09b9u, 0x4cc6bab68bf96274u, 734},
{0x2e44c5e6267da161u, 0x0a38955ed6611b90u, 737},
{0x2503d184eb97b44du, 0xa1c6dde5784dafa7u, 740},
{0x3b394f3b128c53afu, 0x693e2fd58d49190bu, 744},
{0x2f610c2f4209dc8cu, 0x5431bfde0aa0e0d5u, 747},
{0x25e73cf29b3b16d6u, 0xa9c1664b3bb3e711u, 750},
{0x3ca52e50f85e8af1u, 0x0f9bd6dec5eca4e8u, 754},
{0x3084250d937ed58du, 0xa616457f04bd50bau, 757},
{0x26d01da475ff113eu, 0x1e783798d09773c8u, 760},
{0x3e19c9072331b530u, 0x30c058f480f252d9u, 764},
{0x31ae3a6c1c27c426u, 0x8d66ad9067284247u, 767},
{0x27be952349b969b8u, 0x711ef14052869b6cu, 770},
{0x3f97550542c242c0u, 0xb4fe4ecd50d75f14u, 774},
{0x32df7737689b689au, 0x2a650bd773df7f43u, 777},
{0x28b2c5c5ed49207bu, 0x551da312c319329cu, 780},
{0x208f049e576db395u, 0xddb14f4235adc217u, 783},
{0x34180763bf15ec22u, 0xfc4ee536bc49368au, 787},
{0x29acd2b63277f01bu, 0xfd0bea92303a9208u, 790},
{0x21570ef8285ff349u, 0x973cbba8269541a0u, 793},
{0x355817f373ccb875u, 0xbec792a6a422029au, 797},
{0x2aacdff5f63d605eu, 0x3239421ee9b4cee1u, 800},
{0x2223e65e5e97804bu, 0x5b6101b25490a581u, 803},
{0x369fd6fd64259a12u, 0x2bce691d541aa268u, 807},
{0x2bb31264501e14dbu, 0x563eba7ddce21b87u, 810},
{0x22f5a850401810afu, 0x78322ecb171b4939u, 813},
{0x37ef73b399c01ab2u, 0x59e9e47824f87527u, 817},
{0x2cbf8fc2e1667bc1u, 0xe187e9f9b72d2a86u, 820},
{0x23cc73024deb9634u, 0xb46cbb2e2c242205u, 823},
{0x39471e6a1645bd21u, 0x20adf849e039d007u, 827},
{0x2dd27ebb4504974du, 0xb3be603b19c7d99fu, 830},
{0x24a865629d9d45d7u, 0xc2feb3627b0647b3u, 833},
{0x3aa7089dc8fba2f2u, 0xd197856a5e7072b8u, 837},
{0x2eec06e4a0c94f28u, 0xa7ac6abb7ec05bc6u, 840},
{0x25899f1d4d6dd8edu, 0x52f05562cbcd1638u, 843},
{0x3c0f64fbaf1627e2u, 0x1e4d556adfae89f3u, 847},
{0x300c50c958de864eu, 0x7ea444557fbed4c3u, 850},
{0x267040a113e5383eu, 0xcbb69d1132ff109cu, 853},
{0x3d8067681fd526cau, 0xdf8a94e851981a93u, 857},
{0x313385ece6441f08u, 0xb2d543ed0e134875u, 860},
{0x275c6b23eb69b26du, 0x5bddcff0d80f6d2bu, 863},
{0x3efa45064575ea48u, 0x92fc7fe7c018aeabu, 867},
{0x3261d0d1d12b21d3u, 0xa8c9ffec99ad5889u, 870},
{0x284e40a7da88e7dcu, 0x8707fff07af113a1u, 873},
{0x203e9a1fe2071fe3u, 0x9f39998d2f2742e7u, 876},
{0x33975cffd00b6638u, 0xfec28f484b7204a4u, 880},
{0x2945e3ffd9a2b82du, 0x989ba5d36f8e6a1du, 883},
{0x2104b66647b56024u, 0x7a161e42bfa521b1u, 886},
{0x34d4570a0c5566a0u, 0xc35696d132a1cf81u, 890},
{0x2a4378d4d6aab880u, 0x9c454574288172ceu, 893},
{0x21cf93dd7888939au, 0x169dd129ba0128a5u, 896},
{0x3618ec958da75290u, 0x242fb50f9001daa1u, 900},
{0x2b4723aad7b90ed9u, 0xb68c90d940017bb4u, 903},
{0x229f4fbbdfc73f14u, 0x920a0d7a999ac95du, 906},
{0x37654c5fcc71fe87u, 0x50101590f5c47561u, 910},
{0x2c5109e63d27fed2u, 0xa6734473f7d05de8u, 913},
{0x237407eb641fff0eu, 0xeb8f69f65fd9e4b9u, 916},
{0x38b9a6456cfffe7eu, 0x45b24323cc8fd45cu, 920},
{0x2d6151d123fffecbu, 0x6af502830a0ca9e3u, 923},
{0x244ddb0db666656fu, 0x88c402026e7087e9u, 926},
{0x3a162b4923d708b2u, 0x746cd003e3e73fdbu, 930},
{0x2e7822a0e978d3c1u, 0xf6bd73364fec3315u, 933},
{0x252ce880bac70fceu, 0x5efdf5c50cbcf5abu, 936},
{0x3b7b0d9ac471b2e3u, 0xcb2fefa1adfb22abu, 940},
{0x2f95a47bd05af583u, 0x08f3261af195b555u, 943},
{0x261150630d159135u, 0xa0c284e25ade2aabu, 946},
{0x3ce8809e7b55b522u, 0x9ad0d49d5e304444u, 950},
{0x30ba007ec9115db5u, 0x48a7107de4f369d0u, 953},
{0x26fb3398a0dab15du, 0xd3b8d9fe50c2bb0du, 956},
{0x3e5eb8f434911bc9u, 0x52c15cca1ad12b48u, 960},
{0x31e560c35d40e307u, 0x75677d6e7bda8906u, 963},
{0x27eab3cf7dcd826cu, 0x5dec645863153a6cu, 966},
{0x3fddec7f2faf3713u, 0xc97a3a2704eec3dfu, 970},
};
/* END GENERATED POWERS OF TEN */

/* floor(n * 2**(q-2) / 10**k) for the table entry t and shift = q - e2;
   *exact tells whether it is exact */
static uint64_t scale_pow10(uint64_t n, int t, int shift, int *exact) {
    uint64_t m = n << shift;
    u128 lo = (u128)m * pow10_table[t].lo;
    u128 hi = (u128)m * pow10_table[t].hi;
    u128 mid = (u128)(uint64_t)hi + (uint64_t)(lo >> 64);
    *exact = (uint64_t)mid == 0 && (uint64_t)lo < m;
    return (uint64_t)(hi >> 64) + (uint64_t)(mid >> 64);
}

/* x > 0 finite; digits gets the digits (no trailing zeros, at most 17),
   the value is 0.DIGITS * 10**decpt */
static void shortest_digits(double x, char *digits, int *ndigits, int *decpt) {
    uint64_t bits;
    memcpy(&bits, &x, 8);
    uint64_t frac = bits & 0xFFFFFFFFFFFFFull;
    int be = (int)(bits >> 52) & 0x7FF;
    uint64_t c = be ? frac | (1ull << 52) : frac;
    int q = be ? be - 1075 : -1074;
    int asym = frac == 0 && be > 1;
    /* floor(log10(2**q)) and floor(log10(3 * 2**(q-2))), checked for
       every q by the generator */
    int k = asym ? (q * 315653 - 131008) >> 20 : (q * 315653) >> 20;
    int t = k - POW10_KMIN, shift = q - pow10_table[t].e2;
    int even = (c & 1) == 0, lx, ux, vx;
    uint64_t lf = scale_pow10(4 * c - (asym ? 1 : 2), t, shift, &lx);
    uint64_t uf = scale_pow10(4 * c + 2, t, shift, &ux);
    uint64_t lo = lf + !(lx && even);        /* the multiples of 10**k inside */
    uint64_t hi = uf - (ux && !even);
    uint64_t s, m = hi - hi % 10;
    int e10 = k;
    if (m >= lo) { s = m / 10; e10 = k + 1; }
    else {
        uint64_t v2 = scale_pow10(8 * c, t, shift, &vx);
        uint64_t f = v2 >> 1;
        if (f < lo) s = f + 1;
        else if (f + 1 > hi) s = f;
        else s = f + ((v2 & 1) && (!vx || (f & 1)));   /* above a half, or a half and odd */
    }
    while (s % 10 == 0) { s /= 10; e10++; }
    char tmp[24];
    int n = 0;
    do { tmp[n++] = (char)('0' + s % 10); s /= 10; } while (s);
    for (int i = 0; i < n; i++) digits[i] = tmp[n - 1 - i];
    digits[n] = 0;
    *ndigits = n;
    *decpt = n + e10;
}

/* writes repr(x) into buf (at least 32 bytes); returns its length */
int rpy__float_repr(double x, char *buf) {
    if (isnan(x)) { strcpy(buf, "nan"); return 3; }
    if (isinf(x)) { strcpy(buf, x > 0 ? "inf" : "-inf"); return x > 0 ? 3 : 4; }
    char digits[24];
    int nd, decpt, o = 0;
    if (signbit(x)) { buf[o++] = '-'; x = -x; }
    if (x == 0.0) { strcpy(digits, "0"); nd = 1; decpt = 1; }
    else shortest_digits(x, digits, &nd, &decpt);
    if (decpt <= -4 || decpt > 16) {
        int e = decpt - 1;
        buf[o++] = digits[0];
        if (nd > 1) { buf[o++] = '.'; memcpy(buf + o, digits + 1, (size_t)nd - 1); o += nd - 1; }
        buf[o++] = 'e';
        buf[o++] = e < 0 ? '-' : '+';
        if (e < 0) e = -e;
        if (e >= 100) buf[o++] = (char)('0' + e / 100);
        buf[o++] = (char)('0' + e / 10 % 10);
        buf[o++] = (char)('0' + e % 10);
    } else if (decpt <= 0) {
        buf[o++] = '0'; buf[o++] = '.';
        for (int k = 0; k < -decpt; k++) buf[o++] = '0';
        memcpy(buf + o, digits, (size_t)nd); o += nd;
    } else if (decpt < nd) {
        memcpy(buf + o, digits, (size_t)decpt); o += decpt;
        buf[o++] = '.';
        memcpy(buf + o, digits + decpt, (size_t)(nd - decpt)); o += nd - decpt;
    } else {
        memcpy(buf + o, digits, (size_t)nd); o += nd;
        for (int k = nd; k < decpt; k++) buf[o++] = '0';
        buf[o++] = '.'; buf[o++] = '0';
    }
    buf[o] = 0;
    return o;
}

rpy_string *rpy_str_from_float(double v) {
    char buf[40];
    int n = rpy__float_repr(v, buf);
    return rpy__str_new(RPY_TID_STR, buf, n, n);
}

/* ---------------------------------------------------------------- Unicode database */

typedef struct udb_case_run { uint32_t start; uint16_t count; uint8_t stride; int32_t delta; } udb_case_run;
typedef struct udb_case_multi { uint32_t cp; uint8_t nchars; const char *utf8; } udb_case_multi;

/* BEGIN GENERATED UNICODE TABLES (test/gen_unicodedb.py) */
/* Generated from CPython 3.11.7 (Unicode 14.0.0); do not edit by hand. */
#define UDB_SHIFT2 3
#define UDB_SHIFT1 5
#define UDB_LOW_LIMIT 0x40000
#define UDB_HIGH_START 0xE0000
#define UDB_HIGH_END 0xE1000
static const uint16_t udb_records[21] = {
0,16,32,33,40,41,44,46,48,608,609,616,672,673,680,801,
1024,1056,1057,1184,1185,
};
static const uint8_t udb_index0[1040] = {
0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,17,21,22,
23,24,25,26,27,28,29,30,31,32,33,33,34,33,33,35,33,33,33,36,37,38,39,40,
41,42,43,33,44,17,17,17,45,17,17,46,17,17,17,17,17,17,17,17,17,17,17,17,
17,17,17,17,17,47,48,49,17,50,17,51,17,17,52,17,53,17,17,17,17,17,54,55,
17,17,56,57,17,17,17,58,17,17,17,17,17,17,17,59,17,17,17,60,17,17,61,17,
17,17,17,17,17,17,17,17,62,17,17,17,63,17,17,17,17,17,17,17,64,65,17,17,
17,17,17,17,17,17,66,17,17,17,17,17,17,17,17,17,67,17,17,17,68,17,69,70,
71,72,73,74,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,
17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,75,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,77,78,79,17,80,81,82,83,84,85,86,87,88,17,89,
90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,76,109,110,111,112,
17,17,17,113,114,115,76,76,76,76,76,76,76,76,76,116,17,17,17,17,117,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,17,17,118,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
17,17,119,120,76,76,121,122,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,
17,17,17,17,17,17,17,123,17,17,17,17,124,125,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,126,
17,127,128,76,76,76,76,76,76,76,76,76,129,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,130,131,132,133,134,135,136,137,138,33,33,139,76,76,76,76,140,
141,142,143,76,76,76,76,144,145,146,76,76,147,148,149,76,150,151,152,153,33,33,154,155,
156,33,157,158,76,76,76,76,159,160,17,17,17,17,17,17,17,161,162,163,17,17,17,17,
17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,164,17,17,17,17,
17,165,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,166,17,17,17,17,
17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,
17,17,17,17,17,17,17,17,17,17,167,17,17,17,17,17,17,17,17,17,17,17,17,17,
17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,
17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,
17,17,17,17,17,17,168,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,169,
170,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,171,17,
17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,
17,17,17,172,76,76,76,76,76,76,76,76,76,76,76,76,164,17,173,76,76,76,76,76,
17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,174,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,175,176,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,
};
static const uint16_t udb_index1[5664] = {
0,1,0,2,3,4,5,6,7,8,8,9,10,11,11,12,13,0,0,0,14,15,16,17,
8,8,18,19,11,11,20,11,21,21,21,21,21,21,21,22,22,23,21,21,21,21,21,24,
25,26,27,28,29,30,31,32,33,34,22,35,21,21,36,21,21,21,21,21,21,21,37,38,
39,21,11,11,11,11,11,11,11,11,40,11,11,11,41,42,43,44,45,46,47,48,46,46,
46,46,46,46,46,46,46,46,49,46,46,46,46,46,50,51,52,53,54,8,55,56,11,11,
11,57,58,21,21,21,59,60,8,8,8,8,8,8,11,11,11,11,11,11,21,21,21,21,
61,62,21,21,21,21,21,21,63,64,21,21,21,21,21,21,21,21,21,21,21,21,65,8,
8,8,66,67,11,11,11,11,11,68,69,46,46,46,46,70,71,0,72,72,72,73,74,0,
75,76,46,77,72,72,72,72,78,79,46,46,5,80,81,72,72,72,72,72,72,72,72,72,
72,72,82,83,84,85,5,86,76,87,88,72,72,72,46,46,46,89,72,72,72,72,72,72,
72,72,72,72,90,46,91,0,5,92,72,72,72,79,93,94,72,72,90,95,96,97,76,98,
72,72,72,99,72,100,72,72,72,101,102,46,72,72,72,72,72,103,46,46,104,46,46,46,
105,72,72,72,72,72,72,106,107,108,109,72,110,5,111,72,112,113,114,72,72,115,116,117,
118,119,120,121,122,5,123,124,125,73,114,72,72,115,126,127,128,129,130,131,132,5,133,0,
125,134,135,72,72,115,136,117,137,138,139,0,122,5,140,141,142,113,114,72,72,115,136,143,
118,144,145,121,122,5,146,0,147,148,149,150,151,148,72,152,153,154,155,0,132,5,156,157,
158,159,115,72,72,115,72,160,161,162,163,164,122,5,120,165,166,159,115,72,72,115,167,143,
168,169,170,171,122,5,172,0,173,159,115,72,72,72,72,174,175,176,177,178,122,5,179,180,
142,72,181,182,72,72,135,183,181,184,185,76,132,5,186,0,187,72,72,72,72,72,188,189,
190,191,5,192,0,0,0,0,150,193,72,72,194,72,188,195,196,197,5,198,0,0,0,0,
199,76,76,200,5,201,202,203,72,187,72,72,72,204,69,191,205,206,46,69,46,46,46,207,
4,208,76,157,0,0,0,0,72,72,72,72,72,209,210,211,5,212,213,214,215,216,217,72,
218,219,5,220,8,8,8,8,221,222,11,11,11,11,11,223,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,149,181,149,72,72,72,72,72,149,72,72,72,72,149,181,
149,72,181,72,72,72,72,72,72,72,149,72,72,72,72,72,72,72,72,224,76,225,226,227,
72,72,76,140,8,8,8,8,8,8,8,8,8,8,228,229,230,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,231,72,72,232,72,72,233,72,72,72,72,
72,72,72,72,72,234,235,139,72,72,236,237,72,72,238,0,72,72,239,0,72,159,240,0,
72,72,72,72,72,72,241,242,4,107,243,244,5,245,179,246,76,247,5,245,72,72,72,72,
248,72,72,72,72,72,72,139,249,72,72,72,72,250,72,72,72,72,72,72,72,72,251,0,
72,72,72,181,252,253,254,255,256,5,72,72,72,251,204,0,72,72,72,72,72,257,72,72,
72,258,5,259,76,76,76,76,72,72,260,261,72,72,72,72,72,72,262,263,264,265,266,267,
5,245,5,245,268,269,46,46,46,263,0,0,0,0,0,0,270,72,72,72,72,72,271,272,
273,204,5,212,76,266,274,98,275,72,72,72,276,277,5,92,72,72,72,72,278,279,280,281,
72,72,72,72,282,283,284,285,5,286,5,92,72,72,72,287,11,288,8,8,8,8,8,289,
76,0,290,46,210,291,292,293,11,11,11,11,11,294,41,41,41,41,41,41,41,295,11,296,
11,11,11,297,41,41,41,41,46,46,46,46,46,46,46,46,21,21,21,21,21,21,21,21,
21,21,21,21,21,21,21,21,21,21,298,299,21,21,21,21,21,21,21,21,21,21,21,21,
11,8,229,228,11,8,11,8,229,228,11,300,11,8,11,229,11,301,11,301,11,301,302,303,
304,305,306,307,11,308,309,310,311,312,76,200,313,314,76,76,76,76,76,315,316,317,318,319,
320,321,41,322,76,76,76,76,323,0,46,46,46,46,324,0,325,326,327,328,329,330,331,332,
333,334,179,179,335,335,336,336,337,338,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,98,0,0,0,76,157,0,0,320,339,340,341,
179,320,339,342,76,76,343,344,344,344,345,345,345,346,347,348,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,349,350,320,351,352,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,353,76,76,76,354,76,76,76,76,76,
76,76,76,76,76,76,76,76,8,8,8,8,8,8,11,11,11,11,11,11,355,356,357,358,
21,21,21,21,21,21,21,21,21,21,21,21,359,360,361,362,11,11,11,11,363,364,72,72,
72,72,72,72,72,365,323,366,72,72,181,0,181,181,181,181,181,181,181,181,46,46,46,46,
76,76,76,76,76,268,76,76,76,76,76,269,0,0,0,0,76,76,76,367,76,76,76,76,
76,76,76,76,76,76,368,0,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,269,0,0,0,76,368,369,76,76,76,370,371,372,373,
187,72,72,72,72,72,72,72,72,72,181,374,230,72,72,72,72,72,72,72,72,72,72,375,
376,72,72,72,72,72,187,72,72,72,72,72,72,72,72,72,72,181,377,76,72,72,72,72,
76,76,76,76,368,0,72,72,76,76,76,98,179,378,76,76,76,179,370,179,76,76,76,76,
179,378,76,76,76,76,370,179,76,76,76,76,76,76,76,76,379,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,380,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,381,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,379,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,76,76,76,76,76,76,76,76,
382,383,72,72,72,72,72,72,72,72,72,379,72,72,72,72,72,384,385,72,72,72,72,386,
387,72,72,386,72,387,72,72,72,379,72,72,72,72,72,72,72,72,72,72,72,72,387,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,384,72,72,72,72,72,72,72,
388,72,72,72,72,389,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,390,384,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
391,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,380,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,383,383,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,381,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,392,72,393,387,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,388,
72,72,72,72,72,72,72,72,72,384,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,381,72,72,72,72,72,388,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,388,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,388,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,388,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,384,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,388,380,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,387,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,383,72,72,72,388,384,72,72,72,72,72,387,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,388,72,72,72,394,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,204,76,76,76,76,76,76,98,0,72,72,72,72,72,287,
72,395,72,72,5,396,0,0,21,21,21,21,21,397,290,398,21,21,21,399,72,72,72,72,
72,72,72,72,400,179,200,0,46,46,401,44,62,21,23,21,21,21,21,21,21,21,296,402,
21,403,404,21,21,405,406,21,407,408,409,410,0,0,411,412,413,414,72,72,415,416,417,140,
72,72,72,72,72,72,282,0,418,72,72,72,72,72,282,76,419,420,5,245,46,46,421,422,
5,92,72,72,90,242,72,72,260,46,280,120,72,72,72,204,105,72,72,72,72,72,423,424,
76,425,5,426,427,72,5,428,72,72,72,72,72,429,430,0,414,431,5,432,72,72,433,434,
72,72,72,72,72,72,435,436,250,0,0,437,72,438,439,0,440,440,440,0,181,181,11,11,
11,11,11,441,11,442,11,11,11,11,11,11,11,11,11,11,72,72,72,72,443,444,5,245,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,257,0,72,72,
181,445,72,72,72,72,72,257,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,72,72,72,72,72,72,72,72,
72,72,72,72,72,380,380,387,72,72,72,72,72,72,381,72,72,72,446,72,72,72,72,379,
72,72,72,72,72,72,72,72,72,72,72,72,72,251,72,72,72,72,72,72,72,72,72,72,
72,72,72,258,0,0,0,0,447,0,448,449,72,450,181,451,452,72,72,72,72,72,72,72,
72,72,72,72,72,72,453,46,454,0,445,72,72,72,72,72,72,72,72,72,72,72,72,213,
76,76,72,72,72,72,72,72,72,72,182,72,72,72,72,72,72,120,0,0,0,0,72,282,
46,46,455,140,46,46,76,76,76,76,456,76,98,368,159,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,457,458,4,5,6,7,8,8,9,10,11,11,459,216,72,78,72,
72,72,72,460,72,72,72,181,182,182,182,461,462,98,0,463,72,167,72,72,181,72,72,464,
72,251,72,251,0,0,0,0,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,100,
465,179,179,179,179,179,466,76,179,179,179,179,179,179,179,467,76,468,76,469,323,0,0,0,
0,0,76,76,76,76,76,470,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
72,72,72,204,72,72,72,72,72,72,139,0,471,179,179,472,72,72,72,72,472,376,72,72,
473,474,72,72,72,72,90,454,72,72,72,475,72,72,72,72,257,72,476,0,0,0,0,0,
8,8,8,8,8,11,11,11,11,11,72,72,72,72,72,72,72,72,72,251,5,245,8,8,
8,8,477,11,11,11,11,478,72,72,72,72,72,0,72,72,72,72,72,72,257,120,8,479,
8,479,480,11,481,11,481,482,0,0,0,0,0,0,0,0,72,72,72,72,72,72,181,0,
72,72,251,0,72,0,0,0,483,41,41,41,41,41,484,485,0,0,0,0,0,0,0,0,
251,115,72,72,72,72,134,486,72,72,475,179,72,72,487,370,72,72,72,181,488,179,0,0,
0,0,0,0,72,72,489,490,72,72,400,466,72,72,72,491,0,0,0,0,0,0,0,0,
72,72,72,72,72,72,72,492,179,179,493,179,179,179,179,179,494,495,167,187,72,72,251,496,
497,498,76,323,72,72,72,499,72,72,72,500,0,0,0,0,72,230,72,72,501,490,98,0,
72,72,72,72,72,72,251,502,72,72,251,179,72,72,100,179,72,72,258,503,0,504,0,0,
0,0,0,0,0,0,0,0,72,72,72,72,72,72,72,72,72,139,0,0,0,0,0,0,
8,8,8,8,8,8,505,0,11,11,11,11,11,11,506,493,72,72,72,72,507,0,5,245,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,320,339,179,508,72,72,72,72,72,509,258,0,
0,0,0,0,0,0,0,0,72,72,72,500,178,0,72,72,90,46,510,140,0,0,72,72,
511,140,0,0,0,0,72,72,500,472,0,0,72,72,181,0,512,72,72,72,72,72,72,46,
191,269,513,514,515,5,516,366,275,72,72,72,72,72,517,518,519,520,72,72,72,139,5,245,
521,72,72,72,260,522,523,5,524,0,72,72,72,72,525,0,275,72,72,72,72,72,526,191,
527,528,5,529,504,179,227,0,72,72,135,72,72,530,531,532,0,0,0,0,0,0,0,0,
181,533,72,134,72,534,72,72,72,72,72,260,266,454,5,245,535,113,114,72,72,115,136,536,
537,538,155,376,539,540,540,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
72,72,72,72,72,72,541,46,542,543,5,544,258,0,0,0,72,72,72,72,72,72,266,545,
546,0,5,245,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
72,72,72,72,72,487,547,548,549,76,76,550,0,0,0,0,72,72,72,72,72,72,266,551,
552,0,5,245,76,469,0,0,72,72,72,72,72,553,70,534,5,245,0,0,0,0,0,0,
72,72,72,224,554,555,5,556,181,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,72,72,72,72,72,530,46,557,0,0,0,0,0,0,0,0,
0,0,0,0,8,8,8,8,11,11,11,11,5,201,558,237,181,559,560,72,72,72,354,561,
562,0,5,245,0,0,0,0,0,0,0,0,72,182,72,72,72,72,563,564,565,0,0,0,
109,521,72,72,72,72,79,566,567,0,429,568,72,72,72,72,72,453,191,569,157,0,72,72,
72,72,72,72,72,72,72,139,72,115,72,72,72,487,263,70,570,0,5,201,179,227,418,72,
72,72,571,46,46,572,573,0,0,0,0,0,0,0,0,0,181,135,72,72,72,72,574,575,
576,0,5,245,134,115,72,72,72,577,578,139,5,245,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,72,72,579,323,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,0,0,139,0,179,179,580,76,76,76,140,120,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,258,0,0,0,0,0,0,0,0,0,0,0,0,
179,179,179,179,179,179,179,179,179,179,179,179,179,508,469,0,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,257,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,72,72,72,72,72,72,72,72,72,72,72,72,581,0,
72,72,72,72,72,181,317,582,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,72,72,72,72,72,72,72,72,181,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,72,72,72,72,72,72,72,139,
72,72,72,181,5,426,72,72,72,72,72,72,72,72,72,181,5,245,72,72,72,251,583,0,
72,72,72,72,72,72,191,76,584,0,5,585,586,72,72,376,72,72,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,8,8,8,11,11,11,11,
179,179,165,157,0,0,0,0,0,0,0,0,0,0,0,0,72,72,72,72,72,72,72,72,
72,587,199,76,76,76,76,76,76,366,588,44,0,0,0,0,0,0,0,0,589,0,140,0,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,0,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,251,0,0,0,0,0,72,139,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,0,0,590,591,72,72,72,72,100,0,0,0,0,0,100,0,592,0,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,257,
72,72,72,72,72,72,72,72,72,72,72,72,72,100,72,204,72,139,72,593,594,0,0,0,
0,0,0,0,0,0,0,0,46,46,46,46,46,197,46,46,263,0,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,368,0,0,0,0,0,0,0,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,269,0,
76,76,76,76,98,502,76,76,76,76,76,76,567,200,595,596,597,274,76,76,76,598,76,76,
76,76,76,76,76,157,0,0,76,76,76,76,76,76,76,76,599,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,179,179,472,0,76,76,76,76,76,76,76,76,
76,76,98,0,179,179,179,498,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
8,8,8,600,11,11,601,8,8,602,302,11,11,8,8,8,600,11,11,603,604,605,602,606,
607,11,8,8,8,600,11,11,608,289,609,610,11,11,11,611,612,613,614,11,11,601,8,8,
602,11,11,11,8,8,8,600,11,11,601,8,8,602,11,11,11,8,8,8,600,11,11,601,
8,8,602,11,11,11,8,8,8,600,11,11,229,8,8,8,615,11,11,616,617,8,8,618,
11,11,619,601,8,8,620,11,11,20,621,8,8,18,11,11,11,622,8,8,8,615,11,11,
616,623,5,5,5,5,5,5,46,46,46,46,46,46,191,266,46,46,46,46,46,265,624,76,
625,368,0,626,69,46,0,0,0,0,0,0,0,0,0,0,11,627,11,447,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
263,46,46,628,629,454,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,72,72,72,72,72,204,401,630,5,631,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,72,72,72,632,0,0,72,72,72,72,72,507,5,633,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,181,560,72,181,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,634,179,263,0,0,0,0,0,8,8,8,8,600,11,11,11,
635,636,5,426,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,504,179,179,179,179,179,179,637,638,0,
0,0,0,0,0,0,0,0,504,179,179,179,179,639,179,640,0,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,167,72,72,72,641,187,193,642,
643,644,641,645,641,193,193,131,72,135,72,257,646,135,72,257,0,0,0,0,0,0,140,0,
76,76,76,76,76,368,76,76,76,76,76,76,76,76,76,76,76,76,368,0,76,98,502,76,
502,76,502,76,76,76,269,0,320,647,76,76,76,76,344,344,344,648,344,344,344,648,344,344,
344,648,76,76,76,269,0,0,0,0,0,0,420,76,76,76,157,0,76,76,76,76,76,368,
76,323,140,0,269,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,266,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,76,649,76,469,76,469,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,368,0,76,76,76,76,76,76,76,76,76,76,76,323,76,368,323,0,
76,368,76,76,76,76,76,76,76,0,76,140,76,76,76,76,76,0,76,76,76,269,140,0,
0,0,0,0,0,0,0,0,76,76,76,76,76,76,76,76,76,76,368,0,76,269,469,469,
98,0,76,76,76,469,76,157,269,0,76,140,76,0,98,0,76,76,76,76,76,76,76,76,
76,76,76,76,76,76,76,76,76,76,650,76,76,76,76,76,76,157,0,0,0,0,5,245,
383,72,72,72,72,72,72,72,72,72,72,72,384,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,381,72,72,72,72,72,72,72,383,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,381,72,72,
72,72,72,72,72,72,72,72,380,384,72,384,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,381,72,379,72,72,72,383,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,387,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,387,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,380,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,379,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,0,0,0,0,72,72,72,72,72,72,72,139,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,251,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,258,0,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,72,
72,72,72,72,72,72,72,72,72,72,72,72,139,0,0,0,72,72,72,251,0,0,0,0,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
72,72,72,72,72,72,72,72,72,100,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
0,0,0,0,0,0,0,0,651,0,0,0,317,317,317,317,317,317,317,317,317,317,317,317,
0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,46,46,46,46,46,46,46,46,
46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,46,0,0,
};
static const uint8_t udb_index2[5216] = {
0,0,0,0,0,0,0,0,0,1,1,1,1,1,0,0,0,0,0,0,1,1,1,1,8,2,2,2,2,2,2,17,
2,2,2,2,2,2,17,2,7,7,7,7,7,7,7,7,7,7,17,2,2,2,2,2,2,10,10,10,10,10,10,10,
10,10,10,10,10,10,10,10,10,10,10,2,2,2,17,2,17,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,
13,13,13,2,2,2,2,0,0,0,0,0,0,1,0,0,1,2,2,2,2,2,2,2,17,2,13,2,2,16,2,17,
2,2,6,6,17,13,2,17,17,6,13,2,4,4,4,2,10,10,10,10,10,10,10,2,10,10,10,10,10,10,10,13,
13,13,13,13,13,13,13,2,10,13,10,13,10,13,10,13,13,10,13,10,13,10,13,10,13,13,10,13,10,13,10,13,
10,10,13,10,13,10,13,13,13,10,10,13,10,13,10,10,13,10,10,10,13,13,10,10,10,10,13,10,10,13,10,10,
10,13,13,13,10,10,13,10,10,13,10,13,10,13,10,10,13,10,13,13,10,13,10,10,13,10,10,10,13,10,13,10,
10,13,13,3,10,13,13,13,3,3,3,3,10,15,13,10,15,13,10,15,13,10,13,10,13,10,13,10,13,13,10,13,
13,10,15,13,10,13,10,10,10,13,10,13,13,13,13,13,13,13,10,10,13,10,10,13,13,10,13,10,10,10,10,13,
13,13,13,13,3,13,13,13,20,20,20,20,20,20,20,20,20,18,18,18,18,18,18,18,20,20,17,17,17,17,18,18,
18,18,18,18,18,18,18,18,18,18,17,17,17,17,17,17,17,17,17,17,17,17,17,17,20,20,20,20,20,17,17,17,
17,17,17,17,18,17,18,17,17,17,17,17,17,19,17,17,10,13,10,13,18,17,10,13,0,0,20,13,13,13,2,10,
0,0,0,0,17,17,10,17,10,10,10,0,10,0,10,10,13,10,10,10,10,10,10,10,10,10,0,10,10,10,10,10,
10,10,10,10,13,13,13,13,13,13,13,13,13,13,13,10,13,13,10,10,10,13,13,13,13,13,13,13,10,13,2,10,
13,10,10,13,13,10,10,10,10,13,2,17,17,17,17,17,17,17,10,13,10,13,10,13,10,10,13,10,13,10,13,10,
13,10,13,10,13,10,13,13,0,10,10,10,10,10,10,10,10,10,10,10,10,10,10,0,0,18,2,2,2,2,2,17,
13,2,2,0,0,2,2,2,0,17,17,17,17,17,17,17,17,17,17,17,17,17,2,17,2,17,17,2,17,17,2,17,
3,3,3,3,3,3,3,3,3,3,3,0,0,0,0,3,3,3,3,2,17,0,0,0,16,16,16,16,16,16,2,2,
2,2,2,2,2,2,2,2,17,17,17,2,16,2,2,2,18,3,3,3,3,3,3,3,3,3,3,17,17,17,17,17,
7,7,2,2,2,2,3,3,17,3,3,3,3,3,3,3,3,3,3,3,2,3,17,17,17,17,17,17,17,16,2,17,
17,17,17,17,17,18,18,17,17,2,17,17,17,17,3,3,7,7,3,3,3,2,2,3,2,2,2,2,2,2,0,16,
3,17,3,3,3,3,3,3,17,17,17,0,0,3,3,3,3,3,3,3,3,3,17,17,17,3,0,0,0,0,0,0,
7,7,3,3,3,3,3,3,17,17,17,17,18,18,2,2,2,2,18,0,0,17,2,2,17,17,18,17,17,17,17,17,
17,17,17,17,18,17,17,17,18,17,17,17,17,17,0,0,2,2,2,2,2,2,2,0,3,17,17,17,0,0,2,0,
3,3,3,0,0,0,0,0,17,3,3,3,3,3,3,0,16,16,0,0,0,0,0,0,3,18,17,17,17,17,17,17,
17,17,16,17,17,17,17,17,17,17,17,2,3,3,3,3,3,3,17,2,17,3,2,2,2,17,17,17,17,17,17,17,
17,2,2,2,2,17,2,2,3,17,17,17,17,17,17,17,3,3,17,17,2,2,7,7,2,18,3,3,3,3,3,3,
3,17,2,2,0,3,3,3,3,3,3,3,3,0,0,3,3,0,0,3,3,3,3,3,3,0,3,3,3,3,3,3,
3,0,3,0,0,0,3,3,3,3,0,0,17,3,2,2,2,17,17,17,17,0,0,2,2,0,0,2,2,17,3,0,
0,0,0,0,0,0,0,2,0,0,0,0,3,3,0,3,3,3,17,17,0,0,7,7,3,3,2,2,4,4,4,4,
4,4,2,2,3,2,17,0,0,17,17,2,0,3,3,3,3,0,3,3,0,3,3,0,3,3,0,0,17,0,2,2,
2,17,17,0,0,0,0,17,17,0,0,17,17,17,0,0,0,17,0,0,0,0,0,0,0,3,3,3,3,0,3,0,
0,0,0,0,0,0,7,7,17,17,3,3,3,17,2,0,3,3,3,3,3,3,0,3,3,3,0,3,3,3,3,3,
3,0,3,3,0,3,3,3,2,17,17,17,17,17,0,17,17,2,0,2,2,17,0,0,3,0,0,0,0,0,0,0,
2,2,0,0,0,0,0,0,0,3,17,17,17,17,17,17,0,17,2,2,0,3,3,3,3,3,0,0,17,3,2,17,
2,0,0,2,2,17,0,0,0,0,0,0,0,17,17,2,2,3,4,4,4,4,4,4,0,0,17,3,0,3,3,3,
3,3,3,0,0,0,3,3,3,0,3,3,3,3,0,0,0,3,3,0,3,0,3,3,0,0,0,3,3,0,0,0,
3,3,0,0,0,0,2,2,17,2,2,0,0,0,2,2,2,0,2,2,2,17,0,0,3,0,0,0,0,0,0,2,
4,4,4,2,2,2,2,2,2,2,2,0,0,0,0,0,17,2,2,2,17,3,3,3,3,3,3,3,3,0,3,3,
3,3,0,0,17,3,17,17,17,2,2,2,2,0,17,17,17,0,17,17,17,17,0,0,0,0,0,0,0,17,17,0,
3,3,3,0,0,3,0,0,4,4,4,4,4,4,4,2,3,17,2,2,2,3,3,3,3,3,3,3,0,3,3,3,
2,2,2,2,2,0,17,2,2,0,2,2,17,17,0,0,0,0,0,0,0,2,2,0,0,0,0,0,0,3,3,0,
0,3,3,0,0,0,0,0,17,17,2,2,3,3,3,3,3,3,3,17,17,3,2,2,2,17,17,17,17,0,2,2,
2,0,2,2,2,17,3,2,0,0,0,0,3,3,3,2,4,4,4,4,4,4,4,3,4,4,4,4,4,4,4,4,
4,2,3,3,3,3,3,3,3,3,3,3,3,3,3,0,0,0,3,3,3,3,3,3,3,3,3,3,0,3,0,0,
0,0,17,0,0,0,0,2,2,2,17,17,17,0,17,0,0,0,2,2,2,0,0,0,0,3,3,3,3,3,3,3,
3,17,3,3,17,17,17,17,17,17,17,0,0,0,0,2,3,3,3,3,3,3,18,17,17,17,17,17,17,17,17,2,
7,7,2,2,0,0,0,0,3,3,3,0,3,3,3,3,3,3,3,3,0,3,0,3,17,17,17,17,17,3,0,0,
3,3,3,3,3,0,18,0,17,17,17,17,17,17,0,0,7,7,0,0,3,3,3,3,3,2,2,2,2,2,2,2,
17,17,2,2,2,2,2,2,7,7,4,4,4,4,4,4,4,4,4,4,2,17,2,17,2,17,2,2,2,2,2,2,
3,3,3,3,3,0,0,0,17,17,17,17,17,2,17,17,3,3,3,3,3,17,17,17,17,17,17,17,17,0,2,2,
2,2,2,2,2,0,2,2,3,3,3,2,2,17,17,17,17,2,17,17,17,17,17,17,2,17,17,2,2,17,17,3,
7,7,2,2,2,2,2,2,3,3,3,3,3,3,2,2,17,17,3,3,3,3,17,17,17,3,2,2,2,3,3,2,
2,2,2,2,2,2,3,3,3,17,17,17,17,3,3,3,3,3,17,2,2,17,17,2,2,2,2,2,2,17,3,2,
7,7,2,2,2,17,2,2,10,10,10,10,10,10,0,10,0,0,0,0,0,10,0,0,13,13,13,2,18,13,13,13,
3,3,3,0,0,17,17,17,2,6,6,6,6,6,6,6,6,6,4,4,4,4,4,4,4,4,4,4,4,0,0,0,
10,10,10,10,10,10,0,0,13,13,13,13,13,13,0,0,2,3,3,3,3,3,3,3,3,3,3,3,3,2,2,3,
1,3,3,3,3,3,3,3,3,3,3,2,2,0,0,0,3,3,3,2,2,2,4,4,4,3,3,3,3,3,3,3,
3,3,17,17,17,2,0,0,0,0,0,0,0,0,0,3,3,3,17,17,2,2,2,0,3,3,17,17,0,0,0,0,
3,0,17,17,0,0,0,0,3,3,3,3,17,17,2,17,17,17,17,17,17,17,2,2,17,17,17,17,2,2,2,18,
2,2,2,2,3,17,0,0,7,7,0,0,0,0,0,0,4,4,0,0,0,0,0,0,2,2,2,17,17,17,16,17,
3,3,3,18,3,3,3,3,3,3,3,3,3,17,17,3,3,17,3,0,0,0,0,0,3,3,3,3,3,3,0,0,
17,17,17,2,2,2,2,17,17,2,2,2,0,0,0,0,2,2,17,2,2,2,2,2,2,17,17,17,0,0,0,0,
2,0,0,0,2,2,7,7,3,3,3,3,0,0,0,0,3,3,0,0,0,0,0,0,7,7,6,0,0,0,2,2,
3,3,3,3,3,3,3,17,17,2,2,17,0,0,2,2,3,3,3,3,3,2,17,2,17,17,17,17,17,17,17,0,
17,2,17,2,2,17,17,17,17,17,17,17,17,2,2,2,2,2,2,17,17,17,17,17,17,17,17,17,17,0,0,17,
2,2,2,2,2,2,2,18,2,2,2,2,2,2,0,0,17,17,17,17,2,3,3,3,3,3,3,3,17,2,17,17,
17,17,17,2,17,2,2,2,2,2,17,2,2,3,3,3,17,17,17,17,2,2,2,2,17,17,2,3,3,3,3,3,
3,2,17,17,17,17,2,2,17,17,2,17,17,17,3,3,3,3,3,3,3,3,17,2,17,17,2,2,2,17,2,17,
17,17,2,2,0,0,0,0,0,0,0,0,2,2,2,2,3,3,3,3,2,2,2,2,2,2,2,2,17,17,17,17,
17,17,17,17,2,2,17,17,0,0,0,2,2,2,2,2,7,7,0,0,0,3,3,3,18,18,18,18,18,18,2,2,
13,0,0,0,0,0,0,0,10,10,10,0,0,10,10,10,17,17,17,2,17,17,17,17,17,3,3,3,3,17,3,3,
3,3,3,3,17,3,3,2,17,17,3,0,0,0,0,0,13,13,13,13,20,20,20,20,20,20,20,13,13,13,13,13,
20,13,13,13,13,13,13,13,13,13,13,20,20,20,20,20,10,13,10,13,10,13,13,13,13,13,13,13,13,13,10,13,
0,10,0,10,0,10,0,10,15,15,15,15,15,15,15,15,13,13,13,13,13,0,13,13,10,10,10,10,15,17,13,17,
17,17,13,13,13,0,13,13,10,10,10,10,15,17,17,17,13,13,13,13,0,0,13,13,10,10,10,10,0,17,17,17,
10,10,10,10,10,17,17,17,0,0,13,13,13,0,13,13,10,10,10,10,15,17,17,0,1,1,1,1,1,1,1,1,
1,1,1,16,16,16,16,16,2,2,2,2,17,2,2,17,1,1,16,16,16,16,16,1,2,2,2,2,2,2,2,1,
16,16,16,16,16,0,16,16,16,16,16,16,16,16,16,16,6,20,0,0,6,6,6,6,6,6,2,2,2,2,2,20,
6,6,6,6,6,6,6,6,6,6,2,2,2,2,2,0,20,20,20,20,20,0,0,0,2,0,0,0,0,0,0,0,
17,0,0,0,0,0,0,0,2,2,10,2,2,2,2,10,2,2,13,10,10,10,13,13,10,10,10,13,2,10,2,2,
2,10,10,10,10,10,2,2,2,2,2,2,10,2,10,2,10,2,10,10,10,10,2,13,10,10,10,10,13,3,3,3,
3,13,2,2,13,13,10,10,2,2,2,2,2,10,13,13,13,13,2,2,2,2,13,2,11,11,11,11,11,11,11,11,
14,14,14,14,14,14,14,14,4,4,4,10,13,4,4,4,4,4,2,2,0,0,0,0,6,4,4,4,4,4,4,4,
4,4,4,4,6,6,6,6,6,6,6,6,6,4,4,4,4,4,4,4,2,2,2,2,2,2,2,2,2,2,9,9,
9,9,9,9,9,9,9,9,12,12,12,12,12,12,12,12,12,12,6,4,4,4,4,4,4,4,4,4,4,6,6,6,
6,6,6,6,6,6,4,6,2,2,2,2,2,2,6,6,6,6,6,6,6,6,6,4,6,4,6,6,6,6,6,6,
6,6,6,4,2,2,2,2,2,2,2,2,0,0,2,2,2,2,2,2,2,2,0,2,10,13,10,10,10,13,13,10,
13,10,13,10,13,10,10,10,10,13,10,13,13,10,13,13,13,13,13,13,20,20,10,10,10,13,10,13,13,2,2,2,
2,2,2,10,13,10,13,17,17,17,10,13,0,0,0,0,0,2,2,2,2,4,2,2,13,13,13,13,13,13,0,13,
0,0,0,0,0,13,0,0,0,0,0,0,0,0,0,18,0,0,0,0,0,0,0,17,2,2,0,2,2,2,2,2,
2,2,2,2,0,0,0,0,1,2,2,2,2,18,3,4,2,4,4,4,4,4,4,4,4,4,17,17,17,17,2,2,
2,18,18,18,18,18,2,2,4,4,4,18,3,2,2,2,0,17,17,17,17,18,18,3,3,3,3,2,18,18,18,3,
0,0,0,0,0,3,3,3,2,2,4,4,4,4,2,2,4,4,2,2,2,2,2,2,3,3,3,3,3,5,3,3,
3,3,3,5,3,3,3,3,3,3,5,3,3,3,3,3,5,3,3,5,3,3,3,5,3,5,3,3,3,3,3,3,
3,3,3,3,5,3,3,3,3,3,3,3,5,3,5,3,3,3,3,3,3,3,3,5,5,3,3,3,3,3,3,3,
3,3,3,3,3,3,5,3,3,5,3,5,3,5,3,3,3,5,3,5,5,5,3,3,3,5,5,5,5,3,3,3,
3,3,3,3,3,3,5,5,3,3,3,3,5,5,5,3,3,3,3,3,3,18,3,3,3,3,3,3,18,2,2,2,
7,7,3,3,0,0,0,0,10,13,10,13,10,13,3,17,17,17,17,17,17,17,2,18,10,13,10,13,20,20,17,17,
3,3,3,3,3,3,4,4,17,17,17,17,17,17,17,18,13,10,13,10,13,10,10,13,18,17,17,10,13,10,13,3,
10,13,10,13,13,13,10,13,10,13,10,10,10,10,10,13,10,10,10,10,10,13,10,13,10,13,10,13,10,10,10,10,
13,10,13,0,0,0,0,0,10,13,0,13,0,13,10,13,10,13,0,0,0,0,0,0,0,0,18,18,18,10,13,3,
20,20,13,3,3,3,3,3,3,3,17,3,3,3,17,3,3,3,3,17,3,3,3,3,3,3,3,2,2,17,17,2,
2,2,2,2,17,0,0,0,4,4,4,4,4,4,2,2,2,2,3,3,3,3,3,3,2,2,2,2,17,17,0,0,
0,0,0,0,0,0,2,2,17,17,3,3,3,3,3,3,2,2,2,3,2,3,3,17,3,3,3,17,2,2,17,17,
17,17,2,2,17,17,2,2,2,2,2,2,2,2,0,18,7,7,0,0,0,0,2,2,3,3,3,3,3,17,18,3,
7,7,3,3,3,3,3,0,3,17,17,17,17,17,17,2,2,17,17,2,2,17,17,0,3,3,3,3,17,2,0,0,
7,7,0,0,2,2,2,2,18,3,3,3,3,3,3,2,2,2,3,2,17,2,3,3,17,3,17,17,17,3,3,17,
17,3,3,3,3,3,17,17,0,0,0,3,3,18,2,2,3,3,3,2,17,17,2,2,2,2,3,18,18,2,17,0,
0,3,3,3,3,3,3,0,13,13,13,17,20,20,20,20,13,18,17,17,0,0,0,0,3,3,3,2,2,17,2,2,
17,2,2,2,2,17,0,0,0,0,0,3,3,3,3,3,3,5,3,5,3,3,3,3,13,13,13,13,13,13,13,0,
0,0,0,13,13,13,13,13,0,0,0,0,0,3,17,3,3,2,3,3,3,3,3,3,3,3,3,3,3,0,3,0,
3,3,0,3,3,0,3,3,3,3,17,17,17,17,17,17,17,17,17,0,0,0,0,0,2,2,2,17,2,2,2,2,
2,2,17,0,2,17,2,2,3,3,3,3,3,0,0,16,0,2,2,2,2,2,2,17,13,13,13,2,2,2,2,2,
3,3,3,3,3,3,18,18,0,0,3,3,3,0,0,0,2,2,2,17,2,2,2,0,0,16,16,16,2,2,0,0,
3,3,3,0,3,3,0,3,2,2,2,0,0,0,0,4,4,4,4,4,0,0,0,2,4,2,2,2,2,2,2,2,
2,2,4,4,2,2,2,0,2,2,2,2,2,0,0,0,2,2,2,2,2,17,0,0,17,4,4,4,4,4,4,4,
4,4,4,4,0,0,0,0,3,4,3,3,3,3,3,3,3,3,4,0,0,0,0,0,3,3,3,3,3,3,0,2,
2,4,4,4,4,4,0,0,10,10,10,10,0,0,0,0,13,13,13,13,0,0,0,0,10,10,10,0,10,10,10,10,
10,10,10,0,10,10,0,13,13,13,0,13,13,13,13,13,13,13,0,13,13,0,0,0,20,18,18,20,20,20,0,20,
20,0,20,20,20,20,20,20,20,20,20,0,0,0,0,0,3,0,0,0,3,0,0,3,3,3,3,3,3,3,3,2,
0,0,0,0,0,0,0,4,3,3,3,0,3,3,0,0,0,0,0,4,4,4,4,4,3,3,0,0,0,0,0,2,
0,0,0,0,4,4,3,3,0,0,4,4,4,4,4,4,3,17,17,17,0,17,17,0,0,0,0,0,17,17,17,17,
17,17,17,0,0,0,0,17,6,6,6,6,4,4,4,4,4,0,0,0,0,0,0,0,3,3,3,3,3,4,4,2,
3,3,3,3,3,4,4,4,3,3,3,3,3,17,17,0,0,2,2,2,2,2,2,2,0,2,2,2,2,0,0,0,
0,4,4,4,4,4,4,4,10,10,10,0,0,0,0,0,13,13,13,0,0,0,0,0,3,3,3,3,17,17,17,17,
4,4,4,4,4,4,4,0,3,3,0,17,17,2,0,0,17,4,4,4,4,2,2,2,3,3,17,17,17,17,2,2,
2,17,2,3,3,3,3,3,0,0,6,6,6,6,6,6,6,6,6,4,4,4,4,4,4,4,4,4,4,4,7,7,
17,3,3,17,17,3,0,0,2,2,2,17,17,17,17,2,2,17,17,2,2,16,2,2,2,2,17,0,0,0,0,0,
0,0,0,0,0,16,0,0,17,17,17,3,3,3,3,3,17,17,17,17,2,17,17,17,17,17,17,17,17,0,7,7,
2,2,2,2,3,2,2,3,3,3,3,17,2,2,3,0,3,3,3,2,2,2,17,17,2,3,3,3,3,2,2,2,
2,17,17,17,17,2,2,17,7,7,3,2,3,2,2,2,3,3,3,3,2,2,2,17,17,17,2,2,17,2,17,17,
2,2,2,2,2,2,17,0,3,0,3,3,3,3,0,3,3,2,0,0,0,0,0,0,17,17,2,2,0,3,3,3,
3,3,0,17,17,3,2,2,17,2,2,2,2,0,0,2,2,0,0,2,2,2,0,0,3,3,2,2,0,0,17,17,
17,17,17,17,17,0,0,0,3,3,3,3,3,2,2,2,2,2,17,17,17,2,17,3,3,3,3,2,2,2,2,2,
7,7,2,2,0,2,17,3,17,2,17,2,2,2,2,17,17,2,17,17,3,3,2,3,2,2,17,17,17,17,0,0,
2,2,2,2,17,17,2,17,17,2,2,2,2,2,2,2,3,3,3,3,17,17,0,0,17,17,17,2,2,17,2,17,
17,2,2,2,3,0,0,0,3,3,3,17,2,17,2,2,2,2,17,17,17,17,2,17,17,17,17,17,0,0,0,0,
7,7,4,4,2,2,2,2,2,17,17,2,0,0,0,0,4,4,4,0,0,0,0,0,0,3,0,0,3,3,3,3,
3,3,3,3,0,3,3,0,2,0,0,17,17,2,17,3,2,3,2,17,2,2,2,0,3,2,2,2,17,17,17,17,
0,0,17,17,2,2,2,2,17,3,2,3,2,0,0,0,17,2,3,17,17,17,17,2,2,2,2,2,2,2,2,17,
2,17,17,17,3,3,3,3,17,17,2,2,2,3,2,2,3,2,2,2,2,2,0,0,0,0,17,17,17,17,17,17,
0,2,17,17,17,17,17,17,17,2,17,17,2,17,17,0,3,17,17,17,17,17,17,0,0,0,17,0,17,17,0,17,
17,17,17,17,17,17,3,17,3,3,2,2,2,2,2,0,17,17,0,2,2,17,2,17,3,3,3,17,17,2,2,2,
4,4,4,4,4,2,2,2,3,2,2,0,0,0,0,0,16,0,0,0,0,0,0,0,17,17,17,17,17,2,0,0,
18,18,18,18,2,2,0,0,7,7,0,4,4,4,4,4,4,4,0,3,3,3,3,3,3,3,3,0,0,0,0,17,
17,17,17,18,18,18,18,18,18,18,2,18,17,0,0,0,18,18,18,18,0,18,18,18,18,18,18,18,0,18,18,0,
0,0,0,0,3,3,3,3,3,3,0,0,2,17,17,2,16,16,16,16,0,0,0,0,2,2,2,16,16,16,16,16,
16,16,16,17,17,17,17,17,17,17,17,2,2,17,17,17,2,2,17,17,17,17,2,2,2,2,17,17,17,2,0,0,
10,10,13,13,13,13,13,13,13,13,13,13,10,10,10,10,10,10,10,10,10,10,13,13,13,13,13,13,10,0,10,10,
0,0,10,0,0,10,10,0,0,10,10,10,10,0,10,10,13,13,0,13,0,13,13,13,13,13,13,13,0,13,13,13,
13,13,13,13,10,10,0,10,10,10,10,10,10,0,10,10,10,10,10,10,10,0,13,13,10,10,0,10,10,10,10,0,
10,10,10,10,10,0,10,0,0,0,10,10,10,10,10,10,10,0,13,13,13,13,13,13,10,2,13,13,13,13,13,13,
13,13,13,2,13,13,13,13,13,13,10,10,10,10,10,10,10,10,10,2,13,13,13,13,13,13,13,13,13,2,13,13,
10,10,10,10,10,2,13,13,13,13,13,13,13,13,10,10,13,2,13,13,13,13,13,13,13,13,10,13,0,0,7,7,
2,2,2,2,2,17,2,2,2,2,2,2,17,2,2,2,0,0,0,17,17,17,17,17,13,13,3,13,13,13,13,13,
17,0,0,17,17,17,17,17,17,17,0,17,17,0,17,17,18,18,18,18,18,18,0,0,7,7,0,0,0,0,3,2,
3,3,3,3,3,3,17,0,7,7,0,0,0,0,0,2,3,3,3,3,3,0,0,4,13,13,13,13,17,17,17,17,
17,17,17,18,0,0,0,0,4,4,4,4,2,4,4,4,2,4,4,4,4,0,0,0,4,4,4,4,4,4,2,4,
4,4,4,4,4,4,0,0,0,3,3,0,3,0,0,3,0,3,0,3,0,0,0,0,0,0,3,0,0,0,0,3,
0,3,0,3,0,3,3,3,0,3,0,3,0,3,0,3,0,3,3,3,0,3,3,3,6,6,6,4,4,2,2,2,
9,9,2,2,2,2,2,2,0,0,0,0,0,2,2,2,2,2,2,0,2,2,2,2,0,16,0,0,0,0,0,0,
};
static const uint32_t udb_decimal_zeros[66] = {
48,1632,1776,1984,2406,2534,2662,2790,2918,3046,3174,3302,
3430,3558,3664,3792,3872,4160,4240,6112,6160,6470,6608,6784,
6800,6992,7088,7232,7248,42528,43216,43264,43472,43504,43600,44016,
65296,66720,68912,69734,69872,69942,70096,70384,70736,70864,71248,71360,
71472,71904,72016,72784,73040,73120,92768,92864,93008,120782,120792,120802,
120812,120822,123200,123632,125264,130032,
};
static const udb_case_run udb_upper_runs[194] = {
{0x61,26,1,-32},{0xB5,1,1,743},{0xE0,23,1,-32},{0xF8,7,1,-32},{0xFF,1,1,121},{0x101,24,2,-1},
{0x131,1,1,-232},{0x133,3,2,-1},{0x13A,8,2,-1},{0x14B,23,2,-1},{0x17A,3,2,-1},{0x17F,1,1,-300},
{0x180,1,1,195},{0x183,2,2,-1},{0x188,1,1,-1},{0x18C,1,1,-1},{0x192,1,1,-1},{0x195,1,1,97},
{0x199,1,1,-1},{0x19A,1,1,163},{0x19E,1,1,130},{0x1A1,3,2,-1},{0x1A8,1,1,-1},{0x1AD,1,1,-1},
{0x1B0,1,1,-1},{0x1B4,2,2,-1},{0x1B9,1,1,-1},{0x1BD,1,1,-1},{0x1BF,1,1,56},{0x1C5,1,1,-1},
{0x1C6,1,1,-2},{0x1C8,1,1,-1},{0x1C9,1,1,-2},{0x1CB,1,1,-1},{0x1CC,1,1,-2},{0x1CE,8,2,-1},
{0x1DD,1,1,-79},{0x1DF,9,2,-1},{0x1F2,1,1,-1},{0x1F3,1,1,-2},{0x1F5,1,1,-1},{0x1F9,20,2,-1},
{0x223,9,2,-1},{0x23C,1,1,-1},{0x23F,2,1,10815},{0x242,1,1,-1},{0x247,5,2,-1},{0x250,1,1,10783},
{0x251,1,1,10780},{0x252,1,1,10782},{0x253,1,1,-210},{0x254,1,1,-206},{0x256,2,1,-205},{0x259,1,1,-202},
{0x25B,1,1,-203},{0x25C,1,1,42319},{0x260,1,1,-205},{0x261,1,1,42315},{0x263,1,1,-207},{0x265,1,1,42280},
{0x266,1,1,42308},{0x268,1,1,-209},{0x269,1,1,-211},{0x26A,1,1,42308},{0x26B,1,1,10743},{0x26C,1,1,42305},
{0x26F,1,1,-211},{0x271,1,1,10749},{0x272,1,1,-213},{0x275,1,1,-214},{0x27D,1,1,10727},{0x280,1,1,-218},
{0x282,1,1,42307},{0x283,1,1,-218},{0x287,1,1,42282},{0x288,1,1,-218},{0x289,1,1,-69},{0x28A,2,1,-217},
{0x28C,1,1,-71},{0x292,1,1,-219},{0x29D,1,1,42261},{0x29E,1,1,42258},{0x345,1,1,84},{0x371,2,2,-1},
{0x377,1,1,-1},{0x37B,3,1,130},{0x3AC,1,1,-38},{0x3AD,3,1,-37},{0x3B1,17,1,-32},{0x3C2,1,1,-31},
{0x3C3,9,1,-32},{0x3CC,1,1,-64},{0x3CD,2,1,-63},{0x3D0,1,1,-62},{0x3D1,1,1,-57},{0x3D5,1,1,-47},
{0x3D6,1,1,-54},{0x3D7,1,1,-8},{0x3D9,12,2,-1},{0x3F0,1,1,-86},{0x3F1,1,1,-80},{0x3F2,1,1,7},
{0x3F3,1,1,-116},{0x3F5,1,1,-96},{0x3F8,1,1,-1},{0x3FB,1,1,-1},{0x430,32,1,-32},{0x450,16,1,-80},
{0x461,17,2,-1},{0x48B,27,2,-1},{0x4C2,7,2,-1},{0x4CF,1,1,-15},{0x4D1,48,2,-1},{0x561,38,1,-48},
{0x10D0,43,1,3008},{0x10FD,3,1,3008},{0x13F8,6,1,-8},{0x1C80,1,1,-6254},{0x1C81,1,1,-6253},{0x1C82,1,1,-6244},
{0x1C83,2,1,-6242},{0x1C85,1,1,-6243},{0x1C86,1,1,-6236},{0x1C87,1,1,-6181},{0x1C88,1,1,35266},{0x1D79,1,1,35332},
{0x1D7D,1,1,3814},{0x1D8E,1,1,35384},{0x1E01,75,2,-1},{0x1E9B,1,1,-59},{0x1EA1,48,2,-1},{0x1F00,8,1,8},
{0x1F10,6,1,8},{0x1F20,8,1,8},{0x1F30,8,1,8},{0x1F40,6,1,8},{0x1F51,4,2,8},{0x1F60,8,1,8},
{0x1F70,2,1,74},{0x1F72,4,1,86},{0x1F76,2,1,100},{0x1F78,2,1,128},{0x1F7A,2,1,112},{0x1F7C,2,1,126},
{0x1FB0,2,1,8},{0x1FBE,1,1,-7205},{0x1FD0,2,1,8},{0x1FE0,2,1,8},{0x1FE5,1,1,7},{0x214E,1,1,-28},
{0x2170,16,1,-16},{0x2184,1,1,-1},{0x24D0,26,1,-26},{0x2C30,48,1,-48},{0x2C61,1,1,-1},{0x2C65,1,1,-10795},
{0x2C66,1,1,-10792},{0x2C68,3,2,-1},{0x2C73,1,1,-1},{0x2C76,1,1,-1},{0x2C81,50,2,-1},{0x2CEC,2,2,-1},
{0x2CF3,1,1,-1},{0x2D00,38,1,-7264},{0x2D27,1,1,-7264},{0x2D2D,1,1,-7264},{0xA641,23,2,-1},{0xA681,14,2,-1},
{0xA723,7,2,-1},{0xA733,31,2,-1},{0xA77A,2,2,-1},{0xA77F,5,2,-1},{0xA78C,1,1,-1},{0xA791,2,2,-1},
{0xA794,1,1,48},{0xA797,10,2,-1},{0xA7B5,8,2,-1},{0xA7C8,2,2,-1},{0xA7D1,1,1,-1},{0xA7D7,2,2,-1},
{0xA7F6,1,1,-1},{0xAB53,1,1,-928},{0xAB70,80,1,-38864},{0xFF41,26,1,-32},{0x10428,40,1,-40},{0x104D8,36,1,-40},
{0x10597,11,1,-39},{0x105A3,15,1,-39},{0x105B3,7,1,-39},{0x105BB,2,1,-39},{0x10CC0,51,1,-64},{0x118C0,32,1,-32},
{0x16E60,32,1,-32},{0x1E922,34,1,-34},
};
static const udb_case_run udb_lower_runs[181] = {
{0x41,26,1,32},{0xC0,23,1,32},{0xD8,7,1,32},{0x100,24,2,1},{0x132,3,2,1},{0x139,8,2,1},
{0x14A,23,2,1},{0x178,1,1,-121},{0x179,3,2,1},{0x181,1,1,210},{0x182,2,2,1},{0x186,1,1,206},
{0x187,1,1,1},{0x189,2,1,205},{0x18B,1,1,1},{0x18E,1,1,79},{0x18F,1,1,202},{0x190,1,1,203},
{0x191,1,1,1},{0x193,1,1,205},{0x194,1,1,207},{0x196,1,1,211},{0x197,1,1,209},{0x198,1,1,1},
{0x19C,1,1,211},{0x19D,1,1,213},{0x19F,1,1,214},{0x1A0,3,2,1},{0x1A6,1,1,218},{0x1A7,1,1,1},
{0x1A9,1,1,218},{0x1AC,1,1,1},{0x1AE,1,1,218},{0x1AF,1,1,1},{0x1B1,2,1,217},{0x1B3,2,2,1},
{0x1B7,1,1,219},{0x1B8,1,1,1},{0x1BC,1,1,1},{0x1C4,1,1,2},{0x1C5,1,1,1},{0x1C7,1,1,2},
{0x1C8,1,1,1},{0x1CA,1,1,2},{0x1CB,9,2,1},{0x1DE,9,2,1},{0x1F1,1,1,2},{0x1F2,2,2,1},
{0x1F6,1,1,-97},{0x1F7,1,1,-56},{0x1F8,20,2,1},{0x220,1,1,-130},{0x222,9,2,1},{0x23A,1,1,10795},
{0x23B,1,1,1},{0x23D,1,1,-163},{0x23E,1,1,10792},{0x241,1,1,1},{0x243,1,1,-195},{0x244,1,1,69},
{0x245,1,1,71},{0x246,5,2,1},{0x370,2,2,1},{0x376,1,1,1},{0x37F,1,1,116},{0x386,1,1,38},
{0x388,3,1,37},{0x38C,1,1,64},{0x38E,2,1,63},{0x391,17,1,32},{0x3A3,9,1,32},{0x3CF,1,1,8},
{0x3D8,12,2,1},{0x3F4,1,1,-60},{0x3F7,1,1,1},{0x3F9,1,1,-7},{0x3FA,1,1,1},{0x3FD,3,1,-130},
{0x400,16,1,80},{0x410,32,1,32},{0x460,17,2,1},{0x48A,27,2,1},{0x4C0,1,1,15},{0x4C1,7,2,1},
{0x4D0,48,2,1},{0x531,38,1,48},{0x10A0,38,1,7264},{0x10C7,1,1,7264},{0x10CD,1,1,7264},{0x13A0,80,1,38864},
{0x13F0,6,1,8},{0x1C90,43,1,-3008},{0x1CBD,3,1,-3008},{0x1E00,75,2,1},{0x1E9E,1,1,-7615},{0x1EA0,48,2,1},
{0x1F08,8,1,-8},{0x1F18,6,1,-8},{0x1F28,8,1,-8},{0x1F38,8,1,-8},{0x1F48,6,1,-8},{0x1F59,4,2,-8},
{0x1F68,8,1,-8},{0x1F88,8,1,-8},{0x1F98,8,1,-8},{0x1FA8,8,1,-8},{0x1FB8,2,1,-8},{0x1FBA,2,1,-74},
{0x1FBC,1,1,-9},{0x1FC8,4,1,-86},{0x1FCC,1,1,-9},{0x1FD8,2,1,-8},{0x1FDA,2,1,-100},{0x1FE8,2,1,-8},
{0x1FEA,2,1,-112},{0x1FEC,1,1,-7},{0x1FF8,2,1,-128},{0x1FFA,2,1,-126},{0x1FFC,1,1,-9},{0x2126,1,1,-7517},
{0x212A,1,1,-8383},{0x212B,1,1,-8262},{0x2132,1,1,28},{0x2160,16,1,16},{0x2183,1,1,1},{0x24B6,26,1,26},
{0x2C00,48,1,48},{0x2C60,1,1,1},{0x2C62,1,1,-10743},{0x2C63,1,1,-3814},{0x2C64,1,1,-10727},{0x2C67,3,2,1},
{0x2C6D,1,1,-10780},{0x2C6E,1,1,-10749},{0x2C6F,1,1,-10783},{0x2C70,1,1,-10782},{0x2C72,1,1,1},{0x2C75,1,1,1},
{0x2C7E,2,1,-10815},{0x2C80,50,2,1},{0x2CEB,2,2,1},{0x2CF2,1,1,1},{0xA640,23,2,1},{0xA680,14,2,1},
{0xA722,7,2,1},{0xA732,31,2,1},{0xA779,2,2,1},{0xA77D,1,1,-35332},{0xA77E,5,2,1},{0xA78B,1,1,1},
{0xA78D,1,1,-42280},{0xA790,2,2,1},{0xA796,10,2,1},{0xA7AA,1,1,-42308},{0xA7AB,1,1,-42319},{0xA7AC,1,1,-42315},
{0xA7AD,1,1,-42305},{0xA7AE,1,1,-42308},{0xA7B0,1,1,-42258},{0xA7B1,1,1,-42282},{0xA7B2,1,1,-42261},{0xA7B3,1,1,928},
{0xA7B4,8,2,1},{0xA7C4,1,1,-48},{0xA7C5,1,1,-42307},{0xA7C6,1,1,-35384},{0xA7C7,2,2,1},{0xA7D0,1,1,1},
{0xA7D6,2,2,1},{0xA7F5,1,1,1},{0xFF21,26,1,32},{0x10400,40,1,40},{0x104B0,36,1,40},{0x10570,11,1,39},
{0x1057C,15,1,39},{0x1058C,7,1,39},{0x10594,2,1,39},{0x10C80,51,1,64},{0x118A0,32,1,32},{0x16E40,32,1,32},
{0x1E900,34,1,34},
};
static const udb_case_multi udb_upper_multi[102] = {
{0xDF,2,"\x53\x53"},
{0x149,2,"\xca\xbc\x4e"},
{0x1F0,2,"\x4a\xcc\x8c"},
{0x390,3,"\xce\x99\xcc\x88\xcc\x81"},
{0x3B0,3,"\xce\xa5\xcc\x88\xcc\x81"},
{0x587,2,"\xd4\xb5\xd5\x92"},
{0x1E96,2,"\x48\xcc\xb1"},
{0x1E97,2,"\x54\xcc\x88"},
{0x1E98,2,"\x57\xcc\x8a"},
{0x1E99,2,"\x59\xcc\x8a"},
{0x1E9A,2,"\x41\xca\xbe"},
{0x1F50,2,"\xce\xa5\xcc\x93"},
{0x1F52,3,"\xce\xa5\xcc\x93\xcc\x80"},
{0x1F54,3,"\xce\xa5\xcc\x93\xcc\x81"},
{0x1F56,3,"\xce\xa5\xcc\x93\xcd\x82"},
{0x1F80,2,"\xe1\xbc\x88\xce\x99"},
{0x1F81,2,"\xe1\xbc\x89\xce\x99"},
{0x1F82,2,"\xe1\xbc\x8a\xce\x99"},
{0x1F83,2,"\xe1\xbc\x8b\xce\x99"},
{0x1F84,2,"\xe1\xbc\x8c\xce\x99"},
{0x1F85,2,"\xe1\xbc\x8d\xce\x99"},
{0x1F86,2,"\xe1\xbc\x8e\xce\x99"},
{0x1F87,2,"\xe1\xbc\x8f\xce\x99"},
{0x1F88,2,"\xe1\xbc\x88\xce\x99"},
{0x1F89,2,"\xe1\xbc\x89\xce\x99"},
{0x1F8A,2,"\xe1\xbc\x8a\xce\x99"},
{0x1F8B,2,"\xe1\xbc\x8b\xce\x99"},
{0x1F8C,2,"\xe1\xbc\x8c\xce\x99"},
{0x1F8D,2,"\xe1\xbc\x8d\xce\x99"},
{0x1F8E,2,"\xe1\xbc\x8e\xce\x99"},
{0x1F8F,2,"\xe1\xbc\x8f\xce\x99"},
{0x1F90,2,"\xe1\xbc\xa8\xce\x99"},
{0x1F91,2,"\xe1\xbc\xa9\xce\x99"},
{0x1F92,2,"\xe1\xbc\xaa\xce\x99"},
{0x1F93,2,"\xe1\xbc\xab\xce\x99"},
{0x1F94,2,"\xe1\xbc\xac\xce\x99"},
{0x1F95,2,"\xe1\xbc\xad\xce\x99"},
{0x1F96,2,"\xe1\xbc\xae\xce\x99"},
{0x1F97,2,"\xe1\xbc\xaf\xce\x99"},
{0x1F98,2,"\xe1\xbc\xa8\xce\x99"},
{0x1F99,2,"\xe1\xbc\xa9\xce\x99"},
{0x1F9A,2,"\xe1\xbc\xaa\xce\x99"},
{0x1F9B,2,"\xe1\xbc\xab\xce\x99"},
{0x1F9C,2,"\xe1\xbc\xac\xce\x99"},
{0x1F9D,2,"\xe1\xbc\xad\xce\x99"},
{0x1F9E,2,"\xe1\xbc\xae\xce\x99"},
{0x1F9F,2,"\xe1\xbc\xaf\xce\x99"},
{0x1FA0,2,"\xe1\xbd\xa8\xce\x99"},
{0x1FA1,2,"\xe1\xbd\xa9\xce\x99"},
{0x1FA2,2,"\xe1\xbd\xaa\xce\x99"},
{0x1FA3,2,"\xe1\xbd\xab\xce\x99"},
{0x1FA4,2,"\xe1\xbd\xac\xce\x99"},
{0x1FA5,2,"\xe1\xbd\xad\xce\x99"},
{0x1FA6,2,"\xe1\xbd\xae\xce\x99"},
{0x1FA7,2,"\xe1\xbd\xaf\xce\x99"},
{0x1FA8,2,"\xe1\xbd\xa8\xce\x99"},
{0x1FA9,2,"\xe1\xbd\xa9\xce\x99"},
{0x1FAA,2,"\xe1\xbd\xaa\xce\x99"},
{0x1FAB,2,"\xe1\xbd\xab\xce\x99"},
{0x1FAC,2,"\xe1\xbd\xac\xce\x99"},
{0x1FAD,2,"\xe1\xbd\xad\xce\x99"},
{0x1FAE,2,"\xe1\xbd\xae\xce\x99"},
{0x1FAF,2,"\xe1\xbd\xaf\xce\x99"},
{0x1FB2,2,"\xe1\xbe\xba\xce\x99"},
{0x1FB3,2,"\xce\x91\xce\x99"},
{0x1FB4,2,"\xce\x86\xce\x99"},
{0x1FB6,2,"\xce\x91\xcd\x82"},
{0x1FB7,3,"\xce\x91\xcd\x82\xce\x99"},
{0x1FBC,2,"\xce\x91\xce\x99"},
{0x1FC2,2,"\xe1\xbf\x8a\xce\x99"},
{0x1FC3,2,"\xce\x97\xce\x99"},
{0x1FC4,2,"\xce\x89\xce\x99"},
{0x1FC6,2,"\xce\x97\xcd\x82"},
{0x1FC7,3,"\xce\x97\xcd\x82\xce\x99"},
{0x1FCC,2,"\xce\x97\xce\x99"},
{0x1FD2,3,"\xce\x99\xcc\x88\xcc\x80"},
{0x1FD3,3,"\xce\x99\xcc\x88\xcc\x81"},
{0x1FD6,2,"\xce\x99\xcd\x82"},
{0x1FD7,3,"\xce\x99\xcc\x88\xcd\x82"},
{0x1FE2,3,"\xce\xa5\xcc\x88\xcc\x80"},
{0x1FE3,3,"\xce\xa5\xcc\x88\xcc\x81"},
{0x1FE4,2,"\xce\xa1\xcc\x93"},
{0x1FE6,2,"\xce\xa5\xcd\x82"},
{0x1FE7,3,"\xce\xa5\xcc\x88\xcd\x82"},
{0x1FF2,2,"\xe1\xbf\xba\xce\x99"},
{0x1FF3,2,"\xce\xa9\xce\x99"},
{0x1FF4,2,"\xce\x8f\xce\x99"},
{0x1FF6,2,"\xce\xa9\xcd\x82"},
{0x1FF7,3,"\xce\xa9\xcd\x82\xce\x99"},
{0x1FFC,2,"\xce\xa9\xce\x99"},
{0xFB00,2,"\x46\x46"},
{0xFB01,2,"\x46\x49"},
{0xFB02,2,"\x46\x4c"},
{0xFB03,3,"\x46\x46\x49"},
{0xFB04,3,"\x46\x46\x4c"},
{0xFB05,2,"\x53\x54"},
{0xFB06,2,"\x53\x54"},
{0xFB13,2,"\xd5\x84\xd5\x86"},
{0xFB14,2,"\xd5\x84\xd4\xb5"},
{0xFB15,2,"\xd5\x84\xd4\xbb"},
{0xFB16,2,"\xd5\x8e\xd5\x86"},
{0xFB17,2,"\xd5\x84\xd4\xbd"},
};
static const udb_case_multi udb_lower_multi[1] = {
{0x130,2,"\x69\xcc\x87"},
};
/* END GENERATED UNICODE TABLES */

static unsigned udb_flags(uint32_t c) {
    uint32_t i;
    if (c < UDB_LOW_LIMIT) i = c;
    else if (c >= UDB_HIGH_START && c < UDB_HIGH_END) i = c - UDB_HIGH_START + UDB_LOW_LIMIT;
    else return 0;
    uint32_t chunk = udb_index0[i >> (UDB_SHIFT1 + UDB_SHIFT2)];
    uint32_t block = udb_index1[(chunk << UDB_SHIFT1) + ((i >> UDB_SHIFT2) & ((1u << UDB_SHIFT1) - 1))];
    return udb_records[udb_index2[(block << UDB_SHIFT2) + (i & ((1u << UDB_SHIFT2) - 1))]];
}

static int udb_decimal(uint32_t c) {
    if (!(udb_flags(c) & U_DECIMAL)) return -1;
    Signed lo = 0, hi = (Signed)(sizeof udb_decimal_zeros / sizeof udb_decimal_zeros[0]) - 1;
    while (lo < hi) {          /* last zero <= c */
        Signed mid = (lo + hi + 1) / 2;
        if (udb_decimal_zeros[mid] <= c) lo = mid; else hi = mid - 1;
    }
    uint32_t z = udb_decimal_zeros[lo];
    return (c >= z && c - z < 10) ? (int)(c - z) : -1;
}

static int udb_map(uint32_t c, int upper, char *out, Signed *nch) {
    const udb_case_multi *m = upper ? udb_upper_multi : udb_lower_multi;
    Signed nm = upper ? (Signed)(sizeof udb_upper_multi / sizeof udb_upper_multi[0])
                      : (Signed)(sizeof udb_lower_multi / sizeof udb_lower_multi[0]);
    Signed lo = 0, hi = nm - 1;
    while (lo <= hi) {
        Signed mid = (lo + hi) / 2;
        if (m[mid].cp == c && m[mid].utf8 != NULL) {
            size_t l = strlen(m[mid].utf8);
            memcpy(out, m[mid].utf8, l);
            *nch = m[mid].nchars;
            return (int)l;
        }
        if (m[mid].cp < c) lo = mid + 1; else hi = mid - 1;
    }
    const udb_case_run *r = upper ? udb_upper_runs : udb_lower_runs;
    Signed nr = upper ? (Signed)(sizeof udb_upper_runs / sizeof udb_upper_runs[0])
                      : (Signed)(sizeof udb_lower_runs / sizeof udb_lower_runs[0]);
    lo = 0; hi = nr - 1;
    *nch = 1;
    while (lo < hi) {          /* last run with start <= c */
        Signed mid = (lo + hi + 1) / 2;
        if (r[mid].start <= c) lo = mid; else hi = mid - 1;
    }
    if (r[lo].start <= c) {
        uint32_t off = c - r[lo].start;
        if (off % r[lo].stride == 0 && off / r[lo].stride < r[lo].count)
            return u8enc((uint32_t)((int32_t)c + r[lo].delta), out);
    }
    return u8enc(c, out);
}

/* ---------------------------------------------------------------- bytes(list of int) */

rpy_string *rpy_bytes_from_list(rpy_list *items) {
    Signed n = items->length;
    for (Signed k = 0; k < n; k++) {
        Signed v = items->items->items[k].i;
        if (v < 0 || v > 255) {
            rpy_raise(RPY_EXC_ValueError, "bytes must be in range(0, 256)");
            return NULL;
        }
    }
    RPY_PUSH(items);
    rpy_string *r = rpy_str_alloc(RPY_TID_BYTES, n);
    RPY_POP(rpy_list *, items);
    if (r == NULL) return NULL;
    for (Signed k = 0; k < n; k++) r->data[k] = (char)(unsigned char)items->items->items[k].i;
    return r;
}
