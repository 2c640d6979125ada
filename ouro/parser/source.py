"""Source decoding: from the bytes of a .py file to UTF-8, as CPython 3.11 does.

- A UTF-8 byte order mark (EF BB BF) is removed; the source is then UTF-8
  and a coding declaration, if any, must say utf-8 ("encoding problem:
  NAME with BOM" otherwise).
- A PEP 263 declaration (`# -*- coding: NAME -*-`, `# vim: set
  fileencoding=NAME :`, ...) is looked for in a comment on line 1, or on
  line 2 if line 1 is blank or only a comment; the name is normalized as
  CPython's tokenizer and codec registry do ("latin-1", "ISO_8859_1",
  "Latin1" all mean latin-1).
- Without a declaration the source is UTF-8.

Supported encodings: utf-8, latin-1 (iso-8859-1), ascii, and every
single-byte ("charmap") codec of CPython's `encodings` package (cp1252,
koi8-r, iso8859-15, mac-roman, ...), whose tables are taken at load time
from the CPython running the translation.  A codec CPython knows but we do
not (multi-byte ones: shift_jis, euc-jp, utf-16, ...) gives "encoding not
supported by ouro: NAME"; a name CPython does not know gives its message,
"unknown encoding: NAME".  Decoding errors give CPython's codec messages.

The result is UTF-8 bytes: UTF-8 input is only validated (no copy), other
encodings are converted.  Newlines are left as they are (the tokenizer
reads \\n, \\r\\n and \\r alike).
"""
from __future__ import annotations

import encodings as _encodings
import encodings.aliases as _aliases
import importlib as _importlib
import pkgutil as _pkgutil

from ouro.parser.errors import SourceError


# ---------------------------------------------------------------- load-time tables
# (runs on CPython when the module is imported; not RPy)

def _codec_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(aliases: normalized name -> codec module name,
        tables: codec module name -> its 256 characters, '\\ufffe' = undefined)"""
    aliases: dict[str, str] = {}
    tables: dict[str, str] = {}
    for name, target in _aliases.aliases.items():
        aliases[name] = target
    for info in _pkgutil.iter_modules(_encodings.__path__):
        name = info.name
        if name.startswith("_") or name == "aliases":
            continue
        aliases.setdefault(name, name)
        try:
            module = _importlib.import_module("encodings." + name)
        except Exception:
            continue
        table = getattr(module, "decoding_table", None)
        if not (isinstance(table, str) and len(table) == 256):
            continue
        chars = []
        for b in range(256):
            try:
                ch = bytes([b]).decode(name)
            except UnicodeDecodeError:
                ch = "\ufffe"
            if len(ch) != 1:
                break
            chars.append(ch)
        else:
            tables[name] = "".join(chars)
    return aliases, tables


CODEC_ALIASES, CODEC_TABLES = _codec_tables()


# ---------------------------------------------------------------- result

class DecodedSource:
    data: bytes         # the source as UTF-8, without a BOM
    encoding: str       # the declared encoding as CPython names it, "utf-8" by default
    bom: bool

    def __init__(self, data: bytes, encoding: str, bom: bool) -> None:
        self.data = data
        self.encoding = encoding
        self.bom = bom


def _error(msg: str) -> SourceError:
    return SourceError("SyntaxError", msg, 0, -1, 0, -1, None)


# ---------------------------------------------------------------- the declaration

def _line_end(raw: bytes, start: int) -> int:
    """Index just after the line starting at `start` (its \\n, \\r\\n or \\r included)."""
    n = len(raw)
    i = start
    while i < n:
        b = raw[i]
        if b == 10:
            return i + 1
        if b == 13:
            if i + 1 < n and raw[i + 1] == 10:
                return i + 2
            return i + 1
        i += 1
    return n


def _is_name_char(b: int) -> bool:
    return ((48 <= b <= 57) or (65 <= b <= 90) or (97 <= b <= 122)
            or b == 45 or b == 95 or b == 46)


def _coding_spec(raw: bytes, start: int, end: int) -> str | None:
    """The encoding name declared by the line raw[start:end], if any: the
    line must be a comment (after blanks) containing `coding:` or
    `coding=`, then optional blanks, then the name."""
    i = start
    while i < end - 6:
        b = raw[i]
        if b == 35:     # '#'
            break
        if b != 32 and b != 9 and b != 12:
            return None
        i += 1
    while i < end - 6:
        if (raw[i] == 99 and raw[i + 1] == 111 and raw[i + 2] == 100 and raw[i + 3] == 105
                and raw[i + 4] == 110 and raw[i + 5] == 103):      # "coding"
            t = i + 6
            if raw[t] == 58 or raw[t] == 61:                        # ':' or '='
                t += 1
                while t < end and (raw[t] == 32 or raw[t] == 9):
                    t += 1
                begin = t
                while t < end and _is_name_char(raw[t]):
                    t += 1
                if t > begin:
                    return raw[begin:t].decode()
        i += 1
    return None


def _is_blank_or_comment(raw: bytes, start: int, end: int) -> bool:
    i = start
    while i < end:
        b = raw[i]
        if b == 35 or b == 10 or b == 13:
            return True
        if b != 32 and b != 9 and b != 12:
            return False
        i += 1
    return True


def normal_name(name: str) -> str:
    """CPython's tokenizer's spelling of the utf-8 and latin-1 names."""
    low = name[:12].lower().replace("_", "-")
    if low == "utf-8" or low.startswith("utf-8-"):
        return "utf-8"
    if (low == "latin-1" or low == "iso-8859-1" or low == "iso-latin-1"
            or low.startswith("latin-1-") or low.startswith("iso-8859-1-")
            or low.startswith("iso-latin-1-")):
        return "iso-8859-1"
    return name


def codec_name(name: str) -> str:
    """The codec module CPython's registry finds for `name`, or ""."""
    parts: list[str] = []
    punct = False
    for c in name.lower():
        if c.isalnum() or c == ".":
            if punct and len(parts) > 0:
                parts.append("_")
            parts.append(c)
            punct = False
        else:
            punct = True
    norm = "".join(parts)
    target = CODEC_ALIASES.get(norm, "")
    if target == "":
        target = CODEC_ALIASES.get(norm.replace(".", "_"), "")
    return target


