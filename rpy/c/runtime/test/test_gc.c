/* test_gc.c -- scenarios for the garbage collector (gc.c), one per command
 * line argument; run by tests/rpy/test_runtime_gc.py, which sets the GC's
 * environment variables per scenario and checks the "OK" line and the
 * numbers printed.  A failed CHECK exits with status 2. */
#define _GNU_SOURCE
#include "test_support.h"

static Signed stat_(int which) { return rpy_gc_get_stat(which); }
#define ST_MINOR 0
#define ST_MAJOR 1
#define ST_AFTER 3
#define ST_INUSE 4
#define ST_PEAK 5

/* (a) many short-lived objects, a few kept: memory stays bounded */
static void churn(void) {
    test_node *keep = NULL;
    for (int i = 0; i < 100; i++) keep = new_node(i, keep, NULL);
    RPY_PUSH(keep);
    void **root = rpy_ss_top - 1;
    const long N = 50L * 1000 * 1000;
    Signed sum = 0;
    for (long i = 0; i < N; i++) {
        test_node *n = rpy_malloc_fixed(TID_NODE, sizeof(test_node));
        CHECK(n != NULL);
        n->value = i;
        sum += n->value & 1;
        if ((i & 0xFFFFF) == 0) {
            /* every ~1M: keep one more object, so the old generation moves a bit */
            test_node *k = new_node(i, *root, NULL);
            *root = k;
        }
    }
    CHECK(sum == N / 2);
    Signed count = 0;
    for (test_node *n = *root; n; n = n->left) count++;
    CHECK(count == 100 + (N + 0xFFFFF) / 0x100000);
    rpy_ss_top--;
    printf("minor %ld major %ld\n", stat_(ST_MINOR), stat_(ST_MAJOR));
    printf("rss_kb %ld\n", rss_kb());
    printf("OK churn\n");
}

/* (b) 2 million nodes in a linked list and a binary tree, several major
   collections with garbage in between, then every node is checked */
static test_node *build_tree(int depth, Signed *counter) {
    if (depth == 0) return NULL;
    Signed v = (*counter)++;
    test_node *l = build_tree(depth - 1, counter);
    RPY_PUSH(l);
    test_node *r = build_tree(depth - 1, counter);
    RPY_POP(test_node *, l);
    return new_node(v, l, r);
}
static Signed check_tree(test_node *t, int depth, Signed *counter) {
    if (depth == 0) { CHECK(t == NULL); return 0; }
    CHECK(t != NULL);
    CHECK(t->value == (*counter)++);
    return 1 + check_tree(t->left, depth - 1, counter) + check_tree(t->right, depth - 1, counter);
}
static void garbage(long nbytes) {
    for (long i = 0; i < nbytes / 32; i++) CHECK(new_node(i, NULL, NULL) != NULL);
    /* and some large garbage too */
    for (int i = 0; i < 8; i++) CHECK(rpy_gc_malloc_varsize(RPY_TID_ARRAY_RAW, 20000) != NULL);
}
static void bigheap(void) {
    const Signed LIST_N = 2000000;
    const int DEPTH = 18;                      /* 2**18 - 1 tree nodes */
    test_node *list = NULL;
    for (Signed i = 0; i < LIST_N; i++) {
        list = new_node(i, list, NULL);
        CHECK(list != NULL);
    }
    RPY_PUSH(list);
    Signed counter = 0;
    test_node *tree = build_tree(DEPTH, &counter);
    RPY_PUSH(tree);
    /* a wide array of young nodes: many mark-stack entries at once */
    rpy_array *arr = rpy_gc_malloc_varsize(RPY_TID_ARRAY_GC, 100000);
    CHECK(arr != NULL);
    RPY_PUSH(arr);
    for (Signed i = 0; i < 100000; i++) {
        test_node *n = new_node(-i, NULL, NULL);
        arr = rpy_ss_top[-1];
        RPY_WB(arr);
        arr->items[i].p = n;
    }
    Signed majors0 = stat_(ST_MAJOR);
    for (int round = 0; round < 3; round++) {
        garbage(40L << 20);
        rpy_gc_collect();
    }
    CHECK(stat_(ST_MAJOR) - majors0 >= 3);
    list = rpy_ss_top[-3]; tree = rpy_ss_top[-2]; arr = rpy_ss_top[-1];
    Signed expect = LIST_N - 1;
    for (test_node *n = list; n; n = n->left) { CHECK(n->value == expect); expect--; }
    CHECK(expect == -1);
    counter = 0;
    CHECK(check_tree(tree, DEPTH, &counter) == (1 << DEPTH) - 1);
    for (Signed i = 0; i < 100000; i++) CHECK(((test_node *)arr->items[i].p)->value == -i);
    rpy_ss_top -= 3;
    printf("majors %ld\n", stat_(ST_MAJOR) - majors0);
    printf("OK bigheap\n");
}

