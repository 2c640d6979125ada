"""x86-64 registers as small ints, and the System V AMD64 calling convention.

A general-purpose register is its hardware number 0..15 (the low three bits
go into ModRM/SIB/opcode, bit 3 into a REX prefix).  An xmm register is also
0..15: which file a number belongs to is decided by the instruction that uses
it (the encoder's method names say it: `r` = general register, `x` = xmm).

Plain module-level ints and lists: RPy reads them as prebuilt constants.
"""
from __future__ import annotations

RAX = 0
RCX = 1
RDX = 2
RBX = 3
RSP = 4
RBP = 5
RSI = 6
RDI = 7
R8 = 8
R9 = 9
R10 = 10
R11 = 11
R12 = 12
R13 = 13
R14 = 14
R15 = 15

XMM0 = 0
XMM1 = 1
XMM2 = 2
XMM3 = 3
XMM4 = 4
XMM5 = 5
XMM6 = 6
XMM7 = 7
XMM8 = 8
XMM9 = 9
XMM10 = 10
XMM11 = 11
XMM12 = 12
XMM13 = 13
XMM14 = 14
XMM15 = 15

NUM_REGS = 16

# "no index register" in a [base + index*scale + disp] operand (the hardware
# spells it with index=0b100, which is why rsp can never be an index).
NO_INDEX = -1

# Names by operand size (what `as`/`objdump -M intel` print).
REG_NAMES = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
             "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"]
REG_NAMES_32 = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
                "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"]
REG_NAMES_16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
                "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w"]
# With a REX prefix, byte registers 4..7 are spl/bpl/sil/dil (without one
# they would be ah/ch/dh/bh, which this backend never uses).
REG_NAMES_8 = ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
               "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"]
XMM_NAMES = ["xmm%d" % _i for _i in range(16)]


def reg_name(r: int) -> str:
    return REG_NAMES[r]


def xmm_name(x: int) -> str:
    return XMM_NAMES[x]


# ---------------------------------------------------------------- System V AMD64 ABI

# Integer/pointer arguments, in order; further arguments go on the stack.
ARG_REGS = [RDI, RSI, RDX, RCX, R8, R9]
# Float arguments, in order.
XMM_ARG_REGS = [XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7]
# Results: rax (and rdx for a second word), xmm0 for a double.
RET_REG = RAX
RET_REG_HIGH = RDX
XMM_RET_REG = XMM0
# A call preserves these (the callee saves them if it uses them).
CALLEE_SAVED = [RBX, RBP, R12, R13, R14, R15]
# A call may clobber these.
CALLER_SAVED = [RAX, RCX, RDX, RSI, RDI, R8, R9, R10, R11]
# Every xmm register is caller-saved in System V.
XMM_CALLER_SAVED = [XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7,
                    XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15]
XMM_CALLEE_SAVED: list[int] = []
# r11 is used by no calling convention (not an argument, not preserved): the
# usual scratch register for `mov r11, imm64; call r11` and similar.
SCRATCH_REG = R11
# rsp is 16-byte aligned at a call instruction (so 8 mod 16 at function
# entry, after the return address was pushed).
STACK_ALIGNMENT = 16
# A leaf function may use 128 bytes below rsp without moving it.
RED_ZONE = 128
