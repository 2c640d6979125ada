"""The `_bz2` module, as CPython 3.11's Modules/_bz2module.c, over the
system's libbz2 (rpy.rlib.rbz2): BZ2Compressor (compress, flush) and
BZ2Decompressor (decompress with max_length; eof, needs_input,
unused_data), with CPython's argument checks and messages.  CPython's
Lib/bz2.py runs on it unchanged (bz2.open, BZ2File, compress,
decompress), and so tarfile's 'bz2' mode, zipfile's ZIP_BZIP2 and
shutil's 'bztar' archives.

A stream's libbz2 state is ended by the C runtime when the stream
finishes (flush, the end of the compressed data); the rest (the stream
record, the unused data) is freed when the object dies (the finalizer
queue calls release_resources).
"""
from __future__ import annotations

from rpy.rlib import rbz2, rgc

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.modules.math.args import clinic_args, clinic_kw, module_type
from ouro.objspace import space
from ouro.objspace.bytesobject import buffer_w, wrap_bytes
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (OperationError, operr, operr_noarg, w_EOFError,
                                      w_MemoryError, w_OSError, w_RuntimeError, w_SystemError,
                                      w_TypeError, w_ValueError)
from ouro.objspace.finalizerqueue import register as register_finalizer
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strobject import c_int_w, index_w

w_compressor_type = module_type("_bz2", "BZ2Compressor")
w_decompressor_type = module_type("_bz2", "BZ2Decompressor")

# libbz2's memory for a stream: a compressor holds 8 bytes per byte of
# its block (100 KB per level), a decompressor 4 bytes per byte of output
# in a block (at most 3.6 MB)
COMPRESSOR_BYTES_PER_INPUT = 8
DECOMPRESSOR_BYTES_PER_OUTPUT = 4
BLOCK_BYTES_PER_LEVEL = 100 * 1000


def bz2_error(err: int) -> OperationError:
    """CPython's catch_bz2_error."""
    if err == rbz2.BZ_CONFIG_ERROR:
        return operr(w_SystemError, "libbzip2 was not compiled correctly")
    if err == rbz2.BZ_PARAM_ERROR:
        return operr(w_ValueError, "Internal error - invalid parameters passed to libbzip2")
    if err == rbz2.BZ_MEM_ERROR:
        return operr_noarg(w_MemoryError)
    if err == rbz2.BZ_DATA_ERROR or err == rbz2.BZ_DATA_ERROR_MAGIC:
        return operr(w_OSError, "Invalid data stream")
    if err == rbz2.BZ_IO_ERROR:
        return operr(w_OSError, "Unknown I/O error")
    if err == rbz2.BZ_UNEXPECTED_EOF:
        return operr(w_EOFError, "Compressed file ended before the logical end-of-stream "
                     "was detected")
    if err == rbz2.BZ_SEQUENCE_ERROR:
        return operr(w_RuntimeError, "Internal error - Invalid sequence of commands sent "
                     "to libbzip2")
    return operr(w_OSError, "Unrecognized error from libbzip2: %d" % err)


class W_BZ2Stream(W_Root):
    """A BZ2Compressor or BZ2Decompressor: the handle of its C stream (0
    before __init__).

    The memory libbz2 holds for a stream counts as memory pressure for the
    GC (rgc.add_memory_pressure) as the stream comes to use it (`charge`,
    up to `limit`), not when it is made: libbz2 reserves its arrays at once
    but touches them as data passes, and a stream that ends within one
    call (bz2.decompress of a small input) frees them at once; charging
    them all at creation made a loop of small decompressions run a major
    collection every few calls."""
    handle: int
    charged: int
    limit: int

    def __init__(self) -> None:
        self.handle = 0
        self.charged = 0
        self.limit = 0

    def set_handle(self, h: int, limit: int) -> None:
        if self.handle == 0:
            register_finalizer(self)
        else:
            rbz2.free(self.handle)
        self.handle = h
        self.charged = 0
        self.limit = limit

    def charge(self, nbytes: int) -> None:
        n = min(nbytes, self.limit - self.charged)
        if n > 0:
            self.charged += n
            rgc.add_memory_pressure(n)

    def release_resources(self) -> None:
        if self.handle != 0:
            rbz2.free(self.handle)
            self.handle = 0


class W_BZ2Compressor(W_BZ2Stream):
    flushed: bool

    def __init__(self) -> None:
        W_BZ2Stream.__init__(self)
        self.flushed = False

    def getclass(self) -> W_TypeObject:
        return w_compressor_type


class W_BZ2Decompressor(W_BZ2Stream):
    eof: bool
    needs_input: bool
    unused_data: bytes

    def __init__(self) -> None:
        W_BZ2Stream.__init__(self)
        self.eof = False
        self.needs_input = True
        self.unused_data = b""

    def getclass(self) -> W_TypeObject:
        return w_decompressor_type


