"""`_multiprocessing` as CPython 3.11 has it on Linux: SemLock, the lock
and semaphore of multiprocessing.synchronize, over a POSIX named
semaphore (rpy.rlib.runix sem_*), and sem_unlink; `flags`.

A SemLock is shared between processes through the kernel's semaphore:
the object itself only keeps the handle and, for a RECURSIVE_MUTEX, who
holds it in this process (count and the last acquirer's thread ident).
A blocking acquire first tries without waiting, then waits without the
GIL; a handled signal interrupts the wait, its handler runs (a Ctrl-C
raises KeyboardInterrupt out of acquire) and the wait resumes with the
same deadline.  The handle is closed when the object dies (finalizer
queue), not the semaphore: sem_unlink removes its name."""
from __future__ import annotations

from rpy.rlib import ros, rthread, runix

from ouro.interpreter import signals
from ouro.interpreter.module import W_Module
from ouro.modules.posix.errors import EINTR, oserror
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.descriptors import readonly_member
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (operr, w_AssertionError, w_OverflowError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.finalizerqueue import register as register_finalizer
from ouro.objspace.gateway import register
from ouro.objspace.intobject import float_of_w, wrap_int
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.space import SUBCLASSABLE_LAYOUTS
from ouro.objspace.model import (W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject, c_int_w, encode_text

RECURSIVE_MUTEX = 0
SEMAPHORE = 1

# SemLock is subclassable: its instances carry their class
LAYOUT_SEMLOCK = 170
SUBCLASSABLE_LAYOUTS.append(LAYOUT_SEMLOCK)
w_semlock_type = make_builtin_type("SemLock", [w_object_type], LAYOUT_SEMLOCK)
w_semlock_type.dict_w["__module__"] = W_StrObject("_multiprocessing")
w_semlock_type.tp_prefix = "_multiprocessing."


class W_SemLock(W_ObjectWithMap):
    w_type: W_TypeObject
    handle: int         # the sem_t address; 0 once closed
    kind: int
    maxvalue: int
    name: str           # "" when None (unlinked at once, or rebuilt from a handle)
    has_name: bool
    count: int          # acquisitions held in this process (RECURSIVE_MUTEX: depth)
    last_tid: int       # the thread that last acquired it

    def __init__(self, w_type: W_TypeObject, handle: int, kind: int, maxvalue: int, name: str,
                 has_name: bool) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.handle = handle
        self.kind = kind
        self.maxvalue = maxvalue
        self.name = name
        self.has_name = has_name
        self.count = 0
        self.last_tid = 0
        register_finalizer(self)

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def setdictvalue(self, name: str, w_value: W_Root) -> bool:
        if not self.w_type.hasdict:
            return False
        return W_ObjectWithMap.setdictvalue(self, name, w_value)

    def release_resources(self) -> None:
        h = self.handle
        if h != 0:
            self.handle = 0
            runix.sem_close(h)

    def is_mine(self) -> bool:
        return self.count > 0 and self.last_tid == rthread.get_ident()


def _sem(w: W_Root | None) -> W_SemLock:
    if not isinstance(w, W_SemLock):
        raise operr(w_TypeError, "descriptor requires a '_multiprocessing.SemLock' object")
    return w


def _name_arg(w: W_Root | None, fname: str) -> str:
    assert w is not None
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "%s argument 'name' must be str, not %s" % (fname, type_name(w)))
    return w.as_str()


def _c_name(name: str) -> bytes:
    data = encode_text(name, "utf-8", "strict")
    if b"\x00" in data:
        raise operr(w_ValueError, "embedded null character")
    return data


def _cls(w: W_Root | None) -> W_TypeObject:
    assert isinstance(w, W_TypeObject)
    return w


def semlock_new(slots: list[W_Root | None]) -> W_Root:
    w_cls = _cls(slots[0])
    assert slots[1] is not None and slots[2] is not None and slots[3] is not None
    assert slots[5] is not None
    kind = c_int_w(slots[1])
    value = c_int_w(slots[2])
    maxvalue = c_int_w(slots[3])
    name = _name_arg(slots[4], "SemLock()")
    unlink = c_int_w(slots[5]) != 0
    if kind != RECURSIVE_MUTEX and kind != SEMAPHORE:
        raise operr(w_ValueError, "unrecognized kind")
    c_name = _c_name(name)
    try:
        handle = runix.sem_open(c_name, True, value)
    except OSError:
        raise oserror()
    if unlink:
        try:
            runix.sem_unlink(c_name)
        except OSError:
            err = oserror()
            runix.sem_close(handle)
            raise err
        return W_SemLock(w_cls, handle, kind, maxvalue, "", False)
    return W_SemLock(w_cls, handle, kind, maxvalue, name, True)


def semlock_rebuild(slots: list[W_Root | None]) -> W_Root:
    """SemLock._rebuild(handle, kind, maxvalue, name): the unpickled copy;
    with a name, the semaphore is opened again by it (a spawned child),
    else the handle is the inherited one (a forked child)."""
    w_cls = _cls(slots[0])
    assert slots[1] is not None and slots[2] is not None and slots[3] is not None
    handle = space.int_of_w(slots[1])
    kind = c_int_w(slots[2])
    maxvalue = c_int_w(slots[3])
    w_name = slots[4]
    if w_name is None or w_name is w_None:
        return W_SemLock(w_cls, handle, kind, maxvalue, "", False)
    name = _name_arg(w_name, "_rebuild()")
    try:
        handle = runix.sem_open(_c_name(name), False, 0)
    except OSError:
        raise oserror()
    return W_SemLock(w_cls, handle, kind, maxvalue, name, True)


def _retry_eintr_trywait(sem: W_SemLock) -> bool:
    while True:
        try:
            return runix.sem_trywait(sem.handle)
        except OSError:
            if ros.get_errno() != EINTR:
                raise oserror()
        # a handled signal: its handler runs (and may raise), then retry
        signals.run_pending()


def acquire(sem: W_SemLock, blocking: bool, w_timeout: W_Root | None) -> bool:
    if sem.kind == RECURSIVE_MUTEX and sem.is_mine():
        sem.count += 1
        return True
    deadline = -1
    if w_timeout is not None and w_timeout is not w_None:
        timeout = float_of_w(w_timeout)
        if timeout < 0.0:
            timeout = 0.0
        if timeout > 9.2e9:
            raise operr(w_OverflowError, "timeout is too large")
        deadline = ros.time_ns() + int(timeout * 1e9 + 0.5)
    got = _retry_eintr_trywait(sem)
    if not got and blocking:
        while True:
            try:
                got = runix.sem_wait(sem.handle, deadline)
                break
            except OSError:
                if ros.get_errno() != EINTR:
                    raise oserror()
            signals.run_pending()
    if not got:
        return False
    sem.count += 1
    sem.last_tid = rthread.get_ident()
    return True


def release(sem: W_SemLock) -> None:
    if sem.kind == RECURSIVE_MUTEX:
        if not sem.is_mine():
            raise operr(w_AssertionError, "attempt to release recursive lock not owned by thread")
        if sem.count > 1:
            sem.count -= 1
            return
    else:
        # not a guarantee (another process may post meanwhile), as CPython's
        try:
            value = runix.sem_getvalue(sem.handle)
        except OSError:
            raise oserror()
        if value >= sem.maxvalue:
            raise operr(w_ValueError, "semaphore or lock released too many times")
    try:
        runix.sem_post(sem.handle)
    except OSError:
        raise oserror()
    sem.count -= 1


def semlock_acquire(slots: list[W_Root | None]) -> W_Root:
    sem = _sem(slots[0])
    blocking = True
    if slots[1] is not None:
        blocking = c_int_w(slots[1]) != 0
    return space.wrap_bool(acquire(sem, blocking, slots[2]))


def semlock_enter(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(acquire(_sem(slots[0]), True, None))


def semlock_release(slots: list[W_Root | None]) -> W_Root:
    release(_sem(slots[0]))
    return w_None


def semlock_exit(slots: list[W_Root | None]) -> W_Root:
    release(_sem(slots[0]))
    return w_None


def semlock_count(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(_sem(slots[0]).count)


def semlock_is_mine(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_sem(slots[0]).is_mine())


def _value(sem: W_SemLock) -> int:
    try:
        v = runix.sem_getvalue(sem.handle)
    except OSError:
        raise oserror()
    # some systems report the number of waiters as a negative value
    return v if v > 0 else 0


def semlock_get_value(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(_value(_sem(slots[0])))


def semlock_is_zero(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_value(_sem(slots[0])) == 0)


def semlock_after_fork(slots: list[W_Root | None]) -> W_Root:
    """In a forked child: it holds none of the parent's acquisitions."""
    _sem(slots[0]).count = 0
    return w_None


def get_handle(w: W_Root) -> W_Root:
    return wrap_int(_sem(w).handle)


def get_kind(w: W_Root) -> W_Root:
    return wrap_int(_sem(w).kind)


def get_maxvalue(w: W_Root) -> W_Root:
    return wrap_int(_sem(w).maxvalue)


def get_name(w: W_Root) -> W_Root:
    sem = _sem(w)
    if not sem.has_name:
        return w_None
    return space.wrap_str(sem.name)


register(w_semlock_type, "__new__(cls, kind, value, maxvalue, name, unlink)", semlock_new)
register(w_semlock_type, "acquire(self, block=, timeout=)", semlock_acquire)
register(w_semlock_type, "release(self, /)", semlock_release)
register(w_semlock_type, "__enter__(self, /)", semlock_enter)
register(w_semlock_type, "__exit__(self, exc_type=, exc_value=, exc_tb=, /)", semlock_exit)
register(w_semlock_type, "_count(self, /)", semlock_count)
register(w_semlock_type, "_is_mine(self, /)", semlock_is_mine)
register(w_semlock_type, "_get_value(self, /)", semlock_get_value)
register(w_semlock_type, "_is_zero(self, /)", semlock_is_zero)
register(w_semlock_type, "_after_fork(self, /)", semlock_after_fork)
w_semlock_type.dict_w["_rebuild"] = space.make_classmethod(
    register(None, "_rebuild(cls, handle, kind, maxvalue, name, /)", semlock_rebuild))
readonly_member(w_semlock_type, "handle", get_handle)
readonly_member(w_semlock_type, "kind", get_kind)
readonly_member(w_semlock_type, "maxvalue", get_maxvalue)
readonly_member(w_semlock_type, "name", get_name)


def sem_unlink(slots: list[W_Root | None]) -> W_Root:
    name = _name_arg(slots[0], "sem_unlink()")
    try:
        runix.sem_unlink(_c_name(name))
    except OSError:
        raise oserror()
    return w_None


FUNCTIONS = [
    register(None, "sem_unlink(name, /)", sem_unlink),
]


def make_module() -> W_Module:
    w_mod = W_Module("_multiprocessing", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("SemLock", w_semlock_type)
    w_flags = W_DictObject()
    w_flags.setitem_str("HAVE_SEM_OPEN", wrap_int(1))
    w_flags.setitem_str("HAVE_SEM_TIMEDWAIT", wrap_int(1))
    d.setitem_str("flags", w_flags)
    return w_mod


# Linux's SEM_VALUE_MAX (INT_MAX; runix.sem_value_max() reads the headers')
w_semlock_type.dict_w["SEM_VALUE_MAX"] = wrap_int(2147483647)
register_module("_multiprocessing", make_module)
