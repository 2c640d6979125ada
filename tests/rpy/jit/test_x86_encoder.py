"""rpy.jit.backend.x86.encoder, byte for byte against the GNU assembler.

Every instruction form of MachineCodeBuilder is run on many operand
combinations: all 16 registers in every register position (so every REX
bit), all 16 bases with displacements 0 / 8-bit / 32-bit / negative (the
rsp/r12 SIB and rbp/r13 forced-displacement cases), every base x index x
scale for the SIB forms, all 16 condition codes, immediates at the 8/32-bit
boundaries, rip-relative labels before and after the instruction, jumps
forward and backward across the short/near boundary.  Each combination is
written as Intel-syntax text too; all of it goes into ONE `as --64` run, the
.text section comes back with `objcopy -O binary`, and `nm` gives the start
of each case (symbols `case_N` and `end_N` around it).  Each case is encoded by a fresh
builder and must give exactly the bytes `as` gave.

`as` chooses the shortest encoding (imm8 when it fits, the rax short forms,
`shl r, 1`, the short jump to a near label): the encoder makes the same
choices, so the texts are plain assembly.  `{disp32}` forces the rel32 form
of a jump where the encoder uses rel32 for a forward label.
"""
from __future__ import annotations

import itertools
import random
import shutil
import subprocess
from pathlib import Path
from typing import Any, Callable

import pytest

from rpy.jit.backend.x86 import regs
from rpy.jit.backend.x86.encoder import (
    ALU_ADC, ALU_SBB, CC_NAMES, EncodingError, MachineCodeBuilder, NOPS, invert_cc)

AS = shutil.which("as")
OBJCOPY = shutil.which("objcopy")
NM = shutil.which("nm")

needs_as = pytest.mark.skipif(
    AS is None or OBJCOPY is None or NM is None,
    reason="GNU binutils (as, objcopy, nm) not installed: cannot check the encoder against the assembler")

# ---------------------------------------------------------------- operand values
# each value of a kind: (args passed to the builder method, text in the assembly)

R = range(16)
DISPS = [0, 1, -1, 8, 0x7F, -0x80, 0x80, -0x81, 0x1234, -0x4321, 0x7FFFFFFF, -0x80000000]


def _disp_text(d: int) -> str:
    return "+%d" % d if d >= 0 else "-%d" % -d


def _mem_m(base: int, disp: int) -> tuple[tuple, str]:
    return (base, disp), "[%s%s]" % (regs.REG_NAMES[base], _disp_text(disp))


def _mem_a(base: int, index: int, scale: int, disp: int) -> tuple[tuple, str]:
    return ((base, index, scale, disp),
            "[%s+%s*%d%s]" % (regs.REG_NAMES[base], regs.REG_NAMES[index], scale, _disp_text(disp)))


INDEXES = [i for i in R if i != regs.RSP]
M_VALUES = [_mem_m(b, d) for b in R for d in DISPS]
# every base x index x scale (960), displacements cycling
A_FULL = [_mem_a(b, i, s, DISPS[k % len(DISPS)])
          for k, (b, i, s) in enumerate(itertools.product(R, INDEXES, (1, 2, 4, 8)))]
# every base x index (240), scales and displacements cycling
A_SMALL = [_mem_a(b, i, (1, 2, 4, 8)[k % 4], DISPS[(k * 5) % len(DISPS)])
           for k, (b, i) in enumerate(itertools.product(R, INDEXES))]

I8 = [0, 1, -1, 5, 0x7F, -0x80]
I16 = [0, 1, -1, 0x7F, 0x80, 0x7FFF, -0x8000, 0xFFFF, 0x1234]
I32 = I8 + [0x80, -0x81, 0xFF, 0x100, 0x1234, -0x10000, 0x7FFFFFFF, -0x80000000]
U32 = [0, 1, 0x7F, 0x80, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, -1, -0x80000000]
I64 = I32 + [0x80000000, 0xFFFFFFFF, 0x100000000, -0x80000001, 0x7FFFFFFFFFFFFFFF,
             -0x8000000000000000, 0x123456789ABCDEF0, -0x123456789]
