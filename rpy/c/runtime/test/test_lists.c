/* test_lists.c -- tests of lists.c, driven by tests/rpy/test_runtime_strings.py.
 *
 * Without arguments: self-checking unit tests, prints "OK" at the end.
 * With the argument "script": reads commands from stdin that act on an
 * int list (raw words) and a str list (GC pointers) at the same time and
 * prints both after each command, or sorts one list given on the line
 * ("sortint", "sortfloat", "sortstr", "sortkeyed"); the Python side
 * computes the same with Python lists.
 *
 * GC discipline: the two lists live in shadow-stack slots and are reloaded
 * from there after every call that can allocate.
 */
#define _GNU_SOURCE
#include "test_support.h"
#include <string.h>

static void **slots;          /* slots[0] = int list, slots[1] = str list */
#define LI ((rpy_list *)slots[0])
#define LS ((rpy_list *)slots[1])

static rpy_word W(Signed i) { rpy_word w; w.i = i; return w; }
static rpy_word P(void *p) { rpy_word w; w.p = p; return w; }

static rpy_string *mkstr(const char *fmt, Signed v) {
    char buf[64];
    snprintf(buf, sizeof buf, fmt, v);
    return rpy_str_from_cstr(buf);
}

static int exc_check(char *out, size_t n) {
    if (!RPY_EXC()) return 0;
    test_exc *e = rpy_exc_value;
    snprintf(out, n, "E%.*s", (int)e->msg->length, e->msg->data);
    rpy_exc_value = NULL;
    return 1;
}

static void print_str_or_none(rpy_string *s) {
    if (s == NULL) fputs("None", stdout);
    else fwrite(s->data, 1, (size_t)s->length, stdout);
}

static void show_lists(rpy_list *li, rpy_list *ls) {
    fputs("I", stdout);
    for (Signed k = 0; k < li->length; k++) printf(" %ld", li->items->items[k].i);
    fputs(" | S", stdout);
    for (Signed k = 0; k < ls->length; k++) { putchar(' '); print_str_or_none(ls->items->items[k].p); }
    /* invariants: slots past the length are zero */
    for (Signed k = li->length; k < li->items->length; k++) if (li->items->items[k].i) fputs(" BADSLOT", stdout);
    for (Signed k = ls->length; k < ls->items->length; k++) if (ls->items->items[k].p) fputs(" BADSLOT", stdout);
    if (li->length > li->items->length || ls->length > ls->items->length) fputs(" BADLEN", stdout);
}

/* NULL-tolerant str comparison: NULL sorts as "None" */
static int lt_str_or_none(rpy_word a, rpy_word b) {
    static struct { rpy_hdr h; Signed hash, length, nchars; char data[8]; } none_str =
        { { RPY_TID_STR, RPY_GCFLAG_PREBUILT | RPY_GCFLAG_OLD }, 0, 4, 4, "None" };
    if (a.p == NULL) a.p = &none_str;
    if (b.p == NULL) b.p = &none_str;
    return rpy_lt_str(a, b);
}

/* parses "x" (omitted) or a number */
static int opt(const char *tok, Signed *v) {
    if (tok == NULL || tok[0] == 'x') return 0;
    *v = strtol(tok, NULL, 10);
    return 1;
}

