"""PyCode: a compiled CodeObject made ready to run -- its constants turned
into Python objects once, its instructions decoded into flat lists (opcode
and full argument per instruction, EXTENDED_ARG folded in), its cell layout
computed.
"""
from __future__ import annotations

from ouro.compiler import opcodes as op
from ouro.compiler.code import CodeObject, ConstCode, ConstFrozenset, ConstTuple
from ouro.objspace import space
from ouro.objspace.boolobject import w_False, w_True
from ouro.objspace.descriptors import getset
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.exceptions import operr, w_SystemError, w_TypeError
from ouro.objspace.bytesobject import wrap_bytes
from ouro.objspace.complexobject import wrap_complex
from ouro.objspace.floatobject import wrap_float
from ouro.objspace.intobject import int_from_digits, wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.names import intern, is_interned
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 w_Ellipsis, w_None, w_object_type)
from ouro.objspace.setobject import newfrozenset, set_add_key
from ouro.objspace.strobject import W_StrObject, intern_w, is_name_like
from ouro.objspace.tupleobject import EMPTY_TUPLE, W_TupleObject
from ouro.parser.constvalue import (ConstBool, ConstBytes, ConstComplex, ConstEllipsis, ConstFloat,
                                    ConstInt, ConstNone, ConstStr, ConstValue)


# Superinstructions (CPython 3.11's): a pair of frequent instructions run
# by one dispatch.  Only `insns` holds them, in the slot of the pair's first
# instruction, with both arguments (first | second << 16); the second slot
# keeps its own instruction for jumps to it (ops/args keep the bytecode).
SUPER_LOAD_FAST_LOAD_FAST = 240
SUPER_LOAD_FAST_LOAD_CONST = 241
SUPER_LOAD_CONST_LOAD_FAST = 242
SUPER_STORE_FAST_LOAD_FAST = 243
SUPER_STORE_FAST_STORE_FAST = 244
SUPER_ARG_LIMIT = 1 << 16
# UNPACK_SEQUENCE n followed by n STORE_FASTs (`a, b, c = seq`): the items
# go straight into the locals (the stores' arguments are read from `args`)
SUPER_UNPACK_STORE = 238

# The instruction a traced frame's own table holds in every slot but the
# one it is running (ouro/interpreter/tracing.py): it reports the events,
# puts the real instruction in its slot and runs it.
TRACE_STEP = 239


def superinstruction(first: int, second: int) -> int:
    """The superinstruction of the opcodes first, second, or -1."""
    if first == op.LOAD_FAST:
        if second == op.LOAD_FAST:
            return SUPER_LOAD_FAST_LOAD_FAST
        if second == op.LOAD_CONST:
            return SUPER_LOAD_FAST_LOAD_CONST
    elif first == op.LOAD_CONST:
        if second == op.LOAD_FAST:
            return SUPER_LOAD_CONST_LOAD_FAST
    elif first == op.STORE_FAST:
        if second == op.LOAD_FAST:
            return SUPER_STORE_FAST_LOAD_FAST
        if second == op.STORE_FAST:
            return SUPER_STORE_FAST_STORE_FAST
    return -1


