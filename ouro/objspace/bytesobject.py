"""bytes: immutable byte strings (W_BytesObject, an RPy bytes), with the
methods, operators and messages of CPython 3.11's bytes.

The methods are written once for bytes and bytearray
(ouro/objspace/bytearrayobject.py registers the same functions): the
receiver's data is read as RPy bytes (`_data`) and results of the
receiver's kind are made by `new_like` (bytes for bytes, bytearray for
bytearray, as CPython's methods return).  "Bytes-like" arguments are
bytes and bytearray (memoryview does not exist yet).  Character classes
and case mappings are ASCII-only, as CPython's for bytes.

`%` formatting runs strformat.format_percent on the latin-1 text of the
bytes (one character per byte) and encodes the result back.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rpy.rlib.rarithmetic import MAXINT
from rpy.rlib.rbytebuf import ByteBuf

from ouro.objspace import bytesops, intobject, siphash, space
from ouro.objspace.bytesops import is_lower as _islower
from ouro.objspace.bytesops import is_space as _isspace
from ouro.objspace.bytesops import is_upper as _isupper
from ouro.objspace.descriptors import register_staticmethod
from ouro.objspace.exceptions import (OperationError, operr, operr_noarg, w_IndexError,
                                      w_OverflowError, w_StopIteration, w_TypeError,
                                      w_ValueError)
from ouro.objspace.gateway import (bind, parse_signature, register, register_classmethod,
                                   register_comparisons, register_raw)
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_BYTES, LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_NotImplemented,
                                 w_object_type)
from ouro.objspace.strobject import (LazyModule, W_StrObject, adjust_indices, c_int_w,
                                     clinic_type_name, decode_bytes, descr_error, encode_text,
                                     has_index, index_w, iterable_items, latin1_decode,
                                     slice_index_w, ssize_w, user_reflected)

w_bytes_type = make_builtin_type("bytes", [w_object_type], LAYOUT_BYTES)
w_bytes_iterator_type = make_builtin_type("bytes_iterator", [w_object_type], LAYOUT_OTHER)


class W_BytesObject(W_Root):
    value: bytes

    def __init__(self, value: bytes) -> None:
        self.value = value

    def getclass(self) -> W_TypeObject:
        return w_bytes_type


class W_BytesObjectUser(W_BytesObject):
    """An instance of a Python subclass of bytes."""
    w_type: W_TypeObject
    attrs: W_ObjectWithMap

    def __init__(self, w_type: W_TypeObject, value: bytes) -> None:
        W_BytesObject.__init__(self, value)
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


EMPTY = W_BytesObject(b"")


def wrap_bytes(b: bytes) -> W_BytesObject:
    return W_BytesObject(b)


def new_bytes_like(w_type: W_TypeObject, value: bytes) -> W_BytesObject:
    if w_type is w_bytes_type:
        return W_BytesObject(value)
    return W_BytesObjectUser(w_type, value)


def latin1_to_bytes(s: str) -> bytes:
    """The bytes of a text whose characters are all < 256."""
    return bytes([ord(c) for c in s])


def bytes_w(w: W_Root | None) -> bytes:
    assert isinstance(w, W_BytesObject)
    return w.value


# -- buffers

def is_bytes_or_bytearray(w: W_Root) -> bool:
    return isinstance(w, W_BytesObject) or isinstance(w, bytearrayobject.W_BytearrayObject)


def buffer_or_none(w: W_Root) -> bytes | None:
    """The bytes of a bytes-like object (the buffer protocol), or None."""
    if isinstance(w, W_BytesObject):
        return w.value
    if isinstance(w, bytearrayobject.W_BytearrayObject):
        return w.data_bytes()
    if isinstance(w, memoryobject.W_MemoryView):
        w.check()
        return w.tobytes()
    return w.buffer_bytes()


def buffer_w(w: W_Root) -> bytes:
    data = buffer_or_none(w)
    if data is None:
        raise operr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w))
    return data


def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def _data(slots: list[W_Root | None], name: str) -> bytes:
    """The receiver's bytes (bytes or bytearray)."""
    w = _req(slots, 0)
    if isinstance(w, W_BytesObject):
        return w.value
    if isinstance(w, bytearrayobject.W_BytearrayObject):
        return w.data_bytes()
    raise descr_error(name, "bytes", w)


def new_like(w_self: W_Root, data: bytes) -> W_Root:
    """A result of the receiver's kind: bytes, or a new bytearray."""
    if isinstance(w_self, bytearrayobject.W_BytearrayObject):
        return bytearrayobject.new_bytearray(data)
    return W_BytesObject(data)


def _result(slots: list[W_Root | None], data: bytes) -> W_Root:
    """new_like, but an exact bytes receiver whose data did not change is
    returned itself (as CPython)."""
    w_self = _req(slots, 0)
    if isinstance(w_self, W_BytesObject) and w_self.getclass() is w_bytes_type:
        if data == w_self.value:
            return w_self
    return new_like(w_self, data)


def byte_value(w: W_Root) -> int:
    """_getbytevalue: an int in range(256)."""
    if isinstance(w, intobject.W_IntObject):
        v = w.intval
    else:
        w_i = intobject.index_w(w)
        if not isinstance(w_i, intobject.W_IntObject):
            raise operr(w_ValueError, "byte must be in range(0, 256)")
        v = w_i.intval
    if v < 0 or v >= 256:
        raise operr(w_ValueError, "byte must be in range(0, 256)")
    return v


def _sub_arg(w: W_Root) -> bytes:
    """The `sub` of find/count/index: bytes-like or an int."""
    data = buffer_or_none(w)
    if data is not None:
        return data
    if has_index(w):
        return bytes([byte_value(w)])
    raise operr(w_TypeError, "argument should be integer or bytes-like object, not '%s'"
                % type_name(w))


# -- ASCII character classes (pyctype.h)

def _isalpha(b: int) -> bool:
    return (65 <= b <= 90) or (97 <= b <= 122)


