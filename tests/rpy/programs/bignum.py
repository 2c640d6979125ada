"""A real program: arbitrary-precision non-negative integers as little-endian
lists of base-10000 limbs (machine ints stay small): add, multiply, multiply
by small, divmod by small, compare, to-string; computes 100!, 2**256,
Fibonacci(500), and checks (a*b) / b == a."""
from __future__ import annotations

BASE = 10000


class Big:
    limbs: list[int]

    def __init__(self, limbs: list[int]) -> None:
        self.limbs = limbs
        self.trim()

    def trim(self) -> None:
        while len(self.limbs) > 1 and self.limbs[-1] == 0:
            self.limbs.pop()

    @staticmethod
    def from_int(n: int) -> Big:
        limbs: list[int] = []
        if n == 0:
            limbs.append(0)
        while n > 0:
            limbs.append(n % BASE)
            n //= BASE
        return Big(limbs)

    def add(self, other: Big) -> Big:
        out: list[int] = []
        carry = 0
        n = max(len(self.limbs), len(other.limbs))
        for i in range(n):
            a = self.limbs[i] if i < len(self.limbs) else 0
            b = other.limbs[i] if i < len(other.limbs) else 0
            s = a + b + carry
            out.append(s % BASE)
            carry = s // BASE
        if carry > 0:
            out.append(carry)
        return Big(out)

    def mul(self, other: Big) -> Big:
        out = [0] * (len(self.limbs) + len(other.limbs) + 1)
        for i in range(len(self.limbs)):
            carry = 0
            a = self.limbs[i]
            for j in range(len(other.limbs)):
                cur = out[i + j] + a * other.limbs[j] + carry
                out[i + j] = cur % BASE
                carry = cur // BASE
            k = i + len(other.limbs)
            while carry > 0:
                cur = out[k] + carry
                out[k] = cur % BASE
                carry = cur // BASE
                k += 1
        return Big(out)

    def mul_small(self, m: int) -> Big:
        return self.mul(Big.from_int(m))

    def divmod_small(self, d: int) -> tuple[Big, int]:
        out = [0] * len(self.limbs)
        rem = 0
        for i in range(len(self.limbs) - 1, -1, -1):
            cur = rem * BASE + self.limbs[i]
            out[i] = cur // d
            rem = cur % d
        return Big(out), rem

    def cmp(self, other: Big) -> int:
        if len(self.limbs) != len(other.limbs):
            return -1 if len(self.limbs) < len(other.limbs) else 1
        for i in range(len(self.limbs) - 1, -1, -1):
            if self.limbs[i] != other.limbs[i]:
                return -1 if self.limbs[i] < other.limbs[i] else 1
        return 0

    def __eq__(self, other: Big) -> bool:
        return self.cmp(other) == 0

    def __hash__(self) -> int:
        h = 0
        for limb in self.limbs:
            h = (h * 10007 + limb) % 1000000009
        return h

    def __str__(self) -> str:
        parts = [str(self.limbs[-1])]
        for i in range(len(self.limbs) - 2, -1, -1):
            parts.append("%04d" % self.limbs[i])
        return "".join(parts)


def factorial(n: int) -> Big:
    r = Big.from_int(1)
    for i in range(2, n + 1):
        r = r.mul_small(i)
    return r


def power(base: int, e: int) -> Big:
    r = Big.from_int(1)
    b = Big.from_int(base)
    while e > 0:
        if e % 2 == 1:
            r = r.mul(b)
        e //= 2
        if e > 0:
            b = b.mul(b)
    return r


def fib(n: int) -> Big:
    a = Big.from_int(0)
    b = Big.from_int(1)
    for i in range(n):
        a, b = b, a.add(b)
    return a


def digit_sum(x: Big) -> int:
    return sum([ord(ch) - ord("0") for ch in str(x)])


def entry_point(argv: list[str]) -> int:
    f100 = factorial(100)
    s = str(f100)
    print("100! =", s)
    print("digits:", len(s), "digit sum:", digit_sum(f100), "trailing zeros:", len(s) - len(s.rstrip("0")))
    print("2**256 =", str(power(2, 256)))
    print("fib(500) =", str(fib(500)))
    a = power(3, 100)
    b = factorial(30)
    prod = a.mul(b)
    q = prod
    for i in range(2, 31):
        q, r = q.divmod_small(i)
        if r != 0:
            print("unexpected remainder", r)
    print("(3**100 * 30!) / 30! == 3**100:", q == a, q.cmp(a), a.cmp(prod), prod.cmp(a))
    seen: dict[Big, str] = {}
    seen[Big.from_int(12345678)] = "first"
    seen[power(2, 10)] = "kibi"
    print(seen[Big.from_int(1024)], seen[Big.from_int(12345678)], Big.from_int(1023) in seen)
    print(str(Big.from_int(0)), str(Big.from_int(10000)), str(Big.from_int(9999).add(Big.from_int(1))))
    return 0
