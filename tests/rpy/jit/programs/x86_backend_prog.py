"""The x86-64 backend (assembler + register allocator) as an RPy program:
traces written as text are parsed when the module is imported (plain
Python, prebuilt constants), and entry_point compiles each one and prints
the machine code bytes.  Translated and untranslated runs must print the
same (tests/rpy/jit/test_x86_backend_translated.py); what the code does is
checked by running it in tests/rpy/jit/test_x86_backend.py."""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import (
    SizeDescr, FieldDescr, ArrayDescr, CallDescr, EffectInfo, INT, REF, FLOAT, VOID,
    EF_CANNOT_RAISE)
from rpy.jit.metainterp.history import Trace, InputArg
from rpy.jit.backend.x86.assembler import Assembler, BackendConfig, BackendError
from rpy.jit.tool.oparser import parse

node = SizeDescr('node', 40, 1001)
valuedescr = FieldDescr('valuedescr', node, INT, 8, 8, False)
nextdescr = FieldDescr('nextdescr', node, REF, 16, 8, False)
floatdescr = FieldDescr('floatdescr', node, FLOAT, 24, 8, False)
bytedescr = FieldDescr('bytedescr', node, INT, 32, 1, False)
halfdescr = FieldDescr('halfdescr', node, INT, 34, 2, False)
worddescr = FieldDescr('worddescr', node, INT, 36, 4, False)
arraydescr = ArrayDescr('arraydescr', INT, 8, 16, 8, False)
floatarraydescr = ArrayDescr('floatarraydescr', FLOAT, 8, 16, 8, False)
_ei = EffectInfo(EF_CANNOT_RAISE, [], [], [], [])
cd2 = CallDescr('cd2', [INT, INT], INT, _ei)
cdf = CallDescr('cdf', [INT, FLOAT, INT, INT, FLOAT, INT, INT, INT, INT] + [FLOAT] * 8, FLOAT, _ei)
cdv = CallDescr('cdv', [INT], VOID, _ei)

NS = {'node': node, 'valuedescr': valuedescr, 'nextdescr': nextdescr,
      'floatdescr': floatdescr, 'bytedescr': bytedescr, 'halfdescr': halfdescr,
      'worddescr': worddescr, 'arraydescr': arraydescr,
      'floatarraydescr': floatarraydescr, 'cd2': cd2, 'cdf': cdf, 'cdv': cdv,
      'f': 0x12345678, 'g': 0x7f0012345678}

