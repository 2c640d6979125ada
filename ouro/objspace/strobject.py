"""str: Unicode text (W_StrObject), stored as an RPy str (UTF-8 with a
character count, indexed by code point), with the methods, operators and
messages of CPython 3.11's str.

Unicode data: RPy's own str operations are full Unicode (upper, lower
with the final-sigma rule, isalpha, isdigit, isalnum, isspace, isupper,
islower, split/strip on Unicode whitespace, repr).  What RPy lacks is
taken at load time from the CPython that imports this module (the
translator, a CPython 3.11: the same Unicode 14 data as the RPy runtime)
and becomes prebuilt tables: decimal digits, numeric characters, title
case letters (Lt), the title-case and case-folding mappings that differ
from upper/lower, and (ouro/parser/charclass.py) XID_Start/XID_Continue
and printable.

Case mappings with context (title, capitalize, swapcase lower a capital
sigma as str.lower does) take the lowercase of the whole string from RPy's
lower() and align it character by character (`lower_in_context`).

Codecs: encode/decode for UTF-8, ASCII and Latin-1 (with their aliases)
and the error handlers strict, ignore, replace, backslashreplace,
xmlcharrefreplace and namereplace (encoding), surrogateescape and
surrogatepass (UTF-8).  UnicodeEncodeError/UnicodeDecodeError carry
CPython's arguments and attributes (exceptions_attrs.py).

Subclasses of str (class S(str)) are W_StrObjectUser: the value plus the
Python class and a map store for instance attributes.

Formatting (`%`, str.format, __format__) is in ouro/objspace/strformat.py,
bytes and bytearray in bytesobject.py and bytearrayobject.py.  Modules of
the object space that are only needed inside functions are reached
through LazyModule (below), so that this module can be imported from any
point of the import cycle of the object space.
"""
from __future__ import annotations

import importlib as _importlib
import types as _types
import unicodedata as _unicodedata
from typing import TYPE_CHECKING, Any

from rpy.rlib.rarithmetic import MAXINT

from ouro.objspace import bytesops, intobject, siphash, space
from ouro.objspace.descriptors import register_staticmethod
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr, operr_noarg,
                                      w_IndexError, w_LookupError, w_OverflowError, w_StopIteration,
                                      w_TypeError, w_UnicodeDecodeError, w_UnicodeEncodeError,
                                      w_ValueError)
from ouro.objspace.gateway import (W_BuiltinFunction, bind, descr_error, parse_signature, register,
                                   register_comparisons, register_raw)
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import (LAYOUT_OTHER, LAYOUT_STR, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_NotImplemented,
                                 w_object_type)
from ouro.parser.charclass import in_ranges, is_printable, is_xid_continue, is_xid_start

class LazyModule(_types.ModuleType):
    """Load time only: a module imported on the first access to one of its
    attributes (then cached here).  The modules of the object space import
    each other in cycles; a type module that refers to another one only
    inside functions names it through a LazyModule, so that importing it
    never starts importing the other (whose own imports could find a third
    module half-initialized).  The translator reads module attributes at
    translation time, when every module is loaded: it sees the real
    objects."""

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        value = getattr(_importlib.import_module(self.__name__), attr)
        setattr(self, attr, value)
        return value


w_str_type = make_builtin_type("str", [w_object_type], LAYOUT_STR)
w_str_iterator_type = make_builtin_type("str_iterator", [w_object_type], LAYOUT_OTHER)
# CPython 3.11 iterates an all-ASCII str with its own type
w_str_ascii_iterator_type = make_builtin_type("str_ascii_iterator", [w_object_type], LAYOUT_OTHER)


class W_StrObject(W_Root):
    _value: str         # the text (read it with as_str(): "" in a W_StrPending not yet read)
    hcache: int         # hash(self) once computed (0: not yet; CPython's, see siphash.py)

    def __init__(self, value: str) -> None:
        self._value = value
        self.hcache = 0

    def as_str(self) -> str:
        """The text."""
        if isinstance(self, W_StrPending) and self.acc is not None:
            return self.force()
        return self._value

    def length(self) -> int:
        """len(): the number of code points (a pending str is not joined)."""
        if isinstance(self, W_StrPending) and self.acc is not None:
            return self.nchars
        return len(self._value)

    def hash_value(self) -> int:
        h = self.hcache
        if h == 0:
            h = siphash.str_hash_uncached(self.as_str())
            self.hcache = h
        return h

    def getclass(self) -> W_TypeObject:
        return w_str_type


class StrAccum:
    """The text of a str being built by repeated concatenation (`s += t`
    in a loop): the pieces, joined only when the text of one of the
    W_StrPending that share them is read.  CPython makes that loop linear
    by resizing `s` in place when nothing else refers to it; without
    reference counts, the result of a concatenation is instead a prefix
    of this shared, growing accumulator."""
    pieces: list[str]
    nchars: int         # code points in all pieces

    def __init__(self, pieces: list[str], nchars: int) -> None:
        self.pieces = pieces
        self.nchars = nchars


class W_StrPending(W_StrObject):
    """An exact str made by a concatenation: the first `nchars` code points
    of `acc`, joined on the first read of its text (then acc is None and
    _value holds it).  Only the str that ends at the accumulator's end can
    extend it in place; any other concatenation copies."""
    acc: StrAccum | None
    nchars: int

    def __init__(self, acc: StrAccum, nchars: int) -> None:
        W_StrObject.__init__(self, "")
        self.acc = acc
        self.nchars = nchars

    def force(self) -> str:
        acc = self.acc
        assert acc is not None
        if len(acc.pieces) == 1:
            full = acc.pieces[0]
        else:
            full = "".join(acc.pieces)
            acc.pieces = [full]       # the text is unchanged: other prefixes stay valid
        if self.nchars == acc.nchars:
            text = full
        else:
            text = full[:self.nchars]
        self._value = text
        self.acc = None
        return text


# below this many code points a concatenation copies: a StrAccum is for
# the strings that a loop keeps extending
PENDING_MIN_CHARS = 200


def concat(w_a: W_StrObject, w_b: W_StrObject) -> W_StrObject:
    """w_a + w_b for str operands: appended to w_a's accumulator when w_a
    is its end (amortized linear time for `s += t` in a loop), else
    copied.  An empty operand gives the other one when that is an exact
    str, as CPython's PyUnicode_Concat."""
    if w_b.length() == 0 and w_a.getclass() is w_str_type:
        return w_a
    if w_a.length() == 0 and w_b.getclass() is w_str_type:
        return w_b
    b = w_b.as_str()
    if isinstance(w_a, W_StrPending):
        acc = w_a.acc
        if acc is not None and w_a.nchars == acc.nchars:
            acc.pieces.append(b)
            acc.nchars += len(b)
            return W_StrPending(acc, acc.nchars)
    a = w_a.as_str()
    n = len(a) + len(b)
    if n < PENDING_MIN_CHARS:
        return W_StrObject(a + b)
    return W_StrPending(StrAccum([a, b], n), n)


# the interned str objects: sys.intern() and the name-like string
# constants of code objects (CPython's intern_string_constants), so that
# 'abc' is 'abc' holds across functions and modules as there
INTERNED_W: dict[str, W_StrObject] = {}


def intern_w(w_s: W_StrObject) -> W_StrObject:
    w_got = INTERNED_W.get(w_s.as_str(), None)
    if w_got is not None:
        return w_got
    INTERNED_W[w_s.as_str()] = w_s
    return w_s


def is_name_like(s: str) -> bool:
    """CPython's all_name_chars: only ASCII letters, digits and '_'."""
    for c in s:
        if not (c == "_" or "a" <= c <= "z" or "A" <= c <= "Z" or "0" <= c <= "9"):
            return False
    return True


class W_StrObjectUser(W_StrObject):
    """An instance of a Python subclass of str: its class, and its
    instance attributes in a map store (ouro/objspace/maps.py)."""
    w_type: W_TypeObject
    attrs: W_ObjectWithMap

    def __init__(self, w_type: W_TypeObject, value: str) -> None:
        W_StrObject.__init__(self, value)
        self.w_type = w_type
        self.attrs = W_ObjectWithMap()

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def get_attrs(self) -> W_Root | None:
        return self.attrs

    def getdictvalue(self, name: str) -> W_Root | None:
        return self.attrs.getdictvalue(name)

    def setdictvalue(self, name: str, w_value: W_Root) -> bool:
        if not self.w_type.hasdict:
            return False
        return self.attrs.setdictvalue(name, w_value)

    def deldictvalue(self, name: str) -> bool:
        return self.attrs.deldictvalue(name)