/* (c) garbage cycles are reclaimed: the old generation returns to its baseline */
static void cycles(void) {
    rpy_gc_collect();
    Signed baseline = stat_(ST_AFTER);
    long rss_max = 0;
    for (int round = 0; round < 4; round++) {
        rpy_array *rings = rpy_gc_malloc_varsize(RPY_TID_ARRAY_GC, 1000);
        RPY_PUSH(rings);
        for (int r = 0; r < 1000; r++) {
            test_node *head = new_node(0, NULL, NULL);
            RPY_PUSH(head);
            test_node *prev = head;
            for (int k = 1; k < 1000; k++) {
                RPY_PUSH(prev);
                test_node *n = new_node(k, NULL, NULL);
                RPY_POP(test_node *, prev);
                RPY_WB(prev);
                prev->left = n;            /* forward */
                n->right = prev;           /* backward (fresh: no barrier) */
                prev = n;
            }
            RPY_POP(test_node *, head);
            RPY_WB(prev);
            prev->left = head;             /* close the ring */
            RPY_WB(head);
            head->right = prev;
            rings = rpy_ss_top[-1];
            RPY_WB(rings);
            rings->items[r].p = head;
        }
        rpy_gc_collect();
        Signed with_rings = stat_(ST_AFTER);
        CHECK(with_rings - baseline >= 1000 * 1000 * 32);
        /* walk one ring both ways */
        rings = rpy_ss_top[-1];
        test_node *h = rings->items[round].p, *n = h;
        for (int k = 0; k < 1000; k++) { CHECK(n->value == k); n = n->left; }
        CHECK(n == h);
        for (int k = 0; k < 1000; k++) n = n->right;
        CHECK(n == h);
        rpy_ss_top--;                      /* drop every ring */
        rpy_gc_collect();
        Signed after = stat_(ST_AFTER);
        printf("round %d: baseline %ld with rings %ld after %ld\n", round, baseline, with_rings, after);
        CHECK(after - baseline < 64 * 1024);
        long r = rss_kb();
        if (r > rss_max) rss_max = r;
    }
    printf("rss_kb %ld\n", rss_max);
    printf("OK cycles\n");
}

/* (d) OURO_GC_MAX: the allocation that does not fit raises MemoryError */
static void gcmax(void) {
    test_node *list = NULL;
    Signed n = 0;
    RPY_PUSH(list);
    for (;;) {
        test_node *x = new_node(n, rpy_ss_top[-1], NULL);
        if (x == NULL) break;
        rpy_ss_top[-1] = x;
        n++;
        CHECK(n < 100 * 1000 * 1000);
    }
    CHECK(rpy_exc_value != NULL);
    CHECK(test_last_exc_kind == RPY_EXC_MemoryError);
    printf("nodes %ld\n", n);
    /* the list is intact */
    Signed expect = n - 1;
    for (test_node *x = rpy_ss_top[-1]; x; x = x->left) { CHECK(x->value == expect); expect--; }
    CHECK(expect == -1);
    /* drop it: allocation works again */
    rpy_ss_top--;
    rpy_exc_value = NULL;
    test_last_exc_kind = -1;
    rpy_gc_collect();
    for (int i = 0; i < 100000; i++) CHECK(new_node(i, NULL, NULL) != NULL);
    CHECK(rpy_gc_malloc_varsize(RPY_TID_ARRAY_RAW, 1 << 20) != NULL);   /* 8 MB, large */
    CHECK(rpy_exc_value == NULL);
    /* a large object over the limit */
    CHECK(rpy_gc_malloc_varsize(RPY_TID_ARRAY_RAW, 1L << 30) == NULL);
    CHECK(test_last_exc_kind == RPY_EXC_MemoryError);
    rpy_exc_value = NULL;
    printf("OK gcmax\n");
}

