"""The decoding half of `_json`: scanstring and make_scanner, as CPython
3.11's Modules/_json.c (their error messages and positions differ from
the pure-Python fallbacks' of json.decoder/json.scanner, and the scanner
leaves no Python frames in tracebacks).

    scanstring(string, end, strict=True) -> (str, end)
    make_scanner(context)                  the type _json.Scanner:
        scanner(string, idx) -> (value, end); StopIteration(idx) when no
        JSON value starts at idx

module.py puts them into the module (add_to_module).
"""
from __future__ import annotations

from ouro.interpreter import importing
from ouro.modules.math.args import module_type
from ouro.objspace import space
from ouro.objspace.descriptors import readonly_member
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_TypeError, w_ValueError)
from ouro.objspace.gateway import register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import Arguments, W_Root, W_TypeObject, type_name, w_None
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

w_scanner_type = module_type("_json", "Scanner")

MAX_DEPTH = 900


def errmsg(msg: str, s: str, pos: int) -> OperationError:
    """json.decoder.JSONDecodeError(msg, s, pos)."""
    w_cls = space.getattr(importing.import_one("json.decoder"), "JSONDecodeError")
    w_exc = space.call_function(w_cls, [W_StrObject(msg), W_StrObject(s), wrap_int(pos)])
    if isinstance(w_exc, W_BaseException):
        return OperationError(w_exc)
    return operr(w_TypeError, "exceptions must derive from BaseException")


def stop_iteration(idx: int) -> OperationError:
    return OperationError(W_BaseException(EXCEPTION_TYPES["StopIteration"], [wrap_int(idx)]))


def hexval(c: str) -> int:
    if "0" <= c <= "9":
        return ord(c) - ord("0")
    if "a" <= c <= "f":
        return ord(c) - ord("a") + 10
    if "A" <= c <= "F":
        return ord(c) - ord("A") + 10
    return -1


def scanstring(s: str, end: int, strict: bool) -> tuple[str, int]:
    """The JSON string whose first character (after the quote) is at
    `end`: (its value, the index after the closing quote)."""
    n = len(s)
    begin = end - 1
    if end < 0 or n < end:
        raise operr(w_ValueError, "end is out of bounds")
    chunks: list[str] = []
    while True:
        nxt = end
        c = ""
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == "\\":
                break
            if strict and ord(c) <= 0x1f:
                raise errmsg("Invalid control character at", s, nxt)
            nxt += 1
        if nxt >= n or (c != '"' and c != "\\"):
            raise errmsg("Unterminated string starting at", s, begin)
        if nxt != end:
            chunks.append(s[end:nxt])
        nxt += 1
        if c == '"':
            end = nxt
            break
        if nxt == n:
            raise errmsg("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c != "u":
            end = nxt + 1
            if c == '"' or c == "\\" or c == "/":
                chunks.append(c)
            elif c == "b":
                chunks.append("\b")
            elif c == "f":
                chunks.append("\f")
            elif c == "n":
                chunks.append("\n")
            elif c == "r":
                chunks.append("\r")
            elif c == "t":
                chunks.append("\t")
            else:
                raise errmsg("Invalid \\escape", s, end - 2)
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise errmsg("Invalid \\uXXXX escape", s, nxt - 1)
        code = 0
        while nxt < end:
            d = hexval(s[nxt])
            if d < 0:
                raise errmsg("Invalid \\uXXXX escape", s, end - 5)
            code = (code << 4) | d
            nxt += 1
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[nxt] == "\\" and s[nxt + 1] == "u":
            nxt += 2
            end += 6
            code2 = 0
            while nxt < end:
                d = hexval(s[nxt])
                if d < 0:
                    raise errmsg("Invalid \\uXXXX escape", s, end - 5)
                code2 = (code2 << 4) | d
                nxt += 1
            if 0xdc00 <= code2 <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (code2 - 0xdc00))
            else:
                end -= 6
        chunks.append(chr(code))
    return "".join(chunks), end


def str_arg(w: W_Root) -> str:
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "first argument must be a string, not %s" % type_name(w))
    return w.as_str()


def json_scanstring(args: Arguments) -> W_Root:
    if args.has_keywords():
        raise operr(w_TypeError, "scanstring() takes no keyword arguments")
    n = len(args.args_w)
    if n < 2 or n > 3:
        raise operr(w_TypeError, "scanstring expected %s arguments, got %d"
                    % ("at least 2" if n < 2 else "at most 3", n))
    s = str_arg(args.args_w[0])
    end = space.int_of_w(args.args_w[1])
    strict = True
    if n == 3:
        strict = space.is_true(args.args_w[2])
    value, newend = scanstring(s, end, strict)
    return W_TupleObject([W_StrObject(value), wrap_int(newend)])


