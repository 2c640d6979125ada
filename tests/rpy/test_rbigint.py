"""rpy.rlib.rbigint untranslated, differential against CPython's int.

Every operation runs on the same values as CPython ints: the results must
be equal, or both sides must raise the same exception type with the same
message.  Values: 0, +-1, machine-word and digit boundaries (2**31, 2**62,
2**63, 2**64, ...), digit patterns that stress Knuth's division (all-ones
digits, lone top bits), random values up to ~10,000 bits (Karatsuba and its
lopsided case start at 70 digits = 2170 bits).  The translated side is
tests/rpy/programs/bigint_arith.py.
"""
from __future__ import annotations

import array
import math
import random
import struct
import sys
import unicodedata

import pytest

from rpy.rlib import rbigint as mod
from rpy.rlib.rarithmetic import MAXINT, MININT, r_uint
from rpy.rlib.rbigint import MASK, SHIFT, rbigint

M61 = (1 << 61) - 1


@pytest.fixture(autouse=True, scope="module")
def _no_str_digit_limit():
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    yield
    sys.set_int_max_str_digits(old)


# ---------------------------------------------------------------- conversions for checking

def to_py(r: rbigint) -> int:
    """The value of r, read from its digits (checking the invariants)."""
    assert isinstance(r, rbigint)
    d = r.digits
    assert r.sign in (-1, 0, 1)
    assert (r.sign == 0) == (len(d) == 0), (r.sign, d)
    assert len(d) == 0 or d[-1] != 0, "not normalized"
    v = 0
    for i, x in enumerate(d):
        assert type(x) is int and 0 <= x <= MASK, x
        v |= x << (SHIFT * i)
    return r.sign * v


def from_py(v: int) -> rbigint:
    """An rbigint built from digits directly (not through the library)."""
    a = abs(v)
    digits = []
    while a:
        digits.append(a & MASK)
        a >>= SHIFT
    return rbigint(digits, (v > 0) - (v < 0))


def outcome(fn, *args):
    """('ok', value) or ('raise', type, message)."""
    try:
        value = fn(*args)
    except (ValueError, OverflowError, ZeroDivisionError, MemoryError) as e:
        return ("raise", type(e), str(e))
    if isinstance(value, rbigint):
        value = to_py(value)
    elif isinstance(value, tuple):
        value = tuple(to_py(x) if isinstance(x, rbigint) else x for x in value)
    return ("ok", value)


def same(ours, theirs, *args, what=""):
    """ours(*args) and theirs(*args) give the same value or the same error."""
    a = outcome(ours, *args)
    b = outcome(theirs, *args)
    if a[0] == "ok" and b[0] == "ok" and isinstance(b[1], float) and isinstance(a[1], float):
        # floats: equal including the sign of zero (NaN never occurs)
        assert a[1] == b[1] and math.copysign(1.0, a[1]) == math.copysign(1.0, b[1]), \
            (what, args, a, b)
        return
    assert a == b, (what, [x if not isinstance(x, int) or abs(x) < 10 ** 60 else "big"
                           for x in args], a, b)


# ---------------------------------------------------------------- values

def boundary_values() -> list[int]:
    vals = {0, 1, 2, 3, 7, 10, 255, 256, 10 ** 9, 10 ** 18, 10 ** 19, 10 ** 100}
    for k in (8, 15, 16, 29, 30, 31, 32, 33, 53, 54, 60, 61, 62, 63, 64, 65, 92, 93, 94,
              124, 127, 128, 155, 186, 1023, 1024, 1025, 2170, 2171, 4340):
        for delta in (-2, -1, 0, 1):
            vals.add((1 << k) + delta)
    vals.add(M61)
    vals.add(M61 + 1)
    vals.add(2 * M61)
    return sorted(vals | {-v for v in vals})


