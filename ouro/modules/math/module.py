"""The `math` module: CPython 3.11's Modules/mathmodule.c in RPy.

Error handling follows mathmodule.c: the libm functions (rpy.rlib.rmath's
c_* functions, C semantics) return a NaN or an infinity, and `math_1` /
`math_2` turn a NaN from non-NaN arguments into ValueError("math domain
error") and an infinity from finite arguments into OverflowError("math
range error") (or ValueError at a singularity).  The functions CPython
implements itself are ported as they are, so that results are the same to
the last bit: gamma and lgamma (Lanczos), fsum (Shewchuk's exact partial
sums), hypot and dist (vector_norm), log2 / log10 / log of big ints,
remainder, atan2's special values, pow's special values.

frexp is computed here exactly (floatobject.decompose); ldexp, nextafter
and fmod are libm's.
"""
from __future__ import annotations

import math
from typing import Callable

from rpy.rlib import rmath
from rpy.rlib.rarithmetic import MAXINT, ovfcheck
from rpy.rlib.rbigint import rbigint

from ouro.compiler.opcodes import NB_MULTIPLY
from ouro.interpreter.module import W_Module
from ouro.modules.math.args import clinic_args, clinic_kw, no_kwargs, one_arg
from ouro.objspace import space
from ouro.objspace.exceptions import (OperationError, operr, w_OverflowError, w_TypeError, w_ValueError,
                                      w_ZeroDivisionError)
from ouro.objspace.floatobject import (INF, NAN, W_FloatObject, decompose, fceil, ffloor,
                                       float_to_int_obj, pow2, w_float_type, wrap_float)
from ouro.objspace.gateway import W_BuiltinFunction, register_raw
from ouro.objspace.intobject import (W_IntObject, W_LongObject, bigint_of_w, index_w,
                                     int_abs, int_sign, is_int, wrap_big, wrap_int)
from ouro.objspace.model import Arguments, W_Root, type_name, w_None
from ouro.objspace.tupleobject import W_TupleObject
from ouro.objspace import intobject

EDOM = 1
ERANGE = 2

PI = 3.141592653589793238462643383279502884197
LOGPI = 1.144729885849400174143427351353058711647
DEG_TO_RAD = PI / 180.0
RAD_TO_DEG = 180.0 / PI
INT_MAX = 2147483647
INT_MIN = -2147483648


def isfinite(x: float) -> bool:
    return not math.isnan(x) and not math.isinf(x)


def domain_error() -> OperationError:
    return operr(w_ValueError, "math domain error")


def range_error() -> OperationError:
    return operr(w_OverflowError, "math range error")


def is_error(r: float, err: int) -> bool:
    """errno is set (err != 0): raise as CPython's is_error(), or return
    False for an ERANGE underflow."""
    if err == EDOM:
        raise domain_error()
    if math.fabs(r) < 1.5:
        return False
    raise range_error()


def fval(w: W_Root) -> float:
    """PyFloat_AsDouble."""
    if isinstance(w, W_FloatObject):
        return w.floatval
    return intobject.float_of_w(w)


# -- libm functions with the signature math_1 wants

MathFn1 = Callable[[float], float]


def f_acos(x: float) -> float:
    return rmath.c_acos(x)


def f_acosh(x: float) -> float:
    return rmath.c_acosh(x)


def f_asin(x: float) -> float:
    return rmath.c_asin(x)


def f_asinh(x: float) -> float:
    return rmath.c_asinh(x)


def f_atan(x: float) -> float:
    return rmath.c_atan(x)


def f_atanh(x: float) -> float:
    return rmath.c_atanh(x)


def f_cbrt(x: float) -> float:
    return rmath.c_cbrt(x)


def f_cos(x: float) -> float:
    return rmath.c_cos(x)


def f_cosh(x: float) -> float:
    return rmath.c_cosh(x)


def f_erf(x: float) -> float:
    return rmath.c_erf(x)


def f_erfc(x: float) -> float:
    return rmath.c_erfc(x)


def f_exp(x: float) -> float:
    return rmath.c_exp(x)


def f_exp2(x: float) -> float:
    return rmath.c_exp2(x)


def f_expm1(x: float) -> float:
    return rmath.c_expm1(x)


def f_fabs(x: float) -> float:
    return math.fabs(x)


def f_log1p(x: float) -> float:
    if x == 0.0:
        return x         # keeps the sign of a zero
    return rmath.c_log1p(x)


def f_sin(x: float) -> float:
    return rmath.c_sin(x)


def f_sinh(x: float) -> float:
    return rmath.c_sinh(x)


def f_sqrt(x: float) -> float:
    return rmath.c_sqrt(x)


def f_tan(x: float) -> float:
    return rmath.c_tan(x)


def f_tanh(x: float) -> float:
    return rmath.c_tanh(x)


