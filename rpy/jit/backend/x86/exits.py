"""Compact exits of the x86-64 backend: a description per exit, one shared
exit routine per backend configuration.

A guard (or finish) leaves its block through a stub of two instructions,

    lea r11, [rip + DESCR]      ; the exit's description (data after the code)
    jmp qword [r11]             ; its first word: the exit routine, or a bridge

and the description says everything else: where each of the exit's values
is (a register, an xmm register, a stack slot, or a constant), the value
the block returns, the exit's gcmap and whether it takes the pending
exception.  The first word is patched to a bridge's direct entry when one
is attached on the block's native frame (runner.py): a hot guard then
jumps from its stub to its bridge, the exit routine never runs.

The exit routine (installed once per BackendConfig, see exit_routine_addr)
saves every register below rsp, decodes the description's location codes
and stores the values into the jitframe words 0..n-1, then writes the
pending exception and the gcmap into the jitframe (GC mode), and returns
the exit's value, or unwinds and jumps to the bridge named in the second
word (a bridge entered from the jitframe).  See docs/design-jit.md,
"Compact exits".  RPy code.

Description (8-aligned; offsets in bytes):

    +0   8  where the stub jumps: the exit routine, or a direct bridge
    +8   8  a bridge entered from the jitframe (0: return to the caller)
    +16  8  the value returned (exit_tag << EXIT_TAG_SHIFT | exit index)
    +24  4  the exit's gcmap, relative to the description (0: none)
    +28  1  flags (FLAG_TAKE_EXC)
    +29     one location code per value, in jitframe order, then CODE_END

Location codes: a byte below CODE_SLOT32 is the location itself
(regalloc.py's numbering: 0-15 a register, 16-31 an xmm register, 32 + k
stack slot k, so slots 0..207); CODE_SLOT32 + 4 bytes: any stack location;
CODE_CONST32 + 4 bytes: a constant, sign-extended; CODE_CONST64 + 8 bytes:
a constant word (floats as their bits).
"""
from __future__ import annotations

from rpy.jit.backend.x86.config import BackendConfig
from rpy.jit.backend.x86.encoder import (
    MachineCodeBuilder, fits_in_32, CC_B, CC_E)
from rpy.jit.backend.x86.regs import (
    RAX, RDX, RBX, RSP, RBP, RSI, RDI, R11, R12, R13, R14, R15)
from rpy.jit.backend.x86.regalloc import (
    LOC_STACK, NO_LOC, JITFRAME_DISP, FIRST_SLOT_DISP)
from rpy.jit.backend.x86.codebuf import ExecutableMemory

DESCR_DIRECT = 0
DESCR_BRIDGE = 8
DESCR_EXIT = 16
DESCR_GCMAP = 24
DESCR_FLAGS = 28
DESCR_LOCS = 29

FLAG_TAKE_EXC = 1

CODE_SLOT32 = 0xF0
CODE_CONST32 = 0xF1
CODE_CONST64 = 0xF2
CODE_END = 0xFF

# the registers saved by the exit routine, at [rsp + 8 * location]
SAVE_AREA = 8 * LOC_STACK
N_XMM_SAVED = 15            # xmm15 is the scratch register: never a value


def _put32(out: list[int], v: int) -> None:
    for i in range(4):
        out.append((v >> (8 * i)) & 0xFF)


def encode_locs(locs: list[int], consts: list[int]) -> list[int]:
    """The location codes of an exit's values (locs[k] a location, or
    NO_LOC with the constant word consts[k]), ended by CODE_END."""
    out: list[int] = []
    for k in range(len(locs)):
        loc = locs[k]
        if loc == NO_LOC:
            c = consts[k]
            if fits_in_32(c):
                out.append(CODE_CONST32)
                _put32(out, c)
            else:
                out.append(CODE_CONST64)
                _put32(out, c)
                _put32(out, c >> 32)
        elif loc < CODE_SLOT32:
            out.append(loc)
        else:
            out.append(CODE_SLOT32)
            _put32(out, loc)
    out.append(CODE_END)
    return out


def _get32(data: list[int], pos: int) -> int:
    v = data[pos] | (data[pos + 1] << 8) | (data[pos + 2] << 16) | (data[pos + 3] << 24)
    if v >= 0x80000000:
        v -= 0x100000000
    return v


def decode_locs(data: list[int], pos: int) -> tuple[list[int], list[int]]:
    """The inverse of encode_locs, from data[pos] (what the exit routine
    does in machine code): (locs, consts)."""
    locs: list[int] = []
    consts: list[int] = []
    while True:
        code = data[pos]
        pos += 1
        if code == CODE_END:
            break
        if code < CODE_SLOT32:
            locs.append(code)
            consts.append(0)
        elif code == CODE_SLOT32:
            locs.append(_get32(data, pos))
            consts.append(0)
            pos += 4
        elif code == CODE_CONST32:
            locs.append(NO_LOC)
            consts.append(_get32(data, pos))
            pos += 4
        elif code == CODE_CONST64:
            locs.append(NO_LOC)
            consts.append((_get32(data, pos) & 0xFFFFFFFF) | (_get32(data, pos + 4) << 32))
            pos += 8
        else:
            raise ValueError("exit description: bad location code")
    return locs, consts


def emit_descr(mc: MachineCodeBuilder, label: int, routine: int, exit_value: int,
               gcmap_pos: int, take_exc: bool, codes: list[int]) -> int:
    """The description of one exit at `label` (8-aligned), its gcmap at
    gcmap_pos in the block (-1: none); returns its position."""
    mc.align_data(8)
    pos = mc.get_size()
    mc.bind(label)
    mc.data64(routine)
    mc.data64(0)
    mc.data64(exit_value)
    rel = 0
    if gcmap_pos >= 0:
        rel = gcmap_pos - pos
    mc.imm32(rel)
    mc.byte(FLAG_TAKE_EXC if take_exc else 0)
    for b in codes:
        mc.byte(b)
    return pos


