"""SourceError: a SyntaxError (or IndentationError, TabError) in source code.

Raised by the tokenizer (and later the parser) with the fields CPython's
SyntaxError carries, so that the command line can print the error as
CPython does:

    kind        "SyntaxError", "IndentationError" or "TabError"
    msg         the message, e.g. "unterminated string literal (detected at line 3)"
    lineno      1-based line (0 when the error is about the whole source,
                e.g. an unknown encoding)
    offset      1-based CHARACTER offset in that line, as SyntaxError.offset
                (0 if unknown)
    end_lineno, end_offset   the same for the end of the range
    text        the source line (decoded, with its newline) or None
"""
from __future__ import annotations


class SourceError(Exception):
    kind: str
    msg: str
    lineno: int
    offset: int
    end_lineno: int
    end_offset: int
    text: str | None
    from_tokenizer: bool    # the tokenizer's: CPython adds no newline to the text

    def __init__(self, kind: str, msg: str, lineno: int, offset: int,
                 end_lineno: int, end_offset: int, text: str | None) -> None:
        self.kind = kind
        self.msg = msg
        self.lineno = lineno
        self.offset = offset
        self.end_lineno = end_lineno
        self.end_offset = end_offset
        self.text = text
        self.from_tokenizer = False

    def __str__(self) -> str:
        return "%s: %s (line %d, offset %d)" % (self.kind, self.msg, self.lineno, self.offset)


def tokenizer_error(kind: str, msg: str, lineno: int, offset: int, end_lineno: int,
                    end_offset: int, text: str | None) -> SourceError:
    e = SourceError(kind, msg, lineno, offset, end_lineno, end_offset, text)
    e.from_tokenizer = True
    return e


class PendingWarnings:
    """Warnings of the parser (DeprecationWarning: invalid escape sequences)
    and the compiler (SyntaxWarning) not emitted yet: neither knows objects,
    the interpreter hands them to warnings.warn_explicit after each
    compilation (ouro/interpreter/importing.py: emit_compile_warnings).
    Each comes with the SyntaxError that replaces it when the filters turn
    it into an error (CPython's compiler_warn and
    warn_invalid_escape_sequence): its message and position."""
    filenames: list[str]
    categories: list[str]           # "SyntaxWarning" or "DeprecationWarning"
    errors: list[SourceError]

    def __init__(self) -> None:
        self.filenames = []
        self.categories = []
        self.errors = []

    def add(self, filename: str, category: str, error: SourceError) -> None:
        self.filenames.append(filename)
        self.categories.append(category)
        self.errors.append(error)

    def count(self) -> int:
        return len(self.errors)

    def repeat(self, i: int) -> None:
        """Warning i once more (a loop's test compiled twice)."""
        self.add(self.filenames[i], self.categories[i], self.errors[i])

    def clear(self) -> None:
        self.filenames = []
        self.categories = []
        self.errors = []


WARNINGS = PendingWarnings()
