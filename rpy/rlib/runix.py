"""Unix databases and controls for RPy programs: password and group
entries (pwd, grp), resource limits and usage (resource), fcntl/ioctl/
flock/lockf (fcntl), terminal attributes and window sizes (termios).

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

termios (translated: rpy/c/runtime/terms.c): `tcgetattr(fd)` fills a
record read with `tc_field(TC_*)` (the four flags and the two speeds) and
`tc_cc()` (the NCCS control characters as bytes); `tcsetattr` starts
from the terminal's current attributes (hidden fields kept) and sets the
given ones, cc wrapped to bytes.  `tcgetwinsize(fd)` returns
rows * 65536 + columns; `tcsetwinsize` keeps the pixel sizes.
`openpty()` opens a pseudo-terminal pair, both ends close-on-exec,
returned as master << 32 | slave; `ttyname(fd)` is the terminal's path.
`termios_constant(name)` is the value of a constant of the system's
headers, TC_MISSING if they do not define it (every real one is >= 0).

POSIX named semaphores (for _multiprocessing): a semaphore is its sem_t
address, an int.  `sem_open(name, create, value)` opens it (create:
O_CREAT|O_EXCL, mode 0600, initial value); `sem_trywait(h)` is True if
it took one unit; `sem_wait(h, deadline_ns)` blocks without the GIL until
it takes one (True) or the CLOCK_REALTIME deadline passes (False; < 0:
none).  Both raise OSError EINTR when a recorded signal interrupted them,
for the program to run its handlers and retry; `sem_post`,
`sem_getvalue`, `sem_unlink(name)`, `sem_close(h)`; `sem_value_max()`
is the headers' SEM_VALUE_MAX.  Shared memory (for _posixshmem):
`shm_open(path, flags, mode)` returns a descriptor, `shm_unlink(path)`.
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


# -- termios

TC_IFLAG = 0
TC_OFLAG = 1
TC_CFLAG = 2
TC_LFLAG = 3
TC_ISPEED = 4
TC_OSPEED = 5
TC_MISSING = -1


class _TcState:
    attrs: Any = None


def _tc_call(fn: Any, *args: Any) -> Any:
    """Untranslated: CPython's termios raises termios.error; make it the
    OSError (errno kept) that the translated calls raise."""
    import termios
    try:
        return fn(*args)
    except termios.error as e:
        _OsState.errno = e.args[0]
        raise OSError(e.args[0], e.args[1])


def tcgetattr(fd: int) -> None:
    import termios
    _TcState.attrs = _tc_call(termios.tcgetattr, fd)


def tc_field(which: int) -> int:
    return int(_TcState.attrs[which])


def tc_cc() -> bytes:
    out = b""
    for c in _TcState.attrs[6]:
        out += bytes([c]) if isinstance(c, int) else c
    return out


def tcsetattr(fd: int, when: int, iflag: int, oflag: int, cflag: int, lflag: int,
              ispeed: int, ospeed: int, cc: bytes) -> None:
    import termios
    attrs = [iflag & 0xffffffff, oflag & 0xffffffff, cflag & 0xffffffff, lflag & 0xffffffff,
             ispeed & 0xffffffff, ospeed & 0xffffffff, [bytes([c]) for c in cc]]
    _tc_call(termios.tcsetattr, fd, when, attrs)


def tcsendbreak(fd: int, duration: int) -> None:
    import termios
    _tc_call(termios.tcsendbreak, fd, duration)


def tcdrain(fd: int) -> None:
    import termios
    _tc_call(termios.tcdrain, fd)


def tcflush(fd: int, queue: int) -> None:
    import termios
    _tc_call(termios.tcflush, fd, queue)


def tcflow(fd: int, action: int) -> None:
    import termios
    _tc_call(termios.tcflow, fd, action)


def tcgetwinsize(fd: int) -> int:
    import termios
    rows, cols = _tc_call(termios.tcgetwinsize, fd)
    return int(rows) * 65536 + int(cols)


def tcsetwinsize(fd: int, rows: int, cols: int) -> None:
    import termios
    _tc_call(termios.tcsetwinsize, fd, (rows, cols))


def termios_constant(name: bytes) -> int:
    import termios
    return int(getattr(termios, name.decode(), TC_MISSING))


@_keeps_errno
def openpty() -> int:
    master, slave = _os.openpty()
    return master << 32 | slave


@_keeps_errno
def ttyname(fd: int) -> bytes:
    return _os.fsencode(_os.ttyname(fd))


# -- POSIX named semaphores and shared memory (untranslated: the C
# library's calls through ctypes)

class _Sem:
    lib: Any = None


def _semlib() -> Any:
    if _Sem.lib is None:
        import ctypes
        lib = ctypes.CDLL(None, use_errno=True)
        lib.sem_open.restype = ctypes.c_void_p
        lib.sem_open.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_uint, ctypes.c_uint]
        for name in ("sem_close", "sem_trywait", "sem_wait", "sem_post"):
            getattr(lib, name).argtypes = [ctypes.c_void_p]
        lib.sem_timedwait.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        lib.sem_getvalue.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        lib.sem_unlink.argtypes = [ctypes.c_char_p]
        lib.shm_open.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_uint]
        lib.shm_unlink.argtypes = [ctypes.c_char_p]
        _Sem.lib = lib
    return _Sem.lib


def _sem_fail(err: int) -> None:
    _OsState.errno = err
    raise OSError(err, _os.strerror(err))


def _errno() -> int:
    import ctypes
    return ctypes.get_errno()


def _interrupted() -> bool:
    """EINTR that the program must see: a recorded signal waits."""
    from rpy.rlib import rsignal
    return _errno() == 4 and rsignal.pending()


def sem_open(name: bytes, create: bool, value: int) -> int:
    if create:
        h = _semlib().sem_open(name, _os.O_CREAT | _os.O_EXCL, 0o600, value)
    else:
        h = _semlib().sem_open(name, 0, 0, 0)
    if h is None or h == 0 or h == (1 << 64) - 1 or h == -1:
        _sem_fail(_errno())
    return int(h)


def sem_unlink(name: bytes) -> None:
    if _semlib().sem_unlink(name) < 0:
        _sem_fail(_errno())


def sem_close(h: int) -> None:
    _semlib().sem_close(h)


def sem_trywait(h: int) -> bool:
    while True:
        if _semlib().sem_trywait(h) == 0:
            return True
        err = _errno()
        if err == 11:           # EAGAIN
            return False
        if err != 4 or _interrupted():
            _sem_fail(err)


def sem_wait(h: int, deadline_ns: int) -> bool:
    import ctypes
    from rpy.rlib import rthread
    ts = (ctypes.c_long * 2)(deadline_ns // 1000000000, deadline_ns % 1000000000)
    held = rthread._release()
    try:
        while True:
            if deadline_ns < 0:
                r = _semlib().sem_wait(h)
            else:
                r = _semlib().sem_timedwait(h, ts)
            if r == 0:
                return True
            err = _errno()
            if err == 110:      # ETIMEDOUT
                return False
            if err != 4 or _interrupted():
                _sem_fail(err)
    finally:
        rthread._acquire(held)


def sem_post(h: int) -> None:
    if _semlib().sem_post(h) < 0:
        _sem_fail(_errno())


def sem_getvalue(h: int) -> int:
    import ctypes
    v = ctypes.c_int(0)
    if _semlib().sem_getvalue(h, ctypes.byref(v)) < 0:
        _sem_fail(_errno())
    return v.value


def sem_value_max() -> int:
    return int(_os.sysconf("SC_SEM_VALUE_MAX"))


def shm_open(path: bytes, flags: int, mode: int) -> int:
    while True:
        fd = _semlib().shm_open(path, flags, mode)
        if fd >= 0:
            return int(fd)
        err = _errno()
        if err != 4 or _interrupted():
            _sem_fail(err)


def shm_unlink(path: bytes) -> None:
    if _semlib().shm_unlink(path) < 0:
        _sem_fail(_errno())
