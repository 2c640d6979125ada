"""Text formatting shared by str, bytes and bytearray: the format-spec
mini-language for str (Python/formatter_unicode.c), `str.format` and
`format_map` (Objects/stringlib/unicode_format.h), printf-style `%`
formatting (PyUnicode_Format and _PyBytes_FormatEx), with CPython 3.11's
results and error messages.

- `parse_spec` parses a format spec into a FormatSpec (widths and
  precisions in any script's decimal digits, as CPython);
  `format_str_spec` is str.__format__.
- `format_w(w_value, spec)` is PyObject_Format: the value's `__format__`
  (ints and floats format themselves: intobject.py, floatobject.py).
- `build_format(fmt, args_w, kw)` is str.format and str.format_map;
  `format_percent(fmt, w_values, is_bytes)` is `fmt % values` for str
  (is_bytes False) and for bytes, which is run on the bytes decoded as
  latin-1 (one character per byte) and encoded back by the caller.

`%e/%f/%g` are done by float.__format__ with the equivalent format spec
(`%#.3g` is `format(x, "#.3g")`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rpy.rlib.rarithmetic import MAXINT

from ouro.objspace import intobject, space
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr, w_IndexError,
                                      w_KeyError, w_OverflowError, w_TypeError, w_ValueError)
from ouro.objspace.model import W_Root, type_name, w_object_type
from ouro.objspace import strobject
from ouro.objspace.strobject import LazyModule, W_StrObject, decimal_value, w_str_type

# -- the format-spec mini-language

LT_NO_LOCALE = 0
LT_DEFAULT_LOCALE = 1      # ','
LT_UNDERSCORE_LOCALE = 2   # '_' every 3 digits
LT_UNDER_FOUR_LOCALE = 3   # '_' every 4 digits (b, o, x, X)


class FormatSpec:
    fill: str
    align: str
    sign: str          # '' (not given), '+', '-' or ' '
    no_neg_0: bool     # 'z'
    alternate: bool    # '#'
    width: int         # -1: not given
    thousands: int     # LT_*
    precision: int     # -1: not given
    type: str          # the presentation type (the default if not given)

    def __init__(self, default_type: str, default_align: str) -> None:
        self.fill = " "
        self.align = default_align
        self.sign = ""
        self.no_neg_0 = False
        self.alternate = False
        self.width = -1
        self.thousands = LT_NO_LOCALE
        self.precision = -1
        self.type = default_type


def _is_align(c: str) -> bool:
    return c == "<" or c == ">" or c == "=" or c == "^"


def _spec_integer(chars: list[str], pos: int, end: int) -> tuple[int, int]:
    """get_integer of formatter_unicode.c: (value, new position); the
    digits are any Unicode decimal digits."""
    acc = 0
    while pos < end:
        d = decimal_value(chars[pos])
        if d < 0:
            break
        if acc > (MAXINT - d) // 10:
            raise operr(w_ValueError, "Too many decimal digits in format string")
        acc = acc * 10 + d
        pos += 1
    return acc, pos


def _char_code_message(c: str) -> str:
    o = ord(c)
    if 32 < o < 128:
        return "'%s'" % c
    return "'\\x%x'" % o


def _invalid_thousands(spec: FormatSpec) -> OperationError:
    sep = "," if spec.thousands == LT_DEFAULT_LOCALE else "_"
    t = spec.type
    if t == "":
        return operr(w_ValueError, "Cannot specify '%s' with '\\x0'." % sep)
    return operr(w_ValueError, "Cannot specify '%s' with %s." % (sep, _char_code_message(t)))


def parse_spec(spec: str, default_type: str, default_align: str, tname: str) -> FormatSpec:
    """parse_internal_render_format_spec: raises CPython's ValueErrors."""
    fs = FormatSpec(default_type, default_align)
    chars = list(spec)
    end = len(chars)
    pos = 0
    fill_specified = False
    align_specified = False
    if end - pos >= 2 and _is_align(chars[pos + 1]):
        fs.align = chars[pos + 1]
        fs.fill = chars[pos]
        fill_specified = True
        align_specified = True
        pos += 2
    elif end - pos >= 1 and _is_align(chars[pos]):
        fs.align = chars[pos]
        align_specified = True
        pos += 1
    if end - pos >= 1 and (chars[pos] == "+" or chars[pos] == "-" or chars[pos] == " "):
        fs.sign = chars[pos]
        pos += 1
    if end - pos >= 1 and chars[pos] == "z":
        fs.no_neg_0 = True
        pos += 1
    if end - pos >= 1 and chars[pos] == "#":
        fs.alternate = True
        pos += 1
    if not fill_specified and end - pos >= 1 and chars[pos] == "0":
        fs.fill = "0"
        if not align_specified and default_align == ">":
            fs.align = "="
        pos += 1
    start_width = pos
    width, pos = _spec_integer(chars, pos, end)
    fs.width = width if pos > start_width else -1
    if end - pos >= 1 and chars[pos] == ",":
        fs.thousands = LT_DEFAULT_LOCALE
        pos += 1
    if end - pos >= 1 and chars[pos] == "_":
        if fs.thousands != LT_NO_LOCALE:
            raise operr(w_ValueError, "Cannot specify both ',' and '_'.")
        fs.thousands = LT_UNDERSCORE_LOCALE
        pos += 1
    if end - pos >= 1 and chars[pos] == ",":
        if fs.thousands == LT_UNDERSCORE_LOCALE:
            raise operr(w_ValueError, "Cannot specify both ',' and '_'.")
    if end - pos >= 1 and chars[pos] == ".":
        pos += 1
        start_prec = pos
        prec, pos = _spec_integer(chars, pos, end)
        if pos == start_prec:
            raise operr(w_ValueError, "Format specifier missing precision")
        fs.precision = prec
    if end - pos > 1:
        raise operr(w_ValueError, "Invalid format specifier '%s' for object of type '%s'"
                    % (spec, tname))
    if end - pos == 1:
        fs.type = chars[pos]
        pos += 1
    if fs.thousands != LT_NO_LOCALE:
        t = fs.type
        if t in ("d", "e", "f", "g", "E", "G", "%", "F", ""):
            pass
        elif t in ("b", "o", "x", "X"):
            if fs.thousands == LT_UNDERSCORE_LOCALE:
                fs.thousands = LT_UNDER_FOUR_LOCALE
            else:
                raise _invalid_thousands(fs)
        else:
            raise _invalid_thousands(fs)
    return fs


