"""The metainterp: runs jitcodes, counts loop iterations, traces hot loops,
compiles them and runs them, and resumes after guard failures.

One executor (`MetaInterp.step`) runs the jitcodes concretely on the
untranslated interpreter's real objects.  With `tracing` on, each
instruction also records the trace operation it stands for on *boxes*
(trace values: InputArg, ResOperation, Const) kept in a second register
file per frame; operations whose arguments are all constants are folded
(the concrete result becomes a Const), branches record guard_true/false,
promote records guard_value, class tests and method dispatch record
guard_nonnull_class.  Each guard gets fail_args = the boxes of the live
registers of every traced frame and a ResumeDescr whose `position` indexes
the trace's snapshots (ResumeSnapshot: per frame, jitcode + pc + the live
registers in fail_args order).

Tracing off, the same executor is both the "interpreter" that runs the
program before it is hot and the blackhole interpreter after a guard
failure: untranslated, the portal (the function holding jit_merge_point)
is run through its jitcode by `JitRunner.run`, so that compiled loops can
be entered at a merge point and left in the middle of any frame; the
Python function itself cannot be re-entered in its middle.

Warm-up: can_enter_jit counts per green key; past the driver's
`threshold` the next jit_merge_point with that key starts tracing.  The
trace closes when the same key is reached again at the depth where it
started (jump back to the start), is optimized (optimize_trace with the
driver's enable_opts) and given to the backend; the loop runs at once.
Tracing aborts (and the key is not traced again for a while) past
`trace_limit` operations, when an exception is raised, or when the frame
where tracing started returns.  Untranslated only for now, but written
with typed fields and simple control flow.
"""
from __future__ import annotations

from typing import Any

from rpy.rlib.rarithmetic import intmask
from rpy.jit.metainterp.resoperation import (
    rop, ResOperation, ResumeDescr, AbstractValue, DebugLocation, OPPURE,
    INT, REF, FLOAT, VOID, GETFIELD_BY_KIND, GETFIELD_PURE_BY_KIND, CALL_BY_KIND,
    CALL_PURE_BY_KIND, GETARRAYITEM_BY_KIND, GETARRAYITEM_PURE_BY_KIND, FieldDescr,
    ArrayDescr, opnum_of)
from rpy.jit.metainterp.history import InputArg, ConstInt, Trace
from rpy.jit.metainterp.logger import trace_to_text
from rpy.jit.metainterp.optimizeopt import optimize_trace
from rpy.jit.metainterp.optimizeopt.optimizer import InvalidLoop
from rpy.jit.codewriter.jitcode import JitCode, Insn, Operand
from rpy.jit.codewriter.support import (
    ADDRESSES, JitSizeDescr, JitFieldDescr, JitCallDescr, const_of, zero_of, py_getfield,
    py_setfield)
from rpy.jit.backend.llinterp.runner import (
    LLTraceRunner, CompiledLoop, GuardFailure, PURE)


class AbortTracing(Exception):
    """Raised by an instruction before it does anything: tracing stops and
    the instruction runs again, not traced."""


class MIFrame:
    """A frame of the jitcode interpreter: concrete registers, and boxes
    while tracing (None otherwise)."""
    jitcode: JitCode
    pc: int
    regs: list[list[Any]]
    boxes: list[list[AbstractValue | None]] | None
    last_exc: BaseException | None

    def __init__(self, jitcode: JitCode) -> None:
        self.jitcode = jitcode
        self.pc = 0
        n = jitcode.num_regs
        self.regs = [[0] * n[INT], [None] * n[REF], [0.0] * n[FLOAT]]
        self.boxes = None
        self.last_exc = None

    def start_boxes(self) -> None:
        n = self.jitcode.num_regs
        self.boxes = [[None] * n[INT], [None] * n[REF], [None] * n[FLOAT]]


class FrameSnapshot:
    def __init__(self, jitcode: JitCode, pc: int, regs: list[Operand], exc_pending: bool) -> None:
        self.jitcode = jitcode
        self.pc = pc
        self.regs = regs
        self.exc_pending = exc_pending


class ResumeSnapshot:
    """The interpreter state at a guard: the traced frames, outermost first;
    their live registers in fail_args order."""

    def __init__(self, frames: list[FrameSnapshot]) -> None:
        self.frames = frames


