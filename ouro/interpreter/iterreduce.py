"""__reduce__ and __setstate__ of the built-in iterators, as CPython 3.11's
(Objects/listobject.c, tupleobject.c, rangeobject.c, unicodeobject.c,
bytesobject.c, bytearrayobject.c, setobject.c, dictobject.c,
iterobject.c, enumobject.c, bltinmodule.c): copy, deepcopy and pickle
remake them.

The sequence iterators reduce to `(iter, (seq,), index)` (`reversed` for
the list's reverse iterator) and to `iter` of an empty sequence once
exhausted; the set and dict iterators to `iter(list_of_the_rest)`;
enumerate, zip, map, filter and reversed to their type and arguments.
__setstate__ takes the index back, clipped to the sequence as there.
"""
from __future__ import annotations

from ouro.interpreter.reduce import builtin
from ouro.objspace import space
from ouro.objspace.bytearrayobject import W_BytearrayIterObject, w_bytearray_iterator_type
from ouro.objspace.bytesobject import W_BytesIterObject, w_bytes_iterator_type
from ouro.objspace.dictobject import ITER_TYPES, REVITER_TYPES, W_DictIterObject
from ouro.objspace.exceptions import OperationError, operr, w_OverflowError, w_TypeError
from ouro.objspace.gateway import register
from ouro.objspace.intobject import W_IntObject, W_LongObject, wrap_int
from ouro.objspace.iterobject import (W_Enumerate, W_Filter, W_Map, W_Reversed, W_Zip,
                                      unwrap_iter, w_enumerate_type, w_filter_type, w_map_type,
                                      w_reversed_type, w_zip_type)
from ouro.objspace.listobject import (W_ListIterObject, W_ListObject, W_ListRevIterObject,
                                      w_list_iterator_type, w_list_reverseiterator_type)
from ouro.objspace.model import W_Root, W_TypeObject, tp_name, type_name, w_None, w_NotImplemented
from ouro.objspace.rangeobject import (W_LongRangeIterObject, W_RangeIterObject,
                                       w_longrange_iterator_type, w_range_iterator_type,
                                       w_range_type)
from ouro.objspace.setobject import W_SetIterObject, w_set_iterator_type
from ouro.objspace.space import (W_CallableIterator, W_SeqIterObject, w_callable_iterator_type,
                                 w_iterator_type)
from ouro.objspace.strobject import (W_StrIterObject, W_StrObject, w_str_ascii_iterator_type,
                                     w_str_iterator_type)
from ouro.objspace.tupleobject import W_TupleIterObject, W_TupleObject, w_tuple_iterator_type


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def descr_error(name: str, w_type: W_TypeObject, w: W_Root) -> OperationError:
    return operr(w_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object"
                 % (name, tp_name(w_type), type_name(w)))


def check_self(slots: list[W_Root | None], name: str, w_type: W_TypeObject) -> W_Root:
    """self of a method of w_type (one of the built-in iterator types, whose
    instances the RPy class tells apart), or CPython's TypeError."""
    w = _arg(slots, 0)
    if not w.getclass().issubtype(w_type):
        raise descr_error(name, w_type, w)
    return w


def ssize_state(w_state: W_Root) -> int:
    """PyLong_AsSsize_t: an int (no __index__)."""
    if isinstance(w_state, W_IntObject):
        return w_state.intval
    if isinstance(w_state, W_LongObject):
        raise operr(w_OverflowError, "Python int too large to convert to C ssize_t")
    raise operr(w_TypeError, "an integer is required")


def state_tuple(w_state: W_Root) -> list[W_Root]:
    if not isinstance(w_state, W_TupleObject):
        raise operr(w_TypeError, "state is not a tuple")
    return w_state.items_w


def parse_count(items_w: list[W_Root], minimum: int, maximum: int) -> None:
    """PyArg_ParseTuple's count check (a state tuple)."""
    n = len(items_w)
    if minimum <= n <= maximum:
        return
    if minimum == maximum:
        what = "exactly"
        k = minimum
    elif n < minimum:
        what = "at least"
        k = minimum
    else:
        what = "at most"
        k = maximum
    raise operr(w_TypeError, "function takes %s %d argument%s (%d given)"
                % (what, k, "" if k == 1 else "s", n))


