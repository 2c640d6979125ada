"""jitlang: the values (boxed) and the maps of objects (RPy).

Objects keep their fields in lists; which field is where, and whether it
holds an unboxed int, is described by a Map shared by every object built
by the same sequence of field assignments (a "hidden class"). `getfield`
promotes the object's map, so the JIT sees it as a constant and the
elidable `Map.find`/`Map.is_int` fold away: a field access in a compiled
loop becomes a guard on the map and a list read.
"""
from __future__ import annotations

from rpy.rlib.jit import elidable, promote

from jl_errors import JLError


class W_Object:
    def type_name(self) -> str:
        return 'object'

    def to_str(self) -> str:
        """print() and str() of the value."""
        return '?'

    def to_repr(self) -> str:
        """The value inside a list or an object's printout."""
        return self.to_str()

    def is_true(self) -> bool:
        return True


class W_None(W_Object):
    def type_name(self) -> str:
        return 'none'

    def to_str(self) -> str:
        return 'none'

    def is_true(self) -> bool:
        return False


class W_Bool(W_Object):
    _immutable_fields_ = ['value']
    value: bool

    def __init__(self, value: bool) -> None:
        self.value = value

    def type_name(self) -> str:
        return 'bool'

    def to_str(self) -> str:
        return 'true' if self.value else 'false'

    def is_true(self) -> bool:
        return self.value


class W_Int(W_Object):
    _immutable_fields_ = ['intval']
    intval: int

    def __init__(self, intval: int) -> None:
        self.intval = intval

    def type_name(self) -> str:
        return 'int'

    def to_str(self) -> str:
        return str(self.intval)

    def is_true(self) -> bool:
        return self.intval != 0


class W_Float(W_Object):
    _immutable_fields_ = ['floatval']
    floatval: float

    def __init__(self, floatval: float) -> None:
        self.floatval = floatval

    def type_name(self) -> str:
        return 'float'

    def to_str(self) -> str:
        return str(self.floatval)

    def is_true(self) -> bool:
        return self.floatval != 0.0


class W_Str(W_Object):
    _immutable_fields_ = ['strval']
    strval: str

    def __init__(self, strval: str) -> None:
        self.strval = strval

    def type_name(self) -> str:
        return 'str'

    def to_str(self) -> str:
        return self.strval

    def to_repr(self) -> str:
        return '"%s"' % self.strval.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')

    def is_true(self) -> bool:
        return len(self.strval) > 0


class W_List(W_Object):
    """A list, with a storage strategy (as PyPy's lists): a list of floats
    keeps them unboxed in `floats` (no W_Float per item, and compiled
    loops read and write raw floats); any other item switches it to
    `items` for good."""
    items: list[W_Object]
    floats: list[float]
    is_float: bool

    def __init__(self, items: list[W_Object]) -> None:
        self.items = items
        self.floats = []
        self.is_float = False

    def type_name(self) -> str:
        return 'list'

    def to_str(self) -> str:
        return '[' + ', '.join([w.to_repr() for w in self.all_items()]) + ']'

    def is_true(self) -> bool:
        return self.length() > 0

    def length(self) -> int:
        if self.is_float:
            return len(self.floats)
        return len(self.items)

    def all_items(self) -> list[W_Object]:
        if self.is_float:
            return [W_Float(x) for x in self.floats]
        return self.items

    def getitem(self, i: int) -> W_Object:
        if self.is_float:
            return W_Float(self.floats[i])
        return self.items[i]

    def setitem(self, i: int, w: W_Object) -> None:
        if self.is_float:
            if isinstance(w, W_Float):
                self.floats[i] = w.floatval
                return
            self.to_objects()
        self.items[i] = w

    def append(self, w: W_Object) -> None:
        if self.is_float:
            if isinstance(w, W_Float):
                self.floats.append(w.floatval)
                return
            self.to_objects()
        self.items.append(w)

    def pop(self) -> W_Object:
        if self.is_float:
            return W_Float(self.floats.pop())
        return self.items.pop()

    def to_objects(self) -> None:
        self.items = self.all_items()
        self.floats = []
        self.is_float = False

    def index(self, w_index: W_Object) -> int:
        if not isinstance(w_index, W_Int):
            raise JLError('TypeError', 'list indices must be int, not %s' % w_index.type_name(), 0)
        i = w_index.intval
        n = self.length()
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise JLError('IndexError', 'list index %d out of range (length %d)'
                          % (w_index.intval, n), 0)
        return i


