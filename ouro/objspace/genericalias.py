"""types.GenericAlias: what `list[int]` makes (PEP 585), and the
`__class_getitem__` of the built-in generic classes (Objects/genericaliasobject.c)."""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import OperationError, operr, w_TypeError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (BUILTIN_TYPES, LAYOUT_DESCR, LAYOUT_OTHER, w_type_type, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, w_Ellipsis, w_None, w_NotImplemented,
                                 w_object_type)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

w_generic_alias_type = make_builtin_type("GenericAlias", [w_object_type], LAYOUT_DESCR)
w_generic_alias_type.hasdict = True
w_generic_alias_type.dict_w["__module__"] = W_StrObject("types")

# the built-in classes that are generic (list[int] works)
GENERIC_BUILTINS = ["tuple", "list", "dict", "set", "frozenset", "enumerate", "deque",
                    "defaultdict", "Pattern", "Match", "BaseExceptionGroup", "partial", "chain",
                    "DirEntry", "mappingproxy"]


class W_GenericAlias(W_ObjectWithMap):
    w_origin: W_Root
    args_w: list[W_Root]
    starred: bool
    w_type: W_TypeObject

    def __init__(self, w_origin: W_Root, args_w: list[W_Root]) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_origin = w_origin
        self.args_w = args_w
        self.starred = False
        self.w_type = w_generic_alias_type

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def call_args(self, args: Arguments) -> W_Root:
        w_res = self.w_origin.call_args(args)
        try:
            space.setattr(w_res, "__orig_class__", self)
        except OperationError:
            pass
        return w_res


def _ga(w: W_Root | None) -> W_GenericAlias:
    assert isinstance(w, W_GenericAlias)
    return w


def make_alias(w_origin: W_Root, w_item: W_Root) -> W_Root:
    if isinstance(w_item, W_TupleObject):
        return W_GenericAlias(w_origin, list(w_item.items_w))
    return W_GenericAlias(w_origin, [w_item])


def class_getitem(slots: list[W_Root | None]) -> W_Root:
    w_cls = slots[0]
    w_item = slots[1]
    assert w_cls is not None and w_item is not None
    return make_alias(w_cls, w_item)


def type_repr_for_alias(w: W_Root) -> str:
    """How an argument appears in a GenericAlias repr (ga_repr_item)."""
    if w is w_Ellipsis:
        return "..."
    if isinstance(w, W_GenericAlias):
        return ga_repr_str(w)
    w_q = space.getattr_or_none(w, "__qualname__")
    w_m = space.getattr_or_none(w, "__module__")
    if space.getattr_or_none(w, "__origin__") is not None and space.getattr_or_none(w, "__args__") is not None:
        return space.repr_str(w)
    if isinstance(w_q, W_StrObject) and isinstance(w_m, W_StrObject):
        if w_m.value == "builtins":
            return w_q.value
        return w_m.value + "." + w_q.value
    return space.repr_str(w)


def ga_repr_str(ga: W_GenericAlias) -> str:
    parts: list[str] = []
    for w_a in ga.args_w:
        if isinstance(w_a, W_TupleObject) and len(w_a.items_w) == 0:
            parts.append("()")
        else:
            parts.append(type_repr_for_alias(w_a))
    args = ", ".join(parts) if len(parts) > 0 else "()"
    prefix = "*" if ga.starred else ""
    return prefix + type_repr_for_alias(ga.w_origin) + "[" + args + "]"


