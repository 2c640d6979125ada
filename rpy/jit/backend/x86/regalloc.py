"""Register allocation for the x86-64 backend: linear scan over a trace.

A trace is straight-line code (a loop closes with one `jump` back to its
`label`), so the allocator walks it once, in step with the assembler
(assembler.py), and knows for each value the index of its last use
(arguments, guard fail_args and jump arguments all count).  Each live value
has exactly one location, an int:

    0..15   a general register (regs.py numbers)
    16..31  an xmm register (16 + n)
    32..    a stack slot of the frame, [rbp + slot_disp(loc)]

When no register is free, the value that an operation reads again
furthest away is spilled to a stack slot (guards' fail_args and jumps read
values from anywhere, so they do not count; at a loop's label the values
only they read go to stack slots at once); a value needed in a register is reloaded (its slot
is freed).  Values whose life crosses a call get callee-saved registers
(rbx r12-r15) first; at a call, values still in caller-saved registers and
living after it move to a free callee-saved register or are spilled (xmm
registers are all caller-saved: live floats are spilled).

Reserved: rsp, rbp (the frame base), r11 (the scratch register: constants,
cycles of parallel moves), xmm15 (scratch for memory-to-memory moves).

`parallel_move` implements the moves of a jump to its label and of call
arguments: every destination gets the value its source had before, cycles
broken through r11.  RPy code.
"""
from __future__ import annotations

import math

from rpy.rlib.rarithmetic import MININT

from rpy.jit.metainterp.resoperation import AbstractValue, ResOperation, FLOAT, REF, rop
from rpy.jit.metainterp.history import ConstInt, ConstFloat, ConstPtr
from rpy.jit.backend.x86.encoder import MachineCodeBuilder, fits_in_32
from rpy.jit.backend.x86.regs import (
    RAX, RCX, RDX, RBX, RSI, RDI, RBP, R8, R9, R10, R11, R12, R13, R14, R15, XMM15)

LOC_XMM = 16
LOC_STACK = 32
NO_LOC = -1
NO_REAL_USE = 1 << 40      # next_real_use when no operation reads the value again

# frame layout below rbp: saved rbx r12 r13 r14 r15 at rbp-8..rbp-40,
# the jitframe pointer at rbp-48, stack slots from rbp-56 downwards
JITFRAME_DISP = -48
FIRST_SLOT_DISP = -56

SCRATCH = R11
XMM_SCRATCH = XMM15

# allocation order: caller-saved first, then callee-saved
GP_REGS = [RAX, RCX, RDX, RSI, RDI, R8, R9, R10, RBX, R12, R13, R14, R15]
GP_CALLEE_FIRST = [RBX, R12, R13, R14, R15, RAX, RCX, RDX, RSI, RDI, R8, R9, R10]
CALLEE_SAVED_ALLOC = [RBX, R12, R13, R14, R15]
XMM_REGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]

IS_CALLEE_SAVED = [False] * 16
for _r in CALLEE_SAVED_ALLOC:
    IS_CALLEE_SAVED[_r] = True


def is_gp(loc: int) -> bool:
    return 0 <= loc < LOC_XMM


def is_xmm(loc: int) -> bool:
    return LOC_XMM <= loc < LOC_STACK


def is_stack(loc: int) -> bool:
    return loc >= LOC_STACK


def xmm_loc(x: int) -> int:
    return LOC_XMM + x


def slot_disp(loc: int) -> int:
    return FIRST_SLOT_DISP - 8 * (loc - LOC_STACK)


_TWO52 = 4503599627370496.0
_MAX_FLOAT = 1.7976931348623157e308


def float_to_bits(x: float) -> int:
    """The IEEE 754 bits of a double, as a signed 64-bit int (RPy has no
    struct): exact, by scaling with powers of two."""
    if x != x:
        return 0x7FF8000000000000
    sign = 0
    if x < 0.0 or (x == 0.0 and math.copysign(1.0, x) < 0.0):
        sign = 1
        x = -x
    if x == 0.0:
        bits = 0
    elif x > _MAX_FLOAT:
        bits = 0x7FF << 52
    else:
        e = 0
        while x >= 18446744073709551616.0:
            x = x / 18446744073709551616.0
            e += 64
        while x < 1.0 / 18446744073709551616.0:
            x = x * 18446744073709551616.0
            e -= 64
        while x >= 2.0:
            x = x * 0.5
            e += 1
        while x < 1.0:
            x = x * 2.0
            e -= 1
        # now the value is x * 2**e with 1 <= x < 2 (scaling by powers of
        # two is exact)
        if e >= -1022:
            bits = ((e + 1023) << 52) | int((x - 1.0) * _TWO52)
        else:
            # subnormal: the mantissa is value * 2**1074
            bits = int(x * float(1 << (52 + e + 1022)))
    if sign:
        bits = bits | MININT        # the sign bit
    return bits


