"""The x86-64 backend (rpy/jit/backend/x86/assembler.py, regalloc.py,
codebuf.py) compiles traces that compute what the trace interpreter
(jit_trace_interp.py) computes: each trace is written with oparser,
compiled, installed in executable memory, called with a jitframe (ctypes),
and the exit it takes (which guard or finish) and the values it writes to
the jitframe are compared with the interpreter's run of the same trace on
the same inputs.  Heap tests keep a model object (jit_trace_interp.Obj)
and a real ctypes block for each object, compare pointers through that
mapping, and compare the two heaps after the run.

Untranslated only (ctypes); Linux x86-64.
"""
from __future__ import annotations

import ctypes
import math
import platform
import random
import struct
import sys

import pytest

from rpy.jit.tool.oparser import parse
from rpy.jit.metainterp.resoperation import (
    SizeDescr, FieldDescr, ArrayDescr, CallDescr, EffectInfo, FailDescr, ResumeDescr,
    INT, REF, FLOAT, VOID, EF_CANNOT_RAISE, rop)
from rpy.jit.metainterp.history import ConstPtr
from rpy.jit.backend.x86.assembler import Assembler, BackendConfig, BackendError
from rpy.jit.backend.x86.codebuf import ExecutableMemory
from rpy.jit.backend.x86.regalloc import float_to_bits
from jit_trace_interp import Machine, Obj

pytestmark = pytest.mark.skipif(
    not (sys.platform.startswith("linux") and platform.machine() in ("x86_64", "AMD64")),
    reason="runs x86-64 machine code through ctypes: Linux on x86-64 only")

MASK64 = (1 << 64) - 1


def wrap(v: int) -> int:
    return (v + (1 << 63)) % (1 << 64) - (1 << 63)


def bits_of(f: float) -> int:
    return struct.unpack('<q', struct.pack('<d', f))[0]


def float_of(bits: int) -> float:
    return struct.unpack('<d', struct.pack('<q', bits))[0]


# ---------------------------------------------------------------- the heap

class Heap:
    """Objects twice: a model Obj for the trace interpreter and a zeroed
    ctypes block for the machine code, with the class word at offset 0."""

    def __init__(self) -> None:
        self.blocks: list = []
        self.obj_of_addr: dict[int, Obj] = {}
        self.addr_of_obj: dict[int, int] = {}
        self.layout: dict[int, object] = {}      # addr -> SizeDescr | ArrayDescr

    def _block(self, size: int) -> int:
        buf = ctypes.create_string_buffer(max(size, 8))
        self.blocks.append(buf)
        return ctypes.addressof(buf)

    def struct(self, descr: SizeDescr, **fields) -> tuple[Obj, int]:
        obj = Obj(descr, descr.vtable)
        addr = self._block(descr.size)
        ctypes.c_int64.from_address(addr).value = descr.vtable
        self._register(obj, addr, descr)
        for fd in descr.fields:
            if fd.name in fields:
                self.set_field(obj, fd, fields[fd.name])
        return obj, addr

    def array(self, descr: ArrayDescr, items: list) -> tuple[Obj, int]:
        obj = Obj(descr, 0, len(items), descr.itemkind)
        addr = self._block(descr.basesize + descr.itemsize * len(items))
        ctypes.c_int64.from_address(addr + descr.lendescr_offset).value = len(items)
        self._register(obj, addr, descr)
        for i, x in enumerate(items):
            obj.items[i] = x
            self._write(addr + descr.basesize + i * descr.itemsize, descr.itemkind,
                        descr.itemsize, x)
        return obj, addr

    def _register(self, obj: Obj, addr: int, descr) -> None:
        self.obj_of_addr[addr] = obj
        self.addr_of_obj[id(obj)] = addr
        self.layout[addr] = descr

    def set_field(self, obj: Obj, fd: FieldDescr, value) -> None:
        obj.fields[fd] = value
        self._write(self.addr_of_obj[id(obj)] + fd.offset, fd.kind, fd.fieldsize, value)

    def _write(self, at: int, kind: int, size: int, value) -> None:
        if kind == FLOAT:
            ctypes.c_double.from_address(at).value = value
        elif kind == REF:
            ctypes.c_int64.from_address(at).value = 0 if value is None else self.addr_of_obj[id(value)]
        else:
            ctype = {8: ctypes.c_int64, 4: ctypes.c_uint32, 2: ctypes.c_uint16, 1: ctypes.c_uint8}[size]
            ctype.from_address(at).value = value

    def read(self, at: int, kind: int, size: int):
        if kind == FLOAT:
            return ctypes.c_double.from_address(at).value
        if kind == REF:
            a = ctypes.c_int64.from_address(at).value
            return self.native_ref(a)
        ctype = {8: ctypes.c_int64, 4: ctypes.c_uint32, 2: ctypes.c_uint16, 1: ctypes.c_uint8}[size]
        return ctype.from_address(at).value

    def native_ref(self, addr: int):
        if addr == 0:
            return None
        if addr in self.obj_of_addr:
            return self.obj_of_addr[addr]
        return ('unknown address', addr)

    def memory(self) -> dict:
        """The trace interpreter's memory: ConstPtr(addr) is the object."""
        return dict(self.obj_of_addr)

    def translate(self, x, model: Heap):
        """The object of `model` corresponding to x (an object of this heap)."""
        if not isinstance(x, Obj):
            return x
        mine = [id(o) for o in self.obj_of_addr.values()]
        return list(model.obj_of_addr.values())[mine.index(id(x))]

    def check_same(self, model: Heap) -> None:
        """The memory of this heap (after a native run) holds what the
        model objects of `model` (built the same way, after the trace
        interpreter's run) hold; objects correspond by creation order."""
        mine = list(self.obj_of_addr.items())
        theirs = list(model.obj_of_addr.values())
        assert len(mine) == len(theirs)
        corresponding = {id(o): t for (a, o), t in zip(mine, theirs)}

        def same(got, expected):
            if isinstance(got, Obj):
                return corresponding[id(got)] is expected
            return got == expected if got is not None else expected is None

        for (addr, _), obj in zip(mine, theirs):
            descr = self.layout[addr]
            if isinstance(descr, SizeDescr):
                assert ctypes.c_int64.from_address(addr).value == obj.vtable
                for fd in descr.fields:
                    expected = obj.fields.get(fd, None if fd.kind == REF else (0.0 if fd.kind == FLOAT else 0))
                    got = self.read(addr + fd.offset, fd.kind, fd.fieldsize)
                    assert same(got, expected), (obj, fd.name, got, expected)
            else:
                assert ctypes.c_int64.from_address(addr + descr.lendescr_offset).value == len(obj.items)
                for i, expected in enumerate(obj.items):
                    got = self.read(addr + descr.basesize + i * descr.itemsize,
                                    descr.itemkind, descr.itemsize)
                    assert same(got, expected), (obj, i, got, expected)


# ---------------------------------------------------------------- running

