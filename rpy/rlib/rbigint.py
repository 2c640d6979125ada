"""Arbitrary-precision integers for RPy programs, with Python's int semantics.

An `rbigint` is immutable: a sign (-1, 0 or 1) and the digits of the
magnitude, little-endian, in base 2**SHIFT (31 bits, so that a product of two
digits plus two carries fits a signed machine word), without leading zero
digits; zero is `sign == 0, digits == []`.  Digit lists may be shared
between values: no function ever mutates the digits of an existing rbigint.

    rbigint.from_int(i)  from_uint(u)  from_bool(b)  from_float(f)
    rbigint.from_str(s, base)  from_str_bytes(b, base)  from_decimal_digits(s)
    rbigint.from_bytes(b, byteorder, signed)
    x.toint()  fits_int()  touint()  uintmask()  tofloat()  str()  repr()  hex()
    x.oct()  bin()  to_base(base, prefix)  hash()  bit_length()  bit_count()
    x.to_bytes(length, byteorder, signed)
    x.add(y)  sub  mul  floordiv  mod  divmod  truediv  pow(y[, m])  int_pow(i)
    x.neg()  abs  invert  lshift(i)  rshift(i)  lshift_big(y)  rshift_big(y)
    x.and_(y)  or_  xor  gcd  compare  eq  ne  lt  le  gt  ge  is_zero  tobool
    x.int_add(i)  int_sub  int_mul  int_floordiv  int_mod  int_and_  int_or_
    x.int_xor(i)  int_compare  int_eq  int_ne  int_lt  int_le  int_gt  int_ge

Errors are CPython's (type and message).  Python-level policy stays with the
caller: pow() with a negative exponent and no modulus (a float in Python) is
refused here with ValueError; the limit on decimal conversions
(sys.set_int_max_str_digits) is the optional `max_str_digits` argument of
from_str() and str() (0: no limit).
"""
from __future__ import annotations

import math

from rpy.rlib.rarithmetic import MAXINT, MININT, intmask, ovfcheck, r_uint

SHIFT = 31
BASE = 1 << SHIFT
MASK = BASE - 1
KARATSUBA_CUTOFF = 70          # digits of the smaller factor
MAX_DIGITS = 1 << 36           # lshift: larger results raise MemoryError up front

HASH_BITS = 61
HASH_MODULUS = (1 << HASH_BITS) - 1

DEC_BASE = 1000000000          # 10**9: conversion to decimal in 9-digit limbs
DEC_DIGITS = 9

# CPython's int limits, for its exact error choices on huge shifts
_CPY_SHIFT = 30
_CPY_MAX_LONG_DIGITS = (MAXINT - 24) // 4
_CPY_CLIPPED_WORDSHIFT = MAXINT // 4
_MAX_STR_DIGITS_THRESHOLD = 640

_DIGIT_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"
# value of an ASCII code as a digit (37: not a digit)
_DIGIT_VALUE = [37] * 128
for _i in range(10):
    _DIGIT_VALUE[48 + _i] = _i
for _i in range(26):
    _DIGIT_VALUE[65 + _i] = 10 + _i
    _DIGIT_VALUE[97 + _i] = 10 + _i
_BITS_PER_CHAR = [0, 0, 1, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 4,
                  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5]

# int(str): what CPython's _PyUnicode_TransformDecimalAndSpaceToASCII maps
# to ASCII.  Code points of the zeros of the Unicode decimal digit runs
# (Unicode 14.0, as CPython 3.11; checked against unicodedata by the tests)
# and the non-ASCII white space (str.isspace).
_UNICODE_DECIMAL_ZEROS = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80,
    0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0,
    0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0,
    0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50,
    0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0]
_UNICODE_SPACES = [0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
                   0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f,
                   0x3000]
# non-ASCII code point -> ASCII code it stands for in int(); absent: invalid
_UNICODE_TO_ASCII: dict[int, int] = {}
for _z in _UNICODE_DECIMAL_ZEROS:
    for _i in range(10):
        _UNICODE_TO_ASCII[_z + _i] = 48 + _i
for _z in _UNICODE_SPACES:
    _UNICODE_TO_ASCII[_z] = 32

# powers of two as floats, for an exact ldexp (math has none in RPy)
_POW2 = [math.ldexp(1.0, _i) for _i in range(1024)]
_INVPOW2 = [math.ldexp(1.0, -_i) for _i in range(1001)]
_TWO62 = 4611686018427387904.0
_TWO63 = 9223372036854775808.0
_TWO126 = math.ldexp(1.0, 126)
_NEG_ZERO = -0.0


# ---------------------------------------------------------------- digit helpers

def _bits_in_digit(d: int) -> int:
    """The bit length of 0 <= d < 2**SHIFT."""
    n = 0
    while d >= 256:
        d >>= 8
        n += 8
    while d > 0:
        d >>= 1
        n += 1
    return n


def _normalize(d: list[int]) -> list[int]:
    """Drop the leading zero digits of a freshly built list (in place)."""
    while len(d) > 0 and d[len(d) - 1] == 0:
        d.pop()
    return d


def _mag_cmp(a: list[int], b: list[int]) -> int:
    na = len(a)
    nb = len(b)
    if na != nb:
        return -1 if na < nb else 1
    i = na - 1
    while i >= 0:
        if a[i] != b[i]:
            return -1 if a[i] < b[i] else 1
        i -= 1
    return 0


def _mag_add(a: list[int], b: list[int]) -> list[int]:
    if len(a) < len(b):
        a, b = b, a
    na = len(a)
    nb = len(b)
    out = [0] * (na + 1)
    carry = 0
    for i in range(nb):
        carry += a[i] + b[i]
        out[i] = carry & MASK
        carry >>= SHIFT
    for i in range(nb, na):
        carry += a[i]
        out[i] = carry & MASK
        carry >>= SHIFT
    out[na] = carry
    return _normalize(out)


def _mag_sub(a: list[int], b: list[int]) -> list[int]:
    """a - b for magnitudes with a >= b."""
    na = len(a)
    nb = len(b)
    out = [0] * na
    borrow = 0
    for i in range(nb):
        borrow = a[i] - b[i] - borrow
        out[i] = borrow & MASK
        borrow = (borrow >> SHIFT) & 1
    for i in range(nb, na):
        borrow = a[i] - borrow
        out[i] = borrow & MASK
        borrow = (borrow >> SHIFT) & 1
    assert borrow == 0
    return _normalize(out)


def _mag_add_small(a: list[int], n: int) -> list[int]:
    """a + n, 0 <= n < BASE."""
    na = len(a)
    out = [0] * (na + 1)
    carry = n
    for i in range(na):
        carry += a[i]
        out[i] = carry & MASK
        carry >>= SHIFT
    out[na] = carry
    return _normalize(out)


