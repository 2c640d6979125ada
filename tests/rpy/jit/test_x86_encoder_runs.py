"""The encoder's output really runs: tiny functions built with
MachineCodeBuilder are copied into an mmap'ed page (written while RW, then
made RX with mprotect), called through ctypes with the System V AMD64
calling convention, and their results checked.

Untranslated only (ctypes).  The executable-memory helper of the JIT proper
will live in the C runtime; this is a stand-in for the tests.
"""
from __future__ import annotations

import ctypes
import math
import platform
import struct
import sys
from typing import Any, Callable, Iterator

import pytest

from rpy.jit.backend.x86.encoder import (
    CC_A, CC_E, CC_L, CC_LE, CC_NE, CC_NAMES, MachineCodeBuilder)
from rpy.jit.backend.x86.regs import (
    R8, R9, R11, R12, R13, R14, R15, RAX, RBP, RBX, RCX, RDI, RDX, RSI, RSP,
    XMM0, XMM1, XMM2, XMM8, XMM15)

pytestmark = pytest.mark.skipif(
    not (sys.platform.startswith("linux") and platform.machine() in ("x86_64", "AMD64")),
    reason="runs x86-64 machine code through ctypes: Linux on x86-64 only")

PROT_READ, PROT_WRITE, PROT_EXEC = 1, 2, 4
MAP_PRIVATE, MAP_ANONYMOUS = 0x02, 0x20
PAGE = 4096

i64 = ctypes.c_int64
f64 = ctypes.c_double
ptr = ctypes.c_void_p


