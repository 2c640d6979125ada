"""complex: pairs of doubles (W_ComplexObject), after CPython's
Objects/complexobject.c: arithmetic (Smith's division, the integer-power
fast path of `**`), repr, hash, == (< and friends are not defined),
complex() parsing, format().

abs() needs hypot, which RPy's math lacks: `hypot` below is glibc's
(2.35+) correction algorithm without FMA, which matches the libm that
CPython calls bit for bit.
"""
from __future__ import annotations

import math

from rpy.rlib.rarithmetic import intmask

from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (operr, w_OverflowError, w_TypeError, w_ValueError,
                                      w_ZeroDivisionError)
from ouro.objspace.floatobject import (INF, W_FloatObject, compare_int_float, ffloor,
                                       format_float_short, hash_of_float, is_negative,
                                       layout_float_text, number_float, text_to_ascii,
                                       wrap_float)
from ouro.objspace.gateway import register
from ouro.objspace.intobject import (FormatSpec, check_new_cls, int_to_float, is_int,
                                     parse_format_spec, register_new, repeat_char,
                                     unknown_format_code, wrap_int)
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_COMPLEX, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_NotImplemented, w_object_type)
from ouro.objspace.strobject import W_StrObject

w_complex_type = make_builtin_type("complex", [w_object_type], LAYOUT_COMPLEX)

HASH_IMAG = 1000003
NAN = float("nan")


class W_ComplexObject(W_Root):
    realval: float
    imagval: float

    def __init__(self, realval: float, imagval: float) -> None:
        self.realval = realval
        self.imagval = imagval

    def getclass(self) -> W_TypeObject:
        return w_complex_type


class W_ComplexObjectUser(W_ComplexObject):
    """An instance of a Python subclass of complex."""
    w_type: W_TypeObject
    attrs: W_ObjectWithMap

    def __init__(self, w_type: W_TypeObject, realval: float, imagval: float) -> None:
        W_ComplexObject.__init__(self, realval, imagval)
        self.w_type = w_type
        self.attrs = W_ObjectWithMap()

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def get_attrs(self) -> W_Root | None:
        return self.attrs

    def getdictvalue(self, name: str) -> W_Root | None:
        return self.attrs.getdictvalue(name)

    def setdictvalue(self, name: str, w_value: W_Root) -> bool:
        return self.attrs.setdictvalue(name, w_value)

    def deldictvalue(self, name: str) -> bool:
        return self.attrs.deldictvalue(name)


def wrap_complex(re: float, im: float) -> W_ComplexObject:
    return W_ComplexObject(re, im)


# -- libm pieces

SCALE = 2.0 ** -600
LARGE_VAL = 2.0 ** 511
TINY_VAL = 2.0 ** -511
EPS = 2.0 ** -54


def _hypot_kernel(ax: float, ay: float) -> float:
    h = math.sqrt(ax * ax + ay * ay)
    if h <= 2.0 * ay:
        delta = h - ay
        t1 = ax * (2.0 * delta - ax)
        t2 = (delta - 2.0 * (ax - ay)) * delta
    else:
        delta = h - ax
        t1 = 2.0 * delta * (ax - 2.0 * ay)
        t2 = (4.0 * delta - ay) * ay + delta * delta
    h -= (t1 + t2) / (2.0 * h)
    return h


def hypot(x: float, y: float) -> float:
    """C's hypot (glibc's algorithm, see the module docstring)."""
    if math.isinf(x) or math.isinf(y):
        return INF
    if math.isnan(x) or math.isnan(y):
        return x + y
    x = math.fabs(x)
    y = math.fabs(y)
    ax = y if x < y else x
    ay = x if x < y else y
    if ax > LARGE_VAL:
        if ay <= ax * EPS:
            return ax + ay
        return _hypot_kernel(ax * SCALE, ay * SCALE) / SCALE
    if ay < TINY_VAL:
        if ax >= ay / EPS:
            return ax + ay
        return _hypot_kernel(ax / SCALE, ay / SCALE) * SCALE
    if ay <= ax * EPS:
        return ax + ay
    return _hypot_kernel(ax, ay)


def _libm_pow(x: float, y: float) -> float:
    """C's pow for x >= 0 (CPython's math.pow raises where C returns inf)."""
    try:
        return math.pow(x, y)
    except OverflowError:
        return INF
    except ValueError:
        return NAN


