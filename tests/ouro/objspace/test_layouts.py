"""Instance layouts (ouro/objspace/maps.py, model.Map/W_TypeObject): the
RPy class of a new instance follows its class's size estimate, every map
family knows its layout, and the storage by index (read_slot, write_slot,
_append_slot, overflow, deletion, dict mode, __class__ assignment) works
for each layout.  Untranslated; the sizes in bytes are measured by
tests/ouro/test_memory.py, the Python-level behaviour by
tests/ouro/programs/instance_layouts.py (against CPython, translated, and
here through `python -m ouro`).

    python -m pytest -q tests/ouro/objspace/test_layouts.py
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ouro.objspace import space
from ouro.objspace import dictobject, strobject  # noqa: F401  (newdict, wrap_str)
from ouro.objspace.maps import (EMPTY_MAP, W_Instance, W_Instance4, W_Instance6, W_Instance8,
                                W_ObjectWithMap, W_Overflow, new_instance)
from ouro.objspace.model import (INLINE_SIZES, LAYOUT_OBJECT, W_TypeObject, compute_mro,
                                 w_object_type)
from ouro.objspace.objectobject import object_set_class

REPO = Path(__file__).resolve().parents[3]
CLASSES = {3: W_Instance, 4: W_Instance4, 6: W_Instance6, 8: W_Instance8}


def make_class(name: str = "C") -> W_TypeObject:
    w_t = W_TypeObject(name, [w_object_type], LAYOUT_OBJECT)
    w_t.mro_w = compute_mro(w_t)
    w_t.is_heaptype = True
    w_t.hasdict = True
    return w_t


def values(obj: W_ObjectWithMap) -> list[str]:
    return [space.str_of_w(w) for w in obj.attr_values()]


def fill(obj: W_ObjectWithMap, n: int, prefix: str = "v") -> None:
    for i in range(n):
        obj.setattr_in_map("a%d" % i, space.wrap_str("%s%d" % (prefix, i)))


def test_the_estimate_picks_the_layout() -> None:
    w_t = make_class()
    seen = []
    for n in range(1, 12):
        obj = new_instance(w_t)
        seen.append(type(obj).__name__)
        fill(obj, n)
        assert obj.map.w_cls is w_t and obj.getclass() is w_t
        assert w_t.max_attributes == max(n, w_t.max_attributes)
    # an instance is made before its attributes: it gets the layout that
    # fits what the earlier instances had
    assert seen == ["W_Instance", "W_Instance", "W_Instance", "W_Instance",
                    "W_Instance4", "W_Instance6", "W_Instance6", "W_Instance8",
                    "W_Instance8", "W_Instance8", "W_Instance8"]


@pytest.mark.parametrize("n_inline", INLINE_SIZES)
@pytest.mark.parametrize("n", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13])
def test_storage_of_each_layout(n_inline: int, n: int) -> None:
    w_t = make_class()
    obj = CLASSES[n_inline](w_t)
    assert obj.map is w_t.root_map_for(n_inline) and obj.map.n_inline == n_inline
    fill(obj, n)
    m = obj.map
    assert m.length == n and m.n_inline == n_inline and m.root is w_t.root_map_for(n_inline)
    assert m.overflow_start == (n_inline if n <= n_inline else n_inline - 1)
    assert values(obj) == ["v%d" % i for i in range(n)]
    if n > n_inline:
        w_over = obj._field(n_inline - 1)
        assert isinstance(w_over, W_Overflow) and len(w_over.values_w) == n - n_inline + 1
    # overwrite every index, then delete one (the object is rebuilt from its root)
    for i in range(n):
        obj.write_slot(i, space.wrap_str("w%d" % i))
    assert values(obj) == ["w%d" % i for i in range(n)]
    if n >= 2:
        assert obj.delattr_from_map("a1")
        assert obj.map.root is w_t.root_map_for(n_inline)
        assert obj.attr_names() == ["a%d" % i for i in range(n) if i != 1]
        assert values(obj) == ["w%d" % i for i in range(n) if i != 1]
        assert obj.getattr_from_map("a1") is None
    # dict mode keeps the layout's family
    w_d = obj.get_or_make_w_dict()
    assert obj.map.is_dict and obj.map.root is w_t.root_map_for(n_inline)
    assert obj.map is obj.map.dict_mode()
    assert obj.get_w_dict() is w_d
    obj.setdictvalue("zz", space.wrap_str("z"))
    assert space.str_of_w(space.dict_getitem_str(w_d, "zz")) == "z"


@pytest.mark.parametrize("n_inline", INLINE_SIZES)
@pytest.mark.parametrize("n", [0, 3, 4, 7, 10])
def test_class_assignment_keeps_the_layout(n_inline: int, n: int) -> None:
    w_a = make_class("A")
    w_b = make_class("B")
    obj = CLASSES[n_inline](w_a)
    fill(obj, n)
    object_set_class(obj, w_b)
    assert obj.getclass() is w_b
    assert obj.map.root is w_b.root_map_for(n_inline)
    assert values(obj) == ["v%d" % i for i in range(n)]
    assert w_b.max_attributes == n
    object_set_class(obj, w_a)
    assert obj.map.root is w_a.root_map_for(n_inline) and obj.getclass() is w_a


def test_objects_with_map_of_their_own() -> None:
    """Exceptions, attribute stores of subclasses of built-in types: three
    fields, EMPTY_MAP's family, overflow beyond three."""
    obj = W_ObjectWithMap()
    assert obj.map is EMPTY_MAP and EMPTY_MAP.n_inline == 3
    fill(obj, 6)
    assert values(obj) == ["v%d" % i for i in range(6)]
    assert isinstance(obj.slot2, W_Overflow)
    assert obj.delattr_from_map("a0")
    assert values(obj) == ["v%d" % i for i in range(1, 6)]
    assert obj.map.root is EMPTY_MAP


def test_maps_are_shared_per_layout() -> None:
    w_t = make_class()
    a = W_Instance4(w_t)
    b = W_Instance4(w_t)
    c = W_Instance(w_t)
    for o in (a, b, c):
        fill(o, 2)
    assert a.map is b.map
    assert a.map is not c.map and a.map.names == c.map.names
    assert w_t.root_map_for(4).transitions["a0"] is a.map.parent


def test_app_level_program() -> None:
    """tests/ouro/programs/instance_layouts.py through `python -m ouro`
    gives CPython's output."""
    prog = REPO / "tests" / "ouro" / "programs" / "instance_layouts.py"
    expected = subprocess.run([sys.executable, prog.name], capture_output=True, text=True,
                              timeout=120, cwd=prog.parent)
    got = subprocess.run([sys.executable, "-m", "ouro", "-S", str(prog)], capture_output=True,
                         text=True, timeout=600, cwd=REPO)
    assert expected.returncode == 0, expected.stderr
    assert got.stdout.splitlines() == expected.stdout.splitlines(), got.stderr[-2000:]

