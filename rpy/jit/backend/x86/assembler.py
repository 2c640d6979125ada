"""The x86-64 assembler of the JIT: an optimized trace -> machine code.

    asm = Assembler(BackendConfig(vtable_offset=0, malloc_addr=...))
    loop = asm.assemble_loop(trace)      # a CompiledLoop (code not installed)
    addr, size = ExecutableMemory().install(loop.mc)    # codebuf.py

The code is one function `long loop(long *frame)` (System V AMD64):
the inputargs are read from frame[0..n); when a guard fails (or at
`finish`), the guard's fail_args are written to frame[0..k) (ints and
pointers as words, floats as their bits) and the function returns the
index in `loop.descrs` of the guard's descr (or finish's).  The caller
allocates at least `loop.frame_words` words.

Frame of the function (rbp-based):

    [rbp+8]        return address
    [rbp]          saved rbp
    [rbp-8..-40]   saved rbx r12 r13 r14 r15
    [rbp-48]       the jitframe pointer (the argument)
    [rbp-56-8k]    stack slot k (spilled values)
    ...            rsp, 16-byte aligned; outgoing stack arguments of calls

Guards jump (jcc rel32) to a stub emitted after the loop body, one per
guard, of two instructions: r11 = the exit's description (data after the
code: where each fail_arg is, the value to return, the gcmap), then the
shared exit routine (exits.py) stores the fail_args, or a bridge runs.
Register allocation is regalloc.py, run in step with code generation.
RPy code (see docs/design-jit.md, "x86-64 backend: assembler").
"""
from __future__ import annotations

from rpy.jit.metainterp import resoperation as R
from rpy.jit.metainterp.resoperation import (
    rop, AbstractValue, AbstractDescr, ResOperation, FieldDescr, ArrayDescr,
    SizeDescr, CallDescr, TargetToken, FinishDescr, LoopEntry, INT, REF, FLOAT, VOID)
from rpy.jit.metainterp.history import Trace, ConstInt, ConstFloat, ConstPtr
from rpy.rlib import rjitmem
from rpy.rlib.rgcref import GCRef
from rpy.jit.backend.x86.encoder import (
    MachineCodeBuilder, fits_in_32, invert_cc,
    CC_O, CC_NO, CC_B, CC_AE, CC_E, CC_NE, CC_BE, CC_A, CC_NS, CC_P, CC_NP,
    CC_L, CC_GE, CC_LE, CC_G, ALU_ADD, ALU_SUB, ALU_AND, ALU_OR, ALU_XOR)
from rpy.jit.backend.x86.regs import (
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R11, R12, R13, R14, R15, ARG_REGS)
from rpy.jit.backend.x86.intdiv import (
    MAX_MAGIC_DIVISOR, is_power_of_two, log2_ceil, magic)
from rpy.jit.backend.x86.config import BackendConfig
from rpy.jit.backend.x86.exits import (
    DESCR_DIRECT, DESCR_BRIDGE, encode_locs, emit_descr, emit_stub, emit_unwind, exit_routine_addr)
from rpy.jit.backend.x86.regalloc import (
    RegAlloc, LOC_XMM, LOC_STACK, NO_LOC, JITFRAME_DISP, SCRATCH, XMM_SCRATCH,
    GP_REGS, XMM_REGS, IS_CALLEE_SAVED, is_gp, is_xmm, is_stack, xmm_loc, slot_disp,
    const_bits, emit_move, emit_load_const, parallel_move)



# an exit returns (exit_tag << EXIT_TAG_SHIFT) | its index: which token's
# exit it is, when a bridge jumped from one loop into another
EXIT_TAG_SHIFT = 24
EXIT_INDEX_MASK = (1 << EXIT_TAG_SHIFT) - 1

class BackendError(Exception):
    """The trace uses something this backend does not support (yet)."""


class GuardStub:
    """One exit: the label of its stub and of its description (exits.py),
    where each fail_arg is (a location, or NO_LOC and a constant word),
    the descr's index; with the GC, the label of its gcmap (-1: no
    reference) and whether it moves the pending exception into the
    jitframe (guard_no_exception)."""
    label: int
    descr_label: int
    descr_index: int
    locs: list[int]
    consts: list[int]
    gcmap_label: int
    take_exc: bool

    def __init__(self, label: int, descr_index: int) -> None:
        self.label = label
        self.descr_label = -1
        self.descr_index = descr_index
        self.locs = []
        self.consts = []
        self.gcmap_label = -1
        self.take_exc = False


class MallocStub:
    """The out-of-line slow path of one inline allocation: with the
    caller-saved registers in use saved (non-references on the machine
    stack, every live reference on the shadow stack, where the collection
    finds and updates it), call rpy_gc_malloc_slowpath(tid, size), restore,
    result into `reg`, jump back."""
    label: int
    back: int
    reg: int
    tid: int
    size: int
    saved_gp: list[int]
    saved_xmm: list[int]
    ref_locs: list[int]

    def __init__(self, label: int, back: int, reg: int, tid: int, size: int) -> None:
        self.label = label
        self.back = back
        self.reg = reg
        self.tid = tid
        self.size = size
        self.saved_gp = []
        self.saved_xmm = []
        self.ref_locs = []


class GcMap:
    """Data after the code: the jitframe word indexes holding references
    at one exit (or at entry), ended by -1 (jitmem.h)."""
    label: int
    indexes: list[int]

    def __init__(self, label: int, indexes: list[int]) -> None:
        self.label = label
        self.indexes = indexes


class WbStub:
    """The out-of-line slow path of one write barrier: saves the caller-
    saved registers in use, calls the GC's barrier on the object in `reg`,
    restores them and jumps back."""
    label: int
    back: int
    reg: int
    saved_gp: list[int]
    saved_xmm: list[int]

    def __init__(self, label: int, back: int, reg: int) -> None:
        self.label = label
        self.back = back
        self.reg = reg
        self.saved_gp = []
        self.saved_xmm = []


class LabelInfo:
    label: int
    locs: list[int]

    def __init__(self, label: int, locs: list[int]) -> None:
        self.label = label
        self.locs = locs


class CompiledLoop:
    """The result of assemble_loop: the code (mc, to be installed by
    codebuf.py), the descrs by returned index, the jitframe size, and for
    each descr the kinds of the values it writes to the jitframe."""
    mc: MachineCodeBuilder
    descrs: list[AbstractDescr]
    fail_kinds: list[list[int]]
    frame_words: int
    stack_slots: int
    entry_gcmap_pos: int
    gc_constants: list[GCRef]
    propagate_exc_index: int
    bridge_slots: list[int]
    descr_base: int
    direct_slots: list[int]
    exit_locs: list[list[int]]
    exit_consts: list[list[int]]
    start_pos: int
    start_locs: list[int]
    frame_size: int
    label_tokens: list[TargetToken]
    label_pos: list[int]
    label_locs: list[list[int]]
    exit_code_bytes: int
    exit_data_bytes: int

    def __init__(self, mc: MachineCodeBuilder) -> None:
        self.mc = mc
        self.descrs = []
        self.fail_kinds = []
        self.frame_words = 0
        self.stack_slots = 0
        # with the GC: the position in the code block of the gcmap of the
        # inputargs (set it in the jitframe before entering), -1 if none
        self.entry_gcmap_pos = -1
        # with the GC: the objects of the trace's ConstPtrs, whose addresses
        # are in the code; kept alive as long as the loop (they are old)
        self.gc_constants = []
        # with the GC: the exit taken when an allocation fails (MemoryError
        # in the jitframe's exc, no values), -1 if the loop allocates nothing
        self.propagate_exc_index = -1
        # per exit (descrs[k]): the position in the code block of the
        # 8-byte address the exit routine jumps to once a bridge is
        # attached (0: none, return to the caller; word 1 of the exit's
        # description, exits.py); see assemble_bridge
        self.bridge_slots = []
        # a bridge's exits are numbered from descr_base (they extend the
        # exits of the loop they are attached to)
        self.descr_base = 0
        # per exit: the position of the 8-byte address its stub jumps to
        # first, with every value still where the guard had it (0: none;
        # -1: this exit cannot be entered that way), and those locations
        # (NO_LOC: a constant).  See assemble_bridge.
        self.direct_slots = []
        self.exit_locs = []
        self.exit_consts = []
        # where code running on the same native frame enters this block
        # with its inputargs in start_locs (after the prologue), and the
        # size of the native frame below the saved registers it needs
        self.start_pos = 0
        self.start_locs = []
        self.frame_size = 0
        # per label of the trace: its token, position and the locations of
        # its arguments (a bridge's jump enters there: see _jump_direct)
        self.label_tokens = []
        self.label_pos = []
        self.label_locs = []
        # the bytes of the block that serve its exits only (measured for
        # OURO_LOG=jit-summary): the out-of-line code of the exits, and
        # their data (gcmaps and exit descriptions)
        self.exit_code_bytes = 0
        self.exit_data_bytes = 0


OPIS_CALL_ASSEMBLER = [False] * R.NUM_OPS
for _num in R._family('call_assembler'):
    if _num >= 0:
        OPIS_CALL_ASSEMBLER[_num] = True

SIGN_MASK = -0x8000000000000000
ABS_MASK = 0x7FFFFFFFFFFFFFFF


def swap_cc(cc: int) -> int:
    """The condition for the swapped operands (a < b  <=>  b > a)."""
    if cc == CC_L:
        return CC_G
    if cc == CC_G:
        return CC_L
    if cc == CC_LE:
        return CC_GE
    if cc == CC_GE:
        return CC_LE
    if cc == CC_B:
        return CC_A
    if cc == CC_A:
        return CC_B
    if cc == CC_BE:
        return CC_AE
    if cc == CC_AE:
        return CC_BE
    return cc


def int_cmp_cc(opnum: int) -> int:
    if opnum == rop.INT_LT:
        return CC_L
    if opnum == rop.INT_LE:
        return CC_LE
    if opnum == rop.INT_GT:
        return CC_G
    if opnum == rop.INT_GE:
        return CC_GE
    if opnum == rop.UINT_LT:
        return CC_B
    if opnum == rop.UINT_LE:
        return CC_BE
    if opnum == rop.UINT_GT:
        return CC_A
    if opnum == rop.UINT_GE:
        return CC_AE
    if opnum == rop.INT_EQ or opnum == rop.PTR_EQ or opnum == rop.INSTANCE_PTR_EQ:
        return CC_E
    if opnum == rop.INT_NE or opnum == rop.PTR_NE or opnum == rop.INSTANCE_PTR_NE:
        return CC_NE
    return -1