def m_log(x: float) -> float:
    if isfinite(x):
        if x > 0.0:
            return rmath.c_log(x)
        if x == 0.0:
            return -INF
        return NAN
    if math.isnan(x):
        return x
    if x > 0.0:
        return x
    return NAN


def m_log2(x: float) -> float:
    if not isfinite(x):
        if math.isnan(x):
            return x
        if x > 0.0:
            return x
        return NAN
    if x > 0.0:
        return rmath.c_log2(x)
    if x == 0.0:
        return -INF
    return NAN


def m_log10(x: float) -> float:
    if isfinite(x):
        if x > 0.0:
            return rmath.c_log10(x)
        if x == 0.0:
            return -INF
        return NAN
    if math.isnan(x):
        return x
    if x > 0.0:
        return x
    return NAN


def math_1(x: float, fn: MathFn1, can_overflow: bool) -> float:
    r = fn(x)
    if math.isnan(r) and not math.isnan(x):
        raise domain_error()
    if math.isinf(r) and isfinite(x):
        if can_overflow:
            raise range_error()
        raise domain_error()
    return r


def math_2_check(x: float, y: float, r: float) -> float:
    if math.isnan(r):
        if not math.isnan(x) and not math.isnan(y):
            is_error(r, EDOM)
    elif math.isinf(r):
        if isfinite(x) and isfinite(y):
            is_error(r, ERANGE)
    return r


class W_MathFunc1(W_BuiltinFunction):
    """A one-argument function of floats (CPython's FUNC1 / math_1)."""
    fn: MathFn1
    can_overflow: bool

    def __init__(self, name: str, fn: MathFn1, can_overflow: bool) -> None:
        W_BuiltinFunction.__init__(self, name, None)
        self.fn = fn
        self.can_overflow = can_overflow

    def call_unbound(self, args: Arguments) -> W_Root:
        w_x = one_arg(args, "math." + self.name)
        return wrap_float(math_1(fval(w_x), self.fn, self.can_overflow))

    def copy(self) -> W_BuiltinFunction:
        return W_MathFunc1(self.name, self.fn, self.can_overflow)


FUNCTIONS: list[W_BuiltinFunction] = [
    W_MathFunc1("acos", f_acos, False),
    W_MathFunc1("acosh", f_acosh, False),
    W_MathFunc1("asin", f_asin, False),
    W_MathFunc1("asinh", f_asinh, False),
    W_MathFunc1("atan", f_atan, False),
    W_MathFunc1("atanh", f_atanh, False),
    W_MathFunc1("cbrt", f_cbrt, False),
    W_MathFunc1("cos", f_cos, False),
    W_MathFunc1("cosh", f_cosh, True),
    W_MathFunc1("erf", f_erf, False),
    W_MathFunc1("erfc", f_erfc, False),
    W_MathFunc1("exp", f_exp, True),
    W_MathFunc1("exp2", f_exp2, True),
    W_MathFunc1("expm1", f_expm1, True),
    W_MathFunc1("fabs", f_fabs, False),
    W_MathFunc1("log1p", f_log1p, False),
    W_MathFunc1("sin", f_sin, False),
    W_MathFunc1("sinh", f_sinh, True),
    W_MathFunc1("sqrt", f_sqrt, False),
    W_MathFunc1("tan", f_tan, False),
    W_MathFunc1("tanh", f_tanh, False),
]


def fn(name: str, raw: Callable[[Arguments], W_Root]) -> None:
    FUNCTIONS.append(register_raw(None, name, raw))


# -- gamma and lgamma (CPython's own, not libm's)

LANCZOS_N = 13
LANCZOS_G = 6.024680040776729583740234375
LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375
LANCZOS_NUM_COEFFS = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
]
LANCZOS_DEN_COEFFS = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0]
NGAMMA_INTEGRAL = 23
GAMMA_INTEGRAL = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
]


def c_round_small(v: float) -> int:
    """C's round() (half away from zero) for 0 <= v < 5."""
    t = ffloor(v)
    n = int(t)
    if v - t >= 0.5:
        n += 1
    return n


def m_sinpi(x: float) -> float:
    """sin(pi*x) for finite x, accurate near integers."""
    y = rmath.c_fmod(math.fabs(x), 2.0)
    n = c_round_small(2.0 * y)
    if n == 0:
        r = rmath.c_sin(PI * y)
    elif n == 1:
        r = rmath.c_cos(PI * (y - 0.5))
    elif n == 2:
        r = rmath.c_sin(PI * (1.0 - y))
    elif n == 3:
        r = -rmath.c_cos(PI * (y - 1.5))
    else:
        r = rmath.c_sin(PI * (y - 2.0))
    return math.copysign(1.0, x) * r


