"""The translatable tracer, compilation and resume, on encoded jitcodes
(jitcodedata.py) -- step 3 of "Translating the metainterp" in
docs/design-jit.md.

`Tracer` is a subclass of the blackhole interpreter (blackhole.py): each
instruction runs through the blackhole's own dispatch (`step`), so the
concrete semantics are the blackhole's, on the same BHCpu; around it the
tracer records resoperations on boxes kept in parallel register files
(TraceFrame.boxes_*).  Operations whose arguments are all constants fold
(the concrete result becomes a Const); goto_if_not records guard_true/
false, promote guard_value, class tests and method dispatch
guard_nonnull_class (or guard_isnull) on what `cpu.class_of` gives (the
type id translated), residual calls call_*/call_pure_* with the call
descr and the function's address first, then guard_no_exception if the
callee can raise; overflow checks int_*_ovf + guard_no_overflow.  Any
exception raised while tracing, the portal frame returning, an
instruction not handled or more than `trace_limit` operations abort: the
run goes on untraced (the blackhole) to the end of the iteration.

Guards get a Snapshot: per frame (outermost first) the jitcode, the pc to
resume at (the innermost frame's own pc, or the other branch; callers at
their call instruction) and its live registers there, in fail_args order
-- liveness.py computes them from the encoded code, at translation time
(the pyjitpl phase stores them in the jitcodes); a dead register comes
back as zero.

`MetaInterp.enter(args_i, args_r, args_f)` is the one entry (what the
portal's glue calls at a merge point whose key is hot): run the key's loop
and resume in the blackhole to the next merge point, or trace from here
(the tracing run executes the iteration), optimize, compile, and stop at
the merge point.  Returns the blackhole's kind protocol (KIND_MERGE_POINT:
go on with merge_i/r/f; -1/INT/REF/FLOAT: the portal returned result_*;
-2: exception `exc`).  Green keys: a dict on the int greens' values, then
the ref greens compared by identity (an object's address changes when a
minor collection moves it).

Bridges: an exit failing `trace_eagerness` times is traced from
(`trace_bridge`: the frames rebuilt as the Tracer's, the exit's values its
inputargs) to the first portal merge point whose key has a loop: a jump
into its own loop, or a finish handing the merge point to the glue (another
loop).  The bridge's snapshots extend its loop's.  RPy code; the backends are a `JitBackend`
(X86Backend here; llbackend.py untranslated).
"""
from __future__ import annotations

from rpy.rlib import ros
from rpy.rlib.rarithmetic import intmask
from rpy.rlib.rgcref import GCRef
from rpy.jit.metainterp.resoperation import (
    rop, ResOperation, ResumeDescr, FinishDescr, LoopEntry, AbstractValue, AbstractDescr,
    DebugLocation, FieldDescr, TargetToken, GuardFact,
    ArrayDescr, SizeDescr, CallDescr, INT, REF, FLOAT, VOID, GETFIELD_BY_KIND,
    GETFIELD_PURE_BY_KIND, GETARRAYITEM_BY_KIND, GETARRAYITEM_PURE_BY_KIND, CALL_BY_KIND,
    CALL_PURE_BY_KIND, TAG_BOX, TAG_CONST, TAG_NULL, EF_ELIDABLE_CANNOT_RAISE,
    EF_ELIDABLE_CAN_RAISE, EF_CANNOT_RAISE, EF_LOOPINVARIANT, opnum_of)
from rpy.jit.metainterp.history import InputArg, ConstInt, ConstFloat, Trace
from rpy.jit.metainterp.memmgr import LoopAges
from rpy.jit.metainterp.blackhole import (
    BHCpu, BHFrame, BlackholeInterp, merge_point_pc, KIND_MERGE_POINT,
    BH_GOTO, BH_GOTO_IF_NOT, BH_MOVES, BH_RETURN, BH_RAISE, BH_RERAISE, BH_LAST_EXC,
    BH_EXC_MATCH, BH_EXC_ISINSTANCE, BH_CLASS_TEST, BH_INLINE_CALL,
    BH_METHOD_CALL, BH_RESIDUAL_CALL, BH_GETFIELD, BH_SETFIELD, BH_GETARRAYITEM,
    BH_SETARRAYITEM, BH_NEW, BH_PROMOTE, BH_JIT_MERGE_POINT, BH_CAN_ENTER_JIT,
    BH_INT_ADD, BH_INT_ADD_OVF, BH_INT_SUB_OVF, BH_INT_MUL_OVF, BH_INT_NEG_OVF, BH_LAST_PURE,
    _NAMES)
from rpy.jit.metainterp.jitcodedata import (
    DESCR_WORDS, JitCodeTable, JitCodeData, insn_length, operand_index, operand_is_const,
    operand_kind)
from rpy.jit.metainterp.logger import trace_to_text_with_descrs
from rpy.jit.metainterp.optimizeopt import optimize_trace, remove_unused
from rpy.jit.metainterp.optimizeopt.optimizer import InvalidLoop, NotALoop
from rpy.jit.metainterp.optimizeopt.resume import decode_slot
from rpy.jit.metainterp.optimizeopt.unroll import BRIDGE_MISMATCHES, attach_guard_facts
from rpy.jit.metainterp.liveness import Liveness, liveness_of
from rpy.jit.metainterp.virtualizable import VableInfo, vable_info
from rpy.jit.backend.x86.runner import X86CPU, LoopToken

ALL_OPTS = 'intbounds:rewrite:virtualize:string:earlyforce:pure:heap:unroll'
VLIST_MAX = 32          # the longest list the tracer makes virtual
KIND_CALL_RAISED = -5   # Tracer.raise_exc: a residual call raised (call_exc)

# BH_* number -> the resoperation of a pure instruction (-1: not pure)
PURE_OPNUM: list[int] = []
for _n in _NAMES:
    PURE_OPNUM.append(-1)
for _i in range(BH_INT_ADD, BH_LAST_PURE + 1):
    if _i < BH_INT_ADD_OVF or _i > BH_INT_NEG_OVF:
        PURE_OPNUM[_i] = opnum_of(_NAMES[_i])


def index_in(items: list[int], x: int) -> int:
    """The index of x in items (-1: not there)."""
    for k in range(len(items)):
        if items[k] == x:
            return k
    return -1


def without_unroll(enable_opts: str) -> str:
    """The passes for a bridge: no loop peeling ('all', enable_opts'
    default, names every pass: unroll too)."""
    if enable_opts == 'all':
        enable_opts = ALL_OPTS
    names: list[str] = []
    for name in enable_opts.split(':'):
        if name != 'unroll':
            names.append(name)
    return ':'.join(names)


class TraceFrame(BHFrame):
    """A blackhole frame with a box per register (None: not set in the
    trace)."""
    boxes_i: list[AbstractValue | None]
    boxes_r: list[AbstractValue | None]
    boxes_f: list[AbstractValue | None]
    # a portal frame of an inlined call: False until its first merge
    # point (where the call may still become a residual portal call: the
    # trace and the snapshots are then cut back to call_ops/call_snaps)
    entered: bool
    call_ops: int
    call_snaps: int
    # the green key of the portal frame's first merge point (has_key: a
    # call entered in the trace, or an entry trace's first frame)
    has_key: bool
    key_i: list[int]
    key_r: list[GCRef | None]
    key_f: list[float]
    last_exc_box: AbstractValue | None     # the box of last_exc (None: not traced)

    def __init__(self, jitcode: JitCodeData) -> None:
        BHFrame.__init__(self, jitcode)
        self.last_exc_box = None
        self.boxes_i = [None] * len(self.regs_i)
        self.boxes_r = [None] * len(self.regs_r)
        self.boxes_f = [None] * len(self.regs_f)
        self.entered = True
        self.call_ops = 0
        self.call_snaps = 0
        self.has_key = False
        self.key_i = []
        self.key_r = []
        self.key_f = []


class ReturnDescr(FinishDescr):
    """The `finish` of a trace reaching the portal's return: its argument
    (if kind is not VOID) is the portal's result."""
    kind: int

    def __init__(self, kind: int) -> None:
        FinishDescr.__init__(self, 'return')
        self.kind = kind


class FrameSnapshot:
    jitcode: JitCodeData
    pc: int
    regs: list[int]        # register operand words, in fail_args order

    def __init__(self, jitcode: JitCodeData, pc: int, regs: list[int]) -> None:
        self.jitcode = jitcode
        self.pc = pc
        self.regs = regs


class Snapshot:
    """The interpreter state at a guard.  exc_pending: the innermost frame
    raises the exception the guard found (guard_no_exception,
    guard_exception).  vable_lengths: the fail_args end with the
    virtualizable and its state (virtualizable.py), its lists of these
    lengths (None: they do not).  result_word: a guard_exception's call
    may have returned instead (no exception found): its result goes to
    this register (-1: none), from the last fail_arg, and the innermost
    frame goes on after the call."""
    frames: list[FrameSnapshot]
    exc_pending: bool
    vable_lengths: list[int] | None
    result_word: int

    def __init__(self, frames: list[FrameSnapshot], exc_pending: bool,
                 vable_lengths: list[int] | None) -> None:
        self.frames = frames
        self.exc_pending = exc_pending
        self.vable_lengths = vable_lengths
        self.result_word = -1


