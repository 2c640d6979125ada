/* test_dicts.c -- scenarios for dicts.c, one per command line argument; run
 * by tests/rpy/test_runtime_gc.py.  "hashes" reads "i VALUE" / "f HEXFLOAT"
 * lines on stdin and prints rpy_hash_int / rpy_hash_float of each, which
 * the Python side compares with CPython's hash(). */
#define _GNU_SOURCE
#include "test_support.h"

static rpy_word W(Signed i) { rpy_word w; w.i = i; return w; }
static rpy_word P(void *p) { rpy_word w; w.p = p; return w; }

static void clear_exc(void) { rpy_exc_value = NULL; test_last_exc_kind = -1; }
#define CHECK_RAISES(expr, kind) do { clear_exc(); (void)(expr); \
    CHECK(rpy_exc_value != NULL && test_last_exc_kind == (kind)); clear_exc(); } while (0)

static void hashes(void) {
    char kind[8], val[128];
    while (scanf("%7s %127s", kind, val) == 2) {
        if (kind[0] == 'i') printf("%ld\n", rpy_hash_int(W(strtol(val, NULL, 10))));
        else { rpy_word w; w.f = strtod(val, NULL); printf("%ld\n", rpy_hash_float(w)); }
    }
}

/* live keys in iteration order, into out; returns their number */
static Signed keys_in_order(rpy_dict *d, Signed *out) {
    Signed n = 0;
    for (Signed i = rpy_dict_next(d, 0); i >= 0; i = rpy_dict_next(d, i + 1))
        out[n++] = rpy_dict_key_at(d, i).i;
    return n;
}

