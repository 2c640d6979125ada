"""The trace optimizer as an RPy program: builds traces with the trace IR's
constructors, optimizes them with every pass and with subsets, and prints
them (and the resume layouts of their guards).  Translated and untranslated
runs must print the same (tests/rpy/jit/test_opt_translated.py)."""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import (
    AbstractValue, AbstractDescr, ResOperation, ResumeDescr, SizeDescr, FieldDescr, ArrayDescr,
    CallDescr, EffectInfo, DebugLocation, rop, INT, REF, FLOAT, VOID,
    EF_CANNOT_RAISE, EF_ELIDABLE_CANNOT_RAISE, EF_RANDOM_EFFECTS)
from rpy.jit.metainterp.history import (
    Trace, InputArg, ConstInt, ConstPtr)
from rpy.jit.metainterp.logger import trace_to_text
from rpy.jit.metainterp.optimizeopt import optimize_trace, InvalidLoop
from rpy.jit.metainterp.optimizeopt import resume
from rpy.rlib import rtime

INTOBJ_VTABLE = 17
MAP_VTABLE = 18

intobj = SizeDescr('intobj', 16, INTOBJ_VTABLE)
intval = FieldDescr('intval', intobj, INT, 8, 8, True)
frame = SizeDescr('frame', 32, 0)
frame_map = FieldDescr('frame_map', frame, REF, 8, 8, False)
frame_x = FieldDescr('frame_x', frame, REF, 16, 8, False)
frame_f = FieldDescr('frame_f', frame, FLOAT, 24, 8, False)
itemsdescr = ArrayDescr('itemsdescr', INT, 8, 8, 0, False)
no_effects = EffectInfo(EF_CANNOT_RAISE, [], [], [], [])
random_effects = EffectInfo(EF_RANDOM_EFFECTS, [], [], [], [])
printdescr = CallDescr('printdescr', [INT], VOID, no_effects)
mutatedescr = CallDescr('mutatedescr', [REF], VOID, random_effects)
lookupdescr = CallDescr('lookupdescr', [REF, INT], INT,
                        EffectInfo(EF_ELIDABLE_CANNOT_RAISE, [], [], [], []))

CONST_FRAME = ConstPtr(0x7000, 0)
CONST_MAP = ConstPtr(0x8000, MAP_VTABLE)
FUNC = ConstInt(0x9000)


class Builder:
    """Appends operations to a trace being built."""
    ops: list[ResOperation]
    guards: int

    def __init__(self) -> None:
        self.ops = []
        self.guards = 0

    def op(self, opnum: int, args: list[AbstractValue]) -> ResOperation:
        o = ResOperation(opnum, args, None)
        self.ops.append(o)
        return o

    def dop(self, opnum: int, args: list[AbstractValue], descr: FieldDescr) -> ResOperation:
        o = ResOperation(opnum, args, descr)
        self.ops.append(o)
        return o

    def guard(self, opnum: int, args: list[AbstractValue], fail_args: list[AbstractValue]) -> ResOperation:
        o = ResOperation(opnum, args, ResumeDescr('g%d' % self.guards, self.guards))
        self.guards += 1
        o.fail_args = fail_args
        self.ops.append(o)
        return o


def boxed_int_loop() -> Trace:
    """while i < n: i = i + 1, with boxed ints: a fresh intobj each time."""
    p0 = InputArg(REF)
    i9 = InputArg(INT)
    b = Builder()
    dmp = b.op(rop.DEBUG_MERGE_POINT, [ConstInt(0), ConstInt(0)])
    dmp.descr = DebugLocation("loop #4 BINARY_ADD")
    b.guard(rop.GUARD_CLASS, [p0, ConstInt(INTOBJ_VTABLE)], [p0, i9])
    i1 = b.dop(rop.GETFIELD_GC_I, [p0], intval)
    i2 = b.op(rop.INT_ADD_OVF, [i1, ConstInt(1)])
    b.guard(rop.GUARD_NO_OVERFLOW, [], [p0, i9])
    p3 = b.op(rop.NEW_WITH_VTABLE, [])
    p3.descr = intobj
    b.dop(rop.SETFIELD_GC, [p3, i2], intval)
    i4 = b.op(rop.INT_LT, [i2, i9])
    b.guard(rop.GUARD_TRUE, [i4], [p3, i9])
    b.op(rop.JUMP, [p3, i9])
    return Trace([p0, i9], b.ops)


