"""The `marshal` module: dumps/loads/dump/load of CPython's marshal format
for the data types (None, bools, Ellipsis, StopIteration, ints, floats,
complex numbers, str, bytes, tuples, lists, dicts, sets, frozensets),
`version` 4.

Writing: no object references (CPython's FLAG_REF depends on reference
counts), floats in the binary form, strings as CPython writes them (short
ASCII, ASCII or UTF-8).  Reading accepts CPython's whole data format,
references included.  Code objects are ouro's own: type 'c' then a 4-byte
length and ouro/compiler/marshal.py's bytes (what importlib's bytecode
cache stores); CPython's code objects cannot be read.
"""
from __future__ import annotations

import math

from rpy.rlib.rarithmetic import intmask, r_uint
from rpy.rlib.rbigint import rbigint
from rpy.rlib.rmath import c_ldexp

from ouro.compiler.marshal import MarshalError, dump_code, load_code
from ouro.interpreter.module import W_Module
from ouro.interpreter.pycode import PyCode, W_CodeConst
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.boolobject import w_False, w_True
from ouro.objspace.bytearrayobject import W_BytearrayObject
from ouro.objspace.bytesobject import W_BytesObject, buffer_w, wrap_bytes
from ouro.objspace.complexobject import W_ComplexObject, w_complex_type, wrap_complex
from ouro.objspace.dictobject import W_DictObject, w_dict_type
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, operr, w_EOFError,
                                      w_TypeError, w_ValueError)
from ouro.objspace.memoryobject import bits_float, float_bits
from ouro.objspace.floatobject import W_FloatObject, w_float_type, wrap_float
from ouro.objspace.gateway import register
from ouro.objspace.intobject import W_IntObject, W_LongObject, w_int_type, wrap_big, wrap_int
from ouro.objspace.listobject import W_ListObject, w_list_type
from ouro.objspace.model import W_Root, type_name, w_Ellipsis, w_None
from ouro.objspace.setobject import W_BaseSetObject, newfrozenset, set_add_key, w_frozenset_type, w_set_type
from ouro.objspace.strobject import W_StrObject, w_str_type
from ouro.objspace.tupleobject import W_TupleObject, w_tuple_type

VERSION = 4
MAX_DEPTH = 2000


def unmarshallable() -> OperationError:
    return operr(w_ValueError, "unmarshallable object")


