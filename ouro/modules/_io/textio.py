"""_io.TextIOWrapper (CPython's Modules/_io/textio.c): text over a
buffered binary stream, with the utf-8, ascii and latin-1 codecs (and
their aliases and error handlers, ouro/objspace/strobject.py) and the
single-byte codecs of the codec registry (cp1252, iso-8859-15, koi8-r...:
one byte per character, so chunks and tell() work as for latin-1),
universal newlines, line buffering, write_through, tell/seek, detach,
reconfigure.  Not yet: the registry's multi-byte codecs (utf-16, utf-32,
shift_jis...), which need their incremental decoders' state in tell().

Reading decodes chunks of the buffer (read1 of _CHUNK_SIZE bytes).  An
incomplete UTF-8 sequence at the end of a chunk, and a final "\\r" (which
may start a "\\r\\n"), stay undecoded until the next chunk.  tell() gives
the byte position of the next character: the position of the decoded
text's start plus the encoded length of what was consumed (the cookies of
CPython for these stateless codecs are the same numbers); seek() accepts
them.

The TextIOWrapper of sys.stdout/sys.stderr writes into the interpreter's
buffered output streams (ouro/interpreter/output.py), which print() uses
directly: `out_stream`.
"""
from __future__ import annotations

from ouro.interpreter import importing
from ouro.interpreter.output import OutputStream
from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr, w_AttributeError,
                                      w_LookupError, w_OSError, w_StopIteration, w_TypeError,
                                      w_ValueError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, type_name, w_Ellipsis, w_None
from ouro.objspace.strobject import (CODEC_UTF8, W_StrObject, c_int_w, decode_bytes, encode_text,
                                     lookup_codec)
from ouro.modules._io.bufferedio import (W_Buffered, w_bufferedrandom_type,
                                         w_bufferedreader_type, w_bufferedwriter_type)
from ouro.modules._io.iobase import (W_IOBase, _io_type, forget_open, int_arg, remember_open,
                                     size_arg, type_display_name, unsupported,
                                     w_textiobase_type)
from ouro.modules._io.newlines import (check_newline, find_line_ending, newlines_object,
                                       seen_kinds, translate)

w_textiowrapper_type = _io_type("TextIOWrapper", [w_textiobase_type])

CHUNK_SIZE = 8192


