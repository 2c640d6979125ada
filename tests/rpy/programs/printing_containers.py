"""Constructs added to docs/rpy.md later: print() and str()/repr() of lists,
dicts, tuples, bytes and instances (elements of containers shown with
repr, instances through __str__/__repr__), %s/%r and f-strings of
instances, {x!r}, fill-and-align specs like {x:*^9}, int(s, base),
str.index/rindex/ljust/rjust/center/zfill, list.copy/clear,
dict.copy/popitem, zip over three lists, `in` on tuples, sorted() and join
over dicts and strs, list() of iterables, hash() of ints and floats,
ArithmeticError and LookupError as base classes, an int passed where a
float is declared."""
from __future__ import annotations


class Money:
    cents: int

    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __str__(self) -> str:
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)

    def __repr__(self) -> str:
        return "Money(%d)" % self.cents


def area(r: float) -> float:
    return 3.0 * r * r


def entry_point(argv: list[str]) -> int:
    no_ints: list[int] = []
    no_map: dict[str, int] = {}
    print([1, 2, 3], [1.5, -0.0, 1e16], ["a", "it's"], no_ints, [[1], []])
    print({"a": 1, "b": 2}, {1: "x"}, no_map, {(1, 2): [3.5]})
    print((1, "x", 2.5), (7,), (True, False), b"bytes\x00\xff", [b"ab"])
    m = Money(1234)
    print(m, [m, Money(5)], {"price": m}, (m,))
    print(str(m), repr(m), str([m]), repr("q"), str(["q"]))
    print("%s and %r" % (m, m), f"{m} {m!r} {'txt'!r} {[1, 2]}")
    s = "mid"
    n = 42
    print(f"[{s:*^9}] [{s:-<7}] [{s:>6}] [{n:_>6}] [{n:<5}|] [{n:^7}] [{n:+08d}]")
    for text, base in [("ff", 16), ("-101", 2), ("777", 8), ("z", 36), ("0x1A", 16), ("12", 10)]:
        print(text, base, int(text, base))
    for text, base in [("9", 8), ("g", 16), ("", 2)]:
        try:
            print(int(text, base))
        except ValueError as e:
            print("ValueError:", str(e))
    t = "hello world"
    print(t.index("o"), t.rindex("o"), t.index("wor"), t.rindex("l", 0, 5))
    try:
        print(t.index("xyz"))
    except ValueError:
        print("index: ValueError")
    try:
        print(t.rindex("q"))
    except ValueError:
        print("rindex: ValueError")
    print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, "*") + "]", "[" + "ab".center(7, "-") + "]",
          "[" + "中".center(5) + "]", "-42".zfill(6), "7".zfill(3), "abc".zfill(2))
    l = [3, 1, 2]
    c = l.copy()
    l.clear()
    print(l, c, len(l))
    d = {"x": 1, "y": 2, "z": 3}
    dc = d.copy()
    last = d.popitem()
    print(last, d, dc)
    for a, b, cc in zip([1, 2, 3], "abc", [1.5, 2.5, 3.5]):
        print(a, b, cc)
    print(3 in (1, 2, 3), "b" in ("a", "c"), (1, 2) in [(1, 2)])
    print(sorted(dc), sorted("hello"), sorted(dc.values(), reverse=True), ",".join(dc))
    print(list(range(4)), list("ab"), list(dc.keys()), list(dc.values()))
    print(hash(42), hash(-1), hash(0), hash(1.5) == hash(1.5), hash(-0.0) == hash(0.0), hash(2.0) == hash(2))
    for k in range(4):
        try:
            if k == 0:
                print(1 // (k * 0))
            elif k == 1:
                print([1][k])
            elif k == 2:
                print({"a": 1}["b"])
            else:
                raise OverflowError("too big")
        except LookupError:
            print("LookupError", k)
        except ArithmeticError:
            print("ArithmeticError", k)
    print(area(2), area(1.5), 2 * 1.5, 1 + 0.25)
    return 0