U8 = [0, 1, 0x7F, 0x80, 0xFF, -1, -0x80]
COUNTS = [0, 1, 2, 7, 31, 32, 63]

KINDS: dict[str, list[tuple[tuple, str]]] = {
    "r": [((r,), regs.REG_NAMES[r]) for r in R],
    "r32": [((r,), regs.REG_NAMES_32[r]) for r in R],
    "r16": [((r,), regs.REG_NAMES_16[r]) for r in R],
    "r8": [((r,), regs.REG_NAMES_8[r]) for r in R],
    "x": [((x,), regs.XMM_NAMES[x]) for x in R],
    "i8": [((v,), str(v)) for v in I8],
    "i16": [((v,), str(v)) for v in I16],
    "i32": [((v,), str(v)) for v in I32],
    "u32": [((v,), str(v)) for v in U32],
    "i64": [((v,), str(v)) for v in I64],
    "u8": [((v,), str(v)) for v in U8],
    "cnt": [((v,), str(v)) for v in COUNTS],
    "cc": [((cc,), CC_NAMES[cc]) for cc in range(16)],
    "m": M_VALUES,
    "a": A_SMALL,
    "A": A_FULL,
    # rip-relative: the label is placed after the instruction or before it
    "l": [(("fwd",), "[rip+%L]"), (("bwd",), "[rip+%L]")],
}

# (method, fixed leading args, template with {0} {1} ... for the operands, kinds)
SPECS: list[tuple[str, tuple, str, str]] = []
# forms tried with ALL combinations of their operands, however many
EXHAUSTIVE = {"mov_rm", "mov_mr", "mov_ra"}


def spec(method: str, template: str, kinds: str, fixed: tuple = ()) -> None:
    SPECS.append((method, fixed, template, kinds))


# mov and friends
spec("mov_rr", "mov {0}, {1}", "r r")
spec("mov32_rr", "mov {0}, {1}", "r32 r32")
spec("mov_ri32", "mov {0}, {1}", "r i32")
spec("mov32_ri", "mov {0}, {1}", "r32 u32")
spec("mov_ri64", "movabs {0}, {1}", "r i64")
spec("mov_rm", "mov {0}, qword ptr {1}", "r m")
spec("mov_ra", "mov {0}, qword ptr {1}", "r A")
spec("mov_rl", "mov {0}, qword ptr {1}", "r l")
spec("mov_mr", "mov qword ptr {0}, {1}", "m r")
spec("mov_ar", "mov qword ptr {0}, {1}", "A r")
spec("mov_mi", "mov qword ptr {0}, {1}", "m i32")
spec("mov_ai", "mov qword ptr {0}, {1}", "a i32")
spec("mov32_rm", "mov {0}, dword ptr {1}", "r32 m")
spec("mov32_ra", "mov {0}, dword ptr {1}", "r32 a")
spec("mov32_mr", "mov dword ptr {0}, {1}", "m r32")
spec("mov32_ar", "mov dword ptr {0}, {1}", "a r32")
spec("mov32_mi", "mov dword ptr {0}, {1}", "m i32")
spec("mov32_ai", "mov dword ptr {0}, {1}", "a i32")
spec("mov16_mr", "mov word ptr {0}, {1}", "m r16")
spec("mov16_ar", "mov word ptr {0}, {1}", "a r16")
spec("mov16_mi", "mov word ptr {0}, {1}", "m i16")
spec("mov16_ai", "mov word ptr {0}, {1}", "a i16")
spec("mov8_mr", "mov byte ptr {0}, {1}", "m r8")
spec("mov8_ar", "mov byte ptr {0}, {1}", "a r8")
spec("mov8_mi", "mov byte ptr {0}, {1}", "m u8")
spec("mov8_ai", "mov byte ptr {0}, {1}", "a u8")
spec("movzx8_rm", "movzx {0}, byte ptr {1}", "r32 m")
spec("movzx8_ra", "movzx {0}, byte ptr {1}", "r32 a")
spec("movzx16_rm", "movzx {0}, word ptr {1}", "r32 m")
spec("movzx16_ra", "movzx {0}, word ptr {1}", "r32 a")
spec("movsx8_rm", "movsx {0}, byte ptr {1}", "r m")
spec("movsx8_ra", "movsx {0}, byte ptr {1}", "r a")
spec("movsx16_rm", "movsx {0}, word ptr {1}", "r m")
spec("movsx16_ra", "movsx {0}, word ptr {1}", "r a")
spec("movsx32_rm", "movsxd {0}, dword ptr {1}", "r m")
spec("movsx32_ra", "movsxd {0}, dword ptr {1}", "r a")
spec("movzx8_rr", "movzx {0}, {1}", "r32 r8")
spec("movzx16_rr", "movzx {0}, {1}", "r32 r16")
spec("movsx8_rr", "movsx {0}, {1}", "r r8")
spec("movsx16_rr", "movsx {0}, {1}", "r r16")
spec("movsx32_rr", "movsxd {0}, {1}", "r r32")
spec("lea_rm", "lea {0}, {1}", "r m")
spec("lea_ra", "lea {0}, {1}", "r A")
spec("lea_rl", "lea {0}, {1}", "r l")

