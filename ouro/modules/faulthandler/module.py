"""The `faulthandler` module: Python tracebacks written straight to a file
descriptor, now (dump_traceback) or from a watchdog thread after a
timeout (dump_traceback_later), in CPython's format:

    Stack (most recent call first):
      File "prog.py", line 5 in f

What differs from CPython's Modules/faulthandler.c:
- enable() records the setting (is_enabled() reports it), but a fatal
  signal (SIGSEGV...) prints ouro's own "Fatal RPy error" message, not the
  Python traceback: the runtime's handler does not call back into the
  interpreter.
- Only the stack of the thread that asks is known (an ExecutionContext
  per thread, no table of them): with all_threads=True it is printed as
  the "Current thread" (CPython also lists the other threads).
- register(signum) dumps when the signal is handled by the eval loop (at
  the next safe point, as Python-level handlers run), not inside the C
  handler; chain=True then runs the Python-level handler set with
  signal.signal(), if any.
"""
from __future__ import annotations

import signal as _host_signal

from rpy.rlib import ros, rthread, rtime

from rpy.rlib import rsignal

from ouro.interpreter import frame as framemod
from ouro.interpreter import signals
from ouro.interpreter.frame import ExecutionContext, Frame
from ouro.interpreter.module import W_Module
from ouro.interpreter.output import OutputStream, write_text
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import (OperationError, operr, w_OverflowError, w_RuntimeError,
                                      w_ValueError)
from ouro.objspace.gateway import register
from ouro.objspace.intobject import W_IntObject, float_of_w
from ouro.objspace.model import W_Root, w_None

MAX_FRAME_DEPTH = 100       # as CPython: deeper stacks end with "  ..."


class FaultState:
    enabled: bool
    w_file: W_Root | None       # kept alive while enabled, as CPython does
    # dump_traceback_later's watchdog
    generation: int             # bumped to cancel the running watchdog
    later_fd: int
    later_w_file: W_Root | None
    later_ec: ExecutionContext | None
    later_ident: int
    later_timeout_us: int
    later_repeat: bool
    later_exit: bool

    def __init__(self) -> None:
        self.enabled = False
        self.w_file = None
        self.generation = 0
        self.later_fd = -1
        self.later_w_file = None
        self.later_ec = None
        self.later_ident = 0
        self.later_timeout_us = 0
        self.later_repeat = False
        self.later_exit = False


STATE = FaultState()


def file_fd(w_file: W_Root | None) -> int:
    """The descriptor to write to: an int, or a file's fileno() (the file
    flushed first, as CPython does); sys.stderr when not given."""
    if w_file is None or w_file is w_None:
        w_file = framemod.REFS.w_sys_dict.getitem_str("stderr")
        if w_file is None or w_file is w_None:
            raise operr(w_RuntimeError, "sys.stderr is None")
    if isinstance(w_file, W_IntObject):
        fd = space.int_of_w(w_file)
        if fd < 0:
            raise operr(w_ValueError, "file is not a valid file descriptor")
        return fd
    fd = space.int_of_w(space.call_method(w_file, "fileno", []))
    if fd < 0:
        raise operr(w_ValueError, "file is not a valid file descriptor")
    try:
        space.call_method(w_file, "flush", [])
    except OperationError:
        pass        # CPython ignores a failing flush too
    return fd


def write_all(fd: int, text: str) -> None:
    """text to fd at once (the interpreter's raw output stream's loop);
    an error writing is ignored, as CPython's faulthandler does."""
    out = OutputStream(fd, False, "backslashreplace")
    write_text(out, text)
    out.flush_quietly()


def format_stack(top: Frame | None) -> str:
    parts: list[str] = []
    f = top
    depth = 0
    while f is not None:
        if depth >= MAX_FRAME_DEPTH:
            parts.append("  ...\n")
            break
        co = f.pycode.co
        line = co.line_of(f.last_instr if f.last_instr >= 0 else 0)
        parts.append('  File "%s", line %d in %s\n' % (co.co_filename, line, co.co_name))
        f = f.back
        depth += 1
    if not parts:
        return "  <no Python frame>\n"
    return "".join(parts)


def thread_header(ident: int, current: bool) -> str:
    what = "Current thread" if current else "Thread"
    return "%s 0x%016x (most recent call first):\n" % (what, ident)


def dump(fd: int, ec: ExecutionContext, ident: int, all_threads: bool, current: bool) -> None:
    if all_threads:
        text = thread_header(ident, current)
    else:
        text = "Stack (most recent call first):\n"
    write_all(fd, text + format_stack(ec.topframe))


def _flag(w: W_Root | None, default: bool) -> bool:
    if w is None:
        return default
    return space.is_true(w)


def fh_enable(slots: list[W_Root | None]) -> W_Root:
    file_fd(slots[0])
    STATE.enabled = True
    STATE.w_file = slots[0]
    return w_None


def fh_disable(slots: list[W_Root | None]) -> W_Root:
    was = STATE.enabled
    STATE.enabled = False
    STATE.w_file = None
    return space.wrap_bool(was)