class W_TextIOWrapper(W_IOBase):
    ok: bool
    detached: bool
    w_buffer: W_Root
    buffered: W_Buffered | None      # the buffer when it is exactly a Buffered* type
    encoding: str
    codec: int
    errors: str
    readuniversal: bool
    readtranslate: bool
    readnl: str                      # "" when universal
    writetranslate: bool
    writenl: str                     # "" when "\n" is written as is
    line_buffering: bool
    write_through: bool
    chunk_size: int
    seekable: bool
    telling: bool
    has_read1: bool
    can_read: bool
    can_write: bool
    # reading: text[text_pos:] is decoded and not yet returned; text[0] is
    # at byte text_start of the stream; raw_pending (undecoded) starts at
    # byte raw_pos; -1: unknown (nothing read since the last seek)
    text: str
    text_pos: int
    text_crlf: list[int]
    text_start: int
    raw_pending: bytes
    raw_pos: int
    seen: int
    # writing
    pending: list[bytes]
    pending_size: int
    out_stream: OutputStream | None
    # a codec of the registry that is not ours (utf-16, utf-32, the
    # stateful ones...): the pure-Python _pyio.TextIOWrapper over the same
    # buffer does the work (CPython's incremental decoders, tell/seek
    # cookies), and the methods below hand their calls to it
    w_impl: W_Root | None

    def __init__(self, w_type: W_TypeObject) -> None:
        W_IOBase.__init__(self, w_type)
        self.ok = False
        self.detached = False
        self.w_buffer = w_None
        self.buffered = None
        self.encoding = "UTF-8"
        self.codec = CODEC_UTF8
        self.errors = "strict"
        self.readuniversal = True
        self.readtranslate = True
        self.readnl = ""
        self.writetranslate = True
        self.writenl = ""
        self.line_buffering = False
        self.write_through = False
        self.chunk_size = CHUNK_SIZE
        self.seekable = False
        self.telling = False
        self.has_read1 = True
        self.can_read = False
        self.can_write = False
        self.out_stream = None
        self.w_impl = None
        self.reset_read_state()
        self.pending = []
        self.pending_size = 0

    def reset_read_state(self) -> None:
        self.text = ""
        self.text_pos = 0
        self.text_crlf = []
        self.text_start = -1
        self.raw_pending = b""
        self.raw_pos = -1
        self.seen = 0

    def iter_next(self) -> W_Root | None:
        """`for line in f` on an exact TextIOWrapper."""
        if self.w_type is not w_textiowrapper_type or self.w_impl is not None:
            return None
        self.check_attached()
        w_line = textio_next_line(self)
        if w_line is None:
            return space.STOP
        return w_line

    def flush_at_exit(self) -> None:
        w_impl = self.w_impl
        if w_impl is not None:
            if not space.is_true(space.getattr(w_impl, "closed")):
                space.call_method(w_impl, "flush", [])
            return
        if self.ok and self.pending_size > 0:
            self.write_pending()
            space.call_method(self.w_buffer, "flush", [])

    # -- checks

    def check_attached(self) -> None:
        if not self.ok:
            if self.detached:
                raise operr(w_ValueError, "underlying buffer has been detached")
            raise operr(w_ValueError, "I/O operation on uninitialized object")

    def buffer_closed(self) -> bool:
        b = self.buffered
        if b is not None:
            f = b.fileio
            if f is not None and b.ok:
                return f.fd < 0
        return space.is_true(space.getattr(self.w_buffer, "closed"))

    def check_closed(self) -> None:
        if self.buffer_closed():
            raise operr(w_ValueError, "I/O operation on closed file.")

    def check_open(self) -> None:
        self.check_attached()
        self.check_closed()

    # -- the buffer

    def buffer_read_chunk(self, n: int) -> bytes:
        b = self.buffered
        if b is not None:
            b.check_ok()
            b.check_closed("read of closed file")
            return b.read1_n(n)
        w_data = space.call_method(self.w_buffer, "read1" if self.has_read1 else "read",
                                   [wrap_int(n)])
        if w_data is w_None:
            return b""
        if not isinstance(w_data, W_BytesObject):
            raise operr(w_TypeError, "underlying %s() should have returned a bytes-like object, "
                        "not '%s'" % ("read1" if self.has_read1 else "read", type_name(w_data)))
        return w_data.value

    def buffer_read_all(self) -> bytes:
        b = self.buffered
        if b is not None:
            b.check_ok()
            b.check_closed("read of closed file")
            data = b.read_all()
            return data if data is not None else b""
        w_data = space.call_method(self.w_buffer, "read", [])
        if w_data is w_None:
            return b""
        if not isinstance(w_data, W_BytesObject):
            raise operr(w_TypeError, "underlying read() should have returned a bytes object, "
                        "not '%s'" % type_name(w_data))
        return w_data.value

    def buffer_write(self, data: bytes) -> None:
        b = self.buffered
        if b is not None:
            b.check_ok()
            b.check_closed("write to closed file")
            b.write_bytes(data)
            return
        space.call_method(self.w_buffer, "write", [W_BytesObject(data)])

    def buffer_flush(self) -> None:
        space.call_method(self.w_buffer, "flush", [])

    def buffer_tell(self) -> int:
        b = self.buffered
        if b is not None:
            b.check_ok()
            return b.tell_pos()
        return space.int_of_w(space.call_method(self.w_buffer, "tell", []))

    # -- decoding

    def decode(self, data: bytes) -> str:
        return decode_bytes(data, self.encoding, self.errors)

    def complete_prefix(self, data: bytes) -> int:
        """How much of data can be decoded now: not an incomplete UTF-8
        sequence at the end, not a final "\\r"."""
        n = len(data)
        if self.codec == CODEC_UTF8 and n > 0:
            i = n - 1
            stop = n - 4 if n >= 4 else 0
            while i > stop and data[i] & 0xC0 == 0x80:
                i -= 1
            lead = data[i]
            need = 1
            if lead >= 0xF0:
                need = 4
            elif lead >= 0xE0:
                need = 3
            elif lead >= 0xC0:
                need = 2
            if need > 1 and n - i < need:
                n = i
        if n > 0 and data[n - 1] == 13:
            n -= 1
        return n

    def set_text(self, decoded: str, start: int) -> None:
        if self.readuniversal:
            self.seen |= seen_kinds(decoded)
            if self.readtranslate:
                t = translate(decoded, self.seekable)
                self.text = t.text
                self.text_crlf = t.crlf_at
            else:
                self.text = decoded
                self.text_crlf = []
        else:
            self.text = decoded
            self.text_crlf = []
        self.text_pos = 0
        self.text_start = start

    def read_chunk(self) -> bool:
        """Decode the next chunk of the buffer into text (the current text
        must have been consumed).  False at end of file with nothing left."""
        if self.pending_size > 0:
            self.write_pending()
        if self.raw_pos < 0:
            self.raw_pos = self.buffer_tell() if self.seekable else 0
        data = self.buffer_read_chunk(self.chunk_size)
        eof = len(data) == 0
        data = self.raw_pending + data if len(self.raw_pending) > 0 else data
        start = self.raw_pos
        n = len(data) if eof else self.complete_prefix(data)
        decoded = self.decode(data[:n] if n < len(data) else data)
        self.raw_pending = data[n:]
        self.raw_pos = start + n
        self.set_text(decoded, start)
        if eof:
            return len(self.text) > 0
        return True

    def encoded_length(self, s: str) -> int:
        """Bytes of s in the stream's encoding (for tell)."""
        if self.codec != CODEC_UTF8:
            return len(s)
        n = 0
        escape = self.errors == "surrogateescape"
        for c in s:
            o = ord(c)
            if o < 0x80:
                n += 1
            elif o < 0x800:
                n += 2
            elif o < 0x10000:
                n += 1 if escape and 0xDC80 <= o <= 0xDCFF else 3
            else:
                n += 4
        return n

    def take(self, n: int) -> str:
        start = self.text_pos
        self.text_pos = start + n
        if start == 0 and n == len(self.text):
            return self.text
        return self.text[start:start + n]

    def read_all(self) -> str:
        if self.pending_size > 0:
            self.write_pending()
        parts: list[str] = []
        if self.text_pos < len(self.text):
            parts.append(self.text[self.text_pos:])
        data = self.raw_pending + self.buffer_read_all()
        decoded = self.decode(data)
        self.set_text(decoded, 0)
        parts.append(self.text)
        self.reset_read_state_keep_seen()
        return "".join(parts)

    def reset_read_state_keep_seen(self) -> None:
        seen = self.seen
        self.reset_read_state()
        self.seen = seen

    def read_n(self, n: int) -> str:
        parts: list[str] = []
        remaining = n
        while remaining > 0:
            avail = len(self.text) - self.text_pos
            if avail >= remaining:
                parts.append(self.take(remaining))
                break
            if avail > 0:
                parts.append(self.take(avail))
                remaining -= avail
            if not self.read_chunk():
                break
        if len(parts) == 1:
            return parts[0]
        return "".join(parts)

    def readline_str(self, limit: int) -> str:
        parts: list[str] = []
        total = 0
        while True:
            text = self.text
            start = self.text_pos
            i = find_line_ending(text, start, len(text), self.readtranslate, self.readuniversal,
                                 self.readnl)
            if i >= 0:
                k = i - start
                if limit >= 0 and total + k > limit:
                    k = limit - total
                parts.append(self.take(k))
                break
            k = len(text) - start
            if limit >= 0 and total + k >= limit:
                parts.append(self.take(limit - total))
                break
            if k > 0:
                parts.append(self.take(k))
                total += k
            if not self.read_chunk():
                break
        if len(parts) == 1:
            return parts[0]
        return "".join(parts)

    def tell_pos(self) -> int:
        if self.text_start < 0:
            if self.raw_pos >= 0:
                return self.raw_pos
            return self.buffer_tell()
        k = self.text_pos
        consumed = self.text[:k] if k < len(self.text) else self.text
        pos = self.text_start + self.encoded_length(consumed)
        for at in self.text_crlf:
            if at < k:
                pos += 1
        return pos

    # -- encoding

    def write_pending(self) -> None:
        if self.pending_size == 0:
            return
        data = b"".join(self.pending)
        self.pending = []
        self.pending_size = 0
        self.buffer_write(data)

    def write_str(self, s: str) -> int:
        n = len(s)
        haslf = False
        if (self.writetranslate and self.writenl != "") or self.line_buffering:
            haslf = "\n" in s
        if haslf and self.writetranslate and self.writenl != "":
            s = s.replace("\n", self.writenl)
        needflush = self.line_buffering and (haslf or "\r" in s)
        out = self.out_stream
        if out is not None:
            out.write(s)
            if needflush or self.write_through:
                out.flush()
            return n
        data = encode_text(s, self.encoding, self.errors)
        if len(self.text) > 0 or self.text_start >= 0:
            self.reset_read_state()
        self.pending.append(data)
        self.pending_size += len(data)
        if self.pending_size > self.chunk_size or needflush or self.write_through:
            self.write_pending()
        if needflush:
            self.buffer_flush()
        return n

    def flush_all(self) -> None:
        self.telling = self.seekable
        out = self.out_stream
        if out is not None:
            out.flush()
        self.write_pending()
        self.buffer_flush()


