"""The process and descriptor-flag functions of posix that asyncio and
subprocess need: waitpid and the W* status macros, pipe, fork, pidfd_open,
setsid/getsid/setpgid/getpgid/getpgrp/setpgrp, set_blocking/
get_blocking, set_inheritable/get_inheritable (CPython's behaviour and
messages), on rpy.rlib.rprocess and rsocket.  os.fork runs the
register_at_fork callables, as _posixsubprocess does with a preexec_fn."""
from __future__ import annotations

from rpy.rlib import ros, rprocess, rsocket, runix

from ouro.interpreter import signals
from ouro.interpreter.output import STDERR, write_text
from ouro.interpreter.traceback import format_uncaught
from ouro.objspace.exceptions import OperationError, operr, w_TypeError, w_ValueError
from ouro.objspace import space
from ouro.objspace.gateway import W_BuiltinFunction, register
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.strobject import c_int_w, decode_bytes, encode_text
from ouro.objspace.tupleobject import W_TupleObject
from ouro.modules.posix.errors import EINTR, fd_arg, fs_bytes, oserror, oserror_errno, path_arg


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def posix_waitpid(slots: list[W_Root | None]) -> W_Root:
    return wait_for(c_int_w(_req(slots, 0)), c_int_w(_req(slots, 1)))


def posix_wait(slots: list[W_Root | None]) -> W_Root:
    """os.wait(): any child, as wait(2) (waitpid(-1, 0))."""
    return wait_for(-1, 0)


def posix_system(slots: list[W_Root | None]) -> W_Root:
    """os.system(command): system(3)'s wait status (the shell runs the
    command; SIGINT and SIGQUIT are ignored meanwhile, as by the C call)."""
    cmd = fs_bytes(_req(slots, 0))
    return wrap_int(rprocess.system(cmd))


def wait_for(pid: int, options: int) -> W_Root:
    """(pid, status) of waitpid(2), retried after a signal whose handler
    did not raise (PEP 475)."""
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


def posix_openpty(slots: list[W_Root | None]) -> W_Root:
    try:
        both = runix.openpty()
    except OSError:
        raise oserror()
    return W_TupleObject([wrap_int(both >> 32), wrap_int(both & 0xffffffff)])


def posix_ttyname(slots: list[W_Root | None]) -> W_Root:
    fd = fd_arg(slots[0])
    try:
        name = runix.ttyname(fd)
    except OSError:
        raise oserror()
    return space.wrap_str(decode_bytes(name, "utf-8", "surrogateescape"))


def _exec_argv(w_argv: W_Root, prefix: str) -> bytes:
    """The arguments of execv/execve, each ended by NUL (CPython's checks)."""
    if isinstance(w_argv, W_TupleObject):
        items_w = w_argv.items_w
    elif isinstance(w_argv, W_ListObject):
        items_w = w_argv.getitems_copy()
    else:
        raise operr(w_TypeError, "%s must be a tuple or list" % prefix)
    if len(items_w) < 1:
        raise operr(w_ValueError, "%s must not be empty" % prefix)
    out: list[bytes] = []
    for i in range(len(items_w)):
        arg = fs_bytes(items_w[i])
        if i == 0 and len(arg) == 0:
            raise operr(w_ValueError, "%s first element cannot be empty" % prefix)
        out.append(arg + b"\x00")
    return b"".join(out)


def _exec(path: bytes, argv: bytes, env: bytes, has_env: bool, w_path: W_Root | None) -> W_Root:
    """The exec; its OSError names the path for execve only, as CPython's."""
    try:
        rprocess.execv(path, argv, env, has_env)
    except OSError:
        raise oserror(w_path)
    return w_None


def posix_execv(slots: list[W_Root | None]) -> W_Root:
    p = path_arg(slots[0], "execv", "path", False, False)
    argv = _exec_argv(_req(slots, 1), "execv() arg 2")
    return _exec(encode_text(p.path, "utf-8", "surrogateescape"), argv, b"", False, None)


def posix_execve(slots: list[W_Root | None]) -> W_Root:
    p = path_arg(slots[0], "execve", "path", False, False)
    argv = _exec_argv(_req(slots, 1), "execve: argv")
    w_env = _req(slots, 2)
    if space.lookup(w_env, "keys") is None or space.lookup(w_env, "__getitem__") is None:
        raise operr(w_TypeError, "execve: environment must be a mapping object")
    out: list[bytes] = []
    w_keys = space.call_method(w_env, "keys", [])
    w_it = space.iter(w_keys)
    while True:
        w_key = space.next_or_none(w_it)
        if w_key is None:
            break
        key = fs_bytes(w_key)
        value = fs_bytes(space.getitem(w_env, w_key))
        if len(key) == 0 or b"=" in key:
            raise operr(w_ValueError, "illegal environment variable name")
        out.append(key + b"=" + value + b"\x00")
    return _exec(encode_text(p.path, "utf-8", "surrogateescape"), argv, b"".join(out), True,
                 p.w_path)


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


