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

The storage is inline: value fields in the object itself, as many as its
layout has (map.n_inline).  An object with more attributes than that keeps
the first n_inline - 1 inline and the rest in a W_Overflow list held by the
last field (map.overflow_start says where the inline ones end).

Layouts (model.INLINE_SIZES): W_ObjectWithMap has three fields (slot0..2),
and the objects that derive from it directly (exceptions, the attribute
stores of instances of subclasses of built-in types, built-in objects with
a __dict__) use them, with EMPTY_MAP's family.  W_Instance, the instances
of classes, comes in four sizes: W_Instance (3 fields), W_Instance4,
W_Instance6, W_Instance8, each deriving from the previous one and adding
fields.  A class picks the smallest that fits the most attributes its
instances had so far (W_TypeObject.root_map, the size estimate updated when
a map of the class gets a child) and keeps one root map per layout, so a
map says where its values are: the class is kept in the map, and an
instance of a class with three attributes is the GC header, the map and
three fields (40 bytes), one with four is 48 bytes, five or six 64, seven
or eight 80, with no other allocation.  An instance keeps its RPy class
for good: once a class's estimate grows, its older instances overflow,
the newer ones get the larger layout.

When `__dict__` is used in a way maps cannot follow (a non-string key,
`obj.__dict__ = d`, or too many attributes), the instance switches for
good to the map family's dict-mode map, and its first field holds the real
dictionary (ouro/objspace/dictobject.py).

The values of `__slots__` names are attributes of the map too, under the
name prefixed with SLOT_PREFIX (no `__dict__` shows them: a class with
`__slots__ = ('a', '__dict__')` has `a` apart from its dict, as in
CPython).  In dict mode they move to a W_SlotValues in the second field.
"""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.model import Arguments, Map, W_Root, W_TypeObject

# more attributes than this: the instance uses a real dictionary
MAX_MAP_ATTRIBUTES = 1000

# the root of the maps of objects whose class is not kept in the map (the
# three fields of W_ObjectWithMap)
EMPTY_MAP = Map([], None, None, False, 3)


class W_Overflow(W_Root):
    """Internal: the attributes after the first n_inline - 1 of an object
    with more than its layout's n_inline of them.  Never seen by Python
    code."""
    values_w: list[W_Root]

    def __init__(self, values_w: list[W_Root]) -> None:
        self.values_w = values_w


# the map key of a __slots__ value: a character no attribute set through
# a dict could start with in practice, and never shown by __dict__
SLOT_PREFIX = "\x00"


class W_SlotValues(W_Root):
    """Internal: the __slots__ values of an object in dict mode (its second
    field), by their map keys.  Never seen by Python code."""
    keys: list[str]
    values_w: list[W_Root]

    def __init__(self) -> None:
        self.keys = []
        self.values_w = []

    def get(self, key: str) -> W_Root | None:
        for i in range(len(self.keys)):
            if self.keys[i] == key:
                return self.values_w[i]
        return None

    def set(self, key: str, w_value: W_Root) -> None:
        for i in range(len(self.keys)):
            if self.keys[i] == key:
                self.values_w[i] = w_value
                return
        self.keys.append(key)
        self.values_w.append(w_value)

    def delete(self, key: str) -> bool:
        for i in range(len(self.keys)):
            if self.keys[i] == key:
                del self.keys[i]
                del self.values_w[i]
                return True
        return False


class W_ObjectWithMap(W_Root):
    """An object with instance attributes: a map and the values (three
    fields here, more in the W_Instance subclasses: map.n_inline)."""
    map: Map
    slot0: W_Root | None
    slot1: W_Root | None
    slot2: W_Root | None

    def __init__(self) -> None:
        self.map = EMPTY_MAP
        self.slot0 = None
        self.slot1 = None
        self.slot2 = None

    def get_attrs(self) -> W_Root | None:
        return self

    # -- the storage by index

    def read_slot(self, i: int) -> W_Root:
        if i == 0:
            w = self.slot0
        elif i == 1:
            w = self.slot1
        else:
            start = self.map.overflow_start
            if i >= start:
                w_over = self._field(start)
                assert isinstance(w_over, W_Overflow)
                return w_over.values_w[i - start]
            if i == 2:
                w = self.slot2
            elif i == 3:
                assert isinstance(self, W_Instance4)
                w = self.slot3
            else:
                w = self._field(i)
        assert w is not None
        return w

    def write_slot(self, i: int, w_value: W_Root) -> None:
        """Overwrites an existing attribute's value."""
        if i == 0:
            self.slot0 = w_value
        elif i == 1:
            self.slot1 = w_value
        else:
            start = self.map.overflow_start
            if i >= start:
                w_over = self._field(start)
                assert isinstance(w_over, W_Overflow)
                w_over.values_w[i - start] = w_value
            elif i == 2:
                self.slot2 = w_value
            elif i == 3:
                w_self = self
                assert isinstance(w_self, W_Instance4)
                w_self.slot3 = w_value
            else:
                self._set_field(i, w_value)

    def _append_slot(self, new_map: Map, w_value: W_Root) -> None:
        """Adds the value of the attribute new_map has more than self.map
        (new_map is a child of self.map)."""
        n = self.map.length
        last = new_map.n_inline - 1
        if n == 0:
            self.slot0 = w_value
        elif n == 1:
            self.slot1 = w_value
        elif n == 2:                    # every layout has three fields or more
            self.slot2 = w_value
        elif n <= last:
            self._set_field(n, w_value)
        elif n == last + 1:
            w_last = self._field(last)
            assert w_last is not None
            self._set_field(last, W_Overflow([w_last, w_value]))
        else:
            w_over = self._field(last)
            assert isinstance(w_over, W_Overflow)
            w_over.values_w.append(w_value)
        self.map = new_map

    def _field(self, i: int) -> W_Root | None:
        """The value field i of the object (i < map.n_inline)."""
        if i == 0:
            return self.slot0
        if i == 1:
            return self.slot1
        if i == 2:
            return self.slot2
        assert isinstance(self, W_Instance4)
        if i == 3:
            return self.slot3
        assert isinstance(self, W_Instance6)
        if i == 4:
            return self.slot4
        if i == 5:
            return self.slot5
        assert isinstance(self, W_Instance8)
        if i == 6:
            return self.slot6
        return self.slot7

    def _set_field(self, i: int, w_value: W_Root | None) -> None:
        if i == 0:
            self.slot0 = w_value
        elif i == 1:
            self.slot1 = w_value
        elif i == 2:
            self.slot2 = w_value
        else:
            w_self = self
            assert isinstance(w_self, W_Instance4)
            if i == 3:
                w_self.slot3 = w_value
                return
            assert isinstance(w_self, W_Instance6)
            if i == 4:
                w_self.slot4 = w_value
            elif i == 5:
                w_self.slot5 = w_value
            else:
                assert isinstance(w_self, W_Instance8)
                if i == 6:
                    w_self.slot6 = w_value
                else:
                    w_self.slot7 = w_value

    def _clear_slots(self, new_map: Map) -> None:
        """Empties the value fields and moves to new_map (of the same layout)."""
        i = self.map.n_inline - 1
        while i >= 0:
            self._set_field(i, None)
            i -= 1
        self.map = new_map

    # -- the attributes

    def get_w_dict(self) -> W_Root | None:
        """The real dictionary, once the object switched to one."""
        if self.map.is_dict:
            return self.slot0
        return None

    def set_w_dict(self, w_dict: W_Root) -> None:
        """Switches to (or replaces) a real dictionary as the storage (the
        __slots__ values stay apart from it)."""
        holder = self._slot_values()
        self._clear_slots(self.map.dict_mode())
        self.slot0 = w_dict
        self.slot1 = holder

    def _slot_values(self) -> W_SlotValues | None:
        """The __slots__ values, apart (dict mode: the one kept)."""
        if self.map.is_dict:
            h = self.slot1
            if isinstance(h, W_SlotValues):
                return h
            return None
        holder: W_SlotValues | None = None
        names = self.map.names
        for i in range(len(names)):
            if names[i].startswith(SLOT_PREFIX):
                if holder is None:
                    holder = W_SlotValues()
                holder.set(names[i], self.read_slot(i))
        return holder

    # -- __slots__ values (key: SLOT_PREFIX + name)

    def getslotvalue(self, key: str) -> W_Root | None:
        if self.map.is_dict:
            h = self.slot1
            if isinstance(h, W_SlotValues):
                return h.get(key)
            return None
        return self.getattr_from_map(key)

    def setslotvalue(self, key: str, w_value: W_Root) -> None:
        if not self.map.is_dict:
            if self.map.find(key) >= 0 or self.map.length < MAX_MAP_ATTRIBUTES:
                self.setattr_in_map(key, w_value)
                return
            self._switch_to_dict()
        h = self.slot1
        if not isinstance(h, W_SlotValues):
            h = W_SlotValues()
            self.slot1 = h
        h.set(key, w_value)

    def delslotvalue(self, key: str) -> bool:
        if self.map.is_dict:
            h = self.slot1
            if isinstance(h, W_SlotValues):
                return h.delete(key)
            return False
        return self.delattr_from_map(key)

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
        keeping its attributes.  root has the object's layout (n_inline)."""
        assert root.n_inline == self.map.n_inline
        if self.map.is_dict:
            w_dict = self.slot0
            holder = self.slot1
            self._clear_slots(root.dict_mode())
            self.slot0 = w_dict
            self.slot1 = holder
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
            if not names[i].startswith(SLOT_PREFIX):
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