def pattern_value(rng: random.Random, ndigits: int) -> int:
    """Digits from a few extreme patterns (stress carries and division)."""
    choices = [0, 1, MASK, MASK - 1, 1 << (SHIFT - 1), (1 << (SHIFT - 1)) - 1]
    v = 0
    for i in range(ndigits):
        v |= rng.choice(choices) << (SHIFT * i)
    v |= rng.choice([1, MASK, 1 << (SHIFT - 1)]) << (SHIFT * ndigits)
    return v


def random_values(seed: int, count: int, maxbits: int = 10000) -> list[int]:
    rng = random.Random(seed)
    sizes = [1, 2, 8, 30, 31, 32, 33, 61, 62, 63, 64, 65, 100, 200, 500, 1000, 2200, 2500,
             4500, maxbits]
    vals = []
    for i in range(count):
        kind = rng.random()
        if kind < 0.15:
            v = pattern_value(rng, rng.randrange(1, 90))
        else:
            n = rng.choice(sizes)
            v = rng.getrandbits(n)
            if kind < 0.3:
                v |= 1 << (n - 1)
        if rng.random() < 0.5:
            v = -v
        vals.append(v)
    return vals


BOUNDARY = boundary_values()
RANDOM = random_values(1, 120)
VALUES = BOUNDARY + RANDOM


def pairs(seed: int, count: int, maxbits: int = 10000) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    pool = BOUNDARY + random_values(seed + 100, 200, maxbits)
    result = [(rng.choice(pool), rng.choice(pool)) for i in range(count)]
    # balanced Karatsuba, lopsided, and same-size division with close values
    for i in range(10):
        a = rng.getrandbits(rng.randrange(2200, 9000)) | 1
        b = rng.getrandbits(rng.randrange(2200, 9000)) | 1
        result.append((a, -b))
        result.append((a * b + rng.getrandbits(64), b))
        result.append((a, a + rng.randrange(-3, 4)))
    for i in range(40):
        n = rng.randrange(2, 20)
        b = pattern_value(rng, n)
        a = pattern_value(rng, n + rng.randrange(0, 5))
        result.append((a, b))
        result.append((-a, b))
    return result


PAIRS = pairs(2, 500)
SMALL_PAIRS = pairs(3, 300, maxbits=600)


# ---------------------------------------------------------------- construction and conversion

def test_from_int_and_toint():
    for v in BOUNDARY + [MAXINT, MININT, MAXINT - 1, MININT + 1]:
        if MININT <= v <= MAXINT:
            r = rbigint.from_int(v)
            assert to_py(r) == v
            assert r.fits_int()
            assert r.toint() == v
        r = from_py(v)
        assert r.fits_int() == (MININT <= v <= MAXINT)
        # array('l') converts with PyLong_AsLong: CPython's own message
        same(lambda: r.toint(), lambda: array.array("l", [v])[0], what="toint")


def test_uint_conversions():
    for v in [0, 1, MASK, 1 << 31, 1 << 62, (1 << 63) - 1, 1 << 63, (1 << 64) - 1]:
        assert to_py(rbigint.from_uint(r_uint(v))) == v
        assert int(from_py(v).touint()) == v
    for v in VALUES:
        assert int(from_py(v).uintmask()) == v & ((1 << 64) - 1)
    for v in [-1, -(1 << 70), 1 << 64, 1 << 100, (1 << 64) - 1, 0]:
        # array('L') converts with PyLong_AsUnsignedLong
        same(lambda: int(from_py(v).touint()), lambda: array.array("L", [v])[0], what="touint")


def test_str_repr_and_roundtrip():
    for v in VALUES:
        r = from_py(v)
        assert r.str() == str(v)
        assert r.repr() == repr(v)
        assert to_py(rbigint.from_str(str(v), 10)) == v
        assert to_py(rbigint.from_str(str(v), 0)) == v