class Tracer(BlackholeInterp):
    mi: MetaInterp
    tracing: bool
    closed: bool
    trace_ops: list[ResOperation]
    inputargs: list[AbstractValue]
    snapshots: list[Snapshot]
    abort_reason: str
    key_i: list[int]
    key_r: list[GCRef | None]
    key_f: list[float]
    bridge: bool            # tracing a bridge: stop at the first merge point of the portal
    entry: bool             # tracing from a function's start (or a bridge of such code)
    loop_header_seen: bool  # an entry trace passed a can_enter_jit of its portal frame
    portal_calls: int       # residual portal calls recorded
    snap_base: int          # the number of the first snapshot (a bridge's follow its loop's)
    # the virtualizable (virtualizable.py): its box, the boxes of its
    # state, its lists' lengths; boxes known to hold one of its lists
    # (what: -1 - list number) or their item arrays (what: list number)
    vinfo: VableInfo | None
    vable_box: AbstractValue | None
    vable_state: list[AbstractValue]
    vable_lengths: list[int]
    vable_known: dict[AbstractValue, int]
    vable_in_memory: bool   # the frame in memory is current (right after a call given it)
    vlists: list[AbstractValue]     # lists made virtual by new_vlist, and their item kinds
    vlist_kinds: list[int]
    # fields known to hold one of those lists: (object box, field descr, list box)
    vf_objs: list[AbstractValue]
    jump_target: JitLoop | None     # the loop a bridge's jump enters (another key's)
    bridge_label: TargetToken | None   # the label of the peeled loop a bridge returns to
    bridge_classes: list[int]       # a bridge's inputargs: their known classes (0: unknown)
    bridge_facts: list[GuardFact]   # what held at a bridge's guard (its inputargs' indexes)
    vf_descrs: list[int]
    vf_lists: list[AbstractValue]
    # exceptions (raise_exc): the box of the exception being raised (None:
    # abort); a residual call raising while `deferring` leaves its
    # exception in call_exc for trace_residual_call to record first
    exc_box: AbstractValue | None
    deferring: bool
    call_exc: GCRef | None
    # the inlined portal call that recorded the most operations (its
    # key): a trace too long stops inlining it (PyPy's find_biggest_function)
    biggest_size: int
    biggest_key_i: list[int]
    biggest_key_r: list[GCRef | None]
    biggest_key_f: list[float]

    def __init__(self, table: JitCodeTable, cpu: BHCpu, mi: MetaInterp) -> None:
        BlackholeInterp.__init__(self, table, cpu)
        self.mi = mi
        self.tracing = False
        self.closed = False
        self.trace_ops = []
        self.inputargs = []
        self.snapshots = []
        self.abort_reason = ''
        self.key_i = []
        self.key_r = []
        self.key_f = []
        self.bridge = False
        self.entry = False
        self.loop_header_seen = False
        self.portal_calls = 0
        self.snap_base = 0
        self.vinfo = mi.vinfo
        self.vable_box = None
        self.vable_state = []
        self.vable_lengths = []
        self.vable_known = {}
        self.vable_in_memory = False
        self.vlists = []
        self.vlist_kinds = []
        self.vf_objs = []
        self.vf_descrs = []
        self.vf_lists = []
        self.jump_target = None
        self.bridge_label = None
        self.bridge_classes = []
        self.bridge_facts = []
        self.exc_box = None
        self.deferring = False
        self.call_exc = None
        self.biggest_size = 0
        self.biggest_key_i = []
        self.biggest_key_r = []
        self.biggest_key_f = []

    def new_frame(self, jitcode: JitCodeData) -> BHFrame:
        return TraceFrame(jitcode)

    # ------------------------------------------------------------ boxes

    def box(self, f: BHFrame, w: int) -> AbstractValue:
        """The box of operand w (a constant's Const; a register not set in
        the trace: its value as a Const)."""
        kind = operand_kind(w)
        if not operand_is_const(w):
            assert isinstance(f, TraceFrame)
            i = operand_index(w)
            b: AbstractValue | None = None
            if kind == INT:
                b = f.boxes_i[i]
            elif kind == REF:
                b = f.boxes_r[i]
            else:
                b = f.boxes_f[i]
            if b is not None:
                return b
        return self.const_of(f, w)

    def const_of(self, f: BHFrame, w: int) -> AbstractValue:
        """The current value of operand w as a Const."""
        kind = operand_kind(w)
        if kind == INT:
            return ConstInt(self.get_i(f, w))
        if kind == REF:
            return self.cpu.const_ref(self.get_r(f, w))
        return ConstFloat(self.get_f(f, w))

    def set_box(self, f: BHFrame, w: int, b: AbstractValue | None) -> None:
        """Register w now holds b (None: its concrete value, as a Const)."""
        if w < 0:
            return
        assert isinstance(f, TraceFrame)
        if b is None:
            b = self.const_of(f, w)
        kind = operand_kind(w)
        i = operand_index(w)
        if kind == INT:
            f.boxes_i[i] = b
        elif kind == REF:
            f.boxes_r[i] = b
        else:
            f.boxes_f[i] = b

    def arg_boxes(self, f: BHFrame) -> list[AbstractValue]:
        boxes: list[AbstractValue] = []
        for k in range(self.nargs(f)):
            boxes.append(self.box(f, self.arg(f, k)))
        return boxes

    # ------------------------------------------------------------ recording

    def record(self, opnum: int, args: list[AbstractValue],
               descr: AbstractDescr | None) -> ResOperation:
        op = ResOperation(opnum, args, descr)
        self.trace_ops.append(op)
        return op

    def record_guard(self, opnum: int, args: list[AbstractValue], top: BHFrame, resume_pc: int,
                     exc_pending: bool) -> ResOperation:
        frames: list[FrameSnapshot] = []
        fail_args: list[AbstractValue] = []
        for depth in range(len(self.frames)):
            f = self.frames[depth]
            assert isinstance(f, TraceFrame)
            lv = self.mi.liveness_of(f.jitcode)
            if f is top:
                pc = resume_pc
                pc2 = resume_pc
            else:
                # at its call: what is live after it returns (or raises)
                pc = f.pc
                pc2 = f.pc + insn_length(f.jitcode.code, f.pc)
            regs = lv.live_at(pc, pc2)
            for w in regs:
                fail_args.append(self.box(f, w))
            frames.append(FrameSnapshot(f.jitcode, pc, regs))
        lengths: list[int] | None = None
        vbox = self.vable_box
        if vbox is not None and not self.vable_in_memory:
            lengths = self.vable_lengths
            fail_args.append(vbox)
            for b in self.vable_state:
                fail_args.append(b)
        n = self.snap_base + len(self.snapshots)
        self.snapshots.append(Snapshot(frames, exc_pending, lengths))
        op = self.record(opnum, args, ResumeDescr('resume%d' % n, n))
        op.fail_args = fail_args
        return op

    def guard_class_of(self, f: BHFrame, w: int) -> None:
        """Make the class of a ref operand known (or its nullness)."""
        b = self.box(f, w)
        if b.is_constant():
            return
        obj = self.get_r(f, w)
        if obj is None:
            self.record_guard(rop.GUARD_ISNULL, [b], f, f.pc, False)
        else:
            self.record_guard(rop.GUARD_NONNULL_CLASS, [b, ConstInt(self.cpu.class_of(obj))],
                              f, f.pc, False)

    def abort(self, reason: str) -> None:
        """Stop recording; the run goes on in the blackhole."""
        if self.tracing:
            self.tracing = False
            self.abort_reason = reason
            self.trace_ops = []
            self.snapshots = []

    # ------------------------------------------------------------ the virtualizable

    def vable_begin(self, vbox: AbstractValue, state: list[AbstractValue],
                    lengths: list[int]) -> None:
        self.vable_box = vbox
        self.vable_state = state
        self.vable_lengths = lengths
        self.vable_known = {}

    def vable_start(self, f: BHFrame) -> None:
        """At the start of a loop's trace: the state as inputargs after the reds."""
        vinfo = self.vinfo
        if vinfo is None:
            return
        w = self.arg(f, vinfo.pos)
        lengths = vinfo.lengths(self.cpu, self.get_r(f, w))
        state: list[AbstractValue] = []
        for kind in vinfo.kinds(lengths):
            ia = InputArg(kind)
            self.inputargs.append(ia)
            state.append(ia)
        self.vable_begin(self.box(f, w), state, lengths)

    def vable_which(self, b: AbstractValue) -> int:
        """What b is known to hold: list a's items (a), list a (-1 - a), or
        nothing (-1000)."""
        return self.vable_known.get(b, -1000)

    def vable_know(self, b: AbstractValue, what: int) -> None:
        if b not in self.vable_known:
            self.vable_known[b] = what

    def vable_offset(self, a: int, j: int) -> int:
        vinfo = self.vinfo
        assert vinfo is not None
        n = len(vinfo.fields)
        for k in range(a):
            n += self.vable_lengths[k]
        return n + j

    def vable_index(self, f: BHFrame, a: int) -> int:
        """The concrete index operand 1 of the instruction at f.pc has in
        list a (-1: out of range); its box becomes that constant, guarded
        when it was not one."""
        w = self.arg(f, 1)
        v = self.get_i(f, w)
        if v < 0 or v >= self.vable_lengths[a]:
            return -1
        b = self.box(f, w)
        if not b.is_constant():
            c = ConstInt(v)
            self.record_guard(rop.GUARD_VALUE, [b, c], f, f.pc, False)
            self.replace_box(b, c)
        return v

    def replace_box(self, old: AbstractValue, new: AbstractValue) -> None:
        """Every register and state value holding old now holds new."""
        for f in self.frames:
            assert isinstance(f, TraceFrame)
            for i in range(len(f.boxes_i)):
                if f.boxes_i[i] is old:
                    f.boxes_i[i] = new
            for i in range(len(f.boxes_r)):
                if f.boxes_r[i] is old:
                    f.boxes_r[i] = new
            for i in range(len(f.boxes_f)):
                if f.boxes_f[i] is old:
                    f.boxes_f[i] = new
        for i in range(len(self.vable_state)):
            if self.vable_state[i] is old:
                self.vable_state[i] = new

    def vable_item_arrays(self) -> list[AbstractValue]:
        """Boxes of the item arrays of the virtualizable's lists, read now."""
        vinfo = self.vinfo
        vbox = self.vable_box
        assert vinfo is not None and vbox is not None
        out: list[AbstractValue] = []
        for a in range(len(vinfo.arrays)):
            lst = self.record(rop.GETFIELD_GC_R, [vbox], self.cpu.descr_object(vinfo.arrays[a]))
            out.append(self.record(rop.GETFIELD_GC_R, [lst],
                                   self.cpu.descr_object(vinfo.list_items)))
        return out

    def vable_flush(self) -> None:
        """Record the writes of the state into the frame."""
        vinfo = self.vinfo
        vbox = self.vable_box
        if vinfo is None or vbox is None:
            return
        for k in range(len(vinfo.fields)):
            self.record(rop.SETFIELD_GC, [vbox, self.vable_state[k]],
                        self.cpu.descr_object(vinfo.fields[k]))
        arrays = self.vable_item_arrays()
        for a in range(len(arrays)):
            d = self.cpu.descr_object(vinfo.items[a])
            for j in range(self.vable_lengths[a]):
                self.record(rop.SETARRAYITEM_GC, [arrays[a], ConstInt(j),
                                                  self.vable_state[self.vable_offset(a, j)]], d)

    def vable_reload(self) -> None:
        """Record the reads of the state from the frame (after a call that
        was given it)."""
        vinfo = self.vinfo
        vbox = self.vable_box
        if vinfo is None or vbox is None:
            return
        for k in range(len(vinfo.fields)):
            self.vable_state[k] = self.record(GETFIELD_BY_KIND[vinfo.field_kinds[k]], [vbox],
                                              self.cpu.descr_object(vinfo.fields[k]))
        arrays = self.vable_item_arrays()
        for a in range(len(arrays)):
            d = self.cpu.descr_object(vinfo.items[a])
            kind = vinfo.item_kinds[a]
            for j in range(self.vable_lengths[a]):
                self.vable_state[self.vable_offset(a, j)] = self.record(
                    GETARRAYITEM_BY_KIND[kind], [arrays[a], ConstInt(j)], d)

    def vable_field_number(self, d: int) -> int:
        vinfo = self.vinfo
        assert vinfo is not None
        return index_in(vinfo.fields, d)

    def vable_array_number(self, d: int) -> int:
        vinfo = self.vinfo
        assert vinfo is not None
        return index_in(vinfo.arrays, d)

    def vable_touched(self, boxes: list[AbstractValue]) -> bool:
        """Is the virtualizable (or one of its lists) among boxes?"""
        if self.vable_box is None:
            return False
        for b in boxes:
            if b is self.vable_box or self.vable_which(b) != -1000:
                return True
        return False

    # ------------------------------------------------------------ starting

    def start(self, args_i: list[int], args_r: list[GCRef | None], args_f: list[float],
              num_greens: int) -> int:
        """Trace from the portal's merge point (greens become constants,
        reds the inputargs) to the same key, or to an abort; the run stops
        at the next merge point of the portal frame either way."""
        self.stop_at_merge_point = True
        self.tracing = True
        f = self.setup_at_merge_point(args_i, args_r, args_f)
        for k in range(self.nargs(f)):
            w = self.arg(f, k)
            if operand_is_const(w):
                continue
            kind = operand_kind(w)
            if k < num_greens:
                self.set_box(f, w, None)
                if kind == INT:
                    self.key_i.append(self.get_i(f, w))
                elif kind == REF:
                    self.key_r.append(self.get_r(f, w))
                else:
                    self.key_f.append(self.get_f(f, w))
            else:
                ia = InputArg(kind)
                self.inputargs.append(ia)
                self.set_box(f, w, ia)
        if self.entry and isinstance(f, TraceFrame):
            f.has_key = True
            f.key_i = self.key_i
            f.key_r = self.key_r
            f.key_f = self.key_f
        self.vable_start(f)
        self.record_merge_point(f)
        self.next(f)
        return self.loop(0)

    def frame_key(self, f: BHFrame, key_i: list[int], key_r: list[GCRef | None],
                  key_f: list[float]) -> None:
        """The greens of portal frame f at its merge point (concrete)."""
        for k in range(self.mi.num_greens):
            w = self.arg(f, k)
            if operand_is_const(w):
                continue
            kind = operand_kind(w)
            if kind == INT:
                key_i.append(self.get_i(f, w))
            elif kind == REF:
                key_r.append(self.get_r(f, w))
            else:
                key_f.append(self.get_f(f, w))

    def call_not_inlined(self, f: TraceFrame) -> bool:
        """At the first merge point of an inlined portal call: make it a
        residual call instead?  Yes for a recursive call (its key is the
        key of an enclosing call, or of the function this entry trace
        starts), past `max_unroll_recursion` nested portal frames, and for
        a key whose own entry trace was too long (PyPy's dont_trace_here):
        unrolling a recursion makes a trace of one call tree, specific to
        the argument."""
        mi = self.mi
        if mi.table.portal_call < 0:
            return False
        portal = mi.table.jitcodes[mi.table.portal]
        depth = 0
        for g in self.frames:
            if g.jitcode is portal:
                depth += 1
        if depth > mi.max_unroll_recursion:
            return True
        cell = mi.find_cell(f.key_i, f.key_r, f.key_f)
        if cell is not None and cell.dont_inline:
            return True
        for k in range(len(self.frames) - 1):
            g = self.frames[k]
            if isinstance(g, TraceFrame) and g.has_key and same_values(
                    g.key_i, g.key_r, g.key_f, f.key_i, f.key_r, f.key_f):
                return True
        return False

    def inlined_call_size(self, f: BHFrame) -> None:
        """f, an inlined portal call, returns (or is still running when
        the trace gets too long): the operations it recorded, the biggest
        so far?"""
        if not isinstance(f, TraceFrame) or not f.has_key or not f.entered:
            return
        size = len(self.trace_ops) - f.call_ops
        if size > self.biggest_size:
            self.biggest_size = size
            self.biggest_key_i = f.key_i
            self.biggest_key_r = f.key_r
            self.biggest_key_f = f.key_f

    def portal_call_instead(self, f: TraceFrame) -> int:
        """The inlined portal call of frame f becomes a residual call of
        the portal (its entry code runs there, through the glue: our
        call_assembler): the part of the trace recorded since the call is
        dropped, f is popped, and the caller makes the call at its
        inline_call instruction, whose operands are the portal's
        arguments.  The callee's code before its merge point runs again in
        the call (jitlang: finding and clearing dead locals), so it must
        not mind running twice."""
        del self.trace_ops[f.call_ops:]
        del self.snapshots[f.call_snaps:]
        self.frames.pop()
        caller = self.frames[len(self.frames) - 1]
        pc = caller.pc
        boxes = self.arg_boxes(caller)
        d = self.mi.table.portal_call
        cd = self.cpu.descr_object(d)
        assert isinstance(cd, CallDescr)
        r = self.result_word(caller)
        kind = self.do_call(caller, d)
        if not self.tracing:
            return kind         # it raised: aborted
        self.portal_calls += 1
        rkind = operand_kind(r) if r >= 0 else VOID
        callargs: list[AbstractValue] = [ConstInt(self.cpu.func_const(d))]
        for b in boxes:
            callargs.append(b)
        self.vlist_fields_forget()
        # the callee runs on its own frame: the caller's virtualizable is
        # written back only when it is passed (decision: the portal does
        # not reach its caller's frame otherwise -- true of jitlang; an
        # interpreter whose frames see their callers, as ouro's f_back,
        # needs PyPy's forcing of the virtualizable, not built)
        touched = self.vable_touched(boxes)
        if touched:
            self.vable_flush()
        res = self.record(CALL_BY_KIND[rkind], callargs, cd)
        self.vable_in_memory = touched
        self.record_guard(rop.GUARD_NO_EXCEPTION, [], caller, pc, True)
        self.vable_in_memory = False
        if touched:
            self.vable_reload()
        if r >= 0:
            self.set_box(caller, r, res)
        return kind

    def same_key(self, f: BHFrame) -> bool:
        ki = kr = kf = 0
        for k in range(self.mi.num_greens):
            w = self.arg(f, k)
            if operand_is_const(w):
                continue
            kind = operand_kind(w)
            if kind == INT:
                if self.get_i(f, w) != self.key_i[ki]:
                    return False
                ki += 1
            elif kind == REF:
                if self.get_r(f, w) is not self.key_r[kr]:
                    return False
                kr += 1
            else:
                if self.get_f(f, w) != self.key_f[kf]:
                    return False
                kf += 1
        return True

    def greens_constant(self, f: BHFrame) -> bool:
        for k in range(self.mi.num_greens):
            if not self.box(f, self.arg(f, k)).is_constant():
                return False
        return True

    def record_merge_point(self, f: BHFrame) -> None:
        self.record(rop.DEBUG_MERGE_POINT, [ConstInt(0), ConstInt(len(self.frames) - 1)],
                    DebugLocation(self.mi.location(self, f)))

    def close_loop(self, f: BHFrame) -> None:
        jump: list[AbstractValue] = []
        for k in range(self.mi.num_greens, self.nargs(f)):
            w = self.arg(f, k)
            if not operand_is_const(w):
                jump.append(self.box(f, w))
        vinfo = self.vinfo
        if vinfo is not None and self.vable_box is not None:
            if self.box(f, self.arg(f, vinfo.pos)) is not self.vable_box:
                self.abort('the virtualizable is another object at the end of the loop')
                return
            for b in self.vable_state:
                jump.append(b)
        label = self.bridge_label
        if self.bridge and label is not None:
            # a bridge back to a peeled loop: the optimizer jumps to its
            # label when the values fit what the label assumes, adding
            # guards that resume here, at the loop's merge point
            self.record_guard(rop.GUARD_FUTURE_CONDITION, [], f, f.pc, False)
        self.record(rop.JUMP, jump, label)
        self.closed = True
        self.tracing = False

    def jump_to_loop(self, f: BHFrame, target: JitLoop) -> bool:
        """End a bridge at the merge point of another key that has a loop
        by jumping into it (its inputargs: the reds, then the
        virtualizable's state), when the backend can, the greens are
        constants and the frame's lengths are the loop's.  False: not
        done (finish_at_merge_point instead)."""
        entry = self.mi.backend.loop_entry(target.token)
        if entry is None or not self.greens_constant(f):
            return False
        vinfo = self.vinfo
        if vinfo is not None and self.vable_box is not None:
            if target.vable_lengths != self.vable_lengths or \
                    self.box(f, self.arg(f, vinfo.pos)) is not self.vable_box:
                return False
        args: list[AbstractValue] = []
        for k in range(self.mi.num_greens, self.nargs(f)):
            w = self.arg(f, k)
            if not operand_is_const(w):
                args.append(self.box(f, w))
        if vinfo is not None and self.vable_box is not None:
            for b in self.vable_state:
                args.append(b)
        self.record(rop.JUMP, args, entry)
        self.jump_target = target
        self.closed = True
        self.tracing = False
        return True

    def finish_at_merge_point(self, f: BHFrame) -> None:
        """End a bridge at a merge point of another key that has a loop:
        a `finish` whose values are the merge point's operands (greens
        then reds), then the virtualizable's state; the metainterp goes on
        in that key's loop (MetaInterp.run_loop), the state handed over
        as it is (or written back into the frame, if it does not go on in
        a loop)."""
        args: list[AbstractValue] = []
        for k in range(self.nargs(f)):
            w = self.arg(f, k)
            if not operand_is_const(w):
                args.append(self.box(f, w))
        vinfo = self.vinfo
        if vinfo is not None and self.vable_box is not None:
            if self.box(f, self.arg(f, vinfo.pos)) is not self.vable_box:
                self.abort('the virtualizable is another object at the end of the bridge')
                return
            for b in self.vable_state:
                args.append(b)
        self.record(rop.FINISH, args, FinishDescr('merge point'))
        self.closed = True
        self.tracing = False

    # ------------------------------------------------------------ the loop

    def raise_exc(self, exc: GCRef | None) -> int:
        """While tracing: a residual call's exception is handed back to
        trace_residual_call (KIND_CALL_RAISED); a raise whose box is known
        (exc_box) unwinds with it; anything else aborts."""
        if not self.tracing:
            return BlackholeInterp.raise_exc(self, exc)
        if self.deferring:
            self.deferring = False
            self.call_exc = exc
            return KIND_CALL_RAISED
        b = self.exc_box
        self.exc_box = None
        if b is None:
            self.abort('exception raised while tracing')
            return BlackholeInterp.raise_exc(self, exc)
        return self.unwind(exc, b)

    def unwind(self, exc: GCRef | None, b: AbstractValue) -> int:
        """raise_exc while tracing, the exception's box b known: inlined
        frames are popped to the handler, which gets b as its last_exc
        box.  Nothing is recorded: where it goes depends on the class only,
        which the trace has guarded (guard_exception, or the class guard
        of a raise).  An exception leaving a portal frame aborts."""
        portal = self.table.jitcodes[self.table.portal]
        while self.frames:
            f = self.frames[len(self.frames) - 1]
            assert isinstance(f, TraceFrame)
            op = self.ops[f.jitcode.code[f.pc]]
            catch = self.tail(f, 1)
            if catch >= 0 and op != BH_RAISE and op != BH_RERAISE:
                f.last_exc = exc
                f.last_exc_box = b
                f.pc = catch
                return -3
            if f.jitcode is portal:
                self.abort('an exception left the portal')
                return BlackholeInterp.raise_exc(self, exc)
            self.frames.pop()
        return BlackholeInterp.raise_exc(self, exc)

    def trace_exc_insn(self, f: BHFrame, op: int) -> int:
        """raise, reraise, last_exc, exc_match, exc_isinstance."""
        assert isinstance(f, TraceFrame)
        pc = f.pc
        if op == BH_RAISE:
            w = self.arg(f, 0)
            b = self.box(f, w)
            obj = self.get_r(f, w)
            if obj is None:
                self.abort('raise of None')
                return BlackholeInterp.step(self, f)
            if not b.is_constant():
                # the handler is chosen by the class: guard it here (on
                # failure the blackhole raises again)
                self.record_guard(rop.GUARD_NONNULL_CLASS, [b, ConstInt(self.cpu.class_of(obj))],
                                  f, pc, False)
            self.exc_box = b
            return BlackholeInterp.step(self, f)
        if op == BH_RERAISE:
            self.exc_box = f.last_exc_box
            return BlackholeInterp.step(self, f)
        if f.last_exc_box is None and op != BH_EXC_ISINSTANCE:
            self.abort('exception handler entered untraced')
            return BlackholeInterp.step(self, f)
        if op == BH_LAST_EXC:
            r = self.result_word(f)
            kind = BlackholeInterp.step(self, f)
            self.set_box(f, r, f.last_exc_box)
            return kind
        if op == BH_EXC_MATCH:
            # the class of last_exc is guarded: the test folds
            return BlackholeInterp.step(self, f)
        self.guard_class_of(f, self.arg(f, 0))
        r = self.result_word(f)
        kind = BlackholeInterp.step(self, f)
        self.set_box(f, r, None)
        return kind

    def step(self, f: BHFrame) -> int:
        if not self.tracing:
            return BlackholeInterp.step(self, f)
        if len(self.trace_ops) > self.mi.trace_limit:
            for k in range(1, len(self.frames)):
                self.inlined_call_size(self.frames[k])     # the calls still running
            self.abort('trace too long')
            return BlackholeInterp.step(self, f)
        op = self.ops[f.jitcode.code[f.pc]]
        pc = f.pc
        if op == BH_GOTO:
            return BlackholeInterp.step(self, f)
        if op == BH_CAN_ENTER_JIT:
            if len(self.frames) == 1:
                self.loop_header_seen = True
            return BlackholeInterp.step(self, f)
        if op == BH_GOTO_IF_NOT:
            w = self.arg(f, 0)
            b = self.box(f, w)
            if not b.is_constant():
                if self.get_i(f, w):
                    self.record_guard(rop.GUARD_TRUE, [b], f, self.tail(f, 2), False)
                else:
                    self.record_guard(rop.GUARD_FALSE, [b], f, pc + insn_length(
                        f.jitcode.code, pc), False)
            return BlackholeInterp.step(self, f)
        if op == BH_MOVES:
            boxes = self.arg_boxes(f)
            n = len(boxes)
            dsts: list[int] = []
            for k in range(n):
                dsts.append(f.jitcode.code[pc + 4 + n + k])
            kind = BlackholeInterp.step(self, f)
            for k in range(n):
                self.set_box(f, dsts[k], boxes[k])
            return kind
        if op == BH_RETURN:
            if len(self.frames) == 1:
                if not self.entry and not self.bridge:
                    self.abort('the portal returned')
                    return BlackholeInterp.step(self, f)
                # code from a function's start, or a bridge: the portal's
                # return is a finish with its result (the frame is dead:
                # the virtualizable is not written back)
                fargs: list[AbstractValue] = []
                rkind = VOID
                if self.nargs(f) > 0:
                    w = self.arg(f, 0)
                    rkind = operand_kind(w)
                    fargs.append(self.box(f, w))
                self.record(rop.FINISH, fargs, ReturnDescr(rkind))
                self.closed = True
                self.tracing = False
                return BlackholeInterp.step(self, f)
            rbox: AbstractValue | None = None
            if self.nargs(f) > 0:
                rbox = self.box(f, self.arg(f, 0))
            self.inlined_call_size(f)
            caller = self.frames[len(self.frames) - 2]
            r = self.result_word(caller)
            kind = BlackholeInterp.step(self, f)
            if r >= 0 and rbox is not None:
                self.set_box(caller, r, rbox)
            return kind
        if op == BH_CLASS_TEST:
            self.guard_class_of(f, self.arg(f, 0))
            r = self.result_word(f)
            kind = BlackholeInterp.step(self, f)
            self.set_box(f, r, None)        # the class is known: a constant
            return kind
        if op == BH_INLINE_CALL or op == BH_METHOD_CALL:
            if op == BH_METHOD_CALL:
                self.guard_class_of(f, self.arg(f, 0))
            boxes = self.arg_boxes(f)
            kind = BlackholeInterp.step(self, f)
            callee = self.frames[len(self.frames) - 1]
            params = callee.jitcode.arg_regs
            for k in range(len(params)):
                self.set_box(callee, params[k], boxes[k])
            if op == BH_INLINE_CALL and isinstance(callee, TraceFrame) and \
                    callee.jitcode is self.table.jitcodes[self.table.portal]:
                callee.entered = False
                callee.call_ops = len(self.trace_ops)
                callee.call_snaps = len(self.snapshots)
            return kind
        if op == BH_RESIDUAL_CALL:
            return self.trace_residual_call(f)
        if op == BH_GETFIELD:
            return self.trace_getfield(f)
        if op == BH_SETFIELD:
            boxes = self.arg_boxes(f)
            if boxes[0] is self.vable_box:
                n = self.vable_field_number(self.tail(f, 3))
                if n >= 0:
                    self.vable_state[n] = boxes[1]
                    return BlackholeInterp.step(self, f)
                if self.vable_array_number(self.tail(f, 3)) >= 0:
                    self.abort('a list of the virtualizable replaced')
                    return BlackholeInterp.step(self, f)
            self.record(rop.SETFIELD_GC, boxes, self.cpu.descr_object(self.tail(f, 3)))
            self.vlist_field_written(boxes[0], self.tail(f, 3), boxes[1])
            return BlackholeInterp.step(self, f)
        if op == BH_GETARRAYITEM:
            boxes = self.arg_boxes(f)
            r = self.result_word(f)
            ad = self.cpu.descr_object(self.tail(f, 3))
            assert isinstance(ad, ArrayDescr)
            a = self.vable_which(boxes[0]) if self.vable_box is not None else -1000
            if a >= 0:
                j = self.vable_index(f, a)
                if j >= 0:
                    kind = BlackholeInterp.step(self, f)
                    self.set_box(f, r, self.vable_state[self.vable_offset(a, j)])
                    return kind
            kind = BlackholeInterp.step(self, f)
            if boxes[0].is_constant() and boxes[1].is_constant() and ad.is_immutable:
                self.set_box(f, r, None)
            elif ad.is_immutable:
                self.set_box(f, r, self.record(GETARRAYITEM_PURE_BY_KIND[operand_kind(r)],
                                               boxes, ad))
            else:
                self.set_box(f, r, self.record(GETARRAYITEM_BY_KIND[operand_kind(r)], boxes, ad))
            return kind
        if op == BH_SETARRAYITEM:
            boxes = self.arg_boxes(f)
            a = self.vable_which(boxes[0]) if self.vable_box is not None else -1000
            if a >= 0:
                j = self.vable_index(f, a)
                if j >= 0:
                    self.vable_state[self.vable_offset(a, j)] = boxes[2]
                    return BlackholeInterp.step(self, f)
            self.record(rop.SETARRAYITEM_GC, boxes, self.cpu.descr_object(self.tail(f, 3)))
            return BlackholeInterp.step(self, f)
        if op == BH_NEW:
            r = self.result_word(f)
            sd = self.cpu.descr_object(self.tail(f, 3))
            kind = BlackholeInterp.step(self, f)
            self.set_box(f, r, self.record(rop.NEW_WITH_VTABLE, [], sd))
            return kind
        if op == BH_PROMOTE:
            w = self.arg(f, 0)
            b = self.box(f, w)
            d = self.tail(f, 3)
            if not b.is_constant() and d >= 0:
                # promote_string: a string equal to the one seen (str_eq,
                # elidable) is the constant from here on
                c = self.const_of(f, w)
                eq = self.record(CALL_PURE_BY_KIND[INT], [ConstInt(self.cpu.func_const(d)), b, c],
                                 self.cpu.descr_object(d))
                eq.traced_result = ConstInt(1)
                self.record_guard(rop.GUARD_TRUE, [eq], f, pc, False)
            elif not b.is_constant():
                self.record_guard(rop.GUARD_VALUE, [b, self.const_of(f, w)], f, pc, False)
            r = self.result_word(f)
            kind = BlackholeInterp.step(self, f)
            self.set_box(f, r, None)
            return kind
        if op == BH_JIT_MERGE_POINT:
            if len(self.frames) > 1 and isinstance(f, TraceFrame) and not f.entered:
                f.entered = True
                f.has_key = True
                self.frame_key(f, f.key_i, f.key_r, f.key_f)
                if self.call_not_inlined(f):
                    return self.portal_call_instead(f)
            if len(self.frames) == 1 and self.entry:
                # code from a function's start ends at a loop (jumping
                # into it), or before running a loop that has none yet
                # (the interpreter counts and traces it), or back at its
                # own key
                target = self.mi.loop_at(self, f)
                if target is not None:
                    if not self.jump_to_loop(f, target):
                        self.finish_at_merge_point(f)
                    return self.stop_at(f)
                if self.loop_header_seen or self.same_key(f):
                    self.finish_at_merge_point(f)
                    return self.stop_at(f)
                self.record_merge_point(f)
                self.next(f)
                return -3
            if len(self.frames) == 1 and self.same_key(f):
                if self.bridge and not self.greens_constant(f):
                    self.finish_at_merge_point(f)
                else:
                    self.close_loop(f)
                return self.stop_at(f)
            if len(self.frames) == 1 and self.bridge:
                target = self.mi.loop_at(self, f)
                if target is not None:
                    if not self.jump_to_loop(f, target):
                        self.finish_at_merge_point(f)
                    return self.stop_at(f)
            self.record_merge_point(f)
            self.next(f)
            return -3
        if op >= BH_RAISE and op <= BH_EXC_ISINSTANCE:
            return self.trace_exc_insn(f, op)
        if op >= BH_INT_ADD_OVF and op <= BH_INT_NEG_OVF:
            return self.trace_ovf(f, op)
        if op >= BH_INT_ADD and op <= BH_LAST_PURE:
            boxes = self.arg_boxes(f)
            r = self.result_word(f)
            kind = BlackholeInterp.step(self, f)
            allconst = True
            for b in boxes:
                if not b.is_constant():
                    allconst = False
            if allconst:
                self.set_box(f, r, None)
            else:
                self.set_box(f, r, self.record(PURE_OPNUM[op], boxes, None))
            return kind
        # unreachable, ...
        self.abort('instruction %s' % self.table.opnames[f.jitcode.code[pc]])
        return BlackholeInterp.step(self, f)

    def trace_getfield(self, f: BHFrame) -> int:
        b = self.box(f, self.arg(f, 0))
        d = self.tail(f, 3)
        r = self.result_word(f)
        fd = self.cpu.descr_object(d)
        assert isinstance(fd, FieldDescr)
        vinfo = self.vinfo
        what = -1000        # what the result holds, as vable_which says
        if vinfo is not None and self.vable_box is not None:
            if b is self.vable_box:
                n = self.vable_field_number(d)
                if n >= 0:
                    kind = BlackholeInterp.step(self, f)
                    self.set_box(f, r, self.vable_state[n])
                    return kind
                a = self.vable_array_number(d)
                if a >= 0:
                    what = -1 - a
            else:
                a = self.vable_which(b)
                if a < 0 and a != -1000:
                    if d == vinfo.list_length:
                        kind = BlackholeInterp.step(self, f)
                        self.set_box(f, r, None)        # fixed for the trace
                        return kind
                    if d == vinfo.list_items:
                        what = -1 - a
        kind = BlackholeInterp.step(self, f)
        if b.is_constant() and fd.is_immutable:
            self.set_box(f, r, None)
        elif fd.is_immutable:
            self.set_box(f, r, self.record(GETFIELD_PURE_BY_KIND[operand_kind(r)], [b], fd))
        else:
            self.set_box(f, r, self.record(GETFIELD_BY_KIND[operand_kind(r)], [b], fd))
        if what != -1000:
            self.vable_know(self.box(f, r), what)
        self.vlist_field_read(b, d, self.box(f, r))
        return kind

    # ------------------------------------------------------------ virtual lists

    def new_vlist(self, kind: int, n: int, items: list[AbstractValue]) -> AbstractValue:
        """Record a list of n items of `kind` as new_array + new(rpy_list),
        which the optimizer keeps virtual while it does not escape (the
        concrete run made the real list); items: the first ones' boxes."""
        t = self.mi.table
        ad = self.cpu.descr_object(t.arrays[kind])
        arr = self.record(rop.NEW_ARRAY, [ConstInt(n)], ad)
        for j in range(len(items)):
            self.record(rop.SETARRAYITEM_GC, [arr, ConstInt(j), items[j]], ad)
        lst = self.record(rop.NEW, [], self.cpu.descr_object(t.list_size))
        self.record(rop.SETFIELD_GC, [lst, ConstInt(n)], self.cpu.descr_object(t.list_length))
        self.record(rop.SETFIELD_GC, [lst, arr], self.cpu.descr_object(t.list_items))
        self.vlists.append(lst)
        self.vlist_kinds.append(kind)
        return lst

    def vlist_field_written(self, obj: AbstractValue, d: int, value: AbstractValue) -> None:
        """A setfield: the field d of any object may no longer hold what
        was known; obj's holds value if it is one of new_vlist's lists."""
        k = 0
        while k < len(self.vf_descrs):
            if self.vf_descrs[k] == d:
                del self.vf_objs[k]
                del self.vf_descrs[k]
                del self.vf_lists[k]
            else:
                k += 1
        if self.vlist_kind(value) >= 0:
            self.vf_objs.append(obj)
            self.vf_descrs.append(d)
            self.vf_lists.append(value)

    def vlist_field_read(self, obj: AbstractValue, d: int, result: AbstractValue) -> None:
        """A getfield of a field known to hold one of new_vlist's lists:
        the result is that list."""
        for k in range(len(self.vf_descrs)):
            if self.vf_descrs[k] == d and self.vf_objs[k] is obj:
                kind = self.vlist_kind(self.vf_lists[k])
                self.vlists.append(result)
                self.vlist_kinds.append(kind)
                return

    def vlist_fields_forget(self) -> None:
        """A residual call may write any field."""
        self.vf_objs = []
        self.vf_descrs = []
        self.vf_lists = []

    def vlist_kind(self, b: AbstractValue) -> int:
        """The item kind of a list made by new_vlist (-1: another list)."""
        for k in range(len(self.vlists)):
            if self.vlists[k] is b:
                return self.vlist_kinds[k]
        return -1

    def vlist_items(self, f: BHFrame, pc: int, src: AbstractValue, kind: int,
                    length: int) -> list[AbstractValue]:
        """The boxes of the items of src, whose length is guarded (on a
        virtual list the reads and the guard fold)."""
        t = self.mi.table
        lenbox = self.record(rop.GETFIELD_GC_I, [src], self.cpu.descr_object(t.list_length))
        self.record_guard(rop.GUARD_VALUE, [lenbox, ConstInt(length)], f, pc, False)
        ad = self.cpu.descr_object(t.arrays[kind])
        arr = self.record(rop.GETFIELD_GC_R, [src], self.cpu.descr_object(t.list_items))
        items: list[AbstractValue] = []
        for j in range(length):
            items.append(self.record(GETARRAYITEM_BY_KIND[kind], [arr, ConstInt(j)], ad))
        return items

    def vlist_append(self, f: BHFrame, pc: int, src: AbstractValue, kind: int, length: int,
                     item: AbstractValue) -> None:
        """src.append(item) on a list new_vlist made: a new items array one
        longer (virtual while the list is)."""
        t = self.mi.table
        items = self.vlist_items(f, pc, src, kind, length)
        items.append(item)
        ad = self.cpu.descr_object(t.arrays[kind])
        arr = self.record(rop.NEW_ARRAY, [ConstInt(length + 1)], ad)
        for j in range(len(items)):
            self.record(rop.SETARRAYITEM_GC, [arr, ConstInt(j), items[j]], ad)
        self.record(rop.SETFIELD_GC, [src, arr], self.cpu.descr_object(t.list_items))
        self.record(rop.SETFIELD_GC, [src, ConstInt(length + 1)],
                    self.cpu.descr_object(t.list_length))

    def trace_ovf(self, f: BHFrame, op: int) -> int:
        pc = f.pc
        boxes = self.arg_boxes(f)
        opnum = rop.INT_ADD_OVF
        if op == BH_INT_SUB_OVF:
            opnum = rop.INT_SUB_OVF
        elif op == BH_INT_MUL_OVF:
            opnum = rop.INT_MUL_OVF
        elif op == BH_INT_NEG_OVF:
            opnum = rop.INT_SUB_OVF
            boxes = [ConstInt(0), boxes[0]]
        r = self.result_word(f)
        kind = BlackholeInterp.step(self, f)
        if not self.tracing:
            return kind         # it overflowed: aborted
        if boxes[0].is_constant() and boxes[1].is_constant():
            self.set_box(f, r, None)
            return kind
        res = self.record(opnum, boxes, None)
        # on failure the blackhole runs the instruction again, and raises
        self.record_guard(rop.GUARD_NO_OVERFLOW, [], f, pc, False)
        self.set_box(f, r, res)
        return kind

    def trace_residual_call(self, f: BHFrame) -> int:
        pc = f.pc
        boxes = self.arg_boxes(f)
        d = self.tail(f, 3)
        r = self.result_word(f)
        cd = self.cpu.descr_object(d)
        assert isinstance(cd, CallDescr)
        vlist = -1          # the length of the virtual list this call makes
        vkind = -1
        src_length = 0
        appending = False   # list_append on a list new_vlist made
        mi = self.mi
        if mi.vlists_ok:
            if r >= 0:
                vkind = mi.list_new_kind(d)
            if vkind >= 0 and boxes[0].is_constant():
                vlist = boxes[0].getint()
            elif r >= 0 and d == mi.table.list_mul and boxes[1].is_constant():
                vkind = self.vlist_kind(boxes[0])
                if vkind >= 0:
                    src_length = self.cpu.bh_getfield_i(self.get_r(f, self.arg(f, 0)),
                                                        mi.table.list_length)
                    times = boxes[1].getint()
                    vlist = src_length * times if times > 0 else 0
            elif r < 0 and mi.list_append_kind(d) >= 0:
                vkind = self.vlist_kind(boxes[0])
                if vkind >= 0:
                    src_length = self.cpu.bh_getfield_i(self.get_r(f, self.arg(f, 0)),
                                                        mi.table.list_length)
                    appending = src_length < VLIST_MAX
        self.deferring = True
        kind = BlackholeInterp.step(self, f)
        self.deferring = False
        exc = self.call_exc
        self.call_exc = None
        if kind == KIND_CALL_RAISED and (exc is None or appending or vlist >= 0 or
                                         self.mi.call_is_elidable(d)):
            self.abort('exception raised while tracing')
            return BlackholeInterp.raise_exc(self, exc)
        if not self.tracing:
            return kind
        if appending:
            self.vlist_append(f, pc, boxes[0], vkind, src_length, boxes[1])
            return kind
        if vlist >= 0 and vlist <= VLIST_MAX:
            items: list[AbstractValue] = []
            if src_length > 0:
                first = self.vlist_items(f, pc, boxes[0], vkind, src_length)
                for j in range(vlist):
                    items.append(first[j % src_length])
            self.set_box(f, r, self.new_vlist(vkind, vlist, items))
            return kind
        rkind = operand_kind(r) if r >= 0 else VOID
        elidable = self.mi.call_is_elidable(d)
        allconst = True
        for b in boxes:
            if not b.is_constant():
                allconst = False
        if elidable and allconst:
            self.set_box(f, r, None)
            return kind
        callargs: list[AbstractValue] = [ConstInt(self.cpu.func_const(d))]
        for b in boxes:
            callargs.append(b)
        if not elidable:
            self.vlist_fields_forget()
        # a call given the virtualizable, or reading its fields, sees it in
        # memory, and may change it
        touched = not elidable and self.vable_touched(boxes)
        vinfo = self.vinfo
        if not elidable and vinfo is not None and self.vable_box is not None and d in vinfo.calls:
            touched = True
        if touched:
            self.vable_flush()
        if elidable:
            res = self.record(CALL_PURE_BY_KIND[rkind], callargs, cd)
            if r >= 0:
                res.traced_result = self.const_of(f, r)
        else:
            res = self.record(CALL_BY_KIND[rkind], callargs, cd)
        if kind == KIND_CALL_RAISED and exc is not None:
            # PyPy's guard_exception: the exception of this class, its
            # box the guard's result, goes to the handler.  On failure the
            # call's instruction raises what was found -- or, if the call
            # returned, its result (the last fail_arg) goes on after it
            self.vable_in_memory = touched
            g = self.record_guard(rop.GUARD_EXCEPTION, [ConstInt(self.cpu.class_of(exc))],
                                  f, pc, True)
            self.vable_in_memory = False
            if r >= 0:
                fail_args = g.fail_args
                assert fail_args is not None
                fail_args.append(res)
                self.snapshots[len(self.snapshots) - 1].result_word = r
            if touched:
                self.vable_reload()
            return self.unwind(exc, g)
        if self.mi.call_can_raise(d):
            # the result register is not written yet in the boxes: on
            # failure the call's instruction raises the exception
            self.vable_in_memory = touched
            self.record_guard(rop.GUARD_NO_EXCEPTION, [], f, pc, True)
            self.vable_in_memory = False
        if touched:
            self.vable_reload()
        if r >= 0:
            self.set_box(f, r, res)
        return kind


