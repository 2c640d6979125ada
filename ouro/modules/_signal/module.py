"""The `_signal` module (what the standard library's `signal` wraps), on
rpy.rlib.rsignal's polled signals.

A Python handler does not run inside the C signal handler: the signal is
recorded, and the eval loop calls the handler on its next backward jump
or call (ouro/interpreter/signals.py).  SIGINT's handler at startup is default_int_handler, which
raises KeyboardInterrupt; an uncaught KeyboardInterrupt ends the process
by SIGINT after the traceback (ouro/interpreter/main.py), so the shell sees
status 130 as with CPython.

Provided: signal, getsignal, default_int_handler, raise_signal, strsignal,
valid_signals, alarm, pause, set_wakeup_fd (the C handler writes the
signal number to the fd as a byte, as CPython's; a full fd loses it
silently: no warn_on_full_buffer warning), siginterrupt (accepted), and the SIG* constants of the platform.
Not provided: setitimer/getitimer, pthread_sigmask, sigwait and friends.
"""
from __future__ import annotations

import signal as _host_signal

from rpy.rlib import ros, rsignal, rsocket, rthread

from ouro.interpreter import signals
from ouro.interpreter.module import W_Module
from ouro.objspace import space
from ouro.objspace.exceptions import (OperationError, operr, operr_noarg, w_KeyboardInterrupt,
                                      w_TypeError, w_ValueError)
from ouro.objspace.gateway import register
from ouro.objspace.intobject import W_IntObject, wrap_int
from ouro.objspace.model import W_Root, w_None
from ouro.objspace.setobject import W_SetObject, set_add_key
from ouro.objspace.strobject import c_int_w
from ouro.modules.posix.errors import oserror_errno

SIG_DFL = 0
SIG_IGN = 1
EINVAL = 22


def _signal_names() -> list[tuple[str, int]]:
    """The SIG* numbers of this platform (Linux), taken at load time."""
    result: list[tuple[str, int]] = []
    for name in dir(_host_signal):
        if name.startswith("SIG") and not name.startswith("SIG_"):
            value = getattr(_host_signal, name)
            result.append((name, int(value)))
    for name in ["SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"]:
        result.append((name, int(getattr(_host_signal, name))))
    return result


SIGNAL_NAMES = _signal_names()


class WakeupState:
    fd: int

    def __init__(self) -> None:
        self.fd = -1


WAKEUP = WakeupState()


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def _signum(w: W_Root) -> int:
    sig = c_int_w(w)
    if sig < 1 or sig >= rsignal.NSIG:
        raise operr(w_ValueError, "signal number out of range")
    return sig


def _handler_of(sig: int) -> W_Root:
    """getsignal(): the handler set from Python, else what the process
    inherited (SIG_DFL, SIG_IGN, or None for a foreign C handler)."""
    w = signals.STATE.handlers_w[sig]
    if w is not None:
        return w
    d = rsignal.disposition(sig)
    if d == rsignal.DISP_DEFAULT or (d == rsignal.DISP_RECORDED and signals.STATE.dump_fd[sig] >= 0):
        # (a signal that only faulthandler.register() records: CPython's
        # signal module still has the SIG_DFL it found at startup)
        return wrap_int(SIG_DFL)
    if d == rsignal.DISP_IGNORE:
        return wrap_int(SIG_IGN)
    return w_None


def signal_signal(slots: list[W_Root | None]) -> W_Root:
    sig = _signum(_req(slots, 0))
    w_handler = _req(slots, 1)
    if not rthread.is_main_thread():
        raise operr(w_ValueError, "signal only works in main thread of the main interpreter")
    w_old = _handler_of(sig)
    try:
        if isinstance(w_handler, W_IntObject) and w_handler.intval == SIG_IGN:
            rsignal.ignore(sig)
        elif isinstance(w_handler, W_IntObject) and w_handler.intval == SIG_DFL:
            rsignal.default(sig)
        elif space.callable_w(w_handler):
            rsignal.install(sig)
        else:
            raise operr(w_TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                        "or a callable object")
    except OSError:
        raise oserror_errno(EINVAL)
    signals.STATE.handlers_w[sig] = w_handler
    # the new disposition replaces faulthandler.register()'s, as CPython's
    # sigaction() does: no more traceback dumps on this signal
    signals.STATE.dump_fd[sig] = -1
    return w_old


def signal_getsignal(slots: list[W_Root | None]) -> W_Root:
    return _handler_of(_signum(_req(slots, 0)))


def signal_default_int_handler(slots: list[W_Root | None]) -> W_Root:
    raise operr_noarg(w_KeyboardInterrupt)


def signal_raise_signal(slots: list[W_Root | None]) -> W_Root:
    sig = c_int_w(_req(slots, 0))
    try:
        rsignal.raise_signal(sig)
    except OSError:
        raise oserror_errno(EINVAL)
    signals.run_pending()
    return w_None