def unknown_presentation_type(t: str, tname: str) -> OperationError:
    o = ord(t) if t != "" else 0
    if 32 < o < 128:
        return operr(w_ValueError, "Unknown format code '%s' for object of type '%s'" % (t, tname))
    return operr(w_ValueError, "Unknown format code '\\x%x' for object of type '%s'" % (o, tname))


def pad(s: str, nchars: int, width: int, align: str, fill: str) -> str:
    """calc_padding + the fill of format_string_internal: s (nchars long)
    padded to width."""
    if width <= nchars:
        return s
    total = width - nchars
    if align == ">":
        left = total
    elif align == "^":
        left = total // 2
    else:
        left = 0
    right = total - left
    return fill * left + s + fill * right


def format_str_spec(value: str, spec: str, tname: str) -> str:
    """str.__format__ for a non-empty spec."""
    fs = parse_spec(spec, "s", "<", tname)
    if fs.type != "s":
        raise unknown_presentation_type(fs.type, tname)
    if fs.sign != "":
        if fs.sign == " ":
            raise operr(w_ValueError, "Space not allowed in string format specifier")
        raise operr(w_ValueError, "Sign not allowed in string format specifier")
    if fs.no_neg_0:
        raise operr(w_ValueError,
                    "Negative zero coercion (z) not allowed in string format specifier")
    if fs.alternate:
        raise operr(w_ValueError, "Alternate form (#) not allowed in string format specifier")
    if fs.align == "=":
        raise operr(w_ValueError, "'=' alignment not allowed in string format specifier")
    n = len(value)
    if (fs.width == -1 or fs.width <= n) and (fs.precision == -1 or fs.precision >= n):
        return value
    if fs.precision >= 0 and n >= fs.precision:
        value = value[:fs.precision]
        n = fs.precision
    return pad(value, n, fs.width, fs.align, fs.fill)


