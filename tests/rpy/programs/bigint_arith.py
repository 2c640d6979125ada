"""rpy.rlib.rbigint translated: factorials, Fibonacci(1000), powers (also
modular, with inverses), divmod with floor semantics, Karatsuba-sized
products checked by division, bitwise ops on negatives, shifts, hashes,
float conversions (correct rounding, true division), bytes, text in bases
2/8/10/16/36, int() parsing and its errors, machine-int fast paths."""
from __future__ import annotations

from rpy.rlib.rbigint import rbigint, ONE, ZERO
from rpy.rlib.rarithmetic import MAXINT, MININT, intmask, r_uint

# module-level (load time) values may exceed a machine word
BIG_TEXT = str(3 ** 300 - 7 ** 150)
SAMPLES = ["0", "1", "-1", "2147483647", "2147483648", "-2147483648",
           "4611686018427387904", str(2 ** 63 - 1), str(-2 ** 63), str(2 ** 63),
           str(2 ** 64), str(-2 ** 64 + 1), str(2 ** 93 - 1), str(10 ** 40 + 3),
           str(-(10 ** 55) - 17), BIG_TEXT, "-" + BIG_TEXT]
FLOAT_TEXTS = [str(2 ** 53 + 1), str(2 ** 53 + 3), str(2 ** 54 + 2), str(2 ** 54 + 6),
               str(2 ** 64 - 1), str(2 ** 1024 - 2 ** 970), str(2 ** 1024 - 2 ** 970 - 1),
               str(2 ** 1024 - 2 ** 971), str(-(2 ** 80) - 2 ** 27)]
MERSENNE_127 = str(2 ** 127 - 1)
RANDOM_SIZES = [1, 8, 31, 32, 62, 63, 64, 65, 100, 300, 1000, 2200, 2600]
BAD_LITERALS = ["", " ", "12a", "1__0", "_1", "1_", "0x", "- 1", "010", "0b2",
                "١٢x", "\u3000", "x" * 250]


def big(s: str) -> rbigint:
    return rbigint.from_str(s, 10)


def factorial(n: int) -> rbigint:
    r = ONE
    for i in range(2, n + 1):
        r = r.int_mul(i)
    return r


def fibonacci(n: int) -> rbigint:
    a = ZERO
    b = ONE
    for i in range(n):
        t = a.add(b)
        a = b
        b = t
    return a


def digit_sum(x: rbigint) -> int:
    total = 0
    for c in x.str():
        if c != '-':
            total += ord(c) - 48
    return total


def show_divmod(a: rbigint, b: rbigint) -> None:
    q, r = a.divmod(b)
    ok = q.mul(b).add(r).eq(a)
    print("divmod", a.str()[:20], b.str()[:20], "->", q.str()[:30], r.str()[:30], ok,
          q.eq(a.floordiv(b)), r.eq(a.mod(b)))


def check_parse(s: str, base: int) -> None:
    try:
        x = rbigint.from_str(s, base)
        print("int(%r, %d) = %s" % (s, base, x.str()))
    except ValueError as e:
        print("ValueError:", str(e))


class Rng:
    state: r_uint

    def __init__(self, seed: int) -> None:
        self.state = r_uint(seed)

    def next(self) -> int:
        """xorshift64: 63 random bits."""
        x = self.state
        x = x ^ (x << 13)
        x = x ^ (x >> 7)
        x = x ^ (x << 17)
        self.state = x
        return intmask(x >> 1)

    def below(self, n: int) -> int:
        return self.next() % n