/* absurd sizes are MemoryError, never an overflow or a crash */
static void hugealloc(void) {
    static const Signed lengths[] = { 1L << 62, (1L << 62) + 12345, 0x7fffffffffffffffL,
                                      1L << 42, 1L << 40, -1, -(1L << 62) };
    for (size_t i = 0; i < sizeof lengths / sizeof lengths[0]; i++) {
        rpy_exc_value = NULL; test_last_exc_kind = -1;
        CHECK(rpy_gc_malloc_varsize(RPY_TID_ARRAY_GC, lengths[i]) == NULL);
        CHECK(test_last_exc_kind == RPY_EXC_MemoryError && rpy_exc_value != NULL);
        rpy_exc_value = NULL; test_last_exc_kind = -1;
        CHECK(rpy_gc_malloc_varsize(RPY_TID_STR, lengths[i]) == NULL);
        CHECK(test_last_exc_kind == RPY_EXC_MemoryError);
    }
    static const Signed sizes[] = { 1L << 50, 1L << 62 };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        rpy_exc_value = NULL; test_last_exc_kind = -1;
        CHECK(rpy_malloc_fixed(TID_NODE, sizes[i]) == NULL);
        CHECK(test_last_exc_kind == RPY_EXC_MemoryError);
    }
    rpy_exc_value = NULL;
    /* still usable afterwards */
    test_node *n = new_node(7, NULL, NULL);
    RPY_PUSH(n);
    rpy_gc_collect();
    RPY_POP(test_node *, n);
    CHECK(n->value == 7);
    printf("OK hugealloc\n");
}

/* (e) the write barrier: old -> young pointers survive minor collections */
static void barrier(void) {
    /* an old object gets a young one */
    test_node *old = new_node(1, NULL, NULL);
    RPY_PUSH(old);
    rpy_gc_collect_minor();
    old = rpy_ss_top[-1];
    CHECK(!in_nursery_now(old));
    CHECK(RPY_HDR(old)->gcflags & RPY_GCFLAG_TRACK_YOUNG);
    test_node *young = new_node(42, NULL, NULL);
    CHECK(in_nursery_now(young));
    RPY_WB(old);
    CHECK(!(RPY_HDR(old)->gcflags & RPY_GCFLAG_TRACK_YOUNG));
    old->left = young;
    void *young_addr = young;
    rpy_gc_collect_minor();
    old = rpy_ss_top[-1];
    CHECK(RPY_HDR(old)->gcflags & RPY_GCFLAG_TRACK_YOUNG);   /* barrier re-armed */
    CHECK(old->left != young_addr && old->left->value == 42 && !in_nursery_now(old->left));
    /* again, many times, interleaved with garbage and major collections */
    for (int i = 0; i < 200; i++) {
        test_node *y = new_node(1000 + i, NULL, NULL);
        old = rpy_ss_top[-1];
        RPY_WB(old);
        y->left = old->right;
        old->right = y;
        garbage(1 << 18);
        if (i % 50 == 0) rpy_gc_collect();
    }
    old = rpy_ss_top[-1];
    int k = 199;
    for (test_node *y = old->right; y; y = y->left, k--) CHECK(y->value == 1000 + k);
    CHECK(k == -1);
    rpy_ss_top--;

    /* a prebuilt object gets a young one; nothing else refers to it */
    test_node *y = new_node(77, NULL, NULL);
    RPY_WB(&test_prebuilt_node);
    test_prebuilt_node.left = y;
    rpy_gc_collect_minor();
    CHECK(test_prebuilt_node.left->value == 77 && !in_nursery_now(test_prebuilt_node.left));
    garbage(8 << 20);
    rpy_gc_collect();
    rpy_gc_collect();
    CHECK(test_prebuilt_node.left->value == 77);
    CHECK(!(test_prebuilt_node.h.gcflags & RPY_GCFLAG_MARKED));
    CHECK(test_prebuilt_node.h.gcflags & RPY_GCFLAG_TRACK_YOUNG);
    test_prebuilt_node.left = NULL;

    /* a fresh large array (allocated old) filled without barrier with
       young nodes, as generated code may do for a fresh object */
    test_node *chain = NULL;
    for (int i = 0; i < 20000; i++) chain = new_node(i, chain, NULL);
    RPY_PUSH(chain);
    rpy_array *arr = rpy_gc_malloc_varsize(RPY_TID_ARRAY_GC, 20000);
    CHECK(arr != NULL && !in_nursery_now(arr));
    RPY_POP(test_node *, chain);
    for (test_node *n = chain; n; n = n->left) arr->items[n->value].p = n;
    RPY_PUSH(arr);
    rpy_gc_collect_minor();
    garbage(8 << 20);
    rpy_gc_collect();
    arr = rpy_ss_top[-1];
    for (int i = 0; i < 20000; i++) {
        test_node *n = arr->items[i].p;
        CHECK(n->value == i && !in_nursery_now(n));
        CHECK(i == 0 ? n->left == NULL : n->left == arr->items[i - 1].p);
    }
    rpy_ss_top--;

    /* rpy_exc_value is a root too */
    rpy_raise(RPY_EXC_ValueError, "keep me");
    garbage(8 << 20);
    rpy_gc_collect();
    CHECK(((test_exc *)rpy_exc_value)->kind == RPY_EXC_ValueError);
    CHECK(strcmp(((test_exc *)rpy_exc_value)->msg->data, "keep me") == 0);
    rpy_exc_value = NULL;
    printf("OK barrier\n");
}