def _mag_sub_small(a: list[int], n: int) -> list[int]:
    """a - n, 0 <= n < BASE, a >= n."""
    na = len(a)
    out = [0] * na
    borrow = n
    for i in range(na):
        borrow = a[i] - borrow
        out[i] = borrow & MASK
        borrow = (borrow >> SHIFT) & 1
    return _normalize(out)


def _mag_mul_small(a: list[int], n: int, add: int) -> list[int]:
    """a * n + add, 0 <= n, add < BASE."""
    na = len(a)
    out = [0] * (na + 1)
    carry = add
    for i in range(na):
        carry += a[i] * n
        out[i] = carry & MASK
        carry >>= SHIFT
    out[na] = carry
    return _normalize(out)


def _mul_school(a: list[int], b: list[int]) -> list[int]:
    na = len(a)
    nb = len(b)
    out = [0] * (na + nb)
    for i in range(na):
        f = a[i]
        if f == 0:
            continue
        carry = 0
        k = i
        for j in range(nb):
            # < 2**32 + 2**31 + (2**31 - 1)**2 < 2**63
            carry += out[k] + f * b[j]
            out[k] = carry & MASK
            carry >>= SHIFT
            k += 1
        out[k] = carry
    return _normalize(out)


def _add_into(out: list[int], offset: int, t: list[int]) -> None:
    """out[offset:] += t, in place; the sum must fit in out."""
    carry = 0
    k = offset
    for i in range(len(t)):
        carry += out[k] + t[i]
        out[k] = carry & MASK
        carry >>= SHIFT
        k += 1
    while carry != 0:
        carry += out[k]
        out[k] = carry & MASK
        carry >>= SHIFT
        k += 1


def _split(a: list[int], k: int) -> tuple[list[int], list[int]]:
    """(low k digits, the rest), both normalized copies."""
    if len(a) <= k:
        return a[:], []
    return _normalize(a[:k]), a[k:]


def _kmul(a: list[int], b: list[int]) -> list[int]:
    """Karatsuba multiplication of magnitudes (schoolbook for small ones)."""
    if len(a) > len(b):
        a, b = b, a
    na = len(a)
    nb = len(b)
    if na == 0:
        return []
    if na <= KARATSUBA_CUTOFF:
        return _mul_school(a, b)
    if 2 * na <= nb:
        return _kmul_lopsided(a, b)
    # a = ah*B**s + al, b = bh*B**s + bl; since na > nb/2 >= s, ah != 0
    s = nb >> 1
    al, ah = _split(a, s)
    bl, bh = _split(b, s)
    hh = _kmul(ah, bh)
    ll = _kmul(al, bl)
    out = [0] * (na + nb)
    for i in range(len(ll)):
        out[i] = ll[i]
    for i in range(len(hh)):
        out[2 * s + i] = hh[i]
    mid = _kmul(_mag_add(ah, al), _mag_add(bh, bl))
    mid = _mag_sub(_mag_sub(mid, hh), ll)
    _add_into(out, s, mid)
    return _normalize(out)


def _kmul_lopsided(a: list[int], b: list[int]) -> list[int]:
    """a much shorter than b: multiply a by slices of b of a's size."""
    na = len(a)
    nb = len(b)
    out = [0] * (na + nb)
    done = 0
    while done < nb:
        n = min(na, nb - done)
        piece = _kmul(a, _normalize(b[done:done + n]))
        _add_into(out, done, piece)
        done += n
    return _normalize(out)


def _lincomb(a: list[int], b: list[int], x: int, y: int) -> list[int]:
    """x*a + y*b for magnitudes a >= b, digit-sized x and y of opposite
    signs (so each step stays below 2**62 in size), when the result is
    known to be non-negative."""
    na = len(a)
    nb = len(b)
    out = [0] * na
    carry = 0
    for i in range(nb):
        carry += x * a[i] + y * b[i]
        out[i] = carry & MASK
        carry >>= SHIFT
    for i in range(nb, na):
        carry += x * a[i]
        out[i] = carry & MASK
        carry >>= SHIFT
    assert carry == 0
    return _normalize(out)


def _lshift_digits(a: list[int], d: int) -> list[int]:
    """a << d for 0 <= d < SHIFT, with one more digit (maybe zero)."""
    na = len(a)
    out = [0] * (na + 1)
    carry = 0
    for i in range(na):
        carry += a[i] << d
        out[i] = carry & MASK
        carry >>= SHIFT
    out[na] = carry
    return out


def _rshift_digits(a: list[int], d: int) -> list[int]:
    """a >> d for 0 <= d < SHIFT, normalized."""
    na = len(a)
    out = [0] * na
    if d == 0:
        for i in range(na):
            out[i] = a[i]
        return _normalize(out)
    hi = SHIFT - d
    for i in range(na):
        v = a[i] >> d
        if i + 1 < na:
            v |= (a[i + 1] << hi) & MASK
        out[i] = v
    return _normalize(out)


def _divrem1(a: list[int], n: int) -> tuple[list[int], int]:
    """(a // n, a % n) for 0 < n < BASE."""
    na = len(a)
    q = [0] * na
    rem = 0
    i = na - 1
    while i >= 0:
        rem = (rem << SHIFT) | a[i]
        hi = rem // n
        q[i] = hi
        rem -= hi * n
        i -= 1
    return _normalize(q), rem


def _rem1(a: list[int], n: int) -> int:
    """a % n for 0 < n < BASE."""
    rem = 0
    i = len(a) - 1
    while i >= 0:
        rem = ((rem << SHIFT) | a[i]) % n
        i -= 1
    return rem


def _divrem_knuth(a: list[int], b: list[int]) -> tuple[list[int], list[int]]:
    """(a // b, a % b) for magnitudes, len(b) >= 2, a >= b (Knuth's
    algorithm D, TAOCP 4.3.1)."""
    size_a = len(a)
    size_w = len(b)
    d = SHIFT - _bits_in_digit(b[size_w - 1])
    w = _lshift_digits(b, d)          # its extra top digit is zero
    v = _lshift_digits(a, d)          # size_a + 1 digits
    k = size_a - size_w + 1
    q = [0] * k
    wm1 = w[size_w - 1]
    wm2 = w[size_w - 2]
    j = k - 1
    while j >= 0:
        vtop = v[j + size_w]
        vv = (vtop << SHIFT) | v[j + size_w - 1]
        qd = vv // wm1
        if qd > MASK:
            qd = MASK
        r = vv - qd * wm1
        while r < BASE and wm2 * qd > ((r << SHIFT) | v[j + size_w - 2]):
            qd -= 1
            r += wm1
        # v[j:j+size_w+1] -= qd * w
        zhi = 0
        for i in range(size_w):
            z = v[j + i] + zhi - qd * w[i]
            v[j + i] = z & MASK
            zhi = z >> SHIFT
        if vtop + zhi < 0:
            # qd was one too large: add w back
            carry = 0
            for i in range(size_w):
                carry += v[j + i] + w[i]
                v[j + i] = carry & MASK
                carry >>= SHIFT
            qd -= 1
        v[j + size_w] = 0
        q[j] = qd
        j -= 1
    return _normalize(q), _rshift_digits(v[:size_w], d)