def _tw(w: W_Root | None) -> W_TextIOWrapper:
    if not isinstance(w, W_TextIOWrapper):
        raise operr(w_TypeError, "descriptor requires a '_io.TextIOWrapper' object but received "
                    "'%s'" % (type_name(w) if w is not None else "NoneType"))
    return w


def textio_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    return W_TextIOWrapper(w_cls)


def _opt_str(w: W_Root | None, argname: str) -> str | None:
    if w is None or w is w_None:
        return None
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "TextIOWrapper() argument '%s' must be str or None, not %s"
                    % (argname, type_name(w)))
    return w.as_str()


def set_newline(w_self: W_TextIOWrapper, newline: str | None) -> None:
    w_self.readuniversal = newline is None or newline == ""
    w_self.readtranslate = newline is None
    w_self.readnl = newline if newline is not None else ""
    w_self.writetranslate = newline is None or newline != ""
    w_self.writenl = ""
    if not w_self.readuniversal and newline is not None and newline != "\n":
        w_self.writenl = newline


CODEC_SINGLE_BYTE = 1000       # a registry codec mapping each byte to one character
PAIRS = [b"\xc3\xa9", b"\xe9\x80", b"\x82\xa0", b"\x81\x40", b"\xa4\xa2", b"\xb0\xa1"]
SINGLE_BYTE: dict[str, bool] = {}


