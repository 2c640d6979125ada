#!/usr/bin/env python3
"""The rpy toolchain benchmarks: translated RPy vs plain C vs untranslated CPython.

    python3 benchmarks/run_rpy.py [--quick] [--reps N] [--stat min|median]
                                  [--only NAME,...] [--opt 2] [--make-jobs N]
                                  [--no-cpython] [--build-dir DIR] [--json FILE]

For each program in benchmarks/rpy/ (nbody, spectral_norm, fannkuch,
binary_trees, word_freq) and its twin in benchmarks/c/, this script

  1. finds the real CPython binary (not a pyenv shim),
  2. translates the RPy program with `python -m rpy.translate --opt=2` and
     records the translation time (the `[Timer] Total:` line, else wall time),
  3. compiles the C program with `gcc -O2 ... -lm`,
  4. runs, in one interleaved session (every repetition goes through all the
     programs and variants before the next one starts), the C program and the
     translated program at the benchmark size, and the untranslated program
     on CPython (`python -m rpy.run`) at a smaller size where needed; at that
     smaller size the C and translated programs are run too, so that outputs
     are compared at equal sizes and the CPython/translated ratio compares
     equal work,
  5. checks that all outputs at the same size agree, and
  6. prints a table with the ratios and the targets of the issue (translated
     within 1.5x of C on nbody, spectral_norm and fannkuch, within 2x on
     binary_trees and word_freq; translation under 20 s).

Timings are only reported, never asserted.  The exit status is 0 when every
translation, compilation and run succeeded and all outputs agree, 1 otherwise,
2 on a usage error.  --quick runs small sizes (a smoke test).
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
RPY_DIR = os.path.join(HERE, 'rpy')
C_DIR = os.path.join(HERE, 'c')

TRANSLATION_TARGET_S = 20.0


class Benchmark:
    """One benchmark: its sizes (the argv[1] of both programs) and target."""

    def __init__(self, name: str, size: int, cpython_size: int,
                 quick_size: int, test_size: int, target_ratio: float) -> None:
        self.name = name
        self.size = size                  # default run: C takes ~0.5-2.5 s
        self.cpython_size = cpython_size  # default run, untranslated: a few s
        self.quick_size = quick_size      # --quick: everything at this size
        self.test_size = test_size        # tests/rpy/test_benchmarks_run.py
        self.target_ratio = target_ratio  # translated time / C time

    @property
    def rpy_source(self) -> str:
        return os.path.join(RPY_DIR, self.name + '.py')

    @property
    def c_source(self) -> str:
        return os.path.join(C_DIR, self.name + '.c')


BENCHMARKS = [
    Benchmark('nbody', 20000000, 1000000, 100000, 1000, 1.5),
    Benchmark('spectral_norm', 5500, 800, 200, 50, 1.5),
    Benchmark('fannkuch', 11, 10, 8, 7, 1.5),
    Benchmark('binary_trees', 18, 15, 12, 6, 2.0),
    Benchmark('word_freq', 50000000, 3000000, 200000, 2000, 2.0),
]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- CPython

def _looks_like_shim(path: str) -> bool:
    """pyenv (and similar) shims are shell scripts in a 'shims' directory."""
    if 'shims' in path.split(os.sep):
        return True
    try:
        with open(path, 'rb') as f:
            return f.read(2) == b'#!'
    except OSError:
        return False


def find_cpython(requested: str | None = None) -> str:
    """The path of the real CPython 3 binary to run rpy.run and rpy.translate.

    Starts from `requested` (a name or path), else this interpreter if it is
    CPython 3, else `python3` on PATH; a shim is asked for its
    sys.executable, which is the binary it finally executes.
    """
    if requested is not None:
        candidate = shutil.which(requested) or requested
    elif platform.python_implementation() == 'CPython' and sys.executable:
        candidate = sys.executable
    else:
        candidate = shutil.which('python3') or 'python3'
    if requested is None and candidate == sys.executable and not _looks_like_shim(candidate):
        return os.path.realpath(candidate)
    out = subprocess.run(
        [candidate, '-c', 'import sys, platform; '
         'print(platform.python_implementation()); print(sys.executable)'],
        capture_output=True, text=True, check=True).stdout.split('\n')
    impl, exe = out[0].strip(), out[1].strip()
    if impl != 'CPython' or not exe:
        raise SystemExit('run_rpy: %s is %s, not CPython' % (candidate, impl or '?'))
    return os.path.realpath(exe)


def python_version(python: str) -> str:
    return subprocess.run([python, '-c', 'import sys; print(sys.version.split()[0])'],
                          capture_output=True, text=True).stdout.strip()


def gcc_version() -> str:
    try:
        out = subprocess.run(['gcc', '--version'], capture_output=True, text=True).stdout
    except OSError:
        return 'gcc not found'
    return out.split('\n')[0].strip()


def python_env() -> dict[str, str]:
    """The environment for rpy.run / rpy.translate: the repository importable."""
    env = dict(os.environ)
    env['PYTHONPATH'] = REPO + (os.pathsep + env['PYTHONPATH'] if env.get('PYTHONPATH') else '')
    return env


# ---------------------------------------------------------------- building

TOTAL_RE = re.compile(r'\[Timer\]\s*Total:\s*-*\s*([0-9]+(?:\.[0-9]*)?)\s*s')
PHASE_RE = re.compile(r'\[Timer\]\s*(.+?)\s*-+\s*([0-9]+(?:\.[0-9]*)?)\s*s')


def parse_timer(text: str) -> tuple[float | None, dict[str, float]]:
    """The `[Timer] Total: --- X.X s` value and the `[Timer] phase --- X.X s` values."""
    total = None
    phases: dict[str, float] = {}
    for line in text.splitlines():
        m = TOTAL_RE.search(line)
        if m:
            total = float(m.group(1))
            continue
        m = PHASE_RE.search(line)
        if m:
            phases[m.group(1)] = phases.get(m.group(1), 0.0) + float(m.group(2))
    return total, phases


def tail(text: str, lines: int = 15) -> str:
    return '\n'.join('    ' + line for line in text.rstrip().splitlines()[-lines:])


def translate(bench: Benchmark, python: str, build_dir: str, opt: str,
              make_jobs: int | None, timeout: float) -> dict:
    """Translate bench's RPy program; returns {'ok', 'exe', 'time', 'source', ...}."""
    exe = os.path.join(build_dir, bench.name + '-rpy')
    cmd = [python, '-m', 'rpy.translate', '--opt=%s' % opt, '--output', exe]
    if make_jobs is not None:
        cmd += ['--make-jobs', str(make_jobs)]
    cmd.append(bench.rpy_source)
    log('translating %s: %s' % (bench.name, ' '.join(cmd)))
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=REPO, env=python_env(), capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {'ok': False, 'exe': exe, 'time': None, 'source': None,
                'error': 'translation timed out after %.0f s' % timeout}
    wall = time.perf_counter() - start
    with open(os.path.join(build_dir, bench.name + '-translate.log'), 'w') as f:
        f.write('$ %s\n%s\n--- stderr ---\n%s' % (' '.join(cmd), proc.stdout, proc.stderr))
    total, phases = parse_timer(proc.stdout + '\n' + proc.stderr)
    result = {'ok': True, 'exe': exe, 'wall': wall, 'phases': phases,
              'time': total if total is not None else wall,
              'source': '[Timer] Total' if total is not None else 'wall'}
    if proc.returncode != 0:
        result.update(ok=False, error='rpy.translate exited with %d:\n%s'
                      % (proc.returncode, tail(proc.stdout + proc.stderr)))
    elif not os.path.isfile(exe):
        result.update(ok=False, error='rpy.translate succeeded but wrote no %s' % exe)
    return result


