"""`_collections.OrderedDict`, as CPython 3.11's Objects/odictobject.c.

ouro's dict keeps its entries in insertion order already (dictobject.py),
so an OrderedDict is a dict (W_OrderedDict, a W_DictObjectUser: instances
have a `__dict__`) whose order is the dict's own, as in PyPy, and not a
linked list beside the table as in CPython.  What the dict lacks is moving
an entry: W_DictObject.move_to_end appends the entry again, or puts it
into the deleted entry before the first live one (rebuilding the table
with room at the front when there is none).  popitem(last=False) and the
moves to the front need the first live entry: W_OrderedDict keeps a hint
(no live entry is before it) while the dict's index table is the same.

The iterators are CPython's: `state` counts the insertions, deletions and
moves made through OrderedDict's methods; an iterator raises "OrderedDict
mutated during iteration" when it changed and "OrderedDict changed size
during iteration" when only the size did (dict's methods called on an
OrderedDict).  The views are odict_keys/odict_values/odict_items,
subclasses of dict's views with their own iterators.  What CPython calls
on subclasses is kept: __init__, update and `|=` store through
`self[key] = value`, setdefault and copy through the subclass's
__contains__/__getitem__/__setitem__, repr and __reduce__ through
items(); pop, popitem, move_to_end and clear work on the table directly.

Not as CPython: an OrderedDict changed by dict's own methods
(dict.__delitem__(od, k)) stays consistent, where CPython's linked list
falls out of step (its repr then raises KeyError).
"""
from __future__ import annotations

from ouro.interpreter import iterreduce, reduce
from ouro.objspace import dictobject, sizeof, space
from ouro.objspace.dictobject import (KIND_ITEMS, KIND_KEYS, KIND_VALUES, W_DictObject,
                                      W_DictObjectUser, W_DictViewObject, key_error,
                                      w_dict_items_type, w_dict_keys_type, w_dict_type,
                                      w_dict_values_type)
from ouro.objspace.exceptions import (operr, w_KeyError, w_RuntimeError,
                                      w_TypeError, w_ValueError)
from ouro.objspace.gateway import descr_error, register, register_classmethod, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import W_ListObject, unpack_to_list
from ouro.objspace.model import (LAYOUT_DICT, LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, w_None, w_NotImplemented, w_object_type)
from ouro.objspace.objectobject import W_OBJECT_DICT
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import (W_TupleObject, check_type_arg, iter_next_meth, iter_self,
                                       repr_enter, repr_leave)

TNAME = "collections.OrderedDict"

w_odict_type = make_builtin_type("OrderedDict", [w_dict_type], LAYOUT_DICT)
w_odict_type.dict_w["__module__"] = W_StrObject("collections")
w_odict_type.tp_prefix = "collections."
w_odict_type.hasdict = True
w_odict_type.dict_w["__dict__"] = W_OBJECT_DICT
w_odict_iterator_type = make_builtin_type("odict_iterator", [w_object_type], LAYOUT_OTHER)
w_odict_keys_type = make_builtin_type("odict_keys", [w_dict_keys_type], LAYOUT_OTHER)
w_odict_values_type = make_builtin_type("odict_values", [w_dict_values_type], LAYOUT_OTHER)
w_odict_items_type = make_builtin_type("odict_items", [w_dict_items_type], LAYOUT_OTHER)
ODICT_VIEW_TYPES = [w_odict_keys_type, w_odict_values_type, w_odict_items_type]