def random_big(rng: Rng) -> rbigint:
    bits = RANDOM_SIZES[rng.below(len(RANDOM_SIZES))]
    chars: list[str] = []
    for i in range((bits + 3) // 4):
        chars.append("0123456789abcdef"[rng.below(16)])
    x = rbigint.from_str("".join(chars), 16)
    if rng.below(4) == 0:
        x = x.lshift(rng.below(40))
    return x.neg() if rng.below(2) == 0 else x


def random_checks() -> None:
    """Lines `chk ...` that tests/rpy/test_rbigint.py verifies against
    CPython (hashes of results stand for the values)."""
    rng = Rng(20240611)
    for n in range(150):
        a = random_big(rng)
        b = random_big(rng)
        k = rng.below(100)
        parts = ["chk", a.hex(), b.hex(), "%d" % k, "%d" % a.add(b).hash(), "%d" % a.sub(b).hash(),
                 "%d" % a.mul(b).hash(), "%d" % a.compare(b), "%d" % a.and_(b).hash(),
                 "%d" % a.or_(b).hash(), "%d" % a.xor(b).hash(), "%d" % a.lshift(k).hash(),
                 "%d" % a.rshift(k).hash(), "%d" % a.gcd(b).hash(), a.str()]
        if b.is_zero():
            parts.append("zero")
        else:
            q, r = a.divmod(b)
            parts.append("%d" % q.hash())
            parts.append("%d" % r.hash())
            try:
                parts.append(repr(a.truediv(b)))
            except OverflowError:
                parts.append("overflow")
            m = b.abs()
            if not m.int_eq(1):
                parts.append("%d" % a.pow(rbigint.from_int(k), b).hash())
        try:
            parts.append(repr(a.tofloat()))
        except OverflowError:
            parts.append("overflow")
        print(" ".join(parts))


def entry_point(argv: list[str]) -> int:
    f1000 = factorial(1000)
    s = f1000.str()
    print("1000! has", len(s), "digits, digit sum", digit_sum(f1000), "starts", s[:30],
          "ends", s[len(s) - 30:])
    print("1000! bits", f1000.bit_length(), f1000.bit_count(), "hash", f1000.hash(), "hex tail", f1000.hex()[-16:])
    f2000 = factorial(2000)
    q, r = f2000.divmod(f1000)
    print("2000!/1000! digits", len(q.str()), "rem zero", r.is_zero())
    fib = fibonacci(1000)
    print("fib(1000) =", fib.str())
    print("fib(1000) hash", fib.hash(), "float", fib.tofloat())
    # Karatsuba-sized products, checked by exact division
    a = rbigint.from_int(3).int_pow(20000)
    b = rbigint.from_int(7).int_pow(12000).int_add(12345)
    p = a.mul(b)
    q2, r2 = p.divmod(b)
    print("karatsuba", p.bit_length(), q2.eq(a), r2.is_zero(), p.hash())
    sq = f1000.mul(f1000)
    print("square", sq.bit_length(), sq.floordiv(f1000).eq(f1000), sq.mod(f1000).is_zero())
    lop = a.mul(f1000)
    print("lopsided", lop.bit_length(), lop.floordiv(f1000).eq(a))
    # powers
    print("2**200 =", rbigint.from_int(2).int_pow(200).str(), rbigint.from_int(-2).int_pow(63).str())
    print("7**77 =", rbigint.from_int(7).pow(rbigint.from_int(77)).str())
    print("(-3)**101 =", rbigint.from_int(-3).int_pow(101).str())
    print("pow(3, 10**20, 10**9+7) =", rbigint.from_int(3).pow(big("100000000000000000000"),
                                                               rbigint.from_int(1000000007)).str())
    m = big(MERSENNE_127)
    inv = rbigint.from_int(12345).pow(rbigint.from_int(-1), m)
    print("inverse", inv.str(), inv.int_mul(12345).mod(m).str())
    print("pow(2, 5, -7) =", rbigint.from_int(2).pow(rbigint.from_int(5), rbigint.from_int(-7)).str())
    try:
        rbigint.from_int(2).pow(rbigint.from_int(-1), rbigint.from_int(4))
    except ValueError as e:
        print("ValueError:", str(e))
    try:
        rbigint.from_int(2).pow(rbigint.from_int(3), ZERO)
    except ValueError as e:
        print("ValueError:", str(e))
    # the samples: every operation on pairs
    vals = [big(t) for t in SAMPLES]
    for x in vals:
        print(x.str(), x.repr() == x.str(), x.hash(), x.bit_length(), x.fits_int(), x.hex(),
              x.oct()[:12], x.to_base(36), x.tofloat())
        if x.fits_int():
            print("  toint", x.toint(), rbigint.from_int(x.toint()).eq(x))
        print("  neg", x.neg().str(), "abs", x.abs().str(), "invert", x.invert().str())
        print("  <<100", x.lshift(100).str(), ">>3", x.rshift(3).str(), ">>70", x.rshift(70).str())
        print("  bin", x.bin()[:40])
    n = len(vals)
    for i in range(n):
        for j in range(n):
            x = vals[i]
            y = vals[(j * 7 + i) % n]
            print("pair", i, j, x.add(y).str()[:25], x.sub(y).str()[:25], x.mul(y).hash(),
                  x.compare(y), x.lt(y), x.le(y), x.eq(y), x.ne(y), x.gt(y), x.ge(y),
                  x.and_(y).hash(), x.or_(y).hash(), x.xor(y).hash())
            if not y.is_zero():
                qq, rr = x.divmod(y)
                print("  divmod", qq.str()[:25], rr.str()[:25], x.truediv(y))
            else:
                try:
                    x.floordiv(y)
                except ZeroDivisionError as e:
                    print("  ZeroDivisionError:", str(e))
                try:
                    x.mod(y)
                except ZeroDivisionError as e:
                    print("  ZeroDivisionError:", str(e))
                try:
                    x.truediv(y)
                except ZeroDivisionError as e:
                    print("  ZeroDivisionError:", str(e))
    show_divmod(f1000, fib)
    show_divmod(f1000.neg(), fib)
    show_divmod(f1000, fib.neg())
    show_divmod(fib.neg(), rbigint.from_int(-7))
    # floats: rounding ties, overflow, true division
    for t in FLOAT_TEXTS:
        x = big(t)
        try:
            print("float", t[:20], x.tofloat())
        except OverflowError as e:
            print("float", t[:20], "OverflowError:", str(e))
    for fv in [0.0, -0.5, 1.5, 1e18, -9.3e18, 1e19, 2.0 ** 70, -1.7976931348623157e308, 5e-324]:
        print("from_float", fv, rbigint.from_float(fv).str())
    try:
        rbigint.from_float(1e308 * 10.0)
    except OverflowError as e:
        print("OverflowError:", str(e))
    print("truediv", rbigint.from_int(1).truediv(rbigint.from_int(3)),
          f1000.truediv(f1000.rshift(1000).int_add(1)), fib.truediv(f1000),
          f1000.truediv(f1000.int_add(1)), ONE.truediv(f1000.mul(f1000)),
          ZERO.truediv(rbigint.from_int(-5)), rbigint.from_int(-1).truediv(f1000.mul(f1000)))
    try:
        f1000.mul(f1000).truediv(ONE)
    except OverflowError as e:
        print("OverflowError:", str(e))
    # conversions
    try:
        f1000.toint()
    except OverflowError as e:
        print("OverflowError:", str(e))
    print("uint", rbigint.from_uint(r_uint(MAXINT) + r_uint(MAXINT)).str(),
          rbigint.from_int(MININT).str(), rbigint.from_int(MAXINT).int_add(1).str())
    bts = f1000.to_bytes(1100, "big", False)
    print("bytes", len(bts), rbigint.from_bytes(bts, "big", False).eq(f1000))
    print("bytes signed", rbigint.from_int(-129).to_bytes(2, "little", True),
          rbigint.from_bytes(b"\xff\x7f", "little", True).str(),
          rbigint.from_bytes(b"\x80\x00", "big", True).str())
    try:
        rbigint.from_int(128).to_bytes(1, "big", True)
    except OverflowError as e:
        print("OverflowError:", str(e))
    # parsing
    for t in ["0x_ff", " -0b101 ", "0o777", "1_000_000", "  42\n", "0_0", "00",
              "٣١", "\u3000-12\u3000"]:
        check_parse(t, 0)
    check_parse("zz", 36)
    check_parse("Ff", 16)
    for t in BAD_LITERALS:
        check_parse(t, 0)
        check_parse(t, 10)
    try:
        rbigint.from_str("1", 37)
    except ValueError as e:
        print("ValueError:", str(e))
    lit = rbigint.from_decimal_digits("123_456_789_012_345_678_901_234_567_890")
    print("literal", lit.str(), lit.hash())
    print("round trip", big(f1000.str()).eq(f1000), rbigint.from_str(f1000.hex(), 16).eq(f1000),
          rbigint.from_str(fib.to_base(7), 7).eq(fib))
    # shifts and bit tricks
    x = rbigint.from_int(-12345)
    print("shifts", x.lshift(200).rshift(190).str(), x.rshift(1000).str(),
          ONE.lshift(1000).int_sub(1).bit_length())
    try:
        x.lshift(-1)
    except ValueError as e:
        print("ValueError:", str(e))
    huge = ONE.lshift(70)
    print("big shifts", x.rshift_big(huge).str(), ONE.rshift_big(huge).str(),
          ZERO.lshift_big(huge).str(), x.lshift_big(rbigint.from_int(65)).str())
    try:
        ONE.lshift_big(huge)
    except OverflowError as e:
        print("OverflowError:", str(e))
    print("words", rbigint.from_int(-1).uintmask() == r_uint(0) - r_uint(1),
          f1000.uintmask() == r_uint(0), rbigint.from_uint(r_uint(12345)).touint() == r_uint(12345),
          rbigint.from_bool(True).str(), x.tobool(), ZERO.tobool(), x.int_and_(255).str(),
          x.int_or_(-256).str(), x.int_xor(MAXINT).str())
    try:
        rbigint.from_int(-5).touint()
    except OverflowError as e:
        print("OverflowError:", str(e))
    print("gcd", f1000.gcd(fib).str(), f1000.gcd(f2000).eq(f1000),
          rbigint.from_int(-12).gcd(rbigint.from_int(18)).str())
    print("int ops", f1000.int_mod(97).str(), f1000.int_mod(-97).str(), fib.int_floordiv(-3).str()[:20],
          fib.int_eq(5), ZERO.int_eq(0), fib.int_gt(MAXINT), rbigint.from_int(MININT).int_lt(0))
    print("bytes text", rbigint.from_str_bytes(b" 0x1F ", 0).str())
    try:
        rbigint.from_str_bytes(b"12\xff'", 10)
    except ValueError as e:
        print("ValueError:", str(e))
    random_checks()
    print("limit", len(rbigint.from_int(10).int_pow(5000).str()))
    try:
        rbigint.from_int(10).int_pow(5000).str(4300)
    except ValueError as e:
        print("ValueError:", str(e))
    return 0