class Backend:
    def __init__(self, malloc_addr: int = 0) -> None:
        self.mem = ExecutableMemory()
        self.config = BackendConfig(0, malloc_addr)
        self.keep: list = []

    def compile(self, trace):
        loop = Assembler(self.config).assemble_loop(trace)
        addr, _ = self.mem.install(loop.mc)
        return loop, addr

    def run(self, compiled, args: list, heap: Heap | None = None):
        """('guard', position, values) or ('finish', values), values
        converted like the trace interpreter's (floats, model objects)."""
        loop, addr = compiled
        frame = (ctypes.c_int64 * max(loop.frame_words, 1))()
        for i, x in enumerate(args):
            if isinstance(x, float):
                frame[i] = bits_of(x)
            elif isinstance(x, Obj):
                frame[i] = heap.addr_of_obj[id(x)]
            elif x is None:
                frame[i] = 0
            else:
                frame[i] = x
        index = self.mem.call_loop(addr, ctypes.addressof(frame))
        descr = loop.descrs[index]
        values = []
        for k, kind in enumerate(loop.fail_kinds[index]):
            w = frame[k]
            if kind == FLOAT:
                values.append(float_of(w))
            elif kind == REF:
                values.append(heap.native_ref(w) if heap is not None else (None if w == 0 else w))
            else:
                values.append(w)
        if isinstance(descr, ResumeDescr):
            return ('guard', descr.position, values)
        return ('finish', values)

    def free(self) -> None:
        self.mem.free_all()


@pytest.fixture
def backend():
    b = Backend()
    yield b
    b.free()


def same_values(a: list, b: list) -> bool:
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if isinstance(x, float) or isinstance(y, float):
            if bits_of(x) != bits_of(y):
                return False
        elif isinstance(x, Obj) or isinstance(y, Obj):
            if x is not y:
                return False
        elif x != y:
            return False
    return True


def check(backend: Backend, text: str, args_list: list, ns: dict | None = None,
          heap: Heap | None = None, functions: dict | None = None, make_args=None):
    """Compile text once; for each argument list, run it natively and in
    the trace interpreter and compare exits and values (and heaps)."""
    trace = parse(text, ns)
    compiled = backend.compile(trace)
    results = []
    for args in args_list:
        if make_args is not None:
            native_heap, model_heap = make_args(args)
            got = backend.run(compiled, native_heap[0], native_heap[1])
            m = Machine(model_heap[1].memory() if model_heap[1] else {}, functions, max_steps=10 ** 6)
            expected = m.run(trace, model_heap[0])
            native_heap[1].check_same(model_heap[1])
            got = got[:-1] + ([native_heap[1].translate(x, model_heap[1]) for x in got[-1]],)
        else:
            got = backend.run(compiled, args, heap)
            m = Machine(heap.memory() if heap else {}, functions, max_steps=10 ** 6)
            expected = m.run(trace, list(args))
        assert got[0] == expected[0] and got[:-1] == expected[:-1] and \
            same_values(got[-1], expected[-1]), (args, got, expected)
        results.append(got)
    return results


# ---------------------------------------------------------------- integer loops

COUNT = """
[i0, i1]
i2 = int_add(i0, 1)
i3 = int_lt(i2, i1)
guard_true(i3) [i2, i1]
jump(i2, i1)
"""


def test_counting_loop(backend):
    r = check(backend, COUNT, [[0, 10], [5, 3], [-100, 1000]])
    assert r[0] == ('guard', 0, [10, 10])


SUM_OVF = """
[i0, i1, i2]
i3 = int_add_ovf(i1, i0)
guard_no_overflow() [i0, i1, i2]
i4 = int_sub(i0, 1)
i5 = int_gt(i4, 0)
guard_true(i5) [i3, i4, i2]
i6 = int_add(i2, 1)
jump(i4, i3, i6)
"""


def test_sum_loop_with_overflow_exit(backend):
    r = check(backend, SUM_OVF, [[100, 0, 0], [10, 2 ** 63 - 30, 0], [3, -2 ** 63 + 1, 5],
                                 [7, -2 ** 63 + 1, 0]])
    assert r[0] == ('guard', 1, [5050, 0, 99])
    assert r[1][:2] == ('guard', 0)     # the overflow exit


def test_guard_overflow_exit(backend):
    check(backend, """
    [i0, i1]
    i2 = int_mul_ovf(i0, i1)
    guard_overflow() [i2, i0]
    i3 = int_sub_ovf(i0, i1)
    guard_no_overflow() [i0, i1]
    finish(i3, i2)
    """, [[3, 4], [2 ** 40, 2 ** 40], [-2 ** 63, 1], [-2 ** 63, -1], [2 ** 62, 3]])


def test_int_operations_and_comparisons(backend):
    ops = ['int_add', 'int_sub', 'int_mul', 'int_and', 'int_or', 'int_xor',
           'int_lt', 'int_le', 'int_eq', 'int_ne', 'int_gt', 'int_ge',
           'uint_lt', 'uint_le', 'uint_gt', 'uint_ge']
    lines = ['[i0, i1]']
    res = []
    for k, name in enumerate(ops):
        lines.append('i%d = %s(i0, i1)' % (10 + k, name))
        lines.append('i%d = %s(i0, 7)' % (40 + k, name))
        lines.append('i%d = %s(-3, i1)' % (70 + k, name))
        res += ['i%d' % (10 + k), 'i%d' % (40 + k), 'i%d' % (70 + k)]
    lines.append('i100 = int_neg(i0)')
    lines.append('i101 = int_invert(i1)')
    lines.append('i102 = int_is_true(i0)')
    lines.append('i103 = int_is_zero(i1)')
    lines.append('i104 = int_floordiv(i0, i1)')
    lines.append('i105 = int_mod(i0, i1)')
    lines.append('i106 = int_floordiv(i0, -7)')
    lines.append('i107 = int_mod(i1, 5)')
    lines.append('i108 = int_and(i1, 63)')
    lines.append('i109 = int_lshift(i0, i108)')
    lines.append('i110 = int_rshift(i0, i108)')
    lines.append('i111 = uint_rshift(i0, i108)')
    lines.append('i112 = int_lshift(i1, 3)')
    lines.append('i113 = uint_rshift(i1, 60)')
    lines.append('i114 = same_as_i(i0)')
    lines.append('i115 = int_add(i0, 5000000000)')
    res += ['i%d' % k for k in range(100, 116)]
    lines.append('finish(%s)' % ', '.join(res))
    text = '\n'.join(lines)
    vals = [0, 1, -1, 7, -7, 13, 2 ** 63 - 1, -2 ** 63 + 1, 12345678901, -98765]
    args = [[a, b] for a in vals for b in vals if b != 0 and not (b == -1 and a == -2 ** 63)]
    check(backend, text, args)


