#!/usr/bin/env python3
"""The JIT benchmarks: jitlang programs vs equivalent C programs.

    python3 benchmarks/run_jit.py [--quick] [--reps N] [--only NAME,...]
                                  [--build-dir DIR] [--make-jobs N] [--json FILE]
                                  [--jit-param PARAMS]

For each of the six benchmark programs of examples/jitlang/programs/
(bench_intloop: an integer loop, bench_nbody: a float kernel, bench_objects:
object allocation and field access, bench_calls: calls of small functions,
bench_strings: string building, bench_recursion: recursive calls) and its C
twin in benchmarks/jit/, this script

  1. translates the jitlang interpreter (examples/jitlang/target.py) with
     `python -m rpy.translate --opt=2` (the interpreter without a JIT), and
     with `--opt=jit` (the JIT column; if that translation fails the column
     stays empty); `--jit-param off` (passed as `--jit off` to the JIT
     executable) measures what the glue costs the interpreter when the JIT
     is off;
  2. compiles the C program with `gcc -O2 ... -lm`;
  3. runs each variant with the benchmark size as argument (every repetition
     goes through all programs and variants before the next one starts),
     keeps the fastest time, checks that all variants print the same thing;
  4. prints times, the ratios to C (the issue's measure: JIT / C), the
     JIT's speed-up over the interpreter, and the first loop's warm-up
     (tracing + optimizing + compiling, from OURO_LOG=jit-summary);
  5. also runs C and the JIT at 5 times the size ("JIT/C x5"): at the
     base sizes a run of the C program takes 10-30 ms, of which the JIT's
     whole warm-up (interpreting until hot, tracing, bridges, the blackhole
     runs before them) is a fixed part; the larger size shows the ratio
     with that part amortized.  Both columns are reported.

Timings are reported, never asserted. Exit status: 0 when every build and
run succeeded and outputs agree, 1 otherwise.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
JITLANG = os.path.join(REPO, 'examples', 'jitlang')
PROGRAMS = os.path.join(JITLANG, 'programs')
C_DIR = os.path.join(HERE, 'jit')

# name, size, quick size (argv[1] of both programs). The sizes make the C
# programs run long enough to be measured (tens of milliseconds at least), so
# the interpreter without a JIT takes several seconds each.
BENCHMARKS = [
    ('intloop', 20000000, 20000),
    ('nbody', 200000, 200),
    ('objects', 5000000, 5000),
    ('calls', 5000000, 5000),
    ('strings', 10000000, 10000),
    ('recursion', 3000, 10),
]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def env() -> dict[str, str]:
    e = dict(os.environ)
    e['PYTHONPATH'] = REPO + (os.pathsep + e['PYTHONPATH'] if e.get('PYTHONPATH') else '')
    return e


def translate(opt: str, output: str, jobs: int | None) -> tuple[bool, str]:
    cmd = [sys.executable, '-m', 'rpy.translate', '--opt=%s' % opt, '--output', output]
    if jobs:
        cmd += ['--make-jobs', str(jobs)]
    cmd.append(os.path.join(JITLANG, 'target.py'))
    log('translating: %s' % ' '.join(cmd[2:]))
    t0 = time.time()
    p = subprocess.run(cmd, cwd=REPO, env=env(), capture_output=True, text=True)
    if p.returncode != 0 or not os.path.exists(output):
        return False, p.stderr.strip().splitlines()[-1] if p.stderr.strip() else 'failed'
    return True, '%.1f s' % (time.time() - t0)


def run(cmd: list[str], timeout: float = 900.0) -> tuple[float, str]:
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=PROGRAMS)
    t = time.perf_counter() - t0
    if p.returncode != 0:
        raise RuntimeError('%s exited with %d: %s' % (' '.join(cmd), p.returncode,
                                                      p.stderr.strip()[-500:]))
    return t, p.stdout


def warmup_us(cmd: list[str]) -> int | None:
    """The first loop's warm-up (tracing + optimizing + compiling) in
    microseconds, from the JIT's summary (OURO_LOG=jit-summary)."""
    e = dict(os.environ, OURO_LOG='jit-summary')
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=900, cwd=PROGRAMS, env=e)
    m = re.search(r'first loop warm-up (\d+) us', p.stderr)
    return int(m.group(1)) if m else None


def fmt(t: float | None) -> str:
    return '%8.3f' % t if t is not None else '       —'


def ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b <= 0:
        return '      —'
    return '%6.1fx' % (a / b)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument('--quick', action='store_true', help='small sizes (a smoke test)')
    ap.add_argument('--reps', type=int, default=3)
    ap.add_argument('--only', default='', help='comma-separated benchmark names')
    ap.add_argument('--build-dir', default=None)
    ap.add_argument('--make-jobs', type=int, default=None)
    ap.add_argument('--json', default=None, metavar='FILE')
    ap.add_argument('--jit-param', default='', metavar='PARAMS',
                    help="JIT parameters of the --opt=jit variant (its --jit option), e.g. 'off'")
    args = ap.parse_args(argv[1:])
    if shutil.which('gcc') is None:
        log('run_jit.py: gcc is needed')
        return 1
    only = [n for n in args.only.split(',') if n]
    benches = [b for b in BENCHMARKS if not only or b[0] in only]
    if not benches:
        log('run_jit.py: no benchmark named %s' % args.only)
        return 2
    build = args.build_dir or tempfile.mkdtemp(prefix='run_jit-')
    os.makedirs(build, exist_ok=True)

    interp = os.path.join(build, 'jitlang-c')
    ok, info = translate('2', interp, args.make_jobs)
    if not ok:
        log('translation of the interpreter failed: %s' % info)
        return 1
    log('interpreter translated in %s' % info)
    jit_exe: str | None = os.path.join(build, 'jitlang-jit-c')
    ok, jit_info = translate('jit', jit_exe, args.make_jobs)  # type: ignore[arg-type]
    if not ok:
        jit_exe = None
        log('no JIT: %s' % jit_info)

    status = 0
    variants: dict[str, dict[str, list[str]]] = {}
    for name, size, quick in benches:
        n = str(quick if args.quick else size)
        c_exe = os.path.join(build, name)
        p = subprocess.run(['gcc', '-O2', '-o', c_exe, os.path.join(C_DIR, name + '.c'), '-lm'],
                           capture_output=True, text=True)
        if p.returncode != 0:
            log('gcc failed for %s: %s' % (name, p.stderr))
            return 1
        prog = 'bench_%s.jl' % name
        v = {'C': [c_exe, n], 'interp': [interp, prog, n]}
        n5 = str(5 * int(n))
        v['C x5'] = [c_exe, n5]
        if jit_exe is not None:
            jit_cmd = [jit_exe] + (['--jit', args.jit_param] if args.jit_param else [])
            v['JIT'] = jit_cmd + [prog, n]
            v['JIT x5'] = jit_cmd + [prog, n5]
        variants[name] = v

    times: dict[str, dict[str, float]] = {name: {} for name in variants}
    outputs: dict[str, dict[str, str]] = {name: {} for name in variants}
    for rep in range(args.reps):
        for name, v in variants.items():
            for kind, cmd in v.items():
                try:
                    t, out = run(cmd)
                except (RuntimeError, subprocess.TimeoutExpired) as e:
                    log('%s %s: %s' % (name, kind, e))
                    status = 1
                    continue
                prev = times[name].get(kind)
                times[name][kind] = t if prev is None else min(prev, t)
                outputs[name][kind] = out
        log('repetition %d/%d done' % (rep + 1, args.reps))
    warmups: dict[str, int | None] = {}
    for name, v in variants.items():
        if 'JIT' in v:
            warmups[name] = min([w for w in [warmup_us(v['JIT']) for _ in range(3)]
                                 if w is not None], default=None)
    for name, outs in outputs.items():
        for group in (('C', 'interp', 'JIT'), ('C x5', 'JIT x5')):
            seen = {kind: outs[kind] for kind in group if kind in outs}
            if len(set(seen.values())) > 1:
                log('%s: outputs differ: %r' % (name, seen))
                status = 1

    print()
    print('jitlang benchmarks (%s sizes, best of %d; times in seconds%s)' % (
        'quick' if args.quick else 'full', args.reps,
        '; JIT: --jit %s' % args.jit_param if args.jit_param else ''))
    print('%-9s %10s %8s %8s %8s %8s %8s %8s %10s %9s' % (
        'program', 'size', 'C', 'interp', 'interp/C', 'JIT', 'JIT/C', 'speed-up',
        'warm-up', 'JIT/C x5'))
    for name, size, quick in benches:
        tn = times[name]
        w = warmups.get(name)
        print('%-9s %10s %s %s %s %s %s %s %10s %9s' % (
            name, quick if args.quick else size, fmt(tn.get('C')), fmt(tn.get('interp')),
            ratio(tn.get('interp'), tn.get('C')), fmt(tn.get('JIT')),
            ratio(tn.get('JIT'), tn.get('C')), ratio(tn.get('interp'), tn.get('JIT')),
            '%.2f ms' % (w / 1000.0) if w is not None else '—',
            ratio(tn.get('JIT x5'), tn.get('C x5')).strip()))
    print()
    print('speed-up: interp / JIT; warm-up: the first loop traced, optimized and compiled '
          '(best of 3 runs, from OURO_LOG=jit-summary); JIT/C x5: both at 5 times the size '
          '(the JIT\'s warm-up amortized)')
    if jit_exe is None:
        print()
        print('The JIT column is absent: `rpy.translate --opt=jit` failed ("%s"). "interp" is '
              'the translated interpreter without a JIT.' % jit_info)
    if args.json:
        with open(args.json, 'w') as f:
            json.dump({'quick': args.quick, 'reps': args.reps, 'times': times,
                       'warmup_us': warmups, 'jit': jit_exe is not None}, f, indent=2)
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv))
