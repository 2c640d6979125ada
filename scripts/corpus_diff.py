"""Run the interpreter corpus (tests/ouro/programs, tests/ouro/compile_programs)
with a translated ouro and with CPython, and list the programs whose stdout,
stderr or exit status differ, with the first difference.  The same comparison
as tests/ouro/test_interp_programs.py, without pytest and without translating.

    python scripts/corpus_diff.py [--ouro PATH] [-k SUBSTRING] [DIR ...]
"""
from __future__ import annotations

import argparse
import glob
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CPYTHON = os.path.realpath(sys.executable)


def run(cmd: list[str], cwd: str) -> tuple[int, str, str]:
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=60, cwd=cwd, env=env)
    except subprocess.TimeoutExpired:
        return (-999, "TIMEOUT", "")
    return (r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace"))


def first_difference(e: tuple[int, str, str], g: tuple[int, str, str]) -> str:
    if e[1] != g[1]:
        el, gl = e[1].splitlines(), g[1].splitlines()
        for i in range(max(len(el), len(gl))):
            a = el[i] if i < len(el) else "<none>"
            b = gl[i] if i < len(gl) else "<none>"
            if a != b:
                return "stdout L%d: exp %r got %r" % (i + 1, a[:80], b[:80])
    if e[2] != g[2]:
        return "stderr: exp %r got %r" % (e[2][-150:], g[2][-300:])
    return "status %s vs %s" % (e[0], g[0])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ouro", default=os.path.join(REPO, "bin", "ouro"))
    ap.add_argument("-k", default="", help="only programs whose name contains this")
    ap.add_argument("dirs", nargs="*")
    ns = ap.parse_args()
    dirs = ns.dirs or [os.path.join(REPO, "tests", "ouro", "programs"),
                       os.path.join(REPO, "tests", "ouro", "compile_programs")]
    ok = 0
    bad: list[tuple[str, str, str]] = []
    for d in dirs:
        for p in sorted(glob.glob(os.path.join(d, "*.py"))):
            name = os.path.basename(p)
            if ns.k not in name:
                continue
            e = run([CPYTHON, name], os.path.dirname(p))
            g = run([ns.ouro, name], os.path.dirname(p))
            if e == g:
                ok += 1
            else:
                last = g[2].strip().splitlines()[-1][:200] if g[0] != e[0] and g[2].strip() else ""
                bad.append((name, first_difference(e, g), last))
    print(ok, "ok", len(bad), "differ")
    for name, why, last in bad:
        print(name, "|", why)
        if last:
            print("     ERR:", last)
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
