"""The `_lzma` module, as CPython 3.11's Modules/_lzmamodule.c, over the
system's liblzma (rpy.rlib.rlzma): LZMACompressor (FORMAT_XZ, FORMAT_ALONE
and FORMAT_RAW; check, preset, filter chains of LZMA1/LZMA2, delta and the
BCJ filters given as dicts), LZMADecompressor (FORMAT_AUTO and the others,
memlimit, filters; decompress with max_length, eof, needs_input,
unused_data, check), is_check_supported, _encode_filter_properties,
_decode_filter_properties, LZMAError and the constants, with CPython's
argument checks and messages.  CPython's Lib/lzma.py runs on it unchanged
(lzma.open, LZMAFile, compress, decompress), and so tarfile's 'xz' mode,
zipfile's ZIP_LZMA and shutil's 'xztar' archives.

The filter specifiers are checked here in CPython's order and passed to
the C runtime as records (rlzma's docstring).  A stream's liblzma state
is ended when the stream finishes (flush, the end of the compressed data);
the rest is freed when the object dies (release_resources).
"""
from __future__ import annotations

from rpy.rlib import rgc, rlzma
from rpy.rlib.rarithmetic import intmask, r_uint
from rpy.rlib.rbigint import rbigint

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.modules.math.args import clinic_args, clinic_kw, module_type, one_arg
from ouro.objspace import space
from ouro.objspace.bytesobject import buffer_w, wrap_bytes
from ouro.objspace.descriptors import getset
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      operr_noarg, w_KeyError, w_MemoryError, w_OverflowError,
                                      w_TypeError, w_ValueError, w_EOFError)
from ouro.objspace.finalizerqueue import register as register_finalizer
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import (W_IntObject, W_LongObject, is_int, wrap_int,
                                     wrap_unsigned)
from ouro.objspace.model import (LAYOUT_EXCEPTION, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None)
from ouro.objspace.strobject import W_StrObject, c_int_w, index_w

w_LZMAError = make_builtin_type("LZMAError", [EXCEPTION_TYPES["Exception"]], LAYOUT_EXCEPTION)
w_LZMAError.is_heaptype = True
w_LZMAError.hasdict = True
w_LZMAError.dict_w["__module__"] = W_StrObject("_lzma")
w_LZMAError.dict_w["__doc__"] = W_StrObject("Call to liblzma failed.")

w_compressor_type = module_type("_lzma", "LZMACompressor")
w_decompressor_type = module_type("_lzma", "LZMADecompressor")

# liblzma reserves the match finder's tables and the dictionary at once
# (94 MB for a compressor at preset 6) but touches them as data passes:
# a compressor counts about this much per byte of input, a decompressor
# one per byte of output, up to liblzma's own figure for the stream
COMPRESSOR_BYTES_PER_INPUT = 12

BCJ_FILTERS = [rlzma.FILTER_X86, rlzma.FILTER_POWERPC, rlzma.FILTER_IA64, rlzma.FILTER_ARM,
               rlzma.FILTER_ARMTHUMB, rlzma.FILTER_SPARC]
LZMA_OPTIONS = ["id", "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf",
                "depth"]
LZMA_FIELDS = [rlzma.F_ID, rlzma.F_PRESET, rlzma.F_DICT_SIZE, rlzma.F_LC, rlzma.F_LP,
               rlzma.F_PB, rlzma.F_MODE, rlzma.F_NICE_LEN, rlzma.F_MF, rlzma.F_DEPTH]


def lzma_error_text(err: int) -> str:
    """CPython's catch_lzma_error."""
    if err == rlzma.LZMA_UNSUPPORTED_CHECK:
        return "Unsupported integrity check"
    if err == rlzma.LZMA_MEMLIMIT_ERROR:
        return "Memory usage limit exceeded"
    if err == rlzma.LZMA_FORMAT_ERROR:
        return "Input format not supported by decoder"
    if err == rlzma.LZMA_OPTIONS_ERROR:
        return "Invalid or unsupported options"
    if err == rlzma.LZMA_DATA_ERROR:
        return "Corrupt input data"
    if err == rlzma.LZMA_BUF_ERROR:
        return "Insufficient buffer space"
    if err == rlzma.LZMA_PROG_ERROR:
        return "Internal error"
    return "Unrecognized error from liblzma: %d" % err