class W_OrderedDict(W_DictObjectUser):
    state: int              # bumped by each insertion, deletion or move
    first_hint: int         # no live entry is before it ...
    hint_table: list[int]   # ... while the dict's index table is this one

    def __init__(self, w_type: W_TypeObject) -> None:
        W_DictObjectUser.__init__(self, w_type)
        self.state = 0
        self.first_hint = 0
        self.hint_table = self.table()

    def first_live(self) -> int:
        """The first live entry, or -1."""
        if self.hint_table is not self.table():
            self.first_hint = 0
        ix = self.next_entry(self.first_hint)
        self.first_hint = ix if ix >= 0 else 0
        self.hint_table = self.table()
        return ix

    def popitem(self) -> W_TupleObject | None:
        # dict.popitem(od) too: dropping the tail may drop the hint's place
        w_item = W_DictObject.popitem(self)
        self.first_hint = 0
        return w_item

    def od_setitem(self, w_key: W_Root, w_value: W_Root) -> None:
        used = self.used
        self.setitem(w_key, w_value)
        if self.used != used:
            self.state += 1

    def od_delitem(self, w_key: W_Root) -> bool:
        if not self.delitem(w_key):
            return False
        self.state += 1
        return True

    def od_clear(self) -> None:
        # (not a change of state: an iterator says "changed size", as CPython's)
        self.clear()
        self.first_hint = 0

    def od_move_to_end(self, w_key: W_Root, last: bool) -> bool:
        first = self.move_to_end(w_key, last, self.first_live_hint())
        if first == -2:
            return False
        self.first_hint = first if first >= 0 else 0
        self.hint_table = self.table()
        self.state += 1
        return True

    def first_live_hint(self) -> int:
        if self.hint_table is not self.table():
            return 0
        return self.first_hint

    def od_popitem(self, last: bool) -> W_TupleObject | None:
        if self.used == 0:
            return None
        if last:
            w_item = self.popitem()
        else:
            ix = self.first_live()
            w_item = self.pop_entry(ix)
            if self.entries_end() <= self.first_hint:
                self.first_hint = 0
        self.state += 1
        return w_item


def odict_w(w: W_Root | None, name: str) -> W_OrderedDict:
    if isinstance(w, W_OrderedDict):
        return w
    assert w is not None
    raise descr_error(name, TNAME, w)


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def is_exact(w_od: W_OrderedDict) -> bool:
    return w_od.getclass() is w_odict_type


def store(w_od: W_Root, w_key: W_Root, w_value: W_Root) -> None:
    """PyObject_SetItem: a subclass's __setitem__ is called."""
    if isinstance(w_od, W_OrderedDict) and is_exact(w_od):
        w_od.od_setitem(w_key, w_value)
    else:
        space.setitem(w_od, w_key, w_value)


# -- iterators

class W_ODictIter(W_Root):
    w_od: W_OrderedDict | None      # None once exhausted or broken
    kind: int
    reverse: bool
    pos: int                        # the entry to give next
    state: int
    size: int

    def __init__(self, w_od: W_OrderedDict, kind: int, reverse: bool) -> None:
        self.w_od = w_od
        self.kind = kind
        self.reverse = reverse
        if reverse:
            self.pos = w_od.prev_entry(w_od.entries_end() - 1)
        else:
            self.pos = w_od.first_live()
        if self.pos < 0:
            self.w_od = None        # empty: done, whatever is added
        self.state = w_od.state
        self.size = w_od.used

    def getclass(self) -> W_TypeObject:
        return w_odict_iterator_type

    def iter_next(self) -> W_Root | None:
        w_od = self.w_od
        if w_od is None:
            return space.STOP
        if w_od.state != self.state:
            self.w_od = None
            raise operr(w_RuntimeError, "OrderedDict mutated during iteration")
        if w_od.used != self.size:
            self.size = -1
            raise operr(w_RuntimeError, "OrderedDict changed size during iteration")
        if self.reverse:
            ix = w_od.prev_entry(self.pos)
        else:
            ix = w_od.next_entry(self.pos)
        if ix < 0:
            self.w_od = None
            return space.STOP
        # the entry after this one, found now as CPython finds its next
        # node: past the last one the iterator is done, whatever is added
        if self.reverse:
            self.pos = w_od.prev_entry(ix - 1) if ix > 0 else -1
        else:
            self.pos = w_od.next_entry(ix + 1)
        if self.pos < 0:
            self.w_od = None
        if self.kind == KIND_VALUES:
            w_value = w_od.value_at(ix)
            assert w_value is not None
            return w_value
        w_key = w_od.key_at(ix)
        assert w_key is not None
        if self.kind == KIND_KEYS:
            return w_key
        w_value = w_od.value_at(ix)
        assert w_value is not None
        return W_TupleObject([w_key, w_value])


