"""[C] * n with a zero constant C (None, 0, 0.0, False) is made directly as a
zero-filled list (rpy/c/funcgen.py find_zero_filled_lists); -0.0 and other
constants, negative counts and aliases keep the general path."""
from __future__ import annotations


class Node:
    v: int

    def __init__(self, v: int) -> None:
        self.v = v


def make(n: int) -> list[Node | None]:
    return [None] * n


def entry_point(argv: list[str]) -> int:
    n = len(argv) + 4
    a = [0] * n
    b = [0.0] * n
    c = [-0.0] * 3
    d = [False] * n
    e = make(n)
    f = [None] * -3
    g = [7] * n
    h = [0] * n
    h2 = h
    h2[0] = 5
    e[1] = Node(3)
    print(len(a), sum(a), len(b), b[0], c[1], len(d), d[2], len(e), len(f), g[3], h[0])
    n2 = e[1]
    assert n2 is not None
    print(n2.v, e[0] is None)
    return 0
