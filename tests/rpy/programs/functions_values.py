"""Functions as values: Callable[[int], int] in a list and a dict, passed as
arguments, returned from functions, stored in an instance field and in a
module-level table; keyword arguments and constant defaults at call sites
(also for methods and for None defaults)."""
from __future__ import annotations
from typing import Callable


def double(x: int) -> int:
    return x * 2


def square(x: int) -> int:
    return x * x


def negate(x: int) -> int:
    return -x


def add(a: int, b: int) -> int:
    return a + b


def sub(a: int, b: int) -> int:
    return a - b


def mul(a: int, b: int) -> int:
    return a * b


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def apply_n(f: Callable[[int], int], x: int, n: int) -> int:
    for i in range(n):
        x = f(x)
    return x


def compose_all(fs: list[Callable[[int], int]], x: int) -> int:
    for f in fs:
        x = f(x)
    return x


def pick(name: str) -> Callable[[int], int]:
    if name == "double":
        return double
    if name == "square":
        return square
    return negate


def fold(op: Callable[[int, int], int], values: list[int], start: int) -> int:
    acc = start
    for v in values:
        acc = op(acc, v)
    return acc


def fmt_float(x: float) -> str:
    return "%.2f" % x


def map_floats(f: Callable[[float], str], xs: list[float]) -> list[str]:
    return [f(x) for x in xs]


BINOPS: dict[str, Callable[[int, int], int]] = {"+": add, "-": sub, "*": mul}


class Pipeline:
    steps: list[Callable[[int], int]]
    final: Callable[[int], int]

    def __init__(self, final: Callable[[int], int]) -> None:
        self.steps = []
        self.final = final

    def then(self, f: Callable[[int], int]) -> Pipeline:
        self.steps.append(f)
        return self

    def run(self, x: int, times: int = 1, verbose: bool = False) -> int:
        for t in range(times):
            for f in self.steps:
                x = f(x)
                if verbose:
                    print("    step ->", x)
        return self.final(x)


def greet(name: str, greeting: str = "Hello", punct: str = "!", times: int = 1) -> str:
    return " ".join([greeting + ", " + name + punct for i in range(times)])


def label(value: int, unit: str | None = None) -> str:
    if unit is None:
        return str(value)
    return str(value) + " " + unit


def entry_point(argv: list[str]) -> int:
    fs: list[Callable[[int], int]] = [double, square, negate]
    for f in fs:
        print(apply(f, 7), end=" ")
    print()
    print(compose_all(fs, 3), compose_all([square, square], 3), apply_n(double, 1, 10))
    print(pick("double")(21), pick("square")(9), pick("other")(5))
    table = {"d": double, "s": square}
    print(table["d"](4), table["s"](4), apply(table["s"], 12))
    for op in ["+", "-", "*"]:
        print(op, fold(BINOPS[op], [1, 2, 3, 4], 10))
    print(" ".join(map_floats(fmt_float, [1.0, 2.345, -0.5])))
    p = Pipeline(negate).then(double).then(square)
    print(p.run(3), p.run(3, 2), p.run(x=1, times=2, verbose=True), p.run(2, verbose=False))
    print(greet("Ann"))
    print(greet("Bob", "Hi"))
    print(greet("Cy", punct="?"))
    print(greet(times=2, name="Di", greeting="Yo"))
    print(label(5), label(5, "kg"), label(unit="m", value=3))
    same = double
    print(same(3) == double(3), same(same(2)))
    return 0
