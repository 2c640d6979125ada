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

    def __init__(self, fd: int, line_buffered: bool) -> None:
        self.fd = fd
        self.parts = []
        self.size = 0
        self.line_buffered = line_buffered
        self.unbuffered = False

    def write(self, s: str) -> None:
        self.parts.append(s)
        self.size += len(s)
        if self.size > 8192 or self.unbuffered or (self.line_buffered and s.endswith("\n")):
            self.flush()

    def flush(self) -> None:
        if len(self.parts) == 0:
            return
        data = "".join(self.parts).encode()
        self.parts = []
        self.size = 0
        pos = 0
        while pos < len(data):
            n = ros.write(self.fd, data[pos:])
            if n <= 0:
                break
            pos += n


STDOUT = OutputStream(1, False)
STDERR = OutputStream(2, True)


def write_text(stream: OutputStream, s: str) -> None:
    stream.write(s)


def flush_all() -> None:
    STDOUT.flush()
    STDERR.flush()
