"""Exceptions nobody can catch (raised in a __del__, a weakref callback, a
finalizer, an atexit function): reported through sys.unraisablehook, as
CPython's PyErr_WriteUnraisable.  The hook gets a sys.UnraisableHookArgs
(exc_type, exc_value, exc_traceback, err_msg, object); the default one
(sys.__unraisablehook__) writes "Exception ignored in: <object repr>" and
the traceback to sys.stderr.  A hook that raises is reported by the
default one, as CPython does.
"""
from __future__ import annotations

from ouro.interpreter import frame as framemod
from ouro.interpreter.output import STDERR, STDOUT, write_text
from ouro.interpreter.traceback import format_uncaught
from ouro.modules.posix.structseq import make_structseq, new_structseq
from ouro.objspace import space
from ouro.objspace.exceptions import OperationError, W_BaseException
from ouro.objspace.gateway import register
from ouro.objspace.model import W_Root, W_TypeObject, w_None

UNRAISABLE_ARGS = make_structseq("UnraisableHookArgs", "sys",
                                 ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"],
                                 5)


def _attr(w_args: W_Root, name: str) -> W_Root:
    w = space.getattr_or_none(w_args, name)
    if w is None:
        return w_None
    return w


def default_text(w_args: W_Root) -> str:
    w_type = _attr(w_args, "exc_type")
    w_value = _attr(w_args, "exc_value")
    w_msg = _attr(w_args, "err_msg")
    w_obj = _attr(w_args, "object")
    msg = "Exception ignored in" if w_msg is w_None else space.str_of_w(w_msg)
    if w_obj is w_None:
        text = msg + "\n"
    else:
        try:
            text = "%s: %s\n" % (msg, space.repr_str(w_obj))
        except OperationError:
            text = "%s: <object repr() failed>\n" % msg
    if isinstance(w_value, W_BaseException):
        text += format_uncaught(w_value)
    elif isinstance(w_type, W_TypeObject):
        text += w_type.name + "\n"
    return text


def write_stderr(text: str) -> None:
    """To sys.stderr (nothing if it is None), else to the process's fd 2."""
    STDOUT.flush_quietly()
    w_err = framemod.REFS.w_sys_dict.getitem_str("stderr")
    if w_err is None:
        write_text(STDERR, text)
        STDERR.flush_quietly()
        return
    if w_err is w_None:
        return
    try:
        space.call_method(w_err, "write", [space.wrap_str(text)])
        space.call_method(w_err, "flush", [])
    except OperationError:
        write_text(STDERR, text)
        STDERR.flush_quietly()


def sys_unraisablehook(slots: list[W_Root | None]) -> W_Root:
    w_args = slots[0]
    assert w_args is not None
    write_stderr(default_text(w_args))
    return w_None


W_DEFAULT_HOOK = register(None, "unraisablehook(unraisable, /)", sys_unraisablehook)


def hook_args(w_value: W_BaseException, err_msg: str | None, w_obj: W_Root | None) -> W_Root:
    w_tb = _attr(w_value, "__traceback__")
    w_msg: W_Root = w_None
    if err_msg is not None:
        w_msg = space.wrap_str(err_msg)
    w_object: W_Root = w_None
    if w_obj is not None:
        w_object = w_obj
    return new_structseq(UNRAISABLE_ARGS, [space.type_of(w_value), w_value, w_tb, w_msg,
                                           w_object])


def write_unraisable(e: OperationError, err_msg: str | None, w_obj: W_Root | None) -> None:
    """Report e (caught where nothing could handle it) through
    sys.unraisablehook.  err_msg None: "Exception ignored in"."""
    w_value = e.w_value
    w_args = hook_args(w_value, err_msg, w_obj)
    w_hook = framemod.REFS.w_sys_dict.getitem_str("unraisablehook")
    if w_hook is None or w_hook is w_None or w_hook is W_DEFAULT_HOOK:
        write_stderr(default_text(w_args))
        return
    try:
        space.call_function(w_hook, [w_args])
    except OperationError as e2:
        write_stderr(default_text(hook_args(e2.w_value, "Exception ignored in sys.unraisablehook",
                                            w_hook)))
