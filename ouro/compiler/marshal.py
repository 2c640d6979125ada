"""Code objects to bytes and back, in RPy: the format of the bytecode cache
(ouro/compiler/pycache.py).

    dump_code(code) -> bytes
    load_code(data) -> CodeObject       raises MarshalError on bad data

The format is ouro's own (CPython's marshal is not the model).  All
integers are varints (unsigned LEB128, 7 bits a byte, at most 9 bytes, so
at most 2**63 - 1); "sint" is a zigzag-encoded varint (0, -1, 1, -2...);
`raw` is a varint length then that many bytes.

    data     := MAGIC code                  nothing may follow
    code     := varint argcount, posonlyargcount, kwonlyargcount,
                stacksize, flags; sint firstlineno;
                raw co_code; consts; strs names, varnames, cellvars,
                freevars; str filename, name, qualname;
                raw linetable; raw exceptiontable
    consts   := varint count, const...
    strs     := varint count, str...
    const    := 'N' | 'E' | 'T' | 'F'          None, Ellipsis, True, False
              | 'i' varint v                   int v >= 0 (digits = str(v))
              | 'j' varint -v-1                int v < 0 (digits = str(v))
              | 'l' str digits                 int too large for a word
              | 'g' byte fits, byte neg, varint |v| or -v-1, str digits
                                               any other ConstInt, as it is
              | 'f' raw text                   float
              | 'x' raw text, raw text         complex (real, imag)
              | 's' str                        str
              | 'b' raw                        bytes
              | 't' consts                     ConstTuple
              | 'z' consts                     ConstFrozenset
              | 'c' code                       ConstCode
    str      := varint h: h % 4 == 0: a new string, UTF-8, h // 4 bytes
                          h % 4 == 2: a new string with lone surrogates
                                      (UTF-8 with surrogates allowed)
                          h % 4 == 1: the string numbered h // 4
                New strings are numbered in order from 0, so a name that
                occurs in many code objects (co_filename too) is stored once.

A float's text is repr(x), except a NaN: "nan", or "-nan" when its sign bit
is set (the sign is kept; a NaN's payload is not: ouro's compiler only makes
the default NaNs).  Loading parses it with float() and requires that the
value gives back the same text, so the round trip is bit-exact for every
non-NaN float (-0.0 and infinities included).

Loading checks everything it reads: lengths and counts against what is
left, varint sizes, tags, UTF-8, number texts, nesting depth (MAX_DEPTH),
that co_code has an even length and that the line and exception tables are
whole varint records.  Bad data raises MarshalError, never anything else
(nor loops: every loop consumes input).  dump_code(load_code(d)) == d for
any d that dump_code made.
"""
from __future__ import annotations

import math

from ouro.compiler.code import CodeObject, ConstCode, ConstFrozenset, ConstTuple
from ouro.parser.constvalue import (CONST_ELLIPSIS, CONST_FALSE, CONST_NONE, CONST_TRUE,
                                    ConstBool, ConstBytes, ConstComplex, ConstEllipsis,
                                    ConstFloat, ConstInt, ConstNone, ConstStr, ConstValue)

# bump when the format changes: older data is then refused by load_code
MARSHAL_VERSION = 1
MAGIC = b"OuM" + bytes([MARSHAL_VERSION])

# how deeply tuples, frozensets and code objects may nest (the parser
# allows 200 nested parentheses; functions nest less)
MAX_DEPTH = 400

TAG_NONE = ord("N")
TAG_ELLIPSIS = ord("E")
TAG_TRUE = ord("T")
TAG_FALSE = ord("F")
TAG_INT = ord("i")
TAG_NEGINT = ord("j")
TAG_BIGINT = ord("l")
TAG_ANYINT = ord("g")
TAG_FLOAT = ord("f")
TAG_COMPLEX = ord("x")
TAG_STR = ord("s")
TAG_BYTES = ord("b")
TAG_TUPLE = ord("t")
TAG_FROZENSET = ord("z")
TAG_CODE = ord("c")

STR_NEW = 0
STR_REF = 1
STR_NEW_SURROGATES = 2

# zigzag encoding keeps sints within a varint's 63 bits
SINT_LIMIT = 1 << 62


class MarshalError(Exception):
    msg: str

    def __init__(self, msg: str) -> None:
        Exception.__init__(self, msg)
        self.msg = msg


# ---------------------------------------------------------------- floats

def float_text(x: float) -> str:
    """repr(x), or "nan" / "-nan" (by the sign bit) for a NaN."""
    if math.isnan(x):
        if math.copysign(1.0, x) < 0.0:
            return "-nan"
        return "nan"
    return repr(x)


