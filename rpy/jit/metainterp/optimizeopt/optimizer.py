"""The optimizer's core: a chain of passes (Optimization subclasses, one per
module) that every operation of the input trace flows through, and the
Optimizer holding the chain, the output operations and the helpers the
passes share (value replacement, constants, bounds, class knowledge).

An input operation enters the chain as a copy whose arguments are already
replaced (Optimizer.send); each pass either emits it to the next pass
(self.emit), replaces it by another value (make_equal_to, make_constant)
or drops it.  After the last pass it lands in Optimizer.newops
(emit_final), where guards get their resume layout (resume.py).  RPy code.
"""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import (
    AbstractValue, ResOperation, ResumeDescr, FailDescr, rop, OPGUARD,
    OPIS_CALL_PURE, OPIS_CALL_LOOPINVARIANT, CALL_BY_KIND)
from rpy.jit.metainterp.history import ConstInt, ConstPtr, Trace
from rpy.jit.metainterp.optimizeopt.info import (
    IntBound, PtrInfo, VirtualInfo, unbounded)
from rpy.jit.metainterp.optimizeopt import resume


class InvalidLoop(Exception):
    """The trace contradicts itself (a guard that always fails): it cannot
    become a loop.  The metainterp aborts it."""


class NotALoop(InvalidLoop):
    """The trace is consistent, but its second iteration (the peeled loop,
    entered with what the first one proved) always fails a guard: the path
    it took cannot repeat, so it is no loop.  Raised only when asked
    (optimize_trace(..., strict_loop=True)); the metainterp then traces the
    key again from another iteration."""


class Optimization:
    """One pass.  Subclasses override propagate_forward (dispatch on
    op.opnum) and call self.emit(op) to pass an operation on."""
    optimizer: Optimizer
    next: Optimization | None

    def __init__(self) -> None:
        self.next = None

    def setup(self, optimizer: Optimizer) -> None:
        self.optimizer = optimizer

    def propagate_forward(self, op: ResOperation) -> None:
        self.emit(op)

    def emit(self, op: ResOperation) -> None:
        nxt = self.next
        if nxt is None:
            self.optimizer.emit_final(op)
        else:
            nxt.propagate_forward(op)

    # shortcuts to the optimizer's helpers
    def get_box_replacement(self, v: AbstractValue) -> AbstractValue:
        return self.optimizer.get_box_replacement(v)

    def make_equal_to(self, op: AbstractValue, value: AbstractValue) -> None:
        self.optimizer.make_equal_to(op, value)

    def make_constant_int(self, op: AbstractValue, value: int) -> None:
        self.optimizer.make_constant(op, ConstInt(value))

    def getintbound(self, v: AbstractValue) -> IntBound:
        return self.optimizer.getintbound(v)

    def flush(self) -> None:
        """Called before the trace's last operation (jump, finish) and
        before a label: emit what the pass has been delaying."""


