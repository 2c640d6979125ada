"""Integer edge cases that are valid RPy (every value fits in a signed word):
MININT with // and % (also by -1), shifts by 64 or more, %d/%x/%o of MININT
and negatives, abs/min/max at the limits, int() of unusual strings, int(f)
near the limits, comparisons across the sign boundary, ovfcheck on the
limits."""
from rpy.rlib.rarithmetic import MAXINT, MININT, ovfcheck, intmask


def entry_point(argv: list[str]) -> int:
    m = MININT
    x = MAXINT
    print(m, x, m + x, -(m + 1), abs(m + 1), x // -1)
    print(m // 1, m % 1, m % -1, m // 2, m % 3, m % -3, m // 7, m % 7, m // -7, m % -7)
    print(x // 2, x % 2, x // -2, x % -2, x // x, m // m, m // x, m % x, x % m)
    print(5 >> 64, -5 >> 64, 5 >> 100, -5 >> 1000, 0 << 100, m >> 63, x >> 62, m >> 1)
    sh = 70
    print(1 >> sh, -1 >> sh, 12345 >> 63, -12345 >> 63)
    print("%d %x %o %X" % (m, x, x, m + 1))
    print("%x %x %#x %o" % (-1, -255, -255, -8))
    print("%20d|%-20d|%+d" % (m, x, x))
    print(min(m, x), max(m, x), m < x, m < 0 < x, -x > m, m + 1 > m)
    for s in ["-0", "+0", "0000", "-9223372036854775808", "9223372036854775807", " \t42\n", "1_2_3", "00_7"]:
        print(repr(s), int(s))
    for s in ["1__2", "_1", "1_", "0x10", "1e3", "١٢", "- 1"]:
        try:
            v = int(s)
            print(repr(s), "->", v)
        except ValueError:
            print(repr(s), "ValueError")
    print(int(9.2e18), int(-9.2e18), int(-0.9), int(0.9999999999999999), int(1e-300))
    print(float(x), float(m), float(x) == float(m) * -1.0, float(1 << 53) + 1.0)
    for a, b in [(x, 1), (m, -1), (m, 1), (x, -1), (1 << 62, 2), (-(1 << 62), 2), (3037000499, 3037000499)]:
        try:
            print("mul", ovfcheck(a * b))
        except OverflowError:
            print("mul overflow")
    for a, b in [(x, 0), (x, 1), (m, 0), (m, -1), (m + 1, -1)]:
        try:
            print("add", ovfcheck(a + b), "sub", ovfcheck(a - b))
        except OverflowError:
            print("add/sub overflow")
    print(intmask(x * 2), intmask(m * 2), intmask(x * x), intmask(m - x))
    total = 0
    for i in range(64):
        total ^= intmask(1 << i)
    print("all bits:", total)
    return 0
