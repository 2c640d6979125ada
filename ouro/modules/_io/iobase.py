"""The base of the _io types: _IOBase, _RawIOBase, _BufferedIOBase,
_TextIOBase (CPython's Modules/_io/iobase.c, bufferedio.c, textio.c base
classes), io.UnsupportedOperation, and helpers shared by the concrete
types.

Every _io object is a W_IOBase: a map-based object (instances have a
__dict__, as in CPython) with its Python class in `w_type`.  The _io
types are subclassable (io.py's IOBase/RawIOBase/... derive from them,
and so may programs): they have their own layout, LAYOUT_IO, which this
module adds to the subclassable layouts of the object space; each
concrete type's __new__ makes the right W_ object for the subclass.

Methods defined here call the others through attribute lookup (close()
calls self.flush(), iteration calls self.readline()...), as CPython's
do, so that Python subclasses can override them.  The concrete types
have fast paths for their exact type.

Open files with pending writes are remembered (OPEN_FILES) so that
`flush_open_files()` can write them out at exit, as CPython's
finalizers would.
"""
from __future__ import annotations

from rpy.rlib.rbytebuf import ByteBuf

from ouro.objspace import space
from ouro.objspace.bytearrayobject import W_BytearrayObject
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.descriptors import getset
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_OSError, w_StopIteration, w_TypeError, w_ValueError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import W_IntObject, index_w, is_int, wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.memoryobject import W_MemoryView
from ouro.objspace.model import (LAYOUT_EXCEPTION, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject
from ouro.modules.posix.errors import EAGAIN

# the instance layout of the _io types (see the module docstring)
LAYOUT_IO = 100
space.SUBCLASSABLE_LAYOUTS.append(LAYOUT_IO)

DEFAULT_BUFFER_SIZE = 8192


def _io_type(name: str, bases: list[W_TypeObject]) -> W_TypeObject:
    w_t = make_builtin_type(name, bases, LAYOUT_IO)
    w_t.hasdict = True
    w_t.w_module = W_StrObject("_io")
    w_t.dict_w["__module__"] = W_StrObject("_io")
    return w_t


w_iobase_type = _io_type("_IOBase", [w_object_type])
w_rawiobase_type = _io_type("_RawIOBase", [w_iobase_type])
w_bufferediobase_type = _io_type("_BufferedIOBase", [w_iobase_type])
w_textiobase_type = _io_type("_TextIOBase", [w_iobase_type])

# io.UnsupportedOperation(OSError, ValueError): a heap type, as
# PyErr_NewException makes it (io.py sets its __module__)
w_UnsupportedOperation = make_builtin_type("UnsupportedOperation",
                                           [w_OSError, EXCEPTION_TYPES["ValueError"]],
                                           LAYOUT_EXCEPTION)
w_UnsupportedOperation.is_heaptype = True
w_UnsupportedOperation.hasdict = True
w_UnsupportedOperation.dict_w["__module__"] = W_StrObject("io")
w_UnsupportedOperation.dict_w["__doc__"] = w_None
w_BlockingIOError = EXCEPTION_TYPES["BlockingIOError"]


class W_IOBase(W_ObjectWithMap):
    """An _io object; a plain one is an instance of a Python subclass of
    _IOBase/_RawIOBase/_BufferedIOBase/_TextIOBase."""
    w_type: W_TypeObject
    iobase_closed: bool          # CPython's __IOBase_closed

    def __init__(self, w_type: W_TypeObject) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.iobase_closed = False

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def flush_at_exit(self) -> None:
        """Write out pending data (objects in OPEN_FILES)."""
        pass


class OpenFiles:
    """Buffered writers and text files that may hold unwritten data."""
    files: list[W_IOBase]

    def __init__(self) -> None:
        self.files = []


OPEN_FILES = OpenFiles()


def remember_open(w: W_IOBase) -> None:
    OPEN_FILES.files.append(w)


def forget_open(w: W_IOBase) -> None:
    files = OPEN_FILES.files
    i = len(files) - 1
    while i >= 0:
        if files[i] is w:
            del files[i]
            return
        i -= 1


def flush_open_files() -> None:
    """At exit: flush what is still open (text files first, then their
    buffers), ignoring errors, as CPython's finalizers do."""
    files = list(OPEN_FILES.files)
    i = len(files) - 1
    while i >= 0:
        try:
            files[i].flush_at_exit()
        except OperationError:
            pass
        i -= 1


# -- errors

def unsupported(msg: str) -> OperationError:
    return operr(w_UnsupportedOperation, msg)


def closed_error(msg: str = "I/O operation on closed file.") -> OperationError:
    return operr(w_ValueError, msg)


def blocking_error(written: int) -> OperationError:
    """BlockingIOError(EAGAIN, msg, written): `written` bytes of the data
    were taken (written or buffered), the rest was not."""
    w_exc = space.call_function(w_BlockingIOError, [
        wrap_int(EAGAIN), space.wrap_str("write could not complete without blocking"),
        wrap_int(written)])
    assert isinstance(w_exc, W_BaseException)
    return OperationError(w_exc)


def _self(w: W_Root | None) -> W_Root:
    assert w is not None
    return w


def _iob(w: W_Root | None, name: str) -> W_IOBase:
    if not isinstance(w, W_IOBase):
        raise operr(w_TypeError, "descriptor '%s' for '_io._IOBase' objects doesn't apply to a "
                    "'%s' object" % (name, type_name(_self(w))))
    return w


def is_closed(w: W_Root) -> bool:
    """`self.closed`, through the attribute (subclasses may define it)."""
    return space.is_true(space.getattr(w, "closed"))


def check_closed(w: W_Root) -> None:
    """iobase_check_closed: ValueError if self.closed."""
    if is_closed(w):
        raise closed_error()


def type_display_name(w_type: W_TypeObject) -> str:
    """tp_name: "_io.FileIO" for the built-in types, the name for classes."""
    if w_type.is_heaptype:
        return w_type.name
    return "_io." + w_type.name


def size_arg(w: W_Root | None) -> int:
    """_Py_convert_optional_to_ssize_t: None or an index; -1 for None."""
    if w is None or w is w_None:
        return -1
    if isinstance(w, W_IntObject):
        return w.intval
    if space.lookup(w, "__index__") is None:
        raise operr(w_TypeError, "argument should be integer or None, not '%s'" % type_name(w))
    w_i = index_w(w)
    if isinstance(w_i, W_IntObject):
        return w_i.intval
    raise operr(EXCEPTION_TYPES["OverflowError"], "Python int too large to convert to C ssize_t")


def int_arg(w: W_Root | None) -> int:
    """A Py_ssize_t argument (index)."""
    assert w is not None
    if isinstance(w, W_IntObject):
        return w.intval
    w_i = index_w(w)
    if isinstance(w_i, W_IntObject):
        return w_i.intval
    raise operr(EXCEPTION_TYPES["OverflowError"], "Python int too large to convert to C ssize_t")


def buffer_bytes(w: W_Root) -> bytes:
    """The bytes of a bytes-like object (the buffer protocol)."""
    if isinstance(w, W_BytesObject):
        return w.value
    if isinstance(w, W_BytearrayObject):
        return w.data_bytes()
    if isinstance(w, W_MemoryView):
        w.check()
        return w.tobytes()
    data = w.buffer_bytes()
    if data is not None:
        return data
    raise operr(w_TypeError, "a bytes-like object is required, not '%s'" % type_name(w))


def writable_buffer_len(w: W_Root) -> int:
    """The size of a writable buffer (readinto's argument)."""
    if isinstance(w, W_BytearrayObject):
        return w.buf.length
    if isinstance(w, W_MemoryView):
        w.check()
        if w.readonly:
            raise operr(w_TypeError, "readinto() argument must be read-write bytes-like object, "
                        "not memoryview")
        return w.nbytes()
    if w.buffer_itemsize() > 0 and not w.buffer_readonly():
        return w.buffer_len()
    raise operr(w_TypeError, "readinto() argument must be read-write bytes-like object, not %s"
                % type_name(w))


def fill_buffer(w: W_Root, data: bytes) -> None:
    """Copy data to the start of a writable buffer (len(data) fits)."""
    if isinstance(w, W_BytearrayObject):
        w.buf.write(0, data)
        return
    if isinstance(w, W_MemoryView):
        w.store_bytes(data)
        return
    for i in range(len(data)):
        w.buffer_set_byte(i, data[i])


# -- _IOBase


def iobase_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "_IOBase.__new__(X): X is not a type object (%s)"
                    % type_name(w_cls))
    return W_IOBase(w_cls)


