#!/usr/bin/env python3
"""The interpreter benchmarks of issue 4: bin/ouro against CPython (and
Debian's pypy3 where installed), ratios in one run.

    python3 benchmarks/run_ouro.py [--ouro PATH] [--python PATH] [--reps N]
                                   [--only NAME,...] [--loops N]
                                   [--no-pypy] [--install-pypy]
                                   [--startup-reps N] [--no-startup] [--no-memory]

The programs are benchmarks/ouro/bm_*.py: our own versions of the
pyperformance programs of the same name (no pyperf), each taking an
optional iteration count (argv[1]) and printing a short deterministic
result.  For every repetition the runner goes through all the programs,
each under CPython, ouro and pypy3 in turn (interleaved, so that a noisy
machine hurts them alike); it keeps the minimum CPU time (user + sys of
the child, from wait4: the machine is shared, so wall time would measure
the neighbours) and checks that every interpreter printed exactly what
CPython printed.

Then: startup (`-c pass`, the minimum CPU and wall times of --startup-reps runs)
and memory (a program keeping one million instances of a class with three
attributes in a preallocated list: the child's peak RSS, ru_maxrss from
wait4, minus the peak of the same program making the same instances
without keeping them: the difference is what keeping them costs, not the
fixed memory a runtime touches when it allocates at all, like ouro's 4 MB
nursery).

The output is a markdown table (speed = CPython time / ouro time, higher
is better; the geometric mean over the programs that ran correctly), ready
for docs/benchmarks-ouro.md.  Timings are reported, never asserted; the
exit status is 1 when some program failed or printed a different result.
"""
from __future__ import annotations

import argparse
import datetime
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PROGRAMS_DIR = os.path.join(HERE, 'ouro')

PROGRAMS = ['nbody', 'richards', 'spectral_norm', 'fannkuch', 'float', 'chaos',
            'deltablue', 'raytrace', 'go', 'nqueens', 'hexiom', 'generators',
            'unpack_sequence', 'json_dumps']

TARGET_SPEED = 0.5          # geometric mean, ouro speed relative to CPython
TARGET_STARTUP = 2.0        # ouro -c pass at most 2x CPython's
TARGET_MEMORY = 0.40        # one million 3-attribute instances: at most 40% of CPython's

MEMORY_PROGRAM = '''
import sys
class Point3:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
N = 1000000
keep = [None] * N
i = 0
if sys.argv[1] == "make":
    while i < N:
        keep[i] = Point3(1, 2, 3)
        i += 1
else:
    # the same allocations, none kept: what the runtime touches whatever
    # the program keeps (a GC's nursery) is in both peaks
    while i < N:
        p = Point3(1, 2, 3)
        i += 1
print(len(keep))
'''


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- interpreters

def _looks_like_shim(path: str) -> bool:
    if 'shims' in path.split(os.sep):
        return True
    try:
        with open(path, 'rb') as f:
            return f.read(2) == b'#!'
    except OSError:
        return False


def find_cpython(requested: str | None) -> str:
    """The real CPython binary (a pyenv shim costs ~50 ms a start)."""
    if requested is not None:
        candidate = shutil.which(requested) or requested
    elif platform.python_implementation() == 'CPython' and sys.executable:
        candidate = sys.executable
    else:
        candidate = shutil.which('python3') or 'python3'
    if not _looks_like_shim(candidate) and requested is None:
        return os.path.realpath(candidate)
    out = subprocess.run([candidate, '-c', 'import sys, platform; '
                          'print(platform.python_implementation()); print(sys.executable)'],
                         capture_output=True, text=True, check=True).stdout.split('\n')
    if out[0].strip() != 'CPython':
        raise SystemExit('run_ouro: %s is %s, not CPython' % (candidate, out[0].strip()))
    return os.path.realpath(out[1].strip())


def find_pypy(args: argparse.Namespace) -> tuple[str | None, str]:
    """(path or None, a note for the report)."""
    if args.no_pypy:
        return None, 'pypy3 not run (--no-pypy)'
    path = shutil.which('pypy3')
    if path is None and args.install_pypy:
        log('installing pypy3 (apt-get install -y pypy3) ...')
        subprocess.run(['apt-get', 'install', '-y', 'pypy3'], stdout=subprocess.DEVNULL)
        path = shutil.which('pypy3')
    if path is None:
        return None, ('pypy3 is not installed: skipped (run with --install-pypy to '
                      'apt-get install it)')
    return path, ''


