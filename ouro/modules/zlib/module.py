"""The `zlib` module, as CPython 3.11's Modules/zlibmodule.c, over the
system's libz (rpy.rlib.rzlib): compress/decompress, compressobj and
decompressobj (zlib.Compress, zlib.Decompress: unused_data,
unconsumed_tail, eof, max_length, dictionaries, copy), crc32, adler32,
zlib.error with CPython's messages, and the constants.  gzip, zipfile,
tarfile and shutil's archives work on it.

A stream's zlib state lives in the C runtime: it is ended when the
stream finishes (Compress.flush(Z_FINISH), the end of the compressed data
for Decompress), and otherwise when the object dies (the finalizer queue:
ouro/interpreter/finalizers.py calls release_resources).
"""
from __future__ import annotations

from rpy.rlib import rgc, rzlib

from ouro.interpreter.module import W_Module
from ouro.modules.math.args import module_type
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.bytesobject import buffer_or_none, wrap_bytes
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_MemoryError, w_TypeError, w_ValueError)
from ouro.objspace.finalizerqueue import register as register_finalizer
from ouro.objspace.gateway import register
from ouro.objspace.intobject import bigint_of_w, index_w, int_w, wrap_int
from ouro.objspace.model import LAYOUT_EXCEPTION, W_Root, W_TypeObject, make_builtin_type
from ouro.objspace.model import type_name, w_None
from ouro.objspace.strobject import W_StrObject

MAX_WBITS = 15
DEF_BUF_SIZE = 16384
DEF_MEM_LEVEL = 8
# what a stream holds in libz: a deflate state with the default window and
# memLevel is about 268 KB, an inflate state 7 KB + its 32 KB window
STREAM_BYTES = 200 * 1024

w_ZlibError = make_builtin_type("error", [EXCEPTION_TYPES["Exception"]], LAYOUT_EXCEPTION)
w_ZlibError.is_heaptype = True
w_ZlibError.hasdict = True
w_ZlibError.dict_w["__module__"] = W_StrObject("zlib")
w_ZlibError.dict_w["__doc__"] = w_None

w_compress_type = module_type("zlib", "Compress")
w_decompress_type = module_type("zlib", "Decompress")


def zlib_error(what: str) -> OperationError:
    """CPython's zlib_error(): zlib's message, or one for the code."""
    err = rzlib.error()
    zmsg = rzlib.error_msg()
    if zmsg == "":
        if err == rzlib.Z_BUF_ERROR:
            zmsg = "incomplete or truncated stream"
        elif err == rzlib.Z_STREAM_ERROR:
            zmsg = "inconsistent stream state"
        elif err == rzlib.Z_DATA_ERROR:
            zmsg = "invalid input data"
    if zmsg == "":
        text = "Error %d %s" % (err, what)
    else:
        text = "Error %d %s: %s" % (err, what, zmsg)
    return OperationError(W_BaseException(w_ZlibError, [W_StrObject(text)]))


def data_arg(w: W_Root | None) -> bytes:
    assert w is not None
    data = buffer_or_none(w)
    if data is None:
        raise operr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w))
    return data


def int_arg(w: W_Root | None, default: int) -> int:
    if w is None:
        return default
    return int_w(w)


class W_ZStream(W_Root):
    """A Compress or Decompress object: the handle of its zlib stream (-1
    once ended)."""
    handle: int

    def __init__(self, handle: int) -> None:
        self.handle = handle
        register_finalizer(self)
        rgc.add_memory_pressure(STREAM_BYTES)

    def end(self) -> None:
        if self.handle >= 0:
            rzlib.end(self.handle)
            self.handle = -1

    def release_resources(self) -> None:
        self.end()


class W_Compress(W_ZStream):
    def getclass(self) -> W_TypeObject:
        return w_compress_type


