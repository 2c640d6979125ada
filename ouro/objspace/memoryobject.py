"""memoryview, as CPython 3.11's Objects/memoryobject.c: a view of the
bytes of a bytes or bytearray object with a format (the native
single-character struct formats: c b B ? h H i I l L q Q n N f d P, with an
optional '@'), a shape and strides (in bytes), any number of dimensions
(made by cast()).  Slicing gives a view of the same object; item
assignment writes through to a bytearray.

A view reads the exporter's bytes when it is used (W_BytesObject.value,
W_BytearrayObject.buf), at `offset + sum(index[k] * strides[k])`.

Deviation: CPython forbids resizing a bytearray while a view of it
exists (BufferError); views die with their last reference there, which
this GC cannot tell, so a bytearray is only refused a resize while a view
of it that is not released is held by a variable of a running frame or of
its module (see bytearrayobject.check_resizable).
"""
from __future__ import annotations

import math
from typing import Callable

from rpy.rlib.rarithmetic import intmask, r_uint
from rpy.rlib.rbigint import rbigint
from rpy.rlib.rmath import c_ldexp

from ouro.objspace import space
from ouro.objspace.bytearrayobject import W_BytearrayObject
from ouro.objspace.bytesobject import W_BytesObject, bytes_hex, wrap_bytes
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (OperationError, operr, operr_noarg, w_IndexError,
                                      w_StopIteration,
                                      w_NotImplementedError, w_OverflowError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.floatobject import W_FloatObject, decompose, float_bits, wrap_float
from ouro.objspace.gateway import register, register_raw, too_many_error
from ouro.objspace.intobject import (W_IntObject, bigint_of_w, float_of_w, index_w, is_int,
                                     wrap_big, wrap_int)
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_Ellipsis, w_None, w_NotImplemented, w_object_type)
from ouro.objspace.sliceobject import W_SliceObject, slice_indices
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

w_memoryview_type = make_builtin_type("memoryview", [w_object_type], LAYOUT_OTHER)
w_memory_iterator_type = make_builtin_type("memory_iterator", [w_object_type], LAYOUT_OTHER)

FORMAT_SIZES = {"c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8,
                "L": 8, "q": 8, "Q": 8, "n": 8, "N": 8, "f": 4, "d": 8, "P": 8}
SIGNED_FORMATS = "bhilqn"


def native_char(fmt: str) -> str:
    """The format character of a native single-character format ('@'
    allowed first), or "" for any other format."""
    if len(fmt) == 2 and fmt[0] == "@":
        fmt = fmt[1:]
    if len(fmt) == 1 and fmt in FORMAT_SIZES:
        return fmt
    return ""


def is_byte_format(ch: str) -> bool:
    return ch == "b" or ch == "B" or ch == "c"