def test_floordiv_and_mod_by_constants(backend):
    """By a constant divisor the backend multiplies by a magic number
    (intdiv.py) or shifts (powers of two): the same results as idiv's,
    rounded towards minus infinity, for dividends of both signs."""
    divisors = [2, 3, 4, 5, 6, 7, 10, 64, 100, 641, 1000, 2 ** 30, 2 ** 31 - 1, 2 ** 31 + 1,
                2 ** 33 + 5, 6700417, 2 ** 61 + 1, 2 ** 62 - 1, 2 ** 62, 2 ** 62 + 3, 2 ** 63 - 1]
    lines = ['[i0]']
    res = []
    for k, d in enumerate(divisors):
        lines.append('i%d = int_floordiv(i0, %d)' % (10 + 2 * k, d))
        lines.append('i%d = int_mod(i0, %d)' % (11 + 2 * k, d))
        res += ['i%d' % (10 + 2 * k), 'i%d' % (11 + 2 * k)]
    lines.append('finish(%s)' % ', '.join(res))
    rnd = random.Random(7)
    vals = [0, 1, -1, 2, -2, 5, -5, 641, -641, 999, -1000, 2 ** 62, -2 ** 62,
            2 ** 63 - 1, -2 ** 63, -2 ** 63 + 1]
    vals += [rnd.randrange(-2 ** 63, 2 ** 63) for _ in range(30)]
    vals += [rnd.randrange(-10 ** 6, 10 ** 6) for _ in range(30)]
    check(backend, '\n'.join(lines), [[v] for v in vals])


def test_fused_comparison_among_the_fail_args(backend):
    """A comparison used by the next guard only (and by its fail_args) is
    fused with it, never materialized: where the guard fails, its exit
    stores the value it then has (0 for guard_true, 1 for guard_false)."""
    check(backend, """
    [i0, i1, f0]
    i2 = int_lt(i0, i1)
    guard_true(i2) [i0, i2, i1]
    i3 = int_eq(i0, 5)
    guard_false(i3) [i3, i0]
    f1 = float_add(f0, 1.0)
    i4 = float_lt(f1, 10.0)
    guard_true(i4) [i4, f1, i0]
    i5 = int_add(i0, 1)
    jump(i5, i1, f1)
    """, [[0, 3, 0.0], [0, 9, 0.0], [0, 20, 0.0], [6, 20, 2.5], [7, 7, 0.0]])


def test_guards_on_float_equality_fused(backend):
    """guard_true/false of float_eq/float_ne are the flags of ucomisd
    (unordered: NaN is equal to nothing), the comparison also among the
    fail_args."""
    nan = float('nan')
    for cmp in ('float_eq', 'float_ne'):
        for guard in ('guard_true', 'guard_false'):
            check(backend, """
            [f0, f1]
            i2 = %s(f0, f1)
            %s(i2) [i2, f0]
            finish(7)
            """ % (cmp, guard), [[1.5, 1.5], [1.5, 2.5], [nan, 1.5], [nan, nan], [0.0, -0.0]])


def test_guards_value_true_false(backend):
    check(backend, """
    [i0, i1]
    guard_value(i0, 5) [i0, i1]
    i2 = int_is_true(i1)
    guard_false(i2) [i0, i1]
    i3 = int_sub(i0, i1)
    guard_true(i3) [i3]
    guard_value(i1, 0) [i3]
    finish(i3, 17)
    """, [[5, 0], [4, 0], [5, 1], [5, -3]])


def test_guard_on_spilled_and_constant_fail_args(backend):
    check(backend, """
    [i0]
    i1 = int_add(i0, 1)
    i2 = int_eq(i1, 10)
    guard_false(i2) [i1, 123, -5000000000, ConstPtr(0)]
    jump(i1)
    """, [[0], [9], [-20]])


def test_jump_swapping_arguments(backend):
    """jump(b, a, ...) to the label: a parallel move with a cycle."""
    check(backend, """
    [i0, i1, i2, i3]
    label(i0, i1, i2, i3, descr=L)
    i4 = int_sub(i3, 1)
    i5 = int_ge(i4, 0)
    guard_true(i5) [i0, i1, i2, i4]
    i6 = int_add(i0, 1)
    jump(i1, i2, i6, i4, descr=L)
    """, [[1, 20, 300, 0], [1, 20, 300, 1], [1, 20, 300, 2], [1, 20, 300, 7], [5, 6, 7, 100]])


def test_jump_rotation_with_floats_and_spills(backend):
    n = 20
    names = ['i%d' % k for k in range(n)] + ['f%d' % k for k in range(n)]
    body = ['[%s, i99]' % ', '.join(names),
            'label(%s, i99, descr=L)' % ', '.join(names),
            'i98 = int_sub(i99, 1)',
            'i97 = int_ge(i98, 0)',
            'guard_true(i97) [%s, i98]' % ', '.join(names)]
    rot = names[1:n] + names[:1] + names[n + 1:] + names[n:n + 1]
    body.append('jump(%s, i98, descr=L)' % ', '.join(rot))
    text = '\n'.join(body)
    args = [k * 3 for k in range(n)] + [k + 0.5 for k in range(n)]
    check(backend, text, [args + [c] for c in [0, 1, 5, 21, 40]])


def test_jump_to_start_without_label(backend):
    check(backend, """
    [i0, i1, i2]
    i3 = int_add(i1, i2)
    i4 = int_sub(i0, 1)
    i5 = int_is_zero(i4)
    guard_false(i5) [i3, i4, i2]
    jump(i4, i2, i3)
    """, [[10, 0, 1], [1, 0, 1], [50, 1, 1]])


def test_many_live_values_force_spills(backend):
    n = 40
    lines = ['[%s]' % ', '.join('i%d' % k for k in range(n))]
    for k in range(n):
        lines.append('i%d = int_mul(i%d, %d)' % (100 + k, k, k + 2))
    for k in range(n):
        lines.append('i%d = int_add(i%d, i%d)' % (200 + k, 100 + k, 100 + (k + 1) % n))
    lines.append('i300 = int_lt(i200, 1000)')
    lines.append('guard_true(i300) [%s]' % ', '.join('i%d' % (200 + k) for k in range(n)))
    lines.append('finish(%s)' % ', '.join('i%d' % (100 + k) for k in range(n)))
    check(backend, '\n'.join(lines), [list(range(n)), [1000] + list(range(n - 1))])


# ---------------------------------------------------------------- floats

FLOAT_LOOP = """
[f0, f1, i0]
f2 = float_add(f0, f1)
f3 = float_mul(f2, 0.5)
f4 = float_sub(f3, f1)
f5 = float_truediv(f4, 3.0)
f6 = float_neg(f5)
f7 = float_abs(f6)
f8 = float_add(f7, f0)
i1 = int_sub(i0, 1)
i2 = int_gt(i1, 0)
guard_true(i2) [f8, f1, i1, f6]
i3 = float_lt(f8, 1000000.0)
guard_true(i3) [f8, i1]
jump(f8, f1, i1)
"""