TEXTS = [
    ("count", """
    [i0, i1]
    i2 = int_add(i0, 1)
    i3 = int_lt(i2, i1)
    guard_true(i3) [i2, i1]
    jump(i2, i1)
    """),
    ("sum with overflow", """
    [i0, i1, i2]
    label(i0, i1, i2, descr=L)
    i3 = int_add_ovf(i1, i0)
    guard_no_overflow() [i0, i1, i2]
    i4 = int_sub(i0, 1)
    i5 = int_gt(i4, 0)
    guard_true(i5) [i3, i4, i2]
    i6 = int_add(i2, 1)
    jump(i4, i3, i6, descr=L)
    """),
    ("integers", """
    [i0, i1, i2]
    i3 = int_mul(i0, i1)
    i4 = int_floordiv(i3, i2)
    i5 = int_mod(i3, 7)
    i6 = int_and(i2, 63)
    i7 = int_lshift(i0, i6)
    i8 = uint_rshift(i7, 3)
    i9 = int_rshift(i1, i6)
    i10 = int_neg(i9)
    i11 = int_invert(i10)
    i12 = uint_ge(i11, i4)
    i13 = int_is_zero(i12)
    i14 = int_mul_ovf(i13, i5)
    guard_overflow() [i14]
    i15 = same_as_i(i8)
    guard_value(i15, 5000000000) [i4, i5, 77, -5000000000]
    finish(i3, i4, i5, i7, i8, i9, i10, i11, i12, i13)
    """),
    ("floats", """
    [f0, f1, i0]
    f2 = float_add(f0, f1)
    f3 = float_mul(f2, 0.5)
    f4 = float_sub(f3, f1)
    f5 = float_truediv(f4, 3.0)
    f6 = float_neg(f5)
    f7 = float_abs(f6)
    i1 = float_eq(f7, f0)
    i2 = float_ne(f7, f1)
    i3 = float_lt(f7, 1000000.0)
    guard_true(i3) [f7, i1, i2]
    f8 = cast_int_to_float(i0)
    i4 = cast_float_to_int(f7)
    guard_value(f8, 2.5) [i4, f8, -0.0]
    jump(f7, f8, i4)
    """),
    ("heap", """
    [p0, p1, i0, f0]
    guard_nonnull_class(p0, ConstClass(node)) [p0]
    i1 = getfield_gc_i(p0, descr=bytedescr)
    i2 = getfield_gc_i(p0, descr=halfdescr)
    i3 = getfield_gc_i(p0, descr=worddescr)
    f1 = getfield_gc_f(p0, descr=floatdescr)
    setfield_gc(p0, i0, descr=bytedescr)
    setfield_gc(p0, 300, descr=halfdescr)
    setfield_gc(p0, i1, descr=worddescr)
    setfield_gc(p0, f0, descr=floatdescr)
    setfield_gc(p0, p1, descr=nextdescr)
    guard_class(p1, 1001) [i1]
    i4 = arraylen_gc(p1, descr=arraydescr)
    i5 = getarrayitem_gc_i(p1, i0, descr=arraydescr)
    f2 = getarrayitem_gc_f(p1, 3, descr=floatarraydescr)
    setarrayitem_gc(p1, i0, i4, descr=arraydescr)
    setarrayitem_gc(p1, 2, 1.5, descr=floatarraydescr)
    guard_isnull(p1) [f2]
    finish(i1, i2, i3, f1, i4, i5, f2)
    """),
    ("calls and allocation", """
    [i0, i1, i2, f0]
    i3 = call_i(ConstClass(f), i0, i1, descr=cd2)
    i4 = int_add(i3, i2)
    f1 = call_f(ConstClass(g), i0, f0, i1, i4, f0, 6, i0, i1, 9, f0, f0, 1.5, f0, f0, 2.5, f0, f0, descr=cdf)
    call_n(i2, i4, descr=cdv)
    p5 = new_with_vtable(descr=node)
    setfield_gc(p5, i4, descr=valuedescr)
    p6 = new_array(i0, descr=arraydescr)
    p7 = new_array(3, descr=floatarraydescr)
    i8 = int_sub(i2, 1)
    i9 = int_gt(i8, 0)
    guard_true(i9) [i0, i3, i4, f1, p5, p6, p7]
    jump(i1, i0, i8, f1)
    """),
]


def _many_values() -> str:
    n = 40
    lines = ['[%s]' % ', '.join(['i%d' % k for k in range(n)])]
    for k in range(n):
        lines.append('i%d = int_mul(i%d, %d)' % (100 + k, k, k + 2))
    for k in range(n):
        lines.append('i%d = int_add(i%d, i%d)' % (200 + k, 100 + k, 100 + (k + 1) % n))
    lines.append('i300 = int_lt(i200, 1000)')
    lines.append('guard_true(i300) [%s]' % ', '.join(['i%d' % (200 + k) for k in range(n)]))
    lines.append('jump(%s)' % ', '.join(['i%d' % (200 + (k + 1) % n) for k in range(n)]))
    return '\n'.join(lines)


TEXTS.append(("many values", _many_values()))

NAMES: list[str] = [name for name, _ in TEXTS]
TRACES: list[Trace] = [parse(text, NS) for _, text in TEXTS]
UNSUPPORTED = parse("""
[i0]
guard_no_exception() [i0]
finish(i0)
""")


def hexdump(code: list[int]) -> str:
    digits = "0123456789abcdef"
    out: list[str] = []
    for b in code:
        out.append(digits[(b >> 4) & 15] + digits[b & 15])
    return "".join(out)


def entry_point(argv: list[str]) -> int:
    # (an InputArg made at run time too: without it the translator gives
    # the prebuilt InputArgs no type id -- a toolchain bug to fix)
    extra = InputArg(len(argv) - 1)
    if extra.type != 0:
        print("unexpected arguments")
    config = BackendConfig(0, 0x4000000)
    # the exits' descriptions hold the exit routine's address: a fixed one
    # (the code is compared, never run), not an mmap'ed routine's
    config.exit_routine = 0x5000000
    for i in range(len(TRACES)):
        loop = Assembler(config).assemble_loop(TRACES[i])
        code = loop.mc.get_code()
        names: list[str] = []
        for d in loop.descrs:
            names.append(d.name)
        print(NAMES[i], len(code), "bytes,", loop.stack_slots, "slots,",
              loop.frame_words, "words, exits:", " ".join(names))
        print(hexdump(code))
    try:
        Assembler(config).assemble_loop(UNSUPPORTED)
    except BackendError:
        print("guard_no_exception: refused")
    return 0
