"""The `array` module, as CPython 3.11's Modules/arraymodule.c on x86-64
Linux: the array type (typecodes b B u h H i I l L q Q f d, itemsizes 1 1
4 2 2 4 4 8 8 8 8 4 8), `typecodes`, `ArrayType` and
`_array_reconstructor` (what pickle calls).

Items are stored unboxed in a typed RPy list chosen by the typecode:
`ints` for the integer codes and 'u' (code points; 'L' and 'Q' hold the
64 bits wrapped into a signed word), `floats` for 'f' and 'd' ('f' items
rounded to binary32 when stored).  The buffer protocol (memoryview,
bytes(), file.write, struct.unpack_from, ...) sees the little-endian
native bytes through W_Root.buffer_bytes/buffer_get_byte/buffer_set_byte.

A change of size while a memoryview of the array exists raises CPython's
BufferError, with bytearray's approximation of "exists"
(memoryobject.views_hold: held by a running frame).

Deviations: buffer_info()'s address is an identity number, not a C
pointer; _array_reconstructor accepts the machine formats
of this machine's typecodes and their byte-swapped twins only; the type's
name in messages is 'array' (CPython's tp_name is 'array.array').
"""
from __future__ import annotations

from typing import TypeVar

from rpy.rlib.objectmodel import compute_unique_id
from rpy.rlib.rarithmetic import intmask, r_uint
from rpy.rlib.rbigint import rbigint

from ouro.interpreter import importing
from ouro.interpreter.module import W_Module
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.bytearrayobject import W_BytearrayObject
from ouro.objspace.bytesobject import W_BytesObject, buffer_or_none, buffer_w, wrap_bytes
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (OperationError, operr, operr_noarg, w_BufferError,
                                      w_EOFError, w_IndexError,
                                      w_OverflowError, w_StopIteration, w_TypeError,
                                      w_ValueError)
from ouro.objspace.floatobject import W_FloatObject, wrap_float
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import (W_IntObject, bigint_of_w, float_of_w,
                                     index_w, wrap_big, wrap_int)
from ouro.objspace.listobject import W_ListObject, newlist
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.memoryobject import (bits_float, bits_float32, float32_bits, float_bits,
                                        views_hold)
from ouro.objspace.model import (LAYOUT_ARRAY, LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_NotImplemented,
                                 w_object_type)
from ouro.objspace.sliceobject import W_SliceObject, slice_indices
from ouro.objspace.strobject import W_StrObject, has_index, ssize_w
from ouro.objspace.tupleobject import (W_TupleObject, cant_multiply, cant_rmultiply,
                                       check_repeat_size, compare_op_result, repeat_count,
                                       user_defines)

T = TypeVar("T")

TYPECODES = "bBuhHiIlLqQfd"
ITEMSIZE = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8,
            "Q": 8, "f": 4, "d": 8}
# the signed ranges checked after the conversion to a C long, with CPython's names
SMALL_NAMES = {"b": "signed char", "B": "unsigned byte integer", "h": "signed short integer",
               "H": "unsigned short", "i": "signed integer"}
SMALL_RANGES = {"b": (-128, 127), "B": (0, 255), "h": (-32768, 32767), "H": (0, 65535),
                "i": (-2147483648, 2147483647)}
# machine format codes (arraymodule.c's enum machine_format_code): native, swapped
MFORMAT = {"b": (1, 1), "B": (0, 0), "u": (20, 21), "h": (4, 5), "H": (2, 3), "i": (8, 9),
           "I": (6, 7), "l": (12, 13), "L": (10, 11), "q": (12, 13), "Q": (10, 11),
           "f": (14, 15), "d": (16, 17)}

w_array_type = make_builtin_type("array", [w_object_type], LAYOUT_ARRAY)
w_array_type.tp_prefix = "array."            # CPython's tp_name
w_array_type.dict_w["__module__"] = W_StrObject("array")
w_array_type.doc = ("array(typecode [, initializer]) -> array\n\n"
                    "Return a new array whose items are restricted by typecode, and\n"
                    "initialized from the optional initializer value, which must be a list,\n"
                    "string or iterable over elements of the appropriate type.\n\n"
                    "Arrays represent basic values and behave very much like lists, except\n"
                    "the type of objects stored in them is constrained. The type is specified\n"
                    "at object creation time by using a type code, which is a single character.")
w_arrayiterator_type = make_builtin_type("arrayiterator", [w_object_type], LAYOUT_OTHER)
w_arrayiterator_type.dict_w["__module__"] = W_StrObject("array")
w_arrayiterator_type.tp_prefix = "array."

U64 = rbigint.from_int(1).lshift(64)
MAXU64 = U64.int_sub(1)


