"""The `cmath` module (CPython's Modules/cmathmodule.c), in RPy.

Finite arguments follow the usual formulas (sqrt is computed as CPython
does, scaled against overflow, so that crmath.c_sqrt(-1) is exactly 1j);
infinities and NaNs go through the same IEEE arithmetic, without CPython's
tables of special values.  A NaN result from non-NaN arguments is
ValueError("math domain error"), an infinity from finite arguments
OverflowError("math range error"), as in math.
"""
from __future__ import annotations

import math

from rpy.rlib import rmath

from ouro.interpreter.module import W_Module
from ouro.modules.math.args import clinic_args, clinic_kw, one_arg
from ouro.modules.math.module import m_atan2
from ouro.objspace import space
from ouro.objspace.complexobject import W_ComplexObject, call_complex_special, hypot, wrap_complex
from ouro.objspace.exceptions import operr, w_OverflowError, w_TypeError, w_ValueError
from ouro.objspace.floatobject import INF, NAN, W_FloatObject, number_float, wrap_float
from ouro.objspace.gateway import W_BuiltinFunction, register_raw
from ouro.objspace.model import Arguments, W_Root, type_name, w_None
from ouro.objspace.tupleobject import W_TupleObject

PI = 3.141592653589793238462643383279502884197
E = 2.718281828459045235360287471352662498
LN10 = 2.302585092994045684017991454684364208

FUNCTIONS: list[W_BuiltinFunction] = []


class Z:
    """A complex value being computed."""
    re: float
    im: float

    def __init__(self, re: float, im: float) -> None:
        self.re = re
        self.im = im


def isfinite(x: float) -> bool:
    return not math.isinf(x) and not math.isnan(x)


def complex_arg(w: W_Root) -> Z:
    """PyArg "D": a complex, __complex__, or a real number."""
    if isinstance(w, W_ComplexObject):
        return Z(w.realval, w.imagval)
    w_special = space.lookup(w, "__complex__")
    if w_special is not None:
        w_res = call_complex_special(w_special, w)
        return Z(w_res.realval, w_res.imagval)
    if isinstance(w, W_FloatObject) or space.lookup(w, "__float__") is not None or \
            space.lookup(w, "__index__") is not None:
        return Z(number_float(w), 0.0)
    raise operr(w_TypeError, "must be real number, not %s" % type_name(w))


def real_arg(w: W_Root) -> float:
    if isinstance(w, W_FloatObject):
        return w.floatval
    if space.lookup(w, "__float__") is not None or space.lookup(w, "__index__") is not None:
        return number_float(w)
    raise operr(w_TypeError, "must be real number, not %s" % type_name(w))


def checked(z: Z, a: Z) -> W_Root:
    """The result z of a function of a: errors as CPython's math_1."""
    a_finite = isfinite(a.re) and isfinite(a.im)
    if (math.isinf(z.re) or math.isinf(z.im)) and a_finite:
        raise operr(w_OverflowError, "math range error")
    if math.isnan(z.re) or math.isnan(z.im):
        if not math.isnan(a.re) and not math.isnan(a.im):
            raise operr(w_ValueError, "math domain error")
    return wrap_complex(z.re, z.im)


# -- complex arithmetic on Z

def c_add(a: Z, b: Z) -> Z:
    return Z(a.re + b.re, a.im + b.im)


def c_sub(a: Z, b: Z) -> Z:
    return Z(a.re - b.re, a.im - b.im)


def c_mul(a: Z, b: Z) -> Z:
    return Z(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)


