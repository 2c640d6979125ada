"""`_string`: the helpers behind string.Formatter (CPython 3.11's
Objects/stringlib/unicode_format.h, formatteriter and fieldnameiter).

- `formatter_parser(s)` iterates over `(literal, field_name, format_spec,
  conversion)`: field_name, format_spec and conversion are None for a
  trailing literal; format_spec is '' and conversion None when absent.
- `formatter_field_name_split(name)` is `(first, rest)`: first an int when
  it is all decimal digits, else a str; rest iterates over `(is_attr, key)`,
  key an int for a numeric `[index]`.

Both iterators parse lazily, one item per `next()`, so that a malformed
string raises CPython's ValueError at the same step.  str.format itself
(ouro/objspace/strformat.py) renders while it parses and keeps its own
parser; this one follows the same C code (MarkupIterator_next,
parse_field, field_name_split, FieldNameIterator_next).
"""
from __future__ import annotations

from ouro.interpreter.module import W_Module
from ouro.modules.math.args import module_type, one_arg
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_TypeError, w_ValueError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strformat import _fmt_integer
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject, iter_next_meth, iter_self

w_formatteriter_type = module_type("builtins", "formatteriterator")
w_fieldnameiter_type = module_type("builtins", "fieldnameiterator")
for _t in [w_formatteriter_type, w_fieldnameiter_type]:
    register(_t, "__iter__(self, /)", iter_self)
    register(_t, "__next__(self, /)", iter_next_meth)


def _substr(chars: list[str], start: int, end: int) -> W_Root:
    return W_StrObject("".join(chars[start:end]))


class W_FormatterIter(W_Root):
    """MarkupIterator over a format string."""
    chars: list[str]
    pos: int

    def __init__(self, chars: list[str]) -> None:
        self.chars = chars
        self.pos = 0

    def getclass(self) -> W_TypeObject:
        return w_formatteriter_type

    def iter_next(self) -> W_Root | None:
        chars = self.chars
        end = len(chars)
        if self.pos >= end:
            return space.STOP
        start = self.pos
        c = ""
        markup_follows = False
        while self.pos < end:
            c = chars[self.pos]
            self.pos += 1
            if c == "{" or c == "}":
                markup_follows = True
                break
        at_end = self.pos >= end
        ln = self.pos - start
        if c == "}" and (at_end or chars[self.pos] != c):
            raise operr(w_ValueError, "Single '}' encountered in format string")
        if at_end and c == "{":
            raise operr(w_ValueError, "Single '{' encountered in format string")
        if not at_end:
            if c == chars[self.pos]:
                # an escaped '{{' or '}}': literal text only
                self.pos += 1
                markup_follows = False
            else:
                ln -= 1
        w_literal = _substr(chars, start, start + ln)
        if not markup_follows:
            return W_TupleObject([w_literal, w_None, w_None, w_None])
        return self.parse_field(w_literal)

    def parse_field(self, w_literal: W_Root) -> W_Root:
        chars = self.chars
        end = len(chars)
        fn_start = self.pos
        c = ""
        while self.pos < end:
            c = chars[self.pos]
            self.pos += 1
            if c == "{":
                raise operr(w_ValueError, "unexpected '{' in field name")
            if c == "[":
                while self.pos < end and chars[self.pos] != "]":
                    self.pos += 1
                continue
            if c == "}" or c == ":" or c == "!":
                break
        w_field_name = _substr(chars, fn_start, self.pos - 1)
        w_conversion: W_Root = w_None
        w_spec: W_Root = W_StrObject("")
        if c == "!" or c == ":":
            if c == "!":
                if self.pos >= end:
                    raise operr(w_ValueError,
                                "end of string while looking for conversion specifier")
                w_conversion = W_StrObject(chars[self.pos])
                self.pos += 1
                if self.pos < end:
                    c2 = chars[self.pos]
                    self.pos += 1
                    if c2 == "}":
                        return W_TupleObject([w_literal, w_field_name, w_spec, w_conversion])
                    if c2 != ":":
                        raise operr(w_ValueError, "expected ':' after conversion specifier")
            spec_start = self.pos
            count = 1
            while self.pos < end:
                c3 = chars[self.pos]
                self.pos += 1
                if c3 == "{":
                    count += 1
                elif c3 == "}":
                    count -= 1
                    if count == 0:
                        w_spec = _substr(chars, spec_start, self.pos - 1)
                        return W_TupleObject([w_literal, w_field_name, w_spec, w_conversion])
            raise operr(w_ValueError, "unmatched '{' in format spec")
        if c != "}":
            raise operr(w_ValueError, "expected '}' before end of string")
        return W_TupleObject([w_literal, w_field_name, w_spec, w_conversion])


class W_FieldNameIter(W_Root):
    """FieldNameIterator over the rest of a field name (after `first`)."""
    chars: list[str]
    pos: int

    def __init__(self, chars: list[str], pos: int) -> None:
        self.chars = chars
        self.pos = pos

    def getclass(self) -> W_TypeObject:
        return w_fieldnameiter_type

    def iter_next(self) -> W_Root | None:
        chars = self.chars
        end = len(chars)
        if self.pos >= end:
            return space.STOP
        c = chars[self.pos]
        self.pos += 1
        if c == ".":
            start = self.pos
            while self.pos < end:
                c2 = chars[self.pos]
                if c2 == "[" or c2 == ".":
                    break
                self.pos += 1
            if start == self.pos:
                raise operr(w_ValueError, "Empty attribute in format string")
            return W_TupleObject([space.wrap_bool(True), _substr(chars, start, self.pos)])
        if c == "[":
            start = self.pos
            seen = False
            while self.pos < end:
                c3 = chars[self.pos]
                self.pos += 1
                if c3 == "]":
                    seen = True
                    break
            if not seen:
                raise operr(w_ValueError, "Missing ']' in format string")
            stop = self.pos - 1
            idx = _fmt_integer(chars, start, stop)
            if start == stop:
                raise operr(w_ValueError, "Empty attribute in format string")
            w_key = wrap_int(idx) if idx != -1 else _substr(chars, start, stop)
            return W_TupleObject([space.wrap_bool(False), w_key])
        raise operr(w_ValueError, "Only '.' or '[' may follow ']' in format field specifier")


def _str_arg(w: W_Root) -> list[str]:
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "expected str, got %s" % type_name(w))
    return list(w.as_str())


def formatter_parser(args: Arguments) -> W_Root:
    return W_FormatterIter(_str_arg(one_arg(args, "formatter_parser")))


def formatter_field_name_split(args: Arguments) -> W_Root:
    chars = _str_arg(one_arg(args, "formatter_field_name_split"))
    end = len(chars)
    i = 0
    while i < end:
        c = chars[i]
        if c == "[" or c == ".":
            break
        i += 1
    idx = _fmt_integer(chars, 0, i)
    w_first = wrap_int(idx) if idx != -1 else _substr(chars, 0, i)
    return W_TupleObject([w_first, W_FieldNameIter(chars, i)])


FUNCTIONS = [
    register_raw(None, "formatter_parser", formatter_parser),
    register_raw(None, "formatter_field_name_split", formatter_field_name_split),
]


def make_module() -> W_Module:
    w_mod = W_Module("_string", None)
    w_mod.w_dict.setitem_str("__doc__", W_StrObject("string helper module"))
    for w_f in FUNCTIONS:
        w_mod.w_dict.setitem_str(space.builtin_name(w_f), w_f)
    return w_mod


register_module("_string", make_module)
