"""The glue between the portal and the JIT (step 4, --opt=jit), untranslated:
the warm-up counters and OURO_LOG parsing of rpy/jit/metainterp/
warmstate.py, DriverRuntime.enter on jitlang's encoded portal (with the
untranslated blackhole cpu), and the portal graph rewritten by rpy/jit/
translator/warmspot.py: the glue is annotated, and the codewriter leaves
it out of the jitcodes.  tests/rpy/jit/test_layout_translated.py runs
the glue translated."""
from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path
from typing import Any

from rpy.annotate.annotator import Annotator
from rpy.jit.codewriter.codewriter import CodeWriter
from rpy.jit.metainterp.bhcpu import UntranslatedCpu
from rpy.jit.metainterp.blackhole import KIND_MERGE_POINT, REF, BlackholeInterp
from rpy.jit.metainterp.llbackend import LLBackend
from rpy.jit.metainterp.warmstate import (DriverRuntime, JitCounters, KIND_EXCEPTION, green_hash,
                                          log_categories, merge_point_nargs)
from rpy.jit.translator.warmspot import is_glue_call, transform

from test_blackhole import _setup  # type: ignore[import-not-found]

JITLANG = Path(__file__).resolve().parent.parent.parent.parent / 'examples' / 'jitlang'


def test_counter_reaches_threshold_and_restarts() -> None:
    c = JitCounters(6)
    h = green_hash(green_hash(7, 12), 123456)
    assert [c.tick(h, 3) for _ in range(7)] == [False, False, True, False, False, True, False]
    # threshold 1: hot at every tick
    assert c.tick(h + 1, 1) and c.tick(h + 1, 1)
    c.reset()
    assert c.counters == [0] * 64


def test_counter_index_in_range_and_spread() -> None:
    c = JitCounters(12)
    seen = set()
    for pc in range(0, 400, 2):
        for code in (0x7f0000001230, 0x7f0000004560, -5):
            i = c.index(green_hash(green_hash(1, pc), code))
            assert 0 <= i < 4096
            seen.add(i)
    # 600 keys: few collisions (a collision only makes a key hot earlier)
    assert len(seen) > 500


def test_log_categories() -> None:
    assert log_categories('jit-summary') == (['jit-summary'], '')
    assert log_categories('jit-log-opt,jit-summary:/tmp/log') == (['jit-log-opt', 'jit-summary'],
                                                                  '/tmp/log')
    assert log_categories('jit-log-opt') == (['jit-log-opt'], '')
    assert log_categories(':-') == ([], '-')


def test_driver_runtime_enter_untranslated() -> None:
    """What the glue does, with the untranslated cpu: the compiled portal
    runs to a merge point, then hands it to `enter` again and again; each
    entry goes through the metainterp (trace, compile, run, resume); the
    program's output is the interpreter's, loops are compiled (the
    untranslated backend runs them), and the last entry returns (execute's
    result: a REF) or raises."""
    table, enc, jl_interp, compile_program, parse, JLError = _setup()
    for name, last in (('control', REF), ('error_index', KIND_EXCEPTION)):
        prog = compile_program(parse((JITLANG / 'programs' / (name + '.jl')).read_text()))
        expected = (JITLANG / 'programs' / (name + '.expected')).read_text()
        rt = DriverRuntime('jitlang', table, jl_interp.jitdriver.params, 2)
        rt.attach(UntranslatedCpu(enc), LLBackend())
        assert rt.nargs == [1, 2, 0]        # pc; code, frame
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            bh = BlackholeInterp(table, rt.cpu)
            bh.stop_at_merge_point = True
            kind = bh.run_portal([], [prog.main, jl_interp.Frame(prog.main)], [])
            while kind == KIND_MERGE_POINT:
                kind = rt.enter(bh.merge_i, bh.merge_r, bh.merge_f)
                bh = rt     # type: ignore[assignment]  # the next entry uses its merge_*
        text = out.getvalue()
        assert kind == last
        if kind == KIND_EXCEPTION:
            e = rt.take_exc()
            assert isinstance(e, JLError)
            text += '%s.jl:%d: %s: %s\n' % (name, e.line, e.kind, e.message)
        assert text == expected
        assert rt.entries >= 1 and rt.outcomes[0] == rt.entries - 1
        assert 'JIT entered %d times' % rt.entries in rt.summary()
        assert rt.mi is not None
        if name == 'control':
            # its loops are compiled and run (error_index raises in the
            # first iteration: its trace aborts)
            assert rt.entries > 3 and rt.mi.stats.loops >= 1 and rt.mi.stats.loop_entries >= 1
            assert '# Loop 0' in rt.loop_logs()


