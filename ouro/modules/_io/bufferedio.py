"""BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair
(CPython's Modules/_io/bufferedio.c): a read-ahead buffer and a buffer of
pending writes over a raw stream.

The raw stream is used through its methods (readinto/read, write, seek,
tell, ...) like CPython does, except when it is exactly an _io.FileIO:
then W_FileIO is called directly.  The buffered position is the raw
position minus the unread read-ahead plus the pending writes.
"""
from __future__ import annotations

from ouro.interpreter import signals
from ouro.interpreter.output import OutputStream
from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr,
                                      w_AttributeError, w_OSError, w_StopIteration,
                                      w_TypeError, w_ValueError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strobject import c_int_w
from ouro.modules._io.fileio import W_FileIO, w_fileio_type
from ouro.modules._io.iobase import (DEFAULT_BUFFER_SIZE, W_IOBase, _io_type, blocking_error,
                                     buffer_bytes, fill_buffer, forget_open, int_arg,
                                     remember_open, size_arg, type_display_name, unsupported,
                                     w_BlockingIOError, w_bufferediobase_type, writable_buffer_len)

w_bufferedreader_type = _io_type("BufferedReader", [w_bufferediobase_type])
w_bufferedwriter_type = _io_type("BufferedWriter", [w_bufferediobase_type])
w_bufferedrandom_type = _io_type("BufferedRandom", [w_bufferediobase_type])
w_bufferedrwpair_type = _io_type("BufferedRWPair", [w_bufferediobase_type])

READER = 1
WRITER = 2
RANDOM = 3


