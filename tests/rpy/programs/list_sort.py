"""Sorting: list.sort() and sorted() of ints, floats, strs and tuples; key= as a
non-capturing lambda and as a top-level function; reverse=True; stability
(equal keys keep their original order, also with reverse=True); sorted()
leaving its argument untouched."""
from __future__ import annotations


class Person:
    name: str
    age: int

    def __init__(self, name: str, age: int) -> None:
        self.name = name
        self.age = age


def by_age(p: Person) -> int:
    return p.age


def last_char(s: str) -> str:
    return s[-1]


def ints(l: list[int]) -> str:
    return " ".join([str(x) for x in l])


def people(l: list[Person]) -> str:
    return " ".join(["%s:%d" % (p.name, p.age) for p in l])


def entry_point(argv: list[str]) -> int:
    nums = [5, -2, 9, 0, 3, 3, -7, 12, 1]
    s = sorted(nums)
    print(ints(s), "|", ints(nums))
    nums.sort()
    print(ints(nums))
    nums.sort(reverse=True)
    print(ints(nums))
    print(ints(sorted(nums, key=lambda x: abs(x))))
    print(ints(sorted(nums, key=lambda x: x % 3, reverse=True)))
    fl = [2.5, -1.0, 3.25, 0.0, -0.5]
    fl.sort()
    print(" ".join([str(f) for f in fl]))
    words = ["banana", "Apple", "cherry", "apple", "date", "fig", "elderberry"]
    print(" ".join(sorted(words)))
    print(" ".join(sorted(words, key=lambda w: len(w))))
    print(" ".join(sorted(words, key=lambda w: w.lower())))
    print(" ".join(sorted(words, key=last_char)))
    print(" ".join(sorted(words, key=last_char, reverse=True)))
    pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
    pairs.sort()
    print(" ".join(["%d%s" % (n, c) for n, c in pairs]))
    pairs.sort(key=lambda p: p[1])
    print(" ".join(["%d%s" % (n, c) for n, c in pairs]))
    group = [Person("ann", 30), Person("bob", 25), Person("cid", 30), Person("dan", 25),
             Person("eve", 35), Person("fay", 30)]
    print("stable:   ", people(sorted(group, key=by_age)))
    print("reversed: ", people(sorted(group, key=by_age, reverse=True)))
    print("original: ", people(group))
    group.sort(key=lambda p: p.name, reverse=True)
    print("by name:  ", people(group))
    group.sort(key=by_age)
    print("by age:   ", people(group))
    big = [(i * 7919) % 1000 for i in range(1000)]
    big.sort()
    ok = True
    for i in range(1, len(big)):
        if big[i - 1] > big[i]:
            ok = False
    print("big sorted:", ok, big[0], big[500], big[999])
    keyed = [(i * 37) % 10 for i in range(30)]
    order = sorted([i for i in range(30)], key=lambda i: (i * 37) % 10)
    print(ints(order))
    print(ints([keyed[i] for i in order]))
    return 0
