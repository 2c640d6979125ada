"""The `_bisect` module: CPython's Modules/_bisectmodule.c.

internal_bisect_left/right as CPython's: the items read with
PySequence_GetItem (an exact list directly, anything else through its
__getitem__), the key called on each item read, then one `<`
(PyObject_RichCompareBool(..., Py_LT)) per step.  An exact list of the int
or float strategy searched for an exact int or float without key= is
searched on its unboxed storage (no user code can run there).  insort_*
insert into an exact list directly and call `insert` on anything else.
"""
from __future__ import annotations

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.dictobject import W_DictObject, w_dict_type
from ouro.objspace.exceptions import operr, w_IndexError, w_OverflowError, w_TypeError, w_ValueError
from ouro.objspace.floatobject import W_FloatObject, W_FloatObjectUser
from ouro.objspace.gateway import register
from ouro.objspace.intobject import int_w, wrap_int
from ouro.objspace.listobject import (W_ListObject, exact_list, int_of, is_plain_int,
                                       lt)
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.strobject import has_index, ssize_w

import _bisect as _cpython_bisect  # load time: CPython's texts

DOC: str = _cpython_bisect.__doc__ or ""


def lo_arg(w: W_Root | None) -> int:
    """`lo: Py_ssize_t = 0`."""
    if w is None:
        return 0
    return int_w(w)


def hi_arg(w: W_Root | None) -> int:
    """`hi: Py_ssize_t(accept={int, NoneType}) = len(a)`: -1 when omitted or
    None (and, as in CPython, when -1 is passed: then len(a) too)."""
    if w is None or w is w_None:
        return -1
    if has_index(w):
        return ssize_w(w, w_OverflowError)
    raise operr(w_TypeError, "argument should be integer or None, not '%s'" % type_name(w))


def _is_plain_dict(w_a: W_Root) -> bool:
    """w_a is an exact dict: CPython's dict has no sequence slots ("dict is
    not a sequence"); its subclasses have (slot_sq_length, slot_sq_item
    calling __len__ and __getitem__)."""
    return isinstance(w_a, W_DictObject) and w_a.getclass() is w_dict_type


def seq_size(w_a: W_Root) -> int:
    """PySequence_Size."""
    if isinstance(w_a, W_ListObject) and exact_list(w_a):
        return w_a.length()
    if _is_plain_dict(w_a):
        raise operr(w_TypeError, "%s is not a sequence" % type_name(w_a))
    return space.len_w(w_a)


def seq_getitem(w_a: W_Root, i: int) -> W_Root:
    """PySequence_GetItem (0 <= i)."""
    if isinstance(w_a, W_ListObject) and exact_list(w_a):
        if i >= w_a.length():
            raise operr(w_IndexError, "list index out of range")
        return w_a.getitem(i)
    if space.lookup(w_a, "__getitem__") is None:
        raise operr(w_TypeError, "'%s' object does not support indexing" % type_name(w_a))
    if _is_plain_dict(w_a):
        raise operr(w_TypeError, "%s is not a sequence" % type_name(w_a))
    return space.getitem(w_a, wrap_int(i))


def _list_out_of_range() -> None:
    raise operr(w_IndexError, "list index out of range")


def _bisect_unboxed(w_a: W_Root, w_x: W_Root, lo: int, hi: int, right: bool) -> int:
    """The result on an exact list's unboxed storage, or -1 when the
    generic search is needed."""
    if not (isinstance(w_a, W_ListObject) and exact_list(w_a)):
        return -1
    ints = w_a.ints
    if ints is not None and is_plain_int(w_x):
        x = int_of(w_x)
        while lo < hi:
            mid = (lo >> 1) + (hi >> 1) + (lo & hi & 1)
            if mid >= len(ints):
                _list_out_of_range()
            if right:
                if x < ints[mid]:
                    hi = mid
                else:
                    lo = mid + 1
            else:
                if ints[mid] < x:
                    lo = mid + 1
                else:
                    hi = mid
        return lo
    floats = w_a.floats
    if floats is not None and isinstance(w_x, W_FloatObject) and \
            not isinstance(w_x, W_FloatObjectUser):
        f = w_x.floatval
        while lo < hi:
            mid = (lo >> 1) + (hi >> 1) + (lo & hi & 1)
            if mid >= len(floats):
                _list_out_of_range()
            if right:
                if f < floats[mid]:
                    hi = mid
                else:
                    lo = mid + 1
            else:
                if floats[mid] < f:
                    lo = mid + 1
                else:
                    hi = mid
        return lo
    return -1


