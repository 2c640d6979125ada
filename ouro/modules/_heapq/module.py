"""The `_heapq` module: CPython's Modules/_heapqmodule.c.

The sift algorithms are CPython's, with its comparison order: only `<`
(PyObject_RichCompareBool(..., Py_LT)), the max-heap variants with the
operands swapped, and after each comparison the checks CPython makes (the
list's size unchanged, else RuntimeError "list changed size during
iteration"; items re-read from the list, since a comparison may have
replaced them).  A list of the int or float strategy (exact ints, non-NaN
floats, unboxed) is sifted on its storage with no dispatch: no user code
can run there, so only the speed differs.
"""
from __future__ import annotations

from typing import TypeVar

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_IndexError, w_RuntimeError, w_TypeError
from ouro.objspace.floatobject import wrap_float
from ouro.objspace.gateway import W_BuiltinSlots, register
from ouro.objspace.listobject import W_ListObject, lt
from ouro.objspace.model import W_Root, type_name, w_None

import _heapq as _cpython_heapq  # load time: CPython's texts

ABOUT: str = _cpython_heapq.__about__
DOC: str = _cpython_heapq.__doc__ or ""


def heap_arg(w: W_Root | None, fname: str, which: str) -> W_ListObject:
    """The heap argument: a list or a subclass (CPython's
    subclass_of='&PyList_Type' converter)."""
    assert w is not None
    if not isinstance(w, W_ListObject):
        raise operr(w_TypeError, "%s() argument%s must be list, not %s" % (
            fname, which, type_name(w)))
    return w


def _changed_size() -> None:
    raise operr(w_RuntimeError, "list changed size during iteration")


def _index_error() -> None:
    raise operr(w_IndexError, "index out of range")


def _lt(w_a: W_Root, w_b: W_Root, is_max: bool) -> bool:
    """`a < b` for a min-heap, `b < a` for a max-heap."""
    if is_max:
        return lt(w_b, w_a)
    return lt(w_a, w_b)


def _get(w_list: W_ListObject, i: int) -> W_Root:
    objs = w_list.objects
    if objs is not None:
        return objs[i]
    return w_list.getitem(i)


def _set(w_list: W_ListObject, i: int, w_item: W_Root) -> None:
    objs = w_list.objects
    if objs is not None:
        objs[i] = w_item
        return
    w_list.setitem(i, w_item)


# -- unboxed storage (no user code runs: plain moves); specialized by the
# translator for the int and the float strategy

N = TypeVar("N", int, float)


