/* The C twin of examples/jitlang/programs/bench_calls.jl: a loop calling
   small functions (kept out of line, as calls). */
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static long add(long a, long b) { return a + b; }
__attribute__((noinline)) static long square(long x) { return x * x; }
__attribute__((noinline)) static long step(long s, long i) { return add(s, square(i % 10)) % 1000003; }

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 2000;
    long s = 0;
    for (long i = 0; i < n; i++)
        s = step(s, i);
    printf("%ld\n", s);
    return 0;
}
