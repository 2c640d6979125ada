/* test_main.c -- the entry point for testing main.c: argv[1] selects what
 * the "program" does (print its arguments, return a status, raise, recurse
 * until RecursionError, overflow the shadow stack).  Linked with main.c
 * and stub_program.c compiled with -DRPY_TEST_ENTRY_POINT. */
#include "test_support.h"

static Signed max_depth;

__attribute__((noinline)) static void recurse(Signed n) {
    if (RPY_STACK_CHECK()) return;
    volatile char pad[100];          /* a frame of a realistic size */
    pad[n % 100] = (char)n;
    max_depth = n;
    recurse(n + 1);
    pad[(n + 1) % 100] = pad[n % 100];
}

static const char *arg(rpy_list *argv, Signed i) {
    return ((rpy_string *)argv->items->items[i].p)->data;
}

Signed rpy_entry_point(rpy_list *argv) {
    const char *what = argv->length > 1 ? arg(argv, 1) : "";
    if (!strcmp(what, "args")) {
        for (Signed i = 0; i < argv->length; i++) printf("[%s]\n", arg(argv, i));
        return 0;
    }
    if (!strcmp(what, "exit")) return strtol(arg(argv, 2), NULL, 10);
    if (!strcmp(what, "raise")) {
        printf("before\n");
        rpy_raise(RPY_EXC_ValueError, argv->length > 2 ? arg(argv, 2) : "");
        return 0;
    }
    if (!strcmp(what, "recurse")) {
        for (int round = 0; round < 3; round++) {
            max_depth = 0;
            recurse(0);
            CHECK(rpy_exc_value != NULL && test_last_exc_kind == RPY_EXC_RecursionError);
            CHECK(strcmp(((test_exc *)rpy_exc_value)->msg->data, "maximum recursion depth exceeded") == 0);
            rpy_exc_value = NULL;
        }
        printf("depth %ld\n", max_depth);
        return 0;
    }
    if (!strcmp(what, "ssoverflow")) {
        fflush(stdout);
        rpy_ss_top = rpy_ss_limit;
        RPY_PUSH(NULL);
        return 0;
    }
    return 0;
}