# ALU
for _op in ("add", "sub", "and", "or", "xor", "cmp"):
    spec(_op + "_rr", _op + " {0}, {1}", "r r")
    spec(_op + "_ri", _op + " {0}, {1}", "r i32")
    spec(_op + "_rm", _op + " {0}, qword ptr {1}", "r m")
    spec(_op + "_ra", _op + " {0}, qword ptr {1}", "r a")
    spec(_op + "_rl", _op + " {0}, qword ptr {1}", "r l")
    spec(_op + "_mr", _op + " qword ptr {0}, {1}", "m r")
    spec(_op + "_mi", _op + " qword ptr {0}, {1}", "m i32")
    spec(_op + "_ai", _op + " qword ptr {0}, {1}", "a i32")
for _name, _alu in (("adc", ALU_ADC), ("sbb", ALU_SBB)):
    spec("alu_rr", _name + " {0}, {1}", "r r", (_alu,))
    spec("alu_ri", _name + " {0}, {1}", "r i32", (_alu,))
    spec("alu_rm", _name + " {0}, qword ptr {1}", "r m", (_alu,))
    spec("alu_ar", _name + " qword ptr {0}, {1}", "a r", (_alu,))
spec("cmp_li", "cmp qword ptr {0}, {1}", "l i32")
spec("xor32_rr", "xor {0}, {1}", "r32 r32")
spec("test_rr", "test {0}, {1}", "r r")
spec("test_ri", "test {0}, {1}", "r i32")
spec("test8_ri", "test {0}, {1}", "r8 u8")
spec("test_mi", "test qword ptr {0}, {1}", "m i32")
spec("test_ai", "test qword ptr {0}, {1}", "a i32")
spec("test8_mi", "test byte ptr {0}, {1}", "m u8")
spec("test8_ai", "test byte ptr {0}, {1}", "a u8")

# multiply, divide, unary, shifts
spec("imul_rr", "imul {0}, {1}", "r r")
spec("imul_rm", "imul {0}, qword ptr {1}", "r m")
spec("imul_ra", "imul {0}, qword ptr {1}", "r a")
spec("imul_rri", "imul {0}, {1}, {2}", "r r i32")
for _m in ("not", "neg", "mul", "imul", "div", "idiv"):
    spec(_m + "_r", _m + " {0}", "r")
spec("cqo", "cqo", "")
for _m in ("shl", "shr", "sar"):
    spec(_m + "_ri", _m + " {0}, {1}", "r cnt")
    spec(_m + "_rcl", _m + " {0}, cl", "r")

