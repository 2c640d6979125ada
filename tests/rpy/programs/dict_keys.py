"""dict keys of many kinds: float, bytes, tuple[int, int], tuple[str, int],
instances with __eq__/__hash__ (equal-but-distinct objects find the same
entry) and instances keyed by identity; values that are tuples, lists and
instances."""
from __future__ import annotations


class Point:
    x: int
    y: int

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: Point) -> bool:
        return self.x == other.x and self.y == other.y

    def __hash__(self) -> int:
        return self.x * 1000003 + self.y


class Token:
    label: str

    def __init__(self, label: str) -> None:
        self.label = label


def entry_point(argv: list[str]) -> int:
    fd: dict[float, str] = {0.5: "half", 1.0: "one", -2.25: "neg", 1e100: "big"}
    fd[0.1 + 0.2] = "approx"
    print(fd[0.5], fd[1.0], fd[-2.25], fd[1e100], 0.3 in fd, 0.30000000000000004 in fd)
    print(" ".join([repr(k) for k in fd]))
    bd: dict[bytes, int] = {b"GET": 1, b"POST": 2}
    bd[b"PUT"] = 3
    print(bd[b"POST"], b"PUT" in bd, b"get" in bd, len(bd))
    grid: dict[tuple[int, int], str] = {}
    for x in range(3):
        for y in range(3):
            if (x + y) % 2 == 0:
                grid[(x, y)] = "%d%d" % (x, y)
    print(len(grid), grid[(0, 0)], grid[(2, 2)], (1, 1) in grid, (0, 1) in grid)
    del grid[(1, 1)]
    print(" ".join([v for v in grid.values()]))
    mixed: dict[tuple[str, int], float] = {("a", 1): 1.5, ("b", 2): 2.5}
    mixed[("a", 2)] = 3.5
    print(mixed[("a", 1)], mixed[("a", 2)], ("b", 1) in mixed)
    pd: dict[Point, str] = {}
    pd[Point(1, 2)] = "first"
    pd[Point(3, 4)] = "second"
    pd[Point(1, 2)] = "replaced"
    print(len(pd), pd[Point(1, 2)], pd[Point(3, 4)], Point(5, 6) in pd, Point(3, 4) in pd)
    for p, label in pd.items():
        print("  point", p.x, p.y, label)
    t1 = Token("alpha")
    t2 = Token("alpha")
    t3 = Token("beta")
    ids: dict[Token, int] = {t1: 1, t2: 2}
    ids[t3] = 3
    print(len(ids), ids[t1], ids[t2], ids[t3], Token("alpha") in ids, t2 in ids)
    del ids[t1]
    print(" ".join(["%s=%d" % (t.label, n) for t, n in ids.items()]))
    tv: dict[str, tuple[int, str]] = {"x": (1, "one"), "y": (2, "two")}
    n, word = tv["y"]
    print(n, word, tv["x"][1])
    lv: dict[int, list[float]] = {1: [1.0], 2: []}
    lv[2].append(2.5)
    lv[1].append(0.5)
    print(len(lv[1]), lv[2][0], sum(lv[1]))
    iv: dict[str, Point] = {"origin": Point(0, 0)}
    iv["origin"].x += 7
    print(iv["origin"].x, iv["origin"] == Point(7, 0))
    return 0