def test_to_base_all_bases():
    for v in VALUES[::3]:
        r = from_py(v)
        assert r.hex() == hex(v)
        assert r.oct() == oct(v)
        assert r.bin() == bin(v)
        assert r.to_base(16, "0x") == hex(v)
        for base in range(2, 37):
            text = r.to_base(base)
            assert int(text, base) == v, (v, base, text)
            assert text == text.lower()
            assert text.lstrip("-") == "0" or not text.lstrip("-").startswith("0")


def test_hash():
    special = [-1, -2, M61, -M61, M61 - 1, -(M61 + 1), -(2 * M61 + 1), M61 * M61, -(M61 * 3 + 1)]
    for v in VALUES + special:
        assert from_py(v).hash() == hash(v), v


def test_bit_length_and_bool():
    for v in VALUES:
        r = from_py(v)
        assert r.bit_length() == v.bit_length()
        assert r.bit_count() == v.bit_count()
        assert r.is_zero() == (v == 0)
        assert r.tobool() == bool(v)
        assert r.sign == (v > 0) - (v < 0)


def test_from_decimal_digits():
    for v in VALUES:
        if v >= 0:
            assert to_py(rbigint.from_decimal_digits(str(v))) == v
            assert to_py(rbigint.from_decimal_digits(format(v, "_"))) == v
    assert to_py(rbigint.from_decimal_digits("000")) == 0
    assert rbigint.from_decimal_digits("0") is mod.ZERO


# ---------------------------------------------------------------- floats

def float_interesting_ints() -> list[int]:
    vals = []
    for e in [53, 54, 55, 62, 63, 64, 100, 500, 970, 1000, 1020, 1023]:
        base = 1 << e
        for k in range(-6, 7):
            vals.append(base + k)
        # exact ties at the rounding position of this magnitude, and neighbours
        ulp = 1 << (e - 52)
        for m in [1, 3, 5, (1 << 52) - 1]:
            tie = base + m * ulp + ulp // 2
            vals += [tie - 1, tie, tie + 1]
    top = 1 << 1024
    for delta in [1 << 970, (1 << 970) + 1, (1 << 970) - 1, 1 << 971, (1 << 971) + 1, 1]:
        vals.append(top - delta)
    vals += [top, top + 1]
    return sorted(set(vals) | {-v for v in vals})


def test_tofloat():
    for v in VALUES + float_interesting_ints():
        same(lambda: from_py(v).tofloat(), lambda: float(v), what="tofloat")


def random_doubles(seed: int, count: int) -> list[float]:
    rng = random.Random(seed)
    out: list[float] = []
    while len(out) < count:
        f = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if not math.isnan(f):
            out.append(f)
    return out


def test_from_float():
    specials = [0.0, -0.0, 0.5, -0.5, 0.999999, 1.0, -1.0, 1.5, 2.0 ** 52 + 0.5, 2.0 ** 53,
                9.223372036854775e18, 9223372036854775808.0, -9223372036854775808.0,
                -9223372036854777856.0, 1.8446744073709552e19, 1e300, -1e300,
                sys.float_info.max, -sys.float_info.max, sys.float_info.min, 5e-324,
                math.inf, -math.inf, math.nan, -math.nan]
    for f in specials + random_doubles(4, 2000):
        same(lambda: rbigint.from_float(f), lambda: int(f), what="from_float")
    for e in range(0, 1024):
        f = math.ldexp(1.0, e) * 1.2345
        if not math.isinf(f):
            same(lambda: rbigint.from_float(f), lambda: int(f), what="from_float")


