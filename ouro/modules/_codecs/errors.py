"""UnicodeError objects and codec error handlers (Python/codecs.c).

A codec that meets an unencodable character or an undecodable byte range
calls `encode_failure(ctx, start, end)` / `decode_failure(ctx, start, end,
reason)`, which applies the error handler named by `ctx.errors`, appends
the replacement to the codec's output and returns where to go on:

- the built-in names (strict, ignore, replace, backslashreplace,
  xmlcharrefreplace, namereplace, surrogateescape, surrogatepass) are done
  here directly, as CPython's codecs do for them (a handler registered under
  a built-in name is returned by lookup_error but not used by the codecs);
- any other name is looked up in the error registry (codecs.register_error)
  and called with a UnicodeEncodeError/UnicodeDecodeError; it returns
  `(replacement, newpos)` (CPython's checks and messages).

A str replacement is encoded by the codec itself (EncodeCtx.encode_rep);
when it cannot be, the original error is raised, as in CPython.

The same handlers are Python functions (`codecs.lookup_error('strict')`
...), taking an exception object and reading its encoding, object, start,
end and reason.

UnicodeError attributes: the exceptions made here have CPython's five
arguments and attributes (ouro/objspace/exceptions_attrs.py); the
handlers read the attributes.
"""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr, w_IndexError,
                                      w_LookupError, w_TypeError, w_UnicodeDecodeError,
                                      w_UnicodeEncodeError, w_UnicodeTranslateError)
from ouro.objspace.exceptions_descr import args_of
from ouro.objspace.exceptions_attrs import set_unicode_fields
from ouro.objspace.gateway import register
from ouro.objspace.intobject import W_LongObject, wrap_int
from ouro.objspace.model import W_Root, type_name
from ouro.objspace.strobject import W_StrObject, _char_escape, _char_name_escape
from ouro.objspace.tupleobject import W_TupleObject

H_CUSTOM = -1
H_STRICT = 0
H_IGNORE = 1
H_REPLACE = 2
H_BACKSLASHREPLACE = 3
H_XMLCHARREFREPLACE = 4
H_NAMEREPLACE = 5
H_SURROGATEESCAPE = 6
H_SURROGATEPASS = 7

BUILTIN_NAMES = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                 "namereplace", "surrogateescape", "surrogatepass"]


def handler_kind(errors: str) -> int:
    i = 0
    while i < len(BUILTIN_NAMES):
        if BUILTIN_NAMES[i] == errors:
            return i
        i += 1
    return H_CUSTOM


class ErrorRegistry:
    """codecs.register_error's table: name -> handler."""
    handlers: dict[str, W_Root]

    def __init__(self) -> None:
        self.handlers = {}


ERRORS = ErrorRegistry()


def lookup_error(name: str) -> W_Root:
    if name in ERRORS.handlers:
        return ERRORS.handlers[name]
    raise operr(w_LookupError, "unknown error handler name '%s'" % name)


# -- the exception objects

def encode_message(encoding: str, obj: str, start: int, end: int, reason: str) -> str:
    if 0 <= start < len(obj) and end == start + 1:
        return "'%s' codec can't encode character '%s' in position %d: %s" % (
            encoding, _char_escape(ord(obj[start])), start, reason)
    return "'%s' codec can't encode characters in position %d-%d: %s" % (
        encoding, start, end - 1, reason)


def decode_message(encoding: str, obj: bytes, start: int, end: int, reason: str) -> str:
    if 0 <= start < len(obj) and end == start + 1:
        return "'%s' codec can't decode byte 0x%02x in position %d: %s" % (
            encoding, obj[start], start, reason)
    return "'%s' codec can't decode bytes in position %d-%d: %s" % (
        encoding, start, end - 1, reason)


def _set_attrs(w_exc: W_BaseException, encoding: str, w_object: W_Root, start: int, end: int,
               reason: str) -> None:
    w_encoding = W_StrObject(encoding)
    w_reason = W_StrObject(reason)
    w_exc.args_w = [w_encoding, w_object, wrap_int(start), wrap_int(end), w_reason]
    w_exc.msg = None
    set_unicode_fields(w_exc, w_encoding, w_object, start, end, w_reason)