class W_Array(W_Root):
    tc: str
    itemsize: int
    is_float: bool
    ints: list[int]
    floats: list[float]
    exported: bool      # a memoryview of it was made (see check_resize)

    def __init__(self, tc: str) -> None:
        self.tc = tc
        self.itemsize = ITEMSIZE[tc]
        self.is_float = tc == "f" or tc == "d"
        self.ints = []
        self.floats = []
        self.exported = False

    def getclass(self) -> W_TypeObject:
        return w_array_type

    def length(self) -> int:
        return len(self.floats) if self.is_float else len(self.ints)

    # -- items as objects

    def getitem(self, i: int) -> W_Root:
        if self.is_float:
            return wrap_float(self.floats[i])
        v = self.ints[i]
        tc = self.tc
        if tc == "u":
            if v < 0 or v > 0x10ffff:
                raise operr(w_ValueError, "chr() arg not in range(0x110000)")
            return W_StrObject(chr(v))
        if v < 0 and (tc == "L" or tc == "Q"):
            return wrap_big(rbigint.from_uint(r_uint(v)))
        return wrap_int(v)

    def getitem_int(self, i: int) -> W_Root | None:
        n = self.length()
        if i < 0:
            i += n
        if 0 <= i < n:
            return self.getitem(i)
        return None

    def setitem_int(self, i: int, w_value: W_Root) -> bool:
        n = self.length()
        if i < 0:
            i += n
        if 0 <= i < n:
            set_item(self, i, w_value)
            return True
        return False

    # -- the buffer protocol

    def buffer_bytes(self) -> bytes | None:
        return self.tobytes()

    def buffer_len(self) -> int:
        return self.length() * self.itemsize

    def buffer_format(self) -> str:
        return "w" if self.tc == "u" else self.tc

    def buffer_itemsize(self) -> int:
        return self.itemsize

    def buffer_export(self) -> None:
        self.exported = True

    def buffer_get_byte(self, pos: int) -> int:
        i = pos // self.itemsize
        k = pos - i * self.itemsize
        return intmask(self.item_bits(i) >> (8 * k)) & 0xff

    def buffer_set_byte(self, pos: int, b: int) -> None:
        i = pos // self.itemsize
        k = pos - i * self.itemsize
        bits = self.item_bits(i)
        bits = (bits & ~(r_uint(0xff) << (8 * k))) | (r_uint(b) << (8 * k))
        self.set_bits(i, bits)

    def item_bits(self, i: int) -> r_uint:
        if self.tc == "d":
            return float_bits(self.floats[i])
        if self.tc == "f":
            return r_uint(float32_bits(self.floats[i]))
        v = r_uint(self.ints[i])
        if self.itemsize < 8:
            v = v & ((r_uint(1) << (8 * self.itemsize)) - 1)
        return v

    def set_bits(self, i: int, bits: r_uint) -> None:
        tc = self.tc
        if tc == "d":
            self.floats[i] = bits_float(bits)
        elif tc == "f":
            self.floats[i] = bits_float32(intmask(bits))
        else:
            self.ints[i] = value_of_bits(tc, bits)

    def tobytes(self) -> bytes:
        isz = self.itemsize
        n = self.length()
        out = [0] * (n * isz)
        if not self.is_float and isz == 1:
            ints = self.ints
            for i in range(n):
                out[i] = ints[i] & 0xff
            return bytes(out)
        pos = 0
        for i in range(n):
            bits = self.item_bits(i)
            for k in range(isz):
                out[pos] = intmask(bits >> (8 * k)) & 0xff
                pos += 1
        return bytes(out)

    def frombytes(self, data: bytes) -> None:
        isz = self.itemsize
        if len(data) % isz != 0:
            raise operr(w_ValueError, "bytes length not a multiple of item size")
        n = len(data) // isz
        check_resize(self, self.length() + n)
        for i in range(n):
            bits = r_uint(0)
            for k in range(isz):
                bits = bits | (r_uint(data[i * isz + k]) << (8 * k))
            if self.is_float:
                self.floats.append(0.0)
            else:
                self.ints.append(0)
            self.set_bits(self.length() - 1, bits)


class W_ArrayUser(W_Array):
    """An instance of a Python subclass of array."""
    w_type: W_TypeObject
    attrs: W_ObjectWithMap

    def __init__(self, w_type: W_TypeObject, tc: str) -> None:
        W_Array.__init__(self, tc)
        self.w_type = w_type
        self.attrs = W_ObjectWithMap()

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def get_attrs(self) -> W_Root | None:
        return self.attrs

    def getdictvalue(self, name: str) -> W_Root | None:
        return self.attrs.getdictvalue(name)

    def setdictvalue(self, name: str, w_value: W_Root) -> bool:
        if not self.w_type.hasdict:
            return False
        return self.attrs.setdictvalue(name, w_value)

    def deldictvalue(self, name: str) -> bool:
        return self.attrs.deldictvalue(name)

    def getitem_int(self, i: int) -> W_Root | None:
        return None         # the subclass may define __getitem__

    def setitem_int(self, i: int, w_value: W_Root) -> bool:
        return False