def lzma_error_msg(msg: str) -> OperationError:
    return OperationError(W_BaseException(w_LZMAError, [W_StrObject(msg)]))


def lzma_error(err: int) -> OperationError:
    if err == rlzma.LZMA_MEM_ERROR:
        return operr_noarg(w_MemoryError)
    return lzma_error_msg(lzma_error_text(err))


def unsigned_str(v: int) -> str:
    if v >= 0:
        return "%d" % v
    return rbigint.from_uint(r_uint(v)).str()


def uint64_w(w: W_Root) -> int:
    """PyLong_AsUnsignedLongLong: the 64 bits as a machine int."""
    if isinstance(w, W_IntObject):
        if w.intval < 0:
            raise operr(w_OverflowError, "can't convert negative int to unsigned")
        return w.intval
    if not is_int(w) or not isinstance(w, W_LongObject):
        raise operr(w_TypeError, "an integer is required")
    if w.num.sign < 0:
        raise operr(w_OverflowError, "can't convert negative int to unsigned")
    if w.num.bit_length() > 64:
        raise operr(w_OverflowError, "int too big to convert")
    return intmask(w.num.uintmask())


def uint32_w(w: W_Root) -> int:
    """CPython's uint32_converter."""
    v = uint64_w(w)
    if v < 0 or v > 0xffffffff:
        raise operr(w_OverflowError, "Value too large for uint32_t type")
    return v


def preset_ok(preset: int) -> bool:
    """lzma_lzma_preset accepts levels 0-9 with PRESET_EXTREME."""
    return (preset & 0x1f) <= 9 and (preset & ~0x1f & ~rlzma.PRESET_EXTREME) == 0


def mapping_item(w_spec: W_Root, key: str) -> W_Root | None:
    """PyMapping_GetItemString, None for a KeyError."""
    try:
        return space.getitem(w_spec, space.wrap_str(key))
    except OperationError as e:
        if e.match(w_KeyError):
            return None
        raise


def parse_options(w_spec: W_Root, names: list[str], fields: list[int], rec: list[int],
                  what: str) -> None:
    """PyArg_ParseTupleAndKeywords over the specifier: the options named
    `names` go to rec[fields[i]] ("id" and "preset" are taken as they are);
    any failure is CPython's ValueError."""
    ok = isinstance(w_spec, W_DictObject)
    if isinstance(w_spec, W_DictObject):
        for w_key, w_value in w_spec.items():
            if not isinstance(w_key, W_StrObject):
                ok = False
                break
            key = space.str_of_w(w_key)
            if key not in names:
                ok = False
                break
            i = names.index(key)
            if key == "id" or key == "preset":
                continue
            try:
                rec[fields[i]] = uint32_w(w_value)
            except OperationError:
                ok = False
                break
    if not ok:
        raise operr(w_ValueError, "Invalid filter specifier for %s filter" % what)


def filter_record(w_spec: W_Root) -> list[int]:
    """CPython's lzma_filter_converter: a filter specifier's record."""
    if space.lookup(w_spec, "__getitem__") is None:
        raise operr(w_TypeError, "Filter specifier must be a dict or dict-like object")
    w_id = mapping_item(w_spec, "id")
    if w_id is None:
        raise operr(w_ValueError, "Filter specifier must have an \"id\" entry")
    fid = uint64_w(w_id)
    rec = [rlzma.UNSET] * rlzma.NFIELDS
    rec[rlzma.F_ID] = fid
    if fid == rlzma.FILTER_LZMA1 or fid == rlzma.FILTER_LZMA2:
        preset = rlzma.PRESET_DEFAULT
        w_preset = mapping_item(w_spec, "preset")
        if w_preset is not None:
            preset = uint32_w(w_preset)
        if not preset_ok(preset):
            raise lzma_error_msg("Invalid compression preset: %d" % preset)
        rec[rlzma.F_PRESET] = preset
        parse_options(w_spec, LZMA_OPTIONS, LZMA_FIELDS, rec, "LZMA")
    elif fid == rlzma.FILTER_DELTA:
        parse_options(w_spec, ["id", "dist"], [rlzma.F_ID, rlzma.F_DIST], rec, "delta")
    elif fid in BCJ_FILTERS:
        parse_options(w_spec, ["id", "start_offset"], [rlzma.F_ID, rlzma.F_START_OFFSET],
                      rec, "BCJ")
    else:
        raise operr(w_ValueError, "Invalid filter ID: %s" % unsigned_str(fid))
    return rec


