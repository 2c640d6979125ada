"""The codec algorithms of `_codecs` (Objects/unicodeobject.c,
Objects/bytesobject.c and Modules/_codecsmodule.c of CPython 3.11), on RPy
strings and bytes.

UTF-8, ASCII and Latin-1 with a built-in error handler are
ouro/objspace/strobject.py's encode_text/decode_bytes (str.encode and
bytes.decode); here are their loops for the other (registered) handlers,
the incremental UTF-8 decoding (final=False), UTF-16, UTF-32,
unicode_escape, raw_unicode_escape, the bytes escapes of escape_encode /
escape_decode, and the charmap codecs.  Errors go through errors.py.
"""
from __future__ import annotations

from ouro.modules._codecs.errors import (H_CUSTOM, DecodeCtx, EncodeCtx, decode_failure,
                                         encode_failure, handler_kind, is_surrogate)
from ouro.modules.math.args import module_type
from ouro.objspace import space
from ouro.objspace.bytesops import hex_digit_value
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (OperationError, operr, w_LookupError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.intobject import W_IntObject, wrap_int
from ouro.objspace.model import (W_Root, W_TypeObject, type_name, w_None)
from ouro.objspace.strobject import (W_StrObject, _utf8_check, decode_bytes, encode_text,
                                     is_ascii, latin1_decode)
from ouro.parser import unicodenames

# -- encoders' contexts: how each codec encodes a str replacement


class UCS1Ctx(EncodeCtx):
    """ASCII (limit 128) and Latin-1 (256)."""
    limit: int

    def __init__(self, encoding: str, chars: list[str], errors: str, limit: int) -> None:
        reason = "ordinal not in range(%d)" % limit
        EncodeCtx.__init__(self, encoding, reason, chars, errors)
        self.limit = limit

    def encode_rep(self, rep: str) -> bytes | None:
        res: list[int] = []
        for c in rep:
            o = ord(c)
            if o >= self.limit:
                return None
            res.append(o)
        return bytes(res)


class UTF8Ctx(EncodeCtx):
    def __init__(self, chars: list[str], errors: str) -> None:
        EncodeCtx.__init__(self, "utf-8", "surrogates not allowed", chars, errors)

    def encode_rep(self, rep: str) -> bytes | None:
        if not is_ascii(rep):
            return None
        return rep.encode()


class WideCtx(EncodeCtx):
    """UTF-16 (width 2) and UTF-32 (width 4): only ASCII str replacements,
    bytes replacements in whole code units."""
    width: int
    little: bool

    def __init__(self, encoding: str, chars: list[str], errors: str, width: int,
                 little: bool) -> None:
        EncodeCtx.__init__(self, encoding, "surrogates not allowed", chars, errors)
        self.width = width
        self.little = little

    def encode_rep(self, rep: str) -> bytes | None:
        if not is_ascii(rep):
            return None
        res: list[int] = []
        for c in rep:
            put_unit(res, ord(c), self.width, self.little)
        return bytes(res)

    def bytes_rep_ok(self, data: bytes) -> bool:
        return len(data) % self.width == 0


def put_unit(res: list[int], u: int, width: int, little: bool) -> None:
    if width == 2:
        if little:
            res.append(u & 0xFF)
            res.append(u >> 8)
        else:
            res.append(u >> 8)
            res.append(u & 0xFF)
    elif little:
        res.append(u & 0xFF)
        res.append((u >> 8) & 0xFF)
        res.append((u >> 16) & 0xFF)
        res.append(u >> 24)
    else:
        res.append(u >> 24)
        res.append((u >> 16) & 0xFF)
        res.append((u >> 8) & 0xFF)
        res.append(u & 0xFF)


# -- UTF-8, ASCII, Latin-1

def _unencodable(limit: int, c: str) -> bool:
    """limit 0: UTF-8 (surrogates); else the UCS1 limit."""
    o = ord(c)
    if limit == 0:
        return is_surrogate(o)
    return o >= limit


def encode_simple(s: str, errors: str, limit: int, encoding: str) -> bytes:
    """UTF-8 (limit 0), ASCII (128) or Latin-1 (256)."""
    if handler_kind(errors) != H_CUSTOM:
        return encode_text(s, encoding, errors)
    chars = list(s)
    if limit == 0:
        ctx: EncodeCtx = UTF8Ctx(chars, errors)
    else:
        ctx = UCS1Ctx(encoding, chars, errors, limit)
    n = len(chars)
    i = 0
    while i < n:
        j = i
        while j < n and not _unencodable(limit, chars[j]):
            j += 1
        if j > i:
            seg = "".join(chars[i:j])
            if limit == 0 or is_ascii(seg):
                ctx.out.append(seg.encode())
            else:
                ctx.out.append(bytes([ord(c) for c in seg]))
        if j >= n:
            break
        k = j + 1
        while k < n and _unencodable(limit, chars[k]):
            k += 1
        i = encode_failure(ctx, j, k)
    return b"".join(ctx.out)


def utf8_incomplete_tail(data: bytes) -> int:
    """Where a UTF-8 sequence cut by the end of data starts (len(data) if
    none): what an incremental decoder keeps for later."""
    n = len(data)
    i = n - 3
    if i < 0:
        i = 0
    while i < n:
        b = data[i]
        if 0xC2 <= b <= 0xF4:
            length, err_end, reason = _utf8_check(data, i, n)
            if length == 0 and err_end == n and reason == "unexpected end of data":
                return i
            if b == 0xED and i == n - 2 and 0xA0 <= data[i + 1] <= 0xBF:
                # a truncated surrogate: CPython waits for more too
                return i
        i += 1
    return n


def utf8_decode(data: bytes, errors: str, final: bool) -> tuple[str, int]:
    """(text, bytes consumed)."""
    n = len(data)
    if not final:
        n = utf8_incomplete_tail(data)
        if n < len(data):
            data = data[:n]
    if handler_kind(errors) != H_CUSTOM:
        return decode_bytes(data, "utf-8", errors), n
    ctx = DecodeCtx("utf-8", data, errors)
    i = 0
    seg = 0
    while i < n:
        if data[i] < 128:
            i += 1
            continue
        length, err_end, reason = _utf8_check(data, i, n)
        if length > 0:
            i += length
            continue
        if i > seg:
            ctx.out.append(data[seg:i].decode())
        i = decode_failure(ctx, i, err_end, reason)
        seg = i
    if n > seg:
        ctx.out.append(data[seg:n].decode())
    return "".join(ctx.out), n


def ascii_decode(data: bytes, errors: str) -> str:
    if handler_kind(errors) != H_CUSTOM:
        return decode_bytes(data, "ascii", errors)
    ctx = DecodeCtx("ascii", data, errors)
    n = len(data)
    i = 0
    seg = 0
    while i < n:
        if data[i] < 128:
            i += 1
            continue
        if i > seg:
            ctx.out.append(data[seg:i].decode())
        i = decode_failure(ctx, i, i + 1, "ordinal not in range(128)")
        seg = i
    if n > seg:
        ctx.out.append(data[seg:n].decode())
    return "".join(ctx.out)


def latin1_decode_bytes(data: bytes) -> str:
    return latin1_decode(data)


# -- UTF-16 and UTF-32

def wide_encode(s: str, errors: str, byteorder: int, width: int) -> bytes:
    """UTF-16/32; byteorder 0: native (little-endian) with a BOM, -1 little,
    1 big."""
    base = "utf-16" if width == 2 else "utf-32"
    if byteorder == 0:
        encoding = base
    elif byteorder < 0:
        encoding = base + "-le"
    else:
        encoding = base + "-be"
    little = byteorder <= 0
    chars = list(s)
    ctx = WideCtx(encoding, chars, errors, width, little)
    res: list[int] = []
    if byteorder == 0:
        put_unit(res, 0xFEFF, width, little)
    n = len(chars)
    i = 0
    while i < n:
        o = ord(chars[i])
        if is_surrogate(o):
            if len(res) > 0:
                ctx.out.append(bytes(res))
                res = []
            i = encode_failure(ctx, i, i + 1)
            continue
        if width == 2 and o >= 0x10000:
            o -= 0x10000
            put_unit(res, 0xD800 | (o >> 10), 2, little)
            put_unit(res, 0xDC00 | (o & 0x3FF), 2, little)
        else:
            put_unit(res, o, width, little)
        i += 1
    if len(res) > 0:
        ctx.out.append(bytes(res))
    return b"".join(ctx.out)


def _unit16(data: bytes, q: int, little: bool) -> int:
    if little:
        return (data[q + 1] << 8) | data[q]
    return (data[q] << 8) | data[q + 1]


def utf16_decode(data: bytes, errors: str, byteorder: int,
                 final: bool) -> tuple[str, int, int]:
    """(text, bytes consumed, byte order found); PyUnicode_DecodeUTF16Stateful."""
    n = len(data)
    q = 0
    bo = byteorder
    if bo == 0 and n >= 2:
        bom = (data[1] << 8) | data[0]
        if bom == 0xFEFF:
            q = 2
            bo = -1
        elif bom == 0xFFFE:
            q = 2
            bo = 1
    if q == n:
        return "", n, bo
    little = bo <= 0
    ctx = DecodeCtx("utf-16-le" if little else "utf-16-be", data, errors)
    out = ctx.out
    while True:
        err = 0
        while q + 1 < n:
            u = _unit16(data, q, little)
            q += 2
            if not is_surrogate(u):
                out.append(chr(u))
                continue
            if u >= 0xDC00:
                err = 2
                break
            if q + 1 >= n:
                err = 1
                break
            u2 = _unit16(data, q, little)
            q += 2
            if not (0xDC00 <= u2 <= 0xDFFF):
                err = 3
                break
            out.append(chr(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00)))
        if err == 0:
            if q >= n or not final:
                break
            reason = "truncated data"
            start = q
            end = n
        elif err == 1:
            q -= 2
            if not final:
                break
            reason = "unexpected end of data"
            start = q
            end = n
        elif err == 2:
            reason = "illegal encoding"
            start = q - 2
            end = start + 2
        else:
            reason = "illegal UTF-16 surrogate"
            start = q - 4
            end = start + 2
        q = decode_failure(ctx, start, end, reason)
    return "".join(out), (n if final else q), bo