def iobase_init(args: Arguments) -> W_Root:
    return w_None


def iobase_unsupported_seek(args: Arguments) -> W_Root:
    raise unsupported("seek")


def iobase_unsupported_truncate(args: Arguments) -> W_Root:
    raise unsupported("truncate")


def iobase_unsupported_fileno(slots: list[W_Root | None]) -> W_Root:
    raise unsupported("fileno")


def iobase_tell(slots: list[W_Root | None]) -> W_Root:
    return space.call_method(_self(slots[0]), "seek", [wrap_int(0), wrap_int(1)])


def iobase_flush(slots: list[W_Root | None]) -> W_Root:
    w_self = _iob(slots[0], "flush")
    if w_self.iobase_closed:
        raise closed_error()
    return w_None


def iobase_close_impl(w_self: W_IOBase) -> None:
    """_IOBase.close: flush through the method, then mark closed (even if
    flush failed; its error propagates)."""
    if w_self.iobase_closed:
        return
    try:
        space.call_method(w_self, "flush", [])
    except OperationError:
        w_self.iobase_closed = True
        raise
    w_self.iobase_closed = True


def iobase_close(slots: list[W_Root | None]) -> W_Root:
    iobase_close_impl(_iob(slots[0], "close"))
    return w_None


def iobase_get_closed(w: W_Root) -> W_Root:
    return space.wrap_bool(_iob(w, "closed").iobase_closed)