def truediv_pairs() -> list[tuple[int, int]]:
    rng = random.Random(5)
    result = list(SMALL_PAIRS[:200])
    for i in range(400):
        a = rng.getrandbits(rng.choice([10, 53, 54, 60, 64, 100, 300, 1100, 2000]))
        b = rng.getrandbits(rng.choice([1, 10, 53, 54, 60, 64, 100, 300, 1100, 2000])) or 1
        result.append((a * rng.choice([1, -1]), b * rng.choice([1, -1])))
    # results around the overflow and subnormal thresholds, exact halfway cases
    for shift in [1020, 1023, 1024, 1025, -1020, -1022, -1060, -1074, -1075, -1076, -1080, -1100]:
        for m in [1, 3, (1 << 53) - 1, (1 << 53) + 1, (1 << 54) + 1, (1 << 60) + 3]:
            if shift >= 0:
                result.append((m << shift, 1))
                result.append((m << (shift + 100), (1 << 100) + 1))
            else:
                result.append((m, 1 << -shift))
                result.append((-m * 3, 3 << -shift))
    result += [(0, 5), (0, -5), (0, 1 << 200), (0, -(1 << 200)), (1, 0), (1 << 100, 0),
               (1, 3), (2, 3), (-(1 << 2000), 3), ((1 << 2000) + 1, (1 << 1990)),
               (1 << 1100, 1 << 70), ((1 << 1024) - 1, 1), (1 << 1025, 2), (1 << 1025, 3)]
    return result


def test_truediv():
    for a, b in truediv_pairs():
        same(lambda: from_py(a).truediv(from_py(b)), lambda: a / b, what="truediv")


# ---------------------------------------------------------------- arithmetic