def is_int_cmp(opnum: int) -> bool:
    return int_cmp_cc(opnum) >= 0


def is_float_cmp(opnum: int) -> bool:
    return (opnum == rop.FLOAT_LT or opnum == rop.FLOAT_LE or opnum == rop.FLOAT_GT or
            opnum == rop.FLOAT_GE or opnum == rop.FLOAT_EQ or opnum == rop.FLOAT_NE)


def produces_single_cc(opnum: int) -> bool:
    """A comparison whose truth is one condition code (fusable with a
    following guard_true/guard_false)."""
    if is_int_cmp(opnum) or opnum == rop.INT_IS_TRUE or opnum == rop.INT_IS_ZERO:
        return True
    return (opnum == rop.FLOAT_LT or opnum == rop.FLOAT_LE or opnum == rop.FLOAT_GT or
            opnum == rop.FLOAT_GE)


def fits_imm(v: AbstractValue) -> bool:
    return isinstance(v, ConstInt) and fits_in_32(v.value) or (
        v.is_constant() and v.type == REF and fits_in_32(v.getref()))


def imm_of(v: AbstractValue) -> int:
    if v.type == REF:
        return v.getref()
    return v.getint()


def to_signed32(v: int) -> int:
    v = v & 0xFFFFFFFF
    if v >= 0x80000000:
        v -= 0x100000000
    return v


