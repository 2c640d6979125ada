"""Generators, coroutines and async generators: a suspended Frame and the
protocols to resume it (send, throw, close), plus the helpers of the
`yield from`/`await` opcodes (GET_YIELD_FROM_ITER, SEND, GET_AWAITABLE,
GET_AITER, GET_ANEXT).

A frame suspended at a YIELD_VALUE that follows a SEND is inside `yield
from`/`await`: throw() and close() go to the delegate first (CPython's
gen_throw / _PyGen_yf).  When a generator finishes, its frame is dropped at
once (the seed's generator-leak lesson): nothing keeps the locals alive.

In an async generator a value reaches the caller of `__anext__` only from a
`yield` (a YIELD_VALUE not after a SEND); a YIELD_VALUE of an inner `await`
passes through to the event loop.
"""
from __future__ import annotations

from ouro.compiler import opcodes as op
from ouro.interpreter import frame as framemod
from ouro.interpreter.pycode import PyCode, code_w
from ouro.objspace import finalizerqueue, space
from ouro.modules.sys import asyncgenhooks
from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      operr_noarg, w_GeneratorExit, w_RuntimeError,
                                      w_StopIteration, w_TypeError, w_ValueError)
from ouro.objspace.gateway import register
from ouro.objspace.tupleobject import W_TupleObject
from ouro.objspace.model import (LAYOUT_OTHER, W_Root, W_TypeObject, make_builtin_type, type_name,
                                 w_None, w_object_type)

w_generator_type = make_builtin_type("generator", [w_object_type], LAYOUT_OTHER)
w_coroutine_type = make_builtin_type("coroutine", [w_object_type], LAYOUT_OTHER)
w_async_generator_type = make_builtin_type("async_generator", [w_object_type], LAYOUT_OTHER)
w_asend_type = make_builtin_type("async_generator_asend", [w_object_type], LAYOUT_OTHER)
w_coro_wrapper_type = make_builtin_type("coroutine_wrapper", [w_object_type], LAYOUT_OTHER)

KIND_GENERATOR = 0
KIND_COROUTINE = 1
KIND_ASYNC_GENERATOR = 2


class ReturnValue:
    """Where SEND finds the value a finished delegate returned."""
    w_value: W_Root

    def __init__(self) -> None:
        self.w_value = w_None


LAST_RETURN = ReturnValue()


