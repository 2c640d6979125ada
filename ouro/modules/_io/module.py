"""The `_io` module (what io.py imports) and the built-in open():
CPython 3.11's _io_open_impl with its mode validation and messages, and
the standard streams sys.stdin/stdout/stderr.

sys.stdout and sys.stderr are TextIOWrappers (utf-8) over BufferedWriters
over FileIO(1)/FileIO(2), whose text goes into the interpreter's output
streams (ouro/interpreter/output.py) that print() writes to directly, so
both keep their order.  stdout is line buffered when it is a terminal,
stderr always.
"""
from __future__ import annotations

from rpy.rlib import ros

from ouro.interpreter import output
from ouro.interpreter.module import W_Module
from ouro.objspace import space
from ouro.objspace.exceptions import OperationError, operr, w_TypeError, w_ValueError
from ouro.objspace.gateway import register
from ouro.objspace.intobject import is_int, wrap_int
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.strobject import CODEC_ASCII, CODEC_LATIN1, CODEC_UTF8, W_StrObject, find_codec
from ouro.modules._io.bufferedio import (READER, RANDOM, WRITER, W_Buffered, init_buffered,
                                         w_bufferedrandom_type, w_bufferedreader_type,
                                         w_bufferedrwpair_type, w_bufferedwriter_type)
from ouro.modules._io.bytesio import w_bytesio_type
from ouro.modules._io.fileio import W_FileIO, init_fileio, w_fileio_type
from ouro.modules._io.iobase import (DEFAULT_BUFFER_SIZE, OPEN_FILES, flush_open_files,
                                     forget_open, int_arg, w_BlockingIOError, w_bufferediobase_type, w_iobase_type,
                                     w_rawiobase_type, w_textiobase_type, w_UnsupportedOperation)
from ouro.modules._io.newlines import w_incnl_decoder_type
from ouro.modules._io.stringio import w_stringio_type
from ouro.modules._io.textio import W_TextIOWrapper, init_textio, w_textiowrapper_type
from ouro.modules.posix.errors import fspath


def _opt_str(w: W_Root | None, argname: str) -> str | None:
    if w is None or w is w_None:
        return None
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "open() argument '%s' must be str or None, not %s"
                    % (argname, type_name(w)))
    return w.as_str()


def flush_writers() -> None:
    """Before opening a file: write out what other open files still hold,
    as CPython's reference counting would have when they were dropped."""
    if len(OPEN_FILES.files) > 0:
        flush_open_files()


def open_file(w_file: W_Root, mode: str, buffering: int, encoding: str | None,
              errors: str | None, newline: W_Root | None, closefd: bool,
              w_opener: W_Root | None) -> W_Root:
    """_io.open."""
    if not is_int(w_file):
        w_file = fspath(w_file)
    creating = reading = writing = appending = updating = False
    text = binary = False
    i = 0
    n = len(mode)
    while i < n:
        c = mode[i]
        if c == "x":
            creating = True
        elif c == "r":
            reading = True
        elif c == "w":
            writing = True
        elif c == "a":
            appending = True
        elif c == "+":
            updating = True
        elif c == "t":
            text = True
        elif c == "b":
            binary = True
        else:
            raise operr(w_ValueError, "invalid mode: '%s'" % mode)
        if c in mode[i + 1:]:
            raise operr(w_ValueError, "invalid mode: '%s'" % mode)
        i += 1
    rawmode = ""
    if creating:
        rawmode += "x"
    if reading:
        rawmode += "r"
    if writing:
        rawmode += "w"
    if appending:
        rawmode += "a"
    if updating:
        rawmode += "+"
    if text and binary:
        raise operr(w_ValueError, "can't have text and binary mode at once")
    nkinds = 0
    for flag in [creating, reading, writing, appending]:
        if flag:
            nkinds += 1
    if nkinds > 1:
        raise operr(w_ValueError, "must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise operr(w_ValueError, "binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise operr(w_ValueError, "binary mode doesn't take an errors argument")
    if binary and newline is not None and newline is not w_None:
        raise operr(w_ValueError, "binary mode doesn't take a newline argument")
    flush_writers()
    w_raw = W_FileIO(w_fileio_type)
    init_fileio(w_raw, w_file, rawmode, closefd, w_opener)
    try:
        return wrap_raw(w_raw, mode, buffering, encoding, errors, newline, updating, creating,
                        writing, appending, reading, binary)
    except OperationError:
        try:
            w_raw.internal_close()
        except OperationError:
            pass
        raise


def wrap_raw(w_raw: W_FileIO, mode: str, buffering: int, encoding: str | None,
             errors: str | None, newline: W_Root | None, updating: bool, creating: bool,
             writing: bool, appending: bool, reading: bool, binary: bool) -> W_Root:
    isatty = False
    if buffering < 0:
        isatty = ros.isatty(w_raw.fd)
    line_buffering = False
    if buffering == 1 or isatty:
        buffering = -1
        line_buffering = True
    if buffering < 0:
        buffering = w_raw.blksize
    if buffering < 0:
        raise operr(w_ValueError, "invalid buffering size")
    if buffering == 0:
        if binary:
            return w_raw
        raise operr(w_ValueError, "can't have unbuffered text I/O")
    if updating:
        w_buffer = W_Buffered(w_bufferedrandom_type, RANDOM)
    elif creating or writing or appending:
        w_buffer = W_Buffered(w_bufferedwriter_type, WRITER)
    elif reading:
        w_buffer = W_Buffered(w_bufferedreader_type, READER)
    else:
        raise operr(w_ValueError, "unknown mode: '%s'" % mode)
    init_buffered(w_buffer, w_raw, buffering)
    if binary:
        return w_buffer
    w_text = W_TextIOWrapper(w_textiowrapper_type)
    nl = _newline_arg(newline)
    init_textio(w_text, w_buffer, encoding, errors, nl, line_buffering, False)
    w_text.setdictvalue("mode", space.wrap_str(mode))
    return w_text


def _newline_arg(w: W_Root | None) -> str | None:
    if w is None or w is w_None:
        return None
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "open() argument 'newline' must be str or None, not %s"
                    % type_name(w))
    nl = w.as_str()
    if nl != "" and nl != "\n" and nl != "\r" and nl != "\r\n":
        raise operr(w_ValueError, "illegal newline value: %s" % nl)
    return nl


