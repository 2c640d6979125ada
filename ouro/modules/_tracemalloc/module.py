"""The `_tracemalloc` module (what tracemalloc.py wraps), on ouro's collector.

CPython's tracemalloc hooks every allocation and remembers the Python
traceback of each live memory block.  ouro's collector keeps no per-object
record, so this module is honest about what it can know:
- the tracing state and the traceback limit are CPython's (start(nframe)
  with its range check, stop, is_tracing, get_traceback_limit);
- get_traced_memory() is the growth of the collector's heap since tracing
  started (or since clear_traces()): memory in use now minus memory in use
  then, never below 0, and the peak of that growth (the collector's own
  peak when it was reached while tracing, else the largest value read);
  the heap includes objects that are dead but not collected yet, so this
  is an upper bound of what CPython would count;
- no block is traced with a traceback: _get_traces() is empty (snapshots
  have no statistics) and _get_object_traceback() is always None.
"""
from __future__ import annotations

from rpy.rlib import rgc

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_ValueError
from ouro.objspace.gateway import register
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import newlist
from ouro.objspace.model import W_Root, w_None
from ouro.objspace.strobject import c_int_w
from ouro.objspace.tupleobject import W_TupleObject

import _tracemalloc as _cpython_tracemalloc  # load time: CPython's texts

MAX_NFRAME = 65535


class TraceState:
    tracing: bool
    nframe: int
    baseline: int       # memory in use when tracing (re)started
    peak_mark: int      # the collector's peak then: a higher one was reached while tracing
    peak: int           # the largest growth read so far

    def __init__(self) -> None:
        self.tracing = False
        self.nframe = 1
        self.baseline = 0
        self.peak_mark = 0
        self.peak = 0

    def restart(self) -> None:
        self.baseline = rgc.get_stat(rgc.STAT_MEM_IN_USE)
        self.peak_mark = rgc.get_stat(rgc.STAT_PEAK_MEM)
        self.peak = 0

    def current(self) -> int:
        grown = rgc.get_stat(rgc.STAT_MEM_IN_USE) - self.baseline
        return grown if grown > 0 else 0

    def peak_now(self, current: int) -> int:
        gc_peak = rgc.get_stat(rgc.STAT_PEAK_MEM)
        if gc_peak > self.peak_mark and gc_peak - self.baseline > self.peak:
            self.peak = gc_peak - self.baseline
        if current > self.peak:
            self.peak = current
        return self.peak


STATE = TraceState()


def tm_is_tracing(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(STATE.tracing)


def tm_start(slots: list[W_Root | None]) -> W_Root:
    w_n = slots[0]
    nframe = c_int_w(w_n) if w_n is not None else 1
    if nframe < 1 or nframe > MAX_NFRAME:
        raise operr(w_ValueError, "the number of frames must be in range [1; %d]" % MAX_NFRAME)
    STATE.nframe = nframe
    if not STATE.tracing:
        STATE.tracing = True
        STATE.restart()
    return w_None


def tm_stop(slots: list[W_Root | None]) -> W_Root:
    STATE.tracing = False
    return w_None


def tm_clear_traces(slots: list[W_Root | None]) -> W_Root:
    if STATE.tracing:
        STATE.restart()
    return w_None


def tm_get_traceback_limit(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(STATE.nframe)


def tm_get_traced_memory(slots: list[W_Root | None]) -> W_Root:
    if not STATE.tracing:
        return W_TupleObject([wrap_int(0), wrap_int(0)])
    current = STATE.current()
    return W_TupleObject([wrap_int(current), wrap_int(STATE.peak_now(current))])


def tm_reset_peak(slots: list[W_Root | None]) -> W_Root:
    if STATE.tracing:
        STATE.peak_mark = rgc.get_stat(rgc.STAT_PEAK_MEM)
        STATE.peak = STATE.current()
    return w_None


def tm_get_tracemalloc_memory(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(0)          # no per-block records are kept


def tm_get_traces(slots: list[W_Root | None]) -> W_Root:
    return newlist([])


def tm_get_object_traceback(slots: list[W_Root | None]) -> W_Root:
    return w_None


FUNCTIONS = [
    register(None, "is_tracing()", tm_is_tracing),
    register(None, "start(nframe=, /)", tm_start),
    register(None, "stop()", tm_stop),
    register(None, "clear_traces()", tm_clear_traces),
    register(None, "get_traceback_limit()", tm_get_traceback_limit),
    register(None, "get_traced_memory()", tm_get_traced_memory),
    register(None, "reset_peak()", tm_reset_peak),
    register(None, "get_tracemalloc_memory()", tm_get_tracemalloc_memory),
    register(None, "_get_traces()", tm_get_traces),
    register(None, "_get_object_traceback(obj, /)", tm_get_object_traceback),
]

for _f in FUNCTIONS:
    _f.doc = getattr(_cpython_tracemalloc, _f.name).__doc__


def make_module() -> W_Module:
    w_mod = W_Module("_tracemalloc", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str(_cpython_tracemalloc.__doc__ or ""))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    return w_mod


register_module("_tracemalloc", make_module)