static void intdict(void) {
    const int N = 10000;
    Signed *ks = malloc(sizeof(Signed) * 2 * N);
    rpy_dict *d = rpy_dict_new(&rpy_dictkind_int_int);
    RPY_PUSH(d);
    void **dslot = rpy_ss_top - 1;
#define D ((rpy_dict *)*dslot)
    CHECK(rpy_dict_len(D) == 0 && !rpy_dict_contains(D, W(0)) && rpy_dict_next(D, 0) == -1);
    CHECK_RAISES(rpy_dict_getitem(D, W(1)), RPY_EXC_KeyError);
    CHECK_RAISES(rpy_dict_delitem(D, W(1)), RPY_EXC_KeyError);
    for (Signed i = 0; i < N; i++) rpy_dict_setitem(D, W(i), W(i * 2));
    CHECK(rpy_dict_len(D) == N);
    for (Signed i = 0; i < N; i++) CHECK(rpy_dict_getitem(D, W(i)).i == i * 2);
    CHECK(!rpy_dict_contains(D, W(N)) && rpy_dict_get(D, W(-5), W(99)).i == 99);
    /* overwriting keeps the position */
    rpy_dict_setitem(D, W(0), W(-1));
    CHECK(keys_in_order(D, ks) == N && ks[0] == 0 && rpy_dict_getitem(D, W(0)).i == -1);
    /* delete the even keys: order of the rest is kept */
    for (Signed i = 0; i < N; i += 2) rpy_dict_delitem(D, W(i));
    CHECK(rpy_dict_len(D) == N / 2);
    CHECK(keys_in_order(D, ks) == N / 2);
    for (Signed i = 0; i < N / 2; i++) CHECK(ks[i] == 2 * i + 1);
    CHECK(!rpy_dict_contains(D, W(4)) && rpy_dict_contains(D, W(5)));
    /* re-inserted keys go to the end */
    rpy_dict_setitem(D, W(4), W(44));
    rpy_dict_setitem(D, W(0), W(100));
    CHECK(keys_in_order(D, ks) == N / 2 + 2 && ks[N / 2] == 4 && ks[N / 2 + 1] == 0);
    /* pop, pop_default, setdefault */
    CHECK(rpy_dict_pop(D, W(4)).i == 44 && !rpy_dict_contains(D, W(4)));
    CHECK_RAISES(rpy_dict_pop(D, W(4)), RPY_EXC_KeyError);
    CHECK(rpy_dict_pop_default(D, W(4), W(-7)).i == -7);
    CHECK(rpy_dict_pop_default(D, W(0), W(-7)).i == 100);
    CHECK(rpy_dict_setdefault(D, W(1), W(5)).i == 2);
    CHECK(rpy_dict_setdefault(D, W(123456), W(5)).i == 5 && rpy_dict_getitem(D, W(123456)).i == 5);
    /* tricky keys: -1 and -2 share a hash; extreme values */
    Signed tricky[] = { -1, -2, 0x7fffffffffffffffL, -0x7fffffffffffffffL - 1,
                        (1L << 61) - 1, 1L << 61, -(1L << 61) };
    for (int i = 0; i < 7; i++) rpy_dict_setitem(D, W(tricky[i]), W(1000 + i));
    for (int i = 0; i < 7; i++) CHECK(rpy_dict_getitem(D, W(tricky[i])).i == 1000 + i);
    /* popitem takes the last inserted */
    rpy_word v;
    CHECK(rpy_dict_popitem_last(D, &v).i == tricky[6] && v.i == 1006);
    CHECK(rpy_dict_popitem_last(D, &v).i == tricky[5] && v.i == 1005);
    /* copy is equal and independent */
    rpy_dict *c = rpy_dict_copy(D);
    RPY_PUSH(c);
    Signed n1 = keys_in_order(D, ks), n2 = keys_in_order(rpy_ss_top[-1], ks + N);
    CHECK(n1 == n2 && memcmp(ks, ks + N, n1 * sizeof(Signed)) == 0);
    for (Signed i = 0; i < n1; i++)
        CHECK(rpy_dict_getitem(rpy_ss_top[-1], W(ks[i])).i == rpy_dict_getitem(D, W(ks[i])).i);
    rpy_dict_delitem(rpy_ss_top[-1], W(1));
    CHECK(rpy_dict_contains(D, W(1)));
    /* update: existing keys keep their place, new ones are appended */
    rpy_dict *u = rpy_dict_new(&rpy_dictkind_int_int);
    RPY_PUSH(u);
    rpy_dict_setitem(rpy_ss_top[-1], W(3), W(333));
    rpy_dict_setitem(rpy_ss_top[-1], W(777777), W(7));
    rpy_dict_update(D, rpy_ss_top[-1]);
    CHECK(rpy_dict_getitem(D, W(3)).i == 333 && rpy_dict_getitem(D, W(777777)).i == 7);
    Signed n3 = keys_in_order(D, ks);
    CHECK(n3 == n1 + 1 && ks[n3 - 1] == 777777 && ks[1] == 3);
    rpy_ss_top -= 2;
    /* clear */
    rpy_dict_clear(D);
    CHECK(rpy_dict_len(D) == 0 && rpy_dict_next(D, 0) == -1 && !rpy_dict_contains(D, W(3)));
    CHECK_RAISES(rpy_dict_popitem_last(D, &v), RPY_EXC_KeyError);
    rpy_dict_setitem(D, W(3), W(4));
    CHECK(rpy_dict_getitem(D, W(3)).i == 4 && rpy_dict_len(D) == 1);
    /* insert + popitem forever: DUMMY slots must not fill the index */
    for (Signed i = 0; i < 1000000; i++) {
        rpy_dict_setitem(D, W(i * 31 + 17), W(i));
        CHECK(rpy_dict_popitem_last(D, &v).i == i * 31 + 17 && v.i == i);
    }
    /* rotating keys with deletions: the table compacts instead of growing */
    for (Signed i = 0; i < 1000000; i++) {
        rpy_dict_setitem(D, W(i + 1000), W(i));
        if (i >= 100) rpy_dict_delitem(D, W(i + 1000 - 100));
    }
    CHECK(rpy_dict_len(D) == 101);
    CHECK(keys_in_order(D, ks) == 101 && ks[0] == 3 && ks[1] == 1000000 + 1000 - 100);
    /* key_at / value_at outside the used range are harmless */
    CHECK(rpy_dict_key_at(D, -1).i == 0 && rpy_dict_value_at(D, 1L << 40).i == 0);
    /* deleting while iterating is memory-safe */
    Signed seen = 0;
    for (Signed i = rpy_dict_next(D, 0); i >= 0; i = rpy_dict_next(D, i + 1)) {
        rpy_dict_delitem(D, rpy_dict_key_at(D, i));
        seen++;
    }
    CHECK(seen == 101 && rpy_dict_len(D) == 0);
    rpy_ss_top--;
#undef D
    free(ks);
    printf("OK intdict\n");
}

