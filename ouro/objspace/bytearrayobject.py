"""bytearray: mutable byte strings (W_BytearrayObject, its bytes in an
rpy.rlib.rbytebuf.ByteBuf: one byte per byte, over-allocated for appends,
bulk changes by memmove), with CPython 3.11's methods and messages.

The non-mutating methods are those of bytes (ouro/objspace/bytesobject.py
registers them on both types; they return bytearrays for a bytearray
receiver); here are construction (`__new__` makes an empty object,
`__init__` fills it), the mutable-sequence methods and operators, repr,
comparisons with any bytes-like object, and the iterator.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rpy.rlib import rbytebuf
from rpy.rlib.rbytebuf import ByteBuf

from ouro.objspace import intobject, space
from ouro.objspace.bytesobject import (_register_shared, buffer_or_none, byte_value,
                                       bytes_compare, bytes_from_object, fromhex_arg,
                                       getitem_data, make_bytes, repeat_bytes)
from ouro.objspace.exceptions import (OperationError, operr, operr_noarg, w_BufferError,
                                      w_IndexError,
                                      w_OverflowError,
                                      w_StopIteration,
                                      w_TypeError, w_ValueError)
from ouro.objspace.gateway import (bind, parse_signature, register, register_classmethod,
                                   register_comparisons, register_raw)
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_BYTEARRAY, LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_NotImplemented,
                                 w_object_type)
from ouro.objspace.strobject import (LazyModule, W_StrObject, clinic_type_name, descr_error,
                                     has_index, index_w, ssize_w)

w_bytearray_type = make_builtin_type("bytearray", [w_object_type], LAYOUT_BYTEARRAY)
w_bytearray_iterator_type = make_builtin_type("bytearray_iterator", [w_object_type],
                                              LAYOUT_OTHER)


class W_BytearrayObject(W_Root):
    buf: ByteBuf        # replaced whole by __init__, changed in place otherwise
    exported: bool      # a memoryview of it was made (see check_resizable)

    def __init__(self, buf: ByteBuf) -> None:
        self.buf = buf
        self.exported = False

    def data_bytes(self) -> bytes:
        """A copy of its bytes (for the methods shared with bytes)."""
        return self.buf.tobytes()

    def getclass(self) -> W_TypeObject:
        return w_bytearray_type


class W_BytearrayObjectUser(W_BytearrayObject):
    """An instance of a Python subclass of bytearray."""
    w_type: W_TypeObject
    attrs: W_ObjectWithMap

    def __init__(self, w_type: W_TypeObject, buf: ByteBuf) -> None:
        W_BytearrayObject.__init__(self, buf)
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


def new_bytearray(data: bytes) -> W_BytearrayObject:
    return W_BytearrayObject(rbytebuf.from_bytes(data))


def check_resizable(w_self: W_BytearrayObject) -> None:
    """CPython's BufferError for a resize while memoryviews of the object
    exist (see ouro/objspace/memoryobject.py for what counts here)."""
    if w_self.exported and memoryobject.views_hold(w_self):
        raise operr(w_BufferError, "Existing exports of data: object cannot be re-sized")


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def _self(slots: list[W_Root | None], name: str) -> W_BytearrayObject:
    w = _req(slots, 0)
    if isinstance(w, W_BytearrayObject):
        return w
    raise descr_error(name, "bytearray", w)


def _byte(w: W_Root) -> int:
    """_getbytevalue."""
    return byte_value(w)


# construction

def bytearray_new(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "bytearray.__new__(): not enough arguments")
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "bytearray.__new__(X): X is not a type object (%s)"
                    % type_name(w_cls))
    if not w_cls.issubtype(w_bytearray_type):
        raise operr(w_TypeError, "bytearray.__new__(%s): %s is not a subtype of bytearray"
                    % (w_cls.name, w_cls.name))
    if w_cls is w_bytearray_type:
        return W_BytearrayObject(ByteBuf(0))
    return W_BytearrayObjectUser(w_cls, ByteBuf(0))


BYTEARRAY_INIT_SIG = parse_signature("bytearray(self, source=, encoding=, errors=)")


def _opt_str(w: W_Root | None, argname: str) -> str | None:
    if w is None:
        return None
    if isinstance(w, W_StrObject):
        return w.as_str()
    raise operr(w_TypeError, "bytearray() argument '%s' must be str, not %s"
                % (argname, clinic_type_name(w)))


def bytearray_init(args: Arguments) -> W_Root:
    slots = bind(BYTEARRAY_INIT_SIG, args)
    w_self = _self(slots, "__init__")
    w_x = slots[1]
    encoding = _opt_str(slots[2], "encoding")
    errors = _opt_str(slots[3], "errors")
    check_resizable(w_self)
    w_self.buf = ByteBuf(0)
    if w_x is not None and encoding is None and not isinstance(w_x, W_StrObject):
        if errors is not None:
            raise operr(w_TypeError, "errors without a string argument")
        if has_index(w_x):
            count = ssize_w(w_x, w_OverflowError)
            if count < 0:
                raise operr(w_ValueError, "negative count")
            w_self.buf = ByteBuf(count)
            return w_None
        if isinstance(w_x, W_BytearrayObject):
            w_self.buf = w_x.buf.copy()
            return w_None
        w_self.buf = rbytebuf.from_bytes(bytes_from_object(w_x, "bytearray"))
        return w_None
    if w_x is not None and encoding is None:
        raise operr(w_TypeError, "string argument without an encoding")
    w_self.buf = rbytebuf.from_bytes(make_bytes(w_x, encoding, errors))
    return w_None


def bytearray_repr(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots, "__repr__")
    return space.wrap_str("%s(b%s)" % (type_name(w_self),
                                        bytearray_repr_body(w_self.data_bytes())))


def bytearray_repr_body(data: bytes) -> str:
    """bytearray_repr's quoted part: unlike bytes' repr, single quotes and
    backslashes are always escaped, only the choice of quote differs."""
    quote = "'"
    for c in data:
        if c == 34:
            quote = "'"
            break
        if c == 39:
            quote = '"'
    out: list[str] = [quote]
    for c in data:
        if c == 39 or c == 92:
            out.append("\\" + chr(c))
        elif c == 9:
            out.append("\\t")
        elif c == 10:
            out.append("\\n")
        elif c == 13:
            out.append("\\r")
        elif c < 32 or c >= 127:
            out.append("\\x%02x" % c)
        else:
            out.append(chr(c))
    out.append(quote)
    return "".join(out)


def _compare(slots: list[W_Root | None], op: int) -> W_Root:
    a = buffer_or_none(_req(slots, 0))
    b = buffer_or_none(_req(slots, 1))
    if a is None or b is None:
        return w_NotImplemented
    return bytes_compare(a, b, op)


def bytearray_getitem(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots, "__getitem__")
    w_key = _req(slots, 1)
    buf = w_self.buf
    # an int or a plain slice straight from the buffer; the rest as bytes
    if isinstance(w_key, intobject.W_IntObject):
        i = w_key.intval
        if i < 0:
            i += buf.length
        if i < 0 or i >= buf.length:
            raise operr(w_IndexError, "bytearray index out of range")
        return intobject.wrap_int(buf.get(i))
    if isinstance(w_key, sliceobject.W_SliceObject):
        ustart, ustop, step = sliceobject.unpack_slice(w_key)
        start, stop, slicelength = sliceobject.adjust_indices(w_self.buf.length, ustart, ustop,
                                                              step)
        buf = w_self.buf
        if step == 1:
            if slicelength <= 0:
                return W_BytearrayObject(ByteBuf(0))
            return W_BytearrayObject(buf.copy_range(start, stop))
    return getitem_data(w_self, w_self.data_bytes(), w_key, "bytearray")


def _values_for_slice(w_self: W_BytearrayObject, w_values: W_Root) -> bytes:
    if isinstance(w_values, W_BytearrayObject):
        return w_values.data_bytes()
    if isinstance(w_values, W_StrObject) or _is_number(w_values):
        raise operr(w_TypeError,
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
    return bytes_from_object(w_values, "bytearray")


def _is_number(w: W_Root) -> bool:
    if isinstance(w, intobject.W_IntObject):
        return True
    return (space.lookup(w, "__index__") is not None or space.lookup(w, "__int__") is not None
            or space.lookup(w, "__float__") is not None)


def ass_subscript(w_self: W_BytearrayObject, w_index: W_Root, w_values: W_Root | None) -> None:
    """bytearray_ass_subscript: w_values None deletes."""
    if isinstance(w_index, intobject.W_IntObject) or (
            not isinstance(w_index, sliceobject.W_SliceObject) and has_index(w_index)):
        i = ssize_w(w_index, w_IndexError)
        ival = -1
        if w_values is not None:
            ival = _byte(w_values)
        n = w_self.buf.length
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise operr(w_IndexError, "bytearray index out of range")
        if w_values is not None:
            w_self.buf.set(i, ival)
            return
        check_resizable(w_self)
        w_self.buf.delete_range(i, i + 1)
        return
    if not isinstance(w_index, sliceobject.W_SliceObject):
        raise operr(w_TypeError, "bytearray indices must be integers or slices, not %s"
                    % type_name(w_index))
    # the values first, then the slice's __index__es, then the indices for
    # the length after both (they may run code changing the bytearray), as CPython
    values = b""
    if w_values is not None:
        values = _values_for_slice(w_self, w_values)
    ustart, ustop, ustep = sliceobject.unpack_slice(w_index)
    buf = w_self.buf
    start, stop, slicelen = sliceobject.adjust_indices(buf.length, ustart, ustop, ustep)
    step = ustep
    if (step < 0 and start < stop) or (step > 0 and start > stop):
        stop = start
    if step == 1:
        if len(values) != stop - start:
            check_resizable(w_self)
        buf.replace_range(start, stop, values)
        return
    if slicelen > 0:
        # cannot fail (the indices are for the current length), but set() is unchecked
        last = start + (slicelen - 1) * step
        if max(start, last) >= buf.length or min(start, last) < 0:
            raise operr(w_IndexError, "bytearray index out of range")
    if w_values is None or len(values) == 0:
        if slicelen == 0:
            return
        check_resizable(w_self)
        n = buf.length
        drop = [False] * n
        cur = start
        for _k in range(slicelen):
            drop[cur] = True
            cur += step
        # compact the kept bytes in place
        kept = 0
        i = 0
        while i < n:
            if not drop[i]:
                buf.set(kept, buf.get(i))
                kept += 1
            i += 1
        buf.resize(kept)
        return
    if len(values) != slicelen:
        raise operr(w_ValueError, "attempt to assign bytes of size %d to extended slice of size %d"
                    % (len(values), slicelen))
    cur = start
    for k in range(slicelen):
        buf.set(cur, values[k])
        cur += step


def bytearray_setitem(slots: list[W_Root | None]) -> W_Root:
    ass_subscript(_self(slots, "__setitem__"), _req(slots, 1), _req(slots, 2))
    return w_None


def bytearray_delitem(slots: list[W_Root | None]) -> W_Root:
    ass_subscript(_self(slots, "__delitem__"), _req(slots, 1), None)
    return w_None


def bytearray_iadd(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots, "__iadd__")
    w_other = _req(slots, 1)
    data = buffer_or_none(w_other)
    if data is None:
        raise operr(w_TypeError, "can't concat %s to %s" % (type_name(w_other),
                                                            type_name(w_self)))
    if len(data) > 0:
        check_resizable(w_self)
    w_self.buf.extend(data)
    return w_self


def bytearray_imul(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots, "__imul__")
    w_n = _req(slots, 1)
    if not has_index(w_n):
        return w_NotImplemented
    n = ssize_w(w_n, w_OverflowError)
    if n != 1:
        check_resizable(w_self)
    w_self.buf = rbytebuf.from_bytes(repeat_bytes(w_self.data_bytes(), n))
    return w_self


def bytearray_append(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots, "append")
    v = _byte(_req(slots, 1))
    check_resizable(w_self)
    w_self.buf.append(v)
    return w_None


def bytearray_clear(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots, "clear")
    check_resizable(w_self)
    w_self.buf.clear()
    return w_None


def bytearray_copy(slots: list[W_Root | None]) -> W_Root:
    return W_BytearrayObject(_self(slots, "copy").buf.copy())


def bytearray_extend(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots, "extend")
    w_iterable = _req(slots, 1)
    if isinstance(w_iterable, W_BytearrayObject):
        check_resizable(w_self)
        w_self.buf.extend_buf(w_iterable.buf)
        return w_None
    data = buffer_or_none(w_iterable)
    if data is not None:
        check_resizable(w_self)
        w_self.buf.extend(data)
        return w_None
    try:
        w_iter = space.iter(w_iterable)
    except OperationError as e:
        if e.match(w_TypeError):
            raise operr(w_TypeError, "can't extend bytearray with %s" % type_name(w_iterable))
        raise
    new = ByteBuf(0)
    while True:
        w_item = space.next_or_none(w_iter)
        if w_item is None:
            break
        new.append(_byte(w_item))
    check_resizable(w_self)
    w_self.buf.extend_buf(new)
    return w_None


def bytearray_insert(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots, "insert")
    i = index_w(_req(slots, 1))
    v = _byte(_req(slots, 2))
    n = w_self.buf.length
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    check_resizable(w_self)
    w_self.buf.insert(i, v)
    return w_None


def bytearray_pop(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots, "pop")
    i = -1
    w_i = slots[1]
    if w_i is not None:
        i = index_w(w_i)
    n = w_self.buf.length
    if n == 0:
        raise operr(w_IndexError, "pop from empty bytearray")
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise operr(w_IndexError, "pop index out of range")
    check_resizable(w_self)
    v = w_self.buf.get(i)
    w_self.buf.delete_range(i, i + 1)
    return intobject.wrap_int(v)


def bytearray_remove(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots, "remove")
    v = _byte(_req(slots, 1))
    buf = w_self.buf
    i = 0
    while i < buf.length:
        if buf.get(i) == v:
            check_resizable(w_self)
            buf.delete_range(i, i + 1)
            return w_None
        i += 1
    raise operr(w_ValueError, "value not found in bytearray")


def bytearray_reverse(slots: list[W_Root | None]) -> W_Root:
    _self(slots, "reverse").buf.reverse()
    return w_None


def bytearray_alloc(slots: list[W_Root | None]) -> W_Root:
    # the storage and its NUL (a runtime string always has one), as CPython counts them
    return intobject.wrap_int(_self(slots, "__alloc__").buf.capacity() + 1)


def bytearray_fromhex(slots: list[W_Root | None]) -> W_Root:
    data = fromhex_arg(slots)
    w_cls = _req(slots, 0)
    if w_cls is w_bytearray_type or not isinstance(w_cls, W_TypeObject):
        return new_bytearray(data)
    return space.call_function(w_cls, [new_bytearray(data)])


class W_BytearrayIterObject(W_Root):
    w_ba: W_BytearrayObject | None
    index: int

    def __init__(self, w_ba: W_BytearrayObject) -> None:
        self.w_ba = w_ba
        self.index = 0

    def getclass(self) -> W_TypeObject:
        return w_bytearray_iterator_type

    def iter_next(self) -> W_Root | None:
        w_ba = self.w_ba
        if w_ba is None:
            return space.STOP
        i = self.index
        if i >= w_ba.buf.length:
            self.w_ba = None
            return space.STOP
        self.index = i + 1
        return intobject.wrap_int(w_ba.buf.get(i))


def bytearray_iter(slots: list[W_Root | None]) -> W_Root:
    return W_BytearrayIterObject(_self(slots, "__iter__"))


def _baiter(slots: list[W_Root | None], name: str) -> W_BytearrayIterObject:
    w = _req(slots, 0)
    if isinstance(w, W_BytearrayIterObject):
        return w
    raise descr_error(name, "bytearray_iterator", w)


def baiter_next(slots: list[W_Root | None]) -> W_Root:
    w_res = _baiter(slots, "__next__").iter_next()
    if w_res is None or w_res is space.STOP:
        raise operr_noarg(w_StopIteration)
    return w_res


def baiter_iter(slots: list[W_Root | None]) -> W_Root:
    return _baiter(slots, "__iter__")


def baiter_length_hint(slots: list[W_Root | None]) -> W_Root:
    it = _baiter(slots, "__length_hint__")
    w_ba = it.w_ba
    if w_ba is None:
        return intobject.wrap_int(0)
    return intobject.wrap_int(max(0, w_ba.buf.length - it.index))


register_raw(w_bytearray_type, "__new__", bytearray_new)
register_raw(w_bytearray_type, "__init__", bytearray_init)
register(w_bytearray_type, "__repr__(self, /)", bytearray_repr)
register(w_bytearray_type, "__str__(self, /)", bytearray_repr)
w_bytearray_type.dict_w["__hash__"] = w_None
register_comparisons(w_bytearray_type, _compare)
register(w_bytearray_type, "__getitem__(self, key, /)", bytearray_getitem)
register(w_bytearray_type, "__setitem__(self, key, value, /)", bytearray_setitem)
register(w_bytearray_type, "__delitem__(self, key, /)", bytearray_delitem)
register(w_bytearray_type, "__iadd__(self, value, /)", bytearray_iadd)
register(w_bytearray_type, "__imul__(self, value, /)", bytearray_imul)
register(w_bytearray_type, "__iter__(self, /)", bytearray_iter)
register(w_bytearray_type, "__alloc__(self, /)", bytearray_alloc)
register(w_bytearray_type, "append(self, item, /)", bytearray_append)
register(w_bytearray_type, "clear(self, /)", bytearray_clear)
register(w_bytearray_type, "copy(self, /)", bytearray_copy)
register(w_bytearray_type, "extend(self, iterable_of_ints, /)", bytearray_extend)
register(w_bytearray_type, "insert(self, index, item, /)", bytearray_insert)
register(w_bytearray_type, "pop(self, index=, /)", bytearray_pop)
register(w_bytearray_type, "remove(self, value, /)", bytearray_remove)
register(w_bytearray_type, "reverse(self, /)", bytearray_reverse)
register_classmethod(w_bytearray_type, "fromhex(self, string, /)", bytearray_fromhex)
_register_shared(w_bytearray_type)

register(w_bytearray_iterator_type, "__next__(self, /)", baiter_next)
register(w_bytearray_iterator_type, "__iter__(self, /)", baiter_iter)
register(w_bytearray_iterator_type, "__length_hint__(self, /)", baiter_length_hint)

# used at call time only (see LazyModule)
if TYPE_CHECKING:
    from ouro.objspace import memoryobject, sliceobject
else:
    memoryobject = LazyModule("ouro.objspace.memoryobject")
    sliceobject = LazyModule("ouro.objspace.sliceobject")
