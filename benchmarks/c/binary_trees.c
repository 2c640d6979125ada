/* C baseline for benchmarks/rpy/binary_trees.py: binary-trees with plain
   malloc/free per node; same trees, same output lines.
   Build: gcc -O2 binary_trees.c -o binary_trees;  usage: binary_trees N */
#include <stdio.h>
#include <stdlib.h>

#define MIN_DEPTH 4

typedef struct node {
    struct node *left, *right;
} node;

static node *new_node(node *left, node *right)
{
    node *n = malloc(sizeof(node));
    if (n == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    n->left = left;
    n->right = right;
    return n;
}

static node *make_tree(long depth)
{
    if (depth == 0)
        return new_node(NULL, NULL);
    return new_node(make_tree(depth - 1), make_tree(depth - 1));
}

static long check(const node *n)
{
    if (n->left == NULL || n->right == NULL)
        return 1;
    return 1 + check(n->left) + check(n->right);
}

static void free_tree(node *n)
{
    if (n->left != NULL)
        free_tree(n->left);
    if (n->right != NULL)
        free_tree(n->right);
    free(n);
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 10;
    long max_depth = MIN_DEPTH + 2 > n ? MIN_DEPTH + 2 : n;
    long stretch_depth = max_depth + 1;

    node *stretch = make_tree(stretch_depth);
    printf("stretch tree of depth %ld\t check: %ld\n", stretch_depth, check(stretch));
    free_tree(stretch);

    node *long_lived_tree = make_tree(max_depth);

    for (long depth = MIN_DEPTH; depth <= max_depth; depth += 2) {
        long iterations = 1L << (max_depth - depth + MIN_DEPTH);
        long sum = 0;
        for (long i = 0; i < iterations; i++) {
            node *t = make_tree(depth);
            sum += check(t);
            free_tree(t);
        }
        printf("%ld\t trees of depth %ld\t check: %ld\n", iterations, depth, sum);
    }

    printf("long lived tree of depth %ld\t check: %ld\n", max_depth, check(long_lived_tree));
    free_tree(long_lived_tree);
    return 0;
}