def utf32_decode(data: bytes, errors: str, byteorder: int,
                 final: bool) -> tuple[str, int, int]:
    n = len(data)
    q = 0
    bo = byteorder
    if bo == 0 and n >= 4:
        bom = (data[3] << 24) | (data[2] << 16) | (data[1] << 8) | data[0]
        if bom == 0x0000FEFF:
            q = 4
            bo = -1
        elif bom == 0xFFFE0000:
            q = 4
            bo = 1
    if q == n:
        return "", n, bo
    little = bo <= 0
    ctx = DecodeCtx("utf-32-le" if little else "utf-32-be", data, errors)
    out = ctx.out
    while q < n:
        if n - q >= 4:
            if little:
                u = (data[q + 3] << 24) | (data[q + 2] << 16) | (data[q + 1] << 8) | data[q]
            else:
                u = (data[q] << 24) | (data[q + 1] << 16) | (data[q + 2] << 8) | data[q + 3]
            if u < 0xD800 or 0xE000 <= u <= 0x10FFFF:
                out.append(chr(u))
                q += 4
                continue
            if is_surrogate(u):
                reason = "code point in surrogate code point range(0xd800, 0xe000)"
            else:
                reason = "code point not in range(0x110000)"
            start = q
            end = q + 4
        else:
            if not final:
                break
            reason = "truncated data"
            start = q
            end = n
        q = decode_failure(ctx, start, end, reason)
    return "".join(out), (n if final else q), bo