def encode_exc(encoding: str, w_object: W_StrObject, start: int, end: int,
               reason: str) -> W_BaseException:
    w_exc = W_BaseException(w_UnicodeEncodeError, [])
    _set_attrs(w_exc, encoding, w_object, start, end, reason)
    return w_exc


def decode_exc(encoding: str, w_object: W_BytesObject, start: int, end: int,
               reason: str) -> W_BaseException:
    w_exc = W_BaseException(w_UnicodeDecodeError, [])
    _set_attrs(w_exc, encoding, w_object, start, end, reason)
    return w_exc


# -- what codecs hand to the handlers

class EncodeCtx:
    """One encoding call: the input, the output so far, the error handler.
    Subclasses (impl.py) encode a str replacement their own way."""
    encoding: str          # the codec's name in messages ('utf-8', 'charmap', ...)
    reason: str
    chars: list[str]
    errors: str
    kind: int              # H_*
    w_object: W_StrObject | None
    out: list[bytes]
    overflow_pos: bool     # see call_handler

    def __init__(self, encoding: str, reason: str, chars: list[str], errors: str) -> None:
        self.encoding = encoding
        self.reason = reason
        self.chars = chars
        self.errors = errors
        self.kind = handler_kind(errors)
        self.w_object = None
        self.out = []
        self.overflow_pos = False

    def encode_rep(self, rep: str) -> bytes | None:
        """A str replacement in this codec, or None if it cannot be."""
        raise NotImplementedError("encode_rep")

    def bytes_rep_ok(self, data: bytes) -> bool:
        return True

    def get_w_object(self) -> W_StrObject:
        w = self.w_object
        if w is None:
            w = W_StrObject("".join(self.chars))
            self.w_object = w
        return w

    def error(self, start: int, end: int) -> OperationError:
        return OperationError(encode_exc(self.encoding, self.get_w_object(), start, end,
                                         self.reason))


class DecodeCtx:
    encoding: str
    data: bytes
    errors: str
    kind: int
    w_object: W_BytesObject | None
    out: list[str]
    overflow_pos: bool

    def __init__(self, encoding: str, data: bytes, errors: str) -> None:
        self.encoding = encoding
        self.data = data
        self.errors = errors
        self.kind = handler_kind(errors)
        self.w_object = None
        self.out = []
        self.overflow_pos = False

    def get_w_object(self) -> W_BytesObject:
        w = self.w_object
        if w is None:
            w = W_BytesObject(self.data)
            self.w_object = w
        return w

    def error(self, start: int, end: int, reason: str) -> OperationError:
        return OperationError(decode_exc(self.encoding, self.get_w_object(), start, end, reason))


# -- replacements computed by the built-in handlers

def is_surrogate(o: int) -> bool:
    return 0xD800 <= o <= 0xDFFF


def backslash_escapes(chars: list[str], start: int, end: int) -> str:
    parts: list[str] = []
    for k in range(start, end):
        parts.append(_char_escape(ord(chars[k])))
    return "".join(parts)


def xmlcharrefs(chars: list[str], start: int, end: int) -> str:
    parts: list[str] = []
    for k in range(start, end):
        parts.append("&#%d;" % ord(chars[k]))
    return "".join(parts)


def name_escapes(chars: list[str], start: int, end: int) -> str:
    parts: list[str] = []
    for k in range(start, end):
        parts.append(_char_name_escape(ord(chars[k])))
    return "".join(parts)


def byte_escapes(data: bytes, start: int, end: int) -> str:
    parts: list[str] = []
    for k in range(start, end):
        parts.append("\\x%02x" % data[k])
    return "".join(parts)


ENC_UNKNOWN = 0
ENC_UTF8 = 1
ENC_UTF16LE = 2
ENC_UTF16BE = 3
ENC_UTF32LE = 4
ENC_UTF32BE = 5


def _lower(c: str) -> str:
    if "A" <= c <= "Z":
        return chr(ord(c) + 32)
    return c