# -- numbers

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def int_digits(value: int, base: int) -> str:
    """The digits of abs(value) in base (lowercase, no sign or prefix);
    exact for the most negative machine int too."""
    if value == 0:
        return "0"
    if base == 10:
        s = str(value)
        if value < 0:
            return s[1:]
        return s
    n = value if value < 0 else -value        # n <= 0: no overflow
    out: list[str] = []
    while n != 0:
        r = n % base
        if r != 0:
            out.append(DIGITS[base - r])
            n = n // base + 1
        else:
            out.append("0")
            n = n // base
    out.reverse()
    return "".join(out)


def float_object(x: float) -> W_Root:
    return floatobject.W_FloatObject(x)


def format_w(w_value: W_Root, spec: str) -> str:
    """PyObject_Format: `format(w_value, spec)` through the value's
    __format__ (space.format), with CPython's fast path for str."""
    if spec == "":
        if isinstance(w_value, W_StrObject) and w_value.getclass() is w_str_type:
            return w_value.as_str()
    w_res = space.format(w_value, W_StrObject(spec))
    assert isinstance(w_res, W_StrObject)
    return w_res.as_str()


# -- ascii()

def ascii_escape(s: str) -> str:
    """Non-ASCII characters of s as \\x, \\u or \\U escapes (the
    backslashreplace of PyObject_ASCII)."""
    ascii_only = True
    for c in s:
        if ord(c) >= 128:
            ascii_only = False
            break
    if ascii_only:
        return s
    out: list[str] = []
    for c in s:
        o = ord(c)
        if o < 128:
            out.append(c)
        elif o < 0x100:
            out.append("\\x%02x" % o)
        elif o < 0x10000:
            out.append("\\u%04x" % o)
        else:
            out.append("\\U%08x" % o)
    return "".join(out)


def ascii_w(w: W_Root) -> str:
    """ascii(w)."""
    return ascii_escape(space.repr_str(w))


# -- str.format

ANS_INIT = 0
ANS_AUTO = 1
ANS_MANUAL = 2


class AutoNumber:
    state: int
    field_number: int

    def __init__(self) -> None:
        self.state = ANS_INIT
        self.field_number = 0


class FormatKwargs:
    """Where named fields come from: keyword arguments (format) or a
    mapping (format_map)."""
    names: list[str]
    values_w: list[W_Root]
    w_mapping: W_Root | None

    def __init__(self, names: list[str], values_w: list[W_Root], w_mapping: W_Root | None) -> None:
        self.names = names
        self.values_w = values_w
        self.w_mapping = w_mapping

    def lookup(self, key: str) -> W_Root:
        w_mapping = self.w_mapping
        if w_mapping is not None:
            return space.getitem(w_mapping, W_StrObject(key))
        i = 0
        while i < len(self.names):
            if self.names[i] == key:
                return self.values_w[i]
            i += 1
        raise key_error(W_StrObject(key))


def key_error(w_key: W_Root) -> OperationError:
    return OperationError(W_BaseException(w_KeyError, [w_key]))


def _fmt_integer(chars: list[str], start: int, end: int) -> int:
    """get_integer of unicode_format.h: -1 if empty or not all decimal."""
    if start >= end:
        return -1
    acc = 0
    i = start
    while i < end:
        d = decimal_value(chars[i])
        if d < 0:
            return -1
        if acc > (MAXINT - d) // 10:
            raise operr(w_ValueError, "Too many decimal digits in format string")
        acc = acc * 10 + d
        i += 1
    return acc


def build_format(fmt: str, args_w: list[W_Root] | None, kw: FormatKwargs) -> str:
    """str.format (args_w given) and str.format_map (args_w None)."""
    chars = list(fmt)
    out: list[str] = []
    _build_string(chars, 0, len(chars), args_w, kw, 2, AutoNumber(), out)
    return "".join(out)


