"""zlib for RPy programs: deflate/inflate streams and the checksums.

The same behaviour untranslated (through CPython's zlib module) and
translated (rpy/c/runtime/zlibs.c over the system's libz).

A stream is an int handle: `deflate_init(level, method, wbits, memlevel,
strategy, zdict)` / `inflate_init(wbits, zdict)` (zdict None: no
dictionary; a raw inflate stream, wbits < 0, takes it at once, a zlib one
when it asks: `set_dictionary`), `end(h)` frees it, `copy(h)` duplicates
it.  `deflate(h, data, mode)` feeds all of data with a flush mode (Z_*)
and returns what came out; `inflate(h, data, max_length, mode)` likewise,
at most max_length bytes when > 0, and leaves in `avail_in()` how many
bytes of data it did not consume and in `eof()` whether the stream ended.
A failed call leaves zlib's code in `error()` (0 if it succeeded) and its
message in `error_msg()` ("" if zlib gave none); init and copy then
return -1.  The caller turns them into its exception.
"""
from __future__ import annotations

import zlib as _zlib
from typing import Any

Z_OK = 0
Z_STREAM_END = 1
Z_NEED_DICT = 2
Z_ERRNO = -1
Z_STREAM_ERROR = -2
Z_DATA_ERROR = -3
Z_MEM_ERROR = -4
Z_BUF_ERROR = -5
Z_VERSION_ERROR = -6

Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


class _State:
    """Untranslated: the streams (CPython's compress/decompress objects)
    and the results of the last call."""
    streams: dict[int, Any] = {}
    next_handle = 0
    err = 0
    msg = ''
    avail_in = 0
    eof = False


def _fail(e: Exception) -> None:
    # CPython's messages: "Error -3 while decompressing data: incorrect header check"
    text = str(e)
    code = Z_STREAM_ERROR
    msg = ''
    if text.startswith('Error '):
        head, _, rest = text[6:].partition(' ')
        code = int(head)
        _, colon, zmsg = rest.partition(': ')
        if colon and zmsg not in ('incomplete or truncated stream', 'inconsistent stream state',
                                  'invalid input data'):
            msg = zmsg
    _State.err = code
    _State.msg = msg


def _new(obj: Any) -> int:
    h = _State.next_handle
    _State.next_handle += 1
    _State.streams[h] = obj
    return h


def error() -> int:
    return _State.err


def error_msg() -> str:
    return _State.msg


def avail_in() -> int:
    return _State.avail_in


def eof() -> bool:
    return _State.eof


def version() -> str:
    return _zlib.ZLIB_VERSION


def runtime_version() -> str:
    return _zlib.ZLIB_RUNTIME_VERSION


def deflate_init(level: int, method: int, wbits: int, memlevel: int, strategy: int,
                 zdict: bytes | None) -> int:
    _State.err = Z_OK
    try:
        if zdict is None:
            obj = _zlib.compressobj(level, method, wbits, memlevel, strategy)
        else:
            obj = _zlib.compressobj(level, method, wbits, memlevel, strategy, zdict)
    except (_zlib.error, ValueError) as e:
        _fail(e)
        return -1
    return _new(['d', obj])


def inflate_init(wbits: int, zdict: bytes | None) -> int:
    _State.err = Z_OK
    try:
        if zdict is None or wbits >= 0:
            obj = _zlib.decompressobj(wbits)
        else:
            obj = _zlib.decompressobj(wbits, zdict)
    except (_zlib.error, ValueError) as e:
        _fail(e)
        return -1
    return _new(['i', obj])


def set_dictionary(h: int, zdict: bytes) -> int:
    # CPython's decompressobj takes the dictionary when it is made: remade
    # with it; inflate() said it consumed nothing, so the caller feeds the
    # whole input again, header included
    _State.streams[h][1] = _zlib.decompressobj(_zlib.MAX_WBITS, zdict)
    return Z_OK


def end(h: int) -> None:
    _State.streams.pop(h, None)


def copy(h: int) -> int:
    _State.err = Z_OK
    entry = _State.streams.get(h)
    if entry is None:
        _State.err = Z_STREAM_ERROR
        return -1
    return _new([entry[0], entry[1].copy()])


def deflate(h: int, data: bytes, mode: int) -> bytes:
    _State.err = Z_OK
    obj = _State.streams[h][1]
    try:
        out = obj.compress(data)
        if mode != Z_NO_FLUSH:
            out += obj.flush(mode)
    except (_zlib.error, ValueError) as e:
        _fail(e)
        return b''
    return out


def inflate(h: int, data: bytes, max_length: int, mode: int) -> bytes:
    _State.err = Z_OK
    _State.eof = False
    obj = _State.streams[h][1]
    try:
        out = obj.decompress(data, max_length)
    except _zlib.error as e:
        _fail(e)
        _State.avail_in = len(data)
        return b''
    _State.eof = obj.eof
    # the caller ends the stream at its end, so unused_data is this call's
    _State.avail_in = len(obj.unused_data) if obj.eof else len(obj.unconsumed_tail)
    return out


def crc32(data: bytes, value: int) -> int:
    return _zlib.crc32(data, value & 0xffffffff)


def adler32(data: bytes, value: int) -> int:
    return _zlib.adler32(data, value & 0xffffffff)
