"""The `_posixsubprocess` module: fork_exec, what subprocess.Popen calls
to start a child (CPython 3.11's Modules/_posixsubprocess.c).  The child's
work between fork and exec is C (rpy/c/runtime/procs.c, through
rpy.rlib.rprocess): closing the parent's pipe ends, the dup2s onto 0/1/2,
cwd, umask, restored signals, setsid/setpgid, close_fds, then exec over
executable_list; a failure reaches the parent through errpipe_write in
CPython's format, which subprocess.py turns into the exception.

Not supported (RuntimeError naming the argument): preexec_fn (it would
run Python code in the child), gid/extra_groups/uid.
"""
from __future__ import annotations

from rpy.rlib import rprocess

from ouro.interpreter.module import W_Module
from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.exceptions import operr, w_RuntimeError, w_TypeError, w_ValueError
from ouro.objspace.gateway import register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import Arguments, W_Root, w_None
from ouro.objspace.strobject import W_StrObject, c_int_w, encode_text
from ouro.modules.posix.errors import fspath, oserror

NARGS = 23


def fsencode(w: W_Root) -> bytes:
    """PyUnicode_FSConverter: str (UTF-8, surrogateescape), bytes or PathLike;
    ValueError for an embedded NUL."""
    w_p = fspath(w)
    if isinstance(w_p, W_StrObject):
        b = encode_text(w_p.value, "utf-8", "surrogateescape")
    else:
        assert isinstance(w_p, W_BytesObject)
        b = w_p.value
    if b"\x00" in b:
        raise operr(w_ValueError, "embedded null byte")
    return b


def _joined(w_seq: W_Root) -> bytes:
    """The items of a sequence, fs-encoded, each ended by NUL."""
    parts: list[bytes] = []
    for w in space.unpack_iterable(w_seq):
        parts.append(fsencode(w))
        parts.append(b"\x00")
    return b"".join(parts)


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
    cwd = fsencode(a[4]) if has_cwd else b""
    has_env = a[5] is not w_None
    env = _joined(a[5]) if has_env else b""
    fds: list[int] = []
    for i in range(6, 14):
        fds.append(c_int_w(a[i]))
    restore_signals = space.is_true(a[14])
    call_setsid = space.is_true(a[15])
    pgid = c_int_w(a[16])
    if a[17] is not w_None or a[18] is not w_None or a[19] is not w_None:
        raise operr(w_RuntimeError, "fork_exec(): gid, extra_groups and uid are not supported")
    child_umask = c_int_w(a[20])
    if a[21] is not w_None:
        raise operr(w_RuntimeError, "fork_exec(): preexec_fn is not supported")
    try:
        pid = rprocess.fork_exec(argv, paths, env, has_env, cwd, has_cwd, ",".join(keep),
                                 close_fds, fds[0], fds[1], fds[2], fds[3], fds[4], fds[5],
                                 fds[6], fds[7], restore_signals, call_setsid, pgid,
                                 child_umask)
    except OSError:
        raise oserror()
    return wrap_int(pid)


def make_module() -> W_Module:
    w_mod = W_Module("_posixsubprocess", None)
    w_mod.w_dict.setitem_str("fork_exec", register_raw(None, "fork_exec", fork_exec))
    return w_mod

