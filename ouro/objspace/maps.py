"""Maps: the attributes of instances, as the seed's "Efficiently
Implementing Python Objects With Maps" describes.

An instance does not carry a dictionary.  It points to a Map (defined in
ouro/objspace/model.py, since type objects own the root of their
instances' maps), shared by all instances that got the same attributes in
the same order, which says at which index of the instance's storage each
attribute lives.  Adding an attribute moves the instance to the map's
successor for that name (maps form a tree from a root, and a transition,
once made, is reused).  Maps never change, so the JIT can promote an
instance's map and turn an attribute read into one load.

The storage is inline: N_INLINE fields in the object itself.  An object
with more attributes keeps the first N_INLINE - 1 inline and the rest in a
W_Overflow list held by the last field.  With the class kept in the map
(W_Instance), an instance of a class with up to four attributes is the GC
header, the map and four fields: 48 bytes, no other allocation.

When `__dict__` is used in a way maps cannot follow (a non-string key,
`obj.__dict__ = d`, or too many attributes), the instance switches for
good to the map family's dict-mode map, and its first field holds the real
dictionary (ouro/objspace/dictobject.py).
"""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.model import Map, W_Root

# more attributes than this: the instance uses a real dictionary
MAX_MAP_ATTRIBUTES = 1000

# attribute fields inside the object (see the module docstring)
N_INLINE = 4

# the root of the maps of objects whose class is not kept in the map
EMPTY_MAP = Map([], None, None, False)


class W_Overflow(W_Root):
    """Internal: the attributes after the first N_INLINE - 1 of an object
    with more than N_INLINE of them.  Never seen by Python code."""
    values_w: list[W_Root]

    def __init__(self, values_w: list[W_Root]) -> None:
        self.values_w = values_w