def c_div(a: float, b: float) -> float:
    """a / b with C's semantics (no exception for a zero divisor)."""
    if b == 0.0:
        if a == 0.0 or math.isnan(a):
            return NAN
        return -INF if is_negative(a) != is_negative(b) else INF
    return a / b


def _libm_cos(x: float) -> float:
    try:
        return math.cos(x)
    except ValueError:
        return NAN


def _libm_sin(x: float) -> float:
    try:
        return math.sin(x)
    except ValueError:
        return NAN


def _libm_exp(x: float) -> float:
    try:
        return math.exp(x)
    except OverflowError:
        return INF


# -- arithmetic (CPython's _Py_c_* functions)

class CResult:
    """A complex result and CPython's errno: 0, EDOM (33) or ERANGE (34)."""
    re: float
    im: float
    errno: int

    def __init__(self, re: float, im: float, errno: int) -> None:
        self.re = re
        self.im = im
        self.errno = errno


EDOM = 33
ERANGE = 34


def c_quot(ar: float, ai: float, br: float, bi: float) -> CResult:
    abs_br = -br if br < 0.0 else br
    abs_bi = -bi if bi < 0.0 else bi
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            return CResult(0.0, 0.0, EDOM)
        ratio = bi / br
        denom = br + bi * ratio
        return CResult((ar + ai * ratio) / denom, (ai - ar * ratio) / denom, 0)
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return CResult((ar * ratio + ai) / denom, (ai * ratio - ar) / denom, 0)
    return CResult(NAN, NAN, 0)


def c_pow(ar: float, ai: float, br: float, bi: float) -> CResult:
    if br == 0.0 and bi == 0.0:
        return CResult(1.0, 0.0, 0)
    if ar == 0.0 and ai == 0.0:
        errno = EDOM if (bi != 0.0 or br < 0.0) else 0
        return CResult(0.0, 0.0, errno)
    vabs = hypot(ar, ai)
    length = _libm_pow(vabs, br)
    at = math.atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        length = c_div(length, _libm_exp(at * bi))
        phase += bi * math.log(vabs)
    # glibc's cos and sin of an infinity set errno to EDOM (which CPython
    # then reports as a ZeroDivisionError); the ERANGEs of pow and exp never
    # change the outcome (see complex_pow_values)
    errno = EDOM if math.isinf(phase) else 0
    return CResult(length * _libm_cos(phase), length * _libm_sin(phase), errno)


def c_powu(xr: float, xi: float, n: int) -> CResult:
    rr = 1.0
    ri = 0.0
    pr = xr
    pi = xi
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            t = rr * pr - ri * pi
            ri = rr * pi + ri * pr
            rr = t
        mask <<= 1
        t = pr * pr - pi * pi
        pi = pr * pi + pi * pr
        pr = t
    return CResult(rr, ri, 0)


def c_powi(xr: float, xi: float, n: int) -> CResult:
    if n > 0:
        return c_powu(xr, xi, n)
    p = c_powu(xr, xi, -n)
    return c_quot(1.0, 0.0, p.re, p.im)


def complex_pow_values(ar: float, ai: float, br: float, bi: float) -> W_Root:
    """(ar+ai j) ** (br+bi j) as CPython's complex_pow."""
    if bi == 0.0 and not math.isinf(br) and not math.isnan(br) and br == ffloor(br) and \
            math.fabs(br) <= 100.0:
        p = c_powi(ar, ai, int(br))
    else:
        p = c_pow(ar, ai, br, bi)
    errno = p.errno
    if math.isinf(p.re) or math.isinf(p.im):
        if errno == 0:
            errno = ERANGE
    elif errno == ERANGE:
        errno = 0
    if errno == EDOM:
        raise operr(w_ZeroDivisionError, "0.0 to a negative or complex power")
    if errno == ERANGE:
        raise operr(w_OverflowError, "complex exponentiation")
    return wrap_complex(p.re, p.im)


def complex_abs(re: float, im: float) -> float:
    if math.isinf(re):
        return math.fabs(re)
    if math.isinf(im):
        return math.fabs(im)
    if math.isnan(re) or math.isnan(im):
        return NAN
    result = hypot(re, im)
    if math.isinf(result):
        raise operr(w_OverflowError, "absolute value too large")
    return result


def call_complex_special(w_special: W_Root, w: W_Root) -> W_ComplexObject:
    """The value of w's `__complex__` (w_special, found on its type): a
    complex, else CPython's TypeError; a subclass with its
    DeprecationWarning."""
    w_res = space.call_found_special(w_special, w, [])
    if not isinstance(w_res, W_ComplexObject):
        raise operr(w_TypeError, "__complex__ returned non-complex (type %s)"
                    % type_name(w_res))
    if w_res.getclass() is not w_complex_type:
        space.warn_strict_subclass("__complex__ returned non-complex", "complex", w_res)
    return w_res


