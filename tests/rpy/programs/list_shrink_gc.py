"""`del lst[i]` and `lst.clear()` may collect (the list's array is replaced
by a smaller one): a loop iterating over another list across them must keep
that list alive and see it moved.  Found as a stale pointer in the
interpreter's compute_mro (an iterator over a list across `del`)."""
from __future__ import annotations


class Node:
    v: int

    def __init__(self, v: int) -> None:
        self.v = v


def entry_point(argv: list[str]) -> int:
    total = 0
    for r in range(300):
        big = [Node(i) for i in range(64)]
        other = [Node(i) for i in range(64)]
        for n in big:
            if len(other) > 0:
                del other[0]
            total += n.v
        small = [Node(1)] * 40
        for n in big:
            small.clear()
            small.append(Node(n.v + r))
            total += small[0].v
    print(total)
    return 0
