"""_io.BytesIO (CPython's Modules/_io/bytesio.c): an in-memory bytes
buffer.  Writes at the end are collected in a list and joined when the
contents are next needed, so that building a large value by many small
writes stays linear."""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import OperationError, W_BaseException, operr, w_StopIteration, \
    w_TypeError, w_ValueError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.memoryobject import W_MemoryView
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strobject import c_int_w
from ouro.objspace.tupleobject import W_TupleObject
from ouro.modules._io.iobase import (W_IOBase, _io_type, buffer_bytes, fill_buffer, int_arg,
                                     restore_dict, size_arg, state_dict, state_items,
                                     state_position, unsupported, w_bufferediobase_type,
                                     writable_buffer_len)

w_bytesio_type = _io_type("BytesIO", [w_bufferediobase_type])


class W_BytesIO(W_IOBase):
    data: bytes              # the contents, then
    tail: list[bytes]        # writes appended at the end, not yet joined
    size: int                # len(data) + the tail's length
    pos: int
    closed: bool
    exports: int

    def __init__(self, w_type: W_TypeObject) -> None:
        W_IOBase.__init__(self, w_type)
        self.data = b""
        self.tail = []
        self.size = 0
        self.pos = 0
        self.closed = False
        self.exports = 0

    def iter_next(self) -> W_Root | None:
        if self.w_type is not w_bytesio_type:
            return None
        self.check_closed()
        line = self.readline_bytes(-1)
        if len(line) == 0:
            return space.STOP
        return W_BytesObject(line)

    def check_closed(self) -> None:
        if self.closed:
            raise operr(w_ValueError, "I/O operation on closed file.")

    def value(self) -> bytes:
        if len(self.tail) > 0:
            self.data = self.data + b"".join(self.tail)
            self.tail = []
        return self.data

    def write_bytes(self, b: bytes) -> int:
        n = len(b)
        if n == 0:
            return 0
        pos = self.pos
        if pos == self.size:
            self.tail.append(b)
            self.size += n
        else:
            data = self.value()
            if pos > self.size:
                data = data + b"\x00" * (pos - self.size)
            end = pos + n
            if end >= len(data):
                data = data[:pos] + b
            else:
                data = data[:pos] + b + data[end:]
            self.data = data
            self.size = len(data)
        self.pos = pos + n
        return n

    def read_bytes(self, n: int) -> bytes:
        size = self.size
        if self.pos >= size:
            return b""
        if n < 0 or n > size - self.pos:
            n = size - self.pos
        data = self.value()
        start = self.pos
        self.pos = start + n
        if start == 0 and n == size:
            return data
        return data[start:start + n]

    def readline_bytes(self, limit: int) -> bytes:
        if self.pos >= self.size:
            return b""
        data = self.value()
        start = self.pos
        end = data.find(b"\n", start)
        if end < 0:
            end = self.size
        else:
            end += 1
        if limit >= 0 and end - start > limit:
            end = start + limit
        self.pos = end
        return data[start:end]


def _bio(w: W_Root | None) -> W_BytesIO:
    if not isinstance(w, W_BytesIO):
        raise operr(w_TypeError, "descriptor requires a '_io.BytesIO' object but received '%s'"
                    % (type_name(w) if w is not None else "NoneType"))
    return w


def _open_bio(w: W_Root | None) -> W_BytesIO:
    w_self = _bio(w)
    w_self.check_closed()
    return w_self


def bytesio_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return W_BytesIO(w_cls)


def bytesio_init(slots: list[W_Root | None]) -> W_Root:
    w_self = _bio(slots[0])
    w_init = slots[1]
    w_self.data = b""
    w_self.tail = []
    w_self.size = 0
    w_self.pos = 0
    if w_init is not None and w_init is not w_None:
        data = buffer_bytes(w_init)
        w_self.data = data
        w_self.size = len(data)
    return w_None