def standard_encoding(encoding: str) -> tuple[int, int]:
    """(ENC_*, bytes per surrogate) of an encoding name, as CPython's
    get_standard_encoding (surrogatepass); little-endian is native."""
    e = encoding
    if len(e) >= 3 and _lower(e[0]) == "u" and _lower(e[1]) == "t" and _lower(e[2]) == "f":
        e = e[3:]
        if len(e) > 0 and (e[0] == "-" or e[0] == "_"):
            e = e[1:]
        if e == "8":
            return ENC_UTF8, 3
        if e.startswith("16") or e.startswith("32"):
            wide = e.startswith("32")
            width = 4 if wide else 2
            e = e[2:]
            if e == "":
                return (ENC_UTF32LE if wide else ENC_UTF16LE), width
            if e[0] == "-" or e[0] == "_":
                e = e[1:]
            if len(e) == 2 and _lower(e[1]) == "e":
                if _lower(e[0]) == "b":
                    return (ENC_UTF32BE if wide else ENC_UTF16BE), width
                if _lower(e[0]) == "l":
                    return (ENC_UTF32LE if wide else ENC_UTF16LE), width
        return ENC_UNKNOWN, 0
    if encoding == "CP_UTF8":
        return ENC_UTF8, 3
    return ENC_UNKNOWN, 0


def surrogate_bytes(code: int, o: int, res: list[int]) -> None:
    if code == ENC_UTF8:
        res.append(0xE0 | (o >> 12))
        res.append(0x80 | ((o >> 6) & 0x3F))
        res.append(0x80 | (o & 0x3F))
    elif code == ENC_UTF16LE:
        res.append(o & 0xFF)
        res.append(o >> 8)
    elif code == ENC_UTF16BE:
        res.append(o >> 8)
        res.append(o & 0xFF)
    elif code == ENC_UTF32LE:
        res.append(o & 0xFF)
        res.append(o >> 8)
        res.append(0)
        res.append(0)
    else:
        res.append(0)
        res.append(0)
        res.append(o >> 8)
        res.append(o & 0xFF)


def surrogate_from_bytes(code: int, data: bytes, start: int, width: int) -> int:
    """The code point a surrogatepass decoder reads at `start` (-1: none)."""
    if len(data) - start < width:
        return -1
    p0 = data[start]
    p1 = data[start + 1]
    if code == ENC_UTF8:
        p2 = data[start + 2]
        if (p0 & 0xF0) == 0xE0 and (p1 & 0xC0) == 0x80 and (p2 & 0xC0) == 0x80:
            return ((p0 & 0x0F) << 12) + ((p1 & 0x3F) << 6) + (p2 & 0x3F)
        return -1
    if code == ENC_UTF16LE:
        return (p1 << 8) | p0
    if code == ENC_UTF16BE:
        return (p0 << 8) | p1
    p2 = data[start + 2]
    p3 = data[start + 3]
    if code == ENC_UTF32LE:
        return (p3 << 24) | (p2 << 16) | (p1 << 8) | p0
    return (p0 << 24) | (p1 << 16) | (p2 << 8) | p3


# -- applying a handler inside a codec

def encode_failure(ctx: EncodeCtx, start: int, end: int) -> int:
    """chars[start:end] cannot be encoded: appends the replacement to
    ctx.out, returns the position to go on from."""
    kind = ctx.kind
    chars = ctx.chars
    if kind == H_STRICT:
        raise ctx.error(start, end)
    if kind == H_IGNORE:
        return end
    if kind == H_REPLACE:
        _add_str_rep(ctx, "?" * (end - start), start, end)
        return end
    if kind == H_BACKSLASHREPLACE:
        _add_str_rep(ctx, backslash_escapes(chars, start, end), start, end)
        return end
    if kind == H_XMLCHARREFREPLACE:
        _add_str_rep(ctx, xmlcharrefs(chars, start, end), start, end)
        return end
    if kind == H_NAMEREPLACE:
        _add_str_rep(ctx, name_escapes(chars, start, end), start, end)
        return end
    if kind == H_SURROGATEESCAPE:
        res: list[int] = []
        i = start
        while i < end:
            o = ord(chars[i])
            if not (0xDC80 <= o <= 0xDCFF):
                break
            res.append(o - 0xDC00)
            i += 1
        if i == start:
            raise ctx.error(start, end)
        _add_bytes_rep(ctx, bytes(res), start, end)
        return i
    if kind == H_SURROGATEPASS:
        code, width = standard_encoding(ctx.encoding)
        if code == ENC_UNKNOWN:
            raise ctx.error(start, end)
        res2: list[int] = []
        for k in range(start, end):
            o = ord(chars[k])
            if not is_surrogate(o):
                raise ctx.error(start, end)
            surrogate_bytes(code, o, res2)
        _add_bytes_rep(ctx, bytes(res2), start, end)
        return end
    w_exc = encode_exc(ctx.encoding, ctx.get_w_object(), start, end, ctx.reason)
    w_rep, newpos = call_handler(lookup_error(ctx.errors), w_exc, len(chars), True,
                                 ctx.overflow_pos)
    if isinstance(w_rep, W_StrObject):
        _add_str_rep(ctx, w_rep.as_str(), start, end)
    else:
        assert isinstance(w_rep, W_BytesObject)
        _add_bytes_rep(ctx, w_rep.value, start, end)
    return newpos


