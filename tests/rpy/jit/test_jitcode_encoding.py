"""Jitcodes encoded as RPy data (rpy/jit/metainterp/jitcodedata.py,
rpy/jit/codewriter/encode.py): untranslated, decoding the encoding gives
back every instruction; translated with --opt=jit, the program reads its
own encoded jitcodes (programs/jitcode_table_prog.py), finds them
consistent, reads its REF constants through rgcref, and computes the
checksum the pyjitpl phase printed; then the blackhole interpreter runs
the portal on them with the same results as the interpreter."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rpy.jit.codewriter.encode import encode_codewriter
from rpy.jit.metainterp.jitcodedata import (
    JitCodeTable, ALL_TABLES, insn_length, operand_index, operand_is_const, operand_kind)
from rpy.jit.metainterp.pyjitpl import JitRunner

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
PROG = HERE / 'programs' / 'jitcode_table_prog.py'


NOT_BOUND = 'interp 17 2\nerror acc 130 too big\ntable not bound: translate with --opt=jit\n'


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env['PYTHONPATH'] = str(REPO) + (os.pathsep + env['PYTHONPATH'] if env.get('PYTHONPATH') else '')
    return env


def _operand_text(jc: object, w: int) -> str:
    kind = operand_kind(w)
    index = operand_index(w)
    if operand_is_const(w):
        table = [jc.consts_i, jc.consts_r, jc.consts_f][kind]   # type: ignore[attr-defined]
        return '$%r' % (table[index],)
    return '%%%s%d' % ('ipf'[kind], index)


def test_decode_gives_back_the_instructions():
    sys.path.insert(0, str(PROG.parent))
    try:
        import jitcode_table_prog as P
    finally:
        sys.path.remove(str(PROG.parent))
    runner = JitRunner(P.entry_point, P.driver, backendopt=True)
    cw = runner.codewriter
    table = JitCodeTable('test')
    ALL_TABLES.remove(table)
    enc = encode_codewriter(cw, table)
    assert table.bound and table.unencoded == 0
    jitcodes = list(cw.jitcodes.values())
    assert table.jitcodes[table.portal].name == cw.jitcodes[cw.portal].name
    for jc, data in zip(jitcodes, table.jitcodes):
        assert data.num_regs == jc.num_regs
        pcs = []
        pc = 0
        while pc < len(data.code):
            pcs.append(pc)
            pc += insn_length(data.code, pc)
        assert pc == len(data.code) and len(pcs) == len(jc.code)
        for k, insn in enumerate(jc.code):
            pc = pcs[k]
            n = insn_length(data.code, pc)
            assert table.opnames[data.code[pc]] == insn.opname
            nargs = data.code[pc + 1]
            args = [_operand_text(data, data.code[pc + 2 + i]) for i in range(nargs)]
            expect = [repr(a) if a.is_reg() else '$%r' % (a.value,) for a in insn.args]
            assert args == expect, insn
            res = data.code[pc + 2 + nargs]
            assert (res == -1) == (insn.result is None)
            target, catch = data.code[pc + n - 3], data.code[pc + n - 2]
            assert target == (pcs[insn.target] if insn.target >= 0 else -1)
            assert catch == (pcs[insn.catch] if insn.catch >= 0 else -1)
            if insn.opname == 'inline_call':
                assert table.jitcodes[data.code[pc + n - 1]].name == insn.extra.name
    # REF constants keep their annotation for the C database
    assert len(enc.ref_types) >= 2


def test_untranslated_table_not_bound():
    r = subprocess.run([sys.executable, '-m', 'rpy.run', str(PROG)], cwd=str(REPO), env=_env(),
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout == NOT_BOUND


@pytest.mark.translated
def test_translated_reads_its_jitcodes(tmp_path: Path) -> None:
    out = tmp_path / 'prog'
    r = subprocess.run([sys.executable, '-m', 'rpy.translate', '--opt=jit', '--make-jobs', '2',
                        '--build-dir', str(tmp_path / 'src'), '--output', str(out), str(PROG)],
                       cwd=str(REPO), env=_env(), capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    m = re.search(r'\[pyjitpl\] jitcode table tbl: .* 0 extras not encoded, checksum (\d+)',
                  r.stderr)
    assert m, r.stderr
    run = subprocess.run([str(out)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[:2] == ['interp 17 2', 'error acc 130 too big']
    assert 'ref constants: 2 strs, 1 boxes' in lines
    assert 'portal interp' in lines
    assert 'problems 0' in lines
    assert 'checksum %s' % m.group(1) in lines
    # the blackhole interpreter on the encoded jitcodes (translated cpu:
    # rgcref, call stubs) gives the interpreter's results and exception
    k = lines.index('checksum %s' % m.group(1))
    assert lines[k + 1] == 'interp 17 2' and lines[k + 3] == 'error acc 130 too big'
    assert lines[k + 2].startswith('blackhole steps ') and lines[k + 4].startswith('blackhole')
    gc = subprocess.run([str(out)], capture_output=True, text=True, timeout=60,
                        env=dict(os.environ, OURO_GC_NURSERY='64KB', OURO_GC_VERIFY='1'))
    assert gc.returncode == 0 and gc.stdout == run.stdout
    # without --opt=jit the table stays empty
    r2 = subprocess.run([sys.executable, '-m', 'rpy.translate', '--opt=2', '--make-jobs', '2',
                         '--output', str(tmp_path / 'prog2'), str(PROG)],
                        cwd=str(REPO), env=_env(), capture_output=True, text=True, timeout=600)
    assert r2.returncode == 0, r2.stderr
    run2 = subprocess.run([str(tmp_path / 'prog2')], capture_output=True, text=True, timeout=60)
    assert run2.stdout == NOT_BOUND