class W_Generator(W_Root):
    frame: framemod.Frame | None
    kind: int
    name: str
    qualname: str
    running: bool
    started: bool
    pycode: PyCode
    w_return: W_Root          # the value of the finishing `return`
    exc_inherit: bool         # no exception handled inside yet: see the caller's
    finalize_known: bool      # registered for finalization, or it never will be (note_suspended)
    hooks_inited: bool        # async generators: sys's firstiter hook was called

    def __init__(self, f: framemod.Frame, kind: int) -> None:
        self.frame = f
        self.kind = kind
        co = f.pycode.co
        self.name = co.co_name
        self.qualname = co.co_qualname
        self.pycode = f.pycode
        self.running = False
        self.started = False
        self.w_return = w_None
        self.exc_inherit = True
        # no exception table: it can never yield inside a try/with
        self.finalize_known = len(co.co_exceptiontable) == 0 or kind == KIND_ASYNC_GENERATOR
        self.hooks_inited = False

    def getclass(self) -> W_TypeObject:
        if self.kind == KIND_COROUTINE:
            return w_coroutine_type
        if self.kind == KIND_ASYNC_GENERATOR:
            return w_async_generator_type
        return w_generator_type

    def resume(self, w_send: W_Root | None, throw: OperationError | None) -> W_Root | None:
        """Runs the frame to its next yield (returns the value) or to its
        end (returns None, the value in self.w_return); exceptions
        propagate, with StopIteration turned into RuntimeError."""
        f = self.frame
        if f is None:
            if throw is not None:
                raise throw
            if self.kind == KIND_COROUTINE:
                raise operr(w_RuntimeError, "cannot reuse already awaited coroutine")
            self.w_return = w_None
            return None
        if self.running:
            what = "coroutine" if self.kind == KIND_COROUTINE else "generator"
            raise operr(w_ValueError, "%s already executing" % what)
        if not self.started:
            if w_send is not None and w_send is not w_None and throw is None:
                what = "generator"
                if self.kind == KIND_COROUTINE:
                    what = "coroutine"
                elif self.kind == KIND_ASYNC_GENERATOR:
                    what = "async generator"
                raise operr(w_TypeError, "can't send non-None value to a just-started %s" % what)
            w_send = None
            self.started = True
            f.init_cells_from_args()
        ec = framemod.get_ec()
        w_caller_handled = ec.w_handled
        if not self.exc_inherit:
            ec.w_handled = f.w_saved_handled
        self.running = True
        try:
            w_result = f.execute(w_send, throw)
        except OperationError as e:
            self.running = False
            self.frame = None
            ec.w_handled = w_caller_handled
            if e.match(w_StopIteration) or (self.kind == KIND_ASYNC_GENERATOR and e.match(
                    EXCEPTION_TYPES["StopAsyncIteration"])):
                what = {KIND_GENERATOR: "generator", KIND_COROUTINE: "coroutine",
                        KIND_ASYNC_GENERATOR: "async generator"}[self.kind]
                exc_name = "StopIteration" if e.match(w_StopIteration) else "StopAsyncIteration"
                w_new = make_error(w_RuntimeError, "%s raised %s" % (what, exc_name))
                w_new.w_cause = e.w_value
                w_new.w_context = e.w_value
                w_new.suppress_context = True
                raise OperationError(w_new)
            raise
        self.running = False
        if ec.w_handled is not w_caller_handled:
            self.exc_inherit = False
        f.w_saved_handled = ec.w_handled
        ec.w_handled = w_caller_handled
        if f.finished:
            self.frame = None
            self.w_return = w_result
            return None
        if not self.finalize_known:
            self.note_suspended(f)
        return w_result

    def note_suspended(self, f: framemod.Frame) -> None:
        """Suspended where an exception would be handled (try/finally,
        with, except): if it is dropped, closing it runs code, so the GC
        must report its death (ouro/interpreter/finalizers.py).  Elsewhere
        close() would do nothing visible (as CPython 3.11 knows too).
        Not for async generators: CPython finalizes them through
        sys.set_asyncgen_hooks, which ouro does not have."""
        target, depth = f.pycode.co.find_handler(f.last_instr)
        if target >= 0:
            self.finalize_known = True
            finalizerqueue.register(self)

    def send(self, w_value: W_Root) -> W_Root:
        w_res = self.resume(w_value, None)
        if w_res is None:
            raise stop_iteration(self.w_return)
        return w_res

    def iter_next(self) -> W_Root | None:
        if self.kind != KIND_GENERATOR:
            return None
        w_res = self.resume(w_None, None)
        if w_res is None:
            return space.STOP
        return w_res

    def throw(self, w_exc: W_BaseException) -> W_Root:
        w_res = self.throw_or_none(w_exc)
        if w_res is None:
            raise stop_iteration(self.w_return)
        return w_res

    def throw_or_none(self, w_exc: W_BaseException) -> W_Root | None:
        """throw(): the next value yielded, or None when the frame finished
        (its value in self.w_return).  A frame suspended in `yield from`/
        `await` throws into its delegate first, which does the same with
        its own delegate (CPython's _gen_throw recursion)."""
        f = self.frame
        if f is not None and f.is_suspended_in_yield_from() and not self.running:
            w_recv = f.peek(1)
            try:
                w_y = delegate_throw(w_recv, w_exc)
            except OperationError as e:
                # the delegate raised: into this frame, at the yield
                return self.resume(None, e)
            if w_y is not None:
                return w_y
            # the delegate finished: continue after the SEND with its value
            f.pop()
            f.push(LAST_RETURN.w_value)
            f.pc = f.pycode.args[f.last_instr - 1]
            return self.resume_after_delegate()
        return self.resume(None, OperationError(w_exc))

    def resume_after_delegate(self) -> W_Root | None:
        """Continue after a delegate of `yield from` returned during throw()
        (the frame's stack already holds the delegate's return value)."""
        return self.resume(None, None)

    def close(self) -> None:
        f = self.frame
        if f is None:
            return
        if not self.started:
            self.frame = None
            return
        try:
            w_res = self.throw(make_error_noarg(w_GeneratorExit))
        except OperationError as e:
            if e.match(w_GeneratorExit) or e.match(w_StopIteration):
                # closed: its locals die now, as in CPython
                f.drop_finalizable_locals()
                return
            raise
        if w_res is not None:
            what = "coroutine" if self.kind == KIND_COROUTINE else "generator"
            raise operr(w_RuntimeError, "%s ignored GeneratorExit" % what)