def _build_string(chars: list[str], start: int, end: int, args_w: list[W_Root] | None,
                  kw: FormatKwargs, depth: int, an: AutoNumber, out: list[str]) -> None:
    if depth <= 0:
        raise operr(w_ValueError, "Max string recursion exceeded")
    pos = start
    while pos < end:
        lit_start = pos
        c = ""
        markup_follows = False
        while pos < end:
            c = chars[pos]
            pos += 1
            if c == "{" or c == "}":
                markup_follows = True
                break
        at_end = pos >= end
        ln = pos - lit_start
        if c == "}" and markup_follows and (at_end or chars[pos] != c):
            raise operr(w_ValueError, "Single '}' encountered in format string")
        if at_end and c == "{" and markup_follows:
            raise operr(w_ValueError, "Single '{' encountered in format string")
        if not at_end:
            if c == chars[pos]:
                pos += 1
                markup_follows = False
            else:
                ln -= 1
        if ln > 0:
            out.append("".join(chars[lit_start:lit_start + ln]))
        if not markup_follows:
            continue
        pos = _parse_and_render_field(chars, pos, end, args_w, kw, depth, an, out)


def _parse_and_render_field(chars: list[str], pos: int, end: int, args_w: list[W_Root] | None,
                            kw: FormatKwargs, depth: int, an: AutoNumber,
                            out: list[str]) -> int:
    """parse_field + output_markup; returns the position after the field."""
    fn_start = pos
    c = ""
    while pos < end:
        c = chars[pos]
        pos += 1
        if c == "{":
            raise operr(w_ValueError, "unexpected '{' in field name")
        if c == "[":
            while pos < end and chars[pos] != "]":
                pos += 1
            continue
        if c == "}" or c == ":" or c == "!":
            break
    fn_end = pos - 1
    conversion = ""
    spec_start = 0
    spec_end = 0
    needs_expanding = False
    if c == "!" or c == ":":
        done = False
        if c == "!":
            if pos >= end:
                raise operr(w_ValueError, "end of string while looking for conversion specifier")
            conversion = chars[pos]
            pos += 1
            if pos < end:
                c2 = chars[pos]
                pos += 1
                if c2 == "}":
                    done = True
                elif c2 != ":":
                    raise operr(w_ValueError, "expected ':' after conversion specifier")
        if not done:
            spec_start = pos
            count = 1
            found = False
            while pos < end:
                c3 = chars[pos]
                pos += 1
                if c3 == "{":
                    needs_expanding = True
                    count += 1
                elif c3 == "}":
                    count -= 1
                    if count == 0:
                        spec_end = pos - 1
                        found = True
                        break
            if not found:
                raise operr(w_ValueError, "unmatched '{' in format spec")
    elif c != "}":
        raise operr(w_ValueError, "expected '}' before end of string")
    # output_markup
    w_obj = _get_field_object(chars, fn_start, fn_end, args_w, kw, an)
    if conversion != "":
        w_obj = _do_conversion(w_obj, conversion)
    if needs_expanding:
        sub: list[str] = []
        _build_string(chars, spec_start, spec_end, args_w, kw, depth - 1, an, sub)
        spec = "".join(sub)
    else:
        spec = "".join(chars[spec_start:spec_end])
    out.append(format_w(w_obj, spec))
    return pos


def _do_conversion(w_obj: W_Root, conversion: str) -> W_Root:
    if conversion == "r":
        return space.repr(w_obj)
    if conversion == "s":
        return space.str_obj(w_obj)
    if conversion == "a":
        return W_StrObject(ascii_w(w_obj))
    o = ord(conversion)
    if 32 < o < 127:
        raise operr(w_ValueError, "Unknown conversion specifier %s" % conversion)
    raise operr(w_ValueError, "Unknown conversion specifier \\x%x" % o)