# -- unicode_escape and raw_unicode_escape

HEX = "0123456789abcdef"


def _hex(o: int, ndigits: int) -> str:
    digits: list[str] = []
    k = ndigits - 1
    while k >= 0:
        digits.append(HEX[(o >> (4 * k)) & 0xF])
        k -= 1
    return "".join(digits)


def unicode_escape_encode(s: str, raw: bool) -> bytes:
    parts: list[str] = []
    for c in s:
        o = ord(c)
        if o < 0x100:
            if raw:
                parts.append(c)
            elif 32 <= o < 127:
                parts.append("\\\\" if c == "\\" else c)
            elif c == "\t":
                parts.append("\\t")
            elif c == "\n":
                parts.append("\\n")
            elif c == "\r":
                parts.append("\\r")
            else:
                parts.append("\\x" + _hex(o, 2))
        elif o < 0x10000:
            parts.append("\\u" + _hex(o, 4))
        else:
            parts.append("\\U" + _hex(o, 8))
    text = "".join(parts)
    return bytes([ord(c) for c in text])


SIMPLE_ESCAPES = {92: "\\", 39: "'", 34: "\"", 98: "\b", 102: "\f", 116: "\t", 110: "\n",
                  114: "\r", 118: "\v", 97: "\a"}


def unicode_escape_decode(data: bytes, errors: str, final: bool) -> tuple[str, int]:
    """_PyUnicode_DecodeUnicodeEscapeInternal (no DeprecationWarning for
    invalid escapes)."""
    ctx = DecodeCtx("unicodeescape", data, errors)
    out = ctx.out
    n = len(data)
    s = 0
    consumed = n
    while s < n:
        c = data[s]
        s += 1
        if c != 92:
            out.append(chr(c))
            continue
        startinpos = s - 1
        incomplete = False
        message = ""
        if s >= n:
            message = "\\ at end of string"
            incomplete = True
        else:
            c = data[s]
            s += 1
            if c == 10:
                continue
            if c in SIMPLE_ESCAPES:
                out.append(SIMPLE_ESCAPES[c])
                continue
            if 48 <= c <= 55:
                ch = c - 48
                if s < n and 48 <= data[s] <= 55:
                    ch = (ch << 3) + data[s] - 48
                    s += 1
                    if s < n and 48 <= data[s] <= 55:
                        ch = (ch << 3) + data[s] - 48
                        s += 1
                out.append(chr(ch))
                continue
            if c == 120 or c == 117 or c == 85:      # x u U
                if c == 120:
                    count = 2
                    message = "truncated \\xXX escape"
                elif c == 117:
                    count = 4
                    message = "truncated \\uXXXX escape"
                else:
                    count = 8
                    message = "truncated \\UXXXXXXXX escape"
                ch = 0
                bad = False
                while count > 0:
                    if s >= n:
                        incomplete = True
                        break
                    d = hex_digit_value(data[s])
                    if d < 0:
                        bad = True
                        break
                    ch = (ch << 4) + d
                    s += 1
                    count -= 1
                if not incomplete and not bad:
                    if ch > 0x10FFFF:
                        message = "illegal Unicode character"
                    else:
                        out.append(chr(ch))
                        continue
            elif c == 78:                               # N
                message = "malformed \\N character escape"
                if s >= n:
                    incomplete = True
                elif data[s] == 123:                    # {
                    s += 1
                    name_start = s
                    while s < n and data[s] != 125:
                        s += 1
                    if s >= n:
                        incomplete = True
                    elif s > name_start:
                        name = data[name_start:s]
                        s += 1
                        cp = -1
                        if _all_ascii(name):
                            cp = unicodenames.lookup(name.decode())
                        if cp >= 0:
                            out.append(chr(cp))
                            continue
                        message = "unknown Unicode character name"
            else:
                out.append("\\")
                out.append(chr(c))
                continue
        if incomplete and not final:
            consumed = startinpos
            break
        s = decode_failure(ctx, startinpos, s, message)
    return "".join(out), consumed