class ForkHooks:
    """os.register_at_fork's callables, in registration order."""
    before_w: list[W_Root]
    after_in_child_w: list[W_Root]
    after_in_parent_w: list[W_Root]

    def __init__(self) -> None:
        self.before_w = []
        self.after_in_child_w = []
        self.after_in_parent_w = []


FORK_HOOKS = ForkHooks()


def _run_hooks(hooks_w: list[W_Root], reverse: bool) -> None:
    """Call each; an exception is reported as unraisable and ignored."""
    n = len(hooks_w)
    for k in range(n):
        w_f = hooks_w[n - 1 - k] if reverse else hooks_w[k]
        try:
            space.call_function(w_f, [])
        except OperationError as e:
            try:
                text = "Exception ignored in: %s\n%s" % (space.repr_str(w_f),
                                                         format_uncaught(e.w_value))
            except OperationError:
                text = "Exception ignored in a fork hook\n"
            write_text(STDERR, text)
            STDERR.flush_quietly()


def before_fork() -> None:
    _run_hooks(FORK_HOOKS.before_w, True)


def after_fork_child() -> None:
    _run_hooks(FORK_HOOKS.after_in_child_w, False)


def after_fork_parent() -> None:
    _run_hooks(FORK_HOOKS.after_in_parent_w, False)


def posix_register_at_fork(slots: list[W_Root | None]) -> W_Root:
    names = ["before", "after_in_child", "after_in_parent"]
    if slots[0] is None and slots[1] is None and slots[2] is None:
        raise operr(w_TypeError, "At least one argument is required.")
    for i in range(3):
        w_f = slots[i]
        if w_f is not None and not space.callable_w(w_f):
            raise operr(w_TypeError, "'%s' must be callable, not %s" % (names[i],
                                                                       type_name(w_f)))
    w_before = slots[0]
    if w_before is not None:
        FORK_HOOKS.before_w.append(w_before)
    w_child = slots[1]
    if w_child is not None:
        FORK_HOOKS.after_in_child_w.append(w_child)
    w_parent = slots[2]
    if w_parent is not None:
        FORK_HOOKS.after_in_parent_w.append(w_parent)
    return w_None


def posix_fork(slots: list[W_Root | None]) -> W_Root:
    # one thread: nothing else to stop
    before_fork()
    try:
        pid = rprocess.fork()
    except OSError:
        after_fork_parent()
        raise oserror()
    if pid == 0:
        after_fork_child()
    else:
        after_fork_parent()
    return wrap_int(pid)


def posix_setsid(slots: list[W_Root | None]) -> W_Root:
    try:
        rprocess.setsid()
    except OSError:
        raise oserror()
    return w_None


def posix_getsid(slots: list[W_Root | None]) -> W_Root:
    try:
        return wrap_int(rprocess.getsid(c_int_w(_req(slots, 0))))
    except OSError:
        raise oserror()


def posix_setpgid(slots: list[W_Root | None]) -> W_Root:
    try:
        rprocess.setpgid(c_int_w(_req(slots, 0)), c_int_w(_req(slots, 1)))
    except OSError:
        raise oserror()
    return w_None


def posix_getpgid(slots: list[W_Root | None]) -> W_Root:
    try:
        return wrap_int(rprocess.getpgid(c_int_w(_req(slots, 0))))
    except OSError:
        raise oserror()


def posix_getpgrp(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(rprocess.getpgid(0))


def posix_setpgrp(slots: list[W_Root | None]) -> W_Root:
    try:
        rprocess.setpgid(0, 0)
    except OSError:
        raise oserror()
    return w_None


def posix_pidfd_open(slots: list[W_Root | None]) -> W_Root:
    pid = c_int_w(_req(slots, 0))
    flags = 0 if slots[1] is None else c_int_w(_req(slots, 1))
    try:
        return wrap_int(rprocess.pidfd_open(pid, flags))
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


FUNCTIONS: list[W_BuiltinFunction] = [
    register(None, "waitpid(pid, options, /)", posix_waitpid),
    register(None, "wait()", posix_wait),
    register(None, "system(command)", posix_system),
    register(None, "pipe()", posix_pipe),
    register(None, "openpty()", posix_openpty),
    register(None, "execv(path, argv, /)", posix_execv),
    register(None, "execve(path, argv, env)", posix_execve),
    register(None, "ttyname(fd, /)", posix_ttyname),
    register(None, "fork()", posix_fork),
    register(None, "register_at_fork(*, before=, after_in_child=, after_in_parent=)",
             posix_register_at_fork),
    register(None, "setsid()", posix_setsid),
    register(None, "getsid(pid, /)", posix_getsid),
    register(None, "setpgid(pid, pgrp, /)", posix_setpgid),
    register(None, "getpgid(pid)", posix_getpgid),
    register(None, "getpgrp()", posix_getpgrp),
    register(None, "setpgrp()", posix_setpgrp),
    register(None, "pidfd_open(pid, flags=)", posix_pidfd_open),
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
    register(None, "WCOREDUMP(status, /)", posix_WCOREDUMP),
    register(None, "WIFCONTINUED(status)", posix_WIFCONTINUED),
]