def lanczos_sum(x: float) -> float:
    num = 0.0
    den = 0.0
    if x < 5.0:
        i = LANCZOS_N - 1
        while i >= 0:
            num = num * x + LANCZOS_NUM_COEFFS[i]
            den = den * x + LANCZOS_DEN_COEFFS[i]
            i -= 1
    else:
        i = 0
        while i < LANCZOS_N:
            num = num / x + LANCZOS_NUM_COEFFS[i]
            den = den / x + LANCZOS_DEN_COEFFS[i]
            i += 1
    return num / den


def m_tgamma(x: float) -> tuple[float, int]:
    """(gamma(x), errno)."""
    if not isfinite(x):
        if math.isnan(x) or x > 0.0:
            return (x, 0)
        return (NAN, EDOM)
    if x == 0.0:
        return (math.copysign(INF, x), EDOM)
    if x == ffloor(x):
        if x < 0.0:
            return (NAN, EDOM)
        if x <= NGAMMA_INTEGRAL:
            return (GAMMA_INTEGRAL[int(x) - 1], 0)
    absx = math.fabs(x)
    if absx < 1e-20:
        r = 1.0 / x
        if math.isinf(r):
            return (r, ERANGE)
        return (r, 0)
    if absx > 200.0:
        if x < 0.0:
            return (0.0 / m_sinpi(x), 0)
        return (INF, ERANGE)
    y = absx + LANCZOS_G_MINUS_HALF
    if absx > LANCZOS_G_MINUS_HALF:
        q = y - absx
        z = q - LANCZOS_G_MINUS_HALF
    else:
        q = y - LANCZOS_G_MINUS_HALF
        z = q - absx
    z = z * LANCZOS_G / y
    if x < 0.0:
        r = -PI / m_sinpi(absx) / absx * rmath.c_exp(y) / lanczos_sum(absx)
        r -= z * r
        if absx < 140.0:
            r /= rmath.c_pow(y, absx - 0.5)
        else:
            sqrtpow = rmath.c_pow(y, absx / 2.0 - 0.25)
            r /= sqrtpow
            r /= sqrtpow
    else:
        r = lanczos_sum(absx) / rmath.c_exp(y)
        r += z * r
        if absx < 140.0:
            r *= rmath.c_pow(y, absx - 0.5)
        else:
            sqrtpow = rmath.c_pow(y, absx / 2.0 - 0.25)
            r *= sqrtpow
            r *= sqrtpow
    if math.isinf(r):
        return (r, ERANGE)
    return (r, 0)


def m_lgamma(x: float) -> tuple[float, int]:
    if not isfinite(x):
        if math.isnan(x):
            return (x, 0)
        return (INF, 0)
    if x == ffloor(x) and x <= 2.0:
        if x <= 0.0:
            return (INF, EDOM)
        return (0.0, 0)
    absx = math.fabs(x)
    if absx < 1e-20:
        return (-rmath.c_log(absx), 0)
    r = rmath.c_log(lanczos_sum(absx)) - LANCZOS_G
    r += (absx - 0.5) * (rmath.c_log(absx + LANCZOS_G - 0.5) - 1)
    if x < 0.0:
        r = LOGPI - rmath.c_log(math.fabs(m_sinpi(absx))) - rmath.c_log(absx) - r
    if math.isinf(r):
        return (r, ERANGE)
    return (r, 0)


def math_gamma(args: Arguments) -> W_Root:
    x = fval(one_arg(args, "math.gamma"))
    r, err = m_tgamma(x)
    if err != 0:
        is_error(r, err)
    return wrap_float(r)


def math_lgamma(args: Arguments) -> W_Root:
    x = fval(one_arg(args, "math.lgamma"))
    r, err = m_lgamma(x)
    if err != 0:
        is_error(r, err)
    return wrap_float(r)


fn("gamma", math_gamma)
fn("lgamma", math_lgamma)


# -- two-argument functions

def m_atan2(y: float, x: float) -> float:
    if math.isnan(x) or math.isnan(y):
        return NAN
    if math.isinf(y):
        if math.isinf(x):
            if math.copysign(1.0, x) == 1.0:
                return math.copysign(0.25 * PI, y)
            return math.copysign(0.75 * PI, y)
        return math.copysign(0.5 * PI, y)
    if math.isinf(x) or y == 0.0:
        if math.copysign(1.0, x) == 1.0:
            return math.copysign(0.0, y)
        return math.copysign(PI, y)
    return rmath.c_atan2(y, x)


def m_remainder(x: float, y: float) -> float:
    if isfinite(x) and isfinite(y):
        if y == 0.0:
            return NAN
        absx = math.fabs(x)
        absy = math.fabs(y)
        m = rmath.c_fmod(absx, absy)
        c = absy - m
        if m < c:
            r = m
        elif m > c:
            r = -c
        else:
            r = m - 2.0 * rmath.c_fmod(0.5 * (absx - m), absy)
        return math.copysign(1.0, x) * r
    if math.isnan(x):
        return x
    if math.isnan(y):
        return y
    if math.isinf(x):
        return NAN
    return x