def _all_ascii(b: bytes) -> bool:
    for x in b:
        if x >= 128:
            return False
    return True


def raw_unicode_escape_decode(data: bytes, errors: str, final: bool) -> tuple[str, int]:
    ctx = DecodeCtx("rawunicodeescape", data, errors)
    out = ctx.out
    n = len(data)
    s = 0
    consumed = n
    while s < n:
        c = data[s]
        s += 1
        if c != 92 or (s >= n and final):
            out.append(chr(c))
            continue
        startinpos = s - 1
        incomplete = False
        message = "\\ at end of string"
        if s >= n:
            incomplete = True
        else:
            c = data[s]
            s += 1
            if c == 117:
                count = 4
                message = "truncated \\uXXXX escape"
            elif c == 85:
                count = 8
                message = "truncated \\UXXXXXXXX escape"
            else:
                out.append("\\")
                out.append(chr(c))
                continue
            ch = 0
            bad = False
            while count > 0:
                if s >= n:
                    incomplete = True
                    break
                d = hex_digit_value(data[s])
                if d < 0:
                    bad = True
                    break
                ch = (ch << 4) + d
                s += 1
                count -= 1
            if not incomplete and not bad:
                if ch > 0x10FFFF:
                    message = "\\Uxxxxxxxx out of range"
                else:
                    out.append(chr(ch))
                    continue
        if incomplete and not final:
            consumed = startinpos
            break
        s = decode_failure(ctx, startinpos, s, message)
    return "".join(out), consumed


