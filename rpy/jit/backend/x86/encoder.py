"""The x86-64 machine-code encoder of the JIT backend.

`MachineCodeBuilder` accumulates bytes in a `list[int]` and has one method
per instruction form.  It is RPy: typed, no run-time reflection; it will be
translated into the executable together with the rest of the JIT.

Method names are `MNEMONIC[SIZE]_OPERANDS`, one letter per operand, in the
order of Intel syntax (destination first):

    r   a general register (64-bit unless SIZE says otherwise), see regs.py
    x   an xmm register
    i   an immediate (the method picks the shortest encoding that `as`
        would pick: imm8 when it fits, the rax short forms, ...)
    m   memory [base + disp]                      -> args base, disp
    a   memory [base + index*scale + disp]        -> args base, index, scale, disp
    l   memory [rip + label]: a constant placed in the same code block
    j   a jump/call target label (relative, patched when the label is bound)

    SIZE: none = 64-bit (qword), 32/16/8 = that operand size.
    Condition codes are the first argument of setcc/cmovcc/jcc (CC_*).

Labels: `new_label()` gives a label id; jumps and rip-relative operands may
refer to it before `bind(label)` fixes its position, and are patched then.
A jump to a label already bound uses the 2-byte form when the displacement
fits in 8 bits; a jump forward uses rel32 unless asked for the short form
(`jmp_j8`, `jcc_j8`: `bind` raises EncodingError if it does not fit).
Everything inside a block is position independent; `call_abs`/`jmp_abs`/
`jcc_abs` to addresses outside it are patched by `materialize(base)`, which
gives the final bytes for the address the block is copied to.

Constants (float masks, 64-bit words) go in a pool after the code:
`align_data(16)`, `bind(label)`, `data64(...)`, and are read with the `l`
forms.  The memory operand of xorpd/andpd must be 16-byte aligned, and so
must the block's address for that alignment to hold.

A misuse (rsp as an index, a displacement or immediate that does not fit,
a label bound twice or never) raises EncodingError: a bug in the caller.

Every form is checked byte for byte against the GNU assembler in
tests/rpy/jit/test_x86_encoder.py.
"""
from __future__ import annotations

from rpy.jit.backend.x86.regs import NO_INDEX, RAX

# ---------------------------------------------------------------- condition codes

CC_O = 0
CC_NO = 1
CC_B = 2        # unsigned <   (carry)
CC_AE = 3       # unsigned >=
CC_E = 4        # ==  (zero)
CC_NE = 5       # !=
CC_BE = 6       # unsigned <=
CC_A = 7        # unsigned >
CC_S = 8        # negative
CC_NS = 9
CC_P = 10       # parity (an unordered ucomisd result sets it)
CC_NP = 11
CC_L = 12       # signed <
CC_GE = 13      # signed >=
CC_LE = 14      # signed <=
CC_G = 15       # signed >
CC_C = CC_B
CC_NC = CC_AE
CC_Z = CC_E
CC_NZ = CC_NE

CC_NAMES = ["o", "no", "b", "ae", "e", "ne", "be", "a",
            "s", "ns", "p", "np", "l", "ge", "le", "g"]


def invert_cc(cc: int) -> int:
    """The opposite condition (e <-> ne, l <-> ge, ...)."""
    return cc ^ 1


# ---------------------------------------------------------------- ALU operations
# the /digit of the 0x80-0x83 group, and (times 8) the base of the r/m forms

ALU_ADD = 0
ALU_OR = 1
ALU_ADC = 2
ALU_SBB = 3
ALU_AND = 4
ALU_SUB = 5
ALU_XOR = 6
ALU_CMP = 7

# shift group (0xC1 / 0xD1 / 0xD3) /digit
SHIFT_ROL = 0
SHIFT_ROR = 1
SHIFT_SHL = 4
SHIFT_SHR = 5
SHIFT_SAR = 7

# mandatory prefixes
P_NONE = 0
P_66 = 0x66
P_F2 = 0xF2
P_F3 = 0xF3