# ---------------------------------------------------------------- backends

class JitBackend:
    """Compiles optimized traces and runs them (X86Backend; the llinterp
    one untranslated, llbackend.py)."""

    def compile_loop(self, trace: Trace) -> int:
        raise NotImplementedError

    def compile_bridge(self, loop: int, exit_index: int, trace: Trace) -> None:
        """Attach a bridge to an exit of loop (or of one of its bridges);
        its exits take the next indexes, its jump re-enters the loop."""
        raise NotImplementedError

    def last_exit(self) -> int:
        """The index of the exit the last execute left by."""
        raise NotImplementedError

    def exit_kinds(self) -> list[int]:
        """The kinds of the last exit's values (a bridge's inputargs)."""
        raise NotImplementedError

    def execute(self, loop: int, args_i: list[int], args_r: list[GCRef | None],
                args_f: list[float]) -> AbstractDescr | None:
        """Run loop; the descr of the guard it left by (None: an
        exception to propagate, in grab_exc)."""
        raise NotImplementedError

    def get_int(self, k: int) -> int:
        raise NotImplementedError

    def get_ref(self, k: int) -> GCRef | None:
        raise NotImplementedError

    def get_float(self, k: int) -> float:
        raise NotImplementedError

    def grab_exc(self) -> GCRef | None:
        raise NotImplementedError

    def release(self) -> None:
        pass

    def free_loop(self, loop: int) -> None:
        """The loop's machine code is no longer needed (loop_longevity)."""
        pass

    def code_blocks(self) -> int:
        """Blocks of machine code alive (loops and bridges)."""
        return 0

    def memory(self) -> list[int]:
        """What the backend holds: [machine code bytes alive, their peak,
        jitframe bytes alive, loop tokens alive] (no code nor frames
        untranslated)."""
        return [0, 0, 0, 0]

    def code_stats(self) -> list[int]:
        """[code blocks compiled, their bytes, their exits, the bytes of
        the exits' out-of-line code, of their data] (none untranslated)."""
        return [0, 0, 0, 0, 0]

    def exited_loop(self, entered: int) -> int:
        """The loop whose exit the last execute left by (a bridge of the
        entered loop may have jumped into another)."""
        return entered

    def loop_entry(self, loop: int) -> AbstractDescr | None:
        """The descr of a bridge's jump into `loop` (None: the backend
        cannot jump between loops; the bridge finishes instead)."""
        return None