def _decimal_zero_padded(n: int) -> str:
    return "%09d" % n


# ---------------------------------------------------------------- the class

class rbigint:
    """An immutable arbitrary-precision integer (see the module docstring)."""
    digits: list[int]
    sign: int

    def __init__(self, digits: list[int], sign: int) -> None:
        # digits normalized; sign 0 exactly when digits is empty
        self.digits = digits
        self.sign = sign

    # ------------------------------------------------------------ construction

    @staticmethod
    def from_int(n: int) -> rbigint:
        if n == 0:
            return ZERO
        if 0 < n < BASE:
            return rbigint([n], 1)
        if -BASE < n < 0:
            return rbigint([-n], -1)
        if n == MININT:
            return _MININT_BIG
        sign = 1
        if n < 0:
            sign = -1
            n = -n
        digits: list[int] = []
        while n != 0:
            digits.append(n & MASK)
            n >>= SHIFT
        return rbigint(digits, sign)

    @staticmethod
    def from_uint(n: r_uint) -> rbigint:
        """The value of an unsigned machine word."""
        digits: list[int] = []
        while n != r_uint(0):
            digits.append(intmask(n & r_uint(MASK)))
            n = n >> SHIFT
        if len(digits) == 0:
            return ZERO
        return rbigint(digits, 1)

    @staticmethod
    def from_bool(b: bool) -> rbigint:
        return ONE if b else ZERO

    @staticmethod
    def from_float(x: float) -> rbigint:
        """int(x): truncation toward zero."""
        if math.isnan(x):
            raise ValueError("cannot convert float NaN to integer")
        if math.isinf(x):
            raise OverflowError("cannot convert float infinity to integer")
        if -_TWO63 <= x < _TWO63:
            return rbigint.from_int(int(x))
        neg = x < 0.0
        ax = -x if neg else x
        # ax >= 2**63 is an integer with at most 53 significant bits: scale
        # it by powers of two (exactly) into [2**61, 2**62)
        e = 0
        while ax >= _TWO126:
            ax = ax * _INVPOW2[64]
            e += 64
        while ax >= _TWO62:
            ax = ax * 0.5
            e += 1
        result = rbigint.from_int(int(ax)).lshift(e)
        return result.neg() if neg else result

    @staticmethod
    def from_str(s: str, base: int = 10, max_str_digits: int = 0) -> rbigint:
        """int(s, base) with CPython's rules: surrounding white space, a
        sign, base 0 (prefixes 0x/0o/0b, no leading zeros), prefixes in
        bases 16/8/2, single underscores between digits, Unicode decimal
        digits and spaces.  max_str_digits > 0 is sys.get_int_max_str_digits()."""
        if (base != 0 and base < 2) or base > 36:
            raise ValueError("int() base must be >= 2 and <= 36, or 0")
        result = _parse_int(_int_codes(s), base, max_str_digits)
        if result is None:
            r = repr(s)
            if len(r) > 200:
                r = r[:200]
            raise ValueError("invalid literal for int() with base %d: %s" % (base, r))
        return result

    @staticmethod
    def from_str_bytes(b: bytes, base: int = 10, max_str_digits: int = 0) -> rbigint:
        """int(b, base) for bytes: the same rules on ASCII only (no
        Unicode digits or spaces); the message shows the repr of the first
        200 bytes."""
        if (base != 0 and base < 2) or base > 36:
            raise ValueError("int() base must be >= 2 and <= 36, or 0")
        codes: list[int] = []
        for i in range(len(b)):
            c = b[i]
            codes.append(c if 0 < c < 127 else -1)
        result = _parse_int(codes, base, max_str_digits)
        if result is None:
            r = repr(b[:200] if len(b) > 200 else b)
            if len(r) > 200:
                r = r[:200]
            raise ValueError("invalid literal for int() with base %d: %s" % (base, r))
        return result

    @staticmethod
    def from_decimal_digits(s: str) -> rbigint:
        """The value of a string of ASCII decimal digits (underscores are
        skipped), as in a literal already checked by the tokenizer."""
        values: list[int] = []
        for c in s:
            if c != '_':
                v = ord(c) - 48
                assert 0 <= v <= 9
                values.append(v)
        return rbigint(_digits_from_values(values, 10), 1)._fixzero()

    @staticmethod
    def from_bytes(b: bytes, byteorder: str, signed: bool) -> rbigint:
        """int.from_bytes(b, byteorder, signed=signed)."""
        little = _byteorder_is_little(byteorder)
        n = len(b)
        data = [0] * n
        for i in range(n):
            data[i] = b[i] if little else b[n - 1 - i]
        negative = signed and n > 0 and data[n - 1] >= 0x80
        if negative:
            # magnitude = two's complement of the bytes
            carry = 1
            for i in range(n):
                carry += data[i] ^ 0xFF
                data[i] = carry & 0xFF
                carry >>= 8
        digits: list[int] = []
        accum = 0
        accumbits = 0
        for i in range(n):
            accum |= data[i] << accumbits
            accumbits += 8
            if accumbits >= SHIFT:
                digits.append(accum & MASK)
                accum >>= SHIFT
                accumbits -= SHIFT
        if accumbits > 0:
            digits.append(accum)
        return rbigint(_normalize(digits), -1 if negative else 1)._fixzero()

    def _fixzero(self) -> rbigint:
        if len(self.digits) == 0:
            return ZERO
        return self

    # ------------------------------------------------------------ conversion

    def _small(self) -> int:
        """The value, for at most two digits (|value| < 2**62)."""
        d = self.digits
        n = len(d)
        if n == 0:
            return 0
        if n == 1:
            return self.sign * d[0]
        return self.sign * (d[0] | (d[1] << SHIFT))

    def fits_int(self) -> bool:
        d = self.digits
        n = len(d)
        if n <= 2:
            return True
        if n > 3:
            return False
        if d[2] < 2:
            return True
        return self.sign < 0 and d[2] == 2 and d[1] == 0 and d[0] == 0

    def toint(self) -> int:
        """The value as a machine int (OverflowError if it does not fit)."""
        d = self.digits
        n = len(d)
        if n <= 2:
            return self._small()
        if n == 3:
            if d[2] < 2:
                return self.sign * (d[0] | (d[1] << SHIFT) | (d[2] << (2 * SHIFT)))
            if self.sign < 0 and d[2] == 2 and d[1] == 0 and d[0] == 0:
                return MININT
        raise OverflowError("Python int too large to convert to C long")

    def touint(self) -> r_uint:
        """The value as an unsigned machine word (PyLong_AsUnsignedLong)."""
        if self.sign < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if self.bit_length() > 64:
            raise OverflowError("Python int too large to convert to C unsigned long")
        x = r_uint(0)
        i = len(self.digits) - 1
        while i >= 0:
            x = (x << SHIFT) | r_uint(self.digits[i])
            i -= 1
        return x

    def uintmask(self) -> r_uint:
        """The value modulo 2**64, as an unsigned machine word."""
        x = r_uint(0)
        i = min(len(self.digits), 3) - 1
        while i >= 0:
            x = (x << SHIFT) | r_uint(self.digits[i])
            i -= 1
        if self.sign < 0:
            x = r_uint(0) - x
        return x

    def tofloat(self) -> float:
        """float(x), correctly rounded (half to even)."""
        d = self.digits
        n = len(d)
        if n <= 2:
            return float(self._small())
        nbits = self.bit_length()
        if nbits > 1024:
            raise OverflowError("int too large to convert to float")
        # the top 62 bits, the lowest one made sticky: then one rounding
        shift = nbits - 62
        m = _top_bits(d, shift)
        f = float(m)
        if nbits == 1024 and f == _TWO62:
            raise OverflowError("int too large to convert to float")
        f = _ldexp(f, shift)
        return -f if self.sign < 0 else f

    def bit_length(self) -> int:
        n = len(self.digits)
        if n == 0:
            return 0
        return (n - 1) * SHIFT + _bits_in_digit(self.digits[n - 1])

    def bit_count(self) -> int:
        """int.bit_count(): the number of one bits of abs(x)."""
        total = 0
        for i in range(len(self.digits)):
            d = self.digits[i]
            while d != 0:
                d &= d - 1
                total += 1
        return total

    def hash(self) -> int:
        """hash(x) as CPython computes it (modulo 2**61 - 1, -1 -> -2)."""
        d = self.digits
        x = 0
        i = len(d) - 1
        while i >= 0:
            # rotate left by SHIFT within HASH_BITS bits: x * 2**SHIFT mod M
            x = ((x << SHIFT) & HASH_MODULUS) | (x >> (HASH_BITS - SHIFT))
            x += d[i]
            if x >= HASH_MODULUS:
                x -= HASH_MODULUS
            i -= 1
        if self.sign < 0:
            x = -x
            if x == -1:
                x = -2
        return x

    def to_bytes(self, length: int, byteorder: str, signed: bool) -> bytes:
        """x.to_bytes(length, byteorder, signed=signed)."""
        little = _byteorder_is_little(byteorder)
        if length < 0:
            raise ValueError("length argument must be non-negative")
        if self.sign < 0 and not signed:
            raise OverflowError("can't convert negative int to unsigned")
        nbits = self.bit_length()
        if self.sign == 0:
            ok = True
        elif self.sign > 0:
            ok = nbits <= 8 * length - (1 if signed else 0)
        else:
            ok = nbits <= 8 * length - 1 or (nbits == 8 * length and self._is_power_of_two())
            if length == 0 and nbits == 1:
                ok = True       # CPython's quirk: (-1).to_bytes(0, signed=True) == b
        if not ok:
            raise OverflowError("int too big to convert")
        data = [0] * length
        accum = 0
        accumbits = 0
        j = 0
        for i in range(len(self.digits)):
            accum |= self.digits[i] << accumbits
            accumbits += SHIFT
            while accumbits >= 8 and j < length:
                data[j] = accum & 0xFF
                accum >>= 8
                accumbits -= 8
                j += 1
        if accumbits > 0 and j < length:
            data[j] = accum & 0xFF
        if self.sign < 0:
            carry = 1
            for i in range(length):
                carry += data[i] ^ 0xFF
                data[i] = carry & 0xFF
                carry >>= 8
        if not little:
            data.reverse()
        return bytes(data)

    def _is_power_of_two(self) -> bool:
        d = self.digits
        n = len(d)
        if n == 0:
            return False
        for i in range(n - 1):
            if d[i] != 0:
                return False
        top = d[n - 1]
        return top & (top - 1) == 0

    # ------------------------------------------------------------ text

    def to_base(self, base: int, prefix: str = "") -> str:
        """The digits in base 2..36 (lowercase), after '-' and prefix."""
        assert 2 <= base <= 36
        bits = _BITS_PER_CHAR[base] if base <= 32 else 0
        if base == 10:
            body = self._abs_decimal()
        elif bits > 0:
            body = _format_pow2(self.digits, bits)
        else:
            body = _format_generic(self.digits, base)
        if self.sign < 0:
            return "-" + prefix + body
        return prefix + body

    def hex(self) -> str:
        return self.to_base(16, "0x")

    def oct(self) -> str:
        return self.to_base(8, "0o")

    def bin(self) -> str:
        return self.to_base(2, "0b")

    def _abs_decimal(self) -> str:
        d = self.digits
        n = len(d)
        if n <= 2:
            v = self._small()
            return "%d" % (-v if v < 0 else v)
        # convert to base 10**9 limbs (little-endian), top digit first
        limbs: list[int] = []
        i = n - 1
        while i >= 0:
            hi = d[i]
            for j in range(len(limbs)):
                z = (limbs[j] << SHIFT) | hi        # < 2**61 + 2**31
                hi = z // DEC_BASE
                limbs[j] = z - hi * DEC_BASE
            while hi != 0:
                limbs.append(hi % DEC_BASE)
                hi = hi // DEC_BASE
            i -= 1
        parts: list[str] = []
        top = len(limbs) - 1
        parts.append("%d" % limbs[top])
        k = top - 1
        while k >= 0:
            parts.append(_decimal_zero_padded(limbs[k]))
            k -= 1
        return "".join(parts)

    # ------------------------------------------------------------ arithmetic

    def neg(self) -> rbigint:
        if self.sign == 0:
            return self
        return rbigint(self.digits, -self.sign)

    def abs(self) -> rbigint:
        if self.sign >= 0:
            return self
        return rbigint(self.digits, 1)

    def pos(self) -> rbigint:
        return self

    def invert(self) -> rbigint:
        """~x == -(x + 1)"""
        if len(self.digits) <= 2:
            return rbigint.from_int(~self._small())
        if self.sign > 0:
            return rbigint(_mag_add_small(self.digits, 1), -1)
        return rbigint(_mag_sub_small(self.digits, 1), 1)

    def add(self, other: rbigint) -> rbigint:
        return _add_signed(self, other, other.sign)

    def sub(self, other: rbigint) -> rbigint:
        return _add_signed(self, other, -other.sign)

    def mul(self, other: rbigint) -> rbigint:
        a = self.digits
        b = other.digits
        na = len(a)
        nb = len(b)
        if na == 0 or nb == 0:
            return ZERO
        sign = self.sign * other.sign
        if na == 1 and nb == 1:
            return rbigint.from_int(sign * (a[0] * b[0]))
        if na == 1:
            return rbigint(_mag_mul_small(b, a[0], 0), sign)
        if nb == 1:
            return rbigint(_mag_mul_small(a, b[0], 0), sign)
        return rbigint(_kmul(a, b), sign)

    def floordiv(self, other: rbigint) -> rbigint:
        if other.sign == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        q, r = _divmod_floor(self, other)
        return q

    def mod(self, other: rbigint) -> rbigint:
        if other.sign == 0:
            raise ZeroDivisionError("integer modulo by zero")
        if len(other.digits) == 1 and len(self.digits) > 2:
            return _mod_small(self, other.sign * other.digits[0])
        q, r = _divmod_floor(self, other)
        return r

    def divmod(self, other: rbigint) -> tuple[rbigint, rbigint]:
        if other.sign == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return _divmod_floor(self, other)

    def truediv(self, other: rbigint) -> float:
        """self / other, correctly rounded."""
        if other.sign == 0:
            raise ZeroDivisionError("division by zero")
        negate = (self.sign < 0) != (other.sign < 0)
        if self.sign == 0:
            return _NEG_ZERO if negate else 0.0
        a_bits = self.bit_length()
        b_bits = other.bit_length()
        if a_bits <= 53 and b_bits <= 53:
            # both exact as floats: one correctly rounded division
            return float(self._small()) / float(other._small())
        diff = a_bits - b_bits
        if diff > 1024:
            raise OverflowError("integer division result too large for a float")
        if diff < -1021 - 53 - 1:
            return _NEG_ZERO if negate else 0.0
        # x = |a| * 2**-shift has 55 or 56 bits more than |b| (fewer when
        # the result is subnormal); q = x // |b| keeps 2 or 3 extra bits
        shift = max(diff, -1021) - 53 - 2
        inexact = False
        a = self.abs()
        if shift <= 0:
            x = a.lshift(-shift)
        else:
            x = a.rshift(shift)
            inexact = _low_bits_nonzero(a.digits, shift)
        qq, rr = _divmod_floor(x, other.abs())
        if rr.sign != 0:
            inexact = True
        q = qq.toint()            # fewer than 58 bits
        q_bits = qq.bit_length()
        extra_bits = max(q_bits, -1021 - shift) - 53
        mask = 1 << (extra_bits - 1)
        low = q | (1 if inexact else 0)
        if (low & mask) != 0 and (low & (3 * mask - 1)) != 0:
            low += mask
        q = low & ~(2 * mask - 1)
        dx = float(q)             # exact
        if shift + q_bits >= 1024 and (shift + q_bits > 1024 or dx == _ldexp(1.0, q_bits)):
            raise OverflowError("integer division result too large for a float")
        result = _ldexp(dx, shift)
        return -result if negate else result

    def pow(self, other: rbigint, modulus: rbigint | None = None) -> rbigint:
        """pow(self, other[, modulus]) as Python's int.  A negative exponent
        needs a modulus (else ValueError: Python returns a float there)."""
        if modulus is not None:
            return _pow_mod(self, other, modulus)
        if other.sign < 0:
            raise ValueError("pow() negative exponent")
        if other.sign == 0:
            return ONE
        if self.sign == 0:
            return ZERO
        d = self.digits
        if len(d) == 1 and d[0] == 1:
            if self.sign > 0 or other.digits[0] & 1 == 0:
                return ONE
            return MINUS_ONE
        if not other.fits_int():
            raise MemoryError
        return self.int_pow(other.toint())

    def int_pow(self, e: int) -> rbigint:
        """self ** e for a machine int e >= 0."""
        if e < 0:
            raise ValueError("pow() negative exponent")
        if e == 0:
            return ONE
        if self.sign == 0 or e == 1:
            return self
        d = self.digits
        n = len(d)
        if d[n - 1] & (d[n - 1] - 1) == 0 and self._is_power_of_two():
            # (+-2**k) ** e is a shift
            k = self.bit_length() - 1
            try:
                total = ovfcheck(k * e)
            except OverflowError:
                raise MemoryError
            result = ONE.lshift(total)
            if self.sign < 0 and (e & 1) != 0:
                return result.neg()
            return result
        # left to right binary exponentiation
        top = 0
        while (e >> top) > 1:
            top += 1
        result = self
        i = top - 1
        while i >= 0:
            result = result.mul(result)
            if (e >> i) & 1 != 0:
                result = result.mul(self)
            i -= 1
        return result

    def lshift(self, n: int) -> rbigint:
        if n < 0:
            raise ValueError("negative shift count")
        if self.sign == 0 or n == 0:
            return self
        d = self.digits
        size = len(d)
        if size == 1 and n <= SHIFT:
            return rbigint.from_int(self.sign * (d[0] << n))
        wordshift = n // SHIFT
        remshift = n - wordshift * SHIFT
        if wordshift >= MAX_DIGITS:
            raise MemoryError
        out = [0] * (wordshift + size + 1)
        accum = 0
        for i in range(size):
            accum += d[i] << remshift
            out[wordshift + i] = accum & MASK
            accum >>= SHIFT
        out[wordshift + size] = accum
        return rbigint(_normalize(out), self.sign)

    def rshift(self, n: int) -> rbigint:
        if n < 0:
            raise ValueError("negative shift count")
        if self.sign == 0 or n == 0:
            return self
        if self.sign < 0:
            # floor: x >> n == ~(~x >> n)
            return self.invert().rshift(n).invert()
        d = self.digits
        size = len(d)
        wordshift = n // SHIFT
        if wordshift >= size:
            return ZERO
        loshift = n - wordshift * SHIFT
        hishift = SHIFT - loshift
        newsize = size - wordshift
        out = [0] * newsize
        for i in range(newsize):
            v = d[wordshift + i] >> loshift
            if wordshift + i + 1 < size:
                v |= (d[wordshift + i + 1] << hishift) & MASK
            out[i] = v
        return rbigint(_normalize(out), 1)._fixzero()

    def lshift_big(self, other: rbigint) -> rbigint:
        """self << other for any rbigint count (CPython's errors when the
        result cannot exist: OverflowError or MemoryError)."""
        if other.sign < 0:
            raise ValueError("negative shift count")
        if self.sign == 0:
            return ZERO
        if other.fits_int():
            return self.lshift(other.toint())
        # as CPython: the count in its 30-bit digits, clipped when huge
        wq, wr = _divmod_floor(other, rbigint.from_int(_CPY_SHIFT))
        if not wq.fits_int() or wq.toint() >= _CPY_CLIPPED_WORDSHIFT:
            raise OverflowError("too many digits in integer")
        newsize = wq.toint() + (self.bit_length() + _CPY_SHIFT - 1) // _CPY_SHIFT
        if wr.sign != 0:
            newsize += 1
        if newsize > _CPY_MAX_LONG_DIGITS:
            raise OverflowError("too many digits in integer")
        raise MemoryError

    def rshift_big(self, other: rbigint) -> rbigint:
        """self >> other for any rbigint count."""
        if other.sign < 0:
            raise ValueError("negative shift count")
        if other.fits_int():
            return self.rshift(other.toint())
        return MINUS_ONE if self.sign < 0 else ZERO

    def and_(self, other: rbigint) -> rbigint:
        if len(self.digits) <= 2 and len(other.digits) <= 2:
            return rbigint.from_int(self._small() & other._small())
        return _bitwise(self, 0, other)

    def or_(self, other: rbigint) -> rbigint:
        if len(self.digits) <= 2 and len(other.digits) <= 2:
            return rbigint.from_int(self._small() | other._small())
        return _bitwise(self, 1, other)

    def xor(self, other: rbigint) -> rbigint:
        if len(self.digits) <= 2 and len(other.digits) <= 2:
            return rbigint.from_int(self._small() ^ other._small())
        return _bitwise(self, 2, other)

    def gcd(self, other: rbigint) -> rbigint:
        """math.gcd(self, other) (non-negative), by Lehmer's algorithm
        (Knuth, TAOCP 4.5.2, algorithm L) on the top 62 bits."""
        a = self.abs()
        b = other.abs()
        if _mag_cmp(a.digits, b.digits) < 0:
            a, b = b, a
        while len(a.digits) > 2:
            if b.sign == 0:
                return a
            ad = a.digits
            bd = b.digits
            na = len(ad)
            nb = len(bd)
            # the top 62 bits of a, and the bits of b at the same position
            nbits = _bits_in_digit(ad[na - 1])
            x = ((ad[na - 1] << (2 * SHIFT - nbits)) | (ad[na - 2] << (SHIFT - nbits)) |
                 (ad[na - 3] >> nbits))
            y = 0
            if nb >= na:
                y |= bd[na - 1] << (2 * SHIFT - nbits)
            if nb >= na - 1:
                y |= bd[na - 2] << (SHIFT - nbits)
            if nb >= na - 2:
                y |= bd[na - 3] >> nbits
            # Euclid on the leading parts while both quotient bounds agree;
            # the cofactors A B C D (signs alternate) stay below 2**62
            ca = 1
            cb = 0
            cc = 0
            cd = 1
            while y + cc != 0 and y + cd != 0:
                q = (x + ca) // (y + cc)
                if q < 1 or q != (x + cb) // (y + cd):
                    break
                t = ca - q * cc
                ca = cc
                cc = t
                t = cb - q * cd
                cb = cd
                cd = t
                t = x - q * y
                x = y
                y = t
            if cb == 0:
                q2, r = _divmod_floor(a, b)
                a = b
                b = r
            elif -BASE < ca < BASE and -BASE < cb < BASE and -BASE < cc < BASE and \
                    -BASE < cd < BASE and ca * cb <= 0 and cc * cd <= 0:
                na2 = _lincomb(ad, bd, ca, cb)
                b = rbigint(_lincomb(ad, bd, cc, cd), 1)._fixzero()
                a = rbigint(na2, 1)
            else:
                na3 = a.int_mul(ca).add(b.int_mul(cb))
                b = a.int_mul(cc).add(b.int_mul(cd))
                a = na3
        x = a.toint()
        y = b.toint()
        while y != 0:
            t = x % y
            x = y
            y = t
        return rbigint.from_int(x)

    # ------------------------------------------------------------ comparisons

    def compare(self, other: rbigint) -> int:
        """-1, 0 or 1."""
        if self.sign != other.sign:
            return -1 if self.sign < other.sign else 1
        c = _mag_cmp(self.digits, other.digits)
        return c if self.sign > 0 else -c

    def eq(self, other: rbigint) -> bool:
        return self.sign == other.sign and self.digits == other.digits

    def ne(self, other: rbigint) -> bool:
        return not self.eq(other)

    def lt(self, other: rbigint) -> bool:
        return self.compare(other) < 0

    def le(self, other: rbigint) -> bool:
        return self.compare(other) <= 0

    def gt(self, other: rbigint) -> bool:
        return self.compare(other) > 0

    def ge(self, other: rbigint) -> bool:
        return self.compare(other) >= 0

    def is_zero(self) -> bool:
        return self.sign == 0

    def tobool(self) -> bool:
        return self.sign != 0

    def numdigits(self) -> int:
        return len(self.digits)

    # ------------------------------------------------------------ with a machine int

    def int_compare(self, n: int) -> int:
        if len(self.digits) <= 2 or self.fits_int():
            v = self.toint()
            return -1 if v < n else (1 if v > n else 0)
        return self.sign    # beyond any machine int

    def int_eq(self, n: int) -> bool:
        if len(self.digits) <= 2:
            return self._small() == n
        return self.fits_int() and self.toint() == n

    def int_ne(self, n: int) -> bool:
        return not self.int_eq(n)

    def int_lt(self, n: int) -> bool:
        return self.int_compare(n) < 0

    def int_le(self, n: int) -> bool:
        return self.int_compare(n) <= 0

    def int_gt(self, n: int) -> bool:
        return self.int_compare(n) > 0

    def int_ge(self, n: int) -> bool:
        return self.int_compare(n) >= 0

    def int_add(self, n: int) -> rbigint:
        if len(self.digits) <= 2:
            try:
                return rbigint.from_int(ovfcheck(self._small() + n))
            except OverflowError:
                pass
        return self.add(rbigint.from_int(n))

    def int_sub(self, n: int) -> rbigint:
        if len(self.digits) <= 2:
            try:
                return rbigint.from_int(ovfcheck(self._small() - n))
            except OverflowError:
                pass
        return self.sub(rbigint.from_int(n))

    def int_mul(self, n: int) -> rbigint:
        if self.sign == 0 or n == 0:
            return ZERO
        if -BASE < n < BASE:
            if len(self.digits) <= 1:
                return rbigint.from_int(self._small() * n)
            if n < 0:
                return rbigint(_mag_mul_small(self.digits, -n, 0), -self.sign)
            return rbigint(_mag_mul_small(self.digits, n, 0), self.sign)
        return self.mul(rbigint.from_int(n))

    def int_floordiv(self, n: int) -> rbigint:
        if n == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return self.floordiv(rbigint.from_int(n))

    def int_mod(self, n: int) -> rbigint:
        if n == 0:
            raise ZeroDivisionError("integer modulo by zero")
        if -BASE < n < BASE and len(self.digits) > 2:
            return _mod_small(self, n)
        return self.mod(rbigint.from_int(n))

    def int_and_(self, n: int) -> rbigint:
        return self.and_(rbigint.from_int(n))

    def int_or_(self, n: int) -> rbigint:
        return self.or_(rbigint.from_int(n))

    def int_xor(self, n: int) -> rbigint:
        return self.xor(rbigint.from_int(n))

    # ------------------------------------------------------------ text (kept last:
    # the method names `str` and `repr` shadow the builtins for mypy below them)

    def repr(self) -> str:
        return self.str()

    def str(self, max_str_digits: int = 0) -> str:
        """The decimal text; max_str_digits > 0 is CPython's limit
        (sys.set_int_max_str_digits): ValueError beyond it."""
        if max_str_digits > 0 and len(self.digits) > 2:
            # a lower bound of the digit count: floor((bits-1)*log10(2)) + 1
            if (self.bit_length() - 1) * 30102 // 100000 + 1 > max_str_digits:
                raise ValueError(_MAX_STR_DIGITS_TO_STR % max_str_digits)
        body = self._abs_decimal()
        if max_str_digits > 0 and len(body) > max_str_digits:
            raise ValueError(_MAX_STR_DIGITS_TO_STR % max_str_digits)
        if self.sign < 0:
            return "-" + body
        return body