def signal_strsignal(slots: list[W_Root | None]) -> W_Root:
    sig = _signum(_req(slots, 0))
    s = rsignal.strsignal(sig)
    if s == "" or s.startswith("Unknown signal") or s.startswith("Real-time signal"):
        return w_None
    return space.wrap_str(s)


def signal_valid_signals(slots: list[W_Root | None]) -> W_Root:
    w_set = W_SetObject()
    sig = 1
    while sig < rsignal.NSIG:
        if rsignal.is_valid(sig):
            set_add_key(w_set, wrap_int(sig))
        sig += 1
    return w_set


def signal_alarm(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(rsignal.alarm(c_int_w(_req(slots, 0))))


def signal_pause(slots: list[W_Root | None]) -> W_Root:
    rsignal.pause()
    signals.run_pending()
    return w_None


def signal_set_wakeup_fd(slots: list[W_Root | None]) -> W_Root:
    fd = c_int_w(_req(slots, 0))
    if not rthread.is_main_thread():
        raise operr(w_ValueError, "set_wakeup_fd only works in main thread of the main interpreter")
    if fd != -1:
        # CPython's checks: an open descriptor, in non-blocking mode
        try:
            ros.fstat_into(fd)
            blocking = rsocket.get_blocking(fd)
        except OSError:
            raise oserror_errno(ros.get_errno())
        if blocking:
            raise operr(w_ValueError, "the fd %d must be in non-blocking mode" % fd)
    old = WAKEUP.fd
    WAKEUP.fd = fd
    rsignal.set_wakeup_fd(fd)
    return wrap_int(old)


def signal_siginterrupt(slots: list[W_Root | None]) -> W_Root:
    _signum(_req(slots, 0))
    c_int_w(_req(slots, 1))
    return w_None


def signal_pthread_kill(slots: list[W_Root | None]) -> W_Root:
    # one thread: the main thread is the only target
    sig = c_int_w(_req(slots, 1))
    try:
        ros.kill(ros.getpid(), sig)
    except OSError:
        raise oserror_errno(ros.get_errno())
    signals.run_pending()
    return w_None


FUNCTIONS = [
    register(None, "signal(signalnum, handler, /)", signal_signal),
    register(None, "getsignal(signalnum, /)", signal_getsignal),
    register(None, "default_int_handler(signalnum, frame, /)", signal_default_int_handler),
    register(None, "raise_signal(signalnum, /)", signal_raise_signal),
    register(None, "strsignal(signalnum, /)", signal_strsignal),
    register(None, "valid_signals()", signal_valid_signals),
    register(None, "alarm(seconds, /)", signal_alarm),
    register(None, "pause()", signal_pause),
    register(None, "set_wakeup_fd(fd, /, *, warn_on_full_buffer=)", signal_set_wakeup_fd),
    register(None, "siginterrupt(signalnum, flag, /)", signal_siginterrupt),
    register(None, "pthread_kill(thread_id, signalnum, /)", signal_pthread_kill),
]
DEFAULT_INT_HANDLER = FUNCTIONS[2]


def install_startup_handlers() -> None:
    """At startup, as CPython: SIGINT raises KeyboardInterrupt (unless the
    process was started with SIGINT ignored); SIGPIPE and SIGXFSZ are
    ignored, so that writing into a closed pipe or past the file size limit
    raises an OSError (BrokenPipeError) instead of killing the process
    (subprocess restores them in its children: procs.c)."""
    for sig in [rsignal.SIGPIPE, rsignal.SIGXFSZ]:
        try:
            rsignal.ignore(sig)
        except OSError:
            pass
    if rsignal.disposition(rsignal.SIGINT) == rsignal.DISP_DEFAULT:
        try:
            rsignal.install(rsignal.SIGINT)
            signals.STATE.handlers_w[rsignal.SIGINT] = DEFAULT_INT_HANDLER
        except OSError:
            pass


def exit_by_sigint() -> None:
    """After an uncaught KeyboardInterrupt: die by SIGINT, as CPython does,
    so that the parent sees the signal (a shell: status 130)."""
    try:
        rsignal.default(rsignal.SIGINT)
        ros.kill(ros.getpid(), rsignal.SIGINT)
    except OSError:
        pass


def make_module() -> W_Module:
    w_mod = W_Module("_signal", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str("This module provides mechanisms to use signal "
                                            "handlers in Python."))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    for name, value in SIGNAL_NAMES:
        d.setitem_str(name, wrap_int(value))
    d.setitem_str("SIG_DFL", wrap_int(SIG_DFL))
    d.setitem_str("SIG_IGN", wrap_int(SIG_IGN))
    d.setitem_str("NSIG", wrap_int(rsignal.NSIG))
    return w_mod


_unused = [OperationError]
