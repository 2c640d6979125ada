/* locales.c -- the C library's locales for rpy.rlib.rlocale (its
 * docstring documents the functions): setlocale, localeconv (copied into
 * a static record: the C library reuses its buffer), nl_langinfo, and
 * collation through the wide-character functions, str values being
 * decoded from their UTF-8 into wchar_t (UTF-32 on Linux).  A refused
 * locale raises OSError (EINVAL).
 */
#include "rpy.h"
#include <errno.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static char *cstr_of(rpy_string *s) {
    char *c = malloc((size_t)s->length + 1);
    if (c == NULL) return NULL;
    memcpy(c, s->data, (size_t)s->length);
    c[s->length] = 0;
    return c;
}

static rpy_string *bytes_of(const char *s) {
    if (s == NULL) s = "";
    return rpy_bytes_from_mem(s, (Signed)strlen(s));
}

rpy_string *rpy_locale_set(Signed category, rpy_string *name) {
    char *c = cstr_of(name);
    if (c == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    const char *r = setlocale((int)category, c);
    free(c);
    if (r == NULL) { rpy_os_raise_errno(EINVAL); return NULL; }
    return bytes_of(r);
}

rpy_string *rpy_locale_query(Signed category) {
    const char *r = setlocale((int)category, NULL);
    if (r == NULL) { rpy_os_raise_errno(EINVAL); return NULL; }
    return bytes_of(r);
}

static char *conv_strs[10];
static Signed conv_ints[8];

void rpy_locale_conv_load(void) {
    struct lconv *l = localeconv();
    const char *src[10] = {l->decimal_point, l->thousands_sep, l->grouping, l->int_curr_symbol,
                           l->currency_symbol, l->mon_decimal_point, l->mon_thousands_sep,
                           l->mon_grouping, l->positive_sign, l->negative_sign};
    for (int i = 0; i < 10; i++) {
        free(conv_strs[i]);
        conv_strs[i] = strdup(src[i] != NULL ? src[i] : "");
    }
    char ints[8] = {l->int_frac_digits, l->frac_digits, l->p_cs_precedes, l->p_sep_by_space,
                    l->n_cs_precedes, l->n_sep_by_space, l->p_sign_posn, l->n_sign_posn};
    for (int i = 0; i < 8; i++) conv_ints[i] = (Signed)(unsigned char)ints[i];
}

rpy_string *rpy_locale_conv_str(Signed i) { return bytes_of(conv_strs[i]); }
Signed rpy_locale_conv_int(Signed i) { return conv_ints[i]; }

rpy_string *rpy_locale_langinfo(Signed item) {
    return bytes_of(nl_langinfo((nl_item)item));
}

/* the code points of a str (its UTF-8, surrogates included) as a
   NUL-terminated wchar_t array; NULL when out of memory */
static wchar_t *wide_of(rpy_string *s) {
    wchar_t *w = malloc(((size_t)s->length + 1) * sizeof(wchar_t));
    if (w == NULL) return NULL;
    const unsigned char *p = (const unsigned char *)s->data;
    const unsigned char *end = p + s->length;
    size_t n = 0;
    while (p < end) {
        unsigned c = *p;
        int k = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        if (k > 0) c &= 0x3F >> k;
        p++;
        for (int j = 0; j < k && p < end; j++, p++) c = (c << 6) | (*p & 0x3F);
        w[n++] = (wchar_t)c;
    }
    w[n] = 0;
    return w;
}

Signed rpy_locale_strcoll(rpy_string *a, rpy_string *b) {
    wchar_t *wa = wide_of(a), *wb = wide_of(b);
    Signed r = 0;
    if (wa == NULL || wb == NULL) rpy_raise(RPY_EXC_MemoryError, "");
    else r = (Signed)wcscoll(wa, wb);
    free(wa);
    free(wb);
    return r;
}

static size_t put_utf8(char *out, unsigned c) {
    if (c < 0x80) { out[0] = (char)c; return 1; }
    if (c < 0x800) { out[0] = (char)(0xC0 | (c >> 6)); out[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12)); out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F)); return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18)); out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F)); out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

rpy_string *rpy_locale_strxfrm(rpy_string *s) {
    wchar_t *w = wide_of(s);
    if (w == NULL) { rpy_raise(RPY_EXC_MemoryError, ""); return NULL; }
    size_t need = wcsxfrm(NULL, w, 0) + 1;
    wchar_t *x = malloc(need * sizeof(wchar_t));
    char *u = x != NULL ? malloc(need * 4 + 1) : NULL;
    if (u == NULL) {
        free(w); free(x);
        rpy_raise(RPY_EXC_MemoryError, "");
        return NULL;
    }
    wcsxfrm(x, w, need);
    size_t n = 0;
    for (size_t i = 0; x[i] != 0; i++) {
        unsigned c = (unsigned)x[i];
        if (c > 0x10FFFF) c = 0xFFFD;     /* not a code point: CPython would refuse */
        n += put_utf8(u + n, c);
    }
    rpy_string *r = rpy_str_from_utf8(u, (Signed)n);
    free(w); free(x); free(u);
    return r;
}
