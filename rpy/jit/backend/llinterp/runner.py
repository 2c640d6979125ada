"""The untranslated backend: "compiling" a loop keeps its optimized trace,
running it interprets the operations on the real Python objects of the
untranslated interpreter (fields are attributes, classes are the vtables
of rpy.jit.codewriter.support.ADDRESSES, calls call the Python functions).
A guard failure returns the guard's descr with the values of the fail
arguments *as recorded by the metainterp* (virtuals rebuilt as real
objects from the resume layout the optimizer wrote, resume.py).
Modelled on tests/rpy/jit/jit_trace_interp.py, which runs traces on a
model heap.  Untranslated only.
"""
from __future__ import annotations

from typing import Any

from rpy.rlib import rmath
from rpy.rlib.rarithmetic import intmask
from rpy.jit.metainterp import resoperation as R
from rpy.jit.metainterp import gcdescrs as G
from rpy.jit.metainterp.resoperation import (
    rop, ResOperation, ResumeDescr, AbstractValue, INT, REF, FLOAT, VOID,
    TAG_BOX, TAG_CONST, TAG_NULL)
from rpy.jit.metainterp.history import Const, ConstInt, ConstFloat, Trace
from rpy.jit.metainterp.executor import execute_pure
from rpy.jit.codewriter.support import (
    ADDRESSES, JitSizeDescr, JitFieldDescr, const_value, zero_of, py_getfield, py_setfield)


class _NewList:
    """new(rpy_list) until its items are stored (then it is that array)."""


class GuardFailure:
    def __init__(self, descr: ResumeDescr, values: list[Any], exc: BaseException | None) -> None:
        self.descr = descr
        self.values = values
        self.exc = exc


def _fdiv(a: int, b: int) -> int:
    return a // b


MASK64 = (1 << 64) - 1

PURE: dict[int, Any] = {
    rop.INT_ADD: lambda a, b: intmask(a + b),
    rop.INT_SUB: lambda a, b: intmask(a - b),
    rop.INT_MUL: lambda a, b: intmask(a * b),
    rop.INT_FLOORDIV: lambda a, b: a // b,
    rop.INT_MOD: lambda a, b: a % b,
    rop.INT_AND: lambda a, b: a & b,
    rop.INT_OR: lambda a, b: a | b,
    rop.INT_XOR: lambda a, b: a ^ b,
    rop.INT_LSHIFT: lambda a, b: intmask(a << b),
    rop.INT_RSHIFT: lambda a, b: a >> b,
    rop.INT_NEG: lambda a: intmask(-a),
    rop.INT_INVERT: lambda a: ~a,
    rop.INT_LT: lambda a, b: int(a < b),
    rop.INT_LE: lambda a, b: int(a <= b),
    rop.INT_EQ: lambda a, b: int(a == b),
    rop.INT_NE: lambda a, b: int(a != b),
    rop.INT_GT: lambda a, b: int(a > b),
    rop.INT_GE: lambda a, b: int(a >= b),
    rop.INT_IS_TRUE: lambda a: int(a != 0),
    rop.INT_IS_ZERO: lambda a: int(a == 0),
    rop.FLOAT_ADD: lambda a, b: a + b,
    rop.FLOAT_SUB: lambda a, b: a - b,
    rop.FLOAT_MUL: lambda a, b: a * b,
    rop.FLOAT_TRUEDIV: lambda a, b: a / b,
    rop.FLOAT_NEG: lambda a: -a,
    rop.FLOAT_ABS: lambda a: abs(a),
    rop.FLOAT_SQRT: lambda a: rmath.c_sqrt(a),
    rop.FLOAT_LT: lambda a, b: int(a < b),
    rop.FLOAT_LE: lambda a, b: int(a <= b),
    rop.FLOAT_EQ: lambda a, b: int(a == b),
    rop.FLOAT_NE: lambda a, b: int(a != b),
    rop.FLOAT_GT: lambda a, b: int(a > b),
    rop.FLOAT_GE: lambda a, b: int(a >= b),
    rop.CAST_INT_TO_FLOAT: lambda a: float(a),
    rop.CAST_FLOAT_TO_INT: lambda a: int(a),
    rop.UINT_LT: lambda a, b: int((a & MASK64) < (b & MASK64)),
    rop.UINT_LE: lambda a, b: int((a & MASK64) <= (b & MASK64)),
    rop.UINT_GT: lambda a, b: int((a & MASK64) > (b & MASK64)),
    rop.UINT_GE: lambda a, b: int((a & MASK64) >= (b & MASK64)),
    rop.PTR_EQ: lambda a, b: int(a is b),
    rop.PTR_NE: lambda a, b: int(a is not b),
    rop.INSTANCE_PTR_EQ: lambda a, b: int(a is b),
    rop.INSTANCE_PTR_NE: lambda a, b: int(a is not b),
}
for _k in (rop.SAME_AS_I, rop.SAME_AS_R, rop.SAME_AS_F):
    PURE[_k] = lambda a: a