def must_be(w: W_Root, w_type: W_TypeObject, argno: int, prefix: str) -> None:
    """PyArg_ParseTuple's "O!"."""
    if not w.getclass().issubtype(w_type):
        raise operr(w_TypeError, "%sargument %d must be %s, not %s"
                    % (prefix, argno, tp_name(w_type), type_name(w)))


def c_int(w: W_Root) -> int:
    """PyArg_ParseTuple's "i"."""
    w_i = space.index(w)
    if isinstance(w_i, W_IntObject):
        v = w_i.intval
        if v > 2147483647:
            raise operr(w_OverflowError, "signed integer is greater than maximum")
        if v < -2147483648:
            raise operr(w_OverflowError, "signed integer is less than minimum")
        return v
    assert isinstance(w_i, W_LongObject)
    if w_i.num.sign < 0:
        raise operr(w_OverflowError, "signed integer is less than minimum")
    raise operr(w_OverflowError, "signed integer is greater than maximum")


def clip(i: int, lo: int, hi: int) -> int:
    if i < lo:
        return lo
    if i > hi:
        return hi
    return i


def iter_of(w_seq: W_Root) -> W_Root:
    return W_TupleObject([builtin("iter"), W_TupleObject([w_seq])])


def with_iter(w_iter: W_Root, w_seq: W_Root) -> W_Root:
    return W_TupleObject([w_iter, W_TupleObject([w_seq])])


def with_iter_at(w_iter: W_Root, w_seq: W_Root, index: int) -> W_Root:
    """(iter, (seq,), index).  The sequence iterators look `iter` up in
    the builtins before they read their state, as CPython 3.11.7's (the
    lookup may run code that exhausts them: bpo gh-101765)."""
    return W_TupleObject([w_iter, W_TupleObject([w_seq]), wrap_int(index)])


def empty_tuple() -> W_Root:
    return W_TupleObject([])


# -- list, tuple, str, bytes, bytearray and the sequence iterator

def listiter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__reduce__", w_list_iterator_type)
    assert isinstance(w_it, W_ListIterObject)
    w_iter = builtin("iter")
    w_seq = w_it.w_seq
    if w_seq is None:
        return with_iter(w_iter, W_ListObject([]))
    return with_iter_at(w_iter, w_seq, w_it.index)