def make_error(w_type: W_TypeObject, msg: str) -> W_BaseException:
    return operr(w_type, msg).w_value


def make_error_noarg(w_type: W_TypeObject) -> W_BaseException:
    return operr_noarg(w_type).w_value


def stop_iteration(w_value: W_Root) -> OperationError:
    if w_value is w_None:
        return operr_noarg(w_StopIteration)
    w_exc = W_BaseException(w_StopIteration, [w_value])
    return OperationError(w_exc)


def make_generator(f: framemod.Frame) -> W_Root:
    flags = f.pycode.co.co_flags
    if flags & op.CO_COROUTINE:
        return W_Generator(f, KIND_COROUTINE)
    if flags & op.CO_ASYNC_GENERATOR:
        return W_Generator(f, KIND_ASYNC_GENERATOR)
    return W_Generator(f, KIND_GENERATOR)


def delegate_throw(w_recv: W_Root, w_exc: W_BaseException) -> W_Root | None:
    """throw() into the delegate of a yield from: its next yielded value,
    or None when it finished (value in LAST_RETURN)."""
    if isinstance(w_recv, W_Generator):
        if w_exc.w_type.issubtype(w_GeneratorExit):
            w_recv.close()
            raise OperationError(w_exc)
        # the delegate's own delegate first: throw, not resume
        w_res = w_recv.throw_or_none(w_exc)
        if w_res is None:
            LAST_RETURN.w_value = w_recv.w_return
        return w_res
    if w_exc.w_type.issubtype(w_GeneratorExit):
        w_close = space.getattr_or_none(w_recv, "close")
        if w_close is not None:
            space.call_function(w_close, [])
        raise OperationError(w_exc)
    w_throw = space.getattr_or_none(w_recv, "throw")
    if w_throw is None:
        raise OperationError(w_exc)
    try:
        return space.call_function(w_throw, [w_exc])
    except OperationError as e:
        if e.match(w_StopIteration):
            LAST_RETURN.w_value = stop_value(e.w_value)
            return None
        raise


def stop_value(w_exc: W_BaseException) -> W_Root:
    w_v = space.getattr(w_exc, "value")
    return w_v


# -- the opcodes' helpers

def send_to(w_recv: W_Root, w_value: W_Root) -> W_Root | None:
    """SEND: the value the receiver yields, or None when it returned (the
    return value in LAST_RETURN)."""
    if isinstance(w_recv, W_Generator):
        w_res = w_recv.resume(w_value, None)
        if w_res is None:
            LAST_RETURN.w_value = w_recv.w_return
        return w_res
    try:
        if w_value is w_None:
            w_res2 = space.next(w_recv)
        else:
            w_res2 = space.call_method(w_recv, "send", [w_value])
        return w_res2
    except OperationError as e:
        if e.match(w_StopIteration):
            LAST_RETURN.w_value = stop_value(e.w_value)
            return None
        raise


def last_return_value() -> W_Root:
    w = LAST_RETURN.w_value
    LAST_RETURN.w_value = w_None
    return w