class Assembler:
    config: BackendConfig
    mc: MachineCodeBuilder
    ra: RegAlloc
    loop: CompiledLoop
    stubs: list[GuardStub]
    labels: dict[AbstractDescr, LabelInfo]
    start: LabelInfo
    exit_routine: int           # the address of the shared exit routine (exits.py)
    loop_addr: int              # a bridge's loop (its entry), 0 for a loop
    own: LoopEntry | None       # a bridge's loop
    size_patches: list[int]     # positions of the words -(40 + frame size): _set_rsp
    size_patch_mins: list[int]
    exit_tag: int               # returned with each exit's index (the runner's token number + 1)
    pending_cc: int
    pending_feq: int                  # a fused float_eq (1) or float_ne (2) for the next guard
    fused_box: AbstractValue | None   # a comparison fused with the guard being compiled
    fused_bits: int                   # its value where that guard fails
    sign_mask_label: int
    abs_mask_label: int
    frame_size_pos: int
    ops: list[ResOperation]
    trace: Trace
    gcmaps: list[GcMap]
    gcmap_labels: dict[str, int]      # a gcmap's indexes as text -> its label (shared)
    wb_stubs: list[WbStub]
    malloc_stubs: list[MallocStub]
    propagate_stub: GuardStub | None

    def __init__(self, config: BackendConfig, exit_tag: int = 0) -> None:
        self.config = config
        self.exit_tag = exit_tag

    # ------------------------------------------------------------ driver

    def assemble_loop(self, trace: Trace) -> CompiledLoop:
        return self._assemble(trace, 0, None, None, None)

    def assemble_bridge(self, trace: Trace, descr_base: int, own: LoopEntry,
                        entry_locs: list[int] | None,
                        entry_consts: list[int] | None) -> CompiledLoop:
        """A bridge: the code run instead of returning when an exit of an
        installed loop is taken (the runner patches that exit's stub).
        Its inputargs are the exit's values in order (the guard's
        fail_args).

        With entry_locs (the exit's `exit_locs`, and its constants), the
        bridge runs on the loop's native frame: the exit's stub jumps to
        its `start_pos` with every value where the guard had it, and the
        bridge starts from those locations (PyPy's bridges work so: no
        store, unwind, prologue and reload between a guard and its bridge).
        It also has the entry of a loop (the values in the jitframe
        words, the jitframe in rdi), which loads them into the same
        locations.  Without entry_locs, only that entry: the exit's stub
        leaves its values in the jitframe words, unwinds its native frame
        and jumps to the bridge's address.

        Its own exits are numbered from descr_base, after the loop's.  A
        `jump` without a label of its own goes back to the loop's start
        (`own`): directly, on the same native frame, if `own.direct_addr`,
        else through the jitframe words and the loop's entry.  No write
        barrier on those words: the next code reads them before anything
        can collect."""
        return self._assemble(trace, descr_base, own, entry_locs, entry_consts)

    def _assemble(self, trace: Trace, descr_base: int, own: LoopEntry | None,
                  entry_locs: list[int] | None, entry_consts: list[int] | None) -> CompiledLoop:
        mc = MachineCodeBuilder()
        self.mc = mc
        self.ra = RegAlloc(mc)
        self.loop = CompiledLoop(mc)
        self.stubs = []
        self.labels = {}
        self.pending_cc = -1
        self.pending_feq = 0
        self.fused_box = None
        self.fused_bits = 0
        self.sign_mask_label = -1
        self.abs_mask_label = -1
        self.trace = trace
        self.ops = trace.operations
        self.gcmaps = []
        self.gcmap_labels = {}
        self.wb_stubs = []
        self.malloc_stubs = []
        self.propagate_stub = None
        self.exit_routine = exit_routine_addr(self.config)
        self.loop.descr_base = descr_base
        self.own = own
        self.loop_addr = own.addr if own is not None else 0
        self.size_patches = []
        self.size_patch_mins = []
        self._make_constants_old(trace)
        self.ra.compute_liveness(trace.inputargs, trace.operations)
        frame_words = len(trace.inputargs)
        for op in trace.operations:
            if op.fail_args is not None and len(op.fail_args) > frame_words:
                frame_words = len(op.fail_args)
            if (op.opnum == rop.FINISH or op.opnum == rop.JUMP) and len(op.args) > frame_words:
                frame_words = len(op.args)
        self.loop.frame_words = frame_words
        if entry_locs is not None and entry_consts is not None:
            self._bridge_prologue(trace.inputargs, entry_locs, entry_consts)
        else:
            self._prologue(trace.inputargs)
        entry_gcmap = self._gcmap_of(trace.inputargs)
        ops = trace.operations
        for i in range(len(ops)):
            self.ra.position = i
            self._emit_op(i, ops[i])
            self.ra.free_temps()
        # the slow paths first: a failed allocation may add an exit
        self._emit_wb_stubs()
        self._emit_malloc_stubs()
        self._add_propagate_exit()
        exit_code_start = mc.get_size()
        self._emit_stubs()
        self.loop.exit_code_bytes = mc.get_size() - exit_code_start
        self._emit_constants()
        if entry_gcmap >= 0:
            self.loop.entry_gcmap_pos = mc.label_position(entry_gcmap)
        nslots = self.ra.max_slots
        size = 8 + 8 * nslots
        if size % 16 != 8:
            size += 8
        self.loop.stack_slots = nslots
        self.loop.frame_size = size
        pos = self.frame_size_pos
        mc.overwrite32(pos, size)
        mc.overwrite32(pos + 4, 0)
        for k in range(len(self.size_patches)):
            value = size
            if self.size_patch_mins[k] > value:
                value = self.size_patch_mins[k]
            # the word -(40 + value): rsp = rbp + it (see _set_rsp)
            word = -(40 + value)
            mc.overwrite32(self.size_patches[k], word & 0xFFFFFFFF)
            mc.overwrite32(self.size_patches[k] + 4, (word >> 32) & 0xFFFFFFFF)
        self.loop.start_pos = mc.label_position(self.start.label)
        self.loop.start_locs = self.start.locs
        for descr, info in self.labels.items():
            if isinstance(descr, TargetToken):
                self.loop.label_tokens.append(descr)
                self.loop.label_pos.append(mc.label_position(info.label))
                self.loop.label_locs.append(info.locs)
        return self.loop

    def _make_constants_old(self, trace: Trace) -> None:
        """With the GC: the code holds the addresses of the objects of the
        trace's constants as immediates, so they must not move: if one is
        young, a minor collection first (the ConstPtrs hold GCRefs, which
        the collection updates).  Compiling is rare and a minor collection
        cheap; rejected: a per-loop table of references loaded at run time
        (one more load per use).  The loop keeps them alive."""
        if not self.config.gc:
            return
        young = False
        for op in trace.operations:
            young = self._collect_refs(op.args) or young
            if op.fail_args is not None:
                young = self._collect_refs(op.fail_args) or young
        if young:
            rjitmem.collect_minor()

    def _collect_refs(self, values: list[AbstractValue]) -> bool:
        young = False
        for v in values:
            if isinstance(v, ConstPtr):
                ref = v.ref
                if ref is not None:
                    self.loop.gc_constants.append(ref)
                    if not rjitmem.gcref_is_old(ref):
                        young = True
        return young

    def _push_frame(self) -> None:
        """The native frame of an entry (the jitframe in rdi, then also in
        r11 and at rbp+JITFRAME_DISP)."""
        mc = self.mc
        mc.push_r(RBP)
        mc.mov_rr(RBP, RSP)
        mc.push_r(RBX)
        mc.push_r(R12)
        mc.push_r(R13)
        mc.push_r(R14)
        mc.push_r(R15)
        # sub rsp, FRAME (patched at the end, when the slots are counted)
        mc.mov_ri64(SCRATCH, 0)
        self.frame_size_pos = mc.get_size() - 8
        mc.alu_rr(ALU_SUB, RSP, SCRATCH)
        mc.mov_mr(RBP, JITFRAME_DISP, RDI)
        mc.mov_rr(SCRATCH, RDI)

    def _load_inputarg(self, i: int, loc: int) -> None:
        """Jitframe word i (r11 = the words) to loc."""
        mc = self.mc
        if is_gp(loc):
            mc.mov_rm(loc, SCRATCH, 8 * i)
        elif is_xmm(loc):
            mc.movsd_xm(loc - LOC_XMM, SCRATCH, 8 * i)
        else:
            mc.movsd_xm(XMM_SCRATCH, SCRATCH, 8 * i)
            mc.movsd_mx(RBP, slot_disp(loc), XMM_SCRATCH)

    def _clear_entry_gcmap(self) -> None:
        if self.config.gc:
            # the words are read: nothing in them is a root any more.  (An
            # exit entering a bridge, or a bridge's jump entering its loop,
            # wrote references into them without a write barrier, under a
            # gcmap naming them: a collection in the code entered must not
            # trace them.)
            self.mc.mov_mi(SCRATCH, self.config.frame_gcmap_disp, 0)

    def _set_rsp(self, min_size: int) -> None:
        """rsp = the bottom of this block's native frame (its size known
        at the end: patched), or of min_size bytes if that is bigger.
        Computed in r11 and set at once: rsp never goes up in between
        (stack slots more than 128 bytes below rsp are a signal handler's)."""
        mc = self.mc
        mc.mov_ri64(SCRATCH, 0)
        self.size_patches.append(mc.get_size() - 8)
        self.size_patch_mins.append(min_size)
        mc.alu_rr(ALU_ADD, SCRATCH, RBP)
        mc.mov_rr(RSP, SCRATCH)

    def _set_rsp_exact(self, size: int) -> None:
        mc = self.mc
        mc.mov_ri64(SCRATCH, -(40 + size))
        mc.alu_rr(ALU_ADD, SCRATCH, RBP)
        mc.mov_rr(RSP, SCRATCH)

    def _bridge_prologue(self, inputargs: list[AbstractValue], entry_locs: list[int],
                         entry_consts: list[int]) -> None:
        """The two entries of a bridge on its loop's native frame (see
        assemble_bridge): the jitframe entry loads the inputargs into the
        exit's locations, and falls into the direct entry, where they
        already are; the exit's constants are loaded there."""
        mc = self.mc
        ra = self.ra
        if len(entry_locs) != len(inputargs):
            raise BackendError("bridge: the inputargs do not match the exit's values")
        self._push_frame()
        locs: list[int] = []
        for i in range(len(inputargs)):
            v = inputargs[i]
            loc = entry_locs[i]
            if loc == NO_LOC or ra.last_use.get(v, -1) < 0:
                locs.append(NO_LOC)
                continue
            ra.claim(v, loc)
            self._load_inputarg(i, loc)
            locs.append(loc)
        self._clear_entry_gcmap()
        mc.align(16)
        label = mc.new_label()
        mc.bind(label)
        self._set_rsp(0)
        for i in range(len(inputargs)):
            v = inputargs[i]
            if entry_locs[i] != NO_LOC or ra.last_use.get(v, -1) < 0:
                continue
            loc = self._free_reg_or_slot(v)
            ra.assign(v, loc)
            emit_load_const(mc, entry_consts[i], loc)
        self.start = LabelInfo(label, locs)

    def _prologue(self, inputargs: list[AbstractValue]) -> None:
        mc = self.mc
        self._push_frame()
        ra = self.ra
        locs: list[int] = []
        for i in range(len(inputargs)):
            v = inputargs[i]
            if ra.last_use.get(v, -1) < 0:
                locs.append(NO_LOC)
                continue
            loc = self._free_reg_or_slot(v)
            ra.assign(v, loc)
            self._load_inputarg(i, loc)
            locs.append(loc)
        self._clear_entry_gcmap()
        mc.align(16)
        label = mc.new_label()
        mc.bind(label)
        self.start = LabelInfo(label, locs)

    def _free_reg_or_slot(self, v: AbstractValue) -> int:
        ra = self.ra
        if v.type == FLOAT:
            for x in XMM_REGS:
                if ra.xmm[x] is None:
                    return xmm_loc(x)
        else:
            order = GP_REGS
            if ra.crosses_call.get(v, False):
                order = [RBX, R12, R13, R14, R15] + GP_REGS
            for r in order:
                if ra.gp[r] is None:
                    return r
        return ra.new_slot(None)

    def _unwind(self) -> None:
        """Back to the state of the entry: callee-saved registers restored,
        the native frame gone, the return address on top."""
        emit_unwind(self.mc)

    def _tail_jump_to(self, addr: int) -> None:
        """Leave for another code block entered like a loop (the jitframe
        words already written)."""
        mc = self.mc
        mc.mov_rm(RDI, RBP, JITFRAME_DISP)
        self._unwind()
        mc.mov_ri64(RDX, addr)
        mc.jmp_r(RDX)

    def _emit_constants(self) -> None:
        mc = self.mc
        self.ra.emit_pool()
        if self.sign_mask_label >= 0 or self.abs_mask_label >= 0:
            mc.align_data(16)
            if self.sign_mask_label >= 0:
                mc.bind(self.sign_mask_label)
                mc.data64(SIGN_MASK)
                mc.data64(0)
            if self.abs_mask_label >= 0:
                mc.bind(self.abs_mask_label)
                mc.data64(ABS_MASK)
                mc.data64(0)
        if len(self.gcmaps) > 0:
            mc.align_data(8)
            self.loop.exit_data_bytes += 8 * len(self.gcmaps)
            for gm in self.gcmaps:
                self.loop.exit_data_bytes += 8 * len(gm.indexes)
                mc.bind(gm.label)
                for index in gm.indexes:
                    mc.data64(index)
                mc.data64(-1)
        self._emit_exit_descrs()

    def _emit_exit_descrs(self) -> None:
        """The exits' descriptions (exits.py), after the gcmaps (their
        positions are known); the positions of their two patchable words
        are the exits' direct_slots and bridge_slots."""
        mc = self.mc
        start = mc.get_size()
        for stub in self.stubs:
            gcmap_pos = -1
            if stub.gcmap_label >= 0:
                gcmap_pos = mc.label_position(stub.gcmap_label)
            pos = emit_descr(mc, stub.descr_label, self.exit_routine,
                             (self.exit_tag << EXIT_TAG_SHIFT) | stub.descr_index,
                             gcmap_pos, stub.take_exc, encode_locs(stub.locs, stub.consts))
            if stub.take_exc:
                # the exception must reach the jitframe: no direct entry
                self.loop.direct_slots.append(-1)
            else:
                # a bridge on the same native frame, once attached
                self.loop.direct_slots.append(pos + DESCR_DIRECT)
            self.loop.bridge_slots.append(pos + DESCR_BRIDGE)
        self.loop.exit_data_bytes += mc.get_size() - start

    def _gcmap_of(self, values: list[AbstractValue]) -> int:
        """With the GC: the label of a gcmap naming the references among
        values (jitframe words 0..n-1), or -1 if there is none.  Exits with
        the same references share one gcmap (it is read-only data)."""
        if not self.config.gc:
            return -1
        indexes: list[int] = []
        parts: list[str] = []
        for k in range(len(values)):
            if values[k].type == REF:
                indexes.append(k)
                parts.append(str(k))
        if len(indexes) == 0:
            return -1
        key = ",".join(parts)
        label = self.gcmap_labels.get(key, -1)
        if label < 0:
            label = self.mc.new_label()
            self.gcmaps.append(GcMap(label, indexes))
            self.gcmap_labels[key] = label
        return label

    # ------------------------------------------------------------ exits

    def _new_exit(self, descr: AbstractDescr | None, values: list[AbstractValue]) -> GuardStub:
        """Record an exit with the current locations of values."""
        if descr is None:
            raise BackendError("a guard or finish without descr")
        index = self.loop.descr_base + len(self.loop.descrs)
        self.loop.descrs.append(descr)
        kinds: list[int] = []
        stub = GuardStub(self.mc.new_label(), index)
        for v in values:
            kinds.append(v.type)
            if v.is_constant():
                stub.locs.append(NO_LOC)
                stub.consts.append(const_bits(v))
            elif v is self.fused_box:
                stub.locs.append(NO_LOC)
                stub.consts.append(self.fused_bits)
            else:
                stub.locs.append(self.ra.location_of(v))
                stub.consts.append(0)
        self.loop.fail_kinds.append(kinds)
        stub.gcmap_label = self._gcmap_of(values)
        self.stubs.append(stub)
        return stub

    def _add_propagate_exit(self) -> None:
        """The propagate-exception exit, if an allocation needs it: the
        last descr, after the trace's exits (their indexes do not depend on
        whether the loop allocates)."""
        stub = self.propagate_stub
        if stub is None:
            return
        stub.descr_index = self.loop.descr_base + len(self.loop.descrs)
        self.loop.descrs.append(FinishDescr('propagate exception'))
        self.loop.fail_kinds.append([])
        self.loop.propagate_exc_index = stub.descr_index
        self.stubs.append(stub)

    def _check_alloc(self, reg: int = RAX) -> None:
        """After a call to a GC allocator (result in reg, rax unless said):
        NULL means MemoryError, raised by the allocator; leave the loop by
        the loop's propagate-exception exit (the exception taken into the
        jitframe), whatever the machine stack holds (the exit routine resets
        rsp)."""
        stub = self.propagate_stub
        if stub is None:
            # its index is given after the trace's own exits (_add_propagate_exit)
            stub = GuardStub(self.mc.new_label(), -1)
            stub.take_exc = True
            self.propagate_stub = stub
        self.mc.test_rr(reg, reg)
        self.mc.jcc_j32(CC_E, stub.label)

    def _guard_jump(self, op: ResOperation, cc_fail: int) -> GuardStub:
        fail_args: list[AbstractValue] = []
        if op.fail_args is not None:
            fail_args = op.fail_args
        stub = self._new_exit(op.descr, fail_args)
        self.mc.jcc_j32(cc_fail, stub.label)
        return stub

    def _emit_stubs(self) -> None:
        """Each exit's stub (exits.py); its description comes with the
        data (_emit_exit_descrs)."""
        mc = self.mc
        for stub in self.stubs:
            mc.bind(stub.label)
            self.loop.exit_locs.append(stub.locs)
            self.loop.exit_consts.append(stub.consts)
            stub.descr_label = mc.new_label()
            emit_stub(mc, stub.descr_label)

    def _emit_malloc_stubs(self) -> None:
        mc = self.mc
        for ms in self.malloc_stubs:
            mc.bind(ms.label)
            area = self._save_regs(ms.saved_gp, ms.saved_xmm)
            self._push_roots_at(ms.ref_locs)
            mc.mov_ri(RDI, ms.tid)
            mc.mov_ri(RSI, ms.size)
            mc.mov_ri(RAX, self.config.gc_malloc_addr)
            mc.call_r(RAX)
            # the result first: nothing was evicted, so a live reference
            # may be in rax, reloaded from the shadow stack below; and rax
            # may be one of the saved registers, restored after
            if ms.reg != RAX:
                mc.mov_rr(ms.reg, RAX)
            self._pop_roots_at(ms.ref_locs)
            self._check_alloc(ms.reg)
            self._restore_regs(ms.saved_gp, ms.saved_xmm, area)
            mc.jmp_j32(ms.back)

    def _save_regs(self, gp: list[int], xmm: list[int]) -> int:
        """Push gp registers and store xmm registers below, keeping rsp
        16-byte aligned (it is in the body); returns the xmm area size."""
        mc = self.mc
        for r in gp:
            mc.push_r(r)
        area = 16 * len(xmm)
        if len(gp) % 2 == 1:
            area += 8
        if area > 0:
            mc.sub_ri(RSP, area)
        for k in range(len(xmm)):
            mc.movsd_mx(RSP, 16 * k, xmm[k])
        return area

    def _restore_regs(self, gp: list[int], xmm: list[int], area: int) -> None:
        mc = self.mc
        for k in range(len(xmm)):
            mc.movsd_xm(xmm[k], RSP, 16 * k)
        if area > 0:
            mc.add_ri(RSP, area)
        i = len(gp) - 1
        while i >= 0:
            mc.pop_r(gp[i])
            i -= 1

    def _emit_wb_stubs(self) -> None:
        mc = self.mc
        for wb in self.wb_stubs:
            mc.bind(wb.label)
            n = len(wb.saved_gp)
            for r in wb.saved_gp:
                mc.push_r(r)
            # keep rsp 16-byte aligned at the call
            area = 16 * len(wb.saved_xmm)
            if n % 2 == 1:
                area += 8
            if area > 0:
                mc.sub_ri(RSP, area)
            for k in range(len(wb.saved_xmm)):
                mc.movsd_mx(RSP, 16 * k, wb.saved_xmm[k])
            if wb.reg != RDI:
                mc.mov_rr(RDI, wb.reg)
            mc.mov_ri(RAX, self.config.wb_addr)
            mc.call_r(RAX)
            for k in range(len(wb.saved_xmm)):
                mc.movsd_xm(wb.saved_xmm[k], RSP, 16 * k)
            if area > 0:
                mc.add_ri(RSP, area)
            i = n - 1
            while i >= 0:
                mc.pop_r(wb.saved_gp[i])
                i -= 1
            mc.jmp_j32(wb.back)

    # ------------------------------------------------------------ dispatch

    def _finish_op(self, op: ResOperation) -> None:
        ra = self.ra
        ra.free_dead(op.args)
        if op.fail_args is not None:
            ra.free_dead(op.fail_args)
        if op.has_result() and ra.last_use.get(op, -1) <= ra.position:
            ra.release(op)

    def _fusable(self, i: int, op: ResOperation) -> bool:
        if not (produces_single_cc(op.opnum) or op.opnum == rop.FLOAT_EQ or
                op.opnum == rop.FLOAT_NE) or i + 1 >= len(self.ops):
            return False
        nxt = self.ops[i + 1]
        if nxt.opnum != rop.GUARD_TRUE and nxt.opnum != rop.GUARD_FALSE:
            return False
        # (op may be among the guard's fail_args: its value is known when
        # the guard fails, and the exit stores that constant: _new_exit)
        return nxt.args[0] is op and self.ra.last_use.get(op, -1) == i + 1

    def _emit_op(self, i: int, op: ResOperation) -> None:
        opnum = op.opnum
        if opnum == rop.INT_ADD or opnum == rop.INT_ADD_OVF:
            self._int_binop(op, ALU_ADD, True)
        elif opnum == rop.INT_SUB or opnum == rop.INT_SUB_OVF:
            self._int_binop(op, ALU_SUB, False)
        elif opnum == rop.INT_AND:
            self._int_binop(op, ALU_AND, True)
        elif opnum == rop.INT_OR:
            self._int_binop(op, ALU_OR, True)
        elif opnum == rop.INT_XOR:
            self._int_binop(op, ALU_XOR, True)
        elif opnum == rop.INT_MUL or opnum == rop.INT_MUL_OVF:
            self._int_binop(op, -1, True)
        elif opnum == rop.INT_FLOORDIV or opnum == rop.INT_MOD:
            self._int_divmod(op)
        elif opnum == rop.INT_LSHIFT or opnum == rop.INT_RSHIFT or opnum == rop.UINT_RSHIFT:
            self._int_shift(op)
        elif opnum == rop.INT_NEG or opnum == rop.INT_INVERT:
            self._int_unary(op)
        elif is_int_cmp(opnum):
            self._int_cmp(i, op, int_cmp_cc(opnum))
        elif opnum == rop.INT_IS_TRUE or opnum == rop.INT_IS_ZERO:
            self._int_is_true(i, op)
        elif opnum == rop.FLOAT_ADD or opnum == rop.FLOAT_SUB or \
                opnum == rop.FLOAT_MUL or opnum == rop.FLOAT_TRUEDIV:
            self._float_binop(op)
        elif opnum == rop.FLOAT_NEG or opnum == rop.FLOAT_ABS or opnum == rop.FLOAT_SQRT:
            self._float_unary(op)
        elif is_float_cmp(opnum):
            self._float_cmp(i, op)
        elif opnum == rop.CAST_INT_TO_FLOAT:
            self._cast_int_to_float(op)
        elif opnum == rop.CAST_FLOAT_TO_INT:
            self._cast_float_to_int(op)
        elif R.OPIS_SAME_AS[opnum]:
            self._same_as(op)
        elif R.OPGUARD[opnum]:
            self._guard(op)
        elif R.OPIS_GETFIELD[opnum]:
            self._getfield(op)
        elif opnum == rop.SETFIELD_GC:
            self._setfield(op)
        elif R.OPIS_GETARRAYITEM[opnum]:
            self._getarrayitem(op)
        elif opnum == rop.SETARRAYITEM_GC:
            self._setarrayitem(op)
        elif opnum == rop.ARRAYLEN_GC:
            self._arraylen(op)
        elif opnum == rop.NEW or opnum == rop.NEW_WITH_VTABLE or opnum == rop.NEW_ARRAY:
            self._malloc(op)
        elif R.OPCALL[opnum] and not R.OPIS_ESCAPE[opnum] and \
                not OPIS_CALL_ASSEMBLER[opnum]:
            self._call(op)     # call_may_force too: nothing forces yet
        elif opnum == rop.LABEL:
            self._label(op)
        elif opnum == rop.JUMP:
            self._jump(op)
        elif opnum == rop.FINISH:
            self._finish(op)
        elif opnum == rop.DEBUG_MERGE_POINT:
            pass
        elif opnum == rop.RESTORE_EXCEPTION and self.config.gc:
            self._restore_exception()
        else:
            raise BackendError("x86 backend: operation not supported: " + op.getopname())
        self._finish_op(op)

    # ------------------------------------------------------------ helpers

    def _store_const_word(self, base: int, disp: int, bits: int, tmp: int) -> None:
        """[base + disp] = bits, through the register tmp (clobbered) when
        bits does not fit in a sign-extended 32-bit immediate."""
        if fits_in_32(bits):
            self.mc.mov_mi(base, disp, bits)
        else:
            self.mc.mov_ri(tmp, bits)
            self.mc.mov_mr(base, disp, tmp)

    def _take_or_copy(self, op: ResOperation, a: AbstractValue, forbidden: list[int]) -> int:
        """A register for op's result holding a copy of a: a's own register
        when a dies here (and is not in forbidden), else a fresh one."""
        ra = self.ra
        if not a.is_constant() and ra.is_dead_after(a, ra.position):
            loc = ra.location_of(a)
            if loc not in forbidden and not (is_stack(loc)):
                ra.release(a)
                ra.result_in(op, loc)
                return loc
        r = ra.result_reg(op, forbidden)
        if a.is_constant():
            emit_load_const(self.mc, const_bits(a), r)
        else:
            emit_move(self.mc, ra.location_of(a), r)
        return r

    # ------------------------------------------------------------ integers

    def _int_binop(self, op: ResOperation, alu: int, commutative: bool) -> None:
        a = op.args[0]
        b = op.args[1]
        if commutative and a.is_constant() and not b.is_constant():
            a, b = b, a
        ra = self.ra
        mc = self.mc
        rb = -1
        imm = 0
        if fits_imm(b) and b is not a:
            imm = imm_of(b)
        else:
            rb = ra.in_reg(b, [])
        forb: list[int] = []
        if rb >= 0:
            forb.append(rb)
        if rb < 0 and (op.opnum == rop.INT_ADD or op.opnum == rop.INT_SUB) and \
                not a.is_constant() and not ra.is_dead_after(a, ra.position) and \
                is_gp(ra.location_of(a)) and fits_in_32(-imm):
            # a stays live: r = a + imm in one lea (flags not needed here)
            src = ra.location_of(a)
            r = ra.result_reg(op, [src])
            if op.opnum == rop.INT_SUB:
                imm = -imm
            mc.lea_rm(r, src, imm)
            return
        if a is b:
            r = ra.result_reg(op, forb)
            mc.mov_rr(r, rb)
        else:
            r = self._take_or_copy(op, a, forb)
        if alu < 0:
            if rb >= 0:
                mc.imul_rr(r, rb)
            else:
                mc.imul_rri(r, r, imm)
        elif rb >= 0:
            mc.alu_rr(alu, r, rb)
        else:
            mc.alu_ri(alu, r, imm)

    def _int_unary(self, op: ResOperation) -> None:
        r = self._take_or_copy(op, op.args[0], [])
        if op.opnum == rop.INT_NEG:
            self.mc.neg_r(r)
        else:
            self.mc.not_r(r)

    def _int_shift(self, op: ResOperation) -> None:
        a = op.args[0]
        b = op.args[1]
        ra = self.ra
        mc = self.mc
        opnum = op.opnum
        if b.is_constant():
            r = self._take_or_copy(op, a, [])
            count = b.getint() & 63
            if opnum == rop.INT_LSHIFT:
                mc.shl_ri(r, count)
            elif opnum == rop.INT_RSHIFT:
                mc.sar_ri(r, count)
            else:
                mc.shr_ri(r, count)
            return
        if ra.location_of(b) != RCX:
            ra.evict(RCX, [])
            emit_move(mc, ra.location_of(b), RCX)
            ra.temps.append(RCX)
        r = self._take_or_copy(op, a, [RCX])
        if opnum == rop.INT_LSHIFT:
            mc.shl_rcl(r)
        elif opnum == rop.INT_RSHIFT:
            mc.sar_rcl(r)
        else:
            mc.shr_rcl(r)

    def _int_divmod(self, op: ResOperation) -> None:
        a = op.args[0]
        b = op.args[1]
        if isinstance(b, ConstInt) and b.value >= 2 and not a.is_constant():
            d = b.value
            if is_power_of_two(d) and d <= 0x40000000:
                self._int_divmod_pow2(op, d)
                return
            if not is_power_of_two(d) and d < MAX_MAGIC_DIVISOR:
                self._int_divmod_magic(op, d)
                return
        ra = self.ra
        mc = self.mc
        ra.evict(RAX, [RDX])
        ra.evict(RDX, [RAX])
        ra.temps.append(RAX)
        ra.temps.append(RDX)
        rb = ra.in_reg(b, [RAX, RDX])
        if a.is_constant():
            emit_load_const(mc, const_bits(a), RAX)
        else:
            emit_move(mc, ra.location_of(a), RAX)
        normal = mc.new_label()
        done = mc.new_label()
        mc.cmp_ri(rb, -1)
        mc.jcc_j8(CC_NE, normal)
        mc.neg_r(RAX)                 # x // -1 == -x (wraps for MININT), x % -1 == 0
        mc.xor32_rr(RDX, RDX)
        mc.jmp_j32(done)
        mc.bind(normal)
        mc.cqo()
        mc.idiv_r(rb)
        # idiv truncates; floor: if the remainder is non-zero and its sign
        # differs from the divisor's, q -= 1 and r += b
        mc.test_rr(RDX, RDX)
        mc.jcc_j8(CC_E, done)
        mc.mov_rr(SCRATCH, RDX)
        mc.xor_rr(SCRATCH, rb)
        mc.jcc_j8(CC_NS, done)
        if op.opnum == rop.INT_FLOORDIV:
            mc.sub_ri(RAX, 1)
        else:
            mc.add_rr(RDX, rb)
        mc.bind(done)
        ra.free_dead(op.args)
        ra.temps = []
        if op.opnum == rop.INT_FLOORDIV:
            ra.result_in(op, RAX)
        else:
            ra.result_in(op, RDX)

    def _int_divmod_pow2(self, op: ResOperation, d: int) -> None:
        """By 2**k: an arithmetic shift rounds towards minus infinity, and
        the low bits are the remainder of that rounding (for any sign)."""
        r = self._take_or_copy(op, op.args[0], [])
        if op.opnum == rop.INT_FLOORDIV:
            k = log2_ceil(d)
            self.mc.sar_ri(r, k)
        else:
            self.mc.and_ri(r, d - 1)
        self.ra.free_dead(op.args)

    def _int_divmod_magic(self, op: ResOperation, d: int) -> None:
        """By another constant: a multiplication by its magic number
        (intdiv.py), on the dividend's complement if it is negative:

            t = x >> 63;  rdx:rax = (x ^ t) * m;  q = (rdx >> (l - 1)) ^ t
            x % d = x - q * d"""
        a = op.args[0]
        ra = self.ra
        mc = self.mc
        ra.evict(RAX, [RDX])
        ra.evict(RDX, [RAX])
        ra.temps.append(RAX)
        ra.temps.append(RDX)
        t = ra.temp_reg(INT, [RAX, RDX])
        xloc = ra.location_of(a)
        emit_move(mc, xloc, RAX)
        mc.mov_rr(t, RAX)
        mc.sar_ri(t, 63)
        mc.xor_rr(RAX, t)
        mc.mov_ri64(RDX, magic(d))
        mc.mul_r(RDX)
        l = log2_ceil(d)
        if l > 1:
            mc.shr_ri(RDX, l - 1)
        mc.xor_rr(RDX, t)
        if op.opnum == rop.INT_MOD:
            if fits_in_32(d):
                mc.imul_rri(RDX, RDX, d)
            else:
                mc.mov_ri(t, d)
                mc.imul_rr(RDX, t)
            emit_move(mc, xloc, RAX)
            mc.sub_rr(RAX, RDX)
        ra.free_dead(op.args)
        ra.temps = []
        if op.opnum == rop.INT_FLOORDIV:
            ra.result_in(op, RDX)
        else:
            ra.result_in(op, RAX)

    def _int_cmp(self, i: int, op: ResOperation, cc: int) -> None:
        a = op.args[0]
        b = op.args[1]
        if a.is_constant() and not b.is_constant():
            a, b = b, a
            cc = swap_cc(cc)
        ra = self.ra
        mc = self.mc
        r_a = ra.in_reg(a, [])
        if fits_imm(b):
            mc.cmp_ri(r_a, imm_of(b))
        else:
            r_b = ra.in_reg(b, [r_a])
            mc.cmp_rr(r_a, r_b)
        self._set_result_cc(i, op, cc)

    def _int_is_true(self, i: int, op: ResOperation) -> None:
        r = self.ra.in_reg(op.args[0], [])
        self.mc.test_rr(r, r)
        if op.opnum == rop.INT_IS_TRUE:
            self._set_result_cc(i, op, CC_NE)
        else:
            self._set_result_cc(i, op, CC_E)

    def _set_result_cc(self, i: int, op: ResOperation, cc: int) -> None:
        """The flags say op's truth by cc: fuse with the next guard, or
        materialize 0/1 in a register (setcc does not touch the flags)."""
        if self._fusable(i, op):
            self.pending_cc = cc
            return
        ra = self.ra
        ra.free_dead(op.args)
        ra.free_temps()
        r = ra.result_reg(op, [])
        self.mc.setcc_r(cc, r)
        self.mc.movzx8_rr(r, r)

    # ------------------------------------------------------------ floats

    def _float_binop(self, op: ResOperation) -> None:
        a = op.args[0]
        b = op.args[1]
        ra = self.ra
        mc = self.mc
        xb = ra.in_reg(b, [])
        if a is b:
            x = ra.result_reg(op, [xb])
            mc.movapd_xx(x - LOC_XMM, xb - LOC_XMM)
        else:
            x = self._take_or_copy(op, a, [xb])
        d = x - LOC_XMM
        s = xb - LOC_XMM
        opnum = op.opnum
        if opnum == rop.FLOAT_ADD:
            mc.addsd_xx(d, s)
        elif opnum == rop.FLOAT_SUB:
            mc.subsd_xx(d, s)
        elif opnum == rop.FLOAT_MUL:
            mc.mulsd_xx(d, s)
        else:
            mc.divsd_xx(d, s)

    def _float_unary(self, op: ResOperation) -> None:
        x = self._take_or_copy(op, op.args[0], [])
        mc = self.mc
        if op.opnum == rop.FLOAT_SQRT:
            mc.sqrtsd_xx(x - LOC_XMM, x - LOC_XMM)
        elif op.opnum == rop.FLOAT_NEG:
            if self.sign_mask_label < 0:
                self.sign_mask_label = mc.new_label()
            mc.xorpd_xl(x - LOC_XMM, self.sign_mask_label)
        else:
            if self.abs_mask_label < 0:
                self.abs_mask_label = mc.new_label()
            mc.andpd_xl(x - LOC_XMM, self.abs_mask_label)

    def _float_cmp(self, i: int, op: ResOperation) -> None:
        a = op.args[0]
        b = op.args[1]
        ra = self.ra
        mc = self.mc
        xa = ra.in_reg(a, [])
        xb = ra.in_reg(b, [xa])
        opnum = op.opnum
        # ucomisd: unordered sets ZF PF CF; "above" conditions are false then
        if opnum == rop.FLOAT_LT:
            mc.ucomisd_xx(xb - LOC_XMM, xa - LOC_XMM)
            self._set_result_cc(i, op, CC_A)
        elif opnum == rop.FLOAT_LE:
            mc.ucomisd_xx(xb - LOC_XMM, xa - LOC_XMM)
            self._set_result_cc(i, op, CC_AE)
        elif opnum == rop.FLOAT_GT:
            mc.ucomisd_xx(xa - LOC_XMM, xb - LOC_XMM)
            self._set_result_cc(i, op, CC_A)
        elif opnum == rop.FLOAT_GE:
            mc.ucomisd_xx(xa - LOC_XMM, xb - LOC_XMM)
            self._set_result_cc(i, op, CC_AE)
        else:
            mc.ucomisd_xx(xa - LOC_XMM, xb - LOC_XMM)
            if self._fusable(i, op):
                # equal: ZF set and PF clear (PF: unordered); the guard
                # tests both (_guard_float_eq)
                self.pending_feq = 1 if opnum == rop.FLOAT_EQ else 2
                return
            ra.free_dead(op.args)
            ra.free_temps()
            r = ra.result_reg(op, [])
            if opnum == rop.FLOAT_EQ:
                mc.setcc_r(CC_E, r)
                mc.setcc_r(CC_NP, SCRATCH)
                mc.movzx8_rr(r, r)
                mc.movzx8_rr(SCRATCH, SCRATCH)
                mc.and_rr(r, SCRATCH)
            else:
                mc.setcc_r(CC_NE, r)
                mc.setcc_r(CC_P, SCRATCH)
                mc.movzx8_rr(r, r)
                mc.movzx8_rr(SCRATCH, SCRATCH)
                mc.or_rr(r, SCRATCH)

    def _cast_int_to_float(self, op: ResOperation) -> None:
        ra = self.ra
        r = ra.in_reg(op.args[0], [])
        ra.free_dead(op.args)
        x = ra.result_reg(op, [])
        self.mc.cvtsi2sd_xr(x - LOC_XMM, r)

    def _cast_float_to_int(self, op: ResOperation) -> None:
        ra = self.ra
        x = ra.in_reg(op.args[0], [])
        ra.free_dead(op.args)
        r = ra.result_reg(op, [])
        self.mc.cvttsd2si_rx(r, x - LOC_XMM)

    def _same_as(self, op: ResOperation) -> None:
        self._take_or_copy(op, op.args[0], [])

    # ------------------------------------------------------------ guards

    def _guard(self, op: ResOperation) -> None:
        opnum = op.opnum
        ra = self.ra
        mc = self.mc
        if opnum == rop.GUARD_TRUE or opnum == rop.GUARD_FALSE or \
                opnum == rop.GUARD_NONNULL or opnum == rop.GUARD_ISNULL:
            if self.pending_feq > 0:
                self._guard_float_eq(op)
                return
            if self.pending_cc >= 0:
                cc = self.pending_cc
                self.pending_cc = -1
                # the comparison was not materialized: where the guard
                # fails, it is 0 (guard_true) or 1 (guard_false)
                self.fused_box = op.args[0]
                if opnum == rop.GUARD_TRUE:
                    self.fused_bits = 0
                    self._guard_jump(op, invert_cc(cc))
                else:
                    self.fused_bits = 1
                    self._guard_jump(op, cc)
                self.fused_box = None
                return
            a = op.args[0]
            if a.is_constant():
                # a guard on a constant (the optimizer folds these): always
                # passes or always fails
                truth = const_bits(a) != 0
                if truth == (opnum == rop.GUARD_TRUE or opnum == rop.GUARD_NONNULL):
                    return
                stub = self._new_exit(op.descr, self._fail_args(op))
                mc.jmp_j32(stub.label)
                return
            loc = ra.location_of(a)
            if is_stack(loc):
                mc.cmp_mi(RBP, slot_disp(loc), 0)
            else:
                mc.test_rr(loc, loc)
            if opnum == rop.GUARD_TRUE or opnum == rop.GUARD_NONNULL:
                self._guard_jump(op, CC_E)
            else:
                self._guard_jump(op, CC_NE)
        elif opnum == rop.GUARD_VALUE:
            a = op.args[0]
            b = op.args[1]
            if a.type == FLOAT:
                xa = ra.in_reg(a, [])
                xb = ra.in_reg(b, [xa])
                mc.ucomisd_xx(xa - LOC_XMM, xb - LOC_XMM)
                stub = self._guard_jump(op, CC_NE)
                mc.jcc_j32(CC_P, stub.label)
                return
            if a.is_constant():
                a, b = b, a
            r_a = ra.in_reg(a, [])
            if fits_imm(b):
                mc.cmp_ri(r_a, imm_of(b))
            else:
                r_b = ra.in_reg(b, [r_a])
                mc.cmp_rr(r_a, r_b)
            self._guard_jump(op, CC_NE)
        elif opnum == rop.GUARD_CLASS or opnum == rop.GUARD_NONNULL_CLASS:
            r_p = ra.in_reg(op.args[0], [])
            cstub: GuardStub | None = None
            if opnum == rop.GUARD_NONNULL_CLASS:
                mc.test_rr(r_p, r_p)
                cstub = self._guard_jump(op, CC_E)
            self._cmp_class(r_p, op.args[1])
            if cstub is None:
                self._guard_jump(op, CC_NE)
            else:
                mc.jcc_j32(CC_NE, cstub.label)
        elif opnum == rop.GUARD_NO_EXCEPTION and self.config.gc:
            # rpy_exc_value != NULL: the call raised; the exit moves the
            # exception into the jitframe (and clears it)
            mc.mov_ri(SCRATCH, self.config.exc_addr)
            mc.cmp_mi(SCRATCH, 0, 0)
            exc_stub = self._guard_jump(op, CC_NE)
            exc_stub.take_exc = True
        elif opnum == rop.GUARD_EXCEPTION and self.config.gc:
            self._guard_exception(op)
        elif opnum == rop.GUARD_NO_OVERFLOW:
            self._guard_jump(op, CC_O)
        elif opnum == rop.GUARD_OVERFLOW:
            self._guard_jump(op, CC_NO)
        elif opnum == rop.GUARD_NOT_INVALIDATED or opnum == rop.GUARD_FUTURE_CONDITION or \
                opnum == rop.GUARD_NOT_FORCED:
            pass      # nothing invalidates or forces yet
        else:
            raise BackendError("x86 backend: guard not supported: " + op.getopname())

    def _guard_float_eq(self, op: ResOperation) -> None:
        """guard_true/guard_false on a fused float_eq/float_ne (the flags
        of its ucomisd): the guard wants "equal" to hold or not."""
        mc = self.mc
        want_equal = (op.opnum == rop.GUARD_TRUE) == (self.pending_feq == 1)
        self.pending_feq = 0
        # where the guard fails, the comparison's value is known
        self.fused_box = op.args[0]
        self.fused_bits = 0 if op.opnum == rop.GUARD_TRUE else 1
        if want_equal:
            # fail when not equal or unordered
            stub = self._guard_jump(op, CC_NE)
            mc.jcc_j32(CC_P, stub.label)
        else:
            # fail when equal and ordered
            ordered = mc.new_label()
            mc.jcc_j8(CC_P, ordered)
            self._guard_jump(op, CC_E)
            mc.bind(ordered)
        self.fused_box = None

    def _guard_exception(self, op: ResOperation) -> None:
        """guard_exception(cls) with the GC: the pending exception must be
        an instance of exactly the class cls (its type id); the result is
        the exception, and it is no longer pending.  On failure the exit
        moves whatever is pending (maybe nothing) into the jitframe."""
        mc = self.mc
        cls = op.args[0]
        if not isinstance(cls, ConstInt):
            raise BackendError("guard_exception: the class must be a constant")
        r = self.ra.result_reg(op, [])
        mc.mov_ri(SCRATCH, self.config.exc_addr)
        mc.mov_rm(r, SCRATCH, 0)
        mc.test_rr(r, r)
        stub = self._guard_jump(op, CC_E)
        stub.take_exc = True
        mc.mov32_rm(SCRATCH, r, 0)
        mc.cmp_ri(SCRATCH, cls.value)
        mc.jcc_j32(CC_NE, stub.label)
        mc.mov_ri(SCRATCH, self.config.exc_addr)
        mc.mov_mi(SCRATCH, 0, 0)

    def _restore_exception(self) -> None:
        """The exception the exit took into the jitframe (the exit routine)
        pending again, at the start of its bridge (entered from the
        jitframe: rbp+JITFRAME_DISP holds it).  Through the scratch
        registers only: every other one may hold an inputarg."""
        mc = self.mc
        cfg = self.config
        mc.mov_rm(SCRATCH, RBP, JITFRAME_DISP)
        mc.movsd_xm(XMM_SCRATCH, SCRATCH, cfg.frame_exc_disp)
        mc.mov_mi(SCRATCH, cfg.frame_exc_disp, 0)
        mc.mov_ri(SCRATCH, cfg.exc_addr)
        mc.movsd_mx(SCRATCH, 0, XMM_SCRATCH)

    def _fail_args(self, op: ResOperation) -> list[AbstractValue]:
        if op.fail_args is None:
            return []
        return op.fail_args

    def _cmp_class(self, r_p: int, cls: AbstractValue) -> None:
        """cmp the class word of the object in r_p with cls (with the GC:
        the 32-bit type id; the upper half of the header word is flags)."""
        ofs = self.config.vtable_offset
        if self.config.gc:
            self.mc.mov32_rm(SCRATCH, r_p, ofs)
            if fits_imm(cls):
                self.mc.cmp_ri(SCRATCH, imm_of(cls))
            else:
                self.mc.cmp_rr(SCRATCH, self.ra.in_reg(cls, [r_p]))
            return
        if fits_imm(cls):
            self.mc.cmp_mi(r_p, ofs, imm_of(cls))
        else:
            r_c = self.ra.in_reg(cls, [r_p])
            self.mc.cmp_mr(r_p, ofs, r_c)

    # ------------------------------------------------------------ heap

    def _load(self, dst: int, kind: int, size: int, base: int, index: int,
              scale: int, disp: int) -> None:
        """dst = the kind/size value at [base + index*scale + disp]
        (index < 0: none).  Narrow integers are zero-extended."""
        mc = self.mc
        if kind == FLOAT:
            if index < 0:
                mc.movsd_xm(dst - LOC_XMM, base, disp)
            else:
                mc.movsd_xa(dst - LOC_XMM, base, index, scale, disp)
        elif size == 8:
            if index < 0:
                mc.mov_rm(dst, base, disp)
            else:
                mc.mov_ra(dst, base, index, scale, disp)
        elif size == 4:
            if index < 0:
                mc.mov32_rm(dst, base, disp)
            else:
                mc.mov32_ra(dst, base, index, scale, disp)
        elif size == 2:
            if index < 0:
                mc.movzx16_rm(dst, base, disp)
            else:
                mc.movzx16_ra(dst, base, index, scale, disp)
        elif size == 1:
            if index < 0:
                mc.movzx8_rm(dst, base, disp)
            else:
                mc.movzx8_ra(dst, base, index, scale, disp)
        else:
            raise BackendError("x86 backend: field size %d" % size)

    def _store(self, v: AbstractValue, size: int, base: int, index: int,
               scale: int, disp: int, forbidden: list[int]) -> None:
        """[base + index*scale + disp] = v (size bytes)."""
        mc = self.mc
        if v.type != FLOAT and fits_imm(v):
            imm = imm_of(v)
            if size == 8:
                if index < 0:
                    mc.mov_mi(base, disp, imm)
                else:
                    mc.mov_ai(base, index, scale, disp, imm)
            elif size == 4:
                if index < 0:
                    mc.mov32_mi(base, disp, to_signed32(imm))
                else:
                    mc.mov32_ai(base, index, scale, disp, to_signed32(imm))
            elif size == 2:
                if index < 0:
                    mc.mov16_mi(base, disp, imm & 0xFFFF)
                else:
                    mc.mov16_ai(base, index, scale, disp, imm & 0xFFFF)
            elif size == 1:
                if index < 0:
                    mc.mov8_mi(base, disp, imm & 0xFF)
                else:
                    mc.mov8_ai(base, index, scale, disp, imm & 0xFF)
            else:
                raise BackendError("x86 backend: field size %d" % size)
            return
        r = self.ra.in_reg(v, forbidden)
        if v.type == FLOAT:
            if index < 0:
                mc.movsd_mx(base, disp, r - LOC_XMM)
            else:
                mc.movsd_ax(base, index, scale, disp, r - LOC_XMM)
        elif size == 8:
            if index < 0:
                mc.mov_mr(base, disp, r)
            else:
                mc.mov_ar(base, index, scale, disp, r)
        elif size == 4:
            if index < 0:
                mc.mov32_mr(base, disp, r)
            else:
                mc.mov32_ar(base, index, scale, disp, r)
        elif size == 2:
            if index < 0:
                mc.mov16_mr(base, disp, r)
            else:
                mc.mov16_ar(base, index, scale, disp, r)
        elif size == 1:
            if index < 0:
                mc.mov8_mr(base, disp, r)
            else:
                mc.mov8_ar(base, index, scale, disp, r)
        else:
            raise BackendError("x86 backend: field size %d" % size)

    def _field_descr(self, op: ResOperation) -> FieldDescr:
        d = op.descr
        if not isinstance(d, FieldDescr):
            raise BackendError("field operation without FieldDescr")
        return d

    def _array_descr(self, op: ResOperation) -> ArrayDescr:
        d = op.descr
        if not isinstance(d, ArrayDescr):
            raise BackendError("array operation without ArrayDescr")
        if d.itemsize != 1 and d.itemsize != 2 and d.itemsize != 4 and d.itemsize != 8:
            raise BackendError("x86 backend: array item size %d" % d.itemsize)
        return d

    def _getfield(self, op: ResOperation) -> None:
        d = self._field_descr(op)
        ra = self.ra
        r_p = ra.in_reg(op.args[0], [])
        ra.free_dead(op.args)
        r = ra.result_reg(op, [])
        self._load(r, op.type, d.fieldsize, r_p, -1, 1, d.offset)

    def _setfield(self, op: ResOperation) -> None:
        d = self._field_descr(op)
        r_p = self.ra.in_reg(op.args[0], [])
        self._write_barrier(r_p, op.args[1])
        self._store(op.args[1], d.fieldsize, r_p, -1, 1, d.offset, [r_p])

    def _write_barrier(self, r_p: int, value: AbstractValue) -> None:
        """With the GC, before storing a reference into the object in r_p:
        if its header has TRACK_YOUNG (old, not yet remembered), call the
        GC's barrier, out of line.  Not for NULL constants."""
        cfg = self.config
        if not cfg.gc or value.type != REF:
            return
        if value.is_constant() and const_bits(value) == 0:
            return
        mc = self.mc
        wb = WbStub(mc.new_label(), mc.new_label(), r_p)
        ra = self.ra
        for r in GP_REGS:
            if not IS_CALLEE_SAVED[r] and (ra.gp[r] is not None or r == r_p):
                wb.saved_gp.append(r)
        for x in XMM_REGS:
            if ra.xmm[x] is not None:
                wb.saved_xmm.append(x)
        mc.test8_mi(r_p, cfg.gcflags_offset, cfg.track_young_flag)
        mc.jcc_j32(CC_NE, wb.label)
        mc.bind(wb.back)
        self.wb_stubs.append(wb)

    def _getarrayitem(self, op: ResOperation) -> None:
        d = self._array_descr(op)
        ra = self.ra
        r_p = ra.in_reg(op.args[0], [])
        idx = op.args[1]
        if isinstance(idx, ConstInt) and fits_in_32(d.basesize + idx.value * d.itemsize):
            ra.free_dead(op.args)
            r = ra.result_reg(op, [])
            self._load(r, op.type, d.itemsize, r_p, -1, 1, d.basesize + idx.value * d.itemsize)
            return
        r_i = ra.in_reg(idx, [r_p])
        ra.free_dead(op.args)
        r = ra.result_reg(op, [])
        self._load(r, op.type, d.itemsize, r_p, r_i, d.itemsize, d.basesize)

    def _setarrayitem(self, op: ResOperation) -> None:
        d = self._array_descr(op)
        ra = self.ra
        r_p = ra.in_reg(op.args[0], [])
        idx = op.args[1]
        self._write_barrier(r_p, op.args[2])
        if isinstance(idx, ConstInt) and fits_in_32(d.basesize + idx.value * d.itemsize):
            self._store(op.args[2], d.itemsize, r_p, -1, 1,
                        d.basesize + idx.value * d.itemsize, [r_p])
            return
        r_i = ra.in_reg(idx, [r_p])
        self._store(op.args[2], d.itemsize, r_p, r_i, d.itemsize, d.basesize, [r_p, r_i])

    def _arraylen(self, op: ResOperation) -> None:
        d = op.descr
        if not isinstance(d, ArrayDescr):
            raise BackendError("arraylen_gc without ArrayDescr")
        ra = self.ra
        r_p = ra.in_reg(op.args[0], [])
        ra.free_dead(op.args)
        r = ra.result_reg(op, [])
        self.mc.mov_rm(r, r_p, d.lendescr_offset)

    # ------------------------------------------------------------ calls

    def _call(self, op: ResOperation) -> None:
        descr = op.descr
        if not isinstance(descr, CallDescr):
            raise BackendError("call without CallDescr")
        self._emit_call(op.args[0], op.args[1:], [])
        self._call_result(op)

    def _call_result(self, op: ResOperation) -> None:
        ra = self.ra
        ra.free_dead(op.args)
        ra.after_call()
        if op.type == FLOAT:
            ra.result_in(op, xmm_loc(0))
        elif op.type != VOID:
            ra.result_in(op, RAX)

    def _emit_call(self, func: AbstractValue, args: list[AbstractValue],
                   keep: list[AbstractValue]) -> None:
        """Save what the call clobbers, move the arguments where the ABI
        wants them (rdi..r9, xmm0-7, then the stack), call through rax."""
        ra = self.ra
        mc = self.mc
        ra.before_call(keep)
        srcs: list[int] = []
        dsts: list[int] = []
        cbits: list[int] = []
        cdsts: list[int] = []
        stack_args: list[AbstractValue] = []
        n_int = 0
        n_float = 0
        for a in args:
            dst = NO_LOC
            if a.type == FLOAT:
                if n_float < 8:
                    dst = xmm_loc(n_float)
                    n_float += 1
            else:
                if n_int < len(ARG_REGS):
                    dst = ARG_REGS[n_int]
                    n_int += 1
            if dst == NO_LOC:
                stack_args.append(a)
                continue
            if a.is_constant():
                cbits.append(const_bits(a))
                cdsts.append(dst)
            else:
                srcs.append(ra.location_of(a))
                dsts.append(dst)
        if func.is_constant():
            cbits.append(const_bits(func))
            cdsts.append(RAX)
        else:
            srcs.append(ra.location_of(func))
            dsts.append(RAX)
        area = 8 * len(stack_args)
        if area % 16 != 0:
            area += 8
        if area > 0:
            mc.sub_ri(RSP, area)
            for k in range(len(stack_args)):
                a = stack_args[k]
                if a.is_constant():
                    self._store_const_word(RSP, 8 * k, const_bits(a), SCRATCH)
                else:
                    loc = ra.location_of(a)
                    if is_gp(loc):
                        mc.mov_mr(RSP, 8 * k, loc)
                    elif is_xmm(loc):
                        mc.movsd_mx(RSP, 8 * k, loc - LOC_XMM)
                    else:
                        mc.movsd_xm(XMM_SCRATCH, RBP, slot_disp(loc))
                        mc.movsd_mx(RSP, 8 * k, XMM_SCRATCH)
        roots = self._push_gc_roots()
        parallel_move(mc, srcs, dsts, cbits, cdsts)
        mc.call_r(RAX)
        if area > 0:
            mc.add_ri(RSP, area)
        self._pop_gc_roots(roots)

    def _push_gc_roots(self) -> list[int]:
        """With the GC, at a call (after before_call: every value living
        after it is in a callee-saved register or a stack slot): push the
        references living after the call on the shadow stack, where a
        collection finds and updates them; returns their locations.  Uses
        only r11 and xmm15 (the arguments are not in place yet)."""
        locs: list[int] = []
        if not self.config.gc:
            return locs
        self.ra.drop_ref_homes()
        locs = self._live_ref_locs()
        self._push_roots_at(locs)
        return locs

    def _live_ref_locs(self) -> list[int]:
        """The locations of the references living after this operation."""
        locs: list[int] = []
        ra = self.ra
        for v, loc in ra.loc.items():
            if v.type == REF and ra.last_use.get(v, -1) > ra.position:
                locs.append(loc)
        locs.sort()
        return locs

    def _push_roots_at(self, locs: list[int]) -> None:
        if len(locs) == 0:
            return
        mc = self.mc
        mc.mov_ri(SCRATCH, self.config.ss_top_addr)
        mc.mov_rm(SCRATCH, SCRATCH, 0)
        for k in range(len(locs)):
            loc = locs[k]
            if is_gp(loc):
                mc.mov_mr(SCRATCH, 8 * k, loc)
            else:
                mc.movsd_xm(XMM_SCRATCH, RBP, slot_disp(loc))
                mc.movsd_mx(SCRATCH, 8 * k, XMM_SCRATCH)
        mc.lea_rm(SCRATCH, SCRATCH, 8 * len(locs))
        self._store_ss_top()

    def _pop_gc_roots(self, locs: list[int]) -> None:
        """After the call: reload the (maybe moved) references into their
        locations and pop them.  rax/xmm0 hold the result: untouched."""
        self._pop_roots_at(locs)

    def _pop_roots_at(self, locs: list[int]) -> None:
        if len(locs) == 0:
            return
        mc = self.mc
        mc.mov_ri(SCRATCH, self.config.ss_top_addr)
        mc.mov_rm(SCRATCH, SCRATCH, 0)
        mc.lea_rm(SCRATCH, SCRATCH, -8 * len(locs))
        for k in range(len(locs)):
            loc = locs[k]
            if is_gp(loc):
                mc.mov_rm(loc, SCRATCH, 8 * k)
            else:
                mc.movsd_xm(XMM_SCRATCH, SCRATCH, 8 * k)
                mc.movsd_mx(RBP, slot_disp(loc), XMM_SCRATCH)
        self._store_ss_top()

    def _store_ss_top(self) -> None:
        """rpy_ss_top = r11 (through xmm15: r11 is the only free register)."""
        mc = self.mc
        mc.movq_xr(XMM_SCRATCH, SCRATCH)
        mc.mov_ri(SCRATCH, self.config.ss_top_addr)
        mc.movsd_mx(SCRATCH, 0, XMM_SCRATCH)

    def _malloc(self, op: ResOperation) -> None:
        mc = self.mc
        ra = self.ra
        if self.config.gc:
            self._gc_malloc(op)
            return
        func = ConstInt(self.config.malloc_addr)
        if op.opnum == rop.NEW_ARRAY:
            d = op.descr
            if not isinstance(d, ArrayDescr):
                raise BackendError("new_array without ArrayDescr")
            length = op.args[0]
            if isinstance(length, ConstInt):
                self._emit_call(func, [ConstInt(d.basesize + d.itemsize * length.value)], [])
                ra.after_call()
                mc.mov_mi(RAX, d.lendescr_offset, length.value)
            else:
                ra.before_call([length])
                emit_move(mc, ra.location_of(length), RDI)
                mc.imul_rri(RDI, RDI, d.itemsize)
                mc.add_ri(RDI, d.basesize)
                mc.mov_ri(RAX, self.config.malloc_addr)
                mc.call_r(RAX)
                loc = ra.location_of(length)
                if is_gp(loc):
                    mc.mov_mr(RAX, d.lendescr_offset, loc)
                else:
                    mc.mov_rm(SCRATCH, RBP, slot_disp(loc))
                    mc.mov_mr(RAX, d.lendescr_offset, SCRATCH)
                ra.free_dead(op.args)
                ra.after_call()
            ra.result_in(op, RAX)
            return
        d2 = op.descr
        if not isinstance(d2, SizeDescr):
            raise BackendError("new without SizeDescr")
        self._emit_call(func, [ConstInt(d2.size)], [])
        ra.after_call()
        if op.opnum == rop.NEW_WITH_VTABLE:
            if fits_in_32(d2.vtable):
                mc.mov_mi(RAX, self.config.vtable_offset, d2.vtable)
            else:
                mc.mov_ri(SCRATCH, d2.vtable)
                mc.mov_mr(RAX, self.config.vtable_offset, SCRATCH)
        ra.result_in(op, RAX)

    def _gc_malloc(self, op: ResOperation) -> None:
        """new/new_with_vtable with the GC: rpy_gc_malloc_slowpath(tid,
        size) returns a zeroed object with its header set (the type id is
        the descr's vtable).  A call that may collect: references live
        across it are on the shadow stack.  (Inline nursery allocation is
        the later improvement; a MemoryError is not checked yet.)"""
        if op.opnum == rop.NEW_ARRAY:
            ad = op.descr
            if not isinstance(ad, ArrayDescr) or ad.tid == 0:
                raise BackendError("new_array with the GC: the descr has no type id")
            # rpy_gc_malloc_varsize(tid, length): zeroed, the length set
            self._emit_call(ConstInt(self.config.gc_malloc_varsize_addr),
                            [ConstInt(ad.tid), op.args[0]], [])
            self._check_alloc()
            self.ra.free_dead(op.args)
            self.ra.after_call()
            self.ra.result_in(op, RAX)
            return
        d = op.descr
        if not isinstance(d, SizeDescr):
            raise BackendError("new without SizeDescr")
        if d.vtable <= 0:
            # every GC object needs its type id in the header
            raise BackendError("new with the GC: the SizeDescr has no type id")
        if self.config.nursery_free_addr != 0:
            self._nursery_malloc(op, d)
            return
        self._emit_call(ConstInt(self.config.gc_malloc_addr),
                        [ConstInt(d.vtable), ConstInt(d.size)], [])
        self._check_alloc()
        self.ra.after_call()
        self.ra.result_in(op, RAX)

    def _nursery_malloc(self, op: ResOperation, d: SizeDescr) -> None:
        """Bump allocation in the nursery, as rpy_malloc_fixed (rpy.h):
        the size rounded up to 8 (at least 16), the nursery kept zeroed, so
        only the header's type id is written (flags 0).  Nothing is evicted:
        the slow path saves what it clobbers."""
        cfg = self.config
        mc = self.mc
        ra = self.ra
        size = (d.size + 7) & ~7
        if size < 16:
            size = 16
        r = ra.result_reg(op, [])
        ms = MallocStub(mc.new_label(), mc.new_label(), r, d.vtable, size)
        for reg in GP_REGS:
            v = ra.gp[reg]
            if reg == r or IS_CALLEE_SAVED[reg] or v is None:
                continue
            if v.type != REF or ra.last_use.get(v, -1) <= ra.position:
                ms.saved_gp.append(reg)
        for x in XMM_REGS:
            if ra.xmm[x] is not None:
                ms.saved_xmm.append(x)
        ra.drop_ref_homes()
        for v, loc in ra.loc.items():
            if v is not op and v.type == REF and ra.last_use.get(v, -1) > ra.position:
                ms.ref_locs.append(loc)
        ms.ref_locs.sort()
        mc.mov_ri(SCRATCH, cfg.nursery_free_addr)
        mc.mov_rm(r, SCRATCH, 0)
        mc.add_ri(r, size)
        top_disp = cfg.nursery_top_addr - cfg.nursery_free_addr
        if fits_in_32(top_disp):
            # the two words are near each other (one address load, not three)
            mc.cmp_rm(r, SCRATCH, top_disp)
            mc.jcc_j32(CC_A, ms.label)
        else:
            mc.mov_ri(SCRATCH, cfg.nursery_top_addr)
            mc.cmp_rm(r, SCRATCH, 0)
            mc.jcc_j32(CC_A, ms.label)
            mc.mov_ri(SCRATCH, cfg.nursery_free_addr)
        mc.mov_mr(SCRATCH, 0, r)
        mc.sub_ri(r, size)
        mc.mov_mi(r, 0, d.vtable)
        mc.bind(ms.back)
        self.malloc_stubs.append(ms)

    # ------------------------------------------------------------ control flow

    def _label(self, op: ResOperation) -> None:
        ra = self.ra
        descr = op.descr
        if descr is None:
            raise BackendError("label without descr")
        # only the label's arguments cross it, and no copy in a home slot
        ra.drop_all_homes()
        for v in list(ra.loc.keys()):
            found = False
            for a in op.args:
                if a is v:
                    found = True
            if not found:
                if ra.last_use.get(v, -1) > ra.position:
                    raise BackendError("a value other than the label's arguments "
                                       "is used after the label")
                ra.release(v)
        # what the loop reads only at its guards and its jump waits in the
        # frame, leaving the registers to the values it computes with
        ra.spill_unused_until(len(self.trace.operations) - 1)
        locs: list[int] = []
        for k in range(len(op.args)):
            a = op.args[k]
            if a.is_constant():
                locs.append(NO_LOC)
                continue
            for j in range(k):
                if op.args[j] is a:
                    raise BackendError("a label argument twice")
            locs.append(ra.location_of(a))
        self.mc.align(16)
        label = self.mc.new_label()
        self.mc.bind(label)
        self.labels[descr] = LabelInfo(label, locs)

    def _jump(self, op: ResOperation) -> None:
        descr = op.descr
        target: LabelInfo | None = None
        if descr is None or descr is self.trace.start_token or \
                isinstance(descr, R.JumpToStart):
            target = self.start
        elif descr in self.labels:
            target = self.labels[descr]
        if isinstance(descr, R.LoopEntry):
            self._jump_to_entry(op, descr)
            return
        own = self.own
        if target is self.start and own is not None:
            self._jump_to_entry(op, own)
            return
        if target is None and isinstance(descr, TargetToken) and descr.entry is not None:
            self._jump_direct(op, descr.entry)       # a bridge to its peeled loop's label
            return
        if target is None:
            raise BackendError("x86 backend: jump to another trace")
        self._move_args_to(op, target.locs)
        self.mc.jmp_j(target.label)

    def _move_args_to(self, op: ResOperation, locs: list[int]) -> None:
        """A jump's arguments into the locations its target expects them
        in (a parallel move; constants loaded last)."""
        if len(locs) != len(op.args):
            raise BackendError("jump: wrong number of arguments")
        ra = self.ra
        srcs: list[int] = []
        dsts: list[int] = []
        cbits: list[int] = []
        cdsts: list[int] = []
        for k in range(len(op.args)):
            a = op.args[k]
            if a.is_constant():
                cbits.append(const_bits(a))
                cdsts.append(locs[k])
            else:
                srcs.append(ra.location_of(a))
                dsts.append(locs[k])
        parallel_move(self.mc, srcs, dsts, cbits, cdsts)

    def _jump_to_entry(self, op: ResOperation, entry: R.LoopEntry) -> None:
        if entry.direct_addr != 0:
            self._jump_direct(op, entry)
        else:
            self._jump_to_loop(op, entry.addr)

    def _jump_direct(self, op: ResOperation, entry: R.LoopEntry) -> None:
        """A jump to another block's start on the same native frame: the
        arguments moved to the locations it expects them in, rsp set to
        its frame (first to the bigger of both: no value is written below
        rsp, where a signal handler may write), then the jump."""
        if len(entry.direct_locs) != len(op.args):
            raise BackendError("jump: wrong number of arguments")
        mc = self.mc
        self._set_rsp(entry.frame_size)
        self._move_args_to(op, entry.direct_locs)
        self._set_rsp_exact(entry.frame_size)
        mc.mov_ri64(SCRATCH, entry.direct_addr)
        mc.jmp_r(SCRATCH)

    def _jump_to_loop(self, op: ResOperation, addr: int) -> None:
        """A bridge's jump back to its loop, or to another one: the
        arguments to the jitframe words (the loop's inputargs), then the
        loop's entry at addr (its exits then return their own tag)."""
        mc = self.mc
        ra = self.ra
        mc.mov_rm(SCRATCH, RBP, JITFRAME_DISP)
        # the values first: a 64-bit constant goes through rax, which may
        # hold one of them
        for k in range(len(op.args)):
            a = op.args[k]
            if a.is_constant():
                continue
            loc = ra.location_of(a)
            if is_gp(loc):
                mc.mov_mr(SCRATCH, 8 * k, loc)
            elif is_xmm(loc):
                mc.movsd_mx(SCRATCH, 8 * k, loc - LOC_XMM)
            else:
                mc.movsd_xm(XMM_SCRATCH, RBP, slot_disp(loc))
                mc.movsd_mx(SCRATCH, 8 * k, XMM_SCRATCH)
        for k in range(len(op.args)):
            a = op.args[k]
            if a.is_constant():
                self._store_const_word(SCRATCH, 8 * k, const_bits(a), RAX)
        self._tail_jump_to(addr)

    def _finish(self, op: ResOperation) -> None:
        descr = op.descr
        if descr is None:
            descr = FinishDescr('finish')
        stub = self._new_exit(descr, op.args)
        self.mc.jmp_j32(stub.label)