def _is_digits(s: str) -> bool:
    """-?[0-9]+"""
    start = 1 if s.startswith("-") else 0
    if len(s) <= start:
        return False
    i = start
    while i < len(s):
        c = s[i]
        if c < "0" or c > "9":
            return False
        i += 1
    return True


# ---------------------------------------------------------------- UTF-8 with lone surrogates

def _encode_surrogatepass(s: str) -> bytes:
    """UTF-8, lone surrogates as their 3-byte form (CPython's surrogatepass)."""
    out: list[int] = []
    for ch in s:
        o = ord(ch)
        if o < 0x80:
            out.append(o)
        elif o < 0x800:
            out.append(0xc0 | (o >> 6))
            out.append(0x80 | (o & 0x3f))
        elif o < 0x10000:
            out.append(0xe0 | (o >> 12))
            out.append(0x80 | ((o >> 6) & 0x3f))
            out.append(0x80 | (o & 0x3f))
        else:
            out.append(0xf0 | (o >> 18))
            out.append(0x80 | ((o >> 12) & 0x3f))
            out.append(0x80 | ((o >> 6) & 0x3f))
            out.append(0x80 | (o & 0x3f))
    return bytes(out)


def _decode_surrogatepass(data: bytes) -> str:
    """The inverse of _encode_surrogatepass; strict otherwise (no overlong
    forms, nothing above U+10FFFF, no truncated sequences)."""
    parts: list[str] = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            parts.append(chr(b))
            i += 1
            continue
        if 0xc2 <= b <= 0xdf:
            need = 1
            cp = b & 0x1f
            least = 0x80
        elif 0xe0 <= b <= 0xef:
            need = 2
            cp = b & 0x0f
            least = 0x800
        elif 0xf0 <= b <= 0xf4:
            need = 3
            cp = b & 0x07
            least = 0x10000
        else:
            raise MarshalError("bad UTF-8 in a string")
        if i + need >= n:
            raise MarshalError("truncated UTF-8 in a string")
        k = 1
        while k <= need:
            c = data[i + k]
            if c & 0xc0 != 0x80:
                raise MarshalError("bad UTF-8 in a string")
            cp = (cp << 6) | (c & 0x3f)
            k += 1
        if cp < least or cp > 0x10ffff:
            raise MarshalError("bad UTF-8 in a string")
        parts.append(chr(cp))
        i += need + 1
    return "".join(parts)


# ---------------------------------------------------------------- writing

