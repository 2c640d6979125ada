"""_io.StringIO (CPython's Modules/_io/stringio.c): an in-memory text
buffer with the newline translation of its `newline` argument.  Writes at
the end are collected and joined when the text is next needed."""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr, w_OSError,
                                      w_StopIteration, w_TypeError, w_ValueError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strobject import W_StrObject, c_int_w
from ouro.objspace.tupleobject import W_TupleObject
from ouro.modules._io.iobase import (W_IOBase, _io_type, int_arg, restore_dict, size_arg,
                                     state_dict, state_items, state_position, w_textiobase_type)
from ouro.modules._io.newlines import (check_newline, find_line_ending, newlines_object,
                                       seen_kinds, translate)

w_stringio_type = _io_type("StringIO", [w_textiobase_type])


class W_StringIO(W_IOBase):
    value: str
    tail: list[str]
    size: int                # characters
    pos: int
    closed: bool
    ok: bool                 # initialized
    readuniversal: bool
    readtranslate: bool
    readnl: str              # "" when universal
    writenl: str             # "" when no translation on write
    seen: int
    has_newline_arg: bool
    w_newline: W_Root

    def __init__(self, w_type: W_TypeObject) -> None:
        W_IOBase.__init__(self, w_type)
        self.value = ""
        self.tail = []
        self.size = 0
        self.pos = 0
        self.closed = False
        self.ok = False
        self.readuniversal = False
        self.readtranslate = True
        self.readnl = "\n"
        self.writenl = ""
        self.seen = 0
        self.has_newline_arg = True
        self.w_newline = space.wrap_str("\n")

    def iter_next(self) -> W_Root | None:
        if self.w_type is not w_stringio_type:
            return None
        self.check_ok()
        line = self.readline_str(-1)
        if line == "":
            return space.STOP
        return space.wrap_str(line)

    def check_ok(self) -> None:
        if not self.ok:
            raise operr(w_ValueError, "I/O operation on uninitialized object")
        if self.closed:
            raise operr(w_ValueError, "I/O operation on closed file")

    def text(self) -> str:
        if len(self.tail) > 0:
            self.value = self.value + "".join(self.tail)
            self.tail = []
        return self.value

    def write_str(self, s: str) -> None:
        if self.readuniversal:
            self.seen |= seen_kinds(s)
            if self.readtranslate:
                s = translate(s, False).text
        if self.writenl != "":
            s = s.replace("\n", self.writenl)
        n = len(s)
        if n == 0:
            return
        pos = self.pos
        if pos == self.size:
            self.tail.append(s)
            self.size += n
        else:
            v = self.text()
            if pos > self.size:
                v = v + "\x00" * (pos - self.size)
            end = pos + n
            if end >= len(v):
                v = v[:pos] + s
            else:
                v = v[:pos] + s + v[end:]
            self.value = v
            self.size = len(v)
        self.pos = pos + n

    def read_str(self, n: int) -> str:
        size = self.size
        if self.pos >= size:
            return ""
        if n < 0 or n > size - self.pos:
            n = size - self.pos
        v = self.text()
        start = self.pos
        self.pos = start + n
        if start == 0 and n == size:
            return v
        return v[start:start + n]

    def readline_str(self, limit: int) -> str:
        if self.pos >= self.size:
            return ""
        v = self.text()
        start = self.pos
        if limit < 0 or limit > self.size - start:
            limit = self.size - start
        end = start + limit
        i = find_line_ending(v, start, end, self.readtranslate, self.readuniversal, self.readnl)
        if i < 0:
            i = end
        self.pos = i
        return v[start:i]


def _sio(w: W_Root | None) -> W_StringIO:
    if not isinstance(w, W_StringIO):
        raise operr(w_TypeError, "descriptor requires a '_io.StringIO' object but received '%s'"
                    % (type_name(w) if w is not None else "NoneType"))
    return w


def _open_sio(w: W_Root | None) -> W_StringIO:
    w_self = _sio(w)
    w_self.check_ok()
    return w_self


