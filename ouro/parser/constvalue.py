"""The values of `Constant` nodes (and `MatchSingleton`), in RPy.

CPython's `Constant.value` holds any Python object; an RPy field has one
type, so constants are instances of a small class hierarchy:

    ConstValue                 abstract; repr(v) is exactly Python's repr
      ConstNone                None            (singleton CONST_NONE)
      ConstBool                True / False    (singletons CONST_TRUE/FALSE)
      ConstEllipsis            ...             (singleton CONST_ELLIPSIS)
      ConstInt                 int of any size
      ConstFloat               float
      ConstComplex             complex (imaginary literals: real == 0.0)
      ConstStr                 str
      ConstBytes               bytes

ConstInt keeps the exact value of literals that do not fit a machine word
(`0xffffffffffffffffffff` is a valid literal): `digits` is always the exact
decimal representation (with a leading '-' if negative), and `value` is the
machine integer when `fits` is True (0 otherwise).  The object space turns
a non-fitting ConstInt into its big-integer type from `digits`.

Tuples and frozensets only appear as constants after constant folding, which
is the compiler's business: it may add subclasses here.

`number_from_literal(text)` converts a NUMBER token (underscores, 0x/0o/0b,
exponents, imaginary `j`) into its ConstValue, as CPython's parser does.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import ovfcheck

# decimal digits of the largest machine integer, to decide whether a
# decimal string fits without overflowing
MAXINT_DIGITS = "9223372036854775807"


class ConstValue:
    """Base class: a constant of the AST.  repr() gives Python's repr."""

    def __repr__(self) -> str:
        raise NotImplementedError("ConstValue.__repr__")


class ConstNone(ConstValue):

    def __repr__(self) -> str:
        return "None"


class ConstEllipsis(ConstValue):

    def __repr__(self) -> str:
        return "Ellipsis"


class ConstBool(ConstValue):
    value: bool

    def __init__(self, value: bool) -> None:
        self.value = value

    def __repr__(self) -> str:
        if self.value:
            return "True"
        return "False"


class ConstInt(ConstValue):
    digits: str     # exact decimal representation, '-' first if negative
    value: int      # the value as a machine integer, if fits
    fits: bool      # False: too large for a machine word, use digits

    def __init__(self, digits: str, value: int, fits: bool) -> None:
        self.digits = digits
        self.value = value
        self.fits = fits

    def __repr__(self) -> str:
        return self.digits


class ConstFloat(ConstValue):
    value: float

    def __init__(self, value: float) -> None:
        self.value = value

    def __repr__(self) -> str:
        return repr(self.value)


class ConstComplex(ConstValue):
    real: float
    imag: float

    def __init__(self, real: float, imag: float) -> None:
        self.real = real
        self.imag = imag

    def __repr__(self) -> str:
        return complex_repr(self.real, self.imag)


class ConstStr(ConstValue):
    value: str

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return repr(self.value)


class ConstBytes(ConstValue):
    value: bytes

    def __init__(self, value: bytes) -> None:
        self.value = value

    def __repr__(self) -> str:
        return repr(self.value)


CONST_NONE = ConstNone()
CONST_ELLIPSIS = ConstEllipsis()
CONST_TRUE = ConstBool(True)
CONST_FALSE = ConstBool(False)


# ---------------------------------------------------------------- reprs

def _short_float_repr(x: float) -> str:
    """repr(x) without a trailing '.0' (how complex parts are shown)."""
    s = repr(x)
    if s.endswith(".0"):
        return s[:len(s) - 2]
    return s


def _sign_bit(x: float) -> bool:
    """True if x has its sign bit set (-0.0 included)."""
    if x < 0.0:
        return True
    if x == 0.0:
        return repr(x).startswith("-")
    return False


def complex_repr(real: float, imag: float) -> str:
    """repr(complex(real, imag)) as CPython 3.11 prints it."""
    im = _short_float_repr(imag)
    if real == 0.0 and not _sign_bit(real):
        return im + "j"
    re = _short_float_repr(real)
    if im.startswith("-"):
        return "(" + re + im + "j)"
    return "(" + re + "+" + im + "j)"


# ---------------------------------------------------------------- int values

def int_from_machine(v: int) -> ConstInt:
    return ConstInt(str(v), v, True)


def int_from_decimal(digits: str) -> ConstInt:
    """A ConstInt from a string of decimal digits (no sign, no underscores)."""
    i = 0
    while i < len(digits) - 1 and digits[i] == "0":
        i += 1
    if i > 0:
        digits = digits[i:]
    n = len(digits)
    if n < len(MAXINT_DIGITS) or (n == len(MAXINT_DIGITS) and digits <= MAXINT_DIGITS):
        return ConstInt(digits, int(digits), True)
    return ConstInt(digits, 0, False)


def _digit_value(c: str) -> int:
    o = ord(c)
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 102:
        return o - 87
    if 65 <= o <= 70:
        return o - 55
    return -1


LIMB = 1000000000   # 10**9: big values are accumulated in base-10**9 limbs


def int_from_base(digits: str, base: int) -> ConstInt:
    """A ConstInt from digits in base 2, 8 or 16 (no prefix, no underscores)."""
    value = 0
    fits = True
    for c in digits:
        d = _digit_value(c)
        try:
            value = ovfcheck(ovfcheck(value * base) + d)
        except OverflowError:
            fits = False
            break
    if fits:
        return int_from_machine(value)
    # exact: little-endian limbs in base 10**9
    limbs = [0]
    for c in digits:
        carry = _digit_value(c)
        for k in range(len(limbs)):
            t = limbs[k] * base + carry
            limbs[k] = t % LIMB
            carry = t // LIMB
        while carry > 0:
            limbs.append(carry % LIMB)
            carry = carry // LIMB
    parts: list[str] = [str(limbs[len(limbs) - 1])]
    k = len(limbs) - 2
    while k >= 0:
        parts.append(str(limbs[k]).zfill(9))
        k -= 1
    return int_from_decimal("".join(parts))


def number_from_literal(text: str) -> ConstValue:
    """The value of a NUMBER token, which the tokenizer has checked."""
    clean = text.replace("_", "")
    n = len(clean)
    if n >= 2 and clean[0] == "0":
        kind = clean[1]
        if kind == "x" or kind == "X":
            return int_from_base(clean[2:], 16)
        if kind == "o" or kind == "O":
            return int_from_base(clean[2:], 8)
        if kind == "b" or kind == "B":
            return int_from_base(clean[2:], 2)
    last = clean[n - 1]
    if last == "j" or last == "J":
        return ConstComplex(0.0, float(clean[:n - 1]))
    for c in clean:
        if c == "." or c == "e" or c == "E":
            return ConstFloat(float(clean))
    return int_from_decimal(clean)
