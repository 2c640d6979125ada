"""The GC's promises, checked on translated RPy programs (tests/rpy/gc/):
bounded memory under allocation churn, a big live structure surviving major
collections, cycles reclaimed, MemoryError instead of a crash (also when the
system refuses memory in the middle of a collection)."""
from __future__ import annotations

import os
import resource
import subprocess
from pathlib import Path

import pytest

GC_DIR = Path(__file__).parent / "gc"

pytestmark = pytest.mark.translated


def run(exe: Path, *args: str, env: dict | None = None) -> str:
    """Run exe; return its output (it must succeed)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    proc = subprocess.run([str(exe), *args], capture_output=True, text=True, env=full_env,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_fifty_million_short_lived_allocations_stay_under_64_mib(rpy_translate):
    exe = rpy_translate(GC_DIR / "short_lived.py")
    out = run(exe, "25000000")    # two objects per iteration: 50 million
    assert "total 25000000 kept 25 check 25" in out
    assert "minor collections > 0: True" in out
    peak_kib = int(out.split("peak KiB:")[1].split()[0])
    assert 0 < peak_kib < 64 * 1024, "peak RSS %d KiB" % peak_kib


def test_two_million_node_tree_survives_major_collections(rpy_translate):
    exe = rpy_translate(GC_DIR / "big_tree.py")
    out = run(exe, "2000000")
    assert out.count("intact: True") == 4, out
    assert "major collections >= 4: True" in out


def test_garbage_cycles_are_reclaimed(rpy_translate):
    exe = rpy_translate(GC_DIR / "cycles.py")
    out = run(exe, "200")
    assert "ring alive: True" in out
    assert "reclaimed: True" in out


def test_out_of_memory_raises_memory_error(rpy_translate):
    exe = rpy_translate(GC_DIR / "memory_error.py")
    out = run(exe, env={"OURO_GC_MAX": "200MB"})
    assert "caught MemoryError" in out
    assert "still working: 999000" in out


def test_out_of_memory_inside_a_collection_raises_memory_error(rpy_translate):
    # RLIMIT_AS makes mmap/malloc fail; the program's objects are small, so
    # the failure comes while a minor collection copies survivors (the GC's
    # emergency reserve, rpy/c/runtime/gc.c), formerly a fatal error
    exe = rpy_translate(GC_DIR / "oom_in_collection.py")
    limit = 200 * 1024 * 1024

    def set_limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = dict(os.environ, OURO_GC_DEBUG="1")
    proc = subprocess.run([str(exe), "100000000"], capture_output=True, text=True, env=env,
                          preexec_fn=set_limit, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "caught MemoryError 0" in proc.stdout
    assert "caught MemoryError 1" in proc.stdout      # recovered, and again
    assert "still working: 4999950000" in proc.stdout
    assert "emergency reserve released" in proc.stderr


def test_weak_references_and_finalizer_queues_under_churn(rpy_translate):
    exe = rpy_translate(GC_DIR / "weakrefs.py")
    expected = ["survivors intact: True", "recent cleared: True", "finalized: True True",
                "minor collections > 10: True", "major collections > 1: True",
                "memory in use < 8 MB: True"]
    out = run(exe, "3000000")
    for line in expected:
        assert line in out, out
    # heap verification and a tiny nursery: many more minor collections,
    # weakrefs and registrations moved by each
    out = run(exe, "200000", env={"OURO_GC_VERIFY": "1", "OURO_GC_NURSERY": "16KB"})
    for line in expected:
        assert line in out, out