class _Writer:
    out: list[int]
    strings: dict[str, int]
    depth: int

    def __init__(self) -> None:
        self.out = []
        self.strings = {}
        self.depth = 0

    def byte(self, b: int) -> None:
        self.out.append(b)

    def varint(self, n: int) -> None:
        if n < 0:
            raise MarshalError("negative value where a count was expected")
        while n >= 0x80:
            self.out.append((n & 0x7f) | 0x80)
            n >>= 7
        self.out.append(n)

    def sint(self, n: int) -> None:
        if n >= SINT_LIMIT or n < -SINT_LIMIT:
            raise MarshalError("integer field out of range")
        if n < 0:
            self.varint(((-(n + 1)) << 1) | 1)
        else:
            self.varint(n << 1)

    def raw(self, data: bytes) -> None:
        self.varint(len(data))
        for b in data:
            self.out.append(b)

    def string(self, s: str) -> None:
        index = self.strings.get(s, -1)
        if index >= 0:
            self.varint(index * 4 + STR_REF)
            return
        self.strings[s] = len(self.strings)
        kind = STR_NEW
        try:
            data = s.encode()
        except ValueError:          # lone surrogates (UnicodeEncodeError on CPython)
            data = _encode_surrogatepass(s)
            kind = STR_NEW_SURROGATES
        self.varint(len(data) * 4 + kind)
        for b in data:
            self.out.append(b)

    def strlist(self, items: list[str]) -> None:
        self.varint(len(items))
        for s in items:
            self.string(s)

    def float_(self, x: float) -> None:
        self.raw(float_text(x).encode())

    def consts(self, items: list[ConstValue]) -> None:
        self.varint(len(items))
        for c in items:
            self.const(c)

    def const(self, c: ConstValue) -> None:
        if isinstance(c, ConstNone):
            self.byte(TAG_NONE)
        elif isinstance(c, ConstEllipsis):
            self.byte(TAG_ELLIPSIS)
        elif isinstance(c, ConstBool):
            self.byte(TAG_TRUE if c.value else TAG_FALSE)
        elif isinstance(c, ConstInt):
            self.int_(c)
        elif isinstance(c, ConstFloat):
            self.byte(TAG_FLOAT)
            self.float_(c.value)
        elif isinstance(c, ConstComplex):
            self.byte(TAG_COMPLEX)
            self.float_(c.real)
            self.float_(c.imag)
        elif isinstance(c, ConstStr):
            self.byte(TAG_STR)
            self.string(c.value)
        elif isinstance(c, ConstBytes):
            self.byte(TAG_BYTES)
            self.raw(c.value)
        elif isinstance(c, ConstTuple):
            self.enter()
            self.byte(TAG_TUPLE)
            self.consts(c.items)
            self.depth -= 1
        elif isinstance(c, ConstFrozenset):
            self.enter()
            self.byte(TAG_FROZENSET)
            self.consts(c.items)
            self.depth -= 1
        elif isinstance(c, ConstCode):
            self.enter()
            self.byte(TAG_CODE)
            self.code(c.code)
            self.depth -= 1
        else:
            raise MarshalError("unknown kind of constant")

    def int_(self, c: ConstInt) -> None:
        v = c.value
        if c.fits and c.digits == str(v):
            if v >= 0:
                self.byte(TAG_INT)
                self.varint(v)
            else:
                self.byte(TAG_NEGINT)
                self.varint(-(v + 1))
        elif not c.fits and v == 0 and _is_digits(c.digits):
            self.byte(TAG_BIGINT)
            self.string(c.digits)
        else:
            self.byte(TAG_ANYINT)
            self.byte(1 if c.fits else 0)
            if v >= 0:
                self.byte(0)
                self.varint(v)
            else:
                self.byte(1)
                self.varint(-(v + 1))
            self.string(c.digits)

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise MarshalError("constants nested too deeply")

    def code(self, code: CodeObject) -> None:
        self.varint(code.co_argcount)
        self.varint(code.co_posonlyargcount)
        self.varint(code.co_kwonlyargcount)
        self.varint(code.co_stacksize)
        self.varint(code.co_flags)
        self.sint(code.co_firstlineno)
        self.raw(code.co_code)
        self.consts(code.co_consts)
        self.strlist(code.co_names)
        self.strlist(code.co_varnames)
        self.strlist(code.co_cellvars)
        self.strlist(code.co_freevars)
        self.string(code.co_filename)
        self.string(code.co_name)
        self.string(code.co_qualname)
        self.raw(code.co_linetable)
        self.raw(code.co_exceptiontable)


def dump_code(code: CodeObject) -> bytes:
    """The bytes of a code object and everything in it.  Raises
    MarshalError for what the format cannot hold (negative counts,
    constants nested deeper than MAX_DEPTH)."""
    w = _Writer()
    for b in MAGIC:
        w.out.append(b)
    try:
        w.code(code)
    except RecursionError:
        raise MarshalError("constants nested too deeply")
    return bytes(w.out)


# ---------------------------------------------------------------- reading

