"""The trace IR, printer and optimizer are RPy: tests/rpy/jit/programs/
optimizer_target.py builds traces, optimizes and prints them; translated
with `python -m rpy.translate` it must print exactly what it prints
untranslated (`python -m rpy.run`)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
TARGET = HERE / "programs" / "optimizer_target.py"


def run_untranslated(*args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "rpy.run", str(TARGET), *args],
                          cwd=str(REPO), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_untranslated_output_shows_the_optimizations():
    # the trace lines only (resume layouts are indented)
    out = "\n".join(l for l in run_untranslated().splitlines() if not l.startswith("  "))
    boxed = out.split("== boxed int loop [intbounds")[1].split("==")[0]
    loop = boxed.split("label(")[1]
    assert "new_with_vtable" not in loop and "guard_class" not in loop
    const = out.split("== constant frame loop [intbounds")[1].split("==")[0]
    loop = const.split("label(")[1]
    assert "getfield" not in loop and "guard_value" not in loop
    strings = out.split("== string loop [intbounds")[1].split("==")[0]
    assert "newstr" not in strings
    assert "jumps to the label: True" in out and "jumps to the label: False" in out


@pytest.mark.translated
def test_translated_optimizer_prints_the_same_as_untranslated(rpy_translate):
    exe = rpy_translate(TARGET)
    expected = run_untranslated()
    proc = subprocess.run([str(exe)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == expected
