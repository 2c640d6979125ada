"""sys.addaudithook and sys.audit (PEP 578): the hooks a program adds are
called, in order, with each event the program or the pure-Python standard
library raises through sys.audit (glob.glob, shutil.copyfile,
subprocess.Popen, urllib.Request, ...).  The events CPython's C code raises
itself (open, import, exec, compile, object.__setattr__, ...) are not
raised by ouro's runtime.

Also sys.getdlopenflags/setdlopenflags: ouro loads no extension modules,
the flags are only kept (CPython's default, RTLD_NOW)."""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.exceptions import OperationError, operr, w_RuntimeError, w_TypeError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import Arguments, W_Root, type_name, w_None
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

RTLD_NOW = 2


class AuditState:
    hooks_w: list[W_Root]
    dlopenflags: int

    def __init__(self) -> None:
        self.hooks_w = []
        self.dlopenflags = RTLD_NOW


STATE = AuditState()


def sys_addaudithook(slots: list[W_Root | None]) -> W_Root:
    w_hook = slots[0]
    assert w_hook is not None
    # as CPython: the existing hooks are asked first ("sys.addaudithook"
    # event); a hook raising RuntimeError vetoes the new one silently
    try:
        audit_event("sys.addaudithook", [])
    except OperationError as e:
        if e.match(w_RuntimeError):
            return w_None
        raise
    STATE.hooks_w.append(w_hook)
    return w_None


def audit_event(event: str, args_w: list[W_Root]) -> None:
    """Calls every hook with (event, args tuple)."""
    if len(STATE.hooks_w) == 0:
        return
    w_event = space.wrap_str(event)
    w_args = W_TupleObject(args_w)
    for w_hook in list(STATE.hooks_w):
        space.call_function(w_hook, [w_event, w_args])


def sys_audit(args: Arguments) -> W_Root:
    if len(args.kw_names) > 0:
        raise operr(w_TypeError, "audit() takes no keyword arguments")
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "audit() missing 1 required positional argument: 'event'")
    w_event = args.args_w[0]
    if not isinstance(w_event, W_StrObject):
        raise operr(w_TypeError, "expected str for argument 'event', not %s"
                    % type_name(w_event))
    if len(STATE.hooks_w) == 0:
        return w_None
    audit_event(w_event.as_str(), args.args_w[1:])
    return w_None


def sys_getdlopenflags(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(STATE.dlopenflags)


def sys_setdlopenflags(slots: list[W_Root | None]) -> W_Root:
    w_flags = slots[0]
    assert w_flags is not None
    STATE.dlopenflags = space.int_of_w(w_flags)
    return w_None


FUNCTIONS = [
    register_raw(None, "audit", sys_audit),
    register(None, "addaudithook(hook)", sys_addaudithook),
    register(None, "getdlopenflags()", sys_getdlopenflags),
    register(None, "setdlopenflags(flags, /)", sys_setdlopenflags),
]
