"""Operating-system access for RPy programs: files, descriptors, environment, exit.

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
