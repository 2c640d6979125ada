"""An exception raised by a call just before a `try`, in the same block of the
flow graph, propagates: it is not caught by that `try` (only the block's last
operation is inside it)."""
from __future__ import annotations

class MyErr(Exception):
    msg: str

    def __init__(self, msg: str) -> None:
        self.msg = msg


def check(n: int) -> int:
    if n < 2:
        raise MyErr("too few")
    return n


def it(x: int) -> int:
    if x < 0:
        raise MyErr("negative")
    return x


def f(n: int) -> int:
    a = check(n)
    try:
        y = it(a - 5)
    except MyErr as e:
        return -1
    return y


def entry_point(argv: list[str]) -> int:
    for n in [1, 7, 3]:
        try:
            print(f(n))
        except MyErr as e:
            print("error", e.msg)
    return 0