def stream_codec(encoding: str) -> int:
    """The codec of a text stream: one of ours, or CODEC_SINGLE_BYTE for a
    registry codec that decodes each of the 256 bytes to one character;
    LookupError otherwise."""
    try:
        return lookup_codec(encoding)
    except OperationError as e:
        single = SINGLE_BYTE.get(encoding, False)
        if not single and encoding not in SINGLE_BYTE:
            data = bytes([i for i in range(256)])
            try:
                single = len(decode_bytes(data, encoding, "replace")) == 256
                # each invalid byte of a multi-byte codec also decodes to
                # one U+FFFD: pairs that such codecs take as one character
                # (UTF-8 as utf-8-sig, Shift JIS, GBK/EUC, Big5) must stay two
                for pair in PAIRS:
                    if single and len(decode_bytes(pair, encoding, "replace")) != 2:
                        single = False
            except OperationError:
                single = False
            SINGLE_BYTE[encoding] = single
        if single:
            return CODEC_SINGLE_BYTE
        raise e


def init_textio(w_self: W_TextIOWrapper, w_buffer: W_Root, encoding: str | None,
                errors: str | None, newline: str | None, line_buffering: bool,
                write_through: bool) -> None:
    w_self.ok = False
    w_self.detached = False
    if encoding is None or encoding == "locale":
        encoding = "UTF-8"
    w_self.w_impl = None
    try:
        w_self.codec = stream_codec(encoding)
    except OperationError as e:
        if not e.match(w_LookupError):
            raise
        # not ours: the registry's codec, if it knows it, through _pyio
        w_self.w_impl = pyio_textio(w_buffer, encoding, errors, newline, line_buffering,
                                    write_through)
        w_self.codec = CODEC_UTF8
    w_self.encoding = encoding
    w_self.errors = errors if errors is not None else "strict"
    set_newline(w_self, newline)
    w_self.line_buffering = line_buffering
    w_self.write_through = write_through
    w_self.chunk_size = CHUNK_SIZE
    w_self.w_buffer = w_buffer
    w_self.buffered = None
    w_self.out_stream = None
    if isinstance(w_buffer, W_Buffered):
        t = w_buffer.w_type
        if t is w_bufferedreader_type or t is w_bufferedwriter_type or \
                t is w_bufferedrandom_type:
            w_self.buffered = w_buffer
    w_self.can_read = space.is_true(space.call_method(w_buffer, "readable", []))
    w_self.can_write = space.is_true(space.call_method(w_buffer, "writable", []))
    w_self.seekable = space.is_true(space.call_method(w_buffer, "seekable", []))
    w_self.telling = w_self.seekable
    w_self.has_read1 = space.getattr_or_none(w_buffer, "read1") is not None
    w_self.reset_read_state()
    w_self.pending = []
    w_self.pending_size = 0
    w_self.ok = True
    if w_self.can_write:
        remember_open(w_self)


