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

/* Shortest digit string that round-trips (David Gay's mode 0, as used by
   CPython's repr).  The correctly rounded p-digit decimal (printf's %.*e,
   exact in glibc) is the best p-digit candidate when the rounding interval
   of x is symmetric, and "it reads back as x" is monotonic in p: a search,
   16 and 15 digits first, over candidates rounded from one printing of 40
   digits (an integer below 2**53 is its own digits, no search).  At a power of two the interval below x is half as wide, and
   the p-digit neighbour on the other side of x may round-trip when the
   closest one does not: then each p is tried in turn with both
   candidates.  digits gets the digits (no trailing zeros); the value is
   0.DIGITS * 10**decpt. */
/* The digits of x (x > 0) printed once to 40 places, from which each
   correctly rounded p-digit candidate (p <= 17) is made without printing
   again: a tail past digit p that reads exactly as a half (5 then zeros)
   may be a rounded one, and only then is %.*e asked. */
typedef struct { char d[48]; int e; double x; } float_digits;

static void digits40(double x, float_digits *fd) {
    char buf[64];
    snprintf(buf, sizeof buf, "%.39e", x);
    int nd = 0, k = 0;
    for (; buf[k] && buf[k] != 'e'; k++) if (buf[k] != '.') fd->d[nd++] = buf[k];
    fd->d[nd] = 0;
    fd->e = atoi(buf + k + 1);
    fd->x = x;
}

static int closest_roundtrips(const float_digits *fd, int p, char *buf, size_t n) {
    int k = p;
    int cmp = 0;                           /* the tail against a half */
    if (fd->d[k] > '5') cmp = 1;
    else if (fd->d[k] < '5') cmp = -1;
    else {
        for (k = p + 1; fd->d[k]; k++) if (fd->d[k] != '0') { cmp = 1; break; }
    }
    if (cmp == 0) {
        snprintf(buf, n, "%.*e", p - 1, fd->x);
        return strtod(buf, NULL) == fd->x;
    }
    char dg[24];
    memcpy(dg, fd->d, (size_t)p);
    int e = fd->e, nd = p;
    if (cmp > 0) {
        int j = nd - 1;
        while (j >= 0 && dg[j] == '9') { dg[j] = '0'; j--; }
        if (j >= 0) dg[j]++;
        else { dg[0] = '1'; e++; }         /* 9...9 rounds to 10...0 */
    }
    int o = 0;
    buf[o++] = dg[0];
    if (nd > 1) { buf[o++] = '.'; memcpy(buf + o, dg + 1, (size_t)nd - 1); o += nd - 1; }
    snprintf(buf + o, n - (size_t)o, "e%+03d", e);
    return strtod(buf, NULL) == fd->x;
}

static void take_digits(const char *use, char *digits, int *ndigits, int *decpt) {
    int nd = 0, k = 0;
    for (; use[k] && use[k] != 'e'; k++) if (use[k] != '.') digits[nd++] = use[k];
    int e = atoi(use + k + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    *ndigits = nd;
    *decpt = e + 1;
}

static void shortest_digits(double x, char *digits, int *ndigits, int *decpt) {
    char buf[40], cand[40];
    uint64_t bits;
    memcpy(&bits, &x, 8);
    int asymmetric = (bits & 0xFFFFFFFFFFFFFull) == 0 && ((bits >> 52) & 0x7FF) > 1;
    if (!asymmetric) {
        if (x < 9007199254740992.0 && x == (double)(uint64_t)x) {
            /* an integer below 2**53: its own digits are the shortest (a
               shorter string is at least 1 away, the spacing is at most 1) */
            int n = snprintf(buf, sizeof buf, "%llu", (unsigned long long)(uint64_t)x);
            int nd = n;
            while (nd > 1 && buf[nd - 1] == '0') nd--;
            memcpy(digits, buf, (size_t)nd);
            digits[nd] = 0;
            *ndigits = nd;
            *decpt = n;
            return;
        }
        float_digits fd;
        digits40(x, &fd);
        /* most doubles need 16 or 17 digits: those are tried first */
        int lo = 1, hi = 17;       /* 17 digits always round-trip */
        if (!closest_roundtrips(&fd, 16, buf, sizeof buf)) lo = 17;
        else if (!closest_roundtrips(&fd, 15, buf, sizeof buf)) lo = hi = 16;
        else hi = 15;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (closest_roundtrips(&fd, mid, buf, sizeof buf)) hi = mid; else lo = mid + 1;
        }
        if (lo < 17) closest_roundtrips(&fd, lo, buf, sizeof buf);
        else snprintf(buf, sizeof buf, "%.16e", x);
        take_digits(buf, digits, ndigits, decpt);
        return;
    }
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, x);
        double y = strtod(buf, NULL);
        const char *use = NULL;
        if (y == x) use = buf;
        else if (p < 17) {
            /* neighbour: digits +/- 1 in the last place */
            char dg[24];
            int nd = 0, k = 0;
            for (; buf[k] && buf[k] != 'e'; k++) if (buf[k] != '.') dg[nd++] = buf[k];
            int e = atoi(buf + k + 1);
            if (y > x) {       /* go down */
                int j = nd - 1;
                while (j >= 0 && dg[j] == '0') { dg[j] = '9'; j--; }
                if (j >= 0) dg[j]--;
                if (dg[0] == '0') {
                    if (nd > 1) memmove(dg, dg + 1, (size_t)(nd - 1));
                    nd--; e--;
                }
            } else {           /* go up */
                int j = nd - 1;
                while (j >= 0 && dg[j] == '9') { dg[j] = '0'; j--; }
                if (j >= 0) dg[j]++;
                else { memmove(dg + 1, dg, (size_t)nd); dg[0] = '1'; e++; nd++; }
            }
            if (nd > 0) {
                int o = 0;
                cand[o++] = dg[0];
                if (nd > 1) { cand[o++] = '.'; memcpy(cand + o, dg + 1, (size_t)nd - 1); o += nd - 1; }
                snprintf(cand + o, sizeof cand - (size_t)o, "e%d", e);
                if (strtod(cand, NULL) == x) use = cand;
            }
        }
        if (use != NULL) { take_digits(use, digits, ndigits, decpt); return; }
    }
    snprintf(buf, sizeof buf, "%.16e", x);    /* not reached */
    take_digits(buf, digits, ndigits, decpt);
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
        o += sprintf(buf + o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
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
