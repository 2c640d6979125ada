"""Operating-system access for RPy programs: files, descriptors, directories,
environment, exit, clocks and calendar time.

Each function has the same behaviour untranslated (through CPython's os) and
translated (through the C runtime).  Errors raise OSError; `get_errno()`
is the errno of the last OSError a function of this module raised (the
OSError itself carries only CPython's text), so that an interpreter can
build FileNotFoundError & co.

Results with several values use a small per-process record instead of
tuples: `stat_into(path, follow)` / `fstat_into(fd)` fill it and
`stat_field(ST_...)` reads it; `tm_into(t, local)` and `tm_field(TM_...)`
likewise for broken-down time.  Directory listings and the environment
come as one bytes value (entries ending in NUL).
"""
from __future__ import annotations
import functools as _functools
import os as _os
import sys as _sys
import time as _time
from typing import Any, Callable, TypeVar

_F = TypeVar('_F', bound=Callable[..., Any])


class _State:
    errno = 0
    stat: Any = None
    tm: Any = None


def _keeps_errno(fn: _F) -> _F:
    """Untranslated: remember the errno of an OSError (translated, os.c
    does it in raise_oserror)."""
    @_functools.wraps(fn)
    def wrapper(*args: Any) -> Any:
        try:
            return fn(*args)
        except OSError as e:
            _State.errno = e.errno or 0
            raise
    return wrapper  # type: ignore[return-value]

O_RDONLY = _os.O_RDONLY
O_WRONLY = _os.O_WRONLY
O_RDWR = _os.O_RDWR
O_CREAT = _os.O_CREAT
O_TRUNC = _os.O_TRUNC
O_APPEND = _os.O_APPEND
O_EXCL = _os.O_EXCL

# stat(path, field): which field
STAT_MODE = 0        # st_mode: file type and permission bits
STAT_SIZE = 1        # st_size in bytes
STAT_MTIME_NS = 2    # st_mtime_ns: modification time, nanoseconds since the epoch
# the file type bits of st_mode
S_IFMT = 0o170000
S_IFDIR = 0o040000
S_IFREG = 0o100000


@_keeps_errno
def open(path: str, flags: int, mode: int) -> int:
    return _os.open(path, flags, mode)


@_keeps_errno
def read(fd: int, n: int) -> bytes:
    return _os.read(fd, n)


@_keeps_errno
def write(fd: int, data: bytes) -> int:
    _flush_std()
    return _os.write(fd, data)


@_keeps_errno
def close(fd: int) -> None:
    _os.close(fd)


def getenv(name: str) -> str | None:
    return _os.environ.get(name)


@_keeps_errno
def read_file(path: str) -> bytes:
    """The whole content of a file, as bytes."""
    with _os.fdopen(_os.open(path, _os.O_RDONLY), 'rb') as f:
        return f.read()


@_keeps_errno
def write_file(path: str, data: bytes) -> None:
    """Create or truncate the file and write data to it."""
    with _os.fdopen(_os.open(path, _os.O_WRONLY | _os.O_CREAT | _os.O_TRUNC, 0o666), 'wb') as f:
        f.write(data)


@_keeps_errno
def stat(path: str, field: int) -> int:
    """One field of the status of a file (symbolic links followed), selected
    by a STAT_* constant; ValueError for another field."""
    if field < STAT_MODE or field > STAT_MTIME_NS:
        raise ValueError("invalid stat field")
    st = _os.stat(path)
    if field == STAT_MODE:
        return st.st_mode
    if field == STAT_SIZE:
        return st.st_size
    return st.st_mtime_ns


@_keeps_errno
def mkdir(path: str, mode: int) -> None:
    """Create a directory (mode is masked by the umask)."""
    _os.mkdir(path, mode)


@_keeps_errno
def rmdir(path: str) -> None:
    """Remove an empty directory."""
    _os.rmdir(path)


@_keeps_errno
def unlink(path: str) -> None:
    """Remove a file."""
    _os.unlink(path)


@_keeps_errno
def rename(src: str, dst: str) -> None:
    """Rename src to dst, atomically replacing dst if it exists (POSIX rename)."""
    _os.rename(src, dst)


@_keeps_errno
def getcwd() -> str:
    """The current directory (OSError if it cannot be read)."""
    return _os.getcwd()


def isatty(fd: int) -> bool:
    return _os.isatty(fd)


def getpid() -> int:
    """The process id."""
    return _os.getpid()


@_keeps_errno
def readline() -> bytes:
    """One line of standard input, with its newline; b'' at end of file."""
    return _sys.stdin.buffer.readline()


def write_stderr(s: str) -> None:
    """Write text to standard error (standard output is flushed first)."""
    _sys.stdout.flush()
    _sys.stderr.write(s)
    _sys.stderr.flush()


def _flush_std() -> None:
    _sys.stdout.flush()


def exit(status: int) -> None:
    """End the program now with this exit status (standard output is flushed)."""
    _sys.stdout.flush()
    raise SystemExit(status)


# ---------------------------------------------------------------- errors

