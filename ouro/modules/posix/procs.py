"""The process and descriptor-flag functions of posix that asyncio and
subprocess need: waitpid and the W* status macros, pipe, set_blocking/
get_blocking, set_inheritable/get_inheritable (CPython's behaviour and
messages), on rpy.rlib.rprocess and rsocket."""
from __future__ import annotations

from rpy.rlib import ros, rprocess, rsocket

from ouro.interpreter import signals
from ouro.objspace import space
from ouro.objspace.gateway import register
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import W_Root, w_None
from ouro.objspace.strobject import c_int_w
from ouro.objspace.tupleobject import W_TupleObject
from ouro.modules.posix.errors import EINTR, fd_arg, oserror, oserror_errno


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def posix_waitpid(slots: list[W_Root | None]) -> W_Root:
    pid = c_int_w(_req(slots, 0))
    options = c_int_w(_req(slots, 1))
    while True:
        try:
            r = rprocess.waitpid(pid, options)
        except OSError:
            code = ros.get_errno()
            if code == EINTR:
                signals.run_pending()
                continue
            raise oserror_errno(code)
        break
    return W_TupleObject([wrap_int(r), wrap_int(rprocess.wait_status())])


def posix_pipe(slots: list[W_Root | None]) -> W_Root:
    try:
        both = rprocess.pipe()
    except OSError:
        raise oserror()
    return W_TupleObject([wrap_int(both >> 32), wrap_int(both & 0xffffffff)])


def posix_set_blocking(slots: list[W_Root | None]) -> W_Root:
    fd = fd_arg(slots[0])
    blocking = space.is_true(_req(slots, 1))
    try:
        rsocket.set_blocking(fd, blocking)
    except OSError:
        raise oserror()
    return w_None


def posix_get_blocking(slots: list[W_Root | None]) -> W_Root:
    fd = fd_arg(slots[0])
    try:
        return space.wrap_bool(rsocket.get_blocking(fd))
    except OSError:
        raise oserror()


def posix_set_inheritable(slots: list[W_Root | None]) -> W_Root:
    fd = fd_arg(slots[0])
    inheritable = space.is_true(_req(slots, 1))
    try:
        rsocket.set_inheritable(fd, inheritable)
    except OSError:
        raise oserror()
    return w_None


def posix_get_inheritable(slots: list[W_Root | None]) -> W_Root:
    fd = fd_arg(slots[0])
    try:
        return space.wrap_bool(rsocket.get_inheritable(fd))
    except OSError:
        raise oserror()


# the wait status macros of glibc

def _status(slots: list[W_Root | None]) -> int:
    return c_int_w(_req(slots, 0))


def posix_WIFEXITED(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_status(slots) & 0x7f == 0)


def posix_WEXITSTATUS(slots: list[W_Root | None]) -> W_Root:
    return wrap_int((_status(slots) & 0xff00) >> 8)


def posix_WIFSIGNALED(slots: list[W_Root | None]) -> W_Root:
    sig = _status(slots) & 0x7f
    return space.wrap_bool(sig != 0 and sig != 0x7f)


def posix_WTERMSIG(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(_status(slots) & 0x7f)


def posix_WIFSTOPPED(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_status(slots) & 0xff == 0x7f)


def posix_WSTOPSIG(slots: list[W_Root | None]) -> W_Root:
    return wrap_int((_status(slots) & 0xff00) >> 8)


def posix_WCOREDUMP(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_status(slots) & 0x80 != 0)


def posix_WIFCONTINUED(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_status(slots) == 0xffff)


FUNCTIONS = [
    register(None, "waitpid(pid, options, /)", posix_waitpid),
    register(None, "pipe()", posix_pipe),
    register(None, "set_blocking(fd, blocking, /)", posix_set_blocking),
    register(None, "get_blocking(fd, /)", posix_get_blocking),
    register(None, "set_inheritable(fd, inheritable, /)", posix_set_inheritable),
    register(None, "get_inheritable(fd, /)", posix_get_inheritable),
    register(None, "WIFEXITED(status)", posix_WIFEXITED),
    register(None, "WEXITSTATUS(status)", posix_WEXITSTATUS),
    register(None, "WIFSIGNALED(status)", posix_WIFSIGNALED),
    register(None, "WTERMSIG(status)", posix_WTERMSIG),
    register(None, "WIFSTOPPED(status)", posix_WIFSTOPPED),
    register(None, "WSTOPSIG(status)", posix_WSTOPSIG),
    register(None, "WCOREDUMP(status)", posix_WCOREDUMP),
    register(None, "WIFCONTINUED(status)", posix_WIFCONTINUED),
]