BINOPS = {
    "add": (lambda x, y: x.add(y), lambda a, b: a + b),
    "sub": (lambda x, y: x.sub(y), lambda a, b: a - b),
    "mul": (lambda x, y: x.mul(y), lambda a, b: a * b),
    "floordiv": (lambda x, y: x.floordiv(y), lambda a, b: a // b),
    "mod": (lambda x, y: x.mod(y), lambda a, b: a % b),
    "divmod": (lambda x, y: x.divmod(y), lambda a, b: divmod(a, b)),
    "and_": (lambda x, y: x.and_(y), lambda a, b: a & b),
    "or_": (lambda x, y: x.or_(y), lambda a, b: a | b),
    "xor": (lambda x, y: x.xor(y), lambda a, b: a ^ b),
    "compare": (lambda x, y: x.compare(y), lambda a, b: (a > b) - (a < b)),
    "eq": (lambda x, y: x.eq(y), lambda a, b: a == b),
    "ne": (lambda x, y: x.ne(y), lambda a, b: a != b),
    "lt": (lambda x, y: x.lt(y), lambda a, b: a < b),
    "le": (lambda x, y: x.le(y), lambda a, b: a <= b),
    "gt": (lambda x, y: x.gt(y), lambda a, b: a > b),
    "ge": (lambda x, y: x.ge(y), lambda a, b: a >= b),
}


@pytest.mark.parametrize("name", sorted(BINOPS))
def test_binop(name):
    ours, theirs = BINOPS[name]
    for a, b in PAIRS + [(a, 0) for a in BOUNDARY[::5]] + [(a, a) for a in RANDOM[::4]]:
        same(lambda: ours(from_py(a), from_py(b)), lambda: theirs(a, b), what=name)


def test_operands_unchanged():
    # immutability: digit lists are shared, never mutated
    for a, b in PAIRS[:200]:
        x = from_py(a)
        y = from_py(b)
        for ours, theirs in BINOPS.values():
            outcome(ours, x, y)
        for op in (x.neg, x.abs, x.invert, lambda: x.lshift(33), lambda: x.rshift(33),
                   lambda: x.pow(from_py(3)), lambda: x.int_mul(-7), lambda: x.int_add(5)):
            outcome(op)
        assert to_py(x) == a and to_py(y) == b


def test_division_identities():
    for a, b in PAIRS:
        if b == 0:
            continue
        q, r = from_py(a).divmod(from_py(b))
        assert to_py(q.mul(from_py(b)).add(r)) == a
        assert to_py(r) == 0 or (to_py(r) > 0) == (b > 0)


def test_karatsuba_against_schoolbook():
    rng = random.Random(6)
    for i in range(30):
        na = rng.randrange(1, 400)
        nb = rng.randrange(1, 400)
        a = [rng.getrandbits(SHIFT) for _ in range(na)] + [rng.randrange(1, MASK + 1)]
        b = [rng.getrandbits(SHIFT) for _ in range(nb)] + [rng.randrange(1, MASK + 1)]
        assert mod._kmul(a, b) == mod._mul_school(a, b)
        assert mod._kmul(a, a) == mod._mul_school(a, a)


def test_unary():
    for v in VALUES:
        r = from_py(v)
        assert to_py(r.neg()) == -v
        assert to_py(r.abs()) == abs(v)
        assert to_py(r.pos()) == v
        assert to_py(r.invert()) == ~v


def test_gcd():
    for a, b in SMALL_PAIRS + [(0, 0), (0, -5), (-12, 18), (1 << 100, 1 << 60)]:
        same(lambda: from_py(a).gcd(from_py(b)), lambda: math.gcd(a, b), what="gcd")
    rng = random.Random(7)
    fibs = [0, 1]
    while len(fibs) < 2000:
        fibs.append(fibs[-1] + fibs[-2])
    cases = []
    for i in range(60):
        g = rng.getrandbits(rng.randrange(1, 400))
        cases.append((g * rng.getrandbits(2000), g * rng.getrandbits(1500)))
        n = rng.randrange(2, 1998)
        cases.append((fibs[n + 1], fibs[n]))            # Euclid's worst case
        a = rng.getrandbits(rng.randrange(62, 3000))
        cases.append((a, a + rng.randrange(-3, 4)))
        cases.append((MASK << (SHIFT * rng.randrange(1, 30)), (1 << (SHIFT * rng.randrange(1, 30))) - 1))
        cases.append((rng.getrandbits(rng.randrange(62, 300)), rng.getrandbits(rng.randrange(1, 64))))
    for a, b in cases:
        assert to_py(from_py(a).gcd(from_py(-b))) == math.gcd(a, b)
        assert to_py(from_py(-b).gcd(from_py(a))) == math.gcd(a, b)


# ---------------------------------------------------------------- shifts

SHIFT_COUNTS = [0, 1, 2, 29, 30, 31, 32, 33, 61, 62, 63, 64, 65, 93, 100, 1000, 10000, -1, -100]


def test_shifts():
    for v in VALUES[::2]:
        r = from_py(v)
        for n in SHIFT_COUNTS:
            same(lambda: r.lshift(n), lambda: v << n, what="lshift")
            same(lambda: r.rshift(n), lambda: v >> n, what="rshift")
            same(lambda: r.lshift_big(from_py(n)), lambda: v << n, what="lshift_big")
            same(lambda: r.rshift_big(from_py(n)), lambda: v >> n, what="rshift_big")


def test_huge_shifts_as_cpython():
    for v in [0, 1, -1, 5, -5, 1 << 100, -(1 << 100)]:
        r = from_py(v)
        for n in [1 << 63, (1 << 64) + 7, 1 << 70, 1 << 200, -(1 << 70)]:
            same(lambda: r.rshift_big(from_py(n)), lambda: v >> n, what="rshift_big")
            same(lambda: r.lshift_big(from_py(n)), lambda: v << n, what="lshift_big")
    # a machine-int count whose result cannot be allocated
    with pytest.raises(MemoryError):
        from_py(1).lshift(MAXINT)


# ---------------------------------------------------------------- powers

def test_pow():
    bases = [0, 1, -1, 2, -2, 3, -3, 7, 10, 1 << 31, -(1 << 31), (1 << 31) - 1, 1 << 62,
             12345678901234567890, -(3 ** 50), 1 << 200, -(1 << 201), 2 ** 600 - 1]
    exps = [0, 1, 2, 3, 5, 10, 31, 32, 63, 64, 100, 257]
    for b in bases:
        for e in exps:
            if abs(b) > 1 and e * abs(b).bit_length() > 80000:
                continue
            same(lambda: from_py(b).pow(from_py(e)), lambda: b ** e, what="pow")
            same(lambda: from_py(b).int_pow(e), lambda: b ** e, what="int_pow")
    for b in [0, 1, -1]:
        same(lambda: from_py(b).pow(from_py(1 << 100)), lambda: pow(b, 1 << 100), what="pow")
        same(lambda: from_py(b).pow(from_py((1 << 100) + 1)), lambda: pow(b, (1 << 100) + 1))
    with pytest.raises(ValueError):
        from_py(2).pow(from_py(-1))
    with pytest.raises(MemoryError):
        from_py(3).pow(from_py(1 << 80))


def test_pow_mod():
    rng = random.Random(8)
    cases = []
    moduli = [1, -1, 2, -2, 3, 7, -7, 10 ** 9 + 7, (1 << 31) - 1, 1 << 31, (1 << 61) - 1,
              1 << 64, -(1 << 64) - 1, 2 ** 127 - 1, 10 ** 50, 3 ** 200]
    for m in moduli:
        for i in range(25):
            b = rng.choice([0, 1, -1, 2, rng.getrandbits(40), -rng.getrandbits(300),
                            rng.getrandbits(700), m, -m, m + 1])
            e = rng.choice([0, 1, 2, -1, -2, -3, rng.getrandbits(20), rng.getrandbits(200),
                            -rng.getrandbits(100)])
            cases.append((b, e, m))
    cases += [(3, 2, 0), (3, -1, 0), (0, -1, 1), (3, -1, 1), (2, -1, 4), (6, -2, 9),
              (0, 0, 1), (5, 0, 1), (5, 0, -1), (0, 0, 7), (0, -1, 7)]
    for b, e, m in cases:
        same(lambda: from_py(b).pow(from_py(e), from_py(m)), lambda: pow(b, e, m),
             what="pow_mod")


# ---------------------------------------------------------------- machine-int fast paths

INT_ARGS = [0, 1, -1, 2, -2, 7, -7, 97, MASK, -MASK, MASK + 1, -(MASK + 1), 1 << 40,
            MAXINT, MININT, MAXINT - 1, MININT + 1]

INT_OPS = {
    "int_add": (lambda x, n: x.int_add(n), lambda a, n: a + n),
    "int_sub": (lambda x, n: x.int_sub(n), lambda a, n: a - n),
    "int_mul": (lambda x, n: x.int_mul(n), lambda a, n: a * n),
    "int_floordiv": (lambda x, n: x.int_floordiv(n), lambda a, n: a // n),
    "int_mod": (lambda x, n: x.int_mod(n), lambda a, n: a % n),
    "int_and_": (lambda x, n: x.int_and_(n), lambda a, n: a & n),
    "int_or_": (lambda x, n: x.int_or_(n), lambda a, n: a | n),
    "int_xor": (lambda x, n: x.int_xor(n), lambda a, n: a ^ n),
    "int_compare": (lambda x, n: x.int_compare(n), lambda a, n: (a > n) - (a < n)),
    "int_eq": (lambda x, n: x.int_eq(n), lambda a, n: a == n),
    "int_ne": (lambda x, n: x.int_ne(n), lambda a, n: a != n),
    "int_lt": (lambda x, n: x.int_lt(n), lambda a, n: a < n),
    "int_le": (lambda x, n: x.int_le(n), lambda a, n: a <= n),
    "int_gt": (lambda x, n: x.int_gt(n), lambda a, n: a > n),
    "int_ge": (lambda x, n: x.int_ge(n), lambda a, n: a >= n),
}


@pytest.mark.parametrize("name", sorted(INT_OPS))
def test_int_ops(name):
    ours, theirs = INT_OPS[name]
    for v in BOUNDARY + RANDOM[::3] + [MAXINT, MININT]:
        for n in INT_ARGS:
            same(lambda: ours(from_py(v), n), lambda: theirs(v, n), what=name)


# ---------------------------------------------------------------- bytes

def test_to_bytes_from_bytes():
    rng = random.Random(9)
    cases = []
    for v in VALUES[::2]:
        nbytes = (v.bit_length() + 8) // 8
        for length in {0, 1, max(nbytes - 1, 0), nbytes, nbytes + 1, nbytes + 5}:
            cases.append((v, length))
    for i in range(200):
        length = rng.randrange(0, 20)
        v = rng.randrange(-(1 << (8 * length + 2)), 1 << (8 * length + 2))
        cases.append((v, length))
    cases += [(-1, 0), (0, 0), (-128, 1), (-129, 1), (127, 1), (128, 1), (255, 1), (256, 1),
              (-(1 << 63), 8), (1 << 63, 8), (5, -1)]
    for v, length in cases:
        r = from_py(v)
        for order in ("big", "little", "middle"):
            for signed in (False, True):
                same(lambda: r.to_bytes(length, order, signed),
                     lambda: v.to_bytes(length, order, signed=signed), what="to_bytes")
    for i in range(300):
        data = bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 40)))
        if rng.random() < 0.2:
            data = b"\xff" * rng.randrange(0, 10) + data
        for order in ("big", "little", "neither"):
            for signed in (False, True):
                same(lambda: rbigint.from_bytes(data, order, signed),
                     lambda: int.from_bytes(data, order, signed=signed), what="from_bytes")


