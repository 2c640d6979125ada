"""xz/lzma for RPy programs: compressor and decompressor streams, filter
properties.

The same behaviour untranslated (through CPython's _lzma module) and
translated (rpy/c/runtime/lzmas.c over the system's liblzma, without the
GIL while the codec runs).

Filter chains travel as records: NFIELDS little-endian 64-bit words per
filter, indexed by the F_* constants (UNSET, all bits set, for an option
not given: liblzma's preset value, or the default of CPython's _lzma).  The caller has checked the chain as
CPython's _lzma does (known ids, presets, at most FILTERS_MAX filters,
one LZMA1 filter for FORMAT_ALONE).

A stream is an int handle: `compressor_new(format, check, preset,
filters|None)` (FORMAT_XZ: the preset or the chain, with check;
FORMAT_ALONE: the preset or one LZMA1 filter; FORMAT_RAW: the chain) and
`decompressor_new(format, memlimit, filters|None)` (memlimit -1: none;
filters for FORMAT_RAW only) make one (0 on failure: liblzma's lzma_ret
in `error()`); `free(h)` releases it (at the owner's death; the codec
state ends at the stream's end, and calls after it fail with
LZMA_PROG_ERROR).  `compress(h, data, finish)` feeds data (LZMA_RUN; with
finish true, LZMA_FINISH: the stream ends after it).
`decompress(h, data, max_length)` feeds data after the input left over
from the last call and returns at most max_length bytes (all when < 0), as
CPython's LZMADecompressor.decompress; then `eof(h)`, `needs_input(h)`,
`check(h)` (the integrity check of the input, CHECK_UNKNOWN until known)
and `unused_data(h)`.  `memusage(h)`: the bytes liblzma uses for it (untranslated: a guess).
`is_check_supported(id)`; `encode_props(filters)` (the properties of the
first filter) and `decode_props(id, props)` (a record of the options
CPython's _decode_filter_properties reports, the others UNSET).  A call
that failed returns b"" and leaves the lzma_ret in `error()` (0 after one
that succeeded); running out of memory raises MemoryError.
"""
from __future__ import annotations

import _lzma
from typing import Any

from rpy.rlib.rarithmetic import intmask

_private: Any = _lzma     # _encode/_decode_filter_properties are not in the stubs

LZMA_OK = 0
LZMA_STREAM_END = 1
LZMA_NO_CHECK = 2
LZMA_UNSUPPORTED_CHECK = 3
LZMA_GET_CHECK = 4
LZMA_MEM_ERROR = 5
LZMA_MEMLIMIT_ERROR = 6
LZMA_FORMAT_ERROR = 7
LZMA_OPTIONS_ERROR = 8
LZMA_DATA_ERROR = 9
LZMA_BUF_ERROR = 10
LZMA_PROG_ERROR = 11

FORMAT_AUTO = 0
FORMAT_XZ = 1
FORMAT_ALONE = 2
FORMAT_RAW = 3

CHECK_NONE = 0
CHECK_CRC32 = 1
CHECK_CRC64 = 4
CHECK_SHA256 = 10
CHECK_ID_MAX = 15
CHECK_UNKNOWN = 16

FILTER_LZMA1 = 0x4000000000000001
FILTER_LZMA2 = 0x21
FILTER_DELTA = 0x03
FILTER_X86 = 0x04
FILTER_POWERPC = 0x05
FILTER_IA64 = 0x06
FILTER_ARM = 0x07
FILTER_ARMTHUMB = 0x08
FILTER_SPARC = 0x09
FILTERS_MAX = 4

MF_HC3 = 0x03
MF_HC4 = 0x04
MF_BT2 = 0x12
MF_BT3 = 0x13
MF_BT4 = 0x14
MODE_FAST = 1
MODE_NORMAL = 2
PRESET_DEFAULT = 6
PRESET_EXTREME = 0x80000000

# the fields of a filter record (lzmas.c has the same list)
F_ID = 0
F_PRESET = 1
F_DICT_SIZE = 2
F_LC = 3
F_LP = 4
F_PB = 5
F_MODE = 6
F_NICE_LEN = 7
F_MF = 8
F_DEPTH = 9
F_DIST = 10
F_START_OFFSET = 11
NFIELDS = 12
UNSET = -1
# the option names of each field, as in CPython's filter specifiers
FIELD_NAMES = ["id", "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf",
               "depth", "dist", "start_offset"]