def declared_encoding(raw: bytes, start: int) -> str | None:
    """The encoding declared on line 1 or 2 of raw[start:], if any."""
    end1 = _line_end(raw, start)
    spec = _coding_spec(raw, start, end1)
    if spec is None and end1 > start and _is_blank_or_comment(raw, start, end1):
        end2 = _line_end(raw, end1)
        spec = _coding_spec(raw, end1, end2)
    return spec


# ---------------------------------------------------------------- decoding

def utf8_error(data: bytes, start: int) -> tuple[int, str]:
    """(index of the first byte of data[start:] that is not valid UTF-8, the
    reason as CPython's codec says it), or (-1, "") if all is valid."""
    n = len(data)
    i = start
    while i < n:
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        if b < 0xC2 or b > 0xF4:
            return i, "invalid start byte"
        if b < 0xE0:
            need = 1
            lo = 0x80
            hi = 0xBF
        elif b < 0xF0:
            need = 2
            lo = 0xA0 if b == 0xE0 else 0x80
            hi = 0x9F if b == 0xED else 0xBF
        else:
            need = 3
            lo = 0x90 if b == 0xF0 else 0x80
            hi = 0x8F if b == 0xF4 else 0xBF
        k = 1
        while k <= need:
            if i + k >= n:
                return i, "unexpected end of data"
            c = data[i + k]
            if k == 1:
                if c < lo or c > hi:
                    return i, "invalid continuation byte"
            elif c < 0x80 or c > 0xBF:
                return i, "invalid continuation byte"
            k += 1
        i += need + 1
    return -1, ""


def _line_number(data: bytes, pos: int) -> int:
    """The line (from 1) that data[pos] is on (\n, \r\n and \r end lines)."""
    lineno = 1
    i = 0
    while i < pos:
        b = data[i]
        if b == 10 or (b == 13 and (i + 1 >= len(data) or data[i + 1] != 10)):
            lineno += 1
        i += 1
    return lineno