def compile_c(bench: Benchmark, build_dir: str) -> dict:
    exe = os.path.join(build_dir, bench.name + '-c')
    cmd = ['gcc', '-O2', bench.c_source, '-o', exe, '-lm']
    log('compiling %s: %s' % (bench.name, ' '.join(cmd)))
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True)
    except OSError as e:
        return {'ok': False, 'exe': exe, 'error': 'cannot run gcc: %s' % e}
    if proc.returncode != 0:
        return {'ok': False, 'exe': exe, 'error': 'gcc failed:\n%s' % tail(proc.stderr)}
    return {'ok': True, 'exe': exe}


# ---------------------------------------------------------------- running

class Variant:
    """One program to time: 'c', 'translated' or 'cpython', at one size."""

    def __init__(self, bench: Benchmark, kind: str, size: int, cmd: list[str]) -> None:
        self.bench = bench
        self.kind = kind
        self.size = size
        self.cmd = cmd
        self.times: list[float] = []     # wall clock, s
        self.cpu: list[float] = []       # user + sys of the child, s
        self.output: str | None = None
        self.error: str | None = None

    @property
    def key(self) -> str:
        return '%s@%d' % (self.kind, self.size)

    def run(self, timeout: float) -> None:
        if self.error is not None:
            return            # failed before: do not retry
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        try:
            proc = subprocess.run(self.cmd, cwd=REPO, env=python_env(),
                                  capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            self.error = 'timed out after %.0f s' % timeout
            return
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            self.error = 'exit status %d:\n%s' % (proc.returncode, tail(proc.stderr + proc.stdout))
            return
        if self.output is not None and proc.stdout != self.output:
            self.error = 'output differs between repetitions'
            return
        self.output = proc.stdout
        self.times.append(wall)
        self.cpu.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))

    def stat(self, how: str) -> float | None:
        if self.error is not None or not self.times:
            return None
        return min(self.times) if how == 'min' else statistics.median(self.times)


