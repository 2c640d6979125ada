"""Constant folding of literal expressions, as CPython's AST optimizer
(Python/ast_opt.c) does it, in RPy.

`fold_expr(e)` returns the constant value of an expression made only of
literals (`-1`, `2 * 3.5`, `"ab" * 3`, `(1, (2, 3))`, `not 0`,
`"abc"[1]`, `__debug__`), or None.  It never folds what could raise or
what would make a large constant: the limits are CPython's (strings and
bytes of at most 4096 items, tuples of at most 256, integers that fit a
machine word -- beyond that, the operation is simply left for run time,
which gives the same result).

`fold_in_container(e)` turns the right operand of `in` into a constant
tuple (a list display) or frozenset (a set display) when all its items are
constants.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import ovfcheck

from ouro.compiler import options
from ouro.compiler.code import ConstFrozenset, ConstTuple, const_key
from ouro.parser import astnodes as ast
from ouro.parser.constvalue import (CONST_FALSE, CONST_TRUE, ConstBool, ConstBytes,
                                    ConstComplex, ConstFloat, ConstInt, ConstNone,
                                    ConstStr, ConstValue, int_from_machine)

MAX_STR_SIZE = 4096
MAX_COLLECTION_SIZE = 256


def fold_expr(e: ast.expr) -> ConstValue | None:
    if isinstance(e, ast.Constant):
        return e.value
    if isinstance(e, ast.Name):
        if e.id == "__debug__" and isinstance(e.ctx, ast.Load):
            return CONST_TRUE if options.CURRENT.optimize == 0 else CONST_FALSE
        return None
    if isinstance(e, ast.UnaryOp):
        operand = fold_expr(e.operand)
        if operand is None:
            return None
        return fold_unary(e.op.node_name(), operand)
    if isinstance(e, ast.BinOp):
        left = fold_expr(e.left)
        if left is None:
            return None
        right = fold_expr(e.right)
        if right is None:
            return None
        return fold_binary(e.op.node_name(), left, right)
    if isinstance(e, ast.Tuple):
        if not isinstance(e.ctx, ast.Load):
            return None
        items: list[ConstValue] = []
        for elt in e.elts:
            c = fold_expr(elt)
            if c is None:
                return None
            items.append(c)
        return ConstTuple(items)
    if isinstance(e, ast.Subscript):
        if not isinstance(e.ctx, ast.Load):
            return None
        value = fold_expr(e.value)
        if value is None:
            return None
        index = fold_expr(e.slice)
        if index is None:
            return None
        return fold_subscript(value, index)
    return None


def truth_of(c: ConstValue) -> bool:
    if isinstance(c, ConstNone):
        return False
    if isinstance(c, ConstBool):
        return c.value
    if isinstance(c, ConstInt):
        return c.digits != "0"
    if isinstance(c, ConstFloat):
        return c.value != 0.0
    if isinstance(c, ConstComplex):
        return c.real != 0.0 or c.imag != 0.0
    if isinstance(c, ConstStr):
        return len(c.value) > 0
    if isinstance(c, ConstBytes):
        return len(c.value) > 0
    if isinstance(c, ConstTuple):
        return len(c.items) > 0
    if isinstance(c, ConstFrozenset):
        return len(c.items) > 0
    return True


def _small_int(c: ConstValue) -> ConstInt | None:
    """An int (or bool, which is an int) that fits a machine word."""
    if isinstance(c, ConstInt) and c.fits:
        return c
    if isinstance(c, ConstBool):
        return int_from_machine(1 if c.value else 0)
    return None


def _as_float(c: ConstValue) -> ConstFloat | None:
    if isinstance(c, ConstFloat):
        return c
    i = _small_int(c)
    if i is not None and -(1 << 53) <= i.value <= (1 << 53):
        return ConstFloat(float(i.value))
    return None


def fold_unary(name: str, c: ConstValue) -> ConstValue | None:
    if name == "Not":
        return CONST_FALSE if truth_of(c) else CONST_TRUE
    i = _small_int(c)
    if i is not None:
        v = i.value
        if name == "USub":
            try:
                return int_from_machine(ovfcheck(0 - v))
            except OverflowError:
                return None
        if name == "UAdd":
            return int_from_machine(v)
        if name == "Invert":
            return int_from_machine(~v)
        return None
    if isinstance(c, ConstFloat):
        if name == "USub":
            return ConstFloat(-c.value)
        if name == "UAdd":
            return c
        return None
    if isinstance(c, ConstComplex):
        if name == "USub":
            return ConstComplex(-c.real, -c.imag)
        if name == "UAdd":
            return c
    return None


def fold_binary(name: str, a: ConstValue, b: ConstValue) -> ConstValue | None:
    if isinstance(a, ConstBool) and isinstance(b, ConstBool):
        if name == "BitAnd":
            return CONST_TRUE if a.value and b.value else CONST_FALSE
        if name == "BitOr":
            return CONST_TRUE if a.value or b.value else CONST_FALSE
        if name == "BitXor":
            return CONST_TRUE if a.value != b.value else CONST_FALSE
    ia = _small_int(a)
    ib = _small_int(b)
    if ia is not None and ib is not None:
        return _fold_int(name, ia.value, ib.value)
    if isinstance(a, ConstFloat) or isinstance(b, ConstFloat):
        fa = _as_float(a)
        fb = _as_float(b)
        if fa is not None and fb is not None:
            return _fold_float(name, fa.value, fb.value)
        return None
    if isinstance(a, ConstStr) and isinstance(b, ConstStr):
        if name == "Add" and len(a.value) + len(b.value) <= MAX_STR_SIZE:
            return ConstStr(a.value + b.value)
        return None
    if isinstance(a, ConstBytes) and isinstance(b, ConstBytes):
        if name == "Add" and len(a.value) + len(b.value) <= MAX_STR_SIZE:
            return ConstBytes(a.value + b.value)
        return None
    if isinstance(a, ConstTuple) and isinstance(b, ConstTuple):
        if name == "Add" and len(a.items) + len(b.items) <= MAX_COLLECTION_SIZE:
            return ConstTuple(a.items + b.items)
        return None
    if name == "Mult":
        if ib is not None:
            return _fold_repeat(a, ib.value)
        if ia is not None:
            return _fold_repeat(b, ia.value)
    return None


def _fold_repeat(seq: ConstValue, n: int) -> ConstValue | None:
    if n < 0:
        n = 0
    if isinstance(seq, ConstStr):
        if n > MAX_STR_SIZE or len(seq.value) * n > MAX_STR_SIZE:
            return None
        return ConstStr(seq.value * n)
    if isinstance(seq, ConstBytes):
        if n > MAX_STR_SIZE or len(seq.value) * n > MAX_STR_SIZE:
            return None
        return ConstBytes(seq.value * n)
    if isinstance(seq, ConstTuple):
        if n > MAX_COLLECTION_SIZE or len(seq.items) * n > MAX_COLLECTION_SIZE:
            return None
        items: list[ConstValue] = []
        for _ in range(n):
            for x in seq.items:
                items.append(x)
        return ConstTuple(items)
    return None


def _fold_int(name: str, a: int, b: int) -> ConstValue | None:
    try:
        if name == "Add":
            return int_from_machine(ovfcheck(a + b))
        if name == "Sub":
            return int_from_machine(ovfcheck(a - b))
        if name == "Mult":
            return int_from_machine(ovfcheck(a * b))
        if name == "FloorDiv" or name == "Mod":
            if b == 0 or (a == -9223372036854775807 - 1 and b == -1):
                return None
            q = a // b
            if name == "FloorDiv":
                return int_from_machine(q)
            return int_from_machine(a - q * b)
        if name == "Div":
            if b == 0:
                return None
            if -(1 << 53) <= a <= (1 << 53) and -(1 << 53) <= b <= (1 << 53):
                return ConstFloat(float(a) / float(b))
            return None
        if name == "Pow":
            if b < 0 or b > 128:
                return None
            result = 1
            for _ in range(b):
                result = ovfcheck(result * a)
            return int_from_machine(result)
        if name == "LShift":
            if b < 0 or b > 62:
                return None
            if a >= (1 << (62 - b)) or a < -(1 << (62 - b)):
                return None
            return int_from_machine(a << b)
        if name == "RShift":
            if b < 0:
                return None
            if b > 63:
                b = 63
            return int_from_machine(a >> b)
        if name == "BitAnd":
            return int_from_machine(a & b)
        if name == "BitOr":
            return int_from_machine(a | b)
        if name == "BitXor":
            return int_from_machine(a ^ b)
    except OverflowError:
        return None
    return None


def _fold_float(name: str, a: float, b: float) -> ConstValue | None:
    if name == "Add":
        return ConstFloat(a + b)
    if name == "Sub":
        return ConstFloat(a - b)
    if name == "Mult":
        return ConstFloat(a * b)
    if name == "Div":
        if b == 0.0:
            return None
        return ConstFloat(a / b)
    return None


def fold_subscript(value: ConstValue, index: ConstValue) -> ConstValue | None:
    i = _small_int(index)
    if i is None or isinstance(index, ConstBool):
        return None
    n = i.value
    if isinstance(value, ConstStr):
        length = len(value.value)
        if n < 0:
            n += length
        if 0 <= n < length:
            return ConstStr(value.value[n])
        return None
    if isinstance(value, ConstBytes):
        length = len(value.value)
        if n < 0:
            n += length
        if 0 <= n < length:
            return int_from_machine(value.value[n])
        return None
    if isinstance(value, ConstTuple):
        length = len(value.items)
        if n < 0:
            n += length
        if 0 <= n < length:
            return value.items[n]
    return None


def make_frozenset(items: list[ConstValue]) -> ConstFrozenset:
    """A frozenset constant of these items, without repeats (equal numbers
    of different types, like 1 and 1.0 and True, count as repeats, as in
    a set)."""
    seen: dict[str, bool] = {}
    result: list[ConstValue] = []
    for c in items:
        key = _set_key(c)
        if key not in seen:
            seen[key] = True
            result.append(c)
    return ConstFrozenset(result)


def _set_key(c: ConstValue) -> str:
    i = _small_int(c)
    if i is not None:
        return "I%d" % i.value
    if isinstance(c, ConstFloat):
        v = c.value
        if -9.0e18 < v < 9.0e18 and v == float(int(v)):
            return "I%d" % int(v)
    return const_key(c)


def fold_in_container(e: ast.expr) -> ConstValue | None:
    """`x in [1, 2]` -> a constant tuple, `x in {1, 2}` -> a frozenset."""
    if isinstance(e, ast.List):
        items: list[ConstValue] = []
        for elt in e.elts:
            c = fold_expr(elt)
            if c is None:
                return None
            items.append(c)
        return ConstTuple(items)
    if isinstance(e, ast.Set):
        sitems: list[ConstValue] = []
        for elt in e.elts:
            c = fold_expr(elt)
            if c is None:
                return None
            sitems.append(c)
        return make_frozenset(sitems)
    return None

