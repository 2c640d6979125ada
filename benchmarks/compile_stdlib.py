#!/usr/bin/env python3
"""The front-end benchmark: tokenize + parse + compile every file of the
standard library with ouro's compiler, translated, against CPython's own
`compile()` of the same files, measured side by side in one run.

    python3 benchmarks/compile_stdlib.py [--reps N] [--quick] [--untranslated]
                                         [--build-dir DIR] [--json FILE]

1. translates ouro/compiler/compile_main.py (`python -m rpy.translate`),
2. lists every .py file of the installed CPython 3.11's Lib/ (site-packages
   excluded; --quick: every 10th file),
3. runs, interleaved, N times each: `compile_main-c --list FILES` (reads,
   decodes, tokenizes, parses, builds symbol tables, generates and
   assembles code for every file, in one process) and a CPython process that
   reads and `compile()`s the same files (same work: source bytes to code
   objects; files CPython refuses count as failed on both sides),
4. prints the median and minimum times and the ratio ours/CPython (the
   issue's target: no slower than 2x), and with --untranslated also the
   untranslated compiler's time for one run (on CPython; slow).

Each process's time is its wall time, start to exit, so process start-up is
included on both sides (a few ms).  Timings are reported, never asserted.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from run_rpy import find_cpython  # noqa: E402

CPYTHON_COMPILE = r"""
import sys
ok = failed = 0
for path in open(sys.argv[1]).read().split('\n'):
    if not path:
        continue
    with open(path, 'rb') as f:
        src = f.read()
    try:
        compile(src, path, 'exec', dont_inherit=True)
        ok += 1
    except (SyntaxError, ValueError):
        failed += 1
print('compiled %d files, %d failed' % (ok, failed))
"""


def stdlib_files(python: str) -> list[str]:
    out = subprocess.run(
        [python, '-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'],
        capture_output=True, text=True, check=True).stdout.strip()
    result = []
    for root, dirs, files in os.walk(out):
        rel = os.path.relpath(root, out)
        if rel == 'site-packages' or rel.startswith('site-packages' + os.sep):
            dirs[:] = []
            continue
        for name in files:
            if name.endswith('.py'):
                result.append(os.path.join(root, name))
    return sorted(result)


def translate(python: str, build_dir: str) -> str:
    exe = os.path.join(build_dir, 'compile_main-c')
    env = dict(os.environ, PYTHONPATH=REPO)
    t = time.perf_counter()
    proc = subprocess.run([python, '-m', 'rpy.translate', '--output', exe,
                           os.path.join(REPO, 'ouro', 'compiler', 'compile_main.py')],
                          capture_output=True, text=True, cwd=REPO, env=env)
    if proc.returncode != 0 or not os.path.exists(exe):
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit('compile_stdlib: translation failed')
    print('translated compile_main.py in %.1f s' % (time.perf_counter() - t))
    return exe


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-2000:])
        raise SystemExit('compile_stdlib: %s failed' % cmd[0])
    return elapsed, proc.stdout.strip().split('\n')[-1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument('--reps', type=int, default=5)
    ap.add_argument('--quick', action='store_true')
    ap.add_argument('--untranslated', action='store_true')
    ap.add_argument('--build-dir', default=None)
    ap.add_argument('--json', default=None)
    args = ap.parse_args()
    python = find_cpython()
    build_dir = args.build_dir or tempfile.mkdtemp(prefix='compile-bench-')
    os.makedirs(build_dir, exist_ok=True)
    exe = translate(python, build_dir)
    files = stdlib_files(python)
    if args.quick:
        files = files[::10]
    listfile = os.path.join(build_dir, 'files.txt')
    with open(listfile, 'w') as f:
        f.write('\n'.join(files) + '\n')
    nbytes = sum(os.path.getsize(p) for p in files)
    print('%d files, %.1f MB of source; %d interleaved repetitions'
          % (len(files), nbytes / 1e6, args.reps))
    ours: list[float] = []
    theirs: list[float] = []
    ours_out = theirs_out = ''
    for _ in range(args.reps):
        t, ours_out = timed([exe, '--list', listfile])
        ours.append(t)
        t, theirs_out = timed([python, '-c', CPYTHON_COMPILE, listfile])
        theirs.append(t)
    print('ouro (translated): %s' % ours_out)
    print('CPython compile(): %s' % theirs_out)
    rows = [('ouro compile_main-c', ours), ('CPython 3.11 compile()', theirs)]
    print()
    print('| compiler | median s | min s | ratio to CPython (median) |')
    print('|---|---|---|---|')
    base = statistics.median(theirs)
    for name, times in rows:
        med = statistics.median(times)
        print('| %s | %.3f | %.3f | %.2fx |' % (name, med, min(times), med / base))
    result = {'files': len(files), 'bytes': nbytes, 'ouro': ours, 'cpython': theirs,
              'ratio': statistics.median(ours) / base}
    if args.untranslated:
        env = dict(os.environ, PYTHONPATH=REPO)
        t, out = timed([python, '-m', 'rpy.run',
                        os.path.join(REPO, 'ouro', 'compiler', 'compile_main.py'),
                        '--list', listfile], env)
        print('| ouro untranslated (rpy.run, 1 run) | %.3f | %.3f | %.2fx |' % (t, t, t / base))
        result['untranslated'] = t
    if ours_out.split(',')[0] != theirs_out.split(',')[0]:
        print('note: the compiled-file counts differ (%s vs %s)' % (ours_out, theirs_out))
    if args.json:
        with open(args.json, 'w') as f:
            json.dump(result, f, indent=1)
    return 0


if __name__ == '__main__':
    sys.exit(main())