def const_bits(c: AbstractValue) -> int:
    """The word a constant is stored as (floats: their bits)."""
    if isinstance(c, ConstInt):
        return c.value
    if isinstance(c, ConstPtr):
        return c.getref()
    if isinstance(c, ConstFloat):
        return float_to_bits(c.value)
    raise ValueError("not a constant")


# ---------------------------------------------------------------- moves

def emit_move(mc: MachineCodeBuilder, src: int, dst: int) -> None:
    """Copy the 64-bit word at location src to location dst (any kinds;
    memory to memory goes through xmm15)."""
    if src == dst:
        return
    if is_gp(src):
        if is_gp(dst):
            mc.mov_rr(dst, src)
        elif is_xmm(dst):
            mc.movq_xr(dst - LOC_XMM, src)
        else:
            mc.mov_mr(RBP, slot_disp(dst), src)
    elif is_xmm(src):
        x = src - LOC_XMM
        if is_gp(dst):
            mc.movq_rx(dst, x)
        elif is_xmm(dst):
            mc.movapd_xx(dst - LOC_XMM, x)
        else:
            mc.movsd_mx(RBP, slot_disp(dst), x)
    else:
        if is_gp(dst):
            mc.mov_rm(dst, RBP, slot_disp(src))
        elif is_xmm(dst):
            mc.movsd_xm(dst - LOC_XMM, RBP, slot_disp(src))
        else:
            mc.movsd_xm(XMM_SCRATCH, RBP, slot_disp(src))
            mc.movsd_mx(RBP, slot_disp(dst), XMM_SCRATCH)


def emit_load_const(mc: MachineCodeBuilder, bits: int, dst: int) -> None:
    """Put a constant word into location dst (clobbers r11 unless dst is a
    general register)."""
    if is_gp(dst):
        if bits == 0:
            mc.xor32_rr(dst, dst)
        else:
            mc.mov_ri(dst, bits)
    elif is_xmm(dst):
        if bits == 0:
            mc.xorpd_xx(dst - LOC_XMM, dst - LOC_XMM)
        else:
            mc.mov_ri(SCRATCH, bits)
            mc.movq_xr(dst - LOC_XMM, SCRATCH)
    else:
        if fits_in_32(bits):
            mc.mov_mi(RBP, slot_disp(dst), bits)
        else:
            mc.mov_ri(SCRATCH, bits)
            mc.mov_mr(RBP, slot_disp(dst), SCRATCH)


def parallel_move(mc: MachineCodeBuilder, srcs: list[int], dsts: list[int],
                  const_bits_: list[int], const_dsts: list[int]) -> None:
    """Move srcs[i] to dsts[i] for all i at once (a destination receives the
    value its source had before any move; a source may feed several
    destinations), then load const_bits_[j] into const_dsts[j].  Cycles are
    broken through r11, which must not be a source or destination."""
    pend_src: list[int] = []
    pend_dst: list[int] = []
    for i in range(len(srcs)):
        if srcs[i] != dsts[i] and dsts[i] != NO_LOC:
            pend_src.append(srcs[i])
            pend_dst.append(dsts[i])
    while len(pend_src) > 0:
        progress = False
        i = 0
        while i < len(pend_src):
            d = pend_dst[i]
            blocked = False
            for s in pend_src:
                if s == d:
                    blocked = True
                    break
            if blocked:
                i += 1
                continue
            emit_move(mc, pend_src[i], d)
            del pend_src[i]
            del pend_dst[i]
            progress = True
        if not progress:
            # every pending destination is still a source: a cycle.  Save
            # the value of one destination in r11 and read it from there.
            d = pend_dst[0]
            emit_move(mc, d, SCRATCH)
            for k in range(len(pend_src)):
                if pend_src[k] == d:
                    pend_src[k] = SCRATCH
    for j in range(len(const_dsts)):
        if const_dsts[j] != NO_LOC:
            emit_load_const(mc, const_bits_[j], const_dsts[j])


# ---------------------------------------------------------------- the allocator

