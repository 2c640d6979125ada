"""The `_struct` module (struct's engine), as CPython 3.11's
Modules/_struct.c on x86-64 Linux: pack, unpack, calcsize, pack_into,
unpack_from, iter_unpack, the Struct type and struct.error.

Formats: an optional byte order ('@' native sizes and alignment, '=' and
'<' little-endian standard sizes, '>' and '!' big-endian standard sizes),
then codes with optional counts: x c b B ? h H i I l L q Q n N e f d s p P
(n N P native only).  The range checks and their messages follow
CPython's packers: the native ones (used for '@', and for '<'/'=' where
the standard size is the native one) and the big-endian ones differ.
"""
from __future__ import annotations

import math

from rpy.rlib.rarithmetic import intmask, r_uint
from rpy.rlib.rbigint import rbigint

from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.bytearrayobject import W_BytearrayObject
from ouro.objspace.bytesobject import W_BytesObject, buffer_or_none, wrap_bytes
from ouro.objspace.descriptors import getset
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_BufferError, w_OverflowError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.floatobject import W_FloatObject, wrap_float
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import W_IntObject, W_LongObject, bigint_of_w, float_of_w, index_w
from ouro.objspace.intobject import is_int, wrap_big, wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.memoryobject import (W_MemoryView, bits_float, bits_float32, float32_bits,
                                        float_bits)
from ouro.objspace.model import (LAYOUT_EXCEPTION, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject
from ouro.modules.math.args import module_type

w_StructError = make_builtin_type("error", [EXCEPTION_TYPES["Exception"]], LAYOUT_EXCEPTION)
w_StructError.is_heaptype = True
w_StructError.hasdict = True
w_StructError.dict_w["__module__"] = W_StrObject("struct")
w_StructError.dict_w["__doc__"] = w_None

# Struct is subclassable: its instances carry their class (and a __dict__
# for the classes of class statements); as in 3.11, __init__ takes the format
LAYOUT_STRUCT = 142
space.SUBCLASSABLE_LAYOUTS.append(LAYOUT_STRUCT)
w_struct_type = make_builtin_type("Struct", [w_object_type], LAYOUT_STRUCT)
w_struct_type.dict_w["__module__"] = W_StrObject("_struct")
w_struct_type.tp_prefix = "_struct."
w_unpack_iterator_type = module_type("_struct", "unpack_iterator")

NATIVE_SIZES = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8,
                "L": 8, "q": 8, "Q": 8, "n": 8, "N": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1,
                "P": 8}
STD_SIZES = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 4,
             "L": 4, "q": 8, "Q": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1}

MAX_SIZE = (1 << 62)


def struct_error(msg: str) -> OperationError:
    return OperationError(W_BaseException(w_StructError, [W_StrObject(msg)]))


class Code:
    """One item of a format: code, count (repeat, or length for s/p),
    offset of its first byte, size of one."""
    code: str
    count: int
    offset: int
    size: int

    def __init__(self, code: str, count: int, offset: int, size: int) -> None:
        self.code = code
        self.count = count
        self.offset = offset
        self.size = size