# conditions
spec("setcc_r", "set{0} {1}", "cc r8")
spec("cmovcc_rr", "cmov{0} {1}, {2}", "cc r r")
spec("cmovcc_rm", "cmov{0} {1}, qword ptr {2}", "cc r m")
spec("cmovcc_ra", "cmov{0} {1}, qword ptr {2}", "cc r a")

# stack and control flow (jumps to labels: see label_cases)
spec("push_r", "push {0}", "r")
spec("pop_r", "pop {0}", "r")
spec("push_i", "push {0}", "i32")
spec("push_m", "push qword ptr {0}", "m")
spec("call_r", "call {0}", "r")
spec("call_m", "call qword ptr {0}", "m")
spec("call_a", "call qword ptr {0}", "a")
spec("call_l", "call qword ptr {0}", "l")
spec("jmp_r", "jmp {0}", "r")
spec("jmp_m", "jmp qword ptr {0}", "m")
spec("jmp_a", "jmp qword ptr {0}", "a")
spec("ret", "ret", "")
spec("int3", "int3", "")
spec("ud2", "ud2", "")
for _n, _text in enumerate(["nop", "xchg ax, ax", "nop dword ptr [rax]",
                            "{disp8} nop dword ptr [rax]",
                            "{disp8} nop dword ptr [rax+rax*1]",
                            "{disp8} nop word ptr [rax+rax*1]",
                            "{disp32} nop dword ptr [rax]",
                            "{disp32} nop dword ptr [rax+rax*1]",
                            "{disp32} nop word ptr [rax+rax*1]"], 1):
    spec("nop", _text.replace("{", "{{").replace("}", "}}"), "", (_n,))

# SSE2 scalar doubles
spec("movsd_xx", "movsd {0}, {1}", "x x")
spec("movsd_xm", "movsd {0}, qword ptr {1}", "x m")
spec("movsd_xa", "movsd {0}, qword ptr {1}", "x a")
spec("movsd_xl", "movsd {0}, qword ptr {1}", "x l")
spec("movsd_mx", "movsd qword ptr {0}, {1}", "m x")
spec("movsd_ax", "movsd qword ptr {0}, {1}", "a x")
spec("movapd_xx", "movapd {0}, {1}", "x x")
spec("movq_xr", "movq {0}, {1}", "x r")
spec("movq_rx", "movq {0}, {1}", "r x")
for _m in ("addsd", "subsd", "mulsd", "divsd"):
    spec(_m + "_xx", _m + " {0}, {1}", "x x")
    spec(_m + "_xm", _m + " {0}, qword ptr {1}", "x m")
    spec(_m + "_xa", _m + " {0}, qword ptr {1}", "x a")
    spec(_m + "_xl", _m + " {0}, qword ptr {1}", "x l")
spec("sqrtsd_xx", "sqrtsd {0}, {1}", "x x")
spec("sqrtsd_xm", "sqrtsd {0}, qword ptr {1}", "x m")
spec("minsd_xx", "minsd {0}, {1}", "x x")
spec("maxsd_xx", "maxsd {0}, {1}", "x x")
for _m in ("ucomisd", "comisd"):
    spec(_m + "_xx", _m + " {0}, {1}", "x x")
    spec(_m + "_xm", _m + " {0}, qword ptr {1}", "x m")
    spec(_m + "_xl", _m + " {0}, qword ptr {1}", "x l")
spec("cvtsi2sd_xr", "cvtsi2sd {0}, {1}", "x r")
spec("cvtsi2sd_xm", "cvtsi2sd {0}, qword ptr {1}", "x m")
spec("cvttsd2si_rx", "cvttsd2si {0}, {1}", "r x")
spec("cvttsd2si_rm", "cvttsd2si {0}, qword ptr {1}", "r m")
for _m in ("xorpd", "andpd"):
    spec(_m + "_xx", _m + " {0}, {1}", "x x")
    spec(_m + "_xm", _m + " {0}, xmmword ptr {1}", "x m")
    spec(_m + "_xl", _m + " {0}, xmmword ptr {1}", "x l")

# ---------------------------------------------------------------- cases