class W_Buffered(W_IOBase):
    kind: int
    w_raw: W_Root
    fileio: W_FileIO | None       # the raw stream when it is exactly a FileIO
    buffer_size: int
    ok: bool
    detached: bool
    rbuf: bytes                   # read-ahead; rbuf[rpos:] is unread
    rpos: int
    wbuf: list[bytes]             # pending writes
    wsize: int
    std_stream: OutputStream | None   # stdout/stderr: written through at once

    def __init__(self, w_type: W_TypeObject, kind: int) -> None:
        W_IOBase.__init__(self, w_type)
        self.kind = kind
        self.w_raw = w_None
        self.fileio = None
        self.buffer_size = DEFAULT_BUFFER_SIZE
        self.ok = False
        self.detached = False
        self.rbuf = b""
        self.rpos = 0
        self.wbuf = []
        self.wsize = 0
        self.std_stream = None

    def iter_next(self) -> W_Root | None:
        if self.w_type is not w_bufferedreader_type and self.w_type is not w_bufferedrandom_type:
            return None
        self.check_ok()
        self.check_closed("readline of closed file")
        line = self.readline_bytes(-1)
        if len(line) == 0:
            return space.STOP
        return W_BytesObject(line)

    def flush_at_exit(self) -> None:
        if self.ok and not self.detached and self.wsize > 0 and not self.raw_closed():
            self.flush_writes()

    # -- checks

    def check_ok(self) -> None:
        if not self.ok:
            if self.detached:
                raise operr(w_ValueError, "raw stream has been detached")
            raise operr(w_ValueError, "I/O operation on uninitialized object")

    def raw_closed(self) -> bool:
        f = self.fileio
        if f is not None:
            return f.fd < 0
        return space.is_true(space.getattr(self.w_raw, "closed"))

    def check_closed(self, msg: str) -> None:
        self.check_ok()
        if self.raw_closed():
            raise operr(w_ValueError, msg)

    def readable(self) -> bool:
        return self.kind != WRITER

    def writable(self) -> bool:
        return self.kind != READER

    def available(self) -> int:
        return len(self.rbuf) - self.rpos

    # -- the raw stream

    def raw_read(self, n: int) -> bytes | None:
        """At most n bytes; b"" at end of file; None if it would block."""
        f = self.fileio
        if f is not None:
            f.check_readable()
            return f.read_bytes(n)
        w_data = space.call_method(self.w_raw, "read", [wrap_int(n)])
        if w_data is w_None:
            return None
        if not isinstance(w_data, W_BytesObject):
            data = buffer_bytes(w_data)
        else:
            data = w_data.value
        if len(data) > n:
            raise operr(w_OSError, "raw readinto() returned invalid length %d (should have been "
                        "between 0 and %d)" % (len(data), n))
        return data

    def raw_write(self, data: bytes) -> int:
        """Bytes written; -1 if it would block."""
        f = self.fileio
        if f is not None:
            f.check_writable()
            return f.write_bytes(data)
        w_n = space.call_method(self.w_raw, "write", [W_BytesObject(data)])
        if w_n is w_None:
            return -1
        n = space.int_of_w(w_n)
        if n < 0 or n > len(data):
            raise operr(w_OSError, "raw write() returned invalid length %d (should have been "
                        "between 0 and %d)" % (n, len(data)))
        return n

    def raw_seek(self, pos: int, whence: int) -> int:
        f = self.fileio
        if f is not None:
            f.check_open()
            r = f.seek_to(pos, whence)
        else:
            r = space.int_of_w(space.call_method(self.w_raw, "seek",
                                                 [wrap_int(pos), wrap_int(whence)]))
        if r < 0:
            raise operr(w_OSError, "Raw stream returned invalid position %d" % r)
        return r

    def raw_tell(self) -> int:
        f = self.fileio
        if f is not None:
            f.check_open()
            r = f.seek_to(0, 1)
        else:
            r = space.int_of_w(space.call_method(self.w_raw, "tell", []))
        if r < 0:
            raise operr(w_OSError, "Raw stream returned invalid position %d" % r)
        return r

    def raw_seekable(self) -> bool:
        f = self.fileio
        if f is not None:
            f.check_open()
            return f.is_seekable()
        return space.is_true(space.call_method(self.w_raw, "seekable", []))

    # -- writing

    def flush_writes(self) -> None:
        """Write the pending data to the raw stream."""
        if self.wsize == 0:
            return
        data = b"".join(self.wbuf)
        self.wbuf = []
        self.wsize = 0
        pos = 0
        while pos < len(data):
            try:
                n = self.raw_write(data[pos:])
                if n < 0:
                    raise blocking_error(0)
                pos += n
                if pos < len(data):
                    signals.after_partial_write()
            except OperationError:
                # as CPython's, what was not written stays pending, ahead
                # of what a signal handler may have written meanwhile
                self.wbuf.insert(0, data[pos:])
                self.wsize += len(data) - pos
                raise

    def drop_readahead(self) -> None:
        """Before writing or seeking: move the raw position back to the
        logical one and forget the read-ahead."""
        unread = self.available()
        if unread > 0:
            self.raw_seek(-unread, 1)
        self.rbuf = b""
        self.rpos = 0

    def write_bytes(self, data: bytes) -> int:
        if self.available() > 0 or len(self.rbuf) > 0:
            self.drop_readahead()
        n = len(data)
        if n == 0:
            return 0
        if self.std_stream is not None:
            # like CPython's, bytes written to sys.stdout.buffer do not wait
            # for the text pending above them
            self.wbuf.append(data)
            self.wsize += n
            self.flush_writes()
            return n
        if n <= self.buffer_size - self.wsize:
            self.wbuf.append(data)
            self.wsize += n
            return n
        # CPython's order: the buffer first, then the large parts directly
        try:
            self.flush_writes()
        except OperationError as e:
            if not e.match(w_BlockingIOError):
                raise
            # a non-blocking raw stream is full: the data goes into the
            # buffer as far as it fits; the exception tells how far (the
            # rest is still the caller's), as CPython's
            avail = self.buffer_size - self.wsize
            if n <= avail:
                self.wbuf.append(data)
                self.wsize += n
                return n
            self.wbuf.append(data[:avail])
            self.wsize += avail
            raise blocking_error(avail)
        written = 0
        while n - written > self.buffer_size:
            k = self.raw_write(data[written:] if written > 0 else data)
            if k < 0:
                self.wbuf.append(data[written:written + self.buffer_size])
                self.wsize = self.buffer_size
                raise blocking_error(written + self.buffer_size)
            written += k
            signals.after_partial_write()
        if written < n:
            self.wbuf.append(data[written:] if written > 0 else data)
            self.wsize += n - written
        return n

    # -- reading

    def fill(self) -> int:
        """One raw read into the (empty) read buffer: bytes read, 0 at end
        of file, -1 if it would block."""
        if self.wsize > 0:
            self.flush_writes()
        data = self.raw_read(self.buffer_size)
        if data is None:
            return -1
        self.rbuf = data
        self.rpos = 0
        return len(data)

    def take(self, n: int) -> bytes:
        start = self.rpos
        self.rpos = start + n
        if start == 0 and n == len(self.rbuf):
            return self.rbuf
        return self.rbuf[start:start + n]

    def read_all(self) -> bytes | None:
        if self.wsize > 0:
            self.flush_writes()
        chunks: list[bytes] = []
        if self.available() > 0:
            chunks.append(self.take(self.available()))
        self.rbuf = b""
        self.rpos = 0
        f = self.fileio
        if f is not None:
            f.check_readable()
            rest = f.read_all()
            if rest is None:
                return b"".join(chunks) if len(chunks) > 0 else None
            if len(chunks) == 0:
                return rest
            chunks.append(rest)
            return b"".join(chunks)
        w_readall = space.getattr_or_none(self.w_raw, "readall")
        if w_readall is not None:
            w_data = space.call_function(w_readall, [])
            if w_data is w_None:
                return b"".join(chunks) if len(chunks) > 0 else None
            chunks.append(buffer_bytes(w_data))
            return b"".join(chunks)
        while True:
            data = self.raw_read(self.buffer_size)
            if data is None:
                return b"".join(chunks) if len(chunks) > 0 else None
            if len(data) == 0:
                break
            chunks.append(data)
        return b"".join(chunks)

    def read_n(self, n: int) -> bytes | None:
        avail = self.available()
        if n <= avail:
            return self.take(n)
        chunks: list[bytes] = []
        if avail > 0:
            chunks.append(self.take(avail))
        need = n - avail
        self.rbuf = b""
        self.rpos = 0
        while need > 0:
            if need >= self.buffer_size:
                if self.wsize > 0:
                    self.flush_writes()
                data = self.raw_read(need)
                if data is None:
                    if len(chunks) == 0:
                        return None
                    break
                if len(data) == 0:
                    break
                chunks.append(data)
                need -= len(data)
            else:
                got = self.fill()
                if got < 0:
                    if len(chunks) == 0:
                        return None
                    break
                if got == 0:
                    break
                k = need if need < got else got
                chunks.append(self.take(k))
                need -= k
        return b"".join(chunks)

    def read1_n(self, n: int) -> bytes:
        if n == 0:
            return b""
        avail = self.available()
        if avail > 0:
            return self.take(n if n < avail else avail)
        if n > self.buffer_size:
            if self.wsize > 0:
                self.flush_writes()
            data = self.raw_read(n)
            return data if data is not None else b""
        got = self.fill()
        if got <= 0:
            return b""
        return self.take(n if n < got else got)

    def peek_bytes(self) -> bytes:
        if self.available() == 0:
            self.fill()
        return self.rbuf[self.rpos:]

    def readline_bytes(self, limit: int) -> bytes:
        rbuf = self.rbuf
        start = self.rpos
        i = rbuf.find(b"\n", start)
        if i >= 0 and (limit < 0 or i + 1 - start <= limit):
            return self.take(i + 1 - start)
        chunks: list[bytes] = []
        total = 0
        while True:
            avail = self.available()
            if avail > 0:
                rbuf = self.rbuf
                start = self.rpos
                i = rbuf.find(b"\n", start)
                k = avail if i < 0 else i + 1 - start
                if limit >= 0 and total + k > limit:
                    k = limit - total
                chunks.append(self.take(k))
                total += k
                if (i >= 0 and k == i + 1 - start) or (limit >= 0 and total >= limit):
                    break
            if self.fill() <= 0:
                break
        return b"".join(chunks)

    def tell_pos(self) -> int:
        pos = self.raw_tell() - self.available() + self.wsize
        if pos < 0:
            pos = 0
        return pos

    def seek_pos(self, target: int, whence: int) -> int:
        if whence != 2 and self.wsize == 0 and len(self.rbuf) > 0:
            # inside the read-ahead: no system call
            current = self.raw_tell()
            buf_start = current - len(self.rbuf)
            dest = target if whence == 0 else current - self.available() + target
            if buf_start <= dest <= current:
                self.rpos = dest - buf_start
                return dest
        if self.wsize > 0:
            self.flush_writes()
        if whence == 1:
            target -= self.available()
        self.rbuf = b""
        self.rpos = 0
        return self.raw_seek(target, whence)