class W_MemoryView(W_Root):
    w_obj: W_Root           # the exporter (bytes or bytearray)
    offset: int             # in bytes, of the item at index 0 in every dimension
    fmt: str
    itemsize: int
    shape: list[int]
    strides: list[int]      # in bytes
    readonly: bool
    released: bool

    def __init__(self, w_obj: W_Root, start: int, length: int, step: int) -> None:
        """A one-dimensional view of format 'B': `length` bytes from
        `start`, `step` apart."""
        self.w_obj = w_obj
        self.offset = start
        self.fmt = "B"
        self.itemsize = 1
        self.shape = [length]
        self.strides = [step]
        self.readonly = not isinstance(w_obj, W_BytearrayObject)
        self.released = False

    def getclass(self) -> W_TypeObject:
        return w_memoryview_type

    def check(self) -> None:
        if self.released:
            raise operr(w_ValueError, "operation forbidden on released memoryview object")

    def copy_view(self) -> W_MemoryView:
        v = W_MemoryView(self.w_obj, self.offset, 0, 1)
        v.fmt = self.fmt
        v.itemsize = self.itemsize
        v.shape = list(self.shape)
        v.strides = list(self.strides)
        v.readonly = self.readonly
        return v

    def ndim(self) -> int:
        return len(self.shape)

    def nitems(self) -> int:
        n = 1
        for s in self.shape:
            n *= s
        return n

    def nbytes(self) -> int:
        return self.nitems() * self.itemsize

    def fmtchar(self) -> str:
        ch = native_char(self.fmt)
        return ch if ch != "" else "B"

    # -- bytes of the exporter

    def get_byte(self, pos: int) -> int:
        w_obj = self.w_obj
        if isinstance(w_obj, W_BytesObject):
            return w_obj.value[pos]
        if not isinstance(w_obj, W_BytearrayObject):
            if pos >= w_obj.buffer_len():
                raise operr(w_IndexError, "memoryview: the array was resized")
            return w_obj.buffer_get_byte(pos)
        if pos < 0 or pos >= w_obj.buf.length:
            raise operr(w_IndexError, "memoryview: the bytearray was resized")
        return w_obj.buf.get(pos)

    def set_byte(self, pos: int, b: int) -> None:
        w_obj = self.w_obj
        if not isinstance(w_obj, W_BytearrayObject):
            if pos >= w_obj.buffer_len():
                raise operr(w_IndexError, "memoryview: the array was resized")
            w_obj.buffer_set_byte(pos, b)
            return
        if pos < 0 or pos >= w_obj.buf.length:
            raise operr(w_IndexError, "memoryview: the bytearray was resized")
        w_obj.buf.set(pos, b)

    def item_bytes(self, pos: int) -> list[int]:
        out: list[int] = []
        for k in range(self.itemsize):
            out.append(self.get_byte(pos + k))
        return out

    def item_positions(self) -> list[int]:
        """The byte position of every item, in C order."""
        positions = [self.offset]
        for d in range(len(self.shape)):
            new: list[int] = []
            for p in positions:
                for i in range(self.shape[d]):
                    new.append(p + i * self.strides[d])
            positions = new
        return positions

    def tobytes(self) -> bytes:
        w_obj = self.w_obj
        if (not isinstance(w_obj, W_BytesObject) and not isinstance(w_obj, W_BytearrayObject)
                and self.offset == 0 and self.is_c_contiguous()
                and self.nbytes() == w_obj.buffer_len()):
            data = w_obj.buffer_bytes()         # all of an exporter (array.array)
            if data is not None:
                return data
        if self.is_c_contiguous():
            # one copy of a contiguous part of bytes or a bytearray
            start = self.offset
            stop = start + self.nbytes()
            if isinstance(w_obj, W_BytesObject):
                return w_obj.value[start:stop]
            if isinstance(w_obj, W_BytearrayObject) and stop <= w_obj.buf.length:
                return w_obj.buf.slice(start, stop)
        out: list[int] = []
        isz = self.itemsize
        for p in self.item_positions():
            for k in range(isz):
                out.append(self.get_byte(p + k))
        return bytes(out)

    def store_bytes(self, data: bytes) -> None:
        """Writes data (at most nbytes) over the items, in C order."""
        w_obj = self.w_obj
        if isinstance(w_obj, W_BytearrayObject) and self.is_c_contiguous():
            n = min(len(data), self.nbytes())
            if self.offset + n <= w_obj.buf.length:
                w_obj.buf.write(self.offset, data[:n] if n < len(data) else data)
                return
        isz = self.itemsize
        i = 0
        for p in self.item_positions():
            for k in range(isz):
                if i >= len(data):
                    return
                self.set_byte(p + k, data[i])
                i += 1

    def unpack_at(self, pos: int) -> W_Root:
        return unpack(self.fmtchar(), self.item_bytes(pos))

    def pack_at(self, pos: int, w_value: W_Root) -> None:
        raw = pack(self.fmtchar(), self.fmt, w_value)
        for k in range(len(raw)):
            self.set_byte(pos + k, raw[k])

    def is_c_contiguous(self) -> bool:
        if self.nitems() == 0:
            return True
        expected = self.itemsize
        d = len(self.shape) - 1
        while d >= 0:
            if self.shape[d] > 1 and self.strides[d] != expected:
                return False
            expected *= self.shape[d]
            d -= 1
        return True

    def is_f_contiguous(self) -> bool:
        if self.nitems() == 0:
            return True
        expected = self.itemsize
        for d in range(len(self.shape)):
            if self.shape[d] > 1 and self.strides[d] != expected:
                return False
            expected *= self.shape[d]
        return True


# -- the views that keep a bytearray from being resized

