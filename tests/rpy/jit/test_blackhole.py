"""The blackhole interpreter on encoded jitcodes (rpy/jit/metainterp/
blackhole.py), untranslated: jitlang's portal, encoded as the translated
program would have it (type ids from a real rtype), runs jitlang programs
with the same output as the interpreter itself -- calls, exceptions
caught and uncaught, method dispatch, lists, strings, objects."""
from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import pytest

from rpy.c.genc import CGenerator
from rpy.jit.codewriter.encode import encode_codewriter
from rpy.jit.metainterp.bhcpu import UntranslatedCpu
from rpy.jit.metainterp.blackhole import BlackholeInterp, KIND_MERGE_POINT
from rpy.jit.metainterp.jitcodedata import ALL_TABLES, JitCodeTable
from rpy.jit.metainterp.pyjitpl import JitRunner

JITLANG = Path(__file__).resolve().parent.parent.parent.parent / 'examples' / 'jitlang'
_CACHE: dict[str, object] = {}


def _setup() -> tuple:
    if 'bh' not in _CACHE:
        sys.path.insert(0, str(JITLANG))
        try:
            import target
            import jl_interp
            from jl_compiler import compile_program
            from jl_parser import parse
            from jl_errors import JLError
        finally:
            sys.path.remove(str(JITLANG))
        runner = JitRunner(target.entry_point, jl_interp.jitdriver, backendopt=True)
        cw = runner.codewriter
        CGenerator(cw.ann, cw.ann.entry, set()).rtype()      # the type ids
        table = JitCodeTable('jitlang-test')
        ALL_TABLES.remove(table)
        enc = encode_codewriter(cw, table)
        _CACHE['bh'] = (table, enc, jl_interp, compile_program, parse, JLError)
    return _CACHE['bh']  # type: ignore[return-value]


@pytest.mark.parametrize('name', ['basics', 'control', 'lists', 'objects', 'strings',
                                  'error_index', 'error_field', 'error_zero', 'error_overflow'])
def test_jitlang_portal_in_the_blackhole(name: str) -> None:
    table, enc, jl_interp, compile_program, parse, JLError = _setup()
    prog = compile_program(parse((JITLANG / 'programs' / (name + '.jl')).read_text()))
    expected = (JITLANG / 'programs' / (name + '.expected')).read_text()
    cpu = UntranslatedCpu(enc)
    bh = BlackholeInterp(table, cpu)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        kind = bh.run_portal([], [prog.main, jl_interp.Frame(prog.main)], [])
    text = out.getvalue()
    if kind == -2:
        e = bh.exc
        assert isinstance(e, JLError), e
        text += '%s.jl:%d: %s: %s\n' % (name, e.line, e.kind, e.message)
    assert text == expected
    assert name.startswith('error_') == (kind == -2)
    assert bh.steps > 100


@pytest.mark.parametrize('name', ['basics', 'control', 'objects', 'error_index'])
def test_jitlang_portal_one_iteration_at_a_time(name: str) -> None:
    """The protocol of the compiled portal handing iterations to the JIT:
    run to the first merge point, then re-enter from it with the values it
    stopped with, one iteration per blackhole, to the same output."""
    table, enc, jl_interp, compile_program, parse, JLError = _setup()
    prog = compile_program(parse((JITLANG / 'programs' / (name + '.jl')).read_text()))
    expected = (JITLANG / 'programs' / (name + '.expected')).read_text()
    cpu = UntranslatedCpu(enc)
    out = io.StringIO()
    entries = 0
    with contextlib.redirect_stdout(out):
        bh = BlackholeInterp(table, cpu)
        bh.stop_at_merge_point = True
        kind = bh.run_portal([], [prog.main, jl_interp.Frame(prog.main)], [])
        while kind == KIND_MERGE_POINT:
            entries += 1
            args = (bh.merge_i, bh.merge_r, bh.merge_f)
            bh = BlackholeInterp(table, cpu)
            bh.stop_at_merge_point = True
            kind = bh.enter_at_merge_point(*args)
    text = out.getvalue()
    if kind == -2:
        e = bh.exc
        assert isinstance(e, JLError), e
        text += '%s.jl:%d: %s: %s\n' % (name, e.line, e.kind, e.message)
    assert text == expected
    assert entries > 10