class Writer:
    out: list[int]
    depth: int

    def __init__(self) -> None:
        self.out = []
        self.depth = 0

    def byte(self, b: int) -> None:
        self.out.append(b & 0xff)

    def int32(self, v: int) -> None:
        for j in range(4):
            self.out.append((v >> (8 * j)) & 0xff)

    def raw(self, data: bytes) -> None:
        for b in data:
            self.out.append(b)

    def sized(self, data: bytes) -> None:
        self.int32(len(data))
        self.raw(data)

    def float64(self, x: float) -> None:
        bits = float_bits(x)
        for j in range(8):
            self.out.append(intmask(bits >> (8 * j)) & 0xff)

    def write(self, w: W_Root) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise operr(w_ValueError, "object too deeply nested to marshal")
        self.write1(w)
        self.depth -= 1

    def write_big(self, b: rbigint) -> None:
        neg = b.sign < 0
        a = b.abs()
        digits: list[int] = []
        while not a.is_zero():
            digits.append(a.int_and_(0x7fff).toint())
            a = a.rshift(15)
        self.byte(ord("l"))
        self.int32(-len(digits) if neg else len(digits))
        for d in digits:
            self.byte(d & 0xff)
            self.byte(d >> 8)

    def write1(self, w: W_Root) -> None:
        if w is w_None:
            self.byte(ord("N"))
        elif w is w_False:
            self.byte(ord("F"))
        elif w is w_True:
            self.byte(ord("T"))
        elif w is w_Ellipsis:
            self.byte(ord("."))
        elif w is EXCEPTION_TYPES["StopIteration"]:
            self.byte(ord("S"))
        elif isinstance(w, W_IntObject) and space.type_of(w) is w_int_type:
            v = w.intval
            if -0x80000000 <= v <= 0x7fffffff:
                self.byte(ord("i"))
                self.int32(v)
            else:
                self.write_big(rbigint.from_int(v))
        elif isinstance(w, W_LongObject) and space.type_of(w) is w_int_type:
            self.write_big(w.num)
        elif isinstance(w, W_FloatObject) and space.type_of(w) is w_float_type:
            self.byte(ord("g"))
            self.float64(w.floatval)
        elif isinstance(w, W_ComplexObject) and space.type_of(w) is w_complex_type:
            self.byte(ord("y"))
            self.float64(w.realval)
            self.float64(w.imagval)
        elif isinstance(w, W_StrObject) and space.type_of(w) is w_str_type:
            self.write_str(w.as_str())
        elif isinstance(w, W_BytesObject) or isinstance(w, W_BytearrayObject):
            self.byte(ord("s"))
            self.sized(buffer_w(w))
        elif isinstance(w, W_TupleObject) and space.type_of(w) is w_tuple_type:
            items = w.items_w
            if len(items) < 256:
                self.byte(ord(")"))
                self.byte(len(items))
            else:
                self.byte(ord("("))
                self.int32(len(items))
            for w_item in items:
                self.write(w_item)
        elif isinstance(w, W_ListObject) and space.type_of(w) is w_list_type:
            items_w = w.getitems_copy()
            self.byte(ord("["))
            self.int32(len(items_w))
            for w_item in items_w:
                self.write(w_item)
        elif isinstance(w, W_DictObject) and space.type_of(w) is w_dict_type:
            self.byte(ord("{"))
            for w_k, w_v in w.items():
                self.write(w_k)
                self.write(w_v)
            self.byte(ord("0"))
        elif space.type_of(w) is w_set_type or space.type_of(w) is w_frozenset_type:
            self.byte(ord("<") if space.type_of(w) is w_set_type else ord(">"))
            items_w = space.unpack_iterable(w)
            self.int32(len(items_w))
            for w_item in items_w:
                self.write(w_item)
        elif isinstance(w, W_CodeConst):
            try:
                data = dump_code(w.pycode.co)
            except MarshalError:
                raise unmarshallable()
            self.byte(ord("c"))
            self.sized(data)
        else:
            raise unmarshallable()

    def write_str(self, s: str) -> None:
        ascii_only = True
        for c in s:
            if ord(c) >= 128:
                ascii_only = False
                break
        if ascii_only:
            data = bytes([ord(c) for c in s])
            if len(data) < 256:
                self.byte(ord("z"))
                self.byte(len(data))
                self.raw(data)
            else:
                self.byte(ord("a"))
                self.sized(data)
            return
        self.byte(ord("u"))
        self.sized(encode_utf8_surrogatepass(s))


def encode_utf8_surrogatepass(s: str) -> bytes:
    out: list[int] = []
    for c in s:
        o = ord(c)
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


def decode_utf8_surrogatepass(data: bytes) -> str:
    chars: list[str] = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            chars.append(chr(b))
            i += 1
            continue
        if b >= 0xf0 and i + 3 < n + 0:
            o = ((b & 0x07) << 18) | ((data[i + 1] & 0x3f) << 12) | \
                ((data[i + 2] & 0x3f) << 6) | (data[i + 3] & 0x3f)
            i += 4
        elif b >= 0xe0 and i + 2 < n:
            o = ((b & 0x0f) << 12) | ((data[i + 1] & 0x3f) << 6) | (data[i + 2] & 0x3f)
            i += 3
        elif b >= 0xc0 and i + 1 < n:
            o = ((b & 0x1f) << 6) | (data[i + 1] & 0x3f)
            i += 2
        else:
            raise operr(w_ValueError, "bad marshal data (invalid UTF-8)")
        if o > 0x10ffff:
            raise operr(w_ValueError, "bad marshal data (invalid UTF-8)")
        chars.append(chr(o))
    return "".join(chars)


