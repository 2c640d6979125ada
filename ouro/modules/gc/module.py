"""The `gc` module on ouro's own collector (rpy/c/runtime/gc.c).

CPython's interface where it means something here: collect() runs a full
collection and the finalizers it made pending (__del__, generators closed,
weakref callbacks; again while they ran: ouro/interpreter/finalizers.py), enable/disable/isenabled keep CPython's flag (ouro's collector
is not reference counting plus a cycle finder, so disabling it does not
stop collections: memory is reclaimed by the same tracing GC either way,
as on PyPy), get_stats() reports minor collections as generation 0 and
major ones as generation 2, the threshold and debug settings are kept and
returned.  get_objects, get_referents and get_referrers walk the
collector's heap (heap.py, which says how they differ from CPython's).

One addition: get_memory_stats(), the collector's own accounting in bytes
(memory in use, peak, and after the last major collection), which the
memory tests and benchmarks read.
"""
from __future__ import annotations

from rpy.rlib import rgc

from ouro.interpreter import finalizers
from ouro.interpreter.module import W_Module
from ouro.objspace import space
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import operr, w_TypeError, w_ValueError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import newlist
from ouro.objspace.model import Arguments, W_Root, w_None
from ouro.objspace.tupleobject import W_TupleObject
from ouro.objspace.strobject import c_int_w
from ouro.modules.gc import heap

DEBUG_FLAGS = [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4),
               ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)]


class GcState:
    enabled: bool
    debug: int
    thresholds: list[int]
    frozen: int

    def __init__(self) -> None:
        self.enabled = True
        self.debug = 0
        self.thresholds = [700, 10, 10]
        self.frozen = 0


STATE = GcState()


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def gc_enable(slots: list[W_Root | None]) -> W_Root:
    STATE.enabled = True
    return w_None


def gc_disable(slots: list[W_Root | None]) -> W_Root:
    STATE.enabled = False
    return w_None


