"""User exception classes with fields and a hierarchy; try/except with several
clauses (order matters, subclass caught by a base clause), `as` binding,
else clauses, raise of user and built-in exceptions, str(e) of messages,
exceptions as values, catching Exception as a catch-all, and a user exception
class without __init__ taking a message."""
from __future__ import annotations


class AppError(Exception):
    code: int

    def __init__(self, code: int) -> None:
        self.code = code


class ParseError(AppError):
    pos: int
    reason: str

    def __init__(self, pos: int, reason: str) -> None:
        AppError.__init__(self, 2)
        self.pos = pos
        self.reason = reason


class LimitError(AppError):
    limit: int

    def __init__(self, limit: int) -> None:
        super().__init__(3)
        self.limit = limit


class PlainError(Exception):
    pass


def parse_digit(s: str, pos: int) -> int:
    ch = s[pos]
    if not ch.isdigit():
        raise ParseError(pos, "expected a digit, got " + ch)
    return ord(ch) - ord("0")


def checked_sum(s: str, limit: int) -> int:
    total = 0
    for i in range(len(s)):
        total += parse_digit(s, i)
        if total > limit:
            raise LimitError(limit)
    return total


def run(s: str) -> str:
    try:
        value = checked_sum(s, 20)
    except ParseError as pe:
        return "parse error at %d: %s (code %d)" % (pe.pos, pe.reason, pe.code)
    except LimitError as le:
        return "over the limit %d (code %d)" % (le.limit, le.code)
    except IndexError:
        return "index error"
    else:
        return "sum is %d" % value


def classify(n: int) -> str:
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            raise ParseError(7, "one")
        if n == 2:
            raise KeyError("two")
        if n == 3:
            raise PlainError("plain three")
        return "no error"
    except AppError as ae:
        return "AppError code %d" % ae.code
    except ValueError as ve:
        return "ValueError " + str(ve)
    except PlainError as pl:
        return "PlainError " + str(pl)
    except Exception:
        return "some other Exception"


def make_error(kind: int) -> AppError:
    if kind == 0:
        return ParseError(0, "made")
    return LimitError(kind)


def entry_point(argv: list[str]) -> int:
    for s in ["123", "12x4", "99999", "", "5"]:
        print(repr(s), "->", run(s))
    for n in range(5):
        print(n, classify(n))
    err = make_error(0)
    print("made:", err.code, isinstance(err, ParseError), isinstance(err, LimitError))
    try:
        raise make_error(42)
    except LimitError as caught:
        print("raised a value:", caught.limit, caught is not err)
    try:
        try:
            raise ParseError(1, "inner")
        except LimitError:
            print("wrong handler")
    except AppError as outer:
        print("outer handler got code", outer.code)
    caught_count = 0
    for i in range(10):
        try:
            if i % 3 == 0:
                raise AppError(i)
            caught_count += 100
        except AppError as ae2:
            caught_count += ae2.code
    print("caught_count:", caught_count)
    return 0
