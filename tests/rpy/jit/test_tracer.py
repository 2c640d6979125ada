"""The translatable tracer (rpy/jit/metainterp/tracer.py), untranslated:
jitlang's encoded jitcodes traced through the blackhole's dispatch on
bhcpu.UntranslatedCpu, the loops optimized and run by the llinterp
backend (llbackend.py), guard failures resumed in the blackhole from the
snapshots and the optimizer's resume layout.  A driver enters
MetaInterp.enter at every merge point of the main frame until the portal
returns (what the portal's glue will do): the interpreter's output."""
from __future__ import annotations

import contextlib
import io
from typing import Any

import pytest

from test_blackhole import JITLANG, _setup
from rpy.jit.metainterp.bhcpu import UntranslatedCpu
from rpy.jit.metainterp.blackhole import BlackholeInterp, KIND_MERGE_POINT
from rpy.jit.metainterp.llbackend import LLBackend
from rpy.jit.metainterp.tracer import MetaInterp


def run_jit(name: str, threshold: int = 3, trace_limit: int = 6000,
            src: str = '', trace_eagerness: int = 200,
            loop_longevity: int = 0) -> tuple[str, MetaInterp]:
    table, enc, jl_interp, compile_program, parse, JLError = _setup()
    if not src:
        src = (JITLANG / 'programs' / (name + '.jl')).read_text()
    prog = compile_program(parse(src))
    cpu = UntranslatedCpu(enc)
    mi = MetaInterp(table, cpu, LLBackend(), 2)
    mi.threshold = threshold
    mi.trace_limit = trace_limit
    mi.trace_eagerness = trace_eagerness
    if loop_longevity:
        mi.ages.set_longevity(loop_longevity)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        bh = BlackholeInterp(table, cpu)
        bh.stop_at_merge_point = True
        kind = bh.run_portal([], [prog.main, jl_interp.Frame(prog.main)], [])
        exc: Any = bh.exc
        args = (bh.merge_i, bh.merge_r, bh.merge_f)
        while kind == KIND_MERGE_POINT:
            kind = mi.enter(*args)
            args = (mi.merge_i, mi.merge_r, mi.merge_f)
            exc = mi.exc
    text = out.getvalue()
    if kind == -2:
        assert isinstance(exc, JLError), exc
        text += '%s.jl:%d: %s: %s\n' % (name, exc.line, exc.kind, exc.message)
    return text, mi


def expected(name: str) -> str:
    return (JITLANG / 'programs' / (name + '.expected')).read_text()


def body(mi: MetaInterp, k: int) -> str:
    text = mi.loop_log(mi.loops[k])
    return text[text.index('label('):]


def test_int_loop():
    text, mi = run_jit('bench_intloop')
    assert text == expected('bench_intloop')
    assert mi.stats.loops == 1
    loop = body(mi, 0)
    print(mi.loop_log(mi.loops[0]))
    # the dispatch folded: no reads of the code object, no calls, no
    # guard_value on the greens; the arithmetic unboxed
    assert 'Code.' not in loop and 'call' not in loop and 'guard_value' not in loop
    assert 'int_mod' in loop and 'int_add_ovf' in loop
    # the frame is virtualizable: its locals and stack are the loop's
    # arguments, so nothing is read from or written to it, and the W_Ints
    # stored in it stay virtual (the intbounds pass proved i % 7 * 3
    # cannot overflow)
    for word in ('new_with_vtable', 'setfield', 'setarrayitem', 'getarrayitem', 'getfield',
                 'guard_class', 'guard_nonnull_class'):
        assert word not in loop, word
    ops = [l for l in loop.splitlines()[1:-1] if not l.startswith('debug_merge_point')]
    assert len(ops) <= 10, ops
    # the loop ran compiled until the loop condition failed, once
    assert mi.stats.loop_entries == 1 and mi.stats.guard_failures == 1


@pytest.mark.parametrize('name', ['basics', 'control', 'objects', 'lists', 'strings',
                                  'bench_strings', 'error_index', 'error_field', 'error_zero',
                                  'error_overflow', 'error_type'])
def test_programs_through_enter(name: str) -> None:
    text, mi = run_jit(name)
    assert text == expected(name)
    if name in ('control', 'lists', 'strings', 'bench_strings'):
        assert mi.stats.loops >= 1
    if name in ('control', 'bench_strings'):
        # loops left by guards other than their end: resumed mid-iteration
        assert mi.stats.guard_failures > mi.stats.loops