class W_Decompress(W_ZStream):
    unused_data: bytes
    unconsumed_tail: bytes
    eof: bool
    zdict: bytes | None
    wbits: int

    def __init__(self, handle: int, zdict: bytes | None, wbits: int) -> None:
        W_ZStream.__init__(self, handle)
        self.unused_data = b""
        self.unconsumed_tail = b""
        self.eof = False
        self.zdict = zdict
        self.wbits = wbits

    def getclass(self) -> W_TypeObject:
        return w_decompress_type

    def inflate(self, data: bytes, max_length: int, mode: int, what: str) -> bytes:
        """Feeds data (CPython's decompress/flush loop): output, then
        unused_data/unconsumed_tail/eof updated as save_unconsumed_input does."""
        if self.handle < 0:
            # ended at the end of the data: everything more is unused
            self.unused_data = self.unused_data + data
            return b""
        out = rzlib.inflate(self.handle, data, max_length, mode)
        err = rzlib.error()
        left = rzlib.avail_in()
        if err == rzlib.Z_NEED_DICT and self.zdict is not None:
            zdict = self.zdict
            assert zdict is not None
            if rzlib.set_dictionary(self.handle, zdict) != rzlib.Z_OK:
                raise zlib_error("while setting zdict")
            rest = data[len(data) - left:] if left > 0 else b""
            more = max_length - len(out) if max_length > 0 else 0
            out = out + rzlib.inflate(self.handle, rest, more, mode)
            err = rzlib.error()
            left = rzlib.avail_in()
        if err != rzlib.Z_OK:
            raise zlib_error(what)
        rest = data[len(data) - left:] if left > 0 else b""
        if rzlib.eof():
            self.eof = True
            self.unused_data = self.unused_data + rest
            self.unconsumed_tail = b""
            self.end()
        elif len(rest) > 0 or len(self.unconsumed_tail) > 0:
            self.unconsumed_tail = rest
        return out


def _compress(w: W_Root | None) -> W_Compress:
    if isinstance(w, W_Compress):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a 'zlib.Compress' object but received a '%s'"
                % type_name(w))


def _decompress(w: W_Root | None) -> W_Decompress:
    if isinstance(w, W_Decompress):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a 'zlib.Decompress' object but received "
                "a '%s'" % type_name(w))


def new_deflate(level: int, method: int, wbits: int, memlevel: int, strategy: int,
                zdict: bytes | None) -> int:
    h = rzlib.deflate_init(level, method, wbits, memlevel, strategy, zdict)
    if h < 0:
        err = rzlib.error()
        if err == rzlib.Z_MEM_ERROR:
            raise operr(w_MemoryError, "Can't allocate memory for compression object")
        if err == rzlib.Z_STREAM_ERROR:
            raise operr(w_ValueError, "Invalid initialization option")
        raise zlib_error("while creating compression object")
    return h


# ------------------------------------------------------------ functions

def zlib_compress(slots: list[W_Root | None]) -> W_Root:
    data = data_arg(slots[0])
    level = int_arg(slots[1], -1)
    wbits = int_arg(slots[2], MAX_WBITS)
    h = rzlib.deflate_init(level, 8, wbits, DEF_MEM_LEVEL, 0, None)
    if h < 0:
        err = rzlib.error()
        if err == rzlib.Z_MEM_ERROR:
            raise operr(w_MemoryError, "Out of memory while compressing data")
        if err == rzlib.Z_STREAM_ERROR:
            raise OperationError(W_BaseException(w_ZlibError,
                                                 [W_StrObject("Bad compression level")]))
        raise zlib_error("while compressing data")
    out = rzlib.deflate(h, data, rzlib.Z_FINISH)
    failed = rzlib.error() != rzlib.Z_OK
    if failed:
        e = zlib_error("while compressing data")
        rzlib.end(h)
        raise e
    rzlib.end(h)
    return wrap_bytes(out)


def zlib_decompress(slots: list[W_Root | None]) -> W_Root:
    data = data_arg(slots[0])
    wbits = int_arg(slots[1], MAX_WBITS)
    bufsize = int_arg(slots[2], DEF_BUF_SIZE)
    if bufsize < 0:
        raise operr(w_ValueError, "bufsize must be non-negative")
    h = rzlib.inflate_init(wbits, None)
    if h < 0:
        if rzlib.error() == rzlib.Z_MEM_ERROR:
            raise operr(w_MemoryError, "Out of memory while decompressing data")
        raise zlib_error("while preparing to decompress data")
    out = rzlib.inflate(h, data, 0, rzlib.Z_NO_FLUSH)
    err = rzlib.error()
    ended = rzlib.eof()
    if err != rzlib.Z_OK:
        e = zlib_error("while decompressing data")
        rzlib.end(h)
        raise e
    rzlib.end(h)
    if not ended:
        raise OperationError(W_BaseException(w_ZlibError, [W_StrObject(
            "Error -5 while decompressing data: incomplete or truncated stream")]))
    return wrap_bytes(out)


def zdict_arg(w: W_Root | None) -> bytes | None:
    if w is None or w is w_None:
        return None
    data = buffer_or_none(w)
    if data is None:
        raise operr(w_TypeError, "zdict argument must support the buffer protocol")
    return data


