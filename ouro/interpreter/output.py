"""Buffered standard output and error for the interpreter (until `sys`
has real file objects, print() writes here)."""
from __future__ import annotations

from rpy.rlib import ros

from ouro.modules.posix.errors import EINTR, oserror_errno
from ouro.objspace.exceptions import OperationError


class OutputStream:
    fd: int
    parts: list[str]
    size: int
    line_buffered: bool
    unbuffered: bool            # -u / PYTHONUNBUFFERED: every write goes out
    errors: str                 # the stream's error handler (sys.stdout.errors)

    def __init__(self, fd: int, line_buffered: bool, errors: str) -> None:
        self.fd = fd
        self.parts = []
        self.size = 0
        self.line_buffered = line_buffered
        self.unbuffered = False
        self.errors = errors

    def write(self, s: str) -> None:
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
        if len(self.parts) == 0:
            return
        text = "".join(self.parts)
        try:
            data = text.encode()
        except ValueError:
            data = encode_lone_surrogates(text, self.errors)
        self.parts = []
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
                    self.parts = [text]
                    self.size = len(text)
                raise oserror_errno(ros.get_errno())
            if n <= 0:
                break
            pos += n

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