FULL_LIMIT = 600     # up to this, all combinations of a form's operands
EXTRA_RANDOM = 200   # above it: a sweep through the longest list plus random picks

FILLER = 5           # bytes between a rip-relative instruction and its label


class Case:
    def __init__(self, text: str, build: Callable[[MachineCodeBuilder], list[int] | None],
                 what: str) -> None:
        self.text = text          # assembly lines, may define labels .Lc<N>_...
        self.build = build        # encodes the same into a fresh builder
        self.what = what          # for failure messages

    def encode(self) -> list[int]:
        b = MachineCodeBuilder()
        got = self.build(b)
        return list(b.get_code()) if got is None else got


def _combos(kinds: list[str], rng: random.Random, full: bool = False) -> list[tuple]:
    lists = [KINDS[k] for k in kinds]
    total = 1
    for lst in lists:
        total *= len(lst)
    if total <= FULL_LIMIT or full:
        return list(itertools.product(*lists))
    # every value of every operand at least once (each list walked in its
    # own shuffled order), then random combinations
    n = max(len(lst) for lst in lists)
    perms = []
    for lst in lists:
        perm = list(range(len(lst)))
        rng.shuffle(perm)
        perms.append(perm)
    out = [tuple(lst[perm[i % len(lst)]] for lst, perm in zip(lists, perms)) for i in range(n)]
    out += [tuple(rng.choice(lst) for lst in lists) for _ in range(EXTRA_RANDOM)]
    return out


def _make_builder_fn(method: str, fixed: tuple, args: list[Any], rip: str | None
                     ) -> Callable[[MachineCodeBuilder], None]:
    def build(b: MachineCodeBuilder) -> None:
        call_args: list[Any] = list(fixed)
        label = -1
        if rip is not None:
            label = b.new_label()
            if rip == "bwd":
                b.bind(label)
                for _ in range(FILLER):
                    b.int3()
        for a in args:
            call_args.append(label if a in ("fwd", "bwd") else a)
        getattr(b, method)(*call_args)
        if rip == "fwd":
            for _ in range(FILLER):
                b.int3()
            b.bind(label)
    return build


def spec_cases() -> list[Case]:
    rng = random.Random(1234)
    cases: list[Case] = []
    for method, fixed, template, kinds_s in SPECS:
        kinds = kinds_s.split()
        for combo in (_combos(kinds, rng, method in EXHAUSTIVE) if kinds else [()]):
            args: list[Any] = []
            texts: list[str] = []
            rip = None
            for vargs, vtext in combo:
                args.extend(vargs)
                texts.append(vtext)
                if vargs and vargs[0] in ("fwd", "bwd"):
                    rip = vargs[0]
            n = len(cases)
            insn = template.format(*texts).replace("%L", ".Lc%d" % n)
            if rip == "fwd":
                text = "%s\n.fill %d, 1, 0xcc\n.Lc%d:" % (insn, FILLER, n)
            elif rip == "bwd":
                text = ".Lc%d:\n.fill %d, 1, 0xcc\n%s" % (n, FILLER, insn)
            else:
                text = insn
            cases.append(Case(text, _make_builder_fn(method, fixed, args, rip),
                              "%s%r" % (method, tuple(list(fixed) + args))))
    return cases


