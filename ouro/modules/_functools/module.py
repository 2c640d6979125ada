"""The `_functools` module: reduce, partial and cmp_to_key, as CPython
3.11's Modules/_functoolsmodule.c (functools.py imports them and keeps its
pure-Python _lru_cache_wrapper, which is not implemented here).

partial objects have a __dict__ (instance attributes, as CPython's); a
partial of a partial without instance attributes is flattened.
"""
from __future__ import annotations

from ouro.interpreter.module import W_Module
from ouro.modules.math.args import clinic_args, clinic_kw, module_type, no_kwargs
from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (OperationError, operr, w_AttributeError, w_TypeError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, w_None
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject, repr_enter, repr_leave

w_partial_type = module_type("functools", "partial")
w_partial_type.hasdict = True
w_keywrapper_type = module_type("functools", "KeyWrapper")


# -- reduce

def reduce_iter(w_seq: W_Root) -> W_Root:
    """(A function of its own: translated, an exception raised before a
    `try` in the same block is caught by its handler -- see the report of
    the RPy C backend bug.)"""
    try:
        return space.iter(w_seq)
    except OperationError as e:
        if e.match(w_TypeError):
            raise operr(w_TypeError, "reduce() arg 2 must support iteration")
        raise


def functools_reduce(args: Arguments) -> W_Root:
    args_w = clinic_args(args, "reduce", "reduce", 2, 3)
    w_func = args_w[0]
    w_it = reduce_iter(args_w[1])
    w_result: W_Root | None = args_w[2] if len(args_w) == 3 else None
    while True:
        w_item = space.next_or_none(w_it)
        if w_item is None:
            break
        if w_result is None:
            w_result = w_item
        else:
            w_result = space.call_function(w_func, [w_result, w_item])
    if w_result is None:
        raise operr(w_TypeError, "reduce() of empty iterable with no initial value")
    return w_result


# -- partial

class W_Partial(W_ObjectWithMap):
    w_func: W_Root
    args_w: list[W_Root]
    kw_names: list[str]
    kw_values_w: list[W_Root]
    w_args: W_TupleObject
    w_keywords: W_DictObject

    def __init__(self, w_func: W_Root, args_w: list[W_Root], w_keywords: W_DictObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_func = w_func
        self.args_w = args_w
        self.w_args = W_TupleObject(args_w)
        self.w_keywords = w_keywords

    def getclass(self) -> W_TypeObject:
        return w_partial_type

    def call_args(self, args: Arguments) -> W_Root:
        all_w = list(self.args_w)
        for w_a in args.args_w:
            all_w.append(w_a)
        w_kw = self.w_keywords
        if w_kw.used == 0:
            return space.call_args(self.w_func, Arguments(all_w, args.kw_names,
                                                          args.kw_values_w))
        names: list[str] = []
        values_w: list[W_Root] = []
        for w_k, w_v in w_kw.items():
            name = space.str_of_w(w_k)
            if name not in args.kw_names:
                names.append(name)
                values_w.append(w_v)
            else:
                # overridden by the call: keeps the dict order of {**kw, **new}
                names.append(name)
                values_w.append(args.kw_values_w[args.kw_names.index(name)])
        k = 0
        while k < len(args.kw_names):
            if args.kw_names[k] not in names:
                names.append(args.kw_names[k])
                values_w.append(args.kw_values_w[k])
            k += 1
        return space.call_args(self.w_func, Arguments(all_w, names, values_w))


def partial_new(args: Arguments) -> W_Root:
    if len(args.args_w) < 2:
        raise operr(w_TypeError, "type 'partial' takes at least one argument")
    w_func = args.args_w[1]
    pargs_w: list[W_Root] = []
    w_pkw: W_DictObject | None = None
    if isinstance(w_func, W_Partial) and not w_func.has_attributes():
        pargs_w = w_func.args_w
        w_pkw = w_func.w_keywords
        w_func = w_func.w_func
    if not space.callable_w(w_func):
        raise operr(w_TypeError, "the first argument must be callable")
    all_w = list(pargs_w)
    for w_a in args.args_w[2:]:
        all_w.append(w_a)
    w_kw = W_DictObject()
    if w_pkw is not None:
        for w_k, w_v in w_pkw.items():
            w_kw.setitem(w_k, w_v)
    k = 0
    while k < len(args.kw_names):
        w_kw.setitem_str(args.kw_names[k], args.kw_values_w[k])
        k += 1
    return W_Partial(w_func, all_w, w_kw)


def partial_w(w: W_Root | None) -> W_Partial:
    if isinstance(w, W_Partial):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a 'functools.partial' object but received a "
                "'%s'" % space.type_of(w).name)


def partial_call(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "descriptor '__call__' of 'functools.partial' object needs "
                    "an argument")
    w_p = partial_w(args.args_w[0])
    return w_p.call_args(Arguments(args.args_w[1:], args.kw_names, args.kw_values_w))


def partial_repr(slots: list[W_Root | None]) -> W_Root:
    w_p = partial_w(slots[0])
    if not repr_enter(w_p):
        return space.wrap_str("...")
    try:
        parts: list[str] = []
        for w_a in w_p.args_w:
            parts.append(", " + space.repr_str(w_a))
        for w_k, w_v in w_p.w_keywords.items():
            parts.append(", %s=%s" % (space.str_str(w_k), space.repr_str(w_v)))
        result = "functools.partial(%s%s)" % (space.repr_str(w_p.w_func), "".join(parts))
    finally:
        repr_leave(w_p)
    return space.wrap_str(result)


def partial_get_func(w: W_Root) -> W_Root:
    return partial_w(w).w_func


def partial_get_args(w: W_Root) -> W_Root:
    return partial_w(w).w_args


def partial_get_keywords(w: W_Root) -> W_Root:
    return partial_w(w).w_keywords


def partial_reduce(slots: list[W_Root | None]) -> W_Root:
    w_p = partial_w(slots[0])
    w_state_dict: W_Root = w_None
    w_attrs = space.getattr_or_none(w_p, "__dict__")
    if isinstance(w_attrs, W_DictObject) and w_attrs.used > 0:
        w_state_dict = w_attrs
    return W_TupleObject([w_p.getclass(), W_TupleObject([w_p.w_func]),
                          W_TupleObject([w_p.w_func, w_p.w_args, w_p.w_keywords,
                                         w_state_dict])])


def partial_setstate(slots: list[W_Root | None]) -> W_Root:
    w_p = partial_w(slots[0])
    w_state = slots[1]
    if not isinstance(w_state, W_TupleObject):
        raise operr(w_TypeError, "invalid partial state")
    items_w = w_state.items_w
    if len(items_w) != 4:
        raise operr(w_TypeError, "expected 4 items in state, got %d" % len(items_w))
    w_func = items_w[0]
    w_fargs = items_w[1]
    w_kw = items_w[2]
    w_dict = items_w[3]
    if not space.callable_w(w_func) or not isinstance(w_fargs, W_TupleObject) or \
            (w_kw is not w_None and not isinstance(w_kw, W_DictObject)):
        raise operr(w_TypeError, "invalid partial state")
    w_p.w_func = w_func
    w_p.args_w = list(w_fargs.items_w)
    w_p.w_args = W_TupleObject(w_p.args_w)
    w_newkw = W_DictObject()
    if isinstance(w_kw, W_DictObject):
        for w_k, w_v in w_kw.items():
            w_newkw.setitem(w_k, w_v)
    w_p.w_keywords = w_newkw
    if isinstance(w_dict, W_DictObject):
        for w_k, w_v in w_dict.items():
            w_p.setdictvalue(space.str_of_w(w_k), w_v)
    elif w_dict is not w_None:
        raise operr(w_TypeError, "setting partial object's dictionary to a non-dict")
    return w_None


register(w_partial_type, "__setstate__(self, state, /)", partial_setstate)
register_raw(w_partial_type, "__new__", partial_new)
register_raw(w_partial_type, "__call__", partial_call)
register(w_partial_type, "__repr__(self, /)", partial_repr)
register(w_partial_type, "__reduce__(self, /)", partial_reduce)
register(w_partial_type, "__reduce_ex__(self, protocol, /)", partial_reduce)
def readonly(w: W_Root, w_value: W_Root) -> None:
    raise operr(w_AttributeError, "readonly attribute")


def readonly_del(w: W_Root) -> None:
    raise operr(w_AttributeError, "readonly attribute")


getset(w_partial_type, "func", partial_get_func, readonly, readonly_del)
getset(w_partial_type, "args", partial_get_args, readonly, readonly_del)
getset(w_partial_type, "keywords", partial_get_keywords, readonly, readonly_del)


# -- cmp_to_key

class W_KeyWrapper(W_Root):
    w_cmp: W_Root
    w_obj: W_Root | None

    def __init__(self, w_cmp: W_Root, w_obj: W_Root | None) -> None:
        self.w_cmp = w_cmp
        self.w_obj = w_obj

    def getclass(self) -> W_TypeObject:
        return w_keywrapper_type

    def call_args(self, args: Arguments) -> W_Root:
        w_obj = clinic_kw(args, "K", ["obj"], 0, 1, 1)[0]
        assert w_obj is not None
        return W_KeyWrapper(self.w_cmp, w_obj)


def keywrapper_call(args: Arguments) -> W_Root:
    w_k = args.args_w[0]
    assert isinstance(w_k, W_KeyWrapper)
    return w_k.call_args(Arguments(args.args_w[1:], args.kw_names, args.kw_values_w))


def _keycompare(slots: list[W_Root | None], op: int) -> W_Root:
    w_self = slots[0]
    w_other = slots[1]
    assert isinstance(w_self, W_KeyWrapper) and w_other is not None
    if not isinstance(w_other, W_KeyWrapper):
        raise operr(w_TypeError, "other argument must be K instance")
    w_x = w_self.w_obj
    w_y = w_other.w_obj
    if w_x is None or w_y is None:
        raise operr(w_AttributeError, "object")
    w_res = space.call_function(w_self.w_cmp, [w_x, w_y])
    return space.richcompare(w_res, space.wrap_int(0), op)


def key_lt(slots: list[W_Root | None]) -> W_Root:
    return _keycompare(slots, 0)


def key_le(slots: list[W_Root | None]) -> W_Root:
    return _keycompare(slots, 1)


def key_eq(slots: list[W_Root | None]) -> W_Root:
    return _keycompare(slots, 2)


def key_ne(slots: list[W_Root | None]) -> W_Root:
    return _keycompare(slots, 3)


def key_gt(slots: list[W_Root | None]) -> W_Root:
    return _keycompare(slots, 4)


def key_ge(slots: list[W_Root | None]) -> W_Root:
    return _keycompare(slots, 5)


def key_get_obj(w: W_Root) -> W_Root:
    assert isinstance(w, W_KeyWrapper)
    w_obj = w.w_obj
    if w_obj is None:
        raise operr(w_AttributeError, "obj")
    return w_obj


def key_set_obj(w: W_Root, w_value: W_Root) -> None:
    assert isinstance(w, W_KeyWrapper)
    w.w_obj = w_value


def functools_cmp_to_key(slots: list[W_Root | None]) -> W_Root:
    w_cmp = slots[0]
    assert w_cmp is not None
    return W_KeyWrapper(w_cmp, None)


register_raw(w_keywrapper_type, "__call__", keywrapper_call)
register(w_keywrapper_type, "__lt__(self, value, /)", key_lt)
register(w_keywrapper_type, "__le__(self, value, /)", key_le)
register(w_keywrapper_type, "__eq__(self, value, /)", key_eq)
register(w_keywrapper_type, "__ne__(self, value, /)", key_ne)
register(w_keywrapper_type, "__gt__(self, value, /)", key_gt)
register(w_keywrapper_type, "__ge__(self, value, /)", key_ge)
getset(w_keywrapper_type, "obj", key_get_obj, key_set_obj)
w_keywrapper_type.dict_w["__hash__"] = w_None

FUNCTIONS = [
    register_raw(None, "reduce", functools_reduce),
    register(None, "cmp_to_key(mycmp)", functools_cmp_to_key),
]
_unused = [no_kwargs, W_StrObject]


def make_module() -> W_Module:
    w_mod = W_Module("_functools", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str("Tools that operate on functions."))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("partial", w_partial_type)
    return w_mod
