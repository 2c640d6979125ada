"""The RPy code type-checks with mypy (cheap, and it catches what a
translation would refuse much later): rpy.rlib, the interpreter (ouro/), the
bundled example and the benchmarks."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytest.importorskip("mypy")


@pytest.mark.parametrize("paths", [["rpy/rlib", "ouro", "examples/rpy_demo.py"], ["benchmarks/rpy"],
                                   ["examples/jitlang"]],
                         ids=["rlib-ouro-examples", "benchmarks", "jitlang"])
def test_rpy_code_type_checks(paths: list[str]) -> None:
    r = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", *paths],
                       cwd=REPO, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
