/* format.c -- Python %-formatting of one conversion (rpy_fmt_int,
 * rpy_fmt_float, rpy_fmt_str), concatenation of formatted pieces
 * (rpy_str_concat_list) and str() of ints and bools.
 *
 * The translator splits a format string into literal pieces and single
 * conversions, calls one rpy_fmt_* per conversion and joins everything
 * with rpy_str_concat_list.  The padding logic is a transcription of
 * CPython 3.11's unicode_format_arg_output(), so quirks such as
 * '%05f' % inf == '00inf', '%#010x' % -255 == '-0x00000ff' and
 * '%.0d' % 0 == '0' are reproduced.
 */
#include "rpy.h"
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>

/* from strings.c */
rpy_string *rpy__str_new(uint32_t tid, const char *p, Signed nbytes, Signed nchars);
rpy_string *rpy__str_bool(int v);
Signed rpy__utf8_count(const char *p, Signed n);

/* CPython's unicode_format_arg_output for numeric conversions, on an
   ASCII body: body is [sign][0x prefix if alt_prefix]digits.  The result
   (ASCII) is returned as a new str. */
static rpy_string *pad_numeric(const char *body, Signed len, int flags, Signed width,
                               int alt_prefix) {
    char fill = (flags & RPY_FMT_ZERO) ? '0' : ' ';
    Signed pindex = 0;
    char signchar = 0;
    int sign = 1;
    if (width < 0) width = -1;
    if ((width == -1 || width <= len) && !(flags & (RPY_FMT_PLUS | RPY_FMT_SPACE)))
        return rpy__str_new(RPY_TID_STR, body, len, len);
    if (body[0] == '-' || body[0] == '+') { signchar = body[0]; len--; pindex++; }
    else if (flags & RPY_FMT_PLUS) signchar = '+';
    else if (flags & RPY_FMT_SPACE) signchar = ' ';
    else sign = 0;
    if (width < len) width = len;
    Signed buflen = width + ((sign && len == width) ? 1 : 0);
    char *out = malloc((size_t)buflen + 1), *o = out;
    if (out == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    if (sign) {
        if (fill != ' ') *o++ = signchar;
        if (width > len) width--;
    }
    if (alt_prefix) {
        if (fill != ' ') { *o++ = body[pindex]; *o++ = body[pindex + 1]; pindex += 2; }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !(flags & RPY_FMT_LEFT)) {
        memset(o, fill, (size_t)(width - len));
        o += width - len;
        width = len;
    }
    if (fill == ' ') {
        if (sign) *o++ = signchar;
        if (alt_prefix) { *o++ = body[pindex]; *o++ = body[pindex + 1]; pindex += 2; }
    }
    if (len > 0) { memcpy(o, body + pindex, (size_t)len); o += len; }
    if (width > len) { memset(o, ' ', (size_t)(width - len)); o += width - len; }
    rpy_string *r = rpy__str_new(RPY_TID_STR, out, o - out, o - out);
    free(out);
    return r;
}

rpy_string *rpy_fmt_int(Signed v, char conv, int flags, Signed width, Signed prec) {
    int base = 10, upper = 0;
    const char *prefix = "";
    switch (conv) {
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; upper = 1; break;
    case 'o': base = 8; prefix = "0o"; break;
    default: break;
    }
    int alt = (flags & RPY_FMT_ALT) && base != 10;
    unsigned long mag = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
    char digits[72];
    int nd = 0;
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do { digits[nd++] = dig[mag % (unsigned)base]; mag /= (unsigned)base; } while (mag);
    Signed zeros = prec > nd ? prec - nd : 0;
    Signed len = (v < 0) + (alt ? 2 : 0) + zeros + nd;
    char small[128];
    char *body = len < (Signed)sizeof small ? small : malloc((size_t)len + 1);
    if (body == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    Signed o = 0;
    if (v < 0) body[o++] = '-';
    if (alt) { body[o++] = prefix[0]; body[o++] = prefix[1]; }
    memset(body + o, '0', (size_t)zeros); o += zeros;
    while (nd > 0) body[o++] = digits[--nd];
    rpy_string *r = pad_numeric(body, o, flags, width, alt);
    if (body != small) free(body);
    return r;
}

rpy_string *rpy_fmt_float(double v, char conv, int flags, Signed width, Signed prec) {
    if (prec < 0) prec = 6;
    int upper = conv == 'F' || conv == 'E' || conv == 'G';
    char small[512];
    char *body = small;
    Signed len;
    if (isnan(v) || isinf(v)) {
        const char *t = isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        len = 0;
        if (isinf(v) && v < 0) small[len++] = '-';
        strcpy(small + len, t);
        len += 3;
    } else {
        char fmt[8];
        int k = 0;
        fmt[k++] = '%';
        if (flags & RPY_FMT_ALT) fmt[k++] = '#';
        fmt[k++] = '.'; fmt[k++] = '*';
        fmt[k++] = conv == 'F' ? 'f' : conv;
        fmt[k] = 0;
        if (prec > 100000000) prec = 100000000;
        int n = snprintf(small, sizeof small, fmt, (int)prec, v);
        if (n >= (int)sizeof small) {
            body = malloc((size_t)n + 1);
            if (body == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
            snprintf(body, (size_t)n + 1, fmt, (int)prec, v);
        }
        len = n;
    }
    rpy_string *r = pad_numeric(body, len, flags, width, 0);
    if (body != small) free(body);
    return r;
}

rpy_string *rpy_fmt_str(rpy_string *s, int flags, Signed width, Signed prec) {
    Signed nch = s->nchars, nbytes = s->length;
    if (prec >= 0 && prec < nch) {
        /* cut to prec code points */
        if (nch == s->length) nbytes = prec;
        else {
            const unsigned char *d = (const unsigned char *)s->data;
            Signed b = 0, c = 0;
            while (c < prec) { b++; while (b < s->length && (d[b] & 0xC0) == 0x80) b++; c++; }
            nbytes = b;
        }
        nch = prec;
    }
    Signed pad = width > nch ? width - nch : 0;
    if (pad == 0 && nbytes == s->length && RPY_TID(s) == RPY_TID_STR) return s;
    RPY_PUSH(s);
    rpy_string *r = rpy_str_alloc(RPY_TID_STR, nbytes + pad);
    RPY_POP(rpy_string *, s);
    if (r == NULL) return NULL;
    if (flags & RPY_FMT_LEFT) {
        memcpy(r->data, s->data, (size_t)nbytes);
        memset(r->data + nbytes, ' ', (size_t)pad);
    } else {
        memset(r->data, ' ', (size_t)pad);
        memcpy(r->data + pad, s->data, (size_t)nbytes);
    }
    r->nchars = nch + pad;
    return r;
}

rpy_string *rpy_str_concat_list(rpy_list *pieces) {
    Signed n = pieces->length, total = 0, nch = 0;
    uint32_t tid = RPY_TID_STR;
    if (n > 0 && pieces->items->items[0].p != NULL)
        tid = RPY_TID((rpy_string *)pieces->items->items[0].p);
    for (Signed k = 0; k < n; k++) {
        rpy_string *p = pieces->items->items[k].p;
        if (p == NULL) continue;
        total += p->length; nch += p->nchars;
    }
    if (n == 1 && pieces->items->items[0].p != NULL) return pieces->items->items[0].p;
    RPY_PUSH(pieces);
    rpy_string *r = rpy_str_alloc(tid, total);
    RPY_POP(rpy_list *, pieces);
    if (r == NULL) return NULL;
    Signed o = 0;
    for (Signed k = 0; k < n; k++) {
        rpy_string *p = pieces->items->items[k].p;
        if (p == NULL) continue;
        memcpy(r->data + o, p->data, (size_t)p->length);
        o += p->length;
    }
    r->nchars = nch;
    return r;
}

/* Decimal digits of u written backwards, ending just before `end`; returns
   how many.  Two digits per division: str(int) is common enough (keys,
   output) that printf's generic machinery showed at the top of profiles. */
static const char two_digits[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

static int decimal_backwards(uint64_t u, char *end) {
    char *p = end;
    while (u >= 100) {
        unsigned r = (unsigned)(u % 100);
        u /= 100;
        p -= 2;
        memcpy(p, two_digits + 2 * r, 2);
    }
    if (u >= 10) { p -= 2; memcpy(p, two_digits + 2 * u, 2); }
    else *--p = (char)('0' + u);
    return (int)(end - p);
}

rpy_string *rpy_str_from_int(Signed v) {
    char buf[24];
    char *end = buf + sizeof buf;
    /* the magnitude as unsigned: -LONG_MIN does not fit a Signed */
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int n = decimal_backwards(u, end);
    if (v < 0) { n++; end[-n] = '-'; }
    return rpy__str_new(RPY_TID_STR, end - n, n, n);
}
rpy_string *rpy_str_from_uint(Unsigned v) {
    char buf[24];
    char *end = buf + sizeof buf;
    int n = decimal_backwards((uint64_t)v, end);
    return rpy__str_new(RPY_TID_STR, end - n, n, n);
}
rpy_string *rpy_str_from_bool(int v) { return rpy__str_bool(v); }
