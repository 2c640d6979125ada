"""slice: the object behind `a[i:j:k]` (W_SliceObject), and the index
arithmetic every sequence type uses for it.

`slice_indices(w_slice, length)` gives (start, stop, step, slicelength)
exactly as CPython's PySlice_Unpack + PySlice_AdjustIndices (clamped to
the sequence, ValueError for a zero step); `unpack_slice` gives the
unadjusted (start, stop, step) with None replaced as CPython does.
`getindex_w` is PyNumber_AsSsize_t for sequence indices.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import MAXINT, MININT

from ouro.objspace import intobject, space
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import operr, w_TypeError, w_ValueError
from ouro.objspace.gateway import descr_error, register, register_comparisons, register_raw
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, w_None, w_NotImplemented,
                                 w_object_type)

w_slice_type = make_builtin_type("slice", [w_object_type], LAYOUT_OTHER)


class W_SliceObject(W_Root):
    w_start: W_Root
    w_stop: W_Root
    w_step: W_Root

    def __init__(self, w_start: W_Root, w_stop: W_Root, w_step: W_Root) -> None:
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def getclass(self) -> W_TypeObject:
        return w_slice_type


def newslice(w_start: W_Root, w_stop: W_Root, w_step: W_Root) -> W_SliceObject:
    return W_SliceObject(w_start, w_stop, w_step)


# -- index arithmetic

def has_index(w: W_Root) -> bool:
    """PyIndex_Check: ints and objects with __index__."""
    if isinstance(w, intobject.W_IntObject):
        return True
    return space.lookup(w, "__index__") is not None


def getindex_w(w: W_Root) -> int:
    """PyNumber_AsSsize_t(w, OverflowError): the machine int of an index."""
    return intobject.int_w(w)


def getindex_clipped(w: W_Root) -> int:
    """PyNumber_AsSsize_t(w, NULL): huge values clipped (slice bounds)."""
    return intobject.int_w_clipped(w)


def _slice_index(w: W_Root) -> int:
    """_PyEval_SliceIndex (w is not None)."""
    if isinstance(w, intobject.W_IntObject) or space.lookup(w, "__index__") is not None:
        return getindex_clipped(w)
    raise operr(w_TypeError,
                "slice indices must be integers or None or have an __index__ method")


def unpack_slice(w_slice: W_SliceObject) -> tuple[int, int, int]:
    """PySlice_Unpack: (start, stop, step), None replaced by the extremes."""
    if w_slice.w_step is w_None:
        step = 1
    else:
        step = _slice_index(w_slice.w_step)
        if step == 0:
            raise operr(w_ValueError, "slice step cannot be zero")
        if step < -MAXINT:
            step = -MAXINT
    if w_slice.w_start is w_None:
        start = MAXINT if step < 0 else 0
    else:
        start = _slice_index(w_slice.w_start)
    if w_slice.w_stop is w_None:
        stop = MININT if step < 0 else MAXINT
    else:
        stop = _slice_index(w_slice.w_stop)
    return (start, stop, step)


def adjust_indices(length: int, start: int, stop: int, step: int) -> tuple[int, int, int]:
    """PySlice_AdjustIndices: (start, stop, slicelength)."""
    if start < 0:
        start += length
        if start < 0:
            start = -1 if step < 0 else 0
    elif start >= length:
        start = length - 1 if step < 0 else length
    if stop < 0:
        stop += length
        if stop < 0:
            stop = -1 if step < 0 else 0
    elif stop >= length:
        stop = length - 1 if step < 0 else length
    if step < 0:
        if stop < start:
            return (start, stop, (start - stop - 1) // (-step) + 1)
    else:
        if start < stop:
            return (start, stop, (stop - start - 1) // step + 1)
    return (start, stop, 0)


def slice_indices(w_slice: W_SliceObject, length: int) -> tuple[int, int, int, int]:
    """(start, stop, step, slicelength) of a slice applied to a sequence
    of `length` items, as CPython's sequence types compute them."""
    start, stop, step = unpack_slice(w_slice)
    start, stop, slicelength = adjust_indices(length, start, stop, step)
    return (start, stop, step, slicelength)


def slice_w(w: W_Root | None, name: str) -> W_SliceObject:
    if isinstance(w, W_SliceObject):
        return w
    assert w is not None
    raise descr_error(name, "slice", w)