def complex_hash(w: W_Root, re: float, im: float) -> int:
    """hash(w), w a complex re+imj (a NaN part hashed by w's identity)."""
    h = intmask(hash_of_float(re, w) + HASH_IMAG * hash_of_float(im, w))
    if h == -1:
        h = -2
    return h


def complex_repr(re: float, im: float) -> str:
    if re == 0.0 and not is_negative(re):
        return format_float_short(im, "r", 0, False, False, False) + "j"
    sre = format_float_short(re, "r", 0, False, False, False)
    sim = format_float_short(im, "r", 0, False, False, False)
    if not sim.startswith("-"):
        sim = "+" + sim
    return "(" + sre + sim + "j)"


# -- the special methods

class Operand:
    """TO_COMPLEX: an int, float or complex operand as two doubles."""
    ok: bool
    re: float
    im: float

    def __init__(self, ok: bool, re: float, im: float) -> None:
        self.ok = ok
        self.re = re
        self.im = im


def _operand(w: W_Root) -> Operand:
    if isinstance(w, W_ComplexObject):
        return Operand(True, w.realval, w.imagval)
    if isinstance(w, W_FloatObject):
        return Operand(True, w.floatval, 0.0)
    if is_int(w):
        return Operand(True, int_to_float(w), 0.0)
    return Operand(False, 0.0, 0.0)


def _self(slots: list[W_Root | None], name: str) -> W_ComplexObject:
    w = slots[0]
    assert w is not None
    if not isinstance(w, W_ComplexObject):
        raise operr(w_TypeError, "descriptor '%s' requires a 'complex' object but received a '%s'"
                    % (name, type_name(w)))
    return w


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    return w if w is not None else w_None


OP_ADD = 0
OP_SUB = 1
OP_MUL = 2
OP_TRUEDIV = 3
OP_POW = 4


def complex_binop(op: int, ar: float, ai: float, br: float, bi: float) -> W_Root:
    if op == OP_ADD:
        return wrap_complex(ar + br, ai + bi)
    if op == OP_SUB:
        return wrap_complex(ar - br, ai - bi)
    if op == OP_MUL:
        return wrap_complex(ar * br - ai * bi, ar * bi + ai * br)
    if op == OP_TRUEDIV:
        q = c_quot(ar, ai, br, bi)
        if q.errno == EDOM:
            raise operr(w_ZeroDivisionError, "complex division by zero")
        return wrap_complex(q.re, q.im)
    return complex_pow_values(ar, ai, br, bi)


def _binary(slots: list[W_Root | None], op: int, name: str, reflected: bool) -> W_Root:
    w_a = _self(slots, name)
    b = _operand(_arg(slots, 1))
    if not b.ok:
        return w_NotImplemented
    if reflected:
        return complex_binop(op, b.re, b.im, w_a.realval, w_a.imagval)
    return complex_binop(op, w_a.realval, w_a.imagval, b.re, b.im)


def complex_descr_add(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_ADD, "__add__", False)


def complex_descr_radd(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_ADD, "__radd__", True)


def complex_descr_sub(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_SUB, "__sub__", False)


def complex_descr_rsub(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_SUB, "__rsub__", True)


def complex_descr_mul(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_MUL, "__mul__", False)


def complex_descr_rmul(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_MUL, "__rmul__", True)


def complex_descr_truediv(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_TRUEDIV, "__truediv__", False)


def complex_descr_rtruediv(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_TRUEDIV, "__rtruediv__", True)


def _pow(slots: list[W_Root | None], name: str, reflected: bool) -> W_Root:
    w_a = _self(slots, name)
    b = _operand(_arg(slots, 1))
    if not b.ok:
        return w_NotImplemented
    w_m = slots[2]
    if w_m is not None and w_m is not w_None:
        raise operr(w_ValueError, "complex modulo")
    if reflected:
        return complex_pow_values(b.re, b.im, w_a.realval, w_a.imagval)
    return complex_pow_values(w_a.realval, w_a.imagval, b.re, b.im)


def complex_descr_pow(slots: list[W_Root | None]) -> W_Root:
    return _pow(slots, "__pow__", False)


