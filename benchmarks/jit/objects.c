/* The C twin of examples/jitlang/programs/bench_objects.jl: a record per
   iteration (a struct, as the JIT's allocation removal would make it). */
#include <stdio.h>
#include <stdlib.h>

struct point { long x, y, z; };
struct acc { long x, y, count; };

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 2000;
    struct acc acc = {0, 0, 0};
    for (long i = 0; i < n; i++) {
        struct point p;
        p.x = i;
        p.y = i % 5;
        p.z = p.x + p.y;
        acc.x = acc.x + p.x % 3;
        acc.y = acc.y + p.z % 7;
        acc.count = acc.count + 1;
    }
    printf("%ld %ld %ld\n", acc.x, acc.y, acc.count);
    return 0;
}
