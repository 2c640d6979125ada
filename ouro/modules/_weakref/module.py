"""`_weakref` -- WITHOUT weak semantics yet.

The GC has no weak references yet (docs/status.md), so a `ref` here keeps
its object alive: calling it always returns the object, callbacks never
run, and `proxy(obj)` returns obj itself.  Everything else of the API is
there (subclassable `ref` as weakref.KeyedRef needs, equality and hashing
through the referent, getweakrefcount, _remove_dead_weakref), so the
modules that use weak references as caches or back-links (collections,
weakref, functools, typing, abc) work; programs that count on objects
dying while referenced weakly will see them live on.
"""
from __future__ import annotations

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_TypeError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject
from ouro.objspace.model import (LAYOUT_DESCR, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_NotImplemented, w_object_type)

w_ref_type = make_builtin_type("ReferenceType", [w_object_type], LAYOUT_DESCR)
w_ref_type.hasdict = True


class W_WeakRef(W_ObjectWithMap):
    w_type: W_TypeObject
    w_obj: W_Root
    w_callback: W_Root

    def __init__(self, w_type: W_TypeObject, w_obj: W_Root, w_callback: W_Root) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.w_obj = w_obj
        self.w_callback = w_callback

    def getclass(self) -> W_TypeObject:
        return self.w_type


def _ref(w: W_Root | None) -> W_WeakRef:
    assert isinstance(w, W_WeakRef)
    return w


# built-in types whose instances CPython cannot refer to weakly (the
# common ones; the others are accepted)
NOT_WEAKREFABLE = ["object", "int", "bool", "float", "complex", "str", "bytes", "bytearray",
                   "tuple", "list", "dict", "NoneType", "NotImplementedType", "ellipsis",
                   "range", "slice", "property", "staticmethod", "classmethod",
                   "list_iterator", "tuple_iterator", "str_iterator", "str_ascii_iterator",
                   "dict_keys", "dict_values", "dict_items", "mappingproxy"]


def slots_list(w_slots: W_Root) -> list[str] | None:
    """The names of a __slots__ value that can be read again (None for an
    iterator, already consumed)."""
    if isinstance(w_slots, W_StrObject):
        return [w_slots.value]
    if isinstance(w_slots, W_TupleObject) or isinstance(w_slots, W_ListObject):
        names: list[str] = []
        for w_n in space.unpack_iterable(w_slots):
            if isinstance(w_n, W_StrObject):
                names.append(w_n.value)
        return names
    return None


def weakrefable(w_type: W_TypeObject) -> bool:
    """Whether instances of w_type can be referred to weakly, as in CPython:
    classes get a __weakref__ slot unless every class statement of the MRO
    has __slots__ without it (over plain object)."""
    for w_t in w_type.mro_w:
        if not w_t.is_heaptype:
            if w_t.name in NOT_WEAKREFABLE:
                continue
            return True
        w_slots = w_t.dict_w.get("__slots__", None)
        if w_slots is None:
            return True
        names = slots_list(w_slots)
        if names is None or "__weakref__" in names:
            return True
    return False


def ref_new(args: Arguments) -> W_Root:
    if len(args.args_w) < 2:
        raise operr(w_TypeError, "__new__ expected at least 1 argument, got 0")
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    w_target = args.args_w[1]
    if not weakrefable(w_target.getclass()):
        raise operr(w_TypeError, "cannot create weak reference to '%s' object"
                    % type_name(w_target))
    w_callback: W_Root = w_None
    if len(args.args_w) > 2:
        w_callback = args.args_w[2]
    return W_WeakRef(w_cls, args.args_w[1], w_callback)


def ref_init(args: Arguments) -> W_Root:
    return w_None


def ref_call(slots: list[W_Root | None]) -> W_Root:
    return _ref(slots[0]).w_obj


def ref_eq(slots: list[W_Root | None]) -> W_Root:
    w_a = _ref(slots[0])
    w_b = slots[1]
    if not isinstance(w_b, W_WeakRef):
        return w_NotImplemented
    return space.richcompare(w_a.w_obj, w_b.w_obj, 2)


def ref_ne(slots: list[W_Root | None]) -> W_Root:
    w_a = _ref(slots[0])
    w_b = slots[1]
    if not isinstance(w_b, W_WeakRef):
        return w_NotImplemented
    return space.richcompare(w_a.w_obj, w_b.w_obj, 3)


def ref_hash(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(space.hash_w(_ref(slots[0]).w_obj))


def ref_repr(slots: list[W_Root | None]) -> W_Root:
    r = _ref(slots[0])
    return space.wrap_str("<weakref at 0x%x; to '%s' at 0x%x>" % (
        space.id_of(r), type_name(r.w_obj), space.id_of(r.w_obj)))


def ref_get_callback(w: W_Root) -> W_Root:
    return _ref(w).w_callback


register_raw(w_ref_type, "__new__", ref_new)
register_raw(w_ref_type, "__init__", ref_init)
register(w_ref_type, "__call__(self, /)", ref_call)
register(w_ref_type, "__eq__(self, other, /)", ref_eq)
register(w_ref_type, "__ne__(self, other, /)", ref_ne)
register(w_ref_type, "__hash__(self, /)", ref_hash)
register(w_ref_type, "__repr__(self, /)", ref_repr)


def proxy(slots: list[W_Root | None]) -> W_Root:
    w_obj = slots[0]
    assert w_obj is not None
    return w_obj


def getweakrefcount(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(0)


def getweakrefs(slots: list[W_Root | None]) -> W_Root:
    return W_ListObject([])


def remove_dead_weakref(slots: list[W_Root | None]) -> W_Root:
    return w_None


FUNCTIONS = [
    register(None, "proxy(object, callback=, /)", proxy),
    register(None, "getweakrefcount(object, /)", getweakrefcount),
    register(None, "getweakrefs(object, /)", getweakrefs),
    register(None, "_remove_dead_weakref(dct, key, /)", remove_dead_weakref),
]


def make_module() -> W_Module:
    w_mod = W_Module("_weakref", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("ref", w_ref_type)
    d.setitem_str("ReferenceType", w_ref_type)
    d.setitem_str("ProxyType", w_ref_type)
    d.setitem_str("CallableProxyType", w_ref_type)
    return w_mod


register_module("_weakref", make_module)
