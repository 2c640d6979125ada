"""GC: garbage cycles are reclaimed: after dropping many rings of objects and
collecting, the memory in use returns near where it started."""
from __future__ import annotations

from rpy.rlib import rgc


class Ring:
    payload: list[int]
    next: Ring | None

    def __init__(self, size: int) -> None:
        self.payload = [0] * size
        self.next = None


def make_ring(length: int) -> Ring:
    first = Ring(100)
    cur = first
    for i in range(length - 1):
        r = Ring(100)
        cur.next = r
        cur = r
    cur.next = first
    return first


def entry_point(argv: list[str]) -> int:
    rounds = int(argv[1])
    rgc.collect()
    before = rgc.get_stat(rgc.STAT_MEM_IN_USE)
    kept = make_ring(10)
    for i in range(rounds):
        make_ring(1000)
    rgc.collect()
    after = rgc.get_stat(rgc.STAT_MEM_IN_USE)
    # 'rounds' rings of ~1 MB each were allocated; what stays must be small
    print("ring alive:", kept.next is not None)
    print("reclaimed:", after - before < 4 * 1024 * 1024)
    return 0
