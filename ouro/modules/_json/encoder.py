"""The encoding half of `_json`: encode_basestring_ascii,
encode_basestring and make_encoder (the type _json.Encoder), as CPython
3.11's Modules/_json.c.

    make_encoder(markers, default, encoder, indent, key_separator,
                 item_separator, sort_keys, skipkeys, allow_nan)
    encoder(obj, _current_indent_level) -> [str]

json.encoder.JSONEncoder.iterencode uses it for one-shot encoding without
indent (json.dumps); the result is a list of the whole text (3.11's
_PyAccu_FinishAsList; CPython splits texts of over 100000 pieces).  Circular
references are detected with a stack of the containers being encoded (the
markers dict only says whether to check).  module.py puts the functions
into the module (add_to_module).
"""
from __future__ import annotations

import math

from ouro.modules.math.args import clinic_kw, module_type
from ouro.objspace import space
from ouro.objspace.boolobject import w_False, w_True
from ouro.objspace.descriptors import readonly_member
from ouro.objspace.dictobject import W_DictObject, w_dict_type
from ouro.objspace.exceptions import operr, w_TypeError, w_ValueError
from ouro.objspace.floatobject import W_FloatObject, float_repr
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import W_IntObject, W_LongObject, int_repr
from ouro.objspace.listobject import W_ListObject, sort_list
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

w_encoder_type = module_type("_json", "Encoder")

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
    return w.as_str()