def get_yield_from_iter(f: framemod.Frame, w: W_Root) -> W_Root:
    if isinstance(w, W_Generator):
        if w.kind == KIND_COROUTINE and not (f.pycode.co.co_flags & (op.CO_COROUTINE
                                                                     | op.CO_ITERABLE_COROUTINE)):
            raise operr(w_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
        return w
    return space.iter(w)


def get_awaitable(w: W_Root, where: int) -> W_Root:
    if isinstance(w, W_Generator) and w.kind == KIND_GENERATOR and \
            (w.pycode.co.co_flags & op.CO_ITERABLE_COROUTINE) != 0:
        return w        # a generator made awaitable by types.coroutine
    if isinstance(w, W_Generator) and w.kind == KIND_COROUTINE:
        f = w.frame
        if f is not None and f.is_suspended_in_yield_from() and w.started:
            raise operr(w_RuntimeError, "coroutine is being awaited already")
        return w
    w_await = space.lookup(w, "__await__")
    if w_await is None:
        if where == 1:
            raise operr(w_TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s"
                        % type_name(w))
        if where == 2:
            raise operr(w_TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s"
                        % type_name(w))
        raise operr(w_TypeError, "object %s can't be used in 'await' expression" % type_name(w))
    w_it = space.call_found_special(w_await, w, [])
    if isinstance(w_it, W_Generator) and w_it.kind == KIND_COROUTINE:
        raise operr(w_TypeError, "__await__() returned a coroutine")
    if space.lookup(w_it, "__next__") is None:
        raise operr(w_TypeError, "__await__() returned non-iterator of type '%s'" % type_name(w_it))
    return w_it


def get_aiter(w: W_Root) -> W_Root:
    w_aiter = space.lookup(w, "__aiter__")
    if w_aiter is None:
        raise operr(w_TypeError, "'async for' requires an object with __aiter__ method, got %s"
                    % type_name(w))
    w_res = space.call_found_special(w_aiter, w, [])
    if space.lookup(w_res, "__anext__") is None:
        raise operr(w_TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s"
                    % type_name(w_res))
    return w_res


def get_anext(w_aiter: W_Root) -> W_Root:
    w_anext = space.lookup(w_aiter, "__anext__")
    if w_anext is None:
        raise operr(w_TypeError, "'async for' requires an iterator with __anext__ method, got %s"
                    % type_name(w_aiter))
    w_aw = space.call_found_special(w_anext, w_aiter, [])
    return get_awaitable_for_anext(w_aw)


def get_awaitable_for_anext(w_aw: W_Root) -> W_Root:
    try:
        return get_awaitable(w_aw, 0)
    except OperationError as e:
        if e.match(w_TypeError):
            raise operr(w_TypeError, "'async for' received an invalid object from __anext__: %s"
                        % type_name(w_aw))
        raise


# -- async generators: __anext__ / asend / athrow return awaitables

ASEND = 0      # __anext__() / asend(v)
ATHROW = 1     # athrow(exc)
ACLOSE = 2     # aclose()


class W_AsyncGenASend(W_Root):
    """The awaitable of `agen.__anext__()`/`asend(v)`/`athrow(e)`/`aclose()`:
    iterating it runs the async generator; an inner await's yields pass
    through, a `yield` of the generator ends it with StopIteration(value).
    aclose() ends with StopIteration (None) when the generator finishes or
    raises GeneratorExit/StopAsyncIteration, with RuntimeError when it
    yields; athrow()/aclose() of a finished generator with StopIteration
    (CPython 3.11's async_gen_athrow_send)."""
    w_gen: W_Generator
    w_send: W_Root
    throw_exc: W_BaseException | None
    done: bool
    mode: int

    def __init__(self, w_gen: W_Generator, w_send: W_Root, throw_exc: W_BaseException | None,
                 mode: int = ASEND) -> None:
        self.w_gen = w_gen
        self.w_send = w_send
        self.throw_exc = throw_exc
        self.done = False
        self.mode = mode

    def getclass(self) -> W_TypeObject:
        return w_asend_type

    def step(self, w_value: W_Root, throw: W_BaseException | None) -> W_Root:
        if self.done:
            if self.mode == ASEND:
                raise operr(w_RuntimeError, "cannot reuse already awaited __anext__()/asend()")
            raise operr(w_RuntimeError, "cannot reuse already awaited aclose()/athrow()")
        gen = self.w_gen
        if gen.frame is None:
            self.done = True
            if self.mode == ASEND:
                raise operr_noarg(EXCEPTION_TYPES["StopAsyncIteration"])
            raise operr_noarg(w_StopIteration)
        exc = throw
        if self.throw_exc is not None:
            exc = self.throw_exc
            self.throw_exc = None
        w_first = self.w_send
        self.w_send = w_None
        try:
            if exc is not None:
                # into the generator's own delegate when it is inside an await
                w_res = gen.throw_or_none(exc)
            else:
                w_res = gen.resume(w_value if w_first is w_None else w_first, None)
        except OperationError as e:
            self.done = True
            if self.mode == ACLOSE and (e.match(w_GeneratorExit) or
                                        e.match(EXCEPTION_TYPES["StopAsyncIteration"])):
                raise operr_noarg(w_StopIteration)
            raise
        if w_res is None:
            self.done = True
            if self.mode == ACLOSE:
                raise operr_noarg(w_StopIteration)
            raise operr_noarg(EXCEPTION_TYPES["StopAsyncIteration"])
        f = gen.frame
        if f is not None and f.is_suspended_in_yield_from():
            return w_res            # an inner await: to the event loop
        self.done = True
        if self.mode == ACLOSE:
            raise operr(w_RuntimeError, "async generator ignored GeneratorExit")
        raise stop_iteration(w_res)

    def iter_next(self) -> W_Root | None:
        return self.step(w_None, None)


def asend_send(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    assert isinstance(w_self, W_AsyncGenASend)
    w_v = slots[1]
    return w_self.step(w_v if w_v is not None else w_None, None)


def asend_next(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    assert isinstance(w_self, W_AsyncGenASend)
    return w_self.step(w_None, None)


def asend_throw(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    assert isinstance(w_self, W_AsyncGenASend)
    return w_self.step(w_None, exception_from_throw_args(slots))


def asend_close(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    assert isinstance(w_self, W_AsyncGenASend)
    w_self.done = True
    return w_None


def self_iter(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    return w


register(w_asend_type, "send(self, value, /)", asend_send)
register(w_asend_type, "__next__(self, /)", asend_next)
register(w_asend_type, "throw(self, typ, val=, tb=, /)", asend_throw)
register(w_asend_type, "close(self, /)", asend_close)
register(w_asend_type, "__iter__(self, /)", self_iter)
register(w_asend_type, "__await__(self, /)", self_iter)


# -- the methods

def _gen(w: W_Root | None) -> W_Generator:
    assert isinstance(w, W_Generator)
    return w


def gen_send(slots: list[W_Root | None]) -> W_Root:
    w_v = slots[1]
    return _gen(slots[0]).send(w_v if w_v is not None else w_None)


def gen_next(slots: list[W_Root | None]) -> W_Root:
    return _gen(slots[0]).send(w_None)


def exception_from_throw_args(slots: list[W_Root | None]) -> W_BaseException:
    """throw(typ[, val[, tb]]) -> the exception instance to raise."""
    w_typ = slots[1]
    assert w_typ is not None
    w_val = slots[2]
    w_tb: W_Root | None = None
    if len(slots) > 3:
        w_tb = slots[3]
    if isinstance(w_typ, W_TypeObject):
        if not w_typ.issubtype(EXCEPTION_TYPES["BaseException"]):
            raise operr(w_TypeError, "exceptions must be classes or instances deriving from BaseException, not type")
        if w_val is None or w_val is w_None:
            w_new = space.call_function(w_typ, [])
        elif isinstance(w_val, W_BaseException) and w_val.w_type.issubtype(w_typ):
            w_new = w_val
        elif isinstance(w_val, W_TupleObject):
            # CPython's normalization: a tuple value is the arguments
            w_new = space.call_function(w_typ, list(w_val.items_w))
        else:
            w_new = space.call_function(w_typ, [w_val])
        if not isinstance(w_new, W_BaseException):
            raise operr(w_TypeError, "calling %s should have returned an instance of "
                        "BaseException, not %s" % (space.repr_str(w_typ), type_name(w_new)))
        w_exc = w_new
    elif isinstance(w_typ, W_BaseException):
        if w_val is not None and w_val is not w_None:
            raise operr(w_TypeError, "instance exception may not have a separate value")
        w_exc = w_typ
    else:
        raise operr(w_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s"
                    % type_name(w_typ))
    if w_tb is not None and w_tb is not w_None:
        space.setattr(w_exc, "__traceback__", w_tb)
    return w_exc


def gen_throw(slots: list[W_Root | None]) -> W_Root:
    return _gen(slots[0]).throw(exception_from_throw_args(slots))


def gen_close(slots: list[W_Root | None]) -> W_Root:
    _gen(slots[0]).close()
    return w_None


def gen_repr(slots: list[W_Root | None]) -> W_Root:
    g = _gen(slots[0])
    what = {KIND_GENERATOR: "generator", KIND_COROUTINE: "coroutine",
            KIND_ASYNC_GENERATOR: "async_generator"}[g.kind]
    return space.wrap_str("<%s object %s at 0x%x>" % (what, g.qualname, space.id_of(g)))


def gen_sizeof(slots: list[W_Root | None]) -> W_Root:
    """CPython 3.11's size (see ouro/objspace/sizeof.py): the generator and
    its frame's fixed part, then a pointer per local, cell and stack entry."""
    pycode = _gen(slots[0]).pycode
    return space.wrap_int(152 + 8 * (pycode.nlocals + pycode.ncells + pycode.stacksize))


def coro_await(slots: list[W_Root | None]) -> W_Root:
    return W_CoroWrapper(_gen(slots[0]))


class W_CoroWrapper(W_Root):
    """coroutine.__await__(): an iterator over the coroutine."""
    w_coro: W_Generator

    def __init__(self, w_coro: W_Generator) -> None:
        self.w_coro = w_coro

    def getclass(self) -> W_TypeObject:
        return w_coro_wrapper_type

    def iter_next(self) -> W_Root | None:
        w_res = self.w_coro.resume(w_None, None)
        if w_res is None:
            raise stop_iteration(self.w_coro.w_return)
        return w_res


def wrapper_next(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert isinstance(w, W_CoroWrapper)
    return w.w_coro.send(w_None)


def wrapper_send(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert isinstance(w, W_CoroWrapper)
    w_v = slots[1]
    return w.w_coro.send(w_v if w_v is not None else w_None)


def wrapper_throw(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert isinstance(w, W_CoroWrapper)
    return w.w_coro.throw(exception_from_throw_args(slots))


def wrapper_close(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert isinstance(w, W_CoroWrapper)
    w.w_coro.close()
    return w_None


def _agen(w: W_Root | None) -> W_Generator:
    """The async generator of an __anext__/asend/athrow/aclose call, after
    its first call ran sys's firstiter hook (CPython's async_gen_init_hooks)."""
    w_gen = _gen(w)
    if not w_gen.hooks_inited:
        w_gen.hooks_inited = True
        asyncgenhooks.first_iteration(w_gen)
    return w_gen


def agen_anext(slots: list[W_Root | None]) -> W_Root:
    return W_AsyncGenASend(_agen(slots[0]), w_None, None)


def agen_asend(slots: list[W_Root | None]) -> W_Root:
    w_v = slots[1]
    w_gen = _agen(slots[0])
    return W_AsyncGenASend(w_gen, w_v if w_v is not None else w_None, None)


def agen_athrow(slots: list[W_Root | None]) -> W_Root:
    w_gen = _agen(slots[0])
    return W_AsyncGenASend(w_gen, w_None, exception_from_throw_args(slots), ATHROW)


def agen_aclose(slots: list[W_Root | None]) -> W_Root:
    return W_AsyncGenASend(_agen(slots[0]), w_None, make_error_noarg(w_GeneratorExit), ACLOSE)


def gen_get_name(w: W_Root) -> W_Root:
    return space.wrap_str(_gen(w).name)


def gen_set_name(w: W_Root, w_value: W_Root) -> None:
    _gen(w).name = space.str_of_w(w_value)


def gen_get_qualname(w: W_Root) -> W_Root:
    return space.wrap_str(_gen(w).qualname)


def gen_set_qualname(w: W_Root, w_value: W_Root) -> None:
    _gen(w).qualname = space.str_of_w(w_value)


def gen_get_running(w: W_Root) -> W_Root:
    return space.wrap_bool(_gen(w).running)


def gen_get_frame(w: W_Root) -> W_Root:
    f = _gen(w).frame
    if f is None:
        return w_None
    return f


def gen_get_suspended(w: W_Root) -> W_Root:
    g = _gen(w)
    return space.wrap_bool(g.frame is not None and g.started and not g.running)


def gen_get_code(w: W_Root) -> W_Root:
    return code_w(_gen(w).pycode)


def gen_get_yieldfrom(w: W_Root) -> W_Root:
    g = _gen(w)
    f = g.frame
    if f is not None and f.is_suspended_in_yield_from() and not g.running:
        return f.peek(1)
    return w_None


for _t, _p in [(w_generator_type, "gi_"), (w_coroutine_type, "cr_"), (w_async_generator_type, "ag_")]:
    getset(_t, "__name__", gen_get_name, gen_set_name)
    getset(_t, "__qualname__", gen_get_qualname, gen_set_qualname)
    getset(_t, _p + "running", gen_get_running)
    getset(_t, _p + "frame", gen_get_frame)
    getset(_t, _p + "code", gen_get_code)
    getset(_t, _p + "suspended", gen_get_suspended)
getset(w_generator_type, "gi_yieldfrom", gen_get_yieldfrom)
getset(w_coroutine_type, "cr_await", gen_get_yieldfrom)
getset(w_async_generator_type, "ag_await", gen_get_yieldfrom)

register(w_generator_type, "send(self, value, /)", gen_send)
register(w_generator_type, "__next__(self, /)", gen_next)
register(w_generator_type, "__iter__(self, /)", self_iter)
register(w_generator_type, "throw(self, typ, val=, tb=, /)", gen_throw)
register(w_generator_type, "close(self, /)", gen_close)
register(w_generator_type, "__repr__(self, /)", gen_repr)
register(w_generator_type, "__sizeof__(self, /)", gen_sizeof)
register(w_coroutine_type, "send(self, value, /)", gen_send)
register(w_coroutine_type, "throw(self, typ, val=, tb=, /)", gen_throw)
register(w_coroutine_type, "close(self, /)", gen_close)
register(w_coroutine_type, "__await__(self, /)", coro_await)
register(w_coroutine_type, "__repr__(self, /)", gen_repr)
register(w_coroutine_type, "__sizeof__(self, /)", gen_sizeof)
register(w_coro_wrapper_type, "__next__(self, /)", wrapper_next)
register(w_coro_wrapper_type, "__iter__(self, /)", self_iter)
register(w_coro_wrapper_type, "send(self, value, /)", wrapper_send)
register(w_coro_wrapper_type, "throw(self, typ, val=, tb=, /)", wrapper_throw)
register(w_coro_wrapper_type, "close(self, /)", wrapper_close)
register(w_async_generator_type, "__aiter__(self, /)", self_iter)
register(w_async_generator_type, "__anext__(self, /)", agen_anext)
register(w_async_generator_type, "asend(self, value, /)", agen_asend)
register(w_async_generator_type, "athrow(self, typ, val=, tb=, /)", agen_athrow)
register(w_async_generator_type, "aclose(self, /)", agen_aclose)
register(w_async_generator_type, "__repr__(self, /)", gen_repr)