/* str list built from the int values on the rest of the line */
static void script_line(char *line) {
    char *save = NULL, *cmd = strtok_r(line, " \n", &save);
    char res[256] = "";
    if (cmd == NULL) return;
    if (!strcmp(cmd, "append")) {
        Signed v = strtol(strtok_r(NULL, " \n", &save), NULL, 10);
        rpy_list_append(LI, W(v));
        rpy_string *s = mkstr("s%ld", v);
        rpy_list_append(LS, P(s));
    } else if (!strcmp(cmd, "insert")) {
        Signed i = strtol(strtok_r(NULL, " \n", &save), NULL, 10);
        Signed v = strtol(strtok_r(NULL, " \n", &save), NULL, 10);
        rpy_list_insert(LI, i, W(v));
        rpy_string *s = mkstr("s%ld", v);
        rpy_list_insert(LS, i, P(s));
    } else if (!strcmp(cmd, "pop")) {
        Signed i = strtol(strtok_r(NULL, " \n", &save), NULL, 10);
        rpy_word r = rpy_list_pop(LI, i);
        if (!exc_check(res, sizeof res)) {
            snprintf(res, sizeof res, "r%ld", r.i);
            rpy_list_pop(LS, i);
        }
    } else if (!strcmp(cmd, "del")) {
        Signed i = strtol(strtok_r(NULL, " \n", &save), NULL, 10);
        rpy_list_delitem(LI, i);
        rpy_list_delitem(LS, i);
    } else if (!strcmp(cmd, "extend") || !strcmp(cmd, "extendself") ||
               !strcmp(cmd, "setslice") || !strcmp(cmd, "setsliceself")) {
        int self = strstr(cmd, "self") != NULL, set = cmd[0] == 's';
        Signed a = 0, b = 0;
        int ha = 0, hb = 0;
        if (set) {
            ha = opt(strtok_r(NULL, " \n", &save), &a);
            hb = opt(strtok_r(NULL, " \n", &save), &b);
        }
        if (self) {
            if (set) {
                rpy_list_setslice(LI, a, b, ha, hb, LI);
                rpy_list_setslice(LS, a, b, ha, hb, LS);
            } else {
                rpy_list_extend(LI, LI);
                rpy_list_extend(LS, LS);
            }
        } else {
            rpy_list *vi = rpy_list_new_cap(0, 0);
            RPY_PUSH(vi);
            rpy_list *vs = rpy_list_new_cap(0, 1);
            RPY_PUSH(vs);
            char *tok;
            while ((tok = strtok_r(NULL, " \n", &save)) != NULL) {
                Signed v = strtol(tok, NULL, 10);
                rpy_list_append(rpy_ss_top[-2], W(v));
                rpy_string *s = mkstr("s%ld", v);
                rpy_list_append(rpy_ss_top[-1], P(s));
            }
            if (set) {
                rpy_list_setslice(LI, a, b, ha, hb, rpy_ss_top[-2]);
                rpy_list_setslice(LS, a, b, ha, hb, rpy_ss_top[-1]);
            } else {
                rpy_list_extend(LI, rpy_ss_top[-2]);
                rpy_list_extend(LS, rpy_ss_top[-1]);
            }
            rpy_ss_top -= 2;
        }
    } else if (!strcmp(cmd, "delslice")) {
        Signed a = 0, b = 0;
        int ha = opt(strtok_r(NULL, " \n", &save), &a);
        int hb = opt(strtok_r(NULL, " \n", &save), &b);
        rpy_list_delslice(LI, a, b, ha, hb);
        rpy_list_delslice(LS, a, b, ha, hb);
    } else if (!strcmp(cmd, "slice")) {
        Signed a = 0, b = 0;
        int ha = opt(strtok_r(NULL, " \n", &save), &a);
        int hb = opt(strtok_r(NULL, " \n", &save), &b);
        Signed step = strtol(strtok_r(NULL, " \n", &save), NULL, 10);
        rpy_list *si = rpy_list_slice(LI, a, b, step, ha, hb);
        RPY_PUSH(si);
        rpy_list *ss = rpy_list_slice(LS, a, b, step, ha, hb);
        RPY_POP(rpy_list *, si);
        show_lists(si, ss);
        fputs(" # ", stdout);
    } else if (!strcmp(cmd, "sort")) {
        rpy_list_sort(LI, NULL, rpy_lt_int, 0);
        rpy_list_sort(LS, NULL, lt_str_or_none, 0);
    } else if (!strcmp(cmd, "sortrev")) {
        rpy_list_sort(LI, NULL, rpy_lt_int, 1);
        rpy_list_sort(LS, NULL, lt_str_or_none, 1);
    } else if (!strcmp(cmd, "sortkey")) {
        int rev = (int)strtol(strtok_r(NULL, " \n", &save), NULL, 10);
        rpy_list *keys = rpy_list_new(LS->length, 0);
        for (Signed k = 0; k < LS->length; k++) {
            rpy_string *s = LS->items->items[k].p;
            keys->items->items[k].i = s == NULL ? -1 : rpy_int_floordiv(strtol(s->data + 1, NULL, 10), 10);
        }
        rpy_list_sort(LS, keys, rpy_lt_int, rev);
        for (Signed k = 0; k < LS->length; k++) {   /* keys were permuted along */
            rpy_string *s = LS->items->items[k].p;
            Signed want = s == NULL ? -1 : rpy_int_floordiv(strtol(s->data + 1, NULL, 10), 10);
            if (keys->items->items[k].i != want) fputs("BADKEYS ", stdout);
        }
    } else if (!strcmp(cmd, "index") || !strcmp(cmd, "count") || !strcmp(cmd, "remove")) {
        Signed v = strtol(strtok_r(NULL, " \n", &save), NULL, 10);
        Signed r;
        if (cmd[0] == 'i') r = rpy_list_index(LI, W(v), rpy_eq_int);
        else if (cmd[0] == 'c') r = rpy_list_count(LI, W(v), rpy_eq_int);
        else r = rpy_list_remove(LI, W(v), rpy_eq_int);
        if (!exc_check(res, sizeof res)) snprintf(res, sizeof res, "r%ld", r);
        if (cmd[0] == 'r') {
            rpy_string *s = mkstr("s%ld", v);
            Signed k = rpy_list_find(LS, P(s), rpy_eq_str);
            if (k >= 0) rpy_list_delitem(LS, k);
        }
    } else if (!strcmp(cmd, "resize")) {
        Signed k = strtol(strtok_r(NULL, " \n", &save), NULL, 10);
        rpy_list_resize(LI, k);
        rpy_list_resize(LS, k);
    } else if (!strcmp(cmd, "clear")) {
        rpy_list_clear(LI);
        rpy_list_clear(LS);
    } else if (!strcmp(cmd, "reverse")) {
        rpy_list_reverse(LI);
        rpy_list_reverse(LS);
    } else if (!strcmp(cmd, "mul") || !strcmp(cmd, "concat") || !strcmp(cmd, "copy")) {
        Signed k = cmd[0] == 'm' ? strtol(strtok_r(NULL, " \n", &save), NULL, 10) : 0;
        rpy_list *ni = cmd[0] == 'm' ? rpy_list_mul(LI, k) : cmd[1] == 'o' && cmd[2] == 'n' ?
                       rpy_list_concat(LI, LI) : rpy_list_copy(LI);
        slots[0] = ni;
        rpy_list *ns = cmd[0] == 'm' ? rpy_list_mul(LS, k) : cmd[1] == 'o' && cmd[2] == 'n' ?
                       rpy_list_concat(LS, LS) : rpy_list_copy(LS);
        slots[1] = ns;
    } else if (!strncmp(cmd, "sort", 4)) {
        /* one-off sorts of a list given on the line */
        int rev = (int)strtol(strtok_r(NULL, " \n", &save), NULL, 10);
        char *tok;
        int kind = cmd[4];   /* i f s k */
        rpy_list *l = rpy_list_new_cap(0, kind == 's' || kind == 'k');
        RPY_PUSH(l);
        rpy_list *keys = rpy_list_new_cap(0, 0);
        RPY_PUSH(keys);
        while ((tok = strtok_r(NULL, " \n", &save)) != NULL) {
            if (kind == 'i') rpy_list_append(rpy_ss_top[-2], W(strtol(tok, NULL, 10)));
            else if (kind == 'f') { rpy_word w; w.f = strtod(tok, NULL); rpy_list_append(rpy_ss_top[-2], w); }
            else {
                char *hex = tok;
                if (kind == 'k') {
                    rpy_list_append(rpy_ss_top[-1], W(strtol(tok, &hex, 10)));
                    hex++;
                }
                Signed n = (Signed)strlen(hex) / 2;
                char buf[256];
                for (Signed j = 0; j < n; j++) { unsigned x; sscanf(hex + 2 * j, "%2x", &x); buf[j] = (char)x; }
                rpy_string *s = rpy_str_from_utf8(buf, n);
                rpy_list_append(rpy_ss_top[-2], P(s));
            }
        }
        l = rpy_ss_top[-2]; keys = rpy_ss_top[-1];
        if (kind == 'i') rpy_list_sort(l, NULL, rpy_lt_int, rev);
        else if (kind == 'f') rpy_list_sort(l, NULL, rpy_lt_float, rev);
        else if (kind == 's') rpy_list_sort(l, NULL, rpy_lt_str, rev);
        else rpy_list_sort(l, keys, rpy_lt_int, rev);
        for (Signed k = 0; k < l->length; k++) {
            if (k) putchar(' ');
            rpy_word w = l->items->items[k];
            if (kind == 'i') printf("%ld", w.i);
            else if (kind == 'f') {
                rpy_string *r = rpy_str_from_float(w.f);
                l = rpy_ss_top[-2]; keys = rpy_ss_top[-1];
                fwrite(r->data, 1, (size_t)r->length, stdout);
            } else {
                rpy_string *s = w.p;
                if (kind == 'k') printf("%ld:", keys->items->items[k].i);
                for (Signed j = 0; j < s->length; j++) printf("%02x", (unsigned char)s->data[j]);
            }
        }
        putchar('\n');
        rpy_ss_top -= 2;
        return;
    } else {
        printf("UNKNOWN %s\n", cmd);
        return;
    }
    if (RPY_EXC()) { exc_check(res, sizeof res); printf("UNEXPECTED %s ", res); res[0] = 0; }
    if (res[0]) printf("%s # ", res);
    show_lists(LI, LS);
    putchar('\n');
}

