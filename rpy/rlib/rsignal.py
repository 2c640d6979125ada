"""Signals for RPy programs, polled.

A signal handled by the program is only recorded when it arrives (the C
handler sets a pending flag); the program asks `pending()` at the places
where it can safely run code (an interpreter: between bytecodes, on
backward jumps and calls) and then `take()`s the pending signal numbers one
by one.  `install(sig)` makes `sig` recorded, `default(sig)` and
`ignore(sig)` restore SIG_DFL / set SIG_IGN; `disposition(sig)` tells
what a signal does now (DISP_*).  A blocking sleep returns early when a
recorded signal arrives; ros.read and ros.write raise OSError EINTR
when one interrupted them (the handler is installed without SA_RESTART),
for the program to take it and retry (PEP 475), as do the waits of
rsocket and rprocess.waitpid; the runtime's other blocking calls retry
by themselves.

Untranslated, the same functions work through CPython's signal module.
"""
from __future__ import annotations

import os as _os
import signal as _signal
from typing import Any

NSIG = int(_signal.NSIG)

# disposition(sig)
DISP_DEFAULT = 0
DISP_IGNORE = 1
DISP_RECORDED = 2       # install()ed by this program
DISP_OTHER = 3          # a handler this program did not install

SIGINT = int(_signal.SIGINT)
SIGPIPE = int(_signal.SIGPIPE)
SIGXFSZ = int(_signal.SIGXFSZ)


class _State:
    pending: list[int] = []
    installed: set[int] = set()
    # rgc's finalizer queues set it too (the safe-point flag); take() clears it
    action: list[bool] = [False]
    wakeup_fd = -1
    in_wait = False      # inside an rsocket wait: a signal ends it with EINTR


def _record(sig: int, frame: Any) -> None:
    _State.pending.append(sig)
    if _State.wakeup_fd >= 0:
        try:
            _os.write(_State.wakeup_fd, bytes([sig]))
        except OSError:
            pass
    if _State.in_wait:
        # CPython retries an interrupted select/poll itself (PEP 475); the
        # C runtime returns EINTR to the program, so raise it here
        _State.in_wait = False
        raise InterruptedError(4, _os.strerror(4))


def set_wakeup_fd(fd: int) -> None:
    """From now on, a recorded signal also writes its number as one byte to
    fd (-1: to nothing), waking up a select()/poll() that waits on it."""
    _State.wakeup_fd = fd


def install(sig: int) -> None:
    """From now on, `sig` is recorded (OSError for SIGKILL and the like)."""
    _signal.signal(sig, _record)
    _State.installed.add(sig)


def default(sig: int) -> None:
    _signal.signal(sig, _signal.SIG_DFL)
    _State.installed.discard(sig)


def ignore(sig: int) -> None:
    _signal.signal(sig, _signal.SIG_IGN)
    _State.installed.discard(sig)


def disposition(sig: int) -> int:
    h = _signal.getsignal(sig)
    # CPython's own SIGINT handler stands for the default a fresh process has
    if h == _signal.SIG_DFL or h is _signal.default_int_handler:
        return DISP_DEFAULT
    if h == _signal.SIG_IGN:
        return DISP_IGNORE
    if sig in _State.installed:
        return DISP_RECORDED
    return DISP_OTHER


def pending() -> bool:
    """Whether a recorded signal waits to be taken, or a collection queued
    objects in an rgc.FinalizerQueue since the last take() (the program's
    safe-point flag; cheap: one load)."""
    return len(_State.pending) > 0 or _State.action[0]


def take() -> int:
    """The next recorded signal, or -1 when none is pending (which also
    clears the flag the finalizer queues set)."""
    if len(_State.pending) == 0:
        _State.action[0] = False
        return -1
    return _State.pending.pop(0)


def is_valid(sig: int) -> bool:
    """Whether `sig` is a signal number of this system (signal.valid_signals())."""
    return sig in _signal.valid_signals()


def alarm(seconds: int) -> int:
    return _signal.alarm(seconds)


def pause() -> None:
    _signal.pause()


def raise_signal(sig: int) -> None:
    """raise(3): OSError if `sig` is not valid."""
    _signal.raise_signal(sig)


def strsignal(sig: int) -> str:
    """The system's description of `sig` ("" if it has none)."""
    s = _signal.strsignal(sig)
    return s if s is not None else ""

