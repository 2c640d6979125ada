"""mappingproxy (types.MappingProxyType, CPython's Objects/descrobject.c):
a read-only view of a mapping.  `C.__dict__` is one (over a snapshot of
the type's namespace), so is `dict.keys().mapping`; every read is
forwarded to the mapping, nothing writes through it."""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.dictobject import VIEW_TYPES, W_DictViewObject
from ouro.objspace.exceptions import operr, w_TypeError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.tupleobject import W_TupleObject
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_NotImplemented, w_object_type)

w_mappingproxy_type = make_builtin_type("mappingproxy", [w_object_type], LAYOUT_OTHER)

# CPython's Py_TPFLAGS_MAPPING (ouro/objspace/model.py FLAG_MAPPING): `case {...}` matches it
w_mappingproxy_type.match_flags = 1 << 6


class W_MappingProxy(W_Root):
    w_mapping: W_Root

    def __init__(self, w_mapping: W_Root) -> None:
        self.w_mapping = w_mapping

    def getclass(self) -> W_TypeObject:
        return w_mappingproxy_type


def _mp(w: W_Root | None) -> W_MappingProxy:
    if isinstance(w, W_MappingProxy):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor for 'mappingproxy' objects doesn't apply to a '%s' object"
                % type_name(w))


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    return w if w is not None else w_None


def mappingproxy_new(args: Arguments) -> W_Root:
    if args.has_keywords():
        for name in args.kw_names:
            if name != "mapping":
                raise operr(w_TypeError, "mappingproxy() got an unexpected keyword argument '%s'"
                            % name)
    n = len(args.args_w) - 1 + len(args.kw_names)
    if n != 1:
        if n == 0:
            raise operr(w_TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)")
        raise operr(w_TypeError, "mappingproxy() takes at most 1 argument (%d given)" % n)
    w_mapping = args.args_w[1] if len(args.args_w) > 1 else args.kw_values_w[0]
    w_t = w_mapping.getclass()
    if w_t.lookup("__getitem__") is None or isinstance(w_mapping, W_ListObject) or \
            isinstance(w_mapping, W_TupleObject):
        raise operr(w_TypeError, "mappingproxy() argument must be a mapping, not %s"
                    % type_name(w_mapping))
    return W_MappingProxy(w_mapping)


def mp_getitem(slots: list[W_Root | None]) -> W_Root:
    return space.getitem(_mp(slots[0]).w_mapping, _arg(slots, 1))