def bad_data() -> OperationError:
    return operr(w_EOFError, "EOF read where object expected")


class Reader:
    data: bytes
    pos: int
    refs_w: list[W_Root]
    depth: int

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0
        self.refs_w = []
        self.depth = 0

    def byte(self) -> int:
        if self.pos >= len(self.data):
            raise operr(w_EOFError, "marshal data too short")
        b = self.data[self.pos]
        self.pos += 1
        return b

    def int32(self) -> int:
        if self.pos + 4 > len(self.data):
            raise operr(w_EOFError, "marshal data too short")
        v = 0
        for j in range(4):
            v |= self.data[self.pos + j] << (8 * j)
        self.pos += 4
        if v >= 0x80000000:
            v -= 0x100000000
        return v

    def raw(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise operr(w_EOFError, "marshal data too short")
        r = self.data[self.pos:self.pos + n]
        self.pos += n
        return r

    def float64(self) -> float:
        raw = self.raw(8)
        bits = r_uint(0)
        for j in range(8):
            bits = bits | (r_uint(raw[j]) << (8 * j))
        return bits_float(bits)

    def float_text(self) -> float:
        n = self.byte()
        text = self.raw(n)
        w_f = space.call_function(w_float_type, [wrap_bytes(text)])
        assert isinstance(w_f, W_FloatObject)
        return w_f.floatval

    def read(self) -> W_Root:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise operr(w_ValueError, "recursion limit exceeded")
        w = self.read1()
        self.depth -= 1
        return w

    def read1(self) -> W_Root:
        if self.pos >= len(self.data):
            raise bad_data()
        code = self.byte()
        flag = (code & 0x80) != 0
        t = chr(code & 0x7f)
        idx = -1
        if flag:
            idx = len(self.refs_w)
            self.refs_w.append(w_None)
        w = self.read_type(t, idx)
        if flag:
            self.refs_w[idx] = w
        return w

    def read_type(self, t: str, idx: int) -> W_Root:
        if t == "0":
            raise operr(w_TypeError, "NULL object in marshal data for object")
        if t == "N":
            return w_None
        if t == "F":
            return w_False
        if t == "T":
            return w_True
        if t == ".":
            return w_Ellipsis
        if t == "S":
            return EXCEPTION_TYPES["StopIteration"]
        if t == "i":
            return wrap_int(self.int32())
        if t == "l":
            n = self.int32()
            size = n if n >= 0 else -n
            b = rbigint.from_int(0)
            digits: list[int] = []
            for k in range(size):
                lo = self.byte()
                hi = self.byte()
                d = lo | (hi << 8)
                if d > 0x7fff:
                    raise operr(w_ValueError, "bad marshal data (digit out of range in long)")
                digits.append(d)
            k = size - 1
            while k >= 0:
                b = b.lshift(15).int_add(digits[k])
                k -= 1
            if n < 0:
                b = b.neg()
            return wrap_big(b)
        if t == "g":
            return wrap_float(self.float64())
        if t == "f":
            return wrap_float(self.float_text())
        if t == "y":
            re = self.float64()
            im = self.float64()
            return wrap_complex(re, im)
        if t == "x":
            re = self.float_text()
            im = self.float_text()
            return wrap_complex(re, im)
        if t == "s":
            return wrap_bytes(self.raw(self.int32()))
        if t == "u" or t == "t":
            return W_StrObject(decode_utf8_surrogatepass(self.raw(self.int32())))
        if t == "a" or t == "A":
            return W_StrObject(latin(self.raw(self.int32())))
        if t == "z" or t == "Z":
            return W_StrObject(latin(self.raw(self.byte())))
        if t == ")" or t == "(":
            n = self.byte() if t == ")" else self.int32()
            items_w: list[W_Root] = []
            for k in range(n):
                items_w.append(self.read())
            return W_TupleObject(items_w)
        if t == "[":
            n = self.int32()
            w_list = W_ListObject([])
            if idx >= 0:
                self.refs_w[idx] = w_list
            for k in range(n):
                w_list.append(self.read())
            return w_list
        if t == "{":
            w_d = W_DictObject()
            if idx >= 0:
                self.refs_w[idx] = w_d
            while True:
                if self.pos < len(self.data) and self.data[self.pos] == ord("0"):
                    self.pos += 1
                    break
                w_k = self.read()
                w_v = self.read()
                space.setitem(w_d, w_k, w_v)
            return w_d
        if t == "<" or t == ">":
            n = self.int32()
            w_s: W_Root = newfrozenset(None)
            if t == "<":
                w_s = space.call_function(w_set_type, [])
            if idx >= 0:
                self.refs_w[idx] = w_s
            for k in range(n):
                w_item = self.read()
                if t == "<":
                    space.call_method(w_s, "add", [w_item])
                else:
                    assert isinstance(w_s, W_BaseSetObject)
                    set_add_key(w_s, w_item)
            return w_s
        if t == "r":
            n = self.int32()
            if n < 0 or n >= len(self.refs_w):
                raise operr(w_ValueError, "bad marshal data (invalid reference)")
            return self.refs_w[n]
        if t == "c":
            data = self.raw(self.int32())
            try:
                co = load_code(data)
            except MarshalError:
                raise operr(w_ValueError, "bad marshal data (invalid code object)")
            return W_CodeConst(PyCode(co))
        raise operr(w_ValueError, "bad marshal data (unknown type code)")


def latin(data: bytes) -> str:
    return "".join([chr(b) for b in data])


def check_version(w: W_Root | None) -> None:
    if w is not None:
        space.int_of_w(w)


def marshal_dumps(slots: list[W_Root | None]) -> W_Root:
    w_value = slots[0]
    assert w_value is not None
    check_version(slots[1])
    wr = Writer()
    wr.write(w_value)
    return wrap_bytes(bytes(wr.out))


def marshal_dump(slots: list[W_Root | None]) -> W_Root:
    w_value = slots[0]
    w_file = slots[1]
    assert w_value is not None and w_file is not None
    check_version(slots[2])
    wr = Writer()
    wr.write(w_value)
    space.call_method(w_file, "write", [wrap_bytes(bytes(wr.out))])
    return w_None


def marshal_loads(slots: list[W_Root | None]) -> W_Root:
    w_data = slots[0]
    assert w_data is not None
    data = buffer_w(w_data)
    return Reader(data).read()


def marshal_load(slots: list[W_Root | None]) -> W_Root:
    w_file = slots[0]
    assert w_file is not None
    w_data = space.call_method(w_file, "read", [])
    if not isinstance(w_data, W_BytesObject):
        raise operr(w_TypeError, "file.read() returned not bytes but %s" % type_name(w_data))
    rd = Reader(w_data.value)
    w_res = rd.read()
    # give back what was not read (a file that can seek)
    rest = len(w_data.value) - rd.pos
    if rest > 0:
        try:
            space.call_method(w_file, "seek", [wrap_int(-rest), wrap_int(1)])
        except OperationError:
            pass
    return w_res


FUNCTIONS = [
    register(None, "dumps(value, version=, /)", marshal_dumps),
    register(None, "dump(value, file, version=, /)", marshal_dump),
    register(None, "loads(bytes, /)", marshal_loads),
    register(None, "load(file, /)", marshal_load),
]


def make_module() -> W_Module:
    w_mod = W_Module("marshal", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("version", wrap_int(VERSION))
    return w_mod


register_module("marshal", make_module)
