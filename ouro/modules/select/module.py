"""The `select` module (CPython 3.11's Modules/selectmodule.c on Linux):
select(), poll objects and epoll objects with CPython's argument checks
and messages, on rpy.rlib.rsocket.  selectors.DefaultSelector picks
EpollSelector, as on CPython.

A signal interrupting a wait runs its Python handler; the wait then goes
on with the time left (PEP 475) unless the handler raised.
Not provided: devpoll/kqueue (not Linux), epoll.fromfd.
"""
from __future__ import annotations

import select as _host_select

from rpy.rlib import ros, rsocket

from ouro.interpreter import signals
from ouro.interpreter.module import W_Module
from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr, w_KeyError,
                                      w_OSError, w_OverflowError, w_RuntimeError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.floatobject import W_FloatObject
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import W_IntObject, int_sign, is_int, wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject, c_int_w
from ouro.objspace.tupleobject import W_TupleObject
from ouro.modules.posix.errors import EINTR, oserror, oserror_errno

ENOENT = 2
NS = 1000000000


def _consts() -> list[tuple[str, int]]:
    """Load time: the POLL*/EPOLL* constants and PIPE_BUF of the host."""
    result: list[tuple[str, int]] = []
    for name in dir(_host_select):
        if name.startswith("POLL") or name.startswith("EPOLL") or name == "PIPE_BUF":
            result.append((name, int(getattr(_host_select, name))))
    return result