class ExecMemory:
    """Pages of machine code: mmap RW, copy, mprotect RX; munmap at the end."""

    def __init__(self) -> None:
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.libc.mmap.restype = ctypes.c_void_p
        self.libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int,
                                   ctypes.c_int, ctypes.c_int, ctypes.c_long]
        self.libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        self.libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
        self.blocks: list[tuple[int, int]] = []
        self.keep: list[Any] = []

    def load(self, b: MachineCodeBuilder, restype: Any, *argtypes: Any) -> Callable[..., Any]:
        n = b.get_size()
        size = (n + PAGE - 1) // PAGE * PAGE
        addr = self.libc.mmap(None, size, PROT_READ | PROT_WRITE,
                              MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        assert addr not in (None, ctypes.c_void_p(-1).value), "mmap failed"
        self.blocks.append((addr, size))
        code = bytes(b.materialize(addr))
        ctypes.memmove(addr, code, len(code))
        assert self.libc.mprotect(addr, size, PROT_READ | PROT_EXEC) == 0, "mprotect failed"
        fn = ctypes.CFUNCTYPE(restype, *argtypes)(addr)
        self.keep.append(fn)
        return fn

    def free(self) -> None:
        for addr, size in self.blocks:
            self.libc.munmap(addr, size)


@pytest.fixture
def mem() -> Iterator[ExecMemory]:
    m = ExecMemory()
    yield m
    m.free()


def wrap(v: int) -> int:
    return (v + (1 << 63)) % (1 << 64) - (1 << 63)


VALUES = [0, 1, -1, 2, -7, 100, 12345678901, -(1 << 63), (1 << 63) - 1, 1 << 31, -(1 << 31)]


def test_add_two_args(mem: ExecMemory) -> None:
    b = MachineCodeBuilder()
    b.mov_rr(RAX, RDI)
    b.add_rr(RAX, RSI)
    b.ret()
    add = mem.load(b, i64, i64, i64)
    for x in VALUES:
        for y in VALUES:
            assert add(x, y) == wrap(x + y)


def test_loop_sums_one_to_n(mem: ExecMemory) -> None:
    b = MachineCodeBuilder()
    top = b.new_label()
    done = b.new_label()
    b.xor32_rr(RAX, RAX)
    b.test_rr(RDI, RDI)
    b.jcc_j8(CC_LE, done)
    b.bind(top)
    b.add_rr(RAX, RDI)
    b.sub_ri(RDI, 1)
    b.jcc_j(CC_NE, top)              # backward: the short form
    b.bind(done)
    b.ret()
    f = mem.load(b, i64, i64)
    for n in (0, 1, 2, 10, 1000, 100000, -5):
        assert f(n) == (n * (n + 1) // 2 if n > 0 else 0)


def test_float_multiply_add(mem: ExecMemory) -> None:
    b = MachineCodeBuilder()
    b.mulsd_xx(XMM0, XMM1)
    b.addsd_xx(XMM0, XMM2)
    b.ret()
    fma = mem.load(b, f64, f64, f64, f64)
    assert fma(1.5, 2.0, 0.25) == 3.25
    assert fma(-3.0, 1e300, 1.0) == -3e300
    assert math.isnan(fma(math.inf, 0.0, 1.0))


def test_float_ops_with_rip_relative_constants(mem: ExecMemory) -> None:
    """neg/abs by xorpd/andpd with 16-byte masks in a constant pool after
    the code, and a double constant, all addressed [rip + label]."""
    def build(op: str) -> MachineCodeBuilder:
        b = MachineCodeBuilder()
        sign, absmask, k = b.new_label(), b.new_label(), b.new_label()
        if op == "neg":
            b.xorpd_xl(XMM0, sign)
        elif op == "abs":
            b.andpd_xl(XMM0, absmask)
        else:                           # x * 2.5 + sqrt(y), through xmm8/xmm15
            b.movapd_xx(XMM8, XMM0)
            b.mulsd_xl(XMM8, k)
            b.sqrtsd_xx(XMM15, XMM1)
            b.addsd_xx(XMM8, XMM15)
            b.movsd_xx(XMM0, XMM8)
        b.ret()
        b.align_data(16)
        b.bind(sign)
        b.data64(-0x8000000000000000)
        b.data64(0)
        b.bind(absmask)
        b.data64(0x7FFFFFFFFFFFFFFF)
        b.data64(0)
        b.bind(k)
        b.data64(struct.unpack("<q", struct.pack("<d", 2.5))[0])
        return b
    neg = mem.load(build("neg"), f64, f64)
    fabs = mem.load(build("abs"), f64, f64)
    other = mem.load(build("other"), f64, f64, f64)
    for x in (0.0, -0.0, 1.5, -2.25, math.inf, -math.inf):
        assert math.copysign(1, neg(x)) == -math.copysign(1, x) and abs(neg(x)) == abs(x)
        assert math.copysign(1, fabs(x)) == 1.0 and fabs(x) == abs(x)
    assert other(2.0, 9.0) == 8.0


def test_divmod_with_cqo_idiv(mem: ExecMemory) -> None:
    b = MachineCodeBuilder()              # (a, b, int64 *rem) -> quotient
    b.mov_rr(R8, RDX)
    b.mov_rr(RAX, RDI)
    b.cqo()
    b.idiv_r(RSI)
    b.mov_mr(R8, 0, RDX)
    b.ret()
    f = mem.load(b, i64, i64, i64, ptr)
    rem = i64()
    for x in (7, -7, 100, -100, 0, 12345678901):
        for y in (1, 2, 3, -3, 7, -1000):
            q = f(x, y, ctypes.addressof(rem))
            tq = abs(x) // abs(y) * (1 if (x < 0) == (y < 0) else -1)   # C truncation
            assert (q, rem.value) == (tq, x - tq * y)


def _flags_of(cc: int, a: int, b: int) -> bool:
    """What cc means after `cmp a, b`, computed from the numbers."""
    d = wrap(a - b)
    ua, ub = a % (1 << 64), b % (1 << 64)
    of = (a - b) != d
    return {
        "o": of, "no": not of, "b": ua < ub, "ae": ua >= ub, "e": a == b, "ne": a != b,
        "be": ua <= ub, "a": ua > ub, "s": d < 0, "ns": d >= 0,
        "p": bin(d & 0xFF).count("1") % 2 == 0, "np": bin(d & 0xFF).count("1") % 2 == 1,
        "l": a < b, "ge": a >= b, "le": a <= b, "g": a > b,
    }[CC_NAMES[cc]]


def test_setcc_cmovcc_jcc_mean_what_they_say(mem: ExecMemory) -> None:
    pairs = [(x, y) for x in VALUES for y in VALUES]
    for cc in range(16):
        b = MachineCodeBuilder()          # setcc into sil (needs REX) then movzx
        b.mov_ri(RCX, 0x1234)
        b.xor32_rr(RAX, RAX)
        b.cmp_rr(RDI, RSI)
        b.mov_rr(RSI, RCX)                # mov does not touch the flags
        b.setcc_r(cc, RSI)
        b.movzx8_rr(RAX, RSI)
        b.ret()
        setcc = mem.load(b, i64, i64, i64)

        b = MachineCodeBuilder()          # cmov: 1 if cc else 0
        b.xor32_rr(RAX, RAX)
        b.mov_ri(R9, 1)
        b.cmp_rr(RDI, RSI)
        b.cmovcc_rr(cc, RAX, R9)
        b.ret()
        cmov = mem.load(b, i64, i64, i64)

        b = MachineCodeBuilder()          # jcc over 200 bytes (rel32, forward)
        yes = b.new_label()
        b.mov_ri(RAX, 1)
        b.cmp_rr(RDI, RSI)
        b.jcc_j(cc, yes)
        b.xor32_rr(RAX, RAX)
        for _ in range(40):
            b.nop(5)
        b.bind(yes)
        b.ret()
        jcc = mem.load(b, i64, i64, i64)
        for x, y in pairs:
            want = int(_flags_of(cc, x, y))
            assert (setcc(x, y), cmov(x, y), jcc(x, y)) == (want, want, want), (CC_NAMES[cc], x, y)


def test_array_sum_with_sib_addressing(mem: ExecMemory) -> None:
    b = MachineCodeBuilder()              # (int64 *p, n) -> sum p[0..n)
    top, cond = b.new_label(), b.new_label()
    b.xor32_rr(RAX, RAX)
    b.xor32_rr(RCX, RCX)
    b.jmp_j8(cond)
    b.bind(top)
    b.add_ra(RAX, RDI, RCX, 8, 0)
    b.add_ri(RCX, 1)
    b.bind(cond)
    b.cmp_rr(RCX, RSI)
    b.jcc_j(CC_L, top)
    b.ret()
    f = mem.load(b, i64, ptr, i64)
    data = (i64 * 100)(*[i * i - 50 for i in range(100)])
    for n in (0, 1, 7, 100):
        assert f(ctypes.addressof(data), n) == sum(i * i - 50 for i in range(n))


def test_narrow_loads_and_stores(mem: ExecMemory) -> None:
    """movzx/movsx/movsxd loads and 8/16/32-bit stores, with the awkward
    bases r12 and r13 (callee-saved: pushed and popped)."""
    buf = (ctypes.c_uint8 * 64)()
    out = (i64 * 8)()
    b = MachineCodeBuilder()              # (uint8 *buf, int64 *out)
    b.push_r(R12)
    b.push_r(R13)
    b.mov_rr(R12, RDI)
    b.mov_rr(R13, RSI)
    b.movzx8_rm(RAX, R12, 0)
    b.mov_mr(R13, 0, RAX)
    b.movsx8_rm(RAX, R12, 0)
    b.mov_mr(R13, 8, RAX)
    b.movzx16_rm(RAX, R12, 2)
    b.mov_mr(R13, 16, RAX)
    b.movsx16_rm(RAX, R12, 2)
    b.mov_mr(R13, 24, RAX)
    b.mov32_rm(RAX, R12, 4)
    b.mov_mr(R13, 32, RAX)
    b.movsx32_rm(RAX, R12, 4)
    b.mov_mr(R13, 40, RAX)
    b.mov_ri(RCX, 6)
    b.movzx8_ra(RDX, R12, RCX, 1, 30)    # buf[36]
    b.mov_ar(R13, RCX, 8, 0, RDX)        # out[6]
    b.mov_ri(RSI, -2)                    # stores: low 1/2/4 bytes of -2
    b.mov8_mr(R12, 8, RSI)
    b.mov16_mr(R12, 10, RSI)
    b.mov32_mr(R12, 12, RSI)
    b.mov8_mi(R12, 16, 0xAB)
    b.mov16_mi(R12, 18, 0xBEEF)
    b.mov32_mi(R12, 20, -5)
    b.mov_mi(R12, 24, -6)
    b.pop_r(R13)
    b.pop_r(R12)
    b.ret()
    f = mem.load(b, None, ptr, ptr)
    buf[0] = 0xF0
    buf[2:4] = [0x34, 0x92]
    buf[4:8] = [0x01, 0x00, 0x00, 0x80]
    buf[36] = 0x77
    f(ctypes.addressof(buf), ctypes.addressof(out))
    assert out[0] == 0xF0 and out[1] == 0xF0 - 256
    assert out[2] == 0x9234 and out[3] == 0x9234 - 65536
    assert out[4] == 0x80000001 and out[5] == 0x80000001 - (1 << 32)
    assert out[6] == 0x77
    raw = bytes(buf)
    assert raw[8] == 0xFE and raw[10:12] == b"\xfe\xff" and raw[12:16] == b"\xfe\xff\xff\xff"
    assert raw[16] == 0xAB and raw[18:20] == b"\xef\xbe"
    assert struct.unpack("<i", raw[20:24])[0] == -5 and struct.unpack("<q", raw[24:32])[0] == -6


def test_calls_out_keep_callee_saved_and_alignment(mem: ExecMemory) -> None:
    """Call a C-callable function (a ctypes callback, i.e. libffi and the
    Python interpreter) from generated code: through a register argument,
    and through `mov r11, imm64; call r11`; values in callee-saved
    registers survive the calls; rsp is 16-byte aligned at each call."""
    seen: list[int] = []

    @ctypes.CFUNCTYPE(i64, i64)
    def triple(x: int) -> int:
        seen.append(x)
        return 3 * x

    cb_addr = ctypes.cast(triple, ctypes.c_void_p).value
    assert cb_addr is not None
    b = MachineCodeBuilder()           # (fn, x) -> fn(x) + fn(x + 1) + x
    b.push_r(RBX)                      # rsp was 8 mod 16 at entry
    b.push_r(R14)
    b.push_r(R15)                      # 0 mod 16 after three pushes
    b.mov_rr(RBX, RDI)
    b.mov_rr(R14, RSI)
    b.mov_rr(RDI, RSI)
    b.call_r(RBX)
    b.mov_rr(R15, RAX)
    b.lea_rm(RDI, R14, 1)
    b.mov_ri64(R11, cb_addr)
    b.call_r(R11)
    b.add_rr(RAX, R15)
    b.add_rr(RAX, R14)
    b.pop_r(R15)
    b.pop_r(R14)
    b.pop_r(RBX)
    b.ret()
    f = mem.load(b, i64, ptr, i64)
    assert f(cb_addr, 5) == 15 + 18 + 5
    assert f(cb_addr, -100) == -300 - 297 - 100
    assert len(seen) == 4


def test_int_float_conversions_and_compare(mem: ExecMemory) -> None:
    b = MachineCodeBuilder()           # n -> int(sqrt(float(n)))
    b.cvtsi2sd_xr(XMM1, RDI)
    b.sqrtsd_xx(XMM2, XMM1)
    b.cvttsd2si_rx(RAX, XMM2)
    b.ret()
    isqrt = mem.load(b, i64, i64)
    for n in (0, 1, 15, 16, 17, 10 ** 12, 2 ** 52):
        assert isqrt(n) == int(math.sqrt(float(n)))

    b = MachineCodeBuilder()           # (a, b) -> a > b, False for NaNs
    b.xor32_rr(RAX, RAX)
    b.ucomisd_xx(XMM0, XMM1)
    b.setcc_r(CC_A, RAX)
    b.ret()
    gt = mem.load(b, i64, f64, f64)
    nan = math.nan
    for x, y in [(1.0, 2.0), (2.0, 1.0), (1.0, 1.0), (nan, 1.0), (1.0, nan), (-0.0, 0.0)]:
        assert gt(x, y) == int(x > y)

    b = MachineCodeBuilder()           # double bits <-> int64 through movq
    b.movq_rx(RAX, XMM0)
    b.movq_xr(XMM15, RAX)
    b.movq_rx(RDX, XMM15)
    b.cmp_rr(RAX, RDX)
    same = b.new_label()
    b.jcc_j8(CC_E, same)
    b.ud2()
    b.bind(same)
    b.ret()
    bits = mem.load(b, i64, f64)
    for x in (0.0, -0.0, 1.5, math.inf, 1e-310):
        assert bits(x) == struct.unpack("<q", struct.pack("<d", x))[0]


def test_relative_call_and_shifts_and_imul(mem: ExecMemory) -> None:
    """call rel32 to a helper in the same block; shifts by imm and cl; imul."""
    b = MachineCodeBuilder()           # (x, n) -> helper(x) where helper = ((x << 3) >> n) * 7 - x
    helper = b.new_label()
    b.push_r(RBP)
    b.mov_rr(RBP, RSP)
    b.mov_rr(RCX, RSI)
    b.call_j(helper)                   # forward call
    b.pop_r(RBP)
    b.ret()
    b.align(16)
    b.bind(helper)
    b.mov_rr(RAX, RDI)
    b.shl_ri(RAX, 3)
    b.sar_rcl(RAX)
    b.imul_rri(RAX, RAX, 7)
    b.sub_rr(RAX, RDI)
    b.neg_r(RAX)
    b.not_r(RAX)                       # -(v) then ~: v - 1
    b.ret()
    f = mem.load(b, i64, i64, i64)
    for x in (0, 1, -1, 1000, -123456):
        for n in (0, 1, 3, 5):
            assert f(x, n) == ((x << 3) >> n) * 7 - x - 1