class PyCode:
    co: CodeObject
    consts_w: list[W_Root]
    ops: list[int]          # per instruction index: the opcode (EXTENDED_ARG kept)
    args: list[int]         # per instruction index: the full argument
    insns: list[int]        # per instruction index: opcode | argument << 8 (the eval loop's)
    cell2arg: list[int]
    ncells: int
    nlocals: int
    is_generator_like: bool
    has_cell_args: bool     # some cell starts with an argument's value (cell2arg)
    stacksize: int
    fast_argcount: int      # co_argcount when positional arguments alone fill the
                            # parameters (no *args, **kwargs, keyword-only), else -1
    names: list[str]        # co_names, interned (ouro/objspace/names.py)
    attr_caches: list[AttrCache | None]   # per instruction index (attrcache.py)
    global_caches: list[GlobalCache | None]   # per instruction index (LOAD_/STORE_GLOBAL, _NAME)
    w_code: W_CodeConst | None      # the code object (one per PyCode: f.__code__ is frame.f_code)

    def __init__(self, co: CodeObject) -> None:
        self.co = co
        self.w_code = None
        self.names = [intern(name) for name in co.co_names]
        for name in co.co_varnames:
            intern(name)        # as CPython's parser does (frozenset_const)
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
        self.insns = [self.ops[k] | (self.args[k] << 8) for k in range(n)]
        k = 0
        while k + 1 < n:
            if self.ops[k] == op.UNPACK_SEQUENCE and self.stores_follow(k, self.args[k]):
                self.insns[k] = SUPER_UNPACK_STORE | (self.args[k] << 8)
                k += 1
                continue
            sup = superinstruction(self.ops[k], self.ops[k + 1])
            if sup >= 0 and self.args[k] < SUPER_ARG_LIMIT and self.args[k + 1] < SUPER_ARG_LIMIT:
                self.insns[k] = sup | ((self.args[k] | (self.args[k + 1] << 16)) << 8)
            k += 1
        self.attr_caches = [None] * n
        self.global_caches = [None] * n
        self.cell2arg = co.cell2arg()
        self.ncells = len(co.co_cellvars) + len(co.co_freevars)
        self.nlocals = len(co.co_varnames)
        self.has_cell_args = False
        for a in self.cell2arg:
            if a >= 0:
                self.has_cell_args = True
        self.stacksize = co.co_stacksize
        self.fast_argcount = -1
        if co.co_kwonlyargcount == 0 and (co.co_flags & (op.CO_VARARGS | op.CO_VARKEYWORDS)) == 0:
            self.fast_argcount = co.co_argcount
        self.is_generator_like = (co.co_flags & (op.CO_GENERATOR | op.CO_COROUTINE
                                                 | op.CO_ASYNC_GENERATOR)) != 0

    def stores_follow(self, k: int, count: int) -> bool:
        """Instructions k+1 .. k+count are STORE_FASTs (count >= 1)."""
        if count < 1 or k + count >= len(self.ops):
            return False
        j = 1
        while j <= count:
            if self.ops[k + j] != op.STORE_FAST:
                return False
            j += 1
        return True

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
        w_s = W_StrObject(c.value)
        if len(c.value) <= 1 or is_name_like(c.value):
            return intern_w(w_s)        # as CPython interns them
        # other equal constants are one object too (CPython's compiler
        # merges the constants of a module: 'a b' is 'a b' across its
        # functions)
        w_got = MERGED_STR_CONSTS.get(c.value, None)
        if w_got is not None:
            return w_got
        MERGED_STR_CONSTS[c.value] = w_s
        return w_s
    if isinstance(c, ConstTuple):
        if len(c.items) == 0:
            return EMPTY_TUPLE
        return W_TupleObject([const_to_w(x) for x in c.items])
    if isinstance(c, ConstCode):
        return W_CodeConst(PyCode(c.code))
    if isinstance(c, ConstFrozenset):
        return frozenset_const([const_to_w(x) for x in c.items])
    if isinstance(c, ConstFloat):
        return wrap_float(c.value)
    if isinstance(c, ConstComplex):
        return wrap_complex(c.real, c.imag)
    if isinstance(c, ConstBytes):
        return wrap_bytes(c.value)
    raise operr(w_SystemError, "unknown constant")


MERGED_STR_CONSTS: dict[str, W_StrObject] = {}


def frozenset_const(items_w: list[W_Root]) -> W_Root:
    """A frozenset constant as CPython's compiler leaves it: built from
    the items in source order, then rebuilt from its own iteration order
    (merge_consts_recursive), and rebuilt once more when interning its
    strings replaced one (intern_string_constants: a name-like string
    already interned, which this approximates with ouro's table of
    identifiers).  The order of `{'a', 'b', 'c'}` and of `for x in {...}`
    depends on it."""
    w_fs = newfrozenset(None)
    for w_x in items_w:
        set_add_key(w_fs, w_x)
    rebuilds = 1
    for w_x in items_w:
        if _interning_replaces(w_x):
            rebuilds = 2
            break
    for _ in range(rebuilds):
        w_next = newfrozenset(None)
        for w_item in w_fs.active_keys():
            set_add_key(w_next, w_item)
        w_fs = w_next
    return w_fs