class Format:
    fmt: str
    native: bool        # '@': native sizes and alignment
    big: bool           # big-endian
    codes: list[Code]
    size: int
    nitems: int         # values packed/unpacked

    def __init__(self, fmt: str) -> None:
        self.fmt = fmt
        self.native = True
        self.big = False
        self.codes = []
        self.size = 0
        self.nitems = 0
        i = 0
        if len(fmt) > 0 and fmt[0] in "@=<>!":
            order = fmt[0]
            i = 1
            self.native = order == "@"
            self.big = order == ">" or order == "!"
        n = len(fmt)
        size = 0
        while i < n:
            c = fmt[i]
            if c == " " or c == "\t" or c == "\n" or c == "\r" or c == "\x0b" or c == "\x0c":
                i += 1
                continue
            count = 1
            if "0" <= c <= "9":
                count = 0
                while i < n and "0" <= fmt[i] <= "9":
                    digit = ord(fmt[i]) - ord("0")
                    if count > (MAX_SIZE - digit) // 10:
                        raise struct_error("total struct size too long")
                    count = count * 10 + digit
                    i += 1
                if i >= n:
                    raise struct_error("repeat count given without format specifier")
                c = fmt[i]
            i += 1
            if self.native:
                if c not in NATIVE_SIZES:
                    raise struct_error("bad char in struct format")
                itemsize = NATIVE_SIZES[c]
                if itemsize > 1 and c != "s" and c != "p":
                    size = (size + itemsize - 1) // itemsize * itemsize
            else:
                if c not in STD_SIZES:
                    raise struct_error("bad char in struct format")
                itemsize = STD_SIZES[c]
            self.codes.append(Code(c, count, size, itemsize))
            if (c == "s" or c == "p" or c == "x") and count > MAX_SIZE - size:
                raise struct_error("total struct size too long")
            if c == "s" or c == "p":
                size += count
                self.nitems += 1
            elif c == "x":
                size += count
            else:
                if count > (MAX_SIZE - size) // itemsize:
                    raise struct_error("total struct size too long")
                size += count * itemsize
                self.nitems += count
            if size > MAX_SIZE:
                raise struct_error("total struct size too long")
        self.size = size

    def native_packer(self, code: Code) -> bool:
        """Whether CPython packs this code with its native function."""
        if self.native:
            return True
        if self.big:
            return False
        return NATIVE_SIZES[code.code] == code.size


# -- integers

def get_int(w: W_Root) -> rbigint:
    """get_pylong: an int, through __index__, else struct.error."""
    if isinstance(w, W_IntObject):
        return rbigint.from_int(w.intval)
    if isinstance(w, W_LongObject):
        return w.num
    if space.lookup(w, "__index__") is None:
        raise struct_error("required argument is not an integer")
    return bigint_of_w(index_w(w))


MIN64 = rbigint.from_int(-(1 << 62)).int_mul(2)
MAX64 = rbigint.from_int((1 << 62) - 1).int_mul(2).int_add(1)
MAXU64 = MAX64.int_mul(2).int_add(1)


def fits_signed64(b: rbigint) -> bool:
    return b.ge(MIN64) and b.le(MAX64)


def fits_unsigned64(b: rbigint) -> bool:
    return b.sign >= 0 and b.le(MAXU64)


def range_msg(c: str, size: int, signed: bool) -> OperationError:
    if signed:
        largest = (1 << (8 * size - 1)) - 1
        return struct_error("'%s' format requires %d <= number <= %d" % (c, -largest - 1, largest))
    if size >= 8:
        return struct_error("'%s' format requires 0 <= number <= 18446744073709551615" % c)
    return struct_error("'%s' format requires 0 <= number <= %d" % (c, (1 << (8 * size)) - 1))


def check_int(f: Format, code: Code, b: rbigint) -> None:
    """CPython's range checks and messages for an integer code."""
    c = code.code
    size = code.size
    if c == "b" or c == "B":
        if not fits_signed64(b):
            raise struct_error("argument out of range")
        v = b.toint()
        if c == "b" and (v < -128 or v > 127):
            raise struct_error("byte format requires -128 <= number <= 127")
        if c == "B" and (v < 0 or v > 255):
            raise struct_error("ubyte format requires 0 <= number <= 255")
        return
    if c == "P":
        if not (fits_signed64(b) or fits_unsigned64(b)):
            raise struct_error("int too large to convert")
        return
    signed = c in "hilqn"
    if f.native_packer(code):
        if c == "h" or c == "H":
            if not fits_signed64(b):
                raise struct_error("argument out of range")
            v = b.toint()
            if c == "h" and (v < -32768 or v > 32767):
                raise struct_error("short format requires -32768 <= number <= 32767")
            if c == "H" and (v < 0 or v > 65535):
                raise struct_error("ushort format requires 0 <= number <= 65535")
            return
        if signed:
            if not fits_signed64(b):
                raise struct_error("argument out of range")
        else:
            if not fits_unsigned64(b):
                raise struct_error("argument out of range")
        if size < 8:
            check_size(c, size, signed, b)
        return
    # the standard packers (big-endian, or little-endian of another size)
    if size == 8:
        ok = fits_signed64(b) if signed else fits_unsigned64(b)
        if not ok:
            if f.big:
                raise struct_error("int too large to convert")
            raise struct_error("argument out of range")
        return
    if signed:
        if not fits_signed64(b):
            raise struct_error("argument out of range")
    else:
        if not fits_unsigned64(b):
            raise struct_error("argument out of range")
    check_size(c, size, signed, b)


