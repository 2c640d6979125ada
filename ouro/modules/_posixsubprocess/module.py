"""The `_posixsubprocess` module: fork_exec, what subprocess.Popen calls
to start a child (CPython 3.11's Modules/_posixsubprocess.c).  The child's
work between fork and exec is C (rpy/c/runtime/procs.c, through
rpy.rlib.rprocess): closing the parent's pipe ends, the dup2s onto 0/1/2,
cwd, umask, restored signals, setsid/setpgid, close_fds, then exec over
executable_list; a failure reaches the parent through errpipe_write in
CPython's format, which subprocess.py turns into the exception.

preexec_fn runs in the child between the setup and the exec (the fork is
then made here, the two halves of the child's work are C); if it raises,
the parent gets CPython's "Exception occurred in preexec_fn."; the
os.register_at_fork callables run around that fork, as CPython's.
gid/extra_groups/uid: setgroups/setregid/setreuid before preexec_fn.
"""
from __future__ import annotations

from rpy.rlib import rprocess

from ouro.interpreter.module import W_Module
from ouro.objspace import space
from ouro.objspace.exceptions import (OperationError, operr, w_OverflowError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.gateway import register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import Arguments, W_Root, w_None
from ouro.objspace.strobject import c_int_w
from ouro.modules.posix import procs
from ouro.modules.posix.errors import fs_bytes, oserror

NARGS = 23


def _joined(w_seq: W_Root) -> bytes:
    """The items of a sequence, fs-encoded, each ended by NUL."""
    parts: list[bytes] = []
    for w in space.unpack_iterable(w_seq):
        parts.append(fs_bytes(w))
        parts.append(b"\x00")
    return b"".join(parts)


def _id_arg(w: W_Root, what: str) -> int:
    """A uid/gid argument: None is -1 (unchanged)."""
    if w is w_None:
        return -1
    v = space.int_of_w(w)
    if v < 0 or v > 0xfffffffe:
        raise operr(w_OverflowError, "%s is greater than maximum" % what if v > 0
                    else "%s is less than minimum" % what)
    return v


def fork_exec(args: Arguments) -> W_Root:
    if len(args.kw_names) > 0:
        raise operr(w_TypeError, "fork_exec() takes no keyword arguments")
    a = args.args_w
    if len(a) != NARGS:
        raise operr(w_TypeError, "fork_exec() takes exactly %d arguments (%d given)"
                    % (NARGS, len(a)))
    w_argv = a[0]
    argv = b"" if w_argv is w_None else _joined(w_argv)
    paths = _joined(a[1])
    close_fds = space.is_true(a[2])
    keep: list[str] = []
    for w_fd in space.unpack_iterable(a[3]):
        fd = c_int_w(w_fd)
        if fd < 0:
            raise operr(w_ValueError, "bad value(s) in fds_to_keep")
        keep.append("%d" % fd)
    has_cwd = a[4] is not w_None
    cwd = fs_bytes(a[4]) if has_cwd else b""
    has_env = a[5] is not w_None
    env = _joined(a[5]) if has_env else b""
    fds: list[int] = []
    for i in range(6, 14):
        fds.append(c_int_w(a[i]))
    restore_signals = space.is_true(a[14])
    call_setsid = space.is_true(a[15])
    pgid = c_int_w(a[16])
    gid = _id_arg(a[17], "gid")
    has_groups = a[18] is not w_None
    groups: list[str] = []
    if has_groups:
        for w_g in space.unpack_iterable(a[18]):
            groups.append("%d" % _id_arg(w_g, "gid"))
    uid = _id_arg(a[19], "uid")
    child_umask = c_int_w(a[20])
    w_preexec = a[21]
    if w_preexec is w_None:
        try:
            pid = rprocess.fork_exec(argv, paths, env, has_env, cwd, has_cwd, ",".join(keep),
                                     close_fds, fds[0], fds[1], fds[2], fds[3], fds[4], fds[5],
                                     fds[6], fds[7], restore_signals, call_setsid, pgid,
                                     child_umask, gid, uid, ",".join(groups), has_groups, 0)
        except OSError:
            raise oserror()
        return wrap_int(pid)
    # preexec_fn: fork here, the child runs the setup (C), the function,
    # then the exec (C), as CPython's child_exec does
    procs.before_fork()
    try:
        pid = rprocess.fork()
    except OSError:
        procs.after_fork_parent()
        raise oserror()
    if pid == 0:
        procs.after_fork_child()
        rprocess.fork_exec(argv, paths, env, has_env, cwd, has_cwd, ",".join(keep), close_fds,
                           fds[0], fds[1], fds[2], fds[3], fds[4], fds[5], fds[6], fds[7],
                           restore_signals, call_setsid, pgid, child_umask, gid, uid,
                           ",".join(groups), has_groups, 1)
        try:
            space.call_function(w_preexec, [])
        except OperationError:
            rprocess.preexec_failed(fds[7])
        rprocess.fork_exec(argv, paths, env, has_env, cwd, has_cwd, ",".join(keep), close_fds,
                           fds[0], fds[1], fds[2], fds[3], fds[4], fds[5], fds[6], fds[7],
                           restore_signals, call_setsid, pgid, child_umask, gid, uid,
                           ",".join(groups), has_groups, 2)
    procs.after_fork_parent()
    return wrap_int(pid)


def make_module() -> W_Module:
    w_mod = W_Module("_posixsubprocess", None)
    w_mod.w_dict.setitem_str("fork_exec", register_raw(None, "fork_exec", fork_exec))
    return w_mod