# longest first: the recommended multi-byte NOPs (Intel SDM, NOP instruction)
NOPS = [
    [],
    [0x90],
    [0x66, 0x90],
    [0x0F, 0x1F, 0x00],
    [0x0F, 0x1F, 0x40, 0x00],
    [0x0F, 0x1F, 0x44, 0x00, 0x00],
    [0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00],
    [0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00],
    [0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
    [0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
]
MAX_NOP = 9

INT32_MIN = -2147483648
INT32_MAX = 2147483647


class EncodingError(Exception):
    pass


def fits_in_8(v: int) -> bool:
    return -128 <= v <= 127


def fits_in_32(v: int) -> bool:
    return INT32_MIN <= v <= INT32_MAX


def _scale_bits(scale: int) -> int:
    if scale == 1:
        return 0
    if scale == 2:
        return 1
    if scale == 4:
        return 2
    if scale == 8:
        return 3
    raise EncodingError("scale must be 1, 2, 4 or 8")


def _hi(r: int) -> int:
    """Bit 3 of a register number (goes into REX); 0 for NO_INDEX."""
    if r < 0:
        return 0
    return (r >> 3) & 1


class MachineCodeBuilder:
    data: list[int]
    size: int
    # labels: position (-1 while unbound), head of the chain of fixups
    label_pos: list[int]
    label_fixups: list[int]
    # pending label references: where the displacement field is, what it is
    # relative to (the end of the instruction), its size (1 or 4), next in chain
    fix_pos: list[int]
    fix_end: list[int]
    fix_size: list[int]
    fix_next: list[int]
    pending: int
    # rel32 fields aimed at absolute addresses outside the block
    abs_pos: list[int]
    abs_target: list[int]

    def __init__(self) -> None:
        # the bytes are data[:size]; data grows by doubling (an append per
        # byte on a list growing by 1/8 copied the code ~8 times over:
        # a list's growth allocates a new array)
        self.data = [0] * 1024
        self.size = 0
        self.label_pos = []
        self.label_fixups = []
        self.fix_pos = []
        self.fix_end = []
        self.fix_size = []
        self.fix_next = []
        self.pending = 0
        self.abs_pos = []
        self.abs_target = []

    # ------------------------------------------------------------ raw bytes

    def get_size(self) -> int:
        return self.size

    def _put(self, b: int) -> None:
        n = self.size
        if n == len(self.data):
            self.data = self.data + [0] * n
        self.data[n] = b
        self.size = n + 1

    def byte(self, b: int) -> None:
        self._put(b & 0xFF)

    def imm8(self, v: int) -> None:
        if not (-128 <= v <= 255):
            raise EncodingError("immediate does not fit in 8 bits")
        self._put(v & 0xFF)

    def imm16(self, v: int) -> None:
        if not (-32768 <= v <= 65535):
            raise EncodingError("immediate does not fit in 16 bits")
        self._put(v & 0xFF)
        self._put((v >> 8) & 0xFF)

    def imm32(self, v: int) -> None:
        if not fits_in_32(v):
            raise EncodingError("immediate does not fit in a signed 32-bit field")
        self._put32(v)

    def _put32(self, v: int) -> None:
        self._put(v & 0xFF)
        self._put((v >> 8) & 0xFF)
        self._put((v >> 16) & 0xFF)
        self._put((v >> 24) & 0xFF)

    def imm64(self, v: int) -> None:
        for i in range(8):
            self._put((v >> (8 * i)) & 0xFF)

    def overwrite(self, pos: int, b: int) -> None:
        self.data[pos] = b & 0xFF

    def overwrite32(self, pos: int, v: int) -> None:
        for i in range(4):
            self.data[pos + i] = (v >> (8 * i)) & 0xFF

    def data64(self, v: int) -> None:
        """8 bytes of data (constant pool), little-endian."""
        self.imm64(v)

    def align_data(self, alignment: int) -> None:
        """Pad with zero bytes (data, never executed) to a multiple of alignment."""
        while self.size % alignment != 0:
            self._put(0)

    def get_code(self) -> list[int]:
        """The bytes, position independent (absolute targets not patched)."""
        if self.pending != 0:
            raise EncodingError("a label is referenced but never bound")
        return self.data[:self.size]

    def materialize(self, base: int) -> list[int]:
        """A copy of the bytes for running at address `base`: the rel32
        fields of call_abs/jmp_abs/jcc_abs patched."""
        if self.pending != 0:
            raise EncodingError("a label is referenced but never bound")
        result = self.data[:self.size]
        for k in range(len(self.abs_pos)):
            pos = self.abs_pos[k]
            rel = self.abs_target[k] - (base + pos + 4)
            if not fits_in_32(rel):
                raise EncodingError("call/jump target further than 2GB away")
            for i in range(4):
                result[pos + i] = (rel >> (8 * i)) & 0xFF
        return result

    # ------------------------------------------------------------ labels

    def new_label(self) -> int:
        self.label_pos.append(-1)
        self.label_fixups.append(-1)
        return len(self.label_pos) - 1

    def is_bound(self, label: int) -> bool:
        return self.label_pos[label] >= 0

    def label_position(self, label: int) -> int:
        return self.label_pos[label]

    def bind(self, label: int) -> None:
        """Fix the label at the current position, patch the references to it."""
        if self.label_pos[label] >= 0:
            raise EncodingError("label bound twice")
        pos = self.size
        self.label_pos[label] = pos
        k = self.label_fixups[label]
        while k >= 0:
            self._patch(self.fix_pos[k], self.fix_size[k], pos - self.fix_end[k])
            self.pending -= 1
            k = self.fix_next[k]
        self.label_fixups[label] = -1

    def _patch(self, pos: int, size: int, rel: int) -> None:
        if size == 1:
            if not fits_in_8(rel):
                raise EncodingError("short jump: the target is out of 8-bit range")
            self.data[pos] = rel & 0xFF
        else:
            if not fits_in_32(rel):
                raise EncodingError("displacement out of 32-bit range")
            self.overwrite32(pos, rel)

    def _label_ref(self, label: int, size: int, extra: int) -> None:
        """Emit a `size`-byte field holding label - (end of the field + extra)."""
        pos = self.size
        end = pos + size + extra
        for i in range(size):
            self._put(0)
        target = self.label_pos[label]
        if target >= 0:
            self._patch(pos, size, target - end)
            return
        self.fix_pos.append(pos)
        self.fix_end.append(end)
        self.fix_size.append(size)
        self.fix_next.append(self.label_fixups[label])
        self.label_fixups[label] = len(self.fix_pos) - 1
        self.pending += 1

    def _abs_ref(self, target: int) -> None:
        self.abs_pos.append(self.size)
        self.abs_target.append(target)
        self._put32(0)

    # ------------------------------------------------------------ encoding core

    def _opcode(self, opcode: int) -> None:
        """One to three opcode bytes, written as one int: 0x0FAF is 0F AF."""
        if opcode > 0xFFFF:
            self._put((opcode >> 16) & 0xFF)
        if opcode > 0xFF:
            self._put((opcode >> 8) & 0xFF)
        self._put(opcode & 0xFF)

    def _prefix_rex(self, prefix: int, w: int, reg: int, index: int, base: int,
                    force_rex: bool) -> None:
        if prefix != P_NONE:
            self._put(prefix)
        rex = (w << 3) | (_hi(reg) << 2) | (_hi(index) << 1) | _hi(base)
        if rex != 0 or force_rex:
            self._put(0x40 | rex)

    def _rr(self, prefix: int, w: int, opcode: int, reg: int, rm: int,
            force_rex: bool = False) -> None:
        """An instruction with a register-direct ModRM (mod = 11)."""
        self._prefix_rex(prefix, w, reg, NO_INDEX, rm, force_rex)
        self._opcode(opcode)
        self._put(0xC0 | ((reg & 7) << 3) | (rm & 7))

    def _mem(self, prefix: int, w: int, opcode: int, reg: int, base: int,
             index: int, scale: int, disp: int, force_rex: bool = False) -> None:
        """An instruction with a memory ModRM [base + index*scale + disp]
        (index NO_INDEX: [base + disp])."""
        self._prefix_rex(prefix, w, reg, index, base, force_rex)
        self._opcode(opcode)
        if not fits_in_32(disp):
            raise EncodingError("displacement does not fit in 32 bits")
        r = (reg & 7) << 3
        b = base & 7
        # mod=00 with base rbp/r13 means something else (rip-relative or
        # no base): those bases always take a displacement, 0 as disp8.
        if disp == 0 and b != 5:
            mod = 0x00
        elif fits_in_8(disp):
            mod = 0x40
        else:
            mod = 0x80
        if index == NO_INDEX:
            if b == 4:
                # rm=100 means "a SIB byte follows": rsp/r12 as a base need
                # one, with index=100 (none)
                self._put(mod | r | 4)
                self._put(0x24)
            else:
                self._put(mod | r | b)
        else:
            if index == 4:
                raise EncodingError("rsp cannot be an index register")
            self._put(mod | r | 4)
            self._put((_scale_bits(scale) << 6) | ((index & 7) << 3) | b)
        if mod == 0x40:
            self._put(disp & 0xFF)
        elif mod == 0x80:
            self._put32(disp)

    def _rip(self, prefix: int, w: int, opcode: int, reg: int, label: int,
             imm_size: int = 0, force_rex: bool = False) -> None:
        """An instruction with a memory operand [rip + label]; imm_size is the
        size of the immediate the caller writes after it (rip points after it)."""
        self._prefix_rex(prefix, w, reg, NO_INDEX, 0, force_rex)
        self._opcode(opcode)
        self._put(((reg & 7) << 3) | 5)
        self._label_ref(label, 4, imm_size)

    # ------------------------------------------------------------ mov

    def mov_rr(self, dst: int, src: int) -> None:
        self._rr(P_NONE, 1, 0x89, src, dst)

    def mov32_rr(self, dst: int, src: int) -> None:
        """32-bit move: clears the upper half of dst."""
        self._rr(P_NONE, 0, 0x89, src, dst)

    def mov_ri32(self, dst: int, imm: int) -> None:
        """mov r64, imm32 sign-extended (7 bytes)."""
        self._rr(P_NONE, 1, 0xC7, 0, dst)
        self.imm32(imm)

    def mov32_ri(self, dst: int, imm: int) -> None:
        """mov r32, imm32: dst = imm & 0xFFFFFFFF, zero-extended (5 or 6 bytes)."""
        if not (INT32_MIN <= imm <= 0xFFFFFFFF):
            raise EncodingError("immediate does not fit in 32 bits")
        self._prefix_rex(P_NONE, 0, 0, NO_INDEX, dst, False)
        self._put(0xB8 | (dst & 7))
        self._put32(imm)

    def mov_ri64(self, dst: int, imm: int) -> None:
        """movabs r64, imm64 (10 bytes)."""
        self._prefix_rex(P_NONE, 1, 0, NO_INDEX, dst, False)
        self._put(0xB8 | (dst & 7))
        self.imm64(imm)

    def mov_ri(self, dst: int, imm: int) -> None:
        """Load a constant with the shortest of the three forms."""
        if 0 <= imm <= 0xFFFFFFFF:
            self.mov32_ri(dst, imm)
        elif fits_in_32(imm):
            self.mov_ri32(dst, imm)
        else:
            self.mov_ri64(dst, imm)

    def mov_rm(self, dst: int, base: int, disp: int) -> None:
        self._mem(P_NONE, 1, 0x8B, dst, base, NO_INDEX, 1, disp)

    def mov_ra(self, dst: int, base: int, index: int, scale: int, disp: int) -> None:
        self._mem(P_NONE, 1, 0x8B, dst, base, index, scale, disp)

    def mov_rl(self, dst: int, label: int) -> None:
        self._rip(P_NONE, 1, 0x8B, dst, label)

    def mov_mr(self, base: int, disp: int, src: int) -> None:
        self._mem(P_NONE, 1, 0x89, src, base, NO_INDEX, 1, disp)

    def mov_ar(self, base: int, index: int, scale: int, disp: int, src: int) -> None:
        self._mem(P_NONE, 1, 0x89, src, base, index, scale, disp)

    def mov_mi(self, base: int, disp: int, imm: int) -> None:
        """Store a sign-extended imm32 as a qword."""
        self._mem(P_NONE, 1, 0xC7, 0, base, NO_INDEX, 1, disp)
        self.imm32(imm)

    def mov_ai(self, base: int, index: int, scale: int, disp: int, imm: int) -> None:
        self._mem(P_NONE, 1, 0xC7, 0, base, index, scale, disp)
        self.imm32(imm)

    # 32-bit loads zero-extend; stores write the low 4 bytes
    def mov32_rm(self, dst: int, base: int, disp: int) -> None:
        self._mem(P_NONE, 0, 0x8B, dst, base, NO_INDEX, 1, disp)

    def mov32_ra(self, dst: int, base: int, index: int, scale: int, disp: int) -> None:
        self._mem(P_NONE, 0, 0x8B, dst, base, index, scale, disp)

    def mov32_mr(self, base: int, disp: int, src: int) -> None:
        self._mem(P_NONE, 0, 0x89, src, base, NO_INDEX, 1, disp)

    def mov32_ar(self, base: int, index: int, scale: int, disp: int, src: int) -> None:
        self._mem(P_NONE, 0, 0x89, src, base, index, scale, disp)

    def mov32_mi(self, base: int, disp: int, imm: int) -> None:
        self._mem(P_NONE, 0, 0xC7, 0, base, NO_INDEX, 1, disp)
        self.imm32(imm)

    def mov32_ai(self, base: int, index: int, scale: int, disp: int, imm: int) -> None:
        self._mem(P_NONE, 0, 0xC7, 0, base, index, scale, disp)
        self.imm32(imm)

    def mov16_mr(self, base: int, disp: int, src: int) -> None:
        self._mem(P_66, 0, 0x89, src, base, NO_INDEX, 1, disp)

    def mov16_ar(self, base: int, index: int, scale: int, disp: int, src: int) -> None:
        self._mem(P_66, 0, 0x89, src, base, index, scale, disp)

    def mov16_mi(self, base: int, disp: int, imm: int) -> None:
        self._mem(P_66, 0, 0xC7, 0, base, NO_INDEX, 1, disp)
        self.imm16(imm)

    def mov16_ai(self, base: int, index: int, scale: int, disp: int, imm: int) -> None:
        self._mem(P_66, 0, 0xC7, 0, base, index, scale, disp)
        self.imm16(imm)

    # byte stores: registers 4..7 need a REX prefix (spl/bpl/sil/dil, not ah..bh)
    def mov8_mr(self, base: int, disp: int, src: int) -> None:
        self._mem(P_NONE, 0, 0x88, src, base, NO_INDEX, 1, disp, 4 <= src <= 7)

    def mov8_ar(self, base: int, index: int, scale: int, disp: int, src: int) -> None:
        self._mem(P_NONE, 0, 0x88, src, base, index, scale, disp, 4 <= src <= 7)

    def mov8_mi(self, base: int, disp: int, imm: int) -> None:
        self._mem(P_NONE, 0, 0xC6, 0, base, NO_INDEX, 1, disp)
        self.imm8(imm)

    def mov8_ai(self, base: int, index: int, scale: int, disp: int, imm: int) -> None:
        self._mem(P_NONE, 0, 0xC6, 0, base, index, scale, disp)
        self.imm8(imm)

    # ------------------------------------------------------------ extending loads and moves
    # zero extension writes the 32-bit register (which clears the upper half):
    # one byte shorter than the REX.W form for rax..rdi

    def movzx8_rm(self, dst: int, base: int, disp: int) -> None:
        self._mem(P_NONE, 0, 0x0FB6, dst, base, NO_INDEX, 1, disp)

    def movzx8_ra(self, dst: int, base: int, index: int, scale: int, disp: int) -> None:
        self._mem(P_NONE, 0, 0x0FB6, dst, base, index, scale, disp)

    def movzx16_rm(self, dst: int, base: int, disp: int) -> None:
        self._mem(P_NONE, 0, 0x0FB7, dst, base, NO_INDEX, 1, disp)

    def movzx16_ra(self, dst: int, base: int, index: int, scale: int, disp: int) -> None:
        self._mem(P_NONE, 0, 0x0FB7, dst, base, index, scale, disp)

    def movsx8_rm(self, dst: int, base: int, disp: int) -> None:
        self._mem(P_NONE, 1, 0x0FBE, dst, base, NO_INDEX, 1, disp)

    def movsx8_ra(self, dst: int, base: int, index: int, scale: int, disp: int) -> None:
        self._mem(P_NONE, 1, 0x0FBE, dst, base, index, scale, disp)

    def movsx16_rm(self, dst: int, base: int, disp: int) -> None:
        self._mem(P_NONE, 1, 0x0FBF, dst, base, NO_INDEX, 1, disp)

    def movsx16_ra(self, dst: int, base: int, index: int, scale: int, disp: int) -> None:
        self._mem(P_NONE, 1, 0x0FBF, dst, base, index, scale, disp)

    def movsx32_rm(self, dst: int, base: int, disp: int) -> None:
        """movsxd r64, dword [mem]."""
        self._mem(P_NONE, 1, 0x63, dst, base, NO_INDEX, 1, disp)

    def movsx32_ra(self, dst: int, base: int, index: int, scale: int, disp: int) -> None:
        self._mem(P_NONE, 1, 0x63, dst, base, index, scale, disp)

    def movzx8_rr(self, dst: int, src: int) -> None:
        """dst = src & 0xFF (movzx r32, r8)."""
        self._rr(P_NONE, 0, 0x0FB6, dst, src, 4 <= src <= 7)

    def movzx16_rr(self, dst: int, src: int) -> None:
        self._rr(P_NONE, 0, 0x0FB7, dst, src)

    def movsx8_rr(self, dst: int, src: int) -> None:
        self._rr(P_NONE, 1, 0x0FBE, dst, src)

    def movsx16_rr(self, dst: int, src: int) -> None:
        self._rr(P_NONE, 1, 0x0FBF, dst, src)

    def movsx32_rr(self, dst: int, src: int) -> None:
        """movsxd r64, r32."""
        self._rr(P_NONE, 1, 0x63, dst, src)

    # ------------------------------------------------------------ lea

    def lea_rm(self, dst: int, base: int, disp: int) -> None:
        self._mem(P_NONE, 1, 0x8D, dst, base, NO_INDEX, 1, disp)

    def lea_ra(self, dst: int, base: int, index: int, scale: int, disp: int) -> None:
        self._mem(P_NONE, 1, 0x8D, dst, base, index, scale, disp)

    def lea_rl(self, dst: int, label: int) -> None:
        """dst = the address of a label in this block."""
        self._rip(P_NONE, 1, 0x8D, dst, label)

    # ------------------------------------------------------------ ALU: add or adc sbb and sub xor cmp

    def alu_rr(self, op: int, dst: int, src: int) -> None:
        self._rr(P_NONE, 1, op * 8 + 1, src, dst)

    def alu_ri(self, op: int, dst: int, imm: int) -> None:
        if fits_in_8(imm):
            self._rr(P_NONE, 1, 0x83, op, dst)
            self.imm8(imm)
        elif dst == RAX:
            # the short accumulator form, no ModRM
            self._put(0x48)
            self._put(op * 8 + 5)
            self.imm32(imm)
        else:
            self._rr(P_NONE, 1, 0x81, op, dst)
            self.imm32(imm)

    def alu_rm(self, op: int, dst: int, base: int, disp: int) -> None:
        self._mem(P_NONE, 1, op * 8 + 3, dst, base, NO_INDEX, 1, disp)

    def alu_ra(self, op: int, dst: int, base: int, index: int, scale: int, disp: int) -> None:
        self._mem(P_NONE, 1, op * 8 + 3, dst, base, index, scale, disp)

    def alu_rl(self, op: int, dst: int, label: int) -> None:
        self._rip(P_NONE, 1, op * 8 + 3, dst, label)

    def alu_li(self, op: int, label: int, imm: int) -> None:
        """[rip + label] OP= imm (a qword kept in the block, e.g. a counter)."""
        if fits_in_8(imm):
            self._rip(P_NONE, 1, 0x83, op, label, 1)
            self.imm8(imm)
        else:
            self._rip(P_NONE, 1, 0x81, op, label, 4)
            self.imm32(imm)

    def alu_mr(self, op: int, base: int, disp: int, src: int) -> None:
        self._mem(P_NONE, 1, op * 8 + 1, src, base, NO_INDEX, 1, disp)

    def alu_ar(self, op: int, base: int, index: int, scale: int, disp: int, src: int) -> None:
        self._mem(P_NONE, 1, op * 8 + 1, src, base, index, scale, disp)

    def alu_mi(self, op: int, base: int, disp: int, imm: int) -> None:
        self.alu_ai(op, base, NO_INDEX, 1, disp, imm)

    def alu_ai(self, op: int, base: int, index: int, scale: int, disp: int, imm: int) -> None:
        if fits_in_8(imm):
            self._mem(P_NONE, 1, 0x83, op, base, index, scale, disp)
            self.imm8(imm)
        else:
            self._mem(P_NONE, 1, 0x81, op, base, index, scale, disp)
            self.imm32(imm)

    def add_rr(self, dst: int, src: int) -> None: self.alu_rr(ALU_ADD, dst, src)
    def add_ri(self, dst: int, imm: int) -> None: self.alu_ri(ALU_ADD, dst, imm)
    def add_rm(self, dst: int, base: int, disp: int) -> None: self.alu_rm(ALU_ADD, dst, base, disp)
    def add_ra(self, dst: int, base: int, index: int, scale: int, disp: int) -> None: self.alu_ra(ALU_ADD, dst, base, index, scale, disp)
    def add_rl(self, dst: int, label: int) -> None: self.alu_rl(ALU_ADD, dst, label)
    def add_mr(self, base: int, disp: int, src: int) -> None: self.alu_mr(ALU_ADD, base, disp, src)
    def add_mi(self, base: int, disp: int, imm: int) -> None: self.alu_mi(ALU_ADD, base, disp, imm)
    def add_ai(self, base: int, index: int, scale: int, disp: int, imm: int) -> None: self.alu_ai(ALU_ADD, base, index, scale, disp, imm)

    def sub_rr(self, dst: int, src: int) -> None: self.alu_rr(ALU_SUB, dst, src)
    def sub_ri(self, dst: int, imm: int) -> None: self.alu_ri(ALU_SUB, dst, imm)
    def sub_rm(self, dst: int, base: int, disp: int) -> None: self.alu_rm(ALU_SUB, dst, base, disp)
    def sub_ra(self, dst: int, base: int, index: int, scale: int, disp: int) -> None: self.alu_ra(ALU_SUB, dst, base, index, scale, disp)
    def sub_rl(self, dst: int, label: int) -> None: self.alu_rl(ALU_SUB, dst, label)
    def sub_mr(self, base: int, disp: int, src: int) -> None: self.alu_mr(ALU_SUB, base, disp, src)
    def sub_mi(self, base: int, disp: int, imm: int) -> None: self.alu_mi(ALU_SUB, base, disp, imm)
    def sub_ai(self, base: int, index: int, scale: int, disp: int, imm: int) -> None: self.alu_ai(ALU_SUB, base, index, scale, disp, imm)

    def and_rr(self, dst: int, src: int) -> None: self.alu_rr(ALU_AND, dst, src)
    def and_ri(self, dst: int, imm: int) -> None: self.alu_ri(ALU_AND, dst, imm)
    def and_rm(self, dst: int, base: int, disp: int) -> None: self.alu_rm(ALU_AND, dst, base, disp)
    def and_ra(self, dst: int, base: int, index: int, scale: int, disp: int) -> None: self.alu_ra(ALU_AND, dst, base, index, scale, disp)
    def and_rl(self, dst: int, label: int) -> None: self.alu_rl(ALU_AND, dst, label)
    def and_mr(self, base: int, disp: int, src: int) -> None: self.alu_mr(ALU_AND, base, disp, src)
    def and_mi(self, base: int, disp: int, imm: int) -> None: self.alu_mi(ALU_AND, base, disp, imm)
    def and_ai(self, base: int, index: int, scale: int, disp: int, imm: int) -> None: self.alu_ai(ALU_AND, base, index, scale, disp, imm)

    def or_rr(self, dst: int, src: int) -> None: self.alu_rr(ALU_OR, dst, src)
    def or_ri(self, dst: int, imm: int) -> None: self.alu_ri(ALU_OR, dst, imm)
    def or_rm(self, dst: int, base: int, disp: int) -> None: self.alu_rm(ALU_OR, dst, base, disp)
    def or_ra(self, dst: int, base: int, index: int, scale: int, disp: int) -> None: self.alu_ra(ALU_OR, dst, base, index, scale, disp)
    def or_rl(self, dst: int, label: int) -> None: self.alu_rl(ALU_OR, dst, label)
    def or_mr(self, base: int, disp: int, src: int) -> None: self.alu_mr(ALU_OR, base, disp, src)
    def or_mi(self, base: int, disp: int, imm: int) -> None: self.alu_mi(ALU_OR, base, disp, imm)
    def or_ai(self, base: int, index: int, scale: int, disp: int, imm: int) -> None: self.alu_ai(ALU_OR, base, index, scale, disp, imm)

    def xor_rr(self, dst: int, src: int) -> None: self.alu_rr(ALU_XOR, dst, src)
    def xor_ri(self, dst: int, imm: int) -> None: self.alu_ri(ALU_XOR, dst, imm)
    def xor_rm(self, dst: int, base: int, disp: int) -> None: self.alu_rm(ALU_XOR, dst, base, disp)
    def xor_ra(self, dst: int, base: int, index: int, scale: int, disp: int) -> None: self.alu_ra(ALU_XOR, dst, base, index, scale, disp)
    def xor_rl(self, dst: int, label: int) -> None: self.alu_rl(ALU_XOR, dst, label)
    def xor_mr(self, base: int, disp: int, src: int) -> None: self.alu_mr(ALU_XOR, base, disp, src)
    def xor_mi(self, base: int, disp: int, imm: int) -> None: self.alu_mi(ALU_XOR, base, disp, imm)
    def xor_ai(self, base: int, index: int, scale: int, disp: int, imm: int) -> None: self.alu_ai(ALU_XOR, base, index, scale, disp, imm)

    def cmp_rr(self, a: int, b: int) -> None: self.alu_rr(ALU_CMP, a, b)
    def cmp_ri(self, a: int, imm: int) -> None: self.alu_ri(ALU_CMP, a, imm)
    def cmp_rm(self, a: int, base: int, disp: int) -> None: self.alu_rm(ALU_CMP, a, base, disp)
    def cmp_ra(self, a: int, base: int, index: int, scale: int, disp: int) -> None: self.alu_ra(ALU_CMP, a, base, index, scale, disp)
    def cmp_rl(self, a: int, label: int) -> None: self.alu_rl(ALU_CMP, a, label)
    def cmp_mr(self, base: int, disp: int, b: int) -> None: self.alu_mr(ALU_CMP, base, disp, b)
    def cmp_li(self, label: int, imm: int) -> None: self.alu_li(ALU_CMP, label, imm)
    def cmp_mi(self, base: int, disp: int, imm: int) -> None: self.alu_mi(ALU_CMP, base, disp, imm)
    def cmp_ai(self, base: int, index: int, scale: int, disp: int, imm: int) -> None: self.alu_ai(ALU_CMP, base, index, scale, disp, imm)

    def xor32_rr(self, dst: int, src: int) -> None:
        """xor r32, r32: the idiom for zeroing a register (clears 64 bits)."""
        self._rr(P_NONE, 0, 0x31, src, dst)

    # ------------------------------------------------------------ test

    def test_rr(self, a: int, b: int) -> None:
        self._rr(P_NONE, 1, 0x85, b, a)

    def test_ri(self, a: int, imm: int) -> None:
        """test r64, imm32 (sign-extended; there is no imm8 form)."""
        if a == RAX:
            self._put(0x48)
            self._put(0xA9)
        else:
            self._rr(P_NONE, 1, 0xF7, 0, a)
        self.imm32(imm)

    def test8_ri(self, a: int, imm: int) -> None:
        """test r8, imm8: the low byte only."""
        if a == RAX:
            self._put(0xA8)
        else:
            self._rr(P_NONE, 0, 0xF6, 0, a, 4 <= a <= 7)
        self.imm8(imm)

    def test_mi(self, base: int, disp: int, imm: int) -> None:
        self._mem(P_NONE, 1, 0xF7, 0, base, NO_INDEX, 1, disp)
        self.imm32(imm)

    def test_ai(self, base: int, index: int, scale: int, disp: int, imm: int) -> None:
        self._mem(P_NONE, 1, 0xF7, 0, base, index, scale, disp)
        self.imm32(imm)

    def test8_mi(self, base: int, disp: int, imm: int) -> None:
        """test byte [mem], imm8 (flag bits in an object header)."""
        self._mem(P_NONE, 0, 0xF6, 0, base, NO_INDEX, 1, disp)
        self.imm8(imm)

    def test8_ai(self, base: int, index: int, scale: int, disp: int, imm: int) -> None:
        self._mem(P_NONE, 0, 0xF6, 0, base, index, scale, disp)
        self.imm8(imm)

    # ------------------------------------------------------------ multiply, divide, unary

    def imul_rr(self, dst: int, src: int) -> None:
        self._rr(P_NONE, 1, 0x0FAF, dst, src)

    def imul_rm(self, dst: int, base: int, disp: int) -> None:
        self._mem(P_NONE, 1, 0x0FAF, dst, base, NO_INDEX, 1, disp)

    def imul_ra(self, dst: int, base: int, index: int, scale: int, disp: int) -> None:
        self._mem(P_NONE, 1, 0x0FAF, dst, base, index, scale, disp)

    def imul_rri(self, dst: int, src: int, imm: int) -> None:
        """dst = src * imm."""
        if fits_in_8(imm):
            self._rr(P_NONE, 1, 0x6B, dst, src)
            self.imm8(imm)
        else:
            self._rr(P_NONE, 1, 0x69, dst, src)
            self.imm32(imm)

    def _group3(self, digit: int, r: int) -> None:
        self._rr(P_NONE, 1, 0xF7, digit, r)

    def not_r(self, r: int) -> None:
        self._group3(2, r)

    def neg_r(self, r: int) -> None:
        self._group3(3, r)

    def mul_r(self, r: int) -> None:
        """rdx:rax = rax * r, unsigned."""
        self._group3(4, r)

    def imul_r(self, r: int) -> None:
        """rdx:rax = rax * r, signed (the high word of a product)."""
        self._group3(5, r)

    def div_r(self, r: int) -> None:
        """rax, rdx = rdx:rax divmod r, unsigned."""
        self._group3(6, r)

    def idiv_r(self, r: int) -> None:
        """rax, rdx = rdx:rax divmod r, signed, truncating (after cqo)."""
        self._group3(7, r)

    def cqo(self) -> None:
        """rdx = the sign of rax (sign-extends rax into rdx:rax)."""
        self._put(0x48)
        self._put(0x99)

    # ------------------------------------------------------------ shifts

    def shift_ri(self, op: int, r: int, count: int) -> None:
        if not (0 <= count <= 63):
            raise EncodingError("shift count out of range")
        if count == 1:
            self._rr(P_NONE, 1, 0xD1, op, r)
        else:
            self._rr(P_NONE, 1, 0xC1, op, r)
            self._put(count)

    def shift_rcl(self, op: int, r: int) -> None:
        self._rr(P_NONE, 1, 0xD3, op, r)

    def shl_ri(self, r: int, count: int) -> None: self.shift_ri(SHIFT_SHL, r, count)
    def shr_ri(self, r: int, count: int) -> None: self.shift_ri(SHIFT_SHR, r, count)
    def sar_ri(self, r: int, count: int) -> None: self.shift_ri(SHIFT_SAR, r, count)
    def shl_rcl(self, r: int) -> None: self.shift_rcl(SHIFT_SHL, r)
    def shr_rcl(self, r: int) -> None: self.shift_rcl(SHIFT_SHR, r)
    def sar_rcl(self, r: int) -> None: self.shift_rcl(SHIFT_SAR, r)

    # ------------------------------------------------------------ conditions

    def setcc_r(self, cc: int, r: int) -> None:
        """The low byte of r = 1 if cc else 0 (the rest of r is unchanged)."""
        self._rr(P_NONE, 0, 0x0F90 + cc, 0, r, 4 <= r <= 7)

    def cmovcc_rr(self, cc: int, dst: int, src: int) -> None:
        self._rr(P_NONE, 1, 0x0F40 + cc, dst, src)

    def cmovcc_rm(self, cc: int, dst: int, base: int, disp: int) -> None:
        self._mem(P_NONE, 1, 0x0F40 + cc, dst, base, NO_INDEX, 1, disp)

    def cmovcc_ra(self, cc: int, dst: int, base: int, index: int, scale: int, disp: int) -> None:
        self._mem(P_NONE, 1, 0x0F40 + cc, dst, base, index, scale, disp)

    # ------------------------------------------------------------ stack

    def push_r(self, r: int) -> None:
        self._prefix_rex(P_NONE, 0, 0, NO_INDEX, r, False)
        self._put(0x50 | (r & 7))

    def pop_r(self, r: int) -> None:
        self._prefix_rex(P_NONE, 0, 0, NO_INDEX, r, False)
        self._put(0x58 | (r & 7))

    def push_i(self, imm: int) -> None:
        """Push a sign-extended imm8/imm32 as a qword."""
        if fits_in_8(imm):
            self._put(0x6A)
            self.imm8(imm)
        else:
            self._put(0x68)
            self.imm32(imm)

    def push_m(self, base: int, disp: int) -> None:
        self._mem(P_NONE, 0, 0xFF, 6, base, NO_INDEX, 1, disp)

    # ------------------------------------------------------------ control flow

    def call_j(self, label: int) -> None:
        self._put(0xE8)
        self._label_ref(label, 4, 0)

    def call_abs(self, target: int) -> None:
        """call rel32 to an address outside the block (see materialize)."""
        self._put(0xE8)
        self._abs_ref(target)

    def call_r(self, r: int) -> None:
        self._rr(P_NONE, 0, 0xFF, 2, r)

    def call_m(self, base: int, disp: int) -> None:
        self._mem(P_NONE, 0, 0xFF, 2, base, NO_INDEX, 1, disp)

    def call_a(self, base: int, index: int, scale: int, disp: int) -> None:
        self._mem(P_NONE, 0, 0xFF, 2, base, index, scale, disp)

    def call_l(self, label: int) -> None:
        """call [rip + label]: through a pointer kept in the block."""
        self._rip(P_NONE, 0, 0xFF, 2, label)

    def _jump_auto(self, short_op: int, near_op: int, label: int) -> None:
        target = self.label_pos[label]
        if target >= 0 and fits_in_8(target - (self.size + 2)):
            self._put(short_op)
            self._label_ref(label, 1, 0)
        else:
            self._opcode(near_op)
            self._label_ref(label, 4, 0)

    def jmp_j(self, label: int) -> None:
        """jmp to a label: 2 bytes if it is bound and near, else 5."""
        self._jump_auto(0xEB, 0xE9, label)

    def jmp_j8(self, label: int) -> None:
        self._put(0xEB)
        self._label_ref(label, 1, 0)

    def jmp_j32(self, label: int) -> None:
        self._put(0xE9)
        self._label_ref(label, 4, 0)

    def jmp_abs(self, target: int) -> None:
        self._put(0xE9)
        self._abs_ref(target)

    def jmp_r(self, r: int) -> None:
        self._rr(P_NONE, 0, 0xFF, 4, r)

    def jmp_m(self, base: int, disp: int) -> None:
        self._mem(P_NONE, 0, 0xFF, 4, base, NO_INDEX, 1, disp)

    def jmp_a(self, base: int, index: int, scale: int, disp: int) -> None:
        """jmp [base + index*scale + disp]: a jump table."""
        self._mem(P_NONE, 0, 0xFF, 4, base, index, scale, disp)

    def jcc_j(self, cc: int, label: int) -> None:
        """jcc to a label: 2 bytes if it is bound and near, else 6."""
        self._jump_auto(0x70 + cc, 0x0F80 + cc, label)

    def jcc_j8(self, cc: int, label: int) -> None:
        self._put(0x70 + cc)
        self._label_ref(label, 1, 0)

    def jcc_j32(self, cc: int, label: int) -> None:
        self._put(0x0F)
        self._put(0x80 + cc)
        self._label_ref(label, 4, 0)

    def jcc_abs(self, cc: int, target: int) -> None:
        self._put(0x0F)
        self._put(0x80 + cc)
        self._abs_ref(target)

    def ret(self) -> None:
        self._put(0xC3)

    def int3(self) -> None:
        self._put(0xCC)

    def ud2(self) -> None:
        self._put(0x0F)
        self._put(0x0B)

    def nop(self, size: int = 1) -> None:
        """One NOP instruction of 1..9 bytes."""
        if not (1 <= size <= MAX_NOP):
            raise EncodingError("nop size must be 1..9")
        for b in NOPS[size]:
            self._put(b)

    def align(self, alignment: int) -> None:
        """Pad with as few NOP instructions as possible to a multiple of
        alignment (a power of two), e.g. a loop header."""
        missing = (-self.size) & (alignment - 1)
        while missing > 0:
            n = missing
            if n > MAX_NOP:
                n = MAX_NOP
            self.nop(n)
            missing -= n

    # ------------------------------------------------------------ SSE2 scalar doubles

    def _sse_xx(self, prefix: int, opcode: int, dst: int, src: int) -> None:
        self._rr(prefix, 0, opcode, dst, src)

    def _sse_xa(self, prefix: int, opcode: int, reg: int, base: int, index: int,
                scale: int, disp: int) -> None:
        self._mem(prefix, 0, opcode, reg, base, index, scale, disp)

    def movsd_xx(self, dst: int, src: int) -> None:
        self._sse_xx(P_F2, 0x0F10, dst, src)

    def movsd_xm(self, dst: int, base: int, disp: int) -> None:
        self._sse_xa(P_F2, 0x0F10, dst, base, NO_INDEX, 1, disp)

    def movsd_xa(self, dst: int, base: int, index: int, scale: int, disp: int) -> None:
        self._sse_xa(P_F2, 0x0F10, dst, base, index, scale, disp)

    def movsd_xl(self, dst: int, label: int) -> None:
        self._rip(P_F2, 0, 0x0F10, dst, label)

    def movsd_mx(self, base: int, disp: int, src: int) -> None:
        self._sse_xa(P_F2, 0x0F11, src, base, NO_INDEX, 1, disp)

    def movsd_ax(self, base: int, index: int, scale: int, disp: int, src: int) -> None:
        self._sse_xa(P_F2, 0x0F11, src, base, index, scale, disp)

    def movapd_xx(self, dst: int, src: int) -> None:
        """Copy a whole xmm register (no dependency on dst's old value)."""
        self._sse_xx(P_66, 0x0F28, dst, src)

    def movq_xr(self, dst: int, src: int) -> None:
        """xmm <- the 64 bits of a general register."""
        self._rr(P_66, 1, 0x0F6E, dst, src)

    def movq_rx(self, dst: int, src: int) -> None:
        """general register <- the low 64 bits of an xmm register."""
        self._rr(P_66, 1, 0x0F7E, src, dst)

    # arithmetic: dst = dst OP src
    def addsd_xx(self, dst: int, src: int) -> None: self._sse_xx(P_F2, 0x0F58, dst, src)
    def addsd_xm(self, dst: int, base: int, disp: int) -> None: self._sse_xa(P_F2, 0x0F58, dst, base, NO_INDEX, 1, disp)
    def addsd_xa(self, dst: int, base: int, index: int, scale: int, disp: int) -> None: self._sse_xa(P_F2, 0x0F58, dst, base, index, scale, disp)
    def addsd_xl(self, dst: int, label: int) -> None: self._rip(P_F2, 0, 0x0F58, dst, label)

    def subsd_xx(self, dst: int, src: int) -> None: self._sse_xx(P_F2, 0x0F5C, dst, src)
    def subsd_xm(self, dst: int, base: int, disp: int) -> None: self._sse_xa(P_F2, 0x0F5C, dst, base, NO_INDEX, 1, disp)
    def subsd_xa(self, dst: int, base: int, index: int, scale: int, disp: int) -> None: self._sse_xa(P_F2, 0x0F5C, dst, base, index, scale, disp)
    def subsd_xl(self, dst: int, label: int) -> None: self._rip(P_F2, 0, 0x0F5C, dst, label)

    def mulsd_xx(self, dst: int, src: int) -> None: self._sse_xx(P_F2, 0x0F59, dst, src)
    def mulsd_xm(self, dst: int, base: int, disp: int) -> None: self._sse_xa(P_F2, 0x0F59, dst, base, NO_INDEX, 1, disp)
    def mulsd_xa(self, dst: int, base: int, index: int, scale: int, disp: int) -> None: self._sse_xa(P_F2, 0x0F59, dst, base, index, scale, disp)
    def mulsd_xl(self, dst: int, label: int) -> None: self._rip(P_F2, 0, 0x0F59, dst, label)

    def divsd_xx(self, dst: int, src: int) -> None: self._sse_xx(P_F2, 0x0F5E, dst, src)
    def divsd_xm(self, dst: int, base: int, disp: int) -> None: self._sse_xa(P_F2, 0x0F5E, dst, base, NO_INDEX, 1, disp)
    def divsd_xa(self, dst: int, base: int, index: int, scale: int, disp: int) -> None: self._sse_xa(P_F2, 0x0F5E, dst, base, index, scale, disp)
    def divsd_xl(self, dst: int, label: int) -> None: self._rip(P_F2, 0, 0x0F5E, dst, label)

    def sqrtsd_xx(self, dst: int, src: int) -> None: self._sse_xx(P_F2, 0x0F51, dst, src)
    def sqrtsd_xm(self, dst: int, base: int, disp: int) -> None: self._sse_xa(P_F2, 0x0F51, dst, base, NO_INDEX, 1, disp)

    def minsd_xx(self, dst: int, src: int) -> None: self._sse_xx(P_F2, 0x0F5D, dst, src)
    def maxsd_xx(self, dst: int, src: int) -> None: self._sse_xx(P_F2, 0x0F5F, dst, src)

    # comparisons set ZF/PF/CF (unsigned-style: use CC_B/CC_A/..., CC_P = unordered)
    def ucomisd_xx(self, a: int, b: int) -> None: self._sse_xx(P_66, 0x0F2E, a, b)
    def ucomisd_xm(self, a: int, base: int, disp: int) -> None: self._sse_xa(P_66, 0x0F2E, a, base, NO_INDEX, 1, disp)
    def ucomisd_xl(self, a: int, label: int) -> None: self._rip(P_66, 0, 0x0F2E, a, label)
    def comisd_xx(self, a: int, b: int) -> None: self._sse_xx(P_66, 0x0F2F, a, b)
    def comisd_xm(self, a: int, base: int, disp: int) -> None: self._sse_xa(P_66, 0x0F2F, a, base, NO_INDEX, 1, disp)
    def comisd_xl(self, a: int, label: int) -> None: self._rip(P_66, 0, 0x0F2F, a, label)

    # conversions
    def cvtsi2sd_xr(self, dst: int, src: int) -> None:
        self._rr(P_F2, 1, 0x0F2A, dst, src)

    def cvtsi2sd_xm(self, dst: int, base: int, disp: int) -> None:
        self._mem(P_F2, 1, 0x0F2A, dst, base, NO_INDEX, 1, disp)

    def cvttsd2si_rx(self, dst: int, src: int) -> None:
        """Truncating double -> int64 (0x8000000000000000 if out of range)."""
        self._rr(P_F2, 1, 0x0F2C, dst, src)

    def cvttsd2si_rm(self, dst: int, base: int, disp: int) -> None:
        self._mem(P_F2, 1, 0x0F2C, dst, base, NO_INDEX, 1, disp)

    # bitwise on the 128-bit register: negation/abs with a 16-byte-aligned
    # constant mask (the memory forms need 16-byte alignment)
    def xorpd_xx(self, dst: int, src: int) -> None: self._sse_xx(P_66, 0x0F57, dst, src)
    def xorpd_xm(self, dst: int, base: int, disp: int) -> None: self._sse_xa(P_66, 0x0F57, dst, base, NO_INDEX, 1, disp)
    def xorpd_xl(self, dst: int, label: int) -> None: self._rip(P_66, 0, 0x0F57, dst, label)
    def andpd_xx(self, dst: int, src: int) -> None: self._sse_xx(P_66, 0x0F54, dst, src)
    def andpd_xm(self, dst: int, base: int, disp: int) -> None: self._sse_xa(P_66, 0x0F54, dst, base, NO_INDEX, 1, disp)
    def andpd_xl(self, dst: int, label: int) -> None: self._rip(P_66, 0, 0x0F54, dst, label)