def _isdigit(b: int) -> bool:
    return 48 <= b <= 57


def b_isalnum(data: bytes) -> bool:
    if len(data) == 0:
        return False
    for b in data:
        if not (_isalpha(b) or _isdigit(b)):
            return False
    return True


def b_isalpha(data: bytes) -> bool:
    if len(data) == 0:
        return False
    for b in data:
        if not _isalpha(b):
            return False
    return True


def b_isdigit(data: bytes) -> bool:
    if len(data) == 0:
        return False
    for b in data:
        if not _isdigit(b):
            return False
    return True


def b_isspace(data: bytes) -> bool:
    if len(data) == 0:
        return False
    for b in data:
        if not _isspace(b):
            return False
    return True


def b_isascii(data: bytes) -> bool:
    for b in data:
        if b >= 128:
            return False
    return True


def b_islower(data: bytes) -> bool:
    cased = False
    for b in data:
        if _isupper(b):
            return False
        if _islower(b):
            cased = True
    return cased


def b_isupper(data: bytes) -> bool:
    cased = False
    for b in data:
        if _islower(b):
            return False
        if _isupper(b):
            cased = True
    return cased


def b_istitle(data: bytes) -> bool:
    cased = False
    prev_cased = False
    for b in data:
        if _isupper(b):
            if prev_cased:
                return False
            prev_cased = True
            cased = True
        elif _islower(b):
            if not prev_cased:
                return False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return cased


def b_upper(data: bytes) -> bytes:
    # the runtime maps only ASCII letters in bytes, as bytes.upper
    return data.upper()


def b_lower(data: bytes) -> bytes:
    return data.lower()


def b_split_whitespace(data: bytes, maxsplit: int) -> list[bytes]:
    n = len(data)
    res: list[bytes] = []
    i = 0
    while True:
        while i < n and _isspace(data[i]):
            i += 1
        if i >= n:
            break
        if maxsplit == 0:
            res.append(data[i:n])
            break
        j = i
        while j < n and not _isspace(data[j]):
            j += 1
        res.append(data[i:j])
        maxsplit -= 1
        i = j
    return res


def b_rsplit_whitespace(data: bytes, maxsplit: int) -> list[bytes]:
    res: list[bytes] = []
    j = len(data)
    while True:
        while j > 0 and _isspace(data[j - 1]):
            j -= 1
        if j <= 0:
            break
        if maxsplit == 0:
            res.append(data[0:j])
            break
        i = j
        while i > 0 and not _isspace(data[i - 1]):
            i -= 1
        res.append(data[i:j])
        maxsplit -= 1
        j = i
    res.reverse()
    return res


def b_split(data: bytes, sep: bytes, maxsplit: int) -> list[bytes]:
    """sep not empty; the runtime's split (one pass)."""
    return data.split(sep, maxsplit)


def b_rsplit(data: bytes, sep: bytes, maxsplit: int) -> list[bytes]:
    return data.rsplit(sep, maxsplit)


def b_splitlines(data: bytes, keepends: bool) -> list[bytes]:
    res: list[bytes] = []
    n = len(data)
    i = 0
    while i < n:
        j = i
        while j < n and data[j] != 10 and data[j] != 13:
            j += 1
        eol = j
        if j < n:
            if data[j] == 13 and j + 1 < n and data[j + 1] == 10:
                j += 2
            else:
                j += 1
            if keepends:
                eol = j
        res.append(data[i:eol])
        i = j
    return res


def _in_set(b: int, chars: bytes) -> bool:
    for c in chars:
        if c == b:
            return True
    return False


def b_strip(data: bytes, chars: bytes | None, left: bool, right: bool) -> bytes:
    i = 0
    j = len(data)
    if chars is None:
        if left:
            while i < j and _isspace(data[i]):
                i += 1
        if right:
            while j > i and _isspace(data[j - 1]):
                j -= 1
    else:
        if left:
            while i < j and _in_set(data[i], chars):
                i += 1
        if right:
            while j > i and _in_set(data[j - 1], chars):
                j -= 1
    if i == 0 and j == len(data):
        return data
    return data[i:j]


def b_replace(data: bytes, old: bytes, new: bytes, count: int) -> bytes:
    if count < 0:
        count = -1
    if count == 0:
        return data
    if len(old) == 0:
        n = len(data)
        limit = n + 1 if count < 0 else min(count, n + 1)
        parts: list[bytes] = []
        k = 0
        while k < n:
            if k < limit:
                parts.append(new)
            parts.append(data[k:k + 1])
            k += 1
        if k < limit:
            parts.append(new)
        return b"".join(parts)
    # the runtime's replace (one pass, one allocation)
    return data.replace(old, new, count)


def b_count(data: bytes, sub: bytes, start: int, end: int) -> int:
    if len(sub) == 0:
        return end - start + 1
    return data.count(sub, start, end)


