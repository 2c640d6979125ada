/* test_arith.c -- reads "OP A B" lines on stdin (OP one of mod floordiv pow
 * ipow; floats in C99 hex or inf/nan, ints in decimal) and prints the result
 * of arith.c's function, "%a" for floats, or "EXC kind message" when it
 * raised.  tests/rpy/test_runtime_gc.py compares with CPython. */
#include "test_support.h"

int main(void) {
    rpy_gc_init();
    char op[16], a[128], b[128];
    while (scanf("%15s %127s %127s", op, a, b) == 3) {
        rpy_exc_value = NULL;
        double r = 0; Signed ir = 0; int isint = 0;
        if (!strcmp(op, "mod")) r = rpy_float_mod(strtod(a, NULL), strtod(b, NULL));
        else if (!strcmp(op, "floordiv")) r = rpy_float_floordiv(strtod(a, NULL), strtod(b, NULL));
        else if (!strcmp(op, "pow")) r = rpy_float_pow(strtod(a, NULL), strtod(b, NULL));
        else if (!strcmp(op, "ipow")) { ir = rpy_int_pow(strtol(a, NULL, 10), strtol(b, NULL, 10)); isint = 1; }
        else { fprintf(stderr, "bad op %s\n", op); return 3; }
        if (rpy_exc_value) {
            test_exc *e = rpy_exc_value;
            printf("EXC %ld %s\n", e->kind, e->msg->data);
        } else if (isint) printf("%ld\n", ir);
        else printf("%a\n", r);
    }
    return 0;
}