static void garbage(int n) { for (int i = 0; i < n; i++) CHECK(new_node(i, NULL, NULL) != NULL); }

/* 1M entries whose values are GC objects, under GC pressure */
static void bigdict(void) {
    const Signed N = 1000000;
    rpy_dict *d = rpy_dict_new(&rpy_dictkind_int_gc);
    RPY_PUSH(d);
    Signed majors0 = rpy_gc_get_stat(1);
    for (Signed i = 0; i < N; i++) {
        test_node *n = new_node(i, NULL, NULL);
        rpy_dict_setitem(rpy_ss_top[-1], W(i * 7919), P(n));
        if (i % 1000 == 0) garbage(2000);
    }
    rpy_gc_collect();
    d = rpy_ss_top[-1];
    CHECK(rpy_dict_len(d) == N);
    for (Signed i = 0; i < N; i++) {
        test_node *n = rpy_dict_getitem(d, W(i * 7919)).p;
        CHECK(n->value == i && !in_nursery_now(n));
    }
    for (Signed i = 0; i < N; i += 3) rpy_dict_delitem(d, W(i * 7919));
    garbage(500000);
    rpy_gc_collect();
    d = rpy_ss_top[-1];
    Signed count = 0, prev = -1;
    for (Signed i = rpy_dict_next(d, 0); i >= 0; i = rpy_dict_next(d, i + 1)) {
        test_node *n = rpy_dict_value_at(d, i).p;
        CHECK(rpy_dict_key_at(d, i).i == n->value * 7919 && n->value % 3 != 0 && n->value > prev);
        prev = n->value;
        count++;
    }
    CHECK(count == N - (N + 2) / 3 && rpy_dict_len(d) == count);
    /* a copy under pressure too */
    rpy_dict *c = rpy_dict_copy(d);
    RPY_PUSH(c);
    garbage(300000);
    rpy_gc_collect();
    c = rpy_ss_top[-1];
    CHECK(rpy_dict_len(c) == count);
    CHECK(((test_node *)rpy_dict_getitem(c, W(7919)).p)->value == 1);
    rpy_ss_top -= 2;
    printf("majors %ld\n", rpy_gc_get_stat(1) - majors0);
    printf("OK bigdict\n");
}

static rpy_string *mkstr(const char *fmt, Signed i) {
    char buf[64];
    snprintf(buf, sizeof buf, fmt, i);
    return rpy_str_from_cstr(buf);
}