FLIP = """
i = 0
s = 0
o = 1.5
while i < 300 {
    if i % 3 == 0 { s = s + 2 } else { s = s + i * 2 }
    if i > 250 { o = o * 1.5 }
    i = i + 1
}
print(s, o)
"""


def test_guard_failures_resume_mid_iteration():
    """A branch taken one time in three: its guard fails and the blackhole
    finishes the iteration from the snapshot (virtual W_Ints rebuilt)."""
    text, mi = run_jit('flip', src=FLIP)
    assert text == '60200 %r\n' % (1.5 * 1.5 ** 49)
    assert mi.stats.loops >= 1
    assert mi.stats.guard_failures >= 50
    assert mi.stats.loop_entries == mi.stats.guard_failures
    assert sum([l.guard_failures for l in mi.loops.values()]) == mi.stats.guard_failures
    print(mi.summary())


def test_bridge_from_a_flipping_guard():
    """The same with trace_eagerness=5: after 5 failures of the branch's
    guard a bridge is traced from it (through the rest of the iteration
    back to the loop's merge point) and attached; the guard failures stop
    there, the output is the same.  (A bridge back into the peeled loop
    may end with guards of its own, for the label: they fail at most
    trace_eagerness times each too, so the count does not grow with the
    number of iterations.)"""
    text, mi = run_jit('flip', src=FLIP, trace_eagerness=5)
    assert text == '60200 %r\n' % (1.5 * 1.5 ** 49)
    print(mi.summary())
    print(mi.loop_log(mi.loops[0]))
    assert mi.stats.bridges >= 1
    assert mi.stats.guard_failures < 60
    longer = FLIP.replace('300', '1300').replace('250', '1250')
    text2, mi2 = run_jit('flip', src=longer, trace_eagerness=5)
    assert mi2.stats.guard_failures == mi.stats.guard_failures
    assert '# Bridge 0 of loop 0' in mi.loop_log(mi.loops[0])
    assert '%d bridges' % mi.stats.bridges in mi.summary()


def test_inlined_calls_make_no_frames():
    """bench_calls: three inlined calls per iteration, each making a Frame
    and its two lists ([W_UNDEF] * n: list_new + list_mul, made virtual by
    the tracer as new_array + new(rpy_list)); the loop is the arithmetic."""
    text, mi = run_jit('bench_calls')
    assert text == expected('bench_calls')
    loop = body(mi, 0)
    for word in ('call', 'new', 'setfield', 'setarrayitem', 'getfield', 'getarrayitem'):
        assert word not in loop, word


def test_objects_made_in_a_loop_are_virtual():
    """bench_objects: `p = new()` then three new fields (map transitions,
    each an append to the instance's storage lists, which the tracer
    records as new items arrays one longer): p and its storage stay
    virtual; acc's int fields are unboxed by its map (jl_objects.Map), so
    what remains is three writes to acc's ints, whose values cross the
    label as facts (read once, in the preamble)."""
    text, mi = run_jit('bench_objects')
    assert text == expected('bench_objects')
    loop = body(mi, 0)
    assert 'call' not in loop and 'new' not in loop
    assert 'getarrayitem' not in loop and 'guard_class' not in loop
    assert loop.count('setarrayitem_gc') == 3


def test_int_fields_boxed_when_an_object_arrives():
    """An int field that gets a non-int moves the object to a map where it
    is boxed; the other objects of the old map keep theirs unboxed."""
    text, mi = run_jit('', src="""
    a = new()
    b = new()
    a.x = 1
    b.x = 2
    i = 0
    while i < 30 {
        if i < 20 { a.x = a.x + 1 } else { a.x = "s" }
        i = i + 1
    }
    print(a.x, b.x + 1, a, b)
    """)
    assert text == 's 3 {x: "s"} {x: 2}\n'


def test_guard_failing_in_inlined_calls():
    """calls_resume: a branch in the innermost of two inlined calls fails
    one time in seven: resuming rebuilds both callee frames with their
    lists (virtual arrays and rpy_lists materialized); with
    trace_eagerness=2 the bridge starts with them allocated again."""
    for eagerness in (0, 2):
        text, mi = run_jit('calls_resume', trace_eagerness=eagerness)
        assert text == expected('calls_resume')
        assert mi.stats.virtuals_materialized > 0
    assert mi.stats.bridges >= 1


PRINTS = """
i = 0
s = 0
while i < 40 {
    s = s + i
    if i % 8 == 7 { print(i, s) }
    i = i + 1
}
print(s)
"""