class FrameValues:
    """Set by the interpreter: the values held by the running frames (their
    variables, cells, value stacks and module globals)."""
    hooks: list[Callable[[], list[W_Root]]]

    def __init__(self) -> None:
        self.hooks = []


FRAME_VALUES = FrameValues()


def views_hold(w_ba: W_Root) -> bool:
    """Whether a view of w_ba (a bytearray or array) that is not released is held by a running
    frame: what stands here for CPython's count of exports (a view nobody
    refers to any more is freed at once by CPython's reference counting;
    this GC does not tell)."""
    for hook in FRAME_VALUES.hooks:
        for w in hook():
            if isinstance(w, W_MemoryView) and w.w_obj is w_ba and not w.released:
                return True
    return False


# -- values of the formats

def bits_float(bits: r_uint) -> float:
    sign = intmask(bits >> 63) & 1
    exp = intmask(bits >> 52) & 0x7ff
    mant = intmask(bits & r_uint(0xfffffffffffff))
    if exp == 0x7ff:
        r = math.nan if mant != 0 else math.inf
    elif exp == 0:
        r = c_ldexp(float(mant), -1074)
    else:
        r = c_ldexp(float(mant | (1 << 52)), exp - 1075)
    return -r if sign else r


def float32_bits(x: float) -> int:
    """The IEEE 754 binary32 encoding of x rounded to nearest-even;
    OverflowError when it is too large."""
    if math.isnan(x):
        return 0x7fc00000 | (0x80000000 if math.copysign(1.0, x) < 0.0 else 0)
    sign = 0
    if x < 0.0 or (x == 0.0 and math.copysign(1.0, x) < 0.0):
        sign = 0x80000000
        x = -x
    if math.isinf(x):
        return sign | 0x7f800000
    if x == 0.0:
        return sign
    m, e = decompose(x)         # x = m * 2**e, 2**52 <= m < 2**53
    # keep 24 significant bits (fewer for a subnormal)
    shift = 29
    if e + 52 < -126:
        shift = 29 + (-126 - (e + 52))
    if shift > 60:
        return sign
    q = m >> shift
    rem = m - (q << shift)
    half = 1 << (shift - 1)
    if rem > half or (rem == half and (q & 1) == 1):
        q += 1
    e2 = e + shift              # x ~ q * 2**e2
    if q >= (1 << 24):
        q >>= 1
        e2 += 1
    if q < (1 << 23):           # subnormal (or rounded up into the normals)
        return sign | q
    biased = e2 + 23 + 127
    if biased >= 255:
        raise operr(w_OverflowError, "float too large to pack with f format")
    return sign | (biased << 23) | (q - (1 << 23))


def bits_float32(bits: int) -> float:
    sign = (bits >> 31) & 1
    exp = (bits >> 23) & 0xff
    mant = bits & 0x7fffff
    if exp == 0xff:
        r = math.nan if mant != 0 else math.inf
    elif exp == 0:
        r = c_ldexp(float(mant), -149)
    else:
        r = c_ldexp(float(mant | (1 << 23)), exp - 150)
    return -r if sign else r


def unpack(ch: str, raw: list[int]) -> W_Root:
    if ch == "B":
        return wrap_int(raw[0])
    if ch == "b":
        v = raw[0]
        return wrap_int(v - 256 if v >= 128 else v)
    if ch == "c":
        return wrap_bytes(bytes(raw))
    if ch == "?":
        return space.wrap_bool(raw[0] != 0)
    if ch == "d":
        bits = r_uint(0)
        for j in range(8):
            bits = bits | (r_uint(raw[j]) << (8 * j))
        return wrap_float(bits_float(bits))
    if ch == "f":
        b32 = raw[0] | (raw[1] << 8) | (raw[2] << 16) | (raw[3] << 24)
        return wrap_float(bits_float32(b32))
    return wrap_big(rbigint.from_bytes(bytes(raw), "little", ch in SIGNED_FORMATS))


def invalid_type(fmt: str) -> OperationError:
    return operr(w_TypeError, "memoryview: invalid type for format '%s'" % fmt)


def invalid_value(fmt: str) -> OperationError:
    return operr(w_ValueError, "memoryview: invalid value for format '%s'" % fmt)