def _annotated_jitlang(glue: bool) -> tuple[Annotator, Any, list[str]]:
    sys.path.insert(0, str(JITLANG))
    try:
        import target
        import jl_interp
    finally:
        sys.path.remove(str(JITLANG))
    ann = Annotator()
    ann.build(target.entry_point)
    lines = transform(ann) if glue else []
    return ann, jl_interp.jitdriver, lines


def _portal_insns(ann: Annotator, driver: Any) -> list[str]:
    cw = CodeWriter(ann, driver)
    jc = cw.make_jitcodes()
    return [i.opname for i in jc.code if i.opname not in ('moves', 'goto')]


def test_transform_jitlang_portal() -> None:
    ann, driver, lines = _annotated_jitlang(True)
    assert lines[0] == ('[warmspot] driver jitlang: 1 can_enter_jit with the JIT glue '
                        '(greens pc, code, reds frame)')
    assert lines[1].startswith('[warmspot] driver jitlang: function entry counted before the '
                               'merge point (')
    assert len(lines) == 2
    portal = [d for d in ann.all_descs() if d.name == 'execute'][0]
    assert portal.graph is not None
    glue = [op for b in portal.graph.iterblocks() for op in b.operations if is_glue_call(op)]
    names = sorted(op.args[0].value.__name__.replace('glue_jitlang_jit_', '') for op in glue)
    assert names == ['enter', 'fenter', 'ftick', 'result', 'result', 'tick', 'value_0',
                     'value_0', 'value_1', 'value_1', 'value_2', 'value_2']
    # the function-entry counter is on the path from the start only: the
    # dispatch loop (the blocks reached from the merge point) does not pass it
    merge_block = [b for b in portal.graph.iterblocks()
                   if any(op.opname == 'jit_marker' and op.extra[0] == 'jit_merge_point'
                          for op in b.operations)][0]
    seen: set[Any] = set()
    stack = [merge_block]
    while stack:
        b = stack.pop()
        if b in seen:
            continue
        seen.add(b)
        stack.extend(l.target for l in b.exits)
    fticks = [b for b in portal.graph.iterblocks() for op in b.operations
              if is_glue_call(op) and op.args[0].value.__name__.endswith('_ftick')]
    assert len(fticks) == 1 and fticks[0] not in seen
    assert any(b.operations and b.operations[-1].opname == 'call' and
               b.operations[-1].args[0].value.__name__.endswith('_jit_tick')
               for b in seen if b.operations and is_glue_call(b.operations[-1]))
    # annotated: the values handed back have the greens' and reds' types
    types_ = {op.args[0].value.__name__[len('glue_jitlang_jit_'):]: op.result.annotation.name()
              for op in glue}
    assert types_['tick'] == 'bool' and types_['enter'] == 'int'
    assert types_['value_0'] == 'int' and types_['value_1'] == 'Code'
    assert types_['value_2'] == 'Frame' and types_['result'] == 'W_Object'
    # the entry point is wrapped (the jit-summary log at the end)
    assert ann.entry is not None and ann.entry.name == 'jit_entry_point'
    # the codewriter leaves the glue out: the portal's jitcode is the same
    # but for the copy of the path from the start to the merge point
    with_glue = _portal_insns(ann, driver)
    plain_ann, _, _ = _annotated_jitlang(False)
    plain = _portal_insns(plain_ann, driver)
    extra = list(with_glue)
    for name in plain:
        extra.remove(name)
    assert len(extra) < 60 and 'jit_merge_point' not in extra, extra
    assert with_glue.count('can_enter_jit') == 1 and with_glue.count('jit_merge_point') == 1