class _Reader:
    data: bytes
    pos: int
    strings: list[str]
    depth: int

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0
        self.strings = []
        self.depth = 0

    def byte(self) -> int:
        if self.pos >= len(self.data):
            raise MarshalError("truncated data")
        b = self.data[self.pos]
        self.pos += 1
        return b

    def varint(self) -> int:
        result = 0
        shift = 0
        while True:
            b = self.byte()
            if shift == 56 and b >= 0x80:
                raise MarshalError("varint too long")
            result |= (b & 0x7f) << shift
            if b < 0x80:
                return result
            shift += 7

    def sint(self) -> int:
        n = self.varint()
        if n & 1:
            return -(n >> 1) - 1
        return n >> 1

    def count(self) -> int:
        """A length or a count of items: each takes at least a byte, so it
        cannot exceed what is left."""
        n = self.varint()
        if n > len(self.data) - self.pos:
            raise MarshalError("length beyond the end of the data")
        return n

    def raw(self) -> bytes:
        n = self.count()
        start = self.pos
        self.pos = start + n
        return self.data[start:start + n]

    def string(self) -> str:
        h = self.varint()
        kind = h & 3
        n = h >> 2
        if kind == STR_REF:
            if n >= len(self.strings):
                raise MarshalError("bad string reference")
            return self.strings[n]
        if kind != STR_NEW and kind != STR_NEW_SURROGATES:
            raise MarshalError("bad string header")
        if n > len(self.data) - self.pos:
            raise MarshalError("length beyond the end of the data")
        start = self.pos
        self.pos = start + n
        data = self.data[start:start + n]
        if kind == STR_NEW:
            try:
                s = data.decode()
            except ValueError:
                raise MarshalError("bad UTF-8 in a string")
        else:
            s = _decode_surrogatepass(data)
        self.strings.append(s)
        return s

    def strlist(self) -> list[str]:
        n = self.count()
        result: list[str] = []
        for _ in range(n):
            result.append(self.string())
        return result

    def float_(self) -> float:
        data = self.raw()
        try:
            text = data.decode()
        except ValueError:
            raise MarshalError("bad float")
        try:
            x = float(text)
        except ValueError:
            raise MarshalError("bad float")
        if float_text(x) != text:
            raise MarshalError("bad float")
        return x

    def consts(self) -> list[ConstValue]:
        n = self.count()
        result: list[ConstValue] = []
        for _ in range(n):
            result.append(self.const())
        return result

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise MarshalError("constants nested too deeply")

    def const(self) -> ConstValue:
        tag = self.byte()
        if tag == TAG_NONE:
            return CONST_NONE
        if tag == TAG_ELLIPSIS:
            return CONST_ELLIPSIS
        if tag == TAG_TRUE:
            return CONST_TRUE
        if tag == TAG_FALSE:
            return CONST_FALSE
        if tag == TAG_INT:
            v = self.varint()
            return ConstInt(str(v), v, True)
        if tag == TAG_NEGINT:
            v = -self.varint() - 1
            return ConstInt(str(v), v, True)
        if tag == TAG_BIGINT:
            digits = self.string()
            if not _is_digits(digits):
                raise MarshalError("bad integer digits")
            return ConstInt(digits, 0, False)
        if tag == TAG_ANYINT:
            fits = self.byte()
            neg = self.byte()
            if fits > 1 or neg > 1:
                raise MarshalError("bad integer constant")
            v = self.varint()
            if neg:
                v = -v - 1
            digits = self.string()
            return ConstInt(digits, v, fits == 1)
        if tag == TAG_FLOAT:
            return ConstFloat(self.float_())
        if tag == TAG_COMPLEX:
            real = self.float_()
            imag = self.float_()
            return ConstComplex(real, imag)
        if tag == TAG_STR:
            return ConstStr(self.string())
        if tag == TAG_BYTES:
            return ConstBytes(self.raw())
        if tag == TAG_TUPLE:
            self.enter()
            items = self.consts()
            self.depth -= 1
            return ConstTuple(items)
        if tag == TAG_FROZENSET:
            self.enter()
            items = self.consts()
            self.depth -= 1
            return ConstFrozenset(items)
        if tag == TAG_CODE:
            self.enter()
            code = self.code()
            self.depth -= 1
            return ConstCode(code)
        raise MarshalError("unknown constant tag %d" % tag)

    def code(self) -> CodeObject:
        argcount = self.varint()
        posonlyargcount = self.varint()
        kwonlyargcount = self.varint()
        stacksize = self.varint()
        flags = self.varint()
        firstlineno = self.sint()
        co_code = self.raw()
        if len(co_code) % 2 != 0:
            raise MarshalError("co_code of odd length")
        consts = self.consts()
        names = self.strlist()
        varnames = self.strlist()
        cellvars = self.strlist()
        freevars = self.strlist()
        filename = self.string()
        name = self.string()
        qualname = self.string()
        linetable = self.raw()
        check_table(linetable, 5, "co_linetable")
        exceptiontable = self.raw()
        check_table(exceptiontable, 4, "co_exceptiontable")
        return CodeObject(argcount, posonlyargcount, kwonlyargcount, stacksize, flags,
                          co_code, consts, names, varnames, cellvars, freevars,
                          filename, name, qualname, firstlineno, linetable, exceptiontable)


def check_table(table: bytes, per_entry: int, what: str) -> None:
    """The table is whole entries of per_entry varints (what CodeObject's
    readers of co_linetable / co_exceptiontable expect)."""
    pos = 0
    nvarints = 0
    n = len(table)
    while pos < n:
        length = 0
        while True:
            if pos >= n:
                raise MarshalError("truncated " + what)
            b = table[pos]
            pos += 1
            length += 1
            if length > 9:
                raise MarshalError("varint too long in " + what)
            if b < 0x80:
                break
        nvarints += 1
    if nvarints % per_entry != 0:
        raise MarshalError("truncated " + what)


def load_code(data: bytes) -> CodeObject:
    """The code object that dump_code wrote into data; MarshalError if data
    is anything else (truncated, corrupt, another version, trailing bytes)."""
    if len(data) < len(MAGIC) or data[:len(MAGIC)] != MAGIC:
        raise MarshalError("not ouro marshal data (or another version of it)")
    r = _Reader(data)
    r.pos = len(MAGIC)
    try:
        code = r.code()
    except RecursionError:
        raise MarshalError("constants nested too deeply")
    if r.pos != len(data):
        raise MarshalError("trailing bytes after the code object")
    return code
