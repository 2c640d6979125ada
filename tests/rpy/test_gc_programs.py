"""The GC's promises, checked on translated RPy programs (tests/rpy/gc/):
bounded memory under allocation churn, a big live structure surviving major
collections, cycles reclaimed, MemoryError instead of a crash."""
from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest

GC_DIR = Path(__file__).parent / "gc"

pytestmark = pytest.mark.translated


def run(exe: Path, *args: str, env: dict | None = None) -> tuple[str, int]:
    """Run exe; return its output and its own peak resident memory in KiB
    (from wait4: RUSAGE_CHILDREN would be the maximum over every child the
    test process ever had)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([str(exe), *args], stdout=out, stderr=err, env=full_env)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    assert proc.returncode == 0, stderr
    return stdout, usage.ru_maxrss


def test_fifty_million_short_lived_allocations_stay_under_64_mib(rpy_translate):
    exe = rpy_translate(GC_DIR / "short_lived.py")
    out, peak_kib = run(exe, "25000000")    # two objects per iteration: 50 million
    assert "total 25000000 kept 25 check 25" in out
    assert "minor collections > 0: True" in out
    assert peak_kib < 64 * 1024, "peak RSS %d KiB" % peak_kib


def test_two_million_node_tree_survives_major_collections(rpy_translate):
    exe = rpy_translate(GC_DIR / "big_tree.py")
    out, _ = run(exe, "2000000")
    assert out.count("intact: True") == 4, out
    assert "major collections >= 4: True" in out


def test_garbage_cycles_are_reclaimed(rpy_translate):
    exe = rpy_translate(GC_DIR / "cycles.py")
    out, _ = run(exe, "200")
    assert "ring alive: True" in out
    assert "reclaimed: True" in out


def test_out_of_memory_raises_memory_error(rpy_translate):
    exe = rpy_translate(GC_DIR / "memory_error.py")
    out, _ = run(exe, env={"OURO_GC_MAX": "200MB"})
    assert "caught MemoryError" in out
    assert "still working: 999000" in out