def _interning_replaces(w_x: W_Root) -> bool:
    """CPython would swap this constant (or a string in this tuple) for an
    equal interned string object: a name-like string of two characters or
    more (single characters are shared singletons) interned before."""
    if isinstance(w_x, W_TupleObject):
        for w_i in w_x.items_w:
            if _interning_replaces(w_i):
                return True
        return False
    if not isinstance(w_x, W_StrObject) or len(w_x.as_str()) < 2:
        return False
    return is_name_like(w_x.as_str()) and is_interned(w_x.as_str())


class W_CodeConst(W_Root):
    """A code object among a code's constants (what MAKE_FUNCTION takes)."""
    pycode: PyCode

    def __init__(self, pycode: PyCode) -> None:
        self.pycode = pycode
        if pycode.w_code is None:
            pycode.w_code = self

    def getclass(self) -> W_TypeObject:
        return w_code_type


def code_w(pycode: PyCode) -> W_CodeConst:
    """The code object of a PyCode: always the same one (the constant that
    made its functions, when there is one), as CPython's code objects are
    the functions' and frames' code itself."""
    w = pycode.w_code
    if w is None:
        w = W_CodeConst(pycode)
    return w


w_code_type = make_builtin_type("code", [w_object_type], LAYOUT_OTHER)


# -- code object attributes

def _code(w: W_Root) -> PyCode:
    assert isinstance(w, W_CodeConst)
    return w.pycode


def _strs(names: list[str]) -> W_Root:
    return W_TupleObject([W_StrObject(n) for n in names])


def code_get_name(w: W_Root) -> W_Root:
    return W_StrObject(_code(w).co.co_name)


def code_get_qualname(w: W_Root) -> W_Root:
    return W_StrObject(_code(w).co.co_qualname)


def code_get_filename(w: W_Root) -> W_Root:
    return W_StrObject(_code(w).co.co_filename)


def code_get_firstlineno(w: W_Root) -> W_Root:
    return wrap_int(_code(w).co.co_firstlineno)


def code_get_argcount(w: W_Root) -> W_Root:
    return wrap_int(_code(w).co.co_argcount)


def code_get_posonlyargcount(w: W_Root) -> W_Root:
    return wrap_int(_code(w).co.co_posonlyargcount)


def code_get_kwonlyargcount(w: W_Root) -> W_Root:
    return wrap_int(_code(w).co.co_kwonlyargcount)


def code_get_nlocals(w: W_Root) -> W_Root:
    return wrap_int(len(_code(w).co.co_varnames))


def code_get_flags(w: W_Root) -> W_Root:
    return wrap_int(_code(w).co.co_flags)


def code_get_stacksize(w: W_Root) -> W_Root:
    return wrap_int(_code(w).co.co_stacksize)


def code_get_varnames(w: W_Root) -> W_Root:
    return _strs(_code(w).co.co_varnames)


def code_get_names(w: W_Root) -> W_Root:
    return _strs(_code(w).co.co_names)


def code_get_freevars(w: W_Root) -> W_Root:
    return _strs(_code(w).co.co_freevars)


def code_get_cellvars(w: W_Root) -> W_Root:
    return _strs(_code(w).co.co_cellvars)


def code_get_consts(w: W_Root) -> W_Root:
    return W_TupleObject(list(_code(w).consts_w))


def code_get_code(w: W_Root) -> W_Root:
    return wrap_bytes(_code(w).co.co_code)


