/* test_strings.c -- command interpreter over the str/bytes/format functions
 * of the runtime, driven by tests/rpy/test_runtime_strings.py, which
 * compares each answer with CPython's.
 *
 * One command per input line: NAME ARG ARG...  Arguments (and results):
 *   s<hex>   str given as the hex of its UTF-8     b<hex>  bytes
 *   i<int>   a word                                 f<hex>  a double (its 64 bits)
 *   N        None (NULL)
 * A result line is one value, "L v v v" for a list, or "E<Kind> <hex msg>"
 * when the call raised.  Every string result is also checked for the
 * runtime's invariants (nchars, NUL terminator, static empty strings) and
 * "BAD ..." is printed when one is broken.
 *
 * GC discipline: argument strings live on the shadow stack and are read
 * from there right before each call, like generated code does.
 */
#define _GNU_SOURCE
#include "test_support.h"
#include <string.h>
#include <inttypes.h>

static const char *kind_names[] = {
    "IndexError", "KeyError", "ZeroDivisionError", "ValueError", "OverflowError",
    "MemoryError", "AssertionError", "NotImplementedError", "RecursionError", "OSError",
    "TypeError", "UnicodeDecodeError", "StopIteration" };

static void put_hex(const char *p, Signed n) {
    static const char hx[] = "0123456789abcdef";
    for (Signed k = 0; k < n; k++) {
        unsigned char c = (unsigned char)p[k];
        putchar(hx[c >> 4]); putchar(hx[c & 15]);
    }
}

static Signed count_cps(const char *p, Signed n) {
    Signed c = 0;
    for (Signed k = 0; k < n; k++) c += ((unsigned char)p[k] & 0xC0) != 0x80;
    return c;
}

static void put_str(rpy_string *s) {
    if (s == NULL) { printf("N"); return; }
    if (RPY_TID(s) != RPY_TID_STR && RPY_TID(s) != RPY_TID_BYTES) { printf("BADTID%u", RPY_TID(s)); return; }
    if (s->data[s->length] != 0) printf("BADNUL ");
    Signed want = RPY_TID(s) == RPY_TID_BYTES ? s->length : count_cps(s->data, s->length);
    if (s->nchars != want) printf("BADNCHARS(%ld!=%ld) ", s->nchars, want);
    putchar(RPY_TID(s) == RPY_TID_STR ? 's' : 'b');
    put_hex(s->data, s->length);
}

static void put_list(rpy_list *l) {
    printf("L");
    for (Signed k = 0; k < l->length; k++) { putchar(' '); put_str(l->items->items[k].p); }
}

static int check_exc(void) {
    if (!RPY_EXC()) return 0;
    test_exc *e = rpy_exc_value;
    printf("E%s ", kind_names[e->kind]);
    if (e->msg) put_hex(e->msg->data, e->msg->length);
    rpy_exc_value = NULL;
    return 1;
}