def test_virtualizable_given_to_a_residual_call():
    """print() is call_builtin(frame, ...): a residual call given the
    frame.  The compiled code writes the frame's state back before it and
    reads it again after (the call pops its arguments and pushes None);
    the bridge from the `if` reaches it with the loop's virtual W_Ints
    allocated again in the bridge."""
    text, mi = run_jit('prints', src=PRINTS, trace_eagerness=2)
    want = ''.join('%d %d\n' % (i, i * (i + 1) // 2) for i in range(7, 40, 8)) + '780\n'
    assert text == want
    assert mi.stats.bridges >= 1
    log = mi.loop_log(mi.loops[0])
    bridge = log[log.index('# Bridge 0'):]
    call = bridge.index('call_builtin')
    assert 'setfield_gc(p0, 2, descr=Frame.sp)' in bridge[:call]
    assert 'setarrayitem_gc' in bridge[:call] and 'getarrayitem_gc' in bridge[call:]
    # the loop itself keeps the frame in registers
    body = log[log.index('label('):log.index('# Bridge 0')]
    assert 'setarrayitem' not in body and 'getarrayitem' not in body


@pytest.mark.parametrize('name', ['bench_nbody', 'bench_calls', 'bench_strings', 'flip'])
def test_programs_with_bridges(name: str) -> None:
    if name == 'flip':
        text, mi = run_jit(name, src=FLIP, trace_eagerness=1)
        assert text == '60200 %r\n' % (1.5 * 1.5 ** 49)
    else:
        text, mi = run_jit(name, trace_eagerness=2)
        assert text == expected(name)
    print(mi.summary(), mi.stats.abort_reasons)


def test_trace_limit_aborts():
    text, mi = run_jit('bench_intloop', trace_limit=50)
    assert text == expected('bench_intloop')
    assert mi.stats.loops == 0 and mi.stats.aborts >= 1
    assert 'trace too long' in mi.stats.abort_reasons


def test_log_format():
    text, mi = run_jit('bench_intloop')
    log = mi.loop_log(mi.loops[0])
    assert log.startswith('# Loop 0 (1 entries, 1 guard failures)')
    assert "debug_merge_point(0, 0, 'execute " in log
    assert 'jit: 1 loops' in mi.summary()


def test_rebuild_materializes_virtuals():
    """A guard's virtual (a W_Int the optimizer never allocated) is made
    through the cpu, its fields from the exit's values; two registers
    naming it get the same object."""
    from rpy.jit.metainterp.resoperation import (
        ResumeDescr, VirtualDescription, rop, REF, INT, TAG_BOX, TAG_VIRTUAL, TAG_NULL)
    from rpy.jit.metainterp.optimizeopt.resume import tag
    from rpy.jit.metainterp.tracer import JitBackend, Snapshot, FrameSnapshot
    table, enc, jl_interp, compile_program, parse, JLError = _setup()
    cpu = UntranslatedCpu(enc)

    class Exit(JitBackend):
        def get_int(self, k: int) -> int:
            return [42, 7][k]

    mi = MetaInterp(table, cpu, Exit(), 2)
    sd = [d for d in enc.descr_objects if getattr(d, 'name', '') == 'W_Int'][0]
    vd = VirtualDescription(rop.NEW_WITH_VTABLE, sd, len(sd.fields))
    vd.slots = [tag(0, TAG_BOX) if fd.name == 'W_Int.intval' else tag(0, TAG_NULL)
                for fd in sd.fields]
    descr = ResumeDescr('r0', 0)
    descr.virtuals = [vd]
    descr.slots = [tag(0, TAG_VIRTUAL), tag(1, TAG_BOX), tag(0, TAG_VIRTUAL)]
    portal = table.jitcodes[table.portal]
    regs = [(0 << 3) | (REF << 1), (0 << 3) | (INT << 1), (1 << 3) | (REF << 1)]
    [f] = mi.rebuild(Snapshot([FrameSnapshot(portal, 5, regs)], False, None), descr,
                     mi.bh)
    w = f.regs_r[0]
    assert type(w).__name__ == 'W_Int' and w.intval == 42
    assert f.regs_r[1] is w and f.regs_i[0] == 7 and f.pc == 5
    assert mi.stats.virtuals_materialized == 1


RAISING = """
l = []
i = 0
while i < 60 { append(l, str(i)); i = i + 1 }
l[45] = "x"
s = 0
i = 0
while i < 60 { s = s + int(l[i]); i = i + 1 }
print(s)
"""


def test_exception_from_a_compiled_call():
    """int("x") raises inside the second loop's residual call: its
    guard_no_exception fails, the blackhole raises the exception at the
    call's instruction, the portal's handler sets the line."""
    text, mi = run_jit('raising', src=RAISING)
    assert text == 'raising.jl:8: ValueError: invalid literal for int(): "x"\n'
    assert mi.stats.loops == 2
    assert mi.stats.exceptions_resumed == 1


def test_liveness_at_the_merge_point():
    """Before the portal's jit_merge_point exactly its register operands
    are live (what lets snapshots leave out registers the trace never
    set); every jitcode's parameters are live at its start unless unused."""
    from rpy.jit.metainterp.blackhole import merge_point_pc
    from rpy.jit.metainterp.jitcodedata import operand_is_const
    from rpy.jit.metainterp.liveness import compute
    table = _setup()[0]
    portal = table.jitcodes[table.portal]
    lv = compute(portal, table.opnames)
    pc = merge_point_pc(table)
    code = portal.code
    operands = {code[pc + 2 + k] for k in range(code[pc + 1])
                if not operand_is_const(code[pc + 2 + k])}
    live = {(i << 3) | (kind << 1) for kind in range(3) for i in range(portal.num_regs[kind])
            if lv.is_live(pc, (i << 3) | (kind << 1))}
    assert live == operands and len(live) == 3      # pc, code, frame
    for jc in table.jitcodes:
        lj = compute(jc, table.opnames)
        for w in jc.arg_regs:
            assert lj.is_live(0, w) or not any(
                lj.is_live(p, w) for p in range(len(jc.code)) if lj.index_of_pc[p] >= 0)


def test_liveness_precomputed():
    """The pyjitpl phase stores each jitcode's liveness in it; the tracer
    then reads that instead of running the fixpoint again."""
    from rpy.jit.metainterp.jitcodedata import JitCodeData
    from rpy.jit.metainterp.liveness import compute, liveness_of, precompute
    table = _setup()[0]
    for jc in table.jitcodes:
        copy = JitCodeData(jc.name)
        copy.code = jc.code
        copy.num_regs = jc.num_regs
        fresh = compute(copy, table.opnames)
        assert liveness_of(copy, table.opnames).live == fresh.live
        precompute(copy, table.opnames)
        stored = liveness_of(copy, table.opnames)
        assert stored.live is copy.live_bits and stored.index_of_pc is copy.live_index
        assert stored.live == fresh.live and stored.index_of_pc == fresh.index_of_pc
        for pc in range(len(jc.code)):
            if fresh.index_of_pc[pc] >= 0:
                assert stored.live_at(pc, pc) == fresh.live_at(pc, pc)


def test_snapshots_keep_live_registers_only():
    text, mi = run_jit('bench_intloop')
    loop = mi.loops[0]
    # a guard's fail_args are its snapshot's registers, then the virtualizable
    sizes = [sum(len(fs.regs) for fs in snap.frames) for snap in loop.snapshots]
    # (every register the trace had set: 170 on average, 223 at most)
    assert max(sizes) <= 16 and sum(sizes) < 10 * len(sizes), sizes


SQRT = """
i = 0
s = 0.0
while i < 300 {
    s = s + sqrt(i * 1.0)
    i = i + 1
}
print(int(s * 1000.0))
"""


def test_sqrt_is_one_instruction_in_the_loop():
    """math.sqrt in the traced code is float_sqrt (no call, no box)."""
    import math
    text, mi = run_jit('sqrt', src=SQRT)
    assert text == '%d\n' % int(sum(math.sqrt(float(i)) for i in range(300)) * 1000.0)
    loop = body(mi, 0)
    assert 'float_sqrt(' in loop
    assert 'call' not in loop and 'new_with_vtable' not in loop


NESTED = """
i = 0
t = 0
while i < 200 {
    j = i % 4
    while j < 4 {
        t = t + j * i
        j = j + 1
    }
    i = i + 1
}
print(t)
"""


def test_a_trace_that_leaves_the_inner_loop_is_traced_again():
    """The inner loop runs 4 - i % 4 times (as nbody's): a trace starting
    at its header when it is left closes through the outer loop, and its
    second iteration could never run (NotALoop: with threshold=3 the
    first trace is such a one).  It is dropped and the key traced at its
    next entry, which stays in the inner loop: that trace is peeled like
    any loop."""
    text, mi = run_jit('nested', src=NESTED, threshold=3)
    assert text == '%d\n' % sum(j * i for i in range(200) for j in range(i % 4, 4))
    print(mi.summary())
    assert mi.stats.retraces >= 1
    assert 'retraced (no loop)' in mi.summary()
    assert any('label(' in mi.loop_log(lp) for lp in mi.loops.values())
