"""__reduce__ and __setstate__ of array iterators, as CPython 3.11's
Modules/arraymodule.c: `(iter, (array,), index)`, `(iter, ((),))` once
exhausted; the state is the index, clipped to the array."""
from __future__ import annotations

from ouro.interpreter.iterreduce import check_self, clip, ssize_state, with_iter, with_iter_at
from ouro.interpreter.reduce import builtin
from ouro.modules.array.module import W_ArrayIter, w_arrayiterator_type
from ouro.objspace.gateway import register
from ouro.objspace.model import W_Root, w_None
from ouro.objspace.tupleobject import W_TupleObject


def arrayiter_reduce(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__reduce__", w_arrayiterator_type)
    assert isinstance(w_it, W_ArrayIter)
    w_iter = builtin("iter")
    a = w_it.w_array
    if a is None:
        return with_iter(w_iter, W_TupleObject([]))
    return with_iter_at(w_iter, a, w_it.index)


def arrayiter_setstate(slots: list[W_Root | None]) -> W_Root:
    w_it = check_self(slots, "__setstate__", w_arrayiterator_type)
    assert isinstance(w_it, W_ArrayIter)
    w_state = slots[1]
    assert w_state is not None
    index = ssize_state(w_state)
    a = w_it.w_array
    if a is not None:
        w_it.index = clip(index, 0, a.length())
    return w_None


register(w_arrayiterator_type, "__reduce__(self, /)", arrayiter_reduce)
register(w_arrayiterator_type, "__setstate__(self, state, /)", arrayiter_setstate)