def pyio_textio(w_buffer: W_Root, encoding: str, errors: str | None, newline: str | None,
                line_buffering: bool, write_through: bool) -> W_Root:
    """_pyio.TextIOWrapper(buffer, ...): CPython's own pure-Python text
    layer, for the registry's codecs that are not ours (its LookupError,
    or 'not a text encoding', as CPython's)."""
    w_cls = space.getattr(importing.import_one("_pyio"), "TextIOWrapper")
    args_w: list[W_Root] = [w_buffer, space.wrap_str(encoding),
                            space.wrap_str(errors) if errors is not None else w_None,
                            space.wrap_str(newline) if newline is not None else w_None,
                            space.wrap_bool(line_buffering), space.wrap_bool(write_through)]
    return space.call_function(w_cls, args_w)


def delegate(w_self: W_TextIOWrapper, name: str, slots: list[W_Root | None],
             first: int) -> W_Root:
    """The call handed to the _pyio object (w_impl): the given arguments
    from slots[first:]."""
    w_impl = w_self.w_impl
    assert w_impl is not None
    args_w: list[W_Root] = []
    for i in range(first, len(slots)):
        w = slots[i]
        if w is not None:
            args_w.append(w)
    return space.call_method(w_impl, name, args_w)


def textio_init(slots: list[W_Root | None]) -> W_Root:
    w_self = _tw(slots[0])
    w_buffer = slots[1]
    assert w_buffer is not None
    encoding = _opt_str(slots[2], "encoding")
    errors = _opt_str(slots[3], "errors")
    newline = check_newline(slots[4], "TextIOWrapper() argument 'newline'", False)
    line_buffering = slots[5] is not None and space.is_true(slots[5])
    write_through = slots[6] is not None and space.is_true(slots[6])
    init_textio(w_self, w_buffer, encoding, errors, newline, line_buffering, write_through)
    return w_None


def textio_read(slots: list[W_Root | None]) -> W_Root:
    w_self = _tw(slots[0])
    if w_self.w_impl is not None:
        return delegate(w_self, "read", slots, 1)
    w_self.check_attached()
    n = size_arg(slots[1])
    w_self.check_closed()
    if not w_self.can_read:
        raise unsupported("not readable")
    if n < 0:
        return space.wrap_str(w_self.read_all())
    return space.wrap_str(w_self.read_n(n))


def textio_readline(slots: list[W_Root | None]) -> W_Root:
    w_self = _tw(slots[0])
    if w_self.w_impl is not None:
        return delegate(w_self, "readline", slots, 1)
    w_self.check_attached()
    limit = size_arg(slots[1])
    w_self.check_closed()
    if not w_self.can_read:
        raise unsupported("not readable")
    return space.wrap_str(w_self.readline_str(limit))


def textio_next_line(w_self: W_TextIOWrapper) -> W_Root | None:
    w_self.telling = False
    if w_self.w_type is w_textiowrapper_type:
        w_self.check_open()
        if not w_self.can_read:
            raise unsupported("not readable")
        line = w_self.readline_str(-1)
    else:
        w_line = space.call_method(w_self, "readline", [])
        if not isinstance(w_line, W_StrObject):
            raise operr(w_OSError, "readline() should have returned a str object, not '%s'"
                        % type_name(w_line))
        line = w_line.as_str()
    if line == "":
        w_self.telling = w_self.seekable
        return None
    return space.wrap_str(line)


def textio_next(slots: list[W_Root | None]) -> W_Root:
    w_self = _tw(slots[0])
    if w_self.w_impl is not None:
        return delegate(w_self, "__next__", slots, 1)
    w_self.check_attached()
    w_line = textio_next_line(w_self)
    if w_line is None:
        raise OperationError(W_BaseException(w_StopIteration, []))
    return w_line


