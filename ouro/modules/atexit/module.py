"""The `atexit` module: functions registered to run when the interpreter
exits (ouro/interpreter/main.py calls run_exitfuncs after the program,
uncaught exception included), last registered first, as CPython's
Modules/atexitmodule.c.  An exception in one goes to sys.unraisablehook
("Exception ignored in atexit callback: <func>") and the others still run.
"""
from __future__ import annotations

from ouro.interpreter.module import W_Module
from ouro.interpreter.unraisable import write_unraisable
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import OperationError, operr, w_TypeError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import Arguments, W_Root, w_None


class Callback:
    w_func: W_Root
    args: Arguments

    def __init__(self, w_func: W_Root, args: Arguments) -> None:
        self.w_func = w_func
        self.args = args


class AtexitState:
    callbacks: list[Callback | None]

    def __init__(self) -> None:
        self.callbacks = []


STATE = AtexitState()


def run_exitfuncs() -> None:
    """Calls the registered functions, last first, and forgets them."""
    callbacks = STATE.callbacks
    STATE.callbacks = []
    i = len(callbacks) - 1
    while i >= 0:
        cb = callbacks[i]
        i -= 1
        if cb is None:
            continue
        try:
            space.call_args(cb.w_func, cb.args)
        except OperationError as e:
            write_unraisable(e, "Exception ignored in atexit callback", cb.w_func)


def atexit_register(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "register() takes at least 1 argument (0 given)")
    w_func = args.args_w[0]
    if not space.callable_w(w_func):
        raise operr(w_TypeError, "the first argument must be callable")
    STATE.callbacks.append(Callback(w_func, Arguments(args.args_w[1:], args.kw_names,
                                                      args.kw_values_w)))
    return w_func


def atexit_unregister(slots: list[W_Root | None]) -> W_Root:
    w_func = slots[0]
    assert w_func is not None
    callbacks = STATE.callbacks
    for i in range(len(callbacks)):
        cb = callbacks[i]
        if cb is not None and space.eq_w(cb.w_func, w_func):
            callbacks[i] = None
    return w_None


def atexit_run_exitfuncs(slots: list[W_Root | None]) -> W_Root:
    run_exitfuncs()
    return w_None


def atexit_clear(slots: list[W_Root | None]) -> W_Root:
    STATE.callbacks = []
    return w_None


def atexit_ncallbacks(slots: list[W_Root | None]) -> W_Root:
    n = 0
    for cb in STATE.callbacks:
        if cb is not None:
            n += 1
    return wrap_int(n)


FUNCTIONS = [
    register_raw(None, "register", atexit_register),
    register(None, "unregister(func, /)", atexit_unregister),
    register(None, "_run_exitfuncs(/)", atexit_run_exitfuncs),
    register(None, "_clear(/)", atexit_clear),
    register(None, "_ncallbacks(/)", atexit_ncallbacks),
]


def make_module() -> W_Module:
    w_mod = W_Module("atexit", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str(
        "allow programmer to define multiple exit functions to be executed\n"
        "upon normal program termination.\n\nTwo public functions, register and "
        "unregister, are defined.\n"))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    return w_mod


register_module("atexit", make_module)
