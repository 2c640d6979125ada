"""Function values stored in prebuilt data (fields, dict values, list items) are
annotated and callable although nothing else calls them."""
from __future__ import annotations
from typing import Callable

Fn = Callable[[int], int]


class Op:
    name: str
    fn: Fn

    def __init__(self, name: str, fn: Fn) -> None:
        self.name = name
        self.fn = fn


def double(x: int) -> int:
    return 2 * x


def square(x: int) -> int:
    return x * x


class Table:
    ops: dict[str, Op]

    def __init__(self) -> None:
        self.ops = {}


TABLE = Table()
TABLE.ops["double"] = Op("double", double)
TABLE.ops["square"] = Op("square", square)
OPS = [Op("neg", lambda x: -x)] if False else [Op("sq", square)]


def entry_point(argv: list[str]) -> int:
    for name in ["double", "square"]:
        print(name, TABLE.ops[name].fn(7))
    print(OPS[0].fn(3))
    return 0
