"""GC: the system refuses memory (run under a low RLIMIT_AS) while a minor
collection copies survivors: a linked list of small young objects, so no big
array is ever requested and the failure happens inside the GC.  The program
must get a MemoryError (not a crash), drop the list and go on working."""
from __future__ import annotations


class Node:
    next: Node | None
    value: int

    def __init__(self, next: Node | None, value: int) -> None:
        self.next = next
        self.value = value


def grow(limit: int) -> int:
    head: Node | None = None
    n = 0
    while n < limit:
        head = Node(head, n)
        n += 1
    return n


def chain_sum(n: int) -> int:
    head: Node | None = None
    for i in range(n):
        head = Node(head, i)
    total = 0
    while head is not None:
        total += head.value
        head = head.next
    return total


def entry_point(argv: list[str]) -> int:
    limit = int(argv[1])
    for attempt in range(2):
        try:
            n = grow(limit)
            print("no MemoryError", n)
        except MemoryError:
            print("caught MemoryError", attempt)
    print("still working:", chain_sum(100000))
    return 0