class X86Backend(JitBackend):
    """X86CPU in GC mode, as the translated program uses it.  A loop's
    number is its token's (X86CPU numbers them); `tokens` holds the live
    ones only."""
    cpu: X86CPU
    tokens: dict[int, LoopToken]    # LoopToken.number -> the token
    last: LoopToken | None      # entered: its jitframe holds the exit's values
    exited: LoopToken | None    # whose exit it was
    last_index: int

    def __init__(self, cpu: X86CPU) -> None:
        self.cpu = cpu
        self.tokens = {}
        self.last = None
        self.exited = None
        self.last_index = -1

    def compile_loop(self, trace: Trace) -> int:
        token = self.cpu.compile_loop(trace)
        self.tokens[token.number] = token
        return token.number

    def exited_loop(self, entered: int) -> int:
        t = self.exited
        assert t is not None
        return t.number

    def loop_entry(self, loop: int) -> AbstractDescr | None:
        return self.cpu.loop_entry(self.tokens[loop], 'loop %d' % loop)

    def compile_bridge(self, loop: int, exit_index: int, trace: Trace) -> None:
        self.cpu.compile_bridge(self.tokens[loop], exit_index, trace)

    def last_exit(self) -> int:
        return self.last_index

    def exit_kinds(self) -> list[int]:
        t = self.exited
        assert t is not None
        return self.cpu.get_value_kinds(t, self.last_index)

    def execute(self, loop: int, args_i: list[int], args_r: list[GCRef | None],
                args_f: list[float]) -> AbstractDescr | None:
        token = self.tokens[loop]
        index = self.cpu.execute_token(token, args_i, args_r, args_f)
        self.last = token       # (after: the run may have run others, recursively)
        exited = self.cpu.exited
        assert exited is not None
        self.exited = exited
        self.last_index = index
        if self.cpu.is_propagate_exit(exited, index):
            return None
        return self.cpu.get_latest_descr(exited, index)

    def token(self) -> LoopToken:
        t = self.last
        assert t is not None
        return t

    def get_int(self, k: int) -> int:
        return self.cpu.get_int_value(self.token(), k)

    def get_ref(self, k: int) -> GCRef | None:
        return self.cpu.get_ref_value(self.token(), k)

    def get_float(self, k: int) -> float:
        return self.cpu.get_float_value(self.token(), k)

    def grab_exc(self) -> GCRef | None:
        return self.cpu.grab_exc_value(self.token())

    def release(self) -> None:
        self.cpu.release(self.token())

    def free_loop(self, loop: int) -> None:
        token = self.tokens[loop]
        self.cpu.free_loop(token)
        del self.tokens[loop]
        if self.last is token:
            self.last = None
        if self.exited is token:
            self.exited = None

    def code_blocks(self) -> int:
        return self.cpu.loops_alive()

    def memory(self) -> list[int]:
        mem = self.cpu.mem
        return [mem.bytes_alive, mem.bytes_peak, 8 * self.cpu.frame_words_alive(),
                self.cpu.tokens_alive()]

    def code_stats(self) -> list[int]:
        return self.cpu.code_stats()


