"""A virtualizable frame also reached through the heap
(programs/vable_heap_prog.py): functions called from compiled code without
being given the frame read and write its fields through a global.  The
codewriter finds them (`touches_vable`), and the tracer writes the frame
back before each such call and reads it again after; the result is the
interpreter's.  Untranslated on the llinterp backend, and translated."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from rpy.c.genc import CGenerator
from rpy.jit.codewriter.encode import encode_codewriter
from rpy.jit.metainterp.bhcpu import UntranslatedCpu
from rpy.jit.metainterp.blackhole import BlackholeInterp, KIND_MERGE_POINT
from rpy.jit.metainterp.jitcodedata import ALL_TABLES, JitCodeTable
from rpy.jit.metainterp.llbackend import LLBackend
from rpy.jit.metainterp.pyjitpl import JitRunner
from rpy.jit.metainterp.tracer import MetaInterp

PROG = Path(__file__).resolve().parent / 'programs' / 'vable_heap_prog.py'
REPO = Path(__file__).resolve().parent.parent.parent.parent
_CACHE: dict[str, Any] = {}


def _setup() -> tuple[Any, Any, Any]:
    if 'x' not in _CACHE:
        spec = importlib.util.spec_from_file_location('vable_heap_prog', PROG)
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        sys.modules['vable_heap_prog'] = mod
        spec.loader.exec_module(mod)
        runner = JitRunner(mod.entry_point, mod.driver, backendopt=True)
        cw = runner.codewriter
        CGenerator(cw.ann, cw.ann.entry, set()).rtype()
        table = JitCodeTable('vableheap-test')
        ALL_TABLES.remove(table)
        enc = encode_codewriter(cw, table)
        _CACHE['x'] = (mod, table, enc)
    return _CACHE['x']  # type: ignore[no-any-return]


def test_calls_touching_the_frame_are_found() -> None:
    mod, table, enc = _setup()
    names = sorted(enc.descr_objects[d].name for d in table.vable_calls)
    # (and the portal itself, called as a whole by a residual portal call)
    assert names == ['call bump', 'call interpret', 'call peek']


def test_frame_written_back_around_heap_access() -> None:
    mod, table, enc = _setup()
    n = 200
    cpu = UntranslatedCpu(enc)
    mi = MetaInterp(table, cpu, LLBackend(), 2)
    mi.threshold = 3
    frame = mod.Frame()
    mod.STATE.frame = frame
    bh = BlackholeInterp(table, cpu)
    bh.stop_at_merge_point = True
    kind = bh.run_portal([n], [mod.PROGRAM, frame], [])
    args = (bh.merge_i, bh.merge_r, bh.merge_f)
    result = bh.result_i
    while kind == KIND_MERGE_POINT:
        kind = mi.enter(*args)
        args = (mi.merge_i, mi.merge_r, mi.merge_f)
        result = mi.result_i
    assert result == n * (n - 1) == mod.run(n)
    assert mi.stats.loops == 1
    log = mi.loop_log(mi.loops[0])
    body = log[log.index('label('):]
    print(log)
    # the loop keeps i, total, sp and the stack in registers, but writes
    # the frame back before peek() and bump() (reading it again after is
    # left to the heap cache: peek writes nothing, bump only acc, which
    # the loop itself never reads)
    peek = body.index('call peek')
    bump = body.index('call bump')
    assert 'setfield_gc(p1, 1, descr=Frame.sp)' in body[:peek]
    assert 'setfield_gc(p1, 0, descr=Frame.sp)' in body[peek:bump]


@pytest.mark.translated
def test_translated(tmp_path: Path) -> None:
    exe = tmp_path / 'vable_heap'
    env = dict(os.environ, PYTHONPATH=str(REPO))
    subprocess.run([sys.executable, '-m', 'rpy.translate', '--opt=jit', '--output', str(exe),
                    str(PROG)], check=True, capture_output=True, env=env, cwd=str(REPO))
    for n in (10, 5000):
        p = subprocess.run([str(exe), str(n)], capture_output=True, text=True, timeout=60,
                           env=dict(os.environ, OURO_LOG='jit-summary'))
        assert p.returncode == 0, p.stderr
        assert p.stdout == '%d\n' % (n * (n - 1)), p.stdout
    assert ' 1 loops' in p.stderr, p.stderr