def emit_stub(mc: MachineCodeBuilder, descr_label: int) -> None:
    """An exit's out-of-line code (10 bytes): r11 = its description,
    then wherever its first word says."""
    mc.lea_rl(R11, descr_label)
    mc.jmp_m(R11, DESCR_DIRECT)


def emit_unwind(mc: MachineCodeBuilder) -> None:
    """Back to the state of a block's entry: callee-saved registers
    restored, the native frame gone, the return address on top (the
    frame layout of assembler.py)."""
    mc.lea_rm(RSP, RBP, -40)
    mc.pop_r(R15)
    mc.pop_r(R14)
    mc.pop_r(R13)
    mc.pop_r(R12)
    mc.pop_r(RBX)
    mc.pop_r(RBP)


def build_exit_routine(config: BackendConfig) -> MachineCodeBuilder:
    """The shared exit routine (see the module docstring); entered with
    r11 = the exit's description, rbp = the block's native frame, every
    value where the exit's location codes say."""
    mc = MachineCodeBuilder()
    mc.sub_ri(RSP, SAVE_AREA)
    for r in range(16):
        if r != RSP and r != RBP and r != R11:
            mc.mov_mr(RSP, 8 * r, r)
    for x in range(N_XMM_SAVED):
        mc.movsd_mx(RSP, 8 * (16 + x), x)
    mc.mov_rm(RDI, RBP, JITFRAME_DISP)
    mc.lea_rm(RSI, R11, DESCR_LOCS)
    nxt = mc.new_label()
    reg = mc.new_label()
    slot = mc.new_label()
    slot32 = mc.new_label()
    const32 = mc.new_label()
    const64 = mc.new_label()
    store = mc.new_label()
    done = mc.new_label()
    # rsi: the next code, rdi: the next jitframe word
    mc.bind(nxt)
    mc.movzx8_rm(RAX, RSI, 0)
    mc.add_ri(RSI, 1)
    mc.cmp_ri(RAX, LOC_STACK)
    mc.jcc_j8(CC_B, reg)
    mc.cmp_ri(RAX, CODE_SLOT32)
    mc.jcc_j8(CC_B, slot)
    mc.jcc_j8(CC_E, slot32)
    mc.cmp_ri(RAX, CODE_CONST32)
    mc.jcc_j8(CC_E, const32)
    mc.cmp_ri(RAX, CODE_CONST64)
    mc.jcc_j8(CC_E, const64)
    mc.jmp_j8(done)
    mc.bind(reg)
    mc.mov_ra(RAX, RSP, RAX, 8, 0)
    mc.jmp_j8(store)
    mc.bind(slot32)
    mc.mov32_rm(RAX, RSI, 0)
    mc.add_ri(RSI, 4)
    mc.bind(slot)
    # location loc is at rbp + FIRST_SLOT_DISP - 8 * (loc - LOC_STACK)
    mc.neg_r(RAX)
    mc.mov_ra(RAX, RBP, RAX, 8, FIRST_SLOT_DISP + 8 * LOC_STACK)
    mc.jmp_j8(store)
    mc.bind(const32)
    mc.movsx32_rm(RAX, RSI, 0)
    mc.add_ri(RSI, 4)
    mc.jmp_j8(store)
    mc.bind(const64)
    mc.mov_rm(RAX, RSI, 0)
    mc.add_ri(RSI, 8)
    mc.bind(store)
    mc.mov_mr(RDI, 0, RAX)
    mc.add_ri(RDI, 8)
    mc.jmp_j8(nxt)
    mc.bind(done)
    mc.mov_rm(RDI, RBP, JITFRAME_DISP)
    if config.gc:
        # the pending exception moved into the jitframe, the gcmap written.
        # No write barrier on the jitframe: rjitmem.call_frame runs it
        # once the block has returned.
        no_exc = mc.new_label()
        mc.test8_mi(R11, DESCR_FLAGS, FLAG_TAKE_EXC)
        mc.jcc_j8(CC_E, no_exc)
        mc.mov_ri(RAX, config.exc_addr)
        mc.mov_rm(RDX, RAX, 0)
        mc.mov_mi(RAX, 0, 0)
        mc.mov_mr(RDI, config.frame_exc_disp, RDX)
        mc.bind(no_exc)
        no_map = mc.new_label()
        mc.movsx32_rm(RAX, R11, DESCR_GCMAP)
        mc.test_rr(RAX, RAX)
        mc.jcc_j8(CC_E, no_map)
        mc.add_rr(RAX, R11)
        mc.bind(no_map)
        mc.mov_mr(RDI, config.frame_gcmap_disp, RAX)
    mc.mov_rm(RAX, R11, DESCR_EXIT)
    mc.mov_rm(RDX, R11, DESCR_BRIDGE)
    emit_unwind(mc)
    ret = mc.new_label()
    mc.test_rr(RDX, RDX)
    mc.jcc_j8(CC_E, ret)
    # a bridge entered like a block: the jitframe in rdi
    mc.jmp_r(RDX)
    mc.bind(ret)
    mc.ret()
    return mc


def exit_routine_addr(config: BackendConfig) -> int:
    """The address of the configuration's exit routine, installed at the
    first call (its pages are never freed: every block compiled with the
    configuration may jump there)."""
    if config.exit_routine == 0:
        addr, size = ExecutableMemory().install(build_exit_routine(config))
        config.exit_routine = addr
        config.exit_routine_size = size
    return config.exit_routine