def json_encode_basestring_ascii(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str(escape(_str_arg(slots[0]), True))


def json_encode_basestring(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str(escape(_str_arg(slots[0]), False))


W_ENCODE_ASCII = register(None, "encode_basestring_ascii(s, /)", json_encode_basestring_ascii)
W_ENCODE = register(None, "encode_basestring(s, /)", json_encode_basestring)

FAST_NONE = 0
FAST_ASCII = 1
FAST_UNICODE = 2


class EncodeState:
    """One call of an encoder: the output chunks and, when checking for
    circular references, the containers being encoded."""
    out: list[str]
    stack: list[W_Root]

    def __init__(self) -> None:
        self.out = []
        self.stack = []


class W_Encoder(W_Root):
    w_markers: W_Root
    w_default: W_Root
    w_encoder: W_Root
    w_indent: W_Root
    w_key_separator: W_Root
    w_item_separator: W_Root
    key_separator: str
    item_separator: str
    sort_keys: bool
    skipkeys: bool
    allow_nan: bool
    check_circular: bool
    fast: int

    def __init__(self, w_markers: W_Root, w_default: W_Root, w_encoder: W_Root,
                 w_indent: W_Root, w_key_separator: W_StrObject,
                 w_item_separator: W_StrObject, sort_keys: bool, skipkeys: bool,
                 allow_nan: bool) -> None:
        self.w_markers = w_markers
        self.w_default = w_default
        self.w_encoder = w_encoder
        self.w_indent = w_indent
        self.w_key_separator = w_key_separator
        self.w_item_separator = w_item_separator
        self.key_separator = w_key_separator.as_str()
        self.item_separator = w_item_separator.as_str()
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan
        self.check_circular = w_markers is not w_None
        if w_encoder is W_ENCODE_ASCII:
            self.fast = FAST_ASCII
        elif w_encoder is W_ENCODE:
            self.fast = FAST_UNICODE
        else:
            self.fast = FAST_NONE

    def getclass(self) -> W_TypeObject:
        return w_encoder_type

    # -- pieces

    def float_str(self, x: float) -> str:
        if math.isnan(x) or math.isinf(x):
            if not self.allow_nan:
                raise operr(w_ValueError, "Out of range float values are not JSON compliant")
            if x > 0.0:
                return "Infinity"
            if x < 0.0:
                return "-Infinity"
            return "NaN"
        return float_repr(x)

    def encode_str(self, st: EncodeState, w_s: W_StrObject) -> None:
        if self.fast == FAST_ASCII:
            st.out.append(escape(w_s.as_str(), True))
        elif self.fast == FAST_UNICODE:
            st.out.append(escape(w_s.as_str(), False))
        else:
            w_res = space.call_function(self.w_encoder, [w_s])
            if not isinstance(w_res, W_StrObject):
                raise operr(w_TypeError, "encoder() must return a string, not %s"
                            % type_name(w_res))
            st.out.append(w_res.as_str())

    def mark(self, st: EncodeState, w: W_Root) -> None:
        if self.check_circular:
            for w_seen in st.stack:
                if w_seen is w:
                    raise operr(w_ValueError, "Circular reference detected")
            st.stack.append(w)

    def unmark(self, st: EncodeState) -> None:
        if self.check_circular:
            st.stack.pop()

    # -- values

    def encode_obj(self, st: EncodeState, w: W_Root) -> None:
        if w is w_None:
            st.out.append("null")
        elif w is w_True:
            st.out.append("true")
        elif w is w_False:
            st.out.append("false")
        elif isinstance(w, W_StrObject):
            self.encode_str(st, w)
        elif isinstance(w, W_IntObject) or isinstance(w, W_LongObject):
            st.out.append(int_repr(w))
        elif isinstance(w, W_FloatObject):
            st.out.append(self.float_str(w.floatval))
        elif isinstance(w, W_ListObject) or isinstance(w, W_TupleObject):
            space.enter_recursive_call(" while encoding a JSON object")
            try:
                self.encode_list(st, w)
            finally:
                space.leave_recursive_call()
        elif isinstance(w, W_DictObject):
            space.enter_recursive_call(" while encoding a JSON object")
            try:
                self.encode_dict(st, w)
            finally:
                space.leave_recursive_call()
        else:
            self.mark(st, w)
            space.enter_recursive_call(" while encoding a JSON object")
            try:
                w_new = space.call_function(self.w_default, [w])
                self.encode_obj(st, w_new)
            finally:
                space.leave_recursive_call()
            self.unmark(st)

    def encode_list(self, st: EncodeState, w_seq: W_Root) -> None:
        if isinstance(w_seq, W_TupleObject):
            items_w = w_seq.items_w
            if len(items_w) == 0:
                st.out.append("[]")
                return
            self.mark(st, w_seq)
            st.out.append("[")
            i = 0
            while i < len(items_w):
                if i > 0:
                    st.out.append(self.item_separator)
                self.encode_obj(st, items_w[i])
                i += 1
        else:
            assert isinstance(w_seq, W_ListObject)
            if w_seq.length() == 0:
                st.out.append("[]")
                return
            self.mark(st, w_seq)
            st.out.append("[")
            i = 0
            while i < w_seq.length():
                if i > 0:
                    st.out.append(self.item_separator)
                self.encode_obj(st, w_seq.getitem(i))
                i += 1
        self.unmark(st)
        st.out.append("]")

    def dict_items(self, w_dict: W_DictObject) -> tuple[list[W_Root], list[W_Root]]:
        """PyMapping_Items(dct), sorted if sort_keys: the keys and values."""
        keys_w: list[W_Root] = []
        values_w: list[W_Root] = []
        if w_dict.getclass() is w_dict_type:
            k = 0
            n = w_dict.entries_end()
            while k < n:
                w_k = w_dict.key_at(k)
                w_v = w_dict.value_at(k)
                if w_k is not None and w_v is not None:
                    keys_w.append(w_k)
                    values_w.append(w_v)
                k += 1
            if not self.sort_keys:
                return keys_w, values_w
            pairs_w: list[W_Root] = []
            i = 0
            while i < len(keys_w):
                pairs_w.append(W_TupleObject([keys_w[i], values_w[i]]))
                i += 1
        else:
            w_items = space.call_method(w_dict, "items", [])
            pairs_w = space.unpack_iterable(w_items)
            if not self.sort_keys:
                for w_pair in pairs_w:
                    k1, v1 = _pair(w_pair)
                    keys_w.append(k1)
                    values_w.append(v1)
                return keys_w, values_w
        w_list = W_ListObject(pairs_w)
        sort_list(w_list, None, False)
        keys_w = []
        values_w = []
        for w_pair in w_list.getitems_copy():
            k2, v2 = _pair(w_pair)
            keys_w.append(k2)
            values_w.append(v2)
        return keys_w, values_w

    def encode_dict(self, st: EncodeState, w_dict: W_DictObject) -> None:
        if w_dict.length() == 0:
            st.out.append("{}")
            return
        self.mark(st, w_dict)
        st.out.append("{")
        keys_w, values_w = self.dict_items(w_dict)
        first = True
        i = 0
        while i < len(keys_w):
            w_key = keys_w[i]
            w_value = values_w[i]
            i += 1
            if isinstance(w_key, W_StrObject):
                w_kstr = w_key
            elif isinstance(w_key, W_FloatObject):
                w_kstr = W_StrObject(self.float_str(w_key.floatval))
            elif w_key is w_True:
                w_kstr = W_StrObject("true")
            elif w_key is w_False:
                w_kstr = W_StrObject("false")
            elif w_key is w_None:
                w_kstr = W_StrObject("null")
            elif isinstance(w_key, W_IntObject) or isinstance(w_key, W_LongObject):
                w_kstr = W_StrObject(int_repr(w_key))
            elif self.skipkeys:
                continue
            else:
                raise operr(w_TypeError, "keys must be str, int, float, bool or None, not %s"
                            % type_name(w_key))
            if first:
                first = False
            else:
                st.out.append(self.item_separator)
            self.encode_str(st, w_kstr)
            st.out.append(self.key_separator)
            self.encode_obj(st, w_value)
        self.unmark(st)
        st.out.append("}")


def _pair(w_pair: W_Root) -> tuple[W_Root, W_Root]:
    if not isinstance(w_pair, W_TupleObject) or len(w_pair.items_w) != 2:
        raise operr(w_ValueError, "items must return 2-tuples")
    return w_pair.items_w[0], w_pair.items_w[1]


ENCODER_PARAMS = ["markers", "default", "encoder", "indent", "key_separator", "item_separator",
                  "sort_keys", "skipkeys", "allow_nan"]


def _slot(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def _str_slot(slots: list[W_Root | None], i: int) -> W_StrObject:
    w = _slot(slots, i)
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "make_encoder() argument %d must be str, not %s"
                    % (i + 1, type_name(w)))
    return w


def encoder_new(args: Arguments) -> W_Root:
    slots = clinic_kw(args, "make_encoder", ENCODER_PARAMS, 0, 9, 9, 1)
    w_markers = _slot(slots, 0)
    if w_markers is not w_None and not isinstance(w_markers, W_DictObject):
        raise operr(w_TypeError, "make_encoder() argument 1 must be dict or None, not %s"
                    % type_name(w_markers))
    w_key_sep = _str_slot(slots, 4)
    w_item_sep = _str_slot(slots, 5)
    sort_keys = space.is_true(_slot(slots, 6))
    skipkeys = space.is_true(_slot(slots, 7))
    allow_nan = space.is_true(_slot(slots, 8))
    return W_Encoder(w_markers, _slot(slots, 1), _slot(slots, 2), _slot(slots, 3),
                     w_key_sep, w_item_sep, sort_keys, skipkeys, allow_nan)


CALL_PARAMS = ["obj", "_current_indent_level"]


def encoder_call(args: Arguments) -> W_Root:
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Encoder)
    slots = clinic_kw(args, "_iterencode", CALL_PARAMS, 0, 2, 2, 1)
    space.int_of_w(_slot(slots, 1))
    st = EncodeState()
    w_self.encode_obj(st, _slot(slots, 0))
    return W_ListObject([W_StrObject("".join(st.out))])


def _encoder(w: W_Root) -> W_Encoder:
    assert isinstance(w, W_Encoder)
    return w


def get_markers(w: W_Root) -> W_Root:
    return _encoder(w).w_markers


def get_default(w: W_Root) -> W_Root:
    return _encoder(w).w_default


def get_encoder(w: W_Root) -> W_Root:
    return _encoder(w).w_encoder


def get_indent(w: W_Root) -> W_Root:
    return _encoder(w).w_indent


def get_key_separator(w: W_Root) -> W_Root:
    return _encoder(w).w_key_separator


def get_item_separator(w: W_Root) -> W_Root:
    return _encoder(w).w_item_separator


def get_sort_keys(w: W_Root) -> W_Root:
    return space.wrap_bool(_encoder(w).sort_keys)


def get_skipkeys(w: W_Root) -> W_Root:
    return space.wrap_bool(_encoder(w).skipkeys)


register_raw(w_encoder_type, "__new__", encoder_new)
register_raw(w_encoder_type, "__call__", encoder_call)
readonly_member(w_encoder_type, "markers", get_markers)
readonly_member(w_encoder_type, "default", get_default)
readonly_member(w_encoder_type, "encoder", get_encoder)
readonly_member(w_encoder_type, "indent", get_indent)
readonly_member(w_encoder_type, "key_separator", get_key_separator)
readonly_member(w_encoder_type, "item_separator", get_item_separator)
readonly_member(w_encoder_type, "sort_keys", get_sort_keys)
readonly_member(w_encoder_type, "skipkeys", get_skipkeys)


def add_to_module(d: W_DictObject) -> None:
    d.setitem_str("encode_basestring_ascii", W_ENCODE_ASCII)
    d.setitem_str("encode_basestring", W_ENCODE)
    d.setitem_str("make_encoder", w_encoder_type)