_MAX_STR_DIGITS_TO_STR = ("Exceeds the limit (%d digits) for integer string conversion; "
                          "use sys.set_int_max_str_digits() to increase the limit")
_MAX_STR_DIGITS_TO_INT = ("Exceeds the limit (%d digits) for integer string conversion: "
                          "value has %d digits; use sys.set_int_max_str_digits() "
                          "to increase the limit")

ZERO = rbigint([], 0)
ONE = rbigint([1], 1)
MINUS_ONE = rbigint([1], -1)
_MININT_BIG = rbigint([(-MININT >> (SHIFT * _i)) & MASK for _i in range(3)], -1)


# ---------------------------------------------------------------- helpers on rbigints

def _add_signed(a: rbigint, b: rbigint, bsign: int) -> rbigint:
    """a + (b with its sign replaced by bsign)."""
    if bsign == 0:
        return a
    if a.sign == 0:
        return b if bsign == b.sign else b.neg()
    if len(a.digits) <= 2 and len(b.digits) <= 2:
        bv = b._small()
        return rbigint.from_int(a._small() + (bv if bsign == b.sign else -bv))
    if a.sign == bsign:
        return rbigint(_mag_add(a.digits, b.digits), a.sign)
    c = _mag_cmp(a.digits, b.digits)
    if c == 0:
        return ZERO
    if c > 0:
        return rbigint(_mag_sub(a.digits, b.digits), a.sign)
    return rbigint(_mag_sub(b.digits, a.digits), bsign)