def value_of_bits(tc: str, bits: r_uint) -> int:
    """The stored int of an integer (or 'u') item from its bits."""
    size = ITEMSIZE[tc]
    if size == 8:
        return intmask(bits)
    v = intmask(bits & ((r_uint(1) << (8 * size)) - 1))
    if tc in "bhi" and v >= (1 << (8 * size - 1)):
        v -= 1 << (8 * size)
    return v


def check_resize(a: W_Array, newsize: int) -> None:
    """CPython's BufferError for a change of size while memoryviews of the
    array exist (what counts as existing: memoryobject.views_hold)."""
    if newsize != a.length() and a.exported and views_hold(a):
        raise operr(w_BufferError, "cannot resize an array that is exporting buffers")


# -- conversion of items (CPython's *_setitem functions and their messages)

def _c_long(w: W_Root) -> int:
    """PyLong_AsLong after __index__."""
    w_i = index_w(w)
    if isinstance(w_i, W_IntObject):
        return w_i.intval
    raise operr(w_OverflowError, "Python int too large to convert to C long")


def int_item(tc: str, w: W_Root) -> int:
    if tc in SMALL_NAMES:
        v = _c_long(w)
        lo, hi = SMALL_RANGES[tc]
        if v < lo:
            raise operr(w_OverflowError, "%s is less than minimum" % SMALL_NAMES[tc])
        if v > hi:
            raise operr(w_OverflowError, "%s is greater than maximum" % SMALL_NAMES[tc])
        return v
    if tc == "l":
        return _c_long(w)
    if tc == "q":
        w_i = index_w(w)
        if isinstance(w_i, W_IntObject):
            return w_i.intval
        raise operr(w_OverflowError, "int too big to convert")
    # I L Q: unsigned
    b = bigint_of_w(index_w(w))
    if b.sign < 0:
        if tc == "Q":
            raise operr(w_OverflowError, "can't convert negative int to unsigned")
        raise operr(w_OverflowError, "can't convert negative value to unsigned int")
    if b.gt(MAXU64):
        if tc == "Q":
            raise operr(w_OverflowError, "int too big to convert")
        raise operr(w_OverflowError, "Python int too large to convert to C unsigned long")
    if tc == "I" and b.int_gt(0xffffffff):
        raise operr(w_OverflowError, "unsigned int is greater than maximum")
    return intmask(b.touint())


def round_f(x: float) -> float:
    """A double stored as a C float."""
    try:
        bits = float32_bits(x)
    except OperationError:
        return float("-inf") if x < 0.0 else float("inf")
    return bits_float32(bits)


def float_item(tc: str, w: W_Root) -> float:
    if isinstance(w, W_FloatObject):
        x = w.floatval
    else:
        x = float_of_w(w)
    return round_f(x) if tc == "f" else x


def unicode_item(w: W_Root) -> int:
    if isinstance(w, W_StrObject) and len(w.as_str()) == 1:
        return ord(w.as_str())
    raise operr(w_TypeError, "array item must be unicode character")


def append_item(a: W_Array, w: W_Root) -> None:
    if a.is_float:
        a.floats.append(float_item(a.tc, w))
    elif a.tc == "u":
        a.ints.append(unicode_item(w))
    else:
        a.ints.append(int_item(a.tc, w))


def set_item(a: W_Array, i: int, w: W_Root) -> None:
    if a.is_float:
        a.floats[i] = float_item(a.tc, w)
    elif a.tc == "u":
        a.ints[i] = unicode_item(w)
    else:
        a.ints[i] = int_item(a.tc, w)


def item_eq(a: W_Array, i: int, w: W_Root) -> bool:
    """a[i] == w (fast for ints and floats)."""
    if a.is_float:
        if isinstance(w, W_FloatObject):
            return a.floats[i] == w.floatval
    elif a.tc != "u" and isinstance(w, W_IntObject):
        v = a.ints[i]
        if v < 0 and (a.tc == "L" or a.tc == "Q"):
            return False
        return v == w.intval
    return space.eq_w(a.getitem(i), w)


# -- generic list helpers

def _slice_of(lst: list[T], start: int, step: int, n: int) -> list[T]:
    if step == 1:
        return lst[start:start + n]
    out: list[T] = []
    for k in range(n):
        out.append(lst[start + k * step])
    return out


def _del_slice(lst: list[T], start: int, step: int, n: int) -> None:
    if n == 0:
        return
    if step == 1:
        del lst[start:start + n]
        return
    if step < 0:
        start = start + (n - 1) * step
        step = -step
    keep: list[T] = []
    k = 0
    for i in range(len(lst)):
        if k < n and i == start + k * step:
            k += 1
            continue
        keep.append(lst[i])
    del lst[:]
    lst.extend(keep)


def _set_ext_slice(lst: list[T], start: int, step: int, values: list[T]) -> None:
    for k in range(len(values)):
        lst[start + k * step] = values[k]


def _set_slice(lst: list[T], start: int, stop: int, values: list[T]) -> None:
    if stop < start:
        stop = start
    lst[start:stop] = values


