"""Unix databases and controls for RPy programs: password and group
entries (pwd, grp), resource limits and usage (resource), fcntl/ioctl/
flock/lockf (fcntl).

The same behaviour untranslated (through CPython's pwd, grp, resource
and fcntl modules) and translated (rpy/c/runtime/unix.c).  Errors raise
OSError and leave the errno in ros.get_errno(), as ros does.

Entries come through a per-process record, as ros.stat_into: a lookup
(`pw_by_name`, `pw_by_uid`, `pw_next` after `pw_start`; the same for
groups) returns whether it found an entry and fills the record, read
with `pw_str(PW_*)`/`pw_int(PW_*)` (`gr_str`, `gr_gid`, `gr_members`:
each member's name followed by a NUL byte).  Strings are the raw bytes
of the database.  `getrlimit` fills two values read with `rlimit(0|1)`,
`prlimit` the old limits read the same way, `getrusage` sixteen read with `rusage_int(i)`/`rusage_time(0|1)`.
"""
from __future__ import annotations

import os as _os
from typing import Any

from rpy.rlib.ros import _State as _OsState
from rpy.rlib.ros import _keeps_errno

PW_NAME = 0
PW_PASSWD = 1
PW_GECOS = 2
PW_DIR = 3
PW_SHELL = 4
PW_UID = 0
PW_GID = 1
GR_NAME = 0
GR_PASSWD = 1


class _State:
    pw: Any = None
    pw_iter: Any = None
    gr: Any = None
    gr_iter: Any = None
    rlimit: Any = (0, 0)
    rusage: Any = None


def _b(s: str) -> bytes:
    return _os.fsencode(s)


def pw_by_name(name: bytes) -> bool:
    import pwd
    try:
        _State.pw = pwd.getpwnam(_os.fsdecode(name))
    except KeyError:
        return False
    return True


def pw_by_uid(uid: int) -> bool:
    import pwd
    try:
        _State.pw = pwd.getpwuid(uid)
    except (KeyError, OverflowError):
        return False
    return True


def pw_start() -> None:
    import pwd
    _State.pw_iter = iter(pwd.getpwall())


def pw_next() -> bool:
    it = _State.pw_iter
    if it is None:
        return False
    try:
        _State.pw = next(it)
    except StopIteration:
        return False
    return True


def pw_end() -> None:
    _State.pw_iter = None


def pw_str(field: int) -> bytes:
    pw = _State.pw
    return _b([pw.pw_name, pw.pw_passwd, pw.pw_gecos, pw.pw_dir, pw.pw_shell][field])


def pw_int(field: int) -> int:
    pw = _State.pw
    return int(pw.pw_uid if field == PW_UID else pw.pw_gid)


def gr_by_name(name: bytes) -> bool:
    import grp
    try:
        _State.gr = grp.getgrnam(_os.fsdecode(name))
    except KeyError:
        return False
    return True


def gr_by_gid(gid: int) -> bool:
    import grp
    try:
        _State.gr = grp.getgrgid(gid)
    except (KeyError, OverflowError):
        return False
    return True


def gr_start() -> None:
    import grp
    _State.gr_iter = iter(grp.getgrall())


def gr_next() -> bool:
    it = _State.gr_iter
    if it is None:
        return False
    try:
        _State.gr = next(it)
    except StopIteration:
        return False
    return True


def gr_end() -> None:
    _State.gr_iter = None


def gr_str(field: int) -> bytes:
    gr = _State.gr
    return _b(gr.gr_name if field == GR_NAME else gr.gr_passwd)


def gr_gid() -> int:
    return int(_State.gr.gr_gid)


def gr_members() -> bytes:
    return b"".join(_b(m) + b"\0" for m in _State.gr.gr_mem)


# -- resource

def _res_error(e: Exception) -> None:
    if isinstance(e, OSError):
        _OsState.errno = e.errno or 0


def getrlimit(resource: int) -> None:
    """Fills the rlimit record (OSError on failure)."""
    import resource as _resource
    try:
        _State.rlimit = _resource.getrlimit(resource)
    except ValueError:
        raise OSError(22, _os.strerror(22))
    except OSError as e:
        _res_error(e)
        raise


def rlimit(which: int) -> int:
    return int(_State.rlimit[which])


def setrlimit(resource: int, cur: int, max: int) -> None:
    import resource as _resource
    try:
        _resource.setrlimit(resource, (cur, max))
    except ValueError as e:
        code = 1 if "not allowed" in str(e) else 22
        _OsState.errno = code
        raise OSError(code, _os.strerror(code))
    except OSError as e:
        _res_error(e)
        raise


def prlimit(pid: int, resource: int, set: bool, cur: int, max: int) -> None:
    """prlimit(2): fills the rlimit record with the old limits of the
    process, after setting (cur, max) when `set`."""
    import resource as _resource
    try:
        if set:
            _State.rlimit = _resource.prlimit(pid, resource, (cur, max))
        else:
            _State.rlimit = _resource.prlimit(pid, resource)
    except ValueError:
        _OsState.errno = 22
        raise OSError(22, _os.strerror(22))
    except OSError as e:
        _res_error(e)
        raise


def getrusage(who: int) -> None:
    import resource as _resource
    try:
        _State.rusage = _resource.getrusage(who)
    except ValueError:
        _OsState.errno = 22
        raise OSError(22, _os.strerror(22))


def rusage_time(which: int) -> float:
    r = _State.rusage
    return float(r[which])


def rusage_int(i: int) -> int:
    """Fields 2..15 of struct_rusage (ru_maxrss ... ru_nivcsw)."""
    return int(_State.rusage[i])


def getpagesize() -> int:
    import resource as _resource
    return _resource.getpagesize()


# -- fcntl

@_keeps_errno
def fcntl_int(fd: int, cmd: int, arg: int) -> int:
    import fcntl
    return fcntl.fcntl(fd, cmd, arg)


@_keeps_errno
def fcntl_buf(fd: int, cmd: int, data: bytes) -> bytes:
    import fcntl
    return fcntl.fcntl(fd, cmd, data)


@_keeps_errno
def ioctl_int(fd: int, request: int, arg: int) -> int:
    import fcntl
    return fcntl.ioctl(fd, request, arg)


@_keeps_errno
def ioctl_buf(fd: int, request: int, data: bytes) -> bytes:
    import fcntl
    return fcntl.ioctl(fd, request, data)


@_keeps_errno
def flock(fd: int, operation: int) -> None:
    import fcntl
    fcntl.flock(fd, operation)


@_keeps_errno
def lockf(fd: int, cmd: int, length: int, start: int, whence: int) -> None:
    """cmd: 0 unlock, 1 shared, 2 exclusive; + 4 not blocking (LOCK_NB)."""
    import fcntl
    code = [fcntl.LOCK_UN, fcntl.LOCK_SH, fcntl.LOCK_EX][cmd & 3]
    if cmd & 4:
        code |= fcntl.LOCK_NB
    fcntl.lockf(fd, code, length, start, whence)