def _check_utf8(data: bytes) -> None:
    bad, reason = utf8_error(data, 0)
    if bad < 0:
        return
    # report it on its line, like CPython's "(unicode error)" for a literal
    line_start = bad
    while line_start > 0 and data[line_start - 1] != 10 and data[line_start - 1] != 13:
        line_start -= 1
    lineno = _line_number(data, line_start)
    chars = 0
    i = line_start
    while i < bad:
        if (data[i] & 0xC0) != 0x80:
            chars += 1
        i += 1
    msg = "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s" % (
        data[bad], bad - line_start, reason)
    raise SourceError("SyntaxError", msg, lineno, chars + 1, lineno, chars + 1, None)


def non_utf8_message(raw: bytes, filename: str) -> str:
    """CPython's message for a script file (read by its tokenizer from the
    file, not compiled from bytes) that declares no encoding and is not
    UTF-8, or "" if it is not that case."""
    if declared_encoding(raw, 0) is not None:
        return ""
    bad, _ = utf8_error(raw, 0)
    if bad < 0:
        return ""
    lineno = _line_number(raw, bad)
    return ("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
            "declared; see https://peps.python.org/pep-0263/ for details"
            % (raw[bad], filename, lineno))


def _decode_with_table(raw: bytes, start: int, table: str) -> bytes:
    codes = [ord(c) for c in table]
    parts: list[str] = []
    i = start
    n = len(raw)
    while i < n:
        code = codes[raw[i]]
        if code == 0xFFFE:
            raise _error("'charmap' codec can't decode byte 0x%02x in position %d: "
                         "character maps to <undefined>" % (raw[i], i))
        parts.append(chr(code))
        i += 1
    return "".join(parts).encode()


def _decode_latin1(raw: bytes, start: int) -> bytes:
    parts: list[str] = []
    i = start
    n = len(raw)
    while i < n:
        parts.append(chr(raw[i]))
        i += 1
    return "".join(parts).encode()


def _check_ascii(raw: bytes, start: int) -> None:
    i = start
    n = len(raw)
    while i < n:
        if raw[i] >= 128:
            raise _error("'ascii' codec can't decode byte 0x%02x in position %d: "
                         "ordinal not in range(128)" % (raw[i], i))
        i += 1


class SourceDecoder:
    """Decodes sources in codecs that have no table here (the CJK codecs
    of ouro/modules/_multibytecodec register one): the text as UTF-8, or
    None when `codec` is not one of its; a SourceError if it cannot.
    This base knows no codec (the list holds one, so that a program
    without the codec modules, parse_main.py, still translates)."""

    def decode(self, codec: str, raw: bytes, start: int) -> bytes | None:
        return None


SOURCE_DECODERS: list[SourceDecoder] = [SourceDecoder()]


def decode_error(msg: str) -> SourceError:
    return _error(msg)


def decode_source(raw: bytes) -> DecodedSource:
    """The source as UTF-8 bytes, after the BOM and declaration rules."""
    bom = len(raw) >= 3 and raw[0] == 0xEF and raw[1] == 0xBB and raw[2] == 0xBF
    start = 3 if bom else 0
    spec = declared_encoding(raw, start)
    if spec is None:
        data = raw[start:] if bom else raw
        _check_utf8(data)
        return DecodedSource(data, "utf-8", bom)
    name = normal_name(spec)
    if bom and name != "utf-8":
        raise _error("encoding problem: %s with BOM" % name)
    codec = codec_name(name)
    if codec == "":
        raise _error("unknown encoding: %s" % name)
    if codec == "utf_8":
        data = raw[start:] if bom else raw
        _check_utf8(data)
        return DecodedSource(data, name, bom)
    if codec == "latin_1":
        return DecodedSource(_decode_latin1(raw, start), name, bom)
    if codec == "ascii":
        _check_ascii(raw, start)
        return DecodedSource(raw, name, bom)
    if codec in CODEC_TABLES:
        return DecodedSource(_decode_with_table(raw, start, CODEC_TABLES[codec]), name, bom)
    for decoder in SOURCE_DECODERS:
        decoded = decoder.decode(codec, raw, start)
        if decoded is not None:
            return DecodedSource(decoded, name, bom)
    raise _error("encoding not supported by ouro: %s" % name)