def label_cases() -> list[Case]:
    """Jumps and calls to labels: forward and backward, across the
    short/near boundary, several references to one label."""
    cases: list[Case] = []

    def add(text: str, build: Callable[[MachineCodeBuilder], list[int] | None], what: str) -> None:
        cases.append(Case(text.replace("%L", ".Lc%d" % len(cases)), build, what))

    def fill(b: MachineCodeBuilder, n: int) -> None:
        for _ in range(n):
            b.int3()

    # backward: the short form exactly when disp = -(filler + 2) >= -128
    # (jcc: the same, its short form is 2 bytes too); call is always rel32
    for n in (0, 1, 50, 120, 125, 126, 127, 128, 200, 1000):
        def bwd_jmp(b: MachineCodeBuilder, n: int = n) -> None:
            L = b.new_label()
            b.bind(L)
            fill(b, n)
            b.jmp_j(L)
        add("%%L:\n.fill %d, 1, 0xcc\njmp %%L" % n, bwd_jmp, "jmp_j back %d" % n)
        for cc in range(16):
            def bwd_jcc(b: MachineCodeBuilder, n: int = n, cc: int = cc) -> None:
                L = b.new_label()
                b.bind(L)
                fill(b, n)
                b.jcc_j(cc, L)
            add("%%L:\n.fill %d, 1, 0xcc\nj%s %%L" % (n, CC_NAMES[cc]), bwd_jcc,
                "jcc_j back %d cc=%d" % (n, cc))

        def bwd_call(b: MachineCodeBuilder, n: int = n) -> None:
            L = b.new_label()
            b.bind(L)
            fill(b, n)
            b.call_j(L)
        add("%%L:\n.fill %d, 1, 0xcc\ncall %%L" % n, bwd_call, "call_j back %d" % n)

        def bwd_near(b: MachineCodeBuilder, n: int = n) -> None:
            L = b.new_label()
            b.bind(L)
            fill(b, n)
            b.jmp_j32(L)
            b.jcc_j32(4, L)            # je
        add("%%L:\n.fill %d, 1, 0xcc\n{disp32} jmp %%L\n{disp32} je %%L" % n, bwd_near,
            "jmp_j32/jcc_j32 back %d" % n)

    # forward: rel32 unless asked for the short form
    for n in (0, 1, 100, 127, 128, 1000, 70000):
        def fwd(b: MachineCodeBuilder, n: int = n) -> None:
            L = b.new_label()
            b.jmp_j(L)
            b.jmp_j32(L)
            for cc in range(16):
                b.jcc_j(cc, L)
            b.call_j(L)
            fill(b, n)
            b.bind(L)
            b.ret()
        text = "{disp32} jmp %L\n{disp32} jmp %L\n"
        text += "".join("{disp32} j%s %%L\n" % CC_NAMES[cc] for cc in range(16))
        text += "call %%L\n.fill %d, 1, 0xcc\n%%L:\nret" % n
        add(text, fwd, "forward near %d" % n)
    for n in (0, 1, 60, 90):
        def fwd_short(b: MachineCodeBuilder, n: int = n) -> None:
            L = b.new_label()
            b.jmp_j8(L)
            for cc in range(16):
                b.jcc_j8(cc, L)
            fill(b, n)
            b.bind(L)
        text = "jmp %L\n" + "".join("j%s %%L\n" % CC_NAMES[cc] for cc in range(16))
        text += ".fill %d, 1, 0xcc\n%%L:" % n
        add(text, fwd_short, "forward short %d" % n)

    # a small loop with everything mixed, two labels, a constant pool
    def loop(b: MachineCodeBuilder) -> None:
        top = b.new_label()
        done = b.new_label()
        pool = b.new_label()
        b.xor32_rr(regs.RAX, regs.RAX)
        b.test_rr(regs.RDI, regs.RDI)
        b.jcc_j8(12, done)             # jl done (short, forward)
        b.bind(top)
        b.add_rr(regs.RAX, regs.RDI)
        b.add_rl(regs.RAX, pool)
        b.sub_ri(regs.RDI, 1)
        b.jcc_j(5, top)                # jne top (short, backward)
        b.bind(done)
        b.movsd_xl(regs.XMM0, pool)
        b.ret()
        b.align_data(8)
        b.bind(pool)
        b.data64(0x1122334455667788)
    add("xor eax, eax\ntest rdi, rdi\njl .Ldone%L\n.Ltop%L:\nadd rax, rdi\n"
        "add rax, qword ptr [rip+.Lpool%L]\nsub rdi, 1\njne .Ltop%L\n.Ldone%L:\n"
        "movsd xmm0, qword ptr [rip+.Lpool%L]\nret\n.balign 8, 0\n.Lpool%L:\n.quad 0x1122334455667788",
        loop, "loop")

    # absolute targets: materialize(base) patches them like labels would be
    for n in (0, 10, 300):
        def absolute(b: MachineCodeBuilder, n: int = n) -> list[int]:
            base = 0x7F0000001000
            fill(b, 3)
            target = base + 3 + 5 + 5 + 6 + n        # where the label is in the text
            b.call_abs(target)
            b.jmp_abs(target)
            b.jcc_abs(4, target)
            fill(b, n)
            b.call_abs(base)                          # backward, to the start
            return b.materialize(base)
        add(".Lstart%%L:\n.fill 3, 1, 0xcc\ncall %%L\n{disp32} jmp %%L\n{disp32} je %%L\n"
            ".fill %d, 1, 0xcc\n%%L:\ncall .Lstart%%L" % n, absolute, "call_abs/jmp_abs/jcc_abs %d" % n)
    return cases


