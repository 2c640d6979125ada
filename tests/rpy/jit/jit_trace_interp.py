"""Test tooling: run a trace on CPython, on a model heap, to check that an
optimized trace computes what the original computes (same exit, same
values rebuilt from the resume layout, same effects on the heap).

Objects are Obj instances (a descr, a vtable, fields by FieldDescr, items
for arrays); ConstPtr(addr) refers to memory[addr].  Calls go to Python
functions registered by address; escape_* appends its arguments to a log.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import intmask
from rpy.jit.metainterp import resoperation as R
from rpy.jit.metainterp.resoperation import (
    rop, ResumeDescr, INT, REF, FLOAT, TAG_BOX, TAG_CONST, TAG_NULL)
from rpy.jit.metainterp.history import ConstInt, ConstFloat, ConstPtr, Trace
from rpy.jit.metainterp.executor import execute_pure
from rpy.jit.metainterp.optimizeopt.info import STR_DESCR, UNICODE_DESCR


class Obj:
    def __init__(self, descr, vtable=0, length=0, itemkind=INT):
        self.descr = descr
        self.vtable = vtable
        self.fields = {}
        self.items = [None if itemkind == REF else (0.0 if itemkind == FLOAT else 0)] * length

    def __repr__(self):
        return "Obj(%s)" % (self.descr.name if self.descr else '?')


def zero(kind):
    return None if kind == REF else (0.0 if kind == FLOAT else 0)


class GuardFailed(Exception):
    def __init__(self, op, values):
        self.op = op
        self.values = values


class Machine:
    def __init__(self, memory: dict, functions: dict | None = None, max_steps: int = 20000):
        self.memory = memory
        self.functions = functions or {}
        self.max_steps = max_steps
        self.log = []
        self.jumps = 0

    def value(self, env, v):
        if isinstance(v, ConstInt):
            return v.value
        if isinstance(v, ConstFloat):
            return v.value
        if isinstance(v, ConstPtr):
            return None if v.value == 0 else self.memory[v.value]
        return env[id(v)]

    def const_value(self, c):
        return self.value({}, c)

    def run(self, trace: Trace, args: list, others: list | None = None):
        """('finish', values) or ('guard', position, rebuilt values);
        raises RuntimeError after max_steps operations.  A jump may go to
        a label or the start_token of one of the `others` traces."""
        env = {}
        for a, x in zip(trace.inputargs, args):
            env[id(a)] = x
        ops = trace.operations
        labels = {}
        for t in [trace] + list(others or []):
            for i, op in enumerate(t.operations):
                if op.opnum == rop.LABEL:
                    labels[id(op.descr)] = (t, i)
            if t.start_token is not None:
                labels[id(t.start_token)] = (t, -1)
        pc = 0
        steps = 0
        while True:
            steps += 1
            if steps > self.max_steps:
                raise RuntimeError("too many steps")
            op = ops[pc]
            pc += 1
            opnum = op.opnum
            if opnum == rop.JUMP:
                self.jumps += 1
                vals = [self.value(env, a) for a in op.args]
                if op.descr is not None and id(op.descr) in labels:
                    t, target = labels[id(op.descr)]
                    trace = t
                    ops = t.operations
                    targs = t.inputargs if target < 0 else ops[target].args
                    for a, x in zip(targs, vals):
                        env[id(a)] = x
                    pc = target + 1
                else:
                    for a, x in zip(trace.inputargs, vals):
                        env[id(a)] = x
                    pc = 0
                continue
            if opnum == rop.LABEL:
                vals = [self.value(env, a) for a in op.args]
                for a, x in zip(op.args, vals):
                    env[id(a)] = x
                continue
            if opnum == rop.FINISH:
                return ('finish', [self.value(env, a) for a in op.args])
            try:
                result = self.execute(env, op)
            except GuardFailed as g:
                return ('guard', g.op.descr.position, g.values)
            if op.type != R.VOID:
                env[id(op)] = result

    def fail(self, env, op):
        descr = op.descr
        fail_vals = [self.value(env, a) for a in (op.fail_args or [])]
        if isinstance(descr, ResumeDescr) and (descr.slots or not fail_vals):
            built = {}

            def slot(s, kind=REF):
                tag, index = s & 3, s >> 2
                if tag == TAG_BOX:
                    return fail_vals[index]
                if tag == TAG_CONST:
                    return self.const_value(descr.consts[index])
                if tag == TAG_NULL:
                    return zero(kind)
                if index in built:
                    return built[index]
                vd = descr.virtuals[index]
                d = vd.descr
                if vd.kind in (rop.NEW_ARRAY, rop.NEWSTR, rop.NEWUNICODE):
                    obj = Obj(d, 0, vd.length, d.itemkind)
                    built[index] = obj
                    obj.items = [slot(x, d.itemkind) for x in vd.slots]
                else:
                    obj = Obj(d, d.vtable if vd.kind == rop.NEW_WITH_VTABLE else 0)
                    built[index] = obj
                    for fd, x in zip(d.fields, vd.slots):
                        if (x & 3) != TAG_NULL:
                            obj.fields[fd] = slot(x, fd.kind)
                return obj
            return GuardFailed(op, [slot(s) for s in descr.slots])
        return GuardFailed(op, fail_vals)

    def execute(self, env, op):
        opnum = op.opnum
        args = [self.value(env, a) for a in op.args]
        if R.OPGUARD[opnum]:
            ok = True
            if opnum == rop.GUARD_TRUE:
                ok = args[0] != 0
            elif opnum == rop.GUARD_FALSE:
                ok = args[0] == 0
            elif opnum == rop.GUARD_VALUE:
                ok = args[0] is args[1] if op.args[0].type == REF else args[0] == args[1]
            elif opnum == rop.GUARD_CLASS:
                ok = args[0].vtable == args[1]
            elif opnum == rop.GUARD_NONNULL_CLASS:
                ok = args[0] is not None and args[0].vtable == args[1]
            elif opnum == rop.GUARD_NONNULL:
                ok = args[0] is not None and args[0] != 0
            elif opnum == rop.GUARD_ISNULL:
                ok = args[0] is None
            elif opnum == rop.GUARD_NO_OVERFLOW:
                ok = not self.overflowed
            elif opnum == rop.GUARD_OVERFLOW:
                ok = self.overflowed
            elif opnum == rop.GUARD_FUTURE_CONDITION:
                ok = True
            if not ok:
                raise self.fail(env, op)
            return None
        if opnum in (rop.INT_ADD_OVF, rop.INT_SUB_OVF, rop.INT_MUL_OVF):
            a, b = args
            exact = a + b if opnum == rop.INT_ADD_OVF else (a - b if opnum == rop.INT_SUB_OVF else a * b)
            self.overflowed = exact != intmask(exact)
            return intmask(exact)
        if opnum in (rop.SAME_AS_I, rop.SAME_AS_R, rop.SAME_AS_F):
            return args[0]
        if opnum in (rop.PTR_EQ, rop.INSTANCE_PTR_EQ):
            return int(args[0] is args[1])
        if opnum in (rop.PTR_NE, rop.INSTANCE_PTR_NE):
            return int(args[0] is not args[1])
        if R.OPPURE[opnum] and not R.OPIS_GETFIELD[opnum] and not R.OPIS_GETARRAYITEM[opnum] \
                and not R.OPIS_STRING[opnum] and opnum != rop.ARRAYLEN_GC:
            consts = [ConstInt(x) if a.type == INT else ConstFloat(x) for a, x in zip(op.args, args)]
            r = execute_pure(opnum, consts)
            assert r is not None, op.getopname()
            return r.value
        if R.OPIS_GETFIELD[opnum]:
            return args[0].fields.get(op.descr, zero(op.type))
        if opnum == rop.SETFIELD_GC:
            args[0].fields[op.descr] = args[1]
            return None
        if R.OPIS_GETARRAYITEM[opnum]:
            return args[0].items[args[1]]
        if opnum == rop.SETARRAYITEM_GC:
            args[0].items[args[1]] = args[2]
            return None
        if opnum in (rop.ARRAYLEN_GC, rop.STRLEN, rop.UNICODELEN):
            return len(args[0].items)
        if opnum in (rop.NEWSTR, rop.NEWUNICODE):
            return Obj(STR_DESCR if opnum == rop.NEWSTR else UNICODE_DESCR, 0, args[0], INT)
        if opnum in (rop.STRGETITEM, rop.UNICODEGETITEM):
            return args[0].items[args[1]]
        if opnum in (rop.STRSETITEM, rop.UNICODESETITEM):
            args[0].items[args[1]] = args[2]
            return None
        if opnum in (rop.COPYSTRCONTENT, rop.COPYUNICODECONTENT):
            src, dst, a, b, n = args
            dst.items[b:b + n] = src.items[a:a + n]
            return None
        if opnum == rop.NEW_WITH_VTABLE:
            return Obj(op.descr, op.descr.vtable)
        if opnum == rop.NEW:
            return Obj(op.descr, 0)
        if opnum == rop.NEW_ARRAY:
            return Obj(op.descr, 0, args[0], op.descr.itemkind)
        if R.OPIS_ESCAPE[opnum]:
            self.log.append(('escape', [snapshot(x) for x in args]))
            return zero(op.type)
        if R.OPCALL[opnum]:
            f = self.functions[args[0]]
            ei = op.descr.effectinfo
            if not (ei.is_elidable() or ei.is_loopinvariant()):
                self.log.append(('call', args[0]))
            return f(self, op.descr, *args[1:])
        if opnum in (rop.DEBUG_MERGE_POINT, rop.GUARD_NOT_INVALIDATED):
            return None
        if opnum in (rop.SAME_AS_I, rop.SAME_AS_R, rop.SAME_AS_F):
            return args[0]
        raise NotImplementedError(op.getopname())


def snapshot(x, seen=None):
    """A comparable picture of a value (objects by structure)."""
    if not isinstance(x, Obj):
        return x
    if seen is None:
        seen = {}
    if id(x) in seen:
        return ('cycle', seen[id(x)])
    seen[id(x)] = len(seen)
    fields = sorted((fd.name, snapshot(v, seen)) for fd, v in x.fields.items()
                    if v != zero(fd.kind))
    return (x.descr.name, x.vtable, tuple(fields), tuple(snapshot(i, seen) for i in x.items))
