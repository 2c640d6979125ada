"""float: IEEE doubles (W_FloatObject).

Arithmetic follows CPython's Objects/floatobject.c (its special cases for
pow, modulo and floor division, the ZeroDivisionError messages); mixed
with ints, the int is converted (OverflowError beyond a double), except in
comparisons, which are exact.  repr() is RPy's repr(float) (CPython's
shortest repr).  Formatting with a precision needs the exact decimal
value of a double: `exact_decimal` computes it with base-10**9 limbs (a
double is m * 2**e), and `dtoa` rounds it half-to-even as CPython's
_Py_dg_dtoa does (modes 0, 2 and 3); `format_float_short` is CPython's
PyOS_double_to_string on top of it.

hash(nan): as CPython 3.10+, a NaN is hashed by its object's identity
(`hash_of_float`; a complex with a NaN part by the complex's), so NaN keys
do not all collide in one chain of a dict or set.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from rpy.rlib.rarithmetic import MAXINT, MININT, r_uint
from rpy.rlib.rbigint import _UNICODE_TO_ASCII, rbigint

from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr, w_OverflowError,
                                      w_TypeError, w_ValueError, w_ZeroDivisionError)
from ouro.objspace.gateway import register, register_classmethod
from ouro.objspace.intobject import (HASH_BITS, HASH_INF, HASH_MODULUS, FormatSpec,
                                     W_IntObject, W_LongObject, bigint_of_w, bytes_as_ascii_text,
                                     check_new_cls,
                                     format_number, grouping_of, index_w, int_to_float,
                                     int_w_clipped, is_int, parse_format_spec,
                                     register_new, repeat_char, unknown_format_code, wrap_big,
                                     wrap_int)
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_FLOAT, W_Root, W_TypeObject, make_builtin_type, type_name,
                                 w_None, w_NotImplemented, w_object_type)
from ouro.objspace.strobject import LazyModule, W_StrObject

# used at call time only (see strobject.LazyModule)
if TYPE_CHECKING:
    from ouro.objspace import bytesobject
else:
    bytesobject = LazyModule("ouro.objspace.bytesobject")

w_float_type = make_builtin_type("float", [w_object_type], LAYOUT_FLOAT)

INF = float("inf")
NAN = float("nan")
NAN_HASH = 0
TWO52 = 4503599627370496.0
TWO53 = 9007199254740992.0
TWO63 = 9223372036854775808.0
# powers of two as floats, for exact scaling (RPy has no frexp/ldexp)
POW2 = [math.ldexp(1.0, _i) for _i in range(1024)]
INVPOW2 = [math.ldexp(1.0, -_i) for _i in range(1075)]
POW2_STEPS = [512, 256, 128, 64, 32, 16, 8, 4, 2, 1]
DEC_BASE = 1000000000
FIVE_POW = [5 ** _i for _i in range(14)]


class W_FloatObject(W_Root):
    floatval: float

    def __init__(self, floatval: float) -> None:
        self.floatval = floatval

    def getclass(self) -> W_TypeObject:
        return w_float_type


class W_FloatObjectUser(W_FloatObject):
    """An instance of a Python subclass of float."""
    w_type: W_TypeObject
    attrs: W_ObjectWithMap

    def __init__(self, w_type: W_TypeObject, floatval: float) -> None:
        W_FloatObject.__init__(self, floatval)
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


def wrap_float(f: float) -> W_FloatObject:
    return W_FloatObject(f)


def is_float(w: W_Root) -> bool:
    return isinstance(w, W_FloatObject)


def is_finite(x: float) -> bool:
    return not math.isnan(x) and not math.isinf(x)


def is_negative(x: float) -> bool:
    """The sign bit (-0.0 is negative)."""
    return math.copysign(1.0, x) < 0.0


# -- the bits of a double

def ldexp(x: float, e: int) -> float:
    """x * 2**e: exact when the result is representable and x is an
    integer-valued float (the intermediate steps stay normal)."""
    while e > 1000:
        x = x * POW2[1000]
        e -= 1000
        if math.isinf(x):
            return x
    while e < -1000:
        x = x * INVPOW2[1000]
        e += 1000
    if e >= 0:
        return x * POW2[e]
    return x * INVPOW2[-e]


def pow2(k: int) -> float:
    """2.0 ** k for -1074 <= k <= 1023."""
    if k >= 0:
        return POW2[k]
    return INVPOW2[-k]


def decompose(x: float) -> tuple[int, int]:
    """x > 0 finite as (m, e): x == m * 2**e, 2**52 <= m < 2**53 (every
    scaling below is by a power of two and exact)."""
    e = 0
    if x >= TWO53:
        for s in POW2_STEPS:
            if x >= POW2[53 + s]:
                x = x * INVPOW2[s]
                e += s
        if x >= TWO53:
            x = x * 0.5
            e += 1
    elif x < TWO52:
        while x < INVPOW2[460]:
            x = x * POW2[512]
            e -= 512
        for s in POW2_STEPS:
            if s < 512 and x < pow2(52 - s):
                x = x * POW2[s]
                e -= s
        if x < TWO52:
            x = x * 2.0
            e -= 1
    return int(x), e


def float_bits(x: float) -> r_uint:
    """The IEEE 754 binary64 encoding of x."""
    if math.isnan(x):
        return r_uint(0x7ff8000000000000) | ((r_uint(1) << 63) if math.copysign(1.0, x) < 0.0
                                             else r_uint(0))
    sign = r_uint(0)
    if x < 0.0 or (x == 0.0 and math.copysign(1.0, x) < 0.0):
        sign = r_uint(1) << 63
        x = -x
    if math.isinf(x):
        return sign | r_uint(0x7ff0000000000000)
    if x == 0.0:
        return sign
    m, e = decompose(x)         # x = m * 2**e, 2**52 <= m < 2**53
    if e + 52 < -1022:          # subnormal
        return sign | r_uint(m >> (-1074 - e))
    return sign | (r_uint(e + 52 + 1023) << 52) | r_uint(m - (1 << 52))


def float_to_int_obj(x: float) -> W_Root:
    """int(x): truncation toward zero."""
    if math.isnan(x):
        raise operr(w_ValueError, "cannot convert float NaN to integer")
    if math.isinf(x):
        raise operr(w_OverflowError, "cannot convert float infinity to integer")
    if -TWO63 <= x < TWO63:
        return wrap_int(int(x))
    return wrap_big(rbigint.from_float(x))


def ffloor(x: float) -> float:
    """math.floor as a float (finite x)."""
    if x >= TWO52 or x <= -TWO52 or x == 0.0:
        return x
    t = float(int(x))
    if t > x:
        t -= 1.0
    return t


def fceil(x: float) -> float:
    return -ffloor(-x)


def identity_hash(w: W_Root) -> int:
    """CPython's _Py_HashPointer of an object: object.__hash__'s value."""
    return space.id_of(w) >> 4


def hash_of_float(x: float, w: W_Root) -> int:
    """hash() of w, a float or complex object with the part x: by w's
    identity if x is a NaN."""
    if math.isnan(x):
        return identity_hash(w)
    return float_hash(x)


def float_hash(x: float) -> int:
    """hash(x) as CPython's _Py_HashDouble, for a number (NaN: 0;
    hash_of_float hashes a NaN object by its identity)."""
    if math.isnan(x):
        return NAN_HASH
    if math.isinf(x):
        return HASH_INF if x > 0.0 else -HASH_INF
    if x == 0.0:
        return 0
    neg = x < 0.0
    m, e = decompose(-x if neg else x)
    r = e % HASH_BITS
    h = m
    if r > 0:
        h = ((h & ((1 << (HASH_BITS - r)) - 1)) << r) | (h >> (HASH_BITS - r))
    if h >= HASH_MODULUS:
        h -= HASH_MODULUS
    if neg:
        h = -h
    if h == -1:
        h = -2
    return h


# -- exact comparisons with ints

def compare_int_float(w_i: W_Root, f: float) -> int:
    """-1, 0 or 1: the int object compared to the float (not a NaN)."""
    if math.isinf(f):
        return -1 if f > 0.0 else 1
    if isinstance(w_i, W_IntObject):
        i = w_i.intval
        if -(1 << 53) <= i <= (1 << 53):
            fi = float(i)
            return -1 if fi < f else (1 if fi > f else 0)
    if f >= TWO52 or f <= -TWO52:
        # f is an integer: compare exactly
        return bigint_of_w(w_i).compare(rbigint.from_float(f))
    # |int| > 2**53 > |f|
    if isinstance(w_i, W_IntObject):
        return -1 if w_i.intval < 0 else 1
    assert isinstance(w_i, W_LongObject)
    return w_i.num.sign


def compare_float_result(c: int, op: int) -> bool:
    return space.compare_ints(c, 0, op)


# -- exact decimal digits (CPython's _Py_dg_dtoa)

def _limbs_mul(limbs: list[int], k: int) -> None:
    carry = 0
    for i in range(len(limbs)):
        z = limbs[i] * k + carry
        carry = z // DEC_BASE
        limbs[i] = z - carry * DEC_BASE
    while carry != 0:
        limbs.append(carry % DEC_BASE)
        carry = carry // DEC_BASE


def exact_decimal(m: int, e: int) -> tuple[str, int]:
    """The exact value of m * 2**e (m > 0) as (digits, decpt): value =
    0.DIGITS * 10**decpt, digits without trailing zeros."""
    while m & 1 == 0 and e < 0:
        m >>= 1
        e += 1
    limbs: list[int] = []
    v = m
    while v > 0:
        limbs.append(v % DEC_BASE)
        v = v // DEC_BASE
    exp10 = 0
    if e > 0:
        k = e
        while k >= 29:
            _limbs_mul(limbs, 1 << 29)
            k -= 29
        if k > 0:
            _limbs_mul(limbs, 1 << k)
    elif e < 0:
        k = -e
        while k >= 13:
            _limbs_mul(limbs, FIVE_POW[13])
            k -= 13
        if k > 0:
            _limbs_mul(limbs, FIVE_POW[k])
        exp10 = e
    parts = [str(limbs[len(limbs) - 1])]
    i = len(limbs) - 2
    while i >= 0:
        parts.append("%09d" % limbs[i])
        i -= 1
    s = "".join(parts)
    decpt = len(s) + exp10
    return strip_zeros(s), decpt


def strip_zeros(s: str) -> str:
    end = len(s)
    while end > 1 and s[end - 1] == "0":
        end -= 1
    return s[:end]


def shortest_digits(x: float) -> tuple[str, int]:
    """The shortest digits that round-trip (mode 0), from repr()."""
    r = repr(x)
    epos = r.find("e")
    exp = 0
    mant = r
    if epos >= 0:
        exp = int(r[epos + 1:])
        mant = r[:epos]
    dot = mant.find(".")
    if dot >= 0:
        intpart = mant[:dot]
        digits = intpart + mant[dot + 1:]
    else:
        intpart = mant
        digits = mant
    decpt = len(intpart) + exp
    i = 0
    while i < len(digits) - 1 and digits[i] == "0":
        i += 1
        decpt -= 1
    return strip_zeros(digits[i:]), decpt


def round_digits(s: str, decpt: int, n: int) -> tuple[str, int]:
    """The digits s (value 0.s * 10**decpt) rounded half-to-even to n
    digits; ("", decpt) for zero when n <= 0 rounds down."""
    if n >= len(s):
        return s, decpt
    if n < 0:
        return "", decpt
    first = ord(s[n]) - 48
    up = first > 5
    if first == 5:
        rest = False
        for j in range(n + 1, len(s)):
            if s[j] != "0":
                rest = True
                break
        if rest:
            up = True
        elif n > 0 and (ord(s[n - 1]) - 48) & 1 == 1:
            up = True
    if not up:
        if n == 0:
            return "", decpt
        return strip_zeros(s[:n]), decpt
    # increment the first n digits
    chars: list[str] = []
    for j in range(n):
        chars.append(s[j])
    j = n - 1
    while j >= 0 and chars[j] == "9":
        chars[j] = "0"
        j -= 1
    if j < 0:
        return "1", decpt + 1
    chars[j] = chr(ord(chars[j]) + 1)
    return strip_zeros("".join(chars)), decpt


def dtoa(x: float, mode: int, ndigits: int) -> tuple[str, int]:
    """The digits and decimal point position of |x| (finite) as
    _Py_dg_dtoa: mode 0 shortest, mode 2 `ndigits` significant digits,
    mode 3 `ndigits` digits after the point (no digits: ("", -ndigits))."""
    if x == 0.0:
        return "0", 1
    ax = math.fabs(x)
    if mode == 0:
        return shortest_digits(ax)
    m, e = decompose(ax)
    s, decpt = exact_decimal(m, e)
    if mode == 2:
        return round_digits(s, decpt, ndigits)
    digits, d = round_digits(s, decpt, decpt + ndigits)
    if digits == "":
        return "", -ndigits
    return digits, d


def _zeros(parts: list[str], n: int) -> None:
    if n > 0:
        parts.append(repeat_char("0", n))


def format_float_short(x: float, code: str, precision: int, add_dot_0: bool, alt: bool,
                       no_neg_0: bool) -> str:
    """PyOS_double_to_string(x, code, precision, flags): code is one of
    e f g r (E F G: upper case)."""
    upper = code == "E" or code == "F" or code == "G"
    code = code.lower()
    if math.isnan(x):
        return "NAN" if upper else "nan"
    if math.isinf(x):
        s = "INF" if upper else "inf"
        return "-" + s if x < 0.0 else s
    if code == "e":
        precision += 1
        digits, decpt = dtoa(x, 2, precision)
    elif code == "f":
        digits, decpt = dtoa(x, 3, precision)
    elif code == "g":
        if precision == 0:
            precision = 1
        digits, decpt = dtoa(x, 2, precision)
    else:
        digits, decpt = dtoa(x, 0, 0)
    sign = is_negative(x)
    if no_neg_0 and sign and (digits == "" or digits == "0"):
        sign = False
    digits_len = len(digits)
    vdigits_end = digits_len
    use_exp = False
    if code == "e":
        use_exp = True
        vdigits_end = precision
    elif code == "f":
        vdigits_end = decpt + precision
    elif code == "g":
        limit = precision - 1 if add_dot_0 else precision
        if decpt <= -4 or decpt > limit:
            use_exp = True
        if alt:
            vdigits_end = precision
    else:
        if decpt <= -4 or decpt > 16:
            use_exp = True
    exp = 0
    if use_exp:
        exp = decpt - 1
        decpt = 1
    vdigits_start = decpt - 1 if decpt <= 0 else 0
    if not use_exp and add_dot_0:
        vdigits_end = max(vdigits_end, decpt + 1)
    else:
        vdigits_end = max(vdigits_end, decpt)
    parts: list[str] = []
    if sign:
        parts.append("-")
    if decpt <= 0:
        _zeros(parts, decpt - vdigits_start)
        parts.append(".")
        _zeros(parts, -decpt)
    else:
        _zeros(parts, -vdigits_start)
    if 0 < decpt <= digits_len:
        parts.append(digits[:decpt])
        parts.append(".")
        parts.append(digits[decpt:])
    else:
        parts.append(digits)
    if digits_len < decpt:
        _zeros(parts, decpt - digits_len)
        parts.append(".")
        _zeros(parts, vdigits_end - decpt)
    else:
        _zeros(parts, vdigits_end - digits_len)
    s = "".join(parts)
    if s.endswith(".") and not alt:
        s = s[:len(s) - 1]
    if use_exp:
        e_char = "E" if upper else "e"
        esign = "+"
        if exp < 0:
            esign = "-"
            exp = -exp
        estr = str(exp)
        if len(estr) < 2:
            estr = "0" + estr
        s = s + e_char + esign + estr
    return s


def float_repr(x: float) -> str:
    return repr(x)


def format_float_spec(x: float, f: FormatSpec) -> str:
    """A float with a parsed spec whose type is '' or one of eEfFgGn%
    (CPython's format_float_internal)."""
    if f.precision > 2147483647:
        raise operr(w_ValueError, "precision too big")
    precision = f.precision
    t = f.type
    default_precision = 6
    add_dot_0 = False
    if t == "":
        add_dot_0 = True
        t = "r"
        default_precision = 0
    if t == "n":
        t = "g"
    add_pct = False
    if t == "%":
        t = "f"
        x = x * 100.0
        add_pct = True
    if precision < 0:
        precision = default_precision
    elif t == "r":
        t = "g"
    s = format_float_short(x, t, precision, add_dot_0, f.alternate, f.no_neg_0)
    if add_pct:
        s = s + "%"
    return layout_float_text(s, f)


def layout_float_text(s: str, f: FormatSpec) -> str:
    """Pads and groups the text of a formatted float."""
    negative = False
    if s.startswith("-"):
        negative = True
        s = s[1:]
    i = 0
    while i < len(s) and 48 <= ord(s[i]) <= 57:
        i += 1
    digits = s[:i]
    has_decimal = i < len(s) and s[i] == "."
    remainder = s[i + 1:] if has_decimal else s[i:]
    group, sep = grouping_of(f)
    return format_number(f, negative, "", digits, has_decimal, remainder, group, sep)


def format_float(w: W_Root, x: float, spec: str) -> str:
    """format(float, spec)."""
    if spec == "":
        return space.str_str(w)
    f = parse_format_spec(spec, w, "", ">")
    t = f.type
    if t == "" or t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G" or \
            t == "n" or t == "%":
        return format_float_spec(x, f)
    raise unknown_format_code(t, w)


# -- arithmetic

def _self(slots: list[W_Root | None], name: str) -> float:
    w = slots[0]
    assert w is not None
    if not isinstance(w, W_FloatObject):
        raise operr(w_TypeError, "descriptor '%s' requires a 'float' object but received a '%s'"
                    % (name, type_name(w)))
    return w.floatval


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    return w if w is not None else w_None


def _other(w: W_Root) -> tuple[bool, float]:
    """CONVERT_TO_DOUBLE: (False, 0.0) when w is neither float nor int."""
    if isinstance(w, W_FloatObject):
        return True, w.floatval
    if is_int(w):
        return True, int_to_float(w)
    return False, 0.0


def overflow_34() -> OperationError:
    """OverflowError(34, 'Numerical result out of range') (errno ERANGE)."""
    w_exc = W_BaseException(w_OverflowError, [wrap_int(34),
                                              space.wrap_str("Numerical result out of range")])
    return OperationError(w_exc)


def _is_odd_integer(x: float) -> bool:
    return math.fabs(x) % 2.0 == 1.0


def _libm_pow(x: float, y: float) -> float:
    try:
        return math.pow(x, y)
    except OverflowError:
        return INF


def float_pow(iv: float, iw: float) -> W_Root:
    """iv ** iw as CPython's float_pow (a complex for a negative base and a
    fractional exponent)."""
    if iw == 0.0:
        return wrap_float(1.0)
    if math.isnan(iv):
        return wrap_float(iv)
    if math.isnan(iw):
        return wrap_float(1.0 if iv == 1.0 else iw)
    if math.isinf(iw):
        av = math.fabs(iv)
        if av == 1.0:
            return wrap_float(1.0)
        if (iw > 0.0) == (av > 1.0):
            return wrap_float(math.fabs(iw))
        return wrap_float(0.0)
    if math.isinf(iv):
        odd = _is_odd_integer(iw)
        if iw > 0.0:
            return wrap_float(iv if odd else math.fabs(iv))
        return wrap_float(math.copysign(0.0, iv) if odd else 0.0)
    if iv == 0.0:
        odd = _is_odd_integer(iw)
        if iw < 0.0:
            raise operr(w_ZeroDivisionError, "0.0 cannot be raised to a negative power")
        return wrap_float(iv if odd else 0.0)
    negate = False
    if iv < 0.0:
        if iw != ffloor(iw):
            return complexobject.complex_pow_values(iv, 0.0, iw, 0.0)
        iv = -iv
        negate = _is_odd_integer(iw)
    if iv == 1.0:
        return wrap_float(-1.0 if negate else 1.0)
    ix = _libm_pow(iv, iw)
    if math.isinf(ix):
        raise overflow_34()
    return wrap_float(-ix if negate else ix)


def float_truediv(a: float, b: float) -> float:
    if b == 0.0:
        raise operr(w_ZeroDivisionError, "float division by zero")
    return a / b


def float_mod(a: float, b: float) -> float:
    if b == 0.0:
        raise operr(w_ZeroDivisionError, "float modulo")
    return a % b


def float_floordiv(a: float, b: float) -> float:
    if b == 0.0:
        raise operr(w_ZeroDivisionError, "float floor division by zero")
    return a // b


OP_ADD = 0
OP_SUB = 1
OP_MUL = 2
OP_TRUEDIV = 3
OP_FLOORDIV = 4
OP_MOD = 5
OP_DIVMOD = 6
OP_POW = 7


def float_binop(op: int, a: float, b: float) -> W_Root:
    if op == OP_ADD:
        return wrap_float(a + b)
    if op == OP_SUB:
        return wrap_float(a - b)
    if op == OP_MUL:
        return wrap_float(a * b)
    if op == OP_TRUEDIV:
        return wrap_float(float_truediv(a, b))
    if op == OP_FLOORDIV:
        return wrap_float(float_floordiv(a, b))
    if op == OP_MOD:
        return wrap_float(float_mod(a, b))
    if op == OP_DIVMOD:
        if b == 0.0:
            raise operr(w_ZeroDivisionError, "float divmod()")
        return space.newtuple([wrap_float(a // b), wrap_float(a % b)])
    return float_pow(a, b)


def _binary(slots: list[W_Root | None], op: int, name: str) -> W_Root:
    a = _self(slots, name)
    ok, b = _other(_arg(slots, 1))
    if not ok:
        return w_NotImplemented
    return float_binop(op, a, b)


def _rbinary(slots: list[W_Root | None], op: int, name: str) -> W_Root:
    a = _self(slots, name)
    ok, b = _other(_arg(slots, 1))
    if not ok:
        return w_NotImplemented
    return float_binop(op, b, a)


def float_descr_add(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_ADD, "__add__")


def float_descr_radd(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_ADD, "__radd__")


def float_descr_sub(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_SUB, "__sub__")


def float_descr_rsub(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_SUB, "__rsub__")


def float_descr_mul(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_MUL, "__mul__")


def float_descr_rmul(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_MUL, "__rmul__")


def float_descr_truediv(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_TRUEDIV, "__truediv__")


def float_descr_rtruediv(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_TRUEDIV, "__rtruediv__")


def float_descr_floordiv(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_FLOORDIV, "__floordiv__")


def float_descr_rfloordiv(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_FLOORDIV, "__rfloordiv__")


def float_descr_mod(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_MOD, "__mod__")


def float_descr_rmod(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_MOD, "__rmod__")


def float_descr_divmod(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_DIVMOD, "__divmod__")


def float_descr_rdivmod(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_DIVMOD, "__rdivmod__")


def _third_arg_error(slots: list[W_Root | None]) -> None:
    w_m = slots[2]
    if w_m is not None and w_m is not w_None:
        raise operr(w_TypeError,
                    "pow() 3rd argument not allowed unless all arguments are integers")


def float_descr_pow(slots: list[W_Root | None]) -> W_Root:
    _third_arg_error(slots)
    return _binary(slots, OP_POW, "__pow__")


def float_descr_rpow(slots: list[W_Root | None]) -> W_Root:
    _third_arg_error(slots)
    return _rbinary(slots, OP_POW, "__rpow__")


def float_descr_neg(slots: list[W_Root | None]) -> W_Root:
    return wrap_float(-_self(slots, "__neg__"))


def float_descr_pos(slots: list[W_Root | None]) -> W_Root:
    return wrap_float(_self(slots, "__pos__"))


def float_descr_abs(slots: list[W_Root | None]) -> W_Root:
    return wrap_float(math.fabs(_self(slots, "__abs__")))


def float_descr_bool(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_self(slots, "__bool__") != 0.0)


def float_descr_float(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    x = _self(slots, "__float__")
    if w is not None and w.getclass() is w_float_type:
        return w
    return wrap_float(x)


def float_descr_int(slots: list[W_Root | None]) -> W_Root:
    return float_to_int_obj(_self(slots, "__int__"))


def float_descr_trunc(slots: list[W_Root | None]) -> W_Root:
    return float_to_int_obj(_self(slots, "__trunc__"))


def float_descr_floor(slots: list[W_Root | None]) -> W_Root:
    x = _self(slots, "__floor__")
    if not is_finite(x):
        return float_to_int_obj(x)
    return float_to_int_obj(ffloor(x))


def float_descr_ceil(slots: list[W_Root | None]) -> W_Root:
    x = _self(slots, "__ceil__")
    if not is_finite(x):
        return float_to_int_obj(x)
    return float_to_int_obj(fceil(x))


def round_half_even(x: float) -> float:
    """round(x) for a finite x, as a float."""
    if x >= TWO52 or x <= -TWO52:
        return x
    fl = ffloor(x)
    diff = x - fl
    if diff > 0.5:
        return fl + 1.0
    if diff == 0.5:
        if math.fabs(fl) % 2.0 == 1.0:
            return fl + 1.0
        return fl
    return fl


def double_round(x: float, ndigits: int) -> float:
    """round(x, ndigits), correctly rounded (CPython's double_round)."""
    digits, decpt = dtoa(x, 3, ndigits)
    if digits == "":
        return math.copysign(0.0, x)
    text = "0" + digits + "e" + str(decpt - len(digits))
    if is_negative(x):
        text = "-" + text
    rounded = float(text)
    if math.isinf(rounded):
        raise operr(w_OverflowError, "rounded value too large to represent")
    return rounded


def float_descr_round(slots: list[W_Root | None]) -> W_Root:
    x = _self(slots, "__round__")
    w_nd = slots[1]
    if w_nd is None or w_nd is w_None:
        if not is_finite(x):
            return float_to_int_obj(x)
        return float_to_int_obj(round_half_even(x))
    ndigits = int_w_clipped(w_nd)
    if not is_finite(x):
        return wrap_float(x)
    if ndigits > 323:
        return wrap_float(x)
    if ndigits < -308:
        return wrap_float(0.0 * x)
    return wrap_float(double_round(x, ndigits))


def float_descr_repr(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str(float_repr(_self(slots, "__repr__")))


def float_descr_hash(slots: list[W_Root | None]) -> W_Root:
    x = _self(slots, "__hash__")
    w = slots[0]
    assert w is not None
    return wrap_int(hash_of_float(x, w))


def float_descr_format(slots: list[W_Root | None]) -> W_Root:
    x = _self(slots, "__format__")
    w_spec = _arg(slots, 1)
    if not isinstance(w_spec, W_StrObject):
        raise operr(w_TypeError, "__format__() argument must be str, not %s" % type_name(w_spec))
    return space.wrap_str(format_float(_arg(slots, 0), x, w_spec.as_str()))


def _compare(slots: list[W_Root | None], op: int, name: str) -> W_Root:
    a = _self(slots, name)
    w_b = _arg(slots, 1)
    if isinstance(w_b, W_FloatObject):
        b = w_b.floatval
        if op == 0:
            return space.wrap_bool(a < b)
        if op == 1:
            return space.wrap_bool(a <= b)
        if op == 2:
            return space.wrap_bool(a == b)
        if op == 3:
            return space.wrap_bool(a != b)
        if op == 4:
            return space.wrap_bool(a > b)
        return space.wrap_bool(a >= b)
    if is_int(w_b):
        if math.isnan(a):
            return space.wrap_bool(op == 3)
        # int <=> float, reversed
        c = -compare_int_float(w_b, a)
        return space.wrap_bool(space.compare_ints(c, 0, op))
    return w_NotImplemented


def float_descr_lt(slots: list[W_Root | None]) -> W_Root:
    return _compare(slots, 0, "__lt__")


def float_descr_le(slots: list[W_Root | None]) -> W_Root:
    return _compare(slots, 1, "__le__")


def float_descr_eq(slots: list[W_Root | None]) -> W_Root:
    return _compare(slots, 2, "__eq__")


def float_descr_ne(slots: list[W_Root | None]) -> W_Root:
    return _compare(slots, 3, "__ne__")


def float_descr_gt(slots: list[W_Root | None]) -> W_Root:
    return _compare(slots, 4, "__gt__")


def float_descr_ge(slots: list[W_Root | None]) -> W_Root:
    return _compare(slots, 5, "__ge__")


def float_descr_conjugate(slots: list[W_Root | None]) -> W_Root:
    return wrap_float(_self(slots, "conjugate"))


def float_descr_is_integer(slots: list[W_Root | None]) -> W_Root:
    x = _self(slots, "is_integer")
    if not is_finite(x):
        return space.wrap_bool(False)
    return space.wrap_bool(ffloor(x) == x)


def float_descr_as_integer_ratio(slots: list[W_Root | None]) -> W_Root:
    x = _self(slots, "as_integer_ratio")
    if math.isinf(x):
        raise operr(w_OverflowError, "cannot convert Infinity to integer ratio")
    if math.isnan(x):
        raise operr(w_ValueError, "cannot convert NaN to integer ratio")
    if x == 0.0:
        return space.newtuple([wrap_int(0), wrap_int(1)])
    neg = x < 0.0
    m, e = decompose(math.fabs(x))
    while m & 1 == 0 and e < 0:
        m >>= 1
        e += 1
    if neg:
        m = -m
    if e >= 0:
        num = rbigint.from_int(m).lshift(e)
        return space.newtuple([wrap_big(num), wrap_int(1)])
    den = rbigint.from_int(1).lshift(-e)
    return space.newtuple([wrap_int(m), wrap_big(den)])


def float_descr_getnewargs(slots: list[W_Root | None]) -> W_Root:
    return space.newtuple([wrap_float(_self(slots, "__getnewargs__"))])


def float_get_real(w: W_Root) -> W_Root:
    assert isinstance(w, W_FloatObject)
    if w.getclass() is w_float_type:
        return w
    return wrap_float(w.floatval)


def float_get_imag(w: W_Root) -> W_Root:
    return wrap_float(0.0)


# -- hex() and fromhex()

HEX_CHARS = "0123456789abcdef"


def float_hex(x: float) -> str:
    if not is_finite(x):
        return float_repr(x)
    if x == 0.0:
        return "-0x0.0p+0" if is_negative(x) else "0x0.0p+0"
    m, e = decompose(math.fabs(x))
    exp = e + 52
    if exp < -1022:
        m >>= (-1022 - exp)
        exp = -1022
    frac = m & ((1 << 52) - 1)
    lead = m >> 52
    chars: list[str] = []
    shift = 48
    while shift >= 0:
        chars.append(HEX_CHARS[(frac >> shift) & 15])
        shift -= 4
    esign = "+"
    if exp < 0:
        esign = "-"
        exp = -exp
    s = "0x%d.%sp%s%d" % (lead, "".join(chars), esign, exp)
    return "-" + s if x < 0.0 else s


def float_descr_hex(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str(float_hex(_self(slots, "hex")))


def _hex_value(c: str) -> int:
    o = ord(c)
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 102:
        return o - 87
    if 65 <= o <= 70:
        return o - 55
    return -1


def _is_ascii_space(c: str) -> bool:
    return c == " " or c == "\t" or c == "\n" or c == "\r" or c == "\x0b" or c == "\x0c"


def _parse_inf_or_nan(s: str, pos: int) -> tuple[float, int]:
    """_Py_parse_inf_or_nan at pos: (value, end), end == pos if none."""
    p = pos
    negate = False
    if p < len(s) and s[p] == "-":
        negate = True
        p += 1
    elif p < len(s) and s[p] == "+":
        p += 1
    rest = s[p:p + 8].lower()
    if rest.startswith("infinity"):
        return (-INF if negate else INF), p + 8
    if rest.startswith("inf"):
        return (-INF if negate else INF), p + 3
    if rest.startswith("nan"):
        return (-NAN if negate else NAN), p + 3
    return 0.0, pos


HEX_ERROR = "invalid hexadecimal floating-point string"
HEX_OVERFLOW = "hexadecimal value too large to represent as a float"
LONG_MAX_2 = MAXINT // 2
LONG_MIN_2 = MININT // 2
DBL_MIN_EXP = -1021
DBL_MAX_EXP = 1024
DBL_MANT_DIG = 53


def float_fromhex(s: str) -> float:
    """float.fromhex(s), as CPython's float_fromhex."""
    n = len(s)
    p = 0
    while p < n and _is_ascii_space(s[p]):
        p += 1
    x, end = _parse_inf_or_nan(s, p)
    negate = False
    if end != p:
        p = end
    else:
        if p < n and s[p] == "-":
            negate = True
            p += 1
        elif p < n and s[p] == "+":
            p += 1
        if p + 1 < n and s[p] == "0" and (s[p + 1] == "x" or s[p + 1] == "X"):
            p += 2
        coeff_start = p
        while p < n and _hex_value(s[p]) >= 0:
            p += 1
        int_end = p
        frac_digits: list[int] = []
        if p < n and s[p] == ".":
            p += 1
            while p < n and _hex_value(s[p]) >= 0:
                frac_digits.append(_hex_value(s[p]))
                p += 1
        # the hex digits, most significant first
        hexd: list[int] = []
        for i in range(coeff_start, int_end):
            hexd.append(_hex_value(s[i]))
        fdigits = len(frac_digits)
        for d in frac_digits:
            hexd.append(d)
        ndigits = len(hexd)
        if ndigits == 0:
            raise operr(w_ValueError, HEX_ERROR)
        if ndigits > min(DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN_2,
                         LONG_MAX_2 + 1 - DBL_MAX_EXP) // 4:
            raise operr(w_ValueError, "hexadecimal string too long to convert")
        exp = 0
        if p < n and (s[p] == "p" or s[p] == "P"):
            p += 1
            exp_start = p
            if p < n and (s[p] == "-" or s[p] == "+"):
                p += 1
            if not (p < n and 48 <= ord(s[p]) <= 57):
                raise operr(w_ValueError, HEX_ERROR)
            while p < n and 48 <= ord(s[p]) <= 57:
                p += 1
            exp = _strtol(s[exp_start:p])
        x = _hex_coefficient(hexd, fdigits, exp)
    while p < n and _is_ascii_space(s[p]):
        p += 1
    if p != n:
        raise operr(w_ValueError, HEX_ERROR)
    return -x if negate else x


def _strtol(text: str) -> int:
    """strtol: clipped to the word range."""
    neg = False
    i = 0
    if text[0] == "-" or text[0] == "+":
        neg = text[0] == "-"
        i = 1
    v = 0
    while i < len(text):
        d = ord(text[i]) - 48
        if v > (MAXINT - d) // 10:
            return MININT if neg else MAXINT
        v = v * 10 + d
        i += 1
    return -v if neg else v


def _hex_coefficient(hexd: list[int], fdigits: int, exp: int) -> float:
    """The value of the hex digits (most significant first, fdigits of them
    after the point) times 2**exp, correctly rounded."""
    # hex_digit(j): the j-th least significant digit
    ndigits = len(hexd)
    start = 0
    while start < ndigits and hexd[start] == 0:
        start += 1
    digs: list[int] = []            # least significant first
    i = ndigits - 1
    while i >= start:
        digs.append(hexd[i])
        i -= 1
    nd = len(digs)
    if nd == 0 or exp < LONG_MIN_2:
        return 0.0
    if exp > LONG_MAX_2:
        raise operr(w_OverflowError, HEX_OVERFLOW)
    exp = exp - 4 * fdigits
    top_exp = exp + 4 * (nd - 1)
    digit = digs[nd - 1]
    while digit != 0:
        top_exp += 1
        digit //= 2
    if top_exp < DBL_MIN_EXP - DBL_MANT_DIG:
        return 0.0
    if top_exp > DBL_MAX_EXP:
        raise operr(w_OverflowError, HEX_OVERFLOW)
    lsb = max(top_exp, DBL_MIN_EXP) - DBL_MANT_DIG
    x = 0.0
    if exp >= lsb:
        i = nd - 1
        while i >= 0:
            x = 16.0 * x + float(digs[i])
            i -= 1
        return ldexp(x, exp)
    half_eps = 1 << ((lsb - exp - 1) % 4)
    key_digit = (lsb - exp - 1) // 4
    i = nd - 1
    while i > key_digit:
        x = 16.0 * x + float(digs[i])
        i -= 1
    digit = digs[key_digit]
    x = 16.0 * x + float(digit & (16 - 2 * half_eps))
    if (digit & half_eps) != 0:
        round_up = False
        if (digit & (3 * half_eps - 1)) != 0 or (half_eps == 8 and key_digit + 1 < nd and
                                                   (digs[key_digit + 1] & 1) != 0):
            round_up = True
        else:
            i = key_digit - 1
            while i >= 0:
                if digs[i] != 0:
                    round_up = True
                    break
                i -= 1
        if round_up:
            x += float(2 * half_eps)
            if top_exp == DBL_MAX_EXP and x == ldexp(float(2 * half_eps), DBL_MANT_DIG):
                raise operr(w_OverflowError, HEX_OVERFLOW)
    return ldexp(x, exp + 4 * key_digit)


def float_descr_fromhex(slots: list[W_Root | None]) -> W_Root:
    w_cls = _arg(slots, 0)
    w_s = _arg(slots, 1)
    if not isinstance(w_s, W_StrObject):
        raise operr(w_TypeError, "fromhex() argument must be str, not %s" % type_name(w_s))
    w_res: W_Root = wrap_float(float_fromhex(w_s.as_str()))
    if w_cls is not w_float_type:
        w_res = space.call_function(w_cls, [w_res])
    return w_res


def float_descr_getformat(slots: list[W_Root | None]) -> W_Root:
    w_t = _arg(slots, 1)
    if not isinstance(w_t, W_StrObject):
        raise operr(w_TypeError, "__getformat__() argument must be str, not %s"
                    % type_name(w_t))
    if w_t.as_str() != "double" and w_t.as_str() != "float":
        raise operr(w_ValueError, "__getformat__() argument 1 must be 'double' or 'float'")
    return space.wrap_str("IEEE, little-endian")


# -- float(x)

def text_to_ascii(s: str) -> str:
    """CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode
    decimal digits and spaces to ASCII, other non-ASCII characters to '?'."""
    ascii = True
    for c in s:
        if ord(c) >= 127 or ord(c) == 0:
            ascii = False
            break
    if ascii:
        return s
    parts: list[str] = []
    for c in s:
        o = ord(c)
        if 0 < o < 127:
            parts.append(c)
        elif o in _UNICODE_TO_ASCII:
            parts.append(chr(_UNICODE_TO_ASCII[o]))
        else:
            parts.append("?")
    return "".join(parts)


def float_from_text(s: str, w_orig: W_Root) -> float:
    """float(s) for a str (CPython's float_from_string)."""
    text = text_to_ascii(s)
    try:
        return float(text)
    except ValueError:
        raise operr(w_ValueError, "could not convert string to float: %s" % space.repr_str(w_orig))


def call_float_special(w_float: W_Root, w_x: W_Root) -> float:
    """The value of w_x's `__float__` (w_float, found on its type): a float,
    else CPython's TypeError; a float subclass with its DeprecationWarning."""
    w_res = space.call_found_special(w_float, w_x, [])
    if not isinstance(w_res, W_FloatObject):
        raise operr(w_TypeError, "%s.__float__ returned non-float (type %s)" % (
            type_name(w_x), type_name(w_res)))
    if w_res.getclass() is not w_float_type:
        space.warn_strict_subclass("%s.__float__ returned non-float" % type_name(w_x),
                                   "float", w_res)
    return w_res.floatval


def number_float(w_x: W_Root) -> float:
    """float(x) for one argument (PyNumber_Float)."""
    if isinstance(w_x, W_FloatObject) and w_x.getclass() is w_float_type:
        return w_x.floatval
    w_float = space.lookup(w_x, "__float__")
    if w_float is not None:
        return call_float_special(w_float, w_x)
    if space.lookup(w_x, "__index__") is not None:
        return int_to_float(index_w(w_x))
    if isinstance(w_x, W_FloatObject):
        return w_x.floatval
    if isinstance(w_x, W_StrObject):
        return float_from_text(w_x.as_str(), w_x)
    data = bytesobject.buffer_or_none(w_x)
    if data is not None:
        return float_from_text(bytes_as_ascii_text(data), w_x)
    raise operr(w_TypeError, "float() argument must be a string or a real number, not '%s'"
                % type_name(w_x))


def new_float_instance(w_cls: W_TypeObject, x: float) -> W_Root:
    if w_cls is w_float_type:
        return wrap_float(x)
    return W_FloatObjectUser(w_cls, x)


def float_descr_new(slots: list[W_Root | None]) -> W_Root:
    w_cls = check_new_cls(_arg(slots, 0), w_float_type)
    w_x = slots[1]
    if w_x is None:
        return new_float_instance(w_cls, 0.0)
    if w_cls is w_float_type and isinstance(w_x, W_FloatObject) and \
            w_x.getclass() is w_float_type:
        return w_x
    return new_float_instance(w_cls, number_float(w_x))


register_new(w_float_type, "float(self, x=, /)", float_descr_new)
register(w_float_type, "__add__(self, value, /)", float_descr_add)
register(w_float_type, "__radd__(self, value, /)", float_descr_radd)
register(w_float_type, "__sub__(self, value, /)", float_descr_sub)
register(w_float_type, "__rsub__(self, value, /)", float_descr_rsub)
register(w_float_type, "__mul__(self, value, /)", float_descr_mul)
register(w_float_type, "__rmul__(self, value, /)", float_descr_rmul)
register(w_float_type, "__truediv__(self, value, /)", float_descr_truediv)
register(w_float_type, "__rtruediv__(self, value, /)", float_descr_rtruediv)
register(w_float_type, "__floordiv__(self, value, /)", float_descr_floordiv)
register(w_float_type, "__rfloordiv__(self, value, /)", float_descr_rfloordiv)
register(w_float_type, "__mod__(self, value, /)", float_descr_mod)
register(w_float_type, "__rmod__(self, value, /)", float_descr_rmod)
register(w_float_type, "__divmod__(self, value, /)", float_descr_divmod)
register(w_float_type, "__rdivmod__(self, value, /)", float_descr_rdivmod)
register(w_float_type, "__pow__(self, value, mod=, /)", float_descr_pow)
register(w_float_type, "__rpow__(self, value, mod=, /)", float_descr_rpow)
register(w_float_type, "__neg__(self, /)", float_descr_neg)
register(w_float_type, "__pos__(self, /)", float_descr_pos)
register(w_float_type, "__abs__(self, /)", float_descr_abs)
register(w_float_type, "__bool__(self, /)", float_descr_bool)
register(w_float_type, "__float__(self, /)", float_descr_float)
register(w_float_type, "__int__(self, /)", float_descr_int)
register(w_float_type, "__trunc__(self, /)", float_descr_trunc)
register(w_float_type, "__floor__(self, /)", float_descr_floor)
register(w_float_type, "__ceil__(self, /)", float_descr_ceil)
register(w_float_type, "__round__(self, ndigits=, /)", float_descr_round)
register(w_float_type, "__repr__(self, /)", float_descr_repr)
register(w_float_type, "__hash__(self, /)", float_descr_hash)
register(w_float_type, "__format__(self, format_spec, /)", float_descr_format)
register(w_float_type, "__getnewargs__(self, /)", float_descr_getnewargs)
register(w_float_type, "__lt__(self, value, /)", float_descr_lt)
register(w_float_type, "__le__(self, value, /)", float_descr_le)
register(w_float_type, "__eq__(self, value, /)", float_descr_eq)
register(w_float_type, "__ne__(self, value, /)", float_descr_ne)
register(w_float_type, "__gt__(self, value, /)", float_descr_gt)
register(w_float_type, "__ge__(self, value, /)", float_descr_ge)
register(w_float_type, "conjugate(self, /)", float_descr_conjugate)
register(w_float_type, "is_integer(self, /)", float_descr_is_integer)
register(w_float_type, "as_integer_ratio(self, /)", float_descr_as_integer_ratio)
register(w_float_type, "hex(self, /)", float_descr_hex)
register_classmethod(w_float_type, "fromhex(self, string, /)", float_descr_fromhex)
register_classmethod(w_float_type, "__getformat__(self, typestr, /)", float_descr_getformat)
getset(w_float_type, "real", float_get_real)
getset(w_float_type, "imag", float_get_imag)

# at the end: complexobject imports this module's names
from ouro.objspace import complexobject  # noqa: E402