def run_gas(text: str, tmp: Path) -> tuple[bytes, dict[str, int]]:
    src = tmp / "cases.s"
    obj = tmp / "cases.o"
    binf = tmp / "cases.bin"
    assert AS is not None and OBJCOPY is not None and NM is not None
    src.write_text(text)
    r = subprocess.run([AS, "--64", "-o", str(obj), str(src)], capture_output=True, text=True)
    assert r.returncode == 0, "as failed:\n" + r.stderr[:5000]
    subprocess.run([OBJCOPY, "-O", "binary", "-j", ".text", str(obj), str(binf)], check=True)
    r = subprocess.run([NM, str(obj)], capture_output=True, text=True, check=True)
    symbols = {}
    for line in r.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2].startswith(("case_", "end_")):
            symbols[parts[2]] = int(parts[0], 16)
    return binf.read_bytes(), symbols


def check_against_gas(cases: list[Case], tmp: Path) -> None:
    lines = [".intel_syntax noprefix", ".text"]
    for i, c in enumerate(cases):
        # each case starts 16-byte aligned, like a fresh builder's position 0
        # (for align_data); the padding is outside case_N..end_N
        lines.append(".balign 16, 0xcc")
        lines.append("case_%d:" % i)
        lines.append(c.text)
        lines.append("end_%d:" % i)
    blob, symbols = run_gas("\n".join(lines) + "\n", tmp)
    failures = []
    for i, c in enumerate(cases):
        want = blob[symbols["case_%d" % i]:symbols["end_%d" % i]]
        try:
            got = bytes(c.encode())
        except (EncodingError, ValueError, IndexError) as e:
            got = ("raised %r" % e).encode()
        if got != want:
            failures.append("%s\n    as:  %s\n    got: %s\n    text: %s"
                            % (c.what, want.hex(" "), got.hex(" ") if isinstance(got, bytes) else got,
                               c.text.replace("\n", " | ")[:200]))
    assert not failures, "%d of %d cases differ from `as`:\n%s" % (
        len(failures), len(cases), "\n".join(failures[:40]))


@needs_as
def test_every_form_matches_gas(tmp_path: Path) -> None:
    cases = spec_cases()
    assert len(cases) > 20000
    check_against_gas(cases, tmp_path)


@needs_as
def test_labels_and_jumps_match_gas(tmp_path: Path) -> None:
    check_against_gas(label_cases(), tmp_path)


def test_every_public_method_is_checked() -> None:
    """A new instruction form must get a line in SPECS (or in label_cases)."""
    checked = {s[0] for s in SPECS}
    checked |= {"jmp_j", "jmp_j8", "jmp_j32", "jcc_j", "jcc_j8", "jcc_j32", "call_j",
                "call_abs", "jmp_abs", "jcc_abs", "xor32_rr", "align_data", "data64",
                "add_rl", "movsd_xl"}
    not_instructions = {"get_size", "byte", "imm8", "imm16", "imm32", "imm64", "overwrite",
                        "overwrite32", "get_code", "materialize", "new_label", "is_bound",
                        "label_position", "bind", "align", "alu_ai", "alu_mi", "alu_rl",
                        "alu_li", "alu_mr", "alu_ra", "shift_ri", "shift_rcl", "mov_ri"}
    public = {n for n in vars(MachineCodeBuilder) if not n.startswith("_")}
    missing = public - checked - not_instructions
    assert not missing, "instruction forms not checked against as: %s" % sorted(missing)


