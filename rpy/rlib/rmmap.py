"""Memory maps for RPy programs: mmap/munmap/msync/madvise/mremap and
reads and writes of mapped memory.

The same behaviour untranslated (the C library's calls through ctypes,
on real addresses) and translated (rpy/c/runtime/mmaps.c).  A mapping is
its address, an int; the caller keeps its length and never touches
memory outside [addr, addr + length) of a live mapping.  Failures raise
OSError and leave the errno in ros.get_errno(), as ros does.

`mmap(length, prot, flags, fd, offset)` returns the address (flags with
MAP_ANONYMOUS and fd -1 for anonymous memory); `mremap(addr, old, new)`
the new address (it may move).  `read(addr, n)` copies n bytes out,
`write(addr, data)` copies data in, `get_byte`/`set_byte` one byte,
`move(dst, src, n)` is memmove; `constant(name)` a MAP_*/PROT_*/MADV_*
constant of the headers.  `find(addr, n, needle, reverse)` is the
offset of the first (last) occurrence of needle in the n bytes at addr,
or -1; `find_byte(addr, n, b)` memchr's.
"""
from __future__ import annotations

import ctypes as _ctypes
import os as _os
from typing import Any

from rpy.rlib.ros import _State as _OsState

PROT_READ = 1
PROT_WRITE = 2
PROT_EXEC = 4
MAP_SHARED = 1
MAP_PRIVATE = 2
MAP_ANONYMOUS = 0x20


class _Libc:
    lib: Any = None


def _libc() -> Any:
    if _Libc.lib is None:
        lib = _ctypes.CDLL(None, use_errno=True)
        lib.mmap.restype = _ctypes.c_void_p
        lib.mmap.argtypes = [_ctypes.c_void_p, _ctypes.c_size_t, _ctypes.c_int, _ctypes.c_int,
                             _ctypes.c_int, _ctypes.c_long]
        lib.munmap.argtypes = [_ctypes.c_void_p, _ctypes.c_size_t]
        lib.msync.argtypes = [_ctypes.c_void_p, _ctypes.c_size_t, _ctypes.c_int]
        lib.madvise.argtypes = [_ctypes.c_void_p, _ctypes.c_size_t, _ctypes.c_int]
        lib.mremap.restype = _ctypes.c_void_p
        lib.mremap.argtypes = [_ctypes.c_void_p, _ctypes.c_size_t, _ctypes.c_size_t,
                               _ctypes.c_int]
        _Libc.lib = lib
    return _Libc.lib


def _fail() -> None:
    err = _ctypes.get_errno()
    _OsState.errno = err
    raise OSError(err, _os.strerror(err))


MAP_FAILED = _ctypes.c_void_p(-1).value


def mmap(length: int, prot: int, flags: int, fd: int, offset: int) -> int:
    addr = _libc().mmap(None, length, prot, flags, fd, offset)
    if addr == MAP_FAILED:
        _fail()
    return int(addr or 0)


def munmap(addr: int, length: int) -> None:
    _libc().munmap(addr, length)


def msync(addr: int, length: int) -> None:
    """msync(MS_SYNC)."""
    if _libc().msync(addr, length, 4) != 0:
        _fail()


def madvise(addr: int, length: int, option: int) -> None:
    if _libc().madvise(addr, length, option) != 0:
        _fail()


def mremap(addr: int, old: int, new: int) -> int:
    """mremap(MREMAP_MAYMOVE)."""
    res = _libc().mremap(addr, old, new, 1)
    if res == MAP_FAILED:
        _fail()
    return int(res or 0)


def read(addr: int, n: int) -> bytes:
    if n <= 0:
        return b""
    return _ctypes.string_at(addr, n)


def write(addr: int, data: bytes) -> None:
    if len(data) > 0:
        _ctypes.memmove(addr, data, len(data))


def get_byte(addr: int) -> int:
    return _ctypes.string_at(addr, 1)[0]


def set_byte(addr: int, b: int) -> None:
    _ctypes.memmove(addr, bytes([b & 0xff]), 1)


def move(dst: int, src: int, n: int) -> None:
    if n > 0:
        _ctypes.memmove(dst, src, n)


def find(addr: int, n: int, needle: bytes, reverse: bool) -> int:
    hay = read(addr, n)
    return hay.rfind(needle) if reverse else hay.find(needle)


def find_byte(addr: int, n: int, b: int) -> int:
    return read(addr, n).find(bytes([b]))


def pagesize() -> int:
    return _os.sysconf("SC_PAGESIZE")


MISSING = -1


def constant(name: bytes) -> int:
    """A MAP_*/PROT_*/MADV_* constant of the system's headers, MISSING if
    they do not define it (every real one is >= 0)."""
    import mmap as _mmap
    return int(getattr(_mmap, name.decode(), MISSING))