def code_repr(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    co = _code(w).co
    return W_StrObject('<code object %s at 0x%x, file "%s", line %d>' % (
        co.co_name, space.id_of(w), co.co_filename, co.co_firstlineno))


for _name, _fn in [("co_name", code_get_name), ("co_qualname", code_get_qualname),
                   ("co_filename", code_get_filename), ("co_firstlineno", code_get_firstlineno),
                   ("co_argcount", code_get_argcount),
                   ("co_posonlyargcount", code_get_posonlyargcount),
                   ("co_kwonlyargcount", code_get_kwonlyargcount),
                   ("co_nlocals", code_get_nlocals), ("co_flags", code_get_flags),
                   ("co_stacksize", code_get_stacksize), ("co_varnames", code_get_varnames),
                   ("co_names", code_get_names), ("co_freevars", code_get_freevars),
                   ("co_cellvars", code_get_cellvars), ("co_consts", code_get_consts),
                   ("co_code", code_get_code)]:
    getset(w_code_type, _name, _fn)
def code_replace(args: Arguments) -> W_Root:
    """code.replace(co_flags=..., co_name=..., ...): a copy with some fields
    changed (those a program can change without changing the bytecode)."""
    w_self = args.args_w[0]
    if len(args.args_w) > 1:
        raise operr(w_TypeError, "replace() takes no positional arguments")
    co = _code(w_self).co
    new = CodeObject(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount,
                     co.co_stacksize, co.co_flags, co.co_code, co.co_consts, co.co_names,
                     co.co_varnames, co.co_cellvars, co.co_freevars, co.co_filename, co.co_name,
                     co.co_qualname, co.co_firstlineno, co.co_linetable, co.co_exceptiontable)
    k = 0
    while k < len(args.kw_names):
        name = args.kw_names[k]
        w_v = args.kw_values_w[k]
        if name == "co_flags":
            new.co_flags = space.int_of_w(w_v)
        elif name == "co_name":
            new.co_name = space.str_of_w(w_v)
        elif name == "co_qualname":
            new.co_qualname = space.str_of_w(w_v)
        elif name == "co_filename":
            new.co_filename = space.str_of_w(w_v)
        elif name == "co_firstlineno":
            new.co_firstlineno = space.int_of_w(w_v)
        else:
            raise operr(w_TypeError, "replace() of %s is not supported" % name)
        k += 1
    return W_CodeConst(PyCode(new))


register(w_code_type, "__repr__(self, /)", code_repr)
register_raw(w_code_type, "replace", code_replace)


def _opt_int(v: int) -> W_Root:
    return w_None if v < 0 else wrap_int(v)


def code_co_positions(slots: list[W_Root | None]) -> W_Root:
    """An iterator of (line, end line, column, end column) per instruction
    (None where unknown), as CPython's code.co_positions()."""
    w = slots[0]
    assert w is not None
    positions = _code(w).co.positions()
    items_w: list[W_Root] = []
    i = 0
    while i + 3 < len(positions):
        items_w.append(W_TupleObject([_opt_int(positions[i]), _opt_int(positions[i + 1]),
                                      _opt_int(positions[i + 2]), _opt_int(positions[i + 3])]))
        i += 4
    return space.iter(W_ListObject(items_w))


def code_co_lines(slots: list[W_Root | None]) -> W_Root:
    """An iterator of (start, end, line): the byte ranges of the
    instructions of each line (line None for none), as code.co_lines()."""
    w = slots[0]
    assert w is not None
    positions = _code(w).co.positions()
    n = len(positions) // 4
    items_w: list[W_Root] = []
    start = 0
    while start < n:
        line = positions[4 * start]
        end = start + 1
        while end < n and positions[4 * end] == line:
            end += 1
        items_w.append(W_TupleObject([wrap_int(2 * start), wrap_int(2 * end), _opt_int(line)]))
        start = end
    return space.iter(W_ListObject(items_w))


register(w_code_type, "co_positions(self, /)", code_co_positions)
register(w_code_type, "co_lines(self, /)", code_co_lines)


# at the end: attrcache imports function, which imports this module
from ouro.interpreter.attrcache import AttrCache, GlobalCache  # noqa: E402