def test_float_loop(backend):
    check(backend, FLOAT_LOOP, [[1.0, 2.0, 10], [1.5, -7.25, 100], [1e5, 3.0, 1000], [0.0, -0.0, 1]])


def test_float_comparisons_and_casts(backend):
    cmps = ['float_lt', 'float_le', 'float_eq', 'float_ne', 'float_gt', 'float_ge']
    lines = ['[f0, f1, i0]']
    res = []
    for k, name in enumerate(cmps):
        lines.append('i%d = %s(f0, f1)' % (10 + k, name))
        lines.append('i%d = %s(f0, 2.5)' % (20 + k, name))
        res += ['i%d' % (10 + k), 'i%d' % (20 + k)]
    lines += ['f10 = cast_int_to_float(i0)', 'i30 = cast_float_to_int(f1)',
              'f11 = same_as_f(f0)', 'f12 = float_mul(f0, f0)']
    res += ['f10', 'i30', 'f11', 'f12']
    lines.append('finish(%s)' % ', '.join(res))
    vals = [0.0, -0.0, 2.5, -1.75, 1e300, float('inf'), float('nan'), 3.0]
    args = [[a, b, i] for a in vals for b in vals[:4] + [3.0, -1e18] for i in [0, -3, 2 ** 53 + 1]]
    check(backend, '\n'.join(lines), args)


def test_float_guards_fused(backend):
    check(backend, """
    [f0, f1]
    i0 = float_ge(f0, f1)
    guard_false(i0) [f0, f1]
    i1 = float_le(f1, 100.0)
    guard_true(i1) [f0]
    guard_value(f0, 1.5) [f1]
    finish(f0, f1)
    """, [[1.5, 2.0], [2.0, 1.0], [1.5, 200.0], [1.0, 2.0], [float('nan'), 1.0]])


def test_float_bits_conversion():
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 1e-310, -5e-324, 2.2250738585072014e-308,
            1.7976931348623157e308, float('inf'), float('-inf'), math.pi, 1e300, 3e-300]
    rnd = random.Random(3)
    vals += [rnd.uniform(-1e6, 1e6) for _ in range(200)]
    vals += [float_of(rnd.getrandbits(64) - 2 ** 63) for _ in range(500)]
    for v in vals:
        if v == v:
            assert float_to_bits(v) == bits_of(v), v
    assert float_of(float_to_bits(float('nan'))) != float_of(float_to_bits(float('nan')))


# ---------------------------------------------------------------- heap

node = SizeDescr('node', 40, 1001)
valuedescr = FieldDescr('valuedescr', node, INT, 8, 8, False)
nextdescr = FieldDescr('nextdescr', node, REF, 16, 8, False)
floatdescr = FieldDescr('floatdescr', node, FLOAT, 24, 8, False)
bytedescr = FieldDescr('bytedescr', node, INT, 32, 1, False)
halfdescr = FieldDescr('halfdescr', node, INT, 34, 2, False)
worddescr = FieldDescr('worddescr', node, INT, 36, 4, False)
other = SizeDescr('other', 16, 2002)
arraydescr = ArrayDescr('arraydescr', INT, 8, 16, 8, False)
floatarraydescr = ArrayDescr('floatarraydescr', FLOAT, 8, 16, 8, False)
bytearraydescr = ArrayDescr('bytearraydescr', INT, 1, 16, 8, False)
refarraydescr = ArrayDescr('refarraydescr', REF, 8, 16, 8, False)

HEAP_NS = {'valuedescr': valuedescr, 'nextdescr': nextdescr, 'floatdescr': floatdescr,
           'bytedescr': bytedescr, 'halfdescr': halfdescr, 'worddescr': worddescr,
           'arraydescr': arraydescr, 'floatarraydescr': floatarraydescr,
           'bytearraydescr': bytearraydescr, 'refarraydescr': refarraydescr,
           'node': node, 'other': other}


def test_fields_linked_list_sum(backend):
    heap = Heap()
    head = None
    nodes = []
    for v in [5, 7, -3, 100, 2 ** 40]:
        o, _ = heap.struct(node, valuedescr=v)
        nodes.append(o)
    for a, b in zip(nodes, nodes[1:]):
        heap.set_field(a, nextdescr, b)
    head = nodes[0]
    text = """
    [p0, i0]
    guard_nonnull(p0) [p0, i0]
    guard_class(p0, ConstClass(node)) [p0, i0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    i2 = int_add_ovf(i0, i1)
    guard_no_overflow() [p0, i0]
    setfield_gc(p0, i2, descr=valuedescr)
    p1 = getfield_gc_r(p0, descr=nextdescr)
    jump(p1, i2)
    """
    trace = parse(text, HEAP_NS)
    compiled = backend.compile(trace)
    got = backend.run(compiled, [head, 0], heap)
    # the interpreter on a copy of the same objects
    heap2 = Heap()
    nodes2 = [heap2.struct(node, valuedescr=v)[0] for v in [5, 7, -3, 100, 2 ** 40]]
    for a, b in zip(nodes2, nodes2[1:]):
        heap2.set_field(a, nextdescr, b)
    expected = Machine(heap2.memory()).run(trace, [nodes2[0], 0])
    assert got[0] == expected[0] == 'guard' and got[1] == expected[1] == 0
    assert got[2][0] is None and expected[2][0] is None and got[2][1] == expected[2][1]
    heap.check_same(heap2)


def _two_heaps(build):
    """Build the same objects in two heaps: native run and model run."""
    h1, h2 = Heap(), Heap()
    return (build(h1), h1), (build(h2), h2)


def test_fields_of_all_sizes_and_guard_class(backend):
    text = """
    [p0, p1, i0, f0]
    guard_class(p0, ConstClass(node)) [p0]
    i1 = getfield_gc_i(p0, descr=bytedescr)
    i2 = getfield_gc_i(p0, descr=halfdescr)
    i3 = getfield_gc_i(p0, descr=worddescr)
    f1 = getfield_gc_f(p0, descr=floatdescr)
    setfield_gc(p0, i0, descr=bytedescr)
    setfield_gc(p0, 300, descr=halfdescr)
    setfield_gc(p0, i1, descr=worddescr)
    f2 = float_add(f1, f0)
    setfield_gc(p0, f2, descr=floatdescr)
    setfield_gc(p0, p1, descr=nextdescr)
    setfield_gc(p0, 2.5, descr=floatdescr)
    setfield_gc(p0, f2, descr=floatdescr)
    guard_nonnull_class(p1, ConstClass(other)) [i1, i2, i3, f1]
    setfield_gc(p1, 77, descr=valuedescr)
    finish(i1, i2, i3, f1, f2, p1)
    """

    def build(h):
        a, _ = h.struct(node, bytedescr=200, halfdescr=60000, worddescr=4000000000,
                        floatdescr=1.25)
        b, _ = h.struct(other)
        c, _ = h.struct(node)
        return a, b, c

    for pick in [(0, 1), (0, 2), (1, 1), (0, None)]:
        def make(args, pick=pick):
            results = []
            for hb in _two_heaps(build):
                objs, h = hb
                p0 = objs[pick[0]]
                p1 = objs[pick[1]] if pick[1] is not None else None
                results.append(([p0, p1, 17, 0.5], h))
            return results[0], results[1]
        check(backend, text, [None], HEAP_NS, make_args=make)


