"""The built-ins aiter() and anext() (CPython 3.10+, Objects/iterobject.c's
anext_awaitable): anext(it) is it.__anext__(); anext(it, default) wraps
that awaitable so that a StopAsyncIteration at its end becomes the
default value (a StopIteration carrying it)."""
from __future__ import annotations

from ouro.interpreter.generator import W_Generator, get_awaitable
from ouro.objspace import space
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_TypeError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_object_type)

w_anext_awaitable_type = make_builtin_type("anext_awaitable", [w_object_type], LAYOUT_OTHER)


def b_aiter(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    w_meth = space.lookup(w, "__aiter__")
    if w_meth is None:
        raise operr(w_TypeError, "'%s' object is not an async iterable" % type_name(w))
    w_it = space.call_found_special(w_meth, w, [])
    if space.lookup(w_it, "__anext__") is None:
        raise operr(w_TypeError, "aiter() returned not an async iterator of type '%s'"
                    % type_name(w_it))
    return w_it


def b_anext(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    w_meth = space.lookup(w, "__anext__")
    if w_meth is None:
        raise operr(w_TypeError, "'%s' object is not an async iterator" % type_name(w))
    w_aw = space.call_found_special(w_meth, w, [])
    w_default = slots[1]
    if w_default is None:
        return w_aw
    return W_ANextAwaitable(w_aw, w_default)


class W_ANextAwaitable(W_Root):
    w_wrapped: W_Root             # what __anext__ returned
    w_default: W_Root
    w_iter: W_Root | None         # its __await__ iterator, once asked

    def __init__(self, w_wrapped: W_Root, w_default: W_Root) -> None:
        self.w_wrapped = w_wrapped
        self.w_default = w_default
        self.w_iter = None

    def getclass(self) -> W_TypeObject:
        return w_anext_awaitable_type

    def get_iter(self) -> W_Root:
        w_it = self.w_iter
        if w_it is None:
            w_it = get_awaitable(self.w_wrapped, 0)
            self.w_iter = w_it
        return w_it

    def fix_error(self, e: OperationError) -> OperationError:
        """StopAsyncIteration from the wrapped awaitable: the default."""
        if e.match(EXCEPTION_TYPES["StopAsyncIteration"]):
            w_exc = space.call_function(EXCEPTION_TYPES["StopIteration"], [self.w_default])
            assert isinstance(w_exc, W_BaseException)
            return OperationError(w_exc)
        return e


def _self(w: W_Root | None) -> W_ANextAwaitable:
    if not isinstance(w, W_ANextAwaitable):
        raise operr(w_TypeError, "descriptor requires an 'anext_awaitable' object")
    return w


def aw_self(slots: list[W_Root | None]) -> W_Root:
    return _self(slots[0])


def _send(w_self: W_ANextAwaitable, w_v: W_Root) -> W_Root:
    try:
        w_it = w_self.get_iter()
        if isinstance(w_it, W_Generator):      # a coroutine has no __next__
            return w_it.send(w_v)
        if w_v is w_None:
            return space.next(w_it)
        return space.call_method(w_it, "send", [w_v])
    except OperationError as e:
        raise w_self.fix_error(e)


def aw_next(slots: list[W_Root | None]) -> W_Root:
    return _send(_self(slots[0]), w_None)


def aw_send(slots: list[W_Root | None]) -> W_Root:
    w_v = slots[1]
    assert w_v is not None
    return _send(_self(slots[0]), w_v)


def aw_throw(args: Arguments) -> W_Root:
    w_self = _self(args.args_w[0])
    try:
        return space.call_method(w_self.get_iter(), "throw", args.args_w[1:])
    except OperationError as e:
        raise w_self.fix_error(e)


def aw_close(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots[0])
    w_close = space.getattr_or_none(w_self.get_iter(), "close")
    if w_close is not None:
        return space.call_function(w_close, [])
    return w_None


register(w_anext_awaitable_type, "__await__(self, /)", aw_self)
register(w_anext_awaitable_type, "__iter__(self, /)", aw_self)
register(w_anext_awaitable_type, "__next__(self, /)", aw_next)
register(w_anext_awaitable_type, "send(self, value, /)", aw_send)
register_raw(w_anext_awaitable_type, "throw", aw_throw)
register(w_anext_awaitable_type, "close(self, /)", aw_close)
