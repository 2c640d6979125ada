"""types.SimpleNamespace (CPython's Objects/namespaceobject.c): attribute
bags with a keyword constructor, a repr and equality; sys.implementation is
one."""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_TypeError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_OBJECT, Arguments, W_Root, make_builtin_type, w_None,
                                 w_NotImplemented, w_object_type)
from ouro.objspace.strobject import W_StrObject

w_namespace_type = make_builtin_type("SimpleNamespace", [w_object_type], LAYOUT_OBJECT)
w_namespace_type.hasdict = True
w_namespace_type.dict_w["__module__"] = W_StrObject("types")


def namespace_init(args: Arguments) -> W_Root:
    w_self = args.args_w[0]
    if len(args.args_w) > 1:
        raise operr(w_TypeError, "no positional arguments expected")
    k = 0
    while k < len(args.kw_names):
        space.setattr(w_self, args.kw_names[k], args.kw_values_w[k])
        k += 1
    return w_None


def namespace_repr(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    assert w_self is not None
    name = "namespace" if w_self.getclass() is w_namespace_type else w_self.getclass().name
    h = w_self.get_attrs()
    parts: list[str] = []
    if isinstance(h, W_ObjectWithMap):
        w_d = h.get_w_dict()
        if w_d is None:
            names = h.attr_names()
            values_w = h.attr_values()
            i = 0
            while i < len(names):
                parts.append("%s=%s" % (names[i], space.repr_str(values_w[i])))
                i += 1
        else:
            for w_k in space.unpack_iterable(w_d):
                parts.append("%s=%s" % (space.str_str(w_k), space.repr_str(space.getitem(w_d, w_k))))
    return space.wrap_str("%s(%s)" % (name, ", ".join(parts)))


def namespace_eq(slots: list[W_Root | None]) -> W_Root:
    w_a = slots[0]
    w_b = slots[1]
    assert w_a is not None and w_b is not None
    if not w_b.getclass().issubtype(w_namespace_type) or not w_a.getclass().issubtype(w_namespace_type):
        return w_NotImplemented
    return space.richcompare(space.getattr(w_a, "__dict__"), space.getattr(w_b, "__dict__"), 2)


def namespace_reduce(slots: list[W_Root | None]) -> W_Root:
    """(type(ns), (), ns.__dict__): pickle and copy (CPython's namespace_reduce)."""
    w_self = slots[0]
    assert w_self is not None
    return space.newtuple([w_self.getclass(), space.newtuple([]),
                           space.getattr(w_self, "__dict__")])


register_raw(w_namespace_type, "__init__", namespace_init)
register(w_namespace_type, "__reduce__(self, /)", namespace_reduce)
register(w_namespace_type, "__repr__(self, /)", namespace_repr)
register(w_namespace_type, "__eq__(self, value, /)", namespace_eq)
