"""Newline handling shared by StringIO and TextIOWrapper (CPython's
IncrementalNewlineDecoder and _PyIO_find_line_ending), and
_io.IncrementalNewlineDecoder itself."""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import operr, w_TypeError, w_ValueError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

SEEN_CR = 1
SEEN_LF = 2
SEEN_CRLF = 4


class Translated:
    """The result of translate(): the text, and where "\\r\\n" became one
    "\\n" (indices in the result, for TextIOWrapper.tell)."""
    text: str
    crlf_at: list[int]

    def __init__(self, text: str, crlf_at: list[int]) -> None:
        self.text = text
        self.crlf_at = crlf_at


def seen_kinds(text: str) -> int:
    """The SEEN_* bits of the newlines in text."""
    if "\r" not in text:
        return SEEN_LF if "\n" in text else 0
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    seen = 0
    if crlf > 0:
        seen |= SEEN_CRLF
    if cr > 0:
        seen |= SEEN_CR
    if lf > 0:
        seen |= SEEN_LF
    return seen


def translate(text: str, want_positions: bool) -> Translated:
    """"\\r\\n" and "\\r" to "\\n"."""
    if "\r" not in text:
        return Translated(text, [])
    if not want_positions:
        return Translated(text.replace("\r\n", "\n").replace("\r", "\n"), [])
    out: list[str] = []
    crlf_at: list[int] = []
    n = len(text)
    i = 0
    k = 0          # index in the output
    while i < n:
        j = text.find("\r", i)
        if j < 0:
            out.append(text[i:])
            break
        out.append(text[i:j])
        k += j - i
        out.append("\n")
        if j + 1 < n and text[j + 1] == "\n":
            crlf_at.append(k)
            i = j + 2
        else:
            i = j + 1
        k += 1
    return Translated("".join(out), crlf_at)


def newlines_object(seen: int) -> W_Root:
    """The `newlines` attribute of the SEEN_* bits."""
    if seen == 0:
        return w_None
    if seen == SEEN_LF:
        return space.wrap_str("\n")
    if seen == SEEN_CR:
        return space.wrap_str("\r")
    if seen == SEEN_CRLF:
        return space.wrap_str("\r\n")
    if seen == SEEN_CR | SEEN_LF:
        return W_TupleObject([space.wrap_str("\r"), space.wrap_str("\n")])
    if seen == SEEN_LF | SEEN_CRLF:
        return W_TupleObject([space.wrap_str("\n"), space.wrap_str("\r\n")])
    if seen == SEEN_CR | SEEN_CRLF:
        return W_TupleObject([space.wrap_str("\r"), space.wrap_str("\r\n")])
    return W_TupleObject([space.wrap_str("\r"), space.wrap_str("\n"), space.wrap_str("\r\n")])


def find_line_ending(text: str, start: int, end: int, translated: bool, universal: bool,
                     readnl: str) -> int:
    """_PyIO_find_line_ending on text[start:end]: the index just after the
    first line ending, or -1."""
    if translated:
        i = text.find("\n", start, end)
        return i + 1 if i >= 0 else -1
    if universal:
        i_n = text.find("\n", start, end)
        i_r = text.find("\r", start, end)
        if i_r < 0 or (0 <= i_n < i_r):
            return i_n + 1 if i_n >= 0 else -1
        if i_r + 1 < len(text) and text[i_r + 1] == "\n":
            if i_r + 1 < end:
                return i_r + 2
            return i_r + 1
        return i_r + 1
    i = text.find(readnl, start, end)
    return i + len(readnl) if i >= 0 else -1


def check_newline(w: W_Root | None, errmsg_type: str, quote: bool) -> str | None:
    """The newline argument: None, "", "\\n", "\\r" or "\\r\\n"."""
    if w is None or w is w_None:
        return None
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "%s must be str or None, not %s" % (errmsg_type, type_name(w)))
    nl = w.as_str()
    if nl != "" and nl != "\n" and nl != "\r" and nl != "\r\n":
        if quote:
            raise operr(w_ValueError, "illegal newline value: %s" % space.repr_str(w))
        raise operr(w_ValueError, "illegal newline value: %s" % nl)
    return nl


# -- _io.IncrementalNewlineDecoder

w_incnl_decoder_type = make_builtin_type("IncrementalNewlineDecoder", [w_object_type],
                                         LAYOUT_OTHER)
w_incnl_decoder_type.w_module = W_StrObject("_io")
w_incnl_decoder_type.dict_w["__module__"] = W_StrObject("_io")


