"""The encoder is RPy: programs/x86_encoder_prog.py (a sample of every kind
of instruction form, labels, relocations) prints the same bytes run on
CPython and translated to C.  The bytes themselves are checked against `as`
in test_x86_encoder.py."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
PROG = HERE / "programs" / "x86_encoder_prog.py"


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
    assert out.startswith("moves ") and "rsp as an index: refused" in out


@pytest.mark.translated
def test_translated_prints_the_same_bytes(rpy_translate) -> None:
    exe = rpy_translate(PROG)
    r = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout == run_untranslated()


def test_the_program_calls_every_public_method() -> None:
    """So that every method goes through the annotator when translated."""
    import re
    from rpy.jit.backend.x86.encoder import MachineCodeBuilder
    called = set(re.findall(r"\bb\.(\w+)\(", PROG.read_text()))
    public = {n for n in vars(MachineCodeBuilder) if not n.startswith("_")}
    # reached through the named forms (add_ai, cmp_li, shl_rcl, ...)
    internal_helpers = {"alu_ai", "alu_mi", "alu_rl", "alu_li", "alu_mr", "alu_ra", "shift_rcl"}
    missing = public - called - internal_helpers
    assert not missing, "not called by %s: %s" % (PROG.name, sorted(missing))