def iobase_false(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(False)


def iobase_check_closed_meth(args: Arguments) -> W_Root:
    check_closed(args.args_w[0])
    return w_None


def iobase_check_seekable(args: Arguments) -> W_Root:
    w_self = args.args_w[0]
    if not space.is_true(space.call_method(w_self, "seekable", [])):
        raise unsupported("File or stream is not seekable.")
    return w_None


def iobase_check_readable(args: Arguments) -> W_Root:
    w_self = args.args_w[0]
    if not space.is_true(space.call_method(w_self, "readable", [])):
        raise unsupported("File or stream is not readable.")
    return w_None


def iobase_check_writable(args: Arguments) -> W_Root:
    w_self = args.args_w[0]
    if not space.is_true(space.call_method(w_self, "writable", [])):
        raise unsupported("File or stream is not writable.")
    return w_None


def iobase_isatty(slots: list[W_Root | None]) -> W_Root:
    check_closed(_self(slots[0]))
    return space.wrap_bool(False)


def iobase_enter(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots[0])
    check_closed(w_self)
    return w_self


def iobase_exit(args: Arguments) -> W_Root:
    return space.call_method(args.args_w[0], "close", [])


def iobase_iter(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots[0])
    check_closed(w_self)
    return w_self


def iobase_next(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots[0])
    w_line = space.call_method(w_self, "readline", [])
    if space.len_w(w_line) == 0:
        raise OperationError(W_BaseException(w_StopIteration, []))
    return w_line


def iobase_readline(slots: list[W_Root | None]) -> W_Root:
    """_IOBase.readline: bytes through peek() (if any) or read(1)."""
    w_self = _self(slots[0])
    limit = size_arg(slots[1])
    w_peek = space.getattr_or_none(w_self, "peek")
    out: list[bytes] = []
    total = 0
    while limit < 0 or total < limit:
        nreadahead = 1
        if w_peek is not None:
            w_ahead = space.call_function(w_peek, [wrap_int(1)])
            if not isinstance(w_ahead, W_BytesObject):
                raise operr(EXCEPTION_TYPES["OSError"], "peek() should have returned a bytes "
                            "object, not '%s'" % type_name(w_ahead))
            ahead = w_ahead.value
            if len(ahead) > 0:
                n = 0
                while n < len(ahead) and (limit < 0 or n < limit - total):
                    n += 1
                    if ahead[n - 1] == 10:
                        break
                nreadahead = n
        w_b = space.call_method(w_self, "read", [wrap_int(nreadahead)])
        if w_b is w_None:
            break
        if not isinstance(w_b, W_BytesObject):
            raise operr(EXCEPTION_TYPES["OSError"], "read() should have returned a bytes object, "
                        "not '%s'" % type_name(w_b))
        b = w_b.value
        if len(b) == 0:
            break
        out.append(b)
        total += len(b)
        if b[len(b) - 1] == 10:
            break
    return W_BytesObject(b"".join(out))


def iobase_readlines(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots[0])
    hint = size_arg(slots[1])
    lines_w: list[W_Root] = []
    w_it = space.iter(w_self)
    total = 0
    while True:
        w_line = space.next_or_none(w_it)
        if w_line is None:
            break
        lines_w.append(w_line)
        if hint > 0:
            total += space.len_w(w_line)
            if total >= hint:
                break
    return W_ListObject(lines_w)


def iobase_writelines(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots[0])
    w_lines = _self(slots[1])
    check_closed(w_self)
    w_it = space.iter(w_lines)
    while True:
        w_line = space.next_or_none(w_it)
        if w_line is None:
            break
        space.call_method(w_self, "write", [w_line])
    return w_None


def iobase_del(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots[0])
    try:
        if not is_closed(w_self):
            space.call_method(w_self, "close", [])
    except OperationError:
        pass
    return w_None


def iobase_get_dict(w: W_Root) -> W_Root:
    return space.getattr(w, "__dict__")


# -- the pickle state of BytesIO and StringIO (their __getstate__ and
# __setstate__ share the handling of the instance dict)

def state_dict(w_self: W_Root) -> W_Root:
    """The dict item of the state: a copy of the instance dict, None when
    it is empty (CPython's is NULL until an attribute is set)."""
    w_dict = space.getattr(w_self, "__dict__")
    if space.len_w(w_dict) == 0:
        return w_None
    return space.call_method(w_dict, "copy", [])


def state_items(w_self: W_Root, w_state: W_Root, n: int) -> list[W_Root]:
    """The items of a __setstate__ argument: a tuple of at least n."""
    if not isinstance(w_state, W_TupleObject) or len(w_state.items_w) < n:
        raise operr(w_TypeError, "%s.__setstate__ argument should be %d-tuple, got %s"
                    % (type_name(w_self), n, type_name(w_state)))
    return w_state.items_w


def state_position(w_pos: W_Root, nth: str) -> int:
    if not is_int(w_pos):
        raise operr(w_TypeError, "%s item of state must be an integer, %s %s"
                    % (nth, "not" if nth == "second" else "got", type_name(w_pos)))
    pos = space.int_of_w(w_pos)
    if pos < 0:
        raise operr(w_ValueError, "position value cannot be negative")
    return pos


def restore_dict(w_self: W_Root, w_dict: W_Root, nth: str) -> None:
    """Merge the state's dict item (None: nothing) into the instance's."""
    if w_dict is w_None:
        return
    if not isinstance(w_dict, W_DictObject):
        raise operr(w_TypeError, "%s item of state should be a dict, got a %s"
                    % (nth, type_name(w_dict)))
    space.call_method(space.getattr(w_self, "__dict__"), "update", [w_dict])


# -- _RawIOBase

def rawiobase_read(slots: list[W_Root | None]) -> W_Root:
    """read(size): readinto() a bytearray of that size (readall() for -1)."""
    w_self = _self(slots[0])
    n = size_arg(slots[1])
    if n < 0:
        return space.call_method(w_self, "readall", [])
    w_b = W_BytearrayObject(ByteBuf(n))
    w_n = space.call_method(w_self, "readinto", [w_b])
    if w_n is w_None:
        return w_None
    got = space.int_of_w(w_n)
    if got < 0 or got > n:
        raise operr(w_ValueError, "readinto returned %d outside buffer size %d" % (got, n))
    # readinto may have resized the bytearray
    return W_BytesObject(w_b.buf.slice(0, min(got, w_b.buf.length)))


def rawiobase_readall(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots[0])
    chunks: list[bytes] = []
    while True:
        w_data = space.call_method(w_self, "read", [wrap_int(DEFAULT_BUFFER_SIZE)])
        if w_data is w_None:
            if len(chunks) == 0:
                return w_None
            break
        if not isinstance(w_data, W_BytesObject):
            raise operr(w_TypeError, "read() should return bytes")
        if len(w_data.value) == 0:
            break
        chunks.append(w_data.value)
    return W_BytesObject(b"".join(chunks))


def rawiobase_readinto(args: Arguments) -> W_Root:
    raise operr(EXCEPTION_TYPES["NotImplementedError"], "")


def rawiobase_write(args: Arguments) -> W_Root:
    raise operr(EXCEPTION_TYPES["NotImplementedError"], "")


# -- _BufferedIOBase

def bufferediobase_unsupported_read(args: Arguments) -> W_Root:
    raise unsupported("read")


def bufferediobase_unsupported_read1(args: Arguments) -> W_Root:
    raise unsupported("read1")


def bufferediobase_unsupported_write(args: Arguments) -> W_Root:
    raise unsupported("write")


def bufferediobase_detach(args: Arguments) -> W_Root:
    raise unsupported("detach")


def _readinto_generic(w_self: W_Root, w_buf: W_Root, meth: str) -> W_Root:
    n = writable_buffer_len(w_buf)
    w_data = space.call_method(w_self, meth, [wrap_int(n)])
    if not isinstance(w_data, W_BytesObject):
        raise operr(w_TypeError, "read() should return bytes")
    data = w_data.value
    if len(data) > n:
        raise operr(w_ValueError, "read() returned too much data: %d bytes requested, %d returned"
                    % (n, len(data)))
    fill_buffer(w_buf, data)
    return wrap_int(len(data))


def bufferediobase_readinto(slots: list[W_Root | None]) -> W_Root:
    return _readinto_generic(_self(slots[0]), _self(slots[1]), "read")


def bufferediobase_readinto1(slots: list[W_Root | None]) -> W_Root:
    return _readinto_generic(_self(slots[0]), _self(slots[1]), "read1")


# -- _TextIOBase

def textiobase_detach(args: Arguments) -> W_Root:
    raise unsupported("detach")


def textiobase_read(args: Arguments) -> W_Root:
    raise unsupported("read")


def textiobase_readline(args: Arguments) -> W_Root:
    raise unsupported("readline")


def textiobase_write(args: Arguments) -> W_Root:
    raise unsupported("write")


def textiobase_none(w: W_Root) -> W_Root:
    return w_None


register_raw(w_iobase_type, "__new__", iobase_new)
register_raw(w_iobase_type, "__init__", iobase_init)
register_raw(w_iobase_type, "seek", iobase_unsupported_seek)
register(w_iobase_type, "tell(self, /)", iobase_tell)
register_raw(w_iobase_type, "truncate", iobase_unsupported_truncate)
register(w_iobase_type, "flush(self, /)", iobase_flush)
register(w_iobase_type, "close(self, /)", iobase_close)
getset(w_iobase_type, "closed", iobase_get_closed)
register(w_iobase_type, "seekable(self, /)", iobase_false)
register(w_iobase_type, "readable(self, /)", iobase_false)
register(w_iobase_type, "writable(self, /)", iobase_false)
register_raw(w_iobase_type, "_checkClosed", iobase_check_closed_meth)
register_raw(w_iobase_type, "_checkSeekable", iobase_check_seekable)
register_raw(w_iobase_type, "_checkReadable", iobase_check_readable)
register_raw(w_iobase_type, "_checkWritable", iobase_check_writable)
register(w_iobase_type, "fileno(self, /)", iobase_unsupported_fileno)
register(w_iobase_type, "isatty(self, /)", iobase_isatty)
register(w_iobase_type, "__enter__(self, /)", iobase_enter)
register_raw(w_iobase_type, "__exit__", iobase_exit)
register(w_iobase_type, "__iter__(self, /)", iobase_iter)
register(w_iobase_type, "__next__(self, /)", iobase_next)
register(w_iobase_type, "readline(self, size=, /)", iobase_readline)
register(w_iobase_type, "readlines(self, hint=, /)", iobase_readlines)
register(w_iobase_type, "writelines(self, lines, /)", iobase_writelines)
register(w_iobase_type, "__del__(self, /)", iobase_del)
register(w_rawiobase_type, "read(self, size=, /)", rawiobase_read)
register(w_rawiobase_type, "readall(self, /)", rawiobase_readall)
register_raw(w_rawiobase_type, "readinto", rawiobase_readinto)
register_raw(w_rawiobase_type, "write", rawiobase_write)
register_raw(w_bufferediobase_type, "detach", bufferediobase_detach)
register_raw(w_bufferediobase_type, "read", bufferediobase_unsupported_read)
register_raw(w_bufferediobase_type, "read1", bufferediobase_unsupported_read1)
register(w_bufferediobase_type, "readinto(self, buffer, /)", bufferediobase_readinto)
register(w_bufferediobase_type, "readinto1(self, buffer, /)", bufferediobase_readinto1)
register_raw(w_bufferediobase_type, "write", bufferediobase_unsupported_write)
register_raw(w_textiobase_type, "detach", textiobase_detach)
register_raw(w_textiobase_type, "read", textiobase_read)
register_raw(w_textiobase_type, "readline", textiobase_readline)
register_raw(w_textiobase_type, "write", textiobase_write)
getset(w_textiobase_type, "encoding", textiobase_none)
getset(w_textiobase_type, "newlines", textiobase_none)
getset(w_textiobase_type, "errors", textiobase_none)