class Optimizer:
    """Runs the chain over a trace.  `first` is the head of the chain."""
    passes: list[Optimization]
    first: Optimization
    newops: list[ResOperation]
    ovf_removed: bool
    call_removed: bool
    intbounds: Optimization | None
    virtualize: Optimization | None
    string: Optimization | None
    pure: Optimization | None
    heap: Optimization | None
    patchguardop: ResOperation | None   # the last guard_future_condition

    def __init__(self, passes: list[Optimization]) -> None:
        self.passes = passes
        self.newops = []
        self.ovf_removed = False
        self.call_removed = False
        self.intbounds = None
        self.virtualize = None
        self.string = None
        self.pure = None
        self.heap = None
        self.patchguardop = None
        for i in range(len(passes)):
            passes[i].setup(self)
            if i + 1 < len(passes):
                passes[i].next = passes[i + 1]
        if len(passes) == 0:
            passes.append(Optimization())
            passes[0].setup(self)
        self.first = passes[0]

    # ------------------------------------------------------------ values

    def get_box_replacement(self, v: AbstractValue) -> AbstractValue:
        while True:
            f = v.forwarded
            if f is None:
                return v
            v = f

    def make_equal_to(self, op: AbstractValue, value: AbstractValue) -> None:
        op = self.get_box_replacement(op)
        value = self.get_box_replacement(value)
        if op is not value and not op.is_constant():
            op.forwarded = value

    def make_constant(self, op: AbstractValue, const: AbstractValue) -> None:
        op = self.get_box_replacement(op)
        if op.is_constant():
            if not op.same_constant(const):
                raise InvalidLoop("a value is two different constants")
            return
        op.forwarded = const

    def make_constant_int(self, op: AbstractValue, value: int) -> None:
        self.make_constant(op, ConstInt(value))

    def getintbound(self, v: AbstractValue) -> IntBound:
        """The bound of an int value (of the output trace); the info object
        is shared, so narrowing it narrows the value's knowledge."""
        v = self.get_box_replacement(v)
        if v.is_constant():
            c = v.getint()
            return IntBound(c, c)
        info = v.info
        if isinstance(info, IntBound):
            return info
        b = unbounded()
        v.info = b
        return b

    def getptrinfo(self, v: AbstractValue) -> PtrInfo | None:
        v = self.get_box_replacement(v)
        info = v.info
        if isinstance(info, PtrInfo):
            return info
        return None

    def ensure_ptr_info(self, v: AbstractValue) -> PtrInfo:
        v = self.get_box_replacement(v)
        info = v.info
        if isinstance(info, PtrInfo):
            return info
        p = PtrInfo(0, False)
        v.info = p
        return p

    def is_virtual(self, v: AbstractValue) -> bool:
        info = self.get_box_replacement(v).info
        return isinstance(info, VirtualInfo)

    def known_class(self, v: AbstractValue) -> int:
        """The vtable of the object v when known, else 0."""
        v = self.get_box_replacement(v)
        if isinstance(v, ConstPtr):
            return v.known_class
        info = v.info
        if isinstance(info, PtrInfo):
            return info.known_class
        return 0

    def is_nonnull(self, v: AbstractValue) -> bool:
        v = self.get_box_replacement(v)
        if isinstance(v, ConstPtr):
            return not v.is_null()
        if isinstance(v, ConstInt):
            return v.value != 0
        info = v.info
        if isinstance(info, PtrInfo):
            return info.nonnull
        if isinstance(info, IntBound):
            return info.lower > 0 or info.upper < 0
        return False

    def is_null(self, v: AbstractValue) -> bool:
        v = self.get_box_replacement(v)
        return isinstance(v, ConstPtr) and v.is_null()

    # ------------------------------------------------------------ running

    def send(self, op: ResOperation) -> None:
        """An operation of the input trace enters the chain."""
        opnum = op.opnum
        if opnum == rop.GUARD_NO_OVERFLOW or opnum == rop.GUARD_OVERFLOW:
            if self.ovf_removed:
                self.ovf_removed = False
                if opnum == rop.GUARD_OVERFLOW:
                    raise InvalidLoop("guard_overflow after an operation that cannot overflow")
                return
        elif opnum == rop.GUARD_NO_EXCEPTION or opnum == rop.GUARD_EXCEPTION:
            if self.call_removed:
                self.call_removed = False
                if opnum == rop.GUARD_EXCEPTION:
                    raise InvalidLoop("guard_exception after a call removed as elidable")
                return
        self.ovf_removed = False
        self.call_removed = False
        if opnum == rop.GUARD_FUTURE_CONDITION:
            self.patchguardop = op
            return
        args: list[AbstractValue] = []
        for a in op.args:
            args.append(self.get_box_replacement(a))
        newop = op.copy_and_change(opnum, args)
        if op.has_result():
            op.forwarded = newop
        self.first.propagate_forward(newop)

    def new_guard_at_end(self, opnum: int, args: list[AbstractValue]) -> bool:
        """Send a guard made by the optimizer at the end of the trace, with
        the resume state of the last guard_future_condition; False if there
        is none."""
        patch = self.patchguardop
        if patch is None:
            return False
        guard = ResOperation(opnum, args, patch.descr)
        fa = patch.fail_args
        guard.fail_args = [] if fa is None else list(fa)
        self.first.propagate_forward(guard)
        return True

    def send_extra(self, op: ResOperation) -> None:
        """An operation made by the optimizer itself enters the chain (its
        arguments are values of the output trace)."""
        self.first.propagate_forward(op)

    def flush(self) -> None:
        for p in self.passes:
            p.flush()

    def emit_final(self, op: ResOperation) -> None:
        opnum = op.opnum
        if OPGUARD[opnum]:
            self.finish_guard(op)
        elif OPIS_CALL_PURE[opnum] or OPIS_CALL_LOOPINVARIANT[opnum]:
            # what is left of them (pass `pure` disabled) is a plain call
            call = op.copy_and_change(CALL_BY_KIND[op.type], op.args)
            self.make_equal_to(op, call)
            op = call
        self.newops.append(op)

    def finish_guard(self, op: ResOperation) -> None:
        """Replace the guard's recorded fail_args by values of the output
        trace, describing virtuals in its (fresh) ResumeDescr."""
        recorded = op.fail_args
        if recorded is None:
            recorded = []
        descr = op.descr
        if isinstance(descr, ResumeDescr):
            newdescr = descr.clone()
        elif isinstance(descr, FailDescr):
            newdescr = ResumeDescr(descr.name, -1)
        else:
            newdescr = ResumeDescr('guard', -1)
        assert isinstance(newdescr, ResumeDescr)
        op.descr = newdescr
        op.fail_args = resume.encode(newdescr, recorded)

    def run(self, inputargs: list[AbstractValue], operations: list[ResOperation]) -> None:
        """Optimize the operations (inputargs are used as they are)."""
        for op in operations:
            if op.opnum == rop.JUMP or op.opnum == rop.FINISH or op.opnum == rop.LABEL:
                self.flush()
            self.send(op)


def clear_forwarding(trace: Trace) -> None:
    """Forget the forwarding set by a previous optimization of trace (the
    inputargs keep the classes the trace says are known)."""
    for a in trace.inputargs:
        a.forwarded = None
        a.info = None
    for op in trace.operations:
        op.forwarded = None
        op.info = None
    classes = trace.inputarg_classes
    for k in range(len(classes)):
        if classes[k] != 0 and k < len(trace.inputargs):
            trace.inputargs[k].info = PtrInfo(classes[k], True)

