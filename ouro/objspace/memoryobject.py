"""memoryview: a view of the bytes of a bytes or bytearray object, format
'B' (unsigned bytes), one dimension.  Slicing gives a view of the same
object; item assignment writes through to a bytearray."""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.bytearrayobject import W_BytearrayObject
from ouro.objspace.bytesobject import W_BytesObject, b_hex, wrap_bytes
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import operr, w_IndexError, w_TypeError, w_ValueError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_NotImplemented, w_object_type)
from ouro.objspace.sliceobject import W_SliceObject, slice_indices
from ouro.objspace.tupleobject import W_TupleObject

w_memoryview_type = make_builtin_type("memoryview", [w_object_type], LAYOUT_OTHER)


class W_MemoryView(W_Root):
    w_obj: W_Root
    start: int
    length: int
    step: int
    released: bool

    def __init__(self, w_obj: W_Root, start: int, length: int, step: int) -> None:
        self.w_obj = w_obj
        self.start = start
        self.length = length
        self.step = step
        self.released = False

    def getclass(self) -> W_TypeObject:
        return w_memoryview_type

    def check(self) -> None:
        if self.released:
            raise operr(w_ValueError, "operation forbidden on released memoryview object")

    def byte_at(self, i: int) -> int:
        j = self.start + i * self.step
        w_obj = self.w_obj
        if isinstance(w_obj, W_BytesObject):
            return w_obj.value[j]
        assert isinstance(w_obj, W_BytearrayObject)
        return w_obj.data[j]

    def tobytes(self) -> bytes:
        out: list[int] = []
        for i in range(self.length):
            out.append(self.byte_at(i))
        return bytes(out)


def _mv(w: W_Root | None) -> W_MemoryView:
    assert isinstance(w, W_MemoryView)
    w.check()
    return w


def memoryview_new(args: Arguments) -> W_Root:
    if len(args.args_w) != 2 or args.has_keywords():
        raise operr(w_TypeError, "memoryview() takes exactly one argument")
    w_obj = args.args_w[1]
    if isinstance(w_obj, W_MemoryView):
        w_obj.check()
        return W_MemoryView(w_obj.w_obj, w_obj.start, w_obj.length, w_obj.step)
    if isinstance(w_obj, W_BytesObject):
        return W_MemoryView(w_obj, 0, len(w_obj.value), 1)
    if isinstance(w_obj, W_BytearrayObject):
        return W_MemoryView(w_obj, 0, len(w_obj.data), 1)
    raise operr(w_TypeError, "memoryview: a bytes-like object is required, not '%s'"
                % type_name(w_obj))


