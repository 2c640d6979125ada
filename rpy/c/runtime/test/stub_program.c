/* stub_program.c -- stands in for the generated program in the runtime's
 * own C tests: a type table with the runtime's types plus two test types,
 * a prebuilt node and a prebuilt array, and rpy_raise recording the kind
 * of the last exception. */
#include "../rpy.h"
#include <stdio.h>

/* test type 16: struct node { hdr; Signed value; node *left, *right; } */
typedef struct test_node { rpy_hdr h; Signed value; struct test_node *left, *right; } test_node;
static const Signed node_ptrs[] = { offsetof(test_node, left), offsetof(test_node, right), -1 };
static const rpy_typeinfo ti_node = { "test_node", sizeof(test_node), 0, 0, 0, node_ptrs, 0, NULL };
/* test type 17: an exception instance { hdr; rpy_string *msg; } */
typedef struct test_exc { rpy_hdr h; Signed kind; rpy_string *msg; } test_exc;
static const Signed exc_ptrs[] = { offsetof(test_exc, msg), -1 };
static const rpy_typeinfo ti_exc = { "test_exc", sizeof(test_exc), 0, 0, 0, exc_ptrs, 0, NULL };

const rpy_typeinfo *const rpy_typetable[] = {
    NULL, &rpy_ti_str, &rpy_ti_bytes, &rpy_ti_array_gc, &rpy_ti_array_raw,
    &rpy_ti_list, &rpy_ti_dict, &rpy_ti_dict_entries, &rpy_ti_dict_index,
    NULL, &rpy_ti_weakref, NULL, NULL, NULL, NULL, NULL,
    &ti_node, &ti_exc,
};
const Signed rpy_typetable_length = 18;
const Signed rpy_main_stack_size = (Signed)512 << 20;
/* a prebuilt node, as the translator emits module-level instances: static,
   PREBUILT|OLD|TRACK_YOUNG, and listed in rpy_prebuilt_roots */
test_node test_prebuilt_node = { { 16, RPY_GCFLAG_PREBUILT | RPY_GCFLAG_OLD | RPY_GCFLAG_TRACK_YOUNG }, 0, NULL, NULL };
/* a prebuilt array of GC pointers, longer than the GC's marking chunk */
struct test_prebuilt_array { rpy_hdr h; Signed length; rpy_word items[1000]; };
struct test_prebuilt_array test_prebuilt_array = {
    { RPY_TID_ARRAY_GC, RPY_GCFLAG_PREBUILT | RPY_GCFLAG_OLD | RPY_GCFLAG_TRACK_YOUNG }, 1000, { { 0 } } };
void *const rpy_prebuilt_roots[] = { &test_prebuilt_node, &test_prebuilt_array, NULL };

int test_last_exc_kind = -1;
static test_exc prebuilt_memerror = { { 17, RPY_GCFLAG_PREBUILT | RPY_GCFLAG_OLD }, RPY_EXC_MemoryError, NULL };

void rpy_raise(int kind, const char *msg) {
    test_last_exc_kind = kind;
    if (kind == RPY_EXC_MemoryError) { rpy_exc_value = &prebuilt_memerror; return; }
    rpy_string *m = rpy_str_from_cstr(msg);
    RPY_PUSH(m);
    test_exc *e = rpy_malloc_fixed(17, sizeof(test_exc));
    RPY_POP(rpy_string *, m);
    if (e == NULL) return;   /* MemoryError already set */
    e->kind = kind; e->msg = m;
    rpy_exc_value = e;
}
void rpy_raise_str(int kind, void *msg) {
    test_last_exc_kind = kind;
    RPY_PUSH(msg);
    test_exc *e = rpy_malloc_fixed(17, sizeof(test_exc));
    RPY_POP(void *, msg);
    if (e == NULL) return;
    e->kind = kind; e->msg = msg;
    rpy_exc_value = e;
}
rpy_string *rpy_exc_describe(void *exc) {
    test_exc *e = exc;
    return e->msg ? e->msg : rpy_str_from_cstr("");
}
/* Tests define their own main(): when they link main.c for its stack-limit
   code they compile it with -DRPY_TEST_MAIN, which leaves main() out.
   rpy_exc_value is defined by gc.c.  A test of main.c itself supplies its
   own rpy_entry_point and compiles this file with -DRPY_TEST_ENTRY_POINT. */
#ifndef RPY_TEST_ENTRY_POINT
Signed rpy_entry_point(rpy_list *argv) { (void)argv; return 0; }
#endif
