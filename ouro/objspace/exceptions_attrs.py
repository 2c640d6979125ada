"""Attributes of some built-in exceptions, as Objects/exceptions.c of
CPython 3.11:

- UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their
  __init__ (CPython's argument checks), the attributes encoding, object,
  start, end and reason (kept in W_BaseException.unicode_fields, settable),
  and __str__.  UnicodeTranslateError has no encoding (None).
- AttributeError(..., name=, obj=) and NameError(..., name=): the keyword
  arguments and the attributes (None when not given; kept in the
  instance's map, where space.attribute_error puts them too).
"""
from __future__ import annotations

from ouro.objspace import space
from ouro.objspace.bytesobject import W_BytesObject, buffer_or_none, wrap_bytes
from ouro.objspace.descriptors import getset
from ouro.objspace.exceptions import (W_BaseException, operr, w_AttributeError, w_NameError,
                                      w_TypeError,
                                      w_UnicodeDecodeError, w_UnicodeEncodeError,
                                      w_UnicodeTranslateError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import W_IntObject, index_w, wrap_int
from ouro.objspace.model import Arguments, W_Root, type_name, w_None
from ouro.objspace.strobject import W_StrObject

ENCODING = 0
OBJECT = 1
START = 2
END = 3
REASON = 4


def _exc(w: W_Root | None) -> W_BaseException:
    if not isinstance(w, W_BaseException):
        raise operr(w_TypeError, "descriptor requires a 'BaseException' object but received '%s'"
                    % (type_name(w) if w is not None else "NoneType"))
    return w


def set_unicode_fields(w_exc: W_BaseException, w_encoding: W_Root, w_object: W_Root,
                       start: int, end: int, w_reason: W_Root) -> None:
    w_exc.unicode_fields = [w_encoding, w_object, wrap_int(start), wrap_int(end), w_reason]


def _str_arg(w: W_Root, n: int) -> W_Root:
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "argument %d must be str, not %s" % (n, type_name(w)))
    return w


def _ssize_arg(w: W_Root) -> int:
    if isinstance(w, W_IntObject):
        return w.intval
    return space.int_of_w(index_w(w))


def _count(args: Arguments, n: int) -> list[W_Root]:
    if args.has_keywords():
        raise operr(w_TypeError, "%s() takes no keyword arguments"
                    % type_name(args.args_w[0]))
    args_w = args.args_w[1:]
    if len(args_w) != n:
        raise operr(w_TypeError, "function takes exactly %d arguments (%d given)"
                    % (n, len(args_w)))
    return args_w


def encode_init(args: Arguments) -> W_Root:
    w_exc = _exc(args.args_w[0])
    args_w = _count(args, 5)
    w_exc.args_w = list(args_w)
    w_exc.msg = None
    set_unicode_fields(w_exc, _str_arg(args_w[0], 1), _str_arg(args_w[1], 2),
                       _ssize_arg(args_w[2]), _ssize_arg(args_w[3]), _str_arg(args_w[4], 5))
    return w_None


def decode_init(args: Arguments) -> W_Root:
    w_exc = _exc(args.args_w[0])
    args_w = _count(args, 5)
    w_exc.args_w = list(args_w)
    w_exc.msg = None
    w_encoding = _str_arg(args_w[0], 1)
    w_object = args_w[1]
    if not isinstance(w_object, W_BytesObject):
        data = buffer_or_none(w_object)
        if data is None:
            raise operr(w_TypeError, "a bytes-like object is required, not '%s'"
                        % type_name(w_object))
        w_object = wrap_bytes(data)
    set_unicode_fields(w_exc, w_encoding, w_object, _ssize_arg(args_w[2]),
                       _ssize_arg(args_w[3]), _str_arg(args_w[4], 5))
    return w_None


def translate_init(args: Arguments) -> W_Root:
    w_exc = _exc(args.args_w[0])
    args_w = _count(args, 4)
    w_exc.args_w = list(args_w)
    w_exc.msg = None
    set_unicode_fields(w_exc, w_None, _str_arg(args_w[0], 1), _ssize_arg(args_w[1]),
                       _ssize_arg(args_w[2]), _str_arg(args_w[3], 4))
    return w_None


def _field(w: W_Root, i: int) -> W_Root:
    fields = _exc(w).unicode_fields
    if fields is None:
        return w_None
    return fields[i]


def _set_field(w: W_Root, i: int, w_value: W_Root) -> None:
    w_exc = _exc(w)
    fields = w_exc.unicode_fields
    if fields is None:
        fields = [w_None, w_None, wrap_int(0), wrap_int(0), w_None]
        w_exc.unicode_fields = fields
    if i == START or i == END:
        w_value = wrap_int(_ssize_arg(w_value))
    fields[i] = w_value


def get_encoding(w: W_Root) -> W_Root:
    return _field(w, ENCODING)


def set_encoding(w: W_Root, w_value: W_Root) -> None:
    _set_field(w, ENCODING, w_value)


