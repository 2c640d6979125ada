"""`_thread`: OS threads under the global interpreter lock
(rpy/rlib/rthread.py, rpy/c/runtime/threads.c).

Each thread has its own ExecutionContext (frame.get_ec(), kept in the
thread's slot).  start_new_thread makes one holding the function and its
arguments and starts an OS thread running thread_main, which calls it.

Locks are RPy objects: their state changes only under the GIL, so taking a
free lock is a field store.  A thread that must wait sleeps without the
GIL in rthread.wait_change until some lock is released (every release
calls rthread.lock_changed), then looks again; the main thread wakes up
for signals too (a KeyboardInterrupt ends a blocked acquire or join).

Not here (threading.py then uses its pure-Python versions): _local
(_threading_local), _excepthook/_ExceptHookArgs."""
from __future__ import annotations

from rpy.rlib import rsignal, rthread, ros
from rpy.rlib.rgcref import cast_instance_to_gcref

from ouro.interpreter import frame as framemod
from ouro.interpreter import signals
from ouro.interpreter.module import W_Module
from ouro.interpreter.output import STDERR, write_text
from ouro.interpreter.traceback import format_uncaught
from ouro.interpreter.unraisable import write_unraisable
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, operr, w_OverflowError,
                                      w_RuntimeError, w_TypeError, w_ValueError)
from ouro.objspace.floatobject import wrap_float
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import float_of_w, wrap_int
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

w_lock_type = make_builtin_type("lock", [w_object_type], LAYOUT_OTHER)
w_rlock_type = make_builtin_type("RLock", [w_object_type], LAYOUT_OTHER)
# tp_name "_thread.lock" in messages ("cannot pickle '_thread.lock' object")
w_lock_type.w_module = W_StrObject("_thread")
w_rlock_type.w_module = W_StrObject("_thread")
w_lock_type.dict_w["__module__"] = W_StrObject("_thread")
w_rlock_type.dict_w["__module__"] = W_StrObject("_thread")

TIMEOUT_MAX = 9223372036.0


class W_Lock(W_Root):
    locked: bool
    count: int          # RLock: recursion depth
    owner: int          # RLock: the owner's ident
    reentrant: bool

    def __init__(self, reentrant: bool) -> None:
        self.locked = False
        self.count = 0
        self.owner = 0
        self.reentrant = reentrant

    def getclass(self) -> W_TypeObject:
        return w_rlock_type if self.reentrant else w_lock_type


def _lock(w: W_Root | None) -> W_Lock:
    """A lock method's self (the gateway checked it: `_thread.LockType.
    acquire(x)` is its TypeError)."""
    assert isinstance(w, W_Lock)
    return w


def wait_until_free(lock: W_Lock, timeout: float) -> bool:
    """Blocks (without the GIL) until lock is free; False if timeout
    (seconds, < 0: none) passed first.  Signal handlers run meanwhile in
    the main thread (their exception propagates)."""
    deadline = 0
    if timeout >= 0.0:
        deadline = ros.monotonic_ns() + int(timeout * 1e9)
    while lock.locked:
        us = -1
        if timeout >= 0.0:
            left = deadline - ros.monotonic_ns()
            if left <= 0:
                return False
            us = (left + 999) // 1000
        seq = rthread.lock_seq()
        r = rthread.wait_change(seq, us)
        if r < 0 or rsignal.pending():
            signals.run_pending()
    return True


