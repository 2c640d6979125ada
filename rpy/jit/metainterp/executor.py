"""The meaning of the pure operations on constants: used by the optimizer to
fold them (and usable by a backend that interprets traces).  RPy code.
"""
from __future__ import annotations

from rpy.rlib import rmath
from rpy.rlib.rarithmetic import intmask, ovfcheck, MININT
from rpy.jit.metainterp.resoperation import AbstractValue, rop
from rpy.jit.metainterp.history import ConstInt, ConstFloat, ConstPtr


def _bool(b: bool) -> AbstractValue:
    return ConstInt(1 if b else 0)


def uint_lt(a: int, b: int) -> bool:
    """a < b as unsigned words."""
    return (a ^ MININT) < (b ^ MININT)


def uint_rshift(a: int, b: int) -> int:
    if b == 0:
        return a
    return (a >> b) & ((1 << (64 - b)) - 1)


def execute_int_binary(opnum: int, a: int, b: int) -> AbstractValue | None:
    if opnum == rop.INT_ADD:
        return ConstInt(intmask(a + b))
    if opnum == rop.INT_SUB:
        return ConstInt(intmask(a - b))
    if opnum == rop.INT_MUL:
        return ConstInt(intmask(a * b))
    if opnum == rop.INT_FLOORDIV:
        if b == 0 or (a == MININT and b == -1):
            return None
        return ConstInt(a // b)
    if opnum == rop.INT_MOD:
        if b == 0 or (a == MININT and b == -1):
            return None
        return ConstInt(a % b)
    if opnum == rop.INT_AND:
        return ConstInt(a & b)
    if opnum == rop.INT_OR:
        return ConstInt(a | b)
    if opnum == rop.INT_XOR:
        return ConstInt(a ^ b)
    if opnum == rop.INT_LSHIFT:
        if b < 0 or b >= 64:
            return None
        return ConstInt(intmask(a << b))
    if opnum == rop.INT_RSHIFT:
        if b < 0 or b >= 64:
            return None
        return ConstInt(a >> b)
    if opnum == rop.UINT_RSHIFT:
        if b < 0 or b >= 64:
            return None
        return ConstInt(uint_rshift(a, b))
    if opnum == rop.INT_LT:
        return _bool(a < b)
    if opnum == rop.INT_LE:
        return _bool(a <= b)
    if opnum == rop.INT_EQ:
        return _bool(a == b)
    if opnum == rop.INT_NE:
        return _bool(a != b)
    if opnum == rop.INT_GT:
        return _bool(a > b)
    if opnum == rop.INT_GE:
        return _bool(a >= b)
    if opnum == rop.UINT_LT:
        return _bool(uint_lt(a, b))
    if opnum == rop.UINT_LE:
        return _bool(not uint_lt(b, a))
    if opnum == rop.UINT_GT:
        return _bool(uint_lt(b, a))
    if opnum == rop.UINT_GE:
        return _bool(not uint_lt(a, b))
    if opnum == rop.INT_ADD_OVF:
        try:
            return ConstInt(ovfcheck(a + b))
        except OverflowError:
            return None
    if opnum == rop.INT_SUB_OVF:
        try:
            return ConstInt(ovfcheck(a - b))
        except OverflowError:
            return None
    if opnum == rop.INT_MUL_OVF:
        try:
            return ConstInt(ovfcheck(a * b))
        except OverflowError:
            return None
    return None


def execute_float_binary(opnum: int, a: float, b: float) -> AbstractValue | None:
    if opnum == rop.FLOAT_ADD:
        return ConstFloat(a + b)
    if opnum == rop.FLOAT_SUB:
        return ConstFloat(a - b)
    if opnum == rop.FLOAT_MUL:
        return ConstFloat(a * b)
    if opnum == rop.FLOAT_TRUEDIV:
        if b == 0.0:
            return None
        return ConstFloat(a / b)
    if opnum == rop.FLOAT_LT:
        return _bool(a < b)
    if opnum == rop.FLOAT_LE:
        return _bool(a <= b)
    if opnum == rop.FLOAT_EQ:
        return _bool(a == b)
    if opnum == rop.FLOAT_NE:
        return _bool(a != b)
    if opnum == rop.FLOAT_GT:
        return _bool(a > b)
    if opnum == rop.FLOAT_GE:
        return _bool(a >= b)
    return None


def execute_pure(opnum: int, args: list[AbstractValue]) -> AbstractValue | None:
    """The constant result of a pure operation on constant arguments, or
    None when it cannot be folded (division by zero, overflow of an _ovf
    operation, an operation not known here)."""
    if len(args) == 2:
        a = args[0]
        b = args[1]
        if isinstance(a, ConstInt) and isinstance(b, ConstInt):
            return execute_int_binary(opnum, a.value, b.value)
        if isinstance(a, ConstFloat) and isinstance(b, ConstFloat):
            return execute_float_binary(opnum, a.value, b.value)
        if isinstance(a, ConstPtr) and isinstance(b, ConstPtr):
            if opnum == rop.PTR_EQ or opnum == rop.INSTANCE_PTR_EQ:
                return _bool(a.same_constant(b))
            if opnum == rop.PTR_NE or opnum == rop.INSTANCE_PTR_NE:
                return _bool(not a.same_constant(b))
        return None
    if len(args) == 1:
        x = args[0]
        if isinstance(x, ConstInt):
            v = x.value
            if opnum == rop.INT_NEG:
                return ConstInt(intmask(-v))
            if opnum == rop.INT_INVERT:
                return ConstInt(~v)
            if opnum == rop.INT_IS_TRUE:
                return _bool(v != 0)
            if opnum == rop.INT_IS_ZERO:
                return _bool(v == 0)
            if opnum == rop.CAST_INT_TO_FLOAT:
                return ConstFloat(float(v))
            if opnum == rop.SAME_AS_I:
                return x
        elif isinstance(x, ConstFloat):
            f = x.value
            if opnum == rop.FLOAT_NEG:
                return ConstFloat(-f)
            if opnum == rop.FLOAT_ABS:
                return ConstFloat(abs(f))
            if opnum == rop.FLOAT_SQRT:
                return ConstFloat(rmath.c_sqrt(f))
            if opnum == rop.CAST_FLOAT_TO_INT:
                if f != f or f >= 9.2e18 or f <= -9.2e18:
                    return None
                return ConstInt(int(f))
            if opnum == rop.SAME_AS_F:
                return x
        elif isinstance(x, ConstPtr):
            if opnum == rop.SAME_AS_R:
                return x
    return None