def get_errno() -> int:
    """The errno of the last OSError raised by a function of this module."""
    return _State.errno


def strerror(code: int) -> str:
    """The C library's text for an errno value ("Unknown error N" if none)."""
    return _os.strerror(code)


# ---------------------------------------------------------------- descriptors

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


@_keeps_errno
def lseek(fd: int, pos: int, how: int) -> int:
    return _os.lseek(fd, pos, how)


@_keeps_errno
def ftruncate(fd: int, length: int) -> None:
    _os.ftruncate(fd, length)


@_keeps_errno
def fsync(fd: int) -> None:
    _os.fsync(fd)


@_keeps_errno
def dup(fd: int) -> int:
    return _os.dup(fd)


@_keeps_errno
def dup2(fd: int, fd2: int) -> int:
    return _os.dup2(fd, fd2)


# ---------------------------------------------------------------- status

# stat_field(which)
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7          # seconds
ST_ATIME_NSEC = 8     # the nanoseconds within that second
ST_MTIME = 9
ST_MTIME_NSEC = 10
ST_CTIME = 11
ST_CTIME_NSEC = 12
ST_BLKSIZE = 13
ST_BLOCKS = 14
ST_RDEV = 15
S_IFLNK = 0o120000


@_keeps_errno
def stat_into(path: str, follow_symlinks: bool) -> None:
    """stat (or lstat) the path into the status record."""
    _State.stat = _os.stat(path, follow_symlinks=follow_symlinks)


@_keeps_errno
def fstat_into(fd: int) -> None:
    _State.stat = _os.fstat(fd)


def stat_field(which: int) -> int:
    """One field of the status record (ST_*), 0 for an unknown field."""
    st = _State.stat
    if st is None:
        return 0
    if which == ST_MODE:
        return st.st_mode
    if which == ST_INO:
        return st.st_ino
    if which == ST_DEV:
        return st.st_dev
    if which == ST_NLINK:
        return st.st_nlink
    if which == ST_UID:
        return st.st_uid
    if which == ST_GID:
        return st.st_gid
    if which == ST_SIZE:
        return st.st_size
    if which == ST_ATIME:
        return st.st_atime_ns // 1000000000
    if which == ST_ATIME_NSEC:
        return st.st_atime_ns % 1000000000
    if which == ST_MTIME:
        return st.st_mtime_ns // 1000000000
    if which == ST_MTIME_NSEC:
        return st.st_mtime_ns % 1000000000
    if which == ST_CTIME:
        return st.st_ctime_ns // 1000000000
    if which == ST_CTIME_NSEC:
        return st.st_ctime_ns % 1000000000
    if which == ST_BLKSIZE:
        return st.st_blksize
    if which == ST_BLOCKS:
        return st.st_blocks
    if which == ST_RDEV:
        return st.st_rdev
    return 0


@_keeps_errno
def access(path: str, mode: int) -> bool:
    """access(2); False on any failure (no OSError)."""
    return _os.access(path, mode)


# ---------------------------------------------------------------- directories, files

# the d_type of listdir entries
DT_UNKNOWN = 0
DT_FIFO = 1
DT_CHR = 2
DT_DIR = 4
DT_BLK = 6
DT_REG = 8
DT_LNK = 10
DT_SOCK = 12


@_keeps_errno
def listdir(path: str) -> bytes:
    """The entries of a directory except . and ..: for each, one byte of
    d_type (DT_*), the name's bytes and a NUL byte; in readdir order."""
    out = []
    with _os.scandir(path) as it:
        for e in it:
            if e.is_symlink():
                t = DT_LNK
            elif e.is_dir(follow_symlinks=False):
                t = DT_DIR
            elif e.is_file(follow_symlinks=False):
                t = DT_REG
            else:
                t = DT_UNKNOWN
            out.append(bytes([t]) + _os.fsencode(e.name) + b"\0")
    return b"".join(out)


@_keeps_errno
def chdir(path: str) -> None:
    _os.chdir(path)


@_keeps_errno
def chmod(path: str, mode: int) -> None:
    _os.chmod(path, mode)


@_keeps_errno
def chown(path: str, uid: int, gid: int, follow_symlinks: bool) -> None:
    """uid/gid -1: unchanged; follow_symlinks False: lchown."""
    _os.chown(path, uid, gid, follow_symlinks=follow_symlinks)


@_keeps_errno
def fchown(fd: int, uid: int, gid: int) -> None:
    _os.fchown(fd, uid, gid)


@_keeps_errno
def readlink(path: str) -> str:
    return _os.readlink(path)


@_keeps_errno
def symlink(src: str, dst: str) -> None:
    _os.symlink(src, dst)


@_keeps_errno
def link(src: str, dst: str) -> None:
    _os.link(src, dst)


@_keeps_errno
def utime(path: str, atime_ns: int, mtime_ns: int) -> None:
    """Set the access and modification times (nanoseconds since the epoch)."""
    _os.utime(path, ns=(atime_ns, mtime_ns))


def umask(mask: int) -> int:
    return _os.umask(mask)


# ---------------------------------------------------------------- environment, process