def odictiter_reduce(slots: list[W_Root | None]) -> W_Root:
    """iter(list of the rest), as CPython's (the iterator itself is left
    where it was)."""
    w_it = _arg(slots, 0)
    if not isinstance(w_it, W_ODictIter):
        raise iterreduce.descr_error("__reduce__", w_odict_iterator_type, w_it)
    w_od = w_it.w_od
    if w_od is None:
        return iterreduce.rest_of(None)
    w_tmp = W_ODictIter(w_od, w_it.kind, w_it.reverse)
    w_tmp.pos = w_it.pos
    w_tmp.state = w_it.state
    w_tmp.size = w_it.size
    return iterreduce.rest_of(w_tmp)


register(w_odict_iterator_type, "__iter__(self, /)", iter_self)
register(w_odict_iterator_type, "__next__(self, /)", iter_next_meth)
register(w_odict_iterator_type, "__reduce__(self, /)", odictiter_reduce)


# -- views: dict's, with the OrderedDict's iterators

class W_ODictView(W_DictViewObject):
    def getclass(self) -> W_TypeObject:
        return ODICT_VIEW_TYPES[self.kind]


def _view_od(slots: list[W_Root | None], name: str) -> W_ODictView:
    w = slots[0]
    if isinstance(w, W_ODictView):
        return w
    assert w is not None
    raise descr_error(name, "odict_keys", w)


def odictview_iter(slots: list[W_Root | None]) -> W_Root:
    w_view = _view_od(slots, "__iter__")
    w_od = w_view.w_dict
    assert isinstance(w_od, W_OrderedDict)
    return W_ODictIter(w_od, w_view.kind, False)


def odictview_reversed(slots: list[W_Root | None]) -> W_Root:
    w_view = _view_od(slots, "__reversed__")
    w_od = w_view.w_dict
    assert isinstance(w_od, W_OrderedDict)
    return W_ODictIter(w_od, w_view.kind, True)


for _t in ODICT_VIEW_TYPES:
    register(_t, "__iter__(self, /)", odictview_iter)
    register(_t, "__reversed__(self, /)", odictview_reversed)


# -- MutableMapping.update, as odictobject.c's mutablemapping_update

def add_pairs(w_od: W_Root, w_pairs: W_Root) -> None:
    w_it = space.iter(w_pairs)
    while True:
        w_pair = space.next_or_none(w_it)
        if w_pair is None:
            return
        w_pit = space.iter(w_pair)
        w_key = space.next_or_none(w_pit)
        w_value: W_Root | None = None
        if w_key is not None:
            w_value = space.next_or_none(w_pit)
        if w_key is None or w_value is None:
            n = 0 if w_key is None else 1
            raise operr(w_ValueError, "need more than %d value%s to unpack"
                        % (n, "" if n == 1 else "s"))
        if space.next_or_none(w_pit) is not None:
            raise operr(w_ValueError, "too many values to unpack (expected 2)")
        store(w_od, w_key, w_value)


def update_arg(w_od: W_Root, w_arg: W_Root) -> None:
    if isinstance(w_arg, W_DictObject) and w_arg.getclass() is w_dict_type:
        for w_k, w_v in w_arg.items():
            store(w_od, w_k, w_v)
        return
    w_keys_fn = space.getattr_or_none(w_arg, "keys")
    if w_keys_fn is not None:
        w_keys = space.call_function(w_keys_fn, [])
        w_it = space.iter(w_keys)
        while True:
            w_key = space.next_or_none(w_it)
            if w_key is None:
                return
            store(w_od, w_key, space.getitem(w_arg, w_key))
    w_items_fn = space.getattr_or_none(w_arg, "items")
    if w_items_fn is not None:
        add_pairs(w_od, space.call_function(w_items_fn, []))
        return
    add_pairs(w_od, w_arg)