def complex_descr_rpow(slots: list[W_Root | None]) -> W_Root:
    return _pow(slots, "__rpow__", True)


def complex_descr_neg(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "__neg__")
    return wrap_complex(-w.realval, -w.imagval)


def exact_complex(w: W_ComplexObject) -> W_Root:
    if w.getclass() is w_complex_type:
        return w
    return wrap_complex(w.realval, w.imagval)


def complex_descr_pos(slots: list[W_Root | None]) -> W_Root:
    return exact_complex(_self(slots, "__pos__"))


def complex_descr_complex(slots: list[W_Root | None]) -> W_Root:
    return exact_complex(_self(slots, "__complex__"))


def complex_descr_abs(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "__abs__")
    return wrap_float(complex_abs(w.realval, w.imagval))


def complex_descr_bool(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "__bool__")
    return space.wrap_bool(w.realval != 0.0 or w.imagval != 0.0)


def complex_descr_conjugate(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "conjugate")
    return wrap_complex(w.realval, -w.imagval)


def complex_descr_repr(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "__repr__")
    return space.wrap_str(complex_repr(w.realval, w.imagval))


def complex_descr_hash(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "__hash__")
    return wrap_int(complex_hash(w, w.realval, w.imagval))


def complex_descr_getnewargs(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "__getnewargs__")
    return space.newtuple([wrap_float(w.realval), wrap_float(w.imagval)])


def _equal(slots: list[W_Root | None], name: str, ne: bool) -> W_Root:
    w_a = _self(slots, name)
    w_b = _arg(slots, 1)
    if is_int(w_b):
        if w_a.imagval == 0.0:
            if math.isnan(w_a.realval):
                return space.wrap_bool(ne)
            return space.wrap_bool((compare_int_float(w_b, w_a.realval) == 0) != ne)
        return space.wrap_bool(ne)
    if isinstance(w_b, W_FloatObject):
        equal = w_a.realval == w_b.floatval and w_a.imagval == 0.0
    elif isinstance(w_b, W_ComplexObject):
        equal = w_a.realval == w_b.realval and w_a.imagval == w_b.imagval
    else:
        return w_NotImplemented
    return space.wrap_bool(equal != ne)


def complex_descr_eq(slots: list[W_Root | None]) -> W_Root:
    return _equal(slots, "__eq__", False)


def complex_descr_ne(slots: list[W_Root | None]) -> W_Root:
    return _equal(slots, "__ne__", True)


def complex_get_real(w: W_Root) -> W_Root:
    assert isinstance(w, W_ComplexObject)
    return wrap_float(w.realval)


def complex_get_imag(w: W_Root) -> W_Root:
    assert isinstance(w, W_ComplexObject)
    return wrap_float(w.imagval)


# -- format()

def _part_spec(f: FormatSpec, sign: str) -> FormatSpec:
    p = FormatSpec()
    p.fill = " "
    p.align = "<"
    p.width = -1
    p.sign = sign
    p.thousands = f.thousands
    p.type = f.type
    return p


def format_complex(w: W_ComplexObject, spec: str) -> str:
    if spec == "":
        return space.str_str(w)
    f = parse_format_spec(spec, w, "", ">")
    t = f.type
    if not (t == "" or t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or
            t == "G" or t == "n"):
        raise unknown_format_code(t, w)
    if f.precision > 2147483647:
        raise operr(w_ValueError, "precision too big")
    if f.fill == "0":
        raise operr(w_ValueError, "Zero padding is not allowed in complex format specifier")
    if f.align == "=":
        raise operr(w_ValueError,
                    "'=' alignment flag is not allowed in complex format specifier")
    re = w.realval
    im = w.imagval
    precision = f.precision
    default_precision = 6
    skip_re = False
    add_parens = False
    if t == "":
        t = "r"
        default_precision = 0
        if re == 0.0 and not is_negative(re):
            skip_re = True
        else:
            add_parens = True
    if t == "n":
        t = "g"
    if precision < 0:
        precision = default_precision
    elif t == "r":
        t = "g"
    re_text = format_float_short(re, t, precision, False, f.alternate, f.no_neg_0)
    im_text = format_float_short(im, t, precision, False, f.alternate, f.no_neg_0)
    re_part = layout_float_text(re_text, _part_spec(f, f.sign))
    im_part = layout_float_text(im_text, _part_spec(f, f.sign if skip_re else "+"))
    body = im_part + "j" if skip_re else re_part + im_part + "j"
    if add_parens:
        body = "(" + body + ")"
    n = len(body)
    total = f.width if f.width > n else n
    if f.align == ">":
        lpad = total - n
    elif f.align == "^":
        lpad = (total - n) // 2
    else:
        lpad = 0
    rpad = total - n - lpad
    return repeat_char(f.fill, lpad) + body + repeat_char(f.fill, rpad)