# ---------------------------------------------------------------- the metainterp

class JitLoop:
    """A compiled loop (or entry code) and what running it needs: its
    snapshots (resume), the label of its peeled loop (bridges jump there),
    per-exit counts.  Its traces are not kept: the log (jit-log-opt) has
    their text, written when they are compiled."""
    number: int
    cell: JitCell | None         # the green key whose loop it is (None once freed)
    token: int                  # the backend's
    snapshots: list[Snapshot]
    label: TargetToken | None   # of the peeled loop (None: not peeled)
    nops: int                   # operations of the optimized trace
    entries: int
    guard_failures: int
    exit_failures: dict[int, int]   # per exit index: failures since the last bridge attempt
    exit_aborts: dict[int, int]     # per exit index: bridges not made
    nbridges: int
    log_index: int                  # its text in MetaInterp.log_parts (-1: not logged)
    vable_lengths: list[int]        # of the virtualizable's lists (the loop is for these)
    is_entry: bool                  # code from the function's start (the key's entry), not a loop

    def __init__(self, number: int, token: int, snapshots: list[Snapshot],
                 optimized: Trace) -> None:
        self.number = number
        self.is_entry = False
        self.cell = None
        self.token = token
        self.snapshots = snapshots
        self.label = label_of(optimized)
        self.nops = len(optimized.operations)
        self.entries = 0
        self.guard_failures = 0
        self.exit_failures = {}
        self.exit_aborts = {}
        self.nbridges = 0
        self.log_index = -1
        self.vable_lengths = []


class JitCell:
    """A green key: its values, warm-up counter, loop."""
    key_i: list[int]
    key_r: list[GCRef | None]
    key_f: list[float]
    counter: int
    aborts: int
    retraces: int               # traces dropped as no loop (NotALoop)
    loop: JitLoop | None
    counter_index: int          # the glue's warm-up counter of the key (-1: none)
    entry: JitLoop | None       # code from the function's start (function_threshold)
    entry_aborts: int
    fcounter_index: int         # the glue's function-entry counter of the key (-1: none)
    dont_inline: bool           # its entry trace was too long: calls of it stay residual
    tracing_entry: bool         # its entry trace is being recorded
    last_used: int              # the generation (memmgr) of its last entry: cold cells go

    def __init__(self, key_i: list[int], key_r: list[GCRef | None], key_f: list[float]) -> None:
        self.key_i = key_i
        self.key_r = key_r
        self.key_f = key_f
        self.counter = 0
        self.aborts = 0
        self.retraces = 0
        self.loop = None
        self.counter_index = -1
        self.entry = None
        self.entry_aborts = 0
        self.fcounter_index = -1
        self.dont_inline = False
        self.tracing_entry = False
        self.last_used = 0

    def blacklisted(self) -> bool:
        """Given up as a loop: never traced again from its loop header."""
        return self.aborts >= MAX_ABORTS

    def entry_blacklisted(self) -> bool:
        """Given up as a function entry."""
        return self.entry_aborts >= MAX_ABORTS

    def removable(self) -> bool:
        """Nothing compiled nor remembered for it: a cold one may go."""
        return (self.loop is None and self.entry is None and not self.dont_inline and
                not self.tracing_entry and not self.blacklisted() and
                not self.entry_blacklisted())


class JitStats:
    loops: int
    aborts: int
    guard_failures: int
    loop_entries: int
    traces: int
    ns_tracing: int
    ns_optimizing: int
    ns_backend: int             # compiling loops and bridges to machine code
    first_loop_us: list[int]    # the first loop's warm-up: us tracing, optimizing, compiling
    virtuals_materialized: int
    exceptions_resumed: int     # guard_no_exception failures: raised in the blackhole
    abort_reasons: list[str]
    loops_freed: int
    bridges: int
    bridge_traces: int
    bridge_aborts: int
    bridges_skipped: int        # exits whose layout has virtuals (or an exception): never bridged
    bridge_finishes: int        # bridges left at another loop's merge point
    bridge_jumps: int           # bridges jumping into another loop
    retraces: int               # loop traces dropped as no loop, traced again
    entries: int                # function entries compiled (function_threshold)
    entry_traces: int
    entry_aborts: int
    entry_runs: int             # runs of entry code
    entries_freed: int
    portal_calls: int           # residual portal calls in compiled traces (call_assembler)
    inlining_stopped: int       # loop traces too long: their biggest inlined call made residual

    def __init__(self) -> None:
        self.inlining_stopped = 0
        self.retraces = 0
        self.entries = 0
        self.entry_traces = 0
        self.entry_aborts = 0
        self.entry_runs = 0
        self.entries_freed = 0
        self.portal_calls = 0
        self.bridges = 0
        self.bridge_traces = 0
        self.bridge_aborts = 0
        self.bridges_skipped = 0
        self.bridge_finishes = 0
        self.bridge_jumps = 0
        self.loops_freed = 0
        self.loops = 0
        self.aborts = 0
        self.guard_failures = 0
        self.loop_entries = 0
        self.traces = 0
        self.ns_tracing = 0
        self.ns_optimizing = 0
        self.ns_backend = 0
        self.first_loop_us = []
        self.virtuals_materialized = 0
        self.exceptions_resumed = 0
        self.abort_reasons = []


def same_values(a_i: list[int], a_r: list[GCRef | None], a_f: list[float],
                b_i: list[int], b_r: list[GCRef | None], b_f: list[float]) -> bool:
    """Two green keys are equal (refs by identity)."""
    if len(a_i) != len(b_i) or len(a_r) != len(b_r) or len(a_f) != len(b_f):
        return False
    for k in range(len(a_i)):
        if a_i[k] != b_i[k]:
            return False
    for k in range(len(a_r)):
        if a_r[k] is not b_r[k]:
            return False
    for k in range(len(a_f)):
        if a_f[k] != b_f[k]:
            return False
    return True


def label_of(trace: Trace) -> TargetToken | None:
    """The token of the label of a peeled loop (None: not peeled)."""
    for op in trace.operations:
        if op.opnum == rop.LABEL:
            d = op.descr
            if isinstance(d, TargetToken) and d.state is not None:
                return d
    return None


def jump_to_start(bridge: Trace) -> None:
    """A bridge's optimized jump to the start of its loop's trace (the
    values did not fit the label) is the plain jump back to the loop."""
    ops = bridge.operations
    last = ops[len(ops) - 1]
    d = last.descr
    if last.opnum == rop.JUMP and isinstance(d, TargetToken) and d.state is None:
        last.descr = None


MAX_ABORTS = 3          # per key; then it is never traced again
ABORT_PENALTY = 50      # entries of the key interpreted before tracing it again
MAX_RETRACES = 3        # per key: traces dropped as no loop; then compiled unpeeled


