"""bzip2 for RPy programs: compressor and decompressor streams.

The same behaviour untranslated (through CPython's _bz2 module) and
translated (rpy/c/runtime/bz2s.c over the system's libbz2, without the
GIL while the codec runs).

A stream is an int handle: `compressor_new(level)` (1..9) and
`decompressor_new()` make one (0 on failure: libbz2's code in `error()`),
`free(h)` releases it (at the owner's death; the codec state itself ends
at the stream's end, and calls after it fail with BZ_SEQUENCE_ERROR).
`compress(h, data, finish)` feeds data (BZ_RUN; with finish true,
BZ_FINISH: the stream ends after it) and returns the output.
`decompress(h, data, max_length)` feeds data after the input left over
from the last call and returns at most max_length bytes (all when < 0),
as CPython's BZ2Decompressor.decompress; then `eof(h)`, `needs_input(h)`
and `unused_data(h)` (the input after the end of the stream) tell its
state.  A call that failed returns b"" and leaves libbz2's code (< 0) in
`error()`, 0 after a call that succeeded; running out of memory raises
MemoryError.
"""
from __future__ import annotations

import _bz2
from typing import Any

BZ_OK = 0
BZ_SEQUENCE_ERROR = -1
BZ_PARAM_ERROR = -2
BZ_MEM_ERROR = -3
BZ_DATA_ERROR = -4
BZ_DATA_ERROR_MAGIC = -5
BZ_IO_ERROR = -6
BZ_UNEXPECTED_EOF = -7
BZ_OUTBUFF_FULL = -8
BZ_CONFIG_ERROR = -9


class _State:
    """Untranslated: the streams (CPython's objects) and the last error."""
    objs: dict[int, Any] = {}
    next_handle = 1
    err = 0


def _new(obj: Any) -> int:
    h = _State.next_handle
    _State.next_handle += 1
    _State.objs[h] = obj
    return h


def _fail(e: Exception) -> None:
    # back from CPython's messages (Modules/_bz2module.c, catch_bz2_error)
    if isinstance(e, MemoryError):
        raise e
    text = str(e)
    if text == "Invalid data stream":
        _State.err = BZ_DATA_ERROR
    elif text == "Unknown I/O error":
        _State.err = BZ_IO_ERROR
    elif text.startswith("Compressed file ended"):
        _State.err = BZ_UNEXPECTED_EOF
    elif text.startswith("Internal error - invalid"):
        _State.err = BZ_PARAM_ERROR
    elif text.startswith("Unrecognized error from libbzip2: "):
        _State.err = int(text.split(": ")[1])
    else:
        _State.err = BZ_SEQUENCE_ERROR


def error() -> int:
    return _State.err


def compressor_new(level: int) -> int:
    _State.err = BZ_OK
    if not 1 <= level <= 9:
        _State.err = BZ_PARAM_ERROR
        return 0
    return _new(_bz2.BZ2Compressor(level))


def decompressor_new() -> int:
    _State.err = BZ_OK
    return _new(_bz2.BZ2Decompressor())


def free(h: int) -> None:
    _State.objs.pop(h, None)


def compress(h: int, data: bytes, finish: bool) -> bytes:
    _State.err = BZ_OK
    obj = _State.objs[h]
    try:
        out = obj.compress(data)
        return bytes(out + obj.flush() if finish else out)
    except Exception as e:
        _fail(e)
        return b""


def decompress(h: int, data: bytes, max_length: int) -> bytes:
    _State.err = BZ_OK
    obj = _State.objs[h]
    try:
        return bytes(obj.decompress(data, max_length))
    except Exception as e:
        _fail(e)
        return b""


def eof(h: int) -> bool:
    return bool(_State.objs[h].eof)


def needs_input(h: int) -> bool:
    return bool(_State.objs[h].needs_input)


def unused_data(h: int) -> bytes:
    return bytes(_State.objs[h].unused_data)
