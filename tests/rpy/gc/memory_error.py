"""GC: running out of memory (OURO_GC_MAX) raises MemoryError, which the
program catches; it then goes on working."""
from __future__ import annotations


def grow() -> int:
    chunks: list[list[int]] = []
    while True:
        chunks.append([7] * 1000000)
        if len(chunks) > 100000:
            return len(chunks)


def entry_point(argv: list[str]) -> int:
    try:
        n = grow()
        print("no MemoryError", n)
    except MemoryError:
        print("caught MemoryError")
    small = [i * 2 for i in range(1000)]
    print("still working:", sum(small))
    return 0