# ---------------------------------------------------------------- without the assembler

def encode(fn: Callable[[MachineCodeBuilder], None]) -> bytes:
    b = MachineCodeBuilder()
    fn(b)
    return bytes(b.get_code())


def test_mov_ri_picks_the_shortest_form() -> None:
    def via(method: str, r: int, v: int) -> bytes:
        return encode(lambda b: getattr(b, method)(r, v))
    for r in (regs.RAX, regs.R9):
        for v in (0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF):
            assert encode(lambda b: b.mov_ri(r, v)) == via("mov32_ri", r, v)
        for v in (-1, -0x80000000):
            assert encode(lambda b: b.mov_ri(r, v)) == via("mov_ri32", r, v)
        for v in (0x100000000, -0x80000001, -0x8000000000000000):
            assert encode(lambda b: b.mov_ri(r, v)) == via("mov_ri64", r, v)


def test_align_pads_with_the_checked_nops() -> None:
    for start in range(40):
        for alignment in (8, 16, 32):
            b = MachineCodeBuilder()
            for _ in range(start):
                b.int3()
            b.align(alignment)
            code = b.get_code()
            assert len(code) % alignment == 0 and len(code) - start < alignment
            pad = code[start:]
            # the padding is a sequence of the NOP forms, longest first
            i = 0
            while i < len(pad):
                n = min(9, len(pad) - i)
                assert pad[i:i + n] == NOPS[n], pad
                i += n


def test_errors() -> None:
    b = MachineCodeBuilder()
    L = b.new_label()
    b.jmp_j8(L)
    for _ in range(200):
        b.int3()
    with pytest.raises(EncodingError):
        b.bind(L)                                   # short jump out of range
    b = MachineCodeBuilder()
    b.jmp_j(b.new_label())
    with pytest.raises(EncodingError):
        b.get_code()                                # never bound
    b = MachineCodeBuilder()
    L = b.new_label()
    b.bind(L)
    with pytest.raises(EncodingError):
        b.bind(L)                                   # bound twice
    with pytest.raises(EncodingError):
        b.mov_ra(regs.RAX, regs.RBX, regs.RSP, 1, 0)    # rsp as an index
    with pytest.raises(EncodingError):
        b.mov_ra(regs.RAX, regs.RBX, regs.RCX, 3, 0)    # bad scale
    with pytest.raises(EncodingError):
        b.mov_rm(regs.RAX, regs.RBX, 1 << 31)           # displacement too big
    with pytest.raises(EncodingError):
        b.add_ri(regs.RAX, 1 << 31)                     # immediate too big
    with pytest.raises(EncodingError):
        b.shl_ri(regs.RAX, 64)
    b = MachineCodeBuilder()
    b.call_abs(1 << 40)
    with pytest.raises(EncodingError):
        b.materialize(0)                            # further than 2GB


def test_invert_cc() -> None:
    pairs = {"o": "no", "b": "ae", "e": "ne", "be": "a", "s": "ns", "p": "np", "l": "ge", "le": "g"}
    for cc, name in enumerate(CC_NAMES):
        inv = CC_NAMES[invert_cc(cc)]
        assert pairs.get(name) == inv or pairs.get(inv) == name


def test_abi_register_sets() -> None:
    assert regs.ARG_REGS == [regs.RDI, regs.RSI, regs.RDX, regs.RCX, regs.R8, regs.R9]
    assert sorted(regs.CALLEE_SAVED + regs.CALLER_SAVED + [regs.RSP]) == list(range(16))
    assert not set(regs.CALLEE_SAVED) & set(regs.CALLER_SAVED)
    assert set(regs.ARG_REGS) <= set(regs.CALLER_SAVED)
    assert regs.XMM_ARG_REGS == list(range(8))
