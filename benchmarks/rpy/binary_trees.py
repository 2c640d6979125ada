"""RPy benchmark: binary-trees (Computer Language Benchmarks Game), an
allocation / garbage-collection benchmark.

Builds a stretch tree, a long-lived tree and many short-lived perfect
binary trees of depths 4, 6, ..., N, checking each by counting its nodes.

Usage: binary_trees.py N.  Prints the classic output lines.
benchmarks/c/binary_trees.c is the same program in C (malloc/free).
"""
from __future__ import annotations

MIN_DEPTH = 4


class Node:
    left: Node | None
    right: Node | None

    def __init__(self, left: Node | None, right: Node | None) -> None:
        self.left = left
        self.right = right

    def check(self) -> int:
        left = self.left
        right = self.right
        if left is None or right is None:
            return 1
        return 1 + left.check() + right.check()


def make_tree(depth: int) -> Node:
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def entry_point(argv: list[str]) -> int:
    n = 10
    if len(argv) > 1:
        n = int(argv[1])
    max_depth = max(MIN_DEPTH + 2, n)
    stretch_depth = max_depth + 1
    print("stretch tree of depth %d\t check: %d"
          % (stretch_depth, make_tree(stretch_depth).check()))

    long_lived_tree = make_tree(max_depth)

    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + MIN_DEPTH)
        check = 0
        for i in range(iterations):
            check += make_tree(depth).check()
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, check))

    print("long lived tree of depth %d\t check: %d"
          % (max_depth, long_lived_tree.check()))
    return 0
