"""What the death of a Python object requires, done at a safe point.

The GC queues the registered objects it finds unreachable
(ouro/objspace/finalizerqueue.py says which are registered) and never runs
Python code itself.  Queuing sets the flag that the eval loop polls for
signals (`rsignal.pending()`, at backward jumps and on entering a frame),
so ouro/interpreter/signals.py's run_pending() calls run_pending() here at
no extra cost to the loop; so do gc.collect() and calling a weak
reference.  At the end of the program everything still registered is
finalized (at_exit).  For each
dead object, as CPython's deallocation does:
  - a generator: its weak references are cleared (callbacks called), then
    it is closed (GeneratorExit at the yield it is suspended at: its
    `finally` blocks run);
  - an instance of a class with __del__: __del__ runs, then its weak
    references are cleared and their callbacks called;
  - anything else: its weak references;
and then what the object holds outside the GC heap is released
(W_Root.release_resources: zlib streams).
Errors are printed as CPython's unraisable hook does ("Exception ignored
in: ..." and the traceback) and do not propagate.

Timing differs from CPython's, whose reference counting finalizes an
object as soon as its last reference goes: here it happens after the
next collection that finds it dead (PyPy behaves the same).  gc.collect()
is the point where both agree.  __del__ runs once per object; an object
that __del__ stores somewhere lives on, but its weak references are
cleared anyway.
"""
from __future__ import annotations

from rpy.rlib import rgc

from ouro.interpreter.generator import W_Generator
from ouro.interpreter.unraisable import write_unraisable
from ouro.objspace import space
from ouro.objspace.exceptions import OperationError
from ouro.objspace.finalizerqueue import FQ
from ouro.objspace.model import W_Root
from ouro.objspace.weakrefs import W_WeakRef, clear_weakrefs


class FinalizerState:
    running: bool       # run_pending is active (finalizers do not nest)
    finalizing: bool    # the interpreter is shutting down (sys.is_finalizing)

    def __init__(self) -> None:
        self.running = False
        self.finalizing = False


STATE = FinalizerState()


def run_pending() -> int:
    """Finalizes the objects the GC queued; returns how many."""
    if STATE.running:
        return 0
    STATE.running = True
    count = 0
    try:
        while True:
            w_obj = rgc.next_dead(FQ)
            if w_obj is None:
                break
            finalize(w_obj)
            count += 1
    finally:
        STATE.running = False
    return count


def at_exit() -> None:
    """The end of the program (after the atexit functions): what already
    died, then everything still registered, oldest first: CPython, whose
    shutdown clears the modules and collects, finalizes most objects left
    too (in the order the globals are cleared, often the same)."""
    run_pending()
    STATE.finalizing = True     # as CPython's _Py_Finalizing: after atexit
    rgc.enqueue_all(FQ)
    run_pending()


def collect() -> None:
    """gc.collect(): collect, finalize, and again while finalizers ran (what
    they dropped dies in the next round, as it would at once in CPython)."""
    rounds = 0
    while True:
        rgc.collect()
        rounds += 1
        if run_pending() == 0 or rounds >= 8:
            break


def finalize(w_obj: W_Root) -> None:
    if isinstance(w_obj, W_Generator):
        call_callbacks(clear_weakrefs(w_obj))
        try:
            w_obj.close()
        except OperationError as e:
            unraisable(e, w_obj)
        return
    w_type = w_obj.getclass()
    if w_type.defines_del():
        w_del = w_type.lookup("__del__")
        if w_del is not None:
            try:
                space.call_function(w_del, [w_obj])
            except OperationError as e:
                unraisable(e, w_del)
    call_callbacks(clear_weakrefs(w_obj))
    w_obj.release_resources()


def call_callbacks(refs: list[W_WeakRef]) -> None:
    for w_ref in refs:
        w_cb = w_ref.w_callback
        if w_cb is None:
            continue
        try:
            space.call_function(w_cb, [w_ref])
        except OperationError as e:
            unraisable(e, w_cb)


def unraisable(e: OperationError, w_where: W_Root) -> None:
    """Through sys.unraisablehook, as CPython's PyErr_WriteUnraisable."""
    write_unraisable(e, None, w_where)
