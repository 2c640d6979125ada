"""OS threads for RPy programs, with a global interpreter lock (GIL).

One thread runs RPy code at a time; the others wait for the GIL or sit in
a blocking call that released it (sleep, reads, waits: the C runtime
releases it around them, rpy/c/runtime/threads.c).  Translated, a single-
threaded program pays nothing: the GIL exists from the first
`start_new_thread` on.

- `start_new_thread(func, local)`: runs `func()` (a top-level function
  without arguments returning None, which must handle its exceptions) in
  a new OS thread whose thread-local slot starts as `local`; returns the
  thread's ident, or -1 if it could not be started.
- `get_local()` / `set_local(ref)`: the running thread's GC-ref slot (a
  root of the GC: the program keeps its per-thread state there).
- `gil_yield_requested()`: another thread waits for the GIL (also sets the
  rsignal.pending() flag, so an interpreter notices it where it polls
  signals); `gil_yield()` then gives it away and takes it back.
- `lock_seq()` / `wait_change(seq, timeout_us)` / `lock_changed()`: the
  parts to build locks on: the program keeps a lock's state in its own
  objects (changed under the GIL); a thread that must wait takes
  `lock_seq()` after finding the lock taken, then `wait_change` sleeps
  without the GIL until some `lock_changed()` (called after every release)
  or the timeout: 1 changed, 0 timed out, -1 a signal is pending (main
  thread only: run the handlers, then wait again).
- `get_ident()`, `get_native_id()`, `is_main_thread()`, `count()` (threads
  started and not finished), `set_stack_size(n)` (-1 if too small; returns
  the old size, 0 = default), `set_switch_interval(us)` /
  `get_switch_interval()`, `finalize()` (at exit: threads still running
  never get the GIL again).

Untranslated, the same API runs on CPython's threads with a Python lock as
the GIL.
"""
from __future__ import annotations

import os as _os
import threading as _threading
import time as _time
from typing import Any, Callable, TypeVar

from rpy.rlib.rgcref import GCRef


class _State:
    gil = _threading.Lock()
    started = False
    local = _threading.local()
    main_local: Any = None
    cond = _threading.Condition(_threading.Lock())
    seq = 0
    count = 0
    interval_us = 5000
    stack_size = 0
    waiting = 0
    finalizing = False
    main_ident = _threading.get_ident()


def _release() -> bool:
    if _State.started:
        _State.gil.release()
        return True
    return False


def _acquire(held: bool) -> None:
    if held:
        _State.gil.acquire()


def start_new_thread(func: Callable[[], None], local: GCRef | None) -> int:
    if not _State.started:
        _State.started = True
        _State.gil.acquire()

    def body() -> None:
        _State.gil.acquire()
        _State.local.value = local
        try:
            func()
        finally:
            _State.count -= 1
            _State.gil.release()
    t = _threading.Thread(target=body, daemon=True)
    _State.count += 1
    t.start()
    return t.ident or 0


def get_local() -> GCRef | None:
    if _threading.get_ident() == _State.main_ident:
        return _State.main_local  # type: ignore[no-any-return]
    return getattr(_State.local, 'value', None)


T = TypeVar('T')


def get_local_instance(cls: type[T]) -> T | None:
    """get_local() as an instance of cls, without a run-time check when
    translated: the program must store only instances of cls (or None)
    in the slot (checked untranslated)."""
    ref = get_local()
    if ref is not None and not isinstance(ref, cls):
        raise TypeError('get_local_instance: %r is not a %s' % (ref, cls.__name__))
    return ref  # type: ignore[return-value]


def set_local(ref: GCRef | None) -> None:
    if _threading.get_ident() == _State.main_ident:
        _State.main_local = ref
    else:
        _State.local.value = ref


def gil_yield_requested() -> bool:
    return _State.started


def gil_yield() -> None:
    if _State.started:
        _State.gil.release()
        _time.sleep(0)
        _State.gil.acquire()


def clear_pending_flag() -> None:
    """In a thread other than the main one, after gil_yield/finalizers:
    clears the rsignal.pending() flag unless a signal waits (for the main
    thread to take it), so the other threads' safe points stop stopping."""


def lock_seq() -> int:
    return _State.seq


def lock_changed() -> None:
    with _State.cond:
        _State.seq += 1
        _State.cond.notify_all()


def wait_change(seq: int, timeout_us: int) -> int:
    held = _release()
    try:
        deadline = None if timeout_us < 0 else _time.monotonic() + timeout_us / 1e6
        with _State.cond:
            while _State.seq == seq:
                left = None if deadline is None else deadline - _time.monotonic()
                if left is not None and left <= 0:
                    return 0
                _State.cond.wait(left if left is not None else 0.05)
        return 1
    finally:
        _acquire(held)


def get_ident() -> int:
    return _threading.get_ident()


def get_native_id() -> int:
    return _threading.get_native_id()


def is_main_thread() -> bool:
    return _threading.get_ident() == _State.main_ident


def count() -> int:
    return _State.count


def set_stack_size(size: int) -> int:
    if size != 0 and size < 32768:
        return -1
    old = _State.stack_size
    _State.stack_size = size
    return old


def set_switch_interval(us: int) -> None:
    _State.interval_us = max(us, 1)


def get_switch_interval() -> int:
    return _State.interval_us


def finalize() -> None:
    _State.finalizing = True


def release_gil() -> bool:
    """Untranslated only (the C runtime does it around blocking calls):
    whether the GIL was released (then call acquire_gil)."""
    return _release()


def acquire_gil(held: bool) -> None:
    _acquire(held)


_unused = [_os]