def two_floats(args: Arguments, name: str) -> tuple[float, float]:
    args_w = clinic_args(args, "math." + name, name, 2, 2)
    return (fval(args_w[0]), fval(args_w[1]))


def math_atan2(args: Arguments) -> W_Root:
    y, x = two_floats(args, "atan2")
    return wrap_float(math_2_check(y, x, m_atan2(y, x)))


def math_copysign(args: Arguments) -> W_Root:
    x, y = two_floats(args, "copysign")
    return wrap_float(math_2_check(x, y, math.copysign(x, y)))


def math_remainder(args: Arguments) -> W_Root:
    x, y = two_floats(args, "remainder")
    return wrap_float(math_2_check(x, y, m_remainder(x, y)))


def math_fmod(args: Arguments) -> W_Root:
    x, y = two_floats(args, "fmod")
    if math.isinf(y) and isfinite(x):
        return wrap_float(x)
    r = rmath.c_fmod(x, y)
    if math.isnan(r) and not math.isnan(x) and not math.isnan(y):
        raise domain_error()
    return wrap_float(r)


def math_pow(args: Arguments) -> W_Root:
    x, y = two_floats(args, "pow")
    err = 0
    if not isfinite(x) or not isfinite(y):
        if math.isnan(x):
            r = 1.0 if y == 0.0 else x
        elif math.isnan(y):
            r = 1.0 if x == 1.0 else y
        elif math.isinf(x):
            odd_y = isfinite(y) and rmath.c_fmod(math.fabs(y), 2.0) == 1.0
            if y > 0.0:
                r = x if odd_y else math.fabs(x)
            elif y == 0.0:
                r = 1.0
            else:
                r = math.copysign(0.0, x) if odd_y else 0.0
        else:
            # y is infinite
            if math.fabs(x) == 1.0:
                r = 1.0
            elif y > 0.0 and math.fabs(x) > 1.0:
                r = y
            elif y < 0.0 and math.fabs(x) < 1.0:
                r = -y
            else:
                r = 0.0
    else:
        if x == 0.0 and y < 0.0:
            raise domain_error()
        if x < 0.0 and y != ffloor(y):
            raise domain_error()
        r = rmath.c_pow(x, y)
        if not isfinite(r):
            if math.isnan(r):
                err = EDOM
            elif x == 0.0:
                err = EDOM
            else:
                err = ERANGE
    if err != 0:
        is_error(r, err)
    return wrap_float(r)


def math_nextafter(args: Arguments) -> W_Root:
    x, y = two_floats(args, "nextafter")
    return wrap_float(rmath.c_nextafter(x, y))


def math_ldexp(args: Arguments) -> W_Root:
    args_w = clinic_args(args, "math.ldexp", "ldexp", 2, 2)
    x = fval(args_w[0])
    w_i = args_w[1]
    if isinstance(w_i, W_IntObject):
        e = w_i.intval
    elif isinstance(w_i, W_LongObject):
        e = MAXINT if w_i.num.sign > 0 else -MAXINT - 1
    else:
        raise operr(w_TypeError, "Expected an int as second argument to ldexp.")
    if x == 0.0 or not isfinite(x):
        r = x
    elif e > INT_MAX:
        raise range_error()
    elif e < INT_MIN:
        r = math.copysign(0.0, x)
    else:
        r = rmath.c_ldexp(x, e)
        if math.isinf(r):
            raise range_error()
    return wrap_float(r)


fn("atan2", math_atan2)
fn("copysign", math_copysign)
fn("remainder", math_remainder)
fn("fmod", math_fmod)
fn("pow", math_pow)
fn("nextafter", math_nextafter)
fn("ldexp", math_ldexp)


# -- floor, ceil, trunc

def math_floor(args: Arguments) -> W_Root:
    w_x = one_arg(args, "math.floor")
    if w_x.getclass() is not w_float_type:
        # call_special binds whatever the type holds (a staticmethod, a
        # callable object), as CPython's _PyObject_LookupSpecial
        w_res = space.call_special(w_x, "__floor__", [])
        if w_res is not None:
            return w_res
    x = fval(w_x)
    if not isfinite(x):
        return float_to_int_obj(x)
    return float_to_int_obj(ffloor(x))


def math_ceil(args: Arguments) -> W_Root:
    w_x = one_arg(args, "math.ceil")
    if w_x.getclass() is not w_float_type:
        # call_special binds whatever the type holds (a staticmethod, a
        # callable object), as CPython's _PyObject_LookupSpecial
        w_res = space.call_special(w_x, "__ceil__", [])
        if w_res is not None:
            return w_res
    x = fval(w_x)
    if not isfinite(x):
        return float_to_int_obj(x)
    return float_to_int_obj(fceil(x))


