"""Weak references for RPy programs.

`WeakRef[C]` is the type of a weak reference to an instance of RPy class C
(usable in signatures, fields, lists, `WeakRef[C] | None`).
`weakref_create(obj)` makes one (obj: an instance, not None);
`weakref_get(ref)` gives the instance, or None once it died.

Translated, a WeakRef is a small GC object whose target the GC does not
trace: a minor collection updates it when the target moves out of the
nursery or clears it when the target died; a major collection clears it
when the target is unmarked (rpy/c/runtime/gc.c, "weak references").  A
target kept alive for a finalizer queue (rgc.FinalizerQueue) counts as
alive: its weak references are cleared only by the collection after the
one that queued it (as in PyPy).

Untranslated, a WeakRef wraps CPython's weakref.ref: the target dies as
soon as its last reference goes (refcounting), translated only at a
collection.  Programs that compare both print after rgc.collect().
"""
from __future__ import annotations

import weakref as _weakref
from typing import Any, Generic, TypeVar

T = TypeVar('T')


class WeakRef(Generic[T]):
    """The annotation WeakRef[C]; untranslated, a holder of a weakref.ref."""
    __slots__ = ('_ref',)

    def __init__(self, ref: Any) -> None:
        self._ref = ref


def weakref_create(obj: T) -> WeakRef[T]:
    """A weak reference to obj (an instance of an RPy class)."""
    assert obj is not None
    return WeakRef(_weakref.ref(obj))


def weakref_get(ref: WeakRef[T]) -> T | None:
    """The referenced instance, or None if it died."""
    return ref._ref()  # type: ignore[no-any-return]
