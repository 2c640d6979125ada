"""Generic functions with typing.TypeVar, each used at several types (int,
str, float, an instance type, tuples): first/last, reversed copy, index_of,
max_by comparison, pair swapping, a generic stack-like helper on lists and
a generic dict helper."""
from __future__ import annotations
from typing import TypeVar, Callable

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Item:
    name: str
    weight: int

    def __init__(self, name: str, weight: int) -> None:
        self.name = name
        self.weight = weight


def first(items: list[T]) -> T:
    return items[0]


def last(items: list[T]) -> T:
    return items[len(items) - 1]


def reversed_copy(items: list[T]) -> list[T]:
    out: list[T] = []
    i = len(items) - 1
    while i >= 0:
        out.append(items[i])
        i -= 1
    return out


def index_of(items: list[T], x: T) -> int:
    for i in range(len(items)):
        if items[i] == x:
            return i
    return -1


def largest(items: list[T]) -> T:
    best = items[0]
    for it in items:
        if it > best:
            best = it
    return best


def swap(pair: tuple[K, V]) -> tuple[V, K]:
    a, b = pair
    return (b, a)


def repeat(x: T, n: int) -> list[T]:
    return [x for i in range(n)]


def count_keys(d: dict[K, V]) -> int:
    n = 0
    for k in d:
        n += 1
    return n


def get_or(d: dict[K, V], k: K, dflt: V) -> V:
    if k in d:
        return d[k]
    return dflt


def heaviest(items: list[Item]) -> Item:
    best = items[0]
    for it in items:
        if it.weight > best.weight:
            best = it
    return best


def ints(l: list[int]) -> str:
    return " ".join([str(x) for x in l])


def entry_point(argv: list[str]) -> int:
    nums = [4, 8, 15, 16, 23, 42]
    words = ["gamma", "alpha", "delta", "beta"]
    floats = [2.5, -1.0, 9.75]
    items = [Item("rock", 5), Item("feather", 1), Item("anvil", 50)]
    print(first(nums), first(words), first(floats), first(items).name)
    print(last(nums), last(words), last(floats), last(items).name)
    print(ints(reversed_copy(nums)), " ".join(reversed_copy(words)), len(reversed_copy(items)))
    print(index_of(nums, 15), index_of(nums, 99), index_of(words, "beta"), index_of(floats, 9.75))
    print(largest(nums), largest(words), largest(floats), heaviest(items).name)
    s1 = swap((1, "one"))
    s2 = swap(("two", 2.0))
    print(s1[0], s1[1], s2[0], s2[1])
    print(ints(repeat(7, 3)), " ".join(repeat("ab", 2)), len(repeat(items[0], 4)))
    d1 = {"a": 1, "b": 2}
    d2 = {1: 1.5, 2: 2.5, 3: 3.5}
    print(count_keys(d1), count_keys(d2), get_or(d1, "a", 0), get_or(d1, "z", -1))
    print(get_or(d2, 2, 0.0), get_or(d2, 9, -0.5))
    return 0
