"""A small RPy program: the demo that `make demo` translates and runs.

It counts the words of a text file (its own source by default), finds the
primes below a bound, and walks a little class hierarchy, so the translated
executable exercises strings, dicts, lists, classes and exceptions.
"""
from __future__ import annotations

from rpy.rlib import ros


class Shape:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        raise NotImplementedError("area")


class Rect(Shape):
    w: float
    h: float

    def __init__(self, w: float, h: float) -> None:
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


class Circle(Shape):
    r: float

    def __init__(self, r: float) -> None:
        Shape.__init__(self, "circle")
        self.r = r

    def area(self) -> float:
        return 3.141592653589793 * self.r * self.r


def primes_below(n: int) -> list[int]:
    sieve = [True] * n
    result: list[int] = []
    for i in range(2, n):
        if sieve[i]:
            result.append(i)
            for j in range(i * i, n, i):
                sieve[j] = False
    return result


def word_counts(text: str) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(".,:;()[]'\"=").lower()
            if word.isalpha():
                counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def entry_point(argv: list[str]) -> int:
    path = argv[1] if len(argv) > 1 else "examples/rpy_demo.py"
    try:
        text = ros.read_file(path).decode("utf-8")
    except OSError as e:
        print("cannot read", path, ":", str(e))
        return 1
    top = word_counts(text)
    print("%d distinct words in %s; the most frequent:" % (len(top), path))
    for word, n in top[:5]:
        print("  %-10s %3d" % (word, n))
    primes = primes_below(100000)
    print("%d primes below 100000, the last is %d" % (len(primes), primes[-1]))
    shapes: list[Shape] = [Rect(2.0, 3.5), Circle(1.5), Rect(1.0, 1.0)]
    total = 0.0
    for s in shapes:
        total += s.area()
        print("%-6s area %.3f" % (s.name, s.area()))
    print("total area", total)
    return 0