# -- bytes escapes (escape_encode / escape_decode: pickle's STRING)

def escape_encode(data: bytes) -> bytes:
    res: list[int] = []
    for c in data:
        if c == 39 or c == 92:
            res.append(92)
            res.append(c)
        elif c == 9:
            res.append(92)
            res.append(116)
        elif c == 10:
            res.append(92)
            res.append(110)
        elif c == 13:
            res.append(92)
            res.append(114)
        elif c < 32 or c >= 0x7F:
            res.append(92)
            res.append(120)
            res.append(ord(HEX[c >> 4]))
            res.append(ord(HEX[c & 0xF]))
        else:
            res.append(c)
    return bytes(res)


SIMPLE_BYTE_ESCAPES = {92: 92, 39: 39, 34: 34, 98: 8, 102: 12, 116: 9, 110: 10, 114: 13,
                       118: 11, 97: 7}


def escape_decode(data: bytes, errors: str) -> bytes:
    """_PyBytes_DecodeEscape (no DeprecationWarning for invalid escapes)."""
    res: list[int] = []
    n = len(data)
    s = 0
    while s < n:
        c = data[s]
        if c != 92:
            res.append(c)
            s += 1
            continue
        s += 1
        if s == n:
            raise operr(w_ValueError, "Trailing \\ in string")
        c = data[s]
        s += 1
        if c == 10:
            continue
        if c in SIMPLE_BYTE_ESCAPES:
            res.append(SIMPLE_BYTE_ESCAPES[c])
            continue
        if 48 <= c <= 55:
            v = c - 48
            if s < n and 48 <= data[s] <= 55:
                v = (v << 3) + data[s] - 48
                s += 1
                if s < n and 48 <= data[s] <= 55:
                    v = (v << 3) + data[s] - 48
                    s += 1
            res.append(v & 0xFF)
            continue
        if c == 120:
            if s + 1 < n:
                d1 = hex_digit_value(data[s])
                d2 = hex_digit_value(data[s + 1])
                if d1 >= 0 and d2 >= 0:
                    res.append((d1 << 4) + d2)
                    s += 2
                    continue
            if errors == "strict":
                raise operr(w_ValueError, "invalid \\x escape at position %d" % (s - 2))
            if errors == "replace":
                res.append(63)
            elif errors != "ignore":
                raise operr(w_ValueError, "decoding error; unknown error handling code: %s"
                            % errors)
            if s < n and hex_digit_value(data[s]) >= 0:
                s += 1
            continue
        res.append(92)
        s -= 1
    return bytes(res)


# -- charmap

def charmap_decode(data: bytes, errors: str, w_mapping: W_Root) -> str:
    if w_mapping is w_None:
        return latin1_decode(data)
    ctx = DecodeCtx("charmap", data, errors)
    out = ctx.out
    n = len(data)
    s = 0
    if isinstance(w_mapping, W_StrObject):
        table = list(w_mapping.as_str())
        while s < n:
            b = data[s]
            if b < len(table) and table[b] != "\ufffe":
                out.append(table[b])
                s += 1
                continue
            s = decode_failure(ctx, s, s + 1, "character maps to <undefined>")
        return "".join(out)
    while s < n:
        b = data[s]
        w_item: W_Root | None = None
        try:
            w_item = space.getitem(w_mapping, wrap_int(b))
        except OperationError as e:
            if not e.match(w_LookupError):
                raise
        if w_item is not None and w_item is not w_None:
            if isinstance(w_item, W_IntObject):
                value = w_item.intval
                if value != 0xFFFE:
                    if value < 0 or value > 0x10FFFF:
                        raise operr(w_TypeError, "character mapping must be in range(0x110000)")
                    out.append(chr(value))
                    s += 1
                    continue
            elif isinstance(w_item, W_StrObject):
                if w_item.as_str() != "\ufffe":
                    out.append(w_item.as_str())
                    s += 1
                    continue
            elif space.isinstance_w(w_item, space.w_int_type_):
                raise operr(w_TypeError, "character mapping must be in range(0x110000)")
            else:
                raise operr(w_TypeError, "character mapping must return integer, None or str")
        s = decode_failure(ctx, s, s + 1, "character maps to <undefined>")
    return "".join(out)