def constant_frame_loop() -> Trace:
    """Reads a field of a constant object each iteration (and its map, with
    a guard_value on it): both move to the preamble."""
    i0 = InputArg(INT)
    b = Builder()
    p1 = b.dop(rop.GETFIELD_GC_R, [CONST_FRAME], frame_map)
    b.guard(rop.GUARD_VALUE, [p1, CONST_MAP], [i0])
    f2 = b.dop(rop.GETFIELD_GC_F, [CONST_FRAME], frame_f)
    f3 = b.op(rop.CAST_INT_TO_FLOAT, [i0])
    f4 = b.op(rop.FLOAT_MUL, [f2, f3])
    i5 = b.op(rop.CAST_FLOAT_TO_INT, [f4])
    i6 = b.op(rop.CALL_PURE_I, [FUNC, CONST_MAP, ConstInt(3)])
    i6.descr = lookupdescr
    i6.traced_result = ConstInt(2)
    i7 = b.op(rop.INT_ADD, [i5, i6])
    c = b.op(rop.CALL_N, [FUNC, i7])
    c.descr = printdescr
    i8 = b.op(rop.INT_SUB, [i0, ConstInt(1)])
    i9 = b.op(rop.INT_GT, [i8, ConstInt(0)])
    b.guard(rop.GUARD_TRUE, [i9], [i8])
    b.op(rop.JUMP, [i8])
    return Trace([i0], b.ops)


def array_and_escape() -> Trace:
    """A small virtual array read back, then a struct escaping into a call
    with random effects, which also forgets the heap cache."""
    p0 = InputArg(REF)
    i1 = InputArg(INT)
    b = Builder()
    a = b.op(rop.NEW_ARRAY, [ConstInt(3)])
    a.descr = itemsdescr
    s = b.op(rop.SETARRAYITEM_GC, [a, ConstInt(0), i1])
    s.descr = itemsdescr
    g = b.op(rop.GETARRAYITEM_GC_I, [a, ConstInt(0)])
    g.descr = itemsdescr
    n = b.op(rop.ARRAYLEN_GC, [a])
    n.descr = itemsdescr
    i2 = b.op(rop.INT_ADD, [g, n])
    x1 = b.dop(rop.GETFIELD_GC_R, [p0], frame_x)
    x2 = b.dop(rop.GETFIELD_GC_R, [p0], frame_x)
    b.guard(rop.GUARD_NONNULL, [x2], [p0, a, i2])
    f = b.op(rop.NEW, [])
    f.descr = frame
    b.dop(rop.SETFIELD_GC, [f, x1], frame_x)
    c = b.op(rop.CALL_N, [FUNC, f])
    c.descr = mutatedescr
    x3 = b.dop(rop.GETFIELD_GC_R, [p0], frame_x)
    b.op(rop.FINISH, [x3, i2])
    return Trace([p0, i1], b.ops)


def string_loop() -> Trace:
    """Builds a 3-character string each iteration from the previous one."""
    p0 = InputArg(REF)
    i0 = InputArg(INT)
    b = Builder()
    n = b.op(rop.STRLEN, [p0])
    c = b.op(rop.STRGETITEM, [p0, ConstInt(0)])
    s = b.op(rop.NEWSTR, [ConstInt(3)])
    b.op(rop.STRSETITEM, [s, ConstInt(0), i0])
    b.op(rop.COPYSTRCONTENT, [p0, s, ConstInt(0), ConstInt(1), ConstInt(2)])
    i4 = b.op(rop.INT_ADD, [i0, c])
    i5 = b.op(rop.INT_LT, [i4, ConstInt(1000)])
    b.guard(rop.GUARD_TRUE, [i5], [s, n])
    b.op(rop.JUMP, [s, i4])
    return Trace([p0, i0], b.ops)


