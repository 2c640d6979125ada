"""PyCode: a compiled CodeObject made ready to run -- its constants turned
into Python objects once, its instructions decoded into flat lists (opcode
and full argument per instruction, EXTENDED_ARG folded in), its cell layout
computed.
"""
from __future__ import annotations

from ouro.compiler import opcodes as op
from ouro.compiler.code import CodeObject, ConstCode, ConstFrozenset, ConstTuple
from ouro.objspace.boolobject import w_False, w_True
from ouro.objspace.exceptions import operr, w_SystemError
from ouro.objspace.bytesobject import wrap_bytes
from ouro.objspace.complexobject import wrap_complex
from ouro.objspace.floatobject import wrap_float
from ouro.objspace.intobject import int_from_digits, wrap_int
from ouro.objspace.model import (LAYOUT_OTHER, W_Root, W_TypeObject, make_builtin_type,
                                 w_Ellipsis, w_None, w_object_type)
from ouro.objspace.setobject import newfrozenset, set_add_key
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import EMPTY_TUPLE, W_TupleObject
from ouro.parser.constvalue import (ConstBool, ConstBytes, ConstComplex, ConstEllipsis, ConstFloat,
                                    ConstInt, ConstNone, ConstStr, ConstValue)


class PyCode:
    co: CodeObject
    consts_w: list[W_Root]
    ops: list[int]          # per instruction index: the opcode (EXTENDED_ARG kept)
    args: list[int]         # per instruction index: the full argument
    cell2arg: list[int]
    ncells: int
    nlocals: int
    is_generator_like: bool

    def __init__(self, co: CodeObject) -> None:
        self.co = co
        self.consts_w = [const_to_w(c) for c in co.co_consts]
        raw = co.co_code
        n = len(raw) // 2
        self.ops = [0] * n
        self.args = [0] * n
        ext = 0
        i = 0
        while i < n:
            opcode = raw[2 * i]
            arg = raw[2 * i + 1] | ext
            self.ops[i] = opcode
            self.args[i] = arg
            if opcode == op.EXTENDED_ARG:
                ext = arg << 8
            else:
                ext = 0
            i += 1
        self.cell2arg = co.cell2arg()
        self.ncells = len(co.co_cellvars) + len(co.co_freevars)
        self.nlocals = len(co.co_varnames)
        self.is_generator_like = (co.co_flags & (op.CO_GENERATOR | op.CO_COROUTINE
                                                 | op.CO_ASYNC_GENERATOR)) != 0

    def doc(self) -> W_Root:
        """A function's docstring: its first constant when that is a str."""
        if len(self.consts_w) > 0:
            w_first = self.consts_w[0]
            if isinstance(w_first, W_StrObject):
                return w_first
        return w_None


def const_to_w(c: ConstValue) -> W_Root:
    if isinstance(c, ConstNone):
        return w_None
    if isinstance(c, ConstBool):
        return w_True if c.value else w_False
    if isinstance(c, ConstEllipsis):
        return w_Ellipsis
    if isinstance(c, ConstInt):
        if c.fits:
            return wrap_int(c.value)
        return int_from_digits(c.digits)
    if isinstance(c, ConstStr):
        return W_StrObject(c.value)
    if isinstance(c, ConstTuple):
        if len(c.items) == 0:
            return EMPTY_TUPLE
        return W_TupleObject([const_to_w(x) for x in c.items])
    if isinstance(c, ConstCode):
        return W_CodeConst(PyCode(c.code))
    if isinstance(c, ConstFrozenset):
        w_fs = newfrozenset(None)
        for x in c.items:
            set_add_key(w_fs, const_to_w(x))
        return w_fs
    if isinstance(c, ConstFloat):
        return wrap_float(c.value)
    if isinstance(c, ConstComplex):
        return wrap_complex(c.real, c.imag)
    if isinstance(c, ConstBytes):
        return wrap_bytes(c.value)
    raise operr(w_SystemError, "unknown constant")


class W_CodeConst(W_Root):
    """A code object among a code's constants (what MAKE_FUNCTION takes)."""
    pycode: PyCode

    def __init__(self, pycode: PyCode) -> None:
        self.pycode = pycode

    def getclass(self) -> W_TypeObject:
        return w_code_type


w_code_type = make_builtin_type("code", [w_object_type], LAYOUT_OTHER)