class MetaInterp:
    table: JitCodeTable
    cpu: BHCpu
    backend: JitBackend
    num_greens: int
    greens_i: int               # how many greens of each kind
    greens_r: int
    greens_f: int
    threshold: int              # entries of a key before tracing it (0: at once)
    at_loop_header: bool        # the run that stopped here passed can_enter_jit
    trace_limit: int
    trace_eagerness: int        # failures of an exit before a bridge is traced from it (0: never)
    enable_opts: str
    cells: dict[int, list[JitCell]]
    ncells: int
    peak_cells: int
    next_sweep: int             # the generation of the next sweep of cold cells
    loops: dict[int, JitLoop]   # the live loops and entries by number
    next_loop: int              # the number of the next one (numbers are not reused)
    peak_loops: int
    log_opt: bool               # jit-log-opt: write each trace's text when compiled
    log_parts: list[str]        # the log's texts, in the order compiled
    log_owner: list[int]        # per text: its loop's number
    ages: LoopAges              # which loops are old (loop_longevity)
    freed_cells: list[JitCell]  # keys whose loop was freed, for the glue's counters
    freed_entries: list[JitCell]    # keys whose entry code was freed
    max_unroll_recursion: int   # nested portal frames a trace inlines
    last_cell: JitCell | None   # the key of the last enter
    bh: BlackholeInterp
    vinfo: VableInfo | None
    loop_of_token: dict[int, JitLoop]   # the backend's loop number -> its JitLoop
    vlists_ok: bool             # the table has what virtual lists need
    merge_nargs: int            # the merge point's operands that are not constants
    descr_index: dict[AbstractDescr, int]
    liveness: dict[JitCodeData, Liveness]
    stats: JitStats
    # the outcome of the last enter (the blackhole's protocol)
    merge_i: list[int]
    merge_r: list[GCRef | None]
    merge_f: list[float]
    result_i: int
    result_r: GCRef | None
    result_f: float
    exc: GCRef | None

    def __init__(self, table: JitCodeTable, cpu: BHCpu, backend: JitBackend,
                 num_greens: int) -> None:
        self.table = table
        self.cpu = cpu
        self.backend = backend
        self.num_greens = num_greens
        self.threshold = 0
        # the caller enters at a hot loop header (the glue counts at
        # can_enter_jit); a driver entering at every merge point sets
        # threshold > 0, and only keys reached through can_enter_jit count
        self.at_loop_header = True
        self.trace_limit = 6000
        self.trace_eagerness = 200
        self.enable_opts = ALL_OPTS
        self.cells = {}
        self.ncells = 0
        self.peak_cells = 0
        self.next_sweep = 0
        self.loops = {}
        self.next_loop = 0
        self.peak_loops = 0
        self.log_opt = True
        self.log_parts = []
        self.log_owner = []
        self.ages = LoopAges(1000)
        self.freed_cells = []
        self.freed_entries = []
        self.max_unroll_recursion = 7
        self.last_cell = None
        self.bh = BlackholeInterp(table, cpu)
        self.bh.stop_at_merge_point = True
        self.vinfo = vable_info(table)
        self.loop_of_token = {}
        self.vlists_ok = (table.list_size >= 0 and table.list_length >= 0 and
                          table.list_items >= 0)
        self.stats = JitStats()
        self.merge_i = []
        self.merge_r = []
        self.merge_f = []
        self.result_i = 0
        self.result_r = None
        self.result_f = 0.0
        self.exc = None
        # the kinds of the greens (the first operands of the merge point)
        self.greens_i = self.greens_r = self.greens_f = 0
        code = table.jitcodes[table.portal].code
        pc = merge_point_pc(table)
        self.merge_nargs = 0
        for k in range(code[pc + 1]):
            if not operand_is_const(code[pc + 2 + k]):
                self.merge_nargs += 1
        for k in range(num_greens):
            w = code[pc + 2 + k]
            if operand_is_const(w):
                continue
            kind = operand_kind(w)
            if kind == INT:
                self.greens_i += 1
            elif kind == REF:
                self.greens_r += 1
            else:
                self.greens_f += 1
        self.liveness = {}
        self.descr_index = {}
        for d in range(cpu.num_descrs()):
            self.descr_index[cpu.descr_object(d)] = d

    def liveness_of(self, jitcode: JitCodeData) -> Liveness:
        lv = self.liveness.get(jitcode, None)
        if lv is None:
            lv = liveness_of(jitcode, self.table.opnames)
            self.liveness[jitcode] = lv
        return lv

    # ------------------------------------------------------------ descrs

    def list_append_kind(self, d: int) -> int:
        """The item kind of the lists call descr d appends to (-1: not such a call)."""
        return index_in(self.table.list_append, d)

    def list_new_kind(self, d: int) -> int:
        """The item kind of the lists call descr d makes (-1: not such a call)."""
        return index_in(self.table.list_new, d)

    def call_is_elidable(self, d: int) -> bool:
        # from the record, not the descr (translated calls' descrs are
        # made conservative for the optimizer)
        e = self.record_word(d, 3)
        return e == EF_ELIDABLE_CANNOT_RAISE or e == EF_ELIDABLE_CAN_RAISE

    def call_can_raise(self, d: int) -> bool:
        e = self.record_word(d, 3)
        return e != EF_ELIDABLE_CANNOT_RAISE and e != EF_CANNOT_RAISE and e != EF_LOOPINVARIANT

    def record_word(self, d: int, k: int) -> int:
        return self.table.descrs[d * DESCR_WORDS + k]

    def location(self, tracer: Tracer, f: BHFrame) -> str:
        """debug_merge_point's text: the jitcode and the int greens."""
        text = f.jitcode.name
        for k in range(self.num_greens):
            w = tracer.arg(f, k)
            if operand_kind(w) == INT:
                text += ' %d' % tracer.get_i(f, w)
        return text

    # ------------------------------------------------------------ keys

    def loop_at(self, tracer: Tracer, f: BHFrame) -> JitLoop | None:
        """The loop of the key of the portal frame f (at its merge point)."""
        args_i: list[int] = []
        args_r: list[GCRef | None] = []
        args_f: list[float] = []
        for k in range(self.num_greens):
            w = tracer.arg(f, k)
            if operand_is_const(w):
                continue
            kind = operand_kind(w)
            if kind == INT:
                args_i.append(tracer.get_i(f, w))
            elif kind == REF:
                args_r.append(tracer.get_r(f, w))
            else:
                args_f.append(tracer.get_f(f, w))
        h = 0
        for k in range(self.greens_i):
            h = intmask(h * 1000003) ^ args_i[k]
        cells = self.cells.get(h, None)
        if cells is None:
            return None
        for c in cells:
            if self.matches(c, args_i, args_r, args_f):
                return c.loop
        return None

    def find_cell(self, args_i: list[int], args_r: list[GCRef | None],
                  args_f: list[float]) -> JitCell | None:
        """The key's cell if it has one (args: the greens, or more)."""
        h = 0
        for k in range(self.greens_i):
            h = intmask(h * 1000003) ^ args_i[k]
        cells = self.cells.get(h, None)
        if cells is None:
            return None
        for c in cells:
            if self.matches(c, args_i, args_r, args_f):
                return c
        return None

    def cell_for(self, args_i: list[int], args_r: list[GCRef | None],
                 args_f: list[float]) -> JitCell:
        h = 0
        for k in range(self.greens_i):
            h = intmask(h * 1000003) ^ args_i[k]
        cells = self.cells.get(h, None)
        if cells is None:
            cells = []
            self.cells[h] = cells
        for c in cells:
            if self.matches(c, args_i, args_r, args_f):
                return c
        c = JitCell(args_i[:self.greens_i], args_r[:self.greens_r], args_f[:self.greens_f])
        c.last_used = self.ages.generation
        cells.append(c)
        self.ncells += 1
        if self.ncells > self.peak_cells:
            self.peak_cells = self.ncells
        return c

    def sweep_cells(self) -> None:
        """Remove the cells of cold keys (PyPy's cleanup of jitcells): no
        code, not blacklisted, not entered for loop_longevity generations
        -- a freed loop's key, or one whose trace aborted and never got
        hot again.  Run every loop_longevity // 4 generations, like the
        check for old loops; loop_longevity <= 0 keeps every cell."""
        longevity = self.ages.longevity
        generation = self.ages.generation
        if longevity <= 0 or generation < self.next_sweep:
            return
        self.next_sweep = generation + self.ages.check_interval()
        limit = generation - longevity
        empty: list[int] = []
        for h, cells in self.cells.items():
            k = 0
            while k < len(cells):
                c = cells[k]
                if c.last_used < limit and c.removable() and c is not self.last_cell:
                    del cells[k]
                    self.ncells -= 1
                else:
                    k += 1
            if not cells:
                empty.append(h)
        for h in empty:
            del self.cells[h]

    def matches(self, c: JitCell, args_i: list[int], args_r: list[GCRef | None],
                args_f: list[float]) -> bool:
        for k in range(self.greens_i):
            if c.key_i[k] != args_i[k]:
                return False
        for k in range(self.greens_r):
            if c.key_r[k] is not args_r[k]:
                return False
        for k in range(self.greens_f):
            if c.key_f[k] != args_f[k]:
                return False
        return True

    # ------------------------------------------------------------ the entry

    def enter(self, args_i: list[int], args_r: list[GCRef | None], args_f: list[float]) -> int:
        """At the portal's merge point with these operands (greens then
        reds, per kind): run the key's loop, or trace it (past `threshold`
        entries), or interpret to the next merge point."""
        cell = self.cell_for(args_i, args_r, args_f)
        self.last_cell = cell
        cell.last_used = self.ages.generation
        loop = cell.loop
        if loop is not None:
            return self.run_loop(loop, args_i, args_r, args_f)
        header = self.at_loop_header or self.threshold == 0
        if header:
            cell.counter += 1
        if not header or cell.counter <= self.threshold or cell.blacklisted():
            bh = self.get_bh()
            return self.finish(bh, bh.enter_at_merge_point(args_i, args_r, args_f))
        return self.trace(cell, args_i, args_r, args_f)

    def enter_function(self, args_i: list[int], args_r: list[GCRef | None],
                       args_f: list[float]) -> int:
        """At the portal's first merge point in a call, the key hot by
        function_threshold: run its entry code, or its loop if it has one
        (a function starting with a loop), or trace from here (an entry
        trace: to the portal's return, a loop or an abort); the same
        protocol as enter."""
        cell = self.cell_for(args_i, args_r, args_f)
        self.last_cell = cell
        cell.last_used = self.ages.generation
        entry = cell.entry
        if entry is not None:
            self.stats.entry_runs += 1
            return self.run_loop(entry, args_i, args_r, args_f)
        loop = cell.loop
        if loop is not None:
            return self.run_loop(loop, args_i, args_r, args_f)
        if cell.entry_blacklisted() or cell.tracing_entry:
            # (tracing_entry: a call inside the key's own entry trace --
            # recursion -- is interpreted, not traced again nested)
            bh = self.get_bh()
            return self.finish(bh, bh.enter_at_merge_point(args_i, args_r, args_f))
        return self.trace_entry(cell, args_i, args_r, args_f)

    def trace_entry(self, cell: JitCell, args_i: list[int], args_r: list[GCRef | None],
                    args_f: list[float]) -> int:
        t0 = ros.monotonic_ns()
        tracer = Tracer(self.table, self.cpu, self)
        tracer.entry = True
        self.stats.entry_traces += 1
        cell.tracing_entry = True
        kind = tracer.start(args_i, args_r, args_f, self.num_greens)
        cell.tracing_entry = False
        self.stats.ns_tracing += ros.monotonic_ns() - t0
        if tracer.closed and not self.compile_entry(cell, tracer):
            tracer.closed = False
            tracer.abort_reason = 'invalid entry trace'
        if not tracer.closed:
            self.stats.entry_aborts += 1
            if len(self.stats.abort_reasons) < 20:
                self.stats.abort_reasons.append('entry: ' + tracer.abort_reason)
            cell.entry_aborts += 1
            if tracer.abort_reason == 'trace too long':
                cell.dont_inline = True
        return self.finish(tracer, kind)

    def compile_entry(self, cell: JitCell, tracer: Tracer) -> bool:
        """Optimize and compile an entry trace (not a loop: no unrolling)."""
        target = tracer.jump_target
        if target is not None and target.cell is None:
            return False        # the loop it jumps into was freed meanwhile
        if cell.entry is not None:
            return False        # a nested run compiled it first
        trace = Trace(tracer.inputargs, tracer.trace_ops)
        t0 = ros.monotonic_ns()
        try:
            optimized = remove_unused(optimize_trace(trace, without_unroll(self.enable_opts)))
        except InvalidLoop:
            return False
        t1 = ros.monotonic_ns()
        token = self.backend.compile_loop(optimized)
        self.stats.ns_optimizing += t1 - t0
        self.stats.ns_backend += ros.monotonic_ns() - t1
        entry = JitLoop(self.next_loop, token, tracer.snapshots, optimized)
        entry.is_entry = True
        entry.vable_lengths = tracer.vable_lengths
        cell.entry = entry
        entry.cell = cell
        self.stats.entries += 1
        self.stats.portal_calls += tracer.portal_calls
        self.add_loop(entry, optimized)
        if target is not None:
            self.ages.link(entry.number, target.number)
        self.next_generation()
        return True

    def add_loop(self, loop: JitLoop, optimized: Trace) -> None:
        """A loop or entry compiled: alive, aged, logged."""
        self.next_loop += 1
        self.loops[loop.number] = loop
        if len(self.loops) > self.peak_loops:
            self.peak_loops = len(self.loops)
        self.loop_of_token[loop.token] = loop
        self.ages.add(loop.number)
        if self.log_opt:
            loop.log_index = len(self.log_parts)
            self.log_parts.append(trace_to_text_with_descrs(optimized))
            self.log_owner.append(loop.number)

    def next_generation(self) -> None:
        """After compiling: free the old loops, sweep the cold cells."""
        for number in self.ages.next_generation():
            loop = self.loops.get(number, None)
            if loop is not None:
                self.free_loop(loop)
        self.sweep_cells()

    def get_bh(self) -> BlackholeInterp:
        """The blackhole to run with: the cached one, or a new one when
        enter is re-entered from a run (a residual call running the
        portal again)."""
        bh = self.bh
        if bh.frames:
            bh = BlackholeInterp(self.table, self.cpu)
            bh.stop_at_merge_point = True
        return bh

    def finish(self, bh: BlackholeInterp, kind: int) -> int:
        self.at_loop_header = bh.can_enter_seen
        bh.can_enter_seen = False
        self.merge_i = bh.merge_i
        self.merge_r = bh.merge_r
        self.merge_f = bh.merge_f
        self.result_i = bh.result_i
        self.result_r = bh.result_r
        self.result_f = bh.result_f
        self.exc = bh.exc
        bh.exc = None
        bh.frames = []
        return kind

    # ------------------------------------------------------------ tracing

    def trace(self, cell: JitCell, args_i: list[int], args_r: list[GCRef | None],
              args_f: list[float]) -> int:
        t0 = ros.monotonic_ns()
        tracer = Tracer(self.table, self.cpu, self)
        self.stats.traces += 1
        kind = tracer.start(args_i, args_r, args_f, self.num_greens)
        t1 = ros.monotonic_ns()
        self.stats.ns_tracing += t1 - t0
        if tracer.closed:
            if not self.stats.first_loop_us:
                self.stats.first_loop_us = [(t1 - t0) // 1000]
            try:
                if not self.compile(cell, tracer):
                    self.aborted(cell, 'invalid loop')
            except NotALoop:
                self.retrace(cell)
        elif tracer.abort_reason == 'trace too long' and tracer.biggest_size > 0:
            self.stop_inlining(cell, tracer)
        else:
            self.aborted(cell, tracer.abort_reason)
        return self.finish(tracer, kind)

    def stop_inlining(self, cell: JitCell, tracer: Tracer) -> None:
        """The loop's trace was too long and inlined portal calls: the
        biggest one (its key) is not inlined any more (calls of it become
        residual portal calls, running its own entry code), and the loop
        is traced again at its next entry, not counted as an abort (as
        PyPy: disable_noninlinable_function, trace_next_iteration).  Each
        time one more function stops being inlined, so this ends."""
        big = self.cell_for(tracer.biggest_key_i, tracer.biggest_key_r, tracer.biggest_key_f)
        if big.dont_inline:
            self.aborted(cell, tracer.abort_reason)     # (cannot happen: not inlined)
            return
        big.dont_inline = True
        self.stats.inlining_stopped += 1
        if len(self.stats.abort_reasons) < 20:
            self.stats.abort_reasons.append('trace too long: a call not inlined any more')
        cell.counter = self.threshold

    def aborted(self, cell: JitCell, reason: str) -> None:
        self.stats.aborts += 1
        if len(self.stats.abort_reasons) < 20:
            self.stats.abort_reasons.append(reason)
        cell.aborts += 1
        cell.counter = self.threshold - ABORT_PENALTY

    def retrace(self, cell: JitCell) -> None:
        """The trace took a path that cannot repeat (the iteration that
        leaves an inner loop, closed through the outer one: its second
        iteration would fail).  Trace the key again at its next entry,
        which is another iteration, rather than compile a loop that exits
        every time and leaves the real loop to a bridge that allocates
        its state at every jump."""
        self.stats.retraces += 1
        cell.retraces += 1
        cell.counter = self.threshold
        if len(self.stats.first_loop_us) == 1:
            self.stats.first_loop_us = []

    def compile(self, cell: JitCell, tracer: Tracer) -> bool:
        """Optimize and compile a loop trace: False if it is invalid;
        raises NotALoop while the key may still be traced again."""
        trace = Trace(tracer.inputargs, tracer.trace_ops)
        t0 = ros.monotonic_ns()
        strict = cell.retraces < MAX_RETRACES
        try:
            optimized = remove_unused(optimize_trace(trace, self.enable_opts, strict))
        except NotALoop:
            if strict:
                raise
            return False
        except InvalidLoop:
            return False
        attach_guard_facts(optimized)
        t1 = ros.monotonic_ns()
        token = self.backend.compile_loop(optimized)
        t2 = ros.monotonic_ns()
        self.stats.ns_optimizing += t1 - t0
        self.stats.ns_backend += t2 - t1
        if len(self.stats.first_loop_us) == 1:
            self.stats.first_loop_us.append((t1 - t0) // 1000)
            self.stats.first_loop_us.append((t2 - t1) // 1000)
        loop = JitLoop(self.next_loop, token, tracer.snapshots, optimized)
        loop.vable_lengths = tracer.vable_lengths
        cell.loop = loop
        self.stats.portal_calls += tracer.portal_calls
        cell.retraces = 0       # if the loop is freed, its key may be retraced again
        loop.cell = cell
        self.stats.loops += 1
        self.add_loop(loop, optimized)
        self.next_generation()
        return True

    def free_loop(self, loop: JitLoop) -> None:
        """A loop unused for loop_longevity generations: its machine code
        goes, its key warms up again; so do the loops whose bridges jump
        into it (not running either: entering them counts as entering
        it)."""
        for number in self.ages.dependents(loop.number):
            other = self.loops.get(number, None)
            if other is not None and other.cell is not None:
                self.ages.forget(number)
                self.free_one_loop(other)
        self.free_one_loop(loop)

    def free_one_loop(self, loop: JitLoop) -> None:
        """Everything the loop owned goes: its machine code, token and
        jitframes (the backend), snapshots, label, exit counts, its
        entries here and in the memory manager; the log keeps its text,
        with its final counts."""
        self.backend.free_loop(loop.token)
        if loop.number in self.loops:
            del self.loops[loop.number]
        if loop.token in self.loop_of_token:
            del self.loop_of_token[loop.token]
        self.ages.discard(loop.number)
        if loop.log_index >= 0:
            self.log_parts[loop.log_index] = (self.loop_header(loop, ', freed') +
                                              self.log_parts[loop.log_index])
            loop.log_index = -1
        loop.label = None
        loop.exit_failures = {}
        loop.exit_aborts = {}
        cell = loop.cell
        if cell is not None and loop.is_entry:
            cell.entry = None
            self.freed_entries.append(cell)
        elif cell is not None:
            cell.loop = None
            cell.counter = 0
            self.freed_cells.append(cell)
        loop.cell = None
        loop.snapshots = []
        if loop.is_entry:
            self.stats.entries_freed += 1
        else:
            self.stats.loops_freed += 1

    # ------------------------------------------------------------ running, resuming

    def run_loop(self, loop: JitLoop, args_i: list[int], args_r: list[GCRef | None],
                 args_f: list[float]) -> int:
        """Run the loop from a merge point of its key (args: the merge
        point's operands).  A bridge's finish at another key's merge point
        whose key has a loop goes on in that loop at once (not through the
        interpreter, which would run an iteration before the next
        can_enter_jit)."""
        state_given = False     # args_* end with the virtualizable's state
        while True:
            loop_i = args_i[self.greens_i:]
            loop_r = args_r[self.greens_r:]
            loop_f = args_f[self.greens_f:]
            vinfo = self.vinfo
            if vinfo is not None and not state_given:
                frame = args_r[vinfo.ref_index]
                if not vinfo.lengths_are(self.cpu, frame, loop.vable_lengths):
                    # a frame of this key with other lengths: not this loop's
                    bh = self.get_bh()
                    return self.finish(bh, bh.enter_at_merge_point(args_i, args_r, args_f))
                vinfo.read(self.cpu, frame, loop.vable_lengths, loop_i, loop_r, loop_f)
            self.stats.loop_entries += 1
            loop.entries += 1
            # (not timed: a clock read per entry costs more than a short loop)
            self.ages.entering(loop.number)
            descr = self.backend.execute(loop.token, loop_i, loop_r, loop_f)
            self.ages.leaving(loop.number)
            # a bridge may have jumped into another loop, which left by its exit
            loop = self.loop_of_token[self.backend.exited_loop(loop.token)]
            if not isinstance(descr, FinishDescr):
                return self.left_loop(loop, descr)
            if isinstance(descr, ReturnDescr):
                return self.returned(descr.kind)
            # a bridge's finish: the merge point's operands, then the
            # virtualizable's state (of the lengths of this loop's frames)
            self.stats.bridge_finishes += 1
            merge_i: list[int] = []
            merge_r: list[GCRef | None] = []
            merge_f: list[float] = []
            state_i: list[int] = []
            state_r: list[GCRef | None] = []
            state_f: list[float] = []
            kinds = self.backend.exit_kinds()
            for k in range(len(kinds)):
                kind = kinds[k]
                if kind == INT:
                    v = self.backend.get_int(k)
                    if k < self.merge_nargs:
                        merge_i.append(v)
                    else:
                        state_i.append(v)
                elif kind == REF:
                    r = self.backend.get_ref(k)
                    if k < self.merge_nargs:
                        merge_r.append(r)
                    else:
                        state_r.append(r)
                else:
                    x = self.backend.get_float(k)
                    if k < self.merge_nargs:
                        merge_f.append(x)
                    else:
                        state_f.append(x)
            self.backend.release()
            has_state = len(kinds) > self.merge_nargs
            # (last_cell stays the key the glue entered: its counter is the
            # one the glue marks COMPILED)
            nxt: JitLoop | None = None
            nxt_cell = self.find_cell(merge_i, merge_r, merge_f)
            if nxt_cell is not None:
                nxt = nxt_cell.loop
            if nxt is not None and (not has_state or nxt.vable_lengths == loop.vable_lengths):
                state_given = has_state
                args_i = merge_i + state_i
                args_r = merge_r + state_r
                args_f = merge_f + state_f
                loop = nxt
                continue
            if has_state and vinfo is not None:
                self.write_back(vinfo, merge_r[vinfo.ref_index], loop.vable_lengths,
                                state_i, state_r, state_f)
            kind = self.finish(self.get_bh(), KIND_MERGE_POINT)
            self.at_loop_header = True
            self.merge_i = merge_i
            self.merge_r = merge_r
            self.merge_f = merge_f
            return kind

    def returned(self, kind: int) -> int:
        """Compiled code reached the portal's return: its result is the
        exit's value."""
        result_i = 0
        result_r: GCRef | None = None
        result_f = 0.0
        if kind == INT:
            result_i = self.backend.get_int(0)
        elif kind == REF:
            result_r = self.backend.get_ref(0)
        elif kind == FLOAT:
            result_f = self.backend.get_float(0)
        self.backend.release()
        # (what finish does, without a blackhole: this is every call of
        # entry code that returns)
        self.at_loop_header = False
        self.exc = None
        self.result_i = result_i
        self.result_r = result_r
        self.result_f = result_f
        return kind

    def write_back(self, vinfo: VableInfo, frame: GCRef | None, lengths: list[int],
                   state_i: list[int], state_r: list[GCRef | None],
                   state_f: list[float]) -> None:
        """The virtualizable's state (per kind, in order) into the frame."""
        kinds = vinfo.kinds(lengths)
        ni = nr = nf = 0
        for n in range(len(kinds)):
            if kinds[n] == INT:
                vinfo.write_i(self.cpu, frame, n, lengths, state_i[ni])
                ni += 1
            elif kinds[n] == REF:
                vinfo.write_r(self.cpu, frame, n, lengths, state_r[nr])
                nr += 1
            else:
                vinfo.write_f(self.cpu, frame, n, lengths, state_f[nf])
                nf += 1

    def left_loop(self, loop: JitLoop, descr: AbstractDescr | None) -> int:
        """After a loop left by a guard (or an exception to propagate):
        resume in the blackhole to the next merge point, or trace a bridge."""
        bh = self.get_bh()
        if descr is None:       # MemoryError in an allocation: no resume state
            bh.exc = self.backend.grab_exc()
            self.backend.release()
            return self.finish(bh, -2)
        assert isinstance(descr, ResumeDescr)
        self.stats.guard_failures += 1
        loop.guard_failures += 1
        snap = loop.snapshots[descr.position]
        if self.trace_eagerness > 0 and self.bridge_wanted(loop, snap, descr):
            return self.trace_bridge(loop, snap, descr)
        frames = self.rebuild(snap, descr, bh)
        exc: GCRef | None = None
        if snap.exc_pending:
            exc = self.backend.grab_exc()
            if exc is None:
                # a guard_exception whose call returned: on after the call
                self.call_returned(snap, descr, bh, frames[len(frames) - 1])
            else:
                self.stats.exceptions_resumed += 1
        self.backend.release()
        if exc is not None:
            return self.finish(bh, bh.run_frames_raising(frames, exc))
        return self.finish(bh, bh.run_frames(frames))

    def call_returned(self, snap: Snapshot, descr: ResumeDescr, bh: BlackholeInterp,
                      f: BHFrame) -> None:
        """Frame f is at the call of a failed guard_exception whose call
        returned: its result (the exit's last value) into its register,
        and f goes on after the call."""
        w = snap.result_word
        if w >= 0:
            slot = descr.slots[len(descr.slots) - 1]
            kind = operand_kind(w)
            if kind == INT:
                bh.set_i(f, w, self.slot_int(descr, slot))
            elif kind == REF:
                built: list[GCRef | None] = [None] * len(descr.virtuals)
                done = [False] * len(descr.virtuals)
                bh.set_r(f, w, self.slot_ref(descr, slot, built, done))
            else:
                bh.set_f(f, w, self.slot_float(descr, slot))
        bh.next(f)

    def bridge_wanted(self, loop: JitLoop, snap: Snapshot, descr: ResumeDescr) -> bool:
        """Count a failure of the last exit: has it failed often enough
        (trace_eagerness) for a bridge?"""
        index = self.backend.last_exit()
        n = loop.exit_failures.get(index, 0) + 1
        loop.exit_failures[index] = n
        if n != self.trace_eagerness:
            return False
        if loop.cell is None:
            self.stats.bridges_skipped += 1
            return False
        for vd in descr.virtuals:
            if vd.kind != rop.NEW_WITH_VTABLE and vd.kind != rop.NEW and vd.kind != rop.NEW_ARRAY:
                self.stats.bridges_skipped += 1
                return False
        return loop.exit_aborts.get(index, 0) < MAX_ABORTS

    def trace_bridge(self, loop: JitLoop, snap: Snapshot, descr: ResumeDescr) -> int:
        """Resume at the failed exit as a tracer: the exit's values are the
        bridge's inputargs, the registers get their boxes as the resume
        layout says; trace to the portal's next merge point, and if it is
        the loop's key, attach the bridge (its jump re-enters the loop)."""
        t0 = ros.monotonic_ns()
        index = self.backend.last_exit()
        cell = loop.cell
        assert cell is not None
        tracer = Tracer(self.table, self.cpu, self)
        tracer.bridge = True
        tracer.entry = loop.is_entry
        tracer.tracing = True
        tracer.stop_at_merge_point = True
        tracer.snap_base = len(loop.snapshots)
        tracer.key_i = cell.key_i
        tracer.key_r = cell.key_r
        tracer.key_f = cell.key_f
        for kind in self.backend.exit_kinds():
            tracer.inputargs.append(InputArg(kind))
        tracer.vable_lengths = loop.vable_lengths
        tracer.bridge_label = loop.label
        tracer.bridge_classes = descr.box_classes
        tracer.bridge_facts = descr.known
        frames = self.rebuild(snap, descr, tracer)
        tracer.frames = frames
        built: list[AbstractValue | None] = [None] * len(descr.virtuals)
        k = 0
        for j in range(len(snap.frames)):
            f = frames[j]
            for w in snap.frames[j].regs:
                tracer.set_box(f, w, self.slot_box(tracer, descr, descr.slots[k],
                                                   operand_kind(w), built))
                k += 1
        vinfo = self.vinfo
        lengths = snap.vable_lengths
        if vinfo is not None and lengths is not None:
            vbox = self.slot_box(tracer, descr, descr.slots[k], REF, built)
            k += 1
            state: list[AbstractValue] = []
            for kind in vinfo.kinds(lengths):
                state.append(self.slot_box(tracer, descr, descr.slots[k], kind, built))
                k += 1
            tracer.vable_begin(vbox, state, lengths)
        exc: GCRef | None = None
        call_pc = frames[len(frames) - 1].pc
        if snap.exc_pending:
            exc = self.backend.grab_exc()
            if exc is None:     # (the exit's values are read before release)
                self.call_returned(snap, descr, tracer, frames[len(frames) - 1])
        self.backend.release()
        self.stats.bridge_traces += 1
        if snap.exc_pending:
            kind = self.bridge_from_exception(tracer, snap, descr, frames, exc, built, call_pc)
        else:
            kind = tracer.run_frames(frames)
        self.stats.ns_tracing += ros.monotonic_ns() - t0
        if tracer.closed:
            if not self.compile_bridge(loop, index, tracer):
                tracer.abort_reason = 'invalid bridge'
                tracer.closed = False
        if not tracer.closed:
            self.stats.bridge_aborts += 1
            if len(self.stats.abort_reasons) < 20:
                self.stats.abort_reasons.append(tracer.abort_reason)
            loop.exit_aborts[index] = loop.exit_aborts.get(index, 0) + 1
            loop.exit_failures[index] = 0
        return self.finish(tracer, kind)

    def bridge_from_exception(self, tracer: Tracer, snap: Snapshot, descr: ResumeDescr,
                              frames: list[BHFrame], exc: GCRef | None,
                              built: list[AbstractValue | None], call_pc: int) -> int:
        """Trace a bridge from an exit with an exception pending (or a
        guard_exception's whose call returned, exc None): the bridge makes
        the exception the exit took pending again and guards on it as the
        loop's trace does after a call (guard_exception(class): the
        handler gets its result; guard_no_exception: the call's result,
        the exit's last value, and on after the call: trace_bridge did it
        concretely); the guard's snapshot is the exit's, at call_pc."""
        f = frames[len(frames) - 1]
        assert isinstance(f, TraceFrame)
        tracer.frames = frames
        w = snap.result_word
        result: AbstractValue | None = None
        if w >= 0:
            result = self.slot_box(tracer, descr, descr.slots[len(descr.slots) - 1],
                                   operand_kind(w), built)
        tracer.record(rop.RESTORE_EXCEPTION, [], None)
        if exc is None:
            tracer.record_guard(rop.GUARD_NO_EXCEPTION, [], f, call_pc, True)
            if result is not None:
                tracer.set_box(f, w, result)
            return tracer.run_frames(frames)
        g = tracer.record_guard(rop.GUARD_EXCEPTION, [ConstInt(self.cpu.class_of(exc))],
                                f, f.pc, True)
        if result is not None:
            fail_args = g.fail_args
            assert fail_args is not None
            fail_args.append(result)
            tracer.snapshots[len(tracer.snapshots) - 1].result_word = w
        kind = tracer.unwind(exc, g)
        if kind != -3:
            return kind
        return tracer.run_frames(frames)

    def compile_bridge(self, loop: JitLoop, index: int, tracer: Tracer) -> bool:
        if loop.cell is None or len(loop.snapshots) != tracer.snap_base:
            return False        # freed, or another bridge came first (a nested run)
        target = tracer.jump_target
        if target is not None and target.cell is None:
            return False        # the loop it jumps into was freed meanwhile
        trace = Trace(tracer.inputargs, tracer.trace_ops)
        # what the loop's optimizer knew at the guard: the bridge's class
        # guards on the same objects go
        trace.inputarg_classes = tracer.bridge_classes
        trace.inputarg_facts = tracer.bridge_facts
        del BRIDGE_MISMATCHES[:]
        t0 = ros.monotonic_ns()
        try:
            optimized = remove_unused(optimize_trace(trace, without_unroll(self.enable_opts)))
        except InvalidLoop:
            return False
        t1 = ros.monotonic_ns()
        jump_to_start(optimized)
        self.backend.compile_bridge(loop.token, index, optimized)
        self.stats.ns_optimizing += t1 - t0
        self.stats.ns_backend += ros.monotonic_ns() - t1
        for s in tracer.snapshots:
            loop.snapshots.append(s)
        if self.log_opt:
            note = ''
            if tracer.bridge_label is not None and target is None and len(BRIDGE_MISMATCHES) > 0:
                note = ' (to the loop\'s start: not the label\'s %s)' % ', '.join(BRIDGE_MISMATCHES)
            self.log_parts.append('# Bridge %d of loop %d : bridge with %d ops%s\n' % (
                loop.nbridges, loop.number, len(optimized.operations), note) +
                trace_to_text_with_descrs(optimized))
            self.log_owner.append(loop.number)
        loop.nbridges += 1
        self.stats.bridges += 1
        if target is not None:
            self.ages.link(loop.number, target.number)
            self.stats.bridge_jumps += 1
        return True

    def rebuild(self, snap: Snapshot, descr: ResumeDescr,
                bh: BlackholeInterp) -> list[BHFrame]:
        """The frames (bh's kind) of a guard's snapshot, from the exit's
        values as the optimizer's resume layout (resume.py) describes
        them; virtuals are allocated and filled through the cpu."""
        frames: list[BHFrame] = []
        built: list[GCRef | None] = [None] * len(descr.virtuals)
        done = [False] * len(descr.virtuals)
        k = 0
        for fs in snap.frames:
            f = bh.new_frame(fs.jitcode)
            f.pc = fs.pc
            for w in fs.regs:
                slot = descr.slots[k]
                k += 1
                kind = operand_kind(w)
                i = operand_index(w)
                if kind == INT:
                    f.regs_i[i] = self.slot_int(descr, slot)
                elif kind == REF:
                    f.regs_r[i] = self.slot_ref(descr, slot, built, done)
                else:
                    f.regs_f[i] = self.slot_float(descr, slot)
            frames.append(f)
        vinfo = self.vinfo
        lengths = snap.vable_lengths
        if vinfo is not None and lengths is not None:
            frame = self.slot_ref(descr, descr.slots[k], built, done)
            k += 1
            state_i: list[int] = []
            state_r: list[GCRef | None] = []
            state_f: list[float] = []
            for kind in vinfo.kinds(lengths):
                slot = descr.slots[k]
                k += 1
                if kind == INT:
                    state_i.append(self.slot_int(descr, slot))
                elif kind == REF:
                    state_r.append(self.slot_ref(descr, slot, built, done))
                else:
                    state_f.append(self.slot_float(descr, slot))
            self.write_back(vinfo, frame, lengths, state_i, state_r, state_f)
        return frames

    def slot_box(self, tracer: Tracer, descr: ResumeDescr, slot: int, kind: int,
                 built: list[AbstractValue | None]) -> AbstractValue:
        """The box of a resume slot at the start of a bridge: an inputarg,
        a constant, or a virtual allocated again in the bridge's trace
        (which its optimizer makes virtual again)."""
        tag, index = decode_slot(slot)
        if tag == TAG_BOX:
            return tracer.inputargs[index]
        if tag == TAG_CONST:
            return descr.consts[index]
        if tag == TAG_NULL:
            if kind == INT:
                return ConstInt(0)
            if kind == REF:
                return self.cpu.const_ref(None)
            return ConstFloat(0.0)
        b = built[index]
        if b is not None:
            return b
        vd = descr.virtuals[index]
        if vd.kind == rop.NEW_ARRAY:
            ad = vd.descr
            assert isinstance(ad, ArrayDescr)
            arr = tracer.record(rop.NEW_ARRAY, [ConstInt(len(vd.slots))], ad)
            built[index] = arr
            for j in range(len(vd.slots)):
                s = vd.slots[j]
                if (s & 3) != TAG_NULL:
                    tracer.record(rop.SETARRAYITEM_GC, [
                        arr, ConstInt(j), self.slot_box(tracer, descr, s, ad.itemkind, built)], ad)
            return arr
        sd = vd.descr
        assert isinstance(sd, SizeDescr)
        op = tracer.record(vd.kind, [], sd)
        built[index] = op
        for j in range(len(vd.slots)):
            s = vd.slots[j]
            if (s & 3) == TAG_NULL:
                continue
            fd = sd.fields[j]
            tracer.record(rop.SETFIELD_GC, [op, self.slot_box(tracer, descr, s, fd.kind, built)],
                          fd)
        return op

    def slot_int(self, descr: ResumeDescr, slot: int) -> int:
        tag, index = decode_slot(slot)
        if tag == TAG_BOX:
            return self.backend.get_int(index)
        if tag == TAG_CONST:
            return descr.consts[index].getint()
        if tag == TAG_NULL:
            return 0
        raise ValueError('resume: a virtual in an int slot')

    def slot_float(self, descr: ResumeDescr, slot: int) -> float:
        tag, index = decode_slot(slot)
        if tag == TAG_BOX:
            return self.backend.get_float(index)
        if tag == TAG_CONST:
            return descr.consts[index].getfloat()
        if tag == TAG_NULL:
            return 0.0
        raise ValueError('resume: a virtual in a float slot')

    def slot_ref(self, descr: ResumeDescr, slot: int, built: list[GCRef | None],
                 done: list[bool]) -> GCRef | None:
        tag, index = decode_slot(slot)
        if tag == TAG_BOX:
            return self.backend.get_ref(index)
        if tag == TAG_CONST:
            return self.cpu.ref_of_const(descr.consts[index])
        if tag == TAG_NULL:
            return None
        if done[index]:
            if built[index] is None:
                raise ValueError('resume: a virtual list containing itself')
            return built[index]
        vd = descr.virtuals[index]
        sd = vd.descr
        if vd.kind == rop.NEW_ARRAY:
            return self.materialize_array(descr, index, built, done)
        if vd.kind != rop.NEW_WITH_VTABLE and vd.kind != rop.NEW:
            # the jitcodes make strings by runtime calls: never virtual
            raise ValueError('resume: a virtual string')
        assert isinstance(sd, SizeDescr)
        d_sd = self.descr_index[sd]
        if d_sd == self.table.list_size:
            return self.materialize_list(descr, index, built, done)
        obj = self.cpu.bh_new(d_sd)
        self.stats.virtuals_materialized += 1
        built[index] = obj
        done[index] = True      # before the fields: cycles
        for j in range(len(vd.slots)):
            s = vd.slots[j]
            if (s & 3) == TAG_NULL:
                continue
            fd = sd.fields[j]
            d = self.descr_index.get(fd, -1)
            if d < 0:
                raise ValueError('resume: a field without a descr record')
            if fd.kind == INT:
                self.cpu.bh_setfield_i(obj, d, self.slot_int(descr, s))
            elif fd.kind == REF:
                self.cpu.bh_setfield_r(obj, d, self.slot_ref(descr, s, built, done))
            else:
                self.cpu.bh_setfield_f(obj, d, self.slot_float(descr, s))
        return obj

    def materialize_array(self, descr: ResumeDescr, index: int, built: list[GCRef | None],
                          done: list[bool]) -> GCRef | None:
        vd = descr.virtuals[index]
        ad = vd.descr
        assert isinstance(ad, ArrayDescr)
        d = self.descr_index[ad]
        arr = self.cpu.bh_new_array(d, len(vd.slots))
        self.stats.virtuals_materialized += 1
        built[index] = arr
        done[index] = True
        for j in range(len(vd.slots)):
            s = vd.slots[j]
            if (s & 3) == TAG_NULL:
                continue
            if ad.itemkind == INT:
                self.cpu.bh_setarrayitem_i(arr, j, d, self.slot_int(descr, s))
            elif ad.itemkind == REF:
                self.cpu.bh_setarrayitem_r(arr, j, d, self.slot_ref(descr, s, built, done))
            else:
                self.cpu.bh_setarrayitem_f(arr, j, d, self.slot_float(descr, s))
        return arr

    def materialize_list(self, descr: ResumeDescr, index: int, built: list[GCRef | None],
                         done: list[bool]) -> GCRef | None:
        """A virtual rpy_list (new_vlist's): its items array first, then the
        list around it (untranslated a list is its own storage)."""
        vd = descr.virtuals[index]
        done[index] = True          # built[index] None: being built
        length = 0
        items: GCRef | None = None
        if len(vd.slots) > 0 and (vd.slots[0] & 3) != TAG_NULL:
            length = self.slot_int(descr, vd.slots[0])
        if len(vd.slots) > 1 and (vd.slots[1] & 3) != TAG_NULL:
            items = self.slot_ref(descr, vd.slots[1], built, done)
        lst = self.cpu.bh_new_list(self.table.list_size, items, length)
        self.stats.virtuals_materialized += 1
        built[index] = lst
        return lst

    # ------------------------------------------------------------ logging

    def summary(self) -> str:
        s = self.stats
        return ('jit: %d loops (%d freed, %d code blocks alive), %d bridges (%d traced, '
                '%d aborted, %d exits skipped, %d jumping into other loops, %d left to other '
                'loops), %d traces, %d aborts, %d retraced (no loop), %d loop entries, '
                '%d guard failures, '
                '%d virtuals materialized; ms tracing %d, optimizing %d, backend %d\n' % (
                    s.loops, s.loops_freed, self.backend.code_blocks(), s.bridges,
                    s.bridge_traces, s.bridge_aborts, s.bridges_skipped, s.bridge_jumps,
                    s.bridge_finishes,
                    s.traces, s.aborts, s.retraces, s.loop_entries, s.guard_failures,
                    s.virtuals_materialized, s.ns_tracing // 1000000,
                    s.ns_optimizing // 1000000, s.ns_backend // 1000000) + self.entry_line() +
                self.memory_line() + self.code_line() + self.warmup_line())

    def code_line(self) -> str:
        """The machine code compiled (loops, bridges, entry code; freed
        ones too) and what of it serves the exits (guards and finishes)."""
        c = self.backend.code_stats()
        if c[0] == 0 or c[2] == 0:
            return ''
        return ('jit: code: %d blocks compiled, %d bytes, %d exits: %d bytes of exit code '
                '(%d per exit), %d bytes of exit data\n' % (
                    c[0], c[1], c[2], c[3], c[3] // c[2], c[4]))

    def memory_line(self) -> str:
        """The JIT's memory: machine code (mmap'ed pages of loops, bridges,
        entry code: alive and at most), jitframes, the backend's loop
        tokens, loops (with their snapshots) and green-key cells, alive
        and at most; bounded by loop_longevity, which frees what is not
        used (and sweeps the cold cells)."""
        m = self.backend.memory()
        return ('jit: memory: machine code %d bytes alive (peak %d), jitframes %d bytes, '
                '%d loops/entries alive (peak %d, %d compiled), %d tokens alive, '
                '%d green cells alive (peak %d)\n' % (
                    m[0], m[1], m[2], len(self.loops), self.peak_loops, self.next_loop, m[3],
                    self.ncells, self.peak_cells))

    def entry_line(self) -> str:
        """Code from functions' starts (function_threshold) and the calls
        of the portal it makes instead of inlining (call_assembler)."""
        s = self.stats
        if s.entry_traces == 0 and s.portal_calls == 0 and s.inlining_stopped == 0:
            return ''
        return ('jit: %d function entries compiled (%d traced, %d aborted, %d freed), '
                '%d runs of entry code, %d residual portal calls compiled, %d calls not '
                'inlined any more (loop traces too long)\n' % (
                    s.entries, s.entry_traces, s.entry_aborts, s.entries_freed, s.entry_runs,
                    s.portal_calls, s.inlining_stopped))

    def warmup_line(self) -> str:
        """The first loop's warm-up (what the issue's target measures)."""
        w = self.stats.first_loop_us
        if len(w) < 3:
            return ''
        return ('jit: first loop warm-up %d us (tracing %d us, optimizing %d us, '
                'backend %d us)\n' % (w[0] + w[1] + w[2], w[0], w[1], w[2]))

    def loop_header(self, loop: JitLoop, what: str) -> str:
        kind = 'entry' if loop.is_entry else 'loop'
        return '# Loop %d (%d entries, %d guard failures) : %s with %d ops%s\n' % (
            loop.number, loop.entries, loop.guard_failures, kind, loop.nops, what)

    def log_part(self, k: int) -> str:
        """The k-th text of the log; a live loop's gets its header with
        the counts so far (a freed one's got its final counts then)."""
        loop = self.loops.get(self.log_owner[k], None)
        if loop is not None and loop.log_index == k:
            return self.loop_header(loop, '') + self.log_parts[k]
        return self.log_parts[k]

    def log_text(self) -> str:
        """jit-log-opt (logger.py's format): every loop and bridge in the
        order compiled, alive or freed."""
        return ''.join([self.log_part(k) for k in range(len(self.log_parts))])

    def loop_log(self, loop: JitLoop) -> str:
        """The log's texts of one loop (its own and its bridges')."""
        return ''.join([self.log_part(k) for k in range(len(self.log_parts))
                        if self.log_owner[k] == loop.number])

