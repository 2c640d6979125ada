/* test_support.h -- what the runtime's C tests share with stub_program.c:
 * the two test types (same layout as in the stub), the stub's globals, and
 * small helpers for building GC objects the way generated code does. */
#ifndef RPY_TEST_SUPPORT_H
#define RPY_TEST_SUPPORT_H
#include "../rpy.h"
#include <stdio.h>
#include <stdlib.h>

#define TID_NODE 16
#define TID_EXC 17
typedef struct test_node { rpy_hdr h; Signed value; struct test_node *left, *right; } test_node;
typedef struct test_exc { rpy_hdr h; Signed kind; rpy_string *msg; } test_exc;

extern int test_last_exc_kind;
extern test_node test_prebuilt_node;
/* prebuilt, in rpy_prebuilt_roots, all NULL at start: 1000 rpy_array items */
extern struct test_prebuilt_array { rpy_hdr h; Signed length; rpy_word items[1000]; } test_prebuilt_array;

#define CHECK(cond) do { if (!(cond)) { \
    fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
    exit(2); } } while (0)

/* A fresh node; l and r are protected across the allocation like generated
   code does.  Fields of a fresh object are stored without a barrier. */
static inline test_node *new_node(Signed value, test_node *l, test_node *r) {
    RPY_PUSH(l); RPY_PUSH(r);
    test_node *n = rpy_malloc_fixed(TID_NODE, sizeof(test_node));
    RPY_POP(test_node *, r); RPY_POP(test_node *, l);
    if (n == NULL) return NULL;
    n->value = value; n->left = l; n->right = r;
    return n;
}

static inline int in_nursery_now(void *p) {
    /* young iff not flagged OLD (prebuilt objects are OLD too) */
    return !(RPY_HDR(p)->gcflags & RPY_GCFLAG_OLD);
}

static inline long rss_kb(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256]; long kb = -1;
    if (!f) return -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmRSS: %ld", &kb) == 1) break;
    fclose(f);
    return kb;
}
#endif
