"""`_thread`, for a single-threaded interpreter: locks (which a single
thread can only find free, or deadlock on as CPython would), get_ident,
thread-local storage, and start_new_thread refusing clearly (threads are
not implemented yet: see docs/status.md).  Enough for `threading`,
`functools`, `reprlib` and the other modules that import it for locks."""
from __future__ import annotations

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import EXCEPTION_TYPES, operr, w_RuntimeError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_OBJECT, LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, w_None, w_object_type)
from ouro.objspace.floatobject import wrap_float

w_lock_type = make_builtin_type("lock", [w_object_type], LAYOUT_OTHER)
w_rlock_type = make_builtin_type("RLock", [w_object_type], LAYOUT_OTHER)
w_local_type = make_builtin_type("_local", [w_object_type], LAYOUT_OBJECT)
w_local_type.hasdict = True

MAIN_IDENT = 140000000000001


class W_Lock(W_Root):
    locked: bool
    count: int          # RLock: recursion depth
    reentrant: bool

    def __init__(self, reentrant: bool) -> None:
        self.locked = False
        self.count = 0
        self.reentrant = reentrant

    def getclass(self) -> W_TypeObject:
        return w_rlock_type if self.reentrant else w_lock_type


def _lock(w: W_Root | None) -> W_Lock:
    assert isinstance(w, W_Lock)
    return w


def lock_acquire(args: Arguments) -> W_Root:
    lock = _lock(args.args_w[0])
    blocking = True
    if len(args.args_w) > 1:
        blocking = space.is_true(args.args_w[1])
    k = 0
    while k < len(args.kw_names):
        if args.kw_names[k] == "blocking":
            blocking = space.is_true(args.kw_values_w[k])
        k += 1
    if lock.reentrant:
        lock.count += 1
        lock.locked = True
        return space.wrap_bool(True)
    if lock.locked:
        if blocking:
            raise operr(w_RuntimeError, "deadlock: acquiring a lock held by the only thread")
        return space.wrap_bool(False)
    lock.locked = True
    return space.wrap_bool(True)


def lock_release(slots: list[W_Root | None]) -> W_Root:
    lock = _lock(slots[0])
    if not lock.locked:
        if lock.reentrant:
            raise operr(w_RuntimeError, "cannot release un-acquired lock")
        raise operr(w_RuntimeError, "release unlocked lock")
    if lock.reentrant:
        lock.count -= 1
        if lock.count == 0:
            lock.locked = False
    else:
        lock.locked = False
    return w_None


def lock_locked(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_lock(slots[0]).locked)


def lock_exit(args: Arguments) -> W_Root:
    lock_release([args.args_w[0]])
    return w_None


def lock_is_owned(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_lock(slots[0]).locked)


def lock_repr(slots: list[W_Root | None]) -> W_Root:
    lock = _lock(slots[0])
    state = "locked" if lock.locked else "unlocked"
    kind = "_thread.RLock" if lock.reentrant else "_thread.lock"
    return space.wrap_str("<%s %s object at 0x%x>" % (state, kind, space.id_of(lock)))


def lock_at_fork_reinit(slots: list[W_Root | None]) -> W_Root:
    """After os.fork in the child (threading's hook): free again."""
    lock = _lock(slots[0])
    lock.locked = False
    lock.count = 0
    return w_None


def lock_new(args: Arguments) -> W_Root:
    return W_Lock(False)


def rlock_new(args: Arguments) -> W_Root:
    return W_Lock(True)


for _t in [w_lock_type, w_rlock_type]:
    register_raw(_t, "acquire", lock_acquire)
    register_raw(_t, "__enter__", lock_acquire)
    register(_t, "release(self, /)", lock_release)
    register_raw(_t, "__exit__", lock_exit)
    register(_t, "__repr__(self, /)", lock_repr)
    register(_t, "_at_fork_reinit(self, /)", lock_at_fork_reinit)
register(w_lock_type, "locked(self, /)", lock_locked)
register_raw(w_lock_type, "acquire_lock", lock_acquire)
register(w_lock_type, "release_lock(self, /)", lock_release)
register(w_rlock_type, "_is_owned(self, /)", lock_is_owned)
register_raw(w_lock_type, "__new__", lock_new)
register_raw(w_rlock_type, "__new__", rlock_new)


def allocate_lock(slots: list[W_Root | None]) -> W_Root:
    return W_Lock(False)


def get_ident(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(MAIN_IDENT)


def get_native_id(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(1)


def start_new_thread(args: Arguments) -> W_Root:
    raise operr(w_RuntimeError, "can't start new thread: threads are not supported by ouro yet")


def count(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(0)


def stack_size(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(0)


def set_sentinel(slots: list[W_Root | None]) -> W_Root:
    return W_Lock(False)


def daemon_threads_allowed(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(True)


def interrupt_main(args: Arguments) -> W_Root:
    raise operr(EXCEPTION_TYPES["KeyboardInterrupt"], "")


FUNCTIONS = [
    register(None, "allocate_lock()", allocate_lock),
    register(None, "allocate()", allocate_lock),
    register(None, "get_ident()", get_ident),
    register(None, "get_native_id()", get_native_id),
    register_raw(None, "start_new_thread", start_new_thread),
    register_raw(None, "start_new", start_new_thread),
    register(None, "_count()", count),
    register(None, "stack_size(size=, /)", stack_size),
    register(None, "_set_sentinel()", set_sentinel),
    register(None, "daemon_threads_allowed()", daemon_threads_allowed),
    register_raw(None, "interrupt_main", interrupt_main),
]


def make_module() -> W_Module:
    w_mod = W_Module("_thread", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("LockType", w_lock_type)
    d.setitem_str("RLock", w_rlock_type)
    d.setitem_str("_local", w_local_type)
    d.setitem_str("error", w_RuntimeError)
    d.setitem_str("TIMEOUT_MAX", wrap_float(9223372036.0))
    return w_mod


register_module("_thread", make_module)

_unused = [W_ObjectWithMap]
