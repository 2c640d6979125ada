"""String literal decoding for the parser, in RPy.

`parse_prefix(text)` splits a STRING token's text into its prefix flags and
body; `decode_str_body` / `decode_bytes_body` turn a body (newlines already
normalized to \\n) into the value CPython gives the literal: escapes
(\\\\ \\' \\" \\a \\b \\f \\n \\r \\t \\v, octal, \\xhh, \\uXXXX, \\UXXXXXXXX,
backslash-newline), raw strings left as written.  Errors are returned as a
message (the caller raises the SourceError with the token's position):
`LiteralError`.  `\\N{...}` names come from unicodenames.py.
"""
from __future__ import annotations

from ouro.parser.unicodenames import lookup

# the 256 one-byte bytes objects, to build bytes values with b"".join
BYTE_TABLE = [bytes([i]) for i in range(256)]


class LiteralError(Exception):
    msg: str

    def __init__(self, msg: str) -> None:
        self.msg = msg


class StringPrefix:
    is_bytes: bool
    is_raw: bool
    is_f: bool
    is_u: bool
    body: str           # between the quotes, newlines normalized

    def __init__(self, is_bytes: bool, is_raw: bool, is_f: bool, is_u: bool, body: str) -> None:
        self.is_bytes = is_bytes
        self.is_raw = is_raw
        self.is_f = is_f
        self.is_u = is_u
        self.body = body


def normalize_newlines(s: str) -> str:
    if "\r" not in s:
        return s
    return s.replace("\r\n", "\n").replace("\r", "\n")


def parse_prefix(text: str) -> StringPrefix:
    i = 0
    is_bytes = False
    is_raw = False
    is_f = False
    is_u = False
    while i < len(text):
        c = text[i]
        if c == "'" or c == '"':
            break
        if c == "b" or c == "B":
            is_bytes = True
        elif c == "r" or c == "R":
            is_raw = True
        elif c == "f" or c == "F":
            is_f = True
        elif c == "u" or c == "U":
            is_u = True
        i += 1
    q = 1
    if i + 2 < len(text) and text[i + 1] == text[i] and text[i + 2] == text[i] and \
            len(text) - i >= 6:
        q = 3
    body = text[i + q:len(text) - q]
    return StringPrefix(is_bytes, is_raw, is_f, is_u, normalize_newlines(body))


def hex_value(c: str) -> int:
    o = ord(c)
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 102:
        return o - 87
    if 65 <= o <= 70:
        return o - 55
    return -1


def simple_escape(c: str) -> int:
    """The code of a one-character escape (`\\n`, `\\t`, `\\\\`, ...), or -1;
    shared by str and bytes literals."""
    return SIMPLE_ESCAPES.get(c, -1)


SIMPLE_ESCAPES = {"\\": 92, "'": 39, '"': 34, "a": 7, "b": 8, "f": 12, "n": 10, "r": 13,
                  "t": 9, "v": 11}


class EscapeCheck:
    """What the last body decoded with it had for CPython's DeprecationWarning
    (3.11): its first invalid escape sequence, "" if none -- the character
    after the backslash (`\\d`: "d"), or the three digits of an octal escape
    above 0o377 (`\\777`: "777")."""
    first: str

    def __init__(self) -> None:
        self.first = ""

    def message(self) -> str:
        if len(self.first) == 3:
            return "invalid octal escape sequence '\\%s'" % self.first
        return "invalid escape sequence '\\%s'" % self.first


