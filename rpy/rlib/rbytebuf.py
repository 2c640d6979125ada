"""Mutable byte buffers for RPy programs: the storage of a bytearray.

A `ByteBuf` holds `length` bytes in a storage string `raw` of some
capacity (len(raw) >= length), grown by over-allocation like a list, so
appends are amortized O(1) and every bulk operation is one memmove/memset
of the C runtime instead of a loop over items.

The storage is typed `bytes` for the annotator (so the existing bytes
operations of the toolchain and externals taking bytes accept it), but it
is mutable: translated it is a GC string of tid BYTES allocated by
`alloc` and changed in place by `put`/`move`/`fill`
(rpy/c/runtime/bytebufs.c); untranslated it is a Python bytearray.  Only
this module touches a storage: it is never hashed, never used as a dict
key, never returned to the program (`extract` and `ByteBuf.tobytes`
copy), because the C runtime may return a string argument itself from an
operation (concatenation with b"", whole slices) and the string functions
may cache a hash.

The low-level functions (externals, see rpy/rtype/externals.py) do no
bounds checking: the ByteBuf methods check, or their callers keep the
indices inside [0, length).  Same behaviour untranslated and translated
(tests/rpy/programs/rlib_bytebuf.py, tests/rpy/test_runtime_bytebufs.py).
"""
from __future__ import annotations

from typing import Any


# -- storage primitives (externals)

def alloc(n: int) -> bytes:
    """New storage of n zero bytes (MemoryError if too big)."""
    return bytearray(n)  # type: ignore[return-value]


def get(raw: bytes, i: int) -> int:
    """The byte at 0 <= i < len(raw), unchecked."""
    return raw[i]


def put(raw: bytes, i: int, v: int) -> None:
    """raw[i] = v & 255, unchecked."""
    _mut(raw)[i] = v & 255


def move(dst: bytes, dstpos: int, src: bytes, srcpos: int, n: int) -> None:
    """memmove: n bytes of src at srcpos to dst at dstpos (src may be any
    bytes, or dst itself with overlapping ranges)."""
    if n > 0:
        _mut(dst)[dstpos:dstpos + n] = src[srcpos:srcpos + n]


def fill(dst: bytes, pos: int, n: int, v: int) -> None:
    """memset: n bytes of dst from pos set to v & 255."""
    if n > 0:
        _mut(dst)[pos:pos + n] = bytes([v & 255]) * n


def extract(raw: bytes, start: int, n: int) -> bytes:
    """A new immutable bytes of the n bytes at start (never raw itself)."""
    return bytes(raw[start:start + n])


def _mut(raw: bytes) -> Any:
    assert isinstance(raw, bytearray), "rbytebuf storage must come from alloc()"
    return raw


# -- the buffer

def _grown(need: int, cap: int) -> int:
    """The new capacity for `need` bytes: over-allocated by 1/8 + 16 as
    lists are, so a loop of appends copies each byte O(1) times."""
    new = need + (need >> 3) + 16
    if new < 2 * cap:
        new = 2 * cap if 2 * cap >= need else need
    return new