def _compressor(w: W_Root | None) -> W_BZ2Compressor:
    if isinstance(w, W_BZ2Compressor):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a '_bz2.BZ2Compressor' object but received "
                "a '%s'" % type_name(w))


def _decompressor(w: W_Root | None) -> W_BZ2Decompressor:
    if isinstance(w, W_BZ2Decompressor):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a '_bz2.BZ2Decompressor' object but "
                "received a '%s'" % type_name(w))


def compressor_new(args: Arguments) -> W_Root:
    return W_BZ2Compressor()


def compressor_init(args: Arguments) -> W_Root:
    w_self = _compressor(args.args_w[0])
    rest = clinic_args(Arguments(args.args_w[1:], args.kw_names, args.kw_values_w),
                       "BZ2Compressor", "BZ2Compressor", 0, 1)
    level = 9
    if len(rest) > 0:
        level = c_int_w(rest[0])
    if not 1 <= level <= 9:
        raise operr(w_ValueError, "compresslevel must be between 1 and 9")
    h = rbz2.compressor_new(level)
    if h == 0:
        raise bz2_error(rbz2.error())
    w_self.set_handle(h, level * BLOCK_BYTES_PER_LEVEL * COMPRESSOR_BYTES_PER_INPUT)
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
        raise bz2_error(rbz2.BZ_PARAM_ERROR)
    out = rbz2.compress(w_self.handle, data, False)
    err = rbz2.error()
    if err != rbz2.BZ_OK:
        raise bz2_error(err)
    w_self.charge(len(data) * COMPRESSOR_BYTES_PER_INPUT)
    return wrap_bytes(out)


def compressor_flush(slots: list[W_Root | None]) -> W_Root:
    w_self = _compressor(slots[0])
    if w_self.flushed:
        raise operr(w_ValueError, "Repeated call to flush()")
    w_self.flushed = True
    if w_self.handle == 0:
        raise bz2_error(rbz2.BZ_PARAM_ERROR)
    out = rbz2.compress(w_self.handle, b"", True)
    err = rbz2.error()
    if err != rbz2.BZ_OK:
        raise bz2_error(err)
    return wrap_bytes(out)


def decompressor_new(args: Arguments) -> W_Root:
    return W_BZ2Decompressor()


def decompressor_init(args: Arguments) -> W_Root:
    w_self = _decompressor(args.args_w[0])
    if len(args.args_w) > 1:
        raise operr(w_TypeError, "BZ2Decompressor() takes no positional arguments")
    if args.has_keywords():
        raise operr(w_TypeError, "BZ2Decompressor() takes no keyword arguments")
    h = rbz2.decompressor_new()
    if h == 0:
        raise bz2_error(rbz2.error())
    w_self.set_handle(h, 9 * BLOCK_BYTES_PER_LEVEL * DECOMPRESSOR_BYTES_PER_OUTPUT)
    w_self.eof = False
    w_self.needs_input = True
    w_self.unused_data = b""
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
        raise operr(w_EOFError, "End of stream already reached")
    if w_self.handle == 0:
        raise bz2_error(rbz2.BZ_PARAM_ERROR)
    out = rbz2.decompress(w_self.handle, data, max_length)
    err = rbz2.error()
    if err != rbz2.BZ_OK:
        raise bz2_error(err)
    w_self.eof = rbz2.eof(w_self.handle)
    w_self.needs_input = rbz2.needs_input(w_self.handle)
    if w_self.eof:
        w_self.unused_data = rbz2.unused_data(w_self.handle)
    else:
        w_self.charge(len(out) * DECOMPRESSOR_BYTES_PER_OUTPUT + len(data))
    return wrap_bytes(out)


def get_eof(w: W_Root) -> W_Root:
    return space.wrap_bool(_decompressor(w).eof)


def get_needs_input(w: W_Root) -> W_Root:
    return space.wrap_bool(_decompressor(w).needs_input)


def get_unused_data(w: W_Root) -> W_Root:
    return wrap_bytes(_decompressor(w).unused_data)


register_raw(w_compressor_type, "__new__", compressor_new)
register_raw(w_compressor_type, "__init__", compressor_init)
register(w_compressor_type, "compress(self, data, /)", compressor_compress)
register(w_compressor_type, "flush(self, /)", compressor_flush)
register_raw(w_decompressor_type, "__new__", decompressor_new)
register_raw(w_decompressor_type, "__init__", decompressor_init)
register_raw(w_decompressor_type, "decompress", decompressor_decompress)
getset(w_decompressor_type, "eof", get_eof)
getset(w_decompressor_type, "needs_input", get_needs_input)
getset(w_decompressor_type, "unused_data", get_unused_data)


def make_module() -> W_Module:
    w_mod = W_Module("_bz2", None)
    d = w_mod.w_dict
    d.setitem_str("BZ2Compressor", w_compressor_type)
    d.setitem_str("BZ2Decompressor", w_decompressor_type)
    return w_mod


register_module("_bz2", make_module)