def check_size(c: str, size: int, signed: bool, b: rbigint) -> None:
    if signed:
        lo = -(1 << (8 * size - 1))
        hi = (1 << (8 * size - 1)) - 1
    else:
        lo = 0
        hi = (1 << (8 * size)) - 1
    if b.int_lt(lo) or b.int_gt(hi):
        raise range_msg(c, size, signed)


def int_bytes(b: rbigint, size: int, big: bool) -> list[int]:
    """The low `size` bytes of b (two's complement)."""
    if b.sign < 0:
        b = b.add(rbigint.from_int(1).lshift(8 * size))
    data = b.to_bytes(size, "big" if big else "little", False)
    return [x for x in data]


# -- halves (IEEE 754 binary16)

def half_bits(x: float) -> int:
    """binary16 of x, rounded to nearest-even; OverflowError if too large."""
    b32 = 0
    try:
        b32 = float32_bits(x)
    except OperationError:
        raise operr(w_OverflowError, "float too large to pack with e format")
    sign = (b32 >> 16) & 0x8000
    exp = (b32 >> 23) & 0xff
    mant = b32 & 0x7fffff
    if exp == 0xff:
        if mant != 0:
            return sign | 0x7e00
        return sign | 0x7c00
    # from the exact double, not the float32 (no double rounding)
    ax = -x if x < 0.0 else x
    if ax == 0.0:
        return sign
    bits64 = float_bits(ax)
    e = intmask(bits64 >> 52) & 0x7ff
    m = intmask(bits64 & r_uint(0xfffffffffffff))
    if e == 0:
        return sign         # far below the smallest half
    m |= 1 << 52
    e2 = e - 1023           # ax = m * 2**(e2 - 52)
    if e2 < -14:            # subnormal half: units of 2**-24
        shift = (-24) - (e2 - 52)
        if shift > 60:
            return sign
        q = m >> shift
        rem = m - (q << shift)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and (q & 1) == 1):
            q += 1
        return sign | q     # may round up into the normals: still right
    shift = 42
    q = m >> shift
    rem = m - (q << shift)
    half = 1 << (shift - 1)
    if rem > half or (rem == half and (q & 1) == 1):
        q += 1
    if q >= (1 << 11):
        q >>= 1
        e2 += 1
    if e2 > 15:
        raise operr(w_OverflowError, "float too large to pack with e format")
    return sign | ((e2 + 15) << 10) | (q - (1 << 10))


def bits_half(h: int) -> float:
    sign = (h >> 15) & 1
    exp = (h >> 10) & 0x1f
    mant = h & 0x3ff
    if exp == 0x1f:
        r = math.nan if mant != 0 else math.inf
    elif exp == 0:
        r = float(mant) * (1.0 / 16777216.0)
    else:
        r = float(mant | 0x400) * pow2(exp - 25)
    return -r if sign else r


def pow2(e: int) -> float:
    r = 1.0
    if e >= 0:
        for _ in range(e):
            r *= 2.0
    else:
        for _ in range(-e):
            r *= 0.5
    return r


def get_float(w: W_Root) -> float:
    if isinstance(w, W_FloatObject):
        return w.floatval
    try:
        return float_of_w(w)
    except OperationError as e:
        if e.match(w_TypeError):
            raise struct_error("required argument is not a float")
        raise


# -- packing and unpacking