def bridge_to(token: AbstractDescr, with_guards: bool, with_end_state: bool) -> Trace:
    """A bridge into the boxed int loop: matches its label if it proves
    the counter's range, or if it gives the resume state at its end (then
    the optimizer adds the guards)."""
    i0 = InputArg(INT)
    i9 = InputArg(INT)
    b = Builder()
    if with_guards:
        c1 = b.op(rop.INT_LT, [i0, i9])
        b.guard(rop.GUARD_TRUE, [c1], [i0, i9])
        c2 = b.op(rop.INT_GT, [i0, ConstInt(0)])
        b.guard(rop.GUARD_TRUE, [c2], [i0, i9])
        c3 = b.op(rop.INT_GT, [i9, ConstInt(1)])
        b.guard(rop.GUARD_TRUE, [c3], [i0, i9])
    p3 = b.op(rop.NEW_WITH_VTABLE, [])
    p3.descr = intobj
    b.dop(rop.SETFIELD_GC, [p3, i0], intval)
    if with_end_state:
        b.guard(rop.GUARD_FUTURE_CONDITION, [], [p3, i9])
    j = b.op(rop.JUMP, [p3, i9])
    j.descr = token
    return Trace([i0, i9], b.ops)


def run_bridges(opts: str) -> None:
    loop = optimize_trace(boxed_int_loop(), opts)
    for op in loop.operations:
        if op.opnum == rop.LABEL:
            token = op.descr
            assert token is not None
            for mode in range(3):
                print("== bridge, mode %d" % mode)
                bridge = optimize_trace(bridge_to(token, mode == 0, mode == 2), opts)
                print(trace_to_text(bridge), end='')
                show_layouts(bridge)
                last = bridge.operations[len(bridge.operations) - 1]
                print("jumps to the label: %s" % (last.descr is token))


def show_layouts(t: Trace) -> None:
    for op in t.operations:
        d = op.descr
        if op.is_guard() and isinstance(d, ResumeDescr):
            print("  %s: %s" % (op.getopname(), resume.describe(d)))


def run(name: str, t: Trace, opts: str) -> None:
    print("== %s [%s]" % (name, opts))
    try:
        result = optimize_trace(t, opts)
    except InvalidLoop as e:
        print("invalid loop")
        return
    print(trace_to_text(result), end='')
    show_layouts(result)


def big_loop(n: int) -> Trace:
    """n copies of the boxed-int body chained (a long trace), for timing."""
    p0 = InputArg(REF)
    i9 = InputArg(INT)
    b = Builder()
    p: AbstractValue = p0
    for k in range(n):
        b.guard(rop.GUARD_CLASS, [p, ConstInt(INTOBJ_VTABLE)], [p, i9])
        i1 = b.dop(rop.GETFIELD_GC_I, [p], intval)
        i2 = b.op(rop.INT_ADD_OVF, [i1, ConstInt(1)])
        b.guard(rop.GUARD_NO_OVERFLOW, [], [p, i9])
        p3 = b.op(rop.NEW_WITH_VTABLE, [])
        p3.descr = intobj
        b.dop(rop.SETFIELD_GC, [p3, i2], intval)
        i4 = b.op(rop.INT_LT, [i2, i9])
        b.guard(rop.GUARD_TRUE, [i4], [p3, i9])
        p = p3
    b.op(rop.JUMP, [p, i9])
    return Trace([p0, i9], b.ops)


def bench(n: int, repeat: int) -> None:
    """`optimizer_target.py bench N REPEAT`: time optimizing a trace of
    about 8*N operations with every pass (not run by the tests)."""
    t = big_loop(n)
    start = rtime.monotonic()
    size = 0
    for k in range(repeat):
        size = len(optimize_trace(t, 'all').operations)
    elapsed = (rtime.monotonic() - start) / repeat
    print("%d operations in, %d out: %.3f ms per optimization" % (
        len(t.operations), size, elapsed * 1000.0))


def entry_point(argv: list[str]) -> int:
    if len(argv) > 3 and argv[1] == 'bench':
        bench(int(argv[2]), int(argv[3]))
        return 0
    opts_list = ['intbounds:rewrite:virtualize:string:earlyforce:pure:heap:unroll',
                 'intbounds:rewrite:virtualize:pure:heap', '']
    if len(argv) > 1:
        opts_list = [argv[1]]
    for opts in opts_list:
        run("boxed int loop", boxed_int_loop(), opts)
        run("constant frame loop", constant_frame_loop(), opts)
        run("array and escape", array_and_escape(), opts)
        run("string loop", string_loop(), opts)
    run_bridges(opts_list[0])
    t = boxed_int_loop()
    print("input:")
    print(trace_to_text(t), end='')
    return 0
