/* The C twin of examples/jitlang/programs/bench_recursion.jl: recursive
   calls (fib, a tree walk), kept as calls. */
#include <stdio.h>
#include <stdlib.h>

struct node { long v; struct node *l, *r; };

__attribute__((noinline)) static long fib(long n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

static struct node *tree(long d) {
    struct node *t = malloc(sizeof(struct node));
    t->v = d;
    if (d == 0) { t->l = NULL; t->r = NULL; }
    else { t->l = tree(d - 1); t->r = tree(d - 1); }
    return t;
}

__attribute__((noinline)) static long walk(struct node *t) {
    if (t == NULL) return 0;
    return t->v + walk(t->l) + walk(t->r);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 20;
    struct node *t = tree(8);
    long s = 0;
    for (long k = 0; k < n; k++)
        s = (s + fib(15 + k % 3) + walk(t)) % 1000003;
    printf("%ld\n", s);
    return 0;
}