def io_open(slots: list[W_Root | None]) -> W_Root:
    w_file = slots[0]
    assert w_file is not None
    w_mode = slots[1]
    mode = "r"
    if w_mode is not None:
        if not isinstance(w_mode, W_StrObject):
            raise operr(w_TypeError, "open() argument 'mode' must be str, not %s"
                        % type_name(w_mode))
        mode = w_mode.as_str()
    buffering = -1
    if slots[2] is not None:
        buffering = int_arg(slots[2])
    encoding = _opt_str(slots[3], "encoding")
    errors = _opt_str(slots[4], "errors")
    w_newline = slots[5]
    if w_newline is not None and w_newline is not w_None and \
            not isinstance(w_newline, W_StrObject):
        raise operr(w_TypeError, "open() argument 'newline' must be str or None, not %s"
                    % type_name(w_newline))
    closefd = True
    if slots[6] is not None:
        closefd = space.is_true(slots[6])
    return open_file(w_file, mode, buffering, encoding, errors, w_newline, closefd, slots[7])


def io_open_code(slots: list[W_Root | None]) -> W_Root:
    w_path = slots[0]
    assert w_path is not None
    if not isinstance(w_path, W_StrObject):
        raise operr(w_TypeError, "open_code() argument 'path' must be str, not %s"
                    % type_name(w_path))
    return open_file(w_path, "rb", -1, None, None, None, True, None)


def io_text_encoding(slots: list[W_Root | None]) -> W_Root:
    w_enc = slots[0]
    if w_enc is None or w_enc is w_None:
        return space.wrap_str("locale")
    return w_enc


OPEN = register(None, "open(file, mode=, buffering=, encoding=, errors=, newline=, closefd=, "
                "opener=)", io_open)

FUNCTIONS = [
    OPEN,
    register(None, "open_code(path)", io_open_code),
    register(None, "text_encoding(encoding, stacklevel=, /)", io_text_encoding),
]


