#!/usr/bin/env python3
"""bytes/bytearray microbenchmarks (benchmarks/ouro/bytes_micro.py): ouro's
CPU time over CPython's, loop by loop.

    python3 benchmarks/run_bytes_micro.py [--ouro PATH] [--python PATH]
                                          [--reps N] [--only NAME,...]

The program times each of its loops itself (time.process_time) and prints
a checksum; this runner starts it under each interpreter through
run_ouro's process machinery (interleaved repetitions, the interpreter
path checks), keeps each loop's minimum over the repetitions and checks
that ouro's checksums equal CPython's.  Output: a markdown table, ratio =
ouro time / CPython time (lower is better).  Timings are reported, never
asserted.
"""
from __future__ import annotations

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import run_ouro  # noqa: E402  (the runner next to this file)

PROGRAM = os.path.join(run_ouro.PROGRAMS_DIR, 'bytes_micro.py')


def parse(out: str) -> dict[str, tuple[float, str]]:
    loops: dict[str, tuple[float, str]] = {}
    for line in out.splitlines():
        name, secs, check = line.split(' ', 2)
        loops[name] = (float(secs), check)
    return loops


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument('--ouro', default=os.path.join(run_ouro.REPO, 'bin', 'ouro'))
    ap.add_argument('--python', default=None)
    ap.add_argument('--reps', type=int, default=3)
    ap.add_argument('--only', default=None)
    args = ap.parse_args(argv)
    interps = {'cpython': run_ouro.find_cpython(args.python), 'ouro': args.ouro}
    best: dict[str, dict[str, float]] = {}
    checks: dict[str, dict[str, str]] = {}
    failed = False
    for rep in range(args.reps):
        for kind, exe in interps.items():
            cmd = [exe, PROGRAM] + ([args.only] if args.only else [])
            r = run_ouro.run(cmd, 1800.0)
            if r.returncode != 0:
                run_ouro.log('%s failed: %s' % (kind, run_ouro.tail(r.stderr + r.stdout)))
                failed = True
            for name, (secs, check) in parse(r.stdout).items():
                row = best.setdefault(name, {})
                row[kind] = min(secs, row.get(kind, secs))
                checks.setdefault(name, {})[kind] = check
            run_ouro.log('  rep %d %-8s %6.2f s cpu' % (rep + 1, kind, r.cpu))
    print('| loop | CPython s | ouro s | ouro/CPython |')
    print('|---|---:|---:|---:|')
    for name in sorted(best):
        row = best[name]
        cpy, our = row.get('cpython'), row.get('ouro')
        note = ''
        if checks[name].get('ouro') != checks[name].get('cpython'):
            note = ' (checksum differs)'
            failed = True
        ratio = '%.1fx' % (our / cpy) if cpy and our is not None else '-'
        print('| %s | %s | %s | %s%s |' % (
            name, '%.4f' % cpy if cpy is not None else '-',
            '%.4f' % our if our is not None else '-', ratio, note))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