def _repeat(lst: list[T], n: int) -> list[T]:
    out: list[T] = []
    for _ in range(n):
        out.extend(lst)
    return out


# -- construction

def arg_array(w: W_Root | None, name: str) -> W_Array:
    if isinstance(w, W_Array):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor '%s' for 'array.array' objects doesn't apply to a "
                "'%s' object" % (name, type_name(w)))


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def new_array(w_cls: W_TypeObject, tc: str) -> W_Array:
    if w_cls is w_array_type:
        return W_Array(tc)
    return W_ArrayUser(w_cls, tc)


def copy_items(dst: W_Array, src: W_Array) -> None:
    if dst.is_float:
        dst.floats.extend(src.floats)
    else:
        dst.ints.extend(src.ints)


def extend_iter(a: W_Array, w_iterable: W_Root) -> None:
    w_it = space.iter(w_iterable)
    while True:
        w_item = space.next_or_none(w_it)
        if w_item is None:
            break
        check_resize(a, a.length() + 1)
        append_item(a, w_item)


def from_list_items(a: W_Array, items_w: list[W_Root]) -> None:
    n = a.length()
    check_resize(a, n + len(items_w))
    try:
        for w in items_w:
            append_item(a, w)
    except OperationError:
        truncate(a, n)
        raise


def truncate(a: W_Array, n: int) -> None:
    if a.is_float:
        del a.floats[n:]
    else:
        del a.ints[n:]


def fromunicode(a: W_Array, s: str) -> None:
    check_resize(a, a.length() + len(s))
    for c in s:
        a.ints.append(ord(c))


def array_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    if args.has_keywords() and (w_cls is w_array_type or w_cls.lookup("__init__") is
                                w_array_type.lookup("__init__")):
        raise operr(w_TypeError, "array.array() takes no keyword arguments")
    n = len(args.args_w) - 1
    if n < 1:
        raise operr(w_TypeError, "array() takes at least 1 argument (0 given)")
    if n > 2:
        raise operr(w_TypeError, "array() takes at most 2 arguments (%d given)" % n)
    w_tc = args.args_w[1]
    if not isinstance(w_tc, W_StrObject) or len(w_tc.as_str()) != 1:
        raise operr(w_TypeError, "array() argument 1 must be a unicode character, not %s"
                    % type_name(w_tc))
    tc = w_tc.as_str()
    w_init: W_Root | None = args.args_w[2] if n == 2 else None
    if w_init is not None and tc != "u":
        if isinstance(w_init, W_StrObject):
            raise operr(w_TypeError, "cannot use a str to initialize an array with typecode "
                        "'%s'" % tc)
        if isinstance(w_init, W_Array) and w_init.tc == "u":
            raise operr(w_TypeError, "cannot use a unicode array to initialize an array with "
                        "typecode '%s'" % tc)
    if tc not in ITEMSIZE:
        raise operr(w_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f "
                    "or d)")
    a = new_array(w_cls, tc)
    if w_init is None:
        return a
    if isinstance(w_init, W_ListObject):
        from_list_items(a, [w_init.getitem(i) for i in range(w_init.length())])
    elif isinstance(w_init, W_TupleObject):
        from_list_items(a, w_init.items_w)
    elif tc == "u" and isinstance(w_init, W_StrObject):
        fromunicode(a, w_init.as_str())
    elif isinstance(w_init, W_Array) and w_init.tc == tc:
        copy_items(a, w_init)
    else:
        # bytes and bytearray are read as machine values; any other
        # initializer (memoryview, mmap, another array) is iterated
        if isinstance(w_init, W_BytesObject) or isinstance(w_init, W_BytearrayObject):
            a.frombytes(buffer_w(w_init))
        else:
            extend_iter(a, w_init)
    return a


# -- methods

def array_append(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "append")
    check_resize(a, a.length() + 1)
    append_item(a, _req(slots, 1))
    return w_None


def do_extend(a: W_Array, w_other: W_Root) -> None:
    if isinstance(w_other, W_Array):
        if w_other.tc != a.tc:
            raise operr(w_TypeError, "can only extend with array of same kind")
        check_resize(a, a.length() + w_other.length())
        if w_other is a:
            copy_items(a, _copy(a))
        else:
            copy_items(a, w_other)
        return
    extend_iter(a, w_other)


def _copy(a: W_Array) -> W_Array:
    b = W_Array(a.tc)
    copy_items(b, a)
    return b


def array_extend(slots: list[W_Root | None]) -> W_Root:
    do_extend(arg_array(slots[0], "extend"), _req(slots, 1))
    return w_None


def _clamp_index(i: int, n: int) -> int:
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    return i


def array_insert(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "insert")
    i = ssize_w(_req(slots, 1), w_OverflowError)
    w_v = _req(slots, 2)
    i = _clamp_index(i, a.length())
    check_resize(a, a.length() + 1)
    if a.is_float:
        a.floats.insert(i, float_item(a.tc, w_v))
    elif a.tc == "u":
        a.ints.insert(i, unicode_item(w_v))
    else:
        a.ints.insert(i, int_item(a.tc, w_v))
    return w_None


