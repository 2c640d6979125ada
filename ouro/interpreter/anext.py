"""The built-ins aiter() and anext(), and anext(it, default)'s awaitable.

anext(it) is `type(it).__anext__(it)`; with a default it wraps that
awaitable in an `anext_awaitable` whose iteration turns the
StopAsyncIteration ending the inner awaitable into StopIteration(default),
the awaited value (CPython's Objects/iterobject.c).
"""
from __future__ import annotations

from ouro.interpreter import generator
from ouro.objspace import space
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, operr, w_TypeError)
from ouro.objspace.gateway import register
from ouro.objspace.model import (LAYOUT_OTHER, W_Root, W_TypeObject, make_builtin_type, type_name,
                                 w_None, w_object_type)

w_anext_awaitable_type = make_builtin_type("anext_awaitable", [w_object_type], LAYOUT_OTHER)


def aiter(w_obj: W_Root) -> W_Root:
    w_aiter = space.lookup(w_obj, "__aiter__")
    if w_aiter is None:
        raise operr(w_TypeError, "'%s' object is not an async iterable" % type_name(w_obj))
    w_it = space.call_function(w_aiter, [w_obj])
    if space.lookup(w_it, "__anext__") is None:
        raise operr(w_TypeError, "aiter() returned not an async iterator of type '%s'"
                    % type_name(w_it))
    return w_it


def anext(w_it: W_Root, w_default: W_Root | None) -> W_Root:
    w_anext = space.lookup(w_it, "__anext__")
    if w_anext is None:
        raise operr(w_TypeError, "'%s' object is not an async iterator" % type_name(w_it))
    w_aw = space.call_function(w_anext, [w_it])
    if w_default is None:
        return w_aw
    return W_ANextAwaitable(w_aw, w_default)


class W_ANextAwaitable(W_Root):
    w_wrapped: W_Root           # what __anext__ returned
    w_default: W_Root
    w_iter: W_Root | None       # the iterator of w_wrapped, from the first step on

    def __init__(self, w_wrapped: W_Root, w_default: W_Root) -> None:
        self.w_wrapped = w_wrapped
        self.w_default = w_default
        self.w_iter = None

    def getclass(self) -> W_TypeObject:
        return w_anext_awaitable_type

    def inner(self) -> W_Root:
        w = self.w_iter
        if w is None:
            w = generator.get_awaitable(self.w_wrapped, 0)
            self.w_iter = w
        return w

    def step(self, w_value: W_Root | None, exc: OperationError | None) -> W_Root:
        """send(w_value), or throw(exc) when exc is given: the inner
        awaitable's next value; its end raises StopIteration."""
        w_recv = self.inner()
        try:
            if exc is not None:
                w_y = generator.delegate_throw(w_recv, exc.w_value)
            else:
                w_y = generator.send_to(w_recv, w_value if w_value is not None else w_None)
        except OperationError as e:
            if e.match(EXCEPTION_TYPES["StopAsyncIteration"]):
                raise generator.stop_iteration(self.w_default)
            raise
        if w_y is None:
            raise generator.stop_iteration(generator.last_return_value())
        return w_y


def _self(slots: list[W_Root | None]) -> W_ANextAwaitable:
    w = slots[0]
    assert isinstance(w, W_ANextAwaitable)
    return w


def aw_await(slots: list[W_Root | None]) -> W_Root:
    return _self(slots)


def aw_next(slots: list[W_Root | None]) -> W_Root:
    return _self(slots).step(None, None)


def aw_send(slots: list[W_Root | None]) -> W_Root:
    return _self(slots).step(slots[1], None)


def aw_throw(slots: list[W_Root | None]) -> W_Root:
    return _self(slots).step(None, OperationError(generator.exception_from_throw_args(slots)))


def aw_close(slots: list[W_Root | None]) -> W_Root:
    w_close = space.getattr_or_none(_self(slots).inner(), "close")
    if w_close is not None:
        space.call_function(w_close, [])
    return w_None


register(w_anext_awaitable_type, "__await__(self, /)", aw_await)
register(w_anext_awaitable_type, "__iter__(self, /)", aw_await)
register(w_anext_awaitable_type, "__next__(self, /)", aw_next)
register(w_anext_awaitable_type, "send(self, value, /)", aw_send)
register(w_anext_awaitable_type, "throw(self, typ, val=, tb=, /)", aw_throw)
register(w_anext_awaitable_type, "close(self, /)", aw_close)
