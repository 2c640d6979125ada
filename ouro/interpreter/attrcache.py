"""Inline caches of the attribute instructions (LOAD_ATTR, STORE_ATTR,
LOAD_METHOD), one per instruction of a code object (PyCode.attr_caches).

Without them an attribute read of an instance asks the type for
__getattribute__, __getattr__ and the name (looking for a data descriptor),
then the instance's map: several dictionary lookups.  The cache remembers,
for the instance map seen last at that instruction, what those lookups
found; it holds while the instance has that same map (which fixes the
class and where each attribute is, maps never change) and the class still
has the same version tag (any change of its namespace, or a base's, makes
a new tag: model.W_TypeObject.mutated).  A miss takes the general path and
adds an entry for the new shape: up to MAX_ENTRIES per instruction, the
most recent first (sites that see instances of several classes, as a
method called on the elements of a heterogeneous list, stay cached).

Only cases whose answer depends on nothing else are cached:
- reading an instance attribute whose name the class does not define at all
  (a class attribute of the same name could be a data descriptor, whose own
  class could change without telling ours);
- reading, through an instance that does not have it, a class attribute
  whose type is a built-in type without __get__ (a constant, a list...:
  no built-in type ever gets a __get__, so the value is the answer while
  the class keeps its version tag);
- writing an instance attribute (existing, or added by the map's
  transition) whose name the class does not define, with the default
  __setattr__;
- reading and writing a `__slots__` name: the class's member descriptor
  (a built-in data descriptor, fixed while the class keeps its version
  tag) keeps the value in the map under its key, so the map says where;
- LOAD_METHOD of a plain function found on the class, with no instance
  attribute of that name; and of a method of a built-in type (immutable,
  instances without attributes).
LOAD_GLOBAL has its own cache (GlobalCache): the entry of the globals
dictionary where the name was found, valid while that entry still holds the
same key object (a deleted key leaves None, a resize or popitem moves or
drops entries: then the identity check fails); or, for a name found in the
builtins, the proof that the globals did not get any key since the name was
missing there (their insertion count, W_DictObject.inserts) and the
builtins' entry.  A changed value is read from the entry itself.
The JIT will see the same structure: the map and the version promoted, the
read a constant-index load.
"""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.descriptors import W_MemberDescr
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.model import Map, VersionTag, W_Root, W_TypeObject
from ouro.objspace.objectobject import W_Instance

# what an AttrCache describes
READ_SLOT = 0       # LOAD_ATTR: the value is the instance's slot `index`
WRITE_SLOT = 1      # STORE_ATTR: overwrite the slot `index`
ADD_SLOT = 2        # STORE_ATTR: append a slot and move to `new_map`
METHOD = 3          # LOAD_METHOD: w_value is the function, the object is self
READ_CLASS = 4      # LOAD_ATTR: the value is the class attribute w_value


MAX_ENTRIES = 4


class AttrCache:
    """One entry: what the instruction does for objects of one shape."""
    kind: int
    map: Map | None             # instance sites: the instance's map
    w_type: W_TypeObject | None  # built-in-type LOAD_METHOD sites: the type
    version: VersionTag
    index: int
    new_map: Map | None
    w_value: W_Root | None
    next: AttrCache | None      # the entry for another shape

    def __init__(self, kind: int, map: Map | None, w_type: W_TypeObject | None,
                 version: VersionTag, index: int, new_map: Map | None,
                 w_value: W_Root | None) -> None:
        self.kind = kind
        self.map = map
        self.w_type = w_type
        self.version = version
        self.index = index
        self.new_map = new_map
        self.w_value = w_value
        self.next = None


def _entry_for_map(c: AttrCache | None, m: Map) -> AttrCache | None:
    """The valid entry for instances of map m, or None."""
    while c is not None:
        if c.map is m:
            w_cls = m.w_cls
            if w_cls is not None and w_cls.version is c.version:
                return c
            return None
        c = c.next
    return None


def _install(caches: list[AttrCache | None], i: int, new: AttrCache) -> None:
    """Puts `new` first, drops an older entry of the same shape and the
    entries beyond MAX_ENTRIES."""
    prev = new
    c = caches[i]
    kept = 1
    while c is not None and kept < MAX_ENTRIES:
        nxt = c.next
        if not (c.map is new.map and c.w_type is new.w_type):
            prev.next = c
            prev = c
            kept += 1
        c = nxt
    prev.next = None
    caches[i] = new