def complex_descr_format(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "__format__")
    w_spec = _arg(slots, 1)
    if not isinstance(w_spec, W_StrObject):
        raise operr(w_TypeError, "__format__() argument must be str, not %s" % type_name(w_spec))
    return space.wrap_str(format_complex(w, w_spec.as_str()))


# -- complex(real, imag)

def _is_space(c: str) -> bool:
    return c == " " or c == "\t" or c == "\n" or c == "\r" or c == "\x0b" or c == "\x0c"


def _lower_at(s: str, pos: int, word: str) -> bool:
    return s[pos:pos + len(word)].lower() == word


def float_prefix(s: str, pos: int) -> int:
    """The end of the longest float literal at pos (PyOS_string_to_double
    without the whole-string check); pos itself if there is none."""
    n = len(s)
    p = pos
    if p < n and (s[p] == "+" or s[p] == "-"):
        p += 1
    if _lower_at(s, p, "infinity"):
        return p + 8
    if _lower_at(s, p, "inf") or _lower_at(s, p, "nan"):
        return p + 3
    digits = 0
    while p < n and 48 <= ord(s[p]) <= 57:
        p += 1
        digits += 1
    if p < n and s[p] == ".":
        p += 1
        while p < n and 48 <= ord(s[p]) <= 57:
            p += 1
            digits += 1
    if digits == 0:
        return pos
    if p < n and (s[p] == "e" or s[p] == "E"):
        q = p + 1
        if q < n and (s[q] == "+" or s[q] == "-"):
            q += 1
        if q < n and 48 <= ord(s[q]) <= 57:
            while q < n and 48 <= ord(s[q]) <= 57:
                q += 1
            p = q
    return p


def _remove_underscores(s: str) -> str | None:
    """CPython's _Py_string_to_number_with_underscores check: None if an
    underscore is not between two digits."""
    if s.find("_") < 0:
        return s
    parts: list[str] = []
    prev = ""
    for c in s:
        if c == "_":
            if not (len(prev) == 1 and 48 <= ord(prev) <= 57):
                return None
        else:
            if prev == "_" and not (48 <= ord(c) <= 57):
                return None
            parts.append(c)
        prev = c
    if prev == "_":
        return None
    return "".join(parts)


MALFORMED = "complex() arg is a malformed string"


def complex_from_text(s: str, w_orig: W_Root) -> tuple[float, float]:
    text = _remove_underscores(text_to_ascii(s))
    if text is None:
        raise operr(w_ValueError, "could not convert string to complex: %s"
                    % space.repr_str(w_orig))
    n = len(text)
    p = 0
    x = 0.0
    y = 0.0
    while p < n and _is_space(text[p]):
        p += 1
    got_bracket = False
    if p < n and text[p] == "(":
        got_bracket = True
        p += 1
        while p < n and _is_space(text[p]):
            p += 1
    end = float_prefix(text, p)
    if end != p:
        z = float(text[p:end])
        p = end
        if p < n and (text[p] == "+" or text[p] == "-"):
            x = z
            end = float_prefix(text, p)
            if end != p:
                y = float(text[p:end])
                p = end
            else:
                y = 1.0 if text[p] == "+" else -1.0
                p += 1
            if not (p < n and (text[p] == "j" or text[p] == "J")):
                raise operr(w_ValueError, MALFORMED)
            p += 1
        elif p < n and (text[p] == "j" or text[p] == "J"):
            p += 1
            y = z
        else:
            x = z
    else:
        if p < n and (text[p] == "+" or text[p] == "-"):
            y = 1.0 if text[p] == "+" else -1.0
            p += 1
        else:
            y = 1.0
        if not (p < n and (text[p] == "j" or text[p] == "J")):
            raise operr(w_ValueError, MALFORMED)
        p += 1
    while p < n and _is_space(text[p]):
        p += 1
    if got_bracket:
        if not (p < n and text[p] == ")"):
            raise operr(w_ValueError, MALFORMED)
        p += 1
        while p < n and _is_space(text[p]):
            p += 1
    if p != n:
        raise operr(w_ValueError, MALFORMED)
    return x, y