def pack_one(f: Format, code: Code, w: W_Root, out: list[int], pos: int) -> None:
    c = code.code
    size = code.size
    if c == "c":
        if not isinstance(w, W_BytesObject) and not isinstance(w, W_BytearrayObject):
            raise struct_error("char format requires a bytes object of length 1")
        data = buffer_or_none(w)
        if data is None or len(data) != 1:
            raise struct_error("char format requires a bytes object of length 1")
        out[pos] = data[0]
        return
    if c == "?":
        out[pos] = 1 if space.is_true(w) else 0
        return
    if c == "e" or c == "f" or c == "d":
        x = get_float(w)
        raw: list[int] = []
        if c == "d":
            bits = float_bits(x)
            for j in range(8):
                raw.append(intmask(bits >> (8 * j)) & 0xff)
        elif c == "f":
            try:
                b32 = float32_bits(x)
            except OperationError:
                if not f.native:
                    raise operr(w_OverflowError, "float too large to pack with f format")
                # native: a C cast to float, infinite when too large
                b32 = 0xff800000 if x < 0.0 else 0x7f800000
            for j in range(4):
                raw.append((b32 >> (8 * j)) & 0xff)
        else:
            h = half_bits(x)
            raw.append(h & 0xff)
            raw.append((h >> 8) & 0xff)
        if f.big:
            raw.reverse()
        for j in range(len(raw)):
            out[pos + j] = raw[j]
        return
    b = get_int(w)
    check_int(f, code, b)
    ibytes = int_bytes(b, size, f.big)
    for j in range(size):
        out[pos + j] = ibytes[j]


def pack_values(f: Format, values_w: list[W_Root], out: list[int], base: int) -> None:
    if len(values_w) != f.nitems:
        raise struct_error("pack expected %d items for packing (got %d)"
                           % (f.nitems, len(values_w)))
    k = 0
    for code in f.codes:
        c = code.code
        pos = base + code.offset
        if c == "x":
            continue
        if c == "s" or c == "p":
            w = values_w[k]
            k += 1
            if not isinstance(w, W_BytesObject) and not isinstance(w, W_BytearrayObject):
                raise struct_error("argument for '%s' must be a bytes object" % c)
            data = buffer_or_none(w)
            assert data is not None
            n = code.count
            if c == "s":
                m = min(len(data), n)
                for j in range(m):
                    out[pos + j] = data[j]
            elif n > 0:
                # the data up to the field's size, its length (at most 255) first
                m = min(len(data), n - 1)
                out[pos] = min(m, 255)
                for j in range(m):
                    out[pos + 1 + j] = data[j]
            continue
        for r in range(code.count):
            pack_one(f, code, values_w[k], out, pos + r * code.size)
            k += 1


def unpack_one(f: Format, code: Code, data: bytes, pos: int) -> W_Root:
    c = code.code
    size = code.size
    raw = [data[pos + j] for j in range(size)]
    if c == "c":
        return wrap_bytes(bytes(raw))
    if c == "?":
        return space.wrap_bool(raw[0] != 0)
    if f.big:
        raw.reverse()
    if c == "d":
        bits = r_uint(0)
        for j in range(8):
            bits = bits | (r_uint(raw[j]) << (8 * j))
        return wrap_float(bits_float(bits))
    if c == "f":
        return wrap_float(bits_float32(raw[0] | (raw[1] << 8) | (raw[2] << 16) | (raw[3] << 24)))
    if c == "e":
        return wrap_float(bits_half(raw[0] | (raw[1] << 8)))
    signed = c in "bhilqn"
    return wrap_big(rbigint.from_bytes(bytes(raw), "little", signed))


def unpack_values(f: Format, data: bytes, base: int) -> W_Root:
    items_w: list[W_Root] = []
    for code in f.codes:
        c = code.code
        pos = base + code.offset
        if c == "x":
            continue
        if c == "s":
            items_w.append(wrap_bytes(data[pos:pos + code.count]))
            continue
        if c == "p":
            n = code.count
            if n == 0:
                items_w.append(wrap_bytes(b""))
                continue
            m = data[pos]
            if m >= n:
                m = n - 1
            items_w.append(wrap_bytes(data[pos + 1:pos + 1 + m]))
            continue
        for r in range(code.count):
            items_w.append(unpack_one(f, code, data, pos + r * code.size))
    return W_TupleObject(items_w)


# -- the format cache and the arguments

class Cache:
    formats: dict[str, Format]

    def __init__(self) -> None:
        self.formats = {}


