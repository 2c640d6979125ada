"""Register liveness of an encoded jitcode (jitcodedata.py), for the
tracer's guard snapshots (tracer.py): which registers the rest of the
jitcode may read before writing them, before each instruction.  The
encoding has no liveness of its own (the codewriter's `live` sets stay
untranslated), so it is computed here from the code, once per jitcode,
by the usual backward fixpoint: live_in = uses | (live_out - defs) |
live_in(catch) (a raising instruction writes nothing), live_out = the
union over the normal successors.  Registers are numbered index * 3 +
kind; sets are bitsets in words of 60 bits.  RPy code.
"""
from __future__ import annotations

from rpy.jit.metainterp.jitcodedata import (
    JitCodeData, insn_length, operand_index, operand_is_const, operand_kind)

BITS = 60


class Liveness:
    jitcode: JitCodeData
    nwords: int
    index_of_pc: list[int]      # per code word: the instruction starting there, or -1
    live: list[list[int]]       # per instruction: the bitset live before it
    lists_at: dict[int, list[int]]      # live_at's answers, by pc (pc2 == pc)
    lists_around: dict[int, list[int]]  # by pc (pc2 the next instruction's)

    def __init__(self, jitcode: JitCodeData) -> None:
        self.jitcode = jitcode
        n = jitcode.num_regs
        nregs = n[0]
        if n[1] > nregs:
            nregs = n[1]
        if n[2] > nregs:
            nregs = n[2]
        self.nwords = (3 * nregs + BITS - 1) // BITS + 1
        self.index_of_pc = []
        self.live = []
        self.lists_at = {}
        self.lists_around = {}

    def is_live(self, pc: int, w: int) -> bool:
        """Whether register operand w is live before the instruction at pc."""
        k = key(w)
        return (self.live[self.index_of_pc[pc]][k // BITS] >> (k % BITS)) & 1 == 1

    def live_at(self, pc: int, pc2: int) -> list[int]:
        """The register operands live before the instruction at pc or at
        pc2 (pc2 == pc, or the instruction after pc), in key order; what a
        guard's snapshot keeps (cached: shared, not to be changed)."""
        cache = self.lists_at if pc2 == pc else self.lists_around
        found = cache.get(pc, None)
        if found is not None:
            return found
        a = self.live[self.index_of_pc[pc]]
        b = self.live[self.index_of_pc[pc2]]
        out: list[int] = []
        for j in range(self.nwords):
            bits = a[j] | b[j]
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
    uses: list[list[int]] = []
    defs: list[list[int]] = []
    succs: list[list[int]] = []      # normal successors (instruction indexes)
    catches: list[int] = []
    for i in range(n):
        pc = starts[i]
        name = opnames[code[pc]]
        nargs = code[pc + 1]
        u = [0] * nw
        d = [0] * nw
        for k in range(nargs):
            w = code[pc + 2 + k]
            if not operand_is_const(w):
                setbit(u, key(w))
        res = code[pc + 2 + nargs]
        if res >= 0:
            setbit(d, key(res))
        ndsts = code[pc + 3 + nargs]
        for k in range(ndsts):
            setbit(d, key(code[pc + 4 + nargs + k]))
        length = 4 + nargs + ndsts + 4
        target = code[pc + length - 3]
        catch = code[pc + length - 2]
        nexts: list[int] = []
        if name != 'goto' and name != 'return' and name != 'raise' and name != 'reraise' \
                and name != 'unreachable' and i + 1 < n:
            nexts.append(i + 1)
        if target >= 0:
            nexts.append(lv.index_of_pc[target])
        uses.append(u)
        defs.append(d)
        succs.append(nexts)
        catches.append(lv.index_of_pc[catch] if catch >= 0 else -1)
    live: list[list[int]] = []
    for i in range(n):
        live.append([0] * nw)
    changed = True
    while changed:
        changed = False
        i = n - 1
        while i >= 0:
            new = [0] * nw
            for s in succs[i]:
                other = live[s]
                for j in range(nw):
                    new[j] |= other[j]
            u = uses[i]
            d = defs[i]
            for j in range(nw):
                new[j] = (new[j] & ~d[j]) | u[j]
            c = catches[i]
            if c >= 0:
                other = live[c]
                for j in range(nw):
                    new[j] |= other[j]
            old = live[i]
            for j in range(nw):
                if new[j] != old[j]:
                    changed = True
            live[i] = new
            i -= 1
    lv.live = live
    return lv


def setbit(bits: list[int], k: int) -> None:
    bits[k // BITS] |= 1 << (k % BITS)