def ga_repr(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str(ga_repr_str(_ga(slots[0])))


def ga_get_origin(w: W_Root) -> W_Root:
    return _ga(w).w_origin


def ga_get_args(w: W_Root) -> W_Root:
    return W_TupleObject(list(_ga(w).args_w))


def ga_get_parameters(w: W_Root) -> W_Root:
    params: list[W_Root] = []
    for w_a in _ga(w).args_w:
        if space.getattr_or_none(w_a, "__typing_subst__") is not None:
            if w_a not in params:
                params.append(w_a)
        else:
            w_p = space.getattr_or_none(w_a, "__parameters__")
            if isinstance(w_p, W_TupleObject):
                for w_x in w_p.items_w:
                    if w_x not in params:
                        params.append(w_x)
    return W_TupleObject(params)


def ga_get_unpacked(w: W_Root) -> W_Root:
    return space.wrap_bool(_ga(w).starred)


def ga_eq(slots: list[W_Root | None]) -> W_Root:
    a = _ga(slots[0])
    w_b = slots[1]
    if not isinstance(w_b, W_GenericAlias):
        return w_NotImplemented
    if a.starred != w_b.starred or not space.eq_w(a.w_origin, w_b.w_origin):
        return space.wrap_bool(False)
    return space.wrap_bool(space.eq_w(W_TupleObject(list(a.args_w)), W_TupleObject(list(w_b.args_w))))


def ga_hash(slots: list[W_Root | None]) -> W_Root:
    a = _ga(slots[0])
    return space.wrap_int(space.hash_w(a.w_origin) ^ space.hash_w(W_TupleObject(list(a.args_w))))


def ga_mro_entries(slots: list[W_Root | None]) -> W_Root:
    return W_TupleObject([_ga(slots[0]).w_origin])


def ga_getattr(slots: list[W_Root | None]) -> W_Root:
    """Other attributes come from the origin (except a few)."""
    a = _ga(slots[0])
    w_name = slots[1]
    assert w_name is not None
    return space.getattr(a.w_origin, space.str_of_w(w_name))


def ga_getitem(slots: list[W_Root | None]) -> W_Root:
    """Substitution of type parameters: `dict[str, T][int]` (simplified:
    parameters replaced in order)."""
    a = _ga(slots[0])
    w_item = slots[1]
    assert w_item is not None
    w_params = ga_get_parameters(a)
    assert isinstance(w_params, W_TupleObject)
    params = w_params.items_w
    if len(params) == 0:
        raise operr(w_TypeError, "%s is not a generic class" % ga_repr_str(a))
    items = list(w_item.items_w) if isinstance(w_item, W_TupleObject) else [w_item]
    if len(items) != len(params):
        raise operr(w_TypeError, "Too %s arguments for %s; actual %d, expected %d" % (
            "many" if len(items) > len(params) else "few", ga_repr_str(a), len(items),
            len(params)))
    new_args: list[W_Root] = []
    for w_arg in a.args_w:
        replaced = False
        i = 0
        while i < len(params):
            if w_arg is params[i]:
                new_args.append(items[i])
                replaced = True
                break
            i += 1
        if not replaced:
            new_args.append(w_arg)
    return W_GenericAlias(a.w_origin, new_args)


def ga_new(args: Arguments) -> W_Root:
    if len(args.args_w) != 3:
        raise operr(w_TypeError, "GenericAlias expected 2 arguments, got %d" % (len(args.args_w) - 1))
    w_ga = make_alias(args.args_w[1], args.args_w[2])
    w_cls = args.args_w[0]
    if isinstance(w_ga, W_GenericAlias) and isinstance(w_cls, W_TypeObject):
        w_ga.w_type = w_cls
    return w_ga


register(w_generic_alias_type, "__repr__(self, /)", ga_repr)
register(w_generic_alias_type, "__eq__(self, other, /)", ga_eq)
register(w_generic_alias_type, "__hash__(self, /)", ga_hash)
register(w_generic_alias_type, "__mro_entries__(self, bases, /)", ga_mro_entries)
register(w_generic_alias_type, "__getattr__(self, name, /)", ga_getattr)
register(w_generic_alias_type, "__getitem__(self, item, /)", ga_getitem)
register_raw(w_generic_alias_type, "__new__", ga_new)


getset(w_generic_alias_type, "__origin__", ga_get_origin)
getset(w_generic_alias_type, "__args__", ga_get_args)
getset(w_generic_alias_type, "__parameters__", ga_get_parameters)
getset(w_generic_alias_type, "__unpacked__", ga_get_unpacked)

def ga_instancecheck(slots: list[W_Root | None]) -> W_Root:
    raise operr(w_TypeError, "isinstance() argument 2 cannot be a parameterized generic")


def ga_subclasscheck(slots: list[W_Root | None]) -> W_Root:
    raise operr(w_TypeError, "issubclass() argument 2 cannot be a parameterized generic")


register(w_generic_alias_type, "__instancecheck__(self, obj, /)", ga_instancecheck)
register(w_generic_alias_type, "__subclasscheck__(self, cls, /)", ga_subclasscheck)

W_CLASS_GETITEM = register(None, "__class_getitem__(cls, item, /)", class_getitem)
space.TYPE_GETITEM.append(W_CLASS_GETITEM)


def add_class_getitem() -> None:
    """Load time, once every built-in type exists."""
    for w_t in BUILTIN_TYPES:
        if w_t.name in GENERIC_BUILTINS and "__class_getitem__" not in w_t.dict_w:
            w_t.dict_w["__class_getitem__"] = space.make_classmethod(W_CLASS_GETITEM)


_unused = [w_None]


# -- types.UnionType: `int | str` (PEP 604)

w_union_type = make_builtin_type("UnionType", [w_object_type], LAYOUT_OTHER)
w_union_type.dict_w["__module__"] = W_StrObject("types")


class W_UnionType(W_Root):
    args_w: list[W_Root]

    def __init__(self, args_w: list[W_Root]) -> None:
        self.args_w = args_w

    def getclass(self) -> W_TypeObject:
        return w_union_type


def is_unionable(w: W_Root) -> bool:
    return (w is w_None or isinstance(w, W_TypeObject) or isinstance(w, W_GenericAlias)
            or isinstance(w, W_UnionType))


def _flatten(w: W_Root, out: list[W_Root]) -> None:
    if isinstance(w, W_UnionType):
        for w_a in w.args_w:
            _flatten(w_a, out)
        return
    if w is w_None:
        w = w_None.getclass()
    for w_x in out:
        if w_x is w or (isinstance(w_x, W_GenericAlias) and isinstance(w, W_GenericAlias)
                        and space.eq_w(w_x, w)):
            return
    out.append(w)


def make_union(w_a: W_Root, w_b: W_Root) -> W_Root:
    if not is_unionable(w_a) or not is_unionable(w_b):
        return w_NotImplemented
    args: list[W_Root] = []
    _flatten(w_a, args)
    _flatten(w_b, args)
    if len(args) == 1:
        return args[0]
    return W_UnionType(args)


def type_or(slots: list[W_Root | None]) -> W_Root:
    w_a = slots[0]
    w_b = slots[1]
    assert w_a is not None and w_b is not None
    return make_union(w_a, w_b)


def type_ror(slots: list[W_Root | None]) -> W_Root:
    w_a = slots[0]
    w_b = slots[1]
    assert w_a is not None and w_b is not None
    return make_union(w_b, w_a)


def union_repr(slots: list[W_Root | None]) -> W_Root:
    w_u = slots[0]
    assert isinstance(w_u, W_UnionType)
    parts: list[str] = []
    for w_a in w_u.args_w:
        if w_a is w_None.getclass():
            parts.append("None")
        else:
            parts.append(type_repr_for_alias(w_a))
    return space.wrap_str(" | ".join(parts))


def union_get_args(w: W_Root) -> W_Root:
    assert isinstance(w, W_UnionType)
    return W_TupleObject(list(w.args_w))


def union_instancecheck(slots: list[W_Root | None]) -> W_Root:
    w_u = slots[0]
    w_obj = slots[1]
    assert isinstance(w_u, W_UnionType) and w_obj is not None
    for w_a in w_u.args_w:
        if isinstance(w_a, W_GenericAlias):
            raise operr(w_TypeError, "isinstance() argument 2 cannot be a parameterized generic")
        if space.isinstance_check(w_obj, w_a):
            return space.wrap_bool(True)
    return space.wrap_bool(False)


def union_subclasscheck(slots: list[W_Root | None]) -> W_Root:
    w_u = slots[0]
    w_cls = slots[1]
    assert isinstance(w_u, W_UnionType) and w_cls is not None
    for w_a in w_u.args_w:
        if space.issubclass_check(w_cls, w_a):
            return space.wrap_bool(True)
    return space.wrap_bool(False)


def union_eq(slots: list[W_Root | None]) -> W_Root:
    w_a = slots[0]
    w_b = slots[1]
    assert isinstance(w_a, W_UnionType)
    if not isinstance(w_b, W_UnionType):
        return w_NotImplemented
    if len(w_a.args_w) != len(w_b.args_w):
        return space.wrap_bool(False)
    for w_x in w_a.args_w:
        found = False
        for w_y in w_b.args_w:
            if space.eq_w(w_x, w_y):
                found = True
        if not found:
            return space.wrap_bool(False)
    return space.wrap_bool(True)


def union_hash(slots: list[W_Root | None]) -> W_Root:
    w_a = slots[0]
    assert isinstance(w_a, W_UnionType)
    h = 0
    for w_x in w_a.args_w:
        h ^= space.hash_w(w_x)
    return space.wrap_int(h)


register(w_union_type, "__repr__(self, /)", union_repr)
register(w_union_type, "__or__(self, other, /)", type_or)
register(w_union_type, "__ror__(self, other, /)", type_ror)
register(w_union_type, "__instancecheck__(self, instance, /)", union_instancecheck)
register(w_union_type, "__subclasscheck__(self, subclass, /)", union_subclasscheck)
register(w_union_type, "__eq__(self, other, /)", union_eq)
register(w_union_type, "__hash__(self, /)", union_hash)
getset(w_union_type, "__args__", union_get_args)
register(w_type_type, "__or__(self, other, /)", type_or)
register(w_type_type, "__ror__(self, other, /)", type_ror)
register(w_generic_alias_type, "__or__(self, other, /)", type_or)
register(w_generic_alias_type, "__ror__(self, other, /)", type_ror)
