"""jitlang (examples/jitlang/), the JIT generator's example language.

Each program examples/jitlang/programs/NAME.jl has NAME.expected: what the
interpreter prints (stdout, then stderr) when run in that directory as
`jitlang NAME.jl`; programs named error_* must exit with status 1 (a clean
message, no crash), the others with 0.

  * test_untranslated        `python -m rpy.run target.py NAME.jl`
  * test_translated          [translated] the translated interpreter
  * test_c_twin              [needs gcc] each benchmark's C twin in
                             benchmarks/jit/ prints what the jitlang program
                             prints (default size, and a larger one translated)
  * the --jit and --dis options, get_printable_location, the JIT hints the
    interpreter carries.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
JITLANG = REPO / 'examples' / 'jitlang'
PROGRAMS = JITLANG / 'programs'
TARGET = JITLANG / 'target.py'
NAMES = sorted(p.stem for p in PROGRAMS.glob('*.jl'))
BENCHES = ['intloop', 'nbody', 'objects', 'calls', 'strings', 'recursion']


def env() -> dict[str, str]:
    e = dict(os.environ)
    e['PYTHONPATH'] = str(REPO) + (os.pathsep + e['PYTHONPATH'] if e.get('PYTHONPATH') else '')
    return e


def run(cmd: list[str], timeout: float = 300) -> tuple[int, str]:
    p = subprocess.run(cmd, cwd=str(PROGRAMS), env=env(), stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, timeout=timeout)
    return p.returncode, p.stdout


def untranslated(*args: str) -> list[str]:
    return [sys.executable, '-m', 'rpy.run', str(TARGET), *args]


def check(name: str, status: int, out: str) -> None:
    expected = (PROGRAMS / (name + '.expected')).read_text()
    assert 'Traceback' not in out and 'Fatal RPy error' not in out, out
    assert out == expected
    assert status == (1 if name.startswith('error_') else 0), out


def test_every_program_has_expected_output() -> None:
    for name in NAMES:
        assert (PROGRAMS / (name + '.expected')).is_file(), name
    for b in BENCHES:
        assert 'bench_' + b in NAMES
        assert (REPO / 'benchmarks' / 'jit' / (b + '.c')).is_file()


@pytest.mark.parametrize('name', NAMES)
def test_untranslated(name: str) -> None:
    status, out = run(untranslated(name + '.jl'))
    check(name, status, out)


@pytest.fixture(scope='module')
def jitlang_c(rpy_translate: Callable[[Path], Path]) -> Path:
    return rpy_translate(TARGET)


@pytest.mark.translated
@pytest.mark.parametrize('name', NAMES)
def test_translated(jitlang_c: Path, name: str) -> None:
    status, out = run([str(jitlang_c), name + '.jl'])
    check(name, status, out)


@pytest.mark.translated
def test_translated_options(jitlang_c: Path) -> None:
    status, out = run([str(jitlang_c), '--jit', 'threshold=3,trace_limit=50,enable_opts=all',
                       'bench_intloop.jl', '100'])
    assert (status, out) == (0, '785\n')
    status, out = run([str(jitlang_c), '--jit=off', 'bench_calls.jl', '10'])
    assert status == 0
    status, out = run([str(jitlang_c), '--jit', 'treshold=3', 'basics.jl'])
    assert status == 2 and "--jit: unknown JIT parameter 'treshold'" in out
    status, out = run([str(jitlang_c), '--jit', 'threshold=x', 'basics.jl'])
    assert status == 2 and 'needs an integer' in out
    status, out = run([str(jitlang_c), '--dis', 'functions.jl'])
    assert status == 0 and 'pc 18 CALL fib in fib' in out
    status, out = run([str(jitlang_c), 'no_such_file.jl'])
    assert status == 1 and 'cannot read no_such_file.jl' in out
    status, out = run([str(jitlang_c)])
    assert status == 2 and 'usage' in out


def test_untranslated_options() -> None:
    status, out = run(untranslated('--jit', 'threshold=3', 'bench_intloop.jl', '100'))
    assert (status, out) == (0, '785\n')
    status, out = run(untranslated('--jit', 'bogus', 'basics.jl'))
    assert status == 2 and "JIT parameter 'bogus' needs a value" in out


def build_c(tmp_path: Path, name: str) -> Path:
    exe = tmp_path / name
    subprocess.run(['gcc', '-O2', '-o', str(exe), str(REPO / 'benchmarks' / 'jit' / (name + '.c')),
                    '-lm'], check=True)
    return exe


@pytest.mark.skipif(shutil.which('gcc') is None, reason='gcc is not installed')
@pytest.mark.parametrize('name', BENCHES)
def test_c_twin(tmp_path: Path, name: str) -> None:
    exe = build_c(tmp_path, name)
    status, out = run([str(exe)])
    assert status == 0
    assert out == (PROGRAMS / ('bench_%s.expected' % name)).read_text()


@pytest.mark.translated
@pytest.mark.skipif(shutil.which('gcc') is None, reason='gcc is not installed')
@pytest.mark.parametrize('name', BENCHES)
def test_c_twin_larger(jitlang_c: Path, tmp_path: Path, name: str) -> None:
    exe = build_c(tmp_path, name)
    size = {'nbody': '3000', 'recursion': '100'}.get(name, '50000')
    assert run([str(exe), size]) == run([str(jitlang_c), 'bench_%s.jl' % name, size])


# ------------------------------------------------------------ the hints, in process

@pytest.fixture(scope='module')
def jl() -> object:
    sys.path.insert(0, str(JITLANG))
    import jl_interp
    return jl_interp


def test_printable_location_and_hints(jl: object) -> None:
    import jl_compiler
    import jl_objects
    import jl_parser
    from rpy.rlib import jit
    interp = jl
    prog = jl_compiler.compile_program(jl_parser.parse(
        'def f(a) { o = new(); o.x = a; return o.x }\nx = 0\nwhile x < 3 { x = x + f(1) }\n'))
    f = prog.functions[0]
    locs = [interp.get_location(pc, f) for pc in range(0, len(f.ops), 2)]  # type: ignore[attr-defined]
    assert locs[0] == 'pc 0 CALL_BUILTIN new/0 in f'
    assert 'pc 8 STORE_FIELD x in f' in locs
    assert 'pc 6 LOAD_VAR a in f' in locs
    main = [interp.get_location(pc, prog.main) for pc in range(0, len(prog.main.ops), 2)]  # type: ignore[attr-defined]
    assert any('JUMP_BACK' in l for l in main) and any('CALL f in <main>' in l for l in main)
    driver = interp.jitdriver  # type: ignore[attr-defined]
    assert driver.greens == ['pc', 'code'] and driver.reds == ['frame']
    assert driver.virtualizables == ['frame']
    assert jit.jit_hints_of(jl_objects.Map.find) == {'elidable': True}
    assert jit.jit_hints_of(interp.make_frame) == {'unroll_safe': True}  # type: ignore[attr-defined]
    # objects built alike share their map
    a = jl_objects.W_Instance()
    b = jl_objects.W_Instance()
    for o in (a, b):
        o.setfield('x', jl_objects.W_Int(1))
        o.setfield('y', jl_objects.W_Int(2))
    assert a.map is b.map and a.map.find('y') == 1


@pytest.mark.translated
@pytest.mark.skipif(shutil.which('gcc') is None, reason='gcc is not installed')
def test_benchmark_runner_quick(tmp_path: Path) -> None:
    p = subprocess.run([sys.executable, str(REPO / 'benchmarks' / 'run_jit.py'), '--quick',
                        '--reps', '1', '--build-dir', str(tmp_path)], cwd=str(REPO), env=env(),
                       capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    for b in BENCHES:
        assert b in p.stdout
    assert 'JIT/C' in p.stdout