class RegAlloc:
    """The state of the linear scan: where each live value is, what each
    register and stack slot holds.  `position` is the index of the
    operation being compiled; a value is dead after position
    `last_use[value]`."""
    mc: MachineCodeBuilder
    loc: dict[AbstractValue, int]
    gp: list[AbstractValue | None]
    xmm: list[AbstractValue | None]
    slots: list[AbstractValue | None]
    last_use: dict[AbstractValue, int]
    real_uses: dict[AbstractValue, list[int]]   # positions using it as an argument (not a jump)
    crosses_call: dict[AbstractValue, bool]
    position: int
    temps: list[int]           # registers reserved for the current operation
    home: dict[AbstractValue, int]   # a stack slot holding a copy of a value now in a register
    max_slots: int
    pool: dict[int, int]       # constant word -> its label in the pool
    pool_order: list[int]

    def __init__(self, mc: MachineCodeBuilder) -> None:
        self.mc = mc
        self.loc = {}
        self.gp = [None] * 16
        self.xmm = [None] * 16
        self.slots = []
        self.last_use = {}
        self.real_uses = {}
        self.crosses_call = {}
        self.position = 0
        self.temps = []
        self.home = {}
        self.max_slots = 0
        self.pool = {}
        self.pool_order = []

    # ------------------------------------------------------------ liveness

    def compute_liveness(self, inputargs: list[AbstractValue], ops: list[ResOperation]) -> None:
        last_use = self.last_use
        for v in inputargs:
            last_use[v] = -1
        call_positions: list[int] = []
        real_uses = self.real_uses
        for i in range(len(ops)):
            op = ops[i]
            real = op.opnum != rop.JUMP and op.opnum != rop.LABEL
            for a in op.args:
                if not a.is_constant():
                    last_use[a] = i
                    if real:
                        uses = real_uses.get(a, None)
                        if uses is None:
                            real_uses[a] = [i]
                        elif uses[len(uses) - 1] != i:
                            uses.append(i)
            if op.fail_args is not None:
                for a in op.fail_args:
                    if a is not None and not a.is_constant():
                        last_use[a] = i
            if op.has_result() and op not in last_use:
                last_use[op] = i
            if op_clobbers_caller_saved(op):
                call_positions.append(i)
        # next call strictly after each position
        next_call = [len(ops) + 1] * (len(ops) + 1)
        k = len(call_positions) - 1
        nxt = len(ops) + 1
        i = len(ops)
        while i >= 0:
            while k >= 0 and call_positions[k] > i:
                nxt = call_positions[k]
                k -= 1
            next_call[i] = nxt
            i -= 1
        for i in range(len(ops)):
            op = ops[i]
            if op.has_result():
                self.crosses_call[op] = next_call[i] < last_use[op]
        first_call = len(ops) + 1
        if len(call_positions) > 0:
            first_call = call_positions[0]
        for v in inputargs:
            self.crosses_call[v] = first_call < last_use[v]

    def is_dead_after(self, v: AbstractValue, position: int) -> bool:
        return self.last_use.get(v, -1) <= position

    def next_real_use(self, v: AbstractValue, position: int) -> int:
        """The first position after `position` where an operation (not a
        guard's fail_args, not a jump) reads v; MAXINT-ish when none."""
        uses = self.real_uses.get(v, None)
        if uses is None or len(uses) == 0 or uses[len(uses) - 1] <= position:
            return NO_REAL_USE
        lo = 0
        hi = len(uses) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if uses[mid] <= position:
                lo = mid + 1
            else:
                hi = mid
        return uses[lo]

    def spill_priority(self, v: AbstractValue) -> int:
        """Which value to spill first: the one read again by an operation
        furthest away (Belady); among those never read again but by guards
        and jumps, the longest living."""
        nxt = self.next_real_use(v, self.position)
        if nxt == NO_REAL_USE:
            return NO_REAL_USE + self.last_use.get(v, -1)
        return nxt

    def spill_unused_until(self, end: int) -> None:
        """Move to stack slots the values in registers that no operation
        reads before position `end` (guards and jumps take them from there):
        at a loop's label, they would hold a register for the whole loop."""
        for r in GP_REGS:
            v = self.gp[r]
            if v is not None and r not in self.temps and self.next_real_use(v, self.position) >= end:
                self.spill(r)
        for x in XMM_REGS:
            v = self.xmm[x]
            if v is not None and (LOC_XMM + x) not in self.temps and \
                    self.next_real_use(v, self.position) >= end:
                self.spill(LOC_XMM + x)

    # ------------------------------------------------------------ slots

    def new_slot(self, v: AbstractValue | None) -> int:
        for i in range(len(self.slots)):
            if self.slots[i] is None:
                self.slots[i] = v
                return LOC_STACK + i
        self.slots.append(v)
        if len(self.slots) > self.max_slots:
            self.max_slots = len(self.slots)
        return LOC_STACK + len(self.slots) - 1

    # ------------------------------------------------------------ bookkeeping

    def holder(self, loc: int) -> AbstractValue | None:
        if is_gp(loc):
            return self.gp[loc]
        if is_xmm(loc):
            return self.xmm[loc - LOC_XMM]
        return self.slots[loc - LOC_STACK]

    def set_holder(self, loc: int, v: AbstractValue | None) -> None:
        if is_gp(loc):
            self.gp[loc] = v
        elif is_xmm(loc):
            self.xmm[loc - LOC_XMM] = v
        else:
            self.slots[loc - LOC_STACK] = v

    def claim(self, v: AbstractValue, loc: int) -> None:
        """v is already at loc (a bridge's inputarg where its guard had it):
        a stack slot beyond the ones counted so far is counted too."""
        if is_stack(loc):
            while len(self.slots) <= loc - LOC_STACK:
                self.slots.append(None)
            if len(self.slots) > self.max_slots:
                self.max_slots = len(self.slots)
        if self.holder(loc) is not None:
            raise ValueError("claim: a location given twice")
        self.assign(v, loc)

    def assign(self, v: AbstractValue, loc: int) -> None:
        self.loc[v] = loc
        self.set_holder(loc, v)

    def drop_home(self, v: AbstractValue) -> None:
        """v's home slot no longer counts as a copy of it (and is free)."""
        if v in self.home:
            h = self.home[v]
            del self.home[v]
            if self.loc.get(v, -1) != h and self.holder(h) is v:
                self.set_holder(h, None)

    def drop_ref_homes(self) -> None:
        """At a point where the GC may move objects: the copies of the
        references in registers go stale (the collection updates the
        locations it is given, ra.loc's)."""
        for v in list(self.home.keys()):
            if v.type == REF:
                self.drop_home(v)

    def drop_all_homes(self) -> None:
        """At a label: what a home slot holds is only known along the
        path that wrote it, not along the jump back to the label."""
        for v in list(self.home.keys()):
            self.drop_home(v)

    def release(self, v: AbstractValue) -> None:
        self.drop_home(v)
        if v in self.loc:
            loc = self.loc[v]
            del self.loc[v]
            if self.holder(loc) is v:
                self.set_holder(loc, None)

    def free_dead(self, args: list[AbstractValue]) -> None:
        """Release the arguments whose last use is the current operation."""
        for a in args:
            if not a.is_constant() and a in self.loc and \
                    self.last_use.get(a, -1) <= self.position:
                self.release(a)

    def free_temps(self) -> None:
        self.temps = []

    # ------------------------------------------------------------ choosing registers

    def _pick_gp(self, forbidden: list[int], callee_first: bool) -> int:
        order = GP_CALLEE_FIRST if callee_first else GP_REGS
        for r in order:
            if self.gp[r] is None and r not in forbidden and r not in self.temps:
                return r
        # spill the value read again furthest away
        best = -1
        best_use = -2
        for r in order:
            if r in forbidden or r in self.temps:
                continue
            v = self.gp[r]
            if v is None:
                continue
            u = self.spill_priority(v)
            if u > best_use:
                best_use = u
                best = r
        if best < 0:
            raise ValueError("regalloc: out of general registers")
        self.spill(best)
        return best

    def _pick_xmm(self, forbidden: list[int]) -> int:
        for x in XMM_REGS:
            loc = LOC_XMM + x
            if self.xmm[x] is None and loc not in forbidden and loc not in self.temps:
                return loc
        best = -1
        best_use = -2
        for x in XMM_REGS:
            loc = LOC_XMM + x
            if loc in forbidden or loc in self.temps:
                continue
            v = self.xmm[x]
            if v is None:
                continue
            u = self.spill_priority(v)
            if u > best_use:
                best_use = u
                best = loc
        if best < 0:
            raise ValueError("regalloc: out of xmm registers")
        self.spill(best)
        return best

    def spill(self, loc: int) -> None:
        """Move the value in register loc to a stack slot: its home slot
        when it was loaded from one (no store: values never change), else
        a new one."""
        v = self.holder(loc)
        if v is None:
            return
        if v in self.home:
            h = self.home[v]
            del self.home[v]
            if self.holder(h) is v:
                self.set_holder(loc, None)
                self.loc[v] = h
                return
        slot = self.new_slot(v)
        emit_move(self.mc, loc, slot)
        self.set_holder(loc, None)
        self.loc[v] = slot

    def alloc_reg(self, kind: int, forbidden: list[int], callee_first: bool) -> int:
        """A free register of the kind's file (spilling if needed)."""
        if kind == FLOAT:
            return self._pick_xmm(forbidden)
        return self._pick_gp(forbidden, callee_first)

    def temp_reg(self, kind: int, forbidden: list[int]) -> int:
        """A register for the current operation only."""
        r = self.alloc_reg(kind, forbidden, False)
        self.temps.append(r)
        return r

    def in_reg(self, v: AbstractValue, forbidden: list[int]) -> int:
        """The register holding v, loading it (constants into a temporary
        register, spilled values back into a register) if needed."""
        if v.is_constant():
            r = self.temp_reg(v.type, forbidden)
            bits = const_bits(v)
            if is_xmm(r) and bits != 0:
                self.mc.movsd_xl(r - LOC_XMM, self.pool_label(bits))
            else:
                emit_load_const(self.mc, bits, r)
            return r
        loc = self.loc[v]
        if is_stack(loc):
            r = self.alloc_reg(v.type, forbidden, self.crosses_call.get(v, False))
            emit_move(self.mc, loc, r)
            # the slot keeps its copy (reserved: holder still v)
            self.loc[v] = r
            self.set_holder(r, v)
            self.home[v] = loc
            return r
        return loc

    def pool_label(self, bits: int) -> int:
        """The label of a word in the constant pool (emitted after the
        code by the assembler: emit_pool)."""
        if bits in self.pool:
            return self.pool[bits]
        label = self.mc.new_label()
        self.pool[bits] = label
        self.pool_order.append(bits)
        return label

    def emit_pool(self) -> None:
        mc = self.mc
        if len(self.pool_order) > 0:
            mc.align_data(8)
            for bits in self.pool_order:
                mc.bind(self.pool[bits])
                mc.data64(bits)

    def location_of(self, v: AbstractValue) -> int:
        return self.loc[v]

    def result_reg(self, v: AbstractValue, forbidden: list[int]) -> int:
        """A fresh register for the result v of the current operation."""
        r = self.alloc_reg(v.type, forbidden, self.crosses_call.get(v, False))
        self.assign(v, r)
        return r

    def result_in(self, v: AbstractValue, reg: int) -> None:
        """The result v is in register reg (which must be free)."""
        self.assign(v, reg)

    def evict(self, reg: int, forbidden: list[int]) -> None:
        """Make register reg free: its value moves to another register (not
        in forbidden) or a stack slot."""
        v = self.holder(reg)
        if v is None:
            return
        forb = forbidden + [reg]
        free = -1
        if is_gp(reg):
            order = GP_CALLEE_FIRST if self.crosses_call.get(v, False) else GP_REGS
            for r in order:
                if self.gp[r] is None and r not in forb and r not in self.temps:
                    free = r
                    break
        else:
            for x in XMM_REGS:
                loc = LOC_XMM + x
                if self.xmm[x] is None and loc not in forb and loc not in self.temps:
                    free = loc
                    break
        if free < 0:
            self.spill(reg)
            return
        emit_move(self.mc, reg, free)
        self.set_holder(reg, None)
        self.assign(v, free)

    def before_call(self, keep: list[AbstractValue]) -> None:
        """Save the values that live after the current operation (or are in
        keep) and sit in registers a call clobbers."""
        for r in GP_REGS:
            v = self.gp[r]
            if v is None or IS_CALLEE_SAVED[r]:
                continue
            if self.last_use.get(v, -1) > self.position or v in keep:
                target = -1
                for c in CALLEE_SAVED_ALLOC:
                    if self.gp[c] is None and c not in self.temps:
                        target = c
                        break
                if target < 0:
                    self.spill(r)
                else:
                    emit_move(self.mc, r, target)
                    self.gp[r] = None
                    self.assign(v, target)
        for x in XMM_REGS:
            v = self.xmm[x]
            if v is None:
                continue
            if self.last_use.get(v, -1) > self.position or v in keep:
                self.spill(LOC_XMM + x)

    def after_call(self) -> None:
        """Forget what caller-saved registers held (dead values only remain
        there after before_call)."""
        for r in GP_REGS:
            if not IS_CALLEE_SAVED[r]:
                v = self.gp[r]
                if v is not None:
                    self.gp[r] = None
                    if v in self.loc and self.loc[v] == r:
                        del self.loc[v]
                        self.drop_home(v)
        for x in XMM_REGS:
            v = self.xmm[x]
            if v is not None:
                self.xmm[x] = None
                if v in self.loc and self.loc[v] == LOC_XMM + x:
                    del self.loc[v]
                    self.drop_home(v)


def op_clobbers_caller_saved(op: ResOperation) -> bool:
    return op.is_call() or op.is_malloc()