def _instance_type(m: Map) -> W_TypeObject | None:
    """The class of instances with map m, if the cache may use that map."""
    if m.is_dict:
        return None
    return m.w_cls


def _default_getattribute(w_type: W_TypeObject) -> bool:
    w_ga = w_type.lookup("__getattribute__")
    return w_ga is None or space.is_default_getattribute(w_ga)


def _default_setattr(w_type: W_TypeObject) -> bool:
    w_sa = w_type.lookup("__setattr__")
    return w_sa is None or space.is_default_setattr(w_sa)


class GlobalCache:
    w_globals: W_DictObject
    index: int                  # the entry in the globals, or -1: in the builtins
    w_key: W_Root | None        # the key object of that entry
    inserts: int                # index -1: the globals' insertion count then
    w_builtins: W_DictObject | None
    bindex: int
    w_bkey: W_Root | None

    def __init__(self, w_globals: W_DictObject) -> None:
        self.w_globals = w_globals
        self.index = -1
        self.w_key = None
        self.inserts = -1
        self.w_builtins = None
        self.bindex = -1
        self.w_bkey = None


def load_global(caches: list[GlobalCache | None], i: int, w_globals: W_DictObject,
                w_builtins: W_DictObject, name: str) -> W_Root | None:
    """The global or builtin `name`, or None if neither has it."""
    c = caches[i]
    if c is not None and c.w_globals is w_globals:
        if c.index >= 0:
            w = w_globals.value_if_key_is(c.index, c.w_key)
            if w is not None:
                return w
        elif c.inserts == w_globals.inserts and c.w_builtins is w_builtins:
            w = w_builtins.value_if_key_is(c.bindex, c.w_bkey)
            if w is not None:
                return w
    c = GlobalCache(w_globals)
    ix = w_globals.index_str(name)
    if ix >= 0:
        c.index = ix
        c.w_key = w_globals.key_at(ix)
        caches[i] = c
        return w_globals.value_at(ix)
    bix = w_builtins.index_str(name)
    if bix < 0:
        return None
    c.inserts = w_globals.inserts
    c.w_builtins = w_builtins
    c.bindex = bix
    c.w_bkey = w_builtins.key_at(bix)
    caches[i] = c
    return w_builtins.value_at(bix)


def store_global(caches: list[GlobalCache | None], i: int, w_globals: W_DictObject, name: str,
                 w_value: W_Root) -> W_Root | None:
    """STORE_GLOBAL at instruction i (and STORE_NAME where the locals are
    the globals: module level): the value replaced, None if the name is
    new.  The cache keeps the entry of the name, so that rebinding a name
    neither hashes nor compares it."""
    c = caches[i]
    if c is not None and c.w_globals is w_globals:
        w_old = w_globals.replace_value_if_key_is(c.index, c.w_key, w_value)
        if w_old is not None:
            return w_old
    w_old = w_globals.replace_str(name, w_value)
    c = GlobalCache(w_globals)
    c.index = w_globals.index_str(name)
    c.w_key = w_globals.key_at(c.index)
    caches[i] = c
    return w_old


# -- LOAD_ATTR

def load_attr(caches: list[AttrCache | None], i: int, w_obj: W_Root, name: str) -> W_Root:
    if isinstance(w_obj, W_Instance):
        c = _entry_for_map(caches[i], w_obj.map)
        if c is not None:
            if c.kind == READ_SLOT:
                return w_obj.read_slot(c.index)
            w_value = c.w_value
            if c.kind == READ_CLASS and w_value is not None:
                return w_value
        w_res = space.getattr(w_obj, name)
        _fill_read(caches, i, w_obj, name)
        return w_res
    return space.getattr(w_obj, name)


def _fill_read(caches: list[AttrCache | None], i: int, w_obj: W_Instance, name: str) -> None:
    m = w_obj.map
    w_cls = _instance_type(m)
    if w_cls is None:
        return
    index = m.find(name)
    if not _default_getattribute(w_cls):
        return
    w_class_value = w_cls.lookup(name)
    if isinstance(w_class_value, W_MemberDescr):
        # a __slots__ name: its descriptor reads the map's entry under its
        # key (the descriptor is fixed while the class keeps its version)
        index = m.find(w_class_value.key)
        if index >= 0:
            _install(caches, i, AttrCache(READ_SLOT, m, None, w_cls.version, index, None, None))
        return
    if index < 0:
        if w_class_value is None:
            return
        w_vtype = w_class_value.getclass()
        if w_vtype.is_heaptype or w_vtype.lookup("__get__") is not None:
            return
        _install(caches, i, AttrCache(READ_CLASS, m, None, w_cls.version, -1, None,
                                      w_class_value))
        return
    if w_class_value is not None:
        return
    _install(caches, i, AttrCache(READ_SLOT, m, None, w_cls.version, index, None, None))


