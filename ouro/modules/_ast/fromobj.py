# GENERATED FILE -- do not edit.  Produced by
#     python -m ouro.modules._ast.gen_fromobj
"""obj2ast: Python AST objects to the RPy nodes of ouro/parser/astnodes.py
(see gen_fromobj.py)."""
from __future__ import annotations

from typing import Callable

from ouro.modules._ast.frompy import FromPython, node_error
from ouro.objspace.model import W_Root, w_None
from ouro.parser import astnodes as ast


def as_mod(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.mod:
    if w_v is w_None:
        raise c.missing_value(owner, field)
    node = convert_node(c, w_v, 'mod')
    if not isinstance(node, ast.mod):
        raise node_error('mod', w_v)
    return node


def req_mod(c: FromPython, w: W_Root, owner: str, field: str) -> ast.mod:
    return as_mod(c, c.required(w, owner, field), owner, field)


def opt_mod(c: FromPython, w: W_Root, owner: str, field: str) -> ast.mod | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_mod(c, w_v, owner, field)


def seq_mod(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.mod]:
    result: list[ast.mod] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_mod(c, w_item, owner, field))
    return result


def as_stmt(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.stmt:
    if w_v is w_None:
        raise c.missing_value(owner, field)
    c.req_int(w_v, 'stmt', 'lineno')
    c.req_int(w_v, 'stmt', 'col_offset')
    node = convert_node(c, w_v, 'stmt')
    if not isinstance(node, ast.stmt):
        raise node_error('stmt', w_v)
    return node


def req_stmt(c: FromPython, w: W_Root, owner: str, field: str) -> ast.stmt:
    return as_stmt(c, c.required(w, owner, field), owner, field)


def opt_stmt(c: FromPython, w: W_Root, owner: str, field: str) -> ast.stmt | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_stmt(c, w_v, owner, field)


def seq_stmt(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.stmt]:
    result: list[ast.stmt] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('statement')
        result.append(as_stmt(c, w_item, owner, field))
    return result


def as_expr(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.expr:
    if w_v is w_None:
        raise c.missing_value(owner, field)
    c.req_int(w_v, 'expr', 'lineno')
    c.req_int(w_v, 'expr', 'col_offset')
    node = convert_node(c, w_v, 'expr')
    if not isinstance(node, ast.expr):
        raise node_error('expr', w_v)
    return node


def req_expr(c: FromPython, w: W_Root, owner: str, field: str) -> ast.expr:
    return as_expr(c, c.required(w, owner, field), owner, field)


def opt_expr(c: FromPython, w: W_Root, owner: str, field: str) -> ast.expr | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_expr(c, w_v, owner, field)


def seq_expr(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.expr]:
    result: list[ast.expr] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_expr(c, w_item, owner, field))
    return result


def as_expr_context(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.expr_context:
    if w_v is w_None:
        raise node_error('expr_context', w_v)
    node = convert_node(c, w_v, 'expr_context')
    if not isinstance(node, ast.expr_context):
        raise node_error('expr_context', w_v)
    return node


def req_expr_context(c: FromPython, w: W_Root, owner: str, field: str) -> ast.expr_context:
    return as_expr_context(c, c.required(w, owner, field), owner, field)


def opt_expr_context(c: FromPython, w: W_Root, owner: str, field: str) -> ast.expr_context | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_expr_context(c, w_v, owner, field)


def seq_expr_context(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.expr_context]:
    result: list[ast.expr_context] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_expr_context(c, w_item, owner, field))
    return result


def as_boolop(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.boolop:
    if w_v is w_None:
        raise node_error('boolop', w_v)
    node = convert_node(c, w_v, 'boolop')
    if not isinstance(node, ast.boolop):
        raise node_error('boolop', w_v)
    return node


def req_boolop(c: FromPython, w: W_Root, owner: str, field: str) -> ast.boolop:
    return as_boolop(c, c.required(w, owner, field), owner, field)


def opt_boolop(c: FromPython, w: W_Root, owner: str, field: str) -> ast.boolop | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_boolop(c, w_v, owner, field)


def seq_boolop(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.boolop]:
    result: list[ast.boolop] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_boolop(c, w_item, owner, field))
    return result


def as_operator(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.operator:
    if w_v is w_None:
        raise node_error('operator', w_v)
    node = convert_node(c, w_v, 'operator')
    if not isinstance(node, ast.operator):
        raise node_error('operator', w_v)
    return node


def req_operator(c: FromPython, w: W_Root, owner: str, field: str) -> ast.operator:
    return as_operator(c, c.required(w, owner, field), owner, field)


def opt_operator(c: FromPython, w: W_Root, owner: str, field: str) -> ast.operator | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_operator(c, w_v, owner, field)


def seq_operator(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.operator]:
    result: list[ast.operator] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_operator(c, w_item, owner, field))
    return result


def as_unaryop(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.unaryop:
    if w_v is w_None:
        raise node_error('unaryop', w_v)
    node = convert_node(c, w_v, 'unaryop')
    if not isinstance(node, ast.unaryop):
        raise node_error('unaryop', w_v)
    return node


def req_unaryop(c: FromPython, w: W_Root, owner: str, field: str) -> ast.unaryop:
    return as_unaryop(c, c.required(w, owner, field), owner, field)


def opt_unaryop(c: FromPython, w: W_Root, owner: str, field: str) -> ast.unaryop | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_unaryop(c, w_v, owner, field)


def seq_unaryop(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.unaryop]:
    result: list[ast.unaryop] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_unaryop(c, w_item, owner, field))
    return result


def as_cmpop(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.cmpop:
    if w_v is w_None:
        raise node_error('cmpop', w_v)
    node = convert_node(c, w_v, 'cmpop')
    if not isinstance(node, ast.cmpop):
        raise node_error('cmpop', w_v)
    return node


def req_cmpop(c: FromPython, w: W_Root, owner: str, field: str) -> ast.cmpop:
    return as_cmpop(c, c.required(w, owner, field), owner, field)


def opt_cmpop(c: FromPython, w: W_Root, owner: str, field: str) -> ast.cmpop | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_cmpop(c, w_v, owner, field)


def seq_cmpop(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.cmpop]:
    result: list[ast.cmpop] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_cmpop(c, w_item, owner, field))
    return result


def as_comprehension(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.comprehension:
    if w_v is w_None:
        raise c.missing_value(owner, field)
    node = convert_node(c, w_v, 'comprehension')
    if not isinstance(node, ast.comprehension):
        raise node_error('comprehension', w_v)
    return node


def req_comprehension(c: FromPython, w: W_Root, owner: str, field: str) -> ast.comprehension:
    return as_comprehension(c, c.required(w, owner, field), owner, field)


def opt_comprehension(c: FromPython, w: W_Root, owner: str, field: str) -> ast.comprehension | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_comprehension(c, w_v, owner, field)


def seq_comprehension(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.comprehension]:
    result: list[ast.comprehension] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_comprehension(c, w_item, owner, field))
    return result


def as_excepthandler(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.excepthandler:
    if w_v is w_None:
        raise c.missing_value(owner, field)
    c.req_int(w_v, 'excepthandler', 'lineno')
    c.req_int(w_v, 'excepthandler', 'col_offset')
    node = convert_node(c, w_v, 'excepthandler')
    if not isinstance(node, ast.excepthandler):
        raise node_error('excepthandler', w_v)
    return node


def req_excepthandler(c: FromPython, w: W_Root, owner: str, field: str) -> ast.excepthandler:
    return as_excepthandler(c, c.required(w, owner, field), owner, field)


def opt_excepthandler(c: FromPython, w: W_Root, owner: str, field: str) -> ast.excepthandler | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_excepthandler(c, w_v, owner, field)


def seq_excepthandler(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.excepthandler]:
    result: list[ast.excepthandler] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_excepthandler(c, w_item, owner, field))
    return result


def as_arguments(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.arguments:
    if w_v is w_None:
        raise c.missing_value(owner, field)
    node = convert_node(c, w_v, 'arguments')
    if not isinstance(node, ast.arguments):
        raise node_error('arguments', w_v)
    return node


def req_arguments(c: FromPython, w: W_Root, owner: str, field: str) -> ast.arguments:
    return as_arguments(c, c.required(w, owner, field), owner, field)


def opt_arguments(c: FromPython, w: W_Root, owner: str, field: str) -> ast.arguments | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_arguments(c, w_v, owner, field)


def seq_arguments(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.arguments]:
    result: list[ast.arguments] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_arguments(c, w_item, owner, field))
    return result


def as_arg(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.arg:
    if w_v is w_None:
        raise c.missing_value(owner, field)
    node = convert_node(c, w_v, 'arg')
    if not isinstance(node, ast.arg):
        raise node_error('arg', w_v)
    return node


def req_arg(c: FromPython, w: W_Root, owner: str, field: str) -> ast.arg:
    return as_arg(c, c.required(w, owner, field), owner, field)


def opt_arg(c: FromPython, w: W_Root, owner: str, field: str) -> ast.arg | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_arg(c, w_v, owner, field)


def seq_arg(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.arg]:
    result: list[ast.arg] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_arg(c, w_item, owner, field))
    return result


def as_keyword(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.keyword:
    if w_v is w_None:
        raise c.missing_value(owner, field)
    node = convert_node(c, w_v, 'keyword')
    if not isinstance(node, ast.keyword):
        raise node_error('keyword', w_v)
    return node


def req_keyword(c: FromPython, w: W_Root, owner: str, field: str) -> ast.keyword:
    return as_keyword(c, c.required(w, owner, field), owner, field)


def opt_keyword(c: FromPython, w: W_Root, owner: str, field: str) -> ast.keyword | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_keyword(c, w_v, owner, field)


def seq_keyword(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.keyword]:
    result: list[ast.keyword] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_keyword(c, w_item, owner, field))
    return result


def as_alias(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.alias:
    if w_v is w_None:
        raise c.missing_value(owner, field)
    node = convert_node(c, w_v, 'alias')
    if not isinstance(node, ast.alias):
        raise node_error('alias', w_v)
    return node


def req_alias(c: FromPython, w: W_Root, owner: str, field: str) -> ast.alias:
    return as_alias(c, c.required(w, owner, field), owner, field)


def opt_alias(c: FromPython, w: W_Root, owner: str, field: str) -> ast.alias | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_alias(c, w_v, owner, field)


def seq_alias(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.alias]:
    result: list[ast.alias] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_alias(c, w_item, owner, field))
    return result


def as_withitem(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.withitem:
    if w_v is w_None:
        raise c.missing_value(owner, field)
    node = convert_node(c, w_v, 'withitem')
    if not isinstance(node, ast.withitem):
        raise node_error('withitem', w_v)
    return node


def req_withitem(c: FromPython, w: W_Root, owner: str, field: str) -> ast.withitem:
    return as_withitem(c, c.required(w, owner, field), owner, field)


def opt_withitem(c: FromPython, w: W_Root, owner: str, field: str) -> ast.withitem | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_withitem(c, w_v, owner, field)


def seq_withitem(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.withitem]:
    result: list[ast.withitem] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_withitem(c, w_item, owner, field))
    return result


def as_match_case(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.match_case:
    if w_v is w_None:
        raise c.missing_value(owner, field)
    node = convert_node(c, w_v, 'match_case')
    if not isinstance(node, ast.match_case):
        raise node_error('match_case', w_v)
    return node


def req_match_case(c: FromPython, w: W_Root, owner: str, field: str) -> ast.match_case:
    return as_match_case(c, c.required(w, owner, field), owner, field)


def opt_match_case(c: FromPython, w: W_Root, owner: str, field: str) -> ast.match_case | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_match_case(c, w_v, owner, field)


def seq_match_case(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.match_case]:
    result: list[ast.match_case] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_match_case(c, w_item, owner, field))
    return result


def as_pattern(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.pattern:
    if w_v is w_None:
        raise c.missing_value(owner, field)
    c.req_int(w_v, 'pattern', 'lineno')
    c.req_int(w_v, 'pattern', 'col_offset')
    node = convert_node(c, w_v, 'pattern')
    if not isinstance(node, ast.pattern):
        raise node_error('pattern', w_v)
    return node


def req_pattern(c: FromPython, w: W_Root, owner: str, field: str) -> ast.pattern:
    return as_pattern(c, c.required(w, owner, field), owner, field)


def opt_pattern(c: FromPython, w: W_Root, owner: str, field: str) -> ast.pattern | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_pattern(c, w_v, owner, field)


def seq_pattern(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.pattern]:
    result: list[ast.pattern] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_pattern(c, w_item, owner, field))
    return result


def as_type_ignore(c: FromPython, w_v: W_Root, owner: str, field: str) -> ast.type_ignore:
    if w_v is w_None:
        raise c.missing_value(owner, field)
    node = convert_node(c, w_v, 'type_ignore')
    if not isinstance(node, ast.type_ignore):
        raise node_error('type_ignore', w_v)
    return node


def req_type_ignore(c: FromPython, w: W_Root, owner: str, field: str) -> ast.type_ignore:
    return as_type_ignore(c, c.required(w, owner, field), owner, field)


def opt_type_ignore(c: FromPython, w: W_Root, owner: str, field: str) -> ast.type_ignore | None:
    w_v = c.optional(w, field)
    if w_v is None:
        return None
    return as_type_ignore(c, w_v, owner, field)


def seq_type_ignore(c: FromPython, w: W_Root, owner: str, field: str) -> list[ast.type_ignore]:
    result: list[ast.type_ignore] = []
    for w_item in c.seq(w, owner, field):
        if w_item is w_None:
            raise c.none_in_list('expression')
        result.append(as_type_ignore(c, w_item, owner, field))
    return result


def seq_expr_or_none(c: FromPython, w: W_Root, owner: str,
                     field: str) -> list[ast.expr | None]:
    result: list[ast.expr | None] = []
    for w_item in c.seq(w, owner, field):
        result.append(None if w_item is w_None else as_expr(c, w_item, owner, field))
    return result


def build_Module(c: FromPython, w: W_Root) -> ast.AST:
    f_body = seq_stmt(c, w, 'Module', 'body')
    f_type_ignores = seq_type_ignore(c, w, 'Module', 'type_ignores')
    return ast.Module(f_body, f_type_ignores)


def build_Interactive(c: FromPython, w: W_Root) -> ast.AST:
    f_body = seq_stmt(c, w, 'Interactive', 'body')
    return ast.Interactive(f_body)


def build_Expression(c: FromPython, w: W_Root) -> ast.AST:
    f_body = req_expr(c, w, 'Expression', 'body')
    return ast.Expression(f_body)


def build_FunctionType(c: FromPython, w: W_Root) -> ast.AST:
    f_argtypes = seq_expr(c, w, 'FunctionType', 'argtypes')
    f_returns = req_expr(c, w, 'FunctionType', 'returns')
    return ast.FunctionType(f_argtypes, f_returns)


def build_FunctionDef(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_name = c.req_str(w, 'FunctionDef', 'name')
    f_args = req_arguments(c, w, 'FunctionDef', 'args')
    f_body = seq_stmt(c, w, 'FunctionDef', 'body')
    f_decorator_list = seq_expr(c, w, 'FunctionDef', 'decorator_list')
    f_returns = opt_expr(c, w, 'FunctionDef', 'returns')
    f_type_comment = c.opt_str(w, 'type_comment')
    return ast.FunctionDef(
        f_name, f_args, f_body, f_decorator_list, f_returns, f_type_comment, f_lineno,
        f_col_offset, f_end_lineno, f_end_col_offset)


def build_AsyncFunctionDef(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_name = c.req_str(w, 'AsyncFunctionDef', 'name')
    f_args = req_arguments(c, w, 'AsyncFunctionDef', 'args')
    f_body = seq_stmt(c, w, 'AsyncFunctionDef', 'body')
    f_decorator_list = seq_expr(c, w, 'AsyncFunctionDef', 'decorator_list')
    f_returns = opt_expr(c, w, 'AsyncFunctionDef', 'returns')
    f_type_comment = c.opt_str(w, 'type_comment')
    return ast.AsyncFunctionDef(
        f_name, f_args, f_body, f_decorator_list, f_returns, f_type_comment, f_lineno,
        f_col_offset, f_end_lineno, f_end_col_offset)


def build_ClassDef(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_name = c.req_str(w, 'ClassDef', 'name')
    f_bases = seq_expr(c, w, 'ClassDef', 'bases')
    f_keywords = seq_keyword(c, w, 'ClassDef', 'keywords')
    f_body = seq_stmt(c, w, 'ClassDef', 'body')
    f_decorator_list = seq_expr(c, w, 'ClassDef', 'decorator_list')
    return ast.ClassDef(
        f_name, f_bases, f_keywords, f_body, f_decorator_list, f_lineno, f_col_offset,
        f_end_lineno, f_end_col_offset)


def build_Return(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_value = opt_expr(c, w, 'Return', 'value')
    return ast.Return(f_value, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Delete(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_targets = seq_expr(c, w, 'Delete', 'targets')
    return ast.Delete(f_targets, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Assign(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_targets = seq_expr(c, w, 'Assign', 'targets')
    f_value = req_expr(c, w, 'Assign', 'value')
    f_type_comment = c.opt_str(w, 'type_comment')
    return ast.Assign(
        f_targets, f_value, f_type_comment, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_AugAssign(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_target = req_expr(c, w, 'AugAssign', 'target')
    f_op = req_operator(c, w, 'AugAssign', 'op')
    f_value = req_expr(c, w, 'AugAssign', 'value')
    return ast.AugAssign(
        f_target, f_op, f_value, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_AnnAssign(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_target = req_expr(c, w, 'AnnAssign', 'target')
    f_annotation = req_expr(c, w, 'AnnAssign', 'annotation')
    f_value = opt_expr(c, w, 'AnnAssign', 'value')
    f_simple = c.req_int(w, 'AnnAssign', 'simple')
    return ast.AnnAssign(
        f_target, f_annotation, f_value, f_simple, f_lineno, f_col_offset, f_end_lineno,
        f_end_col_offset)


def build_For(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_target = req_expr(c, w, 'For', 'target')
    f_iter = req_expr(c, w, 'For', 'iter')
    f_body = seq_stmt(c, w, 'For', 'body')
    f_orelse = seq_stmt(c, w, 'For', 'orelse')
    f_type_comment = c.opt_str(w, 'type_comment')
    return ast.For(
        f_target, f_iter, f_body, f_orelse, f_type_comment, f_lineno, f_col_offset, f_end_lineno,
        f_end_col_offset)


def build_AsyncFor(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_target = req_expr(c, w, 'AsyncFor', 'target')
    f_iter = req_expr(c, w, 'AsyncFor', 'iter')
    f_body = seq_stmt(c, w, 'AsyncFor', 'body')
    f_orelse = seq_stmt(c, w, 'AsyncFor', 'orelse')
    f_type_comment = c.opt_str(w, 'type_comment')
    return ast.AsyncFor(
        f_target, f_iter, f_body, f_orelse, f_type_comment, f_lineno, f_col_offset, f_end_lineno,
        f_end_col_offset)


def build_While(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_test = req_expr(c, w, 'While', 'test')
    f_body = seq_stmt(c, w, 'While', 'body')
    f_orelse = seq_stmt(c, w, 'While', 'orelse')
    return ast.While(
        f_test, f_body, f_orelse, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_If(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_test = req_expr(c, w, 'If', 'test')
    f_body = seq_stmt(c, w, 'If', 'body')
    f_orelse = seq_stmt(c, w, 'If', 'orelse')
    return ast.If(f_test, f_body, f_orelse, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_With(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_items = seq_withitem(c, w, 'With', 'items')
    f_body = seq_stmt(c, w, 'With', 'body')
    f_type_comment = c.opt_str(w, 'type_comment')
    return ast.With(
        f_items, f_body, f_type_comment, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_AsyncWith(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_items = seq_withitem(c, w, 'AsyncWith', 'items')
    f_body = seq_stmt(c, w, 'AsyncWith', 'body')
    f_type_comment = c.opt_str(w, 'type_comment')
    return ast.AsyncWith(
        f_items, f_body, f_type_comment, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Match(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_subject = req_expr(c, w, 'Match', 'subject')
    f_cases = seq_match_case(c, w, 'Match', 'cases')
    return ast.Match(f_subject, f_cases, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Raise(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_exc = opt_expr(c, w, 'Raise', 'exc')
    f_cause = opt_expr(c, w, 'Raise', 'cause')
    return ast.Raise(f_exc, f_cause, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Try(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_body = seq_stmt(c, w, 'Try', 'body')
    f_handlers = seq_excepthandler(c, w, 'Try', 'handlers')
    f_orelse = seq_stmt(c, w, 'Try', 'orelse')
    f_finalbody = seq_stmt(c, w, 'Try', 'finalbody')
    return ast.Try(
        f_body, f_handlers, f_orelse, f_finalbody, f_lineno, f_col_offset, f_end_lineno,
        f_end_col_offset)


def build_TryStar(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_body = seq_stmt(c, w, 'TryStar', 'body')
    f_handlers = seq_excepthandler(c, w, 'TryStar', 'handlers')
    f_orelse = seq_stmt(c, w, 'TryStar', 'orelse')
    f_finalbody = seq_stmt(c, w, 'TryStar', 'finalbody')
    return ast.TryStar(
        f_body, f_handlers, f_orelse, f_finalbody, f_lineno, f_col_offset, f_end_lineno,
        f_end_col_offset)


def build_Assert(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_test = req_expr(c, w, 'Assert', 'test')
    f_msg = opt_expr(c, w, 'Assert', 'msg')
    return ast.Assert(f_test, f_msg, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Import(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_names = seq_alias(c, w, 'Import', 'names')
    return ast.Import(f_names, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_ImportFrom(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_module = c.opt_str(w, 'module')
    f_names = seq_alias(c, w, 'ImportFrom', 'names')
    f_level = c.opt_int(w, 'level', 0)
    return ast.ImportFrom(
        f_module, f_names, f_level, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Global(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_names = c.str_list(w, 'Global', 'names')
    return ast.Global(f_names, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Nonlocal(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_names = c.str_list(w, 'Nonlocal', 'names')
    return ast.Nonlocal(f_names, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Expr(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_value = req_expr(c, w, 'Expr', 'value')
    return ast.Expr(f_value, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Pass(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    return ast.Pass(f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Break(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    return ast.Break(f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Continue(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'stmt', 'lineno')
    f_col_offset = c.req_int(w, 'stmt', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    return ast.Continue(f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_BoolOp(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_op = req_boolop(c, w, 'BoolOp', 'op')
    f_values = seq_expr(c, w, 'BoolOp', 'values')
    return ast.BoolOp(f_op, f_values, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_NamedExpr(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_target = req_expr(c, w, 'NamedExpr', 'target')
    f_value = req_expr(c, w, 'NamedExpr', 'value')
    return ast.NamedExpr(f_target, f_value, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_BinOp(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_left = req_expr(c, w, 'BinOp', 'left')
    f_op = req_operator(c, w, 'BinOp', 'op')
    f_right = req_expr(c, w, 'BinOp', 'right')
    return ast.BinOp(f_left, f_op, f_right, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_UnaryOp(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_op = req_unaryop(c, w, 'UnaryOp', 'op')
    f_operand = req_expr(c, w, 'UnaryOp', 'operand')
    return ast.UnaryOp(f_op, f_operand, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Lambda(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_args = req_arguments(c, w, 'Lambda', 'args')
    f_body = req_expr(c, w, 'Lambda', 'body')
    return ast.Lambda(f_args, f_body, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_IfExp(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_test = req_expr(c, w, 'IfExp', 'test')
    f_body = req_expr(c, w, 'IfExp', 'body')
    f_orelse = req_expr(c, w, 'IfExp', 'orelse')
    return ast.IfExp(
        f_test, f_body, f_orelse, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Dict(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_keys = seq_expr_or_none(c, w, 'Dict', 'keys')
    f_values = seq_expr(c, w, 'Dict', 'values')
    return ast.Dict(f_keys, f_values, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Set(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_elts = seq_expr(c, w, 'Set', 'elts')
    return ast.Set(f_elts, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_ListComp(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_elt = req_expr(c, w, 'ListComp', 'elt')
    f_generators = seq_comprehension(c, w, 'ListComp', 'generators')
    return ast.ListComp(
        f_elt, f_generators, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_SetComp(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_elt = req_expr(c, w, 'SetComp', 'elt')
    f_generators = seq_comprehension(c, w, 'SetComp', 'generators')
    return ast.SetComp(f_elt, f_generators, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_DictComp(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_key = req_expr(c, w, 'DictComp', 'key')
    f_value = req_expr(c, w, 'DictComp', 'value')
    f_generators = seq_comprehension(c, w, 'DictComp', 'generators')
    return ast.DictComp(
        f_key, f_value, f_generators, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_GeneratorExp(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_elt = req_expr(c, w, 'GeneratorExp', 'elt')
    f_generators = seq_comprehension(c, w, 'GeneratorExp', 'generators')
    return ast.GeneratorExp(
        f_elt, f_generators, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Await(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_value = req_expr(c, w, 'Await', 'value')
    return ast.Await(f_value, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Yield(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_value = opt_expr(c, w, 'Yield', 'value')
    return ast.Yield(f_value, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_YieldFrom(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_value = req_expr(c, w, 'YieldFrom', 'value')
    return ast.YieldFrom(f_value, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Compare(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_left = req_expr(c, w, 'Compare', 'left')
    f_ops = seq_cmpop(c, w, 'Compare', 'ops')
    f_comparators = seq_expr(c, w, 'Compare', 'comparators')
    return ast.Compare(
        f_left, f_ops, f_comparators, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Call(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_func = req_expr(c, w, 'Call', 'func')
    f_args = seq_expr(c, w, 'Call', 'args')
    f_keywords = seq_keyword(c, w, 'Call', 'keywords')
    return ast.Call(
        f_func, f_args, f_keywords, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_FormattedValue(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_value = req_expr(c, w, 'FormattedValue', 'value')
    f_conversion = c.req_int(w, 'FormattedValue', 'conversion')
    f_format_spec = opt_expr(c, w, 'FormattedValue', 'format_spec')
    return ast.FormattedValue(
        f_value, f_conversion, f_format_spec, f_lineno, f_col_offset, f_end_lineno,
        f_end_col_offset)


def build_JoinedStr(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_values = seq_expr(c, w, 'JoinedStr', 'values')
    return ast.JoinedStr(f_values, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Constant(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_value = c.constant(c.required(w, 'Constant', 'value'))
    f_kind = c.opt_str(w, 'kind')
    return ast.Constant(f_value, f_kind, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Attribute(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_value = req_expr(c, w, 'Attribute', 'value')
    f_attr = c.req_str(w, 'Attribute', 'attr')
    f_ctx = req_expr_context(c, w, 'Attribute', 'ctx')
    return ast.Attribute(
        f_value, f_attr, f_ctx, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Subscript(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_value = req_expr(c, w, 'Subscript', 'value')
    f_slice = req_expr(c, w, 'Subscript', 'slice')
    f_ctx = req_expr_context(c, w, 'Subscript', 'ctx')
    return ast.Subscript(
        f_value, f_slice, f_ctx, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Starred(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_value = req_expr(c, w, 'Starred', 'value')
    f_ctx = req_expr_context(c, w, 'Starred', 'ctx')
    return ast.Starred(f_value, f_ctx, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Name(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_id = c.req_str(w, 'Name', 'id')
    f_ctx = req_expr_context(c, w, 'Name', 'ctx')
    return ast.Name(f_id, f_ctx, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_List(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_elts = seq_expr(c, w, 'List', 'elts')
    f_ctx = req_expr_context(c, w, 'List', 'ctx')
    return ast.List(f_elts, f_ctx, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Tuple(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_elts = seq_expr(c, w, 'Tuple', 'elts')
    f_ctx = req_expr_context(c, w, 'Tuple', 'ctx')
    return ast.Tuple(f_elts, f_ctx, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Slice(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'expr', 'lineno')
    f_col_offset = c.req_int(w, 'expr', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_lower = opt_expr(c, w, 'Slice', 'lower')
    f_upper = opt_expr(c, w, 'Slice', 'upper')
    f_step = opt_expr(c, w, 'Slice', 'step')
    return ast.Slice(
        f_lower, f_upper, f_step, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_Load(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Load()


def build_Store(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Store()


def build_Del(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Del()


def build_And(c: FromPython, w: W_Root) -> ast.AST:
    return ast.And()


def build_Or(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Or()


def build_Add(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Add()


def build_Sub(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Sub()


def build_Mult(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Mult()


def build_MatMult(c: FromPython, w: W_Root) -> ast.AST:
    return ast.MatMult()


def build_Div(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Div()


def build_Mod(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Mod()


def build_Pow(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Pow()


def build_LShift(c: FromPython, w: W_Root) -> ast.AST:
    return ast.LShift()


def build_RShift(c: FromPython, w: W_Root) -> ast.AST:
    return ast.RShift()


def build_BitOr(c: FromPython, w: W_Root) -> ast.AST:
    return ast.BitOr()


def build_BitXor(c: FromPython, w: W_Root) -> ast.AST:
    return ast.BitXor()


def build_BitAnd(c: FromPython, w: W_Root) -> ast.AST:
    return ast.BitAnd()


def build_FloorDiv(c: FromPython, w: W_Root) -> ast.AST:
    return ast.FloorDiv()


def build_Invert(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Invert()


def build_Not(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Not()


def build_UAdd(c: FromPython, w: W_Root) -> ast.AST:
    return ast.UAdd()


def build_USub(c: FromPython, w: W_Root) -> ast.AST:
    return ast.USub()


def build_Eq(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Eq()


def build_NotEq(c: FromPython, w: W_Root) -> ast.AST:
    return ast.NotEq()


def build_Lt(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Lt()


def build_LtE(c: FromPython, w: W_Root) -> ast.AST:
    return ast.LtE()


def build_Gt(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Gt()


def build_GtE(c: FromPython, w: W_Root) -> ast.AST:
    return ast.GtE()


def build_Is(c: FromPython, w: W_Root) -> ast.AST:
    return ast.Is()


def build_IsNot(c: FromPython, w: W_Root) -> ast.AST:
    return ast.IsNot()


def build_In(c: FromPython, w: W_Root) -> ast.AST:
    return ast.In()


def build_NotIn(c: FromPython, w: W_Root) -> ast.AST:
    return ast.NotIn()


def build_comprehension(c: FromPython, w: W_Root) -> ast.AST:
    f_target = req_expr(c, w, 'comprehension', 'target')
    f_iter = req_expr(c, w, 'comprehension', 'iter')
    f_ifs = seq_expr(c, w, 'comprehension', 'ifs')
    f_is_async = c.req_int(w, 'comprehension', 'is_async')
    return ast.comprehension(f_target, f_iter, f_ifs, f_is_async)


def build_ExceptHandler(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'excepthandler', 'lineno')
    f_col_offset = c.req_int(w, 'excepthandler', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_type = opt_expr(c, w, 'ExceptHandler', 'type')
    f_name = c.opt_str(w, 'name')
    f_body = seq_stmt(c, w, 'ExceptHandler', 'body')
    return ast.ExceptHandler(
        f_type, f_name, f_body, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_arguments(c: FromPython, w: W_Root) -> ast.AST:
    f_posonlyargs = seq_arg(c, w, 'arguments', 'posonlyargs')
    f_args = seq_arg(c, w, 'arguments', 'args')
    f_vararg = opt_arg(c, w, 'arguments', 'vararg')
    f_kwonlyargs = seq_arg(c, w, 'arguments', 'kwonlyargs')
    f_kw_defaults = seq_expr_or_none(c, w, 'arguments', 'kw_defaults')
    f_kwarg = opt_arg(c, w, 'arguments', 'kwarg')
    f_defaults = seq_expr(c, w, 'arguments', 'defaults')
    return ast.arguments(
        f_posonlyargs, f_args, f_vararg, f_kwonlyargs, f_kw_defaults, f_kwarg, f_defaults)


def build_arg(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'arg', 'lineno')
    f_col_offset = c.req_int(w, 'arg', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_arg = c.req_str(w, 'arg', 'arg')
    f_annotation = opt_expr(c, w, 'arg', 'annotation')
    f_type_comment = c.opt_str(w, 'type_comment')
    return ast.arg(
        f_arg, f_annotation, f_type_comment, f_lineno, f_col_offset, f_end_lineno,
        f_end_col_offset)


def build_keyword(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'keyword', 'lineno')
    f_col_offset = c.req_int(w, 'keyword', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_arg = c.opt_str(w, 'arg')
    f_value = req_expr(c, w, 'keyword', 'value')
    return ast.keyword(f_arg, f_value, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_alias(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'alias', 'lineno')
    f_col_offset = c.req_int(w, 'alias', 'col_offset')
    f_end_lineno = c.opt_int(w, 'end_lineno', f_lineno)
    f_end_col_offset = c.opt_int(w, 'end_col_offset', f_col_offset)
    f_name = c.req_str(w, 'alias', 'name')
    f_asname = c.opt_str(w, 'asname')
    return ast.alias(f_name, f_asname, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_withitem(c: FromPython, w: W_Root) -> ast.AST:
    f_context_expr = req_expr(c, w, 'withitem', 'context_expr')
    f_optional_vars = opt_expr(c, w, 'withitem', 'optional_vars')
    return ast.withitem(f_context_expr, f_optional_vars)


def build_match_case(c: FromPython, w: W_Root) -> ast.AST:
    f_pattern = req_pattern(c, w, 'match_case', 'pattern')
    f_guard = opt_expr(c, w, 'match_case', 'guard')
    f_body = seq_stmt(c, w, 'match_case', 'body')
    return ast.match_case(f_pattern, f_guard, f_body)


def build_MatchValue(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'pattern', 'lineno')
    f_col_offset = c.req_int(w, 'pattern', 'col_offset')
    f_end_lineno = c.req_int(w, 'pattern', 'end_lineno')
    f_end_col_offset = c.req_int(w, 'pattern', 'end_col_offset')
    f_value = req_expr(c, w, 'MatchValue', 'value')
    return ast.MatchValue(f_value, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_MatchSingleton(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'pattern', 'lineno')
    f_col_offset = c.req_int(w, 'pattern', 'col_offset')
    f_end_lineno = c.req_int(w, 'pattern', 'end_lineno')
    f_end_col_offset = c.req_int(w, 'pattern', 'end_col_offset')
    f_value = c.constant(c.required(w, 'MatchSingleton', 'value'))
    return ast.MatchSingleton(f_value, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_MatchSequence(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'pattern', 'lineno')
    f_col_offset = c.req_int(w, 'pattern', 'col_offset')
    f_end_lineno = c.req_int(w, 'pattern', 'end_lineno')
    f_end_col_offset = c.req_int(w, 'pattern', 'end_col_offset')
    f_patterns = seq_pattern(c, w, 'MatchSequence', 'patterns')
    return ast.MatchSequence(f_patterns, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_MatchMapping(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'pattern', 'lineno')
    f_col_offset = c.req_int(w, 'pattern', 'col_offset')
    f_end_lineno = c.req_int(w, 'pattern', 'end_lineno')
    f_end_col_offset = c.req_int(w, 'pattern', 'end_col_offset')
    f_keys = seq_expr(c, w, 'MatchMapping', 'keys')
    f_patterns = seq_pattern(c, w, 'MatchMapping', 'patterns')
    f_rest = c.opt_str(w, 'rest')
    return ast.MatchMapping(
        f_keys, f_patterns, f_rest, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_MatchClass(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'pattern', 'lineno')
    f_col_offset = c.req_int(w, 'pattern', 'col_offset')
    f_end_lineno = c.req_int(w, 'pattern', 'end_lineno')
    f_end_col_offset = c.req_int(w, 'pattern', 'end_col_offset')
    f_cls = req_expr(c, w, 'MatchClass', 'cls')
    f_patterns = seq_pattern(c, w, 'MatchClass', 'patterns')
    f_kwd_attrs = c.str_list(w, 'MatchClass', 'kwd_attrs')
    f_kwd_patterns = seq_pattern(c, w, 'MatchClass', 'kwd_patterns')
    return ast.MatchClass(
        f_cls, f_patterns, f_kwd_attrs, f_kwd_patterns, f_lineno, f_col_offset, f_end_lineno,
        f_end_col_offset)


def build_MatchStar(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'pattern', 'lineno')
    f_col_offset = c.req_int(w, 'pattern', 'col_offset')
    f_end_lineno = c.req_int(w, 'pattern', 'end_lineno')
    f_end_col_offset = c.req_int(w, 'pattern', 'end_col_offset')
    f_name = c.opt_str(w, 'name')
    return ast.MatchStar(f_name, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_MatchAs(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'pattern', 'lineno')
    f_col_offset = c.req_int(w, 'pattern', 'col_offset')
    f_end_lineno = c.req_int(w, 'pattern', 'end_lineno')
    f_end_col_offset = c.req_int(w, 'pattern', 'end_col_offset')
    f_pattern = opt_pattern(c, w, 'MatchAs', 'pattern')
    f_name = c.opt_str(w, 'name')
    return ast.MatchAs(f_pattern, f_name, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_MatchOr(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'pattern', 'lineno')
    f_col_offset = c.req_int(w, 'pattern', 'col_offset')
    f_end_lineno = c.req_int(w, 'pattern', 'end_lineno')
    f_end_col_offset = c.req_int(w, 'pattern', 'end_col_offset')
    f_patterns = seq_pattern(c, w, 'MatchOr', 'patterns')
    return ast.MatchOr(f_patterns, f_lineno, f_col_offset, f_end_lineno, f_end_col_offset)


def build_TypeIgnore(c: FromPython, w: W_Root) -> ast.AST:
    f_lineno = c.req_int(w, 'TypeIgnore', 'lineno')
    f_tag = c.req_str(w, 'TypeIgnore', 'tag')
    return ast.TypeIgnore(f_lineno, f_tag)


Builder = Callable[[FromPython, W_Root], ast.AST]

BUILDERS: dict[str, Builder] = {
    'Module': build_Module,
    'Interactive': build_Interactive,
    'Expression': build_Expression,
    'FunctionType': build_FunctionType,
    'FunctionDef': build_FunctionDef,
    'AsyncFunctionDef': build_AsyncFunctionDef,
    'ClassDef': build_ClassDef,
    'Return': build_Return,
    'Delete': build_Delete,
    'Assign': build_Assign,
    'AugAssign': build_AugAssign,
    'AnnAssign': build_AnnAssign,
    'For': build_For,
    'AsyncFor': build_AsyncFor,
    'While': build_While,
    'If': build_If,
    'With': build_With,
    'AsyncWith': build_AsyncWith,
    'Match': build_Match,
    'Raise': build_Raise,
    'Try': build_Try,
    'TryStar': build_TryStar,
    'Assert': build_Assert,
    'Import': build_Import,
    'ImportFrom': build_ImportFrom,
    'Global': build_Global,
    'Nonlocal': build_Nonlocal,
    'Expr': build_Expr,
    'Pass': build_Pass,
    'Break': build_Break,
    'Continue': build_Continue,
    'BoolOp': build_BoolOp,
    'NamedExpr': build_NamedExpr,
    'BinOp': build_BinOp,
    'UnaryOp': build_UnaryOp,
    'Lambda': build_Lambda,
    'IfExp': build_IfExp,
    'Dict': build_Dict,
    'Set': build_Set,
    'ListComp': build_ListComp,
    'SetComp': build_SetComp,
    'DictComp': build_DictComp,
    'GeneratorExp': build_GeneratorExp,
    'Await': build_Await,
    'Yield': build_Yield,
    'YieldFrom': build_YieldFrom,
    'Compare': build_Compare,
    'Call': build_Call,
    'FormattedValue': build_FormattedValue,
    'JoinedStr': build_JoinedStr,
    'Constant': build_Constant,
    'Attribute': build_Attribute,
    'Subscript': build_Subscript,
    'Starred': build_Starred,
    'Name': build_Name,
    'List': build_List,
    'Tuple': build_Tuple,
    'Slice': build_Slice,
    'Load': build_Load,
    'Store': build_Store,
    'Del': build_Del,
    'And': build_And,
    'Or': build_Or,
    'Add': build_Add,
    'Sub': build_Sub,
    'Mult': build_Mult,
    'MatMult': build_MatMult,
    'Div': build_Div,
    'Mod': build_Mod,
    'Pow': build_Pow,
    'LShift': build_LShift,
    'RShift': build_RShift,
    'BitOr': build_BitOr,
    'BitXor': build_BitXor,
    'BitAnd': build_BitAnd,
    'FloorDiv': build_FloorDiv,
    'Invert': build_Invert,
    'Not': build_Not,
    'UAdd': build_UAdd,
    'USub': build_USub,
    'Eq': build_Eq,
    'NotEq': build_NotEq,
    'Lt': build_Lt,
    'LtE': build_LtE,
    'Gt': build_Gt,
    'GtE': build_GtE,
    'Is': build_Is,
    'IsNot': build_IsNot,
    'In': build_In,
    'NotIn': build_NotIn,
    'comprehension': build_comprehension,
    'ExceptHandler': build_ExceptHandler,
    'arguments': build_arguments,
    'arg': build_arg,
    'keyword': build_keyword,
    'alias': build_alias,
    'withitem': build_withitem,
    'match_case': build_match_case,
    'MatchValue': build_MatchValue,
    'MatchSingleton': build_MatchSingleton,
    'MatchSequence': build_MatchSequence,
    'MatchMapping': build_MatchMapping,
    'MatchClass': build_MatchClass,
    'MatchStar': build_MatchStar,
    'MatchAs': build_MatchAs,
    'MatchOr': build_MatchOr,
    'TypeIgnore': build_TypeIgnore,
}


def convert_node(c: FromPython, w_v: W_Root, what: str) -> ast.AST:
    """The RPy node of a Python AST object (by its class or the
    nearest _ast class it derives from)."""
    name = c.node_class_name(w_v)
    if name not in BUILDERS:
        raise node_error(what, w_v)
    return BUILDERS[name](c, w_v)