def pack(ch: str, fmt: str, w_value: W_Root) -> list[int]:
    size = FORMAT_SIZES[ch]
    if ch == "c":
        if not isinstance(w_value, W_BytesObject):
            raise invalid_type(fmt)
        if len(w_value.value) != 1:
            raise invalid_value(fmt)
        return [w_value.value[0]]
    if ch == "?":
        return [1 if space.is_true(w_value) else 0]
    if ch == "f" or ch == "d":
        if isinstance(w_value, W_FloatObject):
            x = w_value.floatval
        else:
            try:
                x = float_of_w(w_value)
            except OperationError as e:
                if e.match(w_TypeError):
                    raise invalid_type(fmt)
                raise
        out: list[int] = []
        if ch == "d":
            bits = float_bits(x)
            for j in range(8):
                out.append(intmask(bits >> (8 * j)) & 0xff)
        else:
            try:
                b32 = float32_bits(x)
            except OperationError:
                # a C cast to float, as CPython's: infinite when too large
                b32 = 0xff800000 if x < 0.0 else 0x7f800000
            for j in range(4):
                out.append((b32 >> (8 * j)) & 0xff)
        return out
    if isinstance(w_value, W_IntObject) and ch == "B":
        v = w_value.intval
        if v < 0 or v > 255:
            raise invalid_value(fmt)
        return [v]
    if not is_int(w_value):
        try:
            w_value = index_w(w_value)
        except OperationError as e:
            if e.match(w_TypeError):
                raise invalid_type(fmt)
            raise
    big = bigint_of_w(w_value)
    try:
        data = big.to_bytes(size, "little", ch in SIGNED_FORMATS)
    except OverflowError:
        raise invalid_value(fmt)
    return [b for b in data]


# -- construction

def memoryview_of(w_obj: W_Root) -> W_MemoryView:
    """memoryview(obj)."""
    if isinstance(w_obj, W_MemoryView):
        w_obj.check()
        return w_obj.copy_view()
    if isinstance(w_obj, W_BytesObject):
        return W_MemoryView(w_obj, 0, len(w_obj.value), 1)
    if isinstance(w_obj, W_BytearrayObject):
        w_obj.exported = True
        return W_MemoryView(w_obj, 0, w_obj.buf.length, 1)
    isz = w_obj.buffer_itemsize()
    if isz > 0:
        w_obj.buffer_export()
        v = W_MemoryView(w_obj, 0, w_obj.buffer_len() // isz, isz)
        v.fmt = w_obj.buffer_format()
        v.itemsize = isz
        v.readonly = w_obj.buffer_readonly()
        return v
    raise operr(w_TypeError, "memoryview: a bytes-like object is required, not '%s'"
                % type_name(w_obj))


def memoryview_new(args: Arguments) -> W_Root:
    w_obj: W_Root | None = None
    if len(args.args_w) - 1 + len(args.kw_names) > 1:
        raise too_many_error("memoryview", len(args.args_w) - 1, len(args.kw_names), 1)
    if len(args.args_w) == 2:
        w_obj = args.args_w[1]
    k = 0
    while k < len(args.kw_names):
        if args.kw_names[k] == "object" and w_obj is None:
            w_obj = args.kw_values_w[k]
        elif args.kw_names[k] == "object":
            raise operr(w_TypeError, "argument for memoryview() given by name ('object') and "
                        "position (1)")
        else:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for memoryview()"
                        % args.kw_names[k])
        k += 1
    if w_obj is None:
        raise operr(w_TypeError, "memoryview() missing required argument 'object' (pos 1)")
    return memoryview_of(w_obj)


def _mv(w: W_Root | None) -> W_MemoryView:
    assert isinstance(w, W_MemoryView)
    w.check()
    return w


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def mv_len(slots: list[W_Root | None]) -> W_Root:
    mv = _mv(slots[0])
    if mv.ndim() == 0:
        return wrap_int(1)
    return wrap_int(mv.shape[0])


def item_position(mv: W_Root, w_index: W_Root, dim: int) -> int:
    """The byte offset (from the view's offset) of index w_index in
    dimension `dim`."""
    assert isinstance(mv, W_MemoryView)
    if isinstance(w_index, W_IntObject):
        i = w_index.intval
    else:
        i = space.int_of_w(index_w(w_index))
    n = mv.shape[dim]
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise operr(w_IndexError, "index out of bounds on dimension %d" % (dim + 1))
    return i * mv.strides[dim]