class W_ObjectWithMap(W_Root):
    """An object with instance attributes: a map and the values."""
    map: Map
    slot0: W_Root | None
    slot1: W_Root | None
    slot2: W_Root | None
    slot3: W_Root | None        # the 4th value, or the W_Overflow

    def __init__(self) -> None:
        self.map = EMPTY_MAP
        self.slot0 = None
        self.slot1 = None
        self.slot2 = None
        self.slot3 = None

    def get_attrs(self) -> W_Root | None:
        return self

    # -- the storage by index

    def read_slot(self, i: int) -> W_Root:
        if i == 0:
            w = self.slot0
        elif i == 1:
            w = self.slot1
        elif i == 2:
            w = self.slot2
        elif self.map.length <= N_INLINE:
            w = self.slot3
        else:
            w_over = self.slot3
            assert isinstance(w_over, W_Overflow)
            return w_over.values_w[i - (N_INLINE - 1)]
        assert w is not None
        return w

    def write_slot(self, i: int, w_value: W_Root) -> None:
        """Overwrites an existing attribute's value."""
        if i == 0:
            self.slot0 = w_value
        elif i == 1:
            self.slot1 = w_value
        elif i == 2:
            self.slot2 = w_value
        elif self.map.length <= N_INLINE:
            self.slot3 = w_value
        else:
            w_over = self.slot3
            assert isinstance(w_over, W_Overflow)
            w_over.values_w[i - (N_INLINE - 1)] = w_value

    def _append_slot(self, new_map: Map, w_value: W_Root) -> None:
        """Adds the value of the attribute new_map has more than self.map."""
        n = self.map.length
        if n < N_INLINE - 1:
            if n == 0:
                self.slot0 = w_value
            elif n == 1:
                self.slot1 = w_value
            else:
                self.slot2 = w_value
        elif n == N_INLINE - 1:
            self.slot3 = w_value
        elif n == N_INLINE:
            w_fourth = self.slot3
            assert w_fourth is not None
            self.slot3 = W_Overflow([w_fourth, w_value])
        else:
            w_over = self.slot3
            assert isinstance(w_over, W_Overflow)
            w_over.values_w.append(w_value)
        self.map = new_map

    def _clear_slots(self, new_map: Map) -> None:
        self.map = new_map
        self.slot0 = None
        self.slot1 = None
        self.slot2 = None
        self.slot3 = None

    # -- the attributes

    def get_w_dict(self) -> W_Root | None:
        """The real dictionary, once the object switched to one."""
        if self.map.is_dict:
            return self.slot0
        return None

    def set_w_dict(self, w_dict: W_Root) -> None:
        """Switches to (or replaces) a real dictionary as the storage."""
        self._clear_slots(self.map.dict_mode())
        self.slot0 = w_dict

    def has_attributes(self) -> bool:
        return self.map.is_dict or self.map.length > 0

    def attr_names(self) -> list[str]:
        """The attribute names, in order (maps only: not in dict mode)."""
        return self.map.names

    def attr_values(self) -> list[W_Root]:
        """The attribute values, in attr_names()' order."""
        values_w: list[W_Root] = []
        i = 0
        n = self.map.length
        while i < n:
            values_w.append(self.read_slot(i))
            i += 1
        return values_w

    def set_map_root(self, root: Map) -> None:
        """Moves the object to another map family (its class changed),
        keeping its attributes."""
        if self.map.is_dict:
            w_dict = self.slot0
            self._clear_slots(root.dict_mode())
            self.slot0 = w_dict
            return
        names = self.map.names
        values_w = self.attr_values()
        self._clear_slots(root)
        i = 0
        while i < len(names):
            self.setattr_in_map(names[i], values_w[i])
            i += 1

    def getdictvalue(self, name: str) -> W_Root | None:
        if self.map.is_dict:
            w_dict = self.slot0
            assert w_dict is not None
            return space.dict_getitem_str(w_dict, name)
        return self.getattr_from_map(name)

    def setdictvalue(self, name: str, w_value: W_Root) -> bool:
        if self.map.is_dict:
            w_dict = self.slot0
            assert w_dict is not None
            space.dict_setitem_str(w_dict, name, w_value)
        else:
            self.setattr_in_map(name, w_value)
        return True

    def deldictvalue(self, name: str) -> bool:
        if self.map.is_dict:
            w_dict = self.slot0
            assert w_dict is not None
            return space.dict_delitem_str(w_dict, name)
        return self.delattr_from_map(name)

    def getattr_from_map(self, name: str) -> W_Root | None:
        i = self.map.find(name)
        if i < 0:
            return None
        return self.read_slot(i)

    def setattr_in_map(self, name: str, w_value: W_Root) -> None:
        i = self.map.find(name)
        if i >= 0:
            self.write_slot(i, w_value)
            return
        if self.map.length >= MAX_MAP_ATTRIBUTES:
            self._switch_to_dict()
            space.dict_setitem_str(self._dict(), name, w_value)
            return
        self._append_slot(self.map.with_attribute(name), w_value)

    def delattr_from_map(self, name: str) -> bool:
        """False if there was no such attribute.  The remaining attributes
        keep their order, as in a dict."""
        i = self.map.find(name)
        if i < 0:
            return False
        names = self.map.names
        values_w = self.attr_values()
        self._clear_slots(self.map.root)
        j = 0
        while j < len(names):
            if j != i:
                self.setattr_in_map(names[j], values_w[j])
            j += 1
        return True

    def _switch_to_dict(self) -> None:
        names = self.map.names
        values_w = self.attr_values()
        w_d = space.newdict()
        i = 0
        while i < len(names):
            space.dict_setitem_str(w_d, names[i], values_w[i])
            i += 1
        self.set_w_dict(w_d)

    def _dict(self) -> W_Root:
        w_dict = self.slot0
        assert w_dict is not None and self.map.is_dict
        return w_dict

    def get_or_make_w_dict(self) -> W_Root:
        """The real dictionary, switching to one first if needed."""
        if not self.map.is_dict:
            self._switch_to_dict()
        return self._dict()
