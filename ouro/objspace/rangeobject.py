"""range (W_RangeObject) and its iterator, as CPython 3.11's
rangeobject.c, on machine ints (a range longer than a machine word raises
OverflowError where CPython would switch to big integers)."""
from __future__ import annotations

from rpy.rlib.rarithmetic import MAXINT, MININT, intmask, r_uint

from ouro.objspace import boolobject, intobject, space
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (operr, w_IndexError, w_OverflowError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.gateway import descr_error, register, register_raw
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_NotImplemented,
                                 w_object_type)
from ouro.objspace.sliceobject import W_SliceObject, getindex_w, has_index, slice_long_indices
from ouro.objspace.tupleobject import hash_items, iter_next_meth, iter_self

w_range_type = make_builtin_type("range", [w_object_type], LAYOUT_OTHER)
w_range_iterator_type = make_builtin_type("range_iterator", [w_object_type], LAYOUT_OTHER)


def longrange_get(w: W_Root, which: int) -> W_Root | None:
    if isinstance(w, W_LongRangeObject):
        if which == 0:
            return w.w_start
        if which == 1:
            return w.w_stop
        return w.w_step
    return None


def range_length(start: int, stop: int, step: int) -> int:
    """The number of items, or -1 if it does not fit a machine word."""
    if step > 0:
        if start >= stop:
            return 0
        diff = r_uint(stop) - r_uint(start)
        n = (diff - r_uint(1)) // r_uint(step) + r_uint(1)
    else:
        if start <= stop:
            return 0
        diff = r_uint(start) - r_uint(stop)
        n = (diff - r_uint(1)) // (r_uint(0) - r_uint(step)) + r_uint(1)
    if n > r_uint(MAXINT):
        return -1
    return intmask(n)


class W_RangeObject(W_Root):
    start: int
    stop: int
    step: int
    length: int         # -1: too long for a machine word

    def __init__(self, start: int, stop: int, step: int) -> None:
        self.start = start
        self.stop = stop
        self.step = step
        self.length = range_length(start, stop, step)

    def getclass(self) -> W_TypeObject:
        return w_range_type

    def len_checked(self) -> int:
        if self.length < 0:
            raise operr(w_OverflowError, "Python int too large to convert to C ssize_t")
        return self.length

    def item(self, i: int) -> int:
        return intmask(self.start + i * self.step)


class W_RangeIterObject(W_Root):
    start: int
    step: int
    length: int
    index: int

    def __init__(self, start: int, step: int, length: int) -> None:
        self.start = start
        self.step = step
        self.length = length
        self.index = 0

    def getclass(self) -> W_TypeObject:
        return w_range_iterator_type

    def iter_next(self) -> W_Root | None:
        i = self.index
        if i < self.length:
            self.index = i + 1
            return intobject.wrap_int(intmask(self.start + i * self.step))
        return space.STOP


def long_range_dispatch(w: W_Root | None, name: str) -> W_Root | None:
    """The methods of a W_LongRangeObject (few: iteration, len, repr,
    attributes, bool)."""
    if not isinstance(w, W_LongRangeObject):
        return None
    if name == "__iter__":
        return longrange_iter(w)
    if name == "__repr__":
        return longrange_repr(w)
    if name == "__len__":
        return space.wrap_int(intobject.int_w(w.w_length))
    if name == "__bool__":
        return space.wrap_bool(space.is_true(w.w_length))
    raise operr(w_OverflowError, "Python int too large to convert to C ssize_t")


def range_w(w: W_Root | None, name: str) -> W_RangeObject:
    if isinstance(w, W_RangeObject):
        return w
    assert w is not None
    raise descr_error(name, "range", w)


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def is_exact_int(w: W_Root) -> bool:
    """PyLong_CheckExact or PyBool_Check: compared arithmetically."""
    if not isinstance(w, intobject.W_IntObject):
        return False
    w_t = w.getclass()
    return w_t is intobject.w_int_type or w_t is boolobject.w_bool_type