def filter_chain(w_filters: W_Root) -> list[list[int]]:
    """CPython's parse_filter_chain_spec (PySequence_Length refuses a dict)."""
    if isinstance(w_filters, W_DictObject):
        raise operr(w_TypeError, "%s is not a sequence" % type_name(w_filters))
    n = space.len_w(w_filters)
    if n > rlzma.FILTERS_MAX:
        raise operr(w_ValueError, "Too many filters - liblzma supports a maximum of %d"
                    % rlzma.FILTERS_MAX)
    chain: list[list[int]] = []
    for i in range(n):
        chain.append(filter_record(space.getitem(w_filters, wrap_int(i))))
    return chain


def pack_filters(chain: list[list[int]]) -> bytes:
    """The records as rlzma takes them: little-endian 64-bit words."""
    out: list[int] = []
    for rec in chain:
        for v in rec:
            for b in range(8):
                out.append((v >> (8 * b)) & 0xff)
    return bytes(out)


def unpack_record(data: bytes) -> list[int]:
    rec: list[int] = []
    for i in range(len(data) // 8):
        v = 0
        for b in range(7, -1, -1):
            v = (v << 8) | data[i * 8 + b]
        rec.append(intmask(v))
    return rec


def is_none(w: W_Root | None) -> bool:
    return w is None or w is w_None


# ------------------------------------------------------------ the streams

class W_LZMAStream(W_Root):
    """An LZMACompressor or LZMADecompressor: the handle of its C stream (0
    before __init__).  liblzma's memory counts as memory pressure as the
    stream comes to use it (`charge`), as for _bz2's streams (see
    W_BZ2Stream: a stream ended within one call frees it at once)."""
    handle: int
    charged: int

    def __init__(self) -> None:
        self.handle = 0
        self.charged = 0

    def set_handle(self, h: int) -> None:
        if self.handle == 0:
            register_finalizer(self)
        else:
            rlzma.free(self.handle)
        self.handle = h
        self.charged = 0

    def charge(self, nbytes: int) -> None:
        n = min(nbytes, rlzma.memusage(self.handle) - self.charged)
        if n > 0:
            self.charged += n
            rgc.add_memory_pressure(n)

    def release_resources(self) -> None:
        if self.handle != 0:
            rlzma.free(self.handle)
            self.handle = 0


class W_LZMACompressor(W_LZMAStream):
    flushed: bool

    def __init__(self) -> None:
        W_LZMAStream.__init__(self)
        self.flushed = False

    def getclass(self) -> W_TypeObject:
        return w_compressor_type


class W_LZMADecompressor(W_LZMAStream):
    eof: bool
    needs_input: bool
    unused_data: bytes
    check: int

    def __init__(self) -> None:
        W_LZMAStream.__init__(self)
        self.eof = False
        self.needs_input = True
        self.unused_data = b""
        self.check = rlzma.CHECK_UNKNOWN

    def getclass(self) -> W_TypeObject:
        return w_decompressor_type


def _compressor(w: W_Root | None) -> W_LZMACompressor:
    if isinstance(w, W_LZMACompressor):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a '_lzma.LZMACompressor' object but "
                "received a '%s'" % type_name(w))


def _decompressor(w: W_Root | None) -> W_LZMADecompressor:
    if isinstance(w, W_LZMADecompressor):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a '_lzma.LZMADecompressor' object but "
                "received a '%s'" % type_name(w))


def compressor_new(args: Arguments) -> W_Root:
    return W_LZMACompressor()


