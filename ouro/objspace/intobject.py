"""int: machine-word integers (W_IntObject) and arbitrary-precision ones
(W_LongObject, on rpy.rlib.rbigint); bool derives from int
(ouro/objspace/boolobject.py).

Both classes are instances of the one Python type `int`.  An int that fits
a machine word is always a W_IntObject (the eval loop and `space` test
`isinstance(w, W_IntObject)` for their fast paths); W_LongObject holds only
values beyond a word.  Word operations check for overflow and redo the
operation on rbigints when it happens (`int_add`, `int_sub`, ... and
`_big_binop`); `wrap_big` turns an rbigint back into the right class.

Instances of Python subclasses of int are W_IntObjectUser /
W_LongObjectUser: the value, the Python class, and their instance
attributes in a W_ObjectWithMap (ouro/objspace/maps.py) used as a store.

The format-spec mini-language (`format(x, spec)`) shared by int, float
and complex is parsed and laid out here too: `parse_format_spec`,
`format_number` (CPython's Python/formatter_unicode.c).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rpy.rlib.rarithmetic import MAXINT, MININT, ovfcheck, r_uint
from rpy.rlib.rbigint import rbigint

from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (OperationError, operr, operr_noarg, w_DeprecationWarning,
                                      w_MemoryError, w_OverflowError, w_TypeError, w_ValueError,
                                      w_ZeroDivisionError)
from ouro.objspace.gateway import (BuiltinFn, W_BuiltinFunction, register,
                                   register_classmethod)
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_INT, W_Root, W_TypeObject, make_builtin_type, type_name,
                                 w_None, w_NotImplemented, w_object_type)
from ouro.objspace.strobject import LazyModule, W_StrObject

# used at call time only (see strobject.LazyModule)
if TYPE_CHECKING:
    from ouro.objspace import bytesobject
else:
    bytesobject = LazyModule("ouro.objspace.bytesobject")

w_int_type = make_builtin_type("int", [w_object_type], LAYOUT_INT)

HASH_BITS = 61
HASH_MODULUS = (1 << HASH_BITS) - 1
HASH_INF = 314159
TWO53 = 1 << 53


class IntConfig:
    """Run-time settings of int (sys.set_int_max_str_digits)."""
    max_str_digits: int

    def __init__(self) -> None:
        self.max_str_digits = 4300


INT_CONFIG = IntConfig()


class W_IntObject(W_Root):
    """An int that fits a machine word."""
    intval: int

    def __init__(self, intval: int) -> None:
        self.intval = intval

    def getclass(self) -> W_TypeObject:
        return w_int_type


class W_LongObject(W_Root):
    """An int beyond a machine word (never one that fits)."""
    num: rbigint

    def __init__(self, num: rbigint) -> None:
        self.num = num

    def getclass(self) -> W_TypeObject:
        return w_int_type


class W_IntObjectUser(W_IntObject):
    """An instance of a Python subclass of int, with a word value."""
    w_type: W_TypeObject
    attrs: W_ObjectWithMap

    def __init__(self, w_type: W_TypeObject, intval: int) -> None:
        W_IntObject.__init__(self, intval)
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


class W_LongObjectUser(W_LongObject):
    """An instance of a Python subclass of int, with a big value."""
    w_type: W_TypeObject
    attrs: W_ObjectWithMap

    def __init__(self, w_type: W_TypeObject, num: rbigint) -> None:
        W_LongObject.__init__(self, num)
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


SMALL_INTS = [W_IntObject(i) for i in range(-5, 257)]


def wrap_int(i: int) -> W_IntObject:
    if -5 <= i <= 256:
        return SMALL_INTS[i + 5]
    return W_IntObject(i)


def wrap_big(b: rbigint) -> W_Root:
    """An int object: a W_IntObject when the value fits a word."""
    if b.fits_int():
        return wrap_int(b.toint())
    return W_LongObject(b)


def wrap_unsigned(v: int) -> W_Root:
    """An int object of a word holding an unsigned 64-bit C value."""
    if v >= 0:
        return wrap_int(v)
    return wrap_big(rbigint.from_uint(r_uint(v)))


def is_int(w: W_Root) -> bool:
    """Whether w is an int (or bool, or an int subclass instance)."""
    return isinstance(w, W_IntObject) or isinstance(w, W_LongObject)


def is_exact_int(w: W_Root) -> bool:
    """An int whose type is exactly int (not bool, not a subclass)."""
    return (isinstance(w, W_IntObject) or isinstance(w, W_LongObject)) and \
        w.getclass() is w_int_type


def bigint_of_w(w: W_Root) -> rbigint:
    """The rbigint of an int object (TypeError for other objects after
    trying __index__)."""
    if isinstance(w, W_IntObject):
        return rbigint.from_int(w.intval)
    if isinstance(w, W_LongObject):
        return w.num
    return bigint_of_w(index_w(w))


def exact_int(w: W_Root) -> W_Root:
    """The value of an int object as an object of type exactly int."""
    if isinstance(w, W_IntObject):
        if w.getclass() is w_int_type:
            return w
        return wrap_int(w.intval)
    assert isinstance(w, W_LongObject)
    if w.getclass() is w_int_type:
        return w
    return W_LongObject(w.num)


def index_w(w: W_Root) -> W_Root:
    """operator.index(w): an int object (PyNumber_Index)."""
    if is_int(w):
        return w
    w_res = space.call_special(w, "__index__", [])
    if w_res is None:
        raise operr(w_TypeError, "'%s' object cannot be interpreted as an integer" % type_name(w))
    if not is_int(w_res):
        raise operr(w_TypeError, "__index__ returned non-int (type %s)" % type_name(w_res))
    if not is_exact_int(w_res):
        space.warn_strict_subclass("__index__ returned non-int", "int", w_res)
    return w_res


def int_w(w: W_Root) -> int:
    """The machine int of an int object or __index__ (OverflowError if it
    does not fit, as CPython's PyLong_AsSsize_t)."""
    w_i = index_w(w)
    if isinstance(w_i, W_IntObject):
        return w_i.intval
    raise operr(w_OverflowError, "Python int too large to convert to C ssize_t")


def int_w_clipped(w: W_Root) -> int:
    """PyNumber_AsSsize_t(w, NULL): huge values clipped to the word range."""
    w_i = index_w(w)
    if isinstance(w_i, W_IntObject):
        return w_i.intval
    assert isinstance(w_i, W_LongObject)
    return MININT if w_i.num.sign < 0 else MAXINT


def int_sign(w: W_Root) -> int:
    """-1, 0 or 1 for an int object."""
    if isinstance(w, W_IntObject):
        v = w.intval
        return -1 if v < 0 else (1 if v > 0 else 0)
    assert isinstance(w, W_LongObject)
    return w.num.sign


def int_to_float(w: W_Root) -> float:
    """float(int), correctly rounded (OverflowError as CPython)."""
    if isinstance(w, W_IntObject):
        return float(w.intval)
    assert isinstance(w, W_LongObject)
    try:
        return w.num.tofloat()
    except OverflowError:
        raise operr(w_OverflowError, "int too large to convert to float")


def float_of_w(w: W_Root) -> float:
    """PyFloat_AsDouble: floats, ints, then __float__, then __index__."""
    if isinstance(w, floatobject.W_FloatObject):
        return w.floatval
    if is_int(w):
        return int_to_float(w)
    w_float = space.lookup(w, "__float__")
    if w_float is None:
        if space.lookup(w, "__index__") is not None:
            return int_to_float(index_w(w))
        raise operr(w_TypeError, "must be real number, not %s" % type_name(w))
    return floatobject.call_float_special(w_float, w)


def _big_error(e: Exception) -> OperationError:
    """An RPy exception of rbigint as the Python one."""
    if isinstance(e, ZeroDivisionError):
        return operr(w_ZeroDivisionError, str(e))
    if isinstance(e, OverflowError):
        return operr(w_OverflowError, str(e))
    if isinstance(e, MemoryError):
        return operr_noarg(w_MemoryError)
    return operr(w_ValueError, str(e))


# -- word arithmetic (overflow switches to rbigint)

def int_add(a: int, b: int) -> W_Root:
    try:
        return wrap_int(ovfcheck(a + b))
    except OverflowError:
        return W_LongObject(rbigint.from_int(a).int_add(b))


def int_sub(a: int, b: int) -> W_Root:
    try:
        return wrap_int(ovfcheck(a - b))
    except OverflowError:
        return W_LongObject(rbigint.from_int(a).int_sub(b))


def int_mul(a: int, b: int) -> W_Root:
    try:
        return wrap_int(ovfcheck(a * b))
    except OverflowError:
        return W_LongObject(rbigint.from_int(a).int_mul(b))


def int_floordiv(a: int, b: int) -> W_Root:
    if b == 0:
        raise operr(w_ZeroDivisionError, "integer division or modulo by zero")
    if b == -1 and a == MININT:
        return W_LongObject(rbigint.from_int(a).neg())
    return wrap_int(a // b)


def int_mod(a: int, b: int) -> W_Root:
    if b == 0:
        raise operr(w_ZeroDivisionError, "integer modulo by zero")
    if b == -1:
        return wrap_int(0)
    return wrap_int(a % b)


def int_divmod(a: int, b: int) -> W_Root:
    if b == 0:
        raise operr(w_ZeroDivisionError, "integer division or modulo by zero")
    if b == -1:
        return space.newtuple([int_floordiv(a, b), wrap_int(0)])
    return space.newtuple([wrap_int(a // b), wrap_int(a % b)])


def int_truediv(a: int, b: int) -> W_Root:
    if b == 0:
        raise operr(w_ZeroDivisionError, "division by zero")
    if -TWO53 <= a <= TWO53 and -TWO53 <= b <= TWO53:
        return floatobject.wrap_float(float(a) / float(b))
    return _big_binop(OP_TRUEDIV, rbigint.from_int(a), rbigint.from_int(b))


def int_pow(a: int, b: int) -> W_Root:
    if b < 0:
        return floatobject.float_pow(float(a), float(b))
    result = 1
    base = a
    e = b
    try:
        while e > 0:
            if e & 1:
                result = ovfcheck(result * base)
            e >>= 1
            if e > 0:
                base = ovfcheck(base * base)
        return wrap_int(result)
    except OverflowError:
        pass
    try:
        return wrap_big(rbigint.from_int(a).int_pow(b))
    except MemoryError as e:
        raise _big_error(e)


def int_lshift(a: int, b: int) -> W_Root:
    if b < 0:
        raise operr(w_ValueError, "negative shift count")
    if a == 0 or b == 0:
        return wrap_int(a)
    if b < 63:
        try:
            return wrap_int(ovfcheck(a << b))
        except OverflowError:
            pass
    try:
        return wrap_big(rbigint.from_int(a).lshift(b))
    except MemoryError as e:
        raise _big_error(e)


def int_rshift(a: int, b: int) -> W_Root:
    if b < 0:
        raise operr(w_ValueError, "negative shift count")
    if b >= 63:
        return wrap_int(-1 if a < 0 else 0)
    return wrap_int(a >> b)


OP_ADD = 0
OP_SUB = 1
OP_MUL = 2
OP_FLOORDIV = 3
OP_MOD = 4
OP_DIVMOD = 5
OP_TRUEDIV = 6
OP_POW = 7
OP_LSHIFT = 8
OP_RSHIFT = 9
OP_AND = 10
OP_OR = 11
OP_XOR = 12


def _word_binop(op: int, a: int, b: int) -> W_Root:
    if op == OP_ADD:
        return int_add(a, b)
    if op == OP_SUB:
        return int_sub(a, b)
    if op == OP_MUL:
        return int_mul(a, b)
    if op == OP_FLOORDIV:
        return int_floordiv(a, b)
    if op == OP_MOD:
        return int_mod(a, b)
    if op == OP_DIVMOD:
        return int_divmod(a, b)
    if op == OP_TRUEDIV:
        return int_truediv(a, b)
    if op == OP_POW:
        return int_pow(a, b)
    if op == OP_LSHIFT:
        return int_lshift(a, b)
    if op == OP_RSHIFT:
        return int_rshift(a, b)
    if op == OP_AND:
        return wrap_int(a & b)
    if op == OP_OR:
        return wrap_int(a | b)
    return wrap_int(a ^ b)


def _big_binop(op: int, a: rbigint, b: rbigint) -> W_Root:
    try:
        if op == OP_ADD:
            return wrap_big(a.add(b))
        if op == OP_SUB:
            return wrap_big(a.sub(b))
        if op == OP_MUL:
            return wrap_big(a.mul(b))
        if op == OP_FLOORDIV:
            return wrap_big(a.floordiv(b))
        if op == OP_MOD:
            return wrap_big(a.mod(b))
        if op == OP_DIVMOD:
            q, r = a.divmod(b)
            return space.newtuple([wrap_big(q), wrap_big(r)])
        if op == OP_TRUEDIV:
            return floatobject.wrap_float(a.truediv(b))
        if op == OP_POW:
            if b.sign < 0:
                return floatobject.float_pow(a.tofloat(), b.tofloat())
            return wrap_big(a.pow(b))
        if op == OP_LSHIFT:
            return wrap_big(a.lshift_big(b))
        if op == OP_RSHIFT:
            return wrap_big(a.rshift_big(b))
        if op == OP_AND:
            return wrap_big(a.and_(b))
        if op == OP_OR:
            return wrap_big(a.or_(b))
        return wrap_big(a.xor(b))
    except ZeroDivisionError as e:
        raise _big_error(e)
    except OverflowError as e:
        if op == OP_POW:
            raise operr(w_OverflowError, "int too large to convert to float")
        raise _big_error(e)
    except ValueError as e:
        raise _big_error(e)
    except MemoryError as e:
        raise _big_error(e)


def int_binop(op: int, w_a: W_Root, w_b: W_Root) -> W_Root:
    """`w_a op w_b` for two int objects."""
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return _word_binop(op, w_a.intval, w_b.intval)
    if op == OP_POW and int_sign(w_b) < 0:
        return floatobject.float_pow(int_to_float(w_a), int_to_float(w_b))
    return _big_binop(op, bigint_of_w(w_a), bigint_of_w(w_b))


def int_compare(w_a: W_Root, w_b: W_Root) -> int:
    """-1, 0 or 1 for two int objects."""
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        a = w_a.intval
        b = w_b.intval
        return -1 if a < b else (1 if a > b else 0)
    return bigint_of_w(w_a).compare(bigint_of_w(w_b))


def int_neg(w: W_Root) -> W_Root:
    if isinstance(w, W_IntObject):
        if w.intval == MININT:
            return W_LongObject(rbigint.from_int(MININT).neg())
        return wrap_int(-w.intval)
    assert isinstance(w, W_LongObject)
    return wrap_big(w.num.neg())


def int_abs(w: W_Root) -> W_Root:
    if int_sign(w) < 0:
        return int_neg(w)
    return exact_int(w)


def hash_word(x: int) -> int:
    """hash() of an int that fits a word, as CPython's."""
    if x >= 0:
        h = x % HASH_MODULUS
    elif x == MININT:
        h = -((-(x + HASH_MODULUS)) % HASH_MODULUS)
    else:
        h = -((-x) % HASH_MODULUS)
    if h == -1:
        h = -2
    return h


def int_hash(w: W_Root) -> int:
    if isinstance(w, W_IntObject):
        return hash_word(w.intval)
    assert isinstance(w, W_LongObject)
    return w.num.hash()


def int_repr(w: W_Root) -> str:
    if isinstance(w, W_IntObject):
        return str(w.intval)
    assert isinstance(w, W_LongObject)
    try:
        return w.num.str(INT_CONFIG.max_str_digits)
    except ValueError as e:
        raise operr(w_ValueError, str(e))


def int_to_base(w: W_Root, base: int) -> str:
    """The digits of an int object in base 2, 8, 10 or 16, with a '-' but
    without prefix (lowercase)."""
    if base == 10:
        return int_repr(w)
    return bigint_of_w(w).to_base(base, "")


def int_bit_length(w: W_Root) -> int:
    if isinstance(w, W_IntObject):
        v = w.intval
        if v == MININT:
            return 64
        if v < 0:
            v = -v
        n = 0
        while v != 0:
            v >>= 1
            n += 1
        return n
    assert isinstance(w, W_LongObject)
    return w.num.bit_length()


# -- the special methods

def _self(slots: list[W_Root | None], name: str) -> W_Root:
    w = slots[0]
    assert w is not None
    if not is_int(w):
        raise operr(w_TypeError, "descriptor '%s' requires a 'int' object but received a '%s'"
                    % (name, type_name(w)))
    return w


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    return w if w is not None else w_None


def _binary(slots: list[W_Root | None], op: int, name: str) -> W_Root:
    w_a = _self(slots, name)
    w_b = _arg(slots, 1)
    if not is_int(w_b):
        return w_NotImplemented
    return int_binop(op, w_a, w_b)


def _rbinary(slots: list[W_Root | None], op: int, name: str) -> W_Root:
    w_a = _self(slots, name)
    w_b = _arg(slots, 1)
    if not is_int(w_b):
        return w_NotImplemented
    return int_binop(op, w_b, w_a)


def int_descr_add(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_ADD, "__add__")


def int_descr_radd(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_ADD, "__radd__")


def int_descr_sub(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_SUB, "__sub__")


def int_descr_rsub(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_SUB, "__rsub__")


def int_descr_mul(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_MUL, "__mul__")


def int_descr_rmul(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_MUL, "__rmul__")


def int_descr_floordiv(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_FLOORDIV, "__floordiv__")


def int_descr_rfloordiv(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_FLOORDIV, "__rfloordiv__")


def int_descr_mod(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_MOD, "__mod__")


def int_descr_rmod(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_MOD, "__rmod__")


def int_descr_divmod(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_DIVMOD, "__divmod__")


def int_descr_rdivmod(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_DIVMOD, "__rdivmod__")


def int_descr_truediv(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_TRUEDIV, "__truediv__")


def int_descr_rtruediv(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_TRUEDIV, "__rtruediv__")


def int_descr_lshift(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_LSHIFT, "__lshift__")


def int_descr_rlshift(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_LSHIFT, "__rlshift__")


def int_descr_rshift(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_RSHIFT, "__rshift__")


def int_descr_rrshift(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_RSHIFT, "__rrshift__")


def int_descr_and(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_AND, "__and__")


def int_descr_rand(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_AND, "__rand__")


def int_descr_or(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_OR, "__or__")


def int_descr_ror(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_OR, "__ror__")


def int_descr_xor(slots: list[W_Root | None]) -> W_Root:
    return _binary(slots, OP_XOR, "__xor__")


def int_descr_rxor(slots: list[W_Root | None]) -> W_Root:
    return _rbinary(slots, OP_XOR, "__rxor__")


def int_pow_mod(w_a: W_Root, w_b: W_Root, w_m: W_Root) -> W_Root:
    """pow(a, b, m) for three int objects."""
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject) and \
            isinstance(w_m, W_IntObject):
        m = w_m.intval
        b = w_b.intval
        if 1 < m < 2147483648 and b >= 0:
            base = w_a.intval % m
            result = 1
            while b > 0:
                if b & 1:
                    result = (result * base) % m
                b >>= 1
                if b > 0:
                    base = (base * base) % m
            return wrap_int(result)
    try:
        return wrap_big(bigint_of_w(w_a).pow(bigint_of_w(w_b), bigint_of_w(w_m)))
    except ValueError as e:
        raise _big_error(e)
    except MemoryError as e:
        raise _big_error(e)


def int_descr_pow(slots: list[W_Root | None]) -> W_Root:
    w_a = _self(slots, "__pow__")
    w_b = _arg(slots, 1)
    w_m = _arg(slots, 2)
    if not is_int(w_b):
        return w_NotImplemented
    if w_m is w_None:
        return int_binop(OP_POW, w_a, w_b)
    if not is_int(w_m):
        return w_NotImplemented
    return int_pow_mod(w_a, w_b, w_m)


def int_descr_rpow(slots: list[W_Root | None]) -> W_Root:
    w_a = _self(slots, "__rpow__")
    w_b = _arg(slots, 1)
    w_m = _arg(slots, 2)
    if not is_int(w_b):
        return w_NotImplemented
    if w_m is w_None:
        return int_binop(OP_POW, w_b, w_a)
    if not is_int(w_m):
        return w_NotImplemented
    return int_pow_mod(w_b, w_a, w_m)


def int_descr_neg(slots: list[W_Root | None]) -> W_Root:
    return int_neg(_self(slots, "__neg__"))


def int_descr_pos(slots: list[W_Root | None]) -> W_Root:
    return exact_int(_self(slots, "__pos__"))


def int_descr_abs(slots: list[W_Root | None]) -> W_Root:
    return int_abs(_self(slots, "__abs__"))


def int_descr_invert(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "__invert__")
    if isinstance(w, W_IntObject):
        return wrap_int(~w.intval)
    assert isinstance(w, W_LongObject)
    return wrap_big(w.num.invert())


def int_descr_int(slots: list[W_Root | None]) -> W_Root:
    return exact_int(_self(slots, "__int__"))


def int_descr_index(slots: list[W_Root | None]) -> W_Root:
    return exact_int(_self(slots, "__index__"))


def int_descr_trunc(slots: list[W_Root | None]) -> W_Root:
    return exact_int(_self(slots, "__trunc__"))


def int_descr_floor(slots: list[W_Root | None]) -> W_Root:
    return exact_int(_self(slots, "__floor__"))


def int_descr_ceil(slots: list[W_Root | None]) -> W_Root:
    return exact_int(_self(slots, "__ceil__"))


def int_descr_conjugate(slots: list[W_Root | None]) -> W_Root:
    return exact_int(_self(slots, "conjugate"))


def int_descr_float(slots: list[W_Root | None]) -> W_Root:
    return floatobject.wrap_float(int_to_float(_self(slots, "__float__")))


def int_descr_bool(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(int_sign(_self(slots, "__bool__")) != 0)


def int_descr_repr(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str(int_repr(_self(slots, "__repr__")))


def int_descr_hash(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(int_hash(_self(slots, "__hash__")))


def int_descr_getnewargs(slots: list[W_Root | None]) -> W_Root:
    return space.newtuple([exact_int(_self(slots, "__getnewargs__"))])


def int_descr_bit_length(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(int_bit_length(_self(slots, "bit_length")))


def int_descr_bit_count(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "bit_count")
    if isinstance(w, W_IntObject) and w.intval != MININT:
        v = w.intval
        if v < 0:
            v = -v
        n = 0
        while v != 0:
            n += v & 1
            v >>= 1
        return wrap_int(n)
    text = bigint_of_w(w).to_base(2, "")
    n = 0
    for c in text:
        if c == "1":
            n += 1
    return wrap_int(n)


def int_descr_as_integer_ratio(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "as_integer_ratio")
    return space.newtuple([exact_int(w), wrap_int(1)])


def _byteorder(w: W_Root | None, fname: str) -> str:
    if w is None:
        return "big"
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "%s() argument 'byteorder' must be str, not %s"
                    % (fname, type_name(w)))
    return w.as_str()


def int_descr_to_bytes(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "to_bytes")
    w_length = slots[1]
    length = 1 if w_length is None else int_w(w_length)
    byteorder = _byteorder(slots[2], "to_bytes")
    w_signed = slots[3]
    signed = w_signed is not None and space.is_true(w_signed)
    try:
        data = bigint_of_w(w).to_bytes(length, byteorder, signed)
    except ValueError as e:
        raise _big_error(e)
    except OverflowError as e:
        raise _big_error(e)
    return bytesobject.wrap_bytes(data)


def int_descr_from_bytes(slots: list[W_Root | None]) -> W_Root:
    w_cls = _arg(slots, 0)
    w_bytes = _arg(slots, 1)
    byteorder = _byteorder(slots[2], "from_bytes")
    w_signed = slots[3]
    signed = w_signed is not None and space.is_true(w_signed)
    if byteorder != "big" and byteorder != "little":
        raise operr(w_ValueError, "byteorder must be either 'little' or 'big'")
    data = bytesobject.buffer_or_none(w_bytes)
    if data is None:
        if is_int(w_bytes) or isinstance(w_bytes, W_StrObject):
            raise operr(w_TypeError, "cannot convert '%s' object to bytes" % type_name(w_bytes))
        data = bytesobject.buffer_w(space.call_function(bytesobject.w_bytes_type, [w_bytes]))
    try:
        w_res = wrap_big(rbigint.from_bytes(data, byteorder, signed))
    except ValueError as e:
        raise _big_error(e)
    if w_cls is not w_int_type:
        w_res = space.call_function(w_cls, [w_res])
    return w_res


def _compare(slots: list[W_Root | None], op: int, name: str) -> W_Root:
    w_a = _self(slots, name)
    w_b = _arg(slots, 1)
    if not is_int(w_b):
        return w_NotImplemented
    return space.wrap_bool(space.compare_ints(int_compare(w_a, w_b), 0, op))


def int_descr_lt(slots: list[W_Root | None]) -> W_Root:
    return _compare(slots, 0, "__lt__")


def int_descr_le(slots: list[W_Root | None]) -> W_Root:
    return _compare(slots, 1, "__le__")


def int_descr_eq(slots: list[W_Root | None]) -> W_Root:
    return _compare(slots, 2, "__eq__")


def int_descr_ne(slots: list[W_Root | None]) -> W_Root:
    return _compare(slots, 3, "__ne__")


def int_descr_gt(slots: list[W_Root | None]) -> W_Root:
    return _compare(slots, 4, "__gt__")


def int_descr_ge(slots: list[W_Root | None]) -> W_Root:
    return _compare(slots, 5, "__ge__")


def _divmod_near(a: rbigint, b: rbigint) -> tuple[rbigint, rbigint]:
    """(q, r): q the nearest integer to a / b (ties to even), r = a - q*b."""
    q, r = a.divmod(b)
    r2 = r.int_mul(2)
    c = r2.compare(b)
    if b.sign > 0:
        greater_than_half = c > 0
    else:
        greater_than_half = c < 0
    exactly_half = c == 0
    if greater_than_half or (exactly_half and not q.int_and_(1).is_zero()):
        q = q.int_add(1)
        r = r.sub(b)
    return q, r


def int_descr_round(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "__round__")
    w_nd = slots[1]
    if w_nd is None or w_nd is w_None:
        return exact_int(w)
    w_ndigits = index_w(w_nd)
    if int_sign(w_ndigits) >= 0:
        return exact_int(w)
    value = bigint_of_w(w)
    if not isinstance(w_ndigits, W_IntObject):
        return wrap_int(0)          # 10**-ndigits is beyond any int
    if -w_ndigits.intval > value.bit_length() // 3 + 2:
        # 10**-ndigits is larger than twice the value: rounds to 0
        return wrap_int(0)
    power = rbigint.from_int(10).int_pow(-w_ndigits.intval)
    q, r = _divmod_near(value, power)
    return wrap_big(value.sub(r))


# -- int(x, base)

def _is_str(w: W_Root) -> bool:
    return isinstance(w, W_StrObject)


def int_from_str(s: str, base: int) -> W_Root:
    """int(s, base) for a str (CPython's parser and messages)."""
    try:
        return wrap_big(rbigint.from_str(s, base, INT_CONFIG.max_str_digits))
    except ValueError as e:
        raise operr(w_ValueError, str(e))


def bytes_as_ascii_text(data: bytes) -> str:
    """The text of bytes for the number parsers: bytes that cannot be part
    of a number (NUL, non-ASCII) become DEL, which no parser accepts."""
    chars: list[str] = []
    for b in data:
        chars.append(chr(b) if 0 < b < 127 else "\x7f")
    return "".join(chars)


def int_from_bytes_text(data: bytes, base: int) -> W_Root:
    """int(b, base) for bytes (CPython's _PyLong_FromBytes)."""
    try:
        return wrap_big(rbigint.from_str(bytes_as_ascii_text(data), base,
                                         INT_CONFIG.max_str_digits))
    except ValueError as e:
        msg = str(e)
        if msg.startswith("invalid literal"):
            r = repr(data[:200])
            if len(r) > 200:
                r = r[:200]
            msg = "invalid literal for int() with base %d: %s" % (base, r)
        raise operr(w_ValueError, msg)


def int_from_digits(digits: str) -> W_Root:
    """The int of a literal's exact decimal digits ('-' first if negative),
    as ouro/parser/constvalue.py's ConstInt keeps them (no digit limit)."""
    return wrap_big(rbigint.from_str(digits, 10, 0))


def number_long(w_x: W_Root) -> W_Root:
    """int(x) with one argument (PyNumber_Long): an exact int."""
    if is_exact_int(w_x):
        return w_x
    w_int = space.lookup(w_x, "__int__")
    if w_int is not None:
        w_res = space.call_found_special(w_int, w_x, [])
        if not is_int(w_res):
            raise operr(w_TypeError, "__int__ returned non-int (type %s)" % type_name(w_res))
        if not is_exact_int(w_res):
            space.warn_strict_subclass("__int__ returned non-int", "int", w_res)
        return exact_int(w_res)
    if space.lookup(w_x, "__index__") is not None:
        return exact_int(index_w(w_x))
    w_trunc = space.lookup(w_x, "__trunc__")
    if w_trunc is not None:
        space.warn(w_DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.")
        w_res = space.call_found_special(w_trunc, w_x, [])
        if is_int(w_res):
            return exact_int(w_res)
        if space.lookup(w_res, "__index__") is None:
            raise operr(w_TypeError, "__trunc__ returned non-Integral (type %s)"
                        % type_name(w_res))
        return exact_int(index_w(w_res))
    if isinstance(w_x, W_StrObject):
        return int_from_str(w_x.as_str(), 10)
    data = bytesobject.buffer_or_none(w_x)
    if data is not None:
        return int_from_bytes_text(data, 10)
    raise operr(w_TypeError, "int() argument must be a string, a bytes-like object or a "
                "real number, not '%s'" % type_name(w_x))


def int_new_value(w_x: W_Root | None, w_base: W_Root | None) -> W_Root:
    """The exact int that int(x, base) makes."""
    if w_x is None:
        if w_base is not None:
            raise operr(w_TypeError, "int() missing string argument")
        return wrap_int(0)
    if w_base is None:
        return number_long(w_x)
    base = int_w_clipped(w_base)
    if (base != 0 and base < 2) or base > 36:
        raise operr(w_ValueError, "int() base must be >= 2 and <= 36, or 0")
    if isinstance(w_x, W_StrObject):
        return int_from_str(w_x.as_str(), base)
    data = bytesobject.buffer_or_none(w_x)
    if data is not None:
        return int_from_bytes_text(data, base)
    raise operr(w_TypeError, "int() can't convert non-string with explicit base")


def check_new_cls(w_cls: W_Root, w_base_type: W_TypeObject) -> W_TypeObject:
    """The class argument of T.__new__(cls, ...): a subtype of T that T's
    __new__ may build (CPython's tp_new_wrapper checks)."""
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "%s.__new__(X): X is not a type object (%s)" % (
            w_base_type.name, type_name(w_cls)))
    if not w_cls.issubtype(w_base_type):
        raise operr(w_TypeError, "%s.__new__(%s): %s is not a subtype of %s" % (
            w_base_type.name, w_cls.name, w_cls.name, w_base_type.name))
    if w_cls is not w_base_type:
        # the nearest built-in base must be w_base_type itself
        for w_t in w_cls.mro_w:
            if not w_t.is_heaptype:
                if w_t is not w_base_type:
                    raise operr(w_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()" % (
                        w_base_type.name, w_cls.name, w_t.name))
                break
    return w_cls


def new_int_instance(w_cls: W_TypeObject, w_value: W_Root) -> W_Root:
    """An instance of the int subclass w_cls with the value of w_value."""
    if w_cls is w_int_type:
        return exact_int(w_value)
    if isinstance(w_value, W_IntObject):
        return W_IntObjectUser(w_cls, w_value.intval)
    assert isinstance(w_value, W_LongObject)
    return W_LongObjectUser(w_cls, w_value.num)


def int_descr_new(slots: list[W_Root | None]) -> W_Root:
    w_cls = check_new_cls(_arg(slots, 0), w_int_type)
    w_value = int_new_value(slots[1], slots[2])
    return new_int_instance(w_cls, w_value)


# -- attributes

def int_get_real(w: W_Root) -> W_Root:
    return exact_int(w)


def int_get_imag(w: W_Root) -> W_Root:
    return wrap_int(0)


def int_get_denominator(w: W_Root) -> W_Root:
    return wrap_int(1)


# -- format(int, spec)

class FormatSpec:
    """A parsed format spec: [[fill]align][sign][z][#][0][width][,|_][.precision][type]."""
    fill: str
    align: str          # '<', '>', '=', '^'
    sign: str           # '+', '-', ' ' or '' (not given)
    no_neg_0: bool
    alternate: bool
    width: int          # -1: not given
    thousands: str      # '', ',' or '_'
    precision: int      # -1: not given
    type: str           # '' (not given) or one character
    fill_given: bool
    align_given: bool

    def __init__(self) -> None:
        self.fill = " "
        self.align = ">"
        self.sign = ""
        self.no_neg_0 = False
        self.alternate = False
        self.width = -1
        self.thousands = ""
        self.precision = -1
        self.type = ""
        self.fill_given = False
        self.align_given = False


def _is_align(c: str) -> bool:
    return c == "<" or c == ">" or c == "=" or c == "^"


def _get_integer(spec: str, pos: int) -> tuple[int, int]:
    """The number at pos and the position after it (-1: no digits)."""
    n = 0
    start = pos
    while pos < len(spec) and 48 <= ord(spec[pos]) <= 57:
        d = ord(spec[pos]) - 48
        if n > (MAXINT - d) // 10:
            raise operr(w_ValueError, "Too many decimal digits in format string")
        n = n * 10 + d
        pos += 1
    if pos == start:
        return -1, pos
    return n, pos


def _char_for_message(c: str) -> str:
    o = ord(c)
    if 32 < o < 128:
        return "'%s'" % c
    return "'\\x%x'" % o


def parse_format_spec(spec: str, w_obj: W_Root, default_type: str,
                      default_align: str) -> FormatSpec:
    """CPython's parse_internal_render_format_spec."""
    f = FormatSpec()
    f.align = default_align
    f.type = default_type
    end = len(spec)
    pos = 0
    if end - pos >= 2 and _is_align(spec[pos + 1]):
        f.align = spec[pos + 1]
        f.fill = spec[pos]
        f.fill_given = True
        f.align_given = True
        pos += 2
    elif end - pos >= 1 and _is_align(spec[pos]):
        f.align = spec[pos]
        f.align_given = True
        pos += 1
    if end - pos >= 1 and (spec[pos] == "+" or spec[pos] == "-" or spec[pos] == " "):
        f.sign = spec[pos]
        pos += 1
    if end - pos >= 1 and spec[pos] == "z":
        f.no_neg_0 = True
        pos += 1
    if end - pos >= 1 and spec[pos] == "#":
        f.alternate = True
        pos += 1
    if not f.fill_given and end - pos >= 1 and spec[pos] == "0":
        f.fill = "0"
        if not f.align_given and default_align == ">":
            f.align = "="
        pos += 1
    f.width, pos = _get_integer(spec, pos)
    if end - pos >= 1 and spec[pos] == ",":
        f.thousands = ","
        pos += 1
    if end - pos >= 1 and spec[pos] == "_":
        if f.thousands != "":
            raise operr(w_ValueError, "Cannot specify both ',' and '_'.")
        f.thousands = "_"
        pos += 1
    if end - pos >= 1 and spec[pos] == ",":
        if f.thousands == "_":
            raise operr(w_ValueError, "Cannot specify both ',' and '_'.")
    if end - pos >= 1 and spec[pos] == ".":
        pos += 1
        f.precision, pos = _get_integer(spec, pos)
        if f.precision < 0:
            raise operr(w_ValueError, "Format specifier missing precision")
    if end - pos > 1:
        raise operr(w_ValueError, "Invalid format specifier '%s' for object of type '%s'"
                    % (spec, type_name(w_obj)))
    if end - pos == 1:
        f.type = spec[pos]
    if f.thousands != "":
        t = f.type
        if t == "b" or t == "o" or t == "x" or t == "X":
            if f.thousands == ",":
                raise operr(w_ValueError, "Cannot specify ',' with %s." % _char_for_message(t))
        elif not (t == "d" or t == "e" or t == "f" or t == "g" or t == "E" or t == "G" or
                  t == "%" or t == "F" or t == ""):
            raise operr(w_ValueError, "Cannot specify '%s' with %s." % (
                f.thousands, _char_for_message(t)))
    return f


def unknown_format_code(t: str, w_obj: W_Root) -> OperationError:
    o = ord(t)
    if 32 < o < 128:
        code = t
    else:
        code = "\\x%x" % o
    return operr(w_ValueError, "Unknown format code '%s' for object of type '%s'"
                 % (code, type_name(w_obj)))


def repeat_char(c: str, n: int) -> str:
    if n <= 0:
        return ""
    parts: list[str] = []
    for i in range(n):
        parts.append(c)
    return "".join(parts)


def insert_grouping(digits: str, min_width: int, group: int, sep: str) -> str:
    """The digits with `sep` every `group` digits from the right (group 0:
    none), padded with zeros on the left to at least min_width characters
    (CPython's _PyUnicode_InsertThousandsGrouping)."""
    if min_width < 0:
        min_width = 0
    pieces: list[str] = []          # right to left
    remaining = len(digits)
    pos = len(digits)
    use_sep = False
    broken = False
    if group > 0:
        while True:
            n = min(group, max(max(remaining, min_width), 1))
            n_zeros = max(0, n - remaining)
            n_chars = max(0, min(remaining, n))
            if use_sep:
                pieces.append(sep)
            pieces.append(digits[pos - n_chars:pos])
            pos -= n_chars
            pieces.append(repeat_char("0", n_zeros))
            use_sep = True
            remaining -= n_chars
            min_width -= n
            if remaining <= 0 and min_width <= 0:
                broken = True
                break
            min_width -= len(sep)
    if not broken:
        n = max(max(remaining, min_width), 1)
        n_zeros = max(0, n - remaining)
        n_chars = max(0, min(remaining, n))
        if use_sep:
            pieces.append(sep)
        pieces.append(digits[pos - n_chars:pos])
        pieces.append(repeat_char("0", n_zeros))
    pieces.reverse()
    return "".join(pieces)


def format_number(f: FormatSpec, negative: bool, prefix: str, digits: str, has_decimal: bool,
                  remainder: str, group: int, sep: str) -> str:
    """Lays out a number (CPython's calc_number_widths and fill_number):
    sign, prefix, padding, the grouped digits, the decimal point and the
    remainder (fraction, exponent, '%' or a 'c' character)."""
    sign = ""
    if f.sign == "+":
        sign = "-" if negative else "+"
    elif f.sign == " ":
        sign = "-" if negative else " "
    elif negative:
        sign = "-"
    n_non_digit = len(sign) + len(prefix) + (1 if has_decimal else 0) + len(remainder)
    if f.fill == "0" and f.align == "=":
        min_width = f.width - n_non_digit
    else:
        min_width = 0
    if len(digits) == 0:
        grouped = ""
    else:
        grouped = insert_grouping(digits, min_width, group, sep)
    n_padding = f.width - (n_non_digit + len(grouped))
    lpad = 0
    spad = 0
    rpad = 0
    if n_padding > 0:
        if f.align == "<":
            rpad = n_padding
        elif f.align == "^":
            lpad = n_padding // 2
            rpad = n_padding - lpad
        elif f.align == "=":
            spad = n_padding
        else:
            lpad = n_padding
    parts = [repeat_char(f.fill, lpad), sign, prefix, repeat_char(f.fill, spad), grouped]
    if has_decimal:
        parts.append(".")
    parts.append(remainder)
    parts.append(repeat_char(f.fill, rpad))
    return "".join(parts)


def grouping_of(f: FormatSpec) -> tuple[int, str]:
    """(group size, separator) of a spec: 'n' groups nothing (C locale)."""
    if f.type == "n" or f.thousands == "":
        return 0, ""
    if f.thousands == "_" and (f.type == "b" or f.type == "o" or f.type == "x" or
                               f.type == "X"):
        return 4, "_"
    return 3, f.thousands


def format_int_spec(w: W_Root, f: FormatSpec) -> str:
    """An int with a parsed spec whose type is one of bcdoxXn."""
    if f.precision >= 0:
        raise operr(w_ValueError, "Precision not allowed in integer format specifier")
    if f.no_neg_0:
        raise operr(w_ValueError,
                    "Negative zero coercion (z) not allowed in integer format specifier")
    t = f.type
    if t == "c":
        if f.sign != "":
            raise operr(w_ValueError, "Sign not allowed with integer format specifier 'c'")
        if f.alternate:
            raise operr(w_ValueError,
                        "Alternate form (#) not allowed with integer format specifier 'c'")
        if not isinstance(w, W_IntObject):
            raise operr(w_OverflowError, "Python int too large to convert to C long")
        x = w.intval
        if x < 0 or x > 0x10ffff:
            raise operr(w_OverflowError, "%c arg not in range(0x110000)")
        return format_number(f, False, "", "", False, chr(x), 0, "")
    if t == "b":
        base = 2
    elif t == "o":
        base = 8
    elif t == "x" or t == "X":
        base = 16
    else:
        base = 10
    text = int_to_base(w, base)
    negative = False
    if text[0] == "-":
        negative = True
        text = text[1:]
    prefix = ""
    if f.alternate:
        if base == 2:
            prefix = "0b"
        elif base == 8:
            prefix = "0o"
        elif base == 16:
            prefix = "0x"
    if t == "X":
        prefix = prefix.upper()
        text = text.upper()
    group, sep = grouping_of(f)
    return format_number(f, negative, prefix, text, False, "", group, sep)


def format_int(w: W_Root, spec: str) -> str:
    """format(int, spec)."""
    if spec == "":
        if is_exact_int(w):
            return int_repr(w)
        return space.str_str(w)
    f = parse_format_spec(spec, w, "d", ">")
    t = f.type
    if t == "b" or t == "c" or t == "d" or t == "o" or t == "x" or t == "X" or t == "n":
        return format_int_spec(w, f)
    if t == "e" or t == "E" or t == "f" or t == "F" or t == "g" or t == "G" or t == "%":
        return floatobject.format_float_spec(int_to_float(w), f)
    raise unknown_format_code(t, w)


def int_descr_format(slots: list[W_Root | None]) -> W_Root:
    w = _self(slots, "__format__")
    w_spec = _arg(slots, 1)
    if not isinstance(w_spec, W_StrObject):
        raise operr(w_TypeError, "__format__() argument must be str, not %s" % type_name(w_spec))
    return space.wrap_str(format_int(w, w_spec.as_str()))


# -- registration

def register_new(w_type: W_TypeObject, spec: str, fn: BuiltinFn) -> W_BuiltinFunction:
    """`__new__` of a built-in type: a static built-in (called with the
    class first), whose messages name the type (`int() takes ...`)."""
    b = register(None, spec, fn)
    b.name = "__new__"
    b.w_static_of = w_type
    w_type.dict_w["__new__"] = b
    return b


register_new(w_int_type, "int(self, x=, /, base=)", int_descr_new)
register(w_int_type, "__add__(self, value, /)", int_descr_add)
register(w_int_type, "__radd__(self, value, /)", int_descr_radd)
register(w_int_type, "__sub__(self, value, /)", int_descr_sub)
register(w_int_type, "__rsub__(self, value, /)", int_descr_rsub)
register(w_int_type, "__mul__(self, value, /)", int_descr_mul)
register(w_int_type, "__rmul__(self, value, /)", int_descr_rmul)
register(w_int_type, "__floordiv__(self, value, /)", int_descr_floordiv)
register(w_int_type, "__rfloordiv__(self, value, /)", int_descr_rfloordiv)
register(w_int_type, "__mod__(self, value, /)", int_descr_mod)
register(w_int_type, "__rmod__(self, value, /)", int_descr_rmod)
register(w_int_type, "__divmod__(self, value, /)", int_descr_divmod)
register(w_int_type, "__rdivmod__(self, value, /)", int_descr_rdivmod)
register(w_int_type, "__truediv__(self, value, /)", int_descr_truediv)
register(w_int_type, "__rtruediv__(self, value, /)", int_descr_rtruediv)
register(w_int_type, "__pow__(self, value, mod=, /)", int_descr_pow)
register(w_int_type, "__rpow__(self, value, mod=, /)", int_descr_rpow)
register(w_int_type, "__lshift__(self, value, /)", int_descr_lshift)
register(w_int_type, "__rlshift__(self, value, /)", int_descr_rlshift)
register(w_int_type, "__rshift__(self, value, /)", int_descr_rshift)
register(w_int_type, "__rrshift__(self, value, /)", int_descr_rrshift)
register(w_int_type, "__and__(self, value, /)", int_descr_and)
register(w_int_type, "__rand__(self, value, /)", int_descr_rand)
register(w_int_type, "__or__(self, value, /)", int_descr_or)
register(w_int_type, "__ror__(self, value, /)", int_descr_ror)
register(w_int_type, "__xor__(self, value, /)", int_descr_xor)
register(w_int_type, "__rxor__(self, value, /)", int_descr_rxor)
register(w_int_type, "__neg__(self, /)", int_descr_neg)
register(w_int_type, "__pos__(self, /)", int_descr_pos)
register(w_int_type, "__abs__(self, /)", int_descr_abs)
register(w_int_type, "__invert__(self, /)", int_descr_invert)
register(w_int_type, "__int__(self, /)", int_descr_int)
register(w_int_type, "__index__(self, /)", int_descr_index)
register(w_int_type, "__float__(self, /)", int_descr_float)
register(w_int_type, "__bool__(self, /)", int_descr_bool)
register(w_int_type, "__trunc__(self, /)", int_descr_trunc)
register(w_int_type, "__floor__(self, /)", int_descr_floor)
register(w_int_type, "__ceil__(self, /)", int_descr_ceil)
register(w_int_type, "__round__(self, ndigits=, /)", int_descr_round)
register(w_int_type, "__repr__(self, /)", int_descr_repr)
register(w_int_type, "__hash__(self, /)", int_descr_hash)
register(w_int_type, "__format__(self, format_spec, /)", int_descr_format)
register(w_int_type, "__getnewargs__(self, /)", int_descr_getnewargs)
register(w_int_type, "__lt__(self, value, /)", int_descr_lt)
register(w_int_type, "__le__(self, value, /)", int_descr_le)
register(w_int_type, "__eq__(self, value, /)", int_descr_eq)
register(w_int_type, "__ne__(self, value, /)", int_descr_ne)
register(w_int_type, "__gt__(self, value, /)", int_descr_gt)
register(w_int_type, "__ge__(self, value, /)", int_descr_ge)
register(w_int_type, "conjugate(self, /)", int_descr_conjugate)
register(w_int_type, "bit_length(self, /)", int_descr_bit_length)
register(w_int_type, "bit_count(self, /)", int_descr_bit_count)
register(w_int_type, "as_integer_ratio(self, /)", int_descr_as_integer_ratio)
register(w_int_type, "to_bytes(self, length=, byteorder=, *, signed=)", int_descr_to_bytes)
register_classmethod(w_int_type, "from_bytes(self, bytes, byteorder=, *, signed=)",
                     int_descr_from_bytes)
getset(w_int_type, "real", int_get_real)
getset(w_int_type, "imag", int_get_imag)
getset(w_int_type, "numerator", int_get_real)
getset(w_int_type, "denominator", int_get_denominator)

# at the end: floatobject imports this module's names
import ouro.objspace.floatobject as floatobject  # noqa: E402