def _siftdown_unboxed(a: list[N], startpos: int, pos: int, is_max: bool) -> None:
    newitem = a[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = a[parentpos]
        if is_max:
            if not parent < newitem:
                break
        elif not newitem < parent:
            break
        a[pos] = parent
        pos = parentpos
    a[pos] = newitem


def _siftup_unboxed(a: list[N], pos: int, is_max: bool) -> None:
    endpos = len(a)
    startpos = pos
    limit = endpos >> 1
    newitem = a[pos]
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos:
            x = a[childpos]
            y = a[childpos + 1]
            if is_max:
                if not y < x:
                    childpos += 1
            elif not x < y:
                childpos += 1
        a[pos] = a[childpos]
        pos = childpos
    a[pos] = newitem
    _siftdown_unboxed(a, startpos, pos, is_max)


# -- CPython's siftdown/siftup (and their _max variants)

def siftdown(w_list: W_ListObject, startpos: int, pos: int, is_max: bool) -> None:
    ints = w_list.ints
    if ints is not None:
        if pos >= len(ints):
            _index_error()
        _siftdown_unboxed(ints, startpos, pos, is_max)
        return
    floats = w_list.floats
    if floats is not None:
        if pos >= len(floats):
            _index_error()
        _siftdown_unboxed(floats, startpos, pos, is_max)
        return
    size = w_list.length()
    if pos >= size:
        _index_error()
    w_newitem = _get(w_list, pos)
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        w_parent = _get(w_list, parentpos)
        if is_max:
            cmp = lt(w_parent, w_newitem)
        else:
            cmp = lt(w_newitem, w_parent)
        if size != w_list.length():
            _changed_size()
        if not cmp:
            break
        w_parent = _get(w_list, parentpos)
        w_newitem = _get(w_list, pos)
        _set(w_list, parentpos, w_newitem)
        _set(w_list, pos, w_parent)
        pos = parentpos


def siftup(w_list: W_ListObject, pos: int, is_max: bool) -> None:
    ints = w_list.ints
    if ints is not None:
        if pos >= len(ints):
            _index_error()
        _siftup_unboxed(ints, pos, is_max)
        return
    floats = w_list.floats
    if floats is not None:
        if pos >= len(floats):
            _index_error()
        _siftup_unboxed(floats, pos, is_max)
        return
    endpos = w_list.length()
    startpos = pos
    if pos >= endpos:
        _index_error()
    limit = endpos >> 1
    while pos < limit:
        childpos = 2 * pos + 1
        if childpos + 1 < endpos:
            w_a = _get(w_list, childpos)
            w_b = _get(w_list, childpos + 1)
            if is_max:
                cmp = lt(w_b, w_a)
            else:
                cmp = lt(w_a, w_b)
            if not cmp:
                childpos += 1
            if endpos != w_list.length():
                _changed_size()
        w_tmp1 = _get(w_list, childpos)
        w_tmp2 = _get(w_list, pos)
        _set(w_list, childpos, w_tmp2)
        _set(w_list, pos, w_tmp1)
        pos = childpos
    siftdown(w_list, startpos, pos, is_max)


# -- the functions

def heappush(slots: list[W_Root | None]) -> W_Root:
    w_heap = heap_arg(slots[0], "heappush", " 1")
    w_item = slots[1]
    assert w_item is not None
    w_heap.append(w_item)
    siftdown(w_heap, 0, w_heap.length() - 1, False)
    return w_None


def heappop_internal(w_heap: W_ListObject, is_max: bool) -> W_Root:
    floats = w_heap.floats
    if floats is not None and len(floats) > 0 and not is_max:
        # unboxed: the last item to the top, sifted (nothing can fail)
        last = floats.pop()
        if len(floats) == 0:
            return wrap_float(last)
        top = floats[0]
        floats[0] = last
        _siftup_unboxed(floats, 0, False)
        return wrap_float(top)
    n = w_heap.length()
    if n == 0:
        raise operr(w_IndexError, "index out of range")
    w_last = w_heap.pop(n - 1)
    n -= 1
    if n == 0:
        return w_last
    w_ret = w_heap.getitem(0)
    w_heap.setitem(0, w_last)
    siftup(w_heap, 0, is_max)
    return w_ret


def heappop(slots: list[W_Root | None]) -> W_Root:
    return heappop_internal(heap_arg(slots[0], "heappop", ""), False)


def heappop_max(slots: list[W_Root | None]) -> W_Root:
    return heappop_internal(heap_arg(slots[0], "_heappop_max", ""), True)


def heapreplace_internal(w_heap: W_ListObject, w_item: W_Root, is_max: bool) -> W_Root:
    if w_heap.length() == 0:
        raise operr(w_IndexError, "index out of range")
    w_ret = w_heap.getitem(0)
    w_heap.setitem(0, w_item)
    siftup(w_heap, 0, is_max)
    return w_ret


def heapreplace(slots: list[W_Root | None]) -> W_Root:
    w_item = slots[1]
    assert w_item is not None
    return heapreplace_internal(heap_arg(slots[0], "heapreplace", " 1"), w_item, False)


def heapreplace_max(slots: list[W_Root | None]) -> W_Root:
    w_item = slots[1]
    assert w_item is not None
    return heapreplace_internal(heap_arg(slots[0], "_heapreplace_max", " 1"), w_item, True)


def heappushpop(slots: list[W_Root | None]) -> W_Root:
    w_heap = heap_arg(slots[0], "heappushpop", " 1")
    w_item = slots[1]
    assert w_item is not None
    if w_heap.length() == 0:
        return w_item
    w_top = w_heap.getitem(0)
    if not lt(w_top, w_item):
        return w_item
    if w_heap.length() == 0:
        raise operr(w_IndexError, "index out of range")
    w_ret = w_heap.getitem(0)
    w_heap.setitem(0, w_item)
    siftup(w_heap, 0, False)
    return w_ret


def keep_top_bit(n: int) -> int:
    i = 0
    while n > 1:
        n >>= 1
        i += 1
    return n << i


def sift_chains(w_heap: W_ListObject, i: int, stop: int, is_max: bool) -> None:
    """From node i down to node stop, sift each node and then its ancestors
    while it is a left child (CPython's cache-friendly order)."""
    while i >= stop:
        j = i
        while True:
            siftup(w_heap, j, is_max)
            if not (j & 1):
                break
            j >>= 1
        i -= 1


def cache_friendly_heapify(w_heap: W_ListObject, is_max: bool) -> None:
    m = w_heap.length() >> 1            # index of first childless node
    leftmost = keep_top_bit(m + 1) - 1  # leftmost node in row of m
    mhalf = m >> 1                      # parent of first childless node
    sift_chains(w_heap, leftmost - 1, mhalf, is_max)
    sift_chains(w_heap, m - 1, leftmost, is_max)


def heapify_internal(w_heap: W_ListObject, is_max: bool) -> W_Root:
    n = w_heap.length()
    if n > 2500:
        cache_friendly_heapify(w_heap, is_max)
        return w_None
    i = (n >> 1) - 1
    while i >= 0:
        siftup(w_heap, i, is_max)
        i -= 1
    return w_None


def heapify(slots: list[W_Root | None]) -> W_Root:
    return heapify_internal(heap_arg(slots[0], "heapify", ""), False)


def heapify_max(slots: list[W_Root | None]) -> W_Root:
    return heapify_internal(heap_arg(slots[0], "_heapify_max", ""), True)


FUNCTIONS = [
    register(None, "heappush(heap, item, /)", heappush),
    register(None, "heappushpop(heap, item, /)", heappushpop),
    register(None, "heappop(heap, /)", heappop),
    register(None, "heapreplace(heap, item, /)", heapreplace),
    register(None, "heapify(heap, /)", heapify),
    register(None, "_heappop_max(heap, /)", heappop_max),
    register(None, "_heapify_max(heap, /)", heapify_max),
    register(None, "_heapreplace_max(heap, item, /)", heapreplace_max),
]

for _f in FUNCTIONS:        # CPython's METH_O messages name the module
    assert isinstance(_f, W_BuiltinSlots)
    _f.sig.qualname = "_heapq." + _f.sig.name
    _f.doc = getattr(_cpython_heapq, _f.sig.name).__doc__


def make_module() -> W_Module:
    w_mod = W_Module("_heapq", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str(DOC))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("__about__", space.wrap_str(ABOUT))
    return w_mod


register_module("_heapq", make_module)
