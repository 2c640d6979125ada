# args: 30000
"""Card marking (rpy/c/runtime/gc.c): lists of GC pointers too big for the
nursery are allocated old with a card table; young objects are stored at
scattered indexes (negative ones too), old ones copied between slots,
slots cleared, and lists grown by append, across many minor collections;
then every item is checked.  The GC stress run of the corpus (a 64 KB
nursery, OURO_GC_VERIFY=1) checks at every minor collection that no old
object points into the nursery except from a marked card."""
from __future__ import annotations


class Box:
    v: int
    inner: Box | None

    def __init__(self, v: int, inner: Box | None) -> None:
        self.v = v
        self.inner = inner


def checksum(items: list[Box | None]) -> int:
    total = 0
    for b in items:
        if b is not None:
            total = (total * 31 + b.v) % 1000000007
            inner = b.inner
            if inner is not None:
                total = (total + inner.v) % 1000000007
    return total


def entry_point(argv: list[str]) -> int:
    n = int(argv[1])
    big: list[Box | None] = [None] * n
    grown: list[Box | None] = []
    keep = Box(-1, None)
    for rnd in range(8):
        i = rnd
        for k in range(n // 3):
            big[i] = Box(i * 10 + rnd, keep if k % 5 == 0 else None)
            i = (i + 7919) % n
        big[-1 - rnd] = Box(rnd, Box(rnd * 3, None))
        for k in range(0, n, 97):
            big[k] = big[(k * 13) % n]      # an old (or young) object copied
        for k in range(rnd, n, 211):
            big[k] = None
        for k in range(n // 8):
            grown.append(Box(k + rnd, None))
        garbage: list[Box] = []
        for j in range(3000):
            garbage.append(Box(j, None))
        print("round", rnd, checksum(big), checksum(grown), len(garbage))
    print("final", checksum(big), checksum(grown), len(big), len(grown))
    return 0