def _buf(w: W_Root | None) -> W_Buffered:
    if not isinstance(w, W_Buffered):
        raise operr(w_TypeError, "descriptor requires a buffered object but received '%s'"
                    % (type_name(w) if w is not None else "NoneType"))
    return w


def _reader_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return W_Buffered(w_cls, READER)


def _writer_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return W_Buffered(w_cls, WRITER)


def _random_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return W_Buffered(w_cls, RANDOM)


def init_buffered(w_self: W_Buffered, w_raw: W_Root, buffer_size: int) -> None:
    w_self.ok = False
    w_self.detached = False
    if w_self.kind != WRITER:
        if not space.is_true(space.call_method(w_raw, "readable", [])):
            raise unsupported("File or stream is not readable.")
    if w_self.kind != READER:
        if not space.is_true(space.call_method(w_raw, "writable", [])):
            raise unsupported("File or stream is not writable.")
    if w_self.kind == RANDOM:
        if not space.is_true(space.call_method(w_raw, "seekable", [])):
            raise unsupported("File or stream is not seekable.")
    if buffer_size <= 0:
        raise operr(w_ValueError, "buffer size must be strictly positive")
    w_self.w_raw = w_raw
    w_self.fileio = None
    if isinstance(w_raw, W_FileIO) and w_raw.w_type is w_fileio_type:
        w_self.fileio = w_raw
    w_self.buffer_size = buffer_size
    w_self.rbuf = b""
    w_self.rpos = 0
    w_self.wbuf = []
    w_self.wsize = 0
    w_self.ok = True
    if w_self.kind != READER:
        remember_open(w_self)


