"""Tests of the toolchain benchmarks in benchmarks/ (see benchmarks/run_rpy.py).

* Each RPy benchmark (benchmarks/rpy/NAME.py), run untranslated on CPython
  with `python -m rpy.run` at a tiny size, prints exactly what its C twin
  (benchmarks/c/NAME.c, built with gcc -O2) prints at that size.
* Marked `translated`: `benchmarks/run_rpy.py --quick --reps 1` translates
  every benchmark, runs all variants, and exits 0 with all outputs agreeing.
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUNNER = os.path.join(REPO, 'benchmarks', 'run_rpy.py')


def _load_runner():
    spec = importlib.util.spec_from_file_location('run_rpy', RUNNER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


run_rpy = _load_runner()
BENCH_NAMES = [b.name for b in run_rpy.BENCHMARKS]

needs_gcc = pytest.mark.skipif(shutil.which('gcc') is None, reason='gcc is not installed')


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env['PYTHONPATH'] = REPO + (os.pathsep + env['PYTHONPATH'] if env.get('PYTHONPATH') else '')
    return env


@pytest.fixture(scope='module')
def c_build_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp('bench-c'))


def test_every_benchmark_has_both_versions() -> None:
    assert sorted(BENCH_NAMES) == sorted(
        ['nbody', 'spectral_norm', 'fannkuch', 'binary_trees', 'word_freq'])
    for bench in run_rpy.BENCHMARKS:
        assert os.path.isfile(bench.rpy_source), bench.rpy_source
        assert os.path.isfile(bench.c_source), bench.c_source


def test_find_cpython_is_a_real_binary() -> None:
    python = run_rpy.find_cpython()
    assert os.path.isfile(python) and os.access(python, os.X_OK)
    assert not run_rpy._looks_like_shim(python)


def test_parse_timer() -> None:
    total, phases = run_rpy.parse_timer(
        '[Timer] annotate --- 1.5 s\n[Timer] rtype --- 0.5 s\nnoise\n[Timer] Total: --- 2.0 s\n')
    assert total == 2.0
    assert phases == {'annotate': 1.5, 'rtype': 0.5}
    assert run_rpy.parse_timer('no timer here')[0] is None


@needs_gcc
@pytest.mark.parametrize('name', BENCH_NAMES)
def test_untranslated_matches_c(name: str, c_build_dir: str) -> None:
    bench = [b for b in run_rpy.BENCHMARKS if b.name == name][0]
    exe = os.path.join(c_build_dir, name)
    subprocess.run(['gcc', '-O2', bench.c_source, '-o', exe, '-lm'], check=True)
    size = str(bench.test_size)
    c = subprocess.run([exe, size], capture_output=True, text=True, timeout=60)
    assert c.returncode == 0, c.stderr
    py = subprocess.run([sys.executable, '-m', 'rpy.run', bench.rpy_source, size],
                        cwd=REPO, env=_env(), capture_output=True, text=True, timeout=300)
    assert py.returncode == 0, py.stderr
    assert c.stdout != ''
    assert py.stdout == c.stdout


@pytest.mark.translated
@needs_gcc
def test_runner_quick(tmp_path) -> None:
    if not (os.path.isfile(os.path.join(REPO, 'rpy', 'translate.py'))
            or os.path.isdir(os.path.join(REPO, 'rpy', 'translate'))):
        pytest.skip('rpy.translate does not exist yet')
    report = str(tmp_path / 'bench.json')
    proc = subprocess.run([sys.executable, RUNNER, '--quick', '--reps', '1', '--json', report],
                          cwd=REPO, env=_env(), capture_output=True, text=True, timeout=3600)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-4000:]
    assert 'all outputs agree' in proc.stdout
    with open(report) as f:
        data = json.load(f)
    assert data['ok']
    assert sorted(b['benchmark'] for b in data['benchmarks']) == sorted(BENCH_NAMES)
    for b in data['benchmarks']:
        assert b['outputs_agree'], b['benchmark']
        assert b['translated_time'] is not None, b['benchmark']
        assert b['c_time'] is not None, b['benchmark']
        assert b['cpython_time'] is not None, b['benchmark']