def bytesio_getvalue(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_bio(slots[0])
    return W_BytesObject(w_self.value())


def bytesio_read(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_bio(slots[0])
    n = size_arg(slots[1])
    return W_BytesObject(w_self.read_bytes(n))


def bytesio_readline(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_bio(slots[0])
    return W_BytesObject(w_self.readline_bytes(size_arg(slots[1])))


def bytesio_readlines(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_bio(slots[0])
    hint = size_arg(slots[1])
    lines_w: list[W_Root] = []
    total = 0
    while True:
        line = w_self.readline_bytes(-1)
        if len(line) == 0:
            break
        lines_w.append(W_BytesObject(line))
        total += len(line)
        if 0 < hint <= total:
            break
    return W_ListObject(lines_w)


def bytesio_readinto(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_bio(slots[0])
    w_buf = slots[1]
    assert w_buf is not None
    n = writable_buffer_len(w_buf)
    data = w_self.read_bytes(n)
    fill_buffer(w_buf, data)
    return wrap_int(len(data))


def bytesio_write(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_bio(slots[0])
    w_b = slots[1]
    assert w_b is not None
    return wrap_int(w_self.write_bytes(buffer_bytes(w_b)))


def bytesio_writelines(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_bio(slots[0])
    w_lines = slots[1]
    assert w_lines is not None
    w_it = space.iter(w_lines)
    while True:
        w_line = space.next_or_none(w_it)
        if w_line is None:
            break
        w_self.write_bytes(buffer_bytes(w_line))
    return w_None


def bytesio_seek(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_bio(slots[0])
    pos = int_arg(slots[1])
    whence = 0
    if slots[2] is not None:
        whence = c_int_w(slots[2])
    if pos < 0 and whence == 0:
        raise operr(w_ValueError, "negative seek value %d" % pos)
    if whence == 1:
        pos += w_self.pos
    elif whence == 2:
        pos += w_self.size
    elif whence != 0:
        raise operr(w_ValueError, "invalid whence (%d, should be 0, 1 or 2)" % whence)
    if pos < 0:
        pos = 0
    w_self.pos = pos
    return wrap_int(pos)


def bytesio_tell(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(_open_bio(slots[0]).pos)


def bytesio_truncate(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_bio(slots[0])
    w_size = slots[1]
    if w_size is None or w_size is w_None:
        size = w_self.pos
    else:
        size = int_arg(w_size)
    if size < 0:
        raise operr(w_ValueError, "negative size value %d" % size)
    if size < w_self.size:
        w_self.data = w_self.value()[:size]
        w_self.size = size
    return wrap_int(size)


def bytesio_true(slots: list[W_Root | None]) -> W_Root:
    _open_bio(slots[0])
    return space.wrap_bool(True)


def bytesio_false(slots: list[W_Root | None]) -> W_Root:
    _open_bio(slots[0])
    return space.wrap_bool(False)


def bytesio_flush(slots: list[W_Root | None]) -> W_Root:
    _open_bio(slots[0])
    return w_None


def bytesio_close(slots: list[W_Root | None]) -> W_Root:
    w_self = _bio(slots[0])
    w_self.closed = True
    w_self.data = b""
    w_self.tail = []
    w_self.size = 0
    return w_None


def bytesio_get_closed(w: W_Root) -> W_Root:
    return space.wrap_bool(_bio(w).closed)


def bytesio_iter(slots: list[W_Root | None]) -> W_Root:
    w_self = _bio(slots[0])
    return w_self


def bytesio_next(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_bio(slots[0])
    line = w_self.readline_bytes(-1)
    if len(line) == 0:
        raise OperationError(W_BaseException(w_StopIteration, []))
    return W_BytesObject(line)


def bytesio_fileno(slots: list[W_Root | None]) -> W_Root:
    raise unsupported("fileno")


def bytesio_getbuffer(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_bio(slots[0])
    data = w_self.value()
    return W_MemoryView(W_BytesObject(data), 0, len(data), 1)


def bytesio_getstate(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_bio(slots[0])
    return W_TupleObject([W_BytesObject(w_self.value()), wrap_int(w_self.pos),
                          state_dict(w_self)])


def bytesio_setstate(slots: list[W_Root | None]) -> W_Root:
    """(value, position, dict or None), as CPython's bytesio_setstate."""
    w_self = _bio(slots[0])
    w_state = slots[1]
    assert w_state is not None
    items_w = state_items(w_self, w_state, 3)
    w_self.data = b""
    w_self.tail = []
    w_self.size = 0
    w_self.pos = 0
    bytesio_write([w_self, items_w[0]])
    w_self.pos = state_position(items_w[1], "second")
    restore_dict(w_self, items_w[2], "third")
    return w_None


register_raw(w_bytesio_type, "__new__", bytesio_new)
register(w_bytesio_type, "__init__(self, initial_bytes=)", bytesio_init)
register(w_bytesio_type, "getvalue(self, /)", bytesio_getvalue)
register(w_bytesio_type, "getbuffer(self, /)", bytesio_getbuffer)
register(w_bytesio_type, "read(self, size=, /)", bytesio_read)
register(w_bytesio_type, "read1(self, size=, /)", bytesio_read)
register(w_bytesio_type, "readline(self, size=, /)", bytesio_readline)
register(w_bytesio_type, "readlines(self, size=, /)", bytesio_readlines)
register(w_bytesio_type, "readinto(self, buffer, /)", bytesio_readinto)
register(w_bytesio_type, "readinto1(self, buffer, /)", bytesio_readinto)
register(w_bytesio_type, "write(self, b, /)", bytesio_write)
register(w_bytesio_type, "writelines(self, lines, /)", bytesio_writelines)
register(w_bytesio_type, "seek(self, pos, whence=, /)", bytesio_seek)
register(w_bytesio_type, "tell(self, /)", bytesio_tell)
register(w_bytesio_type, "truncate(self, size=, /)", bytesio_truncate)
register(w_bytesio_type, "readable(self, /)", bytesio_true)
register(w_bytesio_type, "writable(self, /)", bytesio_true)
register(w_bytesio_type, "seekable(self, /)", bytesio_true)
register(w_bytesio_type, "isatty(self, /)", bytesio_false)
register(w_bytesio_type, "flush(self, /)", bytesio_flush)
register(w_bytesio_type, "close(self, /)", bytesio_close)
register(w_bytesio_type, "__iter__(self, /)", bytesio_iter)
register(w_bytesio_type, "__next__(self, /)", bytesio_next)
register(w_bytesio_type, "fileno(self, /)", bytesio_fileno)
register(w_bytesio_type, "__getstate__(self, /)", bytesio_getstate)
register(w_bytesio_type, "__setstate__(self, state, /)", bytesio_setstate)
getset(w_bytesio_type, "closed", bytesio_get_closed)