def test_array_sum(backend):
    text = """
    [p0, i0, i1]
    i2 = arraylen_gc(p0, descr=arraydescr)
    i3 = int_lt(i0, i2)
    guard_true(i3) [i0, i1]
    i4 = getarrayitem_gc_i(p0, i0, descr=arraydescr)
    i5 = int_add(i1, i4)
    setarrayitem_gc(p0, i0, i5, descr=arraydescr)
    i6 = int_add(i0, 1)
    jump(p0, i6, i5)
    """
    for items in [[], [1], list(range(100)), [2 ** 62, 2 ** 62, -5]]:
        def make(args, items=items):
            res = []
            for _ in range(2):
                h = Heap()
                a, _ = h.array(arraydescr, items)
                res.append(([a, 0, 0], h))
            return res[0], res[1]
        check(backend, text, [None], HEAP_NS, make_args=make)


def test_array_items_of_all_kinds(backend):
    text = """
    [p0, p1, p2, p3, i0]
    f0 = getarrayitem_gc_f(p1, i0, descr=floatarraydescr)
    f1 = getarrayitem_gc_f(p1, 2, descr=floatarraydescr)
    f2 = float_add(f0, f1)
    setarrayitem_gc(p1, 0, f2, descr=floatarraydescr)
    setarrayitem_gc(p1, i0, 9.5, descr=floatarraydescr)
    i1 = getarrayitem_gc_i(p2, i0, descr=bytearraydescr)
    i2 = getarrayitem_gc_i(p2, 3, descr=bytearraydescr)
    setarrayitem_gc(p2, i0, 250, descr=bytearraydescr)
    setarrayitem_gc(p2, 0, i1, descr=bytearraydescr)
    p4 = getarrayitem_gc_r(p3, i0, descr=refarraydescr)
    setarrayitem_gc(p3, 0, p0, descr=refarraydescr)
    setarrayitem_gc(p3, i0, NULL, descr=refarraydescr)
    i3 = arraylen_gc(p2, descr=bytearraydescr)
    finish(f0, f1, f2, i1, i2, p4, i3)
    """

    def make(args):
        res = []
        for _ in range(2):
            h = Heap()
            n, _ = h.struct(node)
            fa, _ = h.array(floatarraydescr, [1.5, 2.25, -3.0, 4.0])
            ba, _ = h.array(bytearraydescr, [1, 2, 200, 255, 7])
            ra, _ = h.array(refarraydescr, [None, n, None])
            res.append(([n, fa, ba, ra, args], h))
        return res[0], res[1]
    check(backend, text, [1, 2], HEAP_NS, make_args=make)


# ---------------------------------------------------------------- calls

I64 = ctypes.c_int64
F64 = ctypes.c_double


def _calldescr(args, result):
    return CallDescr('calldescr', args, result, EffectInfo(EF_CANNOT_RAISE, [], [], [], []))


def test_call_in_loop_keeps_live_values(backend):
    calls = []

    @ctypes.CFUNCTYPE(I64, I64, I64)
    def f(a, b):
        calls.append((a, b))
        return a * 2 + b

    addr = ctypes.cast(f, ctypes.c_void_p).value
    ns = {'f': addr, 'cd': _calldescr([INT, INT], INT)}
    functions = {addr: lambda m, d, a, b: wrap(a * 2 + b)}
    text = """
    [i0, i1, i2, f0]
    i3 = call_i(ConstClass(f), i0, i1, descr=cd)
    i4 = int_add(i3, i2)
    f1 = float_add(f0, 1.0)
    i5 = int_sub(i2, 1)
    i6 = int_gt(i5, 0)
    guard_true(i6) [i0, i1, i3, i4, f1]
    jump(i0, i4, i5, f1)
    """
    check(backend, text, [[1, 2, 10, 0.5], [3, -4, 1, 0.0], [7, 7, 30, 1.0]], ns, functions=functions)
    assert len(calls) > 0


def test_call_with_many_and_float_arguments(backend):
    proto = ctypes.CFUNCTYPE(F64, I64, F64, I64, I64, F64, I64, I64, I64, I64, I64,
                             F64, F64, F64, F64, F64, F64, F64, F64)

    def g(*a):
        return sum(x * (k + 1) for k, x in enumerate(a))

    cb = proto(g)
    addr = ctypes.cast(cb, ctypes.c_void_p).value
    kinds = [INT, FLOAT, INT, INT, FLOAT, INT, INT, INT, INT, INT] + [FLOAT] * 8
    ns = {'g': addr, 'cd': _calldescr(kinds, FLOAT)}
    functions = {addr: lambda m, d, *a: g(*a)}
    text = """
    [i0, f0, i1]
    i2 = int_add(i0, 1)
    f1 = float_mul(f0, 2.0)
    f2 = call_f(ConstClass(g), i0, f0, i1, i2, f1, 6, i0, i1, 9, i2, f0, f1, 1.5, f0, f1, 2.5, f0, f1, descr=cd)
    f3 = float_add(f2, f0)
    finish(f2, f3, i0, i1, i2, f0, f1)
    """
    check(backend, text, [[1, 0.5, 3], [-7, 1e10, 0]], ns, functions=functions)


def test_call_void_and_ref_through_register_address(backend):
    log = []

    @ctypes.CFUNCTYPE(None, I64)
    def h(a):
        log.append(a)

    addr = ctypes.cast(h, ctypes.c_void_p).value
    ns = {'cd': _calldescr([INT], VOID)}
    functions = {addr: lambda m, d, a: log.append(a)}
    text = """
    [i0, i1]
    call_n(i1, i0, descr=cd)
    i2 = int_add(i0, 1)
    call_n(i1, i2, descr=cd)
    finish(i2, i1)
    """
    check(backend, text, [[5, addr]], ns, functions=functions)
    assert log == [5, 6, 5, 6]


