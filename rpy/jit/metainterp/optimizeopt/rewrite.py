"""Pass `rewrite`: constant folding, algebraic simplification, and guards
made redundant by what is known.

- a pure operation on constants is computed now (executor.py);
- identities: x+0, x-0, x*1, x*0, x&0, x&-1, x|0, x^0, x-x, x^x, x//1,
  shifts by 0, -(-x), ~(~x), x==x, x<x..., int_is_true of a comparison;
- guards: guard_true/false on a constant; guard_value on a known value;
  guard_class / guard_nonnull / guard_isnull / guard_nonnull_class when the
  class or nullness is known; after a guard its argument is known (constant,
  class, non-null) for the rest of the trace;
- ptr_eq / ptr_ne of a value with itself, or of null with a non-null value.
Not done: float algebra beyond x*1.0 and -(-x); reassociation of
constants (x+1+1).  RPy code.
"""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import (
    AbstractValue, ResOperation, rop, INT, REF, OPPURE, OPOVF, OPCMP)
from rpy.jit.metainterp.history import ConstInt, ConstFloat, ConstPtr, CONST_NULL
from rpy.jit.metainterp.executor import execute_pure
from rpy.jit.metainterp.optimizeopt.optimizer import Optimization, InvalidLoop


def is_const_int(v: AbstractValue, value: int) -> bool:
    return isinstance(v, ConstInt) and v.value == value


def is_const_float(v: AbstractValue, value: float) -> bool:
    return isinstance(v, ConstFloat) and v.value == value


def all_constant(args: list[AbstractValue]) -> bool:
    for a in args:
        if not a.is_constant():
            return False
    return True