def math_trunc(args: Arguments) -> W_Root:
    w_x = one_arg(args, "math.trunc")
    if isinstance(w_x, W_FloatObject) and w_x.getclass() is w_float_type:
        return float_to_int_obj(w_x.floatval)
    w_res = space.call_special(w_x, "__trunc__", [])
    if w_res is None:
        raise operr(w_TypeError, "type %s doesn't define __trunc__ method" % type_name(w_x))
    return w_res


fn("floor", math_floor)
fn("ceil", math_ceil)
fn("trunc", math_trunc)


# -- the bits of floats

def frexp(x: float) -> tuple[float, int]:
    """C's frexp for a finite nonzero x: (m, e), x == m * 2**e, 0.5 <= |m| < 1."""
    neg = x < 0.0
    m, e = decompose(-x if neg else x)
    mant = float(m) * pow2(-53)
    if neg:
        mant = -mant
    return (mant, e + 53)


def math_frexp(args: Arguments) -> W_Root:
    x = fval(one_arg(args, "math.frexp"))
    if math.isnan(x) or math.isinf(x) or x == 0.0:
        return W_TupleObject([wrap_float(x), wrap_int(0)])
    m, e = frexp(x)
    return W_TupleObject([wrap_float(m), wrap_int(e)])


def math_modf(args: Arguments) -> W_Root:
    x = fval(one_arg(args, "math.modf"))
    if math.isinf(x):
        return W_TupleObject([wrap_float(math.copysign(0.0, x)), wrap_float(x)])
    if math.isnan(x):
        return W_TupleObject([wrap_float(x), wrap_float(x)])
    if x >= 0.0:
        ip = ffloor(x)
    else:
        ip = fceil(x)
    frac = x - ip
    return W_TupleObject([wrap_float(math.copysign(frac, x)),
                          wrap_float(math.copysign(ip, x))])


def math_ulp(args: Arguments) -> W_Root:
    x = fval(one_arg(args, "math.ulp"))
    if math.isnan(x):
        return wrap_float(x)
    x = math.fabs(x)
    if math.isinf(x):
        return wrap_float(x)
    x2 = rmath.c_nextafter(x, INF)
    if math.isinf(x2):
        x2 = rmath.c_nextafter(x, -INF)
        return wrap_float(x - x2)
    return wrap_float(x2 - x)


fn("frexp", math_frexp)
fn("modf", math_modf)
fn("ulp", math_ulp)


# -- predicates, conversions

def math_isfinite(args: Arguments) -> W_Root:
    return space.wrap_bool(isfinite(fval(one_arg(args, "math.isfinite"))))


def math_isnan(args: Arguments) -> W_Root:
    return space.wrap_bool(math.isnan(fval(one_arg(args, "math.isnan"))))


def math_isinf(args: Arguments) -> W_Root:
    return space.wrap_bool(math.isinf(fval(one_arg(args, "math.isinf"))))


def math_degrees(args: Arguments) -> W_Root:
    return wrap_float(fval(one_arg(args, "math.degrees")) * RAD_TO_DEG)


def math_radians(args: Arguments) -> W_Root:
    return wrap_float(fval(one_arg(args, "math.radians")) * DEG_TO_RAD)


def math_isclose(args: Arguments) -> W_Root:
    slots = clinic_kw(args, "isclose", ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)
    w_a = slots[0]
    w_b = slots[1]
    assert w_a is not None and w_b is not None
    a = fval(w_a)
    b = fval(w_b)
    w_rel = slots[2]
    w_abs = slots[3]
    rel_tol = 1e-09 if w_rel is None else fval(w_rel)
    abs_tol = 0.0 if w_abs is None else fval(w_abs)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise operr(w_ValueError, "tolerances must be non-negative")
    if a == b:
        return space.wrap_bool(True)
    if math.isinf(a) or math.isinf(b):
        return space.wrap_bool(False)
    diff = math.fabs(b - a)
    return space.wrap_bool(diff <= math.fabs(rel_tol * b) or diff <= math.fabs(rel_tol * a)
                           or diff <= abs_tol)


fn("isfinite", math_isfinite)
fn("isnan", math_isnan)
fn("isinf", math_isinf)
fn("degrees", math_degrees)
fn("radians", math_radians)
fn("isclose", math_isclose)


# -- logarithms

def big_frexp(w: W_Root) -> tuple[float, int]:
    """_PyLong_Frexp of a positive int too big for a float: (x, e) with
    0.5 <= x < 1, the int ~= x * 2**e (x correctly rounded)."""
    n = bigint_of_w(w)
    nbits = n.bit_length()
    shift = nbits - 62
    top = n.rshift(shift)
    if not top.lshift(shift).eq(n):
        top = top.or_(rbigint.from_int(1))
    x = float(top.toint()) * pow2(-62)
    e = nbits
    if x == 1.0:
        x = 0.5
        e += 1
    return (x, e)


