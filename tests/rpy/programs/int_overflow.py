"""Machine-word integers: ovfcheck raising OverflowError (caught) for +, -, *,
<< and unary -, intmask wrapping on purpose, MAXINT/MININT, a wrapping hash."""
from rpy.rlib.rarithmetic import ovfcheck, intmask, MAXINT, MININT


def checked_add(a: int, b: int) -> int:
    try:
        return ovfcheck(a + b)
    except OverflowError:
        print("overflow in", a, "+", b)
        return 0


def checked_mul(a: int, b: int) -> int:
    try:
        r = ovfcheck(a * b)
    except OverflowError:
        print("overflow in", a, "*", b)
        return -1
    return r


def checked_sub(a: int, b: int) -> int:
    try:
        return ovfcheck(a - b)
    except OverflowError:
        print("overflow in", a, "-", b)
        return 0


def checked_neg(a: int) -> int:
    try:
        return ovfcheck(-a)
    except OverflowError:
        print("overflow in -", a)
        return 0


def checked_lshift(a: int, n: int) -> int:
    try:
        return ovfcheck(a << n)
    except OverflowError:
        print("overflow in", a, "<<", n)
        return 0


def checked_factorial(n: int) -> int:
    result = 1
    for i in range(2, n + 1):
        result = ovfcheck(result * i)
    return result


def djb2(s: str) -> int:
    h = 5381
    for ch in s:
        h = intmask(h * 33 + ord(ch))
    return h


# computed at load time: becomes a prebuilt (already wrapped) constant
FNV_OFFSET = intmask(0xcbf29ce484222325)
ALL_ONES = intmask(0xFFFFFFFFFFFFFFFF)


def fnv1a(s: str) -> int:
    h = FNV_OFFSET
    for ch in s:
        h = h ^ ord(ch)
        h = intmask(h * 0x100000001b3)
    return h


def entry_point(argv: list[str]) -> int:
    print("MAXINT", MAXINT, "MININT", MININT)
    print(checked_add(1, 2), checked_add(MAXINT, 0), checked_add(MAXINT, 1))
    print(checked_add(MININT, -1), checked_add(MININT, MAXINT))
    print(checked_sub(MININT, 1), checked_sub(0, MAXINT), checked_sub(-2, MAXINT))
    print(checked_mul(3037000499, 3037000499), checked_mul(3037000500, 3037000500))
    print(checked_mul(-1, MININT), checked_mul(MININT, 1))
    print(checked_neg(MAXINT), checked_neg(MININT))
    print(checked_lshift(1, 62), checked_lshift(1, 63), checked_lshift(3, 62))
    n = 2
    while True:
        try:
            f = checked_factorial(n)
        except OverflowError:
            print("factorial overflows at", n)
            break
        n += 1
    three = 3
    print("intmask:", intmask(MAXINT + 1), intmask(MININT - 1), intmask(three << 63), intmask(MAXINT + MAXINT))
    print("intmask small:", intmask(12345), intmask(-12345), ALL_ONES)
    f1 = 0x123456789
    f2 = 0x987654321
    print("wrapped mul:", intmask(MAXINT * 3), intmask(f1 * f2))
    for word in ["", "a", "hello", "Ouroboros", "the quick brown fox jumps over the lazy dog"]:
        print("hash(%s) = %d %d" % (word, djb2(word), fnv1a(word)))
    return 0