def is_exact_long(w: W_Root) -> bool:
    """An exact int of any size (a W_IntObject or a W_LongObject)."""
    if is_exact_int(w):
        return True
    return isinstance(w, intobject.W_LongObject) and w.getclass() is intobject.w_int_type


def range_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    if w_cls is not w_range_type:
        raise operr(w_TypeError, "range.__new__(X): X is not range")
    if args.has_keywords():
        raise operr(w_TypeError, "range() takes no keyword arguments")
    n = len(args.args_w) - 1
    if n == 0:
        raise operr(w_TypeError, "range expected at least 1 argument, got 0")
    if n > 3:
        raise operr(w_TypeError, "range expected at most 3 arguments, got %d" % n)
    for w_a in args.args_w[1:]:
        if not fits_word(w_a):
            return long_range_new(args.args_w[1:])
    if n == 1:
        return W_RangeObject(0, getindex_w(args.args_w[1]), 1)
    start = getindex_w(args.args_w[1])
    stop = getindex_w(args.args_w[2])
    step = 1
    if n == 3:
        step = getindex_w(args.args_w[3])
        if step == 0:
            raise operr(w_ValueError, "range() arg 3 must not be zero")
    return W_RangeObject(start, stop, step)


def range_repr(slots: list[W_Root | None]) -> W_Root:
    w_long = long_range_dispatch(slots[0], "__repr__")
    if w_long is not None:
        return w_long
    w_r = range_w(slots[0], "__repr__")
    if w_r.step == 1:
        return space.wrap_str("range(%d, %d)" % (w_r.start, w_r.stop))
    return space.wrap_str("range(%d, %d, %d)" % (w_r.start, w_r.stop, w_r.step))


def range_len(slots: list[W_Root | None]) -> W_Root:
    w_long = long_range_dispatch(slots[0], "__len__")
    if w_long is not None:
        return w_long
    return intobject.wrap_int(range_w(slots[0], "__len__").len_checked())


def range_bool(slots: list[W_Root | None]) -> W_Root:
    w_long = long_range_dispatch(slots[0], "__bool__")
    if w_long is not None:
        return w_long
    return space.wrap_bool(range_w(slots[0], "__bool__").length != 0)