class OptRewrite(Optimization):

    def propagate_forward(self, op: ResOperation) -> None:
        opnum = op.opnum
        if (OPPURE[opnum] or OPOVF[opnum]) and len(op.args) > 0 and all_constant(op.args):
            result = execute_pure(opnum, op.args)
            if result is not None:
                self.make_equal_to(op, result)
                if OPOVF[opnum]:
                    self.optimizer.ovf_removed = True
                return
        if opnum == rop.GUARD_TRUE or opnum == rop.GUARD_FALSE:
            self.optimize_guard_bool(op)
        elif opnum == rop.GUARD_VALUE:
            self.optimize_guard_value(op)
        elif opnum == rop.GUARD_CLASS:
            self.optimize_guard_class(op)
        elif opnum == rop.GUARD_NONNULL_CLASS:
            self.optimize_guard_nonnull_class(op)
        elif opnum == rop.GUARD_NONNULL:
            self.optimize_guard_nonnull(op)
        elif opnum == rop.GUARD_ISNULL:
            self.optimize_guard_isnull(op)
        elif opnum == rop.GUARD_EXCEPTION:
            # its result is an exception of exactly that class
            self.emit(op)
            self.note_class(op, op.args[0].getint())
        elif (opnum == rop.PTR_EQ or opnum == rop.PTR_NE or
              opnum == rop.INSTANCE_PTR_EQ or opnum == rop.INSTANCE_PTR_NE):
            self.optimize_ptr_eq(op)
        elif opnum == rop.SAME_AS_I or opnum == rop.SAME_AS_R or opnum == rop.SAME_AS_F:
            self.make_equal_to(op, op.args[0])
        elif OPPURE[opnum] or OPOVF[opnum]:
            if not self.simplify(op):
                self.emit(op)
        else:
            self.emit(op)

    # ------------------------------------------------------------ algebra

    def simplify(self, op: ResOperation) -> bool:
        """Apply an algebraic identity; True if op was replaced."""
        opnum = op.opnum
        if len(op.args) == 2:
            a = op.args[0]
            b = op.args[1]
            if opnum == rop.INT_ADD or opnum == rop.INT_ADD_OVF or opnum == rop.INT_OR or opnum == rop.INT_XOR:
                if is_const_int(b, 0):
                    return self.replace(op, a)
                if is_const_int(a, 0):
                    return self.replace(op, b)
            if opnum == rop.INT_SUB or opnum == rop.INT_SUB_OVF:
                if is_const_int(b, 0):
                    return self.replace(op, a)
                if a is b:
                    return self.replace(op, ConstInt(0))
            if opnum == rop.INT_XOR and a is b:
                return self.replace(op, ConstInt(0))
            if opnum == rop.INT_MUL or opnum == rop.INT_MUL_OVF:
                if is_const_int(b, 1):
                    return self.replace(op, a)
                if is_const_int(a, 1):
                    return self.replace(op, b)
                if is_const_int(b, 0) or is_const_int(a, 0):
                    return self.replace(op, ConstInt(0))
            if opnum == rop.INT_AND:
                if is_const_int(b, 0) or is_const_int(a, 0):
                    return self.replace(op, ConstInt(0))
                if is_const_int(b, -1):
                    return self.replace(op, a)
                if is_const_int(a, -1):
                    return self.replace(op, b)
                if a is b:
                    return self.replace(op, a)
            if opnum == rop.INT_OR and a is b:
                return self.replace(op, a)
            if opnum == rop.INT_FLOORDIV and is_const_int(b, 1):
                return self.replace(op, a)
            if (opnum == rop.INT_LSHIFT or opnum == rop.INT_RSHIFT or
                    opnum == rop.UINT_RSHIFT) and is_const_int(b, 0):
                return self.replace(op, a)
            if a is b and a.type == INT and OPCMP[opnum]:
                if (opnum == rop.INT_EQ or opnum == rop.INT_LE or opnum == rop.INT_GE or
                        opnum == rop.UINT_LE or opnum == rop.UINT_GE):
                    return self.replace(op, ConstInt(1))
                if (opnum == rop.INT_NE or opnum == rop.INT_LT or opnum == rop.INT_GT or
                        opnum == rop.UINT_LT or opnum == rop.UINT_GT):
                    return self.replace(op, ConstInt(0))
            if opnum == rop.FLOAT_MUL:
                if is_const_float(b, 1.0):
                    return self.replace(op, a)
                if is_const_float(a, 1.0):
                    return self.replace(op, b)
            if opnum == rop.FLOAT_TRUEDIV and is_const_float(b, 1.0):
                return self.replace(op, a)
        elif len(op.args) == 1:
            a = op.args[0]
            if isinstance(a, ResOperation):
                if opnum == rop.INT_NEG and a.opnum == rop.INT_NEG:
                    return self.replace(op, a.args[0])
                if opnum == rop.INT_INVERT and a.opnum == rop.INT_INVERT:
                    return self.replace(op, a.args[0])
                if opnum == rop.FLOAT_NEG and a.opnum == rop.FLOAT_NEG:
                    return self.replace(op, a.args[0])
                if opnum == rop.INT_IS_TRUE and OPCMP[a.opnum]:
                    return self.replace(op, a)     # already 0 or 1
        return False

    def replace(self, op: ResOperation, value: AbstractValue) -> bool:
        self.make_equal_to(op, value)
        if OPOVF[op.opnum]:
            self.optimizer.ovf_removed = True
        return True

    # ------------------------------------------------------------ guards

    def optimize_guard_bool(self, op: ResOperation) -> None:
        arg = self.get_box_replacement(op.args[0])
        if isinstance(arg, ConstInt):
            if (arg.value != 0) == (op.opnum == rop.GUARD_TRUE):
                return
            raise InvalidLoop("a guard on a constant that always fails")
        self.emit(op)
        if op.opnum == rop.GUARD_FALSE:
            self.optimizer.make_constant(arg, ConstInt(0))
        elif isinstance(arg, ResOperation) and OPCMP[arg.opnum]:
            self.optimizer.make_constant(arg, ConstInt(1))

    def optimize_guard_value(self, op: ResOperation) -> None:
        arg = self.get_box_replacement(op.args[0])
        const = op.args[1]
        if arg.is_constant():
            if arg.same_constant(const):
                return
            raise InvalidLoop("guard_value on a different constant")
        if isinstance(const, ConstPtr) and arg.type == REF:
            cls = self.optimizer.known_class(arg)
            if cls != 0 and const.known_class != 0 and cls != const.known_class:
                raise InvalidLoop("guard_value on an object of another class")
            if const.is_null() and self.optimizer.is_nonnull(arg):
                raise InvalidLoop("guard_value(NULL) on a non-null value")
        self.emit(op)
        self.optimizer.make_constant(arg, const)

    def optimize_guard_class(self, op: ResOperation) -> None:
        arg = self.get_box_replacement(op.args[0])
        expected = op.args[1].getint()
        known = self.optimizer.known_class(arg)
        if known != 0:
            if known == expected:
                return
            raise InvalidLoop("guard_class on an object of another known class")
        if self.optimizer.is_null(arg):
            raise InvalidLoop("guard_class on null")
        self.emit(op)
        self.note_class(arg, expected)

    def optimize_guard_nonnull_class(self, op: ResOperation) -> None:
        arg = self.get_box_replacement(op.args[0])
        expected = op.args[1].getint()
        known = self.optimizer.known_class(arg)
        if known != 0:
            if known == expected:
                return
            raise InvalidLoop("guard_nonnull_class on an object of another known class")
        if self.optimizer.is_null(arg):
            raise InvalidLoop("guard_nonnull_class on null")
        if self.optimizer.is_nonnull(arg):
            op = op.copy_and_change(rop.GUARD_CLASS, op.args)
        self.emit(op)
        self.note_class(arg, expected)

    def note_class(self, arg: AbstractValue, cls: int) -> None:
        if not arg.is_constant():
            info = self.optimizer.ensure_ptr_info(arg)
            info.known_class = cls
            info.nonnull = True

    def optimize_guard_nonnull(self, op: ResOperation) -> None:
        arg = self.get_box_replacement(op.args[0])
        if self.optimizer.is_nonnull(arg):
            return
        if self.optimizer.is_null(arg):
            raise InvalidLoop("guard_nonnull on null")
        self.emit(op)
        if not arg.is_constant() and arg.type == REF:
            self.optimizer.ensure_ptr_info(arg).nonnull = True

    def optimize_guard_isnull(self, op: ResOperation) -> None:
        arg = self.get_box_replacement(op.args[0])
        if self.optimizer.is_null(arg):
            return
        if self.optimizer.is_nonnull(arg):
            raise InvalidLoop("guard_isnull on a non-null value")
        self.emit(op)
        if arg.type == REF:
            self.optimizer.make_constant(arg, CONST_NULL)

    def optimize_ptr_eq(self, op: ResOperation) -> None:
        a = op.args[0]
        b = op.args[1]
        equal = op.opnum == rop.PTR_EQ or op.opnum == rop.INSTANCE_PTR_EQ
        if a is b:
            self.make_constant_int(op, 1 if equal else 0)
            return
        if ((self.optimizer.is_null(a) and self.optimizer.is_nonnull(b)) or
                (self.optimizer.is_null(b) and self.optimizer.is_nonnull(a))):
            self.make_constant_int(op, 0 if equal else 1)
            return
        ca = self.optimizer.known_class(a)
        cb = self.optimizer.known_class(b)
        if ca != 0 and cb != 0 and ca != cb:
            self.make_constant_int(op, 0 if equal else 1)
            return
        self.emit(op)