def compressor_init(args: Arguments) -> W_Root:
    w_self = _compressor(args.args_w[0])
    slots = clinic_kw(args, "LZMACompressor", ["format", "check", "preset", "filters"],
                      0, 4, 0, 1)
    w_format = slots[0]
    w_check = slots[1]
    fmt = rlzma.FORMAT_XZ if w_format is None else c_int_w(w_format)
    check = -1 if w_check is None else c_int_w(w_check)
    w_preset = slots[2]
    w_filters = slots[3]
    if fmt != rlzma.FORMAT_XZ and check != -1 and check != rlzma.CHECK_NONE:
        raise operr(w_ValueError, "Integrity checks are only supported by FORMAT_XZ")
    if not is_none(w_preset) and not is_none(w_filters):
        raise operr(w_ValueError, "Cannot specify both preset and filter chain")
    preset = rlzma.PRESET_DEFAULT
    if w_preset is not None and w_preset is not w_None:
        preset = uint32_w(w_preset)
    filters: bytes | None = None
    if fmt == rlzma.FORMAT_XZ:
        if check == -1:
            check = rlzma.CHECK_CRC64
        if w_filters is not None and w_filters is not w_None:
            filters = pack_filters(filter_chain(w_filters))
    elif fmt == rlzma.FORMAT_ALONE:
        if w_filters is None or w_filters is w_None:
            if not preset_ok(preset):
                raise lzma_error_msg("Invalid compression preset: %d" % preset)
        else:
            chain = filter_chain(w_filters)
            if len(chain) != 1 or chain[0][rlzma.F_ID] != rlzma.FILTER_LZMA1:
                raise operr(w_ValueError, "Invalid filter chain for FORMAT_ALONE - "
                            "must be a single LZMA1 filter")
            filters = pack_filters(chain)
    elif fmt == rlzma.FORMAT_RAW:
        if w_filters is None or w_filters is w_None:
            raise operr(w_ValueError, "Must specify filters for FORMAT_RAW")
        filters = pack_filters(filter_chain(w_filters))
    else:
        raise operr(w_ValueError, "Invalid container format: %d" % fmt)
    h = rlzma.compressor_new(fmt, check, preset, filters)
    if h == 0:
        raise lzma_error(rlzma.error())
    w_self.set_handle(h)
    w_self.flushed = False
    return w_None


def compressor_compress(slots: list[W_Root | None]) -> W_Root:
    w_self = _compressor(slots[0])
    w_data = slots[1]
    assert w_data is not None
    data = buffer_w(w_data)
    if w_self.flushed:
        raise operr(w_ValueError, "Compressor has been flushed")
    if w_self.handle == 0:
        raise lzma_error(rlzma.LZMA_PROG_ERROR)
    out = rlzma.compress(w_self.handle, data, False)
    err = rlzma.error()
    if err != rlzma.LZMA_OK:
        raise lzma_error(err)
    w_self.charge(len(data) * COMPRESSOR_BYTES_PER_INPUT)
    return wrap_bytes(out)


def compressor_flush(slots: list[W_Root | None]) -> W_Root:
    w_self = _compressor(slots[0])
    if w_self.flushed:
        raise operr(w_ValueError, "Repeated call to flush()")
    w_self.flushed = True
    if w_self.handle == 0:
        raise lzma_error(rlzma.LZMA_PROG_ERROR)
    out = rlzma.compress(w_self.handle, b"", True)
    err = rlzma.error()
    if err != rlzma.LZMA_OK:
        raise lzma_error(err)
    return wrap_bytes(out)


def decompressor_new(args: Arguments) -> W_Root:
    return W_LZMADecompressor()


