/* The C twin of examples/jitlang/programs/bench_intloop.jl: an integer loop. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 2000;
    long s = 0;
    for (long i = 0; i < n; i++)
        s = s + i % 7 * 3 - 1;
    printf("%ld\n", s);
    return 0;
}
