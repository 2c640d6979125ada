"""Container edge cases: a list extended with itself, slice-assigned from
itself, `+=` and `*=` on lists (in place, visible through aliases), list
methods on instances with __eq__ (index/count/remove/in and != derived from
__eq__), identity-compared instances, big dicts with interleaved deletions
and re-insertions keeping insertion order, dict updated from itself, sorted()
of many equal keys with reverse=True, nested containers."""
from __future__ import annotations


class P:
    x: int

    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: P) -> bool:
        return self.x == other.x

    def __hash__(self) -> int:
        return self.x % 7


class Q:
    tag: str

    def __init__(self, tag: str) -> None:
        self.tag = tag


def ints(l: list[int]) -> str:
    return ",".join([str(v) for v in l])


def entry_point(argv: list[str]) -> int:
    l = [1, 2, 3]
    l.extend(l)
    print(ints(l))
    l[1:3] = l
    print(ints(l))
    alias = l
    l += [9]
    l += l[:2]
    print(len(alias), ints(alias))
    m = [0, 1]
    alias2 = m
    m *= 3
    print(ints(m), len(alias2))
    empty: list[int] = []
    empty *= 5
    empty.extend(empty)
    print(len(empty), ints(empty * 3), ints([7] * -1))
    ps = [P(1), P(2), P(3), P(2)]
    print(ps.index(P(2)), P(3) in ps, P(9) in ps, ps.count(P(2)), P(1) != P(1), P(1) == P(2), P(4) != P(5))
    ps.remove(P(2))
    print(len(ps), ",".join([str(p.x) for p in ps]))
    q1 = Q("same")
    q2 = Q("same")
    qs = [q1]
    print(q1 in qs, q2 in qs, q1 == q2, q1 != q2, q1 is qs[0])
    d: dict[int, int] = {}
    for i in range(20000):
        d[i] = i * 2
        if i % 3 == 0:
            del d[i // 2]
    for i in range(0, 20000, 1000):
        d[i // 2] = -1
    keys = [k for k in d]
    print(len(d), ints(keys[:12]), ints(keys[-12:]))
    total = 0
    for k, v in d.items():
        total += k ^ v
    print("xor-sum", total)
    d2 = {"a": 1, "b": 2}
    d2.update(d2)
    d2.update({"c": 3, "a": 10})
    print(",".join(["%s=%d" % (k, v) for k, v in d2.items()]))
    pd: dict[P, int] = {}
    for i in range(30):
        pd[P(i % 10)] = i
    print(len(pd), pd[P(3)], ",".join([str(p.x) for p in pd]))
    recs = [(i % 3, "r%d" % i) for i in range(30)]
    rs = sorted(recs, key=lambda r: r[0], reverse=True)
    print(" ".join([name for k, name in rs[:12]]))
    grid = [[(r, c) for c in range(3)] for r in range(3)]
    grid[1][2] = (9, 9)
    flat = [str(a) + str(b) for row in grid for a, b in row]
    print(" ".join(flat))
    nested: dict[str, list[dict[str, int]]] = {"x": [{"a": 1}, {}], "y": []}
    nested["y"].append({"b": 2})
    nested["x"][1]["c"] = 3
    print(len(nested["x"]), nested["x"][1]["c"], nested["y"][0]["b"], len(nested["x"][0]))
    return 0