CACHE = Cache()


def format_of(w_fmt: W_Root) -> Format:
    if isinstance(w_fmt, W_StrObject):
        fmt = w_fmt.as_str()
    elif isinstance(w_fmt, W_BytesObject):
        fmt = "".join([chr(b) for b in w_fmt.value])
    else:
        raise operr(w_TypeError, "Struct() argument 1 must be a str or bytes object, not %s"
                    % type_name(w_fmt))
    if "\x00" in fmt:
        raise struct_error("embedded null character")
    if fmt in CACHE.formats:
        return CACHE.formats[fmt]
    f = Format(fmt)
    if len(CACHE.formats) > 100:
        CACHE.formats = {}
    CACHE.formats[fmt] = f
    return f


def buffer_arg(w: W_Root) -> bytes:
    data = buffer_or_none(w)
    if data is None:
        raise operr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w))
    return data


def do_pack(f: Format, values_w: list[W_Root]) -> W_Root:
    out = [0] * f.size
    pack_values(f, values_w, out, 0)
    return wrap_bytes(bytes(out))


def do_unpack(f: Format, w_buffer: W_Root) -> W_Root:
    data = buffer_arg(w_buffer)
    if len(data) != f.size:
        raise struct_error("unpack requires a buffer of %d bytes" % f.size)
    return unpack_values(f, data, 0)


def do_unpack_from(f: Format, w_buffer: W_Root, offset: int) -> W_Root:
    data = buffer_arg(w_buffer)
    n = len(data)
    if offset < 0:
        if offset + f.size > 0:
            raise struct_error("not enough data to unpack %d bytes at offset %d"
                               % (f.size, offset))
        if offset + n < 0:
            raise struct_error("offset %d out of range for %d-byte buffer" % (offset, n))
        offset += n
    if n - offset < f.size:
        raise struct_error("unpack_from requires a buffer of at least %d bytes for unpacking "
                           "%d bytes at offset %d (actual buffer size is %d)"
                           % (f.size + offset, f.size, offset, n))
    return unpack_values(f, data, offset)


def do_pack_into(f: Format, w_buffer: W_Root, offset: int, values_w: list[W_Root]) -> None:
    ba: W_BytearrayObject | None = None
    mv: W_MemoryView | None = None
    if isinstance(w_buffer, W_BytearrayObject):
        ba = w_buffer
        n = ba.buf.length
    elif isinstance(w_buffer, W_MemoryView) and not w_buffer.readonly:
        mv = w_buffer
        mv.check()
        n = mv.nbytes()
    elif w_buffer.buffer_itemsize() > 0 and not w_buffer.buffer_readonly():  # array, mmap
        n = w_buffer.buffer_len()
    else:
        raise operr(w_TypeError, "argument must be read-write bytes-like object, not %s"
                    % type_name(w_buffer))
    if offset < 0:
        if offset + f.size > 0:
            raise struct_error("no space to pack %d bytes at offset %d" % (f.size, offset))
        if offset + n < 0:
            raise struct_error("offset %d out of range for %d-byte buffer" % (offset, n))
        offset += n
    if n - offset < f.size:
        raise struct_error("pack_into requires a buffer of at least %d bytes for packing %d "
                           "bytes at offset %d (actual buffer size is %d)"
                           % (f.size + offset, f.size, offset, n))
    out = [0] * f.size
    pack_values(f, values_w, out, 0)
    if ba is not None:
        if offset + f.size > ba.buf.length:
            # the values' __index__ shrank it: CPython holds an export meanwhile
            raise operr(w_BufferError, "Existing exports of data: object cannot be re-sized")
        ba.buf.write(offset, bytes(out))
        return
    if mv is None:
        for j in range(f.size):
            w_buffer.buffer_set_byte(offset + j, out[j])
        return
    new = [b for b in mv.tobytes()]
    for j in range(f.size):
        new[offset + j] = out[j]
    mv.store_bytes(bytes(new))


# -- module functions

def struct_pack(args: Arguments) -> W_Root:
    if args.has_keywords():
        raise operr(w_TypeError, "pack() takes no keyword arguments")
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "pack expected at least 1 argument, got 0")
    return do_pack(format_of(args.args_w[0]), args.args_w[1:])


