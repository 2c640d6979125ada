"""The memory target of the interpreter issue, in the GC's own accounting
(gc.get_memory_stats(), the collector's bytes in use after a full
collection): an instance of a class with three attributes costs at most 48
bytes, with or without __slots__ (ouro/objspace/maps.py: map pointer plus
four inline fields, the class kept in the map).  Run by the translated
ouro: the untranslated interpreter has no such accounting."""
from __future__ import annotations

from pathlib import Path
import subprocess

import pytest

REPO = Path(__file__).resolve().parent.parent.parent

PROGRAM = r'''
import gc

class Plain:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

class Slotted:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

class Empty:
    pass

def bytes_per_object(make, n):
    objs = [None] * n          # the list exists before the baseline
    gc.collect()
    before = gc.get_memory_stats()["memory_in_use"]
    for i in range(n):
        objs[i] = make()
    gc.collect()
    after = gc.get_memory_stats()["memory_in_use"]
    return (after - before) / n

a, b, c = "shared", 1.5, (1, 2)
print("plain", bytes_per_object(lambda: Plain(a, b, c), 200000))
print("slots", bytes_per_object(lambda: Slotted(a, b, c), 200000))
print("empty", bytes_per_object(Empty, 200000))
'''


def _measure(exe: Path, tmp_path: Path) -> dict[str, float]:
    prog = tmp_path / "memory.py"
    prog.write_text(PROGRAM)
    proc = subprocess.run([str(exe), str(prog)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        name, value = line.split()
        result[name] = float(value)
    return result


@pytest.fixture(scope="module")
def ouro_exe(rpy_translate) -> Path:
    return rpy_translate(REPO / "ouro" / "target.py")


@pytest.mark.translated
def test_three_attribute_instances_cost_at_most_48_bytes(ouro_exe: Path, tmp_path: Path) -> None:
    sizes = _measure(ouro_exe, tmp_path)
    # a little slack for the allocations of the loop itself, amortized
    assert sizes["plain"] <= 48.5, sizes
    assert sizes["slots"] <= 48.5, sizes
    assert sizes["empty"] <= 48.5, sizes