def decode_str_body(body: str, raw: bool, check: EscapeCheck | None = None) -> str:
    if check is not None:
        check.first = ""
    if raw or "\\" not in body:
        return body
    parts: list[str] = []
    n = len(body)
    i = 0
    start = 0
    while i < n:
        if body[i] != "\\":
            i += 1
            continue
        if i > start:
            parts.append(body[start:i])
        i += 1
        if i >= n:
            parts.append("\\")
            start = i
            break
        c = body[i]
        i += 1
        simple = simple_escape(c)
        if c == "\n":
            pass
        elif simple >= 0:
            parts.append(chr(simple))
        elif "0" <= c <= "7":
            v = ord(c) - 48
            k = 0
            while k < 2 and i < n and "0" <= body[i] <= "7":
                v = v * 8 + ord(body[i]) - 48
                i += 1
                k += 1
            if v > 0o377 and check is not None and check.first == "":
                check.first = body[i - 3:i]
            parts.append(chr(v))
        elif c == "x" or c == "u" or c == "U":
            count = 2
            if c == "u":
                count = 4
            elif c == "U":
                count = 8
            v = 0
            k = 0
            while k < count:
                if i >= n or hex_value(body[i]) < 0:
                    if c == "x":
                        raise LiteralError("(unicode error) 'unicodeescape' codec can't decode "
                                           "bytes in position %d-%d: truncated \\xXX escape"
                                           % (0, 0))
                    raise LiteralError("(unicode error) 'unicodeescape' codec can't decode "
                                       "bytes in position %d-%d: truncated \\%sXXXX%s escape"
                                       % (0, 0, c, "XXXX" if c == "U" else ""))
                v = v * 16 + hex_value(body[i])
                i += 1
                k += 1
            if v > 0x10FFFF:
                raise LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes "
                                   "in position 0-9: illegal Unicode character")
            parts.append(chr(v))
        elif c == "N":
            # \N{NAME}: position of the escape in the body, for CPython's message
            esc = i - 2
            close = body.find("}", i)
            if i >= n or body[i] != "{" or close < 0 or close == i + 1:
                if i >= n or body[i] != "{":
                    end = i - 1                 # \N without a brace
                elif close < 0:
                    end = n - 1                 # no closing brace: the rest
                else:
                    end = close - 1             # \N{}
                raise LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                   "position %d-%d: malformed \\N character escape" % (esc, end))
            cp = lookup(body[i + 1:close])
            if cp < 0:
                raise LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                   "position %d-%d: unknown Unicode character name"
                                   % (esc, close))
            parts.append(chr(cp))
            i = close + 1
        else:
            if check is not None and check.first == "":
                check.first = c
            parts.append("\\")
            parts.append(c)
        start = i
    if start < n:
        parts.append(body[start:])
    return "".join(parts)


def decode_bytes_body(body: str, raw: bool, check: EscapeCheck | None = None) -> bytes:
    if check is not None:
        check.first = ""
    for ch in body:
        if ord(ch) >= 128:
            raise LiteralError("bytes can only contain ASCII literal characters")
    if raw or "\\" not in body:
        return body.encode()
    parts: list[bytes] = []
    n = len(body)
    i = 0
    start = 0
    while i < n:
        if body[i] != "\\":
            i += 1
            continue
        if i > start:
            parts.append(body[start:i].encode())
        i += 1
        if i >= n:
            parts.append(b"\\")
            start = i
            break
        c = body[i]
        i += 1
        v = simple_escape(c)
        if c == "\n" or v >= 0:
            pass
        elif "0" <= c <= "7":
            v = ord(c) - 48
            k = 0
            while k < 2 and i < n and "0" <= body[i] <= "7":
                v = v * 8 + ord(body[i]) - 48
                i += 1
                k += 1
            if v > 0o377 and check is not None and check.first == "":
                check.first = body[i - 3:i]
            v = v & 255
        elif c == "x":
            if i + 1 < n and hex_value(body[i]) >= 0 and hex_value(body[i + 1]) >= 0:
                v = hex_value(body[i]) * 16 + hex_value(body[i + 1])
                i += 2
            else:
                raise LiteralError("(value error) invalid \\x escape at position %d" % (i - 2))
        else:
            if check is not None and check.first == "":
                check.first = c
            parts.append(b"\\")
            parts.append(c.encode())
        if v >= 0:
            parts.append(BYTE_TABLE[v])
        start = i
    if start < n:
        parts.append(body[start:].encode())
    return b"".join(parts)
