"""Machine-integer arithmetic for RPy programs.

Untranslated, these emulate a 64-bit two's-complement word so that a program
behaves the same on CPython as translated.
"""
from __future__ import annotations

LONG_BIT = 64
MAXINT = (1 << (LONG_BIT - 1)) - 1
MININT = -(1 << (LONG_BIT - 1))
_MASK = (1 << LONG_BIT) - 1


def intmask(x: int) -> int:
    """Truncate x to a signed machine word (wrapping around)."""
    x = int(x) & _MASK
    if x > MAXINT:
        x -= 1 << LONG_BIT
    return x


def ovfcheck(x: int) -> int:
    """Return x, or raise OverflowError if it does not fit a machine word.

    Translated, `ovfcheck(a + b)` (also -, *, <<, unary -) becomes the
    overflow-checking operation itself.
    """
    if x > MAXINT or x < MININT:
        raise OverflowError("integer overflow")
    return x


class r_uint(int):
    """Unsigned machine word: arithmetic wraps modulo 2**64."""

    def __new__(cls, value: int = 0) -> "r_uint":
        return int.__new__(cls, int(value) & _MASK)

    def _wrap(self, v: int) -> "r_uint":
        return r_uint(v)

    def __add__(self, o: int) -> "r_uint":
        return r_uint(int(self) + int(o))
    __radd__ = __add__

    def __sub__(self, o: int) -> "r_uint":
        return r_uint(int(self) - int(o))

    def __rsub__(self, o: int) -> "r_uint":
        return r_uint(int(o) - int(self))

    def __mul__(self, o: int) -> "r_uint":
        return r_uint(int(self) * int(o))
    __rmul__ = __mul__

    def __floordiv__(self, o: int) -> "r_uint":
        return r_uint(int(self) // int(r_uint(o)))

    def __mod__(self, o: int) -> "r_uint":
        return r_uint(int(self) % int(r_uint(o)))

    def __lshift__(self, n: int) -> "r_uint":
        return r_uint(int(self) << int(n))

    def __rshift__(self, n: int) -> "r_uint":
        return r_uint(int(self) >> int(n))

    def __and__(self, o: int) -> "r_uint":
        return r_uint(int(self) & int(r_uint(o)))
    __rand__ = __and__

    def __or__(self, o: int) -> "r_uint":
        return r_uint(int(self) | int(r_uint(o)))
    __ror__ = __or__

    def __xor__(self, o: int) -> "r_uint":
        return r_uint(int(self) ^ int(r_uint(o)))
    __rxor__ = __xor__

    def __invert__(self) -> "r_uint":
        return r_uint(~int(self))

    def __neg__(self) -> "r_uint":
        return r_uint(-int(self))

    def __repr__(self) -> str:
        # printed like the translated program prints it: the number
        return int.__repr__(int(self))

    __str__ = __repr__