def decompressor_init(args: Arguments) -> W_Root:
    w_self = _decompressor(args.args_w[0])
    slots = clinic_kw(args, "LZMADecompressor", ["format", "memlimit", "filters"], 0, 3, 0, 1)
    w_format = slots[0]
    fmt = rlzma.FORMAT_AUTO if w_format is None else c_int_w(w_format)
    w_memlimit = slots[1]
    w_filters = slots[2]
    memlimit = -1
    if w_memlimit is not None and w_memlimit is not w_None:
        if fmt == rlzma.FORMAT_RAW:
            raise operr(w_ValueError, "Cannot specify memory limit with FORMAT_RAW")
        memlimit = uint64_w(w_memlimit)
    if fmt == rlzma.FORMAT_RAW and is_none(w_filters):
        raise operr(w_ValueError, "Must specify filters for FORMAT_RAW")
    if fmt != rlzma.FORMAT_RAW and not is_none(w_filters):
        raise operr(w_ValueError, "Cannot specify filters except with FORMAT_RAW")
    if fmt < rlzma.FORMAT_AUTO or fmt > rlzma.FORMAT_RAW:
        raise operr(w_ValueError, "Invalid container format: %d" % fmt)
    filters: bytes | None = None
    if w_filters is not None and w_filters is not w_None:
        filters = pack_filters(filter_chain(w_filters))
    h = rlzma.decompressor_new(fmt, memlimit, filters)
    if h == 0:
        raise lzma_error(rlzma.error())
    w_self.set_handle(h)
    w_self.eof = False
    w_self.needs_input = True
    w_self.unused_data = b""
    w_self.check = rlzma.check(h)
    return w_None


def decompressor_decompress(args: Arguments) -> W_Root:
    w_self = _decompressor(args.args_w[0])
    slots = clinic_kw(args, "decompress", ["data", "max_length"], 0, 2, 1, 1)
    w_data = slots[0]
    assert w_data is not None
    data = buffer_w(w_data)
    w_max = slots[1]
    max_length = -1 if w_max is None else index_w(w_max)
    if w_self.eof:
        raise operr(w_EOFError, "Already at end of stream")
    if w_self.handle == 0:
        raise lzma_error(rlzma.LZMA_PROG_ERROR)
    out = rlzma.decompress(w_self.handle, data, max_length)
    err = rlzma.error()
    w_self.check = rlzma.check(w_self.handle)
    if err != rlzma.LZMA_OK:
        raise lzma_error(err)
    w_self.eof = rlzma.eof(w_self.handle)
    w_self.needs_input = rlzma.needs_input(w_self.handle)
    if w_self.eof:
        w_self.unused_data = rlzma.unused_data(w_self.handle)
    else:
        w_self.charge(len(out) + len(data))
    return wrap_bytes(out)


def get_eof(w: W_Root) -> W_Root:
    return space.wrap_bool(_decompressor(w).eof)


def get_needs_input(w: W_Root) -> W_Root:
    return space.wrap_bool(_decompressor(w).needs_input)


def get_unused_data(w: W_Root) -> W_Root:
    return wrap_bytes(_decompressor(w).unused_data)


def get_check(w: W_Root) -> W_Root:
    return wrap_int(_decompressor(w).check)


register_raw(w_compressor_type, "__new__", compressor_new)
register_raw(w_compressor_type, "__init__", compressor_init)
register(w_compressor_type, "compress(self, data, /)", compressor_compress)
register(w_compressor_type, "flush(self, /)", compressor_flush)
register_raw(w_decompressor_type, "__new__", decompressor_new)
register_raw(w_decompressor_type, "__init__", decompressor_init)
register_raw(w_decompressor_type, "decompress", decompressor_decompress)
getset(w_decompressor_type, "check", get_check)
getset(w_decompressor_type, "eof", get_eof)
getset(w_decompressor_type, "needs_input", get_needs_input)
getset(w_decompressor_type, "unused_data", get_unused_data)


# ------------------------------------------------------------ functions

def lzma_is_check_supported(args: Arguments) -> W_Root:
    rest = clinic_args(args, "is_check_supported", "is_check_supported", 1, 1)
    check_id = c_int_w(rest[0])
    if check_id < 0 or check_id > rlzma.CHECK_ID_MAX:
        return space.wrap_bool(False)
    return space.wrap_bool(rlzma.is_check_supported(check_id))


def lzma_encode_filter_properties(args: Arguments) -> W_Root:
    w_filter = one_arg(args, "_encode_filter_properties")
    rec = filter_record(w_filter)
    props = rlzma.encode_props(pack_filters([rec]))
    err = rlzma.error()
    if err != rlzma.LZMA_OK:
        raise lzma_error(err)
    return wrap_bytes(props)


