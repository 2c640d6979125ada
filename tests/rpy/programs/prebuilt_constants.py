"""Module-level prebuilt constants read at run time: a dict, a list, a tuple
table, an instance (mutated through its methods and fields), a list of
instances, a bytes constant, a function table, and tables computed by
arbitrary Python at import time (loops, comprehensions, string methods).
Globals are never rebound; `global` is used for reading only."""
from __future__ import annotations
from typing import Callable


class Registry:
    names: list[str]
    counts: dict[str, int]
    total: int

    def __init__(self) -> None:
        self.names = []
        self.counts = {}
        self.total = 0

    def register(self, name: str) -> int:
        if name not in self.counts:
            self.names.append(name)
            self.counts[name] = 0
        self.counts[name] += 1
        self.total += 1
        return self.counts[name]


class Opcode:
    name: str
    arity: int

    def __init__(self, name: str, arity: int) -> None:
        self.name = name
        self.arity = arity


def inc(x: int) -> int:
    return x + 1


def dec(x: int) -> int:
    return x - 1


COLORS = {"red": 0xFF0000, "green": 0x00FF00, "blue": 0x0000FF}
PRIMES = [2, 3, 5, 7, 11, 13]
POINTS = ((0, 0), (1, 0), (0, 1))
MAGIC = b"\x7fELF"
GREETING = "hello from load time"
REGISTRY = Registry()
OPCODES = [Opcode("nop", 0), Opcode("push", 1), Opcode("add", 0), Opcode("jump", 1)]
OPS_BY_NAME = {op.name: op for op in OPCODES}
FUNCS: list[Callable[[int], int]] = [inc, dec, inc]
SQUARES = [i * i for i in range(20)]
TRIANGLE = {}
acc = 0
for _i in range(10):
    acc += _i
    TRIANGLE[_i] = acc
UPPER_WORDS = [w.upper() for w in "generated at import time".split()]
REGISTRY.register("preloaded")
LOG: list[str] = []
SETTINGS = {"verbose": False, "limit": True}


def note(msg: str) -> None:
    LOG.append(msg)


def lookup_color(name: str) -> int:
    global COLORS
    return COLORS.get(name, -1)


def entry_point(argv: list[str]) -> int:
    print(lookup_color("green"), lookup_color("blue"), lookup_color("pink"), len(COLORS))
    print(sum(PRIMES), PRIMES[-1], len(PRIMES), 7 in PRIMES)
    print(" ".join(["(%d,%d)" % (x, y) for x, y in POINTS]), POINTS[2][1])
    print(len(MAGIC), MAGIC[0], MAGIC[1:].decode("utf-8"), GREETING.upper())
    for w in ["a", "b", "a", "c", "a"]:
        REGISTRY.register(w)
    print(" ".join(["%s:%d" % (n, REGISTRY.counts[n]) for n in REGISTRY.names]), REGISTRY.total)
    print(" ".join(["%s/%d" % (op.name, op.arity) for op in OPCODES]), OPS_BY_NAME["push"].arity)
    OPCODES[0].arity = 5
    print("mutated prebuilt instance:", OPS_BY_NAME["nop"].arity)
    x = 10
    for f in FUNCS:
        x = f(x)
    print("funcs:", x)
    print(SQUARES[19], TRIANGLE[9], len(TRIANGLE), " ".join(UPPER_WORDS))
    PRIMES.append(17)
    COLORS["black"] = 0
    del COLORS["red"]
    print(len(PRIMES), PRIMES[-1], " ".join([k for k in COLORS]))
    note("one")
    note("two")
    print("log:", ",".join(LOG), len(LOG))
    SETTINGS["verbose"] = True
    print("settings:", SETTINGS["verbose"], SETTINGS["limit"])
    return 0
