"""The `_functools` module: reduce, partial, cmp_to_key and
_lru_cache_wrapper, as CPython 3.11's Modules/_functoolsmodule.c
(functools.py imports them over its pure-Python versions).

partial objects have a __dict__ (instance attributes, as CPython's); a
partial of a partial without instance attributes is flattened.
"""
from __future__ import annotations

from ouro.interpreter.module import W_Module
from ouro.modules.math.args import clinic_args, clinic_kw, module_type, no_kwargs
from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.descriptors import W_Method
from ouro.objspace.dictobject import W_DictObject, is_exact_str, w_dict_type
from ouro.objspace.exceptions import (OperationError, operr, w_AttributeError, w_TypeError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.intobject import index_w, int_w_clipped, is_exact_int, is_int, wrap_int
from ouro.objspace.model import (Arguments, W_Root, W_TypeObject, make_builtin_type, type_name,
                                 w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject, repr_enter, repr_leave, w_tuple_type

# partial is subclassable (its instances carry their class)
LAYOUT_PARTIAL = 141
space.SUBCLASSABLE_LAYOUTS.append(LAYOUT_PARTIAL)
w_partial_type = make_builtin_type("partial", [w_object_type], LAYOUT_PARTIAL)
w_partial_type.dict_w["__module__"] = W_StrObject("functools")
w_partial_type.tp_prefix = "functools."
w_partial_type.hasdict = True
w_keywrapper_type = module_type("functools", "KeyWrapper")
w_lru_type = module_type("functools", "_lru_cache_wrapper")
w_lru_type.hasdict = True


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
    w_type: W_TypeObject
    w_func: W_Root
    args_w: list[W_Root]
    kw_names: list[str]
    kw_values_w: list[W_Root]
    w_args: W_TupleObject
    w_keywords: W_DictObject

    def __init__(self, w_type: W_TypeObject, w_func: W_Root, args_w: list[W_Root],
                 w_keywords: W_DictObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.w_func = w_func
        self.args_w = args_w
        self.w_args = W_TupleObject(args_w)
        self.w_keywords = w_keywords

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def call_args(self, args: Arguments) -> W_Root:
        if self.w_type is not w_partial_type:
            return space.call_dunder_call(self, args)     # a subclass's __call__
        return self.call_partial(args)

    def call_partial(self, args: Arguments) -> W_Root:
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
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    if len(args.args_w) < 2:
        raise operr(w_TypeError, "type 'partial' takes at least one argument")
    w_func = args.args_w[1]
    pargs_w: list[W_Root] = []
    w_pkw: W_DictObject | None = None
    # a partial (of a class that keeps partial's __call__) without
    # attributes is flattened, as CPython's
    if isinstance(w_func, W_Partial) and not w_func.has_attributes() and \
            w_func.w_type.lookup("__call__") is w_partial_type.lookup("__call__"):
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
    return W_Partial(w_cls, w_func, all_w, w_kw)


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
    return w_p.call_partial(Arguments(args.args_w[1:], args.kw_names, args.kw_values_w))


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
        # CPython 3.11 shows the tp_name: "functools.partial", a subclass's name
        result = "%s(%s%s)" % (type_name(w_p), space.repr_str(w_p.w_func), "".join(parts))
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
        raise operr(w_TypeError, "invalid partial state")
    w_func = items_w[0]
    w_fargs = items_w[1]
    w_kw = items_w[2]
    w_dict = items_w[3]
    if not space.callable_w(w_func) or not isinstance(w_fargs, W_TupleObject) or \
            (w_kw is not w_None and not isinstance(w_kw, W_DictObject)):
        raise operr(w_TypeError, "invalid partial state")
    if not isinstance(w_dict, W_DictObject) and w_dict is not w_None:
        raise operr(w_TypeError, "setting partial object's dictionary to a non-dict")
    w_p.w_func = w_func
    w_p.args_w = list(w_fargs.items_w)
    # an exact tuple and an exact dict are kept (not copies), as CPython
    if w_fargs.getclass() is w_tuple_type:
        w_p.w_args = w_fargs
    else:
        w_p.w_args = W_TupleObject(w_p.args_w)
    if isinstance(w_kw, W_DictObject) and w_kw.getclass() is w_dict_type:
        w_p.w_keywords = w_kw
    else:
        w_newkw = W_DictObject()
        if isinstance(w_kw, W_DictObject):
            for w_k, w_v in w_kw.items():
                w_newkw.setitem(w_k, w_v)
        w_p.w_keywords = w_newkw
    # the state's dict becomes the __dict__ (None: no attributes)
    if isinstance(w_dict, W_DictObject):
        w_p.set_w_dict(w_dict)
    elif w_p.has_attributes():
        w_p.set_w_dict(W_DictObject())
    return w_None


register(w_partial_type, "__setstate__(self, state, /)", partial_setstate)
register_raw(w_partial_type, "__new__", partial_new)
register_raw(w_partial_type, "__call__", partial_call)
register(w_partial_type, "__repr__(self, /)", partial_repr)
register(w_partial_type, "__reduce__(self, /)", partial_reduce)
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

# -- _lru_cache_wrapper

class W_LruLink(W_Root):
    """A cached call: an entry of the wrapper's circular list, most recently
    used last (the value stored in its cache dict, as lru_list_elem)."""
    prev: W_LruLink | None
    next: W_LruLink | None
    w_key: W_Root | None
    hash: int
    w_result: W_Root | None

    def __init__(self) -> None:
        self.prev = None
        self.next = None
        self.w_key = None
        self.hash = 0
        self.w_result = None

    def getclass(self) -> W_TypeObject:
        return w_object_type


class W_KwdMark(W_Root):
    """The separator between the positional and keyword arguments in a key."""

    def getclass(self) -> W_TypeObject:
        return w_object_type


KWD_MARK = W_KwdMark()

UNCACHED = 0
INFINITE = 1
BOUNDED = 2


class W_LruCacheWrapper(W_ObjectWithMap):
    w_func: W_Root
    kind: int
    maxsize: int
    typed: bool
    w_cache_info_type: W_Root
    w_cache: W_DictObject
    hits: int
    misses: int
    root: W_LruLink

    def __init__(self, w_func: W_Root, kind: int, maxsize: int, typed: bool,
                 w_cache_info_type: W_Root) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_func = w_func
        self.kind = kind
        self.maxsize = maxsize
        self.typed = typed
        self.w_cache_info_type = w_cache_info_type
        self.w_cache = W_DictObject()
        self.hits = 0
        self.misses = 0
        self.root = W_LruLink()
        self.root.prev = self.root
        self.root.next = self.root

    def getclass(self) -> W_TypeObject:
        return w_lru_type

    def descr_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root | None:
        if w_obj is None or w_obj is w_None:
            return self
        return W_Method(self, w_obj)

    def descr_get_class(self, w_type: W_TypeObject) -> W_Root | None:
        return self

    def make_key(self, args: Arguments) -> W_Root:
        """As lru_cache_make_key: a lone exact int or str argument is its own
        key; otherwise a tuple of the arguments, then the mark and the
        keyword names and values, then (typed) the types of the values."""
        n_kw = len(args.kw_names)
        if not self.typed and n_kw == 0:
            if len(args.args_w) == 1:
                w_a = args.args_w[0]
                if is_exact_int(w_a) or is_exact_str(w_a):
                    return w_a
            return W_TupleObject(list(args.args_w))
        items_w = list(args.args_w)
        if n_kw > 0:
            items_w.append(KWD_MARK)
            k = 0
            while k < n_kw:
                items_w.append(W_StrObject(args.kw_names[k]))
                items_w.append(args.kw_values_w[k])
                k += 1
        if self.typed:
            for w_a in args.args_w:
                items_w.append(w_a.getclass())
            for w_v in args.kw_values_w:
                items_w.append(w_v.getclass())
        return W_TupleObject(items_w)

    def call_args(self, args: Arguments) -> W_Root:
        if self.kind == UNCACHED:
            self.misses += 1
            return space.call_args(self.w_func, args)
        w_key = self.make_key(args)
        h = space.hash_w(w_key)
        w_found = self.w_cache.getitem_known_hash(w_key, h)
        if self.kind == INFINITE:
            if w_found is not None:
                self.hits += 1
                return w_found
            self.misses += 1
            w_result = space.call_args(self.w_func, args)
            self.w_cache.setitem_known_hash(w_key, h, w_result)
            return w_result
        if isinstance(w_found, W_LruLink):
            self.unlink(w_found)
            self.append(w_found)
            self.hits += 1
            w_res = w_found.w_result
            assert w_res is not None
            return w_res
        self.misses += 1
        w_result = space.call_args(self.w_func, args)
        if self.w_cache.getitem_known_hash(w_key, h) is not None:
            # the call itself cached this key (a recursive or concurrent call)
            return w_result
        root = self.root
        oldest = root.next
        assert oldest is not None
        if self.w_cache.used < self.maxsize or oldest is root:
            link = W_LruLink()
        else:
            # full: the least recently used entry makes room
            self.unlink(oldest)
            w_oldkey = oldest.w_key
            assert w_oldkey is not None
            self.w_cache.delitem_known_hash(w_oldkey, oldest.hash)
            link = oldest
        link.w_key = w_key
        link.hash = h
        link.w_result = w_result
        self.w_cache.setitem_known_hash(w_key, h, link)
        self.append(link)
        return w_result

    def unlink(self, link: W_LruLink) -> None:
        prev = link.prev
        nxt = link.next
        assert prev is not None and nxt is not None
        prev.next = nxt
        nxt.prev = prev

    def append(self, link: W_LruLink) -> None:
        root = self.root
        last = root.prev
        assert last is not None
        last.next = link
        link.prev = last
        link.next = root
        root.prev = link

    def clear(self) -> None:
        self.w_cache = W_DictObject()
        self.root.prev = self.root
        self.root.next = self.root
        self.hits = 0
        self.misses = 0


def lru_w(w: W_Root | None) -> W_LruCacheWrapper:
    if isinstance(w, W_LruCacheWrapper):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a 'functools._lru_cache_wrapper' object but "
                "received a '%s'" % space.type_of(w).name)


def lru_new(args: Arguments) -> W_Root:
    slots = clinic_kw(args, "lru_cache", ["user_function", "maxsize", "typed", "cache_info_type"],
                      0, 4, 4, 1)
    w_func = slots[0]
    w_maxsize = slots[1]
    w_typed = slots[2]
    w_info = slots[3]
    assert w_func is not None and w_maxsize is not None
    assert w_typed is not None and w_info is not None
    if not space.callable_w(w_func):
        raise operr(w_TypeError, "the first argument must be callable")
    typed = space.is_true(w_typed)
    if w_maxsize is w_None:
        return W_LruCacheWrapper(w_func, INFINITE, -1, typed, w_info)
    if not is_int(w_maxsize) and space.lookup(w_maxsize, "__index__") is None:
        raise operr(w_TypeError, "maxsize should be integer or None")
    maxsize = int_w_clipped(index_w(w_maxsize))
    if maxsize <= 0:
        return W_LruCacheWrapper(w_func, UNCACHED, 0, typed, w_info)
    return W_LruCacheWrapper(w_func, BOUNDED, maxsize, typed, w_info)


def lru_call(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "descriptor '__call__' of 'functools._lru_cache_wrapper' "
                    "object needs an argument")
    w_l = lru_w(args.args_w[0])
    return w_l.call_args(Arguments(args.args_w[1:], args.kw_names, args.kw_values_w))


def lru_cache_info(slots: list[W_Root | None]) -> W_Root:
    w_l = lru_w(slots[0])
    w_max: W_Root = w_None if w_l.kind == INFINITE else wrap_int(w_l.maxsize)
    return space.call_function(w_l.w_cache_info_type, [
        wrap_int(w_l.hits), wrap_int(w_l.misses), w_max, wrap_int(w_l.w_cache.used)])


def lru_cache_clear(slots: list[W_Root | None]) -> W_Root:
    lru_w(slots[0]).clear()
    return w_None


def lru_reduce(slots: list[W_Root | None]) -> W_Root:
    w_l = lru_w(slots[0])
    return space.getattr(w_l, "__qualname__")


def lru_copy(slots: list[W_Root | None]) -> W_Root:
    return lru_w(slots[0])


def lru_get(slots: list[W_Root | None]) -> W_Root:
    w_l = lru_w(slots[0])
    w_obj = slots[1]
    if w_obj is None or w_obj is w_None:
        return w_l
    return W_Method(w_l, w_obj)


register_raw(w_lru_type, "__new__", lru_new)
register_raw(w_lru_type, "__call__", lru_call)
register(w_lru_type, "__get__(self, instance, owner=, /)", lru_get)
register(w_lru_type, "cache_info(self, /)", lru_cache_info)
register(w_lru_type, "cache_clear(self, /)", lru_cache_clear)
register(w_lru_type, "__reduce__(self, /)", lru_reduce)
register(w_lru_type, "__copy__(self, /)", lru_copy)
register(w_lru_type, "__deepcopy__(self, memo, /)", lru_copy)

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
    d.setitem_str("_lru_cache_wrapper", w_lru_type)
    return w_mod
