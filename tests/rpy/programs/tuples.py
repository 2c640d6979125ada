"""Tuples: as values and return values, unpacking (also in for loops and
nested), swapping, constant indexing, comparison (lexicographic, ==, <, >=),
tuples in lists (sorting, min/max), tuples of mixed types, tuple equality."""


def divmod_pair(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


def min_max(values: list[float]) -> tuple[float, float]:
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return (lo, hi)


def describe(rec: tuple[str, int, float]) -> str:
    name, count, score = rec
    return "%s x%d (%.1f)" % (name, count, score)


def entry_point(argv: list[str]) -> int:
    q, r = divmod_pair(17, 5)
    print(q, r)
    q, r = divmod_pair(-17, 5)
    print(q, r)
    lo, hi = min_max([3.5, -1.0, 7.25, 0.0])
    print(lo, hi)
    a = 1
    b = 2
    a, b = b, a
    print("swapped:", a, b)
    x, y, z = 1, 2, 3
    x, y, z = z, x, y
    print("rotated:", x, y, z)
    t = (10, "ten", 10.0)
    print(t[0], t[1], t[2], t[-1])
    rec = ("widget", 3, 4.5)
    print(describe(rec), describe(("gadget", 12, 0.25)))
    nested = ((1, 2), (3, 4))
    (p, s), (u, v) = nested
    print(p + s + u + v, nested[1][0])
    print((1, 2) < (1, 3), (1, 2) < (0, 9), (1, 2) == (1, 2), (2, "a") < (2, "b"), (1, 2) != (1, 2))
    print((1, 2, 3) >= (1, 2, 3), (3, 0) > (2, 100), ("b", 1) <= ("a", 2))
    pts = [(3, 1), (1, 2), (2, 2), (1, 1)]
    pts.sort()
    print(" ".join(["(%d,%d)" % (px, py) for px, py in pts]))
    print(min(pts)[0], max(pts)[1])
    total = 0
    for px, py in pts:
        total += px * py
    print("total:", total)
    for i, (name, val) in enumerate([("a", 1), ("b", 2)]):
        print(i, name, val)
    records = [("ann", 3), ("bob", 1), ("cat", 2)]
    best = records[0]
    for rr in records:
        if rr[1] < best[1]:
            best = rr
    print("best:", best[0], best[1], best == ("bob", 1))
    fib = (0, 1)
    for i in range(10):
        fib = (fib[1], fib[0] + fib[1])
    print("fib:", fib[0], fib[1])
    return 0