def update_common(w_od: W_Root, args: Arguments) -> None:
    """The positional argument (args_w[1], if any), then the keywords."""
    if len(args.args_w) > 1:
        update_arg(w_od, args.args_w[1])
    k = 0
    while k < len(args.kw_names):
        store(w_od, space.wrap_str(args.kw_names[k]), args.kw_values_w[k])
        k += 1


# -- the methods

def odict_new(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "OrderedDict.__new__(): not enough arguments")
    return W_OrderedDict(check_type_arg(args.args_w[0], w_odict_type))


def odict_init(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "descriptor '__init__' of 'collections.OrderedDict' object "
                    "needs an argument")
    w_od = odict_w(args.args_w[0], "__init__")
    n = len(args.args_w) - 1
    if n > 1:
        raise operr(w_TypeError, "expected at most 1 arguments, got %d" % n)
    update_common(w_od, args)
    return w_None


def odict_update(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "unbound method OrderedDict.update() needs an argument")
    n = len(args.args_w) - 1
    if n > 1:
        raise operr(w_TypeError, "update() takes at most 1 positional argument (%d given)" % n)
    update_common(args.args_w[0], args)
    return w_None


def odict_setitem(slots: list[W_Root | None]) -> W_Root:
    odict_w(slots[0], "__setitem__").od_setitem(_arg(slots, 1), _arg(slots, 2))
    return w_None


def odict_delitem(slots: list[W_Root | None]) -> W_Root:
    w_key = _arg(slots, 1)
    if not odict_w(slots[0], "__delitem__").od_delitem(w_key):
        raise key_error(w_key)
    return w_None


def odict_iter(slots: list[W_Root | None]) -> W_Root:
    return W_ODictIter(odict_w(slots[0], "__iter__"), KIND_KEYS, False)


def odict_reversed(slots: list[W_Root | None]) -> W_Root:
    return W_ODictIter(odict_w(slots[0], "__reversed__"), KIND_KEYS, True)


def odict_keys(slots: list[W_Root | None]) -> W_Root:
    return W_ODictView(odict_w(slots[0], "keys"), KIND_KEYS)


def odict_values(slots: list[W_Root | None]) -> W_Root:
    return W_ODictView(odict_w(slots[0], "values"), KIND_VALUES)


def odict_items(slots: list[W_Root | None]) -> W_Root:
    return W_ODictView(odict_w(slots[0], "items"), KIND_ITEMS)


def odict_repr(slots: list[W_Root | None]) -> W_Root:
    w_od = odict_w(slots[0], "__repr__")
    name = w_od.getclass().name
    if w_od.used == 0:
        return space.wrap_str(name + "()")
    if not repr_enter(w_od):
        return space.wrap_str("...")
    try:
        if is_exact(w_od):
            pairs_w: list[W_Root] = []
            for w_k, w_v in w_od.items():
                pairs_w.append(W_TupleObject([w_k, w_v]))
            w_list = W_ListObject(pairs_w)
        else:
            w_items = space.call_method(w_od, "items", [])
            w_list = W_ListObject(unpack_to_list(w_items))
        s = space.repr_str(w_list)
    finally:
        repr_leave(w_od)
    return space.wrap_str("%s(%s)" % (name, s))


def same_order(w_a: W_OrderedDict, w_b: W_OrderedDict) -> bool:
    """The keys of two equal OrderedDicts, pairwise equal in order."""
    keys_a = w_a.keys()
    keys_b = w_b.keys()
    if len(keys_a) != len(keys_b):
        return False
    i = 0
    while i < len(keys_a):
        if not space.eq_w(keys_a[i], keys_b[i]):
            return False
        i += 1
    return True