def _get_field_object(chars: list[str], start: int, end: int, args_w: list[W_Root] | None,
                      kw: FormatKwargs, an: AutoNumber) -> W_Root:
    i = start
    while i < end:
        c = chars[i]
        if c == "[" or c == ".":
            break
        i += 1
    first_end = i
    first_idx = _fmt_integer(chars, start, first_end)
    empty = start >= first_end
    numeric = empty or first_idx != -1
    if an.state == ANS_INIT and numeric:
        an.state = ANS_AUTO if empty else ANS_MANUAL
    if numeric:
        if an.state == ANS_MANUAL:
            if empty:
                raise operr(w_ValueError, "cannot switch from manual field specification to "
                            "automatic field numbering")
        elif not empty:
            raise operr(w_ValueError, "cannot switch from automatic field numbering to manual "
                        "field specification")
    if empty:
        first_idx = an.field_number
        an.field_number += 1
    if first_idx == -1:
        w_obj = kw.lookup("".join(chars[start:first_end]))
    else:
        if args_w is None:
            raise operr(w_ValueError, "Format string contains positional fields")
        if first_idx >= len(args_w):
            raise operr(w_IndexError, "Replacement index %d out of range for positional args tuple"
                        % first_idx)
        w_obj = args_w[first_idx]
    j = first_end
    while j < end:
        c = chars[j]
        j += 1
        if c == ".":
            name_start = j
            while j < end and chars[j] != "." and chars[j] != "[":
                j += 1
            if name_start == j:
                raise operr(w_ValueError, "Empty attribute in format string")
            w_obj = space.getattr(w_obj, "".join(chars[name_start:j]))
        elif c == "[":
            name_start = j
            seen = False
            while j < end:
                c2 = chars[j]
                j += 1
                if c2 == "]":
                    seen = True
                    break
            if not seen:
                raise operr(w_ValueError, "Missing ']' in format string")
            name_end = j - 1
            idx = _fmt_integer(chars, name_start, name_end)
            if name_start == name_end:
                raise operr(w_ValueError, "Empty attribute in format string")
            if idx == -1:
                w_obj = space.getitem(w_obj, W_StrObject("".join(chars[name_start:name_end])))
            else:
                w_obj = space.getitem(w_obj, intobject.wrap_int(idx))
        else:
            raise operr(w_ValueError, "Only '.' or '[' may follow ']' in format field specifier")
    return w_obj


# -- printf-style formatting

F_LJUST = 1
F_SIGN = 2
F_BLANK = 4
F_ALT = 8
F_ZERO = 16


class PercentState:
    """The state of one `fmt % values` (unicode_formatter_t)."""
    chars: list[str]
    n: int
    pos: int
    cnt: int
    w_args: W_Root
    args_w: list[W_Root]     # the tuple's items when the values are a tuple
    arglen: int
    argidx: int
    w_dict: W_Root | None
    is_bytes: bool

    def __init__(self, chars: list[str], w_args: W_Root, is_bytes: bool) -> None:
        self.chars = chars
        self.n = len(chars)
        self.pos = 0
        self.cnt = len(chars)
        self.w_args = w_args
        self.is_bytes = is_bytes
        if isinstance(w_args, tupleobject.W_TupleObject):
            self.args_w = w_args.items_w
            self.arglen = len(w_args.items_w)
            self.argidx = 0
        else:
            self.args_w = []
            self.arglen = -1
            self.argidx = -2
        self.w_dict = None
        if (space.lookup(w_args, "__getitem__") is not None
                and not isinstance(w_args, tupleobject.W_TupleObject)
                and not isinstance(w_args, W_StrObject)
                and not (is_bytes and bytesobject.is_bytes_or_bytearray(w_args))):
            self.w_dict = w_args

    def read(self) -> str:
        if self.pos < self.n:
            return self.chars[self.pos]
        return "\x00"

    def next_arg(self) -> W_Root:
        argidx = self.argidx
        if argidx < self.arglen:
            self.argidx += 1
            if self.arglen < 0:
                return self.w_args
            return self.args_w[argidx]
        raise operr(w_TypeError, "not enough arguments for format string")


def _not_all_converted(is_bytes: bool) -> OperationError:
    if is_bytes:
        return operr(w_TypeError, "not all arguments converted during bytes formatting")
    return operr(w_TypeError, "not all arguments converted during string formatting")


def _simple_arg(w_values: W_Root, k: int) -> W_Root:
    if isinstance(w_values, tupleobject.W_TupleObject):
        return w_values.items_w[k]
    return w_values


