"""GC: a live binary tree of 2 million nodes survives repeated major
collections intact, while garbage is allocated around it."""
from __future__ import annotations

from rpy.rlib import rgc


class Node:
    value: int
    left: Node | None
    right: Node | None

    def __init__(self, value: int, left: Node | None, right: Node | None) -> None:
        self.value = value
        self.left = left
        self.right = right


def build(lo: int, hi: int) -> Node | None:
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid), build(mid + 1, hi))


def checksum(root: Node | None) -> int:
    total = 0
    stack: list[Node] = []
    if root is not None:
        stack.append(root)
    while len(stack) > 0:
        n = stack.pop()
        total += n.value
        if n.left is not None:
            stack.append(n.left)
        if n.right is not None:
            stack.append(n.right)
    return total


def entry_point(argv: list[str]) -> int:
    n = int(argv[1])
    root = build(0, n)
    expected = n * (n - 1) // 2
    for rnd in range(4):
        garbage: list[str] = []
        for i in range(200000):
            garbage.append("x%d" % i)
        rgc.collect()
        print("round", rnd, "intact:", checksum(root) == expected)
    print("major collections >= 4:", rgc.get_stat(rgc.STAT_MAJOR_COLLECTIONS) >= 4 or n < 1000)
    return 0
