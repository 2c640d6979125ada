"""promote_string and look_inside_iff while tracing (programs/
hints_trace_prog.py), untranslated on the llinterp backend.
promote_string guards on the string's contents (str_eq, elidable, and
guard_true on it), so a new string object with the same contents at every
iteration stays in the loop; look_inside_iff(pred): the predicate is
traced on the arguments -- folded on constants -- and the function is
inlined where it holds, called as a whole where it does not."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from rpy.c.genc import CGenerator
from rpy.jit.codewriter.encode import encode_codewriter
from rpy.jit.metainterp.bhcpu import UntranslatedCpu
from rpy.jit.metainterp.blackhole import BlackholeInterp, KIND_MERGE_POINT
from rpy.jit.metainterp.jitcodedata import ALL_TABLES, JitCodeTable
from rpy.jit.metainterp.llbackend import LLBackend
from rpy.jit.metainterp.pyjitpl import JitRunner
from rpy.jit.metainterp.tracer import MetaInterp

PROG = Path(__file__).resolve().parent / 'programs' / 'hints_trace_prog.py'
_CACHE: dict[str, Any] = {}


def _setup() -> tuple[Any, Any, Any]:
    if 'x' not in _CACHE:
        spec = importlib.util.spec_from_file_location('hints_trace_prog', PROG)
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        sys.modules['hints_trace_prog'] = mod
        spec.loader.exec_module(mod)
        runner = JitRunner(mod.entry_point, mod.driver, backendopt=True)
        cw = runner.codewriter
        CGenerator(cw.ann, cw.ann.entry, set()).rtype()
        table = JitCodeTable('hintstrace-test')
        ALL_TABLES.remove(table)
        enc = encode_codewriter(cw, table)
        _CACHE['x'] = (mod, table, enc)
    return _CACHE['x']  # type: ignore[no-any-return]


def run_jit(n: int) -> tuple[int, MetaInterp, str]:
    mod, table, enc = _setup()
    cpu = UntranslatedCpu(enc)
    mi = MetaInterp(table, cpu, LLBackend(), 2)
    mi.threshold = 3
    bh = BlackholeInterp(table, cpu)
    bh.stop_at_merge_point = True
    kind = bh.run_portal([n], [mod.PROGRAM, mod.Frame()], [])
    args = (bh.merge_i, bh.merge_r, bh.merge_f)
    result = bh.result_i
    while kind == KIND_MERGE_POINT:
        kind = mi.enter(*args)
        args = (mi.merge_i, mi.merge_r, mi.merge_f)
        result = mi.result_i
    assert mi.stats.loops == 1, mi.summary()
    log = mi.loop_log(mi.loops[0])
    print(log)
    return result, mi, log[log.index('label('):]


def test_promote_string_guards_on_contents() -> None:
    mod = _setup()[0]
    result, mi, body = run_jit(200)
    assert result == mod.run(200)
    # a new "ab" at every iteration: equal, so the loop is left only at its end
    assert mi.stats.guard_failures == 1
    assert 'str_eq' in body     # (the optimizer emits call_pure as a call)
    eq = [l for l in body.splitlines() if 'str_eq' in l][0].split(' = ')[0]
    assert 'guard_true(%s,' % eq in body
    assert 'guard_value(p' not in body
    # the elidable lookup on the promoted string folded
    assert 'cost_of' not in body


def test_look_inside_iff() -> None:
    mod = _setup()[0]
    result, mi, body = run_jit(200)
    assert result == mod.run(200)
    # sum_to(5) on a constant and sum_to(frame.small) (4 < 10): inlined
    # (the first folds to a constant); sum_to(frame.big): one residual call
    assert body.count('call sum_to') == 1, body
    assert 'int_lt' in body     # the predicate (and the loop) on frame.small
