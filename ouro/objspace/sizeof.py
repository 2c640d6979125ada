"""`__sizeof__` of the built-in types and `sys.getsizeof`, in CPython 3.11's
numbers (64-bit): what a program printing sizes shows (getsizeof of a
list against a generator, of ints growing by 30-bit digits, of str by
its widest character).  Our objects are laid out differently; these are
CPython's formulas over what the object holds.  What CPython's numbers
depend on and we do not keep (a list's over-allocation after appends,
a str's cached UTF-8 copy) is taken as the compact case: a list built
whole, a str never encoded."""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.bytearrayobject import W_BytearrayObject, w_bytearray_type
from ouro.objspace.bytesobject import W_BytesObject, w_bytes_type
from ouro.objspace.complexobject import W_ComplexObject, w_complex_type
from ouro.objspace.dictobject import STRS, W_DictObject, w_dict_type
from ouro.objspace.exceptions import (W_BaseException, operr, w_BaseException, w_TypeError,
                                     w_ValueError)
from ouro.objspace.floatobject import W_FloatObject, w_float_type
from ouro.objspace.gateway import register
from ouro.objspace.intobject import W_IntObject, W_LongObject, w_int_type, wrap_int
from ouro.objspace.listobject import W_ListObject, w_list_type
from ouro.objspace.model import W_Root, W_TypeObject, type_name, w_object_type
from ouro.objspace.objectobject import object_size
from ouro.objspace.rangeobject import W_RangeObject, w_range_type
from ouro.objspace.sliceobject import W_SliceObject, w_slice_type
from ouro.objspace.setobject import W_BaseSetObject, w_frozenset_type, w_set_type
from ouro.objspace.strobject import W_StrObject, w_str_type
from ouro.objspace.tupleobject import W_TupleObject, w_tuple_type

PTR = 8
GC_HEAD = 16            # PyGC_Head, before a collected object
MANAGED_DICT = 16       # 3.11: the dict and values pointers before an instance


def int_size(w: W_Root) -> int:
    """offsetof(ob_digit) + 4 bytes a 30-bit digit (one at least)."""
    bits = 0
    if isinstance(w, W_IntObject):
        v = w.intval
        while v != 0 and v != -1:
            v >>= 1
            bits += 1
        if w.intval < 0 and bits == 0:
            bits = 1
    elif isinstance(w, W_LongObject):
        bits = w.num.abs().bit_length()
    digits = (bits + 29) // 30
    if digits < 1:
        digits = 1
    return 24 + 4 * digits


def str_size(s: str) -> int:
    """A compact str: the ASCII header and a byte a character, or the
    wider header and 1, 2 or 4 bytes a character (and the final NUL)."""
    widest = 0
    for ch in s:
        c = ord(ch)
        if c > widest:
            widest = c
    n = len(s) + 1
    if widest < 0x80:
        return 48 + n
    if widest < 0x100:
        return 72 + n
    if widest < 0x10000:
        return 72 + 2 * n
    return 72 + 4 * n


def table_size(used: int) -> int:
    """CPython's table as the entries were added one by one: 8 slots, then
    the power of two above three times the usable two thirds once full."""
    size = 8
    while used > size * 2 // 3:
        want = (size * 2 // 3) * 3
        while size < want:
            size *= 2
    return size


def dict_size(w_d: W_DictObject) -> int:
    """PyDictObject, then its keys object: a header, the index table (1 to
    8 bytes an index by its size) and two thirds of the size in entries
    (16 bytes for str keys, 24 with the hash for others)."""
    if w_d.used == 0 and w_d.inserts == 0:
        return 48
    size = table_size(w_d.used)
    if size <= 0x80:
        width = 1
    elif size <= 0x8000:
        width = 2
    else:
        width = 4
    entry = 16 if w_d.kind == STRS else 24
    return 48 + 32 + size * width + (size * 2 // 3) * entry


def set_size(w_s: W_BaseSetObject) -> int:
    """PySetObject holds a table of 8 entries; a larger one is apart."""
    table = w_s.mask + 1
    if table <= 8:
        return 200
    return 200 + 16 * table


def builtin_size(w: W_Root) -> int:
    """The size CPython's own __sizeof__ gives w, by what it is."""
    if isinstance(w, W_IntObject) or isinstance(w, W_LongObject):
        return int_size(w)
    if isinstance(w, W_FloatObject):
        return 24
    if isinstance(w, W_ComplexObject):
        return 32
    if isinstance(w, W_StrObject):
        return str_size(w.as_str())
    if isinstance(w, W_BytesObject):
        return 33 + len(w.value)
    if isinstance(w, W_BytearrayObject):
        n = w.buf.length
        return 56 + (n + 1 if n > 0 else 0)
    if isinstance(w, W_TupleObject):
        return 24 + PTR * len(w.items_w)
    if isinstance(w, W_ListObject):
        return 40 + PTR * w.length()
    if isinstance(w, W_DictObject):
        return dict_size(w)
    if isinstance(w, W_BaseSetObject):
        return set_size(w)
    if isinstance(w, W_RangeObject):
        return 48
    if isinstance(w, W_SliceObject):
        return 40
    if isinstance(w, W_BaseException):
        # BaseException's fields (its subclasses with more of their own are
        # not told apart); a class statement's subclass adds __weakref__
        return 80 if w.getclass().is_heaptype else 72
    return object_size(w)


def sizeof_method(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    return wrap_int(builtin_size(w))


for _t in [w_int_type, w_float_type, w_complex_type, w_str_type, w_bytes_type, w_bytearray_type,
           w_tuple_type, w_list_type, w_dict_type, w_range_type, w_slice_type, w_set_type,
           w_frozenset_type, w_BaseException]:
    register(_t, "__sizeof__(self, /)", sizeof_method)

# the built-in types CPython's collector does not track (no GC header):
# the numbers, the strings, None and the few constant singletons
UNTRACKED_NAMES = ["int", "bool", "float", "complex", "str", "bytes", "bytearray", "range",
                   "NoneType", "NotImplementedType", "ellipsis", "object"]


def is_gc_type(w_t: W_TypeObject) -> bool:
    if w_t.is_heaptype:
        return True
    return w_t.name not in UNTRACKED_NAMES


def getsizeof(w: W_Root) -> int:
    """sys.getsizeof: the object's __sizeof__() and what CPython keeps
    before the object (the collector's header, a class instance's dict
    pointers)."""
    w_t = w.getclass()
    w_res = space.call_special(w, "__sizeof__", [])
    if w_res is None:
        raise operr(w_TypeError, "Type %s doesn't define __sizeof__" % type_name(w))
    if not (isinstance(w_res, W_IntObject) or isinstance(w_res, W_LongObject)):
        raise operr(w_TypeError, "an integer is required")
    size = space.int_of_w(w_res)
    if size < 0:
        raise operr(w_ValueError, "__sizeof__() should return >= 0")
    if is_gc_type(w_t):
        size += GC_HEAD
        if w_t.is_heaptype and w_t.hasdict and _solid_base_is_object(w_t):
            size += MANAGED_DICT
    return size


def _solid_base_is_object(w_t: W_TypeObject) -> bool:
    for w_b in w_t.mro_w:
        if not w_b.is_heaptype:
            return w_b is w_object_type
    return True