class JitLoop:
    """A compiled loop with what its guards need to resume."""

    def __init__(self, key: tuple, compiled: CompiledLoop, snapshots: list[ResumeSnapshot],
                 trace: Trace, optimized: Trace) -> None:
        self.key = key
        self.compiled = compiled
        self.snapshots = snapshots
        self.trace = trace
        self.optimized = optimized
        self.guard_failures = 0


class JitStats:
    def __init__(self) -> None:
        self.loops = 0
        self.aborts = 0
        self.guard_failures = 0
        self.loop_entries = 0
        self.log: list[str] = []


class MetaInterp:
    def __init__(self, portal: JitCode, driver: Any, codewriter: Any) -> None:
        self.portal = portal
        self.driver = driver
        self.cw = codewriter
        self.params = driver.params
        self.runner = LLTraceRunner()
        self.framestack: list[MIFrame] = []
        self.counters: dict[tuple, int] = {}
        self.loops: dict[tuple, JitLoop] = {}
        self.hot_key: tuple | None = None
        self.stats = JitStats()
        self.tracing = False
        self.ops: list[ResOperation] = []
        self.inputargs: list[AbstractValue] = []
        self.snapshots: list[ResumeSnapshot] = []
        self.start_depth = 0
        self.start_key: tuple | None = None
        self.base_depth = 0
        self.done = False
        self.result: Any = None
        self.ngreens = len(driver.greens)
        self.abort_pending = False
        self.handlers: dict[str, Any] = {}

    # ------------------------------------------------------------ running

    def run_portal(self, args: list[Any]) -> Any:
        frame = MIFrame(self.portal)
        for reg, value in zip(self.portal.arg_regs, args):
            frame.regs[reg.kind][reg.index] = value
        base = len(self.framestack)
        self.framestack.append(frame)
        saved = (self.base_depth, self.done)
        self.base_depth = base
        self.done = False
        try:
            while not self.done:
                f = self.framestack[len(self.framestack) - 1]
                self.step(f, f.jitcode.code[f.pc])
            return self.result
        finally:
            self.base_depth, self.done = saved
            del self.framestack[base:]

    def val(self, frame: MIFrame, a: Operand) -> Any:
        if a.index >= 0:
            return frame.regs[a.kind][a.index]
        return a.value

    def box(self, frame: MIFrame, a: Operand) -> AbstractValue:
        if a.index >= 0:
            assert frame.boxes is not None
            b = frame.boxes[a.kind][a.index]
            if b is None:     # a register not set in the trace: use its value
                b = const_of(a.kind, frame.regs[a.kind][a.index])
            return b
        b = a.box
        if b is None:
            b = const_of(a.kind, a.value)
            a.box = b
        return b

    def set_result(self, frame: MIFrame, reg: Operand | None, value: Any,
                   box: AbstractValue | None) -> None:
        if reg is None:
            return
        frame.regs[reg.kind][reg.index] = value
        if self.tracing and frame.boxes is not None:
            if box is None:
                box = const_of(reg.kind, value)
            frame.boxes[reg.kind][reg.index] = box

    # ------------------------------------------------------------ recording

    def record(self, opnum: int, args: list[AbstractValue], descr: Any) -> ResOperation:
        op = ResOperation(opnum, args, descr)
        self.ops.append(op)
        if len(self.ops) > self.params.trace_limit:
            self.abort_pending = True    # checked before the next instruction
        return op

    def record_pure(self, opnum: int, frame: MIFrame, insn: Insn, value: Any) -> AbstractValue | None:
        """The box of a pure operation's result: a constant if all the
        arguments are."""
        boxes = [self.box(frame, a) for a in insn.args]
        for b in boxes:
            if not b.is_constant():
                return self.record(opnum, boxes, None)
        return None

    def record_guard(self, opnum: int, args: list[AbstractValue], frame: MIFrame,
                     resume_pc: int, live_pc: int, exc_pending: bool) -> None:
        frames: list[FrameSnapshot] = []
        fail_args: list[AbstractValue] = []
        for depth in range(self.start_depth, len(self.framestack)):
            f = self.framestack[depth]
            jc = f.jitcode
            if f is frame:
                pc = resume_pc
                keys = jc.live[live_pc]
            else:
                pc = f.pc                   # at its inline_call / method_call
                keys = set(jc.live[pc + 1])
                res = jc.code[pc].result
                if res is not None:
                    keys.discard(res.key())
            regs = [jc.regs_by_key[k] for k in sorted(keys)]
            for r in regs:
                fail_args.append(self.box(f, r))
            frames.append(FrameSnapshot(jc, pc, regs, exc_pending and f is frame))
        descr = ResumeDescr('resume%d' % len(self.snapshots), len(self.snapshots))
        self.snapshots.append(ResumeSnapshot(frames))
        op = self.record(opnum, args, descr)
        op.fail_args = fail_args

    # ------------------------------------------------------------ the executor

    def step(self, frame: MIFrame, insn: Insn) -> None:
        if self.tracing and self.abort_pending:
            self.abort_tracing('trace too long')
        assert not self.tracing or frame.boxes is not None
        handler = self.handlers.get(insn.opname)
        if handler is None:
            handler = self.make_handler(insn.opname)
        try:
            handler(frame, insn)
        except AbortTracing as e:
            self.abort_tracing(str(e))

    def make_handler(self, name: str) -> Any:
        """The method running instructions called `name` (found once; a
        translated version would switch on an opcode number)."""
        opnum = OPNUM.get(name, -1)
        if opnum >= 0 and opnum in PURE:
            f = PURE[opnum]

            def handler(frame: MIFrame, insn: Insn) -> None:
                value = f(*[self.val(frame, a) for a in insn.args])
                box = None
                if self.tracing:
                    box = self.record_pure(opnum, frame, insn, value)
                self.set_result(frame, insn.result, value, box)
                frame.pc += 1
        else:
            handler = getattr(self, 'op_' + name)
        self.handlers[name] = handler
        return handler

    def op_goto(self, frame: MIFrame, insn: Insn) -> None:
        frame.pc = insn.target

    def op_goto_if_not(self, frame: MIFrame, insn: Insn) -> None:
        v = self.val(frame, insn.args[0])
        pc = frame.pc
        if v:
            frame.pc = pc + 1
        else:
            frame.pc = insn.target
        if self.tracing:
            b = self.box(frame, insn.args[0])
            if not b.is_constant():
                other = insn.target if v else pc + 1
                self.record_guard(rop.GUARD_TRUE if v else rop.GUARD_FALSE, [b], frame,
                                  other, other, False)

    def op_moves(self, frame: MIFrame, insn: Insn) -> None:
        vals = [self.val(frame, a) for a in insn.args]
        boxes: list[AbstractValue] = []
        if self.tracing:
            boxes = [self.box(frame, a) for a in insn.args]
        for i in range(len(insn.dsts)):
            d = insn.dsts[i]
            frame.regs[d.kind][d.index] = vals[i]
            if self.tracing:
                assert frame.boxes is not None
                frame.boxes[d.kind][d.index] = boxes[i]
        frame.pc += 1

    def op_last_exc(self, frame: MIFrame, insn: Insn) -> None:
        self.set_result(frame, insn.result, frame.last_exc, None)
        frame.pc += 1

    def op_exc_match(self, frame: MIFrame, insn: Insn) -> None:
        if isinstance(frame.last_exc, insn.extra):
            frame.pc += 1
        else:
            frame.pc = insn.target

    def op_int_add_ovf(self, frame: MIFrame, insn: Insn) -> None:
        self.do_ovf(frame, insn, rop.INT_ADD_OVF, 0)

    def op_int_sub_ovf(self, frame: MIFrame, insn: Insn) -> None:
        self.do_ovf(frame, insn, rop.INT_SUB_OVF, 1)

    def op_int_mul_ovf(self, frame: MIFrame, insn: Insn) -> None:
        self.do_ovf(frame, insn, rop.INT_MUL_OVF, 2)

    def op_int_neg_ovf(self, frame: MIFrame, insn: Insn) -> None:
        self.do_ovf(frame, insn, rop.INT_SUB_OVF, 3)

    def do_ovf(self, frame: MIFrame, insn: Insn, opnum: int, which: int) -> None:
        """a+b, a-b, a*b, -a raising OverflowError outside 64 bits; traced
        as int_*_ovf + guard_no_overflow (on failure the blackhole
        interpreter runs the instruction again, and raises)."""
        if which == 3:
            a = 0
            b = self.val(frame, insn.args[0])
        else:
            a = self.val(frame, insn.args[0])
            b = self.val(frame, insn.args[1])
        if which == 0:
            exact = a + b
        elif which == 2:
            exact = a * b
        else:
            exact = a - b
        if exact != intmask(exact):
            self.raise_exc(OverflowError())
            return
        box: AbstractValue | None = None
        if self.tracing:
            if which == 3:
                boxes = [const_of(INT, 0), self.box(frame, insn.args[0])]
            else:
                boxes = [self.box(frame, insn.args[0]), self.box(frame, insn.args[1])]
            if not (boxes[0].is_constant() and boxes[1].is_constant()):
                box = self.record(opnum, boxes, None)
                self.record_guard(rop.GUARD_NO_OVERFLOW, [], frame, frame.pc, frame.pc, False)
        self.set_result(frame, insn.result, exact, box)
        frame.pc += 1

    def op_exc_isinstance(self, frame: MIFrame, insn: Insn) -> None:
        if self.tracing:
            raise AbortTracing('exception handler')
        value = int(isinstance(self.val(frame, insn.args[0]), insn.extra))
        self.set_result(frame, insn.result, value, None)
        frame.pc += 1

    def op_reraise(self, frame: MIFrame, insn: Insn) -> None:
        exc = frame.last_exc
        assert exc is not None
        self.raise_exc(exc)

    def op_raise(self, frame: MIFrame, insn: Insn) -> None:
        self.raise_exc(self.val(frame, insn.args[0]))

    def op_return(self, frame: MIFrame, insn: Insn) -> None:
        value: Any = None
        box: AbstractValue | None = None
        if insn.args:
            value = self.val(frame, insn.args[0])
            if self.tracing:
                box = self.box(frame, insn.args[0])
        depth = len(self.framestack) - 1
        if self.tracing and depth <= self.start_depth:
            self.abort_tracing('the traced frame returned')
        self.framestack.pop()
        if depth == self.base_depth:
            self.done = True
            self.result = value
            return
        caller = self.framestack[len(self.framestack) - 1]
        self.set_result(caller, caller.jitcode.code[caller.pc].result, value, box)
        caller.pc += 1

    def raise_exc(self, exc: BaseException) -> None:
        """Unwind to the handler of the instruction at the top frame's pc
        (or its callers'); past the portal, raise it to Python."""
        if self.tracing:
            self.abort_tracing('exception %s' % type(exc).__name__)
        while True:
            frame = self.framestack[len(self.framestack) - 1]
            insn = frame.jitcode.code[frame.pc]
            if insn.catch >= 0 and insn.opname not in ('raise', 'reraise'):
                frame.last_exc = exc
                frame.pc = insn.catch
                return
            if len(self.framestack) - 1 == self.base_depth:
                raise exc
            self.framestack.pop()

    def op_new(self, frame: MIFrame, insn: Insn) -> None:
        d = insn.descr
        assert isinstance(d, JitSizeDescr)
        obj = d.allocate()
        box = None
        if self.tracing:
            box = self.record(rop.NEW_WITH_VTABLE, [], d)
        self.set_result(frame, insn.result, obj, box)
        frame.pc += 1

    def op_getfield(self, frame: MIFrame, insn: Insn) -> None:
        d = insn.descr
        assert isinstance(d, FieldDescr)
        obj = self.val(frame, insn.args[0])
        value = py_getfield(d, obj)
        box = None
        if self.tracing:
            b = self.box(frame, insn.args[0])
            if not (b.is_constant() and d.is_immutable):
                if d.is_immutable:
                    box = self.record(GETFIELD_PURE_BY_KIND[d.kind], [b], d)
                else:
                    box = self.record(GETFIELD_BY_KIND[d.kind], [b], d)
        self.set_result(frame, insn.result, value, box)
        frame.pc += 1

    def op_setfield(self, frame: MIFrame, insn: Insn) -> None:
        d = insn.descr
        assert isinstance(d, FieldDescr)
        obj = self.val(frame, insn.args[0])
        py_setfield(d, obj, self.val(frame, insn.args[1]))
        if self.tracing:
            self.record(rop.SETFIELD_GC, [self.box(frame, insn.args[0]),
                                          self.box(frame, insn.args[1])], d)
        frame.pc += 1

    def op_getarrayitem(self, frame: MIFrame, insn: Insn) -> None:
        """An item of a list's storage (untranslated: the Python list)."""
        d = insn.descr
        assert isinstance(d, ArrayDescr)
        arr = self.val(frame, insn.args[0])
        value = arr[self.val(frame, insn.args[1])]
        box = None
        if self.tracing:
            b = self.box(frame, insn.args[0])
            bi = self.box(frame, insn.args[1])
            if not (b.is_constant() and bi.is_constant() and d.is_immutable):
                if d.is_immutable:
                    box = self.record(GETARRAYITEM_PURE_BY_KIND[d.itemkind], [b, bi], d)
                else:
                    box = self.record(GETARRAYITEM_BY_KIND[d.itemkind], [b, bi], d)
        self.set_result(frame, insn.result, value, box)
        frame.pc += 1

    def op_setarrayitem(self, frame: MIFrame, insn: Insn) -> None:
        d = insn.descr
        assert isinstance(d, ArrayDescr)
        arr = self.val(frame, insn.args[0])
        arr[self.val(frame, insn.args[1])] = self.val(frame, insn.args[2])
        if self.tracing:
            self.record(rop.SETARRAYITEM_GC, [self.box(frame, a) for a in insn.args], d)
        frame.pc += 1

    def op_unreachable(self, frame: MIFrame, insn: Insn) -> None:
        raise AssertionError('unreachable jitcode instruction reached in %s' % frame.jitcode.name)

    def push_frame(self, caller: MIFrame, jc: JitCode, args: list[Operand]) -> None:
        f = MIFrame(jc)
        if self.tracing:
            f.start_boxes()
        for reg, a in zip(jc.arg_regs, args):
            f.regs[reg.kind][reg.index] = self.val(caller, a)
            if f.boxes is not None:
                f.boxes[reg.kind][reg.index] = self.box(caller, a)
        self.framestack.append(f)

    def op_inline_call(self, frame: MIFrame, insn: Insn) -> None:
        self.push_frame(frame, insn.extra, insn.args)

    def op_residual_call(self, frame: MIFrame, insn: Insn) -> None:
        self.do_residual_call(frame, insn, insn.extra, insn.descr)

    def do_residual_call(self, frame: MIFrame, insn: Insn, fn: Any, descr: Any) -> None:
        args = [self.val(frame, a) for a in insn.args]
        try:
            value = fn(*args)
        except Exception as e:
            self.raise_exc(e)
            return
        box: AbstractValue | None = None
        if self.tracing:
            assert isinstance(descr, JitCallDescr)
            ei = descr.effectinfo
            boxes = [self.box(frame, a) for a in insn.args]
            allconst = True
            for b in boxes:
                if not b.is_constant():
                    allconst = False
            rkind = insn.result.kind if insn.result is not None else VOID
            if ei.is_elidable() and allconst:
                box = None      # folded: the result is a constant
            else:
                fbox = ConstInt(ADDRESSES.func_addr(fn))
                callargs: list[AbstractValue] = [fbox]
                callargs.extend(boxes)
                k = rkind if rkind != VOID else 3
                if ei.is_elidable():
                    op = self.record(CALL_PURE_BY_KIND[k], callargs, descr)
                    if insn.result is not None:
                        op.traced_result = const_of(rkind, value)
                else:
                    op = self.record(CALL_BY_KIND[k], callargs, descr)
                if ei.can_raise():
                    self.record_guard(rop.GUARD_NO_EXCEPTION, [], frame, frame.pc,
                                      frame.pc, True)
                box = op if rkind != VOID else None
        self.set_result(frame, insn.result, value, box)
        frame.pc += 1

    def guard_class_of(self, frame: MIFrame, a: Operand, obj: Any) -> None:
        """While tracing: make the class of a register's object known."""
        b = self.box(frame, a)
        if b.is_constant():
            return
        if obj is None:
            self.record_guard(rop.GUARD_ISNULL, [b], frame, frame.pc, frame.pc, False)
        else:
            vt = ConstInt(ADDRESSES.vtable_of(type(obj)))
            self.record_guard(rop.GUARD_NONNULL_CLASS, [b, vt], frame, frame.pc, frame.pc,
                              False)

    def op_method_call(self, frame: MIFrame, insn: Insn) -> None:
        obj = self.val(frame, insn.args[0])
        if self.tracing:
            self.guard_class_of(frame, insn.args[0], obj)
        jc, func = self.cw.method_impl(type(obj), insn.extra)
        if jc is not None:
            self.push_frame(frame, jc, insn.args)
        else:
            self.do_residual_call(frame, insn, func, insn.descr)

    def op_class_test(self, frame: MIFrame, insn: Insn) -> None:
        obj = self.val(frame, insn.args[0])
        value: Any
        if obj is None:
            value = False
        else:
            value = insn.extra(type(obj))
        if self.tracing:
            self.guard_class_of(frame, insn.args[0], obj)
        if insn.result is not None and insn.result.kind == INT:
            value = int(value)
        self.set_result(frame, insn.result, value, None)
        frame.pc += 1

    def op_promote(self, frame: MIFrame, insn: Insn) -> None:
        a = insn.args[0]
        value = self.val(frame, a)
        if self.tracing:
            b = self.box(frame, a)
            if not b.is_constant():
                self.record_guard(rop.GUARD_VALUE, [b, const_of(a.kind, value)], frame,
                                  frame.pc, frame.pc, False)
        self.set_result(frame, insn.result, value, None)
        frame.pc += 1

    # ------------------------------------------------------------ merge points

    def green_key(self, frame: MIFrame, insn: Insn) -> tuple:
        return tuple([self.val(frame, a) for a in insn.args[:self.ngreens]])

    def op_can_enter_jit(self, frame: MIFrame, insn: Insn) -> None:
        frame.pc += 1
        if self.tracing:
            return
        threshold = self.params.threshold
        if threshold < 0:
            return
        key = self.green_key(frame, insn)
        if key in self.loops:
            return
        n = self.counters.get(key, 0) + 1
        self.counters[key] = n
        if n >= threshold:
            self.counters[key] = 0
            self.hot_key = key

    def op_jit_merge_point(self, frame: MIFrame, insn: Insn) -> None:
        key = self.green_key(frame, insn)
        depth = len(self.framestack) - 1
        if self.tracing:
            if depth == self.start_depth and key == self.start_key:
                self.close_loop(frame, insn)
                return
            self.record_debug_merge_point(frame, insn, depth)
            frame.pc += 1
            return
        loop = self.loops.get(key)
        if loop is not None:
            self.enter_loop(frame, insn, loop)
            return
        if self.hot_key is not None and key == self.hot_key:
            self.hot_key = None
            self.start_tracing(frame, insn, key)
            return
        frame.pc += 1

    def record_debug_merge_point(self, frame: MIFrame, insn: Insn, depth: int) -> None:
        text = 'merge point'
        gpl = self.driver.get_printable_location
        if gpl is not None:
            text = gpl(*[self.val(frame, a) for a in insn.args[:self.ngreens]])
        self.record(rop.DEBUG_MERGE_POINT,
                    [ConstInt(0), ConstInt(depth - self.start_depth)], DebugLocation(text))

    def red_boxes(self, frame: MIFrame, insn: Insn) -> list[AbstractValue]:
        return [self.box(frame, a) for a in insn.args[self.ngreens:]]

    def start_tracing(self, frame: MIFrame, insn: Insn, key: tuple) -> None:
        self.tracing = True
        self.ops = []
        self.snapshots = []
        self.start_depth = len(self.framestack) - 1
        self.start_key = key
        frame.start_boxes()
        assert frame.boxes is not None
        self.inputargs = []
        for i, a in enumerate(insn.args):
            if not a.is_reg():
                continue
            if i < self.ngreens:
                frame.boxes[a.kind][a.index] = const_of(a.kind, self.val(frame, a))
            else:
                ia = InputArg(a.kind)
                frame.boxes[a.kind][a.index] = ia
                self.inputargs.append(ia)
        self.record_debug_merge_point(frame, insn, self.start_depth)
        frame.pc += 1

    def stop_tracing(self) -> None:
        self.tracing = False
        self.abort_pending = False
        for f in self.framestack:
            f.boxes = None
        self.ops = []

    def abort_tracing(self, reason: str) -> None:
        self.stats.aborts += 1
        self.stats.log.append('abort: %s' % reason)
        if self.start_key is not None:
            self.counters[self.start_key] = -10 * max(self.params.threshold, 1)
        self.stop_tracing()

    def close_loop(self, frame: MIFrame, insn: Insn) -> None:
        jump_args = self.red_boxes(frame, insn)
        self.record(rop.JUMP, jump_args, None)
        trace = Trace(self.inputargs, self.ops)
        snapshots = self.snapshots
        key = self.start_key
        assert key is not None
        self.stop_tracing()
        try:
            optimized = optimize_trace(trace, self.params.enable_opts)
        except InvalidLoop:
            self.stats.aborts += 1
            self.stats.log.append('invalid loop')
            frame.pc += 1
            return
        compiled = self.runner.compile_loop(optimized)
        loop = JitLoop(key, compiled, snapshots, trace, optimized)
        self.loops[key] = loop
        self.stats.loops += 1
        self.stats.log.append('loop %r:\n%s' % (key, trace_to_text(optimized)))
        self.enter_loop(frame, insn, loop)

    # ------------------------------------------------------------ compiled loops

    def enter_loop(self, frame: MIFrame, insn: Insn, loop: JitLoop) -> None:
        self.stats.loop_entries += 1
        args = [self.val(frame, a) for a in insn.args[self.ngreens:]]
        failure = self.runner.run(loop.compiled, args)
        self.resume(loop, failure)

    def resume(self, loop: JitLoop, failure: GuardFailure) -> None:
        """Rebuild the frames described by the failing guard's snapshot in
        place of the frame that entered the loop; the executor then goes on
        with them, tracing off (the blackhole interpreter), up to the next
        merge point and beyond."""
        self.stats.guard_failures += 1
        loop.guard_failures += 1
        snap = loop.snapshots[failure.descr.position]
        self.framestack.pop()
        i = 0
        exc_frame: MIFrame | None = None
        for fs in snap.frames:
            f = MIFrame(fs.jitcode)
            f.pc = fs.pc
            for r in fs.regs:
                v = failure.values[i]
                i += 1
                if v is None and r.kind != REF:
                    v = zero_of(r.kind)
                f.regs[r.kind][r.index] = v
            self.framestack.append(f)
            if fs.exc_pending:
                exc_frame = f
        if exc_frame is not None:
            assert failure.exc is not None
            self.raise_exc(failure.exc)


