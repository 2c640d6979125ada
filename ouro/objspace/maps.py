"""Maps: the attributes of instances, as the seed's "Efficiently
Implementing Python Objects With Maps" describes.

An instance does not carry a dictionary.  It points to a Map, shared by all
instances that got the same attributes in the same order, which says at
which index of the instance's `storage` list each attribute lives.  Adding
an attribute moves the instance to the map's successor for that name
(maps form a tree from EMPTY_MAP, and a transition, once made, is reused).
Maps never change, so the JIT can promote an instance's map and turn an
attribute read into one indexed load.

When `__dict__` is used in a way maps cannot follow (a non-string key,
or deleting keys into a shape no map describes, or too many attributes),
the instance switches to a real dictionary (`w_dict`, see
ouro/objspace/dictobject.py) for good.
"""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.model import W_Root

# more attributes than this: the instance uses a real dictionary
MAX_MAP_ATTRIBUTES = 1000


class Map:
    names: list[str]                 # the attributes, in insertion order
    index: dict[str, int]            # name -> position in storage
    transitions: dict[str, Map]
    parent: Map | None

    def __init__(self, names: list[str], parent: Map | None) -> None:
        self.names = names
        self.index = {}
        i = 0
        for n in names:
            self.index[n] = i
            i += 1
        self.transitions = {}
        self.parent = parent

    def find(self, name: str) -> int:
        """The storage index of `name`, or -1."""
        if name in self.index:
            return self.index[name]
        return -1

    def with_attribute(self, name: str) -> Map:
        if name in self.transitions:
            return self.transitions[name]
        names = list(self.names)
        names.append(name)
        m = Map(names, self)
        self.transitions[name] = m
        return m

    def size(self) -> int:
        return len(self.names)


EMPTY_MAP = Map([], None)


class W_ObjectWithMap(W_Root):
    """An object with instance attributes: a map and the values."""
    map: Map
    storage: list[W_Root]
    w_dict: W_Root | None       # a real dict once maps gave up (then map is unused)

    def __init__(self) -> None:
        self.map = EMPTY_MAP
        self.storage = []
        self.w_dict = None

    def get_attrs(self) -> W_Root | None:
        return self

    def getdictvalue(self, name: str) -> W_Root | None:
        w_dict = self.w_dict
        if w_dict is not None:
            return space.dict_getitem_str(w_dict, name)
        return self.getattr_from_map(name)

    def setdictvalue(self, name: str, w_value: W_Root) -> bool:
        w_dict = self.w_dict
        if w_dict is not None:
            space.dict_setitem_str(w_dict, name, w_value)
        else:
            self.setattr_in_map(name, w_value)
        return True

    def deldictvalue(self, name: str) -> bool:
        w_dict = self.w_dict
        if w_dict is not None:
            return space.dict_delitem_str(w_dict, name)
        return self.delattr_from_map(name)

    def getattr_from_map(self, name: str) -> W_Root | None:
        i = self.map.find(name)
        if i < 0:
            return None
        return self.storage[i]

    def setattr_in_map(self, name: str, w_value: W_Root) -> None:
        i = self.map.find(name)
        if i >= 0:
            self.storage[i] = w_value
            return
        self.map = self.map.with_attribute(name)
        self.storage.append(w_value)

    def delattr_from_map(self, name: str) -> bool:
        """False if there was no such attribute.  The remaining attributes
        keep their order, as in a dict."""
        i = self.map.find(name)
        if i < 0:
            return False
        old_names = self.map.names
        old_storage = self.storage
        self.map = EMPTY_MAP
        self.storage = []
        j = 0
        while j < len(old_names):
            if j != i:
                self.setattr_in_map(old_names[j], old_storage[j])
            j += 1
        return True