def _simple_percent(fmt: str, w_values: W_Root) -> str | None:
    """`fmt % values` when fmt holds only %s, %r, %% and %d of exact ints
    (machine words), one for each value: the common case, without the
    general parser's state.  None (having run nothing) otherwise."""
    n = len(fmt)
    if isinstance(w_values, tupleobject.W_TupleObject):
        nvalues = len(w_values.items_w)
    else:
        nvalues = 1
    nspecs = 0
    i = fmt.find("%")
    while i >= 0:
        if i + 1 >= n:
            return None
        c = fmt[i + 1]
        if c == "s" or c == "r" or c == "d":
            if nspecs >= nvalues:
                return None
            if c == "d":
                w_v = _simple_arg(w_values, nspecs)
                if not (isinstance(w_v, intobject.W_IntObject)
                        and w_v.getclass() is intobject.w_int_type):
                    return None
            nspecs += 1
        elif c != "%":
            return None
        i = fmt.find("%", i + 2)
    if nspecs != nvalues:
        return None
    out: list[str] = []
    start = 0
    k = 0
    i = fmt.find("%")
    while i >= 0:
        if i > start:
            out.append(fmt[start:i])
        c = fmt[i + 1]
        if c == "%":
            out.append("%")
        else:
            w_v = _simple_arg(w_values, k)
            k += 1
            if c == "s":
                out.append(space.str_str(w_v))
            elif c == "r":
                out.append(space.repr_str(w_v))
            else:
                assert isinstance(w_v, intobject.W_IntObject)
                out.append(str(w_v.intval))
        start = i + 2
        i = fmt.find("%", start)
    if start < n:
        out.append(fmt[start:])
    return "".join(out)


def format_percent(fmt: str, w_values: W_Root, is_bytes: bool) -> str:
    """PyUnicode_Format (and _PyBytes_FormatEx on latin-1 text)."""
    if not is_bytes:
        simple = _simple_percent(fmt, w_values)
        if simple is not None:
            return simple
    st = PercentState(list(fmt), w_values, is_bytes)
    out: list[str] = []
    while True:
        st.cnt -= 1
        if st.cnt < 0:
            break
        if st.read() != "%":
            nonfmtpos = st.pos
            st.pos += 1
            while st.cnt >= 0 and st.read() != "%":
                st.pos += 1
                st.cnt -= 1
            if st.cnt < 0:
                st.pos -= 1
            out.append("".join(st.chars[nonfmtpos:st.pos]))
        else:
            st.pos += 1
            _format_one(st, out)
    if st.argidx < st.arglen and st.w_dict is None:
        raise _not_all_converted(is_bytes)
    return "".join(out)


def _parse_star(st: PercentState) -> int:
    w_v = st.next_arg()
    if not intobject.is_int(w_v):
        raise operr(w_TypeError, "* wants int")
    return intobject.int_w(w_v)