ASCII_CHARS = [W_StrObject(chr(_i)) for _i in range(128)]
EMPTY = W_StrObject("")


def wrap(s: str) -> W_StrObject:
    return W_StrObject(s)


def wrapchar(c: str) -> W_StrObject:
    """A one-character str (ASCII ones are shared)."""
    o = ord(c)
    if o < 128:
        return ASCII_CHARS[o]
    return W_StrObject(c)


def str_w(w: W_Root | None) -> str:
    assert isinstance(w, W_StrObject)
    return w.as_str()


def new_str_like(w_type: W_TypeObject, value: str) -> W_StrObject:
    """An instance of str or of a subclass of it."""
    if w_type is w_str_type:
        return W_StrObject(value)
    return W_StrObjectUser(w_type, value)


# -- Unicode character data (built at load time from CPython's unicodedata)

def _ranges(pred: list[bool]) -> list[int]:
    out: list[int] = []
    i = 0
    n = len(pred)
    while i < n:
        if pred[i]:
            j = i
            while j + 1 < n and pred[j + 1]:
                j += 1
            out.append(i)
            out.append(j)
            i = j + 1
        else:
            i += 1
    return out


def _build_unicode_tables() -> tuple[list[int], list[int], list[int], dict[str, str],
                                     dict[str, str]]:
    """Load time only (CPython): decimal digit zeros, numeric and title
    case ranges, title and case-folding mappings."""
    chars = [chr(i) for i in range(0x110000)]
    zeros = [i for i in range(0x110000) if _unicodedata.decimal(chars[i], -1) == 0]
    for z in zeros:
        for k in range(10):
            assert _unicodedata.decimal(chars[z + k], -1) == k
    numeric = _ranges([c.isnumeric() for c in chars])
    title = _ranges([_unicodedata.category(c) == "Lt" for c in chars])
    title_map = {c: c.title() for c in chars if c.title() != c.upper()}
    fold_map = {c: c.casefold() for c in chars if c.casefold() != c.lower()}
    return zeros, numeric, title, title_map, fold_map


DECIMAL_ZEROS, NUMERIC_RANGES, TITLECASE_RANGES, TITLE_MAP, FOLD_MAP = _build_unicode_tables()


def decimal_value(c: str) -> int:
    """The value of a Unicode decimal digit (Py_UNICODE_TODECIMAL), or -1."""
    o = ord(c)
    if o < 128:
        if 48 <= o <= 57:
            return o - 48
        return -1
    lo = 0
    hi = len(DECIMAL_ZEROS)
    while lo < hi:                       # the last zero <= o
        mid = (lo + hi) // 2
        if DECIMAL_ZEROS[mid] <= o:
            lo = mid + 1
        else:
            hi = mid
    if lo == 0:
        return -1
    d = o - DECIMAL_ZEROS[lo - 1]
    if d <= 9:
        return d
    return -1


def is_numeric_char(c: str) -> bool:
    o = ord(c)
    if o < 128:
        return 48 <= o <= 57
    return in_ranges(NUMERIC_RANGES, o)


def is_titlecase_char(c: str) -> bool:
    o = ord(c)
    if o < 128:
        return False
    return in_ranges(TITLECASE_RANGES, o)


def is_cased_char(c: str) -> bool:
    o = ord(c)
    if o < 128:
        return (65 <= o <= 90) or (97 <= o <= 122)
    return c.isupper() or c.islower() or in_ranges(TITLECASE_RANGES, o)


def is_upper_char(c: str) -> bool:
    o = ord(c)
    if o < 128:
        return 65 <= o <= 90
    return c.isupper()


def is_lower_char(c: str) -> bool:
    o = ord(c)
    if o < 128:
        return 97 <= o <= 122
    return c.islower()


def title_char(c: str) -> str:
    """_PyUnicode_ToTitleFull."""
    if c in TITLE_MAP:
        return TITLE_MAP[c]
    return c.upper()


def is_printable_char(c: str) -> bool:
    o = ord(c)
    if o < 128:
        return 32 <= o < 127
    return is_printable(o)


def is_ascii(s: str) -> bool:
    for c in s:
        if ord(c) >= 128:
            return False
    return True


def lower_in_context(chars: list[str]) -> list[str]:
    """Each character lowercased as str.lower does it inside the whole
    string (lower_ucs4: a capital sigma becomes final sigma by its
    context)."""
    has_sigma = False
    for c in chars:
        if c == "\u03a3":
            has_sigma = True
            break
    out: list[str] = []
    if not has_sigma:
        for c in chars:
            out.append(c.lower())
        return out
    lowered = list("".join(chars).lower())
    pos = 0
    for c in chars:
        k = len(c.lower())
        out.append("".join(lowered[pos:pos + k]))
        pos += k
    return out


def s_capitalize(s: str) -> str:
    if len(s) == 0:
        return s
    chars = list(s)
    low = lower_in_context(chars)
    low[0] = title_char(chars[0])
    return "".join(low)


def s_title(s: str) -> str:
    chars = list(s)
    low = lower_in_context(chars)
    prev_cased = False
    i = 0
    for c in chars:
        if not prev_cased:
            low[i] = title_char(c)
        prev_cased = is_cased_char(c)
        i += 1
    return "".join(low)


def s_swapcase(s: str) -> str:
    chars = list(s)
    low = lower_in_context(chars)
    i = 0
    for c in chars:
        if is_upper_char(c):
            pass
        elif is_lower_char(c):
            low[i] = c.upper()
        else:
            low[i] = c
        i += 1
    return "".join(low)


def s_casefold(s: str) -> str:
    if is_ascii(s):
        return s.lower()
    out: list[str] = []
    for c in s:
        if c in FOLD_MAP:
            out.append(FOLD_MAP[c])
        else:
            out.append(c.lower())
    return "".join(out)


def s_istitle(s: str) -> bool:
    cased = False
    prev_cased = False
    for c in s:
        if is_upper_char(c) or is_titlecase_char(c):
            if prev_cased:
                return False
            prev_cased = True
            cased = True
        elif is_lower_char(c):
            if not prev_cased:
                return False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return cased


def s_isdecimal(s: str) -> bool:
    if len(s) == 0:
        return False
    for c in s:
        if decimal_value(c) < 0:
            return False
    return True


def s_isnumeric(s: str) -> bool:
    if len(s) == 0:
        return False
    for c in s:
        if not is_numeric_char(c):
            return False
    return True


def s_isprintable(s: str) -> bool:
    for c in s:
        if not is_printable_char(c):
            return False
    return True


def s_isidentifier(s: str) -> bool:
    if len(s) == 0:
        return False
    first = True
    for c in s:
        o = ord(c)
        if first:
            if o < 128:
                ok = (65 <= o <= 90) or (97 <= o <= 122) or o == 95
            else:
                ok = is_xid_start(o)
            first = False
        elif o < 128:
            ok = (65 <= o <= 90) or (97 <= o <= 122) or o == 95 or (48 <= o <= 57)
        else:
            ok = is_xid_continue(o)
        if not ok:
            return False
    return True


def s_expandtabs(s: str, tabsize: int) -> str:
    if "\t" not in s:
        return s
    out: list[str] = []
    col = 0
    for c in s:
        if c == "\t":
            if tabsize > 0:
                incr = tabsize - (col % tabsize)
                col += incr
                out.append(" " * incr)
        else:
            col += 1
            out.append(c)
            if c == "\n" or c == "\r":
                col = 0
    return "".join(out)


def s_zfill(s: str, width: int) -> str:
    n = len(s)
    if n >= width:
        return s
    fill = width - n
    if n > 0 and (s[0] == "+" or s[0] == "-"):
        return s[0] + "0" * fill + s[1:]
    return "0" * fill + s


def s_center(s: str, width: int, fillchar: str) -> str:
    n = len(s)
    if n >= width:
        return s
    marg = width - n
    left = marg // 2 + (marg & width & 1)
    return fillchar * left + s + fillchar * (marg - left)


# -- arguments