def zlib_compressobj(slots: list[W_Root | None]) -> W_Root:
    level = int_arg(slots[0], -1)
    method = int_arg(slots[1], 8)
    wbits = int_arg(slots[2], MAX_WBITS)
    memlevel = int_arg(slots[3], DEF_MEM_LEVEL)
    strategy = int_arg(slots[4], 0)
    zdict = zdict_arg(slots[5])
    return W_Compress(new_deflate(level, method, wbits, memlevel, strategy, zdict))


def zlib_decompressobj(slots: list[W_Root | None]) -> W_Root:
    wbits = int_arg(slots[0], MAX_WBITS)
    w_zdict = slots[1]
    zdict: bytes | None = None
    if w_zdict is not None:
        zdict = buffer_or_none(w_zdict)
        if zdict is None:
            raise operr(w_TypeError, "zdict argument must support the buffer protocol")
    h = rzlib.inflate_init(wbits, zdict)
    if h < 0:
        err = rzlib.error()
        if err == rzlib.Z_MEM_ERROR:
            raise operr(w_MemoryError, "Can't allocate memory for decompression object")
        if err == rzlib.Z_STREAM_ERROR:
            raise operr(w_ValueError, "Invalid initialization option")
        raise zlib_error("while creating decompression object")
    return W_Decompress(h, zdict, wbits)


def unsigned_value(w: W_Root | None, default: int) -> int:
    """The running checksum argument: any int, taken modulo 2**32."""
    if w is None:
        return default
    return bigint_of_w(index_w(w)).int_and_(0xffffffff).toint()


def zlib_crc32(slots: list[W_Root | None]) -> W_Root:
    data = data_arg(slots[0])
    return wrap_int(rzlib.crc32(data, unsigned_value(slots[1], 0)))


def zlib_adler32(slots: list[W_Root | None]) -> W_Root:
    data = data_arg(slots[0])
    return wrap_int(rzlib.adler32(data, unsigned_value(slots[1], 1)))


# ------------------------------------------------------------ Compress

def compress_compress(slots: list[W_Root | None]) -> W_Root:
    w_self = _compress(slots[0])
    data = data_arg(slots[1])
    if w_self.handle < 0:
        raise OperationError(W_BaseException(w_ZlibError, [W_StrObject(
            "Error -2 while compressing data: inconsistent stream state")]))
    out = rzlib.deflate(w_self.handle, data, rzlib.Z_NO_FLUSH)
    if rzlib.error() != rzlib.Z_OK:
        raise zlib_error("while compressing data")
    return wrap_bytes(out)


def compress_flush(slots: list[W_Root | None]) -> W_Root:
    w_self = _compress(slots[0])
    mode = int_arg(slots[1], rzlib.Z_FINISH)
    if mode == rzlib.Z_NO_FLUSH:
        return wrap_bytes(b"")
    if w_self.handle < 0:
        raise OperationError(W_BaseException(w_ZlibError, [W_StrObject(
            "Error -2 while flushing: inconsistent stream state")]))
    out = rzlib.deflate(w_self.handle, b"", mode)
    if rzlib.error() != rzlib.Z_OK:
        raise zlib_error("while flushing")
    if mode == rzlib.Z_FINISH:
        w_self.end()
    return wrap_bytes(out)


def compress_copy(slots: list[W_Root | None]) -> W_Root:
    w_self = _compress(slots[0])
    if w_self.handle < 0:
        raise operr(w_ValueError, "Inconsistent stream state")
    h = rzlib.copy(w_self.handle)
    if h < 0:
        raise zlib_error("while copying compression object")
    return W_Compress(h)


def compress_deepcopy(slots: list[W_Root | None]) -> W_Root:
    return compress_copy([slots[0]])


# ------------------------------------------------------------ Decompress

def decompress_decompress(slots: list[W_Root | None]) -> W_Root:
    w_self = _decompress(slots[0])
    data = data_arg(slots[1])
    max_length = int_arg(slots[2], 0)
    if max_length < 0:
        raise operr(w_ValueError, "max_length must be non-negative")
    return wrap_bytes(w_self.inflate(data, max_length, rzlib.Z_SYNC_FLUSH,
                                     "while decompressing data"))


def decompress_flush(slots: list[W_Root | None]) -> W_Root:
    w_self = _decompress(slots[0])
    length = int_arg(slots[1], DEF_BUF_SIZE)
    if length <= 0:
        raise operr(w_ValueError, "length must be greater than zero")
    data = w_self.unconsumed_tail
    if w_self.handle < 0:
        return wrap_bytes(b"")
    return wrap_bytes(w_self.inflate(data, 0, rzlib.Z_FINISH, "while flushing"))


