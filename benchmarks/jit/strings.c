/* The C twin of examples/jitlang/programs/bench_strings.jl: building
   strings by concatenation (a new string per +, as the interpreter does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *concat(const char *a, size_t la, const char *b, size_t lb) {
    char *r = malloc(la + lb + 1);
    memcpy(r, a, la);
    memcpy(r + la, b, lb);
    r[la + lb] = 0;
    return r;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 2000;
    char *s = calloc(1, 1);
    size_t len = 0;
    long total = 0;
    for (long i = 0; i < n; i++) {
        char digit[2] = {(char)('0' + i % 10), 0};
        char *t = concat(s, len, digit, 1);
        char *u = concat(t, len + 1, "-", 1);
        free(t);
        free(s);
        s = u;
        len += 2;
        if (len > 200) {
            total += (long)len;
            free(s);
            s = calloc(1, 1);
            len = 0;
        }
    }
    printf("%ld %s\n", total + (long)len, s);
    free(s);
    return 0;
}