# ---------------------------------------------------------------- parsing

def check_parse(s: str, base: int) -> None:
    same(lambda: rbigint.from_str(s, base), lambda: int(s, base), what="from_str %r %d" % (s, base))


VALID_TEXTS = ["0", "-0", "+0", "00", "0_0", "007", "1", "-1", "+1", " 42 ", "\t-7\n",
               "1_000", "0x1f", "0X1F", "0o17", "0O17", "0b101", "0B101", "0x_1f", "0b_1",
               "-0x1f", "+0o7", "zz", "ZZ", "Zz", "deadbeef", "DEADBEEF", "1" * 400,
               "9" * 100, "\u0663\u0661", "\uff11\uff12", "\U0001d7ce\U0001d7d9",
               "\u3000 12\u2028", "\x85-1\xa0", "\u00a0+0x10\u2003", "1_2_3_4"]
INVALID_TEXTS = ["", " ", "-", "+", "_", "_1", "1_", "1__2", "0x", "0x_", "0x__1", "0b",
                 "0o", "- 1", "+-1", "--1", "1 2", "1\x00", "\x001", "12a", "0b2", "0o8",
                 "0xg", "010", "0_7", "00_1", "1e5", "1.0", "\x1c1", "1\x1f", "\x7f1", "\u0663x",
                 "\u2460", "\u00b2", "\U0001F600", "x" * 300, "'\"\\", "\ud800",
                 "1" * 250 + "x", "\u3000", "0_", "0x1_", "١__٢", "𝟎_𝟏"]