def is_index(w: W_Root) -> bool:
    return is_int(w) or space.lookup(w, "__index__") is not None


def multi_position(mv: W_MemoryView, w_key: W_TupleObject, setting: bool) -> int:
    items_w = w_key.items_w
    n = len(items_w)
    if n < mv.ndim():
        raise operr(w_NotImplementedError, "sub-views are not implemented")
    if n > mv.ndim():
        raise operr(w_TypeError, "cannot index %d-dimension view with %d-element tuple"
                    % (mv.ndim(), n))
    pos = mv.offset
    for d in range(n):
        pos += item_position(mv, items_w[d], d)
    return pos


def all_indices(w_key: W_TupleObject) -> bool:
    for w_k in w_key.items_w:
        if not is_index(w_k):
            return False
    return True


def all_slices(w_key: W_TupleObject) -> bool:
    for w_k in w_key.items_w:
        if not isinstance(w_k, W_SliceObject):
            return False
    return True


def mv_getitem(slots: list[W_Root | None]) -> W_Root:
    mv = _mv(slots[0])
    w_key = _arg(slots, 1)
    if mv.ndim() == 0:
        if isinstance(w_key, W_TupleObject) and len(w_key.items_w) == 0:
            return mv.unpack_at(mv.offset)
        if w_key is w_Ellipsis:
            return mv
        raise operr(w_TypeError, "invalid indexing of 0-dim memory")
    if is_index(w_key):
        if mv.ndim() > 1:
            raise operr(w_NotImplementedError, "multi-dimensional sub-views are not implemented")
        return mv.unpack_at(mv.offset + item_position(mv, w_key, 0))
    if isinstance(w_key, W_SliceObject):
        start, stop, step, n = slice_indices(w_key, mv.shape[0])
        v = mv.copy_view()
        v.offset = mv.offset + start * mv.strides[0]
        v.shape[0] = n
        v.strides[0] = mv.strides[0] * step
        return v
    if isinstance(w_key, W_TupleObject):
        if all_indices(w_key):
            return mv.unpack_at(multi_position(mv, w_key, False))
        if all_slices(w_key):
            raise operr(w_NotImplementedError, "multi-dimensional slicing is not implemented")
    raise operr(w_TypeError, "memoryview: invalid slice key")


def mv_setitem(slots: list[W_Root | None]) -> W_Root:
    mv = _mv(slots[0])
    if mv.readonly:
        raise operr(w_TypeError, "cannot modify read-only memory")
    w_key = _arg(slots, 1)
    w_value = _arg(slots, 2)
    if mv.ndim() == 0:
        if w_key is w_Ellipsis or (isinstance(w_key, W_TupleObject) and
                                   len(w_key.items_w) == 0):
            mv.pack_at(mv.offset, w_value)
            return w_None
        raise operr(w_TypeError, "invalid indexing of 0-dim memory")
    if is_index(w_key):
        if mv.ndim() > 1:
            raise operr(w_NotImplementedError, "sub-views are not implemented")
        mv.pack_at(mv.offset + item_position(mv, w_key, 0), w_value)
        return w_None
    if isinstance(w_key, W_SliceObject):
        if mv.ndim() != 1:
            raise operr(w_NotImplementedError, "memoryview slice assignments are currently "
                        "restricted to ndim = 1")
        w_dest = mv_getitem([mv, w_key])
        assert isinstance(w_dest, W_MemoryView)
        src = memoryview_of(w_value)
        if native_char(src.fmt) != native_char(mv.fmt) or src.shape != w_dest.shape:
            raise operr(w_ValueError, "memoryview assignment: lvalue and rvalue have different "
                        "structures")
        w_dest.store_bytes(src.tobytes())
        return w_None
    if isinstance(w_key, W_TupleObject):
        if all_indices(w_key):
            mv.pack_at(multi_position(mv, w_key, True), w_value)
            return w_None
        if all_slices(w_key):
            raise operr(w_NotImplementedError, "memoryview slice assignments are currently "
                        "restricted to ndim = 1")
    raise operr(w_TypeError, "memoryview: invalid slice key")