class W_EncodingMap(W_Root):
    """charmap_build's result: code point -> byte."""
    table: dict[int, int]

    def __init__(self, table: dict[int, int]) -> None:
        self.table = table

    def getclass(self) -> W_TypeObject:
        return w_encodingmap_type


w_encodingmap_type = module_type("builtins", "EncodingMap")


def charmap_build(table: str) -> W_Root:
    """PyUnicode_BuildEncodingMap: an EncodingMap when CPython makes its
    three-level trie (table[0] is NUL, no other NUL, no character beyond
    the BMP, few enough blocks), else a dict {code point: byte}."""
    chars = list(table)
    if len(chars) == 0:
        raise operr(w_TypeError, "bad argument type for built-in operation")
    length = len(chars) if len(chars) < 256 else 256
    need_dict = ord(chars[0]) != 0
    blocks1: dict[int, bool] = {}
    blocks2: dict[int, bool] = {}
    i = 1
    while i < length and not need_dict:
        o = ord(chars[i])
        if o == 0 or o > 0xFFFF:
            need_dict = True
        elif o != 0xFFFE:
            blocks1[o >> 11] = True
            blocks2[o >> 7] = True
        i += 1
    if len(blocks1) >= 0xFF or len(blocks2) >= 0xFF:
        need_dict = True
    if need_dict:
        w_d = W_DictObject()
        for k in range(length):
            w_d.setitem(wrap_int(ord(chars[k])), wrap_int(k))
        return w_d
    result: dict[int, int] = {}
    for k in range(1, length):
        o = ord(chars[k])
        if o != 0xFFFE:
            result[o] = k
    return W_EncodingMap(result)


class CharmapCtx(EncodeCtx):
    w_mapping: W_Root

    def __init__(self, chars: list[str], errors: str, w_mapping: W_Root) -> None:
        EncodeCtx.__init__(self, "charmap", "character maps to <undefined>", chars, errors)
        self.w_mapping = w_mapping

    def encode_rep(self, rep: str) -> bytes | None:
        parts: list[bytes] = []
        for c in rep:
            b = charmap_lookup(self.w_mapping, ord(c))
            if b is None:
                return None
            parts.append(b)
        return b"".join(parts)


SINGLE_BYTES = [bytes([_i]) for _i in range(256)]


def charmap_lookup(w_mapping: W_Root, o: int) -> bytes | None:
    """The bytes of code point o, None if unmapped (charmapencode_lookup)."""
    if isinstance(w_mapping, W_EncodingMap):
        if o == 0:
            return SINGLE_BYTES[0]
        if o in w_mapping.table:
            return SINGLE_BYTES[w_mapping.table[o]]
        return None
    try:
        w_x = space.getitem(w_mapping, wrap_int(o))
    except OperationError as e:
        if e.match(w_LookupError):
            return None
        raise
    if w_x is w_None:
        return None
    if isinstance(w_x, W_IntObject):
        v = w_x.intval
        if v < 0 or v > 255:
            raise operr(w_TypeError, "character mapping must be in range(256)")
        return SINGLE_BYTES[v]
    if isinstance(w_x, W_BytesObject):
        return w_x.value
    if space.isinstance_w(w_x, space.w_int_type_):
        raise operr(w_TypeError, "character mapping must be in range(256)")
    raise operr(w_TypeError, "character mapping must return integer, bytes or None, not %s"
                % type_name(w_x))


def charmap_encode(s: str, errors: str, w_mapping: W_Root) -> bytes:
    if w_mapping is w_None:
        return encode_simple(s, errors, 256, "latin-1")
    chars = list(s)
    ctx = CharmapCtx(chars, errors, w_mapping)
    n = len(chars)
    i = 0
    while i < n:
        b = charmap_lookup(w_mapping, ord(chars[i]))
        if b is not None:
            ctx.out.append(b)
            i += 1
            continue
        k = i + 1
        while k < n and charmap_lookup(w_mapping, ord(chars[k])) is None:
            k += 1
        i = encode_failure(ctx, i, k)
    return b"".join(ctx.out)


# -- UTF-7 (RFC 2152), as CPython: Set O and whitespace encoded directly

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

# per ASCII character: 0 direct (Set D), 1 Set O, 2 whitespace, 3 special
UTF7_CATEGORY = [
    3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
]


def _utf7_direct(o: int) -> bool:
    return 0 < o < 128 and UTF7_CATEGORY[o] != 3