def _add_str_rep(ctx: EncodeCtx, rep: str, start: int, end: int) -> None:
    data = ctx.encode_rep(rep)
    if data is None:
        raise ctx.error(start, end)
    ctx.out.append(data)


def _add_bytes_rep(ctx: EncodeCtx, data: bytes, start: int, end: int) -> None:
    if not ctx.bytes_rep_ok(data):
        raise ctx.error(start, end)
    ctx.out.append(data)


def decode_failure(ctx: DecodeCtx, start: int, end: int, reason: str) -> int:
    """data[start:end] cannot be decoded: appends the replacement to
    ctx.out, returns the position to go on from."""
    kind = ctx.kind
    data = ctx.data
    if kind == H_STRICT:
        raise ctx.error(start, end, reason)
    if kind == H_IGNORE:
        return end
    if kind == H_REPLACE:
        ctx.out.append("\ufffd")
        return end
    if kind == H_BACKSLASHREPLACE:
        ctx.out.append(byte_escapes(data, start, end))
        return end
    if kind == H_SURROGATEESCAPE:
        consumed = 0
        while consumed < 4 and consumed < end - start:
            b = data[start + consumed]
            if b < 128:
                break
            ctx.out.append(chr(0xDC00 + b))
            consumed += 1
        if consumed == 0:
            raise ctx.error(start, end, reason)
        return start + consumed
    if kind == H_SURROGATEPASS:
        code, width = standard_encoding(ctx.encoding)
        o = -1
        if code != ENC_UNKNOWN:
            o = surrogate_from_bytes(code, data, start, width)
        if not is_surrogate(o):
            raise ctx.error(start, end, reason)
        ctx.out.append(chr(o))
        return start + width
    if kind == H_XMLCHARREFREPLACE or kind == H_NAMEREPLACE:
        raise operr(w_TypeError, "don't know how to handle UnicodeDecodeError in error callback")
    w_exc = decode_exc(ctx.encoding, ctx.get_w_object(), start, end, reason)
    w_rep, newpos = call_handler(lookup_error(ctx.errors), w_exc, len(data), False,
                                 ctx.overflow_pos)
    assert isinstance(w_rep, W_StrObject)
    ctx.out.append(w_rep.as_str())
    return newpos


def call_handler(w_handler: W_Root, w_exc: W_BaseException, length: int,
                 encoding: bool, overflow_pos: bool) -> tuple[W_Root, int]:
    """Calls a registered handler; checks its (replacement, newpos).
    overflow_pos: a position beyond a word is -1, out of bounds (CPython's
    multibyte codecs), not an OverflowError (its other codecs)."""
    if encoding:
        msg = "encoding error handler must return (str/bytes, int) tuple"
    else:
        msg = "decoding error handler must return (str, int) tuple"
    w_res = space.call_function(w_handler, [w_exc])
    if not isinstance(w_res, W_TupleObject) or len(w_res.items_w) != 2:
        raise operr(w_TypeError, msg)
    w_rep = w_res.items_w[0]
    ok = isinstance(w_rep, W_StrObject) or (encoding and isinstance(w_rep, W_BytesObject))
    if not ok:
        raise operr(w_TypeError, msg)
    w_pos = w_res.items_w[1]
    if overflow_pos and isinstance(w_pos, W_LongObject) and not w_pos.num.fits_int():
        newpos = -1
    else:
        newpos = space.int_of_w(w_pos)
        if newpos < 0:
            newpos = length + newpos
    if newpos < 0 or newpos > length:
        raise operr(w_IndexError, "position %d from error handler out of bounds" % newpos)
    return w_rep, newpos


# -- the built-in handlers as Python functions (lookup_error)