def test_from_str_all_bases():
    for s in VALID_TEXTS + INVALID_TEXTS:
        for base in [0, 2, 3, 8, 10, 16, 36]:
            check_parse(s, base)
    for base in [-1, 1, 37, 100]:
        check_parse("1", base)


def test_from_str_values_every_base():
    rng = random.Random(10)
    for v in VALUES[::4]:
        for base in range(2, 37):
            text = from_py(v).to_base(base)
            check_parse(text, base)
            if rng.random() < 0.2:
                check_parse(text.upper(), base)
    for v in VALUES[::4]:
        for text in [hex(v), oct(v), bin(v), str(v)]:
            check_parse(text, 0)
            check_parse(" %s " % text, 0)


def test_from_str_bytes():
    texts = [t.encode("utf-8") for t in VALID_TEXTS + INVALID_TEXTS if "\ud800" not in t]
    texts += [b"\xff1", b"1\x80", b"\xa01", b"12\x00", b"x" * 300, b"0x_ff", b" -0b1 ", b"'"]
    for b in texts:
        for base in [0, 2, 10, 16, 36]:
            same(lambda: rbigint.from_str_bytes(b, base), lambda: int(b, base),
                 what="from_str_bytes %r" % (b,))
    same(lambda: rbigint.from_str_bytes(b"1", 1), lambda: int(b"1", 1))