class W_Scanner(W_Root):
    strict: bool
    w_object_hook: W_Root
    w_object_pairs_hook: W_Root
    w_parse_float: W_Root
    w_parse_int: W_Root
    w_parse_constant: W_Root
    w_memo: W_DictObject
    depth: int

    def __init__(self, strict: bool, w_object_hook: W_Root, w_object_pairs_hook: W_Root,
                 w_parse_float: W_Root, w_parse_int: W_Root, w_parse_constant: W_Root) -> None:
        self.strict = strict
        self.w_object_hook = w_object_hook
        self.w_object_pairs_hook = w_object_pairs_hook
        self.w_parse_float = w_parse_float
        self.w_parse_int = w_parse_int
        self.w_parse_constant = w_parse_constant
        self.w_memo = W_DictObject()
        self.depth = 0

    def getclass(self) -> W_TypeObject:
        return w_scanner_type

    def scan_once(self, s: str, idx: int) -> tuple[W_Root, int]:
        if idx < 0:
            raise operr(w_ValueError, "idx cannot be negative")
        n = len(s)
        if idx >= n:
            raise stop_iteration(idx)
        c = s[idx]
        if c == '"':
            value, end = scanstring(s, idx + 1, self.strict)
            return W_StrObject(value), end
        if c == "{" or c == "[":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                self.depth = 0
                what = "object" if c == "{" else "array"
                raise operr(EXCEPTION_TYPES["RecursionError"], "maximum recursion depth "
                            "exceeded while decoding a JSON %s from a unicode string" % what)
            try:
                if c == "{":
                    res = self.parse_object(s, idx + 1)
                else:
                    res = self.parse_array(s, idx + 1)
            finally:
                self.depth -= 1
            return res
        if c == "n" and s[idx:idx + 4] == "null":
            return w_None, idx + 4
        if c == "t" and s[idx:idx + 4] == "true":
            return space.wrap_bool(True), idx + 4
        if c == "f" and s[idx:idx + 5] == "false":
            return space.wrap_bool(False), idx + 5
        if c == "N" and s[idx:idx + 3] == "NaN":
            return self.constant("NaN"), idx + 3
        if c == "I" and s[idx:idx + 8] == "Infinity":
            return self.constant("Infinity"), idx + 8
        if c == "-" and s[idx:idx + 9] == "-Infinity":
            return self.constant("-Infinity"), idx + 9
        return self.match_number(s, idx)

    def constant(self, name: str) -> W_Root:
        return space.call_function(self.w_parse_constant, [W_StrObject(name)])

    def match_number(self, s: str, start: int) -> tuple[W_Root, int]:
        n = len(s)
        end_idx = n - 1
        idx = start
        if s[idx] == "-":
            idx += 1
            if idx > end_idx:
                raise stop_iteration(start)
        c = s[idx]
        if "1" <= c <= "9":
            idx += 1
            while idx <= end_idx and "0" <= s[idx] <= "9":
                idx += 1
        elif c == "0":
            idx += 1
        else:
            raise stop_iteration(start)
        is_float = False
        if idx < end_idx and s[idx] == "." and "0" <= s[idx + 1] <= "9":
            is_float = True
            idx += 2
            while idx <= end_idx and "0" <= s[idx] <= "9":
                idx += 1
        if idx < end_idx and (s[idx] == "e" or s[idx] == "E"):
            e_start = idx
            idx += 1
            if idx < end_idx and (s[idx] == "-" or s[idx] == "+"):
                idx += 1
            while idx <= end_idx and "0" <= s[idx] <= "9":
                idx += 1
            if "0" <= s[idx - 1] <= "9":
                is_float = True
            else:
                idx = e_start
        w_numstr = W_StrObject(s[start:idx])
        if is_float:
            return space.call_function(self.w_parse_float, [w_numstr]), idx
        return space.call_function(self.w_parse_int, [w_numstr]), idx

    def parse_object(self, s: str, idx: int) -> tuple[W_Root, int]:
        n = len(s)
        end_idx = n - 1
        has_pairs_hook = self.w_object_pairs_hook is not w_None
        pairs_w: list[W_Root] = []
        w_dict = W_DictObject()
        idx = skip_ws(s, idx)
        if idx > end_idx or s[idx] != "}":
            while True:
                if idx > end_idx or s[idx] != '"':
                    raise errmsg("Expecting property name enclosed in double quotes", s, idx)
                key, idx = scanstring(s, idx + 1, self.strict)
                w_key: W_Root = W_StrObject(key)
                w_memo_key = self.w_memo.getitem_str(key)
                if w_memo_key is not None:
                    w_key = w_memo_key
                else:
                    self.w_memo.setitem_str(key, w_key)
                idx = skip_ws(s, idx)
                if idx > end_idx or s[idx] != ":":
                    raise errmsg("Expecting ':' delimiter", s, idx)
                idx = skip_ws(s, idx + 1)
                w_val, idx = self.scan_once(s, idx)
                if has_pairs_hook:
                    pairs_w.append(W_TupleObject([w_key, w_val]))
                else:
                    w_dict.setitem(w_key, w_val)
                idx = skip_ws(s, idx)
                if idx <= end_idx and s[idx] == "}":
                    break
                if idx > end_idx or s[idx] != ",":
                    raise errmsg("Expecting ',' delimiter", s, idx)
                idx = skip_ws(s, idx + 1)
        if has_pairs_hook:
            return space.call_function(self.w_object_pairs_hook, [W_ListObject(pairs_w)]), idx + 1
        if self.w_object_hook is not w_None:
            return space.call_function(self.w_object_hook, [w_dict]), idx + 1
        return w_dict, idx + 1

    def parse_array(self, s: str, idx: int) -> tuple[W_Root, int]:
        n = len(s)
        end_idx = n - 1
        items_w: list[W_Root] = []
        idx = skip_ws(s, idx)
        if idx > end_idx or s[idx] != "]":
            while True:
                w_val, idx = self.scan_once(s, idx)
                items_w.append(w_val)
                idx = skip_ws(s, idx)
                if idx <= end_idx and s[idx] == "]":
                    break
                if idx > end_idx or s[idx] != ",":
                    raise errmsg("Expecting ',' delimiter", s, idx)
                idx = skip_ws(s, idx + 1)
        return W_ListObject(items_w), idx + 1