def loghelper(w_x: W_Root, func: MathFn1) -> float:
    if is_int(w_x):
        if int_sign(w_x) <= 0:
            raise domain_error()
        if isinstance(w_x, W_IntObject):
            return func(float(w_x.intval))
        try:
            return func(bigint_of_w(w_x).tofloat())
        except OverflowError:
            pass
        x, e = big_frexp(w_x)
        return func(x) + func(2.0) * float(e)
    return math_1(fval(w_x), func, False)


def math_log(args: Arguments) -> W_Root:
    no_kwargs(args, "math.log")
    n = len(args.args_w)
    if n < 1 or n > 2:
        raise operr(w_TypeError, "math.log requires 1 to 2 arguments")
    num = loghelper(args.args_w[0], m_log)
    if n == 1:
        return wrap_float(num)
    den = loghelper(args.args_w[1], m_log)
    if den == 0.0:
        raise operr(w_ZeroDivisionError, "float division by zero")
    return wrap_float(num / den)


def math_log2(args: Arguments) -> W_Root:
    return wrap_float(loghelper(one_arg(args, "math.log2"), m_log2))


def math_log10(args: Arguments) -> W_Root:
    return wrap_float(loghelper(one_arg(args, "math.log10"), m_log10))


fn("log", math_log)
fn("log2", math_log2)
fn("log10", math_log10)


# -- sums and norms

