"""Constructs promised by docs/rpy.md that other programs do not cover:
Optional[X], min/max with key=, reversed(str/range), tuple iteration, nested
unpacking in for targets, except (A, B) as e, math.ceil, narrowing by
isinstance and by `is None: return`, class constants overridden in
subclasses, static methods, locals defined inside loops and used after."""
from __future__ import annotations

import math
from typing import Optional

from rpy.rlib.rarithmetic import intmask


class Animal:
    SOUND = "..."
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def speak(self) -> str:
        return "%s says %s" % (self.name, self.SOUND)

    @staticmethod
    def kingdom() -> str:
        return "animalia"


class Dog(Animal):
    SOUND = "woof"
    tricks: int

    def __init__(self, name: str, tricks: int) -> None:
        super().__init__(name)
        self.tricks = tricks


class Cat(Animal):
    SOUND = "meow"


def find(animals: list[Animal], name: str) -> Optional[Animal]:
    for a in animals:
        if a.name == name:
            return a
    return None


def describe(a: Animal | None) -> str:
    if a is None:
        return "nobody"
    if isinstance(a, Dog):
        return "%s (%d tricks)" % (a.speak(), a.tricks)
    return a.speak()


def name_length(a: Animal) -> int:
    return len(a.name)


def risky(k: int) -> int:
    if k == 0:
        raise KeyError("zero")
    if k == 1:
        raise IndexError("one")
    return k


def entry_point(argv: list[str]) -> int:
    animals: list[Animal] = [Dog("rex", 3), Cat("tom"), Animal("generic")]
    for n in ["rex", "tom", "generic", "nobody"]:
        print(describe(find(animals, n)))
    print(Animal.kingdom(), Dog.kingdom())
    longest = max(animals, key=name_length)
    shortest = min(animals, key=lambda a: len(a.name))
    print("longest", longest.name, "shortest", shortest.name)
    print("".join(reversed("stressed")), [x for x in reversed(range(1, 10, 3))])
    total = 0
    for v in (3, 5, 7):
        total += v
    print("tuple sum", total)
    pairs = [(1, "one"), (2, "two"), (3, "three")]
    for i, (num, word) in enumerate(pairs):
        print(i, num, word)
    for k in range(3):
        try:
            print("risky", risky(k))
        except (KeyError, IndexError) as e:
            print("caught", str(e))
    print(math.ceil(2.1), math.floor(-2.1), intmask(len(animals) * 7))
    for j in range(5):
        last = j * j
    print("last", last, "j", j)
    return 0