def mp_contains(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(space.contains(_mp(slots[0]).w_mapping, _arg(slots, 1)))


def mp_iter(slots: list[W_Root | None]) -> W_Root:
    return space.iter(_mp(slots[0]).w_mapping)


def mp_len(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_int(space.len_w(_mp(slots[0]).w_mapping))


def mp_reversed(slots: list[W_Root | None]) -> W_Root:
    return space.call_function(space.getattr(_mp(slots[0]).w_mapping, "__reversed__"), [])


def mp_get(slots: list[W_Root | None]) -> W_Root:
    w_m = _mp(slots[0]).w_mapping
    return space.call_function(space.getattr(w_m, "get"), [_arg(slots, 1), _arg(slots, 2)])


def _call0(slots: list[W_Root | None], name: str) -> W_Root:
    return space.call_function(space.getattr(_mp(slots[0]).w_mapping, name), [])


def mp_keys(slots: list[W_Root | None]) -> W_Root:
    return _call0(slots, "keys")


def mp_values(slots: list[W_Root | None]) -> W_Root:
    return _call0(slots, "values")


def mp_items(slots: list[W_Root | None]) -> W_Root:
    return _call0(slots, "items")


def mp_copy(slots: list[W_Root | None]) -> W_Root:
    return _call0(slots, "copy")


def mp_repr(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str("mappingproxy(%s)" % space.repr_str(_mp(slots[0]).w_mapping))


def mp_str(slots: list[W_Root | None]) -> W_Root:
    return space.str_obj(_mp(slots[0]).w_mapping)


def _cmp(slots: list[W_Root | None], op: int) -> W_Root:
    return space.richcompare(_mp(slots[0]).w_mapping, _arg(slots, 1), op)


def mp_lt(slots: list[W_Root | None]) -> W_Root:
    return _cmp(slots, 0)


def mp_le(slots: list[W_Root | None]) -> W_Root:
    return _cmp(slots, 1)


def mp_eq(slots: list[W_Root | None]) -> W_Root:
    return _cmp(slots, 2)


def mp_ne(slots: list[W_Root | None]) -> W_Root:
    return _cmp(slots, 3)


def mp_gt(slots: list[W_Root | None]) -> W_Root:
    return _cmp(slots, 4)


def mp_ge(slots: list[W_Root | None]) -> W_Root:
    return _cmp(slots, 5)


def _unwrap(w: W_Root) -> W_Root:
    if isinstance(w, W_MappingProxy):
        return w.w_mapping
    return w


def mp_or(slots: list[W_Root | None]) -> W_Root:
    w_a = _unwrap(_arg(slots, 0))
    w_b = _unwrap(_arg(slots, 1))
    return space.binary_op(w_a, w_b, 7)


def mp_ror(slots: list[W_Root | None]) -> W_Root:
    w_a = _unwrap(_arg(slots, 0))
    w_b = _unwrap(_arg(slots, 1))
    return space.binary_op(w_b, w_a, 7)


def mp_ior(slots: list[W_Root | None]) -> W_Root:
    raise operr(w_TypeError, "'|=' is not supported by %s; use '|' instead"
                % type_name(_arg(slots, 0)))


_unused = [w_NotImplemented]

register_raw(w_mappingproxy_type, "__new__", mappingproxy_new)
register(w_mappingproxy_type, "__getitem__(self, key, /)", mp_getitem)
register(w_mappingproxy_type, "__contains__(self, key, /)", mp_contains)
register(w_mappingproxy_type, "__iter__(self, /)", mp_iter)
register(w_mappingproxy_type, "__len__(self, /)", mp_len)
register(w_mappingproxy_type, "__reversed__(self, /)", mp_reversed)
register(w_mappingproxy_type, "get(self, key, default=, /)", mp_get)
register(w_mappingproxy_type, "keys(self, /)", mp_keys)
register(w_mappingproxy_type, "values(self, /)", mp_values)
register(w_mappingproxy_type, "items(self, /)", mp_items)
register(w_mappingproxy_type, "copy(self, /)", mp_copy)
register(w_mappingproxy_type, "__repr__(self, /)", mp_repr)
register(w_mappingproxy_type, "__str__(self, /)", mp_str)
register(w_mappingproxy_type, "__lt__(self, value, /)", mp_lt)
register(w_mappingproxy_type, "__le__(self, value, /)", mp_le)
register(w_mappingproxy_type, "__eq__(self, value, /)", mp_eq)
register(w_mappingproxy_type, "__ne__(self, value, /)", mp_ne)
register(w_mappingproxy_type, "__gt__(self, value, /)", mp_gt)
register(w_mappingproxy_type, "__ge__(self, value, /)", mp_ge)
register(w_mappingproxy_type, "__or__(self, value, /)", mp_or)
register(w_mappingproxy_type, "__ror__(self, value, /)", mp_ror)
register(w_mappingproxy_type, "__ior__(self, value, /)", mp_ior)
w_mappingproxy_type.dict_w["__hash__"] = w_None       # unhashable in 3.11


# dict views: `d.keys().mapping` is a proxy of d
def view_get_mapping(w: W_Root) -> W_Root:
    assert isinstance(w, W_DictViewObject)
    return W_MappingProxy(w.w_dict)


for _t in VIEW_TYPES:
    getset(_t, "mapping", view_get_mapping)