EXC_ENCODE = 0
EXC_DECODE = 1
EXC_TRANSLATE = 2


def exc_kind(w_exc: W_Root) -> int:
    """Which UnicodeError w_exc is (TypeError for anything else)."""
    w_t = w_exc.getclass()
    if w_t.issubtype(w_UnicodeEncodeError):
        return EXC_ENCODE
    if w_t.issubtype(w_UnicodeDecodeError):
        return EXC_DECODE
    if w_t.issubtype(w_UnicodeTranslateError):
        return EXC_TRANSLATE
    raise wrong_exception(w_exc)


def wrong_exception(w_exc: W_Root) -> OperationError:
    return operr(w_TypeError, "don't know how to handle %s in error callback" % type_name(w_exc))


def _exc_field(w_exc: W_Root, name: str, index: int) -> W_Root:
    """An attribute of a UnicodeError (see the module docstring)."""
    w = space.getattr_or_none(w_exc, name)
    if w is not None:
        return w
    if isinstance(w_exc, W_BaseException):
        args_w = args_of(w_exc)
        if len(args_w) == 5 or (len(args_w) == 4 and index > 0):
            # UnicodeTranslateError(object, start, end, reason): no encoding
            if len(args_w) == 4:
                index -= 1
            return args_w[index]
    raise space.attribute_error(w_exc, name)


def exc_str_object(w_exc: W_Root, kind: int) -> str:
    w_obj = _exc_field(w_exc, "object", 1)
    if not isinstance(w_obj, W_StrObject):
        raise operr(w_TypeError, "object attribute must be unicode")
    return w_obj.as_str()


def exc_bytes_object(w_exc: W_Root) -> bytes:
    w_obj = _exc_field(w_exc, "object", 1)
    if not isinstance(w_obj, W_BytesObject):
        raise operr(w_TypeError, "object attribute must be bytes")
    return w_obj.value


def exc_start(w_exc: W_Root, size: int) -> int:
    """PyUnicodeEncodeError_GetStart: clamped into the object."""
    start = space.int_of_w(_exc_field(w_exc, "start", 2))
    if start < 0:
        start = 0
    if start >= size:
        start = 0 if size == 0 else size - 1
    return start


def exc_end(w_exc: W_Root, size: int) -> int:
    end = space.int_of_w(_exc_field(w_exc, "end", 3))
    if end < 1:
        end = 1
    if end > size:
        end = size
    return end


def exc_encoding(w_exc: W_Root) -> str:
    w_enc = _exc_field(w_exc, "encoding", 0)
    if not isinstance(w_enc, W_StrObject):
        raise operr(w_TypeError, "encoding attribute must be unicode")
    return w_enc.as_str()