static void strkeys(void) {
    const Signed N = 200000;
    rpy_dict *d = rpy_dict_new(&rpy_dictkind_str_int);
    RPY_PUSH(d);
    for (Signed i = 0; i < N; i++) {
        rpy_string *k = mkstr("key%ld", i);
        rpy_dict_setitem(rpy_ss_top[-1], P(k), W(i));
    }
    garbage(300000);
    rpy_gc_collect();
    for (Signed i = 0; i < N; i++) {
        rpy_string *k = mkstr("key%ld", i);      /* an equal, different object */
        CHECK(rpy_dict_getitem(rpy_ss_top[-1], P(k)).i == i);
    }
    rpy_string *missing = mkstr("nokey%ld", 1);
    CHECK(!rpy_dict_contains(rpy_ss_top[-1], P(missing)));
    /* (the key is made first: the allocation may move the dict) */
    for (Signed i = 0; i < N; i += 2) {
        rpy_string *k = mkstr("key%ld", i);
        rpy_dict_delitem(rpy_ss_top[-1], P(k));
    }
    d = rpy_ss_top[-1];
    CHECK(rpy_dict_len(d) == N / 2);
    Signed expect = 1;
    for (Signed i = rpy_dict_next(d, 0); i >= 0; i = rpy_dict_next(d, i + 1), expect += 2) {
        rpy_string *k = rpy_dict_key_at(d, i).p;
        char buf[64];
        snprintf(buf, sizeof buf, "key%ld", expect);
        CHECK(strcmp(k->data, buf) == 0 && rpy_dict_value_at(d, i).i == expect);
    }
    rpy_ss_top--;

    /* str -> GC values, both moving */
    d = rpy_dict_new(&rpy_dictkind_str_gc);
    RPY_PUSH(d);
    for (Signed i = 0; i < 50000; i++) {
        rpy_string *k = mkstr("k%ld", i);
        RPY_PUSH(k);
        test_node *n = new_node(i, NULL, NULL);
        RPY_POP(rpy_string *, k);
        rpy_dict_setitem(rpy_ss_top[-1], P(k), P(n));
        if (i % 100 == 0) garbage(1000);
    }
    /* setdefault with a young default: the stored (moved) value comes back */
    rpy_string *k = mkstr("fresh%ld", 0);
    RPY_PUSH(k);
    test_node *n = new_node(-1, NULL, NULL);
    RPY_POP(rpy_string *, k);
    test_node *got = rpy_dict_setdefault(rpy_ss_top[-1], P(k), P(n)).p;
    CHECK(got->value == -1);
    rpy_gc_collect();
    for (Signed i = 0; i < 50000; i++) {
        rpy_string *k = mkstr("k%ld", i);
        test_node *v = rpy_dict_getitem(rpy_ss_top[-1], P(k)).p;
        CHECK(v->value == i);
    }
    k = mkstr("fresh%ld", 0);
    CHECK(((test_node *)rpy_dict_getitem(rpy_ss_top[-1], P(k)).p)->value == -1);
    rpy_ss_top--;
    printf("OK strkeys\n");
}

/* instances as keys, by identity: their hash must survive their moves */
static int eq_ptr(rpy_word a, rpy_word b) { return a.p == b.p; }
static const rpy_dictkind kind_ptr_int = { rpy_hash_ptr, eq_ptr, 1, 0 };

static void identity(void) {
    const int N = 50000;
    rpy_array *keys = rpy_gc_malloc_varsize(RPY_TID_ARRAY_GC, N);
    RPY_PUSH(keys);
    rpy_dict *d = rpy_dict_new(&kind_ptr_int);
    RPY_PUSH(d);
    for (int i = 0; i < N; i++) {
        test_node *n = new_node(i, NULL, NULL);     /* young key */
        keys = rpy_ss_top[-2];
        RPY_WB(keys);
        keys->items[i].p = n;
        rpy_dict_setitem(rpy_ss_top[-1], P(n), W(i));
        if (i % 10000 == 0) { garbage(100000); rpy_gc_collect(); }
    }
    for (int round = 0; round < 3; round++) {
        garbage(200000);
        if (round == 1) rpy_gc_collect(); else rpy_gc_collect_minor();
        keys = rpy_ss_top[-2]; d = rpy_ss_top[-1];
        for (int i = 0; i < N; i++) CHECK(rpy_dict_getitem(d, keys->items[i]).i == i);
        test_node *stranger = new_node(0, NULL, NULL);
        CHECK(!rpy_dict_contains(rpy_ss_top[-1], P(stranger)));
    }
    rpy_ss_top -= 2;
    printf("OK identity\n");
}

int main(int argc, char **argv) {
    rpy_gc_init();
    void **ss0 = rpy_ss_top;
    for (int i = 1; i < argc; i++) {
        const char *t = argv[i];
        if (!strcmp(t, "hashes")) hashes();
        else if (!strcmp(t, "intdict")) intdict();
        else if (!strcmp(t, "bigdict")) bigdict();
        else if (!strcmp(t, "strkeys")) strkeys();
        else if (!strcmp(t, "identity")) identity();
        else { fprintf(stderr, "unknown scenario %s\n", t); return 3; }
        CHECK(rpy_ss_top == ss0);
        fflush(stdout);
    }
    return 0;
}