def environ() -> bytes:
    """The environment as NAME=VALUE entries, each followed by a NUL byte."""
    return b"".join([k + b"=" + v + b"\0" for k, v in _os.environb.items()])


@_keeps_errno
def putenv(name: str, value: str) -> None:
    """setenv(3); ValueError for a name that is empty or has '=' or NUL."""
    if name == "" or "=" in name or "\0" in name or "\0" in value:
        raise ValueError("embedded null byte" if "\0" in name + value
                         else "illegal environment variable name")
    _os.environ[name] = value


@_keeps_errno
def unsetenv(name: str) -> None:
    if name == "" or "=" in name or "\0" in name:
        raise ValueError("embedded null byte" if "\0" in name
                         else "illegal environment variable name")
    _os.environ.pop(name, None)


def getppid() -> int:
    return _os.getppid()


def getuid() -> int:
    return _os.getuid()


def geteuid() -> int:
    return _os.geteuid()


def getgid() -> int:
    return _os.getgid()


def getegid() -> int:
    return _os.getegid()


@_keeps_errno
def kill(pid: int, sig: int) -> None:
    _os.kill(pid, sig)


def os_exit(status: int) -> None:
    """_exit(2): end the process now, without flushing anything."""
    _os._exit(status)


@_keeps_errno
def urandom(n: int) -> bytes:
    return _os.urandom(n)


def uname() -> str:
    """sysname, nodename, release, version, machine, each followed by NUL."""
    u = _os.uname()
    return "".join([x + "\0" for x in u])


@_keeps_errno
def terminal_size(fd: int) -> int:
    """The window size of the terminal on fd: columns << 32 | lines."""
    size = _os.get_terminal_size(fd)
    return size.columns << 32 | size.lines


def cpu_count() -> int:
    """Online processors, 0 if unknown."""
    return _os.cpu_count() or 0


def sysconf_clk_tck() -> int:
    return _os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------- clocks

def time_ns() -> int:
    """CLOCK_REALTIME in nanoseconds."""
    return _time.time_ns()


def monotonic_ns() -> int:
    return _time.monotonic_ns()


def process_time_ns() -> int:
    return _time.process_time_ns()


def thread_time_ns() -> int:
    return _time.thread_time_ns()


@_keeps_errno
def clock_gettime_ns(clk: int) -> int:
    """clock_gettime(2) of clock clk in nanoseconds (OSError for an unknown
    clock)."""
    return _time.clock_gettime_ns(clk)


@_keeps_errno
def clock_getres_ns(clk: int) -> int:
    res = _time.clock_getres(clk)
    return int(round(res * 1e9))


def sleep(secs: float) -> None:
    """Sleep (restarted after signals); secs >= 0."""
    _sys.stdout.flush()
    _time.sleep(secs)


# ---------------------------------------------------------------- calendar time

# tm_field(which): struct tm as Python's struct_time has it (year 1900-based
# values already converted: TM_YEAR is the full year, TM_MON 1..12,
# TM_WDAY 0 = Monday, TM_YDAY 1..366)
TM_YEAR = 0
TM_MON = 1
TM_MDAY = 2
TM_HOUR = 3
TM_MIN = 4
TM_SEC = 5
TM_WDAY = 6
TM_YDAY = 7
TM_ISDST = 8
TM_GMTOFF = 9


@_keeps_errno
def tm_into(t: int, local: bool) -> None:
    """localtime_r / gmtime_r of t (seconds since the epoch) into the
    calendar record; OSError (EOVERFLOW) when the year does not fit."""
    try:
        _State.tm = _time.localtime(t) if local else _time.gmtime(t)
    except OverflowError:
        raise OSError(75, _os.strerror(75))


def tm_field(which: int) -> int:
    tm = _State.tm
    if tm is None:
        return 0
    if which == TM_GMTOFF:
        return tm.tm_gmtoff
    return tm[which]


def tm_zone() -> str:
    tm = _State.tm
    if tm is None:
        return ""
    return tm.tm_zone


def mktime(year: int, mon: int, mday: int, hour: int, minute: int, sec: int, wday: int,
           yday: int, isdst: int) -> int:
    """mktime(3) of local time fields (as tm_field gives them); OverflowError
    "mktime argument out of range" if it fails or a field is not a C int."""
    fields = (year, mon, mday, hour, minute, sec, wday, yday, isdst)
    if any(not -2 ** 31 <= x < 2 ** 31 for x in fields):
        raise OverflowError("mktime argument out of range")
    try:
        return int(_time.mktime(fields))
    except OverflowError:
        raise OverflowError("mktime argument out of range")


def strftime(fmt: str, year: int, mon: int, mday: int, hour: int, minute: int, sec: int,
             wday: int, yday: int, isdst: int, gmtoff: int, zone: str) -> str:
    """strftime(3) of the fields (as tm_field gives them)."""
    st = _time.struct_time((year, mon, mday, hour, minute, sec, wday, yday, isdst),
                           {"tm_zone": zone, "tm_gmtoff": gmtoff})
    return _time.strftime(fmt, st)


def tzset() -> None:
    _time.tzset()