def listiter_setstate(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__setstate__", w_list_iterator_type)
    assert isinstance(w_it, W_ListIterObject)
    index = ssize_state(_arg(slots, 1))
    w_seq = w_it.w_seq
    if w_seq is not None:
        w_it.index = clip(index, 0, w_seq.length())
    return w_None


def listreviter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__reduce__", w_list_reverseiterator_type)
    assert isinstance(w_it, W_ListRevIterObject)
    w_reversed = builtin("reversed")
    w_seq = w_it.w_seq
    if w_seq is None:
        return iter_of(W_ListObject([]))
    return W_TupleObject([w_reversed, W_TupleObject([w_seq]), wrap_int(w_it.index)])


def listreviter_setstate(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__setstate__", w_list_reverseiterator_type)
    assert isinstance(w_it, W_ListRevIterObject)
    index = ssize_state(_arg(slots, 1))
    w_seq = w_it.w_seq
    if w_seq is not None:
        w_it.index = clip(index, -1, w_seq.length() - 1)
    return w_None


def tupleiter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__reduce__", w_tuple_iterator_type)
    assert isinstance(w_it, W_TupleIterObject)
    w_iter = builtin("iter")
    w_seq = w_it.w_seq
    if w_seq is None:
        return with_iter(w_iter, empty_tuple())
    return with_iter_at(w_iter, w_seq, w_it.index)


def tupleiter_setstate(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__setstate__", w_tuple_iterator_type)
    assert isinstance(w_it, W_TupleIterObject)
    index = ssize_state(_arg(slots, 1))
    w_seq = w_it.w_seq
    if w_seq is not None:
        w_it.index = clip(index, 0, len(w_seq.items_w))
    return w_None


def _striter(slots: list[W_Root | None], name: str, w_type: W_TypeObject) -> W_StrIterObject:
    w_it = check_self(slots, name, w_type)
    assert isinstance(w_it, W_StrIterObject)
    return w_it


def striter_reduce_of(w_it: W_StrIterObject) -> W_Root:
    w_iter = builtin("iter")
    w_str = w_it.w_str
    if w_str is None:
        return with_iter(w_iter, W_StrObject(""))
    return with_iter_at(w_iter, w_str, w_it.index)


def striter_setstate_of(w_it: W_StrIterObject, w_state: W_Root) -> W_Root:
    index = ssize_state(w_state)
    w_str = w_it.w_str
    if w_str is not None:
        w_it.index = clip(index, 0, len(w_str.as_str()))
    return w_None


def striter_reduce(slots: list[W_Root | None]) -> W_Root:
    return striter_reduce_of(_striter(slots, "__reduce__", w_str_iterator_type))


def striter_setstate(slots: list[W_Root | None]) -> W_Root:
    return striter_setstate_of(_striter(slots, "__setstate__", w_str_iterator_type),
                               _arg(slots, 1))


def asciiiter_reduce(slots: list[W_Root | None]) -> W_Root:
    return striter_reduce_of(_striter(slots, "__reduce__", w_str_ascii_iterator_type))


def asciiiter_setstate(slots: list[W_Root | None]) -> W_Root:
    return striter_setstate_of(_striter(slots, "__setstate__", w_str_ascii_iterator_type),
                               _arg(slots, 1))


def bytesiter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__reduce__", w_bytes_iterator_type)
    assert isinstance(w_it, W_BytesIterObject)
    w_iter = builtin("iter")
    w_b = w_it.w_bytes
    if w_b is None:
        return with_iter(w_iter, empty_tuple())
    return with_iter_at(w_iter, w_b, w_it.index)


def bytesiter_setstate(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__setstate__", w_bytes_iterator_type)
    assert isinstance(w_it, W_BytesIterObject)
    index = ssize_state(_arg(slots, 1))
    w_b = w_it.w_bytes
    if w_b is not None:
        w_it.index = clip(index, 0, len(w_b.value))
    return w_None


def baiter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__reduce__", w_bytearray_iterator_type)
    assert isinstance(w_it, W_BytearrayIterObject)
    w_iter = builtin("iter")
    w_ba = w_it.w_ba
    if w_ba is None:
        return with_iter(w_iter, empty_tuple())
    return with_iter_at(w_iter, w_ba, w_it.index)


def baiter_setstate(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__setstate__", w_bytearray_iterator_type)
    assert isinstance(w_it, W_BytearrayIterObject)
    index = ssize_state(_arg(slots, 1))
    w_ba = w_it.w_ba
    if w_ba is not None:
        w_it.index = clip(index, 0, w_ba.buf.length)
    return w_None


def seqiter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__reduce__", w_iterator_type)
    assert isinstance(w_it, W_SeqIterObject)
    w_iter = builtin("iter")
    w_seq = w_it.w_seq
    if w_seq is None:
        return with_iter(w_iter, empty_tuple())
    return with_iter_at(w_iter, w_seq, w_it.index)


def seqiter_setstate(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__setstate__", w_iterator_type)
    assert isinstance(w_it, W_SeqIterObject)
    index = ssize_state(_arg(slots, 1))
    if w_it.w_seq is not None:
        w_it.index = index if index >= 0 else 0
    return w_None


def seqiter_length_hint(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__length_hint__", w_iterator_type)
    assert isinstance(w_it, W_SeqIterObject)
    w_seq = w_it.w_seq
    if w_seq is not None:
        if space.lookup(w_seq, "__len__") is None:
            return w_NotImplemented
        n = space.len_w(w_seq) - w_it.index
        if n >= 0:
            return wrap_int(n)
    return wrap_int(0)


# -- range

def rangeiter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__reduce__", w_range_iterator_type)
    assert isinstance(w_it, W_RangeIterObject)
    w_start = wrap_int(w_it.start)
    w_step = wrap_int(w_it.step)
    w_stop = space.binary_op(w_start, space.binary_op(wrap_int(w_it.length), w_step, 5), 0)
    w_range = space.call_function(w_range_type, [w_start, w_stop, w_step])
    return with_iter_at(builtin("iter"), w_range, w_it.index)


def rangeiter_setstate(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__setstate__", w_range_iterator_type)
    assert isinstance(w_it, W_RangeIterObject)
    w_i = space.index(_arg(slots, 1))
    if not isinstance(w_i, W_IntObject):
        raise operr(w_OverflowError, "Python int too large to convert to C long")
    w_it.index = clip(w_i.intval, 0, w_it.length)
    return w_None


def longrangeiter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__reduce__", w_longrange_iterator_type)
    assert isinstance(w_it, W_LongRangeIterObject)
    w_stop = space.binary_op(w_it.w_start, space.binary_op(w_it.w_len, w_it.w_step, 5), 0)
    w_range = space.call_function(w_range_type, [w_it.w_start, w_stop, w_it.w_step])
    return W_TupleObject([builtin("iter"), W_TupleObject([w_range]), w_it.w_index])


def longrangeiter_setstate(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__setstate__", w_longrange_iterator_type)
    assert isinstance(w_it, W_LongRangeIterObject)
    w_state = _arg(slots, 1)
    if space.is_true(space.richcompare(w_state, wrap_int(0), 0)):
        w_state = wrap_int(0)
    elif space.is_true(space.richcompare(w_it.w_len, w_state, 0)):
        w_state = w_it.w_len
    w_it.w_index = w_state
    return w_None


def longrangeiter_length_hint(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__length_hint__", w_longrange_iterator_type)
    assert isinstance(w_it, W_LongRangeIterObject)
    return space.binary_op(w_it.w_len, w_it.w_index, 10)


# -- set and dict: iter() of a list of what is left

def rest_of(w_copy: W_Root | None) -> W_Root:
    """`(iter, ([the rest],))` for the iterators whose state cannot be
    set again (set, dict and OrderedDict iterators, as CPython's): w_copy
    is a copy of the iterator at its position (None when it is
    exhausted), drained here so that the iterator itself stays where it
    was."""
    items_w: list[W_Root] = []
    if w_copy is not None:
        while True:
            w_item = w_copy.iter_next()
            if w_item is None or w_item is space.STOP:
                break
            items_w.append(w_item)
    return iter_of(W_ListObject(items_w))


def setiter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__reduce__", w_set_iterator_type)
    assert isinstance(w_it, W_SetIterObject)
    w_set = w_it.w_set
    if w_set is None:
        return rest_of(None)
    w_tmp = W_SetIterObject(w_set)
    w_tmp.pos = w_it.pos
    w_tmp.used = w_it.used
    w_tmp.remaining = w_it.remaining
    return rest_of(w_tmp)


def dictiter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_it = _arg(slots, 0)
    if not isinstance(w_it, W_DictIterObject):
        raise descr_error("__reduce__", ITER_TYPES[0], w_it)
    w_dict = w_it.w_dict
    if w_dict is None:
        return rest_of(None)
    w_tmp = W_DictIterObject(w_dict, w_it.kind, w_it.reverse)
    w_tmp.pos = w_it.pos
    w_tmp.used = w_it.used
    w_tmp.remaining = w_it.remaining
    return rest_of(w_tmp)


# -- callable_iterator

def calliter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__reduce__", w_callable_iterator_type)
    assert isinstance(w_it, W_CallableIterator)
    w_iter = builtin("iter")
    w_c = w_it.w_callable
    if w_c is None:
        return with_iter(w_iter, empty_tuple())
    return W_TupleObject([w_iter, W_TupleObject([w_c, w_it.w_sentinel])])


# -- enumerate, zip, map, filter, reversed (subclassable: the class of self)

def enumerate_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_enumerate_type)
    w_en = unwrap_iter(w_self)
    assert isinstance(w_en, W_Enumerate)
    return W_TupleObject([w_self.getclass(), W_TupleObject([w_en.w_iter, w_en.w_index()])])


def zip_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_zip_type)
    w_z = unwrap_iter(w_self)
    assert isinstance(w_z, W_Zip)
    w_iters = W_TupleObject(list(w_z.iters_w))
    if w_z.strict:
        return W_TupleObject([w_self.getclass(), w_iters, space.wrap_bool(True)])
    return W_TupleObject([w_self.getclass(), w_iters])


def zip_setstate(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__setstate__", w_zip_type)
    w_z = unwrap_iter(w_self)
    assert isinstance(w_z, W_Zip)
    w_z.strict = space.is_true(_arg(slots, 1))
    return w_None


def map_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_map_type)
    w_m = unwrap_iter(w_self)
    assert isinstance(w_m, W_Map)
    args_w: list[W_Root] = [w_m.w_func]
    for w_i in w_m.iters_w:
        args_w.append(w_i)
    return W_TupleObject([w_self.getclass(), W_TupleObject(args_w)])


def filter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_filter_type)
    w_f = unwrap_iter(w_self)
    assert isinstance(w_f, W_Filter)
    return W_TupleObject([w_self.getclass(), W_TupleObject([w_f.w_func, w_f.w_iter])])


def reversed_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__reduce__", w_reversed_type)
    w_r = unwrap_iter(w_self)
    assert isinstance(w_r, W_Reversed)
    w_seq = w_r.w_seq
    if w_seq is None:
        return W_TupleObject([w_self.getclass(), W_TupleObject([empty_tuple()])])
    return W_TupleObject([w_self.getclass(), W_TupleObject([w_seq]), wrap_int(w_r.index)])


def reversed_setstate(slots: list[W_Root | None]) -> W_Root:
    w_self = check_self(slots, "__setstate__", w_reversed_type)
    w_r = unwrap_iter(w_self)
    assert isinstance(w_r, W_Reversed)
    index = ssize_state(_arg(slots, 1))
    w_seq = w_r.w_seq
    if w_seq is not None:
        n = space.len_w(w_seq)
        w_r.index = clip(index, -1, n - 1)
    return w_None


register(w_list_iterator_type, "__reduce__(self, /)", listiter_reduce)
register(w_list_iterator_type, "__setstate__(self, state, /)", listiter_setstate)
register(w_list_reverseiterator_type, "__reduce__(self, /)", listreviter_reduce)
register(w_list_reverseiterator_type, "__setstate__(self, state, /)", listreviter_setstate)
register(w_tuple_iterator_type, "__reduce__(self, /)", tupleiter_reduce)
register(w_tuple_iterator_type, "__setstate__(self, state, /)", tupleiter_setstate)
register(w_str_iterator_type, "__reduce__(self, /)", striter_reduce)
register(w_str_iterator_type, "__setstate__(self, state, /)", striter_setstate)
register(w_str_ascii_iterator_type, "__reduce__(self, /)", asciiiter_reduce)
register(w_str_ascii_iterator_type, "__setstate__(self, state, /)", asciiiter_setstate)
register(w_bytes_iterator_type, "__reduce__(self, /)", bytesiter_reduce)
register(w_bytes_iterator_type, "__setstate__(self, state, /)", bytesiter_setstate)
register(w_bytearray_iterator_type, "__reduce__(self, /)", baiter_reduce)
register(w_bytearray_iterator_type, "__setstate__(self, state, /)", baiter_setstate)
register(w_iterator_type, "__reduce__(self, /)", seqiter_reduce)
register(w_iterator_type, "__setstate__(self, state, /)", seqiter_setstate)
register(w_iterator_type, "__length_hint__(self, /)", seqiter_length_hint)
register(w_range_iterator_type, "__reduce__(self, /)", rangeiter_reduce)
register(w_range_iterator_type, "__setstate__(self, state, /)", rangeiter_setstate)
register(w_longrange_iterator_type, "__reduce__(self, /)", longrangeiter_reduce)
register(w_longrange_iterator_type, "__setstate__(self, state, /)", longrangeiter_setstate)
register(w_longrange_iterator_type, "__length_hint__(self, /)", longrangeiter_length_hint)
register(w_set_iterator_type, "__reduce__(self, /)", setiter_reduce)
for _t in ITER_TYPES + REVITER_TYPES:
    register(_t, "__reduce__(self, /)", dictiter_reduce)
register(w_callable_iterator_type, "__reduce__(self, /)", calliter_reduce)
register(w_enumerate_type, "__reduce__(self, /)", enumerate_reduce)
register(w_zip_type, "__reduce__(self, /)", zip_reduce)
register(w_zip_type, "__setstate__(self, state, /)", zip_setstate)
register(w_map_type, "__reduce__(self, /)", map_reduce)
register(w_filter_type, "__reduce__(self, /)", filter_reduce)
register(w_reversed_type, "__reduce__(self, /)", reversed_reduce)
register(w_reversed_type, "__setstate__(self, state, /)", reversed_setstate)