OPNUM: dict[str, int] = {}
for _name in ['int_add', 'int_sub', 'int_mul', 'int_floordiv', 'int_mod', 'int_and', 'int_or',
              'int_xor', 'int_lshift', 'int_rshift', 'int_neg', 'int_invert', 'int_lt',
              'int_le', 'int_eq', 'int_ne', 'int_gt', 'int_ge', 'int_is_true', 'int_is_zero',
              'float_add', 'float_sub', 'float_mul', 'float_truediv', 'float_neg', 'float_lt',
              'float_le', 'float_eq', 'float_ne', 'float_gt', 'float_ge', 'cast_int_to_float',
              'ptr_eq', 'ptr_ne', 'uint_lt', 'uint_le', 'uint_gt', 'uint_ge', 'float_sqrt']:
    OPNUM[_name] = opnum_of(_name)


class JitRunner:
    """Runs a JitDriver's portal with the JIT, untranslated: annotates the
    program (from its entry_point), writes the jitcodes and runs the
    portal's jitcode through the metainterp."""

    def __init__(self, entry_point: Any, driver: Any, backendopt: bool = False) -> None:
        from rpy.annotate.annotator import Annotator
        from rpy.jit.codewriter.codewriter import CodeWriter
        ann = Annotator()
        ann.build(entry_point)
        if backendopt:
            # the graphs the translator's pyjitpl phase sees (int switches)
            from rpy.backendopt.simplify import simplify_graph
            from rpy.backendopt.merge_if_blocks import merge_if_blocks
            for d in ann.all_descs():
                if d.graph is not None:
                    simplify_graph(d.graph)
                    merge_if_blocks(d.graph)
        self.codewriter = CodeWriter(ann, driver)
        portal = self.codewriter.make_jitcodes()
        self.metainterp = MetaInterp(portal, driver, self.codewriter)

    def run(self, *args: Any) -> Any:
        return self.metainterp.run_portal(list(args))

    def loop_traces(self) -> list[str]:
        return [trace_to_text(l.optimized) for l in self.metainterp.loops.values()]