def b_fromhex(s: str) -> bytes:
    """_PyBytes_FromHex."""
    text = b""
    try:
        text = s.encode()
    except ValueError:      # lone surrogates: not ASCII, found below
        pass
    if len(text) != len(s):
        i = 0
        for c in s:
            if ord(c) >= 128:
                raise _fromhex_error(i)
            i += 1
    out = ByteBuf(0)
    out.reserve(len(text) // 2)
    pos = bytesops.parse_hex(text, out)
    if pos >= 0:
        raise _fromhex_error(pos)
    return out.tobytes()


def _fromhex_error(pos: int) -> OperationError:
    return operr(w_ValueError, "non-hexadecimal number found in fromhex() arg at position %d"
                 % pos)


# -- the methods

def bytes_descr_repr(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(repr(_data(slots, "__repr__")))


def bytes_descr_len(slots: list[W_Root | None]) -> W_Root:
    w = _req(slots, 0)
    if isinstance(w, bytearrayobject.W_BytearrayObject):
        return intobject.wrap_int(w.buf.length)      # without _data's copy
    return intobject.wrap_int(len(_data(slots, "__len__")))


def bytes_hash(data: bytes) -> int:
    return siphash.bytes_hash(data)


def bytes_descr_hash(slots: list[W_Root | None]) -> W_Root:
    return intobject.wrap_int(bytes_hash(_data(slots, "__hash__")))


def bytes_compare(a: bytes, b: bytes, op: int) -> W_Root:
    if op == 0:
        return space.wrap_bool(a < b)
    if op == 1:
        return space.wrap_bool(a <= b)
    if op == 2:
        return space.wrap_bool(a == b)
    if op == 3:
        return space.wrap_bool(a != b)
    if op == 4:
        return space.wrap_bool(a > b)
    return space.wrap_bool(a >= b)


def _compare(slots: list[W_Root | None], op: int) -> W_Root:
    w_a = _req(slots, 0)
    w_b = _req(slots, 1)
    if not isinstance(w_a, W_BytesObject) or not isinstance(w_b, W_BytesObject):
        return w_NotImplemented
    return bytes_compare(w_a.value, w_b.value, op)


def bytes_descr_add(slots: list[W_Root | None]) -> W_Root:
    w_self = _req(slots, 0)
    a = _data(slots, "__add__")
    w_b = _req(slots, 1)
    b = buffer_or_none(w_b)
    if b is None:
        w_radd = user_reflected(w_b, "__radd__")
        if w_radd is not None:
            w_res = space.call_function(w_radd, [w_b, w_self])
            if w_res is not w_NotImplemented:
                return w_res
        raise operr(w_TypeError, "can't concat %s to %s" % (type_name(w_b), type_name(w_self)))
    return new_like(w_self, a + b)


def repeat_bytes(data: bytes, n: int) -> bytes:
    if n <= 0 or len(data) == 0:
        return b""
    if n > MAXINT // len(data):
        raise operr(w_OverflowError, "repeated bytes are too long")
    return data * n


def _repeat_count(w_n: W_Root) -> int:
    """The count of sequence repetition, or sq_repeat's TypeError."""
    if isinstance(w_n, intobject.W_IntObject):
        return w_n.intval
    if not has_index(w_n):
        raise operr(w_TypeError, "can't multiply sequence by non-int of type '%s'"
                    % type_name(w_n))
    return ssize_w(w_n, w_OverflowError)


def bytes_descr_mul(slots: list[W_Root | None]) -> W_Root:
    w_self = _req(slots, 0)
    data = _data(slots, "__mul__")
    w_n = _req(slots, 1)
    if not isinstance(w_n, intobject.W_IntObject):
        w_rmul = user_reflected(w_n, "__rmul__")
        if w_rmul is not None:
            w_res = space.call_function(w_rmul, [w_n, w_self])
            if w_res is not w_NotImplemented:
                return w_res
    n = _repeat_count(w_n)
    if n == 1 and isinstance(w_self, W_BytesObject) and w_self.getclass() is w_bytes_type:
        return w_self
    return new_like(w_self, repeat_bytes(data, n))


def bytes_descr_rmul(slots: list[W_Root | None]) -> W_Root:
    w_self = _req(slots, 0)
    data = _data(slots, "__rmul__")
    n = _repeat_count(_req(slots, 1))
    if n == 1 and isinstance(w_self, W_BytesObject) and w_self.getclass() is w_bytes_type:
        return w_self
    return new_like(w_self, repeat_bytes(data, n))


def format_bytes_percent(data: bytes, w_values: W_Root) -> bytes:
    text = latin1_decode(data)
    return latin1_to_bytes(strformat.format_percent(text, w_values, True))


def bytes_descr_mod(slots: list[W_Root | None]) -> W_Root:
    w_self = _req(slots, 0)
    if not is_bytes_or_bytearray(w_self):
        return w_NotImplemented
    data = _data(slots, "__mod__")
    return new_like(w_self, format_bytes_percent(data, _req(slots, 1)))


def bytes_descr_rmod(slots: list[W_Root | None]) -> W_Root:
    w_self = _req(slots, 0)
    w_other = _req(slots, 1)
    if not is_bytes_or_bytearray(w_other):
        return w_NotImplemented
    data = buffer_w(w_other)
    return new_like(w_other, format_bytes_percent(data, w_self))


def bytes_for_percent_s(w_v: W_Root) -> str:
    """%s/%b of bytes formatting (format_obj), as latin-1 text."""
    data = buffer_or_none(w_v)
    if data is None:
        w_meth = space.lookup(w_v, "__bytes__")
        if w_meth is None:
            raise operr(w_TypeError, "%%b requires a bytes-like object, or an object that "
                        "implements __bytes__, not '%s'" % type_name(w_v))
        w_res = space.call_found_special(w_meth, w_v, [])
        if not isinstance(w_res, W_BytesObject):
            raise operr(w_TypeError, "__bytes__ returned non-bytes (type %s)"
                        % type_name(w_res))
        data = w_res.value
    return latin1_decode(data)


def byte_for_percent_c(w_v: W_Root) -> int:
    """%c of bytes formatting (byte_converter)."""
    data = buffer_or_none(w_v)
    if data is not None and len(data) == 1:
        return data[0]
    if isinstance(w_v, intobject.W_IntObject):
        x = w_v.intval
    elif data is None and has_index(w_v):
        w_i = intobject.index_w(w_v)
        x = w_i.intval if isinstance(w_i, intobject.W_IntObject) else -1
    else:
        raise operr(w_TypeError, "%c requires an integer in range(256) or a single byte")
    if x < 0 or x > 255:
        raise operr(w_OverflowError, "%c arg not in range(256)")
    return x


def bytes_descr_contains(slots: list[W_Root | None]) -> W_Root:
    data = _data(slots, "__contains__")
    w_x = _req(slots, 1)
    if has_index(w_x):
        v = byte_value(w_x)
        for b in data:
            if b == v:
                return space.wrap_bool(True)
        return space.wrap_bool(False)
    return space.wrap_bool(data.find(buffer_w(w_x)) >= 0)


def getitem_data(w_self: W_Root, data: bytes, w_key: W_Root, what: str) -> W_Root:
    """Indexing: an int, or a slice giving the receiver's kind."""
    if isinstance(w_key, intobject.W_IntObject):
        i = w_key.intval
    elif isinstance(w_key, sliceobject.W_SliceObject):
        start, stop, step, slicelength = sliceobject.slice_indices(w_key, len(data))
        if slicelength <= 0:
            return new_like(w_self, b"")
        if step == 1:
            return new_like(w_self, data[start:stop])
        out = ByteBuf(slicelength)
        i = start
        for k in range(slicelength):
            out.set(k, data[i])
            i += step
        return new_like(w_self, out.tobytes())
    elif has_index(w_key):
        i = ssize_w(w_key, w_IndexError)
    else:
        raise operr(w_TypeError, "%s indices must be integers or slices, not %s"
                    % (what, type_name(w_key)))
    n = len(data)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        if what == "byte":
            raise operr(w_IndexError, "index out of range")
        raise operr(w_IndexError, "bytearray index out of range")
    return intobject.wrap_int(data[i])


def bytes_descr_getitem(slots: list[W_Root | None]) -> W_Root:
    w_self = _req(slots, 0)
    data = _data(slots, "__getitem__")
    w_key = _req(slots, 1)
    if (isinstance(w_key, sliceobject.W_SliceObject) and isinstance(w_self, W_BytesObject)
            and w_self.getclass() is w_bytes_type):
        start, stop, step, slicelength = sliceobject.slice_indices(w_key, len(data))
        if step == 1 and start == 0 and stop == len(data) and slicelength > 0:
            return w_self
    return getitem_data(w_self, data, w_key, "byte")


class W_BytesIterObject(W_Root):
    w_bytes: W_BytesObject | None
    index: int

    def __init__(self, w_bytes: W_BytesObject) -> None:
        self.w_bytes = w_bytes
        self.index = 0

    def getclass(self) -> W_TypeObject:
        return w_bytes_iterator_type

    def iter_next(self) -> W_Root | None:
        w_bytes = self.w_bytes
        if w_bytes is None:
            return space.STOP
        i = self.index
        if i >= len(w_bytes.value):
            self.w_bytes = None
            return space.STOP
        self.index = i + 1
        return intobject.wrap_int(w_bytes.value[i])


def bytes_descr_iter(slots: list[W_Root | None]) -> W_Root:
    w = _req(slots, 0)
    if not isinstance(w, W_BytesObject):
        raise descr_error("__iter__", "bytes", w)
    return W_BytesIterObject(w)


def _bytesiter(slots: list[W_Root | None], name: str) -> W_BytesIterObject:
    w = _req(slots, 0)
    if isinstance(w, W_BytesIterObject):
        return w
    raise descr_error(name, "bytes_iterator", w)


def bytesiter_next(slots: list[W_Root | None]) -> W_Root:
    w_res = _bytesiter(slots, "__next__").iter_next()
    if w_res is None or w_res is space.STOP:
        raise operr_noarg(w_StopIteration)
    return w_res


def bytesiter_iter(slots: list[W_Root | None]) -> W_Root:
    return _bytesiter(slots, "__iter__")


def bytesiter_length_hint(slots: list[W_Root | None]) -> W_Root:
    it = _bytesiter(slots, "__length_hint__")
    w_b = it.w_bytes
    if w_b is None:
        return intobject.wrap_int(0)
    return intobject.wrap_int(max(0, len(w_b.value) - it.index))


# construction

BYTES_NEW_SIG = parse_signature("bytes(self, source=, encoding=, errors=)")


def bytes_from_object(w_x: W_Root, what: str) -> bytes:
    """PyBytes_FromObject (after the int case): buffers, lists, tuples,
    iterables of ints."""
    data = buffer_or_none(w_x)
    if data is not None:
        return data
    if isinstance(w_x, W_StrObject):
        raise operr(w_TypeError, "cannot convert '%s' object to %s" % (type_name(w_x), what))
    if isinstance(w_x, listobject.W_ListObject) or isinstance(w_x, tupleobject.W_TupleObject):
        items_w = listobject.fixedview(w_x)
        out: list[int] = []
        for w_item in items_w:
            out.append(_item_byte(w_item, what))
        return bytes(out)
    try:
        w_iter = space.iter(w_x)
    except OperationError as e:
        if e.match(w_TypeError):
            raise operr(w_TypeError, "cannot convert '%s' object to %s" % (type_name(w_x), what))
        raise
    out2: list[int] = []
    while True:
        w_next = space.next_or_none(w_iter)
        if w_next is None:
            break
        out2.append(_item_byte(w_next, what))
    return bytes(out2)


def _item_byte(w_item: W_Root, what: str) -> int:
    if what == "bytearray":
        return byte_value(w_item)
    v = intobject.int_w_clipped(w_item)
    if v < 0 or v >= 256:
        if what == "bytes":
            raise operr(w_ValueError, "bytes must be in range(0, 256)")
        raise operr(w_ValueError, "byte must be in range(0, 256)")
    return v


def _opt_str_arg(w: W_Root | None, fname: str, argname: str) -> str | None:
    if w is None:
        return None
    if isinstance(w, W_StrObject):
        return w.as_str()
    raise operr(w_TypeError, "%s() argument '%s' must be str, not %s"
                % (fname, argname, clinic_type_name(w)))


def bytes_descr_new(args: Arguments) -> W_Root:
    slots = bind(BYTES_NEW_SIG, args)
    w_cls = _req(slots, 0)
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "bytes.__new__(X): X is not a type object (%s)"
                    % type_name(w_cls))
    if not w_cls.issubtype(w_bytes_type):
        raise operr(w_TypeError, "bytes.__new__(%s): %s is not a subtype of bytes"
                    % (w_cls.name, w_cls.name))
    w_x = slots[1]
    encoding = _opt_str_arg(slots[2], "bytes", "encoding")
    errors = _opt_str_arg(slots[3], "bytes", "errors")
    data = make_bytes(w_x, encoding, errors)
    return new_bytes_like(w_cls, data)


def make_bytes(w_x: W_Root | None, encoding: str | None, errors: str | None) -> bytes:
    """bytes_new_impl."""
    if w_x is None:
        if encoding is not None:
            raise operr(w_TypeError, "encoding without a string argument")
        if errors is not None:
            raise operr(w_TypeError, "errors without a string argument")
        return b""
    if encoding is not None:
        if not isinstance(w_x, W_StrObject):
            raise operr(w_TypeError, "encoding without a string argument")
        return encode_text(w_x.as_str(), encoding, errors if errors is not None else "strict")
    if errors is not None:
        if isinstance(w_x, W_StrObject):
            raise operr(w_TypeError, "string argument without an encoding")
        raise operr(w_TypeError, "errors without a string argument")
    w_meth = space.lookup(w_x, "__bytes__")
    if w_meth is not None:
        w_res = space.call_found_special(w_meth, w_x, [])
        if not isinstance(w_res, W_BytesObject):
            raise operr(w_TypeError, "__bytes__ returned non-bytes (type %s)" % type_name(w_res))
        return w_res.value
    if isinstance(w_x, W_StrObject):
        raise operr(w_TypeError, "string argument without an encoding")
    if has_index(w_x):
        size = ssize_w(w_x, w_OverflowError)
        if size < 0:
            raise operr(w_ValueError, "negative count")
        return bytes([0] * size)
    return bytes_from_object(w_x, "bytes")


def bytes_descr_bytes(slots: list[W_Root | None]) -> W_Root:
    w = _req(slots, 0)
    if isinstance(w, W_BytesObject):
        if w.getclass() is w_bytes_type:
            return w
        return W_BytesObject(w.value)
    raise descr_error("__bytes__", "bytes", w)


def bytes_descr_getnewargs(slots: list[W_Root | None]) -> W_Root:
    return space.newtuple([W_BytesObject(_data(slots, "__getnewargs__"))])


# the methods shared with bytearray

def bytes_decode(slots: list[W_Root | None]) -> W_Root:
    data = _data(slots, "decode")
    encoding = _opt_str_arg(slots[1], "decode", "encoding")
    errors = _opt_str_arg(slots[2], "decode", "errors")
    return W_StrObject(decode_bytes(data, encoding if encoding is not None else "utf-8",
                                    errors if errors is not None else "strict"))


def _start_end(slots: list[W_Root | None], i: int, length: int) -> tuple[int, int]:
    start = slice_index_w(slots[i], 0)
    end = slice_index_w(slots[i + 1], MAXINT)
    return adjust_indices(start, end, length)


def _find(slots: list[W_Root | None], name: str, reverse: bool) -> int:
    w_self = _req(slots, 0)
    if isinstance(w_self, bytearrayobject.W_BytearrayObject):
        # in the buffer itself, after the arguments' conversions (as CPython)
        sub = _sub_arg(_req(slots, 1))
        start, end = _start_end(slots, 2, w_self.buf.length)
        if end - start < len(sub):
            return -1
        return w_self.buf.find(sub, start, end, reverse)
    data = _data(slots, name)
    sub = _sub_arg(_req(slots, 1))
    start, end = _start_end(slots, 2, len(data))
    if end - start < len(sub):
        return -1
    if reverse:
        return data.rfind(sub, start, end)
    return data.find(sub, start, end)


def bytes_find(slots: list[W_Root | None]) -> W_Root:
    return intobject.wrap_int(_find(slots, "find", False))


def bytes_rfind(slots: list[W_Root | None]) -> W_Root:
    return intobject.wrap_int(_find(slots, "rfind", True))


def bytes_index(slots: list[W_Root | None]) -> W_Root:
    i = _find(slots, "index", False)
    if i < 0:
        raise operr(w_ValueError, "subsection not found")
    return intobject.wrap_int(i)


def bytes_rindex(slots: list[W_Root | None]) -> W_Root:
    i = _find(slots, "rindex", True)
    if i < 0:
        raise operr(w_ValueError, "subsection not found")
    return intobject.wrap_int(i)


def bytes_count(slots: list[W_Root | None]) -> W_Root:
    w_self = _req(slots, 0)
    if isinstance(w_self, bytearrayobject.W_BytearrayObject):
        sub = _sub_arg(_req(slots, 1))
        start, end = _start_end(slots, 2, w_self.buf.length)
        if end - start < len(sub):
            return intobject.wrap_int(0)
        if len(sub) == 0:
            return intobject.wrap_int(end - start + 1)
        return intobject.wrap_int(w_self.buf.count(sub, start, end))
    data = _data(slots, "count")
    sub = _sub_arg(_req(slots, 1))
    start, end = _start_end(slots, 2, len(data))
    if end - start < len(sub):
        return intobject.wrap_int(0)
    return intobject.wrap_int(b_count(data, sub, start, end))


def _tailmatch(data: bytes, sub: bytes, start: int, end: int, at_end: bool) -> bool:
    start, end = adjust_indices(start, end, len(data))
    end -= len(sub)
    if end < start:
        return False
    if len(sub) == 0:
        return True
    if at_end:
        return data[end:end + len(sub)] == sub
    return data[start:start + len(sub)] == sub


def _startsendswith(slots: list[W_Root | None], name: str, at_end: bool) -> W_Root:
    data = _data(slots, name)
    w_sub = _req(slots, 1)
    start = slice_index_w(slots[2], 0)
    end = slice_index_w(slots[3], MAXINT)
    if isinstance(w_sub, tupleobject.W_TupleObject):
        for w_item in w_sub.items_w:
            sub = buffer_or_none(w_item)
            if sub is None:
                raise operr(w_TypeError, "a bytes-like object is required, not '%s'"
                            % type_name(w_item))
            if _tailmatch(data, sub, start, end, at_end):
                return space.wrap_bool(True)
        return space.wrap_bool(False)
    sub1 = buffer_or_none(w_sub)
    if sub1 is None:
        raise operr(w_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s"
                    % (name, type_name(w_sub)))
    return space.wrap_bool(_tailmatch(data, sub1, start, end, at_end))


def bytes_startswith(slots: list[W_Root | None]) -> W_Root:
    return _startsendswith(slots, "startswith", False)


def bytes_endswith(slots: list[W_Root | None]) -> W_Root:
    return _startsendswith(slots, "endswith", True)


def _wrap_list(w_self: W_Root, items: list[bytes]) -> W_Root:
    items_w: list[W_Root] = []
    for x in items:
        items_w.append(new_like(w_self, x))
    return listobject.W_ListObject(items_w)


def _split_args(slots: list[W_Root | None]) -> tuple[bytes | None, int]:
    w_sep = slots[1]
    sep: bytes | None = None
    if w_sep is not None and w_sep is not w_None:
        sep = buffer_w(w_sep)
        if len(sep) == 0:
            raise operr(w_ValueError, "empty separator")
    maxsplit = -1
    w_max = slots[2]
    if w_max is not None:
        maxsplit = index_w(w_max)
    if maxsplit < 0:
        maxsplit = -1
    return sep, maxsplit


def bytes_split(slots: list[W_Root | None]) -> W_Root:
    data = _data(slots, "split")
    sep, maxsplit = _split_args(slots)
    if sep is None:
        return _wrap_list(_req(slots, 0), b_split_whitespace(data, maxsplit))
    return _wrap_list(_req(slots, 0), b_split(data, sep, maxsplit))


def bytes_rsplit(slots: list[W_Root | None]) -> W_Root:
    data = _data(slots, "rsplit")
    sep, maxsplit = _split_args(slots)
    if sep is None:
        return _wrap_list(_req(slots, 0), b_rsplit_whitespace(data, maxsplit))
    return _wrap_list(_req(slots, 0), b_rsplit(data, sep, maxsplit))


def bytes_splitlines(slots: list[W_Root | None]) -> W_Root:
    data = _data(slots, "splitlines")
    keepends = False
    w_keep = slots[1]
    if w_keep is not None:
        keepends = c_int_w(w_keep) != 0
    return _wrap_list(_req(slots, 0), b_splitlines(data, keepends))


def _partition(slots: list[W_Root | None], name: str, reverse: bool) -> W_Root:
    w_self = _req(slots, 0)
    data = _data(slots, name)
    sep = buffer_w(_req(slots, 1))
    if len(sep) == 0:
        raise operr(w_ValueError, "empty separator")
    if reverse:
        i = data.rfind(sep)
        if i < 0:
            return space.newtuple([new_like(w_self, b""), new_like(w_self, b""),
                                   _result(slots, data)])
    else:
        i = data.find(sep)
        if i < 0:
            return space.newtuple([_result(slots, data), new_like(w_self, b""),
                                   new_like(w_self, b"")])
    return space.newtuple([new_like(w_self, data[:i]), new_like(w_self, sep),
                           new_like(w_self, data[i + len(sep):])])


def bytes_partition(slots: list[W_Root | None]) -> W_Root:
    return _partition(slots, "partition", False)


def bytes_rpartition(slots: list[W_Root | None]) -> W_Root:
    return _partition(slots, "rpartition", True)


def bytes_join(slots: list[W_Root | None]) -> W_Root:
    w_self = _req(slots, 0)
    data = _data(slots, "join")
    items_w = iterable_items(_req(slots, 1), "can only join an iterable")
    parts: list[bytes] = []
    i = 0
    for w_item in items_w:
        b = buffer_or_none(w_item)
        if b is None:
            raise operr(w_TypeError, "sequence item %d: expected a bytes-like object, %s found"
                        % (i, type_name(w_item)))
        parts.append(b)
        i += 1
    return new_like(w_self, data.join(parts))


def _strip(slots: list[W_Root | None], name: str, left: bool, right: bool) -> W_Root:
    data = _data(slots, name)
    w_chars = slots[1]
    chars: bytes | None = None
    if w_chars is not None and w_chars is not w_None:
        chars = buffer_w(w_chars)
    return _result(slots, b_strip(data, chars, left, right))


def bytes_strip(slots: list[W_Root | None]) -> W_Root:
    return _strip(slots, "strip", True, True)


def bytes_lstrip(slots: list[W_Root | None]) -> W_Root:
    return _strip(slots, "lstrip", True, False)


def bytes_rstrip(slots: list[W_Root | None]) -> W_Root:
    return _strip(slots, "rstrip", False, True)


def _fillbyte(w: W_Root | None, name: str) -> bytes:
    if w is None:
        return b" "
    data = buffer_or_none(w)
    if data is None or len(data) != 1:
        raise operr(w_TypeError, "%s() argument 2 must be a byte string of length 1, not %s"
                    % (name, clinic_type_name(w)))
    return data


def _justify(slots: list[W_Root | None], name: str, how: int) -> W_Root:
    data = _data(slots, name)
    width = index_w(_req(slots, 1))
    fill = _fillbyte(slots[2], name)
    n = len(data)
    if n >= width:
        return _result(slots, data)
    marg = width - n
    if how == 0:
        return new_like(_req(slots, 0), data + fill * marg)
    if how == 1:
        return new_like(_req(slots, 0), fill * marg + data)
    left = marg // 2 + (marg & width & 1)
    return new_like(_req(slots, 0), fill * left + data + fill * (marg - left))


def bytes_ljust(slots: list[W_Root | None]) -> W_Root:
    return _justify(slots, "ljust", 0)


def bytes_rjust(slots: list[W_Root | None]) -> W_Root:
    return _justify(slots, "rjust", 1)


def bytes_center(slots: list[W_Root | None]) -> W_Root:
    return _justify(slots, "center", 2)


def bytes_zfill(slots: list[W_Root | None]) -> W_Root:
    data = _data(slots, "zfill")
    width = index_w(_req(slots, 1))
    n = len(data)
    if n >= width:
        return _result(slots, data)
    fill = width - n
    if n > 0 and (data[0] == 43 or data[0] == 45):
        res = data[0:1] + b"0" * fill + data[1:]
    else:
        res = b"0" * fill + data
    return new_like(_req(slots, 0), res)


def bytes_expandtabs(slots: list[W_Root | None]) -> W_Root:
    data = _data(slots, "expandtabs")
    tabsize = 8
    w_tab = slots[1]
    if w_tab is not None:
        tabsize = c_int_w(w_tab)
    return _result(slots, bytesops.expandtabs(data, tabsize))


def bytes_replace(slots: list[W_Root | None]) -> W_Root:
    data = _data(slots, "replace")
    old = buffer_w(_req(slots, 1))
    new = buffer_w(_req(slots, 2))
    count = -1
    w_count = slots[3]
    if w_count is not None:
        count = index_w(w_count)
    return _result(slots, b_replace(data, old, new, count))


def bytes_removeprefix(slots: list[W_Root | None]) -> W_Root:
    data = _data(slots, "removeprefix")
    prefix = buffer_w(_req(slots, 1))
    if len(prefix) > 0 and data[:len(prefix)] == prefix:
        return new_like(_req(slots, 0), data[len(prefix):])
    return _result(slots, data)


def bytes_removesuffix(slots: list[W_Root | None]) -> W_Root:
    data = _data(slots, "removesuffix")
    suffix = buffer_w(_req(slots, 1))
    n = len(data)
    if len(suffix) > 0 and n >= len(suffix) and data[n - len(suffix):] == suffix:
        return new_like(_req(slots, 0), data[:n - len(suffix)])
    return _result(slots, data)


def bytes_upper(slots: list[W_Root | None]) -> W_Root:
    return new_like(_req(slots, 0), b_upper(_data(slots, "upper")))


def bytes_lower(slots: list[W_Root | None]) -> W_Root:
    return new_like(_req(slots, 0), b_lower(_data(slots, "lower")))


def bytes_swapcase(slots: list[W_Root | None]) -> W_Root:
    return new_like(_req(slots, 0), bytesops.swapcase(_data(slots, "swapcase")))


def bytes_capitalize(slots: list[W_Root | None]) -> W_Root:
    return new_like(_req(slots, 0), bytesops.capitalize(_data(slots, "capitalize")))


def bytes_title(slots: list[W_Root | None]) -> W_Root:
    return new_like(_req(slots, 0), bytesops.title(_data(slots, "title")))


def bytes_isalnum(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(b_isalnum(_data(slots, "isalnum")))


def bytes_isalpha(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(b_isalpha(_data(slots, "isalpha")))


def bytes_isascii(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(b_isascii(_data(slots, "isascii")))


def bytes_isdigit(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(b_isdigit(_data(slots, "isdigit")))


def bytes_islower(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(b_islower(_data(slots, "islower")))


def bytes_isspace(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(b_isspace(_data(slots, "isspace")))


def bytes_istitle(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(b_istitle(_data(slots, "istitle")))


def bytes_isupper(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(b_isupper(_data(slots, "isupper")))


def bytes_hex(slots: list[W_Root | None]) -> W_Root:
    data = _data(slots, "hex")
    w_sep = slots[1]
    sep = ""
    per = 1
    if w_sep is not None:
        if isinstance(w_sep, W_StrObject):
            if len(w_sep.as_str()) != 1:
                raise operr(w_ValueError, "sep must be length 1.")
            sep = w_sep.as_str()
        else:
            b = buffer_or_none(w_sep)
            if b is None:
                space.len_w(w_sep)
                raise operr(w_TypeError, "sep must be str or bytes.")
            if len(b) != 1:
                raise operr(w_ValueError, "sep must be length 1.")
            sep = chr(b[0])
        if ord(sep) > 127:
            raise operr(w_ValueError, "sep must be ASCII.")
        w_per = slots[2]
        if w_per is not None:
            per = c_int_w(w_per)
    return W_StrObject(bytesops.hex_text(data, ord(sep) if sep != "" else -1, per))


def fromhex_arg(slots: list[W_Root | None]) -> bytes:
    w_s = _req(slots, 1)
    if not isinstance(w_s, W_StrObject):
        raise operr(w_TypeError, "fromhex() argument must be str, not %s"
                    % clinic_type_name(w_s))
    return b_fromhex(w_s.as_str())


def bytes_fromhex(slots: list[W_Root | None]) -> W_Root:
    """bytes.fromhex (a class method: slot 0 is the class)."""
    data = fromhex_arg(slots)
    w_cls = _req(slots, 0)
    if w_cls is w_bytes_type or not isinstance(w_cls, W_TypeObject):
        return W_BytesObject(data)
    return space.call_function(w_cls, [W_BytesObject(data)])


def bytes_maketrans(slots: list[W_Root | None]) -> W_Root:
    frm = buffer_w(_req(slots, 0))
    to = buffer_w(_req(slots, 1))
    if len(frm) != len(to):
        raise operr(w_ValueError, "maketrans arguments must have same length")
    table = [i for i in range(256)]
    i = 0
    while i < len(frm):
        table[frm[i]] = to[i]
        i += 1
    return W_BytesObject(bytes(table))


def bytes_translate(slots: list[W_Root | None]) -> W_Root:
    data = _data(slots, "translate")
    w_table = _req(slots, 1)
    table: bytes | None = None
    if w_table is not w_None:
        table = buffer_w(w_table)
        if len(table) != 256:
            raise operr(w_ValueError, "translation table must be 256 characters long")
    delete = b""
    w_del = slots[2]
    if w_del is not None:
        delete = buffer_w(w_del)
    return _result(slots, bytesops.translate(data, table, delete))


def _register_shared(w_type: W_TypeObject) -> None:
    """Load time: the methods of bytes that bytearray has too."""
    register(w_type, "__len__(self, /)", bytes_descr_len)
    register(w_type, "__add__(self, value, /)", bytes_descr_add)
    register(w_type, "__mul__(self, value, /)", bytes_descr_mul)
    register(w_type, "__rmul__(self, value, /)", bytes_descr_rmul)
    register(w_type, "__mod__(self, value, /)", bytes_descr_mod)
    register(w_type, "__rmod__(self, value, /)", bytes_descr_rmod)
    register(w_type, "__contains__(self, key, /)", bytes_descr_contains)
    register(w_type, "capitalize(self, /)", bytes_capitalize)
    register(w_type, "center(self, width, fillchar=, /)", bytes_center)
    register(w_type, "count(self, sub, start=, end=, /)", bytes_count)
    register(w_type, "decode(self, /, encoding=, errors=)", bytes_decode)
    register(w_type, "endswith(self, suffix, start=, end=, /)", bytes_endswith)
    register(w_type, "expandtabs(self, /, tabsize=)", bytes_expandtabs)
    register(w_type, "find(self, sub, start=, end=, /)", bytes_find)
    register(w_type, "hex(self, /, sep=, bytes_per_sep=)", bytes_hex)
    register(w_type, "index(self, sub, start=, end=, /)", bytes_index)
    register(w_type, "isalnum(self, /)", bytes_isalnum)
    register(w_type, "isalpha(self, /)", bytes_isalpha)
    register(w_type, "isascii(self, /)", bytes_isascii)
    register(w_type, "isdigit(self, /)", bytes_isdigit)
    register(w_type, "islower(self, /)", bytes_islower)
    register(w_type, "isspace(self, /)", bytes_isspace)
    register(w_type, "istitle(self, /)", bytes_istitle)
    register(w_type, "isupper(self, /)", bytes_isupper)
    register(w_type, "join(self, iterable_of_bytes, /)", bytes_join)
    register(w_type, "ljust(self, width, fillchar=, /)", bytes_ljust)
    register(w_type, "lower(self, /)", bytes_lower)
    register(w_type, "lstrip(self, bytes=, /)", bytes_lstrip)
    register_staticmethod(w_type, "maketrans(frm, to, /)", bytes_maketrans)
    register(w_type, "partition(self, sep, /)", bytes_partition)
    register(w_type, "removeprefix(self, prefix, /)", bytes_removeprefix)
    register(w_type, "removesuffix(self, suffix, /)", bytes_removesuffix)
    register(w_type, "replace(self, old, new, count=, /)", bytes_replace)
    register(w_type, "rfind(self, sub, start=, end=, /)", bytes_rfind)
    register(w_type, "rindex(self, sub, start=, end=, /)", bytes_rindex)
    register(w_type, "rjust(self, width, fillchar=, /)", bytes_rjust)
    register(w_type, "rpartition(self, sep, /)", bytes_rpartition)
    register(w_type, "rsplit(self, /, sep=, maxsplit=)", bytes_rsplit)
    register(w_type, "rstrip(self, bytes=, /)", bytes_rstrip)
    register(w_type, "split(self, /, sep=, maxsplit=)", bytes_split)
    register(w_type, "splitlines(self, /, keepends=)", bytes_splitlines)
    register(w_type, "startswith(self, prefix, start=, end=, /)", bytes_startswith)
    register(w_type, "strip(self, bytes=, /)", bytes_strip)
    register(w_type, "swapcase(self, /)", bytes_swapcase)
    register(w_type, "title(self, /)", bytes_title)
    register(w_type, "translate(self, table, /, delete=)", bytes_translate)
    register(w_type, "upper(self, /)", bytes_upper)
    register(w_type, "zfill(self, width, /)", bytes_zfill)


register_raw(w_bytes_type, "__new__", bytes_descr_new)
register(w_bytes_type, "__repr__(self, /)", bytes_descr_repr)
register(w_bytes_type, "__str__(self, /)", bytes_descr_repr)
register(w_bytes_type, "__hash__(self, /)", bytes_descr_hash)
register_comparisons(w_bytes_type, _compare)
register(w_bytes_type, "__getitem__(self, key, /)", bytes_descr_getitem)
register(w_bytes_type, "__iter__(self, /)", bytes_descr_iter)
register(w_bytes_type, "__bytes__(self, /)", bytes_descr_bytes)
register(w_bytes_type, "__getnewargs__(self, /)", bytes_descr_getnewargs)
register_classmethod(w_bytes_type, "fromhex(self, string, /)", bytes_fromhex)
_register_shared(w_bytes_type)

register(w_bytes_iterator_type, "__next__(self, /)", bytesiter_next)
register(w_bytes_iterator_type, "__iter__(self, /)", bytesiter_iter)
register(w_bytes_iterator_type, "__length_hint__(self, /)", bytesiter_length_hint)


# at the end: these modules import this one (only their attributes are
# used, at call time)
# used at call time only (see LazyModule)
if TYPE_CHECKING:
    from ouro.objspace import (bytearrayobject, listobject, memoryobject, sliceobject, strformat,
                               tupleobject)
else:
    bytearrayobject = LazyModule("ouro.objspace.bytearrayobject")
    memoryobject = LazyModule("ouro.objspace.memoryobject")
    listobject = LazyModule("ouro.objspace.listobject")
    sliceobject = LazyModule("ouro.objspace.sliceobject")
    strformat = LazyModule("ouro.objspace.strformat")
    tupleobject = LazyModule("ouro.objspace.tupleobject")
