"""Child processes for RPy programs: pipe, waitpid and fork_exec (the
child side of CPython's _posixsubprocess.fork_exec).

The same behaviour untranslated (through CPython's os and _posixsubprocess)
and translated (rpy/c/runtime/procs.c).  Errors raise OSError and leave
their errno in `ros.get_errno()`.  Two descriptors come as one int:
fd0 << 32 | fd1.
"""
from __future__ import annotations

import os as _os
from typing import Any

from rpy.rlib.ros import _keeps_errno


class _State:
    status = 0


@_keeps_errno
def pipe() -> int:
    """A pipe, both ends close-on-exec: read end << 32 | write end."""
    r, w = _os.pipe()
    return r << 32 | w


@_keeps_errno
def waitpid(pid: int, options: int) -> int:
    """waitpid(2): the pid (0 with WNOHANG and no child done); the status
    is then wait_status()."""
    p, st = _os.waitpid(pid, options)
    _State.status = st
    return p


def wait_status() -> int:
    return _State.status


def _split(b: bytes) -> list[bytes]:
    return b.split(b"\0")[:-1]


@_keeps_errno
def fork_exec(argv: bytes, paths: bytes, env: bytes, has_env: bool, cwd: bytes,
              has_cwd: bool, keep: str, close_fds: bool, p2cread: int, p2cwrite: int,
              c2pread: int, c2pwrite: int, errread: int, errwrite: int, errpipe_read: int,
              errpipe_write: int, restore_signals: bool, call_setsid: bool, pgid: int,
              child_umask: int) -> int:
    """Fork; the child sets up its descriptors (as _posixsubprocess) and
    execs the first of `paths` that works with `argv` (and `env`).
    argv, paths, env: entries each ended by NUL; keep: the descriptors to
    keep open, decimal, separated by commas.  Returns the child's pid; a
    failure in the child is written to errpipe_write as CPython's is."""
    import _posixsubprocess
    from typing import cast
    fds = tuple(sorted(int(x) for x in keep.split(",") if x))
    fork_exec_: Any = cast(Any, _posixsubprocess).fork_exec
    return fork_exec_(
        _split(argv), _split(paths), close_fds, fds, cwd if has_cwd else None,
        _split(env) if has_env else None, p2cread, p2cwrite, c2pread, c2pwrite,
        errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid,
        pgid, None, None, None, child_umask, None, False)