def _divmod_floor(a: rbigint, b: rbigint) -> tuple[rbigint, rbigint]:
    """(a // b, a % b) with floor semantics; b != 0."""
    if len(a.digits) <= 2 and len(b.digits) <= 2:
        x = a._small()
        y = b._small()
        return rbigint.from_int(x // y), rbigint.from_int(x % y)
    if _mag_cmp(a.digits, b.digits) < 0:
        q = ZERO
        r = a
    elif len(b.digits) == 1:
        qd, rem = _divrem1(a.digits, b.digits[0])
        q = rbigint(qd, a.sign * b.sign)._fixzero()
        r = ZERO if rem == 0 else rbigint([rem], a.sign)
    else:
        qd2, rd = _divrem_knuth(a.digits, b.digits)
        q = rbigint(qd2, a.sign * b.sign)._fixzero()
        r = rbigint(rd, a.sign)._fixzero()
    if r.sign != 0 and r.sign != b.sign:
        q = q.int_sub(1)
        r = r.add(b)
    return q, r


def _mod_small(a: rbigint, n: int) -> rbigint:
    """a % n (floor) for 0 < |n| < BASE."""
    an = -n if n < 0 else n
    rem = _rem1(a.digits, an)
    if rem != 0 and (a.sign < 0) != (n < 0):
        rem = an - rem
    if n < 0:
        rem = -rem
    return rbigint.from_int(rem)


def _twos_complement(x: rbigint, n: int) -> list[int]:
    """x as n digits of two's complement (n > len(x.digits))."""
    d = x.digits
    out = [0] * n
    if x.sign >= 0:
        for i in range(len(d)):
            out[i] = d[i]
        return out
    carry = 1
    for i in range(n):
        carry += (d[i] if i < len(d) else 0) ^ MASK
        out[i] = carry & MASK
        carry >>= SHIFT
    return out


def _bitwise(a: rbigint, op: int, b: rbigint) -> rbigint:
    """a & b (op 0), a | b (op 1), a ^ b (op 2) with infinite two's
    complement semantics."""
    n = max(len(a.digits), len(b.digits)) + 1
    x = _twos_complement(a, n)
    y = _twos_complement(b, n)
    out = [0] * n
    if op == 0:
        for i in range(n):
            out[i] = x[i] & y[i]
    elif op == 1:
        for i in range(n):
            out[i] = x[i] | y[i]
    else:
        for i in range(n):
            out[i] = x[i] ^ y[i]
    if out[n - 1] == 0:
        return rbigint(_normalize(out), 1)._fixzero()
    # negative: the magnitude is the two's complement
    carry = 1
    for i in range(n):
        carry += out[i] ^ MASK
        out[i] = carry & MASK
        carry >>= SHIFT
    return rbigint(_normalize(out), -1)


def _pow_mod(base: rbigint, exp: rbigint, modulus: rbigint) -> rbigint:
    if modulus.sign == 0:
        raise ValueError("pow() 3rd argument cannot be 0")
    negative_output = modulus.sign < 0
    m = modulus.abs()
    if len(m.digits) == 1 and m.digits[0] == 1:
        return ZERO
    if exp.sign < 0:
        exp = exp.neg()
        base = _invmod(base, m)
    if base.sign < 0 or _mag_cmp(base.digits, m.digits) >= 0:
        base = base.mod(m)
    if len(m.digits) == 1:
        # everything in machine words: products < 2**62
        mm = m.digits[0]
        b = base._small()
        z = 1
        ed = exp.digits
        i = len(ed) - 1
        while i >= 0:
            digit = ed[i]
            bit = SHIFT - 1
            while bit >= 0:
                z = (z * z) % mm
                if (digit >> bit) & 1 != 0:
                    z = (z * b) % mm
                bit -= 1
            i -= 1
        result = rbigint.from_int(z)
    else:
        result = ONE
        ed = exp.digits
        i = len(ed) - 1
        started = False
        while i >= 0:
            digit = ed[i]
            bit = SHIFT - 1
            while bit >= 0:
                if started:
                    result = result.mul(result).mod(m)
                if (digit >> bit) & 1 != 0:
                    result = result.mul(base).mod(m)
                    started = True
                bit -= 1
            i -= 1
    if negative_output and result.sign != 0:
        result = result.sub(m)
    return result


def _invmod(a: rbigint, n: rbigint) -> rbigint:
    """The inverse of a modulo n > 1, as CPython's long_invmod."""
    b = ONE
    c = ZERO
    n0 = n
    while n.sign != 0:
        q, r = _divmod_floor(a, n)
        a = n
        n = r
        t = b.sub(q.mul(c))
        b = c
        c = t
    if not a.int_eq(1):
        raise ValueError("base is not invertible for the given modulus")
    return b.mod(n0)


def _top_bits(d: list[int], shift: int) -> int:
    """(magnitude >> shift) | sticky, where sticky is 1 when a non-zero bit
    was shifted out; the result must fit in 62 bits."""
    ws = shift // SHIFT
    bs = shift - ws * SHIFT
    result = d[ws] >> bs
    sticky = (d[ws] & ((1 << bs) - 1)) != 0
    for i in range(ws + 1, len(d)):
        result |= d[i] << (i * SHIFT - shift)
    for i in range(ws):
        if d[i] != 0:
            sticky = True
    if sticky:
        result |= 1
    return result


def _low_bits_nonzero(d: list[int], nbits: int) -> bool:
    """Whether any of the lowest nbits bits of the magnitude is set."""
    ws = nbits // SHIFT
    bs = nbits - ws * SHIFT
    for i in range(min(ws, len(d))):
        if d[i] != 0:
            return True
    if ws < len(d) and bs > 0:
        return (d[ws] & ((1 << bs) - 1)) != 0
    return False


def _ldexp(x: float, e: int) -> float:
    """x * 2**e, exact when the result is representable (steps that stay
    in the normal range, then one final scaling)."""
    while e > 1000:
        x = x * _POW2[1000]
        e -= 1000
    while e < -1000:
        x = x * _INVPOW2[1000]
        e += 1000
    if e >= 0:
        return x * _POW2[e]
    return x * _INVPOW2[-e]


def _byteorder_is_little(byteorder: str) -> bool:
    if byteorder == "little":
        return True
    if byteorder == "big":
        return False
    raise ValueError("byteorder must be either 'little' or 'big'")


def _format_pow2(d: list[int], bits: int) -> str:
    """The magnitude's digits in base 2**bits (bits 1..5)."""
    if len(d) == 0:
        return "0"
    chars: list[str] = []
    mask = (1 << bits) - 1
    accum = 0
    accumbits = 0
    for i in range(len(d)):
        accum |= d[i] << accumbits
        accumbits += SHIFT
        while accumbits >= bits:
            chars.append(_DIGIT_CHARS[accum & mask])
            accum >>= bits
            accumbits -= bits
    if accumbits > 0:
        chars.append(_DIGIT_CHARS[accum])
    while len(chars) > 1 and chars[len(chars) - 1] == "0":
        chars.pop()
    chars.reverse()
    return "".join(chars)


def _format_generic(d: list[int], base: int) -> str:
    """The magnitude's digits in any base 2..36 (by repeated division by the
    largest power of base that fits a digit)."""
    if len(d) == 0:
        return "0"
    power = base
    width = 1
    while power * base < BASE:
        power *= base
        width += 1
    chars: list[str] = []
    rest = d
    while len(rest) > 0:
        rest, rem = _divrem1(rest, power)
        for i in range(width):
            if len(rest) == 0 and rem == 0:
                break
            chars.append(_DIGIT_CHARS[rem % base])
            rem = rem // base
    chars.reverse()
    return "".join(chars)


def _digits_from_values(values: list[int], base: int) -> list[int]:
    """The magnitude whose base-`base` digits (most significant first,
    each < base) are `values`."""
    bits = _BITS_PER_CHAR[base] if base <= 32 else 0
    if bits > 0:
        out: list[int] = []
        accum = 0
        accumbits = 0
        i = len(values) - 1
        while i >= 0:
            accum |= values[i] << accumbits
            accumbits += bits
            if accumbits >= SHIFT:
                out.append(accum & MASK)
                accum >>= SHIFT
                accumbits -= SHIFT
            i -= 1
        if accumbits > 0:
            out.append(accum)
        return _normalize(out)
    # z = z * base**width + chunk, width digits at a time
    width = 1
    power = base
    while power * base <= BASE:
        power *= base
        width += 1
    z: list[int] = []
    n = len(values)
    i = 0
    while i < n:
        chunk = 0
        mult = 1
        j = 0
        while j < width and i < n:
            chunk = chunk * base + values[i]
            mult *= base
            i += 1
            j += 1
        carry = chunk
        for k in range(len(z)):
            carry += z[k] * mult
            z[k] = carry & MASK
            carry >>= SHIFT
        while carry != 0:
            z.append(carry & MASK)
            carry >>= SHIFT
    return _normalize(z)


def _int_codes(s: str) -> list[int]:
    """The ASCII codes int() parses (CPython transforms Unicode decimal
    digits and white space to ASCII first); -1 for a character that can
    only be invalid (non-ASCII, DEL, NUL)."""
    codes: list[int] = []
    for ch in s:
        c = ord(ch)
        if 0 < c < 127:
            codes.append(c)
        else:
            codes.append(_UNICODE_TO_ASCII.get(c, -1))
    return codes


def _is_space(c: int) -> bool:
    return c == 32 or 9 <= c <= 13


def _digit_value(c: int) -> int:
    if 0 <= c < 128:
        return _DIGIT_VALUE[c]
    return 37


def _code_at(codes: list[int], i: int) -> int:
    return codes[i] if i < len(codes) else 0


def _parse_int(codes: list[int], base: int, max_str_digits: int) -> rbigint | None:
    """CPython's PyLong_FromString on the codes; None: invalid literal."""
    n = len(codes)
    p = 0
    while p < n and _is_space(codes[p]):
        p += 1
    sign = 1
    if p < n and codes[p] == 43:            # '+'
        p += 1
    elif p < n and codes[p] == 45:          # '-'
        p += 1
        sign = -1
    error_if_nonzero = False
    c1 = _code_at(codes, p + 1)
    if base == 0:
        if _code_at(codes, p) != 48:
            base = 10
        elif c1 == 120 or c1 == 88:        # x X
            base = 16
        elif c1 == 111 or c1 == 79:        # o O
            base = 8
        elif c1 == 98 or c1 == 66:         # b B
            base = 2
        else:
            # "old" C-style octal: invalid, unless it is zero
            error_if_nonzero = True
            base = 10
    if _code_at(codes, p) == 48 and (
            (base == 16 and (c1 == 120 or c1 == 88)) or
            (base == 8 and (c1 == 111 or c1 == 79)) or
            (base == 2 and (c1 == 98 or c1 == 66))):
        p += 2
        if _code_at(codes, p) == 95:        # one underscore allowed here
            p += 1
    if _code_at(codes, p) == 95:
        return None                         # may not start with underscores
    values: list[int] = []
    prev = 0
    while p < n:
        c = codes[p]
        if c == 95:
            if prev == 95:
                return None                 # only one underscore allowed
        elif _digit_value(c) < base:
            values.append(_digit_value(c))
        else:
            break
        prev = c
        p += 1
    if prev == 95:
        return None                         # trailing underscore
    ndigits = len(values)
    if (base & (base - 1)) != 0 and max_str_digits > 0 and \
            ndigits > _MAX_STR_DIGITS_THRESHOLD and ndigits > max_str_digits:
        raise ValueError(_MAX_STR_DIGITS_TO_INT % (max_str_digits, ndigits))
    digits = _digits_from_values(values, base)
    if error_if_nonzero and len(digits) > 0:
        return None
    if ndigits == 0:
        return None
    while p < n and _is_space(codes[p]):
        p += 1
    if p != n:
        return None
    if len(digits) == 0:
        return ZERO
    return rbigint(digits, sign)