def textio_write(slots: list[W_Root | None]) -> W_Root:
    w_self = _tw(slots[0])
    if w_self.w_impl is not None:
        return delegate(w_self, "write", slots, 1)
    w_s = slots[1]
    assert w_s is not None
    if not isinstance(w_s, W_StrObject):
        raise operr(w_TypeError, "write() argument must be str, not %s" % type_name(w_s))
    w_self.check_attached()
    if w_self.out_stream is None:
        w_self.check_closed()
    if not w_self.can_write:
        raise unsupported("not writable")
    return wrap_int(w_self.write_str(w_s.as_str()))


def textio_flush(slots: list[W_Root | None]) -> W_Root:
    w_self = _tw(slots[0])
    if w_self.w_impl is not None:
        return delegate(w_self, "flush", slots, 1)
    w_self.check_open()
    w_self.flush_all()
    return w_None


def textio_close(slots: list[W_Root | None]) -> W_Root:
    w_self = _tw(slots[0])
    if w_self.w_impl is not None:
        forget_open(w_self)
        return delegate(w_self, "close", slots, 1)
    w_self.check_attached()
    if w_self.buffer_closed():
        forget_open(w_self)
        return w_None
    err: OperationError | None = None
    try:
        space.call_method(w_self, "flush", [])
    except OperationError as e:
        err = e
    forget_open(w_self)
    try:
        space.call_method(w_self.w_buffer, "close", [])
    except OperationError as e:
        if err is None:
            err = e
        else:
            e.w_value.w_context = err.w_value
            err = e
    if err is not None:
        raise err
    return w_None


def textio_tell(slots: list[W_Root | None]) -> W_Root:
    w_self = _tw(slots[0])
    if w_self.w_impl is not None:
        return delegate(w_self, "tell", slots, 1)
    w_self.check_open()
    if not w_self.seekable:
        raise unsupported("underlying stream is not seekable")
    if not w_self.telling:
        raise operr(w_OSError, "telling position disabled by next() call")
    w_self.write_pending()
    space.call_method(w_self, "flush", [])
    return wrap_int(w_self.tell_pos())


def textio_seek(slots: list[W_Root | None]) -> W_Root:
    w_self = _tw(slots[0])
    if w_self.w_impl is not None:
        return delegate(w_self, "seek", slots, 1)
    w_cookie = slots[1]
    assert w_cookie is not None
    whence = 0
    if slots[2] is not None:
        whence = c_int_w(slots[2])
    w_self.check_open()
    if not w_self.seekable:
        raise unsupported("underlying stream is not seekable")
    if whence == 1:
        if not space.eq_w(w_cookie, wrap_int(0)):
            raise unsupported("can't do nonzero cur-relative seeks")
        w_cookie = space.call_method(w_self, "tell", [])
    elif whence == 2:
        if not space.eq_w(w_cookie, wrap_int(0)):
            raise unsupported("can't do nonzero end-relative seeks")
        space.call_method(w_self, "flush", [])
        w_self.reset_read_state()
        return space.call_method(w_self.w_buffer, "seek", [wrap_int(0), wrap_int(2)])
    elif whence != 0:
        raise operr(w_ValueError, "invalid whence (%d, should be 0, 1 or 2)" % whence)
    if space.is_true(space.richcompare(w_cookie, wrap_int(0), 0)):
        raise operr(w_ValueError, "negative seek position %s" % space.repr_str(w_cookie))
    space.call_method(w_self, "flush", [])
    pos = int_arg(w_cookie)
    space.call_method(w_self.w_buffer, "seek", [wrap_int(pos)])
    w_self.reset_read_state()
    w_self.raw_pos = pos
    return w_cookie


def textio_truncate(slots: list[W_Root | None]) -> W_Root:
    w_self = _tw(slots[0])
    if w_self.w_impl is not None:
        return delegate(w_self, "truncate", slots, 1)
    w_self.check_attached()
    space.call_method(w_self, "flush", [])
    w_pos = slots[1]
    args_w: list[W_Root] = []
    if w_pos is not None:
        args_w.append(w_pos)
    return space.call_method(w_self.w_buffer, "truncate", args_w)