def _pack(filters: list[list[int]]) -> bytes:
    out: list[int] = []
    for rec in filters:
        for v in rec:
            for b in range(8):
                out.append((v >> (8 * b)) & 0xff)
    return bytes(out)


def _unpack(data: bytes) -> list[int]:
    rec: list[int] = []
    for i in range(len(data) // 8):
        v = 0
        for b in range(7, -1, -1):
            v = (v << 8) | data[i * 8 + b]
        rec.append(intmask(v))
    return rec


class _State:
    """Untranslated: the streams (CPython's objects) and the last error."""
    objs: dict[int, Any] = {}
    next_handle = 1
    err = 0


_MESSAGES = {
    "Unsupported integrity check": LZMA_UNSUPPORTED_CHECK,
    "Memory usage limit exceeded": LZMA_MEMLIMIT_ERROR,
    "Input format not supported by decoder": LZMA_FORMAT_ERROR,
    "Invalid or unsupported options": LZMA_OPTIONS_ERROR,
    "Corrupt input data": LZMA_DATA_ERROR,
    "Insufficient buffer space": LZMA_BUF_ERROR,
    "Internal error": LZMA_PROG_ERROR,
}


def _fail(e: Exception) -> None:
    # back from CPython's messages (Modules/_lzmamodule.c, catch_lzma_error)
    if isinstance(e, MemoryError):
        raise e
    text = str(e)
    if text in _MESSAGES:
        _State.err = _MESSAGES[text]
    elif text.startswith("Unrecognized error from liblzma: "):
        _State.err = int(text.split(": ")[1])
    elif text.startswith("Invalid compression preset"):
        _State.err = LZMA_OPTIONS_ERROR
    else:
        _State.err = LZMA_PROG_ERROR


def _new(obj: Any) -> int:
    h = _State.next_handle
    _State.next_handle += 1
    _State.objs[h] = obj
    return h


def _specs(data: bytes | None) -> Any:
    if data is None:
        return None
    rec = _unpack(data)
    specs = []
    for i in range(0, len(rec), NFIELDS):
        spec = {}
        for k in range(NFIELDS):
            v = rec[i + k]
            if v != UNSET:
                spec[FIELD_NAMES[k]] = v & 0xffffffffffffffff
        specs.append(spec)
    return specs


def error() -> int:
    return _State.err


def compressor_new(format: int, check: int, preset: int, filters: bytes | None) -> int:
    _State.err = LZMA_OK
    try:
        obj = _lzma.LZMACompressor(format, check if format == FORMAT_XZ else -1,
                                   preset if filters is None else None, _specs(filters))
    except Exception as e:
        _fail(e)
        return 0
    return _new(obj)


def decompressor_new(format: int, memlimit: int, filters: bytes | None) -> int:
    _State.err = LZMA_OK
    try:
        obj = _lzma.LZMADecompressor(format, None if memlimit == -1 else
                                     memlimit & 0xffffffffffffffff, _specs(filters))
    except Exception as e:
        _fail(e)
        return 0
    return _new(obj)


def free(h: int) -> None:
    _State.objs.pop(h, None)


def memusage(h: int) -> int:
    return 1 << 20      # untranslated: a guess


def compress(h: int, data: bytes, finish: bool) -> bytes:
    _State.err = LZMA_OK
    obj = _State.objs[h]
    try:
        out = obj.compress(data)
        return bytes(out + obj.flush() if finish else out)
    except Exception as e:
        _fail(e)
        return b""


def decompress(h: int, data: bytes, max_length: int) -> bytes:
    _State.err = LZMA_OK
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


def check(h: int) -> int:
    return int(_State.objs[h].check)


def unused_data(h: int) -> bytes:
    return bytes(_State.objs[h].unused_data)


def is_check_supported(check_id: int) -> bool:
    return bool(_lzma.is_check_supported(check_id))


def encode_props(filters: bytes) -> bytes:
    _State.err = LZMA_OK
    try:
        return bytes(_private._encode_filter_properties(_specs(filters)[0]))
    except Exception as e:
        _fail(e)
        return b""


def decode_props(filter_id: int, props: bytes) -> bytes:
    _State.err = LZMA_OK
    try:
        spec = _private._decode_filter_properties(filter_id & 0xffffffffffffffff, props)
    except Exception as e:
        _fail(e)
        return b""
    rec = [UNSET] * NFIELDS
    for k in range(NFIELDS):
        if FIELD_NAMES[k] in spec:
            rec[k] = intmask(spec[FIELD_NAMES[k]])
    return _pack([rec])