def _arg(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    return w


def _result(rep: W_Root, pos: int) -> W_Root:
    return W_TupleObject([rep, wrap_int(pos)])


def _raise_it(w_exc: W_Root) -> OperationError:
    if isinstance(w_exc, W_BaseException):
        return OperationError(w_exc)
    return operr(w_TypeError, "codec must pass exception instance")


def strict_errors(slots: list[W_Root | None]) -> W_Root:
    raise _raise_it(_arg(slots))


def _str_bounds(w_exc: W_Root, kind: int) -> tuple[str, int, int]:
    s = exc_str_object(w_exc, kind)
    return s, exc_start(w_exc, len(s)), exc_end(w_exc, len(s))


def ignore_errors(slots: list[W_Root | None]) -> W_Root:
    w_exc = _arg(slots)
    kind = exc_kind(w_exc)
    if kind == EXC_DECODE:
        data = exc_bytes_object(w_exc)
        return _result(W_StrObject(""), exc_end(w_exc, len(data)))
    s, start, end = _str_bounds(w_exc, kind)
    return _result(W_StrObject(""), end)


def replace_errors(slots: list[W_Root | None]) -> W_Root:
    w_exc = _arg(slots)
    kind = exc_kind(w_exc)
    if kind == EXC_DECODE:
        data = exc_bytes_object(w_exc)
        return _result(W_StrObject("\ufffd"), exc_end(w_exc, len(data)))
    s, start, end = _str_bounds(w_exc, kind)
    n = end - start if end > start else 0
    c = "?" if kind == EXC_ENCODE else "\ufffd"
    return _result(W_StrObject(c * n), end)


def xmlcharrefreplace_errors(slots: list[W_Root | None]) -> W_Root:
    w_exc = _arg(slots)
    if exc_kind(w_exc) != EXC_ENCODE:
        raise wrong_exception(w_exc)
    s, start, end = _str_bounds(w_exc, EXC_ENCODE)
    return _result(W_StrObject(xmlcharrefs(list(s), start, end)), end)


def backslashreplace_errors(slots: list[W_Root | None]) -> W_Root:
    w_exc = _arg(slots)
    kind = exc_kind(w_exc)
    if kind == EXC_DECODE:
        data = exc_bytes_object(w_exc)
        start = exc_start(w_exc, len(data))
        end = exc_end(w_exc, len(data))
        return _result(W_StrObject(byte_escapes(data, start, end)), end)
    s, start, end = _str_bounds(w_exc, kind)
    return _result(W_StrObject(backslash_escapes(list(s), start, end)), end)


def namereplace_errors(slots: list[W_Root | None]) -> W_Root:
    w_exc = _arg(slots)
    if exc_kind(w_exc) != EXC_ENCODE:
        raise wrong_exception(w_exc)
    s, start, end = _str_bounds(w_exc, EXC_ENCODE)
    return _result(W_StrObject(name_escapes(list(s), start, end)), end)


def surrogateescape_errors(slots: list[W_Root | None]) -> W_Root:
    w_exc = _arg(slots)
    kind = exc_kind(w_exc)
    if kind == EXC_DECODE:
        data = exc_bytes_object(w_exc)
        start = exc_start(w_exc, len(data))
        end = exc_end(w_exc, len(data))
        parts: list[str] = []
        consumed = 0
        while consumed < 4 and consumed < end - start:
            b = data[start + consumed]
            if b < 128:
                break
            parts.append(chr(0xDC00 + b))
            consumed += 1
        if consumed == 0:
            raise _raise_it(w_exc)
        return _result(W_StrObject("".join(parts)), start + consumed)
    if kind != EXC_ENCODE:
        raise wrong_exception(w_exc)
    s, start, end = _str_bounds(w_exc, kind)
    res: list[int] = []
    for k in range(start, end):
        o = ord(s[k])
        if not (0xDC80 <= o <= 0xDCFF):
            raise _raise_it(w_exc)
        res.append(o - 0xDC00)
    return _result(W_BytesObject(bytes(res)), end)


def surrogatepass_errors(slots: list[W_Root | None]) -> W_Root:
    w_exc = _arg(slots)
    kind = exc_kind(w_exc)
    if kind == EXC_TRANSLATE:
        raise wrong_exception(w_exc)
    code, width = standard_encoding(exc_encoding(w_exc))
    if kind == EXC_DECODE:
        data = exc_bytes_object(w_exc)
        start = exc_start(w_exc, len(data))
        o = -1
        if code != ENC_UNKNOWN:
            o = surrogate_from_bytes(code, data, start, width)
        if not is_surrogate(o):
            raise _raise_it(w_exc)
        return _result(W_StrObject(chr(o)), start + width)
    s, start, end = _str_bounds(w_exc, kind)
    if code == ENC_UNKNOWN:
        raise _raise_it(w_exc)
    res: list[int] = []
    for k in range(start, end):
        o = ord(s[k])
        if not is_surrogate(o):
            raise _raise_it(w_exc)
        surrogate_bytes(code, o, res)
    return _result(W_BytesObject(bytes(res)), end)


BUILTIN_HANDLERS = [
    register(None, "strict_errors(exc, /)", strict_errors),
    register(None, "ignore_errors(exc, /)", ignore_errors),
    register(None, "replace_errors(exc, /)", replace_errors),
    register(None, "backslashreplace_errors(exc, /)", backslashreplace_errors),
    register(None, "xmlcharrefreplace_errors(exc, /)", xmlcharrefreplace_errors),
    register(None, "namereplace_errors(exc, /)", namereplace_errors),
    register(None, "surrogateescape(exc, /)", surrogateescape_errors),
    register(None, "surrogatepass(exc, /)", surrogatepass_errors),
]

for _i in range(len(BUILTIN_NAMES)):
    ERRORS.handlers[BUILTIN_NAMES[_i]] = BUILTIN_HANDLERS[_i]
