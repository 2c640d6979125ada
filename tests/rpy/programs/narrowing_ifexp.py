"""A conditional expression with None, then `if x is None: return`: the
annotator must not conclude from the first path it sees that x is only None."""
from __future__ import annotations


class A:
    x: int

    def __init__(self, x: int) -> None:
        self.x = x


def use(a: A) -> int:
    return a.x


def f(p: A | None, q: bool) -> int:
    r = p if q else None
    if r is None:
        return -1
    return use(r)


def entry_point(argv: list[str]) -> int:
    print(f(A(3), True), f(A(3), False), f(None, True))
    return 0
