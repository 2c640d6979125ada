# error: 14: generators are not supported
# Invalid RPy: a method containing yield (a generator), reached through an instance.
from __future__ import annotations


class Bag:
    items: list[int]

    def __init__(self) -> None:
        self.items = [1, 2, 3]

    def each(self) -> int:
        for x in self.items:
            yield x  # <-- error
        return 0


def entry_point(argv: list[str]) -> int:
    b = Bag()
    b.each()
    return 0
