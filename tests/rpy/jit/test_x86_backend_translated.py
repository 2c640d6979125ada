"""The x86-64 backend is RPy: programs/x86_backend_prog.py compiles a few
traces (integers, overflow, floats, heap, calls and allocation, spills)
and prints the machine code; translated to C it must print the same bytes.
What the code does is tested in test_x86_backend.py."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
PROG = HERE / "programs" / "x86_backend_prog.py"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def run_untranslated() -> str:
    r = subprocess.run([sys.executable, "-m", "rpy.run", str(PROG)], cwd=str(REPO), env=_env(),
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_untranslated_runs() -> None:
    out = run_untranslated()
    assert out.startswith("count ") and "guard_no_exception: refused" in out
    assert "many values" in out


@pytest.mark.translated
def test_translated_prints_the_same_code(rpy_translate) -> None:
    exe = rpy_translate(PROG)
    r = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout == run_untranslated()
