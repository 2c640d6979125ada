"""Child processes for RPy programs: pipe, waitpid, fork and fork_exec (the
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


def system(cmd: bytes) -> int:
    """system(3) of cmd (no NUL in it): the shell's wait status."""
    return _os.system(cmd)


def _split(b: bytes) -> list[bytes]:
    return b.split(b"\0")[:-1]


@_keeps_errno
def fork() -> int:
    """fork(2) (standard output flushed first): 0 in the child."""
    import sys
    sys.stdout.flush()
    return _os.fork()


@_keeps_errno
def setsid() -> int:
    """setsid(2): the new session id (this process's id)."""
    _os.setsid()
    return _os.getpid()


@_keeps_errno
def getsid(pid: int) -> int:
    return _os.getsid(pid)


@_keeps_errno
def setpgid(pid: int, pgrp: int) -> None:
    _os.setpgid(pid, pgrp)


@_keeps_errno
def getpgid(pid: int) -> int:
    """getpgid(2) (0: this process)."""
    return _os.getpgid(pid)


@_keeps_errno
def pidfd_open(pid: int, flags: int) -> int:
    """pidfd_open(2): a descriptor that becomes readable when pid ends."""
    return _os.pidfd_open(pid, flags)


def preexec_failed(errpipe_write: int) -> None:
    """In the child: report that preexec_fn raised (CPython's message) and
    end the process."""
    _os.write(errpipe_write, b"SubprocessError:0:Exception occurred in preexec_fn.")
    _os._exit(255)


@_keeps_errno
def execv(path: bytes, argv: bytes, env: bytes, has_env: bool) -> None:
    """execv(2), or execve(2) with `env` when has_env (argv, env: entries
    each ended by NUL); returns only by raising OSError."""
    _flush_std_streams()
    if has_env:
        envd = {}
        for item in _split(env):
            k, _, v = item.partition(b"=")
            envd[k] = v
        _os.execve(path, _split(argv), envd)
    _os.execv(path, _split(argv))


def _flush_std_streams() -> None:
    import sys
    sys.stdout.flush()
    sys.stderr.flush()


def _ints(s: str) -> list[int]:
    return [int(x) for x in s.split(",") if x]


@_keeps_errno
def fork_exec(argv: bytes, paths: bytes, env: bytes, has_env: bool, cwd: bytes,
              has_cwd: bool, keep: str, close_fds: bool, p2cread: int, p2cwrite: int,
              c2pread: int, c2pwrite: int, errread: int, errwrite: int, errpipe_read: int,
              errpipe_write: int, restore_signals: bool, call_setsid: bool, pgid: int,
              child_umask: int, gid: int, uid: int, groups: str, has_groups: bool,
              stage: int) -> int:
    """The child of subprocess: sets up its descriptors (as
    _posixsubprocess) and execs the first of `paths` that works with `argv`
    (and `env`).  argv, paths, env: entries each ended by NUL; keep, groups:
    decimal numbers separated by commas; gid/uid -1: unchanged.
    stage 0: fork, the child does everything; returns its pid.
    stage 1: in a child made by fork(): the setup before preexec_fn
    (returns 0).  stage 2: the rest, close_fds and exec (never returns).
    A failure in the child is written to errpipe_write as CPython's is."""
    if stage == 0:
        import _posixsubprocess
        from typing import cast
        fork_exec_: Any = cast(Any, _posixsubprocess).fork_exec
        return fork_exec_(
            _split(argv), _split(paths), close_fds, tuple(sorted(_ints(keep))),
            cwd if has_cwd else None, _split(env) if has_env else None, p2cread, p2cwrite,
            c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write,
            restore_signals, call_setsid, pgid, None if gid == -1 else gid,
            _ints(groups) if has_groups else None, None if uid == -1 else uid,
            child_umask, None, False)
    noexec = stage == 1
    try:
        if stage == 1:
            for fd in (p2cwrite, c2pread, errread, errpipe_read):
                if fd != -1:
                    _os.close(fd)
            for fd in _ints(keep):
                if fd != errpipe_write:
                    _os.set_inheritable(fd, True)
            for fd, target in ((p2cread, 0), (c2pwrite, 1), (errwrite, 2)):
                if fd == target:
                    _os.set_inheritable(fd, True)
                elif fd != -1:
                    _os.dup2(fd, target)
            if has_cwd:
                _os.chdir(cwd)
            if child_umask >= 0:
                _os.umask(child_umask)
            if call_setsid:
                _os.setsid()
            return 0
        if close_fds:
            _os.closerange(3, errpipe_write)
            _os.closerange(errpipe_write + 1, 65536)
        args = _split(argv)
        for path in _split(paths):
            try:
                if has_env:
                    _os.execve(path, args, dict(e.split(b"=", 1) for e in _split(env)))
                _os.execv(path, args)
            except OSError:
                pass
        raise OSError(2, "No such file or directory")
    except OSError as e:
        _os.write(errpipe_write, b"OSError:%x:%s" % (e.errno or 0, b"noexec" if noexec else b""))
        _os._exit(255)