class ByteBuf:
    raw: bytes      # storage, len(raw) is the capacity
    length: int     # live bytes: raw[0:length]

    def __init__(self, length: int) -> None:
        """length zero bytes."""
        self.raw = alloc(length)
        self.length = length

    def get(self, i: int) -> int:
        """0 <= i < length, checked by the caller."""
        return get(self.raw, i)

    def set(self, i: int, v: int) -> None:
        put(self.raw, i, v)

    def capacity(self) -> int:
        return len(self.raw)

    def tobytes(self) -> bytes:
        return extract(self.raw, 0, self.length)

    def _clip(self, start: int, stop: int) -> tuple[int, int]:
        """start, stop inside [0, length] with start <= stop: a caller's
        stale indices then read or write nothing outside the storage."""
        if stop > self.length:
            stop = self.length
        if start < 0:
            start = 0
        if start > stop:
            start = stop
        return start, stop

    def slice(self, start: int, stop: int) -> bytes:
        """raw[start:stop] for 0 <= start <= stop <= length (clipped)."""
        start, stop = self._clip(start, stop)
        return extract(self.raw, start, stop - start)

    def write(self, pos: int, data: bytes) -> None:
        """Overwrite the bytes from pos with data (0 <= pos, pos + len(data)
        <= length; what would fall outside is not written)."""
        start, stop = self._clip(pos, pos + len(data))
        move(self.raw, start, data, start - pos, stop - start)

    def find(self, sub: bytes, start: int, end: int, reverse: bool) -> int:
        """The index of the first (last) sub inside raw[start:end] (clipped
        to the live bytes), or -1: searched in place, without a copy."""
        start, end = self._clip(start, end)
        if reverse:
            return self.raw.rfind(sub, start, end)
        return self.raw.find(sub, start, end)

    def count(self, sub: bytes, start: int, end: int) -> int:
        """Non-overlapping occurrences of a non-empty sub in raw[start:end]."""
        start, end = self._clip(start, end)
        return self.raw.count(sub, start, end)

    def copy(self) -> ByteBuf:
        return self.copy_range(0, self.length)

    def copy_range(self, start: int, stop: int) -> ByteBuf:
        """A new buffer of raw[start:stop], 0 <= start <= stop <= length
        (clipped)."""
        start, stop = self._clip(start, stop)
        res = ByteBuf(stop - start)
        move(res.raw, 0, self.raw, start, stop - start)
        return res

    def reserve(self, need: int) -> None:
        """Capacity for at least `need` bytes (the length is unchanged)."""
        cap = len(self.raw)
        if need <= cap:
            return
        raw = alloc(_grown(need, cap))
        move(raw, 0, self.raw, 0, self.length)
        self.raw = raw

    def resize(self, n: int) -> None:
        """New length n; new bytes are zero."""
        if n > self.length:
            self.reserve(n)
            fill(self.raw, self.length, n - self.length, 0)
        elif n < len(self.raw) // 4 and len(self.raw) > 64:
            # give memory back when most of it is unused
            raw = alloc(n + (n >> 3) + 16)
            move(raw, 0, self.raw, 0, n)
            self.raw = raw
        self.length = n

    def clear(self) -> None:
        self.raw = alloc(0)
        self.length = 0

    def append(self, v: int) -> None:
        n = self.length
        if n >= len(self.raw):
            self.reserve(n + 1)
        put(self.raw, n, v)
        self.length = n + 1

    def extend(self, data: bytes) -> None:
        n = self.length
        k = len(data)
        self.reserve(n + k)
        move(self.raw, n, data, 0, k)
        self.length = n + k

    def extend_buf(self, other: ByteBuf) -> None:
        """extend by another buffer's bytes (or this one's)."""
        n = self.length
        k = other.length
        self.reserve(n + k)
        move(self.raw, n, other.raw, 0, k)
        self.length = n + k

    def replace_range(self, start: int, stop: int, data: bytes) -> None:
        """raw[start:stop] = data, for 0 <= start <= stop <= length (clipped)."""
        start, stop = self._clip(start, stop)
        n = self.length
        k = len(data)
        newlen = n - (stop - start) + k
        if newlen > n:
            self.reserve(newlen)
        # the tail first: it moves away from, or into, [start, stop)
        move(self.raw, start + k, self.raw, stop, n - stop)
        move(self.raw, start, data, 0, k)
        if newlen < n:
            self.resize(newlen)
        else:
            self.length = newlen

    def delete_range(self, start: int, stop: int) -> None:
        self.replace_range(start, stop, b"")

    def insert(self, i: int, v: int) -> None:
        """0 <= i <= length."""
        n = self.length
        self.reserve(n + 1)
        move(self.raw, i + 1, self.raw, i, n - i)
        put(self.raw, i, v)
        self.length = n + 1

    def reverse(self) -> None:
        i = 0
        j = self.length - 1
        raw = self.raw
        while i < j:
            a = get(raw, i)
            put(raw, i, get(raw, j))
            put(raw, j, a)
            i += 1
            j -= 1


def from_bytes(data: bytes) -> ByteBuf:
    """A buffer holding a copy of data."""
    buf = ByteBuf(len(data))
    move(buf.raw, 0, data, 0, len(data))
    return buf