# -- STORE_ATTR

def store_attr(caches: list[AttrCache | None], i: int, w_obj: W_Root, name: str,
               w_value: W_Root) -> None:
    if isinstance(w_obj, W_Instance):
        m = w_obj.map
        c = _entry_for_map(caches[i], m)
        if c is not None:
            if c.kind == WRITE_SLOT:
                w_obj.write_slot(c.index, w_value)
                return
            new_map = c.new_map
            if c.kind == ADD_SLOT and new_map is not None:
                w_obj._append_slot(new_map, w_value)
                return
        space.setattr(w_obj, name, w_value)
        _fill_write(caches, i, w_obj, m, name)
        return
    space.setattr(w_obj, name, w_value)


def _fill_write(caches: list[AttrCache | None], i: int, w_obj: W_Instance, m_before: Map,
                name: str) -> None:
    w_cls = _instance_type(m_before)
    if w_cls is None or not _default_setattr(w_cls):
        return
    w_class_value = w_cls.lookup(name)
    if isinstance(w_class_value, W_MemberDescr):
        # a __slots__ name: its descriptor's __set__ writes the map's
        # entry under its key
        name = w_class_value.key
    elif not w_cls.hasdict or w_class_value is not None:
        return
    index = m_before.find(name)
    if index >= 0:
        _install(caches, i, AttrCache(WRITE_SLOT, m_before, None, w_cls.version, index, None, None))
        return
    m_after = w_obj.map
    if m_after.parent is m_before and not m_after.is_dict and m_after.find(name) == m_before.length:
        _install(caches, i, AttrCache(ADD_SLOT, m_before, None, w_cls.version, m_before.length,
                                      m_after, None))


# -- LOAD_METHOD

def load_method(caches: list[AttrCache | None], i: int, w_obj: W_Root,
                name: str) -> W_Root | None:
    """The function to call with w_obj as its first argument, or None:
    then the attribute is fetched and called the general way."""
    if isinstance(w_obj, W_Instance):
        c = _entry_for_map(caches[i], w_obj.map)
        if c is not None and c.kind == METHOD:
            return c.w_value
    else:
        w_type = w_obj.getclass()
        c = caches[i]
        while c is not None:
            if c.w_type is w_type:
                if w_type.version is c.version and c.kind == METHOD:
                    return c.w_value
                break
            c = c.next
    w_meth = lookup_method(w_obj, name)
    if w_meth is not None:
        _fill_method(caches, i, w_obj, w_meth)
    return w_meth


def _fill_method(caches: list[AttrCache | None], i: int, w_obj: W_Root, w_meth: W_Root) -> None:
    if isinstance(w_obj, W_Instance):
        m = w_obj.map
        w_cls = _instance_type(m)
        if w_cls is not None and isinstance(w_meth, function.W_Function):
            _install(caches, i, AttrCache(METHOD, m, None, w_cls.version, -1, None, w_meth))
        return
    w_type = w_obj.getclass()
    if not w_type.is_heaptype and not w_type.hasdict and not isinstance(w_obj, W_TypeObject):
        _install(caches, i, AttrCache(METHOD, None, w_type, w_type.version, -1, None, w_meth))


def lookup_method(w_obj: W_Root, name: str) -> W_Root | None:
    """LOAD_METHOD's fast case: a plain function (or built-in method) found
    on the type, not shadowed by an instance attribute or a data descriptor
    of the type, with the default __getattribute__."""
    w_type = w_obj.getclass()
    if isinstance(w_obj, W_TypeObject):
        return None
    if not _default_getattribute(w_type):
        return None
    w_descr = w_type.lookup(name)
    if w_descr is None:
        return None
    if not (isinstance(w_descr, function.W_Function) or space.is_builtin_method(w_descr)):
        return None
    if w_obj.getdictvalue(name) is not None:
        return None
    return w_descr


# at the end: function imports pycode, which imports this module
from ouro.interpreter import function  # noqa: E402
