"""Narrowing through `or` and `and`: `if not isinstance(a, C) or not
isinstance(b, C): return` leaves a and b known as C after it."""
from __future__ import annotations


class Base:
    def name(self) -> str:
        return "base"


class Num(Base):
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def name(self) -> str:
        return "num"


def add(a: Base, b: Base) -> int:
    if not isinstance(a, Num) or not isinstance(b, Num):
        return -1
    return a.value + b.value


def first(a: Base | None, b: Base | None) -> int:
    if a is None or b is None:
        return 0
    return len(a.name()) + len(b.name())


def entry_point(argv: list[str]) -> int:
    print(add(Num(2), Num(3)), add(Num(1), Base()), add(Base(), Num(1)))
    print(first(Num(1), Base()), first(None, Num(2)), first(Num(1), None))
    check()
    return 0


def pair_sum(a: Base) -> int:
    if not isinstance(a, Num) or a.value < 0:
        return 0
    return a.value


def check() -> None:
    print(pair_sum(Num(5)), pair_sum(Num(-1)), pair_sum(Base()))
