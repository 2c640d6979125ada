"""`_abc`: the accelerator behind abc.ABCMeta (CPython's Modules/_abc.c):
abstract-method bookkeeping, virtual subclass registration and the
isinstance/issubclass caches.

The per-class data (registry, positive and negative caches) live in a side
table keyed by the class.  CPython keeps them in weak sets; here they are
strong references, so registered and tested classes stay alive as long as
the ABC does (weak references are not implemented yet: see
docs/status.md).
"""
from __future__ import annotations

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_RuntimeError, w_TypeError
from ouro.objspace.gateway import register
from ouro.objspace.intobject import W_IntObject, wrap_int
from ouro.objspace.model import (W_Root, W_TypeObject, w_None, w_NotImplemented)
from ouro.objspace.setobject import newfrozenset, set_add_key
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject


class AbcData:
    registry: list[W_TypeObject]
    cache: list[W_TypeObject]
    negative_cache: list[W_TypeObject]
    negative_version: int

    def __init__(self) -> None:
        self.registry = []
        self.cache = []
        self.negative_cache = []
        self.negative_version = 0


class AbcState:
    data: dict[W_TypeObject, AbcData]
    invalidation_counter: int

    def __init__(self) -> None:
        self.data = {}
        self.invalidation_counter = 0


STATE = AbcState()


def _type(w: W_Root | None, what: str) -> W_TypeObject:
    if not isinstance(w, W_TypeObject):
        raise operr(w_TypeError, "%s must be a class" % what)
    return w


def data_of(w_cls: W_TypeObject) -> AbcData:
    if w_cls not in STATE.data:
        STATE.data[w_cls] = AbcData()
    return STATE.data[w_cls]


def _contains(types: list[W_TypeObject], w_t: W_TypeObject) -> bool:
    for t in types:
        if t is w_t:
            return True
    return False


def is_abstract(w_value: W_Root) -> bool:
    w_flag = space.getattr_or_none(w_value, "__isabstractmethod__")
    return w_flag is not None and space.is_true(w_flag)


def abc_init(slots: list[W_Root | None]) -> W_Root:
    """Computes cls.__abstractmethods__ and sets up the caches."""
    w_cls = _type(slots[0], "_abc_init() argument")
    w_abstracts = newfrozenset(None)
    for name, w_value in list(w_cls.dict_w.items()):
        if is_abstract(w_value):
            set_add_key(w_abstracts, space.wrap_str(name))
    for w_base in w_cls.bases_w:
        w_names = space.getattr_or_none(w_base, "__abstractmethods__")
        if w_names is None:
            continue
        for w_name in space.unpack_iterable(w_names):
            w_inherited = space.getattr_or_none(w_cls, space.str_of_w(w_name))
            if w_inherited is not None and is_abstract(w_inherited):
                set_add_key(w_abstracts, w_name)
    w_cls.dict_w["__abstractmethods__"] = w_abstracts
    w_cls.mutated()
    data_of(w_cls)
    if "__abc_tpflags__" in w_cls.dict_w:
        w_flags = w_cls.dict_w["__abc_tpflags__"]
        if isinstance(w_flags, W_IntObject):
            w_cls.match_flags = w_flags.intval & (32 | 64)
        del w_cls.dict_w["__abc_tpflags__"]
        w_cls.mutated()
    return w_None


def abc_register(slots: list[W_Root | None]) -> W_Root:
    w_cls = _type(slots[0], "_abc_register() argument 1")
    w_sub = slots[1]
    if not isinstance(w_sub, W_TypeObject):
        raise operr(w_TypeError, "Can only register classes")
    if space.issubclass_check(w_sub, w_cls):
        return w_sub
    if space.issubclass_check(w_cls, w_sub):
        raise operr(w_RuntimeError, "Refusing to create an inheritance cycle")
    data = data_of(w_cls)
    if not _contains(data.registry, w_sub):
        data.registry.append(w_sub)
    STATE.invalidation_counter += 1
    if w_cls.match_flags != 0:
        set_flags_recursive(w_sub, w_cls.match_flags)
    return w_sub


def set_flags_recursive(w_t: W_TypeObject, flags: int) -> None:
    """CPython's _PyType_SetFlagsRecursive: built-in (immutable) types and
    types that already have a flag keep theirs."""
    if not w_t.is_heaptype or w_t.match_flags != 0:
        return
    w_t.match_flags = flags
    for w_sub in w_t.subclasses_w:
        set_flags_recursive(w_sub, flags)