def _odict_equal(w_a: W_Root, w_b: W_Root) -> W_Root | None:
    """None when not both are dicts (NotImplemented)."""
    if not isinstance(w_a, W_DictObject) or not isinstance(w_b, W_DictObject):
        return None
    eq = dictobject.dict_equal(w_a, w_b)
    if eq and isinstance(w_a, W_OrderedDict) and isinstance(w_b, W_OrderedDict):
        eq = same_order(w_a, w_b)
    return space.wrap_bool(eq)


def odict_eq(slots: list[W_Root | None]) -> W_Root:
    odict_w(slots[0], "__eq__")
    w_res = _odict_equal(_arg(slots, 0), _arg(slots, 1))
    return w_res if w_res is not None else w_NotImplemented


def odict_ne(slots: list[W_Root | None]) -> W_Root:
    odict_w(slots[0], "__ne__")
    w_res = _odict_equal(_arg(slots, 0), _arg(slots, 1))
    if w_res is None:
        return w_NotImplemented
    return space.wrap_bool(not space.is_true(w_res))


def odict_order_compare(slots: list[W_Root | None]) -> W_Root:
    """<, <=, >, >=: dict's (not supported)."""
    odict_w(slots[0], "__lt__")
    return w_NotImplemented


def _new_like(w_type: W_TypeObject, w_arg: W_Root) -> W_Root:
    return space.call_function(w_type, [w_arg])


def _odict_or(w_left: W_Root, w_right: W_Root) -> W_Root:
    if isinstance(w_left, W_OrderedDict):
        w_type = w_left.getclass()
        w_other = w_right
    else:
        assert isinstance(w_right, W_OrderedDict)
        w_type = w_right.getclass()
        w_other = w_left
    if not isinstance(w_other, W_DictObject):
        return w_NotImplemented
    w_new = _new_like(w_type, w_left)
    update_arg(w_new, w_right)
    return w_new


def odict_or(slots: list[W_Root | None]) -> W_Root:
    odict_w(slots[0], "__or__")
    return _odict_or(_arg(slots, 0), _arg(slots, 1))


def odict_ror(slots: list[W_Root | None]) -> W_Root:
    odict_w(slots[0], "__ror__")
    return _odict_or(_arg(slots, 1), _arg(slots, 0))


def odict_ior(slots: list[W_Root | None]) -> W_Root:
    w_od = odict_w(slots[0], "__ior__")
    update_arg(w_od, _arg(slots, 1))
    return w_od


def odict_sizeof(slots: list[W_Root | None]) -> W_Root:
    """dict's size, OrderedDict's seven fields and, once it has keys, its
    node table and nodes (odict_sizeof)."""
    w_od = odict_w(slots[0], "__sizeof__")
    size = sizeof.dict_size(w_od) + 64
    if w_od.used > 0:
        size += 8 * sizeof.table_size(w_od.used) + 32 * w_od.used
    return wrap_int(size)


def odict_reduce(slots: list[W_Root | None]) -> W_Root:
    """(type, (), state or None, None, iter(self.items()))."""
    w_od = odict_w(slots[0], "__reduce__")
    w_state = reduce.getstate(w_od, False)
    w_items = space.iter(space.call_method(w_od, "items", []))
    return W_TupleObject([w_od.getclass(), W_TupleObject([]), w_state, w_None, w_items])


def odict_setdefault(slots: list[W_Root | None]) -> W_Root:
    w_od = odict_w(slots[0], "setdefault")
    w_key = _arg(slots, 1)
    w_default = slots[2] if slots[2] is not None else w_None
    if is_exact(w_od):
        w_res = w_od.getitem(w_key)
        if w_res is not None:
            return w_res
        w_od.od_setitem(w_key, w_default)
        return w_default
    if space.contains(w_od, w_key):
        return space.getitem(w_od, w_key)
    space.setitem(w_od, w_key, w_default)
    return w_default


def odict_pop(slots: list[W_Root | None]) -> W_Root:
    w_od = odict_w(slots[0], "pop")
    w_key = _arg(slots, 1)
    w_value = w_od.getitem(w_key)
    if w_value is not None and w_od.od_delitem(w_key):
        return w_value
    w_default = slots[2]
    if w_default is not None:
        return w_default
    raise key_error(w_key)