def test_from_str_fuzz():
    rng = random.Random(11)
    alphabet = "0123456789abfxobXOBz_ _+-\t\n\u3000\u0663\uff15\x00."
    for i in range(6000):
        n = rng.randrange(0, 9)
        s = "".join(rng.choice(alphabet) for _ in range(n))
        base = rng.choice([0, 0, 0, 2, 8, 10, 10, 16, 36, 3, 7])
        check_parse(s, base)


def test_from_str_digit_limit():
    old = sys.get_int_max_str_digits()
    try:
        for limit in [640, 4300]:
            sys.set_int_max_str_digits(limit)
            for text in ["1" * limit, "1" * (limit + 1), "-" + "1" * (limit + 5),
                         "1_" * (limit + 1) + "1", "1" * (limit + 1) + "x",
                         "0" * (limit + 10), "f" * (limit * 2)]:
                for base in (0, 10, 16, 7):
                    same(lambda: rbigint.from_str(text, base, limit), lambda: int(text, base),
                         what="limit")
            for v in [10 ** limit - 1, 10 ** limit, -(10 ** limit), 10 ** (limit + 200),
                      1 << (4 * limit)]:
                same(lambda: from_py(v).str(limit), lambda: str(v), what="str limit")
    finally:
        sys.set_int_max_str_digits(old)


def test_unicode_tables_match_unicodedata():
    expected = {}
    for c in range(127, sys.maxunicode + 1):
        ch = chr(c)
        if ch.isspace():
            expected[c] = 32
        else:
            d = unicodedata.decimal(ch, None)
            if d is not None:
                expected[c] = 48 + d
    assert mod._UNICODE_TO_ASCII == expected


def test_long_conversions_cross_check():
    rng = random.Random(12)
    for nbits in [3000, 33219, 100000]:
        v = rng.getrandbits(nbits) * rng.choice([1, -1])
        r = from_py(v)
        s = r.str()
        assert s == str(v)
        assert to_py(rbigint.from_str(s, 10)) == v
        assert r.hex() == hex(v)
        assert to_py(rbigint.from_str(r.hex(), 16)) == v


# ---------------------------------------------------------------- the translated program's checks

def test_program_random_checks_match_cpython(capsys):
    """tests/rpy/programs/bigint_arith.py prints `chk` lines; test_programs
    compares its translated output with the untranslated one, and this test
    checks the untranslated lines against CPython: together, the translated
    library agrees with CPython on those values."""
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parent / "programs" / "bigint_arith.py"
    spec = importlib.util.spec_from_file_location("bigint_arith_program", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    capsys.readouterr()
    module.random_checks()
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 150
    for line in lines:
        f = line.split()
        assert f[0] == "chk"
        a = int(f[1], 16)
        b = int(f[2], 16)
        k = int(f[3])
        expected = ["chk", f[1], f[2], f[3], hash(a + b), hash(a - b), hash(a * b),
                    (a > b) - (a < b), hash(a & b), hash(a | b), hash(a ^ b), hash(a << k),
                    hash(a >> k), hash(math.gcd(a, b)), str(a)]
        if b == 0:
            expected.append("zero")
        else:
            expected += [hash(a // b), hash(a % b)]
            try:
                expected.append(repr(a / b))
            except OverflowError:
                expected.append("overflow")
            if abs(b) != 1:
                expected.append(hash(pow(a, k, b)))
        try:
            expected.append(repr(float(a)))
        except OverflowError:
            expected.append("overflow")
        assert f == [str(x) for x in expected], line[:200]
