"""Python-level signal handlers, run by the eval loop (and the finalizers
of dead objects, ouro/interpreter/finalizers.py, at the same safe points).

The C handler only records a signal (rpy/rlib/rsignal.py); the eval loop
(ouro/interpreter/frame.py) checks `rsignal.pending()` on backward jumps
and on entering a frame, as CPython's eval breaker does, and then calls
run_pending(), which calls the handlers that the `_signal` module
(ouro/modules/_signal/) registered here.  A handler's exception (the
KeyboardInterrupt of default_int_handler) propagates from the instruction
the program was at.
"""
from __future__ import annotations

from rpy.rlib import rgc, rsignal, rthread

from ouro.interpreter import finalizers
from ouro.interpreter import frame as framemod
from ouro.objspace import space
from ouro.objspace.intobject import W_IntObject, wrap_int
from ouro.objspace.model import W_Root, w_None


class SignalState:
    # the Python-level handler of each signal: None until set from Python
    handlers_w: list[W_Root | None]
    # faulthandler.register(): per signal, the descriptor its arrival dumps
    # the stack to (-1: none), whether with the thread header, and whether
    # the Python-level handler still runs after (chain)
    dump_fd: list[int]
    dump_all_threads: list[bool]
    dump_chain: list[bool]
    dump_hook: list[DumpHook]

    def __init__(self) -> None:
        self.handlers_w = [None] * rsignal.NSIG
        self.dump_fd = [-1] * rsignal.NSIG
        self.dump_all_threads = [False] * rsignal.NSIG
        self.dump_chain = [False] * rsignal.NSIG
        self.dump_hook = []


class DumpHook:
    """What faulthandler installs: writes the stack (one method, so that
    this module does not import the faulthandler module)."""

    def dump(self, fd: int, all_threads: bool) -> None:
        raise NotImplementedError


STATE = SignalState()


def after_partial_write() -> None:
    """After a write that wrote less than asked, which a signal may have cut
    short (write(2)): the handler runs (and may raise) now, where CPython's
    eval loop would run it right after the call, and before a buffered
    writer blocks again, maybe for ever, on the rest."""
    if rsignal.pending():
        run_pending()


def run_pending() -> None:
    """At a safe point, when rsignal.pending(): give the GIL to a thread
    that asked for it, run the finalizers of dead objects, and, in the main
    thread only (as CPython), the handlers of the signals that arrived."""
    if rthread.gil_yield_requested():
        rthread.gil_yield()
    if rgc.finalizers_pending():
        finalizers.run_pending()
    if not rthread.is_main_thread():
        # the flag stays set only while a signal waits for the main thread
        rthread.clear_pending_flag()
        return
    while rsignal.pending():
        sig = rsignal.take()
        if sig < 0:
            return
        fd = STATE.dump_fd[sig]
        if fd >= 0 and len(STATE.dump_hook) > 0:
            STATE.dump_hook[0].dump(fd, STATE.dump_all_threads[sig])
            if not STATE.dump_chain[sig]:
                continue
        w_handler = STATE.handlers_w[sig]
        if w_handler is None or isinstance(w_handler, W_IntObject):
            continue
        w_frame: W_Root = w_None
        f = framemod.get_ec().topframe
        if f is not None:
            w_frame = f
        space.call_function(w_handler, [wrap_int(sig), w_frame])