def array_pop(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "pop")
    i = -1
    if slots[1] is not None:
        i = ssize_w(_req(slots, 1), w_OverflowError)
    n = a.length()
    if n == 0:
        raise operr(w_IndexError, "pop from empty array")
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise operr(w_IndexError, "pop index out of range")
    w_res = a.getitem(i)
    check_resize(a, n - 1)
    if a.is_float:
        del a.floats[i]
    else:
        del a.ints[i]
    return w_res


def find(a: W_Array, w_v: W_Root, start: int, stop: int) -> int:
    i = start
    while i < stop and i < a.length():
        if item_eq(a, i, w_v):
            return i
        i += 1
    return -1


def array_remove(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "remove")
    i = find(a, _req(slots, 1), 0, a.length())
    if i < 0:
        raise operr(w_ValueError, "array.remove(x): x not in array")
    check_resize(a, a.length() - 1)
    if a.is_float:
        del a.floats[i]
    else:
        del a.ints[i]
    return w_None


def _slice_arg(w: W_Root | None, default: int, n: int) -> int:
    if w is None:
        return default
    if not has_index(w):
        raise operr(w_TypeError, "slice indices must be integers or have an __index__ method")
    b = bigint_of_w(index_w(w))
    if not b.fits_int():
        v = -n - 1 if b.sign < 0 else n
    else:
        v = b.toint()
    if v < 0:
        v += n
        if v < 0:
            v = 0
    return v


def array_index(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "index")
    n = a.length()
    start = _slice_arg(slots[2], 0, n)
    stop = _slice_arg(slots[3], n, n)
    i = find(a, _req(slots, 1), start, stop)
    if i < 0:
        raise operr(w_ValueError, "array.index(x): x not in array")
    return wrap_int(i)


def array_count(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "count")
    w_v = _req(slots, 1)
    c = 0
    for i in range(a.length()):
        if item_eq(a, i, w_v):
            c += 1
    return wrap_int(c)


def array_reverse(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "reverse")
    a.floats.reverse()
    a.ints.reverse()
    return w_None


def array_byteswap(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "byteswap")
    isz = a.itemsize
    for i in range(a.length()):
        bits = a.item_bits(i)
        sw = r_uint(0)
        for k in range(isz):
            sw = (sw << 8) | ((bits >> (8 * k)) & r_uint(0xff))
        a.set_bits(i, sw)
    return w_None


def array_buffer_info(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "buffer_info")
    return W_TupleObject([wrap_int(compute_unique_id(a)), wrap_int(a.length())])


def array_tobytes(slots: list[W_Root | None]) -> W_Root:
    return wrap_bytes(arg_array(slots[0], "tobytes").tobytes())


def array_frombytes(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "frombytes")
    w_b = _req(slots, 1)
    data = buffer_or_none(w_b)
    if data is None:
        raise operr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w_b))
    a.frombytes(data)
    return w_None


def array_tolist(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "tolist")
    return newlist([a.getitem(i) for i in range(a.length())])


def array_fromlist(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "fromlist")
    w_l = _req(slots, 1)
    if not isinstance(w_l, W_ListObject):
        raise operr(w_TypeError, "arg must be list")
    from_list_items(a, [w_l.getitem(i) for i in range(w_l.length())])
    return w_None


def array_tounicode(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "tounicode")
    if a.tc != "u":
        raise operr(w_ValueError, "tounicode() may only be called on unicode type arrays")
    return W_StrObject(unicode_str(a))


def unicode_str(a: W_Array) -> str:
    chars: list[str] = []
    for v in a.ints:
        if v < 0 or v > 0x10ffff:
            raise operr(w_ValueError, "character U+%x is not in range [U+0000; U+10ffff]" % v)
        chars.append(chr(v))
    return "".join(chars)


def array_fromunicode(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "fromunicode")
    w_s = _req(slots, 1)
    if not isinstance(w_s, W_StrObject):
        raise operr(w_TypeError, "fromunicode() argument must be str, not %s" % type_name(w_s))
    if a.tc != "u":
        raise operr(w_ValueError, "fromunicode() may only be called on unicode type arrays")
    fromunicode(a, w_s.as_str())
    return w_None


BLOCKSIZE = 64 * 1024


def array_tofile(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "tofile")
    w_f = _req(slots, 1)
    data = a.tobytes()
    n = len(data)
    if n == 0:
        return w_None
    pos = 0
    while pos < n:
        end = min(pos + BLOCKSIZE, n)
        space.call_method(w_f, "write", [wrap_bytes(data[pos:end])])
        pos = end
    return w_None