def stringio_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return W_StringIO(w_cls)


def stringio_init(slots: list[W_Root | None]) -> W_Root:
    w_self = _sio(slots[0])
    w_init = slots[1]
    w_nl = slots[2]
    newline: str | None = "\n"
    if w_nl is not None:
        newline = check_newline(w_nl, "newline", True)
    if w_init is not None and w_init is not w_None and not isinstance(w_init, W_StrObject):
        raise operr(w_TypeError, "initial_value must be str or None, not %s" % type_name(w_init))
    w_self.readuniversal = newline is None or newline == ""
    w_self.readtranslate = newline is None
    w_self.readnl = newline if newline is not None else ""
    w_self.writenl = ""
    if newline is not None and newline.startswith("\r"):
        w_self.writenl = newline
    w_self.w_newline = space.wrap_str(newline) if newline is not None else w_None
    w_self.value = ""
    w_self.tail = []
    w_self.size = 0
    w_self.pos = 0
    w_self.seen = 0
    w_self.closed = False
    w_self.ok = True
    if isinstance(w_init, W_StrObject) and w_init.as_str() != "":
        w_self.write_str(w_init.as_str())
        w_self.pos = 0
    return w_None


def stringio_getvalue(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str(_open_sio(slots[0]).text())


def stringio_read(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_sio(slots[0])
    return space.wrap_str(w_self.read_str(size_arg(slots[1])))


def stringio_readline(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_sio(slots[0])
    return space.wrap_str(w_self.readline_str(size_arg(slots[1])))


def stringio_write(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_sio(slots[0])
    w_s = slots[1]
    assert w_s is not None
    if not isinstance(w_s, W_StrObject):
        raise operr(w_TypeError, "string argument expected, got '%s'" % type_name(w_s))
    n = len(w_s.as_str())
    w_self.write_str(w_s.as_str())
    return wrap_int(n)


def stringio_seek(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_sio(slots[0])
    pos = int_arg(slots[1])
    whence = 0
    if slots[2] is not None:
        whence = c_int_w(slots[2])
    if whence != 0 and whence != 1 and whence != 2:
        raise operr(w_ValueError, "Invalid whence (%d, should be 0, 1 or 2)" % whence)
    if pos < 0 and whence == 0:
        raise operr(w_ValueError, "Negative seek position %d" % pos)
    if whence != 0 and pos != 0:
        raise operr(w_OSError, "Can't do nonzero cur-relative seeks")
    if whence == 1:
        pos = w_self.pos
    elif whence == 2:
        pos = w_self.size
    w_self.pos = pos
    return wrap_int(pos)


def stringio_tell(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(_open_sio(slots[0]).pos)


def stringio_truncate(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_sio(slots[0])
    w_size = slots[1]
    if w_size is None or w_size is w_None:
        size = w_self.pos
    else:
        size = int_arg(w_size)
    if size < 0:
        raise operr(w_ValueError, "Negative size value %d" % size)
    if size < w_self.size:
        w_self.value = w_self.text()[:size]
        w_self.size = size
    return wrap_int(size)


def stringio_true(slots: list[W_Root | None]) -> W_Root:
    _open_sio(slots[0])
    return space.wrap_bool(True)


def stringio_close(slots: list[W_Root | None]) -> W_Root:
    w_self = _sio(slots[0])
    w_self.closed = True
    w_self.value = ""
    w_self.tail = []
    w_self.size = 0
    return w_None


def stringio_get_closed(w: W_Root) -> W_Root:
    w_self = _sio(w)
    if not w_self.ok:
        raise operr(w_ValueError, "I/O operation on uninitialized object")
    return space.wrap_bool(w_self.closed)


def stringio_get_line_buffering(w: W_Root) -> W_Root:
    _open_sio(w)
    return space.wrap_bool(False)


def stringio_get_newlines(w: W_Root) -> W_Root:
    w_self = _open_sio(w)
    if not w_self.readuniversal:
        return w_None
    return newlines_object(w_self.seen)


def stringio_next(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_sio(slots[0])
    if w_self.w_type is w_stringio_type:
        line = w_self.readline_str(-1)
    else:
        w_line = space.call_method(w_self, "readline", [])
        if not isinstance(w_line, W_StrObject):
            raise operr(w_OSError, "readline() should have returned a str object, not '%s'"
                        % type_name(w_line))
        line = w_line.as_str()
    if line == "":
        raise OperationError(W_BaseException(w_StopIteration, []))
    return space.wrap_str(line)


def stringio_getstate(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_sio(slots[0])
    return W_TupleObject([space.wrap_str(w_self.text()), w_self.w_newline, wrap_int(w_self.pos),
                          state_dict(w_self)])


def stringio_setstate(slots: list[W_Root | None]) -> W_Root:
    """(value, newline, position, dict or None), as CPython's
    stringio_setstate: __init__ with (value, newline), then the value
    again untranslated (it was translated when it was written)."""
    w_self = _sio(slots[0])
    w_state = slots[1]
    assert w_state is not None
    if w_self.closed:           # (a new object, not initialized, is not closed)
        raise operr(w_ValueError, "I/O operation on closed file")
    items_w = state_items(w_self, w_state, 4)
    stringio_init([w_self, items_w[0], items_w[1]])
    w_value = items_w[0]
    value = w_value.as_str() if isinstance(w_value, W_StrObject) else ""
    w_self.value = value
    w_self.tail = []
    w_self.size = len(value)
    w_self.pos = state_position(items_w[2], "third")
    restore_dict(w_self, items_w[3], "fourth")
    return w_None


def stringio_readlines(slots: list[W_Root | None]) -> W_Root:
    w_self = _open_sio(slots[0])
    hint = size_arg(slots[1])
    lines_w: list[W_Root] = []
    total = 0
    while True:
        line = w_self.readline_str(-1)
        if line == "":
            break
        lines_w.append(space.wrap_str(line))
        total += len(line)
        if 0 < hint <= total:
            break
    return W_ListObject(lines_w)


def stringio_flush(slots: list[W_Root | None]) -> W_Root:
    return w_None


def stringio_isatty(slots: list[W_Root | None]) -> W_Root:
    w_self = _sio(slots[0])
    if w_self.closed:
        raise operr(w_ValueError, "I/O operation on closed file.")
    return space.wrap_bool(False)


register_raw(w_stringio_type, "__new__", stringio_new)
register(w_stringio_type, "__init__(self, initial_value=, newline=)", stringio_init)
register(w_stringio_type, "getvalue(self, /)", stringio_getvalue)
register(w_stringio_type, "read(self, size=, /)", stringio_read)
register(w_stringio_type, "readline(self, size=, /)", stringio_readline)
register(w_stringio_type, "readlines(self, hint=, /)", stringio_readlines)
register(w_stringio_type, "write(self, s, /)", stringio_write)
register(w_stringio_type, "seek(self, pos, whence=, /)", stringio_seek)
register(w_stringio_type, "tell(self, /)", stringio_tell)
register(w_stringio_type, "truncate(self, pos=, /)", stringio_truncate)
register(w_stringio_type, "readable(self, /)", stringio_true)
register(w_stringio_type, "writable(self, /)", stringio_true)
register(w_stringio_type, "seekable(self, /)", stringio_true)
register(w_stringio_type, "close(self, /)", stringio_close)
register(w_stringio_type, "flush(self, /)", stringio_flush)
register(w_stringio_type, "isatty(self, /)", stringio_isatty)
register(w_stringio_type, "__next__(self, /)", stringio_next)
register(w_stringio_type, "__getstate__(self, /)", stringio_getstate)
register(w_stringio_type, "__setstate__(self, state, /)", stringio_setstate)
getset(w_stringio_type, "closed", stringio_get_closed)
getset(w_stringio_type, "line_buffering", stringio_get_line_buffering)
getset(w_stringio_type, "newlines", stringio_get_newlines)

