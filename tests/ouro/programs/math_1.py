"""math: the libm-backed functions on ordinary, special and boundary
values (results printed with repr: bit-exact agreement with CPython)."""
import math

inf = math.inf
nan = math.nan


def show(name, *args):
    f = getattr(math, name)
    try:
        r = f(*args)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, args, "->", type(e).__name__, e)
    else:
        print(name, args, "->", repr(r))


VALUES = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.5, -7.25, 1e-300, 1e300, 710.0, -710.0,
          1e-20, 0.1, 100.0, inf, -inf, nan, 3, -2, True]

for name in ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos",
             "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
             "erf", "erfc", "gamma", "lgamma", "fabs", "cbrt", "degrees", "radians", "isfinite",
             "isinf", "isnan", "frexp", "modf", "ulp"]:
    for v in VALUES:
        show(name, v)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi), math.isnan(math.nan))

for x, y in [(1.0, 2.0), (-1.0, 2.0), (0.0, -0.0), (-0.0, -0.0), (inf, 1.0), (1.0, inf),
             (-inf, -inf), (nan, 1.0), (3.0, -4.0), (1e308, 1e-308), (5, 3), (-5.5, 2.0)]:
    for name in ["atan2", "copysign", "fmod", "remainder", "pow", "hypot", "nextafter"]:
        show(name, x, y)

for x, e in [(1.0, 10), (1.5, -3), (1.0, 1024), (1.0, -1075), (0.0, 5000), (-2.0, 2000),
             (inf, -3), (1.0, 10 ** 30), (1.0, -10 ** 30), (3.0, True)]:
    show("ldexp", x, e)

# gamma and lgamma: CPython's own Lanczos implementation
for v in [0.25, 1.5, 2.5, 5.0, 10.5, 23.0, 24.0, 100.5, 171.5, 172.0, 200.5, -0.5, -1.5, -2.5,
          -100.5, -200.5, -1e-21, 1e-21, 30.25, 140.5, -140.5]:
    show("gamma", v)
    show("lgamma", v)

# pow's special values
for x in [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, inf, -inf, nan]:
    for y in [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, inf, -inf, nan]:
        show("pow", x, y)

# hypot with many arguments, and dist
print(math.hypot(), math.hypot(3), math.hypot(-4), math.hypot(3, 4, 12))
print(math.hypot(*[0.1 * i for i in range(20)]), math.hypot(1e-310, 1e-310))
print(math.hypot(1e308, 1e308), math.hypot(inf, nan), math.hypot(nan, 1.0))
print(math.dist((1, 2, 3), (4, 5, 6)), math.dist([0.5], [-0.5]), math.dist((), ()))
print(math.dist(iter([1.0, 1.0]), (4, 5)))

# isclose
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf))
print(math.isclose(inf, -inf), math.isclose(nan, nan), math.isclose(1, 1))

# fsum
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([inf, 1.0]), math.fsum([-inf, -inf]), math.fsum([nan, 1.0]))
print(math.fsum([2.0 ** 53, 1.0, 2.0 ** -50]), math.fsum([1.7976931348623157e308, -1e292]))

# log with a base, and of big ints
print(math.log(8, 2), math.log(100, 10), math.log(2, 0.5), math.log(10 ** 400), math.log(10 ** 400, 10))
print(math.log2(2 ** 1100), math.log10(10 ** 500), math.log(2 ** 1023), math.log(2 ** 1024 - 1))
print(math.log(True), math.log(7), math.log10(1000), math.log2(1024), math.log1p(1e-20))

# degrees/radians, trig identities
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(-45))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4), math.atan(1) * 4)
