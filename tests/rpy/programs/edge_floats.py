"""Float edge cases: // and % where naive formulas fail (7.0 // 0.1,
-1e-300 % 1.0), signed zeros, infinities and nan in arithmetic and
comparisons, denormals, float(int) and int(float) at the limits, ** special
cases (0.0 ** -1.0 raising ZeroDivisionError), float keys 0.0 and -0.0 being
the same dict key, % formatting of tiny and huge values."""
from rpy.rlib.rarithmetic import MAXINT


def entry_point(argv: list[str]) -> int:
    print(7.0 // 0.1, 7.0 % 0.1, -7.0 // 0.1, -7.0 % 0.1)
    print(-1e-300 % 1.0, -1e-300 // 1.0, 1e-300 % -1.0, 1e-300 // -1.0)
    print(-0.0 % 5.0, 0.0 % -5.0, -0.0 // 5.0, 5.0 % -2.5, -5.0 % 2.5)
    inf = float("inf")
    nan = float("nan")
    print(5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf, inf * 0.0, inf - inf, -inf * -1.0)
    print(nan == nan, nan != nan, nan < inf, nan > -inf, inf == inf, -inf < inf, max(1.0, 2.0))
    print(0.0 == -0.0, 1.0 / inf, -1.0 / inf, 1e308 * 10.0 == inf, -1e308 * 10.0 == -inf)
    print(2.0 ** -1074, 2.0 ** -1075, 1e-310, 5e-324 / 2.0, 4.9e-324, 2.2250738585072014e-308)
    print(float(MAXINT), float(-MAXINT - 1), float(1 << 53), float((1 << 53) + 1), float(123456789012345678))
    print(int(9.2e18), int(-9.2e18), int(2.0 ** 62), int(1e15 + 0.5), int(-1e15 - 0.5))
    print(0.0 ** 0.0, 2.0 ** 0.5, (-2.0) ** 2.0, (-2.0) ** -1.0, 1.0 ** inf, inf ** 0.0, 4.0 ** 0.5)
    for base, exp in [(0.0, -1.0), (0.0, -2.5)]:
        try:
            print(base ** exp)
        except ZeroDivisionError:
            print("ZeroDivisionError for", base, "**", exp)
    d = {0.0: "zero", 1.5: "one and a half"}
    d[-0.0] = "negative zero replaces"
    print(len(d), d[0.0], d[1.5], 2.5 - 1.0 in d)
    print("%.3e|%.0e|%#.0e|%g|%#g|%.1g|%10.4g|%-10.2g|" % (1e-310, 12345.0, 3.0, 1e-310, 1.0, 0.05, 3.14159, 1e22))
    print("%f|%.1f|%.0f|%.0f|%.0f|%.20f" % (1e22, 1e300 * 1e10, 0.5, 1.5, 2.5, 0.1))
    print(repr(1e16), repr(9999999999999998.0), repr(1e-4), repr(0.001), repr(123e-20), repr(-1.5e-7))
    print(str(1.0e23), repr(1.7976931348623157e308 * 1.0000001), repr(float("1e-400")), repr(float("-1e-400")))
    print(0.1 * 3.0, 0.1 + 0.1 + 0.1 == 0.3, 1.0 - 0.9, 100.0 * 1.1, 3.0 * 1.1)
    print(abs(-0.0), abs(-inf), min(-0.0, 0.0), max(0.0, -0.0))
    return 0