def _req(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    assert w is not None
    return w


def _self(slots: list[W_Root | None], name: str) -> str:
    w = _req(slots, 0)
    if isinstance(w, W_StrObject):
        return w.as_str()
    raise descr_error(name, "str", w)


def _wself(slots: list[W_Root | None], name: str) -> W_StrObject:
    w = _req(slots, 0)
    if isinstance(w, W_StrObject):
        return w
    raise descr_error(name, "str", w)


def _result(w_self: W_StrObject, value: str) -> W_Root:
    """A method's result that may be the unchanged receiver: CPython
    returns the receiver itself when it is an exact str."""
    if (w_self.getclass() is w_str_type and len(value) == len(w_self.as_str())
            and value == w_self.as_str()):
        return w_self
    return W_StrObject(value)


def _must_str(w: W_Root) -> str:
    if isinstance(w, W_StrObject):
        return w.as_str()
    raise operr(w_TypeError, "must be str, not %s" % type_name(w))


def clinic_type_name(w: W_Root) -> str:
    """The type in Argument Clinic's messages (_PyArg_BadArgument): "None"
    for None."""
    if w is w_None:
        return "None"
    return type_name(w)


def _arg_str(w: W_Root, fname: str, argdesc: str) -> str:
    """Argument Clinic's message: "f() argument 1 must be str, not int"."""
    if isinstance(w, W_StrObject):
        return w.as_str()
    raise operr(w_TypeError, "%s() %s must be str, not %s" % (fname, argdesc,
                                                             clinic_type_name(w)))


def index_w(w: W_Root) -> int:
    """An Argument Clinic Py_ssize_t: __index__ (TypeError "cannot be
    interpreted as an integer"), OverflowError beyond a machine word."""
    if isinstance(w, intobject.W_IntObject):
        return w.intval
    return intobject.int_w(w)


def c_int_w(w: W_Root) -> int:
    """An Argument Clinic C int (OverflowError beyond 32 bits)."""
    if isinstance(w, intobject.W_IntObject):
        v = w.intval
    else:
        w_i = intobject.index_w(w)
        if not isinstance(w_i, intobject.W_IntObject):
            raise operr(w_OverflowError, "Python int too large to convert to C int")
        v = w_i.intval
    if v > 2147483647 or v < -2147483648:
        raise operr(w_OverflowError, "Python int too large to convert to C int")
    return v


def word_w(w: W_Root, ctype: str) -> int:
    """A C integer of a machine word through __index__ (PyLong_AsLong,
    PyArg_Parse's "n"): OverflowError "Python int too large to convert to
    C <ctype>" beyond it."""
    if isinstance(w, intobject.W_IntObject):
        return w.intval
    w_i = intobject.index_w(w)
    if isinstance(w_i, intobject.W_IntObject):
        return w_i.intval
    raise operr(w_OverflowError, "Python int too large to convert to C %s" % ctype)


def ssize_w(w: W_Root, w_exc: W_TypeObject) -> int:
    """PyNumber_AsSsize_t(w, exc): beyond a machine word, w_exc "cannot fit
    'int' into an index-sized integer"."""
    if isinstance(w, intobject.W_IntObject):
        return w.intval
    w_i = intobject.index_w(w)
    if isinstance(w_i, intobject.W_IntObject):
        return w_i.intval
    raise operr(w_exc, "cannot fit '%s' into an index-sized integer" % type_name(w_i))


def has_index(w: W_Root) -> bool:
    return intobject.is_int(w) or space.lookup(w, "__index__") is not None


def slice_index_w(w: W_Root | None, default: int) -> int:
    """_PyEval_SliceIndex for start/end arguments (None: the default)."""
    if w is None or w is w_None:
        return default
    if isinstance(w, intobject.W_IntObject):
        return w.intval
    if not has_index(w):
        raise operr(w_TypeError,
                    "slice indices must be integers or None or have an __index__ method")
    return intobject.int_w_clipped(w)


def adjust_indices(start: int, end: int, length: int) -> tuple[int, int]:
    """ADJUST_INDICES of the find/count family."""
    if end > length:
        end = length
    elif end < 0:
        end += length
        if end < 0:
            end = 0
    if start < 0:
        start += length
        if start < 0:
            start = 0
    return start, end


def _start_end(slots: list[W_Root | None], i: int, length: int) -> tuple[int, int]:
    start = slice_index_w(slots[i], 0)
    end = slice_index_w(slots[i + 1], MAXINT)
    return adjust_indices(start, end, length)


# -- codecs

CODEC_UTF8 = 0
CODEC_ASCII = 1
CODEC_LATIN1 = 2

CODEC_NAMES = ["utf-8", "ascii", "latin-1"]

CODEC_ALIASES = {
    "utf_8": CODEC_UTF8, "u8": CODEC_UTF8, "utf": CODEC_UTF8, "utf8": CODEC_UTF8,
    "utf8_ucs2": CODEC_UTF8, "utf8_ucs4": CODEC_UTF8, "cp65001": CODEC_UTF8,
    "ascii": CODEC_ASCII, "646": CODEC_ASCII, "ansi_x3.4_1968": CODEC_ASCII,
    "ansi_x3_4_1968": CODEC_ASCII, "ansi_x3.4_1986": CODEC_ASCII, "cp367": CODEC_ASCII,
    "csascii": CODEC_ASCII, "ibm367": CODEC_ASCII, "iso646_us": CODEC_ASCII,
    "iso_646.irv_1991": CODEC_ASCII, "iso_ir_6": CODEC_ASCII, "us": CODEC_ASCII,
    "us_ascii": CODEC_ASCII,
    "latin_1": CODEC_LATIN1, "8859": CODEC_LATIN1, "cp819": CODEC_LATIN1,
    "csisolatin1": CODEC_LATIN1, "ibm819": CODEC_LATIN1, "iso8859": CODEC_LATIN1,
    "iso8859_1": CODEC_LATIN1, "iso_8859_1": CODEC_LATIN1, "iso_8859_1_1987": CODEC_LATIN1,
    "iso_ir_100": CODEC_LATIN1, "l1": CODEC_LATIN1, "latin": CODEC_LATIN1,
    "latin1": CODEC_LATIN1,
}

ERROR_HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                  "namereplace", "surrogateescape", "surrogatepass"]


class CodecHook:
    """Encodings and error handlers beyond the ones here: the `_codecs`
    module (ouro/modules/_codecs) installs one at load time, which goes
    through the codec registry (codecs.lookup, codecs.register_error)."""

    def encode(self, s: str, encoding: str, errors: str) -> bytes:
        raise NotImplementedError("encode")

    def decode(self, data: bytes, encoding: str, errors: str) -> str:
        raise NotImplementedError("decode")


CODEC_HOOKS: list[CodecHook] = []


def codec_hook(encoding: str, errors: str) -> CodecHook | None:
    """The hook, if encoding or errors is not one of ours."""
    if len(CODEC_HOOKS) > 0 and (find_codec(encoding) < 0 or errors not in ERROR_HANDLERS):
        return CODEC_HOOKS[0]
    return None


def lookup_codec(encoding: str) -> int:
    """codecs.lookup for the codecs we have (LookupError otherwise)."""
    codec = find_codec(encoding)
    if codec < 0:
        raise operr(w_LookupError, "unknown encoding: %s" % encoding)
    return codec


def find_codec(encoding: str) -> int:
    """CODEC_* of an encoding name, -1 if not ours: lower case, then
    encodings.normalize_encoding, then the aliases."""
    if encoding == "utf-8":
        return CODEC_UTF8
    for c in encoding:
        if _is_surrogate(c):
            # CPython reads the name as UTF-8 (PyUnicode_AsUTF8): its
            # UnicodeEncodeError (email tells bad charsets by it)
            encode_text(encoding, "utf-8", "strict")
    norm: list[str] = []
    punct = False
    for c in encoding.lower():
        if c.isalnum() or c == ".":
            if punct and len(norm) > 0:
                norm.append("_")
            if ord(c) < 128:
                norm.append(c)
            punct = False
        else:
            punct = True
    key = "".join(norm)
    if key in CODEC_ALIASES:
        return CODEC_ALIASES[key]
    key2 = key.replace(".", "_")
    if key2 in CODEC_ALIASES:
        return CODEC_ALIASES[key2]
    return -1


def _char_escape(o: int) -> str:
    if o <= 0xff:
        return "\\x%02x" % o
    if o <= 0xffff:
        return "\\u%04x" % o
    return "\\U%08x" % o


def unicode_error(w_type: W_TypeObject, codec: int, w_object: W_Root, start: int, end: int,
                  reason: str) -> OperationError:
    """A UnicodeEncodeError/UnicodeDecodeError with CPython's arguments and
    attributes (its str() is exceptions_attrs.unicode_str)."""
    args_w: list[W_Root] = [W_StrObject(CODEC_NAMES[codec]), w_object, intobject.wrap_int(start),
                            intobject.wrap_int(end), W_StrObject(reason)]
    w_exc = W_BaseException(w_type, args_w)
    w_exc.unicode_fields = list(args_w)
    return OperationError(w_exc)


def encode_error(codec: int, chars: list[str], start: int, end: int,
                 reason: str) -> OperationError:
    return unicode_error(w_UnicodeEncodeError, codec, W_StrObject("".join(chars)), start, end,
                         reason)