def make_module() -> W_Module:
    w_mod = W_Module("_io", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("DEFAULT_BUFFER_SIZE", wrap_int(DEFAULT_BUFFER_SIZE))
    d.setitem_str("BlockingIOError", w_BlockingIOError)
    d.setitem_str("UnsupportedOperation", w_UnsupportedOperation)
    for w_t in [w_iobase_type, w_rawiobase_type, w_bufferediobase_type, w_textiobase_type,
                w_fileio_type, w_bytesio_type, w_stringio_type, w_bufferedreader_type,
                w_bufferedwriter_type, w_bufferedrandom_type, w_bufferedrwpair_type,
                w_textiowrapper_type, w_incnl_decoder_type]:
        d.setitem_str(w_t.name, w_t)
    return w_mod


# -- the standard streams

def _stdio_errors() -> str:
    """CPython's errors of stdin/stdout: surrogateescape in the C/POSIX
    locale (and C.UTF-8), strict otherwise."""
    for name in ["LC_ALL", "LC_CTYPE", "LANG"]:
        v = ros.getenv(name)
        if v is not None and v != "":
            if v == "C" or v == "POSIX" or v.startswith("C."):
                return "surrogateescape"
            return "strict"
    return "surrogateescape"


def std_stream(fd: int, name: str, out: output.OutputStream | None, encoding: str,
               errors: str, line_buffering: bool, unbuffered: bool) -> W_TextIOWrapper:
    """CPython's create_stdio: FileIO(fd, closefd=False) under a buffered
    stream (none for stdout/stderr when unbuffered) under a TextIOWrapper
    with newline "\n".  encoding: the codec's name ("utf-8" unless
    PYTHONIOENCODING names another); stdout and stderr encode in their
    OutputStream (out), so their TextIOWrapper itself works in UTF-8."""
    w_raw = W_FileIO(w_fileio_type)
    w_raw.fd = fd
    w_raw.closefd = False
    w_raw.readable = out is None
    w_raw.writable = out is not None
    w_raw.blksize = DEFAULT_BUFFER_SIZE
    w_raw.setdictvalue("name", space.wrap_str(name))
    if unbuffered:
        w_raw.std_stream = out
    w_buffer: W_Root = w_raw
    if out is None or not unbuffered:
        w_buf = W_Buffered(w_bufferedwriter_type if out is not None else w_bufferedreader_type,
                           WRITER if out is not None else READER)
        init_buffered(w_buf, w_raw, DEFAULT_BUFFER_SIZE)
        w_buf.std_stream = out
        forget_open(w_buf)
        w_buffer = w_buf
    w_text = W_TextIOWrapper(w_textiowrapper_type)
    write_through = unbuffered and out is not None
    # stdin decodes in the encoding if it is one of ours; a codec of the
    # registry cannot be looked up yet (sys is being made: `encodings`
    # cannot be imported), so stdin reads UTF-8 then (not done yet)
    read_encoding = encoding if out is None and find_codec(encoding) >= 0 else "utf-8"
    init_textio(w_text, w_buffer, read_encoding, errors, "\n",
                line_buffering and not unbuffered, write_through)
    w_text.encoding = encoding
    w_text.out_stream = out
    if out is not None:
        out.set_encoding(encoding)
    forget_open(w_text)
    w_text.setdictvalue("mode", space.wrap_str("w" if out is not None else "r"))
    return w_text


def ioencoding_split(ioencoding: str | None) -> tuple[str, str]:
    """PYTHONIOENCODING "[encoding][:errors]": its two parts ("" for
    what it does not give, or when it is unset or ignored)."""
    if ioencoding is None:
        return "", ""
    colon = ioencoding.find(":")
    if colon < 0:
        return ioencoding, ""
    return ioencoding[:colon], ioencoding[colon + 1:]


def ioencoding_errors(ioencoding: str | None, default: str) -> str:
    """The error handler of stdin/stdout under PYTHONIOENCODING (CPython's
    config_init_stdio_encoding): its errors part if not empty, else
    "strict" when it names an encoding, else the locale's default."""
    encoding, errors = ioencoding_split(ioencoding)
    if errors != "":
        return errors
    if encoding != "":
        return "strict"
    return default


def ioencoding_codec_name(ioencoding: str | None) -> str:
    """The encoding of the standard streams: PYTHONIOENCODING's encoding
    part, else the locale's, which is UTF-8 here (in the C locale too,
    through CPython's locale coercion).  Ours are named as CPython's
    codecs.lookup(name).name; a registry codec keeps the name given
    (lowered; CPython normalizes it through the registry)."""
    encoding, errors = ioencoding_split(ioencoding)
    if encoding == "":
        return "utf-8"
    codec = find_codec(encoding)
    if codec == CODEC_UTF8:
        return "utf-8"
    if codec == CODEC_ASCII:
        return "ascii"
    if codec == CODEC_LATIN1:
        return "iso8859-1"
    return encoding.lower()


def make_std_streams(unbuffered: bool, ioencoding: str | None) -> tuple[
        W_TextIOWrapper, W_TextIOWrapper, W_TextIOWrapper]:
    """stdin, stdout, stderr (called when sys is made).  unbuffered (-u,
    PYTHONUNBUFFERED) gives CPython's unbuffered streams (the raw FileIO as
    the buffer, write_through); print() goes through the interpreter's
    output buffer (ouro/interpreter/output.py), which then writes through
    too, else is flushed at exit, before tracebacks and on
    sys.stdout.flush().  ioencoding: PYTHONIOENCODING (None when unset
    or ignored)."""
    errors = ioencoding_errors(ioencoding, _stdio_errors())
    encoding = ioencoding_codec_name(ioencoding)
    output.STDOUT.errors = errors
    tty = ros.isatty(1)
    output.STDOUT.line_buffered = tty
    w_in = std_stream(0, "<stdin>", None, encoding, errors, ros.isatty(0), unbuffered)
    w_out = std_stream(1, "<stdout>", output.STDOUT, encoding, errors, tty, unbuffered)
    w_err = std_stream(2, "<stderr>", output.STDERR, encoding, "backslashreplace", True,
                       unbuffered)
    return w_in, w_out, w_err