def version_of(exe: str) -> str:
    try:
        out = subprocess.run([exe, '-c', 'import sys; print(sys.version.replace(chr(10), " "))'],
                             capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return '?'
    return out.stdout.strip() or out.stderr.strip()[-200:]


# ---------------------------------------------------------------- running

class Result:
    def __init__(self, returncode: int, stdout: str, stderr: str, cpu: float,
                 wall: float, maxrss_kb: int) -> None:
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.cpu = cpu
        self.wall = wall
        self.maxrss_kb = maxrss_kb


def run(cmd: list[str], timeout: float) -> Result:
    """Runs cmd; its own CPU time and peak RSS come from wait4."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=PROGRAMS_DIR, stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL)
        deadline = start + timeout
        while True:
            pid, status, ru = os.wait4(proc.pid, os.WNOHANG)
            if pid != 0:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, ru = os.wait4(proc.pid, 0)
                proc.returncode = -9
                return Result(-9, '', 'timed out after %.0f s' % timeout, 0.0, timeout, 0)
            time.sleep(0.002)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Result(proc.returncode, out.read().decode('utf-8', 'replace'),
                      err.read().decode('utf-8', 'replace'),
                      ru.ru_utime + ru.ru_stime, wall, ru.ru_maxrss)


def tail(text: str, lines: int = 12) -> str:
    return '\n'.join(text.rstrip().split('\n')[-lines:])


class Cell:
    """One program under one interpreter: its CPU times and its output."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.output: str | None = None
        self.error: str | None = None

    def best(self) -> float | None:
        if self.error is not None or not self.times:
            return None
        return min(self.times)


def run_benchmarks(names: list[str], interps: dict[str, str], reps: int,
                   loops: int | None, timeout: float) -> dict[str, dict[str, Cell]]:
    cells = {name: {kind: Cell() for kind in interps} for name in names}
    for rep in range(reps):
        for name in names:
            for kind, exe in interps.items():
                cell = cells[name][kind]
                if cell.error is not None:
                    continue
                cmd = [exe, os.path.join(PROGRAMS_DIR, 'bm_%s.py' % name)]
                if loops is not None:
                    cmd.append(str(loops))
                r = run(cmd, timeout)
                if r.returncode != 0:
                    cell.error = 'exit status %d: %s' % (r.returncode, tail(r.stderr + r.stdout))
                    log('  %s on %s FAILED: %s' % (name, kind, cell.error))
                    continue
                if cell.output is not None and cell.output != r.stdout:
                    cell.error = 'output differs between repetitions'
                    continue
                cell.output = r.stdout
                cell.times.append(r.cpu)
                log('  rep %d  %-16s %-8s %7.3f s cpu  %7.3f s wall'
                    % (rep + 1, name, kind, r.cpu, r.wall))
    # outputs must equal CPython's
    for name in names:
        ref = cells[name]['cpython'].output
        for kind in interps:
            cell = cells[name][kind]
            if kind != 'cpython' and cell.error is None and ref is not None \
                    and cell.output != ref:
                cell.error = 'output differs from CPython: %r vs %r' % (
                    (cell.output or '')[:200], ref[:200])
    return cells


def measure_startup(interps: dict[str, str], reps: int) -> dict[str, tuple[float, float] | None]:
    """kind -> (min CPU time, min wall time) of `-c pass`."""
    best: dict[str, tuple[float, float] | None] = {kind: None for kind in interps}
    for _ in range(reps):
        for kind, exe in interps.items():
            r = run([exe, '-c', 'pass'], 60.0)
            if r.returncode != 0:
                continue
            b = best[kind]
            best[kind] = (r.cpu, r.wall) if b is None else (min(b[0], r.cpu), min(b[1], r.wall))
    return best


def measure_memory(interps: dict[str, str], reps: int) -> dict[str, tuple[int, int] | None]:
    """kind -> (peak RSS with the instances, without), in KiB (min of reps)."""
    fd, path = tempfile.mkstemp(suffix='.py', prefix='ouro_mem_')
    with os.fdopen(fd, 'w') as f:
        f.write(MEMORY_PROGRAM)
    result: dict[str, tuple[int, int] | None] = {}
    try:
        for kind, exe in interps.items():
            made: list[int] = []
            base: list[int] = []
            for _ in range(reps):
                r1 = run([exe, path, 'make'], 300.0)
                r0 = run([exe, path, 'base'], 300.0)
                if r1.returncode == 0 and r0.returncode == 0:
                    made.append(r1.maxrss_kb)
                    base.append(r0.maxrss_kb)
            result[kind] = (min(made), min(base)) if made else None
    finally:
        os.unlink(path)
    return result


# ---------------------------------------------------------------- report

def fmt_s(t: float | None) -> str:
    return '%.3f' % t if t is not None else 'n/a'


def speed(cpy: float | None, other: float | None) -> float | None:
    if cpy is None or other is None or other <= 0:
        return None
    return cpy / other


def fmt_x(r: float | None) -> str:
    return '%.2fx' % r if r is not None else 'n/a'


def geomean(values: list[float]) -> float | None:
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def report(names: list[str], interps: dict[str, str], cells: dict[str, dict[str, Cell]],
           startup: dict[str, tuple[float, float] | None] | None,
           memory: dict[str, tuple[int, int] | None] | None,
           header: list[str], notes: list[str]) -> tuple[str, bool]:
    ok = True
    lines = list(header)
    others = [k for k in interps if k != 'cpython']
    cols = ['benchmark', 'CPython (s)']
    for k in others:
        cols += ['%s (s)' % k, '%s speed' % k]
    cols.append('result')
    lines.append('')
    lines.append('| ' + ' | '.join(cols) + ' |')
    lines.append('|' + '|'.join(['---'] + ['---:'] * (len(cols) - 2) + ['---']) + '|')
    speeds: dict[str, list[float]] = {k: [] for k in others}
    failures: list[str] = []
    for name in names:
        c = cells[name]['cpython'].best()
        row = [name, fmt_s(c)]
        status = []
        if cells[name]['cpython'].error:
            status.append('CPython failed')
            ok = False
        for k in others:
            cell = cells[name][k]
            t = cell.best()
            s = speed(c, t)
            row += [fmt_s(t), fmt_x(s)]
            if cell.error is not None:
                status.append('%s: %s' % (k, 'wrong output' if 'differs' in cell.error
                                          else 'failed'))
                failures.append('%s on %s: %s' % (name, k, cell.error))
                ok = False
            elif s is not None:
                speeds[k].append(s)
        row.append('; '.join(status) if status else 'same output')
        lines.append('| ' + ' | '.join(row) + ' |')
    gm_row = ['**geometric mean**', '']
    for k in others:
        gm = geomean(speeds[k])
        gm_row += ['', '**%s** (%d programs)' % (fmt_x(gm), len(speeds[k]))]
    gm_row.append('target for ouro: >= %.2fx' % TARGET_SPEED)
    lines.append('| ' + ' | '.join(gm_row) + ' |')
    lines.append('')
    lines.append('Times: CPU time (user + sys) of the child process, minimum of the '
                 'repetitions; speed = CPython time / interpreter time (higher is faster).')

    if startup is not None:
        lines.append('')
        lines.append('| startup (`-c pass`) | CPU time (ms) | wall time (ms) | CPU time relative to CPython |')
        lines.append('|---|---:|---:|---:|')
        cs = startup.get('cpython')
        for k in interps:
            t = startup.get(k)
            if t is None:
                lines.append('| %s | n/a | n/a | n/a |' % k)
                continue
            rel = (t[0] / cs[0]) if (cs is not None and cs[0] > 0) else None
            lines.append('| %s | %.1f | %.1f | %s |' % (k, t[0] * 1000, t[1] * 1000,
                                                      '%.2fx' % rel if rel is not None else 'n/a'))
        lines.append('')
        lines.append('Minimum of the runs (CPU = user + sys of the child). Target for ouro: at '
                     'most %.1fx CPython\'s startup.' % TARGET_STARTUP)

    if memory is not None:
        lines.append('')
        lines.append('| memory: 10^6 instances of a 3-attribute class | peak RSS (MiB) | '
                     'baseline (MiB) | instances (MiB) | bytes / instance | relative to CPython |')
        lines.append('|---|---:|---:|---:|---:|---:|')
        cm = memory.get('cpython')
        cdelta = (cm[0] - cm[1]) if cm else None
        for k in interps:
            m = memory.get(k)
            if m is None:
                lines.append('| %s | n/a | n/a | n/a | n/a | n/a |' % k)
                continue
            delta = m[0] - m[1]
            rel = (delta / cdelta) if cdelta else None
            lines.append('| %s | %.1f | %.1f | %.1f | %.0f | %s |' % (
                k, m[0] / 1024.0, m[1] / 1024.0, delta / 1024.0, delta * 1024.0 / 1e6,
                '%.0f%%' % (rel * 100) if rel is not None else 'n/a'))
        lines.append('')
        lines.append('Peak RSS (ru_maxrss) of a program keeping 10^6 instances (attribute '
                     'values 1, 2, 3) in a preallocated list, minus the same program making them without '
                     'keeping them. Target for ouro: at most %d%% of CPython\'s.' % int(TARGET_MEMORY * 100))
    for n in notes:
        lines.append('')
        lines.append(n)
    if failures:
        lines.append('')
        lines.append('Failures:')
        lines.append('')
        for f in failures:
            lines.append('- ' + f.replace('\n', ' / '))
    return '\n'.join(lines), ok


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--ouro', default=os.path.join(REPO, 'bin', 'ouro'),
                    help='the ouro executable (default: bin/ouro)')
    ap.add_argument('--python', default=None, help='the CPython to compare with')
    ap.add_argument('--reps', type=int, default=3, help='repetitions (min is kept)')
    ap.add_argument('--only', default=None, help='comma-separated program names')
    ap.add_argument('--loops', type=int, default=None,
                    help='iteration count passed to every program (default: its own)')
    ap.add_argument('--timeout', type=float, default=600.0, help='per run, seconds')
    ap.add_argument('--no-pypy', action='store_true', help='do not run pypy3')
    ap.add_argument('--install-pypy', action='store_true',
                    help='apt-get install pypy3 if it is missing')
    ap.add_argument('--startup-reps', type=int, default=20)
    ap.add_argument('--no-startup', action='store_true')
    ap.add_argument('--no-memory', action='store_true')
    args = ap.parse_args(argv)

    names = PROGRAMS
    if args.only:
        wanted = [n.strip() for n in args.only.split(',') if n.strip()]
        unknown = [n for n in wanted if n not in PROGRAMS]
        if unknown:
            ap.error('unknown program(s): %s (known: %s)' % (', '.join(unknown),
                                                           ', '.join(PROGRAMS)))
        names = [n for n in PROGRAMS if n in wanted]
    ouro = os.path.abspath(args.ouro)
    if not os.path.exists(ouro):
        ap.error('%s does not exist (make ouro, or --ouro PATH)' % ouro)
    cpython = find_cpython(args.python)
    pypy, pypy_note = find_pypy(args)
    interps = {'cpython': cpython, 'ouro': ouro}
    if pypy is not None:
        interps['pypy3'] = pypy
    notes = [pypy_note] if pypy_note else []
    if pypy_note:
        log(pypy_note)

    cmdline = 'benchmarks/run_ouro.py ' + ' '.join(argv)
    header = ['Benchmarks of the ouro interpreter (%s)' % datetime.datetime.now(
        datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC'), '',
        '- command: `%s`' % cmdline.strip(),
        '- machine: %s, %d CPUs' % (platform.machine(), os.cpu_count() or 0)]
    for k, exe in interps.items():
        header.append('- %s: `%s` (%s)' % (k, exe, version_of(exe)))
    header.append('- repetitions: %d (interleaved), loops: %s' % (
        args.reps, args.loops if args.loops is not None else 'each program\'s default'))

    log('running %d programs x %d interpreters x %d reps' % (len(names), len(interps), args.reps))
    cells = run_benchmarks(names, interps, args.reps, args.loops, args.timeout)
    startup = None if args.no_startup else measure_startup(interps, args.startup_reps)
    memory = None if args.no_memory else measure_memory(interps, 2)
    text, ok = report(names, interps, cells, startup, memory, header, notes)
    print(text)
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