def skip_ws(s: str, idx: int) -> int:
    n = len(s)
    while idx < n:
        c = s[idx]
        if c != " " and c != "\t" and c != "\n" and c != "\r":
            break
        idx += 1
    return idx


def scanner_new(args: Arguments) -> W_Root:
    pos_w = args.args_w[1:]
    w_ctx: W_Root | None = pos_w[0] if len(pos_w) == 1 else None
    k = 0
    while k < len(args.kw_names):
        if args.kw_names[k] == "context" and w_ctx is None:
            w_ctx = args.kw_values_w[k]
        else:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for make_scanner()"
                        % args.kw_names[k])
        k += 1
    if w_ctx is None or len(pos_w) > 1:
        raise operr(w_TypeError, "make_scanner() takes exactly 1 argument (%d given)"
                    % (len(pos_w) + len(args.kw_names)))
    strict = space.is_true(space.getattr(w_ctx, "strict"))
    return W_Scanner(strict, space.getattr(w_ctx, "object_hook"),
                     space.getattr(w_ctx, "object_pairs_hook"),
                     space.getattr(w_ctx, "parse_float"), space.getattr(w_ctx, "parse_int"),
                     space.getattr(w_ctx, "parse_constant"))


def scanner_call(args: Arguments) -> W_Root:
    w_self = args.args_w[0]
    assert isinstance(w_self, W_Scanner)
    rest_w = args.args_w[1:]
    if args.has_keywords() or len(rest_w) != 2:
        raise operr(w_TypeError, "scan_once() takes exactly 2 arguments (%d given)"
                    % (len(rest_w) + len(args.kw_names)))
    s = str_arg(rest_w[0])
    idx = space.int_of_w(rest_w[1])
    w_self.depth = 0
    try:
        w_value, end = w_self.scan_once(s, idx)
    finally:
        w_self.w_memo = W_DictObject()
    return W_TupleObject([w_value, wrap_int(end)])


def _scanner(w: W_Root) -> W_Scanner:
    assert isinstance(w, W_Scanner)
    return w


def get_strict(w: W_Root) -> W_Root:
    return space.wrap_bool(_scanner(w).strict)


def get_object_hook(w: W_Root) -> W_Root:
    return _scanner(w).w_object_hook


def get_object_pairs_hook(w: W_Root) -> W_Root:
    return _scanner(w).w_object_pairs_hook


def get_parse_float(w: W_Root) -> W_Root:
    return _scanner(w).w_parse_float


def get_parse_int(w: W_Root) -> W_Root:
    return _scanner(w).w_parse_int


def get_parse_constant(w: W_Root) -> W_Root:
    return _scanner(w).w_parse_constant


register_raw(w_scanner_type, "__new__", scanner_new)
register_raw(w_scanner_type, "__call__", scanner_call)
readonly_member(w_scanner_type, "strict", get_strict)
readonly_member(w_scanner_type, "object_hook", get_object_hook)
readonly_member(w_scanner_type, "object_pairs_hook", get_object_pairs_hook)
readonly_member(w_scanner_type, "parse_float", get_parse_float)
readonly_member(w_scanner_type, "parse_int", get_parse_int)
readonly_member(w_scanner_type, "parse_constant", get_parse_constant)

W_SCANSTRING = register_raw(None, "scanstring", json_scanstring)


def add_to_module(d: W_DictObject) -> None:
    d.setitem_str("scanstring", W_SCANSTRING)
    d.setitem_str("make_scanner", w_scanner_type)