def abc_instancecheck(slots: list[W_Root | None]) -> W_Root:
    w_cls = _type(slots[0], "_abc_instancecheck() argument 1")
    w_inst = slots[1]
    assert w_inst is not None
    data = data_of(w_cls)
    w_subclass = space.getattr_or_none(w_inst, "__class__")
    if isinstance(w_subclass, W_TypeObject) and _contains(data.cache, w_subclass):
        return space.wrap_bool(True)
    w_subtype = w_inst.getclass()
    if w_subtype is w_subclass:
        if (data.negative_version == STATE.invalidation_counter
                and _contains(data.negative_cache, w_subtype)):
            return space.wrap_bool(False)
        return space.call_method(w_cls, "__subclasscheck__", [w_subtype])
    for w_c in [w_subclass, w_subtype]:
        if w_c is not None and space.is_true(space.call_method(w_cls, "__subclasscheck__", [w_c])):
            return space.wrap_bool(True)
    return space.wrap_bool(False)


def abc_subclasscheck(slots: list[W_Root | None]) -> W_Root:
    w_cls = _type(slots[0], "_abc_subclasscheck() argument 1")
    w_sub = slots[1]
    if not isinstance(w_sub, W_TypeObject):
        raise operr(w_TypeError, "issubclass() arg 1 must be a class")
    data = data_of(w_cls)
    if _contains(data.cache, w_sub):
        return space.wrap_bool(True)
    if data.negative_version < STATE.invalidation_counter:
        data.negative_cache = []
        data.negative_version = STATE.invalidation_counter
    elif _contains(data.negative_cache, w_sub):
        return space.wrap_bool(False)
    w_ok = space.call_method(w_cls, "__subclasshook__", [w_sub])
    if w_ok is not w_NotImplemented:
        if space.is_true(w_ok):
            data.cache.append(w_sub)
            return space.wrap_bool(True)
        data.negative_cache.append(w_sub)
        return space.wrap_bool(False)
    if w_sub.issubtype(w_cls):
        data.cache.append(w_sub)
        return space.wrap_bool(True)
    for w_r in list(data.registry):
        if space.issubclass_check(w_sub, w_r):
            data.cache.append(w_sub)
            return space.wrap_bool(True)
    for w_s in list(w_cls.subclasses_w):
        if space.issubclass_check(w_sub, w_s):
            data.cache.append(w_sub)
            return space.wrap_bool(True)
    data.negative_cache.append(w_sub)
    return space.wrap_bool(False)


def abc_get_cache_token(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(STATE.invalidation_counter)


def abc_reset_registry(slots: list[W_Root | None]) -> W_Root:
    data_of(_type(slots[0], "argument")).registry = []
    return w_None


def abc_reset_caches(slots: list[W_Root | None]) -> W_Root:
    data = data_of(_type(slots[0], "argument"))
    data.cache = []
    data.negative_cache = []
    return w_None


def abc_get_dump(slots: list[W_Root | None]) -> W_Root:
    data = data_of(_type(slots[0], "argument"))
    items: list[W_Root] = []
    for lst in [data.registry, data.cache, data.negative_cache]:
        w_s = newfrozenset(None)
        for w_t in lst:
            set_add_key(w_s, w_t)
        items.append(w_s)
    items.append(wrap_int(data.negative_version))
    return W_TupleObject(items)


FUNCTIONS = [
    register(None, "_abc_init(cls, /)", abc_init),
    register(None, "_abc_register(cls, subclass, /)", abc_register),
    register(None, "_abc_instancecheck(cls, instance, /)", abc_instancecheck),
    register(None, "_abc_subclasscheck(cls, subclass, /)", abc_subclasscheck),
    register(None, "get_cache_token()", abc_get_cache_token),
    register(None, "_reset_registry(cls, /)", abc_reset_registry),
    register(None, "_reset_caches(cls, /)", abc_reset_caches),
    register(None, "_get_dump(cls, /)", abc_get_dump),
]


def make_module() -> W_Module:
    w_mod = W_Module("_abc", None)
    for w_f in FUNCTIONS:
        w_mod.w_dict.setitem_str(space.builtin_name(w_f), w_f)
    return w_mod


register_module("_abc", make_module)

_unused = [W_StrObject]