def get_object(w: W_Root) -> W_Root:
    return _field(w, OBJECT)


def set_object(w: W_Root, w_value: W_Root) -> None:
    _set_field(w, OBJECT, w_value)


def get_start(w: W_Root) -> W_Root:
    return _field(w, START)


def set_start(w: W_Root, w_value: W_Root) -> None:
    _set_field(w, START, w_value)


def get_end(w: W_Root) -> W_Root:
    return _field(w, END)


def set_end(w: W_Root, w_value: W_Root) -> None:
    _set_field(w, END, w_value)


def get_reason(w: W_Root) -> W_Root:
    return _field(w, REASON)


def set_reason(w: W_Root, w_value: W_Root) -> None:
    _set_field(w, REASON, w_value)


def char_escape(c: int) -> str:
    if c <= 0xff:
        return "\\x%02x" % c
    if c <= 0xffff:
        return "\\u%04x" % c
    return "\\U%08x" % c


def unicode_str(slots: list[W_Root | None]) -> W_Root:
    w_exc = _exc(slots[0])
    fields = w_exc.unicode_fields
    if fields is None:
        return space.wrap_str("")
    reason = space.str_str(fields[REASON])
    start = space.int_of_w(fields[START])
    end = space.int_of_w(fields[END])
    w_object = fields[OBJECT]
    if w_exc.w_type.issubtype(w_UnicodeDecodeError):
        encoding = space.str_str(fields[ENCODING])
        data = buffer_or_none(w_object)
        if data is None:
            data = b""
        if 0 <= start < len(data) and end == start + 1:
            return space.wrap_str("'%s' codec can't decode byte 0x%02x in position %d: %s"
                                  % (encoding, data[start], start, reason))
        return space.wrap_str("'%s' codec can't decode bytes in position %d-%d: %s"
                              % (encoding, start, end - 1, reason))
    text = w_object.as_str() if isinstance(w_object, W_StrObject) else ""
    if w_exc.w_type.issubtype(w_UnicodeEncodeError):
        encoding = space.str_str(fields[ENCODING])
        if 0 <= start < len(text) and end == start + 1:
            return space.wrap_str("'%s' codec can't encode character '%s' in position %d: %s"
                                  % (encoding, char_escape(ord(text[start])), start, reason))
        return space.wrap_str("'%s' codec can't encode characters in position %d-%d: %s"
                              % (encoding, start, end - 1, reason))
    if 0 <= start < len(text) and end == start + 1:
        return space.wrap_str("can't translate character '%s' in position %d: %s"
                              % (char_escape(ord(text[start])), start, reason))
    return space.wrap_str("can't translate characters in position %d-%d: %s"
                          % (start, end - 1, reason))


register_raw(w_UnicodeEncodeError, "__init__", encode_init)
register_raw(w_UnicodeDecodeError, "__init__", decode_init)
register_raw(w_UnicodeTranslateError, "__init__", translate_init)
for _t in [w_UnicodeEncodeError, w_UnicodeDecodeError, w_UnicodeTranslateError]:
    register(_t, "__str__(self, /)", unicode_str)
    getset(_t, "encoding", get_encoding, set_encoding)
    getset(_t, "object", get_object, set_object)
    getset(_t, "start", get_start, set_start)
    getset(_t, "end", get_end, set_end)
    getset(_t, "reason", get_reason, set_reason)


# -- AttributeError and NameError: name, obj

def _name_obj_init(args: Arguments, allowed: list[str], clsname: str) -> W_Root:
    w_exc = _exc(args.args_w[0])
    w_exc.args_w = list(args.args_w[1:])
    w_exc.msg = None
    k = 0
    while k < len(args.kw_names):
        name = args.kw_names[k]
        if name not in allowed:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for %s()"
                        % (name, clsname))
        w_exc.setattr_in_map(name, args.kw_values_w[k])
        k += 1
    return w_None


def attributeerror_init(args: Arguments) -> W_Root:
    return _name_obj_init(args, ["name", "obj"], "AttributeError")


def nameerror_init(args: Arguments) -> W_Root:
    return _name_obj_init(args, ["name"], "NameError")


def _map_attr(w: W_Root, name: str) -> W_Root:
    w_v = _exc(w).getattr_from_map(name)
    return w_v if w_v is not None else w_None


def get_name(w: W_Root) -> W_Root:
    return _map_attr(w, "name")


def set_name(w: W_Root, w_value: W_Root) -> None:
    _exc(w).setattr_in_map("name", w_value)


def get_obj(w: W_Root) -> W_Root:
    return _map_attr(w, "obj")


def set_obj(w: W_Root, w_value: W_Root) -> None:
    _exc(w).setattr_in_map("obj", w_value)


register_raw(w_AttributeError, "__init__", attributeerror_init)
register_raw(w_NameError, "__init__", nameerror_init)
getset(w_AttributeError, "name", get_name, set_name)
getset(w_AttributeError, "obj", get_obj, set_obj)
getset(w_NameError, "name", get_name, set_name)