/* (f) identity hashes do not change when objects move or collections run */
static void idhash(void) {
    const int N = 100000;
    rpy_array *arr = rpy_gc_malloc_varsize(RPY_TID_ARRAY_GC, N);
    RPY_PUSH(arr);
    Signed *h = malloc(N * sizeof(Signed));
    for (int i = 0; i < N; i++) {
        test_node *n = new_node(i, NULL, NULL);
        arr = rpy_ss_top[-1];
        RPY_WB(arr);
        arr->items[i].p = n;
        /* hash most of them while young, a few after they became old */
        if (i % 10 != 0) h[i] = rpy_identity_hash(n);
    }
    rpy_gc_collect_minor();
    arr = rpy_ss_top[-1];
    for (int i = 0; i < N; i += 10) h[i] = rpy_identity_hash(arr->items[i].p);
    for (int round = 0; round < 4; round++) {
        garbage(6 << 20);
        if (round % 2) rpy_gc_collect(); else rpy_gc_collect_minor();
        arr = rpy_ss_top[-1];
        for (int i = 0; i < N; i++) CHECK(rpy_identity_hash(arr->items[i].p) == h[i]);
    }
    /* distinct enough to be useful */
    int dup = 0;
    for (int i = 1; i < N; i++) dup += h[i] == h[i - 1];
    CHECK(dup == 0);
    /* one object hashed young, then the rest of the objects die */
    test_node *x = new_node(5, NULL, NULL);
    Signed hx = rpy_identity_hash(x);
    CHECK(hx == rpy_identity_hash(x));
    RPY_PUSH(x);
    rpy_gc_collect();
    CHECK(rpy_identity_hash(rpy_ss_top[-1]) == hx);
    rpy_ss_top -= 2;             /* drop x and the array: their entries go */
    rpy_gc_collect();
    CHECK(rpy_identity_hash(&test_prebuilt_node) == rpy_identity_hash(&test_prebuilt_node));
    CHECK(rpy_identity_hash(NULL) == 0);
    free(h);
    printf("OK idhash\n");
}

/* a random mutating graph with a model to check against: many minor and
   major collections with old->young, young->old and prebuilt edges */
static uint64_t rng_state = 88172645463325252ull;
static uint64_t rnd(void) { rng_state ^= rng_state << 13; rng_state ^= rng_state >> 7; rng_state ^= rng_state << 17; return rng_state; }
static void random_graph(void) {
    const int SLOTS = 1000;
    const long OPS = 3000000;
    Signed *mleft = calloc(OPS + 1, sizeof(Signed)), *mright = calloc(OPS + 1, sizeof(Signed));
    Signed *mslot = calloc(SLOTS, sizeof(Signed));   /* ids; 0 = empty */
    rpy_array *slots = rpy_gc_malloc_varsize(RPY_TID_ARRAY_GC, SLOTS);
    RPY_PUSH(slots);
    for (long id = 1; id <= OPS; id++) {
        slots = rpy_ss_top[-1];
        int s = (int)(rnd() % SLOTS), a = (int)(rnd() % SLOTS), b = (int)(rnd() % SLOTS);
        uint64_t op = rnd() % 4;
        if (op < 3) {
            /* new node at s pointing to the nodes at a and b */
            test_node *n = new_node(id, slots->items[a].p, slots->items[b].p);
            mleft[id] = mslot[a]; mright[id] = mslot[b];
            slots = rpy_ss_top[-1];
            RPY_WB(slots);
            slots->items[s].p = n;
            mslot[s] = id;
        } else {
            /* mutate the node at s (old or young) to point to the node at a */
            test_node *n = slots->items[s].p;
            if (n != NULL) {
                RPY_WB(n);
                n->left = slots->items[a].p;
                mleft[n->value] = mslot[a];
            }
        }
        if (id % 500000 == 0) {
            slots = rpy_ss_top[-1];
            for (int i = 0; i < SLOTS; i++) {
                test_node *n = slots->items[i].p;
                CHECK((n ? n->value : 0) == mslot[i]);
                if (n) {
                    CHECK((n->left ? n->left->value : 0) == mleft[n->value]);
                    CHECK((n->right ? n->right->value : 0) == mright[n->value]);
                    if (n->left && n->left->left)
                        CHECK(n->left->left->value == mleft[n->left->value]);
                }
            }
        }
    }
    rpy_ss_top--;
    free(mleft); free(mright); free(mslot);
    printf("minor %ld major %ld\n", stat_(ST_MINOR), stat_(ST_MAJOR));
    printf("OK random\n");
}