def first_difference(a: str, b: str) -> str:
    la, lb = a.splitlines(), b.splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else '<missing>'
        y = lb[i] if i < len(lb) else '<missing>'
        if x != y:
            return 'line %d: %r vs %r' % (i + 1, x, y)
    return 'same lines, different whitespace'


def check_agreement(variants: list[Variant]) -> list[str]:
    """Problems: variants of one size whose outputs differ (or that failed)."""
    problems = []
    by_size: dict[int, list[Variant]] = {}
    for v in variants:
        by_size.setdefault(v.size, []).append(v)
    for size, group in sorted(by_size.items()):
        good = [v for v in group if v.output is not None and v.error is None]
        for v in group:
            if v.error is not None:
                problems.append('%s %s: %s' % (v.bench.name, v.key, v.error))
        for v in good[1:]:
            if v.output != good[0].output:
                problems.append('%s: %s and %s disagree: %s' % (
                    v.bench.name, good[0].key, v.key,
                    first_difference(good[0].output or '', v.output or '')))
    return problems


# ---------------------------------------------------------------- report

def fmt_time(t: float | None) -> str:
    return '-' if t is None else '%.3f' % t


def fmt_ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b <= 0.0:
        return '-'
    return '%.2fx' % (a / b)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description='Benchmark rpy-translated programs against C and CPython.')
    parser.add_argument('--quick', action='store_true',
                        help='small sizes, everything at one size (a smoke run)')
    parser.add_argument('--reps', type=int, default=3, help='repetitions (default 3)')
    parser.add_argument('--stat', choices=['min', 'median'], default='min',
                        help='statistic over the repetitions (default min)')
    parser.add_argument('--only', default='',
                        help='comma-separated benchmark names (default all)')
    parser.add_argument('--opt', default='2', help='rpy.translate --opt level (default 2)')
    parser.add_argument('--make-jobs', type=int, default=None,
                        help='passed to rpy.translate as --make-jobs N')
    parser.add_argument('--python', default=None,
                        help='the CPython to use (default: the real binary behind python3)')
    parser.add_argument('--no-cpython', action='store_true',
                        help='skip the untranslated runs')
    parser.add_argument('--build-dir', default=None,
                        help='keep executables and translation logs here '
                             '(default: a temporary directory, removed at the end)')
    parser.add_argument('--translate-timeout', type=float, default=900.0)
    parser.add_argument('--run-timeout', type=float, default=900.0)
    parser.add_argument('--json', default=None, metavar='FILE',
                        help='also write all measurements to FILE as JSON')
    args = parser.parse_args(argv)
    if args.reps < 1:
        parser.error('--reps must be at least 1')

    benches = BENCHMARKS
    if args.only:
        names = [n.strip() for n in args.only.split(',') if n.strip()]
        unknown = [n for n in names if n not in [b.name for b in BENCHMARKS]]
        if unknown:
            parser.error('unknown benchmark(s): %s (known: %s)' % (
                ', '.join(unknown), ', '.join(b.name for b in BENCHMARKS)))
        benches = [b for b in BENCHMARKS if b.name in names]

    python = find_cpython(args.python)
    log('CPython: %s (%s)' % (python, python_version(python)))
    log('C compiler: %s' % gcc_version())

    if args.build_dir:
        build_dir = os.path.abspath(args.build_dir)
        os.makedirs(build_dir, exist_ok=True)
        remove_build_dir = False
    else:
        build_dir = tempfile.mkdtemp(prefix='rpy-bench-')
        remove_build_dir = True

    try:
        return run_all(args, benches, python, build_dir)
    finally:
        if remove_build_dir:
            shutil.rmtree(build_dir, ignore_errors=True)


