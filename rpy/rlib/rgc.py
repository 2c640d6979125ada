"""Access to the garbage collector from RPy programs.

Untranslated, collect() calls CPython's gc and the statistics are zeros
(CPython has no comparable counters); translated they are the real GC's.

Finalizer queues (PyPy's rgc.FinalizerQueue idea): the GC never runs
program code inside a collection.  An object registered with
`register_finalizer(FQ, obj)` that becomes unreachable is kept alive (with
everything it references) and appended to FQ's queue; the program asks
`finalizers_pending()` at its safe points and takes the objects with
`next_dead(FQ)` (None when the queue is empty), then does what their death
requires.  Queuing also sets the flag of rsignal.pending(), so a program
that polls signals at its safe points needs no second test there (as
PyPy's finalizer_trigger fires an action through the same flag); take the
signals with rsignal.take() (-1: none) and the objects with next_dead.
FQ is a module-level `FinalizerQueue(Cls)`: it holds instances
of Cls (next_dead returns `Cls | None`).  An object is registered once (a
second registration, in any queue, does nothing) until next_dead returned
it.  Objects dying together are queued together, in no particular order
(no ordering between an object and the registered objects it references,
unlike PyPy).  Prebuilt objects never die: registering one does nothing.

Untranslated, registering installs a __del__ on the object's class that
moves the object into the queue (CPython's PEP 442 resurrection); the
object is queued as soon as refcounting frees it, or at gc.collect() for
cycles.  Registering an object again after next_dead returned it works
translated only (CPython calls __del__ once per object).
"""
from __future__ import annotations
import gc as _gc
import weakref as _weakref
from typing import Any, Generic, TypeVar

from rpy.rlib import rsignal
from rpy.rlib.rgcref import GCRef

T = TypeVar('T')

STAT_MINOR_COLLECTIONS = 0
STAT_MAJOR_COLLECTIONS = 1
STAT_MEM_BEFORE_LAST_MAJOR = 2
STAT_MEM_AFTER_LAST_MAJOR = 3
STAT_MEM_IN_USE = 4
STAT_PEAK_MEM = 5
STAT_TOTAL_GC_TIME_US = 6


def collect() -> None:
    """Run a full collection (minor then major)."""
    _gc.collect()


def add_memory_pressure(nbytes: int) -> None:
    """A new object keeps nbytes alive outside the GC heap (freed by its
    finalizer): they count towards the next major collection, which may
    happen here."""


def get_stat(which: int) -> int:
    """One GC statistic, selected by a STAT_* constant (time in microseconds)."""
    return 0


# Heap inspection (what gc.get_objects/get_referents/get_referrers are
# made of).  Each runs a collection first, so nothing listed is dead.
# Translated they see every GC object: instances, strings, lists and their
# item arrays, dicts and their tables...  Untranslated, the Python objects
# standing for those, through CPython's gc: an instance references its
# attributes' values, a list or tuple its items, a dict its keys and values
# (ints, floats and None are no GC objects translated: never listed).

def all_objects() -> list[GCRef]:
    """Every object of the heap (prebuilt objects without GC pointers
    excepted: they reference nothing)."""
    _gc.collect()
    return _gc.get_objects()  # type: ignore[return-value]


# The prebuilt objects that have GC pointers (the instances, lists, dicts...
# made while translating), by index, without a collection and without
# allocating: prebuilt objects never move.  What a program changing data
# that was computed while translating walks at startup (ouro's hash key,
# ouro/objspace/hashseed.py).  Untranslated: the objects CPython's gc
# tracks, as a snapshot taken by prebuilt_count().

_PREBUILT: list[Any] = []


def prebuilt_count() -> int:
    _PREBUILT[:] = _gc.get_objects()
    return len(_PREBUILT)


def prebuilt_object(i: int) -> GCRef:
    """The i-th prebuilt object, 0 <= i < prebuilt_count()."""
    return _PREBUILT[i]  # type: ignore[no-any-return]


def _is_object(x: Any) -> bool:
    return x is not None and not isinstance(x, (bool, int, float))


def referents(ref: GCRef) -> list[GCRef]:
    """The objects ref references directly."""
    obj: Any = ref
    if isinstance(obj, (list, tuple)):
        items = list(obj)
    elif isinstance(obj, dict):
        items = [x for kv in obj.items() for x in kv]
    elif hasattr(obj, '__dict__') and not isinstance(obj, type):
        items = list(vars(obj).values())
    else:
        items = []
    return [x for x in items if _is_object(x)]


def referrers(targets: list[GCRef]) -> list[GCRef]:
    """The objects referencing any of targets directly (targets itself
    excepted)."""
    _gc.collect()
    ids = {id(t) for t in targets}
    found: list[Any] = []
    for c in _gc.get_referrers(*targets):
        if isinstance(c, dict) and not any(id(v) in ids for v in c.values()) and not any(
                id(k) in ids for k in c):
            continue
        owners = [o for o in _gc.get_referrers(c) if getattr(o, '__dict__', None) is c] \
            if isinstance(c, dict) else []
        for o in owners or [c]:
            if o is not targets and all(o is not f for f in found) and any(
                    id(r) in ids for r in referents(o)):
                found.append(o)
    return found


class FinalizerQueue(Generic[T]):
    """A queue of dead registered objects, instances of `cls`; a load-time
    constant (module level).  At most 8 queues per program."""

    def __init__(self, cls: type) -> None:
        self.cls = cls
        self._dead: list[Any] = []      # untranslated only


# untranslated: id(registered object) -> its queue, and a weak reference
# to the object (for enqueue_all)
_REGISTERED: dict[int, tuple[FinalizerQueue, Any]] = {}
_PENDING = [0]


def _fq_del(obj: Any) -> None:
    entry = _REGISTERED.pop(id(obj), None)
    if entry is not None:
        fq = entry[0]
        fq._dead.append(obj)            # resurrected (PEP 442)
        _PENDING[0] += 1
        rsignal._State.action[0] = True


def register_finalizer(fq: FinalizerQueue, obj: Any) -> None:
    """When obj becomes unreachable, keep it and queue it in fq."""
    if id(obj) in _REGISTERED:
        return
    cls = type(obj)
    if cls.__dict__.get('__del__') is not _fq_del:
        if '__del__' in cls.__dict__:
            raise TypeError("%s defines __del__: RPy classes cannot" % cls.__name__)
        cls.__del__ = _fq_del  # type: ignore[attr-defined]
    _REGISTERED[id(obj)] = (fq, _weakref.ref(obj))


def next_dead(fq: FinalizerQueue) -> Any:
    """The next dead object of fq's queue (kept alive for this), or None."""
    if not fq._dead:
        return None
    _PENDING[0] -= 1
    return fq._dead.pop(0)


def enqueue_all(fq: FinalizerQueue) -> None:
    """Queue every object registered in fq, the live ones too, oldest
    registrations first (at the end of a program that finalizes what is
    left, as CPython does at its shutdown).  Translated, a minor collection
    happens first if a registered object is young."""
    for key, (q, ref) in list(_REGISTERED.items()):
        obj = ref()
        if q is fq and obj is not None:
            del _REGISTERED[key]
            fq._dead.append(obj)
            _PENDING[0] += 1
            rsignal._State.action[0] = True


def finalizers_pending() -> bool:
    """Whether some finalizer queue is not empty (one load translated)."""
    return _PENDING[0] > 0
