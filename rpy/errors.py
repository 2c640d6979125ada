"""The one error type the toolchain reports to users: `file:line: message`."""
from __future__ import annotations


class RPyError(Exception):
    """A program is outside RPy (or wrongly typed); carries its position."""

    def __init__(self, message: str, filename: str = '?', lineno: int = 0) -> None:
        Exception.__init__(self, message)
        self.message = message
        self.filename = filename
        self.lineno = lineno

    def located(self, filename: str, lineno: int) -> 'RPyError':
        if self.lineno == 0:
            self.filename = filename
            self.lineno = lineno
        return self

    def __str__(self) -> str:
        return '%s:%d: %s' % (self.filename, self.lineno, self.message)