def buffered_init(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_raw = slots[1]
    assert w_raw is not None
    size = DEFAULT_BUFFER_SIZE
    if slots[2] is not None:
        size = int_arg(slots[2])
    init_buffered(w_self, w_raw, size)
    return w_None


def buffered_read(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    n = size_arg(slots[1])
    if n < -1:
        raise operr(w_ValueError, "read length must be non-negative or -1")
    w_self.check_closed("read of closed file")
    if n == -1:
        data = w_self.read_all()
    else:
        data = w_self.read_n(n)
    if data is None:
        return w_None
    return W_BytesObject(data)


def buffered_read1(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    n = size_arg(slots[1])
    if n < 0:
        n = w_self.buffer_size
    w_self.check_closed("read of closed file")
    return W_BytesObject(w_self.read1_n(n))


def buffered_peek(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    w_self.check_closed("peek of closed file")
    return W_BytesObject(w_self.peek_bytes())


def buffered_readinto(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_b = slots[1]
    assert w_b is not None
    w_self.check_ok()
    n = writable_buffer_len(w_b)
    w_self.check_closed("readinto of closed file")
    data = w_self.read_n(n)
    if data is None:
        return w_None
    fill_buffer(w_b, data)
    return wrap_int(len(data))


def buffered_readinto1(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_b = slots[1]
    assert w_b is not None
    w_self.check_ok()
    n = writable_buffer_len(w_b)
    w_self.check_closed("readinto of closed file")
    data = w_self.read1_n(n)
    fill_buffer(w_b, data)
    return wrap_int(len(data))


def buffered_readline(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    limit = size_arg(slots[1])
    w_self.check_closed("readline of closed file")
    return W_BytesObject(w_self.readline_bytes(limit))


def buffered_next(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    if w_self.w_type is w_bufferedreader_type or w_self.w_type is w_bufferedrandom_type:
        w_self.check_closed("readline of closed file")
        line = w_self.readline_bytes(-1)
    else:
        w_line = space.call_method(w_self, "readline", [])
        if not isinstance(w_line, W_BytesObject):
            raise operr(w_OSError, "readline() should have returned a bytes object, not '%s'"
                        % type_name(w_line))
        line = w_line.value
    if len(line) == 0:
        raise OperationError(W_BaseException(w_StopIteration, []))
    return W_BytesObject(line)


def buffered_write(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_b = slots[1]
    assert w_b is not None
    w_self.check_ok()
    data = buffer_bytes(w_b)
    w_self.check_closed("write to closed file")
    return wrap_int(w_self.write_bytes(data))


def buffered_flush(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    if w_self.kind == READER:
        return space.call_method(w_self.w_raw, "flush", [])
    w_self.check_closed("flush of closed file")
    w_self.flush_writes()
    if w_self.kind == RANDOM and len(w_self.rbuf) > 0:
        w_self.drop_readahead()
    return w_None


def buffered_seek(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    target = int_arg(slots[1])
    whence = 0
    if slots[2] is not None:
        whence = c_int_w(slots[2])
    if whence < 0 or whence > 4:
        raise operr(w_ValueError, "whence value %d unsupported" % whence)
    w_self.check_closed("seek of closed file")
    if not w_self.raw_seekable():
        raise unsupported("File or stream is not seekable.")
    return wrap_int(w_self.seek_pos(target, whence))


def buffered_tell(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    return wrap_int(w_self.tell_pos())


def buffered_truncate(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    w_self.check_closed("truncate of closed file")
    if not w_self.writable():
        raise unsupported("truncate")
    w_self.flush_writes()
    w_pos = slots[1]
    if w_pos is None or w_pos is w_None:
        w_pos = wrap_int(w_self.tell_pos())
    if len(w_self.rbuf) > 0:
        w_self.drop_readahead()
    return space.call_method(w_self.w_raw, "truncate", [w_pos])


def buffered_close(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    if w_self.raw_closed():
        forget_open(w_self)
        return w_None
    err: OperationError | None = None
    try:
        space.call_method(w_self, "flush", [])
    except OperationError as e:
        err = e
    forget_open(w_self)
    w_self.rbuf = b""
    w_self.rpos = 0
    try:
        space.call_method(w_self.w_raw, "close", [])
    except OperationError as e:
        if err is None:
            err = e
        else:
            e.w_value.w_context = err.w_value
            err = e
    if err is not None:
        raise err
    return w_None


def buffered_detach(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    space.call_method(w_self, "flush", [])
    w_raw = w_self.w_raw
    w_self.w_raw = w_None
    w_self.fileio = None
    w_self.ok = False
    w_self.detached = True
    forget_open(w_self)
    return w_raw


def buffered_seekable(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    return space.call_method(w_self.w_raw, "seekable", [])


def buffered_readable(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    return space.call_method(w_self.w_raw, "readable", [])


def buffered_writable(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    return space.call_method(w_self.w_raw, "writable", [])


def buffered_fileno(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    return space.call_method(w_self.w_raw, "fileno", [])


def buffered_isatty(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    w_self.check_ok()
    return space.call_method(w_self.w_raw, "isatty", [])


def buffered_get_raw(w: W_Root) -> W_Root:
    w_self = _buf(w)
    w_self.check_ok()
    return w_self.w_raw


def buffered_get_closed(w: W_Root) -> W_Root:
    w_self = _buf(w)
    w_self.check_ok()
    return space.getattr(w_self.w_raw, "closed")


def buffered_get_name(w: W_Root) -> W_Root:
    w_self = _buf(w)
    w_self.check_ok()
    return space.getattr(w_self.w_raw, "name")


def buffered_get_mode(w: W_Root) -> W_Root:
    w_self = _buf(w)
    w_self.check_ok()
    return space.getattr(w_self.w_raw, "mode")


def buffered_repr(slots: list[W_Root | None]) -> W_Root:
    w_self = _buf(slots[0])
    tname = type_display_name(w_self.w_type)
    w_name: W_Root | None = None
    try:
        w_name = space.getattr(w_self, "name")
    except OperationError as e:
        if not (e.match(w_AttributeError) or e.match(w_ValueError)):
            raise
    if w_name is None:
        return space.wrap_str("<%s>" % tname)
    return space.wrap_str("<%s name=%s>" % (tname, space.repr_str(w_name)))


def buffered_getstate(slots: list[W_Root | None]) -> W_Root:
    raise operr(w_TypeError, "cannot pickle '%s' object"
                % type_display_name(_buf(slots[0]).w_type))


def _register_common(w_t: W_TypeObject) -> None:
    register(w_t, "__init__(self, raw, buffer_size=)", buffered_init)
    register(w_t, "flush(self, /)", buffered_flush)
    register(w_t, "close(self, /)", buffered_close)
    register(w_t, "detach(self, /)", buffered_detach)
    register(w_t, "seek(self, target, whence=, /)", buffered_seek)
    register(w_t, "tell(self, /)", buffered_tell)
    register(w_t, "truncate(self, pos=, /)", buffered_truncate)
    register(w_t, "seekable(self, /)", buffered_seekable)
    register(w_t, "fileno(self, /)", buffered_fileno)
    register(w_t, "isatty(self, /)", buffered_isatty)
    register(w_t, "__repr__(self, /)", buffered_repr)
    register(w_t, "__getstate__(self, /)", buffered_getstate)
    getset(w_t, "raw", buffered_get_raw)
    getset(w_t, "closed", buffered_get_closed)
    getset(w_t, "name", buffered_get_name)
    getset(w_t, "mode", buffered_get_mode)


def _register_reading(w_t: W_TypeObject) -> None:
    register(w_t, "read(self, size=, /)", buffered_read)
    register(w_t, "read1(self, size=, /)", buffered_read1)
    register(w_t, "peek(self, size=, /)", buffered_peek)
    register(w_t, "readinto(self, buffer, /)", buffered_readinto)
    register(w_t, "readinto1(self, buffer, /)", buffered_readinto1)
    register(w_t, "readline(self, size=, /)", buffered_readline)
    register(w_t, "__next__(self, /)", buffered_next)
    register(w_t, "readable(self, /)", buffered_readable)


def _register_writing(w_t: W_TypeObject) -> None:
    register(w_t, "write(self, buffer, /)", buffered_write)
    register(w_t, "writable(self, /)", buffered_writable)


register_raw(w_bufferedreader_type, "__new__", _reader_new)
register_raw(w_bufferedwriter_type, "__new__", _writer_new)
register_raw(w_bufferedrandom_type, "__new__", _random_new)
_register_common(w_bufferedreader_type)
_register_common(w_bufferedwriter_type)
_register_common(w_bufferedrandom_type)
_register_reading(w_bufferedreader_type)
_register_reading(w_bufferedrandom_type)
_register_writing(w_bufferedwriter_type)
_register_writing(w_bufferedrandom_type)


# -- BufferedRWPair

class W_BufferedRWPair(W_IOBase):
    reader: W_Buffered
    writer: W_Buffered
    ok: bool

    def __init__(self, w_type: W_TypeObject) -> None:
        W_IOBase.__init__(self, w_type)
        self.reader = W_Buffered(w_bufferedreader_type, READER)
        self.writer = W_Buffered(w_bufferedwriter_type, WRITER)
        self.ok = False


def _pair(w: W_Root | None) -> W_BufferedRWPair:
    if not isinstance(w, W_BufferedRWPair):
        raise operr(w_TypeError, "descriptor requires a '_io.BufferedRWPair' object")
    if not w.ok:
        raise operr(w_ValueError, "I/O operation on uninitialized object")
    return w


def rwpair_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return W_BufferedRWPair(w_cls)


def rwpair_init(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    assert isinstance(w_self, W_BufferedRWPair)
    w_reader = slots[1]
    w_writer = slots[2]
    assert w_reader is not None and w_writer is not None
    size = DEFAULT_BUFFER_SIZE
    if slots[3] is not None:
        size = int_arg(slots[3])
    init_buffered(w_self.reader, w_reader, size)
    init_buffered(w_self.writer, w_writer, size)
    w_self.ok = True
    return w_None


def _to_reader(slots: list[W_Root | None], name: str) -> W_Root:
    w_self = _pair(slots[0])
    args_w: list[W_Root] = []
    for w in slots[1:]:
        if w is not None:
            args_w.append(w)
    return space.call_method(w_self.reader, name, args_w)


def _to_writer(slots: list[W_Root | None], name: str) -> W_Root:
    w_self = _pair(slots[0])
    args_w: list[W_Root] = []
    for w in slots[1:]:
        if w is not None:
            args_w.append(w)
    return space.call_method(w_self.writer, name, args_w)


def rwpair_read(slots: list[W_Root | None]) -> W_Root:
    return _to_reader(slots, "read")


def rwpair_read1(slots: list[W_Root | None]) -> W_Root:
    return _to_reader(slots, "read1")


def rwpair_peek(slots: list[W_Root | None]) -> W_Root:
    return _to_reader(slots, "peek")


def rwpair_readinto(slots: list[W_Root | None]) -> W_Root:
    return _to_reader(slots, "readinto")


def rwpair_readinto1(slots: list[W_Root | None]) -> W_Root:
    return _to_reader(slots, "readinto1")


def rwpair_readable(slots: list[W_Root | None]) -> W_Root:
    return _to_reader(slots, "readable")


def rwpair_write(slots: list[W_Root | None]) -> W_Root:
    return _to_writer(slots, "write")


def rwpair_flush(slots: list[W_Root | None]) -> W_Root:
    return _to_writer(slots, "flush")


def rwpair_writable(slots: list[W_Root | None]) -> W_Root:
    return _to_writer(slots, "writable")


def rwpair_isatty(slots: list[W_Root | None]) -> W_Root:
    w_self = _pair(slots[0])
    if space.is_true(space.call_method(w_self.writer, "isatty", [])):
        return space.wrap_bool(True)
    return space.call_method(w_self.reader, "isatty", [])


def rwpair_close(slots: list[W_Root | None]) -> W_Root:
    w_self = _pair(slots[0])
    err: OperationError | None = None
    try:
        space.call_method(w_self.writer, "close", [])
    except OperationError as e:
        err = e
    space.call_method(w_self.reader, "close", [])
    if err is not None:
        raise err
    return w_None


def rwpair_get_closed(w: W_Root) -> W_Root:
    w_self = _pair(w)
    return space.getattr(w_self.writer, "closed")


register_raw(w_bufferedrwpair_type, "__new__", rwpair_new)
register(w_bufferedrwpair_type, "__init__(self, reader, writer, buffer_size=, /)", rwpair_init)
register(w_bufferedrwpair_type, "read(self, size=, /)", rwpair_read)
register(w_bufferedrwpair_type, "read1(self, size=, /)", rwpair_read1)
register(w_bufferedrwpair_type, "peek(self, size=, /)", rwpair_peek)
register(w_bufferedrwpair_type, "readinto(self, buffer, /)", rwpair_readinto)
register(w_bufferedrwpair_type, "readinto1(self, buffer, /)", rwpair_readinto1)
register(w_bufferedrwpair_type, "readable(self, /)", rwpair_readable)
register(w_bufferedrwpair_type, "write(self, buffer, /)", rwpair_write)
register(w_bufferedrwpair_type, "flush(self, /)", rwpair_flush)
register(w_bufferedrwpair_type, "writable(self, /)", rwpair_writable)
register(w_bufferedrwpair_type, "isatty(self, /)", rwpair_isatty)
register(w_bufferedrwpair_type, "close(self, /)", rwpair_close)
getset(w_bufferedrwpair_type, "closed", rwpair_get_closed)