class W_Instance(W_ObjectWithMap):
    """An instance of a user class whose layout is object's, with three
    value fields (the subclasses below have more; W_TypeObject.root_map
    chooses).  Its class is kept in its map: no field of its own."""

    def __init__(self, w_type: W_TypeObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.map = w_type.root_map_for(3)

    def getclass(self) -> W_TypeObject:
        w_type = self.map.w_cls
        assert w_type is not None
        return w_type

    def call_args(self, args: Arguments) -> W_Root:
        return space.call_dunder_call(self, args)


class W_Instance4(W_Instance):
    slot3: W_Root | None

    def __init__(self, w_type: W_TypeObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.slot3 = None
        self.map = w_type.root_map_for(4)


class W_Instance6(W_Instance4):
    slot4: W_Root | None
    slot5: W_Root | None

    def __init__(self, w_type: W_TypeObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.slot3 = None
        self.slot4 = None
        self.slot5 = None
        self.map = w_type.root_map_for(6)


class W_Instance8(W_Instance6):
    slot6: W_Root | None
    slot7: W_Root | None

    def __init__(self, w_type: W_TypeObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.slot3 = None
        self.slot4 = None
        self.slot5 = None
        self.slot6 = None
        self.slot7 = None
        self.map = w_type.root_map_for(8)


def new_instance(w_type: W_TypeObject) -> W_Instance:
    """A new instance of a class whose layout is object's, of the size the
    class's estimate chose."""
    root = w_type.root_map()
    n = root.n_inline
    if n == 3:
        return W_Instance(w_type)
    if n == 4:
        return W_Instance4(w_type)
    if n == 6:
        return W_Instance6(w_type)
    return W_Instance8(w_type)