# -- the Python-level methods

def slice_new(args: Arguments) -> W_Root:
    args_w = args.args_w
    w_cls = args_w[0]
    if not isinstance(w_cls, W_TypeObject) or w_cls is not w_slice_type:
        raise operr(w_TypeError, "slice.__new__(X): X is not a type object")
    if args.has_keywords():
        raise operr(w_TypeError, "slice() takes no keyword arguments")
    n = len(args_w) - 1
    if n == 0:
        raise operr(w_TypeError, "slice expected at least 1 argument, got 0")
    if n > 3:
        raise operr(w_TypeError, "slice expected at most 3 arguments, got %d" % n)
    if n == 1:
        return W_SliceObject(w_None, args_w[1], w_None)
    if n == 2:
        return W_SliceObject(args_w[1], args_w[2], w_None)
    return W_SliceObject(args_w[1], args_w[2], args_w[3])


def slice_repr(slots: list[W_Root | None]) -> W_Root:
    w_s = slice_w(slots[0], "__repr__")
    return space.wrap_str("slice(%s, %s, %s)" % (space.repr_str(w_s.w_start),
                                                  space.repr_str(w_s.w_stop),
                                                  space.repr_str(w_s.w_step)))


def _big_index(w: W_Root) -> int:
    """_PySlice_GetLongIndices' conversion (machine ints only)."""
    return _slice_index(w)


def slice_indices_meth(slots: list[W_Root | None]) -> W_Root:
    """slice.indices(len)."""
    w_s = slice_w(slots[0], "indices")
    w_len = slots[1]
    assert w_len is not None
    length = getindex_w(w_len)
    if length < 0:
        raise operr(w_ValueError, "length should not be negative")
    start, stop, step = slice_long_indices(w_s, length)
    return space.newtuple([intobject.wrap_int(start), intobject.wrap_int(stop), intobject.wrap_int(step)])


def slice_long_indices(w_s: W_SliceObject, length: int) -> tuple[int, int, int]:
    """_PySlice_GetLongIndices: (start, stop, step) as slice.indices()
    gives them (length >= 0)."""
    if w_s.w_step is w_None:
        step = 1
    else:
        step = _big_index(w_s.w_step)
        if step == 0:
            raise operr(w_ValueError, "slice step cannot be zero")
    neg = step < 0
    lower = -1 if neg else 0
    upper = length - 1 if neg else length
    if w_s.w_start is w_None:
        start = upper if neg else lower
    else:
        start = _big_index(w_s.w_start)
        if start < 0:
            start += length
            if start < lower:
                start = lower
        elif start > upper:
            start = upper
    if w_s.w_stop is w_None:
        stop = lower if neg else upper
    else:
        stop = _big_index(w_s.w_stop)
        if stop < 0:
            stop += length
            if stop < lower:
                stop = lower
        elif stop > upper:
            stop = upper
    return (start, stop, step)


def _slice_tuple(w_s: W_SliceObject) -> W_Root:
    return space.newtuple([w_s.w_start, w_s.w_stop, w_s.w_step])


def _slice_compare(slots: list[W_Root | None], op: int) -> W_Root:
    w_a = slots[0]
    w_b = slots[1]
    if not isinstance(w_a, W_SliceObject) or not isinstance(w_b, W_SliceObject):
        return w_NotImplemented
    return space.richcompare(_slice_tuple(w_a), _slice_tuple(w_b), op)


def slice_get_start(w: W_Root) -> W_Root:
    return slice_w(w, "start").w_start


def slice_get_stop(w: W_Root) -> W_Root:
    return slice_w(w, "stop").w_stop


def slice_get_step(w: W_Root) -> W_Root:
    return slice_w(w, "step").w_step


register_raw(w_slice_type, "__new__", slice_new)
register(w_slice_type, "__repr__(self, /)", slice_repr)
register(w_slice_type, "indices(self, len, /)", slice_indices_meth)
register_comparisons(w_slice_type, _slice_compare)
w_slice_type.dict_w["__hash__"] = w_None
getset(w_slice_type, "start", slice_get_start)
getset(w_slice_type, "stop", slice_get_stop)
getset(w_slice_type, "step", slice_get_step)