def lzma_decode_filter_properties(args: Arguments) -> W_Root:
    rest = clinic_args(args, "_decode_filter_properties", "_decode_filter_properties", 2, 2)
    fid = uint64_w(rest[0])
    props = buffer_w(rest[1])
    data = rlzma.decode_props(fid, props)
    err = rlzma.error()
    if err != rlzma.LZMA_OK:
        raise lzma_error(err)
    rec = unpack_record(data)
    w_spec = W_DictObject()
    w_spec.setitem_str("id", wrap_unsigned(fid))
    if fid == rlzma.FILTER_LZMA1:
        w_spec.setitem_str("lc", wrap_int(rec[rlzma.F_LC]))
        w_spec.setitem_str("lp", wrap_int(rec[rlzma.F_LP]))
        w_spec.setitem_str("pb", wrap_int(rec[rlzma.F_PB]))
        w_spec.setitem_str("dict_size", wrap_int(rec[rlzma.F_DICT_SIZE]))
    elif fid == rlzma.FILTER_LZMA2:
        w_spec.setitem_str("dict_size", wrap_int(rec[rlzma.F_DICT_SIZE]))
    elif fid == rlzma.FILTER_DELTA:
        w_spec.setitem_str("dist", wrap_int(rec[rlzma.F_DIST]))
    elif fid in BCJ_FILTERS:
        w_spec.setitem_str("start_offset", wrap_int(rec[rlzma.F_START_OFFSET]))
    else:
        raise operr(w_ValueError, "Invalid filter ID: %s" % unsigned_str(fid))
    return w_spec


FUNCTIONS = [
    register_raw(None, "is_check_supported", lzma_is_check_supported),
    register_raw(None, "_encode_filter_properties", lzma_encode_filter_properties),
    register_raw(None, "_decode_filter_properties", lzma_decode_filter_properties),
]

CONSTANTS = [
    ("FORMAT_AUTO", rlzma.FORMAT_AUTO), ("FORMAT_XZ", rlzma.FORMAT_XZ),
    ("FORMAT_ALONE", rlzma.FORMAT_ALONE), ("FORMAT_RAW", rlzma.FORMAT_RAW),
    ("CHECK_NONE", rlzma.CHECK_NONE), ("CHECK_CRC32", rlzma.CHECK_CRC32),
    ("CHECK_CRC64", rlzma.CHECK_CRC64), ("CHECK_SHA256", rlzma.CHECK_SHA256),
    ("CHECK_ID_MAX", rlzma.CHECK_ID_MAX), ("CHECK_UNKNOWN", rlzma.CHECK_UNKNOWN),
    ("FILTER_LZMA1", rlzma.FILTER_LZMA1), ("FILTER_LZMA2", rlzma.FILTER_LZMA2),
    ("FILTER_DELTA", rlzma.FILTER_DELTA), ("FILTER_X86", rlzma.FILTER_X86),
    ("FILTER_IA64", rlzma.FILTER_IA64), ("FILTER_ARM", rlzma.FILTER_ARM),
    ("FILTER_ARMTHUMB", rlzma.FILTER_ARMTHUMB), ("FILTER_SPARC", rlzma.FILTER_SPARC),
    ("FILTER_POWERPC", rlzma.FILTER_POWERPC), ("MF_HC3", rlzma.MF_HC3),
    ("MF_HC4", rlzma.MF_HC4), ("MF_BT2", rlzma.MF_BT2), ("MF_BT3", rlzma.MF_BT3),
    ("MF_BT4", rlzma.MF_BT4), ("MODE_FAST", rlzma.MODE_FAST),
    ("MODE_NORMAL", rlzma.MODE_NORMAL), ("PRESET_DEFAULT", rlzma.PRESET_DEFAULT),
    ("PRESET_EXTREME", rlzma.PRESET_EXTREME),
]


def make_module() -> W_Module:
    w_mod = W_Module("_lzma", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    for name, value in CONSTANTS:
        d.setitem_str(name, wrap_int(value))
    d.setitem_str("LZMACompressor", w_compressor_type)
    d.setitem_str("LZMADecompressor", w_decompressor_type)
    d.setitem_str("LZMAError", w_LZMAError)
    return w_mod


register_module("_lzma", make_module)