def test_new_with_malloc_helper():
    keep = []

    @ctypes.CFUNCTYPE(ctypes.c_void_p, I64)
    def malloc(size):
        buf = ctypes.create_string_buffer(size)
        keep.append(buf)
        return ctypes.addressof(buf)

    b = Backend(ctypes.cast(malloc, ctypes.c_void_p).value)
    try:
        trace = parse("""
        [i0, f0]
        p1 = new_with_vtable(descr=node)
        setfield_gc(p1, i0, descr=valuedescr)
        setfield_gc(p1, f0, descr=floatdescr)
        p2 = new(descr=other)
        setfield_gc(p1, p2, descr=nextdescr)
        p3 = new_array(i0, descr=arraydescr)
        setarrayitem_gc(p3, 1, 42, descr=arraydescr)
        p4 = new_array(3, descr=floatarraydescr)
        i5 = arraylen_gc(p3, descr=arraydescr)
        i6 = arraylen_gc(p4, descr=floatarraydescr)
        finish(p1, p3, i5, i6, i0, f0)
        """, HEAP_NS)
        compiled = b.compile(trace)
        res = b.run(compiled, [5, 2.5])
        assert res[0] == 'finish'
        p1, p3, i5, i6, i0, f0 = res[1]
        assert (i5, i6, i0, f0) == (5, 3, 5, 2.5)
        assert ctypes.c_int64.from_address(p1).value == 1001
        assert ctypes.c_int64.from_address(p1 + 8).value == 5
        assert ctypes.c_double.from_address(p1 + 24).value == 2.5
        p2 = ctypes.c_int64.from_address(p1 + 16).value
        assert p2 != 0 and ctypes.c_int64.from_address(p2).value == 0     # `new`: no vtable
        assert ctypes.c_int64.from_address(p3 + 8).value == 5
        assert ctypes.c_int64.from_address(p3 + 16 + 8).value == 42
        assert len(keep) == 4
    finally:
        b.free()


def test_unsupported_operation_is_refused(backend):
    with pytest.raises(BackendError):
        backend.compile(parse("""
        [i0]
        guard_no_exception() [i0]
        finish(i0)
        """))


# ---------------------------------------------------------------- random differential

INT_BINOPS = ['int_add', 'int_sub', 'int_mul', 'int_and', 'int_or', 'int_xor',
              'int_lt', 'int_le', 'int_eq', 'int_ne', 'int_gt', 'int_ge',
              'uint_lt', 'uint_le', 'uint_gt', 'uint_ge']
INTERESTING = [0, 1, -1, 2, 7, -13, 255, 2 ** 31 - 1, -2 ** 31, 2 ** 32, 2 ** 62,
               2 ** 63 - 1, -2 ** 63, 123456789123, -987654321987]


def random_trace(rnd: random.Random, loop: bool, with_calls: bool, ns: dict,
                 with_heap: bool = False) -> str:
    """Random operations on nin int inputs (then nfl float inputs, then,
    with_heap, p0 an array of 8 ints and p1 a node; then a counter for a
    loop), ending in finish or in a jump back."""
    nin = rnd.randint(1, 16)
    ints = ['i%d' % k for k in range(nin)]
    nfl = rnd.randint(0, 4) if loop else 0
    floats: list[str] = ['f%d' % k for k in range(nfl)]
    counter = 'i900'
    inputs = list(ints) + list(floats) + (['p0', 'p1'] if with_heap else []) + \
        ([counter] if loop else [])
    lines = []
    n = [1000]
    guard_no = [0]

    def new(prefix='i'):
        n[0] += 1
        return '%s%d' % (prefix, n[0])

    def pick():
        if rnd.random() < 0.15:
            return str(rnd.choice(INTERESTING))
        return rnd.choice(ints)

    def fail_args():
        vals = rnd.sample(ints, min(len(ints), rnd.randint(0, 12)))
        vals += rnd.sample(floats, min(len(floats), rnd.randint(0, 3)))
        if with_heap and rnd.random() < 0.3:
            vals.append(rnd.choice(['p0', 'p1']))
        if rnd.random() < 0.2:
            vals.append(str(rnd.choice(INTERESTING)))
        return '[%s]' % ', '.join(vals)

    nops = rnd.randint(5, 60)
    for _ in range(nops):
        r = rnd.random()
        if with_heap and rnd.random() < 0.35:
            r = 0.9         # a heap operation (below)
        v = new()
        if r < 0.45:
            lines.append('%s = %s(%s, %s)' % (v, rnd.choice(INT_BINOPS), pick(), rnd.choice(ints)))
        elif r < 0.52:
            name = rnd.choice(['int_add_ovf', 'int_sub_ovf', 'int_mul_ovf'])
            lines.append('%s = %s(%s, %s)' % (v, name, rnd.choice(ints), pick()))
            lines.append('%s() %s' % (rnd.choice(['guard_no_overflow'] * 4 + ['guard_overflow']),
                                      fail_args()))
        elif r < 0.58:
            c = new()
            lines.append('%s = int_and(%s, 63)' % (c, rnd.choice(ints)))
            ints.append(c)
            op = rnd.choice(['int_lshift', 'int_rshift', 'uint_rshift'])
            src = pick() if rnd.random() < 0.5 else rnd.choice(ints)
            lines.append('%s = %s(%s, %s)' % (v, op, src, c if rnd.random() < 0.7 else rnd.randint(0, 63)))
        elif r < 0.63:
            d = new()
            lines.append('%s = int_or(%s, 1)' % (d, rnd.choice(ints)))
            lines.append('%s = int_and(%s, 65535)' % (new(), d))
            dd = 'i%d' % n[0]
            ints += [d, dd]
            div = dd if rnd.random() < 0.7 else str(rnd.choice([3, -3, 7, 1000, -5, 8, 2 ** 40 + 3]))
            lines.append('%s = %s(%s, %s)' % (v, rnd.choice(['int_floordiv', 'int_mod']), rnd.choice(ints), div))
        elif r < 0.68:
            lines.append('%s = %s(%s)' % (v, rnd.choice(['int_neg', 'int_invert', 'int_is_true',
                                                         'int_is_zero', 'same_as_i']), rnd.choice(ints)))
        elif r < 0.76:
            c = new()
            lines.append('%s = %s(%s, %s)' % (c, rnd.choice(INT_BINOPS[6:]), rnd.choice(ints), pick()))
            lines.append('%s(%s) %s' % (rnd.choice(['guard_true', 'guard_false']), c, fail_args()))
            ints.append(c)
            lines.append('%s = int_add(%s, %s)' % (v, rnd.choice(ints), pick()))
        elif r < 0.80:
            a = rnd.choice(ints)
            lines.append('guard_value(%s, %s) %s' % (a, rnd.choice(INTERESTING), fail_args()))
            lines.append('%s = int_xor(%s, %s)' % (v, a, pick()))
        elif r < 0.88:
            # floats from small ints
            s = new()
            lines.append('%s = int_and(%s, 65535)' % (s, rnd.choice(ints)))
            ints.append(s)
            f = new('f')
            lines.append('%s = cast_int_to_float(%s)' % (f, s))
            floats.append(f)
            if len(floats) > 1 and rnd.random() < 0.7:
                g = new('f')
                lines.append('%s = %s(%s, %s)' % (g, rnd.choice(['float_add', 'float_sub', 'float_mul']),
                                                  rnd.choice(floats), rnd.choice(floats + ['0.25'])))
                floats.append(g)
            lines.append('%s = %s(%s, %s)' % (v, rnd.choice(['float_lt', 'float_le', 'float_eq', 'float_ne',
                                                             'float_gt', 'float_ge']),
                                              rnd.choice(floats), rnd.choice(floats + ['3.0'])))
        elif with_heap and r < 0.93:
            k = rnd.randint(0, 7)
            if k == 0:
                idx = new()
                lines.append('%s = int_and(%s, 7)' % (idx, rnd.choice(ints)))
                ints.append(idx)
                lines.append('%s = getarrayitem_gc_i(p0, %s, descr=arraydescr)' % (
                    v, idx if rnd.random() < 0.7 else rnd.randint(0, 7)))
            elif k == 1:
                idx = new()
                lines.append('%s = int_and(%s, 7)' % (idx, rnd.choice(ints)))
                ints.append(idx)
                lines.append('setarrayitem_gc(p0, %s, %s, descr=arraydescr)' % (idx, pick()))
                lines.append('%s = arraylen_gc(p0, descr=arraydescr)' % v)
            elif k == 2:
                lines.append('%s = getfield_gc_i(p1, descr=%s)' % (
                    v, rnd.choice(['valuedescr', 'bytedescr', 'halfdescr', 'worddescr'])))
            elif k == 3:
                lines.append('setfield_gc(p1, %s, descr=valuedescr)' % pick())
                lines.append('%s = same_as_i(%s)' % (v, rnd.choice(ints)))
            elif k == 4:
                fd, mask = rnd.choice([('bytedescr', 255), ('halfdescr', 65535),
                                       ('worddescr', 2 ** 32 - 1)])
                lines.append('%s = int_and(%s, %d)' % (v, rnd.choice(ints), mask))
                lines.append('setfield_gc(p1, %s, descr=%s)' % (v, fd))
            elif k == 5:
                f = new('f')
                lines.append('%s = getfield_gc_f(p1, descr=floatdescr)' % f)
                floats.append(f)
                lines.append('%s = float_gt(%s, %s)' % (v, f, rnd.choice(floats)))
            elif k == 6 and floats:
                lines.append('setfield_gc(p1, %s, descr=floatdescr)' % rnd.choice(floats))
                lines.append('guard_class(p1, ConstClass(node)) %s' % fail_args())
                lines.append('%s = int_sub(%s, %s)' % (v, rnd.choice(ints), pick()))
            else:
                lines.append('guard_nonnull(p0) %s' % fail_args())
                lines.append('%s = int_add(%s, %s)' % (v, rnd.choice(ints), pick()))
        elif with_calls and r < 0.93:
            nargs = rnd.randint(0, 9)
            args = [pick() for _ in range(nargs)]
            ns['cd%d' % nargs] = _calldescr([INT] * nargs, INT)
            lines.append('%s = call_i(ConstClass(fn%d), %s descr=cd%d)' % (
                v, nargs, ''.join(a + ', ' for a in args), nargs))
        else:
            lines.append('%s = int_add(%s, %s)' % (v, rnd.choice(ints), pick()))
        ints.append(v)
    if loop:
        lines.append('i901 = int_sub(%s, 1)' % counter)
        lines.append('i902 = int_gt(i901, 0)')
        lines.append('guard_true(i902) %s' % fail_args())
        ints.append('i901')
        jargs = [rnd.choice(ints) for _ in range(nin)]
        if rnd.random() < 0.5:
            jargs = rnd.sample(ints[:nin], nin)     # a permutation of the inputs
        if nfl and rnd.random() < 0.5:
            jargs += rnd.sample(floats[:nfl], nfl)
        else:
            jargs += [rnd.choice(floats) for _ in range(nfl)]
        if with_heap:
            jargs += ['p0', 'p1']
        lines.append('jump(%s, i901)' % ', '.join(jargs))
    else:
        outs = rnd.sample(ints, min(len(ints), rnd.randint(1, 30))) + floats[:5]
        lines.append('finish(%s)' % ', '.join(outs))
    return '[%s]\n' % ', '.join(inputs) + '\n'.join(lines) + '\n'