/* ---------------------------------------------------------------- unit tests */

static int cmp_calls;
static int lt_counting(rpy_word a, rpy_word b) { cmp_calls++; return a.i < b.i; }

static void unit_tests(void) {
    /* growth like CPython: capacities 0, 4, 8, 16, 24, 32, 40, 52, 64, 76 */
    rpy_list *l = rpy_list_new_cap(0, 0);
    RPY_PUSH(l);
    Signed caps[20], ncaps = 0, last = -1;
    for (Signed k = 0; k < 80; k++) {
        rpy_list_append(rpy_ss_top[-1], W(k));
        l = rpy_ss_top[-1];
        if (l->items->length != last) { last = l->items->length; caps[ncaps++] = last; }
    }
    Signed want[] = { 4, 8, 16, 24, 32, 40, 52, 64, 76, 92 };
    CHECK(ncaps == 10);
    for (int k = 0; k < 10; k++) CHECK(caps[k] == want[k]);
    /* pop shrinks when less than half is used */
    for (Signed k = 0; k < 75; k++) {
        rpy_word w = rpy_list_pop(rpy_ss_top[-1], -1);
        CHECK(w.i == 79 - k);
    }
    l = rpy_ss_top[-1];
    CHECK(l->length == 5 && l->items->length < 20);
    rpy_list_pop(l, 10);
    CHECK(RPY_EXC() && test_last_exc_kind == RPY_EXC_IndexError);
    rpy_exc_value = NULL;
    rpy_list_clear(rpy_ss_top[-1]);
    rpy_list_pop(rpy_ss_top[-1], -1);
    CHECK(RPY_EXC());
    CHECK(memcmp(((test_exc *)rpy_exc_value)->msg->data, "pop from empty list", 19) == 0);
    rpy_exc_value = NULL;
    rpy_ss_top--;

    /* float comparisons: nan is never less, -0.0 == 0.0 */
    rpy_word a, b;
    a.f = NAN; b.f = 1.0;
    CHECK(!rpy_lt_float(a, b) && !rpy_lt_float(b, a) && !rpy_eq_float(a, a));
    a.f = -0.0; b.f = 0.0;
    CHECK(!rpy_lt_float(a, b) && rpy_eq_float(a, b));

    /* sorting is n log n and takes O(n) comparisons on sorted input */
    l = rpy_list_new(100000, 0);
    for (Signed k = 0; k < 100000; k++) l->items->items[k].i = k;
    cmp_calls = 0;
    rpy_list_sort(l, NULL, lt_counting, 0);
    CHECK(cmp_calls < 300000);
    for (Signed k = 0; k < 100000; k++) l->items->items[k].i = (k * 7919) % 100003;
    cmp_calls = 0;
    rpy_list_sort(l, NULL, lt_counting, 0);
    CHECK(cmp_calls < 2000000);
    for (Signed k = 1; k < 100000; k++) CHECK(l->items->items[k - 1].i <= l->items->items[k].i);

    /* a list of many strings survives collections */
    l = rpy_list_new_cap(0, 1);
    RPY_PUSH(l);
    for (Signed k = 0; k < 3000; k++) {
        rpy_string *s = mkstr("item%ld", k);
        rpy_list_append(rpy_ss_top[-1], P(s));
    }
    rpy_gc_collect();
    l = rpy_ss_top[-1];
    for (Signed k = 0; k < 3000; k++) {
        char buf[32];
        snprintf(buf, sizeof buf, "item%ld", k);
        rpy_string *s = l->items->items[k].p;
        CHECK(s->length == (Signed)strlen(buf) && memcmp(s->data, buf, (size_t)s->length) == 0);
    }
    rpy_list *c = rpy_list_mul(l, 3);
    CHECK(c->length == 9000);
    l = rpy_ss_top[-1];
    CHECK(rpy_list_index(c, l->items->items[5], rpy_eq_ptr) == 5);
    CHECK(rpy_list_count(c, l->items->items[5], rpy_eq_str) == 3);
    rpy_ss_top--;

    /* insert clipping like Python */
    l = rpy_list_new_cap(0, 0);
    RPY_PUSH(l);
    rpy_list_insert(rpy_ss_top[-1], 100, W(1));
    rpy_list_insert(rpy_ss_top[-1], -100, W(0));
    rpy_list_insert(rpy_ss_top[-1], -1, W(5));
    l = rpy_ss_top[-1];
    CHECK(l->length == 3 && l->items->items[0].i == 0 && l->items->items[1].i == 5 && l->items->items[2].i == 1);
    rpy_list_slice(l, 0, 0, 0, 0, 0);
    CHECK(RPY_EXC());
    rpy_exc_value = NULL;
    rpy_ss_top--;
    printf("OK\n");
}

int main(int argc, char **argv) {
    rpy_gc_init();
    if (argc > 1 && !strcmp(argv[1], "script")) {
        slots = rpy_ss_top;
        RPY_PUSH(NULL); RPY_PUSH(NULL);
        rpy_list *li = rpy_list_new_cap(0, 0);
        slots[0] = li;
        rpy_list *ls = rpy_list_new_cap(0, 1);
        slots[1] = ls;
        char *line = NULL;
        size_t cap = 0;
        while (getline(&line, &cap, stdin) > 0) script_line(line);
        free(line);
        fflush(stdout);
        return 0;
    }
    unit_tests();
    return 0;
}