def _format_one(st: PercentState, out: list[str]) -> None:
    ch = st.read()
    if ch == "%":
        st.pos += 1
        st.cnt -= 1
        out.append("%")
        return
    flags = 0
    width = -1
    prec = -1
    if st.read() == "(":
        if st.w_dict is None:
            raise operr(w_TypeError, "format requires a mapping")
        st.pos += 1
        st.cnt -= 1
        keystart = st.pos
        pcount = 1
        while pcount > 0:
            st.cnt -= 1
            if st.cnt < 0:
                break
            ch = st.read()
            if ch == ")":
                pcount -= 1
            elif ch == "(":
                pcount += 1
            st.pos += 1
        keylen = st.pos - keystart - 1
        if st.cnt < 0 or pcount > 0:
            raise operr(w_ValueError, "incomplete format key")
        key = "".join(st.chars[keystart:keystart + keylen])
        w_dict = st.w_dict
        assert w_dict is not None
        w_key: W_Root
        if st.is_bytes:
            w_key = bytesobject.wrap_bytes(bytesobject.latin1_to_bytes(key))
        else:
            w_key = W_StrObject(key)
        st.w_args = space.getitem(w_dict, w_key)
        st.arglen = -1
        st.argidx = -2
    while True:
        st.cnt -= 1
        if st.cnt < 0:
            break
        ch = st.read()
        st.pos += 1
        if ch == "-":
            flags |= F_LJUST
        elif ch == "+":
            flags |= F_SIGN
        elif ch == " ":
            flags |= F_BLANK
        elif ch == "#":
            flags |= F_ALT
        elif ch == "0":
            flags |= F_ZERO
        else:
            break
    if ch == "*":
        width = _parse_star(st)
        if width < 0:
            flags |= F_LJUST
            width = -width
        st.cnt -= 1
        if st.cnt >= 0:
            ch = st.read()
            st.pos += 1
    elif "0" <= ch <= "9":
        width = ord(ch) - 48
        while True:
            st.cnt -= 1
            if st.cnt < 0:
                break
            ch = st.read()
            st.pos += 1
            if not ("0" <= ch <= "9"):
                break
            d = ord(ch) - 48
            if width > (MAXINT - d) // 10:
                raise operr(w_ValueError, "width too big")
            width = width * 10 + d
    if ch == ".":
        prec = 0
        st.cnt -= 1
        if st.cnt >= 0:
            ch = st.read()
            st.pos += 1
        if ch == "*":
            w_p = st.next_arg()
            if not intobject.is_int(w_p):
                raise operr(w_TypeError, "* wants int")
            prec = strobject.c_int_w(w_p)
            if prec < 0:
                prec = 0
            st.cnt -= 1
            if st.cnt >= 0:
                ch = st.read()
                st.pos += 1
        elif "0" <= ch <= "9":
            prec = ord(ch) - 48
            while True:
                st.cnt -= 1
                if st.cnt < 0:
                    break
                ch = st.read()
                st.pos += 1
                if not ("0" <= ch <= "9"):
                    break
                d = ord(ch) - 48
                if prec > (2147483647 - d) // 10:
                    raise operr(w_ValueError, "precision too big")
                prec = prec * 10 + d
    if st.cnt >= 0:
        if ch == "h" or ch == "l" or ch == "L":
            st.cnt -= 1
            if st.cnt >= 0:
                ch = st.read()
                st.pos += 1
    if st.cnt < 0:
        raise operr(w_ValueError, "incomplete format")
    w_v = st.next_arg()
    is_number = False
    text = ""
    if ch == "s" or ch == "r" or ch == "a" or (st.is_bytes and ch == "b"):
        if st.is_bytes:
            if ch == "s" or ch == "b":
                text = bytesobject.bytes_for_percent_s(w_v)
            else:
                text = ascii_w(w_v)
        elif ch == "s":
            text = space.str_str(w_v)
        elif ch == "r":
            text = space.repr_str(w_v)
        else:
            text = ascii_w(w_v)
        if prec >= 0 and len(text) > prec:
            text = text[:prec]
    elif ch in ("i", "d", "u", "o", "x", "X"):
        text = _format_long_printf(w_v, flags, prec, ch)
        is_number = True
    elif ch in ("e", "E", "f", "F", "g", "G"):
        text = _format_float_printf(w_v, flags, prec, ch)
        is_number = True
    elif ch == "c":
        if st.is_bytes:
            text = chr(bytesobject.byte_for_percent_c(w_v))
        else:
            text = _format_char(w_v)
    else:
        o = ord(ch)
        if st.is_bytes:
            shown = ch if o < 128 else "?"
        else:
            shown = ch if 31 <= o <= 126 else "?"
        raise operr(w_ValueError, "unsupported format character '%s' (0x%x) at index %d"
                    % (shown, o, st.pos - 1))
    out.append(_percent_output(text, flags, width, is_number, ch))
    if st.w_dict is not None and st.argidx < st.arglen:
        raise _not_all_converted(st.is_bytes)


def _percent_output(text: str, flags: int, width: int, sign_flag: bool, ch: str) -> str:
    """unicode_format_arg_output: sign, '0x' prefix, padding."""
    fill = "0" if (sign_flag and (flags & F_ZERO) != 0) else " "
    n = len(text)
    if (width == -1 or width <= n) and (flags & (F_SIGN | F_BLANK)) == 0:
        return text
    pindex = 0
    signchar = ""
    has_sign = sign_flag
    if has_sign:
        first = text[0] if n > 0 else ""
        if first == "-" or first == "+":
            signchar = first
            n -= 1
            pindex += 1
        elif (flags & F_SIGN) != 0:
            signchar = "+"
        elif (flags & F_BLANK) != 0:
            signchar = " "
        else:
            has_sign = False
    if width < n:
        width = n
    pieces: list[str] = []
    if has_sign:
        if fill != " ":
            pieces.append(signchar)
        if width > n:
            width -= 1
    alt_prefix = (flags & F_ALT) != 0 and (ch == "x" or ch == "X" or ch == "o")
    if alt_prefix:
        if fill != " ":
            pieces.append(text[pindex:pindex + 2])
            pindex += 2
        width -= 2
        if width < 0:
            width = 0
        n -= 2
    if width > n and (flags & F_LJUST) == 0:
        pieces.append(fill * (width - n))
        width = n
    if fill == " ":
        if has_sign:
            pieces.append(signchar)
        if alt_prefix:
            pieces.append(text[pindex:pindex + 2])
            pindex += 2
    pieces.append(text[pindex:pindex + n])
    if width > n:
        pieces.append(" " * (width - n))
    return "".join(pieces)