def range_getitem(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    if isinstance(w_self, W_LongRangeObject):
        return longrange_getitem(w_self, _arg(slots, 1))
    w_r = range_w(w_self, "__getitem__")
    w_index = _arg(slots, 1)
    if isinstance(w_index, W_SliceObject):
        length = w_r.len_checked()
        start, stop, step = slice_long_indices(w_index, length)
        return W_RangeObject(w_r.item(start), w_r.item(stop), intmask(step * w_r.step))
    if not has_index(w_index):
        raise operr(w_TypeError, "range indices must be integers or slices, not %s"
                    % type_name(w_index))
    i = getindex_w(w_index)
    length = w_r.len_checked()
    if i < 0:
        i += length
    if i < 0 or i >= length:
        raise operr(w_IndexError, "range object index out of range")
    return intobject.wrap_int(w_r.item(i))


def _contains_int(w_r: W_RangeObject, x: int) -> bool:
    if w_r.step > 0:
        if not (w_r.start <= x and x < w_r.stop):
            return False
    else:
        if not (x <= w_r.start and w_r.stop < x):
            return False
    diff = r_uint(x) - r_uint(w_r.start)
    if w_r.step > 0:
        return diff % r_uint(w_r.step) == r_uint(0)
    return (r_uint(w_r.start) - r_uint(x)) % (r_uint(0) - r_uint(w_r.step)) == r_uint(0)


def _iter_search(w_r: W_Root, w_value: W_Root, stop_at_first: bool) -> int:
    """_PySequence_IterSearch: the index of the first equal item (or the
    count of them)."""
    w_it = space.iter(w_r)
    i = 0
    count = 0
    while True:
        w_item = space.next_or_none(w_it)
        if w_item is None:
            break
        if space.eq_w(w_item, w_value):
            if stop_at_first:
                return i
            count += 1
        i += 1
    return -1 if stop_at_first else count


def range_contains(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    if isinstance(w_self, W_LongRangeObject):
        w_value = _arg(slots, 1)
        if is_exact_long(w_value):
            return space.wrap_bool(longrange_contains_int(w_self, w_value))
        return space.wrap_bool(_iter_search(w_self, w_value, True) >= 0)
    w_r = range_w(w_self, "__contains__")
    w_value = _arg(slots, 1)
    if is_exact_int(w_value):
        assert isinstance(w_value, intobject.W_IntObject)
        return space.wrap_bool(_contains_int(w_r, w_value.intval))
    if is_exact_long(w_value):
        return space.wrap_bool(False)       # beyond a word: not among the items
    return space.wrap_bool(_iter_search(w_r, w_value, True) >= 0)


def range_index(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    if isinstance(w_self, W_LongRangeObject):
        w_value = _arg(slots, 1)
        if is_exact_long(w_value):
            if not longrange_contains_int(w_self, w_value):
                raise operr(w_ValueError, "%s is not in range" % space.repr_str(w_value))
            return space.binary_op(space.binary_op(w_value, w_self.w_start, 10),
                                   w_self.w_step, 2)
        j = _iter_search(w_self, w_value, True)
        if j < 0:
            raise operr(w_ValueError, "sequence.index(x): x not in sequence")
        return intobject.wrap_int(j)
    w_r = range_w(w_self, "index")
    w_value = _arg(slots, 1)
    if is_exact_int(w_value):
        assert isinstance(w_value, intobject.W_IntObject)
        x = w_value.intval
        if not _contains_int(w_r, x):
            raise operr(w_ValueError, "%s is not in range" % space.repr_str(w_value))
        return intobject.wrap_int((x - w_r.start) // w_r.step)
    if is_exact_long(w_value):
        raise operr(w_ValueError, "%s is not in range" % space.repr_str(w_value))
    i = _iter_search(w_r, w_value, True)
    if i < 0:
        raise operr(w_ValueError, "sequence.index(x): x not in sequence")
    return intobject.wrap_int(i)


def range_count(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    if isinstance(w_self, W_LongRangeObject):
        w_value = _arg(slots, 1)
        if is_exact_long(w_value):
            return intobject.wrap_int(1 if longrange_contains_int(w_self, w_value) else 0)
        return intobject.wrap_int(_iter_search(w_self, w_value, False))
    w_r = range_w(w_self, "count")
    w_value = _arg(slots, 1)
    if is_exact_int(w_value):
        assert isinstance(w_value, intobject.W_IntObject)
        return intobject.wrap_int(1 if _contains_int(w_r, w_value.intval) else 0)
    if is_exact_long(w_value):
        return intobject.wrap_int(0)
    return intobject.wrap_int(_iter_search(w_r, w_value, False))


def range_iter(slots: list[W_Root | None]) -> W_Root:
    w_long = long_range_dispatch(slots[0], "__iter__")
    if w_long is not None:
        return w_long
    w_r = range_w(slots[0], "__iter__")
    start = w_r.start
    stop = w_r.stop
    step = w_r.step
    length = w_r.length
    # CPython 3.11's range_iter: a longrange_iterator when the length or
    # start + length * step would not fit a C long
    fits = length >= 0
    if fits and length > 0:
        if step > 0:
            fits = stop <= MAXINT - (step - 1)
        else:
            fits = stop >= MININT + (-1 - step)
    if not fits:
        w_start = intobject.wrap_int(start)
        w_step = intobject.wrap_int(step)
        return W_LongRangeIterObject(w_start, w_step, long_range_length(
            w_start, intobject.wrap_int(stop), w_step))
    return W_RangeIterObject(start, step, length)


def range_reversed(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    if isinstance(w_self, W_LongRangeObject):
        w_one = intobject.wrap_int(1)
        w_last = longrange_item(w_self, space.binary_op(w_self.w_length, w_one, 10))
        return W_LongRangeIterObject(w_last, space.unary_op(w_self.w_step, "__neg__", "-"),
                                     w_self.w_length)
    w_r = range_w(w_self, "__reversed__")
    start = w_r.start
    step = w_r.step
    length = w_r.length
    # CPython 3.11's range_reverse: a longrange_iterator when -step or
    # start - step would overflow a C long, or the length does not fit
    if step == MININT:
        fits = False
    elif step > 0:
        fits = r_uint(start) - r_uint(MININT) >= r_uint(step)
    else:
        fits = r_uint(MAXINT) - r_uint(start) >= r_uint(0) - r_uint(step)
    if not fits or length < 0:
        w_step = intobject.wrap_int(step)
        w_length = long_range_length(intobject.wrap_int(start), intobject.wrap_int(w_r.stop),
                                     w_step)
        w_n = space.binary_op(w_length, intobject.wrap_int(1), 10)
        w_last = space.binary_op(intobject.wrap_int(start), space.binary_op(w_n, w_step, 5), 0)
        return W_LongRangeIterObject(w_last, space.unary_op(w_step, "__neg__", "-"), w_length)
    return W_RangeIterObject(w_r.item(length - 1), intmask(-step), length)


def _range_equal(w_a: W_RangeObject, w_b: W_RangeObject) -> bool:
    if w_a is w_b:
        return True
    if w_a.length != w_b.length:
        return False
    if w_a.length == 0:
        return True
    if w_a.start != w_b.start:
        return False
    if w_a.length == 1:
        return True
    return w_a.step == w_b.step


def range_eq(slots: list[W_Root | None]) -> W_Root:
    w_a = slots[0]
    w_b = slots[1]
    if not isinstance(w_a, W_RangeObject) or not isinstance(w_b, W_RangeObject):
        return w_NotImplemented
    return space.wrap_bool(_range_equal(w_a, w_b))


def range_ne(slots: list[W_Root | None]) -> W_Root:
    w_a = slots[0]
    w_b = slots[1]
    if not isinstance(w_a, W_RangeObject) or not isinstance(w_b, W_RangeObject):
        return w_NotImplemented
    return space.wrap_bool(not _range_equal(w_a, w_b))


def range_hash(slots: list[W_Root | None]) -> W_Root:
    w_r = range_w(slots[0], "__hash__")
    items: list[W_Root] = [intobject.wrap_int(w_r.len_checked())]
    if w_r.length == 0:
        items.append(w_None)
        items.append(w_None)
    else:
        items.append(intobject.wrap_int(w_r.start))
        if w_r.length == 1:
            items.append(w_None)
        else:
            items.append(intobject.wrap_int(w_r.step))
    return intobject.wrap_int(hash_items(items))


def range_get_start(w: W_Root) -> W_Root:
    w_long = longrange_get(w, 0)
    if w_long is not None:
        return w_long
    return intobject.wrap_int(range_w(w, "start").start)


def range_get_stop(w: W_Root) -> W_Root:
    w_long = longrange_get(w, 1)
    if w_long is not None:
        return w_long
    return intobject.wrap_int(range_w(w, "stop").stop)


def range_get_step(w: W_Root) -> W_Root:
    w_long = longrange_get(w, 2)
    if w_long is not None:
        return w_long
    return intobject.wrap_int(range_w(w, "step").step)


def rangeiter_length_hint(slots: list[W_Root | None]) -> W_Root:
    w_it = slots[0]
    assert isinstance(w_it, W_RangeIterObject)
    n = w_it.length - w_it.index
    return intobject.wrap_int(n if n > 0 else 0)


def fits_word(w: W_Root) -> bool:
    w_i = space.index(w)
    return isinstance(w_i, intobject.W_IntObject)


# -- ranges beyond a machine word (range(1 << 1000)): kept as int objects,
# computed with the generic arithmetic

w_longrange_iterator_type = make_builtin_type("longrange_iterator", [w_object_type], LAYOUT_OTHER)


class W_LongRangeObject(W_Root):
    w_start: W_Root
    w_stop: W_Root
    w_step: W_Root
    w_length: W_Root

    def __init__(self, w_start: W_Root, w_stop: W_Root, w_step: W_Root, w_length: W_Root) -> None:
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step
        self.w_length = w_length

    def getclass(self) -> W_TypeObject:
        return w_range_type


class W_LongRangeIterObject(W_Root):
    """As CPython 3.11's longrangeiterobject: item `index` is start +
    index * step (index is any object __setstate__ gave, as there)."""
    w_start: W_Root
    w_step: W_Root
    w_len: W_Root
    w_index: W_Root

    def __init__(self, w_start: W_Root, w_step: W_Root, w_len: W_Root) -> None:
        self.w_start = w_start
        self.w_step = w_step
        self.w_len = w_len
        self.w_index = intobject.wrap_int(0)

    def getclass(self) -> W_TypeObject:
        return w_longrange_iterator_type

    def iter_next(self) -> W_Root | None:
        if not space.is_true(space.richcompare(self.w_index, self.w_len, 0)):
            return space.STOP
        w_v = space.binary_op(self.w_start, space.binary_op(self.w_index, self.w_step, 5), 0)
        self.w_index = space.binary_op(self.w_index, intobject.wrap_int(1), 0)
        return w_v


def long_range_length(w_start: W_Root, w_stop: W_Root, w_step: W_Root) -> W_Root:
    """max(0, ceil((stop - start) / step))"""
    w_zero = intobject.wrap_int(0)
    w_one = intobject.wrap_int(1)
    if space.is_true(space.richcompare(w_step, w_zero, 4)):
        w_lo, w_hi = w_start, w_stop
        w_st = w_step
    else:
        w_lo, w_hi = w_stop, w_start
        w_st = space.unary_op(w_step, "__neg__", "-")
    if not space.is_true(space.richcompare(w_lo, w_hi, 0)):
        return w_zero
    w_diff = space.binary_op(space.binary_op(w_hi, w_lo, 10), w_one, 10)
    return space.binary_op(space.binary_op(w_diff, w_st, 2), w_one, 0)


def long_range_new(args_w: list[W_Root]) -> W_Root:
    items = [space.index(w) for w in args_w]
    if len(items) == 1:
        w_start: W_Root = intobject.wrap_int(0)
        w_stop = items[0]
        w_step: W_Root = intobject.wrap_int(1)
    else:
        w_start = items[0]
        w_stop = items[1]
        w_step = items[2] if len(items) == 3 else intobject.wrap_int(1)
    if not space.is_true(w_step):
        raise operr(w_ValueError, "range() arg 3 must not be zero")
    return W_LongRangeObject(w_start, w_stop, w_step, long_range_length(w_start, w_stop, w_step))


def _lt(w_a: W_Root, w_b: W_Root) -> bool:
    return space.is_true(space.richcompare(w_a, w_b, 0))


def longrange_item(w_r: W_LongRangeObject, w_i: W_Root) -> W_Root:
    """start + i * step"""
    return space.binary_op(w_r.w_start, space.binary_op(w_i, w_r.w_step, 5), 0)


def longrange_contains_int(w_r: W_LongRangeObject, w_x: W_Root) -> bool:
    w_zero = intobject.wrap_int(0)
    if _lt(w_zero, w_r.w_step):
        if _lt(w_x, w_r.w_start) or not _lt(w_x, w_r.w_stop):
            return False
    else:
        if _lt(w_r.w_start, w_x) or not _lt(w_r.w_stop, w_x):
            return False
    w_rem = space.binary_op(space.binary_op(w_x, w_r.w_start, 10), w_r.w_step, 6)
    return not space.is_true(w_rem)


def make_range(w_start: W_Root, w_stop: W_Root, w_step: W_Root) -> W_Root:
    if fits_word(w_start) and fits_word(w_stop) and fits_word(w_step):
        return W_RangeObject(intobject.int_w(w_start), intobject.int_w(w_stop),
                             intobject.int_w(w_step))
    return long_range_new([w_start, w_stop, w_step])


def _clamp_slice_end(w_v: W_Root, w_default: W_Root, w_length: W_Root, w_lower: W_Root,
                     w_upper: W_Root) -> W_Root:
    if w_v is w_None:
        return w_default
    w_i = space.index(w_v)
    if _lt(w_i, intobject.wrap_int(0)):
        w_i = space.binary_op(w_i, w_length, 0)
        if _lt(w_i, w_lower):
            w_i = w_lower
    elif _lt(w_upper, w_i):
        w_i = w_upper
    return w_i


def longrange_getitem(w_r: W_LongRangeObject, w_key: W_Root) -> W_Root:
    w_zero = intobject.wrap_int(0)
    w_len = w_r.w_length
    if isinstance(w_key, W_SliceObject):
        w_step = intobject.wrap_int(1) if w_key.w_step is w_None else space.index(w_key.w_step)
        if not space.is_true(w_step):
            raise operr(w_ValueError, "slice step cannot be zero")
        if _lt(w_step, w_zero):
            w_lower: W_Root = intobject.wrap_int(-1)
            w_upper = space.binary_op(w_len, intobject.wrap_int(1), 10)
            w_start = _clamp_slice_end(w_key.w_start, w_upper, w_len, w_lower, w_upper)
            w_stop = _clamp_slice_end(w_key.w_stop, w_lower, w_len, w_lower, w_upper)
        else:
            w_lower = w_zero
            w_upper = w_len
            w_start = _clamp_slice_end(w_key.w_start, w_lower, w_len, w_lower, w_upper)
            w_stop = _clamp_slice_end(w_key.w_stop, w_upper, w_len, w_lower, w_upper)
        return make_range(longrange_item(w_r, w_start), longrange_item(w_r, w_stop),
                          space.binary_op(w_step, w_r.w_step, 5))
    if not has_index(w_key):
        raise operr(w_TypeError, "range indices must be integers or slices, not %s"
                    % type_name(w_key))
    w_i = space.index(w_key)
    if _lt(w_i, w_zero):
        w_i = space.binary_op(w_i, w_len, 0)
    if _lt(w_i, w_zero) or not _lt(w_i, w_len):
        raise operr(w_IndexError, "range object index out of range")
    return longrange_item(w_r, w_i)


def _lr(w: W_Root | None) -> W_LongRangeObject:
    assert isinstance(w, W_LongRangeObject)
    return w


def longrange_iter(w: W_LongRangeObject) -> W_Root:
    return W_LongRangeIterObject(w.w_start, w.w_step, w.w_length)


def longrange_repr(w: W_LongRangeObject) -> W_Root:
    if space.eq_w(w.w_step, intobject.wrap_int(1)):
        return space.wrap_str("range(%s, %s)" % (space.repr_str(w.w_start), space.repr_str(w.w_stop)))
    return space.wrap_str("range(%s, %s, %s)" % (space.repr_str(w.w_start),
                                                 space.repr_str(w.w_stop),
                                                 space.repr_str(w.w_step)))


register_raw(w_range_type, "__new__", range_new)
register(w_range_type, "__repr__(self, /)", range_repr)
register(w_range_type, "__len__(self, /)", range_len)
register(w_range_type, "__bool__(self, /)", range_bool)
register(w_range_type, "__getitem__(self, key, /)", range_getitem)
register(w_range_type, "__contains__(self, key, /)", range_contains)
register(w_range_type, "__iter__(self, /)", range_iter)
register(w_range_type, "__reversed__(self, /)", range_reversed)
register(w_range_type, "__eq__(self, value, /)", range_eq)
register(w_range_type, "__ne__(self, value, /)", range_ne)
register(w_range_type, "__hash__(self, /)", range_hash)
register(w_range_type, "index(self, value, /)", range_index)
register(w_range_type, "count(self, value, /)", range_count)
getset(w_range_type, "start", range_get_start)
getset(w_range_type, "stop", range_get_stop)
getset(w_range_type, "step", range_get_step)
register(w_range_iterator_type, "__iter__(self, /)", iter_self)
register(w_range_iterator_type, "__next__(self, /)", iter_next_meth)
register(w_range_iterator_type, "__length_hint__(self, /)", rangeiter_length_hint)
register(w_longrange_iterator_type, "__iter__(self, /)", iter_self)
register(w_longrange_iterator_type, "__next__(self, /)", iter_next_meth)
