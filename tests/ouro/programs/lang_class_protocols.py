import math
from functools import total_ordering


@total_ordering
class Money:
    __slots__ = ("cents", "currency")

    def __init__(self, amount, currency="USD"):
        if isinstance(amount, float):
            amount = round(amount * 100)
        elif isinstance(amount, str):
            whole, _, frac = amount.partition(".")
            amount = int(whole) * 100 + int((frac + "00")[:2]) * (-1 if whole.startswith("-") else 1)
        else:
            amount = amount * 100
        object.__setattr__(self, "cents", amount)
        object.__setattr__(self, "currency", currency)

    def __setattr__(self, name, value):
        raise AttributeError(f"Money is immutable (tried to set {name!r})")

    @classmethod
    def _from_cents(cls, cents, currency):
        m = cls(0, currency)
        object.__setattr__(m, "cents", cents)
        return m

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Money._from_cents(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Money._from_cents(self.cents - other.cents, self.currency)

    def __mul__(self, k):
        if isinstance(k, Money):
            return NotImplemented
        return Money._from_cents(round(self.cents * k), self.currency)

    __rmul__ = __mul__

    def __truediv__(self, n):
        if isinstance(n, Money):
            return self.cents / n.cents
        base, extra = divmod(self.cents, n)
        return [Money._from_cents(base + (1 if i < extra else 0), self.currency) for i in range(n)]

    def __neg__(self):
        return Money._from_cents(-self.cents, self.currency)

    def __abs__(self):
        return Money._from_cents(abs(self.cents), self.currency)

    def __bool__(self):
        return self.cents != 0

    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self.cents == 0
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __repr__(self):
        return f"Money('{self}', {self.currency!r})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"

    def __format__(self, spec):
        if spec.endswith("$"):
            return f"${format(str(self), spec[:-1])}"
        return format(str(self), spec)

    def __round__(self, nd=0):
        return Money._from_cents(round(self.cents, nd - 2), self.currency)

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __index__(self):
        raise TypeError("Money cannot be used as an index")


a = Money("12.34")
b = Money(5)
c = Money(0.1) * 3
print(a, b, c, repr(a), a + b, a - b, -a, abs(-a), 3 * b, b * 1.5)
print(sum([a, b, c]), sum([], Money(0)), a / 3, a / b, round(a), round(Money("12.50"), -1))
print(f"{a:>10$}|{b:<8}|{c!r}", int(a), float(a), math.floor(float(a)), bool(Money(0)), bool(a))
print(sorted([a, b, c]), max(a, b), a > b, a >= a, a <= b, a == Money("12.34"), a != b, len({a, Money("12.34"), b}))
for bad in [lambda: a + Money(1, "EUR"), lambda: a + 1, lambda: a * a, lambda: [1, 2][a], lambda: setattr(a, "cents", 1), lambda: a.__dict__]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(Money("-3.05"), Money("-3.05") + Money(3), divmod(17, 5), hash(a) == hash(Money("12.34")))
print(Money.__slots__, hasattr(a, "__dict__"), Money.__lt__.__name__, Money.__le__.__doc__[:20] if Money.__le__.__doc__ else None)