def parse_acquire(args: Arguments) -> float:
    """The timeout of acquire(blocking=True, timeout=-1): -1.0 for none,
    0.0 when not blocking."""
    blocking = True
    w_timeout: W_Root | None = None
    if len(args.args_w) > 1:
        blocking = space.is_true(args.args_w[1])
    if len(args.args_w) > 2:
        w_timeout = args.args_w[2]
    if len(args.args_w) > 3:
        raise operr(w_TypeError, "acquire() takes at most 2 arguments (%d given)"
                    % (len(args.args_w) - 1))
    k = 0
    while k < len(args.kw_names):
        name = args.kw_names[k]
        if name == "blocking":
            blocking = space.is_true(args.kw_values_w[k])
        elif name == "timeout":
            w_timeout = args.kw_values_w[k]
        else:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for acquire()" % name)
        k += 1
    timeout = -1.0
    if w_timeout is not None:
        timeout = float_of_w(w_timeout)
    if not blocking:
        if timeout != -1.0:
            raise operr(w_ValueError, "can't specify a timeout for a non-blocking call")
        return 0.0
    if timeout < 0.0 and timeout != -1.0:
        raise operr(w_ValueError, "timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise operr(w_OverflowError, "timeout value is too large")
    return timeout


def acquire(lock: W_Lock, timeout: float) -> bool:
    if lock.reentrant:
        me = rthread.get_ident()
        if lock.locked and lock.owner == me:
            lock.count += 1
            return True
        if lock.locked:
            if timeout == 0.0 or not wait_until_free(lock, timeout):
                return False
        lock.locked = True
        lock.owner = me
        lock.count = 1
        return True
    if lock.locked:
        if timeout == 0.0 or not wait_until_free(lock, timeout):
            return False
    lock.locked = True
    return True


def release(lock: W_Lock) -> None:
    if lock.reentrant:
        if not lock.locked or lock.owner != rthread.get_ident():
            raise operr(w_RuntimeError, "cannot release un-acquired lock")
        lock.count -= 1
        if lock.count > 0:
            return
        lock.owner = 0
    elif not lock.locked:
        raise operr(w_RuntimeError, "release unlocked lock")
    lock.locked = False
    rthread.lock_changed()


def lock_acquire(args: Arguments) -> W_Root:
    lock = _lock(args.args_w[0])
    return space.wrap_bool(acquire(lock, parse_acquire(args)))


def lock_enter(args: Arguments) -> W_Root:
    lock = _lock(args.args_w[0])
    return space.wrap_bool(acquire(lock, -1.0))


def lock_release(slots: list[W_Root | None]) -> W_Root:
    release(_lock(slots[0]))
    return w_None


def lock_locked(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_lock(slots[0]).locked)


def lock_exit(args: Arguments) -> W_Root:
    release(_lock(args.args_w[0]))
    return w_None


def lock_is_owned(slots: list[W_Root | None]) -> W_Root:
    lock = _lock(slots[0])
    return space.wrap_bool(lock.locked and lock.owner == rthread.get_ident())


def rlock_recursion_count(slots: list[W_Root | None]) -> W_Root:
    """How deep the calling thread holds it (0 if another thread or none)."""
    lock = _lock(slots[0])
    if lock.locked and lock.owner == rthread.get_ident():
        return wrap_int(lock.count)
    return wrap_int(0)


def rlock_release_save(slots: list[W_Root | None]) -> W_Root:
    """threading.Condition.wait: release completely, return the state."""
    lock = _lock(slots[0])
    if not lock.locked or lock.count == 0:
        raise operr(w_RuntimeError, "cannot release un-acquired lock")
    w_state = W_TupleObject([wrap_int(lock.count), wrap_int(lock.owner)])
    lock.count = 0
    lock.owner = 0
    lock.locked = False
    rthread.lock_changed()
    return w_state


def rlock_acquire_restore(slots: list[W_Root | None]) -> W_Root:
    lock = _lock(slots[0])
    w_state = slots[1]
    if not isinstance(w_state, W_TupleObject) or len(w_state.items_w) != 2:
        raise operr(w_TypeError, "_acquire_restore() argument 1 must be tuple")
    count = space.int_of_w(w_state.items_w[0])
    owner = space.int_of_w(w_state.items_w[1])
    if lock.locked:
        wait_until_free(lock, -1.0)
    lock.locked = True
    lock.count = count
    lock.owner = owner
    return w_None


def lock_repr(slots: list[W_Root | None]) -> W_Root:
    lock = _lock(slots[0])
    state = "locked" if lock.locked else "unlocked"
    if lock.reentrant:
        return space.wrap_str("<%s _thread.RLock object owner=%d count=%d at 0x%x>" % (
            state, lock.owner, lock.count, space.id_of(lock)))
    return space.wrap_str("<%s _thread.lock object at 0x%x>" % (state, space.id_of(lock)))


def lock_at_fork_reinit(slots: list[W_Root | None]) -> W_Root:
    """After os.fork in the child (threading's hook): free again."""
    lock = _lock(slots[0])
    lock.locked = False
    lock.count = 0
    lock.owner = 0
    return w_None


def lock_new(args: Arguments) -> W_Root:
    """_thread.LockType() (allocate_lock() makes locks)."""
    raise operr(w_TypeError, "cannot create '_thread.lock' instances")


def rlock_new(args: Arguments) -> W_Root:
    return W_Lock(True)


for _t in [w_lock_type, w_rlock_type]:
    register_raw(_t, "acquire", lock_acquire)
    register_raw(_t, "__enter__", lock_enter)
    register(_t, "release(self, /)", lock_release)
    register_raw(_t, "__exit__", lock_exit)
    register(_t, "__repr__(self, /)", lock_repr)
    register(_t, "_at_fork_reinit(self, /)", lock_at_fork_reinit)
register(w_lock_type, "locked(self, /)", lock_locked)
register_raw(w_lock_type, "acquire_lock", lock_acquire)
register(w_lock_type, "release_lock(self, /)", lock_release)
register(w_lock_type, "locked_lock(self, /)", lock_locked)
register(w_rlock_type, "_is_owned(self, /)", lock_is_owned)
register(w_rlock_type, "_recursion_count(self, /)", rlock_recursion_count)
register(w_rlock_type, "_release_save(self, /)", rlock_release_save)
register(w_rlock_type, "_acquire_restore(self, state, /)", rlock_acquire_restore)
register_raw(w_lock_type, "__new__", lock_new)
register_raw(w_rlock_type, "__new__", rlock_new)


def allocate_lock(slots: list[W_Root | None]) -> W_Root:
    return W_Lock(False)


def get_ident(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(rthread.get_ident())


def get_native_id(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(rthread.get_native_id())


# -- threads

class Threads:
    count: int           # started by start_new_thread, not finished
    # the running threads started here and their ExecutionContexts
    # (sys._current_frames), in parallel lists
    idents: list[int]
    ecs: list[framemod.ExecutionContext]
    main_ident: int      # the main thread's ident, once it started a thread (else 0)

    def __init__(self) -> None:
        self.count = 0
        self.idents = []
        self.ecs = []
        self.main_ident = 0

    def add(self, ident: int, ec: framemod.ExecutionContext) -> None:
        self.idents.append(ident)
        self.ecs.append(ec)

    def remove(self, ec: framemod.ExecutionContext) -> None:
        i = 0
        while i < len(self.ecs):
            if self.ecs[i] is ec:
                del self.ecs[i]
                del self.idents[i]
                return
            i += 1


THREADS = Threads()


def thread_main() -> None:
    """The body of every thread (rthread.start_new_thread)."""
    ec = framemod.get_ec()
    w_func = ec.w_start_func
    w_args = ec.w_start_args
    w_kwargs = ec.w_start_kwargs
    ec.w_start_func = None
    ec.w_start_args = None
    ec.w_start_kwargs = None
    THREADS.add(rthread.get_ident(), ec)
    try:
        if w_func is not None and w_args is not None:
            try:
                framemod.call_ex(w_func, w_args, w_kwargs)
            except OperationError as e:
                if not e.match(EXCEPTION_TYPES["SystemExit"]):
                    report_unraisable(w_func, e)
    except Exception:
        pass
    for w_lock in ec.sentinels_w:
        if isinstance(w_lock, W_Lock) and w_lock.locked:
            w_lock.locked = False
    ec.sentinels_w = []
    THREADS.remove(ec)
    THREADS.count -= 1
    rthread.lock_changed()


def known_threads() -> tuple[list[int], list[framemod.ExecutionContext]]:
    """(idents, ecs) in parallel: the running thread, the main thread
    (known once it started a thread) and the threads started here that
    are still running (sys._current_frames, sys._current_exceptions)."""
    me = rthread.get_ident()
    idents = [me]
    ecs = [framemod.get_ec()]
    if THREADS.main_ident != 0 and THREADS.main_ident != me:
        idents.append(THREADS.main_ident)
        ecs.append(framemod.MAIN_EC)
    i = 0
    while i < len(THREADS.ecs):
        if THREADS.idents[i] != me:
            idents.append(THREADS.idents[i])
            ecs.append(THREADS.ecs[i])
        i += 1
    return idents, ecs


def current_frames() -> W_DictObject:
    """sys._current_frames(): {ident: innermost frame} of the known
    threads that are running Python code."""
    w_d = W_DictObject()
    idents, ecs = known_threads()
    i = 0
    while i < len(ecs):
        w_f = ecs[i].topframe
        if w_f is not None:
            w_d.setitem(wrap_int(idents[i]), w_f)
        i += 1
    return w_d


def current_exceptions() -> W_DictObject:
    """sys._current_exceptions(): {ident: sys.exc_info() of that thread}
    for every known thread, (None, None, None) where none is handled
    (CPython 3.11's tuples; 3.12 gives the exception alone)."""
    w_d = W_DictObject()
    idents, ecs = known_threads()
    i = 0
    while i < len(ecs):
        w_d.setitem(wrap_int(idents[i]), framemod.exc_info_tuple(ecs[i].w_handled))
        i += 1
    return w_d


def report_unraisable(w_func: W_Root, e: OperationError) -> None:
    """Through sys.unraisablehook, as CPython's "Exception ignored in
    thread started by: <func>"."""
    try:
        write_unraisable(e, "Exception ignored in thread started by", w_func)
    except OperationError:
        pass


def start_new_thread(args: Arguments) -> W_Root:
    n = len(args.args_w)
    if len(args.kw_names) > 0:
        raise operr(w_TypeError, "start_new_thread() takes no keyword arguments")
    if n < 2 or n > 3:
        raise operr(w_TypeError, "start_new_thread expected at least 2 arguments, got %d" % n
                    if n < 2 else "start_new_thread expected at most 3 arguments, got %d" % n)
    w_func = args.args_w[0]
    w_args = args.args_w[1]
    w_kwargs: W_Root | None = args.args_w[2] if n > 2 else None
    if not space.callable_w(w_func):
        raise operr(w_TypeError, "first arg must be callable")
    if not isinstance(w_args, W_TupleObject):
        raise operr(w_TypeError, "2nd arg must be a tuple")
    if w_kwargs is not None and not isinstance(w_kwargs, W_DictObject):
        raise operr(w_TypeError, "optional 3rd arg must be a dictionary")
    if rthread.is_main_thread():
        THREADS.main_ident = rthread.get_ident()
    ec = framemod.ExecutionContext()
    ec.w_start_func = w_func
    ec.w_start_args = w_args
    ec.w_start_kwargs = w_kwargs
    ident = rthread.start_new_thread(thread_main, cast_instance_to_gcref(ec))
    if ident == -1:
        raise operr(w_RuntimeError, "can't start new thread")
    THREADS.count += 1
    return wrap_int(ident)


def count(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(THREADS.count)


def stack_size(slots: list[W_Root | None]) -> W_Root:
    size = 0
    w_size = slots[0]
    if w_size is not None:
        size = space.int_of_w(w_size)
    if size < 0:
        raise operr(w_ValueError, "size must be 0 or a positive value")
    old = rthread.set_stack_size(size)
    if old < 0:
        raise operr(w_ValueError, "size not valid: %d bytes" % size)
    return wrap_int(old)


def set_sentinel(slots: list[W_Root | None]) -> W_Root:
    """A lock that the calling thread acquires and that is released when
    it ends (threading's Thread.join waits on it)."""
    lock = W_Lock(False)
    framemod.get_ec().sentinels_w.append(lock)
    return lock


def daemon_threads_allowed(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(True)


def interrupt_main(args: Arguments) -> W_Root:
    """Acts as if the signal (SIGINT) arrived, when Python handles it."""
    sig = rsignal.SIGINT
    if len(args.args_w) > 0:
        sig = space.int_of_w(args.args_w[0])
    if not rsignal.is_valid(sig):
        raise operr(w_ValueError, "signal number out of range")
    if rsignal.disposition(sig) == rsignal.DISP_RECORDED:
        # to the process: the main thread is the one that gets it
        ros.kill(ros.getpid(), sig)
        # CPython's eval breaker runs the handler right after the call: in
        # the main thread, its KeyboardInterrupt comes from this call
        # (`try: interrupt_main() except KeyboardInterrupt:` catches it)
        if rsignal.pending():
            signals.run_pending()
    return w_None


def thread_exit(slots: list[W_Root | None]) -> W_Root:
    raise operr(EXCEPTION_TYPES["SystemExit"], "")


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
    register(None, "exit()", thread_exit),
    register(None, "exit_thread()", thread_exit),
]


def shutdown() -> None:
    """At interpreter exit, before the atexit functions (CPython's
    wait_for_thread_shutdown): threading._shutdown() waits for the
    non-daemon threads."""
    w_modules = framemod.REFS.w_sys_dict.getitem_str("modules")
    if not isinstance(w_modules, W_DictObject):
        return
    w_threading = w_modules.getitem_str("threading")
    if w_threading is None:
        return
    try:
        w_shutdown = space.getattr(w_threading, "_shutdown")
        space.call_function(w_shutdown, [])
    except OperationError as e:
        try:
            text = "Exception ignored on threading shutdown:\n%s" % format_uncaught(e.w_value)
        except OperationError:
            text = "Exception ignored on threading shutdown\n"
        write_text(STDERR, text)
        STDERR.flush_quietly()


def finalize() -> None:
    """The very end: threads still running (daemons) never run again."""
    rthread.finalize()


def make_module() -> W_Module:
    w_mod = W_Module("_thread", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("LockType", w_lock_type)
    d.setitem_str("RLock", w_rlock_type)
    d.setitem_str("error", w_RuntimeError)
    d.setitem_str("TIMEOUT_MAX", wrap_float(TIMEOUT_MAX))
    return w_mod


register_module("_thread", make_module)
