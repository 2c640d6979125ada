"""The `_json` module, in part: encode_basestring_ascii and
encode_basestring (CPython 3.11's Modules/_json.c), the string escaping
that json.encoder uses when they exist (its pure-Python fallback runs a
regular expression with a Python function per escaped character).
scanstring and make_scanner are in scanner.py.  make_encoder is not
provided: json falls back to its pure-Python encoder loop.
"""
from __future__ import annotations

from ouro.interpreter.module import W_Module
from ouro.modules._json import scanner
from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_TypeError
from ouro.objspace.gateway import register
from ouro.objspace.model import W_Root, type_name
from ouro.objspace.strobject import W_StrObject

HEX = "0123456789abcdef"


def _u_escape(out: list[str], c: int) -> None:
    out.append("\\u")
    out.append(HEX[(c >> 12) & 0xf])
    out.append(HEX[(c >> 8) & 0xf])
    out.append(HEX[(c >> 4) & 0xf])
    out.append(HEX[c & 0xf])


def _short_escape(c: int) -> str:
    """The two-character escape of c, or "" if it has none."""
    if c == 0x22:
        return "\\\""
    if c == 0x5c:
        return "\\\\"
    if c == 0x0a:
        return "\\n"
    if c == 0x0d:
        return "\\r"
    if c == 0x09:
        return "\\t"
    if c == 0x08:
        return "\\b"
    if c == 0x0c:
        return "\\f"
    return ""


def escape(s: str, ascii_only: bool) -> str:
    """s as a JSON string literal, quotes included."""
    clean = True
    for ch in s:
        c = ord(ch)
        if c < 0x20 or c == 0x22 or c == 0x5c or (ascii_only and c > 0x7e):
            clean = False
            break
    if clean:
        return "\"" + s + "\""
    out: list[str] = ["\""]
    for ch in s:
        c = ord(ch)
        if c >= 0x20 and c != 0x22 and c != 0x5c and (c <= 0x7e or not ascii_only):
            out.append(ch)
            continue
        short = _short_escape(c)
        if short != "":
            out.append(short)
        elif c > 0xffff:
            v = c - 0x10000
            _u_escape(out, 0xd800 | ((v >> 10) & 0x3ff))
            _u_escape(out, 0xdc00 | (v & 0x3ff))
        else:
            _u_escape(out, c)
    out.append("\"")
    return "".join(out)


def _str_arg(w: W_Root | None) -> str:
    assert w is not None
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "first argument must be a string, not %s" % type_name(w))
    return w.value


def json_encode_basestring_ascii(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str(escape(_str_arg(slots[0]), True))


def json_encode_basestring(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str(escape(_str_arg(slots[0]), False))


FUNCTIONS = [
    register(None, "encode_basestring_ascii(s, /)", json_encode_basestring_ascii),
    register(None, "encode_basestring(s, /)", json_encode_basestring),
]


def make_module() -> W_Module:
    w_mod = W_Module("_json", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str("json speedups\n"))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    scanner.add_to_module(d)        # scanstring, make_scanner (scanner.py)
    return w_mod
