"""The memory target of the interpreter issue, in the GC's own accounting
(gc.get_memory_stats(), the collector's bytes in use after a full
collection): an instance of a class with three attributes costs at most 40
bytes, with or without __slots__ (CPython: 112 by peak RSS), and one with
four at most 48.  ouro/objspace/maps.py: the map pointer plus the value
fields of the instance's layout (3, 4, 6 or 8, chosen by the class from the
most attributes its instances had), the class kept in the map.  Run by the
translated ouro: the untranslated interpreter has no such accounting.

OURO_EXE=path/to/ouro runs an already translated ouro instead of
translating ouro/target.py."""
from __future__ import annotations

from pathlib import Path
import subprocess

import pytest


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
    make()                     # the first instance teaches the class its size
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

# classes of 1..8 attributes (and 12: the largest layout plus an overflow list)
for n in list(range(1, 9)) + [12]:
    names = ["a%d" % i for i in range(n)]
    src = "def __init__(self):\n" + "".join("    self.%s = None\n" % s for s in names)
    ns = {}
    exec(src, ns)
    cls = type("C%d" % n, (), {"__init__": ns["__init__"]})
    print("attrs%d" % n, bytes_per_object(cls, 100000))
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


@pytest.mark.translated
def test_instance_sizes(ouro_exe: Path, tmp_path: Path) -> None:
    sizes = _measure(ouro_exe, tmp_path)
    print(sizes)
    # a little slack for the allocations of the loop itself, amortized
    assert sizes["plain"] <= 40.5, sizes
    assert sizes["slots"] <= 40.5, sizes
    assert sizes["empty"] <= 40.5, sizes
    # header + map + the layout's fields: 3, 4, 6, 6, 8, 8 fields
    expected = {1: 40, 2: 40, 3: 40, 4: 48, 5: 64, 6: 64, 7: 80, 8: 80}
    for n, size in expected.items():
        assert sizes["attrs%d" % n] <= size + 0.5, (n, sizes)
    # 12 attributes: the 8-field layout and a list of the last 5 (about
    # 200 bytes; the single 4-field layout made it 232)
    assert sizes["attrs12"] <= 232, sizes


CONTAINER_PROGRAM = r'''
import gc

def bytes_per_item(make, n):
    gc.collect()
    before = gc.get_memory_stats()["memory_in_use"]
    c = make(n)
    gc.collect()
    after = gc.get_memory_stats()["memory_in_use"]
    assert len(c) == n
    return (after - before) / n

def int_set(n):
    s = set()
    for i in range(n):
        s.add(i * 3 + 1000)
    return s

def object_set(n):
    s = int_set(n)
    s.add("switch")      # the object strategy: every int boxed
    s.discard("switch")
    return s

# keys beyond the small-int cache, so that a boxed key would cost its box
print("dict_int", bytes_per_item(lambda n: {i + 1000: None for i in range(n)}, 200000))
print("empty_dict", bytes_per_item(lambda n: [{} for i in range(n)], 200000))
print("set_ints", bytes_per_item(int_set, 200000))
print("set_objects", bytes_per_item(object_set, 200000))
'''


@pytest.fixture(scope="module")
def container_sizes(ouro_exe: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    prog = tmp_path_factory.mktemp("containers") / "container_memory.py"
    prog.write_text(CONTAINER_PROGRAM)
    proc = subprocess.run([str(ouro_exe), str(prog)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    sizes = {line.split()[0]: float(line.split()[1]) for line in proc.stdout.splitlines()}
    print(sizes)
    return sizes


@pytest.mark.translated
def test_dict_strategies(container_sizes: dict[str, float]) -> None:
    """dictobject.py: int keys unboxed (45 bytes an entry: hash, key and
    value words plus the index table; 61 with boxed keys), and a dict that
    never had a key shares its empty storage (80 bytes with the list's
    pointer to it; 288 when each had its own empty lists)."""
    assert container_sizes["dict_int"] <= 48, container_sizes
    assert container_sizes["empty_dict"] <= 88, container_sizes


@pytest.mark.translated
def test_int_set_size(container_sizes: dict[str, float]) -> None:
    """A set of 200000 exact ints keeps them unboxed in its table
    (setobject.py's int strategy): 524288 slots of one word, 21 bytes an
    element, where the object strategy's two words a slot and a box for
    each int cost about three times as much (CPython: 42 bytes of table
    plus 28 for each int object)."""
    assert container_sizes["set_ints"] <= 21.5, container_sizes
    assert container_sizes["set_objects"] >= 2 * container_sizes["set_ints"], container_sizes
