"""Prebuilt object graphs built at import time: a cycle of instances (each
node must stay one object: identity, mutation seen through every path), a
self-referencing node, a base-typed list of subclass instances (virtual
dispatch on prebuilt objects), dicts keyed by prebuilt instances (identity
and __eq__/__hash__) then grown at run time, float- and tuple-keyed
prebuilt dicts, empty prebuilt containers filled at run time, a prebuilt
None reference."""
from __future__ import annotations


class Shape:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0


class Square(Shape):
    side: float

    def __init__(self, side: float) -> None:
        Shape.__init__(self, "square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Ring:
    label: str
    next: Ring | None

    def __init__(self, label: str) -> None:
        self.label = label
        self.next = None


class Key:
    k: int

    def __init__(self, k: int) -> None:
        self.k = k

    def __eq__(self, other: Key) -> bool:
        return self.k == other.k

    def __hash__(self) -> int:
        return self.k * 7


class Ident:
    n: int

    def __init__(self, n: int) -> None:
        self.n = n


SHAPES: list[Shape] = [Shape("plain"), Square(2.0), Square(0.5)]
RING = [Ring("r%d" % i) for i in range(4)]
for _i in range(4):
    RING[_i].next = RING[(_i + 1) % 4]
SELF = Ring("self")
SELF.next = SELF
PAIR_A = Ring("a")
PAIR_B = Ring("b")
PAIR_A.next = PAIR_B
PAIR_B.next = PAIR_A
IDS = [Ident(i) for i in range(5)]
BY_ID = {obj: obj.n * 10 for obj in IDS}
BY_KEY = {Key(i): "k%d" % i for i in range(5)}
FLOATS = {0.5: "half", -1.25: "neg"}
TUPLES = {(1, "a"): 1.5, (2, "b"): 2.5}
EMPTY_D: dict[str, int] = {}
EMPTY_L: list[str] = []
NONE_REF: Ring | None = None


def walk(start: Ring, steps: int) -> Ring:
    cur = start
    for i in range(steps):
        nxt = cur.next
        assert nxt is not None
        cur = nxt
    return cur


def entry_point(argv: list[str]) -> int:
    print(" ".join(["%s=%.2f" % (s.name, s.area()) for s in SHAPES]))
    print(walk(RING[0], 4) is RING[0], walk(RING[1], 7) is RING[0], walk(RING[2], 1).label)
    walk(RING[0], 2).label = "renamed"
    print(" ".join([r.label for r in RING]), walk(RING[3], 3).label)
    print(SELF.next is SELF, walk(SELF, 10).label)
    print(PAIR_A.next is PAIR_B, PAIR_B.next is PAIR_A, walk(PAIR_A, 2) is PAIR_A)
    PAIR_B.label = "B!"
    print(walk(PAIR_A, 1).label, walk(PAIR_B, 2).label)
    print(BY_ID[IDS[3]], IDS[0] in BY_ID, Ident(0) in BY_ID, len(BY_ID))
    print(BY_KEY[Key(2)], Key(9) in BY_KEY, BY_KEY[Key(4)])
    print(FLOATS[0.5], FLOATS[-1.25], TUPLES[(2, "b")], (1, "a") in TUPLES)
    EMPTY_D["x"] = 1
    EMPTY_L.append("y")
    print(len(EMPTY_D), len(EMPTY_L), NONE_REF is None)
    for i in range(1000):
        BY_ID[Ident(i)] = i
        BY_KEY[Key(i)] = "new%d" % i
    print(len(BY_ID), BY_ID[IDS[4]], len(BY_KEY), BY_KEY[Key(3)])
    return 0
