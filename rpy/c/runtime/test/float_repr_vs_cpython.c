/* Outside the test suite: compares rpy__float_repr (strings.c) with
   CPython's own repr (PyOS_double_to_string, 'r') on N random 64-bit
   patterns (xorshift, seed S) plus every subnormal mantissa below 2**20,
   every power of two +-3 ulp, integers near 2**50..2**65, and decimals of
   1..17 digits at all exponents with their neighbours.  Build and run
   (from the repository root, with the CPython 3.11 headers and library):

     RT=rpy/c/runtime; D=/tmp/frc; mkdir -p $D
     for f in strings format lists os threads; do gcc -std=gnu11 -O2 -I $RT -c $RT/$f.c -o $D/$f.o; done
     gcc -O2 -I $RT -c $RT/test/fake_gc.c -o $D/fake_gc.o
     gcc -O2 -I $RT -c $RT/test/stub_program.c -o $D/stub.o
     gcc -O2 -I $RT -DRPY_TEST_MAIN -c $RT/main.c -o $D/main.o
     gcc -O2 $(python3-config --includes) -c $RT/test/float_repr_vs_cpython.c -o $D/check.o
     gcc -o $D/check $D/*.o $(python3-config --embed --ldflags) -lm -pthread
     $D/check 50000000 12345      # N S; prints "... checked, 0 mismatches" */
#include <Python.h>
#include <stdint.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
int rpy__float_repr(double x, char *buf);
static uint64_t st = 88172645463325252ull;
static uint64_t rnd(void) { st ^= st << 13; st ^= st >> 7; st ^= st << 17; return st; }
static long nbad = 0, ntot = 0;
static void one(double x) {
    char buf[64];
    rpy__float_repr(x, buf);
    char *p = PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0, NULL);
    ntot++;
    if (strcmp(p, buf)) { if (nbad++ < 20) printf("MISMATCH %a ours=%s cpython=%s\n", x, buf, p); }
    PyMem_Free(p);
}
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    if (argc > 2) st = strtoull(argv[2], NULL, 10);
    Py_Initialize();
    for (long i = 0; i < n; i++) {
        uint64_t b = rnd();
        double x; memcpy(&x, &b, 8);
        one(x);
    }
    /* every subnormal mantissa below 2**20, every power of two and its neighbours */
    for (uint64_t c = 0; c < (1u << 20); c++) { double x; memcpy(&x, &c, 8); one(x); }
    for (uint64_t e = 0; e < 2047; e++) for (int d = -3; d <= 3; d++) {
        uint64_t b = (e << 52) + d; double x; memcpy(&x, &b, 8); one(x);
    }
    /* integers around 2**53 .. 2**64 */
    for (int e = 50; e < 66; e++) for (int d = -2000; d <= 2000; d++) one(ldexp(1.0, e) + d * ldexp(1.0, e > 53 ? e - 53 : 0));
    /* decimal strings of 1..17 digits at all exponents */
    for (long i = 0; i < n / 10 + 100000; i++) {
        int nd = 1 + rnd() % 17, e = (int)(rnd() % 640) - 340;
        char s[64]; int o = 0;
        for (int j = 0; j < nd; j++) s[o++] = (char)('0' + (j == 0 ? 1 + rnd() % 9 : rnd() % 10));
        sprintf(s + o, "e%d", e);
        double x = strtod(s, NULL);
        one(x); one(nextafter(x, 0)); one(nextafter(x, INFINITY));
    }
    printf("%ld checked, %ld mismatches\n", ntot, nbad);
    Py_Finalize();
    return nbad != 0;
}