def mv_tobytes(slots: list[W_Root | None]) -> W_Root:
    mv = _mv(slots[0])
    w_order = slots[1]
    if w_order is not None and w_order is not w_None:
        if not isinstance(w_order, W_StrObject):
            raise operr(w_TypeError, "tobytes() argument 'order' must be str or None, not %s"
                        % type_name(w_order))
        order = w_order.as_str()
        if order != "C" and order != "F" and order != "A":
            raise operr(w_ValueError, "order must be 'C', 'F' or 'A'")
        if order == "F" and mv.ndim() > 1:
            return wrap_bytes(fortran_bytes(mv))
    return wrap_bytes(mv.tobytes())


def fortran_bytes(mv: W_MemoryView) -> bytes:
    positions = [mv.offset]
    d = mv.ndim() - 1
    while d >= 0:
        new: list[int] = []
        for p in positions:
            for i in range(mv.shape[d]):
                new.append(p + i * mv.strides[d])
        positions = new
        d -= 1
    out: list[int] = []
    for p in positions:
        for k in range(mv.itemsize):
            out.append(mv.get_byte(p + k))
    return bytes(out)


def tolist_dim(mv: W_MemoryView, pos: int, dim: int) -> W_Root:
    items: list[W_Root] = []
    if dim == mv.ndim() - 1:
        for i in range(mv.shape[dim]):
            items.append(mv.unpack_at(pos + i * mv.strides[dim]))
    else:
        for i in range(mv.shape[dim]):
            items.append(tolist_dim(mv, pos + i * mv.strides[dim], dim + 1))
    return W_ListObject(items)


def mv_tolist(slots: list[W_Root | None]) -> W_Root:
    mv = _mv(slots[0])
    if mv.ndim() == 0:
        return mv.unpack_at(mv.offset)
    return tolist_dim(mv, mv.offset, 0)


def mv_hex(slots: list[W_Root | None]) -> W_Root:
    mv = _mv(slots[0])
    return bytes_hex([wrap_bytes(mv.tobytes()), slots[1], slots[2]])