/* strings survive moves with their terminating NUL */
static void strings(void) {
    rpy_array *arr = rpy_gc_malloc_varsize(RPY_TID_ARRAY_GC, 1000);
    RPY_PUSH(arr);
    char buf[64];
    for (int i = 0; i < 1000; i++) {
        snprintf(buf, sizeof buf, "string number %d", i);
        rpy_string *s = rpy_str_from_cstr(buf);
        arr = rpy_ss_top[-1];
        RPY_WB(arr);
        arr->items[i].p = s;
    }
    garbage(8 << 20);
    rpy_gc_collect();
    arr = rpy_ss_top[-1];
    for (int i = 0; i < 1000; i++) {
        snprintf(buf, sizeof buf, "string number %d", i);
        rpy_string *s = arr->items[i].p;
        CHECK(s->length == (Signed)strlen(buf) && strcmp(s->data, buf) == 0);
    }
    rpy_ss_top--;
    printf("OK strings\n");
}

/* prebuilt objects in read-only memory, reached from the heap and from
   the shadow stack: marking must not write into them */
static const test_node ro_leaf = { { TID_NODE, RPY_GCFLAG_PREBUILT | RPY_GCFLAG_OLD }, 99, NULL, NULL };
static const test_node ro_node = { { TID_NODE, RPY_GCFLAG_PREBUILT | RPY_GCFLAG_OLD }, 98,
                                   (test_node *)&ro_leaf, (test_node *)&ro_leaf };
static void readonly(void) {
    test_node *n = new_node(1, (test_node *)&ro_node, NULL);
    RPY_PUSH(n);
    RPY_PUSH((void *)&ro_leaf);
    for (int i = 0; i < 3; i++) { garbage(4 << 20); rpy_gc_collect(); }
    rpy_ss_top--;
    RPY_POP(test_node *, n);
    CHECK(n->value == 1 && n->left == &ro_node && n->left->left->value == 99);
    printf("OK readonly\n");
}

/* a store without write barrier: OURO_GC_DEBUG=3 must catch it */
static void missingwb(void) {
    test_node *old = new_node(1, NULL, NULL);
    RPY_PUSH(old);
    rpy_gc_collect_minor();
    test_node *young = new_node(2, NULL, NULL);
    old = rpy_ss_top[-1];
    old->right = young;                    /* no RPY_WB: a bug */
    rpy_gc_collect_minor();
    rpy_ss_top--;
    printf("OK missingwb\n");
}

/* a young pointer kept in a C variable across a collection (a missing
   root): OURO_GC_VERIFY=1 makes the use fault, or the next collection
   report the stale shadow-stack slot */
static void stale(int where) {
    test_node *n = new_node(5, NULL, NULL);        /* not protected: a bug */
    rpy_gc_collect_minor();
    if (where == 0) {
        printf("value %ld\n", n->value);          /* reads the moved object */
    } else {
        RPY_PUSH(n);                               /* hands the stale pointer on */
        rpy_gc_collect_minor();
        rpy_ss_top--;
    }
    printf("OK stale\n");
}

/* (g) marking in bounded memory: a 2-million-item array of nodes (each
   with a child node), nested arrays (wide and deep), a long linked list and
   a prebuilt array all survive major collections.  Run with OURO_GC_DEBUG=1,
   the test checks the mark stack's size in the log lines. */
