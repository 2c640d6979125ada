"""Math functions for RPy programs (libm when translated).

RPy programs may also `import math` and use the same names: the toolchain
maps both to libm.
"""
from __future__ import annotations
import math as _math

pi = _math.pi
e = _math.e
inf = _math.inf
nan = _math.nan
sqrt = _math.sqrt
sin = _math.sin
cos = _math.cos
tan = _math.tan
atan = _math.atan
atan2 = _math.atan2
exp = _math.exp
log = _math.log
floor = _math.floor
fabs = _math.fabs
pow = _math.pow
isnan = _math.isnan
isinf = _math.isinf
copysign = _math.copysign


# -- libm with C semantics: these never raise.  Translated, each is the C
#    function itself; untranslated, CPython's math function with its
#    exceptions turned back into the value C returns (an infinity for an
#    overflow or a pole, a NaN for an invalid operation).  Callers check
#    the result as CPython's mathmodule.c does (NaN from a non-NaN
#    argument: domain error; infinity from a finite one: range error).

def _inf_like(x: float) -> float:
    return _math.copysign(_math.inf, x)


def c_sin(x: float) -> float:
    try:
        return _math.sin(x)
    except ValueError:
        return _math.nan


def c_cos(x: float) -> float:
    try:
        return _math.cos(x)
    except ValueError:
        return _math.nan


def c_tan(x: float) -> float:
    try:
        return _math.tan(x)
    except ValueError:
        return _math.nan


def c_asin(x: float) -> float:
    try:
        return _math.asin(x)
    except ValueError:
        return _math.nan


def c_acos(x: float) -> float:
    try:
        return _math.acos(x)
    except ValueError:
        return _math.nan


def c_atan(x: float) -> float:
    return _math.atan(x)


def c_atan2(y: float, x: float) -> float:
    return _math.atan2(y, x)


def c_sinh(x: float) -> float:
    try:
        return _math.sinh(x)
    except OverflowError:
        return _inf_like(x)


def c_cosh(x: float) -> float:
    try:
        return _math.cosh(x)
    except OverflowError:
        return _math.inf


def c_tanh(x: float) -> float:
    return _math.tanh(x)


def c_asinh(x: float) -> float:
    return _math.asinh(x)


def c_acosh(x: float) -> float:
    try:
        return _math.acosh(x)
    except ValueError:
        return _math.nan


def c_atanh(x: float) -> float:
    try:
        return _math.atanh(x)
    except ValueError:
        if x == 1.0 or x == -1.0:
            return _inf_like(x)
        return _math.nan


def c_exp(x: float) -> float:
    try:
        return _math.exp(x)
    except OverflowError:
        return _math.inf


def c_exp2(x: float) -> float:
    try:
        return _math.exp2(x)
    except OverflowError:
        return _math.inf


def c_expm1(x: float) -> float:
    try:
        return _math.expm1(x)
    except OverflowError:
        return _math.inf


def _log_special(x: float) -> float:
    if x == 0.0:
        return -_math.inf
    return _math.nan


def c_log(x: float) -> float:
    try:
        return _math.log(x)
    except ValueError:
        return _log_special(x)


def c_log2(x: float) -> float:
    try:
        return _math.log2(x)
    except ValueError:
        return _log_special(x)


def c_log10(x: float) -> float:
    try:
        return _math.log10(x)
    except ValueError:
        return _log_special(x)


def c_log1p(x: float) -> float:
    try:
        return _math.log1p(x)
    except ValueError:
        if x == -1.0:
            return -_math.inf
        return _math.nan


def c_sqrt(x: float) -> float:
    try:
        return _math.sqrt(x)
    except ValueError:
        return _math.nan


def c_cbrt(x: float) -> float:
    return _math.cbrt(x)


def c_pow(x: float, y: float) -> float:
    """Finite x and y only (the special values are the caller's)."""
    try:
        return _math.pow(x, y)
    except OverflowError:
        return _math.inf
    except ValueError:
        if x == 0.0:
            return _math.inf
        return _math.nan


def c_fmod(x: float, y: float) -> float:
    try:
        return _math.fmod(x, y)
    except ValueError:
        return _math.nan


def c_erf(x: float) -> float:
    return _math.erf(x)


def c_erfc(x: float) -> float:
    return _math.erfc(x)


def c_nextafter(x: float, y: float) -> float:
    return _math.nextafter(x, y)


def c_ldexp(x: float, e: int) -> float:
    """x * 2**e; e must fit a C int."""
    try:
        return _math.ldexp(x, e)
    except OverflowError:
        return _inf_like(x)