def mv_release(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert isinstance(w, W_MemoryView)
    w.released = True
    return w_None


def mv_enter(slots: list[W_Root | None]) -> W_Root:
    return _mv(slots[0])


def mv_exit(args: Arguments) -> W_Root:
    w = args.args_w[0]
    assert isinstance(w, W_MemoryView)
    w.released = True
    return w_None


def mv_toreadonly(slots: list[W_Root | None]) -> W_Root:
    v = _mv(slots[0]).copy_view()
    v.readonly = True
    return v


def mv_cast(slots: list[W_Root | None]) -> W_Root:
    mv = _mv(slots[0])
    w_format = _arg(slots, 1)
    w_shape = slots[2]
    if not isinstance(w_format, W_StrObject):
        raise operr(w_TypeError, "cast() argument 'format' must be str, not %s"
                    % type_name(w_format))
    if not mv.is_c_contiguous():
        raise operr(w_TypeError, "memoryview: casts are restricted to C-contiguous views")
    shape_w: list[W_Root] = []
    has_shape = w_shape is not None and w_shape is not w_None
    if (has_shape or mv.ndim() != 1) and 0 in mv.shape:
        raise operr(w_TypeError, "memoryview: cannot cast view with zeros in shape or strides")
    if w_shape is not None and w_shape is not w_None:
        if isinstance(w_shape, W_TupleObject):
            shape_w = w_shape.items_w
        elif isinstance(w_shape, W_ListObject):
            shape_w = w_shape.getitems_copy()
        else:
            raise operr(w_TypeError, "shape must be a list or a tuple")
        if mv.ndim() != 1 and len(shape_w) != 1:
            raise operr(w_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D")
        if len(shape_w) > 64:
            raise operr(w_ValueError, "memoryview: number of dimensions must not exceed 64")
    fmt = w_format.as_str()
    ch = native_char(fmt)
    if ch == "":
        raise operr(w_ValueError, "memoryview: destination format must be a native single "
                    "character format prefixed with an optional '@'")
    if not is_byte_format(native_char(mv.fmt)) and not is_byte_format(ch):
        raise operr(w_TypeError, "memoryview: cannot cast between two non-byte formats")
    itemsize = FORMAT_SIZES[ch]
    nbytes = mv.nbytes()
    if nbytes % itemsize != 0:
        raise operr(w_TypeError, "memoryview: length is not a multiple of itemsize")
    shape: list[int] = []
    if has_shape:
        product = 1
        for w_s in shape_w:
            if not is_int(w_s):
                raise operr(w_TypeError, "memoryview.cast(): elements of shape must be integers")
            s = space.int_of_w(w_s)
            if s <= 0:
                raise operr(w_ValueError, "memoryview.cast(): elements of shape must be "
                            "integers > 0")
            shape.append(s)
            product *= s
        if product * itemsize != nbytes:
            raise operr(w_TypeError, "memoryview: product(shape) * itemsize != buffer size")
    else:
        shape = [nbytes // itemsize]
    v = mv.copy_view()
    v.fmt = fmt
    v.itemsize = itemsize
    v.shape = shape
    strides = [0] * len(shape)
    stride = itemsize
    d = len(shape) - 1
    while d >= 0:
        strides[d] = stride
        stride *= shape[d]
        d -= 1
    v.strides = strides
    return v


def same_values(mv: W_MemoryView, other: W_MemoryView) -> bool:
    if mv.shape != other.shape:
        return False
    a = mv.item_positions()
    b = other.item_positions()
    ca = mv.fmtchar()
    cb = other.fmtchar()
    if ca == cb and ca != "f" and ca != "d":
        for k in range(len(a)):
            if mv.item_bytes(a[k]) != other.item_bytes(b[k]):
                return False
        return True
    for k in range(len(a)):
        if not space.eq_w(mv.unpack_at(a[k]), other.unpack_at(b[k])):
            return False
    return True


def mv_eq(slots: list[W_Root | None]) -> W_Root:
    mv = slots[0]
    assert isinstance(mv, W_MemoryView)
    w_other = _arg(slots, 1)
    if mv is w_other:
        return space.wrap_bool(True)
    if not (isinstance(w_other, W_MemoryView) or isinstance(w_other, W_BytesObject) or
            isinstance(w_other, W_BytearrayObject)):
        return w_NotImplemented
    if mv.released:
        return space.wrap_bool(False)
    if isinstance(w_other, W_MemoryView) and w_other.released:
        return space.wrap_bool(False)
    return space.wrap_bool(same_values(mv, memoryview_of(w_other)))


def mv_ne(slots: list[W_Root | None]) -> W_Root:
    w_res = mv_eq(slots)
    if w_res is w_NotImplemented:
        return w_res
    return space.wrap_bool(not space.is_true(w_res))


def mv_hash(slots: list[W_Root | None]) -> W_Root:
    mv = _mv(slots[0])
    if not mv.readonly:
        raise operr(w_ValueError, "cannot hash writable memoryview object")
    if not is_byte_format(native_char(mv.fmt)):
        raise operr(w_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or "
                    "'c'")
    return wrap_int(space.hash_w(wrap_bytes(mv.tobytes())))


def mv_repr(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    if isinstance(w, W_MemoryView) and w.released:
        return space.wrap_str("<released memory at 0x%x>" % space.id_of(w))
    return space.wrap_str("<memory at 0x%x>" % space.id_of(w))


class W_MemoryIterator(W_Root):
    w_view: W_MemoryView
    index: int

    def __init__(self, w_view: W_MemoryView) -> None:
        self.w_view = w_view
        self.index = 0

    def getclass(self) -> W_TypeObject:
        return w_memory_iterator_type

    def iter_next(self) -> W_Root:
        mv = self.w_view
        mv.check()
        if self.index >= mv.shape[0]:
            return space.STOP
        i = self.index
        self.index = i + 1
        return mv.unpack_at(mv.offset + i * mv.strides[0])


def mv_iter(slots: list[W_Root | None]) -> W_Root:
    mv = _mv(slots[0])
    if mv.ndim() == 0:
        raise operr(w_TypeError, "invalid indexing of 0-dim memory")
    if mv.ndim() != 1:
        raise operr(w_NotImplementedError, "multi-dimensional sub-views are not implemented")
    return W_MemoryIterator(mv)


def mviter_iter(slots: list[W_Root | None]) -> W_Root:
    return _arg(slots, 0)


def mviter_next(slots: list[W_Root | None]) -> W_Root:
    w_it = slots[0]
    assert isinstance(w_it, W_MemoryIterator)
    w_res = w_it.iter_next()
    if w_res is space.STOP:
        raise operr_noarg(w_StopIteration)
    return w_res


def mv_get_obj(w: W_Root) -> W_Root:
    return _mv(w).w_obj


def mv_get_nbytes(w: W_Root) -> W_Root:
    return wrap_int(_mv(w).nbytes())


def mv_get_readonly(w: W_Root) -> W_Root:
    return space.wrap_bool(_mv(w).readonly)


def mv_get_format(w: W_Root) -> W_Root:
    return space.wrap_str(_mv(w).fmt)


def mv_get_itemsize(w: W_Root) -> W_Root:
    return wrap_int(_mv(w).itemsize)


def mv_get_ndim(w: W_Root) -> W_Root:
    return wrap_int(_mv(w).ndim())


def _ints(values: list[int]) -> W_Root:
    return W_TupleObject([wrap_int(v) for v in values])


def mv_get_shape(w: W_Root) -> W_Root:
    return _ints(_mv(w).shape)


def mv_get_strides(w: W_Root) -> W_Root:
    return _ints(_mv(w).strides)


def mv_get_suboffsets(w: W_Root) -> W_Root:
    _mv(w)
    return W_TupleObject([])


def mv_get_c_contiguous(w: W_Root) -> W_Root:
    return space.wrap_bool(_mv(w).is_c_contiguous())


def mv_get_f_contiguous(w: W_Root) -> W_Root:
    return space.wrap_bool(_mv(w).is_f_contiguous())


def mv_get_contiguous(w: W_Root) -> W_Root:
    mv = _mv(w)
    return space.wrap_bool(mv.is_c_contiguous() or mv.is_f_contiguous())


register_raw(w_memoryview_type, "__new__", memoryview_new)
register(w_memoryview_type, "__len__(self, /)", mv_len)
register(w_memoryview_type, "__getitem__(self, key, /)", mv_getitem)
register(w_memoryview_type, "__setitem__(self, key, value, /)", mv_setitem)
register(w_memoryview_type, "__iter__(self, /)", mv_iter)
register(w_memoryview_type, "tobytes(self, order=)", mv_tobytes)
register(w_memoryview_type, "tolist(self, /)", mv_tolist)
register(w_memoryview_type, "hex(self, sep=, bytes_per_sep=)", mv_hex)
register(w_memoryview_type, "release(self, /)", mv_release)
register(w_memoryview_type, "toreadonly(self, /)", mv_toreadonly)
register(w_memoryview_type, "cast(self, format, shape=)", mv_cast)
register(w_memoryview_type, "__enter__(self, /)", mv_enter)
register_raw(w_memoryview_type, "__exit__", mv_exit)
register(w_memoryview_type, "__eq__(self, other, /)", mv_eq)
register(w_memoryview_type, "__ne__(self, other, /)", mv_ne)
register(w_memoryview_type, "__hash__(self, /)", mv_hash)
register(w_memoryview_type, "__repr__(self, /)", mv_repr)
register(w_memory_iterator_type, "__iter__(self, /)", mviter_iter)
register(w_memory_iterator_type, "__next__(self, /)", mviter_next)
getset(w_memoryview_type, "obj", mv_get_obj)
getset(w_memoryview_type, "nbytes", mv_get_nbytes)
getset(w_memoryview_type, "readonly", mv_get_readonly)
getset(w_memoryview_type, "format", mv_get_format)
getset(w_memoryview_type, "itemsize", mv_get_itemsize)
getset(w_memoryview_type, "ndim", mv_get_ndim)
getset(w_memoryview_type, "shape", mv_get_shape)
getset(w_memoryview_type, "strides", mv_get_strides)
getset(w_memoryview_type, "suboffsets", mv_get_suboffsets)
getset(w_memoryview_type, "c_contiguous", mv_get_c_contiguous)
getset(w_memoryview_type, "f_contiguous", mv_get_f_contiguous)
getset(w_memoryview_type, "contiguous", mv_get_contiguous)