class CompiledLoop:
    """A loop given to this backend: its optimized trace."""
    trace: Trace

    def __init__(self, trace: Trace) -> None:
        self.trace = trace
        self.runs = 0


class LLTraceRunner:
    """Runs compiled loops on the real objects."""

    def __init__(self) -> None:
        self.ops_executed = 0
        self.overflowed = False
        self.jump_descr: Any = None

    def compile_loop(self, trace: Trace) -> CompiledLoop:
        return CompiledLoop(trace)

    def run(self, loop: CompiledLoop, args: list[Any], at_label: Any = None,
            taken: BaseException | None = None) -> GuardFailure:
        """Run loop from its start, or from the label whose descr is
        at_label (args: the label's arguments).  A bridge's jump out of
        itself returns GuardFailure(None, values), the jump's descr in
        self.jump_descr.  taken: the exception the exit a bridge starts
        from took (its restore_exception makes it pending)."""
        loop.runs += 1
        trace = loop.trace
        env: dict[AbstractValue, Any] = {}
        ops = trace.operations
        labels: dict[Any, int] = {}
        for i, op in enumerate(ops):
            if op.opnum == rop.LABEL:
                labels[op.descr] = i
        pc = 0
        entry = trace.inputargs
        if at_label is not None:
            pc = labels[at_label] + 1
            entry = ops[pc - 1].args
        for a, x in zip(entry, args):
            env[a] = x
        exc: BaseException | None = None
        n = 0
        while True:
            op = ops[pc]
            pc += 1
            n += 1
            opnum = op.opnum
            f = PURE.get(opnum)
            if f is not None:
                env[op] = f(*[self.value(env, a) for a in op.args])
                continue
            if opnum == rop.JUMP:
                vals = [self.value(env, a) for a in op.args]
                if getattr(loop, 'is_bridge', False) and op.descr not in labels:
                    # a bridge's jump: to the loop's entry or one of its
                    # labels (the caller runs it)
                    self.ops_executed += n
                    self.jump_descr = op.descr
                    return GuardFailure(None, vals, None)   # type: ignore[arg-type]
                if op.descr is not None and op.descr in labels:
                    target = labels[op.descr]
                    targs = ops[target].args
                    pc = target + 1
                else:
                    targs = trace.inputargs
                    pc = 0
                for a, x in zip(targs, vals):
                    env[a] = x
                continue
            if opnum == rop.LABEL or opnum == rop.DEBUG_MERGE_POINT:
                continue
            if opnum == rop.RESTORE_EXCEPTION:
                exc = taken
                taken = None
                continue
            if opnum == rop.FINISH:
                self.ops_executed += n
                return self.fail(env, op, exc)
            if R.OPGUARD[opnum]:
                if not self.guard_ok(env, op, exc):
                    self.ops_executed += n
                    return self.fail(env, op, exc)
                if opnum == rop.GUARD_EXCEPTION:
                    env[op] = exc       # the exception, no longer pending
                if opnum == rop.GUARD_NO_EXCEPTION or opnum == rop.GUARD_EXCEPTION:
                    exc = None
                continue
            args = [self.value(env, a) for a in op.args]
            if R.OPOVF[opnum]:
                if opnum == rop.INT_ADD_OVF:
                    exact = args[0] + args[1]
                elif opnum == rop.INT_SUB_OVF:
                    exact = args[0] - args[1]
                else:
                    exact = args[0] * args[1]
                self.overflowed = exact != intmask(exact)
                env[op] = intmask(exact)
            elif R.OPIS_GETFIELD[opnum]:
                d = op.descr
                assert isinstance(d, R.FieldDescr)
                env[op] = py_getfield(d, args[0])
            elif opnum == rop.SETFIELD_GC:
                d = op.descr
                assert isinstance(d, R.FieldDescr)
                if isinstance(args[0], _NewList):
                    # untranslated a list is its own storage: the list
                    # made by new(rpy_list) becomes its items array
                    if d is G.LIST_ITEMS:
                        env[op.args[0]] = args[1]
                elif isinstance(args[0], list) and d is G.LIST_ITEMS:
                    # a list given a new items array (the tracer's append):
                    # the list takes its items, and stands for the array
                    args[0][:] = args[1]
                    env[op.args[1]] = args[0]
                elif isinstance(args[0], list) and d is G.LIST_LENGTH:
                    del args[0][args[1]:]
                else:
                    py_setfield(d, args[0], args[1])
            elif R.OPIS_GETARRAYITEM[opnum]:
                env[op] = args[0][args[1]]
            elif opnum == rop.SETARRAYITEM_GC:
                args[0][args[1]] = args[2]
            elif opnum == rop.ARRAYLEN_GC:
                env[op] = len(args[0])
            elif opnum == rop.NEW and op.descr is G.LIST_SIZE:
                env[op] = _NewList()
            elif opnum == rop.NEW_ARRAY:
                d = op.descr
                assert isinstance(d, R.ArrayDescr)
                env[op] = [zero_of(d.itemkind)] * args[0]
            elif opnum == rop.NEW_WITH_VTABLE or opnum == rop.NEW:
                d = op.descr
                assert isinstance(d, JitSizeDescr)
                env[op] = d.allocate()
            elif R.OPCALL[opnum]:
                fn = ADDRESSES.func_at(args[0])
                try:
                    r = fn(*args[1:])
                except Exception as e:
                    exc = e
                    r = zero_of(op.type)
                if op.type != VOID:
                    env[op] = r
            elif opnum == rop.GUARD_NOT_INVALIDATED:
                pass
            else:
                raise NotImplementedError(op.getopname())

    def value(self, env: dict[AbstractValue, Any], v: AbstractValue) -> Any:
        if isinstance(v, Const):
            return const_value(v)
        return env[v]

    def guard_ok(self, env: dict[AbstractValue, Any], op: ResOperation,
                 exc: BaseException | None) -> bool:
        opnum = op.opnum
        if opnum == rop.GUARD_NO_EXCEPTION:
            return exc is None
        if opnum == rop.GUARD_EXCEPTION:
            # exactly the class (the x86 backend compares the type id)
            return exc is not None and ADDRESSES.vtable_of(type(exc)) == self.value(env, op.args[0])
        if opnum == rop.GUARD_NO_OVERFLOW:
            return not self.overflowed
        if opnum == rop.GUARD_OVERFLOW:
            return self.overflowed
        if opnum == rop.GUARD_FUTURE_CONDITION or opnum == rop.GUARD_NOT_INVALIDATED:
            return True
        args = [self.value(env, a) for a in op.args]
        if opnum == rop.GUARD_TRUE:
            return args[0] != 0
        if opnum == rop.GUARD_FALSE:
            return args[0] == 0
        if opnum == rop.GUARD_VALUE:
            if op.args[0].type == REF:
                return args[0] is args[1]
            return args[0] == args[1]
        if opnum == rop.GUARD_CLASS:
            return ADDRESSES.vtable_of(type(args[0])) == args[1]
        if opnum == rop.GUARD_NONNULL_CLASS:
            return args[0] is not None and ADDRESSES.vtable_of(type(args[0])) == args[1]
        if opnum == rop.GUARD_NONNULL:
            return args[0] is not None
        if opnum == rop.GUARD_ISNULL:
            return args[0] is None
        raise NotImplementedError(op.getopname())

    def fail(self, env: dict[AbstractValue, Any], op: ResOperation,
             exc: BaseException | None) -> GuardFailure:
        descr = op.descr
        assert isinstance(descr, ResumeDescr)
        fail_vals = [self.value(env, a) for a in (op.fail_args or [])]
        if not descr.slots:
            return GuardFailure(descr, fail_vals, exc)
        built: dict[int, Any] = {}

        def slot(s: int, kind: int) -> Any:
            tag = s & 3
            index = s >> 2
            if tag == TAG_BOX:
                return fail_vals[index]
            if tag == TAG_CONST:
                return const_value(descr.consts[index])
            if tag == TAG_NULL:
                return zero_of(kind)
            if index in built:
                return built[index]
            vd = descr.virtuals[index]
            d = vd.descr
            if not isinstance(d, JitSizeDescr):
                raise NotImplementedError('virtual array/string in resume data')
            obj = d.allocate()
            built[index] = obj
            for fd, x in zip(d.fields, vd.slots):
                assert isinstance(fd, JitFieldDescr)
                if (x & 3) != TAG_NULL:
                    setattr(obj, fd.attrname, slot(x, fd.kind))
            return obj
        return GuardFailure(descr, [slot(s, REF) for s in descr.slots], exc)