def decode_error(codec: int, data: bytes, start: int, end: int, reason: str) -> OperationError:
    return unicode_error(w_UnicodeDecodeError, codec, bytesobject.W_BytesObject(data), start, end,
                         reason)


def _is_surrogate(c: str) -> bool:
    o = ord(c)
    return 0xD800 <= o <= 0xDFFF


def _unencodable(codec: int, c: str) -> bool:
    if codec == CODEC_UTF8:
        return _is_surrogate(c)
    if codec == CODEC_ASCII:
        return ord(c) >= 128
    return ord(c) >= 256


def _encode_good(codec: int, chars: list[str]) -> bytes:
    if codec == CODEC_UTF8:
        return "".join(chars).encode()
    return bytes([ord(c) for c in chars])


def encode_text(s: str, encoding: str, errors: str) -> bytes:
    """str.encode(encoding, errors)."""
    hook = codec_hook(encoding, errors)
    if hook is not None:
        return hook.encode(s, encoding, errors)
    codec = lookup_codec(encoding)
    # fast paths: the text's UTF-8 is the result, or gives it in one pass
    try:
        encoded = s.encode()        # ValueError for lone surrogates
        if codec == CODEC_UTF8 or len(encoded) == len(s):
            return encoded
        if codec == CODEC_LATIN1:
            as_latin1 = bytesops.utf8_latin1(encoded)
            if as_latin1 is not None:
                return as_latin1
    except ValueError:
        pass
    chars = list(s)
    n = len(chars)
    reason = "surrogates not allowed"
    if codec == CODEC_ASCII:
        reason = "ordinal not in range(128)"
    elif codec == CODEC_LATIN1:
        reason = "ordinal not in range(256)"
    out: list[bytes] = []
    i = 0
    while i < n:
        j = i
        while j < n and not _unencodable(codec, chars[j]):
            j += 1
        if j > i:
            out.append(_encode_good(codec, chars[i:j]))
        if j >= n:
            break
        k = j + 1
        while k < n and _unencodable(codec, chars[k]):
            k += 1
        out.append(_encode_handler(codec, chars, j, k, errors, reason))
        i = k
    return b"".join(out)


def _encode_handler(codec: int, chars: list[str], start: int, end: int, errors: str,
                    reason: str) -> bytes:
    if errors == "strict":
        raise encode_error(codec, chars, start, end, reason)
    if errors == "ignore":
        return b""
    if errors == "replace":
        return b"?" * (end - start)
    if errors == "backslashreplace":
        parts: list[str] = []
        for k in range(start, end):
            parts.append(_char_escape(ord(chars[k])))
        return "".join(parts).encode()
    if errors == "xmlcharrefreplace":
        parts2: list[str] = []
        for k in range(start, end):
            parts2.append("&#%d;" % ord(chars[k]))
        return "".join(parts2).encode()
    if errors == "surrogateescape":
        res: list[int] = []
        for k in range(start, end):
            o = ord(chars[k])
            if not (0xDC80 <= o <= 0xDCFF):
                raise encode_error(codec, chars, k, end, reason)
            res.append(o - 0xDC00)
        return bytes(res)
    if errors == "surrogatepass":
        if codec != CODEC_UTF8:
            raise encode_error(codec, chars, start, end, reason)
        res2: list[int] = []
        for k in range(start, end):
            o = ord(chars[k])
            res2.append(0xE0 | (o >> 12))
            res2.append(0x80 | ((o >> 6) & 0x3F))
            res2.append(0x80 | (o & 0x3F))
        return bytes(res2)
    if errors == "namereplace":
        parts3: list[str] = []
        for k in range(start, end):
            parts3.append(_char_name_escape(ord(chars[k])))
        return "".join(parts3).encode()
    raise operr(w_LookupError, "unknown error handler name '%s'" % errors)


def _char_name_escape(o: int) -> str:
    name = unicode_name(o)
    if name == "":
        return _char_escape(o)
    return "\\N{" + name + "}"


class _NameTable:
    names: dict[int, str]
    loaded: bool

    def __init__(self) -> None:
        self.names = {}
        self.loaded = False


_NAMES = _NameTable()


def unicode_name(o: int) -> str:
    """unicodedata.name(chr(o)) or "" (for namereplace)."""
    t = _NAMES
    if not t.loaded:
        for line in _unicodenames_data.NAMES.split("\n"):
            tab = line.find("\t")
            if tab > 0:
                code = int(line[tab + 1:], 16)
                if code not in t.names:
                    t.names[code] = line[:tab]
        t.loaded = True
    if o in t.names:
        return t.names[o]
    if 0xAC00 <= o <= 0xD7A3:
        return _hangul_name(o)
    i = 0
    while i < len(_unicodenames_data.COMPUTED_FIRST):
        if _unicodenames_data.COMPUTED_FIRST[i] <= o <= _unicodenames_data.COMPUTED_LAST[i]:
            return _unicodenames_data.COMPUTED_PREFIXES[i] + ("%X" % o)
        i += 1
    return ""


HANGUL_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K",
            "T", "P", "H"]
HANGUL_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U",
            "WEO", "WE", "WI", "YU", "EU", "YI", "I"]
HANGUL_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP",
            "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"]