def _make_call_functions():
    protos = {}
    functions = {}
    keep = []
    ns = {}
    for nargs in range(10):
        proto = ctypes.CFUNCTYPE(I64, *([I64] * nargs))

        def pyf(*a):
            return wrap(sum((x * (2 * k + 3)) for k, x in enumerate(a)) + len(a))

        cb = proto(pyf)
        keep.append(cb)
        addr = ctypes.cast(cb, ctypes.c_void_p).value
        ns['fn%d' % nargs] = addr
        functions[addr] = (lambda pyf: lambda m, d, *a: pyf(*a))(pyf)
    return ns, functions, keep


@pytest.mark.parametrize('loop', [False, True])
def test_random_traces_against_interpreter(backend, loop):
    ns, functions, keep = _make_call_functions()
    seed0 = int(__import__('os').environ.get('JIT_RANDOM_SEED0', '0'))
    for seed in range(seed0, seed0 + 150):
        rnd = random.Random(seed * 2 + loop)
        text = random_trace(rnd, loop, with_calls=True, ns=ns)
        trace = parse(text, ns)
        compiled = backend.compile(trace)
        for _ in range(4):
            args = [_random_float_input(rnd) if a.type == FLOAT else
                    rnd.choice(INTERESTING) if rnd.random() < 0.5 else rnd.randint(-1000, 1000)
                    for a in trace.inputargs]
            if loop:
                args[-1] = rnd.randint(1, 30)
            got = backend.run(compiled, args)
            expected = Machine({}, functions, max_steps=10 ** 6).run(trace, list(args))
            assert got[:-1] == expected[:-1] and same_values(got[-1], expected[-1]), \
                (seed, args, got, expected, text)


def _random_float_input(rnd: random.Random) -> float:
    return rnd.choice([0.0, -0.0, 1.5, -2.25, 1e10, rnd.uniform(-100, 100)])


@pytest.mark.parametrize('loop', [False, True])
def test_random_heap_traces_against_interpreter(backend, loop):
    """Random traces reading and writing an array and a node (ctypes
    memory and model objects), compared with the interpreter, heaps too."""
    ns, functions, keep = _make_call_functions()
    ns.update(HEAP_NS)
    seed0 = int(__import__('os').environ.get('JIT_RANDOM_SEED0', '0'))
    for seed in range(seed0, seed0 + 60):
        rnd = random.Random(seed * 2 + loop + 100000)
        text = random_trace(rnd, loop, with_calls=True, ns=ns, with_heap=True)
        trace = parse(text, ns)
        compiled = backend.compile(trace)
        for _ in range(3):
            args = []
            for a in trace.inputargs:
                if a.type == FLOAT:
                    args.append(_random_float_input(rnd))
                elif a.type == INT:
                    args.append(rnd.choice(INTERESTING) if rnd.random() < 0.5
                                else rnd.randint(-1000, 1000))
            if loop:
                args[-1] = rnd.randint(1, 30)
            items = [rnd.randint(-50, 50) for _ in range(8)]
            fields = dict(valuedescr=rnd.randint(-9, 9), bytedescr=rnd.randint(0, 255),
                          halfdescr=rnd.randint(0, 65535), worddescr=rnd.randint(0, 2 ** 32 - 1),
                          floatdescr=_random_float_input(rnd))
            heaps = []
            for _h in range(2):
                h = Heap()
                arr, _ = h.array(arraydescr, items)
                nd, _ = h.struct(node, **fields)
                full = list(args)
                pos = len(full) - 1 if loop else len(full)
                full[pos:pos] = [arr, nd]
                heaps.append((full, h))
            (nargs, nheap), (margs, mheap) = heaps
            got = backend.run(compiled, nargs, nheap)
            expected = Machine(mheap.memory(), functions, max_steps=10 ** 6).run(trace, margs)
            nheap.check_same(mheap)
            got = got[:-1] + ([nheap.translate(x, mheap) for x in got[-1]],)
            assert got[:-1] == expected[:-1] and same_values(got[-1], expected[-1]), \
                (seed, args, got, expected, text)