def gc_isenabled(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(STATE.enabled)


def gc_collect(slots: list[W_Root | None]) -> W_Root:
    w_gen = slots[0]
    if w_gen is not None:
        gen = c_int_w(w_gen)
        if gen < 0 or gen > 2:
            raise operr(w_ValueError, "invalid generation")
    finalizers.collect()
    # the number of unreachable objects found: the collector does not count
    # objects, only bytes
    return wrap_int(0)


def gc_get_count(slots: list[W_Root | None]) -> W_Root:
    return W_TupleObject([wrap_int(0), wrap_int(0), wrap_int(0)])


def gc_get_threshold(slots: list[W_Root | None]) -> W_Root:
    t = STATE.thresholds
    return W_TupleObject([wrap_int(t[0]), wrap_int(t[1]), wrap_int(t[2])])


def gc_set_threshold(slots: list[W_Root | None]) -> W_Root:
    i = 0
    while i < 3:
        w = slots[i]
        if w is not None:
            STATE.thresholds[i] = c_int_w(w)
        i += 1
    return w_None


def gc_get_debug(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(STATE.debug)


def gc_set_debug(slots: list[W_Root | None]) -> W_Root:
    STATE.debug = c_int_w(_req(slots, 0))
    return w_None


def gc_is_tracked(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(heap.is_tracked(_req(slots, 0)))


def gc_get_objects(slots: list[W_Root | None]) -> W_Root:
    """All tracked objects (generation None or -1); by generation: after
    the collection that lists them every object is in the oldest one (2)."""
    w_gen = slots[0]
    if w_gen is not None and w_gen is not w_None:
        gen = c_int_w(w_gen)
        if gen >= 3:
            raise operr(w_ValueError, "generation parameter must be less than the number "
                        "of available generations (3)")
        if gen < -1:
            raise operr(w_ValueError, "generation parameter cannot be negative")
        if gen == 0 or gen == 1:
            return newlist([])
    return newlist(heap.all_objects())


def _no_keywords(args: Arguments, name: str) -> None:
    if len(args.kw_names) > 0:
        raise operr(w_TypeError, "%s() takes no keyword arguments" % name)


def gc_get_referents(args: Arguments) -> W_Root:
    _no_keywords(args, "get_referents")
    result: list[W_Root] = []
    for w in args.args_w:
        result.extend(heap.referents(w))
    return newlist(result)


def gc_get_referrers(args: Arguments) -> W_Root:
    _no_keywords(args, "get_referrers")
    return newlist(heap.referrers(list(args.args_w)))


def gc_is_finalized(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(False)


def gc_freeze(slots: list[W_Root | None]) -> W_Root:
    return w_None


def gc_unfreeze(slots: list[W_Root | None]) -> W_Root:
    return w_None


def gc_get_freeze_count(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(0)


def _generation_stats(collections: int) -> W_Root:
    w_d = W_DictObject()
    w_d.setitem_str("collections", wrap_int(collections))
    w_d.setitem_str("collected", wrap_int(0))
    w_d.setitem_str("uncollectable", wrap_int(0))
    return w_d


def gc_get_stats(slots: list[W_Root | None]) -> W_Root:
    return newlist([_generation_stats(rgc.get_stat(rgc.STAT_MINOR_COLLECTIONS)),
                    _generation_stats(0),
                    _generation_stats(rgc.get_stat(rgc.STAT_MAJOR_COLLECTIONS))])


def gc_get_memory_stats(slots: list[W_Root | None]) -> W_Root:
    w_d = W_DictObject()
    w_d.setitem_str("memory_in_use", wrap_int(rgc.get_stat(rgc.STAT_MEM_IN_USE)))
    w_d.setitem_str("peak_memory", wrap_int(rgc.get_stat(rgc.STAT_PEAK_MEM)))
    w_d.setitem_str("memory_after_last_major",
                    wrap_int(rgc.get_stat(rgc.STAT_MEM_AFTER_LAST_MAJOR)))
    w_d.setitem_str("minor_collections", wrap_int(rgc.get_stat(rgc.STAT_MINOR_COLLECTIONS)))
    w_d.setitem_str("major_collections", wrap_int(rgc.get_stat(rgc.STAT_MAJOR_COLLECTIONS)))
    w_d.setitem_str("gc_time_us", wrap_int(rgc.get_stat(rgc.STAT_TOTAL_GC_TIME_US)))
    return w_d


FUNCTIONS = [
    register(None, "enable()", gc_enable),
    register(None, "disable()", gc_disable),
    register(None, "isenabled()", gc_isenabled),
    register(None, "collect(generation=)", gc_collect),
    register(None, "get_count()", gc_get_count),
    register(None, "get_threshold()", gc_get_threshold),
    register(None, "set_threshold(threshold0, threshold1=, threshold2=, /)", gc_set_threshold),
    register(None, "get_debug()", gc_get_debug),
    register(None, "set_debug(flags, /)", gc_set_debug),
    register(None, "is_tracked(obj, /)", gc_is_tracked),
    register(None, "is_finalized(obj, /)", gc_is_finalized),
    register(None, "get_objects(generation=)", gc_get_objects),
    register_raw(None, "get_referents", gc_get_referents),
    register_raw(None, "get_referrers", gc_get_referrers),
    register(None, "freeze()", gc_freeze),
    register(None, "unfreeze()", gc_unfreeze),
    register(None, "get_freeze_count()", gc_get_freeze_count),
    register(None, "get_stats()", gc_get_stats),
    register(None, "get_memory_stats()", gc_get_memory_stats),
]


def make_module() -> W_Module:
    w_mod = W_Module("gc", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str(
        "This module provides access to the garbage collector for reference cycles.\n\n"
        "enable() -- Enable automatic garbage collection.\n"
        "disable() -- Disable automatic garbage collection.\n"
        "isenabled() -- Returns true if automatic collection is enabled.\n"
        "collect() -- Do a full collection right now.\n"
        "get_memory_stats() -- ouro: the collector's accounting, in bytes.\n"))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    for name, value in DEBUG_FLAGS:
        d.setitem_str(name, wrap_int(value))
    d.setitem_str("garbage", newlist([]))
    d.setitem_str("callbacks", newlist([]))
    return w_mod