CONSTANTS = _consts()
POLLIN = int(_host_select.POLLIN)
POLLPRI = int(_host_select.POLLPRI)
POLLOUT = int(_host_select.POLLOUT)
EPOLLIN = int(_host_select.EPOLLIN)
EPOLLPRI = int(_host_select.EPOLLPRI)
EPOLLOUT = int(_host_select.EPOLLOUT)
EPOLL_CLOEXEC = int(_host_select.EPOLL_CLOEXEC)
EPOLL_CTL_ADD = 1
EPOLL_CTL_DEL = 2
EPOLL_CTL_MOD = 3


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def as_fd(w: W_Root) -> int:
    """PyObject_AsFileDescriptor: an int, or the result of fileno()."""
    if is_int(w):
        fd = c_int_w(w)
    else:
        w_meth = space.getattr_or_none(w, "fileno")
        if w_meth is None:
            raise operr(w_TypeError, "argument must be an int, or have a fileno() method.")
        w_fd = space.call_function(w_meth, [])
        if not is_int(w_fd):
            raise operr(w_TypeError, "fileno() returned a non-integer")
        fd = c_int_w(w_fd)
    if fd < 0:
        raise operr(w_ValueError, "file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def _ceil_div(a: int, b: int) -> int:
    return -((-a) // b)


def time_ns_of(w: W_Root, unit_ns: int, type_msg: str) -> int:
    """_PyTime_From{Seconds,Milliseconds}Object with _PyTime_ROUND_TIMEOUT
    (rounded away from zero); a TypeError gets `type_msg`."""
    if isinstance(w, W_FloatObject):
        x = w.floatval
        if x != x:
            raise operr(w_ValueError, "Invalid value NaN (not a number)")
        d = x * float(unit_ns)
        if not (-9.2e18 < d < 9.2e18):
            raise operr(w_OverflowError, "timestamp too large to convert to C _PyTime_t")
        r = int(d)
        if float(r) < d:
            r += 1
        elif float(r) > d:
            r -= 1
        return r
    if isinstance(w, W_IntObject) or is_int(w):
        if not isinstance(w, W_IntObject):
            raise operr(w_OverflowError, "timestamp too large to convert to C _PyTime_t")
        v = w.intval
        if v > 9200000000000000000 // unit_ns or v < -9200000000000000000 // unit_ns:
            raise operr(w_OverflowError, "timestamp too large to convert to C _PyTime_t")
        return v * unit_ns
    raise operr(w_TypeError, type_msg)


def check_eintr() -> None:
    """After an OSError of a wait: EINTR runs the signal handlers (which
    may raise) and returns; any other errno raises the OSError."""
    code = ros.get_errno()
    if code != EINTR:
        raise oserror_errno(code)
    signals.run_pending()


# -- select()

def _fd_list(w_seq: W_Root) -> tuple[list[W_Root], list[int]]:
    try:
        items_w = space.unpack_iterable(w_seq)
    except OperationError as e:
        if not e.match(w_TypeError):
            raise
        raise operr(w_TypeError, "arguments 1-3 must be sequences")
    fds: list[int] = []
    for w in items_w:
        fd = as_fd(w)
        if fd >= rsocket.FD_SETSIZE:
            raise operr(w_ValueError, "filedescriptor out of range in select()")
        fds.append(fd)
    return items_w, fds


def select_select(slots: list[W_Root | None]) -> W_Root:
    w_timeout = slots[3]
    timeout = -1
    if w_timeout is not None and w_timeout is not w_None:
        timeout = time_ns_of(w_timeout, NS, "timeout must be a float or None")
        if timeout < 0:
            raise operr(w_ValueError, "timeout must be non-negative")
    objs: list[list[W_Root]] = []
    fdl: list[list[int]] = []
    for i in range(3):
        items_w, fds = _fd_list(_req(slots, i))
        objs.append(items_w)
        fdl.append(fds)
    deadline = ros.monotonic_ns() + timeout if timeout >= 0 else 0
    while True:
        rsocket.select_clear()
        nfds = 0
        for i in range(3):
            for fd in fdl[i]:
                rsocket.select_add(fd, i)
                if fd + 1 > nfds:
                    nfds = fd + 1
        try:
            rsocket.select_wait(nfds, timeout)
        except OSError:
            check_eintr()
            if timeout >= 0:
                timeout = deadline - ros.monotonic_ns()
                if timeout < 0:
                    timeout = 0
            continue
        break
    result_w: list[W_Root] = []
    for i in range(3):
        ready_w: list[W_Root] = []
        for j in range(len(fdl[i])):
            if rsocket.select_isset(fdl[i][j], i):
                ready_w.append(objs[i][j])
        result_w.append(W_ListObject(ready_w))
    return W_TupleObject(result_w)


# -- poll objects

w_poll_type = make_builtin_type("poll", [w_object_type], LAYOUT_OTHER)
w_poll_type.w_module = W_StrObject("select")
w_poll_type.dict_w["__module__"] = W_StrObject("select")


class W_Poll(W_Root):
    fds: dict[int, int]          # fd -> event mask, in registration order
    polling: bool

    def __init__(self) -> None:
        self.fds = {}
        self.polling = False

    def getclass(self) -> W_TypeObject:
        return w_poll_type


def _poll_self(w: W_Root | None) -> W_Poll:
    if not isinstance(w, W_Poll):
        raise operr(w_TypeError, "descriptor requires a 'select.poll' object but received '%s'"
                    % (type_name(w) if w is not None else "NoneType"))
    return w


def _event_mask(w: W_Root | None, default: int) -> int:
    """The eventmask argument: a C unsigned short."""
    if w is None:
        return default
    if not is_int(w):
        raise operr(w_TypeError, "an integer is required")
    if int_sign(w) < 0:
        raise operr(w_ValueError, "value must be positive")
    if not isinstance(w, W_IntObject):
        raise operr(w_OverflowError, "Python int too large for C unsigned short")
    v = w.intval
    if v > 65535:
        raise operr(w_OverflowError, "Python int too large for C unsigned short")
    return v


def select_poll(slots: list[W_Root | None]) -> W_Root:
    return W_Poll()


def poll_register(slots: list[W_Root | None]) -> W_Root:
    w_self = _poll_self(slots[0])
    fd = as_fd(_req(slots, 1))
    w_self.fds[fd] = _event_mask(slots[2], POLLIN | POLLPRI | POLLOUT)
    return w_None


def poll_modify(slots: list[W_Root | None]) -> W_Root:
    w_self = _poll_self(slots[0])
    fd = as_fd(_req(slots, 1))
    mask = _event_mask(_req(slots, 2), 0)
    if fd not in w_self.fds:
        raise oserror_errno(ENOENT)
    w_self.fds[fd] = mask
    return w_None


def poll_unregister(slots: list[W_Root | None]) -> W_Root:
    w_self = _poll_self(slots[0])
    w_fd = _req(slots, 1)
    fd = as_fd(w_fd)
    if fd not in w_self.fds:
        raise OperationError(_exc_instance(w_KeyError, [w_fd]))
    del w_self.fds[fd]
    return w_None


def _exc_instance(w_type: W_TypeObject, args_w: list[W_Root]) -> W_BaseException:
    w_exc = space.call_function(w_type, args_w)
    assert isinstance(w_exc, W_BaseException)
    return w_exc


def poll_poll(slots: list[W_Root | None]) -> W_Root:
    w_self = _poll_self(slots[0])
    w_timeout = slots[1]
    ms = -1
    if w_timeout is not None and w_timeout is not w_None:
        ms = time_ns_of(w_timeout, 1000000, "timeout must be an integer or None")
        ms = _ceil_div(ms, 1000000) if ms >= 0 else -1
        if ms > 2147483647:
            raise operr(w_OverflowError, "Python int too large to convert to C int")
    if w_self.polling:
        raise operr(w_RuntimeError, "concurrent poll() invocation")
    fds: list[int] = []
    for fd in w_self.fds:
        fds.append(fd)
    deadline = ros.monotonic_ns() + ms * 1000000 if ms >= 0 else 0
    w_self.polling = True
    try:
        while True:
            rsocket.poll_clear()
            for fd in fds:
                rsocket.poll_add(fd, w_self.fds[fd])
            try:
                rsocket.poll_wait(ms)
            except OSError:
                check_eintr()
                if ms >= 0:
                    ms = _ceil_div(deadline - ros.monotonic_ns(), 1000000)
                    if ms < 0:
                        ms = 0
                continue
            break
    finally:
        w_self.polling = False
    result_w: list[W_Root] = []
    for i in range(len(fds)):
        rev = rsocket.poll_revents(i)
        if rev != 0:
            result_w.append(W_TupleObject([wrap_int(fds[i]), wrap_int(rev)]))
    return W_ListObject(result_w)


register(w_poll_type, "register(self, fd, eventmask=, /)", poll_register)
register(w_poll_type, "modify(self, fd, eventmask, /)", poll_modify)
register(w_poll_type, "unregister(self, fd, /)", poll_unregister)
register(w_poll_type, "poll(self, timeout=, /)", poll_poll)


# -- epoll objects

w_epoll_type = make_builtin_type("epoll", [w_object_type], LAYOUT_OTHER)
w_epoll_type.w_module = W_StrObject("select")
w_epoll_type.dict_w["__module__"] = W_StrObject("select")


class W_Epoll(W_Root):
    epfd: int                    # -1 once closed

    def __init__(self, epfd: int) -> None:
        self.epfd = epfd

    def getclass(self) -> W_TypeObject:
        return w_epoll_type

    def check_open(self) -> None:
        if self.epfd < 0:
            raise operr(w_ValueError, "I/O operation on closed epoll object")


def _epoll_self(w: W_Root | None) -> W_Epoll:
    if not isinstance(w, W_Epoll):
        raise operr(w_TypeError, "descriptor requires a 'select.epoll' object but received '%s'"
                    % (type_name(w) if w is not None else "NoneType"))
    return w


def epoll_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    sizehint = -1
    flags = 0
    names = ["sizehint", "flags"]
    vals: list[W_Root | None] = [None, None]
    if len(args.args_w) > 3:
        raise operr(w_TypeError, "epoll() takes at most 2 arguments (%d given)"
                    % (len(args.args_w) - 1))
    for i in range(1, len(args.args_w)):
        vals[i - 1] = args.args_w[i]
    for k in range(len(args.kw_names)):
        name = args.kw_names[k]
        if name not in names:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for epoll()" % name)
        vals[names.index(name)] = args.kw_values_w[k]
    w_size = vals[0]
    if w_size is not None:
        sizehint = c_int_w(w_size)
    w_flags = vals[1]
    if w_flags is not None:
        flags = c_int_w(w_flags)
    if sizehint == 0 or sizehint < -1:
        raise operr(w_ValueError, "negative sizehint")
    if flags != 0 and flags != EPOLL_CLOEXEC:
        raise oserror_errno(22)
    assert isinstance(w_cls, W_TypeObject)
    try:
        epfd = rsocket.epoll_create()
    except OSError:
        raise oserror()
    return W_Epoll(epfd)


def epoll_close(slots: list[W_Root | None]) -> W_Root:
    w_self = _epoll_self(slots[0])
    if w_self.epfd >= 0:
        fd = w_self.epfd
        w_self.epfd = -1
        try:
            ros.close(fd)
        except OSError:
            raise oserror()
    return w_None


def epoll_get_closed(w: W_Root) -> W_Root:
    return space.wrap_bool(_epoll_self(w).epfd < 0)


def epoll_fileno(slots: list[W_Root | None]) -> W_Root:
    w_self = _epoll_self(slots[0])
    w_self.check_open()
    return wrap_int(w_self.epfd)


def _epoll_ctl(slots: list[W_Root | None], op: int, w_mask: W_Root | None,
               default: int) -> W_Root:
    w_self = _epoll_self(slots[0])
    fd = as_fd(_req(slots, 1))
    mask = default
    if w_mask is not None:
        mask = space.int_of_w(w_mask) & 0xffffffff
    w_self.check_open()
    try:
        rsocket.epoll_ctl(w_self.epfd, op, fd, mask)
    except OSError:
        raise oserror()
    return w_None


def epoll_register(slots: list[W_Root | None]) -> W_Root:
    return _epoll_ctl(slots, EPOLL_CTL_ADD, slots[2], EPOLLIN | EPOLLPRI | EPOLLOUT)


def epoll_modify(slots: list[W_Root | None]) -> W_Root:
    return _epoll_ctl(slots, EPOLL_CTL_MOD, _req(slots, 2), 0)


def epoll_unregister(slots: list[W_Root | None]) -> W_Root:
    return _epoll_ctl(slots, EPOLL_CTL_DEL, None, 0)


def epoll_poll(slots: list[W_Root | None]) -> W_Root:
    w_self = _epoll_self(slots[0])
    w_self.check_open()
    w_timeout = slots[1]
    ms = -1
    if w_timeout is not None and w_timeout is not w_None:
        ns = time_ns_of(w_timeout, NS, "timeout must be an integer or None")
        ms = _ceil_div(ns, 1000000)
        if ms > 2147483647 or ms < -2147483648:
            raise operr(w_OverflowError, "timeout is too large")
        if ms < 0:
            ms = -1
    maxevents = -1
    if slots[2] is not None:
        maxevents = c_int_w(_req(slots, 2))
    if maxevents == -1:
        maxevents = rsocket.FD_SETSIZE - 1
    elif maxevents < 1:
        raise operr(w_ValueError, "maxevents must be greater than 0, got %d" % maxevents)
    deadline = ros.monotonic_ns() + ms * 1000000 if ms >= 0 else 0
    while True:
        try:
            n = rsocket.epoll_wait(w_self.epfd, maxevents, ms)
        except OSError:
            check_eintr()
            if ms >= 0:
                ms = _ceil_div(deadline - ros.monotonic_ns(), 1000000)
                if ms < 0:
                    ms = 0
            continue
        break
    result_w: list[W_Root] = []
    for i in range(n):
        result_w.append(W_TupleObject([wrap_int(rsocket.epoll_fd(i)),
                                       wrap_int(rsocket.epoll_events(i))]))
    return W_ListObject(result_w)


def epoll_enter(slots: list[W_Root | None]) -> W_Root:
    w_self = _epoll_self(slots[0])
    w_self.check_open()
    return w_self


def epoll_exit(args: Arguments) -> W_Root:
    epoll_close([args.args_w[0]])
    return w_None


register_raw(w_epoll_type, "__new__", epoll_new)
register(w_epoll_type, "close(self, /)", epoll_close)
register(w_epoll_type, "fileno(self, /)", epoll_fileno)
register(w_epoll_type, "register(self, fd, eventmask=, /)", epoll_register)
register(w_epoll_type, "modify(self, fd, eventmask, /)", epoll_modify)
register(w_epoll_type, "unregister(self, fd, /)", epoll_unregister)
register(w_epoll_type, "poll(self, timeout=, maxevents=)", epoll_poll)
register(w_epoll_type, "__enter__(self, /)", epoll_enter)
register_raw(w_epoll_type, "__exit__", epoll_exit)
getset(w_epoll_type, "closed", epoll_get_closed)


FUNCTIONS = [
    register(None, "select(rlist, wlist, xlist, timeout=, /)", select_select),
    register(None, "poll()", select_poll),
]


def make_module() -> W_Module:
    w_mod = W_Module("select", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    for name, value in CONSTANTS:
        d.setitem_str(name, wrap_int(value))
    d.setitem_str("error", w_OSError)
    d.setitem_str("epoll", w_epoll_type)
    return w_mod