def fh_is_enabled(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(STATE.enabled)


def fh_dump_traceback(slots: list[W_Root | None]) -> W_Root:
    fd = file_fd(slots[0])
    dump(fd, framemod.get_ec(), rthread.get_ident(), _flag(slots[1], True), True)
    return w_None


def watchdog() -> None:
    """The thread of dump_traceback_later: sleeps (woken by any lock
    change, a cancel included) until the deadline, then dumps the stack
    of the thread that asked; ends when cancelled or after one dump
    unless repeat."""
    gen = STATE.generation
    deadline = rtime.monotonic() + STATE.later_timeout_us / 1e6
    while True:
        if STATE.generation != gen:
            return
        left = deadline - rtime.monotonic()
        if left > 0:
            rthread.wait_change(rthread.lock_seq(), int(left * 1e6) + 1)
            continue
        ec = STATE.later_ec
        if ec is None:
            return
        write_all(STATE.later_fd, timeout_header(STATE.later_timeout_us))
        dump(STATE.later_fd, ec, STATE.later_ident, True, False)
        if STATE.later_exit:
            ros.os_exit(1)
        if not STATE.later_repeat:
            return
        deadline = rtime.monotonic() + STATE.later_timeout_us / 1e6


def timeout_header(us: int) -> str:
    secs = us // 1000000
    frac = us % 1000000
    hms = "%d:%02d:%02d" % (secs // 3600, (secs // 60) % 60, secs % 60)
    if frac:
        hms += ".%06d" % frac
    return "Timeout (%s)!\n" % hms


def cancel_later() -> None:
    STATE.generation += 1
    STATE.later_ec = None
    STATE.later_w_file = None
    rthread.lock_changed()      # wake the watchdog, which sees the new generation


def fh_dump_traceback_later(slots: list[W_Root | None]) -> W_Root:
    w_timeout = slots[0]
    assert w_timeout is not None
    timeout = float_of_w(w_timeout)
    if not timeout > 0.0:
        raise operr(w_ValueError, "timeout must be greater than 0")
    timeout_us = int(timeout * 1e6)
    if timeout_us <= 0 or timeout > 9.2e12:
        raise operr(w_OverflowError, "timeout value is too large")
    fd = file_fd(slots[2])
    cancel_later()
    STATE.later_fd = fd
    STATE.later_w_file = slots[2]
    STATE.later_ec = framemod.get_ec()
    STATE.later_ident = rthread.get_ident()
    STATE.later_timeout_us = timeout_us
    STATE.later_repeat = _flag(slots[1], False)
    STATE.later_exit = _flag(slots[3], False)
    rthread.start_new_thread(watchdog, None)
    return w_None


def fh_cancel_dump_traceback_later(slots: list[W_Root | None]) -> W_Root:
    cancel_later()
    return w_None


class StackDumper(signals.DumpHook):
    def dump(self, fd: int, all_threads: bool) -> None:
        dump(fd, framemod.get_ec(), rthread.get_ident(), all_threads, True)


# the signals whose handler is enable()'s in CPython (a fatal error)
FATAL_SIGNALS = [int(getattr(_host_signal, n)) for n in ("SIGSEGV", "SIGFPE", "SIGABRT", "SIGBUS",
                                                        "SIGILL")]
KEPT_FILES_W: list[W_Root | None] = [None] * rsignal.NSIG


def _signum(w: W_Root | None) -> int:
    assert w is not None
    sig = space.int_of_w(w)
    if sig in FATAL_SIGNALS:
        raise operr(w_RuntimeError, "signal %d cannot be registered, use enable() instead" % sig)
    if sig < 1 or sig >= rsignal.NSIG:
        raise operr(w_ValueError, "signal number out of range")
    return sig


def fh_register(slots: list[W_Root | None]) -> W_Root:
    sig = _signum(slots[0])
    fd = file_fd(slots[1])
    if len(signals.STATE.dump_hook) == 0:
        signals.STATE.dump_hook.append(StackDumper())
    try:
        rsignal.install(sig)        # the signal is recorded, run_pending dumps
    except OSError:
        raise operr(w_RuntimeError, "signal %d cannot be registered" % sig)
    signals.STATE.dump_fd[sig] = fd
    signals.STATE.dump_all_threads[sig] = _flag(slots[2], True)
    signals.STATE.dump_chain[sig] = _flag(slots[3], False)
    KEPT_FILES_W[sig] = slots[1]
    return w_None


def fh_unregister(slots: list[W_Root | None]) -> W_Root:
    sig = _signum(slots[0])
    if signals.STATE.dump_fd[sig] < 0:
        return space.wrap_bool(False)
    signals.STATE.dump_fd[sig] = -1
    KEPT_FILES_W[sig] = None
    w_handler = signals.STATE.handlers_w[sig]
    if w_handler is None:
        rsignal.default(sig)        # no Python-level handler: back to the default
    elif isinstance(w_handler, W_IntObject):
        if w_handler.intval == int(_host_signal.SIG_IGN):
            rsignal.ignore(sig)
        else:
            rsignal.default(sig)
    return space.wrap_bool(True)


FUNCTIONS = [
    register(None, "enable(file=, all_threads=)", fh_enable),
    register(None, "disable()", fh_disable),
    register(None, "is_enabled()", fh_is_enabled),
    register(None, "dump_traceback(file=, all_threads=)", fh_dump_traceback),
    register(None, "dump_traceback_later(timeout, repeat=, file=, exit=)",
             fh_dump_traceback_later),
    register(None, "cancel_dump_traceback_later()", fh_cancel_dump_traceback_later),
    register(None, "register(signum, file=, all_threads=, chain=)", fh_register),
    register(None, "unregister(signum, /)", fh_unregister),
]


def make_module() -> W_Module:
    w_mod = W_Module("faulthandler", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str("faulthandler module."))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    return w_mod


register_module("faulthandler", make_module)