def odict_popitem(slots: list[W_Root | None]) -> W_Root:
    w_od = odict_w(slots[0], "popitem")
    last = slots[1] is None or space.is_true(_arg(slots, 1))
    w_item = w_od.od_popitem(last)
    if w_item is None:
        raise operr(w_KeyError, "dictionary is empty")
    return w_item


def odict_move_to_end(slots: list[W_Root | None]) -> W_Root:
    w_od = odict_w(slots[0], "move_to_end")
    w_key = _arg(slots, 1)
    last = slots[2] is None or space.is_true(_arg(slots, 2))
    if w_od.used == 0 or not w_od.od_move_to_end(w_key, last):
        raise key_error(w_key)
    return w_None


def odict_clear(slots: list[W_Root | None]) -> W_Root:
    odict_w(slots[0], "clear").od_clear()
    return w_None


def odict_copy(slots: list[W_Root | None]) -> W_Root:
    w_od = odict_w(slots[0], "copy")
    if is_exact(w_od):
        w_new = W_OrderedDict(w_odict_type)
        for w_k, w_v in w_od.items():
            w_new.setitem(w_k, w_v)
        return w_new
    w_copy = space.call_function(w_od.getclass(), [])
    for w_k in w_od.keys():
        space.setitem(w_copy, w_k, space.getitem(w_od, w_k))
    return w_copy


def odict_fromkeys(slots: list[W_Root | None]) -> W_Root:
    args_w = [_arg(slots, 0), _arg(slots, 1)]
    if slots[2] is not None:
        args_w.append(_arg(slots, 2))
    return dictobject.dict_fromkeys(Arguments(args_w, [], []))


register_raw(w_odict_type, "__new__", odict_new)
register_raw(w_odict_type, "__init__", odict_init)
register_raw(w_odict_type, "update", odict_update)
register(w_odict_type, "__repr__(self, /)", odict_repr)
register(w_odict_type, "__lt__(self, value, /)", odict_order_compare)
register(w_odict_type, "__le__(self, value, /)", odict_order_compare)
register(w_odict_type, "__eq__(self, value, /)", odict_eq)
register(w_odict_type, "__ne__(self, value, /)", odict_ne)
register(w_odict_type, "__gt__(self, value, /)", odict_order_compare)
register(w_odict_type, "__ge__(self, value, /)", odict_order_compare)
register(w_odict_type, "__iter__(self, /)", odict_iter)
register(w_odict_type, "__or__(self, value, /)", odict_or)
register(w_odict_type, "__ror__(self, value, /)", odict_ror)
register(w_odict_type, "__ior__(self, value, /)", odict_ior)
register(w_odict_type, "__setitem__(self, key, value, /)", odict_setitem)
register(w_odict_type, "__delitem__(self, key, /)", odict_delitem)
register_classmethod(w_odict_type, "fromkeys(cls, iterable, value=)", odict_fromkeys)
register(w_odict_type, "__sizeof__(self, /)", odict_sizeof)
register(w_odict_type, "__reduce__(self, /)", odict_reduce)
register(w_odict_type, "setdefault(self, key, default=)", odict_setdefault)
register(w_odict_type, "pop(self, key, default=)", odict_pop)
register(w_odict_type, "popitem(self, last=)", odict_popitem)
register(w_odict_type, "keys(self, /)", odict_keys)
register(w_odict_type, "values(self, /)", odict_values)
register(w_odict_type, "items(self, /)", odict_items)
register(w_odict_type, "clear(self, /)", odict_clear)
register(w_odict_type, "copy(self, /)", odict_copy)
register(w_odict_type, "__reversed__(self, /)", odict_reversed)
register(w_odict_type, "move_to_end(self, key, last=)", odict_move_to_end)
w_odict_type.dict_w["__hash__"] = w_None