def struct_unpack(slots: list[W_Root | None]) -> W_Root:
    w_fmt = slots[0]
    w_buf = slots[1]
    assert w_fmt is not None and w_buf is not None
    return do_unpack(format_of(w_fmt), w_buf)


def struct_calcsize(slots: list[W_Root | None]) -> W_Root:
    w_fmt = slots[0]
    assert w_fmt is not None
    return wrap_int(format_of(w_fmt).size)


def _offset(w: W_Root | None) -> int:
    if w is None:
        return 0
    return space.int_of_w(index_w(w))


def struct_unpack_from(slots: list[W_Root | None]) -> W_Root:
    w_fmt = slots[0]
    w_buf = slots[1]
    assert w_fmt is not None and w_buf is not None
    return do_unpack_from(format_of(w_fmt), w_buf, _offset(slots[2]))


def struct_pack_into(args: Arguments) -> W_Root:
    if args.has_keywords():
        raise operr(w_TypeError, "pack_into() takes no keyword arguments")
    if len(args.args_w) < 1:
        raise operr(w_TypeError, "pack_into expected at least 1 argument, got 0")
    f = format_of(args.args_w[0])
    if len(args.args_w) < 2:
        raise struct_error("pack_into expected buffer argument")
    if len(args.args_w) < 3:
        raise struct_error("pack_into expected offset argument")
    do_pack_into(f, args.args_w[1], _offset(args.args_w[2]), args.args_w[3:])
    return w_None


class W_UnpackIter(W_Root):
    f: Format
    data: bytes
    pos: int

    def __init__(self, f: Format, data: bytes) -> None:
        self.f = f
        self.data = data
        self.pos = 0

    def getclass(self) -> W_TypeObject:
        return w_unpack_iterator_type

    def iter_next(self) -> W_Root:
        if self.pos + self.f.size > len(self.data):
            return space.STOP
        w_res = unpack_values(self.f, self.data, self.pos)
        self.pos += self.f.size
        return w_res


def do_iter_unpack(f: Format, w_buf: W_Root) -> W_Root:
    if f.size == 0:
        raise struct_error("cannot iteratively unpack with a struct of length 0")
    data = buffer_arg(w_buf)
    if len(data) % f.size != 0:
        raise struct_error("iterative unpacking requires a buffer of a multiple of %d bytes"
                           % f.size)
    return W_UnpackIter(f, data)


def struct_iter_unpack(slots: list[W_Root | None]) -> W_Root:
    w_fmt = slots[0]
    w_buf = slots[1]
    assert w_fmt is not None and w_buf is not None
    return do_iter_unpack(format_of(w_fmt), w_buf)