def decompress_copy(slots: list[W_Root | None]) -> W_Root:
    w_self = _decompress(slots[0])
    if w_self.handle < 0:
        raise operr(w_ValueError, "Inconsistent stream state")
    h = rzlib.copy(w_self.handle)
    if h < 0:
        raise zlib_error("while copying decompression object")
    w_copy = W_Decompress(h, w_self.zdict, w_self.wbits)
    w_copy.unused_data = w_self.unused_data
    w_copy.unconsumed_tail = w_self.unconsumed_tail
    w_copy.eof = w_self.eof
    return w_copy


def decompress_deepcopy(slots: list[W_Root | None]) -> W_Root:
    return decompress_copy([slots[0]])


def get_unused_data(w: W_Root) -> W_Root:
    return wrap_bytes(_decompress(w).unused_data)


def get_unconsumed_tail(w: W_Root) -> W_Root:
    return wrap_bytes(_decompress(w).unconsumed_tail)


def get_eof(w: W_Root) -> W_Root:
    return space.wrap_bool(_decompress(w).eof)


register(w_compress_type, "compress(self, data, /)", compress_compress)
register(w_compress_type, "flush(self, mode=, /)", compress_flush)
register(w_compress_type, "copy(self, /)", compress_copy)
register(w_compress_type, "__copy__(self, /)", compress_copy)
register(w_compress_type, "__deepcopy__(self, memo, /)", compress_deepcopy)
register(w_decompress_type, "decompress(self, data, /, max_length=)", decompress_decompress)
register(w_decompress_type, "flush(self, length=, /)", decompress_flush)
register(w_decompress_type, "copy(self, /)", decompress_copy)
register(w_decompress_type, "__copy__(self, /)", decompress_copy)
register(w_decompress_type, "__deepcopy__(self, memo, /)", decompress_deepcopy)
getset(w_decompress_type, "unused_data", get_unused_data)
getset(w_decompress_type, "unconsumed_tail", get_unconsumed_tail)
getset(w_decompress_type, "eof", get_eof)

FUNCTIONS = [
    register(None, "compress(data, /, level=, wbits=)",
             zlib_compress),
    register(None, "decompress(data, /, wbits=, bufsize=)",
             zlib_decompress),
    register(None, "compressobj(level=, method=, wbits=, memLevel=, strategy=, zdict=)",
             zlib_compressobj),
    register(None, "decompressobj(wbits=, zdict=)", zlib_decompressobj),
    register(None, "crc32(data, value=, /)", zlib_crc32),
    register(None, "adler32(data, value=, /)", zlib_adler32),
]

CONSTANTS = [
    ("DEFLATED", 8), ("DEF_BUF_SIZE", DEF_BUF_SIZE), ("DEF_MEM_LEVEL", DEF_MEM_LEVEL),
    ("MAX_WBITS", MAX_WBITS), ("Z_BEST_COMPRESSION", 9), ("Z_BEST_SPEED", 1),
    ("Z_BLOCK", rzlib.Z_BLOCK), ("Z_DEFAULT_COMPRESSION", -1), ("Z_DEFAULT_STRATEGY", 0),
    ("Z_FILTERED", 1), ("Z_FINISH", rzlib.Z_FINISH), ("Z_FIXED", 4),
    ("Z_FULL_FLUSH", rzlib.Z_FULL_FLUSH), ("Z_HUFFMAN_ONLY", 2), ("Z_NO_COMPRESSION", 0),
    ("Z_NO_FLUSH", rzlib.Z_NO_FLUSH), ("Z_PARTIAL_FLUSH", rzlib.Z_PARTIAL_FLUSH), ("Z_RLE", 3),
    ("Z_SYNC_FLUSH", rzlib.Z_SYNC_FLUSH), ("Z_TREES", rzlib.Z_TREES),
]


def make_module() -> W_Module:
    w_mod = W_Module("zlib", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str(
        "The functions in this module allow compression and decompression using the\n"
        "zlib library, which is based on GNU zip."))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    for name, value in CONSTANTS:
        d.setitem_str(name, wrap_int(value))
    d.setitem_str("ZLIB_VERSION", space.wrap_str(rzlib.version()))
    d.setitem_str("ZLIB_RUNTIME_VERSION", space.wrap_str(rzlib.runtime_version()))
    d.setitem_str("error", w_ZlibError)
    return w_mod


register_module("zlib", make_module)