def textio_detach(slots: list[W_Root | None]) -> W_Root:
    w_self = _tw(slots[0])
    if w_self.w_impl is not None:
        w_buffer = delegate(w_self, "detach", slots, 1)
        # from now on the native checks say "detached", as CPython's
        w_self.w_impl = None
        w_self.w_buffer = w_None
        w_self.buffered = None
        w_self.ok = False
        w_self.detached = True
        forget_open(w_self)
        return w_buffer
    w_self.check_attached()
    space.call_method(w_self, "flush", [])
    w_buffer = w_self.w_buffer
    w_self.w_buffer = w_None
    w_self.buffered = None
    w_self.ok = False
    w_self.detached = True
    forget_open(w_self)
    return w_buffer


RECONFIGURE_KW = ["encoding", "errors", "newline", "line_buffering", "write_through"]


def textio_reconfigure(slots: list[W_Root | None]) -> W_Root:
    w_self = _tw(slots[0])
    w_impl = w_self.w_impl
    if w_impl is not None:
        names: list[str] = []
        values_w: list[W_Root] = []
        for i in range(len(RECONFIGURE_KW)):
            w = slots[i + 1]
            if w is not None:
                names.append(RECONFIGURE_KW[i])
                values_w.append(w)
        w_meth = space.getattr(w_impl, "reconfigure")
        w_result = space.call_args(w_meth, Arguments([], names, values_w))
        w_new = space.getattr(w_impl, "encoding")
        if isinstance(w_new, W_StrObject):
            w_self.encoding = w_new.as_str()
        return w_result
    w_self.check_attached()
    w_enc = slots[1]
    w_err = slots[2]
    w_nl = slots[3]
    if w_self.text_start >= 0 and (w_enc is not None and w_enc is not w_None or
                                   w_nl is not None):
        raise unsupported("It is not possible to set the encoding or newline of stream after "
                          "the first read")
    encoding = _opt_str(w_enc, "encoding")
    errors = _opt_str(w_err, "errors")
    space.call_method(w_self, "flush", [])
    if encoding is not None:
        if encoding == "locale":
            encoding = "UTF-8"
        w_self.codec = stream_codec(encoding)
        w_self.encoding = encoding
        w_self.errors = errors if errors is not None else "strict"
    elif errors is not None:
        w_self.errors = errors
    if w_self.out_stream is not None:
        w_self.out_stream.errors = w_self.errors
        w_self.out_stream.set_encoding(w_self.encoding)
    if w_nl is not None and w_nl is not w_Ellipsis:
        set_newline(w_self, check_newline(w_nl, "TextIOWrapper() argument 'newline'", False))
    if slots[4] is not None and slots[4] is not w_None:
        w_self.line_buffering = space.is_true(slots[4])
    if slots[5] is not None and slots[5] is not w_None:
        w_self.write_through = space.is_true(slots[5])
    return w_None


def _to_buffer(slots: list[W_Root | None], name: str) -> W_Root:
    w_self = _tw(slots[0])
    w_self.check_attached()
    return space.call_method(w_self.w_buffer, name, [])


def textio_fileno(slots: list[W_Root | None]) -> W_Root:
    return _to_buffer(slots, "fileno")


def textio_isatty(slots: list[W_Root | None]) -> W_Root:
    return _to_buffer(slots, "isatty")


def textio_seekable(slots: list[W_Root | None]) -> W_Root:
    return _to_buffer(slots, "seekable")


def textio_readable(slots: list[W_Root | None]) -> W_Root:
    return _to_buffer(slots, "readable")


def textio_writable(slots: list[W_Root | None]) -> W_Root:
    return _to_buffer(slots, "writable")


def textio_repr(slots: list[W_Root | None]) -> W_Root:
    w_self = _tw(slots[0])
    parts = ["<" + type_display_name(w_self.w_type)]
    w_name = _attr_or_none(w_self, "name")
    if w_name is not None:
        parts.append(" name=" + space.repr_str(w_name))
    w_mode = _attr_or_none(w_self, "mode")
    if w_mode is not None:
        parts.append(" mode=" + space.repr_str(w_mode))
    parts.append(" encoding='%s'>" % w_self.encoding)
    return space.wrap_str("".join(parts))


def _attr_or_none(w: W_Root, name: str) -> W_Root | None:
    try:
        return space.getattr(w, name)
    except OperationError as e:
        if e.match(w_AttributeError) or e.match(w_ValueError):
            return None
        raise


def textio_get_name(w: W_Root) -> W_Root:
    w_self = _tw(w)
    w_self.check_attached()
    return space.getattr(w_self.w_buffer, "name")