static int hexval(char c) {
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

typedef struct arg { char type; Signed i; double f; int slot; } arg;

#define MAXARGS 64
static arg A[MAXARGS];
static int nargs;
static void **base;

#define S(k) ((rpy_string *)base[A[k].slot])
#define I(k) (A[k].i)
#define F(k) (A[k].f)
#define SN(k) (A[k].type == 'N' ? NULL : S(k))

/* a list of the string arguments from k on (pushed on the shadow stack) */
static rpy_list *list_from(int k) {
    rpy_list *l = rpy_list_new_cap(0, 1);
    if (l == NULL) return NULL;
    for (int j = k; j < nargs; j++) {
        RPY_PUSH(l);
        rpy_word w; w.p = S(j);
        rpy_list_append(l, w);
        RPY_POP(rpy_list *, l);
    }
    return l;
}

static void run(char *line) {
    char *save = NULL, *tok = strtok_r(line, " \n", &save);
    if (tok == NULL) return;
    char name[32];
    snprintf(name, sizeof name, "%s", tok);
    base = rpy_ss_top;
    nargs = 0;
    while ((tok = strtok_r(NULL, " \n", &save)) != NULL && nargs < MAXARGS) {
        arg *a = &A[nargs++];
        a->type = tok[0];
        if (tok[0] == 's' || tok[0] == 'b') {
            Signed n = (Signed)strlen(tok + 1) / 2;
            char *buf = malloc((size_t)n + 1);
            for (Signed k = 0; k < n; k++) buf[k] = (char)(hexval(tok[1 + 2 * k]) * 16 + hexval(tok[2 + 2 * k]));
            rpy_string *s = tok[0] == 's' ? rpy_str_from_utf8(buf, n) : rpy_bytes_from_mem(buf, n);
            free(buf);
            a->slot = (int)(rpy_ss_top - base);
            RPY_PUSH(s);
        } else if (tok[0] == 'i') {
            a->i = strtol(tok + 1, NULL, 10);
        } else if (tok[0] == 'u') {
            a->i = (Signed)strtoul(tok + 1, NULL, 10);
        } else if (tok[0] == 'f') {
            uint64_t bits = strtoull(tok + 1, NULL, 16);
            memcpy(&a->f, &bits, 8);
        }
    }
    rpy_string *rs = NULL;
    rpy_list *rl = NULL;
    Signed ri = 0;
    double rf = 0;
    char kind = 's';     /* s: string result, l: list, i: int, f: float */

#define STR(expr) do { rs = (expr); kind = 's'; } while (0)
#define INT(expr) do { ri = (expr); kind = 'i'; } while (0)
#define LST(expr) do { rl = (expr); kind = 'l'; } while (0)
    if (!strcmp(name, "len")) INT(rpy_str_len(S(0)));
    else if (!strcmp(name, "getitem")) STR(rpy_str_getitem(S(0), I(1)));
    else if (!strcmp(name, "bgetitem")) INT(rpy_bytes_getitem(S(0), I(1)));
    else if (!strcmp(name, "slice")) STR(rpy_str_slice(S(0), I(1), I(2), I(3), (int)I(4), (int)I(5)));
    else if (!strcmp(name, "concat")) STR(rpy_str_concat(S(0), S(1)));
    else if (!strcmp(name, "mul")) STR(rpy_str_mul(S(0), I(1)));
    else if (!strcmp(name, "eq")) INT(rpy_str_eq(SN(0), SN(1)));
    else if (!strcmp(name, "cmp")) INT(rpy_str_cmp(S(0), S(1)));
    else if (!strcmp(name, "hash")) {
        /* consistency only: equal strings hash equal, never 0 or -1, cached */
        Signed h = rpy_str_hash(S(0));
        char *tmp = malloc((size_t)S(0)->length + 1);
        memcpy(tmp, S(0)->data, (size_t)S(0)->length);
        rpy_string *copy = RPY_TID(S(0)) == RPY_TID_STR ? rpy_str_from_utf8(tmp, S(0)->length)
                                                         : rpy_bytes_from_mem(tmp, S(0)->length);
        free(tmp);
        /* the padding after the NUL (rpy.h) is unspecified: hashing and
           comparing read it a word at a time and must mask it */
        Signed padded = ((Signed)offsetof(rpy_string, data) + copy->length + 1 + 7) / 8 * 8
                        - (Signed)offsetof(rpy_string, data);
        for (Signed k = copy->length + 1; k < padded; k++) copy->data[k] = (char)0xA5;
        INT(h != 0 && h != -1 && rpy_str_hash(copy) == h && rpy_str_hash(S(0)) == h && S(0)->hash == h
            && rpy_str_eq(copy, S(0)) && rpy_str_data_eq(copy, S(0)));
    }
    else if (!strcmp(name, "contains")) INT(rpy_str_contains(S(0), S(1)));
    else if (!strcmp(name, "find")) INT(rpy_str_find(S(0), S(1), I(2), I(3)));
    else if (!strcmp(name, "rfind")) INT(rpy_str_rfind(S(0), S(1), I(2), I(3)));
    else if (!strcmp(name, "count")) INT(rpy_str_count(S(0), S(1), I(2), I(3)));
    else if (!strcmp(name, "startswith")) INT(rpy_str_startswith(S(0), S(1)));
    else if (!strcmp(name, "endswith")) INT(rpy_str_endswith(S(0), S(1)));
    else if (!strcmp(name, "replace")) STR(rpy_str_replace(S(0), S(1), S(2), I(3)));
    else if (!strcmp(name, "upper")) STR(rpy_str_upper(S(0)));
    else if (!strcmp(name, "lower")) STR(rpy_str_lower(S(0)));
    else if (!strcmp(name, "strip")) STR(rpy_str_strip(S(0), SN(1)));
    else if (!strcmp(name, "lstrip")) STR(rpy_str_lstrip(S(0), SN(1)));
    else if (!strcmp(name, "rstrip")) STR(rpy_str_rstrip(S(0), SN(1)));
    else if (!strcmp(name, "isdigit")) INT(rpy_str_isdigit(S(0)));
    else if (!strcmp(name, "isalpha")) INT(rpy_str_isalpha(S(0)));
    else if (!strcmp(name, "isalnum")) INT(rpy_str_isalnum(S(0)));
    else if (!strcmp(name, "isspace")) INT(rpy_str_isspace(S(0)));
    else if (!strcmp(name, "isupper")) INT(rpy_str_isupper(S(0)));
    else if (!strcmp(name, "islower")) INT(rpy_str_islower(S(0)));
    else if (!strcmp(name, "split")) LST(rpy_str_split(S(0), SN(1), I(2)));
    else if (!strcmp(name, "rsplit")) LST(rpy_str_rsplit(S(0), SN(1), I(2)));
    else if (!strcmp(name, "splitlines")) LST(rpy_str_splitlines(S(0), (int)I(1)));
    else if (!strcmp(name, "join")) {
        rpy_list *l = list_from(1);
        if (l) STR(rpy_str_join(S(0), l));
    }
    else if (!strcmp(name, "concatlist")) {
        rpy_list *l = list_from(0);
        if (l) STR(rpy_str_concat_list(l));
    }
    else if (!strcmp(name, "fromutf8")) {
        /* external bytes (copied out of the GC string first) */
        Signed n = S(0)->length;
        char *tmp = malloc((size_t)n + 1);
        memcpy(tmp, S(0)->data, (size_t)n);
        tmp[n] = 0;
        STR(rpy_str_from_utf8(tmp, n));
        if (!RPY_EXC() && (Signed)strlen(tmp) == n) {
            RPY_PUSH(rs);
            rpy_string *c = rpy_str_from_cstr(tmp);
            RPY_POP(rpy_string *, rs);
            if (!rpy_str_eq(c, rs)) printf("BADCSTR ");
        }
        free(tmp);
    }
    else if (!strcmp(name, "interleave")) {
        /* s[0] t[0] s[1] t[1] ... by indexing: exercises the position cache */
        Signed n = S(0)->nchars > S(1)->nchars ? S(0)->nchars : S(1)->nchars;
        rpy_string *acc = rpy_str_from_cstr("");
        for (Signed k = 0; k < n && acc; k++) {
            for (int w = 0; w < 2 && acc; w++) {
                if (k >= S(w)->nchars) continue;
                RPY_PUSH(acc);
                rpy_string *ch = rpy_str_getitem(S(w), k);
                RPY_POP(rpy_string *, acc);
                acc = rpy_str_concat(acc, ch);
            }
            /* and a random access far away */
            if (S(0)->nchars > 0) {
                RPY_PUSH(acc);
                rpy_str_getitem(S(0), (k * 7) % S(0)->nchars);
                RPY_POP(rpy_string *, acc);
            }
        }
        STR(acc);
    }
    else if (!strcmp(name, "charpreds")) {
        /* per character: one hex digit of isdigit/isalpha/isalnum/isspace
           and one of isupper/islower, each computed on the 1-char string */
        Signed n = S(0)->nchars;
        char *out = malloc((size_t)n * 2 + 1);
        for (Signed k = 0; k < n; k++) {
            rpy_string *ch = rpy_str_getitem(S(0), k);
            int m1 = rpy_str_isdigit(ch) | rpy_str_isalpha(ch) << 1 | rpy_str_isalnum(ch) << 2 |
                     rpy_str_isspace(ch) << 3;
            int m2 = rpy_str_isupper(ch) | rpy_str_islower(ch) << 1;
            out[2 * k] = "0123456789abcdef"[m1];
            out[2 * k + 1] = "0123456789abcdef"[m2];
        }
        STR(rpy_str_from_utf8(out, 2 * n));
        free(out);
    }
    else if (!strcmp(name, "chr")) STR(rpy_str_chr(I(0)));
    else if (!strcmp(name, "ord")) INT(rpy_str_ord(S(0)));
    else if (!strcmp(name, "decode")) STR(rpy_bytes_decode_utf8(S(0)));
    else if (!strcmp(name, "encode")) STR(rpy_str_encode_utf8(S(0)));
    else if (!strcmp(name, "fromint")) STR(rpy_str_from_int(I(0)));
    else if (!strcmp(name, "fromuint")) STR(rpy_str_from_uint((Unsigned)I(0)));
    else if (!strcmp(name, "fromfloat")) STR(rpy_str_from_float(F(0)));
    else if (!strcmp(name, "frombool")) STR(rpy_str_from_bool((int)I(0)));
    else if (!strcmp(name, "repr")) STR(rpy_str_repr(S(0)));
    else if (!strcmp(name, "brepr")) STR(rpy_bytes_repr(S(0)));
    else if (!strcmp(name, "toint")) INT(rpy_str_to_int(S(0), I(1)));
    else if (!strcmp(name, "tofloat")) { rf = rpy_str_to_float(S(0)); kind = 'f'; }
    else if (!strcmp(name, "fmtint")) STR(rpy_fmt_int(I(0), (char)I(1), (int)I(2), I(3), I(4)));
    else if (!strcmp(name, "fmtfloat")) STR(rpy_fmt_float(F(0), (char)I(1), (int)I(2), I(3), I(4)));
    else if (!strcmp(name, "fmtstr")) STR(rpy_fmt_str(S(0), (int)I(1), I(2), I(3)));
    else if (!strcmp(name, "collect")) { rpy_gc_collect(); INT(0); }
    else { printf("UNKNOWN %s\n", name); rpy_ss_top = base; return; }

    if (!check_exc()) {
        switch (kind) {
        case 's': put_str(rs); break;
        case 'l': put_list(rl); break;
        case 'i': printf("i%ld", ri); break;
        case 'f': { uint64_t bits; memcpy(&bits, &rf, 8); printf("f%016" PRIx64, bits); break; }
        }
    }
    putchar('\n');
    rpy_ss_top = base;
}

int main(void) {
    rpy_gc_init();
    rpy_io_init();
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, stdin) > 0) {
        run(line);
        if (RPY_EXC()) { printf("LEFTOVER EXCEPTION\n"); rpy_exc_value = NULL; }
    }
    free(line);
    fflush(stdout);
    return 0;
}
