"""Operator methods on instances: __add__/__mul__/__neg__/__iadd__ fallback,
__lt__ with reflected >, min/max/sort/sorted ordered by __lt__ (also with
key=), __len__/__bool__ truth, __getitem__/__setitem__/__contains__."""
from __future__ import annotations


class V:
    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, o: V) -> V:
        return V(self.x + o.x, self.y + o.y)

    def __mul__(self, k: float) -> V:
        return V(self.x * k, self.y * k)

    def __neg__(self) -> V:
        return V(-self.x, -self.y)

    def __lt__(self, o: V) -> bool:
        return self.x < o.x

    def __repr__(self) -> str:
        return "V(%r, %r)" % (self.x, self.y)


class Bag:
    items: list[int]

    def __init__(self) -> None:
        self.items = []

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> int:
        return self.items[i]

    def __setitem__(self, i: int, v: int) -> None:
        self.items[i] = v

    def __contains__(self, v: int) -> bool:
        return v in self.items


def by_y(v: V) -> V:
    return V(v.y, 0.0)


def entry_point(argv: list[str]) -> int:
    a = V(1.0, 2.0)
    b = V(0.5, -1.0)
    print(a + b, a * 3.0, -a, a < b, b < a)
    a += b
    print(a)
    bag = Bag()
    print(len(bag), bool(bag))
    bag.items.append(4)
    bag.items.append(5)
    bag[0] = 7
    print(len(bag), bag[0], bag[1], 5 in bag, 9 in bag, bool(bag))
    if bag:
        print("non-empty")
    vs = [V(3.0, 0.0), V(1.0, 0.0), V(2.0, 0.0)]
    print(min(vs), max(vs))
    vs.sort()
    print(vs, sorted(vs, reverse=True))
    ws = [V(0.0, 3.0), V(1.0, 1.0), V(2.0, 3.0)]
    print(sorted(ws, key=by_y), sorted(ws, key=by_y, reverse=True))

    return 0