def textio_get_closed(w: W_Root) -> W_Root:
    w_self = _tw(w)
    w_self.check_attached()
    return space.getattr(w_self.w_buffer, "closed")


def textio_get_buffer(w: W_Root) -> W_Root:
    w_self = _tw(w)
    w_self.check_attached()
    return w_self.w_buffer


def textio_get_encoding(w: W_Root) -> W_Root:
    w_impl = _tw(w).w_impl
    if w_impl is not None:
        return space.getattr(w_impl, "encoding")
    return space.wrap_str(_tw(w).encoding)


def textio_get_errors(w: W_Root) -> W_Root:
    w_impl = _tw(w).w_impl
    if w_impl is not None:
        return space.getattr(w_impl, "errors")
    return space.wrap_str(_tw(w).errors)


def textio_get_line_buffering(w: W_Root) -> W_Root:
    w_impl = _tw(w).w_impl
    if w_impl is not None:
        return space.getattr(w_impl, "line_buffering")
    return space.wrap_bool(_tw(w).line_buffering)


def textio_get_write_through(w: W_Root) -> W_Root:
    w_impl = _tw(w).w_impl
    if w_impl is not None:
        return space.getattr(w_impl, "write_through")
    return space.wrap_bool(_tw(w).write_through)


def textio_get_newlines(w: W_Root) -> W_Root:
    w_impl = _tw(w).w_impl
    if w_impl is not None:
        return space.getattr(w_impl, "newlines")
    w_self = _tw(w)
    w_self.check_attached()
    if not w_self.readuniversal:
        return w_None
    return newlines_object(w_self.seen)


def textio_get_chunk_size(w: W_Root) -> W_Root:
    return wrap_int(_tw(w).chunk_size)


def textio_set_chunk_size(w: W_Root, w_value: W_Root) -> None:
    w_self = _tw(w)
    n = int_arg(w_value)
    if n <= 0:
        raise operr(w_ValueError, "a strictly positive integer is required")
    w_self.chunk_size = n


register_raw(w_textiowrapper_type, "__new__", textio_new)
register(w_textiowrapper_type, "__init__(self, buffer, encoding=, errors=, newline=, "
         "line_buffering=, write_through=)", textio_init)
register(w_textiowrapper_type, "read(self, size=, /)", textio_read)
register(w_textiowrapper_type, "readline(self, size=, /)", textio_readline)
register(w_textiowrapper_type, "__next__(self, /)", textio_next)
register(w_textiowrapper_type, "write(self, text, /)", textio_write)
register(w_textiowrapper_type, "flush(self, /)", textio_flush)
register(w_textiowrapper_type, "close(self, /)", textio_close)
register(w_textiowrapper_type, "tell(self, /)", textio_tell)
register(w_textiowrapper_type, "seek(self, cookie, whence=, /)", textio_seek)
register(w_textiowrapper_type, "truncate(self, pos=, /)", textio_truncate)
register(w_textiowrapper_type, "detach(self, /)", textio_detach)
register(w_textiowrapper_type, "reconfigure(self, *, encoding=, errors=, newline=, "
         "line_buffering=, write_through=)", textio_reconfigure)
register(w_textiowrapper_type, "fileno(self, /)", textio_fileno)
register(w_textiowrapper_type, "isatty(self, /)", textio_isatty)
register(w_textiowrapper_type, "seekable(self, /)", textio_seekable)
register(w_textiowrapper_type, "readable(self, /)", textio_readable)
register(w_textiowrapper_type, "writable(self, /)", textio_writable)
register(w_textiowrapper_type, "__repr__(self, /)", textio_repr)
getset(w_textiowrapper_type, "name", textio_get_name)
getset(w_textiowrapper_type, "closed", textio_get_closed)
getset(w_textiowrapper_type, "buffer", textio_get_buffer)
getset(w_textiowrapper_type, "encoding", textio_get_encoding)
getset(w_textiowrapper_type, "errors", textio_get_errors)
getset(w_textiowrapper_type, "line_buffering", textio_get_line_buffering)
getset(w_textiowrapper_type, "write_through", textio_get_write_through)
getset(w_textiowrapper_type, "newlines", textio_get_newlines)
getset(w_textiowrapper_type, "_CHUNK_SIZE", textio_get_chunk_size, textio_set_chunk_size)

