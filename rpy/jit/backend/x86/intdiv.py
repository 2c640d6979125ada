"""Division of a word by a constant without a divide instruction: the
magic numbers of Granlund and Montgomery ("Division by invariant integers
using multiplication", 1994, theorem 4.2), for the x86 backend's
int_floordiv and int_mod by a constant (idiv takes 20-90 cycles; a
multiplication and a shift, 4).

For a divisor 3 <= d < 2**62 that is not a power of two, with
l = ceil(log2 d) and m = ceil(2**(63+l) / d) (which fits in 64 bits):

    floor(u / d) == (u * m) >> (63 + l)        for every 0 <= u < 2**63

i.e. the high word of the unsigned product u * m, shifted right by l - 1.
A negative dividend x is floor-divided through its complement: with
t = x >> 63 (0, or -1 if x < 0), floor(x / d) == floor((x ^ t) / d) ^ t,
because floor((-u - 1) / d) == -floor(u / d) - 1 for u >= 0 and d > 0.
RPy code.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import intmask

MAX_MAGIC_DIVISOR = 1 << 62


def is_power_of_two(d: int) -> bool:
    return d > 0 and (d & (d - 1)) == 0


def log2_ceil(d: int) -> int:
    """The number of bits of d - 1 (d >= 2): ceil(log2 d)."""
    x = d - 1
    n = 0
    while x > 0:
        x >>= 1
        n += 1
    return n


def magic(d: int) -> int:
    """m = ceil(2**(63 + l) / d) as a signed word (its 64 bits), for
    3 <= d < MAX_MAGIC_DIVISOR, l = log2_ceil(d): a long division, one
    bit of the dividend at a time (the remainder stays below 2 * d, so it
    fits; the quotient's bits above 64 are zero, so wrapping loses none)."""
    top = 63 + log2_ceil(d)
    rem = 0
    q = 0
    i = top
    while i >= 0:
        rem = rem << 1
        if i == top:
            rem = rem | 1
        q = intmask(q << 1)
        if rem >= d:
            rem -= d
            q = intmask(q + 1)
        i -= 1
    if rem != 0:
        q = intmask(q + 1)
    return q