def c_div(a: Z, b: Z) -> Z:
    """Smith's algorithm, as complex division."""
    abs_breal = abs(b.re)
    abs_bimag = abs(b.im)
    if abs_breal >= abs_bimag:
        if abs_breal == 0.0:
            raise operr(w_ValueError, "math domain error")
        ratio = b.im / b.re
        denom = b.re + b.im * ratio
        return Z((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom)
    if abs_bimag >= abs_breal:
        ratio = b.re / b.im
        denom = b.re * ratio + b.im
        return Z((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom)
    return Z(NAN, NAN)


def z_sqrt(z: Z) -> Z:
    if z.re == 0.0 and z.im == 0.0:
        return Z(0.0, z.im)
    ax = abs(z.re)
    ay = abs(z.im)
    if math.isinf(ax) or math.isinf(ay):
        if math.isinf(ay):
            return Z(INF, z.im)
        if z.re > 0:
            return Z(INF, math.copysign(0.0, z.im) if not math.isnan(z.im) else z.im)
        return Z(abs(z.im - z.im) if math.isnan(z.im) else 0.0, math.copysign(INF, z.im))
    # scaled by 1/8 against overflow in hypot
    ax8 = ax / 8.0
    s = 2.0 * rmath.c_sqrt(ax8 + hypot(ax8, ay / 8.0))
    d = ay / (2.0 * s)
    if z.re >= 0.0:
        return Z(s, math.copysign(d, z.im))
    return Z(d, math.copysign(s, z.im))


def z_exp(z: Z) -> Z:
    if z.im == 0.0 and isfinite(z.re):
        return Z(rmath.c_exp(z.re), z.im)
    l = rmath.c_exp(z.re)
    return Z(l * rmath.c_cos(z.im), l * rmath.c_sin(z.im))


def z_log(z: Z) -> Z:
    if z.re == 0.0 and z.im == 0.0:
        raise operr(w_ValueError, "math domain error")
    ax = abs(z.re)
    ay = abs(z.im)
    h = hypot(ax, ay)
    if 0.71 <= h and h <= 1.73:
        # near the unit circle: log1p keeps the precision
        am = ax if ax > ay else ay
        an = ay if ax > ay else ax
        re = rmath.c_log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
    else:
        re = rmath.c_log(h)
    return Z(re, m_atan2(z.im, z.re))


def z_sinh(z: Z) -> Z:
    return Z(rmath.c_sinh(z.re) * rmath.c_cos(z.im), rmath.c_cosh(z.re) * rmath.c_sin(z.im))


def z_cosh(z: Z) -> Z:
    return Z(rmath.c_cosh(z.re) * rmath.c_cos(z.im), rmath.c_sinh(z.re) * rmath.c_sin(z.im))


LARGE = 1.7976931348623157e308 / 4.0    # DBL_MAX / 4
SQRT_LARGE = math.sqrt(LARGE)
SQRT_DBL_MIN = math.sqrt(2.2250738585072014e-308)
LN2 = 0.6931471805599453094
LOG_LARGE = 708.3964185322641           # log(LARGE)


def z_tanh(z: Z) -> Z:
    if abs(z.re) > LOG_LARGE:
        return Z(math.copysign(1.0, z.re), 4.0 * rmath.c_sin(z.im) * rmath.c_cos(z.im) *
                 rmath.c_exp(-2.0 * abs(z.re)))
    tx = rmath.c_tanh(z.re)
    ty = rmath.c_tan(z.im)
    cx = 1.0 / rmath.c_cosh(z.re)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return Z(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def times_i(z: Z) -> Z:
    return Z(-z.im, z.re)


def times_minus_i(z: Z) -> Z:
    return Z(z.im, -z.re)


def z_sin(z: Z) -> Z:
    return times_minus_i(z_sinh(times_i(z)))


def z_cos(z: Z) -> Z:
    return z_cosh(times_i(z))


def z_tan(z: Z) -> Z:
    return times_minus_i(z_tanh(times_i(z)))


def _log_half_hypot(z: Z) -> float:
    """log(|z|) for huge z, without overflow."""
    return rmath.c_log(hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0


def z_asinh(z: Z) -> Z:
    if abs(z.re) > LARGE or abs(z.im) > LARGE:
        if z.im >= 0.0:
            re = math.copysign(_log_half_hypot(z), z.re)
        else:
            re = -math.copysign(_log_half_hypot(z), -z.re)
        return Z(re, m_atan2(z.im, abs(z.re)))
    s1 = z_sqrt(Z(1.0 + z.im, -z.re))
    s2 = z_sqrt(Z(1.0 - z.im, z.re))
    return Z(rmath.c_asinh(s1.re * s2.im - s2.re * s1.im),
             m_atan2(z.im, s1.re * s2.re - s1.im * s2.im))


def z_asin(z: Z) -> Z:
    return times_minus_i(z_asinh(times_i(z)))


def z_acos(z: Z) -> Z:
    if abs(z.re) > LARGE or abs(z.im) > LARGE:
        re = m_atan2(abs(z.im), z.re)
        if z.re < 0.0:
            im = -math.copysign(_log_half_hypot(z), z.im)
        else:
            im = math.copysign(_log_half_hypot(z), -z.im)
        return Z(re, im)
    s1 = z_sqrt(Z(1.0 - z.re, -z.im))
    s2 = z_sqrt(Z(1.0 + z.re, z.im))
    return Z(2.0 * m_atan2(s1.re, s2.re), rmath.c_asinh(s2.re * s1.im - s2.im * s1.re))


def z_acosh(z: Z) -> Z:
    if abs(z.re) > LARGE or abs(z.im) > LARGE:
        return Z(_log_half_hypot(z), m_atan2(z.im, z.re))
    s1 = z_sqrt(Z(z.re - 1.0, z.im))
    s2 = z_sqrt(Z(z.re + 1.0, z.im))
    return Z(rmath.c_asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * m_atan2(s1.im, s2.re))


def z_atanh(z: Z) -> Z:
    if z.re < 0.0:
        r = z_atanh(Z(-z.re, -z.im))
        return Z(-r.re, -r.im)
    ay = abs(z.im)
    if z.re > SQRT_LARGE or ay > SQRT_LARGE:
        h = hypot(z.re / 2.0, z.im / 2.0)
        return Z(z.re / 4.0 / h / h, -math.copysign(PI / 2.0, -z.im))
    if z.re == 1.0 and ay < SQRT_DBL_MIN:
        if ay == 0.0:
            raise operr(w_ValueError, "math domain error")
        return Z(-rmath.c_log(math.sqrt(ay) / math.sqrt(hypot(ay, 2.0))),
                 math.copysign(m_atan2(2.0, -ay) / 2.0, z.im))
    return Z(rmath.c_log1p(4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)) / 4.0,
             -m_atan2(-2.0 * z.im, (1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0)


def z_atan(z: Z) -> Z:
    return times_minus_i(z_atanh(times_i(z)))


def _one(args: Arguments, name: str) -> Z:
    return complex_arg(one_arg(args, "cmath." + name))


def cm_sqrt(args: Arguments) -> W_Root:
    z = _one(args, "sqrt")
    return checked(z_sqrt(z), z)


def cm_exp(args: Arguments) -> W_Root:
    z = _one(args, "exp")
    return checked(z_exp(z), z)


def cm_log(args: Arguments) -> W_Root:
    args_w = clinic_args(args, "cmath.log", "log", 1, 2)
    z = complex_arg(args_w[0])
    r = z_log(z)
    if len(args_w) > 1:
        w_base = args_w[1]
        b = complex_arg(w_base)
        r = c_div(r, z_log(b))
    return checked(r, z)


def cm_log10(args: Arguments) -> W_Root:
    z = _one(args, "log10")
    r = z_log(z)
    return checked(Z(r.re / LN10, r.im / LN10), z)


def cm_sin(args: Arguments) -> W_Root:
    z = _one(args, "sin")
    return checked(z_sin(z), z)


def cm_cos(args: Arguments) -> W_Root:
    z = _one(args, "cos")
    return checked(z_cos(z), z)


def cm_tan(args: Arguments) -> W_Root:
    z = _one(args, "tan")
    return checked(z_tan(z), z)


def cm_sinh(args: Arguments) -> W_Root:
    z = _one(args, "sinh")
    return checked(z_sinh(z), z)


def cm_cosh(args: Arguments) -> W_Root:
    z = _one(args, "cosh")
    return checked(z_cosh(z), z)


def cm_tanh(args: Arguments) -> W_Root:
    z = _one(args, "tanh")
    return checked(z_tanh(z), z)


def cm_asin(args: Arguments) -> W_Root:
    z = _one(args, "asin")
    return checked(z_asin(z), z)


def cm_acos(args: Arguments) -> W_Root:
    z = _one(args, "acos")
    return checked(z_acos(z), z)


def cm_atan(args: Arguments) -> W_Root:
    z = _one(args, "atan")
    return checked(z_atan(z), z)


def cm_asinh(args: Arguments) -> W_Root:
    z = _one(args, "asinh")
    return checked(z_asinh(z), z)


def cm_acosh(args: Arguments) -> W_Root:
    z = _one(args, "acosh")
    return checked(z_acosh(z), z)


def cm_atanh(args: Arguments) -> W_Root:
    z = _one(args, "atanh")
    return checked(z_atanh(z), z)


def cm_phase(args: Arguments) -> W_Root:
    z = _one(args, "phase")
    return wrap_float(m_atan2(z.im, z.re))


def cm_polar(args: Arguments) -> W_Root:
    z = _one(args, "polar")
    r = hypot(z.re, z.im)
    if math.isinf(r) and isfinite(z.re) and isfinite(z.im):
        raise operr(w_OverflowError, "math range error")
    return W_TupleObject([wrap_float(r), wrap_float(m_atan2(z.im, z.re))])


def cm_rect(args: Arguments) -> W_Root:
    args_w = clinic_args(args, "cmath.rect", "rect", 2, 2)
    r = real_arg(args_w[0])
    phi = real_arg(args_w[1])
    if isfinite(r) and isfinite(phi):
        if phi == 0.0:
            return wrap_complex(r, r * phi)
        return wrap_complex(r * rmath.c_cos(phi), r * rmath.c_sin(phi))
    if math.isinf(r) and isfinite(phi) and phi != 0.0:
        re = r * rmath.c_cos(phi)
        im = r * rmath.c_sin(phi)
        return wrap_complex(re, im)
    if math.isinf(phi) and r != 0.0:
        raise operr(w_ValueError, "math domain error")
    if phi == 0.0:
        return wrap_complex(r, phi * r if not math.isinf(r) else phi)
    return wrap_complex(r * rmath.c_cos(phi) if r != 0.0 else 0.0,
                        r * rmath.c_sin(phi) if r != 0.0 else 0.0)


def cm_isnan(args: Arguments) -> W_Root:
    z = _one(args, "isnan")
    return space.wrap_bool(math.isnan(z.re) or math.isnan(z.im))


def cm_isinf(args: Arguments) -> W_Root:
    z = _one(args, "isinf")
    return space.wrap_bool(math.isinf(z.re) or math.isinf(z.im))


def cm_isfinite(args: Arguments) -> W_Root:
    z = _one(args, "isfinite")
    return space.wrap_bool(isfinite(z.re) and isfinite(z.im))


def cm_isclose(args: Arguments) -> W_Root:
    slots = clinic_kw(args, "isclose", ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)
    w_a = slots[0]
    w_b = slots[1]
    assert w_a is not None and w_b is not None
    a = complex_arg(w_a)
    b = complex_arg(w_b)
    w_rel = slots[2]
    w_abs = slots[3]
    rel_tol = real_arg(w_rel) if w_rel is not None else 1e-09
    abs_tol = real_arg(w_abs) if w_abs is not None else 0.0
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise operr(w_ValueError, "tolerances must be non-negative")
    if a.re == b.re and a.im == b.im:
        return space.wrap_bool(True)
    if math.isinf(a.re) or math.isinf(a.im) or math.isinf(b.re) or math.isinf(b.im):
        return space.wrap_bool(False)
    diff = hypot(a.re - b.re, a.im - b.im)
    return space.wrap_bool((diff <= rel_tol * hypot(b.re, b.im)) or
                           (diff <= rel_tol * hypot(a.re, a.im)) or diff <= abs_tol)


for _name, _f in [("sqrt", cm_sqrt), ("exp", cm_exp), ("log", cm_log), ("log10", cm_log10),
                  ("sin", cm_sin), ("cos", cm_cos), ("tan", cm_tan), ("sinh", cm_sinh),
                  ("cosh", cm_cosh), ("tanh", cm_tanh), ("asin", cm_asin), ("acos", cm_acos),
                  ("atan", cm_atan), ("asinh", cm_asinh), ("acosh", cm_acosh),
                  ("atanh", cm_atanh), ("phase", cm_phase), ("polar", cm_polar),
                  ("rect", cm_rect), ("isnan", cm_isnan), ("isinf", cm_isinf),
                  ("isfinite", cm_isfinite), ("isclose", cm_isclose)]:
    FUNCTIONS.append(register_raw(None, _name, _f))


def make_module() -> W_Module:
    w_mod = W_Module("cmath", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str("This module provides access to mathematical "
                                            "functions for complex\nnumbers."))
    for w_f in FUNCTIONS:
        d.setitem_str(w_f.name, w_f)
    d.setitem_str("pi", wrap_float(PI))
    d.setitem_str("e", wrap_float(E))
    d.setitem_str("tau", wrap_float(2.0 * PI))
    d.setitem_str("inf", wrap_float(INF))
    d.setitem_str("nan", wrap_float(NAN))
    d.setitem_str("infj", wrap_complex(0.0, INF))
    d.setitem_str("nanj", wrap_complex(0.0, NAN))
    return w_mod