def run_all(args: argparse.Namespace, benches: list[Benchmark], python: str,
            build_dir: str) -> int:
    failures: list[str] = []

    # -- build: translations one after the other (their times are measured)
    builds: dict[str, tuple[dict, dict]] = {}
    for bench in benches:
        c = compile_c(bench, build_dir)
        tr = translate(bench, python, build_dir, args.opt, args.make_jobs,
                       args.translate_timeout)
        if not c['ok']:
            failures.append('%s: C: %s' % (bench.name, c['error']))
        if not tr['ok']:
            failures.append('%s: translation: %s' % (bench.name, tr['error']))
        else:
            log('  translated %s in %.1f s (%s)' % (bench.name, tr['time'], tr['source']))
        builds[bench.name] = (c, tr)

    # -- the variants of each benchmark
    plan: dict[str, list[Variant]] = {}
    for bench in benches:
        c, tr = builds[bench.name]
        size = bench.quick_size if args.quick else bench.size
        small = bench.quick_size if args.quick else bench.cpython_size
        sizes = [size] if small == size or args.no_cpython else [size, small]
        variants = []
        for s in sizes:
            if c['ok']:
                variants.append(Variant(bench, 'c', s, [c['exe'], str(s)]))
            if tr['ok']:
                variants.append(Variant(bench, 'translated', s, [tr['exe'], str(s)]))
        if not args.no_cpython:
            variants.append(Variant(bench, 'cpython', small,
                                    [python, '-m', 'rpy.run', bench.rpy_source, str(small)]))
        plan[bench.name] = variants

    # -- one interleaved session
    for rep in range(args.reps):
        for bench in benches:
            for v in plan[bench.name]:
                log('rep %d/%d  %-13s %-10s size %-9d' % (rep + 1, args.reps, bench.name,
                                                          v.kind, v.size))
                v.run(args.run_timeout)
                if v.error is None:
                    log('    %.3f s' % v.times[-1])
                else:
                    log('    FAILED: %s' % v.error.split('\n')[0])

    # -- agreement
    agree: dict[str, bool] = {}
    for bench in benches:
        problems = check_agreement(plan[bench.name])
        agree[bench.name] = not problems
        failures.extend(problems)

    # -- table
    rows = []
    for bench in benches:
        c, tr = builds[bench.name]
        variants = {v.key: v for v in plan[bench.name]}
        size = bench.quick_size if args.quick else bench.size
        small = bench.quick_size if args.quick else bench.cpython_size

        def t(kind: str, s: int) -> float | None:
            v = variants.get('%s@%d' % (kind, s))
            return None if v is None else v.stat(args.stat)

        c_t, tr_t = t('c', size), t('translated', size)
        cpy_t, tr_small = t('cpython', small), t('translated', small)
        ratio = None if c_t is None or tr_t is None or c_t <= 0 else tr_t / c_t
        rows.append({
            'benchmark': bench.name, 'size': size,
            'c_time': c_t, 'translated_time': tr_t, 'ratio_translated_c': ratio,
            'target_ratio': bench.target_ratio,
            'meets_target': None if ratio is None else ratio <= bench.target_ratio,
            'cpython_size': None if args.no_cpython else small,
            'cpython_time': cpy_t, 'translated_time_at_cpython_size': tr_small,
            'ratio_cpython_translated': (None if cpy_t is None or tr_small is None
                                         or tr_small <= 0 else cpy_t / tr_small),
            'translation_time': tr['time'] if tr['ok'] else None,
            'translation_time_source': tr.get('source'),
            'translation_phases': tr.get('phases', {}),
            'outputs_agree': agree[bench.name],
            'runs': {v.key: {'times': v.times, 'cpu': v.cpu, 'error': v.error,
                             'output': v.output} for v in plan[bench.name]},
        })

    print()
    print('rpy benchmarks (%s of %d repetition%s, wall-clock seconds; CPython: %s)'
          % (args.stat, args.reps, '' if args.reps == 1 else 's', python))
    header = ('%-13s %9s %8s %8s %7s %-11s %9s %8s %8s %8s %9s %-6s'
              % ('benchmark', 'size', 'C', 'transl', 'tr/C', 'target',
                 'cpy size', 'cpython', 'tr@cpy', 'cpy/tr', 'transl s', 'agree'))
    print(header)
    print('-' * len(header))
    for row in rows:
        if row['meets_target'] is None:
            target = '<=%.1fx ?' % row['target_ratio']
        else:
            target = '<=%.1fx %s' % (row['target_ratio'],
                                      'ok' if row['meets_target'] else 'MISS')
        tt = row['translation_time']
        if tt is None:
            ttxt = '-'
        else:
            ttxt = '%.1f%s' % (tt, '' if tt < TRANSLATION_TARGET_S else '!')
        print('%-13s %9d %8s %8s %7s %-11s %9s %8s %8s %8s %9s %-6s' % (
            row['benchmark'], row['size'], fmt_time(row['c_time']),
            fmt_time(row['translated_time']),
            '-' if row['ratio_translated_c'] is None else '%.2fx' % row['ratio_translated_c'],
            target,
            '-' if row['cpython_size'] is None else str(row['cpython_size']),
            fmt_time(row['cpython_time']), fmt_time(row['translated_time_at_cpython_size']),
            '-' if row['ratio_cpython_translated'] is None
            else '%.1fx' % row['ratio_cpython_translated'],
            ttxt, 'yes' if row['outputs_agree'] else 'NO'))
    print()
    if not args.no_cpython and any(r['cpython_size'] != r['size'] for r in rows):
        print('cpython = untranslated time at "cpy size"; cpy/tr compares it with the '
              'translated program at that same size (tr@cpy).')
    tts = [r['translation_time'] for r in rows if r['translation_time'] is not None]
    if tts:
        print('translation time: max %.1f s, target < %.0f s per program (! marks a miss)'
              % (max(tts), TRANSLATION_TARGET_S))
    print('targets (translated/C): <=1.5x nbody, spectral_norm, fannkuch; '
          '<=2x binary_trees, word_freq')
    if failures:
        print()
        print('PROBLEMS:')
        for f in failures:
            print('  ' + f)
    else:
        print('all outputs agree')

    if args.json:
        report = {
            'date': datetime.datetime.now().isoformat(timespec='seconds'),
            'machine': platform.platform(), 'cpu_count': os.cpu_count(),
            'python': python, 'python_version': python_version(python),
            'gcc': gcc_version(), 'opt': args.opt, 'quick': args.quick,
            'reps': args.reps, 'stat': args.stat,
            'translation_target_s': TRANSLATION_TARGET_S,
            'benchmarks': rows, 'problems': failures, 'ok': not failures,
        }
        with open(args.json, 'w') as f:
            json.dump(report, f, indent=2)
            f.write('\n')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