def _is_number(w: W_Root) -> bool:
    """Has nb_float or nb_index, or is a complex."""
    return isinstance(w, W_ComplexObject) or space.lookup(w, "__float__") is not None or \
        space.lookup(w, "__index__") is not None


def new_complex_instance(w_cls: W_TypeObject, re: float, im: float) -> W_Root:
    if w_cls is w_complex_type:
        return wrap_complex(re, im)
    return W_ComplexObjectUser(w_cls, re, im)


def complex_descr_new(slots: list[W_Root | None]) -> W_Root:
    w_cls = check_new_cls(_arg(slots, 0), w_complex_type)
    w_r = slots[1]
    w_i = slots[2]
    if w_r is None:
        w_r = wrap_int(0)
    if isinstance(w_r, W_ComplexObject) and w_r.getclass() is w_complex_type and \
            w_i is None and w_cls is w_complex_type:
        return w_r
    if isinstance(w_r, W_StrObject):
        if w_i is not None:
            raise operr(w_TypeError, "complex() can't take second arg if first is a string")
        x, y = complex_from_text(w_r.as_str(), w_r)
        return new_complex_instance(w_cls, x, y)
    if w_i is not None and isinstance(w_i, W_StrObject):
        raise operr(w_TypeError, "complex() second arg can't be a string")
    w_special = space.lookup(w_r, "__complex__")
    if w_special is not None:
        w_r = call_complex_special(w_special, w_r)
    if not _is_number(w_r):
        raise operr(w_TypeError, "complex() first argument must be a string or a number, "
                    "not '%s'" % type_name(w_r))
    if w_i is not None and not _is_number(w_i):
        raise operr(w_TypeError, "complex() second argument must be a number, not '%s'"
                    % type_name(w_i))
    cr_is_complex = False
    ci_is_complex = False
    ci_imag = 0.0
    if isinstance(w_r, W_ComplexObject):
        cr_real = w_r.realval
        cr_imag = w_r.imagval
        cr_is_complex = True
    else:
        cr_real = number_float(w_r)
        cr_imag = 0.0
    if w_i is None:
        ci_real = cr_imag
    elif isinstance(w_i, W_ComplexObject):
        ci_real = w_i.realval
        ci_imag = w_i.imagval
        ci_is_complex = True
    else:
        ci_real = number_float(w_i)
    if ci_is_complex:
        cr_real -= ci_imag
    if cr_is_complex and w_i is not None:
        ci_real += cr_imag
    return new_complex_instance(w_cls, cr_real, ci_real)


register_new(w_complex_type, "complex(self, real=, imag=)", complex_descr_new)
register(w_complex_type, "__add__(self, value, /)", complex_descr_add)
register(w_complex_type, "__radd__(self, value, /)", complex_descr_radd)
register(w_complex_type, "__sub__(self, value, /)", complex_descr_sub)
register(w_complex_type, "__rsub__(self, value, /)", complex_descr_rsub)
register(w_complex_type, "__mul__(self, value, /)", complex_descr_mul)
register(w_complex_type, "__rmul__(self, value, /)", complex_descr_rmul)
register(w_complex_type, "__truediv__(self, value, /)", complex_descr_truediv)
register(w_complex_type, "__rtruediv__(self, value, /)", complex_descr_rtruediv)
register(w_complex_type, "__pow__(self, value, mod=, /)", complex_descr_pow)
register(w_complex_type, "__rpow__(self, value, mod=, /)", complex_descr_rpow)
register(w_complex_type, "__neg__(self, /)", complex_descr_neg)
register(w_complex_type, "__pos__(self, /)", complex_descr_pos)
register(w_complex_type, "__abs__(self, /)", complex_descr_abs)
register(w_complex_type, "__bool__(self, /)", complex_descr_bool)
register(w_complex_type, "__complex__(self, /)", complex_descr_complex)
register(w_complex_type, "__repr__(self, /)", complex_descr_repr)
register(w_complex_type, "__hash__(self, /)", complex_descr_hash)
register(w_complex_type, "__format__(self, format_spec, /)", complex_descr_format)
register(w_complex_type, "__getnewargs__(self, /)", complex_descr_getnewargs)
register(w_complex_type, "__eq__(self, value, /)", complex_descr_eq)
register(w_complex_type, "__ne__(self, value, /)", complex_descr_ne)
register(w_complex_type, "conjugate(self, /)", complex_descr_conjugate)
getset(w_complex_type, "real", complex_get_real)
getset(w_complex_type, "imag", complex_get_imag)
