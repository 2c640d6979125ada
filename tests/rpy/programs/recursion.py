"""Recursion: ordinary recursive functions (factorial, fibonacci, Ackermann,
mutual recursion, recursive methods), and unbounded recursion raising
RecursionError that is caught — the program must continue normally after."""
from __future__ import annotations


def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def runaway(n: int, trail: list[int]) -> int:
    trail.append(n)
    result = runaway(n + 1, trail) + n
    trail.pop()
    return result


def runaway_a(n: int) -> int:
    return runaway_b(n + 1) * 2 + 1


def runaway_b(n: int) -> int:
    return runaway_a(n + 1) * 3 + 2


class Tree:
    value: int
    kids: list[Tree]

    def __init__(self, value: int) -> None:
        self.value = value
        self.kids = []

    def total(self) -> int:
        t = self.value
        for k in self.kids:
            t += k.total()
        return t

    def depth(self) -> int:
        best = 0
        for k in self.kids:
            d = k.depth()
            if d > best:
                best = d
        return best + 1


def build_tree(depth: int, width: int, counter: list[int]) -> Tree:
    counter[0] += 1
    t = Tree(counter[0])
    if depth > 1:
        for i in range(width):
            t.kids.append(build_tree(depth - 1, width, counter))
    return t


def hanoi(n: int, src: str, dst: str, via: str, moves: list[str]) -> None:
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)


def entry_point(argv: list[str]) -> int:
    print(fact(10), fact(20), fib(20), ackermann(2, 3), ackermann(3, 3))
    print(is_even(100), is_odd(77), is_even(7))
    t = build_tree(5, 3, [0])
    print("tree total", t.total(), "depth", t.depth())
    moves: list[str] = []
    hanoi(5, "A", "C", "B", moves)
    print(len(moves), " ".join(moves[:7]))
    trail: list[int] = []
    try:
        print(runaway(0, trail))
    except RecursionError:
        print("caught RecursionError (direct)")
    try:
        print(runaway_a(0))
    except RecursionError:
        print("caught RecursionError (mutual)")
    caught = 0
    for i in range(3):
        try:
            runaway(0, [])
        except RecursionError:
            caught += 1
    print("caught again", caught, "times")
    print("still working:", fact(12), fib(15))
    return 0