static rpy_array *new_array(Signed n) {
    rpy_array *a = rpy_gc_malloc_varsize(RPY_TID_ARRAY_GC, n);
    CHECK(a != NULL);
    return a;
}
/* array -> NEST_W arrays -> NEST_W arrays -> 3 nodes each */
#define NEST_W 300
static rpy_array *build_nested(void) {
    rpy_array *outer = new_array(NEST_W);
    RPY_PUSH(outer);
    for (Signed i = 0; i < NEST_W; i++) {
        rpy_array *mid = new_array(NEST_W);
        outer = rpy_ss_top[-1]; RPY_WB(outer); outer->items[i].p = mid;
        RPY_PUSH(mid);
        for (Signed j = 0; j < NEST_W; j++) {
            rpy_array *in = new_array(3);
            mid = rpy_ss_top[-1]; RPY_WB(mid); mid->items[j].p = in;
            RPY_PUSH(in);
            for (Signed k = 0; k < 3; k++) {
                test_node *n = new_node(i * 10000 + j * 10 + k, NULL, NULL);
                in = rpy_ss_top[-1]; RPY_WB(in); in->items[k].p = n;
            }
            rpy_ss_top--;
        }
        rpy_ss_top--;
    }
    RPY_POP(rpy_array *, outer);
    return outer;
}
static Signed sum_nested(rpy_array *outer) {
    Signed sum = 0;
    CHECK(outer->length == NEST_W);
    for (Signed i = 0; i < NEST_W; i++) {
        rpy_array *mid = outer->items[i].p;
        CHECK(mid->length == NEST_W);
        for (Signed j = 0; j < NEST_W; j++) {
            rpy_array *in = mid->items[j].p;
            CHECK(in->length == 3);
            for (Signed k = 0; k < 3; k++) {
                test_node *n = in->items[k].p;
                CHECK(n->value == i * 10000 + j * 10 + k);
                sum += n->value;
            }
        }
    }
    return sum;
}
/* DEEP_D arrays of DEEP_W items, each holding the next one in its middle
   item (the others: nodes) */
#define DEEP_D 40
#define DEEP_W 1000
static rpy_array *build_deep(void) {
    rpy_array *next = NULL;
    for (Signed d = 0; d < DEEP_D; d++) {
        RPY_PUSH(next);
        rpy_array *a = new_array(DEEP_W);
        RPY_POP(rpy_array *, next);
        a->items[DEEP_W / 2].p = next;          /* fresh object: no barrier */
        RPY_PUSH(a);
        for (Signed i = 0; i < DEEP_W; i++) {
            if (i == DEEP_W / 2) continue;
            test_node *n = new_node(d * DEEP_W + i, NULL, NULL);
            a = rpy_ss_top[-1]; RPY_WB(a); a->items[i].p = n;
        }
        RPY_POP(rpy_array *, next);
    }
    return next;
}
static Signed sum_deep(rpy_array *a) {
    Signed sum = 0, d = DEEP_D;
    for (; a; a = a->items[DEEP_W / 2].p) {
        d--;
        CHECK(a->length == DEEP_W);
        for (Signed i = 0; i < DEEP_W; i++) {
            if (i == DEEP_W / 2) continue;
            test_node *n = a->items[i].p;
            CHECK(n->value == d * DEEP_W + i);
            sum += n->value;
        }
    }
    CHECK(d == 0);
    return sum;
}
static void bigarray(void) {
    const Signed N = 2000000, LIST_N = 1000000;
    /* the big array: node i -> child node with value -i */
    rpy_array *arr = new_array(N);
    RPY_PUSH(arr);
    for (Signed i = 0; i < N; i++) {
        test_node *c = new_node(-i, NULL, NULL);
        test_node *n = new_node(i, c, NULL);
        arr = rpy_ss_top[-1]; RPY_WB(arr); arr->items[i].p = n;
    }
    rpy_array *nested = build_nested();
    RPY_PUSH(nested);
    rpy_array *deep = build_deep();
    RPY_PUSH(deep);
    test_node *list = NULL;
    for (Signed i = 0; i < LIST_N; i++) {
        list = new_node(i, list, NULL);
        CHECK(list != NULL);
    }
    RPY_PUSH(list);
    /* the prebuilt array gets young nodes, reachable only through it */
    for (Signed i = 0; i < 1000; i++) {
        test_node *n = new_node(7 * i, NULL, NULL);
        RPY_WB(&test_prebuilt_array);
        test_prebuilt_array.items[i].p = n;
    }
    const Signed expect_nested = sum_nested(rpy_ss_top[-3]);
    const Signed expect_deep = sum_deep(rpy_ss_top[-2]);
    Signed majors0 = stat_(ST_MAJOR);
    for (int round = 0; round < 3; round++) {
        garbage(16L << 20);
        rpy_gc_collect();
    }
    CHECK(stat_(ST_MAJOR) - majors0 >= 3);
    arr = rpy_ss_top[-4];
    CHECK(arr->length == N);
    Signed sum = 0;
    for (Signed i = 0; i < N; i++) {
        test_node *n = arr->items[i].p;
        CHECK(n->value == i && n->left->value == -i && n->right == NULL);
        sum += n->value - n->left->value;
    }
    CHECK(sum == N * (N - 1));
    CHECK(sum_nested(rpy_ss_top[-3]) == expect_nested);
    CHECK(sum_deep(rpy_ss_top[-2]) == expect_deep);
    Signed expect = LIST_N - 1;
    for (test_node *n = rpy_ss_top[-1]; n; n = n->left) { CHECK(n->value == expect); expect--; }
    CHECK(expect == -1);
    for (Signed i = 0; i < 1000; i++)
        CHECK(((test_node *)test_prebuilt_array.items[i].p)->value == 7 * i);
    CHECK(!(test_prebuilt_array.h.gcflags & RPY_GCFLAG_MARKED));
    memset(test_prebuilt_array.items, 0, sizeof test_prebuilt_array.items);
    rpy_ss_top -= 4;
    rpy_gc_collect();                    /* everything goes */
    CHECK(stat_(ST_AFTER) < 4 * 1024 * 1024);
    printf("majors %ld\n", stat_(ST_MAJOR) - majors0);
    printf("OK bigarray\n");
}