def mv_len(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(_mv(slots[0]).length)


def mv_getitem(slots: list[W_Root | None]) -> W_Root:
    mv = _mv(slots[0])
    w_key = slots[1]
    assert w_key is not None
    if isinstance(w_key, W_SliceObject):
        start, stop, step, n = slice_indices(w_key, mv.length)
        return W_MemoryView(mv.w_obj, mv.start + start * mv.step, n, mv.step * step)
    i = space.int_of_w(w_key)
    if i < 0:
        i += mv.length
    if i < 0 or i >= mv.length:
        raise operr(w_IndexError, "index out of bounds on dimension 1")
    return wrap_int(mv.byte_at(i))


def mv_setitem(slots: list[W_Root | None]) -> W_Root:
    mv = _mv(slots[0])
    w_obj = mv.w_obj
    if not isinstance(w_obj, W_BytearrayObject):
        raise operr(w_TypeError, "cannot modify read-only memory")
    w_key = slots[1]
    w_value = slots[2]
    assert w_key is not None and w_value is not None
    if isinstance(w_key, W_SliceObject):
        start, stop, step, n = slice_indices(w_key, mv.length)
        src = space.call_function(w_memoryview_type, [w_value])
        assert isinstance(src, W_MemoryView)
        if src.length != n:
            raise operr(w_ValueError, "memoryview assignment: lvalue and rvalue have different structures")
        data = src.tobytes()
        for k in range(n):
            w_obj.data[mv.start + (start + k * step) * mv.step] = data[k]
        return w_None
    i = space.int_of_w(w_key)
    if i < 0:
        i += mv.length
    if i < 0 or i >= mv.length:
        raise operr(w_IndexError, "index out of bounds on dimension 1")
    v = space.int_of_w(w_value)
    if v < 0 or v > 255:
        raise operr(w_ValueError, "memoryview: invalid value for format 'B'")
    w_obj.data[mv.start + i * mv.step] = v
    return w_None


def mv_tobytes(slots: list[W_Root | None]) -> W_Root:
    return wrap_bytes(_mv(slots[0]).tobytes())


def mv_tolist(slots: list[W_Root | None]) -> W_Root:
    mv = _mv(slots[0])
    items: list[W_Root] = []
    for i in range(mv.length):
        items.append(wrap_int(mv.byte_at(i)))
    return W_ListObject(items)


def mv_hex(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str(b_hex(_mv(slots[0]).tobytes(), "", 0))


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


def mv_eq(slots: list[W_Root | None]) -> W_Root:
    mv = slots[0]
    assert isinstance(mv, W_MemoryView)
    w_other = slots[1]
    assert w_other is not None
    if mv.released:
        return space.wrap_bool(mv is w_other)
    if isinstance(w_other, W_MemoryView):
        if w_other.released:
            return space.wrap_bool(False)
        return space.wrap_bool(mv.tobytes() == w_other.tobytes())
    if isinstance(w_other, W_BytesObject):
        return space.wrap_bool(mv.tobytes() == w_other.value)
    if isinstance(w_other, W_BytearrayObject):
        return space.wrap_bool(mv.tobytes() == bytes(w_other.data))
    return w_NotImplemented


def mv_repr(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    if isinstance(w, W_MemoryView) and w.released:
        return space.wrap_str("<released memory at 0x%x>" % space.id_of(w))
    return space.wrap_str("<memory at 0x%x>" % space.id_of(w))


def mv_get_obj(w: W_Root) -> W_Root:
    return _mv(w).w_obj


def mv_get_nbytes(w: W_Root) -> W_Root:
    return wrap_int(_mv(w).length)


def mv_get_readonly(w: W_Root) -> W_Root:
    return space.wrap_bool(not isinstance(_mv(w).w_obj, W_BytearrayObject))


def mv_get_format(w: W_Root) -> W_Root:
    _mv(w)
    return space.wrap_str("B")


def mv_get_itemsize(w: W_Root) -> W_Root:
    _mv(w)
    return wrap_int(1)


def mv_get_ndim(w: W_Root) -> W_Root:
    _mv(w)
    return wrap_int(1)


def mv_get_shape(w: W_Root) -> W_Root:
    return W_TupleObject([wrap_int(_mv(w).length)])


register_raw(w_memoryview_type, "__new__", memoryview_new)
register(w_memoryview_type, "__len__(self, /)", mv_len)
register(w_memoryview_type, "__getitem__(self, key, /)", mv_getitem)
register(w_memoryview_type, "__setitem__(self, key, value, /)", mv_setitem)
register(w_memoryview_type, "tobytes(self, order=, /)", mv_tobytes)
register(w_memoryview_type, "tolist(self, /)", mv_tolist)
register(w_memoryview_type, "hex(self, /)", mv_hex)
register(w_memoryview_type, "release(self, /)", mv_release)
register(w_memoryview_type, "__enter__(self, /)", mv_enter)
register_raw(w_memoryview_type, "__exit__", mv_exit)
register(w_memoryview_type, "__eq__(self, other, /)", mv_eq)
register(w_memoryview_type, "__repr__(self, /)", mv_repr)
getset(w_memoryview_type, "obj", mv_get_obj)
getset(w_memoryview_type, "nbytes", mv_get_nbytes)
getset(w_memoryview_type, "readonly", mv_get_readonly)
getset(w_memoryview_type, "format", mv_get_format)
getset(w_memoryview_type, "itemsize", mv_get_itemsize)
getset(w_memoryview_type, "ndim", mv_get_ndim)
getset(w_memoryview_type, "shape", mv_get_shape)
