"""The compile-time SyntaxWarnings of CPython 3.11's compiler about
literals used wrongly (Python/compile.c: check_compare, check_caller,
check_subscripter, check_index, and the assert of a tuple): each function
returns the warning's message, or None.  They look at the tree as CPython's
AST optimizer leaves it: an expression that folds to a constant counts as
a Constant.
"""
from __future__ import annotations

from ouro.compiler.code import ConstFrozenset, ConstTuple
from ouro.compiler.fold import fold_expr
from ouro.parser import astnodes as ast
from ouro.parser.constvalue import (ConstBool, ConstBytes, ConstComplex, ConstEllipsis,
                                    ConstFloat, ConstInt, ConstNone, ConstStr, ConstValue)


def const_type_name(c: ConstValue) -> str:
    if isinstance(c, ConstNone):
        return "NoneType"
    if isinstance(c, ConstBool):
        return "bool"
    if isinstance(c, ConstInt):
        return "int"
    if isinstance(c, ConstFloat):
        return "float"
    if isinstance(c, ConstComplex):
        return "complex"
    if isinstance(c, ConstStr):
        return "str"
    if isinstance(c, ConstBytes):
        return "bytes"
    if isinstance(c, ConstEllipsis):
        return "ellipsis"
    if isinstance(c, ConstTuple):
        return "tuple"
    if isinstance(c, ConstFrozenset):
        return "frozenset"
    return "object"


def infer_type_name(e: ast.expr) -> str | None:
    """CPython's infer_type: the type a display or constant makes."""
    c = fold_expr(e)
    if c is not None:
        return const_type_name(c)
    if isinstance(e, ast.Tuple):
        return "tuple"
    if isinstance(e, (ast.List, ast.ListComp)):
        return "list"
    if isinstance(e, (ast.Dict, ast.DictComp)):
        return "dict"
    if isinstance(e, (ast.Set, ast.SetComp)):
        return "set"
    if isinstance(e, ast.GeneratorExp):
        return "generator"
    if isinstance(e, ast.Lambda):
        return "function"
    if isinstance(e, (ast.JoinedStr, ast.FormattedValue)):
        return "str"
    return None


def _is_singleton_or_not_constant(e: ast.expr) -> bool:
    """check_is_arg: `is` may compare with None, True, False, ... or any
    non-constant expression."""
    c = fold_expr(e)
    if c is None:
        return True
    return isinstance(c, (ConstNone, ConstBool, ConstEllipsis))


def compare_warning(node: ast.Compare) -> str | None:
    left = _is_singleton_or_not_constant(node.left)
    for i in range(len(node.ops)):
        right = _is_singleton_or_not_constant(node.comparators[i])
        name = node.ops[i].node_name()
        if (name == "Is" or name == "IsNot") and not (left and right):
            if name == "Is":
                return '"is" with a literal. Did you mean "=="?'
            return '"is not" with a literal. Did you mean "!="?'
        left = right
    return None


def caller_warning(func: ast.expr) -> str | None:
    if fold_expr(func) is not None or isinstance(func, (
            ast.Tuple, ast.List, ast.ListComp, ast.Dict, ast.DictComp, ast.Set, ast.SetComp,
            ast.GeneratorExp, ast.JoinedStr, ast.FormattedValue)):
        return "'%s' object is not callable; perhaps you missed a comma?" % infer_type_name(func)
    return None


def subscripter_warning(value: ast.expr) -> str | None:
    c = fold_expr(value)
    if c is not None:
        if not isinstance(c, (ConstNone, ConstEllipsis, ConstInt, ConstBool, ConstFloat,
                              ConstComplex, ConstFrozenset)):
            return None
    elif not isinstance(value, (ast.Set, ast.SetComp, ast.GeneratorExp, ast.Lambda)):
        return None
    return "'%s' object is not subscriptable; perhaps you missed a comma?" % infer_type_name(value)


def index_warning(value: ast.expr, index: ast.expr) -> str | None:
    index_type = infer_type_name(index)
    if index_type is None or index_type == "int" or index_type == "bool":
        return None
    c = fold_expr(value)
    if c is not None:
        if not isinstance(c, (ConstStr, ConstBytes, ConstTuple)):
            return None
    elif not isinstance(value, (ast.Tuple, ast.List, ast.ListComp, ast.JoinedStr,
                                ast.FormattedValue)):
        return None
    return "%s indices must be integers or slices, not %s; perhaps you missed a comma?" % (
        infer_type_name(value), index_type)


def assert_warning(test: ast.expr) -> str | None:
    if isinstance(test, ast.Tuple) and len(test.elts) > 0:
        return "assertion is always true, perhaps remove parentheses?"
    c = fold_expr(test)
    if isinstance(c, ConstTuple) and len(c.items) > 0:
        return "assertion is always true, perhaps remove parentheses?"
    return None