/* (h) large objects start young: the minor collection frees the dead ones
   (no major collection for temporary big arrays and strings) and promotes
   the ones it reaches, with what they point to in the nursery; weak
   references and finalizers see them die */
static int is_young_ext(void *p) { return (RPY_HDR(p)->gcflags & RPY_GCFLAG_YOUNG_EXT) != 0; }
static void younglarge(void) {
    rpy_gc_collect();
    Signed majors0 = stat_(ST_MAJOR), inuse0 = stat_(ST_INUSE);
    /* 2 GB of temporary large objects, 1 MB each: strings and arrays */
    for (int i = 0; i < 2000; i++) {
        if (i & 1) {
            rpy_string *s = rpy_str_alloc(RPY_TID_STR, 1 << 20);
            CHECK(s != NULL && is_young_ext(s) && s->length == 1 << 20);
            memset(s->data, 'x', 1 << 20);
        } else {
            rpy_array *a = rpy_gc_malloc_varsize(RPY_TID_ARRAY_RAW, 1 << 17);
            CHECK(a != NULL && is_young_ext(a) && a->items[(1 << 17) - 1].i == 0);
            a->items[7].i = i;
        }
    }
    CHECK(stat_(ST_MAJOR) == majors0);
    CHECK(stat_(ST_INUSE) < inuse0 + 8 * 1024 * 1024);

    /* a kept array, filled without barrier with young nodes, as generated
       code may fill a fresh object */
    test_node *chain = NULL;
    for (int i = 0; i < 20000; i++) chain = new_node(i, chain, NULL);
    RPY_PUSH(chain);
    rpy_array *arr = rpy_gc_malloc_varsize(RPY_TID_ARRAY_GC, 20000);
    CHECK(arr != NULL && is_young_ext(arr));
    RPY_POP(test_node *, chain);
    for (test_node *n = chain; n; n = n->left) arr->items[n->value].p = n;
    RPY_PUSH(arr);
    /* a large array reached only through a young node */
    rpy_array *inner = rpy_gc_malloc_varsize(RPY_TID_ARRAY_RAW, 100000);
    CHECK(inner != NULL);
    inner->items[99999].i = 4242;
    test_node *holder = new_node(-1, (test_node *)inner, NULL);
    RPY_PUSH(holder);
    /* one that dies, watched by a weak reference; one that lives, watched too */
    rpy_weakref *wdead = rpy_weakref_create(rpy_gc_malloc_varsize(RPY_TID_ARRAY_RAW, 100000));
    CHECK(wdead != NULL && wdead->target != NULL && is_young_ext(wdead->target));
    RPY_PUSH(wdead);
    rpy_weakref *wlive = rpy_weakref_create(rpy_ss_top[-3]);
    RPY_PUSH(wlive);
    /* a registered one that dies: queued, alive, by the next collection */
    rpy_array *fin = rpy_gc_malloc_varsize(RPY_TID_ARRAY_RAW, 100000);
    CHECK(fin != NULL && is_young_ext(fin));
    fin->items[5].i = 55;
    rpy_fq_register(0, fin);
    CHECK(!is_young_ext(fin));
    fin = NULL;
    rpy_gc_collect_minor();
    RPY_POP(rpy_weakref *, wlive);
    RPY_POP(rpy_weakref *, wdead);
    RPY_POP(test_node *, holder);
    RPY_POP(rpy_array *, arr);
    CHECK(!is_young_ext(arr) && (RPY_HDR(arr)->gcflags & RPY_GCFLAG_TRACK_YOUNG));
    for (int i = 0; i < 20000; i++) {
        test_node *n = arr->items[i].p;
        CHECK(!in_nursery_now(n) && n->value == i);
    }
    CHECK(!in_nursery_now(holder) && !is_young_ext(holder->left));
    CHECK(((rpy_array *)holder->left)->items[99999].i == 4242);
    CHECK(wdead->target == NULL);
    CHECK(wlive->target == arr);
    /* promoted: a store into it now needs the barrier, and survives */
    RPY_PUSH(arr);
    test_node *late = new_node(777, NULL, NULL);
    arr = rpy_ss_top[-1];
    RPY_WB_ITEM(arr, 19999);
    arr->items[19999].p = late;
    garbage(8 << 20);
    rpy_gc_collect();
    arr = rpy_ss_top[-1];
    CHECK(((test_node *)arr->items[19999].p)->value == 777);
    CHECK(((test_node *)arr->items[0].p)->value == 0);
    rpy_ss_top--;
    rpy_array *dead = rpy_fq_next_dead(0);
    CHECK(dead != NULL && dead->items[5].i == 55 && rpy_fq_next_dead(0) == NULL);

    /* minor collections that promote young large objects while copying
       big nursery survivors (both join the list of large old objects) */
    Signed threshold = stat_(7) / 4 < 65536 ? stat_(7) / 4 : 65536;
    Signed big = threshold / 8 + 16, n = 3000;
    rpy_array *keep = rpy_gc_malloc_varsize(RPY_TID_ARRAY_GC, n);
    CHECK(keep != NULL);
    RPY_PUSH(keep);
    for (Signed i = 0; i < n; i++) {
        rpy_array *x = rpy_gc_malloc_varsize(RPY_TID_ARRAY_RAW, (i & 1) ? 100 : big);
        CHECK(x != NULL && is_young_ext(x) == !(i & 1));
        x->items[0].i = i;
        keep = rpy_ss_top[-1];
        RPY_WB_ITEM(keep, i);
        keep->items[i].p = x;
    }
    rpy_gc_collect();
    keep = rpy_ss_top[-1];
    for (Signed i = 0; i < n; i++) CHECK(((rpy_array *)keep->items[i].p)->items[0].i == i);
    rpy_ss_top--;
    rpy_gc_collect();
    printf("OK younglarge\n");
}

