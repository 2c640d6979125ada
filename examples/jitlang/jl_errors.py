"""jitlang: the one error class (syntax and run-time errors of programs)."""
from __future__ import annotations


class JLError(Exception):
    """An error of the jitlang program: printed as 'FILE:LINE: KIND: message'
    and the interpreter exits with status 1. line 0: not known yet (the
    interpreter fills it in from the failing instruction)."""
    kind: str
    message: str
    line: int

    def __init__(self, kind: str, message: str, line: int) -> None:
        self.kind = kind
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return '%d: %s: %s' % (self.line, self.kind, self.message)