def test_label_arguments_read_only_by_guards_wait_in_the_frame(backend):
    """At a label, the values that no operation of the loop reads (only
    its guards and its jump) go to stack slots: the registers stay for the
    values the loop computes with, and nothing is reloaded per iteration."""
    from rpy.jit.backend.x86.regalloc import is_stack
    text = """
    [i0, i1, i2, i3, i4]
    label(i0, i1, i2, i3, i4, descr=L)
    i5 = int_add(i0, i1)
    i6 = int_lt(i5, 1000)
    guard_true(i6) [i2, i3, i4, i5]
    jump(i5, i1, i2, i3, i4, descr=L)
    """
    check(backend, text, [[0, 1, 7, 8, 9], [5, 300, -1, -2, -3], [2000, 1, 0, 0, 0]])
    assembler = Assembler(backend.config)
    assembler.assemble_loop(parse(text))
    locs = list(assembler.labels.values())[0].locs
    assert [is_stack(loc) for loc in locs] == [False, False, True, True, True], locs


# ---------------------------------------------------------------- compact exits (exits.py)

def test_exit_location_codes_round_trip():
    """encode_locs/decode_locs: registers, xmm registers, stack slots (the
    one-byte form and CODE_SLOT32 beyond it), constants of 32 and 64 bits."""
    from rpy.jit.backend.x86 import exits
    from rpy.jit.backend.x86.regalloc import NO_LOC, LOC_STACK
    rnd = random.Random(5)
    specials = [0, 1, -1, 2 ** 31 - 1, -2 ** 31, 2 ** 31, -2 ** 31 - 1, 2 ** 63 - 1, -2 ** 63,
                bits_of(1.5), bits_of(-0.0)]
    for n in list(range(6)) + [50, 300]:
        locs, consts = [], []
        for _ in range(n):
            kind = rnd.randrange(4)
            if kind == 0:
                locs.append(rnd.randrange(32))      # gp or xmm
                consts.append(0)
            elif kind == 1:
                locs.append(LOC_STACK + rnd.choice([0, 1, 207, 208, 209, 5000, rnd.randrange(400)]))
                consts.append(0)
            else:
                locs.append(NO_LOC)
                consts.append(rnd.choice(specials) if kind == 2 else wrap(rnd.getrandbits(64)))
        codes = exits.encode_locs(locs, consts)
        assert codes[-1] == exits.CODE_END and all(0 <= b <= 255 for b in codes)
        assert exits.decode_locs([7] + codes + [9], 1) == (locs, consts)
        # one byte per register and near slot
        short = sum(1 for l in locs if l != NO_LOC and l < exits.CODE_SLOT32)
        assert len(codes) == 1 + short + 5 * (len(locs) - short) + 4 * sum(
            1 for l, c in zip(locs, consts) if l == NO_LOC and not -2 ** 31 <= c < 2 ** 31)


def _exits_trace(n_int: int, n_float: int, n_guards: int) -> str:
    """n_int ints and n_float floats computed from the inputs, all live at
    each of n_guards guards (guard k fails when i0 == k), with constants
    among the fail_args: registers, xmm registers, stack slots (past the
    one-byte codes when there are many) and constants."""
    ins = ['i0', 'f0']
    lines = ['[%s]' % ', '.join(ins)]
    live = []
    for k in range(n_int):
        lines.append('i%d = int_add(i0, %d)' % (1000 + k, k * 7 + 1))
        live.append('i%d' % (1000 + k))
    for k in range(n_float):
        lines.append('f%d = float_add(f0, %s)' % (1000 + k, repr(k * 0.25 + 0.5)))
        live.append('f%d' % (1000 + k))
    for g in range(n_guards):
        lines.append('i%d = int_eq(i0, %d)' % (5000 + g, g))
        consts = ['%d' % (g * 3), '-5000000000', '2.5', 'ConstPtr(0)']
        # each guard its own order of the values (other locations per word)
        vals = live[g % max(len(live), 1):] + live[:g % max(len(live), 1)]
        lines.append('guard_false(i%d) [%s]' % (5000 + g, ', '.join(consts[:g % 5] + vals)))
    lines.append('finish(%s)' % ', '.join(live + ['i0']))
    return '\n'.join(lines)


@pytest.mark.parametrize('n_int, n_float', [(3, 2), (13, 15), (40, 30), (150, 100)])
def test_exits_with_values_everywhere(backend, n_int, n_float):
    """Every guard of a trace taken in turn, with its values in registers,
    xmm registers, stack slots (beyond slot 207 with 250 values:
    CODE_SLOT32) and constants: the exit routine stores what the trace
    interpreter gives."""
    n_guards = 12
    text = _exits_trace(n_int, n_float, n_guards)
    results = check(backend, text, [[g, 1.25] for g in range(n_guards + 1)])
    assert [r[0] for r in results] == ['guard'] * n_guards + ['finish']


def test_exit_stubs_are_compact(backend):
    """Each exit's out-of-line code is 10 bytes (lea r11 + jmp [r11]); its
    description in the block's data decodes to its locations."""
    from rpy.jit.backend.x86 import exits
    trace = parse(_exits_trace(40, 30, 12))
    loop = Assembler(backend.config).assemble_loop(trace)
    assert loop.exit_code_bytes == 10 * len(loop.descrs)
    code = loop.mc.get_code()
    for k in range(len(loop.descrs)):
        pos = loop.bridge_slots[k] - exits.DESCR_BRIDGE
        assert loop.direct_slots[k] == pos + exits.DESCR_DIRECT
        assert exits.decode_locs(code, pos + exits.DESCR_LOCS) == (
            loop.exit_locs[k], loop.exit_consts[k])
        word = int.from_bytes(bytes(code[pos:pos + 8]), 'little')
        assert word == backend.config.exit_routine != 0
        assert int.from_bytes(bytes(code[pos + 16:pos + 24]), 'little') == k