static void stats(void) {
    CHECK(stat_(7) == rpy_gc_stat.nursery_size);
    printf("nursery %ld\n", stat_(7));
    test_node *keep = NULL;
    for (int i = 0; i < 300000; i++) keep = new_node(i, keep, NULL);
    RPY_PUSH(keep);
    rpy_gc_collect();
    CHECK(stat_(ST_MAJOR) >= 1 && stat_(ST_MINOR) >= 1);
    CHECK(stat_(ST_AFTER) >= 300000 * 32);
    CHECK(stat_(2) >= stat_(ST_AFTER));
    CHECK(stat_(ST_PEAK) >= stat_(ST_AFTER));
    CHECK(stat_(ST_INUSE) >= stat_(ST_AFTER));
    CHECK(stat_(6) >= 0);
    rpy_ss_top--;
    rpy_gc_collect();
    CHECK(stat_(ST_AFTER) < 300000 * 32);
    printf("OK stats\n");
}

int main(int argc, char **argv) {
    rpy_gc_init();
    setvbuf(stdout, NULL, _IOLBF, 0);
    void **ss0 = rpy_ss_top;
    for (int i = 1; i < argc; i++) {
        const char *t = argv[i];
        if (!strcmp(t, "churn")) churn();
        else if (!strcmp(t, "bigheap")) bigheap();
        else if (!strcmp(t, "cycles")) cycles();
        else if (!strcmp(t, "gcmax")) gcmax();
        else if (!strcmp(t, "hugealloc")) hugealloc();
        else if (!strcmp(t, "barrier")) barrier();
        else if (!strcmp(t, "idhash")) idhash();
        else if (!strcmp(t, "random")) random_graph();
        else if (!strcmp(t, "strings")) strings();
        else if (!strcmp(t, "stats")) stats();
        else if (!strcmp(t, "bigarray")) bigarray();
        else if (!strcmp(t, "younglarge")) younglarge();
        else if (!strcmp(t, "readonly")) readonly();
        else if (!strcmp(t, "missingwb")) missingwb();
        else if (!strcmp(t, "stale")) stale(0);
        else if (!strcmp(t, "staleroot")) stale(1);
        else { fprintf(stderr, "unknown scenario %s\n", t); return 3; }
        CHECK(rpy_ss_top == ss0);
    }
    rpy_gc_shutdown();
    return 0;
}