def _hangul_name(o: int) -> str:
    s = o - 0xAC00
    return ("HANGUL SYLLABLE " + HANGUL_L[s // 588] + HANGUL_V[(s % 588) // 28]
            + HANGUL_T[s % 28])


def _utf8_check(data: bytes, i: int, n: int) -> tuple[int, int, str]:
    """At a non-ASCII byte: (length of the valid sequence, 0, "") or
    (0, end of the error, reason), as CPython's UTF-8 decoder."""
    c = data[i]
    left = n - i
    if c < 0xC2:
        return 0, i + 1, "invalid start byte"
    if c < 0xE0:
        if left < 2:
            return 0, n, "unexpected end of data"
        if (data[i + 1] & 0xC0) != 0x80:
            return 0, i + 1, "invalid continuation byte"
        return 2, 0, ""
    if c < 0xF0:
        if left < 2:
            return 0, n, "unexpected end of data"
        c2 = data[i + 1]
        if (c2 & 0xC0) != 0x80 or (c == 0xE0 and c2 < 0xA0) or (c == 0xED and c2 >= 0xA0):
            return 0, i + 1, "invalid continuation byte"
        if left < 3:
            return 0, n, "unexpected end of data"
        if (data[i + 2] & 0xC0) != 0x80:
            return 0, i + 2, "invalid continuation byte"
        return 3, 0, ""
    if c < 0xF5:
        if left < 2:
            return 0, n, "unexpected end of data"
        c2 = data[i + 1]
        if (c2 & 0xC0) != 0x80 or (c == 0xF0 and c2 < 0x90) or (c == 0xF4 and c2 >= 0x90):
            return 0, i + 1, "invalid continuation byte"
        if left < 3:
            return 0, n, "unexpected end of data"
        if (data[i + 2] & 0xC0) != 0x80:
            return 0, i + 2, "invalid continuation byte"
        if left < 4:
            return 0, n, "unexpected end of data"
        if (data[i + 3] & 0xC0) != 0x80:
            return 0, i + 3, "invalid continuation byte"
        return 4, 0, ""
    return 0, i + 1, "invalid start byte"


def latin1_decode(data: bytes) -> str:
    """Each byte as the character of the same code."""
    return bytesops.latin1_utf8(data).decode()


def decode_bytes(data: bytes, encoding: str, errors: str) -> str:
    """bytes.decode(encoding, errors)."""
    hook = codec_hook(encoding, errors)
    if hook is not None:
        return hook.decode(data, encoding, errors)
    if len(data) == 0:
        return ""
    codec = lookup_codec(encoding)
    if codec == CODEC_LATIN1:
        return latin1_decode(data)
    # fast path: valid UTF-8 (and all ASCII for the ascii codec: then one
    # character per byte) is decoded by the runtime in one pass
    try:
        text = data.decode()
        if codec == CODEC_UTF8 or len(text) == len(data):
            return text
    except UnicodeDecodeError:
        pass
    n = len(data)
    out: list[str] = []
    i = 0
    seg = 0            # start of the pending valid segment
    while i < n:
        b = data[i]
        if b < 128:
            i += 1
            continue
        if codec == CODEC_UTF8:
            length, err_end, reason = _utf8_check(data, i, n)
            if length > 0:
                i += length
                continue
        else:
            err_end = i + 1
            reason = "ordinal not in range(128)"
        if i > seg:
            out.append(data[seg:i].decode())
        i = _decode_handler(codec, data, i, err_end, errors, reason, out)
        seg = i
    if seg == 0:
        return data.decode()
    if n > seg:
        out.append(data[seg:n].decode())
    return "".join(out)


def _decode_handler(codec: int, data: bytes, start: int, end: int, errors: str, reason: str,
                    out: list[str]) -> int:
    """Applies the error handler to data[start:end]; returns where decoding
    goes on."""
    if errors == "strict":
        raise decode_error(codec, data, start, end, reason)
    if errors == "ignore":
        return end
    if errors == "replace":
        out.append("\ufffd")
        return end
    if errors == "backslashreplace":
        for k in range(start, end):
            out.append("\\x%02x" % data[k])
        return end
    if errors == "surrogateescape":
        for k in range(start, end):
            if data[k] < 128:
                raise decode_error(codec, data, start, end, reason)
        for k in range(start, end):
            out.append(chr(0xDC00 + data[k]))
        return end
    if errors == "surrogatepass":
        if (codec == CODEC_UTF8 and start + 3 <= len(data) and (data[start] & 0xF0) == 0xE0
                and (data[start + 1] & 0xC0) == 0x80 and (data[start + 2] & 0xC0) == 0x80):
            o = (((data[start] & 0x0F) << 12) | ((data[start + 1] & 0x3F) << 6)
                 | (data[start + 2] & 0x3F))
            if 0xD800 <= o <= 0xDFFF:
                out.append(chr(o))
                return start + 3
        raise decode_error(codec, data, start, end, reason)
    if errors == "xmlcharrefreplace" or errors == "namereplace":
        raise operr(w_TypeError, "don't know how to handle UnicodeDecodeError in error callback")
    raise operr(w_LookupError, "unknown error handler name '%s'" % errors)


def _opt_str_arg(w: W_Root | None, fname: str, argname: str, default: str) -> str:
    if w is None:
        return default
    if isinstance(w, W_StrObject):
        return w.as_str()
    raise operr(w_TypeError, "%s() argument '%s' must be str, not %s"
                % (fname, argname, clinic_type_name(w)))


# -- the methods

def str_descr_repr(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(repr(_self(slots, "__repr__")))


def str_descr_str(slots: list[W_Root | None]) -> W_Root:
    w = _wself(slots, "__str__")
    if w.getclass() is w_str_type:
        return w
    return W_StrObject(w.as_str())


def str_descr_len(slots: list[W_Root | None]) -> W_Root:
    return intobject.wrap_int(_wself(slots, "__len__").length())


def str_descr_hash(slots: list[W_Root | None]) -> W_Root:
    return intobject.wrap_int(_wself(slots, "__hash__").hash_value())


def _compare(slots: list[W_Root | None], op: int) -> W_Root:
    a = _self(slots, space.CMP_NAMES[op])
    w_b = _req(slots, 1)
    if not isinstance(w_b, W_StrObject):
        return w_NotImplemented
    b = w_b.as_str()
    if op == 0:
        return space.wrap_bool(a < b)
    if op == 1:
        return space.wrap_bool(a <= b)
    if op == 2:
        return space.wrap_bool(a == b)
    if op == 3:
        return space.wrap_bool(a != b)
    if op == 4:
        return space.wrap_bool(a > b)
    return space.wrap_bool(a >= b)


def user_reflected(w_other: W_Root, name: str) -> W_Root | None:
    """The other operand's reflected method `name` when it is a
    Python-level one (built-in sequences have no nb_add/nb_multiply in
    CPython: their reflected methods are never tried before the sequence
    operation raises)."""
    w_meth = space.lookup(w_other, name)
    if w_meth is None or isinstance(w_meth, W_BuiltinFunction):
        return None
    return w_meth


def str_descr_add(slots: list[W_Root | None]) -> W_Root:
    w_a = _wself(slots, "__add__")
    w_b = _req(slots, 1)
    if isinstance(w_b, W_StrObject):
        return concat(w_a, w_b)
    # CPython: the right operand's __radd__ (nb_add), then the sequence
    # concatenation's error
    w_radd = user_reflected(w_b, "__radd__")
    if w_radd is not None:
        w_res = space.call_function(w_radd, [w_b, _req(slots, 0)])
        if w_res is not w_NotImplemented:
            return w_res
    raise operr(w_TypeError, 'can only concatenate str (not "%s") to str' % type_name(w_b))


def repeat_count(w_n: W_Root) -> int:
    """The count of sequence repetition (sq_repeat) of an index."""
    return ssize_w(w_n, w_OverflowError)


def _repeat(s: str, n: int) -> str:
    if n <= 0 or len(s) == 0:
        return ""
    if n > MAXINT // len(s):
        raise operr(w_OverflowError, "repeated string is too long")
    return s * n


def str_descr_mul(slots: list[W_Root | None]) -> W_Root:
    w_self = _wself(slots, "__mul__")
    w_n = _req(slots, 1)
    if not isinstance(w_n, intobject.W_IntObject):
        w_rmul = user_reflected(w_n, "__rmul__")
        if w_rmul is not None:
            w_res = space.call_function(w_rmul, [w_n, w_self])
            if w_res is not w_NotImplemented:
                return w_res
        if not has_index(w_n):
            raise operr(w_TypeError, "can't multiply sequence by non-int of type '%s'"
                        % type_name(w_n))
    n = repeat_count(w_n)
    if n == 1 and w_self.getclass() is w_str_type:
        return w_self
    return W_StrObject(_repeat(w_self.as_str(), n))


def str_descr_rmul(slots: list[W_Root | None]) -> W_Root:
    w_self = _wself(slots, "__rmul__")
    w_n = _req(slots, 1)
    if not isinstance(w_n, intobject.W_IntObject) and not has_index(w_n):
        raise operr(w_TypeError, "can't multiply sequence by non-int of type '%s'"
                    % type_name(w_n))
    n = repeat_count(w_n)
    if n == 1 and w_self.getclass() is w_str_type:
        return w_self
    return W_StrObject(_repeat(w_self.as_str(), n))


def str_descr_mod(slots: list[W_Root | None]) -> W_Root:
    w_self = _req(slots, 0)
    if not isinstance(w_self, W_StrObject):
        return w_NotImplemented
    return W_StrObject(strformat.format_percent(w_self.as_str(), _req(slots, 1), False))


def str_descr_rmod(slots: list[W_Root | None]) -> W_Root:
    w_self = _wself(slots, "__rmod__")
    w_other = _req(slots, 1)
    if not isinstance(w_other, W_StrObject):
        return w_NotImplemented
    return W_StrObject(strformat.format_percent(w_other.as_str(), w_self, False))


def str_descr_contains(slots: list[W_Root | None]) -> W_Root:
    s = _self(slots, "__contains__")
    w_sub = _req(slots, 1)
    if not isinstance(w_sub, W_StrObject):
        raise operr(w_TypeError, "'in <string>' requires string as left operand, not %s"
                    % type_name(w_sub))
    return space.wrap_bool(w_sub.as_str() in s)


def str_getitem(s: str, w_key: W_Root) -> W_Root:
    if isinstance(w_key, intobject.W_IntObject):
        i = w_key.intval
    elif isinstance(w_key, sliceobject.W_SliceObject):
        length = len(s)
        start, stop, step, slicelength = sliceobject.slice_indices(w_key, length)
        if slicelength <= 0:
            return EMPTY
        if step == 1:
            return W_StrObject(s[start:stop])
        chars = list(s)
        out: list[str] = []
        i = start
        k = 0
        while k < slicelength:
            out.append(chars[i])
            i += step
            k += 1
        return W_StrObject("".join(out))
    elif has_index(w_key):
        i = ssize_w(w_key, w_IndexError)
    else:
        raise operr(w_TypeError, "string indices must be integers, not '%s'" % type_name(w_key))
    n = len(s)
    if i < 0:
        i += n
    if i < 0 or i >= n:
        raise operr(w_IndexError, "string index out of range")
    return wrapchar(s[i])


def str_descr_getitem(slots: list[W_Root | None]) -> W_Root:
    w_self = _wself(slots, "__getitem__")
    w_key = _req(slots, 1)
    if isinstance(w_key, sliceobject.W_SliceObject) and w_self.getclass() is w_str_type:
        start, stop, step, slicelength = sliceobject.slice_indices(w_key, len(w_self.as_str()))
        if step == 1 and start == 0 and stop == len(w_self.as_str()) and slicelength > 0:
            return w_self
    return str_getitem(w_self.as_str(), w_key)


class W_StrIterObject(W_Root):
    w_str: W_StrObject | None
    index: int
    length: int
    ascii: bool

    def __init__(self, w_str: W_StrObject) -> None:
        self.w_str = w_str
        self.index = 0
        self.length = len(w_str.as_str())
        self.ascii = is_ascii(w_str.as_str())

    def getclass(self) -> W_TypeObject:
        if self.ascii:
            return w_str_ascii_iterator_type
        return w_str_iterator_type

    def iter_next(self) -> W_Root | None:
        w_str = self.w_str
        if w_str is None:
            return space.STOP
        i = self.index
        if i >= len(w_str.as_str()):
            self.w_str = None
            return space.STOP
        self.index = i + 1
        return wrapchar(w_str.as_str()[i])


def str_descr_iter(slots: list[W_Root | None]) -> W_Root:
    return W_StrIterObject(_wself(slots, "__iter__"))


def _striter(slots: list[W_Root | None], name: str) -> W_StrIterObject:
    w = _req(slots, 0)
    if isinstance(w, W_StrIterObject):
        return w
    raise descr_error(name, "str_iterator", w)


def striter_next(slots: list[W_Root | None]) -> W_Root:
    w_res = _striter(slots, "__next__").iter_next()
    if w_res is None or w_res is space.STOP:
        raise operr_noarg(w_StopIteration)
    return w_res


def striter_iter(slots: list[W_Root | None]) -> W_Root:
    return _striter(slots, "__iter__")


def striter_length_hint(slots: list[W_Root | None]) -> W_Root:
    it = _striter(slots, "__length_hint__")
    w_str = it.w_str
    if w_str is None:
        return intobject.wrap_int(0)
    return intobject.wrap_int(max(0, len(w_str.as_str()) - it.index))


# construction

STR_NEW_SIG = parse_signature("str(self, object=, encoding=, errors=)")


def str_descr_new(args: Arguments) -> W_Root:
    slots = bind(STR_NEW_SIG, args)
    w_cls = _req(slots, 0)
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "str.__new__(X): X is not a type object (%s)" % type_name(w_cls))
    if not w_cls.issubtype(w_str_type):
        raise operr(w_TypeError, "str.__new__(%s): %s is not a subtype of str"
                    % (w_cls.name, w_cls.name))
    w_obj = slots[1]
    w_enc = slots[2]
    w_err = slots[3]
    if w_obj is None:
        value = ""
    elif w_enc is None and w_err is None:
        w_s = space.str_obj(w_obj)
        if w_cls is w_str_type:
            return w_s      # str(x) is what x.__str__ returned, even a subclass's instance
        assert isinstance(w_s, W_StrObject)
        value = w_s.as_str()
    else:
        encoding = _opt_str_arg(w_enc, "str", "encoding", "utf-8")
        errors = _opt_str_arg(w_err, "str", "errors", "strict")
        value = decode_object(w_obj, encoding, errors)
    return new_str_like(w_cls, value)


def decode_object(w_obj: W_Root, encoding: str, errors: str) -> str:
    """PyUnicode_FromEncodedObject."""
    if isinstance(w_obj, W_StrObject):
        raise operr(w_TypeError, "decoding str is not supported")
    data = bytesobject.buffer_or_none(w_obj)
    if data is None:
        raise operr(w_TypeError, "decoding to str: need a bytes-like object, %s found"
                    % type_name(w_obj))
    return decode_bytes(data, encoding, errors)


def str_descr_getnewargs(slots: list[W_Root | None]) -> W_Root:
    return space.newtuple([W_StrObject(_self(slots, "__getnewargs__"))])


def str_descr_format(slots: list[W_Root | None]) -> W_Root:
    w_self = _wself(slots, "__format__")
    w_spec = _req(slots, 1)
    if not isinstance(w_spec, W_StrObject):
        raise operr(w_TypeError, "__format__() argument must be str, not %s"
                    % clinic_type_name(w_spec))
    spec = w_spec.as_str()
    if spec == "":
        if w_self.getclass() is w_str_type:
            return w_self
        return space.str_obj(w_self)
    return W_StrObject(strformat.format_str_spec(w_self.as_str(), spec, type_name(w_self)))


def str_method_format(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "descriptor 'format' of 'str' object needs an argument")
    w_self = args.args_w[0]
    if not isinstance(w_self, W_StrObject):
        raise descr_error("format", "str", w_self)
    kw = strformat.FormatKwargs(args.kw_names, args.kw_values_w, None)
    return W_StrObject(strformat.build_format(w_self.as_str(), args.args_w[1:], kw))


def str_format_map(slots: list[W_Root | None]) -> W_Root:
    s = _self(slots, "format_map")
    kw = strformat.FormatKwargs([], [], _req(slots, 1))
    return W_StrObject(strformat.build_format(s, None, kw))


# case

def str_upper(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(_self(slots, "upper").upper())


def str_lower(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(_self(slots, "lower").lower())


def str_capitalize(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(s_capitalize(_self(slots, "capitalize")))


def str_casefold(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(s_casefold(_self(slots, "casefold")))


def str_swapcase(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(s_swapcase(_self(slots, "swapcase")))


def str_title(slots: list[W_Root | None]) -> W_Root:
    return W_StrObject(s_title(_self(slots, "title")))


# predicates

def str_isalnum(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_self(slots, "isalnum").isalnum())


def str_isalpha(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_self(slots, "isalpha").isalpha())


def str_isascii(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(is_ascii(_self(slots, "isascii")))


def str_isdecimal(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(s_isdecimal(_self(slots, "isdecimal")))


def str_isdigit(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_self(slots, "isdigit").isdigit())


def str_isidentifier(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(s_isidentifier(_self(slots, "isidentifier")))


def str_islower(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_self(slots, "islower").islower())


def str_isnumeric(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(s_isnumeric(_self(slots, "isnumeric")))


def str_isprintable(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(s_isprintable(_self(slots, "isprintable")))


def str_isspace(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_self(slots, "isspace").isspace())


def str_istitle(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(s_istitle(_self(slots, "istitle")))


def str_isupper(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(_self(slots, "isupper").isupper())


# searching

def _find(slots: list[W_Root | None], name: str, reverse: bool) -> int:
    s = _self(slots, name)
    sub = _must_str(_req(slots, 1))
    start, end = _start_end(slots, 2, len(s))
    if end - start < len(sub):
        return -1
    if reverse:
        return s.rfind(sub, start, end)
    return s.find(sub, start, end)


def str_find(slots: list[W_Root | None]) -> W_Root:
    return intobject.wrap_int(_find(slots, "find", False))


def str_rfind(slots: list[W_Root | None]) -> W_Root:
    return intobject.wrap_int(_find(slots, "rfind", True))


def str_index(slots: list[W_Root | None]) -> W_Root:
    i = _find(slots, "index", False)
    if i < 0:
        raise operr(w_ValueError, "substring not found")
    return intobject.wrap_int(i)


def str_rindex(slots: list[W_Root | None]) -> W_Root:
    i = _find(slots, "rindex", True)
    if i < 0:
        raise operr(w_ValueError, "substring not found")
    return intobject.wrap_int(i)


def str_count(slots: list[W_Root | None]) -> W_Root:
    s = _self(slots, "count")
    sub = _must_str(_req(slots, 1))
    start, end = _start_end(slots, 2, len(s))
    if end - start < len(sub):
        return intobject.wrap_int(0)
    if len(sub) == 0:
        return intobject.wrap_int(end - start + 1)
    return intobject.wrap_int(s.count(sub, start, end))


def _tailmatch(s: str, sub: str, start: int, end: int, at_end: bool) -> bool:
    start, end = adjust_indices(start, end, len(s))
    end -= len(sub)
    if end < start:
        return False
    if len(sub) == 0:
        return True
    if at_end:
        return s.startswith(sub, end)
    return s.startswith(sub, start)


def _startsendswith(slots: list[W_Root | None], name: str, at_end: bool) -> W_Root:
    s = _self(slots, name)
    w_sub = _req(slots, 1)
    start = slice_index_w(slots[2], 0)
    end = slice_index_w(slots[3], MAXINT)
    if isinstance(w_sub, tupleobject.W_TupleObject):
        for w_item in w_sub.items_w:
            if not isinstance(w_item, W_StrObject):
                raise operr(w_TypeError, "tuple for %s must only contain str, not %s"
                            % (name, type_name(w_item)))
            if _tailmatch(s, w_item.as_str(), start, end, at_end):
                return space.wrap_bool(True)
        return space.wrap_bool(False)
    if not isinstance(w_sub, W_StrObject):
        raise operr(w_TypeError, "%s first arg must be str or a tuple of str, not %s"
                    % (name, type_name(w_sub)))
    return space.wrap_bool(_tailmatch(s, w_sub.as_str(), start, end, at_end))


def str_startswith(slots: list[W_Root | None]) -> W_Root:
    return _startsendswith(slots, "startswith", False)


def str_endswith(slots: list[W_Root | None]) -> W_Root:
    return _startsendswith(slots, "endswith", True)


# splitting and joining

def _split_args(slots: list[W_Root | None]) -> tuple[str | None, int]:
    w_sep = slots[1]
    sep: str | None = None
    if w_sep is not None and w_sep is not w_None:
        if not isinstance(w_sep, W_StrObject):
            raise operr(w_TypeError, "must be str or None, not %s" % type_name(w_sep))
        sep = w_sep.as_str()
        if len(sep) == 0:
            raise operr(w_ValueError, "empty separator")
    w_max = slots[2]
    maxsplit = -1
    if w_max is not None:
        maxsplit = index_w(w_max)
    return sep, maxsplit


def _wrap_list(items: list[str]) -> W_Root:
    items_w: list[W_Root] = []
    for x in items:
        items_w.append(W_StrObject(x))
    return listobject.W_ListObject(items_w)


def str_split(slots: list[W_Root | None]) -> W_Root:
    s = _self(slots, "split")
    sep, maxsplit = _split_args(slots)
    if maxsplit < 0:
        maxsplit = -1
    if sep is None:
        return _wrap_list(s.split(None, maxsplit))
    return _wrap_list(s.split(sep, maxsplit))


def str_rsplit(slots: list[W_Root | None]) -> W_Root:
    s = _self(slots, "rsplit")
    sep, maxsplit = _split_args(slots)
    if maxsplit < 0:
        maxsplit = -1
    if sep is None:
        return _wrap_list(s.rsplit(None, maxsplit))
    return _wrap_list(s.rsplit(sep, maxsplit))


def str_splitlines(slots: list[W_Root | None]) -> W_Root:
    s = _self(slots, "splitlines")
    keepends = False
    w_keep = slots[1]
    if w_keep is not None:
        keepends = c_int_w(w_keep) != 0
    return _wrap_list(s.splitlines(keepends))


def _partition(slots: list[W_Root | None], name: str, reverse: bool) -> W_Root:
    w_self = _wself(slots, name)
    s = w_self.as_str()
    sep = _must_str(_req(slots, 1))
    if len(sep) == 0:
        raise operr(w_ValueError, "empty separator")
    if reverse:
        i = s.rfind(sep)
        if i < 0:
            return space.newtuple([EMPTY, EMPTY, _result(w_self, s)])
    else:
        i = s.find(sep)
        if i < 0:
            return space.newtuple([_result(w_self, s), EMPTY, EMPTY])
    return space.newtuple([W_StrObject(s[:i]), W_StrObject(sep), W_StrObject(s[i + len(sep):])])


def str_partition(slots: list[W_Root | None]) -> W_Root:
    return _partition(slots, "partition", False)


def str_rpartition(slots: list[W_Root | None]) -> W_Root:
    return _partition(slots, "rpartition", True)


def iterable_items(w_iterable: W_Root, message: str) -> list[W_Root]:
    """PySequence_Fast: the items of a list or tuple, or of any iterable
    (a TypeError of iter() becomes `message`)."""
    return listobject.sequence_fast(w_iterable, message)


def str_join(slots: list[W_Root | None]) -> W_Root:
    w_self = _wself(slots, "join")
    items_w = iterable_items(_req(slots, 1), "can only join an iterable")
    if len(items_w) == 1:
        w_item = items_w[0]
        if isinstance(w_item, W_StrObject) and w_item.getclass() is w_str_type:
            return w_item
    parts: list[str] = []
    i = 0
    for w_item in items_w:
        if not isinstance(w_item, W_StrObject):
            raise operr(w_TypeError, "sequence item %d: expected str instance, %s found"
                        % (i, type_name(w_item)))
        parts.append(w_item.as_str())
        i += 1
    return W_StrObject(w_self.as_str().join(parts))


# stripping, padding, replacing

def _strip(slots: list[W_Root | None], name: str, left: bool, right: bool) -> W_Root:
    w_self = _wself(slots, name)
    s = w_self.as_str()
    w_chars = slots[1]
    if w_chars is None or w_chars is w_None:
        if left and right:
            return _result(w_self, s.strip())
        if left:
            return _result(w_self, s.lstrip())
        return _result(w_self, s.rstrip())
    if not isinstance(w_chars, W_StrObject):
        raise operr(w_TypeError, "%s arg must be None or str" % name)
    chars = w_chars.as_str()
    if left and right:
        return _result(w_self, s.strip(chars))
    if left:
        return _result(w_self, s.lstrip(chars))
    return _result(w_self, s.rstrip(chars))


def str_strip(slots: list[W_Root | None]) -> W_Root:
    return _strip(slots, "strip", True, True)


def str_lstrip(slots: list[W_Root | None]) -> W_Root:
    return _strip(slots, "lstrip", True, False)


def str_rstrip(slots: list[W_Root | None]) -> W_Root:
    return _strip(slots, "rstrip", False, True)


def _fillchar(w: W_Root | None) -> str:
    if w is None:
        return " "
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "The fill character must be a unicode character, not %s"
                    % type_name(w))
    if len(w.as_str()) != 1:
        raise operr(w_TypeError, "The fill character must be exactly one character long")
    return w.as_str()


def _justify(slots: list[W_Root | None], name: str, how: int) -> W_Root:
    w_self = _wself(slots, name)
    width = index_w(_req(slots, 1))
    fill = _fillchar(slots[2])
    s = w_self.as_str()
    n = len(s)
    if n >= width:
        return _result(w_self, s)
    if how == 0:
        return W_StrObject(s + fill * (width - n))
    if how == 1:
        return W_StrObject(fill * (width - n) + s)
    return W_StrObject(s_center(s, width, fill))


def str_ljust(slots: list[W_Root | None]) -> W_Root:
    return _justify(slots, "ljust", 0)


def str_rjust(slots: list[W_Root | None]) -> W_Root:
    return _justify(slots, "rjust", 1)


def str_center(slots: list[W_Root | None]) -> W_Root:
    return _justify(slots, "center", 2)


def str_zfill(slots: list[W_Root | None]) -> W_Root:
    w_self = _wself(slots, "zfill")
    width = index_w(_req(slots, 1))
    return _result(w_self, s_zfill(w_self.as_str(), width))


def str_expandtabs(slots: list[W_Root | None]) -> W_Root:
    w_self = _wself(slots, "expandtabs")
    tabsize = 8
    w_tab = slots[1]
    if w_tab is not None:
        tabsize = c_int_w(w_tab)
    return _result(w_self, s_expandtabs(w_self.as_str(), tabsize))


def s_replace(s: str, old: str, new: str, count: int) -> str:
    if count < 0:
        count = -1
    if count == 0:
        return s
    if len(old) == 0:
        # insert `new` before every character and at the end
        n = len(s)
        limit = n + 1 if count < 0 else min(count, n + 1)
        if limit <= 0:
            return s
        parts: list[str] = []
        k = 0
        for c in s:
            if k < limit:
                parts.append(new)
            parts.append(c)
            k += 1
        if k < limit:
            parts.append(new)
        return "".join(parts)
    return s.replace(old, new, count)


def str_replace(slots: list[W_Root | None]) -> W_Root:
    w_self = _wself(slots, "replace")
    old = _arg_str(_req(slots, 1), "replace", "argument 1")
    new = _arg_str(_req(slots, 2), "replace", "argument 2")
    count = -1
    w_count = slots[3]
    if w_count is not None:
        count = index_w(w_count)
    return _result(w_self, s_replace(w_self.as_str(), old, new, count))


def str_removeprefix(slots: list[W_Root | None]) -> W_Root:
    w_self = _wself(slots, "removeprefix")
    w_p = _req(slots, 1)
    if not isinstance(w_p, W_StrObject):
        raise operr(w_TypeError, "removeprefix() argument must be str, not %s"
                    % clinic_type_name(w_p))
    s = w_self.as_str()
    if len(w_p.as_str()) > 0 and s.startswith(w_p.as_str()):
        return W_StrObject(s[len(w_p.as_str()):])
    return _result(w_self, s)


def str_removesuffix(slots: list[W_Root | None]) -> W_Root:
    w_self = _wself(slots, "removesuffix")
    w_p = _req(slots, 1)
    if not isinstance(w_p, W_StrObject):
        raise operr(w_TypeError, "removesuffix() argument must be str, not %s"
                    % clinic_type_name(w_p))
    s = w_self.as_str()
    if len(w_p.as_str()) > 0 and s.endswith(w_p.as_str()):
        return W_StrObject(s[:len(s) - len(w_p.as_str())])
    return _result(w_self, s)


# encode, translate, maketrans

def str_encode(slots: list[W_Root | None]) -> W_Root:
    s = _self(slots, "encode")
    encoding = _opt_str_arg(slots[1], "encode", "encoding", "utf-8")
    errors = _opt_str_arg(slots[2], "encode", "errors", "strict")
    return bytesobject.W_BytesObject(encode_text(s, encoding, errors))


def str_translate(slots: list[W_Root | None]) -> W_Root:
    w_self = _wself(slots, "translate")
    w_table = _req(slots, 1)
    out: list[str] = []
    changed = False
    for c in w_self.as_str():
        try:
            w_res = space.getitem(w_table, intobject.wrap_int(ord(c)))
        except OperationError as e:
            if e.match(w_LookupError):
                out.append(c)
                continue
            raise
        changed = True
        if w_res is w_None:
            continue
        if intobject.is_int(w_res):
            o = intobject.int_w_clipped(w_res)
            if o < 0 or o > 0x10ffff:
                raise operr(w_ValueError, "character mapping must be in range(0x110000)")
            out.append(chr(o))
        elif isinstance(w_res, W_StrObject):
            out.append(w_res.as_str())
        else:
            raise operr(w_TypeError, "character mapping must return integer, None or str")
    if not changed:
        return _result(w_self, w_self.as_str())
    return W_StrObject("".join(out))


def str_maketrans(slots: list[W_Root | None]) -> W_Root:
    w_x = _req(slots, 0)
    w_y = slots[1]
    w_z = slots[2]
    w_d = dictobject.W_DictObject()
    if w_y is None:
        if not isinstance(w_x, dictobject.W_DictObject):
            raise operr(w_TypeError,
                        "if you give only one argument to maketrans it must be a dict")
        for w_k, w_v in w_x.items():
            if intobject.is_int(w_k):
                w_d.setitem(w_k, w_v)
            elif isinstance(w_k, W_StrObject):
                if len(w_k.as_str()) != 1:
                    raise operr(w_ValueError, "string keys in translate table must be of length 1")
                w_d.setitem(intobject.wrap_int(ord(w_k.as_str())), w_v)
            else:
                raise operr(w_TypeError, "keys in translate table must be strings or integers")
        return w_d
    if not isinstance(w_x, W_StrObject):
        raise operr(w_TypeError, "maketrans() argument 1 must be str, not %s"
                    % clinic_type_name(w_x))
    if not isinstance(w_y, W_StrObject):
        raise operr(w_TypeError, "maketrans() argument 2 must be str, not %s"
                    % clinic_type_name(w_y))
    x = list(w_x.as_str())
    y = list(w_y.as_str())
    if len(x) != len(y):
        raise operr(w_ValueError, "the first two maketrans arguments must have equal length")
    i = 0
    while i < len(x):
        w_d.setitem(intobject.wrap_int(ord(x[i])), intobject.wrap_int(ord(y[i])))
        i += 1
    if w_z is not None:
        if not isinstance(w_z, W_StrObject):
            raise operr(w_TypeError, "maketrans() argument 3 must be str, not %s"
                        % type_name(w_z))
        for c in w_z.as_str():
            w_d.setitem(intobject.wrap_int(ord(c)), w_None)
    return w_d


register_raw(w_str_type, "__new__", str_descr_new)
register(w_str_type, "__repr__(self, /)", str_descr_repr)
register(w_str_type, "__str__(self, /)", str_descr_str)
register(w_str_type, "__len__(self, /)", str_descr_len)
register(w_str_type, "__hash__(self, /)", str_descr_hash)
register_comparisons(w_str_type, _compare)
register(w_str_type, "__add__(self, value, /)", str_descr_add)
register(w_str_type, "__mul__(self, value, /)", str_descr_mul)
register(w_str_type, "__rmul__(self, value, /)", str_descr_rmul)
register(w_str_type, "__mod__(self, value, /)", str_descr_mod)
register(w_str_type, "__rmod__(self, value, /)", str_descr_rmod)
register(w_str_type, "__contains__(self, key, /)", str_descr_contains)
register(w_str_type, "__getitem__(self, key, /)", str_descr_getitem)
register(w_str_type, "__iter__(self, /)", str_descr_iter)
register(w_str_type, "__getnewargs__(self, /)", str_descr_getnewargs)
register(w_str_type, "__format__(self, format_spec, /)", str_descr_format)
register_raw(w_str_type, "format", str_method_format)
register(w_str_type, "format_map(self, mapping, /)", str_format_map)
register(w_str_type, "capitalize(self, /)", str_capitalize)
register(w_str_type, "casefold(self, /)", str_casefold)
register(w_str_type, "center(self, width, fillchar=, /)", str_center)
register(w_str_type, "count(self, sub, start=, end=, /)", str_count)
register(w_str_type, "encode(self, /, encoding=, errors=)", str_encode)
register(w_str_type, "endswith(self, suffix, start=, end=, /)", str_endswith)
register(w_str_type, "expandtabs(self, /, tabsize=)", str_expandtabs)
register(w_str_type, "find(self, sub, start=, end=, /)", str_find)
register(w_str_type, "index(self, sub, start=, end=, /)", str_index)
register(w_str_type, "isalnum(self, /)", str_isalnum)
register(w_str_type, "isalpha(self, /)", str_isalpha)
register(w_str_type, "isascii(self, /)", str_isascii)
register(w_str_type, "isdecimal(self, /)", str_isdecimal)
register(w_str_type, "isdigit(self, /)", str_isdigit)
register(w_str_type, "isidentifier(self, /)", str_isidentifier)
register(w_str_type, "islower(self, /)", str_islower)
register(w_str_type, "isnumeric(self, /)", str_isnumeric)
register(w_str_type, "isprintable(self, /)", str_isprintable)
register(w_str_type, "isspace(self, /)", str_isspace)
register(w_str_type, "istitle(self, /)", str_istitle)
register(w_str_type, "isupper(self, /)", str_isupper)
register(w_str_type, "join(self, iterable, /)", str_join)
register(w_str_type, "ljust(self, width, fillchar=, /)", str_ljust)
register(w_str_type, "lower(self, /)", str_lower)
register(w_str_type, "lstrip(self, chars=, /)", str_lstrip)
register_staticmethod(w_str_type, "maketrans(x, y=, z=, /)", str_maketrans)
register(w_str_type, "partition(self, sep, /)", str_partition)
register(w_str_type, "removeprefix(self, prefix, /)", str_removeprefix)
register(w_str_type, "removesuffix(self, suffix, /)", str_removesuffix)
register(w_str_type, "replace(self, old, new, count=, /)", str_replace)
register(w_str_type, "rfind(self, sub, start=, end=, /)", str_rfind)
register(w_str_type, "rindex(self, sub, start=, end=, /)", str_rindex)
register(w_str_type, "rjust(self, width, fillchar=, /)", str_rjust)
register(w_str_type, "rpartition(self, sep, /)", str_rpartition)
register(w_str_type, "rsplit(self, /, sep=, maxsplit=)", str_rsplit)
register(w_str_type, "rstrip(self, chars=, /)", str_rstrip)
register(w_str_type, "split(self, /, sep=, maxsplit=)", str_split)
register(w_str_type, "splitlines(self, /, keepends=)", str_splitlines)
register(w_str_type, "startswith(self, prefix, start=, end=, /)", str_startswith)
register(w_str_type, "strip(self, chars=, /)", str_strip)
register(w_str_type, "swapcase(self, /)", str_swapcase)
register(w_str_type, "title(self, /)", str_title)
register(w_str_type, "translate(self, table, /)", str_translate)
register(w_str_type, "upper(self, /)", str_upper)
register(w_str_type, "zfill(self, width, /)", str_zfill)

for _t in [w_str_iterator_type, w_str_ascii_iterator_type]:
    register(_t, "__next__(self, /)", striter_next)
    register(_t, "__iter__(self, /)", striter_iter)
    register(_t, "__length_hint__(self, /)", striter_length_hint)


# the modules used at call time only: imported on first use, so that this
# module can be imported from any of them, at any point of their own import
if TYPE_CHECKING:
    from ouro.objspace import (bytesobject, dictobject, listobject, sliceobject, strformat,
                               tupleobject)
else:
    bytesobject = LazyModule("ouro.objspace.bytesobject")
    dictobject = LazyModule("ouro.objspace.dictobject")
    listobject = LazyModule("ouro.objspace.listobject")
    sliceobject = LazyModule("ouro.objspace.sliceobject")
    strformat = LazyModule("ouro.objspace.strformat")
    tupleobject = LazyModule("ouro.objspace.tupleobject")
from ouro.parser import unicodenames_data as _unicodenames_data  # noqa: E402