def internal_bisect(w_a: W_Root, w_x: W_Root, lo: int, hi: int, w_key: W_Root | None,
                    right: bool) -> int:
    if lo < 0:
        raise operr(w_ValueError, "lo must be non-negative")
    if hi == -1:
        hi = seq_size(w_a)
    if w_key is None and lo < hi:
        r = _bisect_unboxed(w_a, w_x, lo, hi, right)
        if r >= 0:
            return r
    while lo < hi:
        # lo and hi are non-negative words: their sum fits an unsigned word
        mid = (lo >> 1) + (hi >> 1) + (lo & hi & 1)
        w_litem = seq_getitem(w_a, mid)
        if w_key is not None:
            w_litem = space.call_function(w_key, [w_litem])
        if right:
            if lt(w_x, w_litem):
                hi = mid
            else:
                lo = mid + 1
        else:
            if lt(w_litem, w_x):
                lo = mid + 1
            else:
                hi = mid
    return lo


def _key(w: W_Root | None) -> W_Root | None:
    if w is None or w is w_None:
        return None
    return w


def _bisect(slots: list[W_Root | None], right: bool) -> W_Root:
    w_a = slots[0]
    w_x = slots[1]
    assert w_a is not None and w_x is not None
    lo = lo_arg(slots[2])
    hi = hi_arg(slots[3])
    return wrap_int(internal_bisect(w_a, w_x, lo, hi, _key(slots[4]), right))


def _insort(slots: list[W_Root | None], right: bool) -> W_Root:
    w_a = slots[0]
    w_x = slots[1]
    assert w_a is not None and w_x is not None
    lo = lo_arg(slots[2])
    hi = hi_arg(slots[3])
    w_key = _key(slots[4])
    w_kx = w_x
    if w_key is not None:
        w_kx = space.call_function(w_key, [w_x])
    index = internal_bisect(w_a, w_kx, lo, hi, w_key, right)
    if isinstance(w_a, W_ListObject) and exact_list(w_a):
        n = w_a.length()
        w_a.insert(index if index < n else n, w_x)
    else:
        space.call_method(w_a, "insert", [wrap_int(index), w_x])
    return w_None


def bisect_left(slots: list[W_Root | None]) -> W_Root:
    return _bisect(slots, False)


def bisect_right(slots: list[W_Root | None]) -> W_Root:
    return _bisect(slots, True)


def insort_left(slots: list[W_Root | None]) -> W_Root:
    return _insort(slots, False)


def insort_right(slots: list[W_Root | None]) -> W_Root:
    return _insort(slots, True)


FUNCTIONS = [
    register(None, "bisect_right(a, x, lo=, hi=, *, key=)", bisect_right),
    register(None, "insort_right(a, x, lo=, hi=, *, key=)", insort_right),
    register(None, "bisect_left(a, x, lo=, hi=, *, key=)", bisect_left),
    register(None, "insort_left(a, x, lo=, hi=, *, key=)", insort_left),
]

for _f in FUNCTIONS:
    _f.doc = getattr(_cpython_bisect, _f.name).__doc__


def make_module() -> W_Module:
    w_mod = W_Module("_bisect", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str(DOC))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    return w_mod


register_module("_bisect", make_module)
