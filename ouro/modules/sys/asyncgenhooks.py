"""sys.set_asyncgen_hooks / get_asyncgen_hooks (PEP 525), which asyncio's
event loop installs while it runs: `firstiter(agen)` is called on an
async generator's first __anext__/asend/athrow/aclose (interpreter/
generator.py calls `first_iteration`), so that asyncio.run can aclose()
the unfinished ones at the end (loop.shutdown_asyncgens).  The finalizer
is stored and returned but never called: the GC has no finalizers yet, so
an async generator dropped unfinished is not finalized (as plain
generators, docs/status.md).

Also sys.set_coroutine_origin_tracking_depth / get_..., which asyncio's
debug mode sets: the depth is kept, but coroutines get no cr_origin."""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_TypeError, w_ValueError
from ouro.objspace.intobject import wrap_int
from ouro.objspace.strobject import c_int_w
from ouro.objspace.gateway import register
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.modules.posix.structseq import make_structseq, new_structseq

ASYNCGEN_HOOKS = make_structseq("asyncgen_hooks", "sys", ["firstiter", "finalizer"], 2)


class Hooks:
    w_firstiter: W_Root
    w_finalizer: W_Root
    origin_depth: int

    def __init__(self) -> None:
        self.w_firstiter = w_None
        self.w_finalizer = w_None
        self.origin_depth = 0


HOOKS = Hooks()


def first_iteration(w_agen: W_Root) -> None:
    """The first step of an async generator: call the firstiter hook."""
    w_hook = HOOKS.w_firstiter
    if w_hook is not w_None:
        space.call_function(w_hook, [w_agen])


def _check(w: W_Root | None, what: str) -> None:
    if w is not None and w is not w_None and not space.callable_w(w):
        raise operr(w_TypeError, "callable %s expected, got %s" % (what, type_name(w)))


def sys_set_asyncgen_hooks(slots: list[W_Root | None]) -> W_Root:
    w_firstiter = slots[0]
    w_finalizer = slots[1]
    _check(w_finalizer, "finalizer")
    _check(w_firstiter, "firstiter")
    if w_finalizer is not None:
        HOOKS.w_finalizer = w_finalizer
    if w_firstiter is not None:
        HOOKS.w_firstiter = w_firstiter
    return w_None


def sys_get_asyncgen_hooks(slots: list[W_Root | None]) -> W_Root:
    return new_structseq(ASYNCGEN_HOOKS, [HOOKS.w_firstiter, HOOKS.w_finalizer])


def sys_set_coroutine_origin_tracking_depth(slots: list[W_Root | None]) -> W_Root:
    w_depth = slots[0]
    assert w_depth is not None
    depth = c_int_w(w_depth)
    if depth < 0:
        raise operr(w_ValueError, "depth must be >= 0")
    HOOKS.origin_depth = depth
    return w_None


def sys_get_coroutine_origin_tracking_depth(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(HOOKS.origin_depth)


FUNCTIONS = [
    register(None, "set_coroutine_origin_tracking_depth(depth)",
             sys_set_coroutine_origin_tracking_depth),
    register(None, "get_coroutine_origin_tracking_depth()",
             sys_get_coroutine_origin_tracking_depth),
    register(None, "set_asyncgen_hooks(firstiter=, finalizer=)", sys_set_asyncgen_hooks),
    register(None, "get_asyncgen_hooks()", sys_get_asyncgen_hooks),
]
