"""Machine code entered from a translated program (rpy.rlib.rjitmem,
rpy/c/runtime/jitmem.c): programs/jit_run_prog.py assembles small loops
with the x86-64 backend, installs them in executable memory, runs them on
a jitframe and frees them; translated it must print what the untranslated
run (ctypes) prints, also with a tiny nursery and OURO_GC_VERIFY=1."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
RUN = HERE / "programs" / "jit_run_prog.py"


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.update(extra)
    return env


def run_untranslated(prog: Path) -> str:
    r = subprocess.run([sys.executable, "-m", "rpy.run", str(prog)], cwd=str(REPO), env=_env(),
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_run_untranslated() -> None:
    out = run_untranslated(RUN)
    assert "sum exit 0 guard0 500500 0" in out
    assert "collatz exit 0 guard0 27 10" in out
    assert "blocks left 0" in out


@pytest.mark.translated
def test_run_translated(rpy_translate) -> None:
    exe = rpy_translate(RUN)
    expected = run_untranslated(RUN)
    for env in ({}, {"OURO_GC_NURSERY": "64KB", "OURO_GC_VERIFY": "1"}):
        r = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120, env=_env(**env))
        assert r.returncode == 0, r.stderr
        assert r.stdout == expected
