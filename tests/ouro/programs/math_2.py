"""math: floor/ceil/trunc (the __floor__/__ceil__/__trunc__ protocol, big
ints), argument conversion (__float__, __index__) and the TypeErrors and
ValueErrors with CPython's messages."""
import math


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for v in [2.5, -2.5, 2.0, -0.5, 0.0, 1e20, -1e20, 1.7976931348623157e308, 7, -7, True,
          2 ** 100, float("inf"), float("-inf"), float("nan")]:
    attempt("floor %r" % (v,), math.floor, v)
    attempt("ceil %r" % (v,), math.ceil, v)
    attempt("trunc %r" % (v,), math.trunc, v)


class Floors:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return 42


class AsFloat:
    def __float__(self):
        return 2.75


class AsIndex:
    def __index__(self):
        return 9


class F(float):
    def __floor__(self):
        return "subclass floor"


print(math.floor(Floors()), math.ceil(Floors()), math.trunc(Floors()))
print(math.floor(AsFloat()), math.ceil(AsFloat()), math.sqrt(AsFloat()), math.sqrt(AsIndex()))
print(math.floor(F(3.5)), math.ceil(F(3.5)), math.trunc(F(3.5)))
print(type(math.floor(2.5)), type(math.trunc(True)), math.floor(True))
attempt("trunc AsFloat", math.trunc, AsFloat())
attempt("floor str", math.floor, "x")
attempt("ceil None", math.ceil, None)
attempt("trunc str", math.trunc, "x")
attempt("sqrt str", math.sqrt, "1")
attempt("sqrt 2 args", math.sqrt, 1, 2)
attempt("sqrt no args", math.sqrt)
attempt("sqrt kw", math.sqrt, x=1)
attempt("floor 2 args", math.floor, 1, 2)
attempt("pow 1 arg", math.pow, 1)
attempt("atan2 1 arg", math.atan2, 1)
attempt("fmod 3 args", math.fmod, 1, 2, 3)
attempt("log no args", math.log)
attempt("log 3 args", math.log, 1, 2, 3)
attempt("hypot kw", math.hypot, x=1)
attempt("gcd kw", math.gcd, a=1)
attempt("ldexp 1 arg", math.ldexp, 1)
attempt("ldexp float exp", math.ldexp, 1.0, 1.5)
attempt("isclose 1 arg", math.isclose, 1)
attempt("isclose neg tol", math.isclose, 1, 2, rel_tol=-1)
attempt("isclose neg abs", math.isclose, 1, 2, abs_tol=-1)
attempt("dist 1 arg", math.dist, 1)
attempt("dist lengths", math.dist, (1, 2), (1,))
attempt("dist not iterable", math.dist, 1, 2)
attempt("fsum str", math.fsum, [1, "a"])
attempt("fsum overflow", math.fsum, [1e308, 1e308])
attempt("fsum inf-inf", math.fsum, [float("inf"), float("-inf")])
attempt("fsum not iterable", math.fsum, 5)
attempt("hypot str", math.hypot, 1, "a")
attempt("log 0", math.log, 0)
attempt("log -1", math.log, -1)
attempt("log 0.0", math.log, 0.0)
attempt("log base 1", math.log, 10, 1)
attempt("log base 0", math.log, 10, 0)
attempt("log big base 0", math.log, 10 ** 400, 0)
attempt("log -big", math.log, -10 ** 400)
attempt("log str", math.log, "e")
attempt("log2 0", math.log2, 0)
attempt("log10 -5", math.log10, -5)
attempt("exp 1000", math.exp, 1000)
attempt("exp -1000", math.exp, -1000)
attempt("sinh 1000", math.sinh, 1000)
attempt("pow 0 -1", math.pow, 0, -1)
attempt("pow -8 1/3", math.pow, -8, 1 / 3)
attempt("pow 10 400", math.pow, 10, 400)
attempt("pow -10 401", math.pow, -10, 401)
attempt("fmod inf", math.fmod, float("inf"), 1)
attempt("fmod 1 0", math.fmod, 1, 0)
attempt("remainder inf", math.remainder, float("inf"), 2)
attempt("remainder 1 0", math.remainder, 1, 0)
attempt("ldexp big", math.ldexp, 1.0, 2000)
attempt("ldexp huge", math.ldexp, 1.0, 10 ** 30)
attempt("gamma 0", math.gamma, 0)
attempt("gamma -3", math.gamma, -3)
attempt("gamma 200", math.gamma, 200)
attempt("gamma -inf", math.gamma, float("-inf"))
attempt("lgamma 0", math.lgamma, 0)
attempt("lgamma -2", math.lgamma, -2)
attempt("lgamma 1e308", math.lgamma, 1e308)
attempt("acosh 0", math.acosh, 0)
attempt("atanh 1", math.atanh, 1)
attempt("asin 2", math.asin, 2)
attempt("sin inf", math.sin, float("inf"))
attempt("cosh huge", math.cosh, -1e10)
attempt("expm1 1000", math.expm1, 1000)
attempt("log1p -1", math.log1p, -1)
attempt("sqrt big int", math.sqrt, 10 ** 400)
attempt("exp big int", math.exp, 10 ** 400)
print(math.sqrt(10 ** 300), math.exp(2 ** 5), math.log(2 ** 2000, 2), math.floor(-1e-300))
print(math.sqrt.__name__, math.floor.__name__, math.prod.__name__, repr(math.sqrt))
print(sorted(n for n in dir(math) if not n.startswith("_")))