def _is_b64(o: int) -> bool:
    return (65 <= o <= 90) or (97 <= o <= 122) or (48 <= o <= 57) or o == 43 or o == 47


def _from_b64(o: int) -> int:
    if 65 <= o <= 90:
        return o - 65
    if 97 <= o <= 122:
        return o - 71
    if 48 <= o <= 57:
        return o + 4
    if o == 43:
        return 62
    return 63


def utf7_encode(s: str) -> bytes:
    out: list[str] = []
    in_shift = False
    bits = 0
    buf = 0
    for c in s:
        o = ord(c)
        if in_shift:
            if _utf7_direct(o):
                if bits > 0:
                    out.append(B64[(buf << (6 - bits)) & 0x3F])
                    buf = 0
                    bits = 0
                in_shift = False
                if _is_b64(o) or o == 45:
                    out.append("-")
                out.append(c)
                continue
        elif o == 43:
            out.append("+-")
            continue
        elif _utf7_direct(o):
            out.append(c)
            continue
        else:
            out.append("+")
            in_shift = True
        units = [o]
        if o >= 0x10000:
            o -= 0x10000
            units = [0xD800 | (o >> 10), 0xDC00 | (o & 0x3FF)]
        for u in units:
            bits += 16
            buf = (buf << 16) | u
            while bits >= 6:
                out.append(B64[(buf >> (bits - 6)) & 0x3F])
                bits -= 6
            buf &= (1 << bits) - 1
    if bits > 0:
        out.append(B64[(buf << (6 - bits)) & 0x3F])
    if in_shift:
        out.append("-")
    return "".join(out).encode()


def utf7_decode(data: bytes, errors: str, final: bool) -> tuple[str, int]:
    """PyUnicode_DecodeUTF7Stateful."""
    n = len(data)
    if n == 0:
        return "", 0
    ctx = DecodeCtx("utf7", data, errors)
    out = ctx.out
    in_shift = False
    shift_out_start = 0
    startinpos = 0
    bits = 0
    buf = 0
    surrogate = 0
    s = 0
    while True:
        while s < n:
            ch = data[s]
            errmsg = ""
            if in_shift:
                if _is_b64(ch):
                    buf = (buf << 6) | _from_b64(ch)
                    bits += 6
                    s += 1
                    if bits >= 16:
                        out_ch = buf >> (bits - 16)
                        bits -= 16
                        buf &= (1 << bits) - 1
                        if surrogate != 0:
                            if 0xDC00 <= out_ch <= 0xDFFF:
                                out.append(chr(0x10000 + ((surrogate - 0xD800) << 10)
                                               + (out_ch - 0xDC00)))
                                surrogate = 0
                                continue
                            out.append(chr(surrogate))
                            surrogate = 0
                        if 0xD800 <= out_ch <= 0xDBFF:
                            surrogate = out_ch
                        else:
                            out.append(chr(out_ch))
                    continue
                in_shift = False
                if bits > 0:
                    if bits >= 6:
                        s += 1
                        errmsg = "partial character in shift sequence"
                    elif buf != 0:
                        s += 1
                        errmsg = "non-zero padding bits in shift sequence"
                if errmsg == "":
                    if surrogate != 0 and ch <= 127 and ch != 43:
                        out.append(chr(surrogate))
                    surrogate = 0
                    if ch == 45:
                        s += 1
                    continue
            elif ch == 43:
                startinpos = s
                s += 1
                if s < n and data[s] == 45:
                    s += 1
                    out.append("+")
                    continue
                if s < n and not _is_b64(data[s]):
                    s += 1
                    errmsg = "ill-formed sequence"
                else:
                    in_shift = True
                    surrogate = 0
                    shift_out_start = len(out)
                    bits = 0
                    buf = 0
                    continue
            elif ch <= 127:
                s += 1
                out.append(chr(ch))
                continue
            else:
                startinpos = s
                s += 1
                errmsg = "unexpected special character"
            s = decode_failure(ctx, startinpos, s, errmsg)
        if in_shift and final:
            in_shift = False
            if surrogate != 0 or bits >= 6 or (bits > 0 and buf != 0):
                s = decode_failure(ctx, startinpos, n, "unterminated shift sequence")
                if s < n:
                    continue
        break
    if not final and in_shift:
        return "".join(out[:shift_out_start]), startinpos
    return "".join(out), (n if final else s)
