# status: 3
"""Control flow and assignment forms: if/elif/else chains, nested
conditional expressions, chained comparisons, while with compound
conditions, early returns, pass, augmented assignment to locals, list items,
dict entries and fields (all operators), multiple targets, and a non-zero
exit status (3)."""
from __future__ import annotations


class Acc:
    total: int
    ratio: float

    def __init__(self) -> None:
        self.total = 0
        self.ratio = 1.0


def grade(score: int) -> str:
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


def sign(x: int) -> int:
    return 1 if x > 0 else (-1 if x < 0 else 0)


def clamp(x: int, lo: int, hi: int) -> int:
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def first_negative(values: list[int]) -> int:
    i = 0
    while i < len(values) and values[i] >= 0:
        i += 1
    if i == len(values):
        return -1
    return i


def fizzbuzz(n: int) -> str:
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)


def entry_point(argv: list[str]) -> int:
    print(" ".join([grade(s) for s in [95, 85, 75, 65, 55, 90, 0, 100]]))
    print(sign(5), sign(-5), sign(0))
    print(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(50, 0, 10))
    print(first_negative([3, 1, -4, 1]), first_negative([1, 2]), first_negative([]))
    print(" ".join([fizzbuzz(i) for i in range(1, 16)]))
    x = 5
    print(0 < x < 10, 0 < x > 3, 1 <= x <= 5 < 6, 10 > x >= 5 == x, x < 0 or x > 4, not (x == 5))
    if x > 0:
        pass
    else:
        print("unreachable")
    nums = [1, 2, 3, 4]
    nums[0] += 10
    nums[1] -= 10
    nums[2] *= 10
    nums[3] //= 3
    nums[-1] **= 2
    print(" ".join([str(n) for n in nums]))
    d = {"a": 1, "b": 2}
    d["a"] += 100
    d["b"] <<= 4
    d["b"] |= 1
    print(d["a"], d["b"])
    acc = Acc()
    for i in range(10):
        acc.total += i
        acc.ratio /= 2.0
    acc.total %= 7
    acc.total ^= 0xFF
    acc.total &= 0x0F
    acc.total >>= 1
    print(acc.total, acc.ratio)
    a = b = c = 7
    a += 1
    print(a, b, c)
    m = 0
    n = 0
    while True:
        m += 1
        if m % 2 == 0:
            continue
        n += m
        if n > 50:
            break
    print("m", m, "n", n)
    label = "big" if n > 100 else "medium" if n > 40 else "small"
    print(label)
    count = 0
    for i in range(5):
        for j in range(5):
            if j > i:
                break
            if (i + j) % 2 == 1:
                continue
            count += 1
    print("count", count)
    return 3