def unpackiter_iter(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    return w


def unpackiter_next(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert isinstance(w, W_UnpackIter)
    w_res = w.iter_next()
    if w_res is space.STOP:
        raise OperationError(W_BaseException(EXCEPTION_TYPES["StopIteration"], []))
    return w_res


def unpackiter_length_hint(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert isinstance(w, W_UnpackIter)
    return wrap_int((len(w.data) - w.pos) // w.f.size)


def struct_clearcache(slots: list[W_Root | None]) -> W_Root:
    CACHE.formats = {}
    return w_None


# -- Struct

class W_Struct(W_ObjectWithMap):
    f: Format
    w_format: W_Root
    w_type: W_TypeObject

    def __init__(self, w_type: W_TypeObject, f: Format, w_format: W_Root) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.f = f
        self.w_format = w_format

    def getclass(self) -> W_TypeObject:
        return self.w_type


def _struct(w: W_Root | None) -> W_Struct:
    if isinstance(w, W_Struct):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a '_struct.Struct' object but received a '%s'"
                % type_name(w))


def struct_new(args: Arguments) -> W_Root:
    """CPython 3.11's s_new: any arguments, no format yet (__init__ sets it)."""
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return W_Struct(w_cls, EMPTY_FORMAT.f, w_None)


class EmptyFormat:
    f: Format

    def __init__(self) -> None:
        self.f = Format("")


EMPTY_FORMAT = EmptyFormat()


def struct_init(args: Arguments) -> W_Root:
    st = _struct(args.args_w[0])
    w_fmt: W_Root | None = None
    if len(args.args_w) == 2:
        w_fmt = args.args_w[1]
    k = 0
    while k < len(args.kw_names):
        if args.kw_names[k] == "format" and w_fmt is None:
            w_fmt = args.kw_values_w[k]
        else:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for Struct()"
                        % args.kw_names[k])
        k += 1
    if w_fmt is None or len(args.args_w) > 2:
        raise operr(w_TypeError, "Struct() missing required argument 'format' (pos 1)"
                    if w_fmt is None else "Struct() takes at most 1 argument (%d given)"
                    % (len(args.args_w) - 1))
    f = format_of(w_fmt)
    st.f = f
    st.w_format = W_StrObject(f.fmt)
    return w_None


def st_pack(args: Arguments) -> W_Root:
    st = _struct(args.args_w[0])
    if args.has_keywords():
        raise operr(w_TypeError, "pack() takes no keyword arguments")
    return do_pack(st.f, args.args_w[1:])


def st_unpack(slots: list[W_Root | None]) -> W_Root:
    st = _struct(slots[0])
    w_buf = slots[1]
    assert w_buf is not None
    return do_unpack(st.f, w_buf)


def st_unpack_from(slots: list[W_Root | None]) -> W_Root:
    st = _struct(slots[0])
    w_buf = slots[1]
    assert w_buf is not None
    return do_unpack_from(st.f, w_buf, _offset(slots[2]))


def st_pack_into(args: Arguments) -> W_Root:
    st = _struct(args.args_w[0])
    if args.has_keywords():
        raise operr(w_TypeError, "pack_into() takes no keyword arguments")
    if len(args.args_w) < 2:
        raise struct_error("pack_into expected buffer argument")
    if len(args.args_w) < 3:
        raise struct_error("pack_into expected offset argument")
    do_pack_into(st.f, args.args_w[1], _offset(args.args_w[2]), args.args_w[3:])
    return w_None


def st_iter_unpack(slots: list[W_Root | None]) -> W_Root:
    st = _struct(slots[0])
    w_buf = slots[1]
    assert w_buf is not None
    return do_iter_unpack(st.f, w_buf)


def st_get_format(w: W_Root) -> W_Root:
    return _struct(w).w_format


def st_get_size(w: W_Root) -> W_Root:
    return wrap_int(_struct(w).f.size)


register_raw(w_struct_type, "__new__", struct_new)
register_raw(w_struct_type, "__init__", struct_init)
register_raw(w_struct_type, "pack", st_pack)
register(w_struct_type, "unpack(self, buffer, /)", st_unpack)
register(w_struct_type, "unpack_from(self, buffer, offset=)", st_unpack_from)
register_raw(w_struct_type, "pack_into", st_pack_into)
register(w_struct_type, "iter_unpack(self, buffer, /)", st_iter_unpack)
getset(w_struct_type, "format", st_get_format)
getset(w_struct_type, "size", st_get_size)
register(w_unpack_iterator_type, "__iter__(self, /)", unpackiter_iter)
register(w_unpack_iterator_type, "__next__(self, /)", unpackiter_next)
register(w_unpack_iterator_type, "__length_hint__(self, /)", unpackiter_length_hint)

FUNCTIONS = [
    register_raw(None, "pack", struct_pack),
    register(None, "unpack(format, buffer, /)", struct_unpack),
    register(None, "calcsize(format, /)", struct_calcsize),
    register(None, "unpack_from(format, /, buffer, offset=)", struct_unpack_from),
    register_raw(None, "pack_into", struct_pack_into),
    register(None, "iter_unpack(format, buffer, /)", struct_iter_unpack),
    register(None, "_clearcache(/)", struct_clearcache),
]


def make_module() -> W_Module:
    w_mod = W_Module("_struct", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("Struct", w_struct_type)
    d.setitem_str("error", w_StructError)
    return w_mod


register_module("_struct", make_module)

_unused = [w_ValueError, is_int, W_ListObject]
