"""Register liveness of an encoded jitcode (jitcodedata.py), for the
tracer's guard snapshots (tracer.py): which registers the rest of the
jitcode may read before writing them, before each instruction.  The
encoding has no liveness of its own (the codewriter's `live` sets stay
untranslated), so it is computed here from the code, once per jitcode,
by the usual backward fixpoint: live_in = uses | (live_out - defs) |
live_in(catch) (a raising instruction writes nothing), live_out = the
union over the normal successors.  Registers are numbered index * 3 +
kind; sets are bitsets in words of 60 bits, nwords per instruction in one
flat list.  The pyjitpl phase runs it at translation time and stores the
result in the jitcode (precompute); the translated tracer only reads it.
RPy code.
"""
from __future__ import annotations

from rpy.jit.metainterp.jitcodedata import (
    JitCodeData, insn_length, operand_index, operand_is_const, operand_kind)

BITS = 60


class Liveness:
    jitcode: JitCodeData
    nwords: int
    index_of_pc: list[int]      # per code word: the instruction starting there, or -1
    live: list[int]             # per instruction, nwords words: the bitset live before it
    lists_at: dict[int, list[int]]      # live_at's answers, by pc (pc2 == pc)
    lists_around: dict[int, list[int]]  # by pc (pc2 the next instruction's)

    def __init__(self, jitcode: JitCodeData) -> None:
        self.jitcode = jitcode
        self.nwords = nwords_of(jitcode)
        self.index_of_pc = []
        self.live = []
        self.lists_at = {}
        self.lists_around = {}

    def is_live(self, pc: int, w: int) -> bool:
        """Whether register operand w is live before the instruction at pc."""
        k = key(w)
        return (self.live[self.index_of_pc[pc] * self.nwords + k // BITS] >> (k % BITS)) & 1 == 1

    def live_at(self, pc: int, pc2: int) -> list[int]:
        """The register operands live before the instruction at pc or at
        pc2 (pc2 == pc, or the instruction after pc), in key order; what a
        guard's snapshot keeps (cached: shared, not to be changed)."""
        cache = self.lists_at if pc2 == pc else self.lists_around
        found = cache.get(pc, None)
        if found is not None:
            return found
        nw = self.nwords
        a = self.index_of_pc[pc] * nw
        b = self.index_of_pc[pc2] * nw
        out: list[int] = []
        for j in range(nw):
            bits = self.live[a + j] | self.live[b + j]
            k = j * BITS
            while bits != 0:
                if bits & 1:
                    out.append(((k // 3) << 3) | ((k % 3) << 1))
                bits >>= 1
                k += 1
        cache[pc] = out
        return out


def key(w: int) -> int:
    return operand_index(w) * 3 + operand_kind(w)


def nwords_of(jitcode: JitCodeData) -> int:
    n = jitcode.num_regs
    nregs = n[0]
    if n[1] > nregs:
        nregs = n[1]
    if n[2] > nregs:
        nregs = n[2]
    return (3 * nregs + BITS - 1) // BITS + 1


def liveness_of(jitcode: JitCodeData, opnames: list[str]) -> Liveness:
    """The jitcode's liveness: the bitsets the pyjitpl phase stored in it
    (precompute), or computed now (untranslated tests, tables built
    without the phase)."""
    if len(jitcode.live_index) > 0:
        lv = Liveness(jitcode)
        lv.index_of_pc = jitcode.live_index
        lv.live = jitcode.live_bits
        return lv
    return compute(jitcode, opnames)


def precompute(jitcode: JitCodeData, opnames: list[str]) -> None:
    """At translation time: store the liveness in the jitcode, so that the
    translated tracer does not compute it at its first trace (the fixpoint
    over the portal's jitcode was most of a first loop's tracing time)."""
    lv = compute(jitcode, opnames)
    jitcode.live_index = lv.index_of_pc
    jitcode.live_bits = lv.live


def compute(jitcode: JitCodeData, opnames: list[str]) -> Liveness:
    lv = Liveness(jitcode)
    code = jitcode.code
    starts: list[int] = []
    lv.index_of_pc = [-1] * (len(code) + 1)
    pc = 0
    while pc < len(code):
        lv.index_of_pc[pc] = len(starts)
        starts.append(pc)
        pc += insn_length(code, pc)
    n = len(starts)
    nw = lv.nwords
    uses = [0] * (n * nw)
    defs = [0] * (n * nw)
    succ_a = [-1] * n           # normal successors (instruction indexes, -1: none)
    succ_b = [-1] * n
    catches = [-1] * n
    for i in range(n):
        pc = starts[i]
        name = opnames[code[pc]]
        nargs = code[pc + 1]
        base = i * nw
        for k in range(nargs):
            w = code[pc + 2 + k]
            if not operand_is_const(w):
                setbit(uses, base, key(w))
        res = code[pc + 2 + nargs]
        if res >= 0:
            setbit(defs, base, key(res))
        ndsts = code[pc + 3 + nargs]
        for k in range(ndsts):
            setbit(defs, base, key(code[pc + 4 + nargs + k]))
        length = 4 + nargs + ndsts + 4
        target = code[pc + length - 3]
        catch = code[pc + length - 2]
        if name != 'goto' and name != 'return' and name != 'raise' and name != 'reraise' \
                and name != 'unreachable' and i + 1 < n:
            succ_a[i] = i + 1
        if target >= 0:
            succ_b[i] = lv.index_of_pc[target]
        if catch >= 0:
            catches[i] = lv.index_of_pc[catch]
    live = [0] * (n * nw)
    changed = True
    while changed:
        changed = False
        i = n - 1
        while i >= 0:
            base = i * nw
            sa = succ_a[i] * nw
            sb = succ_b[i] * nw
            c = catches[i] * nw
            for j in range(nw):
                new = 0
                if sa >= 0:
                    new = live[sa + j]
                if sb >= 0:
                    new |= live[sb + j]
                new = (new & ~defs[base + j]) | uses[base + j]
                if c >= 0:
                    new |= live[c + j]
                if new != live[base + j]:
                    live[base + j] = new
                    changed = True
            i -= 1
    lv.live = live
    return lv


def setbit(bits: list[int], base: int, k: int) -> None:
    bits[base + k // BITS] |= 1 << (k % BITS)