class W_IncrementalNewlineDecoder(W_ObjectWithMap):
    w_decoder: W_Root
    translate: bool
    pendingcr: bool
    seen: int
    errors: W_Root

    def __init__(self) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_decoder = w_None
        self.translate = False
        self.pendingcr = False
        self.seen = 0
        self.errors = w_None

    def getclass(self) -> W_TypeObject:
        return w_incnl_decoder_type

    def decode_text(self, output: str, final: bool) -> str:
        if self.pendingcr and (final or len(output) > 0):
            output = "\r" + output
            self.pendingcr = False
        if not final and len(output) > 0 and output[len(output) - 1] == "\r":
            output = output[:len(output) - 1]
            self.pendingcr = True
        self.seen |= seen_kinds(output)
        if self.translate:
            return translate(output, False).text
        return output


def _dec(w: W_Root | None) -> W_IncrementalNewlineDecoder:
    if not isinstance(w, W_IncrementalNewlineDecoder):
        raise operr(w_TypeError, "descriptor requires an '_io.IncrementalNewlineDecoder' object")
    return w


def incnl_new(args: Arguments) -> W_Root:
    return W_IncrementalNewlineDecoder()


def incnl_init(slots: list[W_Root | None]) -> W_Root:
    w_self = _dec(slots[0])
    w_decoder = slots[1]
    w_translate = slots[2]
    assert w_decoder is not None and w_translate is not None
    w_self.w_decoder = w_decoder
    w_self.translate = space.is_true(w_translate)
    w_self.errors = slots[3] if slots[3] is not None else space.wrap_str("strict")
    w_self.pendingcr = False
    w_self.seen = 0
    return w_None


def incnl_decode(slots: list[W_Root | None]) -> W_Root:
    w_self = _dec(slots[0])
    w_input = slots[1]
    assert w_input is not None
    final = slots[2] is not None and space.is_true(slots[2])
    w_out = w_input
    if w_self.w_decoder is not w_None:
        w_out = space.call_method(w_self.w_decoder, "decode", [w_input, space.wrap_bool(final)])
    if not isinstance(w_out, W_StrObject):
        raise operr(w_TypeError, "decoder should return a string result, not '%s'"
                    % type_name(w_out))
    return space.wrap_str(w_self.decode_text(w_out.as_str(), final))


def incnl_getstate(slots: list[W_Root | None]) -> W_Root:
    w_self = _dec(slots[0])
    w_buffer: W_Root = W_BytesObject(b"")
    flag = 0
    if w_self.w_decoder is not w_None:
        w_state = space.call_method(w_self.w_decoder, "getstate", [])
        if not isinstance(w_state, W_TupleObject) or len(w_state.items_w) != 2:
            raise operr(w_TypeError, "illegal decoder state")
        w_buffer = w_state.items_w[0]
        flag = space.int_of_w(w_state.items_w[1])
    flag <<= 1
    if w_self.pendingcr:
        flag |= 1
    return W_TupleObject([w_buffer, wrap_int(flag)])


def incnl_setstate(slots: list[W_Root | None]) -> W_Root:
    w_self = _dec(slots[0])
    w_state = slots[1]
    if not isinstance(w_state, W_TupleObject) or len(w_state.items_w) != 2:
        raise operr(w_TypeError, "state argument must be a tuple")
    flag = space.int_of_w(w_state.items_w[1])
    w_self.pendingcr = (flag & 1) != 0
    if w_self.w_decoder is not w_None:
        space.call_method(w_self.w_decoder, "setstate",
                          [W_TupleObject([w_state.items_w[0], wrap_int(flag >> 1)])])
    return w_None


def incnl_reset(slots: list[W_Root | None]) -> W_Root:
    w_self = _dec(slots[0])
    w_self.seen = 0
    w_self.pendingcr = False
    if w_self.w_decoder is not w_None:
        space.call_method(w_self.w_decoder, "reset", [])
    return w_None


def incnl_get_newlines(w: W_Root) -> W_Root:
    return newlines_object(_dec(w).seen)


register_raw(w_incnl_decoder_type, "__new__", incnl_new)
register(w_incnl_decoder_type, "__init__(self, decoder, translate, errors=)", incnl_init)
register(w_incnl_decoder_type, "decode(self, input, final=)", incnl_decode)
register(w_incnl_decoder_type, "getstate(self, /)", incnl_getstate)
register(w_incnl_decoder_type, "setstate(self, state, /)", incnl_setstate)
register(w_incnl_decoder_type, "reset(self, /)", incnl_reset)
getset(w_incnl_decoder_type, "newlines", incnl_get_newlines)