def _is_number(w: W_Root) -> bool:
    """PyNumber_Check."""
    if intobject.is_int(w):
        return True
    return (space.lookup(w, "__index__") is not None or space.lookup(w, "__int__") is not None
            or space.lookup(w, "__float__") is not None or type_name(w) == "complex")


def _format_long_printf(w_v: W_Root, flags: int, prec: int, t: str) -> str:
    """mainformatlong + _PyUnicode_FormatLong."""
    w_i: W_Root = w_v
    if not intobject.is_int(w_v):
        wrong = not _is_number(w_v)
        if not wrong:
            try:
                if t == "o" or t == "x" or t == "X":
                    w_i = intobject.index_w(w_v)
                else:
                    w_i = intobject.number_long(w_v)
            except OperationError as e:
                if not e.match(w_TypeError):
                    raise
                wrong = True
        if wrong:
            if t == "o" or t == "x" or t == "X":
                raise operr(w_TypeError, "%%%s format: an integer is required, not %s"
                            % (t, type_name(w_v)))
            raise operr(w_TypeError, "%%%s format: a real number is required, not %s"
                        % (t, type_name(w_v)))
    base = 10
    if t == "o":
        base = 8
    elif t == "x" or t == "X":
        base = 16
    if isinstance(w_i, intobject.W_IntObject):
        value = w_i.intval
        negative = value < 0
        digits = int_digits(value, base)
    else:
        digits = intobject.int_to_base(w_i, base)
        negative = digits.startswith("-")
        if negative:
            digits = digits[1:]
    if prec > len(digits):
        digits = "0" * (prec - len(digits)) + digits
    prefix = ""
    if (flags & F_ALT) != 0:
        if t == "o":
            prefix = "0o"
        elif t == "x":
            prefix = "0x"
        elif t == "X":
            prefix = "0X"
    if t == "X":
        digits = digits.upper()
    return ("-" if negative else "") + prefix + digits


def _format_float_printf(w_v: W_Root, flags: int, prec: int, t: str) -> str:
    """formatfloat: PyOS_double_to_string(x, t, prec, alt), done by
    float.__format__ with the equivalent spec."""
    w_f: W_Root
    if isinstance(w_v, floatobject.W_FloatObject):
        w_f = w_v
    else:
        w_f = float_object(intobject.float_of_w(w_v))
    if prec < 0:
        prec = 6
    spec = ("#" if (flags & F_ALT) != 0 else "") + "." + str(prec) + t
    return format_w(w_f, spec)


def _format_char(w_v: W_Root) -> str:
    """formatchar (%c of str)."""
    if isinstance(w_v, W_StrObject):
        if len(w_v.as_str()) == 1:
            return w_v.as_str()
        raise operr(w_TypeError, "%c requires int or char")
    if isinstance(w_v, intobject.W_IntObject):
        x = w_v.intval
    else:
        if not intobject.is_int(w_v) and space.lookup(w_v, "__index__") is None:
            raise operr(w_TypeError, "%c requires int or char")
        w_i = intobject.index_w(w_v)
        x = w_i.intval if isinstance(w_i, intobject.W_IntObject) else -1
    if x < 0 or x > 0x10ffff:
        raise operr(w_OverflowError, "%c arg not in range(0x110000)")
    return chr(x)


# used at call time only (see LazyModule)
if TYPE_CHECKING:
    from ouro.objspace import bytesobject, tupleobject
    from ouro.objspace import floatobject  # type: ignore[attr-defined,unused-ignore]
else:
    bytesobject = LazyModule("ouro.objspace.bytesobject")
    floatobject = LazyModule("ouro.objspace.floatobject")
    tupleobject = LazyModule("ouro.objspace.tupleobject")