def array_fromfile(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "fromfile")
    w_f = _req(slots, 1)
    n = ssize_w(_req(slots, 2), w_OverflowError)
    if n < 0:
        raise operr(w_ValueError, "negative count")
    nbytes = n * a.itemsize
    w_b = space.call_method(w_f, "read", [wrap_int(nbytes)])
    if not isinstance(w_b, W_BytesObject):
        raise operr(w_TypeError, "read() didn't return bytes")
    data = w_b.value
    whole = len(data) - len(data) % a.itemsize
    a.frombytes(data[:whole])
    if len(data) != nbytes:
        raise operr(w_EOFError, "read() didn't return enough bytes")
    return w_None


def array_copy(slots: list[W_Root | None]) -> W_Root:
    return _copy(arg_array(slots[0], "__copy__"))


def array_deepcopy(slots: list[W_Root | None]) -> W_Root:
    return _copy(arg_array(slots[0], "__deepcopy__"))


def array_sizeof(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "__sizeof__")
    return wrap_int(64 + a.length() * a.itemsize)


def array_reduce_ex(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "__reduce_ex__")
    protocol = ssize_w(_req(slots, 1), w_OverflowError)
    w_dict = space.getattr_or_none(a, "__dict__")
    if w_dict is None:
        w_dict = w_None
    w_cls = a.getclass()
    if protocol < 3:
        w_list = array_tolist([a])
        return W_TupleObject([w_cls, W_TupleObject([W_StrObject(a.tc), w_list]), w_dict])
    native, _ = MFORMAT[a.tc]
    return W_TupleObject([W_RECONSTRUCTOR[0], W_TupleObject([w_cls, W_StrObject(a.tc),
                                                            wrap_int(native),
                                                            wrap_bytes(a.tobytes())]),
                          w_dict])


def array_reconstructor(slots: list[W_Root | None]) -> W_Root:
    w_cls = _req(slots, 0)
    w_tc = _req(slots, 1)
    w_code = _req(slots, 2)
    w_items = _req(slots, 3)
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "first argument must be a type object, not %s"
                    % type_name(w_cls))
    if not w_cls.issubtype(w_array_type):
        raise operr(w_TypeError, "%s is not a subtype of array.array" % w_cls.name)
    if not isinstance(w_tc, W_StrObject) or len(w_tc.as_str()) != 1:
        raise operr(w_TypeError, "_array_reconstructor() argument 2 must be a unicode "
                    "character, not %s" % type_name(w_tc))
    tc = w_tc.as_str()
    if tc not in ITEMSIZE:
        raise operr(w_ValueError, "second argument must be a valid type code")
    code = ssize_w(w_code, w_OverflowError)
    if code < 0 or code > 21:
        raise operr(w_ValueError, "third argument must be a valid machine format code.")
    if not isinstance(w_items, W_BytesObject):
        raise operr(w_TypeError, "fourth argument should be bytes, not %s"
                    % type_name(w_items))
    native, swapped = MFORMAT[tc]
    if code != native and code != swapped:
        raise operr(w_ValueError, "_array_reconstructor: machine format %d of typecode '%s' "
                    "is not supported" % (code, tc))
    w_args = Arguments([w_cls, w_tc], [], [])
    a = arg_array(array_new(w_args), "_array_reconstructor")
    a.frombytes(w_items.value)
    if code != native:
        array_byteswap([a])
    return a


# -- sequence protocol