def math_fsum(args: Arguments) -> W_Root:
    w_seq = one_arg(args, "math.fsum")
    w_it = space.iter(w_seq)
    p: list[float] = []
    special_sum = 0.0
    inf_sum = 0.0
    while True:
        w_item = space.next_or_none(w_it)
        if w_item is None:
            break
        x = fval(w_item)
        xsave = x
        i = 0
        j = 0
        n = len(p)
        while j < n:
            y = p[j]
            if math.fabs(x) < math.fabs(y):
                t = x
                x = y
                y = t
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                p[i] = lo
                i += 1
            x = hi
            j += 1
        del p[i:]
        if x != 0.0:
            if not isfinite(x):
                if isfinite(xsave):
                    raise operr(w_OverflowError, "intermediate overflow in fsum")
                if math.isinf(xsave):
                    inf_sum += xsave
                special_sum += xsave
                del p[:]
            else:
                p.append(x)
    if special_sum != 0.0:
        if math.isnan(inf_sum):
            raise operr(w_ValueError, "-inf + inf in fsum")
        return wrap_float(special_sum)
    hi = 0.0
    n = len(p)
    if n > 0:
        n -= 1
        hi = p[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = p[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and p[n - 1] < 0.0) or (lo > 0.0 and p[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return wrap_float(hi)


T27 = 134217729.0


def vector_norm(vec: list[float], maxv: float, found_nan: bool) -> float:
    n = len(vec)
    if math.isinf(maxv):
        return maxv
    if found_nan:
        return NAN
    if maxv == 0.0 or n <= 1:
        return maxv
    _, max_e = frexp(maxv)
    csum = 1.0
    frac1 = 0.0
    frac2 = 0.0
    frac3 = 0.0
    if max_e >= -1023:
        scale = pow2(-max_e)
        for x in vec:
            x *= scale
            t = x * T27
            hi = t - (t - x)
            lo = x - hi
            x = hi * hi
            oldcsum = csum
            csum += x
            frac1 += (oldcsum - csum) + x
            x = 2.0 * hi * lo
            oldcsum = csum
            csum += x
            frac2 += (oldcsum - csum) + x
            frac3 += lo * lo
        h = rmath.c_sqrt(csum - 1.0 + (frac1 + frac2 + frac3))
        x = h
        t = x * T27
        hi = t - (t - x)
        lo = x - hi
        x = -hi * hi
        oldcsum = csum
        csum += x
        frac1 += (oldcsum - csum) + x
        x = -2.0 * hi * lo
        oldcsum = csum
        csum += x
        frac2 += (oldcsum - csum) + x
        x = -lo * lo
        oldcsum = csum
        csum += x
        frac3 += (oldcsum - csum) + x
        x = csum - 1.0 + (frac1 + frac2 + frac3)
        return (h + x / (2.0 * h)) / scale
    for x in vec:
        x /= maxv
        x = x * x
        oldcsum = csum
        csum += x
        frac1 += (oldcsum - csum) + x
    return maxv * rmath.c_sqrt(csum - 1.0 + frac1)


def math_hypot(args: Arguments) -> W_Root:
    no_kwargs(args, "math.hypot")
    coords: list[float] = []
    maxv = 0.0
    found_nan = False
    for w_item in args.args_w:
        x = math.fabs(fval(w_item))
        coords.append(x)
        if math.isnan(x):
            found_nan = True
        if x > maxv:
            maxv = x
    return wrap_float(vector_norm(coords, maxv, found_nan))


def as_tuple_items(w: W_Root) -> list[W_Root]:
    if isinstance(w, W_TupleObject):
        return w.items_w
    return space.unpack_iterable(w)


def math_dist(args: Arguments) -> W_Root:
    args_w = clinic_args(args, "math.dist", "dist", 2, 2)
    p_w = as_tuple_items(args_w[0])
    q_w = as_tuple_items(args_w[1])
    if len(p_w) != len(q_w):
        raise operr(w_ValueError, "both points must have the same number of dimensions")
    diffs: list[float] = []
    maxv = 0.0
    found_nan = False
    i = 0
    while i < len(p_w):
        px = fval(p_w[i])
        qx = fval(q_w[i])
        x = math.fabs(px - qx)
        diffs.append(x)
        if math.isnan(x):
            found_nan = True
        if x > maxv:
            maxv = x
        i += 1
    return wrap_float(vector_norm(diffs, maxv, found_nan))


def math_prod(args: Arguments) -> W_Root:
    slots = clinic_kw(args, "prod", ["iterable", "start"], 1, 1, 1)
    w_iterable = slots[0]
    assert w_iterable is not None
    w_start = slots[1]
    w_res: W_Root = wrap_int(1) if w_start is None else w_start
    w_it = space.iter(w_iterable)
    while True:
        w_item = space.next_or_none(w_it)
        if w_item is None:
            return w_res
        w_res = space.binary_op(w_res, w_item, NB_MULTIPLY)


fn("fsum", math_fsum)
fn("hypot", math_hypot)
fn("dist", math_dist)
fn("prod", math_prod)


# -- integers

def word_gcd(a: int, b: int) -> int:
    """gcd of two non-negative words."""
    while b != 0:
        t = a % b
        a = b
        b = t
    return a


def int_gcd(w_a: W_Root, w_b: W_Root) -> W_Root:
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        a = w_a.intval
        b = w_b.intval
        if a > -MAXINT and b > -MAXINT:
            if a < 0:
                a = -a
            if b < 0:
                b = -b
            return wrap_int(word_gcd(a, b))
    return wrap_big(bigint_of_w(w_a).gcd(bigint_of_w(w_b)).abs())


def math_gcd(args: Arguments) -> W_Root:
    no_kwargs(args, "math.gcd")
    n = len(args.args_w)
    if n == 0:
        return wrap_int(0)
    w_res = index_w(args.args_w[0])
    if n == 1:
        return int_abs(w_res)
    i = 1
    while i < n:
        w_x = index_w(args.args_w[i])
        if not (isinstance(w_res, W_IntObject) and w_res.intval == 1):
            w_res = int_gcd(w_res, w_x)
        i += 1
    return intobject.exact_int(w_res)


def math_lcm(args: Arguments) -> W_Root:
    no_kwargs(args, "math.lcm")
    n = len(args.args_w)
    if n == 0:
        return wrap_int(1)
    w_res = index_w(args.args_w[0])
    if n == 1:
        return int_abs(w_res)
    i = 1
    while i < n:
        w_x = index_w(args.args_w[i])
        if int_sign(w_res) != 0:
            if int_sign(w_x) == 0:
                w_res = wrap_int(0)
            else:
                w_g = int_gcd(w_res, w_x)
                w_f = intobject.int_binop(intobject.OP_FLOORDIV, w_res, w_g)
                w_res = int_abs(intobject.int_binop(intobject.OP_MUL, w_f, w_x))
        i += 1
    return intobject.exact_int(w_res)


def range_product(lo: int, hi: int) -> rbigint:
    """lo * (lo + 1) * ... * hi (lo <= hi, positive words)."""
    if hi - lo < 16:
        acc = 1
        big = rbigint.from_int(1)
        k = lo
        while k <= hi:
            try:
                acc = ovfcheck(acc * k)
            except OverflowError:
                big = big.mul(rbigint.from_int(acc))
                acc = k
            k += 1
        return big.int_mul(acc)
    mid = lo + (hi - lo) // 2
    return range_product(lo, mid).mul(range_product(mid + 1, hi))


SMALL_FACTORIALS = [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800,
                    479001600, 6227020800, 87178291200, 1307674368000, 20922789888000,
                    355687428096000, 6402373705728000, 121645100408832000,
                    2432902008176640000]


def factorial_of(w_n: W_Root) -> W_Root:
    w_i = index_w(w_n)
    if isinstance(w_i, W_LongObject):
        if w_i.num.sign > 0:
            raise operr(w_OverflowError, "factorial() argument should not exceed %d" % MAXINT)
        raise operr(w_ValueError, "factorial() not defined for negative values")
    assert isinstance(w_i, W_IntObject)
    n = w_i.intval
    if n < 0:
        raise operr(w_ValueError, "factorial() not defined for negative values")
    if n < len(SMALL_FACTORIALS):
        return wrap_int(SMALL_FACTORIALS[n])
    return wrap_big(range_product(2, n))


def math_factorial(args: Arguments) -> W_Root:
    return factorial_of(one_arg(args, "math.factorial"))


def isqrt_big(n: rbigint) -> rbigint:
    """The integer square root of n > 0 (CPython's algorithm)."""
    c = (n.bit_length() - 1) // 2
    a = rbigint.from_int(1)
    d = 0
    cbits = 0
    t = c
    while t > 0:
        cbits += 1
        t >>= 1
    s = cbits - 1
    while s >= 0:
        e = d
        d = c >> s
        q = n.rshift(2 * c - e - d + 1).floordiv(a)
        a = a.lshift(d - e - 1).add(q)
        s -= 1
    if a.mul(a).gt(n):
        a = a.int_sub(1)
    return a


def math_isqrt(args: Arguments) -> W_Root:
    w_n = index_w(one_arg(args, "math.isqrt"))
    sign = int_sign(w_n)
    if sign < 0:
        raise operr(w_ValueError, "isqrt() argument must be nonnegative")
    if sign == 0:
        return wrap_int(0)
    if isinstance(w_n, W_IntObject) and w_n.intval < (1 << 52):
        v = w_n.intval
        r = int(rmath.c_sqrt(float(v)))
        while r * r > v:
            r -= 1
        while (r + 1) * (r + 1) <= v:
            r += 1
        return wrap_int(r)
    return wrap_big(isqrt_big(bigint_of_w(w_n)))


def perm_big(n: rbigint, k: int) -> rbigint:
    """n * (n - 1) * ... * (n - k + 1), k >= 1."""
    if k == 1:
        return n
    if k <= 16 and n.fits_int():
        hi = n.toint()
        return range_product(hi - k + 1, hi)
    j = k // 2
    return perm_big(n, j).mul(perm_big(n.int_sub(j), k - j))


def nonneg_index(w: W_Root, what: str) -> W_Root:
    w_i = index_w(w)
    if int_sign(w_i) < 0:
        raise operr(w_ValueError, "%s must be a non-negative integer" % what)
    return w_i


def math_perm(args: Arguments) -> W_Root:
    args_w = clinic_args(args, "math.perm", "perm", 1, 2)
    if len(args_w) == 1 or args_w[1] is w_None:
        return factorial_of(args_w[0])
    w_n = index_w(args_w[0])
    w_k = index_w(args_w[1])
    if int_sign(w_n) < 0:
        raise operr(w_ValueError, "n must be a non-negative integer")
    if int_sign(w_k) < 0:
        raise operr(w_ValueError, "k must be a non-negative integer")
    if intobject.int_compare(w_n, w_k) < 0:
        return wrap_int(0)
    if not isinstance(w_k, W_IntObject):
        raise operr(w_OverflowError, "k must not exceed %d" % MAXINT)
    k = w_k.intval
    if k == 0:
        return wrap_int(1)
    return wrap_big(perm_big(bigint_of_w(w_n), k))


def math_comb(args: Arguments) -> W_Root:
    args_w = clinic_args(args, "math.comb", "comb", 2, 2)
    w_n = index_w(args_w[0])
    w_k = index_w(args_w[1])
    if int_sign(w_n) < 0:
        raise operr(w_ValueError, "n must be a non-negative integer")
    if int_sign(w_k) < 0:
        raise operr(w_ValueError, "k must be a non-negative integer")
    n = bigint_of_w(w_n)
    if isinstance(w_n, W_IntObject):
        if not isinstance(w_k, W_IntObject) or w_k.intval > w_n.intval:
            return wrap_int(0)
        k = w_k.intval
        if w_n.intval - k < k:
            k = w_n.intval - k
    else:
        kb = bigint_of_w(w_k)
        temp = n.sub(kb)
        if temp.sign < 0:
            return wrap_int(0)
        if temp.lt(kb):
            kb = temp
        if not kb.fits_int():
            raise operr(w_OverflowError, "min(n - k, k) must not exceed %d" % MAXINT)
        k = kb.toint()
    if k == 0:
        return wrap_int(1)
    if k == 1:
        return wrap_big(n)
    return wrap_big(perm_big(n, k).floordiv(range_product(1, k)))


fn("gcd", math_gcd)
fn("lcm", math_lcm)
fn("factorial", math_factorial)
fn("isqrt", math_isqrt)
fn("perm", math_perm)
fn("comb", math_comb)


def make_module() -> W_Module:
    w_mod = W_Module("math", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str("This module provides access to the mathematical "
                                            "functions\ndefined by the C standard."))
    for w_f in FUNCTIONS:
        d.setitem_str(w_f.name, w_f)
    d.setitem_str("pi", wrap_float(PI))
    d.setitem_str("e", wrap_float(2.718281828459045235360287471352662498))
    d.setitem_str("tau", wrap_float(6.283185307179586476925286766559005768))
    d.setitem_str("inf", wrap_float(INF))
    d.setitem_str("nan", wrap_float(NAN))
    return w_mod
