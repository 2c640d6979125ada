"""Buffered standard output and error for the interpreter (until `sys`
has real file objects, print() writes here)."""
from __future__ import annotations

from rpy.rlib import ros


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
            self.flush()

    def flush(self) -> None:
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
            n = ros.write(self.fd, data[pos:])
            if n <= 0:
                break
            pos += n


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
    stream.write(s)


def flush_all() -> None:
    STDOUT.flush()
    STDERR.flush()
