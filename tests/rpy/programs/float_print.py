"""Printing floats: repr/str shortest round-trip, exponents, -0.0, inf, nan,
and float values in print, str(), repr(), % formatting and f-strings."""

VALUES = [0.0, -0.0, 0.1, 0.2, 0.5, 1.0, 2.5, -2.5, 10.0, 100.0, 1e15, 1e16, 1e17, 1e22,
          1e-4, 1e-5, 1e-7, 123456789.0, 1234567890123456789.0, 3.141592653589793,
          2.718281828459045, 1e300, 5e-324, 1.7976931348623157e308, 0.30000000000000004,
          123.456, -0.001, 4.35, 1.5e-10, 65536.0]


def entry_point(argv: list[str]) -> int:
    for v in VALUES:
        print(v, str(v), repr(v))
    print(1 / 3, 2 / 3, 10 / 3, -1 / 3)
    print(0.1 + 0.2, 1.1 * 1.1, 1e16 + 1.0, 2.0 ** 0.5)
    inf = float("inf")
    nan = float("nan")
    print(inf, -inf, nan, str(inf), repr(-inf), str(nan))
    print(float("-inf"), float("infinity"), float("-nan"), float("1e500"))
    print(-0.0, 0.0 * -1.0, -0.0 + 0.0)
    for v in [0.1, 2.5, -2.5, 1e-5, 1e16, 3.14159, 2.675, 0.0, -0.0, 12345.6789]:
        print("%f|%.2f|%10.3f|%-10.1f|%+.0f|%e|%.3e|%g|%.3g|%G" % (v, v, v, v, v, v, v, v, v, v))
    print("%f %e %g" % (inf, -inf, nan))
    print("%08.3f %+08.2f % .2f" % (3.14159, 2.5, 1.0))
    for v in [1e-5, 0.0001, 123456.0, 1234567.0, 1e100, 0.5]:
        print("%g" % v, "%.10g" % v)
    x = 1 / 3
    print(f"{x}", f"{x:.3f}", f"{x:.1e}", f"{x:10.4f}|", f"{x:<10.2f}|", f"{2.5:g}", f"{-0.0}")
    print(str(1e16) + "!", "value=" + repr(0.1), "[" + str(-2.5) + "]")
    return 0
