"""Operating-system access for RPy programs: files, descriptors, directories,
environment, exit.

Each function has the same behaviour untranslated (through CPython's os) and
translated (through the C runtime).  Errors raise OSError.
"""
from __future__ import annotations
import os as _os
import sys as _sys

O_RDONLY = _os.O_RDONLY
O_WRONLY = _os.O_WRONLY
O_RDWR = _os.O_RDWR
O_CREAT = _os.O_CREAT
O_TRUNC = _os.O_TRUNC
O_APPEND = _os.O_APPEND

# stat(path, field): which field
STAT_MODE = 0        # st_mode: file type and permission bits
STAT_SIZE = 1        # st_size in bytes
STAT_MTIME_NS = 2    # st_mtime_ns: modification time, nanoseconds since the epoch
# the file type bits of st_mode
S_IFMT = 0o170000
S_IFDIR = 0o040000
S_IFREG = 0o100000


def open(path: str, flags: int, mode: int) -> int:
    return _os.open(path, flags, mode)


def read(fd: int, n: int) -> bytes:
    return _os.read(fd, n)


def write(fd: int, data: bytes) -> int:
    _flush_std()
    return _os.write(fd, data)


def close(fd: int) -> None:
    _os.close(fd)


def getenv(name: str) -> str | None:
    return _os.environ.get(name)


def read_file(path: str) -> bytes:
    """The whole content of a file, as bytes."""
    with _os.fdopen(_os.open(path, _os.O_RDONLY), 'rb') as f:
        return f.read()


def write_file(path: str, data: bytes) -> None:
    """Create or truncate the file and write data to it."""
    with _os.fdopen(_os.open(path, _os.O_WRONLY | _os.O_CREAT | _os.O_TRUNC, 0o666), 'wb') as f:
        f.write(data)


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


def mkdir(path: str, mode: int) -> None:
    """Create a directory (mode is masked by the umask)."""
    _os.mkdir(path, mode)


def rmdir(path: str) -> None:
    """Remove an empty directory."""
    _os.rmdir(path)


def unlink(path: str) -> None:
    """Remove a file."""
    _os.unlink(path)


def rename(src: str, dst: str) -> None:
    """Rename src to dst, atomically replacing dst if it exists (POSIX rename)."""
    _os.rename(src, dst)


def getcwd() -> str:
    """The current directory (OSError if it cannot be read)."""
    return _os.getcwd()


def isatty(fd: int) -> bool:
    return _os.isatty(fd)


def getpid() -> int:
    """The process id."""
    return _os.getpid()


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
