"""Buffered standard output and error for the interpreter (until `sys`
has real file objects, print() writes here)."""
from __future__ import annotations

from rpy.rlib import ros

from ouro.modules.posix.errors import EINTR, oserror_errno
from ouro.objspace.exceptions import OperationError
from ouro.objspace.strobject import CODEC_UTF8, encode_text, find_codec


class OutputStream:
    fd: int
    parts: list[str]
    size: int
    line_buffered: bool
    unbuffered: bool            # -u / PYTHONUNBUFFERED: every write goes out
    errors: str                 # the stream's error handler (sys.stdout.errors)
    encoding: str               # "" for UTF-8 (the fast path: text kept in parts)
    encoded: list[bytes]        # another encoding (PYTHONIOENCODING): its bytes
    bom: bytes                  # what the codec puts first (utf-16, utf-8-sig)
    bom_known: bool             # bom looked up (at the first write: the registry
                                # cannot be used while sys is made)

    def __init__(self, fd: int, line_buffered: bool, errors: str) -> None:
        self.fd = fd
        self.parts = []
        self.size = 0
        self.line_buffered = line_buffered
        self.unbuffered = False
        self.errors = errors
        self.encoding = ""
        self.encoded = []
        self.bom = b""
        self.bom_known = False

    def write(self, s: str) -> None:
        if self.encoding != "":
            # encoded at once, as CPython's TextIOWrapper does: an
            # unencodable character raises at this write, nothing of it
            # is written
            data = self.strip_bom(encode_text(s, self.encoding, self.errors))
            self.encoded.append(data)
            self.size += len(data)
        else:
            self.parts.append(s)
            self.size += len(s)
        if self.size > 8192 or self.unbuffered or (self.line_buffered and s.endswith("\n")):
            self._flush(False)

    def flush(self) -> None:
        self._flush(True)

    def _flush(self, keep_on_error: bool) -> None:
        """Write out what is buffered.  A failed write (a closed pipe:
        SIGPIPE is ignored, as in CPython; a full disk) raises the
        Python-level OSError.  What CPython's BufferedWriter holds when its
        flush fails is kept for the next flush (keep_on_error: a flush()),
        but a write too big for its buffer is lost with its error (a
        write())."""
        if len(self.encoded) > 0:
            text = ""
            data = b"".join(self.encoded)
            self.encoded = []
        elif len(self.parts) > 0:
            text = "".join(self.parts)
            try:
                data = text.encode()
            except ValueError:
                data = encode_lone_surrogates(text, self.errors)
            self.parts = []
        else:
            return
        self.size = 0
        pos = 0
        while pos < len(data):
            try:
                n = ros.write(self.fd, data[pos:])
            except OSError:
                if ros.get_errno() == EINTR:
                    # interrupted by a signal: retried; its handler runs
                    # at the next safe point, once the text is out (this
                    # low-level stream runs no Python code)
                    continue
                if keep_on_error and pos == 0:
                    if len(text) > 0:
                        self.parts = [text]
                        self.size = len(text)
                    else:
                        self.encoded = [data]
                        self.size = len(data)
                raise oserror_errno(ros.get_errno())
            if n <= 0:
                break
            pos += n

    def set_encoding(self, encoding: str) -> None:
        """Write in encoding from now on (UTF-8 keeps the fast path); what
        is buffered goes out in the encoding it was written in."""
        if find_codec(encoding) == CODEC_UTF8:
            encoding = ""
        if encoding != self.encoding:
            self.flush()
            self.encoding = encoding
            self.bom_known = False

    def strip_bom(self, data: bytes) -> bytes:
        """What CPython's incremental encoder writes: the codec's BOM once,
        at the first write (utf-8-sig) -- and for utf-16 and utf-32 (whose
        BOM is the native little-endian one here) only at the start of a
        seekable file, as TextIOWrapper's encoding_start_of_stream."""
        bom = self.bom
        if not self.bom_known:
            self.bom_known = True
            bom = self.bom = encode_text("", self.encoding, "strict")
            if len(bom) == 0:
                return data
            utf16_32 = bom == b"\xff\xfe" or bom == b"\xff\xfe\x00\x00"
            if not utf16_32 or (self.size == 0 and self._position() == 0):
                return data
        if len(bom) > 0 and data.startswith(bom):
            return data[len(bom):]
        return data

    def _position(self) -> int:
        """The file's position, -1 if it cannot seek (a pipe, a tty)."""
        try:
            return ros.lseek(self.fd, 0, 1)
        except OSError:
            return -1

    def flush_quietly(self) -> None:
        try:
            self.flush()
        except OperationError:
            pass        # nowhere to report it


def encode_lone_surrogates(text: str, errors: str) -> bytes:
    """UTF-8 of a text with lone surrogates (which UTF-8 cannot encode), as
    the stream's error handler does: surrogateescape gives back the bytes
    U+DC80..U+DCFF stand for (a file name decoded with it prints as it
    was); what no handler here encodes (strict: CPython raises
    UnicodeEncodeError at the write) is written as backslashreplace does."""
    parts: list[bytes] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        o = ord(text[i])
        if 0xD800 <= o <= 0xDFFF:
            if start < i:
                parts.append(text[start:i].encode())
            if errors == "surrogateescape" and o >= 0xDC80 and o <= 0xDCFF:
                parts.append(bytes([o - 0xDC00]))
            elif errors == "replace":
                parts.append(b"?")
            elif errors == "ignore":
                pass
            elif errors == "surrogatepass":
                parts.append(bytes([0xE0 | (o >> 12), 0x80 | ((o >> 6) & 0x3F), 0x80 | (o & 0x3F)]))
            elif errors == "xmlcharrefreplace":
                parts.append(("&#%d;" % o).encode())
            else:
                parts.append(("\\u%04x" % o).encode())
            start = i + 1
        i += 1
    if start < n:
        parts.append(text[start:].encode())
    return b"".join(parts)


STDOUT = OutputStream(1, False, "strict")
STDERR = OutputStream(2, True, "backslashreplace")


def write_text(stream: OutputStream, s: str) -> None:
    """The interpreter's own messages: a failed write is dropped (Python
    code writing through print() or sys.stdout calls stream.write, which
    raises the OSError)."""
    try:
        stream.write(s)
    except OperationError:
        pass


def flush_all() -> None:
    """Flush both where no Python code could see an error (the
    interpreter's own messages, tracebacks): a failed write is dropped."""
    STDOUT.flush_quietly()
    STDERR.flush_quietly()