def new_list(items: list[W_Object]) -> W_List:
    """A list of these items, of floats when they all are floats."""
    w_list = W_List(items)
    if len(items) == 0:
        return w_list
    for w in items:
        if not isinstance(w, W_Float):
            return w_list
    w_list.floats = [0.0] * len(items)
    for i in range(len(items)):
        w = items[i]
        assert isinstance(w, W_Float)
        w_list.floats[i] = w.floatval
    w_list.items = []
    w_list.is_float = True
    return w_list


class Map:
    """The layout of objects: field name -> index in their storage, and
    whether the field holds an unboxed int (in the object's `ints`) or a
    boxed value (in its `storage`).  Maps are never changed once made;
    adding a field, or storing a non-int into an int field, moves an object
    to another map (cached in `transitions`, so objects built alike share
    maps).  Ints unboxed by the map are what lets a compiled loop update
    `acc.x = acc.x + 1` with no allocation: PyPy's instance maps do the
    same."""
    _immutable_fields_ = ['indexes', 'names[*]', 'int_fields[*]']
    indexes: dict[str, int]
    names: list[str]
    int_fields: list[bool]
    transitions: dict[str, Map]

    def __init__(self, names: list[str], int_fields: list[bool]) -> None:
        self.names = names
        self.int_fields = int_fields
        self.indexes = {}
        for i in range(len(names)):
            self.indexes[names[i]] = i
        self.transitions = {}

    @elidable
    def find(self, name: str) -> int:
        """The index of a field, -1 if the map has no such field."""
        return self.indexes.get(name, -1)

    @elidable
    def is_int(self, i: int) -> bool:
        """Whether field i is kept unboxed in the object's ints."""
        return self.int_fields[i]

    @elidable
    def with_field(self, name: str, is_int: bool) -> Map:
        """The map of an object of this map after `o.name = ...` adds a field."""
        key = ('i:' if is_int else 'o:') + name
        m = self.transitions.get(key, None)
        if m is None:
            m = Map(self.names + [name], self.int_fields + [is_int])
            self.transitions[key] = m
        return m

    @elidable
    def boxed(self, i: int) -> Map:
        """The map after a non-int is stored into int field i."""
        key = 'b:' + self.names[i]
        m = self.transitions.get(key, None)
        if m is None:
            kinds = list(self.int_fields)
            kinds[i] = False
            m = Map(self.names, kinds)
            self.transitions[key] = m
        return m


EMPTY_MAP = Map([], [])


class W_Instance(W_Object):
    map: Map
    storage: list[W_Object]     # per field: its value, or W_NONE for an int field
    ints: list[int]             # per field: its value if an int field, else 0

    def __init__(self) -> None:
        self.map = EMPTY_MAP
        self.storage = []
        self.ints = []

    def type_name(self) -> str:
        return 'object'

    def to_str(self) -> str:
        parts = []
        m = self.map
        names = m.names
        for i in range(len(names)):
            if m.int_fields[i]:
                parts.append('%s: %d' % (names[i], self.ints[i]))
            else:
                parts.append('%s: %s' % (names[i], self.storage[i].to_repr()))
        return '{' + ', '.join(parts) + '}'

    def getfield(self, name: str) -> W_Object:
        m = promote(self.map)
        i = m.find(name)
        if i < 0:
            raise JLError('AttributeError', "object has no field '%s'" % name, 0)
        if m.is_int(i):
            return W_Int(self.ints[i])
        return self.storage[i]

    def setfield(self, name: str, w_value: W_Object) -> None:
        m = promote(self.map)
        i = m.find(name)
        if i >= 0:
            if m.is_int(i):
                if isinstance(w_value, W_Int):
                    self.ints[i] = w_value.intval
                    return
                self.map = m.boxed(i)
                self.ints[i] = 0
            self.storage[i] = w_value
            return
        if isinstance(w_value, W_Int):
            self.map = m.with_field(name, True)
            self.storage.append(W_NONE)
            self.ints.append(w_value.intval)
        else:
            self.map = m.with_field(name, False)
            self.storage.append(w_value)
            self.ints.append(0)


W_NONE: W_Object = W_None()
W_TRUE = W_Bool(True)
W_FALSE = W_Bool(False)


def newbool(b: bool) -> W_Object:
    return W_TRUE if b else W_FALSE