def array_len(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(arg_array(slots[0], "__len__").length())


def _index(a: W_Array, w_key: W_Root) -> int:
    """The position of an item index (not normalized); TypeError if not an index."""
    if isinstance(w_key, W_IntObject):
        return w_key.intval
    if not has_index(w_key):
        raise operr(w_TypeError, "array indices must be integers")
    return ssize_w(w_key, w_IndexError)


def array_getitem(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "__getitem__")
    w_key = _req(slots, 1)
    if isinstance(w_key, W_SliceObject):
        start, _, step, n = slice_indices(w_key, a.length())
        b = W_Array(a.tc)
        if a.is_float:
            b.floats = _slice_of(a.floats, start, step, n)
        else:
            b.ints = _slice_of(a.ints, start, step, n)
        return b
    i = _index(a, w_key)
    n = a.length()
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise operr(w_IndexError, "array index out of range")
    return a.getitem(i)


def ass_subscript(a: W_Array, w_key: W_Root, w_value: W_Root | None) -> None:
    if not isinstance(w_key, W_SliceObject):
        i = _index(a, w_key)
        n = a.length()
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise operr(w_IndexError, "array assignment index out of range")
        if w_value is None:
            check_resize(a, n - 1)
            if a.is_float:
                del a.floats[i]
            else:
                del a.ints[i]
        else:
            set_item(a, i, w_value)
        return
    start, stop, step, n = slice_indices(w_key, a.length())
    if w_value is None:
        check_resize(a, a.length() - n)
        if a.is_float:
            _del_slice(a.floats, start, step, n)
        else:
            _del_slice(a.ints, start, step, n)
        return
    if not isinstance(w_value, W_Array):
        raise operr(w_TypeError, "can only assign array (not \"%s\") to array slice"
                    % type_name(w_value))
    if w_value.tc != a.tc:
        raise operr(w_TypeError, "bad argument type for built-in operation")
    src = _copy(w_value)
    if step == 1:
        check_resize(a, a.length() - max(stop - start, 0) + src.length())
        if a.is_float:
            _set_slice(a.floats, start, stop, src.floats)
        else:
            _set_slice(a.ints, start, stop, src.ints)
        return
    if src.length() != n:
        raise operr(w_ValueError, "attempt to assign array of size %d to extended slice of "
                    "size %d" % (src.length(), n))
    if a.is_float:
        _set_ext_slice(a.floats, start, step, src.floats)
    else:
        _set_ext_slice(a.ints, start, step, src.ints)


def array_setitem(slots: list[W_Root | None]) -> W_Root:
    ass_subscript(arg_array(slots[0], "__setitem__"), _req(slots, 1), _req(slots, 2))
    return w_None


def array_delitem(slots: list[W_Root | None]) -> W_Root:
    ass_subscript(arg_array(slots[0], "__delitem__"), _req(slots, 1), None)
    return w_None


def array_contains(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "__contains__")
    return space.wrap_bool(find(a, _req(slots, 1), 0, a.length()) >= 0)


def array_add(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "__add__")
    w_b = _req(slots, 1)
    if not isinstance(w_b, W_Array):
        raise operr(w_TypeError, "can only append array (not \"%s\") to array" % type_name(w_b))
    if w_b.tc != a.tc:
        raise operr(w_TypeError, "bad argument type for built-in operation")
    r = _copy(a)
    copy_items(r, w_b)
    return r


def array_iadd(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "__iadd__")
    w_b = _req(slots, 1)
    if not isinstance(w_b, W_Array):
        raise operr(w_TypeError, "can only extend array with array (not \"%s\")"
                    % type_name(w_b))
    do_extend(a, w_b)
    return a


def _repeated(a: W_Array, n: int) -> W_Array:
    check_repeat_size(a.length(), n)
    r = W_Array(a.tc)
    if a.is_float:
        r.floats = _repeat(a.floats, n)
    else:
        r.ints = _repeat(a.ints, n)
    return r


def array_mul(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "__mul__")
    w_n = _req(slots, 1)
    n = repeat_count(w_n)
    if n < 0:
        if user_defines(w_n, "__rmul__"):
            return w_NotImplemented
        raise cant_multiply(w_n)
    return _repeated(a, n)


def array_rmul(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "__rmul__")
    w_n = _req(slots, 1)
    n = repeat_count(w_n)
    if n < 0:
        raise cant_rmultiply(a, w_n)
    return _repeated(a, n)


def array_imul(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "__imul__")
    w_n = _req(slots, 1)
    n = repeat_count(w_n)
    if n < 0:
        raise cant_multiply(w_n)
    check_resize(a, a.length() * n)
    r = _repeated(a, n)
    a.ints = r.ints
    a.floats = r.floats
    return a


def compare(slots: list[W_Root | None], op: int) -> W_Root:
    w_a = _req(slots, 0)
    w_b = _req(slots, 1)
    if not isinstance(w_a, W_Array) or not isinstance(w_b, W_Array):
        return w_NotImplemented
    n1 = w_a.length()
    n2 = w_b.length()
    if n1 != n2 and (op == 2 or op == 3):
        return space.wrap_bool(op == 3)
    i = 0
    while i < n1 and i < n2:
        if not space.eq_w(w_a.getitem(i), w_b.getitem(i)):
            break
        i += 1
    if i >= n1 or i >= n2:
        return compare_op_result(n1, n2, op)
    if op == 2:
        return space.wrap_bool(False)
    if op == 3:
        return space.wrap_bool(True)
    return space.richcompare(w_a.getitem(i), w_b.getitem(i), op)


def array_lt(slots: list[W_Root | None]) -> W_Root:
    return compare(slots, 0)


def array_le(slots: list[W_Root | None]) -> W_Root:
    return compare(slots, 1)


def array_eq(slots: list[W_Root | None]) -> W_Root:
    return compare(slots, 2)


def array_ne(slots: list[W_Root | None]) -> W_Root:
    return compare(slots, 3)


def array_gt(slots: list[W_Root | None]) -> W_Root:
    return compare(slots, 4)


def array_ge(slots: list[W_Root | None]) -> W_Root:
    return compare(slots, 5)


def array_repr(slots: list[W_Root | None]) -> W_Root:
    a = arg_array(slots[0], "__repr__")
    name = a.getclass().name
    if a.length() == 0:
        return W_StrObject("%s('%s')" % (name, a.tc))
    if a.tc == "u":
        w_v: W_Root = W_StrObject(unicode_str(a))
    else:
        w_v = array_tolist([a])
    return W_StrObject("%s('%s', %s)" % (name, a.tc, space.repr_str(w_v)))


def get_typecode(w: W_Root) -> W_Root:
    return W_StrObject(arg_array(w, "typecode").tc)


def get_itemsize(w: W_Root) -> W_Root:
    return wrap_int(arg_array(w, "itemsize").itemsize)


# -- iteration

class W_ArrayIter(W_Root):
    w_array: W_Array | None
    index: int

    def __init__(self, w_array: W_Array) -> None:
        self.w_array = w_array
        self.index = 0

    def getclass(self) -> W_TypeObject:
        return w_arrayiterator_type

    def iter_next(self) -> W_Root:
        a = self.w_array
        if a is None:
            return space.STOP
        if self.index >= a.length():
            self.w_array = None
            return space.STOP
        w = a.getitem(self.index)
        self.index += 1
        return w


def array_iter(slots: list[W_Root | None]) -> W_Root:
    return W_ArrayIter(arg_array(slots[0], "__iter__"))


def arrayiter_iter(slots: list[W_Root | None]) -> W_Root:
    return _req(slots, 0)


def arrayiter_next(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert isinstance(w, W_ArrayIter)
    w_res = w.iter_next()
    if w_res is space.STOP:
        raise operr_noarg(w_StopIteration)
    return w_res


register_raw(w_array_type, "__new__", array_new)
register(w_array_type, "__repr__(self, /)", array_repr)
register(w_array_type, "__len__(self, /)", array_len)
register(w_array_type, "__getitem__(self, key, /)", array_getitem)
register(w_array_type, "__setitem__(self, key, value, /)", array_setitem)
register(w_array_type, "__delitem__(self, key, /)", array_delitem)
register(w_array_type, "__contains__(self, key, /)", array_contains)
register(w_array_type, "__iter__(self, /)", array_iter)
register(w_array_type, "__add__(self, value, /)", array_add)
register(w_array_type, "__iadd__(self, value, /)", array_iadd)
register(w_array_type, "__mul__(self, value, /)", array_mul)
register(w_array_type, "__rmul__(self, value, /)", array_rmul)
register(w_array_type, "__imul__(self, value, /)", array_imul)
register(w_array_type, "__lt__(self, value, /)", array_lt)
register(w_array_type, "__le__(self, value, /)", array_le)
register(w_array_type, "__eq__(self, value, /)", array_eq)
register(w_array_type, "__ne__(self, value, /)", array_ne)
register(w_array_type, "__gt__(self, value, /)", array_gt)
register(w_array_type, "__ge__(self, value, /)", array_ge)
register(w_array_type, "append(self, v, /)", array_append)
register(w_array_type, "buffer_info(self, /)", array_buffer_info)
register(w_array_type, "byteswap(self, /)", array_byteswap)
register(w_array_type, "count(self, v, /)", array_count)
register(w_array_type, "extend(self, bb, /)", array_extend)
register(w_array_type, "frombytes(self, buffer, /)", array_frombytes)
register(w_array_type, "fromfile(self, f, n, /)", array_fromfile)
register(w_array_type, "fromlist(self, list, /)", array_fromlist)
register(w_array_type, "fromunicode(self, ustr, /)", array_fromunicode)
register(w_array_type, "index(self, v, start=, stop=, /)", array_index)
register(w_array_type, "insert(self, i, v, /)", array_insert)
register(w_array_type, "pop(self, i=, /)", array_pop)
register(w_array_type, "remove(self, v, /)", array_remove)
register(w_array_type, "reverse(self, /)", array_reverse)
register(w_array_type, "tobytes(self, /)", array_tobytes)
register(w_array_type, "tofile(self, f, /)", array_tofile)
register(w_array_type, "tolist(self, /)", array_tolist)
register(w_array_type, "tounicode(self, /)", array_tounicode)
register(w_array_type, "__copy__(self, /)", array_copy)
register(w_array_type, "__deepcopy__(self, unused, /)", array_deepcopy)
register(w_array_type, "__reduce_ex__(self, value, /)", array_reduce_ex)
register(w_array_type, "__sizeof__(self, /)", array_sizeof)
getset(w_array_type, "typecode", get_typecode)
getset(w_array_type, "itemsize", get_itemsize)
w_array_type.dict_w["__hash__"] = w_None
register(w_arrayiterator_type, "__iter__(self, /)", arrayiter_iter)
register(w_arrayiterator_type, "__next__(self, /)", arrayiter_next)

W_RECONSTRUCTOR = [register(None, "_array_reconstructor(arraytype, typecode, mformat_code, "
                                  "items, /)", array_reconstructor)]


def make_module() -> W_Module:
    w_mod = W_Module("array", None)
    d = w_mod.w_dict
    d.setitem_str("array", w_array_type)
    d.setitem_str("ArrayType", w_array_type)
    d.setitem_str("typecodes", W_StrObject(TYPECODES))
    d.setitem_str("_array_reconstructor", W_RECONSTRUCTOR[0])
    # as CPython's array_modexec: isinstance(a, MutableSequence) holds
    w_abc = importing.import_one("collections.abc")
    space.call_method(space.getattr(w_abc, "MutableSequence"), "register", [w_array_type])
    return w_mod


register_module("array", make_module)
