"""PyAST_Validate (Python/ast.c of CPython 3.11) on the RPy AST: what
compile() checks in a tree built by Python code before compiling it
(expression contexts, non-empty bodies, matching list lengths, positions,
patterns), with CPython's ValueErrors.  Constants are checked when they
are converted (frompy.py).  Trees from the parser never need this."""
from __future__ import annotations

from ouro.objspace.exceptions import OperationError, operr, w_TypeError, w_ValueError
from ouro.parser import astnodes as ast
from ouro.parser.constvalue import (ConstBool, ConstBytes, ConstComplex, ConstFloat, ConstInt,
                                    ConstNone, ConstStr)

LOAD = 0
STORE = 1
DEL = 2
CTX_NAMES = ["Load", "Store", "Del"]


def _err(msg: str) -> OperationError:
    return operr(w_ValueError, msg)


def ctx_of(ctx: ast.expr_context) -> int:
    if isinstance(ctx, ast.Store):
        return STORE
    if isinstance(ctx, ast.Del):
        return DEL
    return LOAD


def check_positions(lineno: int, col_offset: int, end_lineno: int, end_col_offset: int) -> None:
    if lineno > end_lineno:
        raise _err("AST node line range (%d, %d) is not valid" % (lineno, end_lineno))
    if (lineno < 0 and end_lineno != lineno) or (col_offset < 0
                                                and col_offset != end_col_offset):
        raise _err("AST node column range (%d, %d) for line range (%d, %d) is not valid"
                   % (col_offset, end_col_offset, lineno, end_lineno))
    if lineno == end_lineno and col_offset > end_col_offset:
        raise _err("line %d, column %d-%d is not a valid range"
                   % (lineno, col_offset, end_col_offset))


def validate_name(name: str) -> None:
    if name == "None" or name == "True" or name == "False":
        raise _err("identifier field can't represent '%s' constant" % name)


def nonempty(length: int, what: str, owner: str) -> None:
    if length == 0:
        raise _err("empty %s on %s" % (what, owner))


def validate_stmts(seq: list[ast.stmt]) -> None:
    for s in seq:
        validate_stmt(s)


def validate_body(body: list[ast.stmt], owner: str) -> None:
    nonempty(len(body), "body", owner)
    validate_stmts(body)


def validate_exprs(exprs: list[ast.expr], ctx: int) -> None:
    for e in exprs:
        validate_expr(e, ctx)


def validate_opt_exprs(exprs: list[ast.expr | None], ctx: int, null_ok: bool) -> None:
    for e in exprs:
        if e is not None:
            validate_expr(e, ctx)
        elif not null_ok:
            raise _err("None disallowed in expression list")


def validate_opt(e: ast.expr | None) -> None:
    if e is not None:
        validate_expr(e, LOAD)


def validate_args(args: list[ast.arg]) -> None:
    for a in args:
        validate_opt(a.annotation)


def validate_arguments(args: ast.arguments) -> None:
    validate_args(args.posonlyargs)
    validate_args(args.args)
    vararg = args.vararg
    if vararg is not None:
        validate_opt(vararg.annotation)
    validate_args(args.kwonlyargs)
    kwarg = args.kwarg
    if kwarg is not None:
        validate_opt(kwarg.annotation)
    if len(args.defaults) > len(args.posonlyargs) + len(args.args):
        raise _err("more positional defaults than args on arguments")
    if len(args.kw_defaults) != len(args.kwonlyargs):
        raise _err("length of kwonlyargs is not the same as kw_defaults on arguments")
    validate_exprs(args.defaults, LOAD)
    validate_opt_exprs(args.kw_defaults, LOAD, True)


def validate_keywords(keywords: list[ast.keyword]) -> None:
    for k in keywords:
        validate_expr(k.value, LOAD)


def validate_comprehension(gens: list[ast.comprehension]) -> None:
    if len(gens) == 0:
        raise _err("comprehension with no generators")
    for g in gens:
        validate_expr(g.target, STORE)
        validate_expr(g.iter, LOAD)
        validate_exprs(g.ifs, LOAD)


def validate_expr(e: ast.expr, ctx: int) -> None:
    check_positions(e.lineno, e.col_offset, e.end_lineno, e.end_col_offset)
    actual = -1
    if isinstance(e, ast.Attribute):
        actual = ctx_of(e.ctx)
    elif isinstance(e, ast.Subscript):
        actual = ctx_of(e.ctx)
    elif isinstance(e, ast.Starred):
        actual = ctx_of(e.ctx)
    elif isinstance(e, ast.Name):
        validate_name(e.id)
        actual = ctx_of(e.ctx)
    elif isinstance(e, ast.List):
        actual = ctx_of(e.ctx)
    elif isinstance(e, ast.Tuple):
        actual = ctx_of(e.ctx)
    elif ctx != LOAD:
        raise _err("expression which can't be assigned to in %s context" % CTX_NAMES[ctx])
    if actual >= 0 and actual != ctx:
        raise _err("expression must have %s context but has %s instead"
                   % (CTX_NAMES[ctx], CTX_NAMES[actual]))
    if isinstance(e, ast.BoolOp):
        if len(e.values) < 2:
            raise _err("BoolOp with less than 2 values")
        validate_exprs(e.values, LOAD)
    elif isinstance(e, ast.BinOp):
        validate_expr(e.left, LOAD)
        validate_expr(e.right, LOAD)
    elif isinstance(e, ast.UnaryOp):
        validate_expr(e.operand, LOAD)
    elif isinstance(e, ast.Lambda):
        validate_arguments(e.args)
        validate_expr(e.body, LOAD)
    elif isinstance(e, ast.IfExp):
        validate_expr(e.test, LOAD)
        validate_expr(e.body, LOAD)
        validate_expr(e.orelse, LOAD)
    elif isinstance(e, ast.Dict):
        if len(e.keys) != len(e.values):
            raise _err("Dict doesn't have the same number of keys as values")
        validate_opt_exprs(e.keys, LOAD, True)
        validate_exprs(e.values, LOAD)
    elif isinstance(e, ast.Set):
        validate_exprs(e.elts, LOAD)
    elif isinstance(e, ast.ListComp):
        validate_comprehension(e.generators)
        validate_expr(e.elt, LOAD)
    elif isinstance(e, ast.SetComp):
        validate_comprehension(e.generators)
        validate_expr(e.elt, LOAD)
    elif isinstance(e, ast.GeneratorExp):
        validate_comprehension(e.generators)
        validate_expr(e.elt, LOAD)
    elif isinstance(e, ast.DictComp):
        validate_comprehension(e.generators)
        validate_expr(e.key, LOAD)
        validate_expr(e.value, LOAD)
    elif isinstance(e, ast.Yield):
        validate_opt(e.value)
    elif isinstance(e, ast.YieldFrom):
        validate_expr(e.value, LOAD)
    elif isinstance(e, ast.Await):
        validate_expr(e.value, LOAD)
    elif isinstance(e, ast.Compare):
        if len(e.comparators) == 0:
            raise _err("Compare with no comparators")
        if len(e.comparators) != len(e.ops):
            raise _err("Compare has a different number of comparators and operands")
        validate_exprs(e.comparators, LOAD)
        validate_expr(e.left, LOAD)
    elif isinstance(e, ast.Call):
        validate_expr(e.func, LOAD)
        validate_exprs(e.args, LOAD)
        validate_keywords(e.keywords)
    elif isinstance(e, ast.JoinedStr):
        validate_exprs(e.values, LOAD)
    elif isinstance(e, ast.FormattedValue):
        validate_expr(e.value, LOAD)
        validate_opt(e.format_spec)
    elif isinstance(e, ast.Attribute):
        validate_expr(e.value, LOAD)
    elif isinstance(e, ast.Subscript):
        validate_expr(e.slice, LOAD)
        validate_expr(e.value, LOAD)
    elif isinstance(e, ast.Starred):
        validate_expr(e.value, ctx)
    elif isinstance(e, ast.Slice):
        validate_opt(e.lower)
        validate_opt(e.upper)
        validate_opt(e.step)
    elif isinstance(e, ast.List):
        validate_exprs(e.elts, ctx)
    elif isinstance(e, ast.Tuple):
        validate_exprs(e.elts, ctx)
    elif isinstance(e, ast.NamedExpr):
        validate_expr(e.value, LOAD)


def validate_stmt(s: ast.stmt) -> None:
    check_positions(s.lineno, s.col_offset, s.end_lineno, s.end_col_offset)
    if isinstance(s, ast.FunctionDef):
        validate_body(s.body, "FunctionDef")
        validate_arguments(s.args)
        validate_exprs(s.decorator_list, LOAD)
        validate_opt(s.returns)
    elif isinstance(s, ast.AsyncFunctionDef):
        validate_body(s.body, "AsyncFunctionDef")
        validate_arguments(s.args)
        validate_exprs(s.decorator_list, LOAD)
        validate_opt(s.returns)
    elif isinstance(s, ast.ClassDef):
        validate_body(s.body, "ClassDef")
        validate_exprs(s.bases, LOAD)
        validate_keywords(s.keywords)
        validate_exprs(s.decorator_list, LOAD)
    elif isinstance(s, ast.Return):
        validate_opt(s.value)
    elif isinstance(s, ast.Delete):
        nonempty(len(s.targets), "targets", "Delete")
        validate_exprs(s.targets, DEL)
    elif isinstance(s, ast.Assign):
        nonempty(len(s.targets), "targets", "Assign")
        validate_exprs(s.targets, STORE)
        validate_expr(s.value, LOAD)
    elif isinstance(s, ast.AugAssign):
        validate_expr(s.target, STORE)
        validate_expr(s.value, LOAD)
    elif isinstance(s, ast.AnnAssign):
        if s.simple and not isinstance(s.target, ast.Name):
            raise operr(w_TypeError, "AnnAssign with simple non-Name target")
        validate_expr(s.target, STORE)
        validate_opt(s.value)
        validate_expr(s.annotation, LOAD)
    elif isinstance(s, ast.For):
        validate_expr(s.target, STORE)
        validate_expr(s.iter, LOAD)
        validate_body(s.body, "For")
        validate_stmts(s.orelse)
    elif isinstance(s, ast.AsyncFor):
        validate_expr(s.target, STORE)
        validate_expr(s.iter, LOAD)
        validate_body(s.body, "AsyncFor")
        validate_stmts(s.orelse)
    elif isinstance(s, ast.While):
        validate_expr(s.test, LOAD)
        validate_body(s.body, "While")
        validate_stmts(s.orelse)
    elif isinstance(s, ast.If):
        validate_expr(s.test, LOAD)
        validate_body(s.body, "If")
        validate_stmts(s.orelse)
    elif isinstance(s, ast.With):
        validate_withitems(s.items, "With")
        validate_body(s.body, "With")
    elif isinstance(s, ast.AsyncWith):
        validate_withitems(s.items, "AsyncWith")
        validate_body(s.body, "AsyncWith")
    elif isinstance(s, ast.Match):
        validate_expr(s.subject, LOAD)
        nonempty(len(s.cases), "cases", "Match")
        for m in s.cases:
            validate_pattern(m.pattern, False)
            validate_opt(m.guard)
            validate_body(m.body, "match_case")
    elif isinstance(s, ast.Raise):
        exc = s.exc
        if exc is not None:
            validate_expr(exc, LOAD)
            validate_opt(s.cause)
        elif s.cause is not None:
            raise _err("Raise with cause but no exception")
    elif isinstance(s, ast.Try):
        validate_try(s.body, s.handlers, s.orelse, s.finalbody, "Try")
    elif isinstance(s, ast.TryStar):
        validate_try(s.body, s.handlers, s.orelse, s.finalbody, "TryStar")
    elif isinstance(s, ast.Assert):
        validate_expr(s.test, LOAD)
        validate_opt(s.msg)
    elif isinstance(s, ast.Import):
        nonempty(len(s.names), "names", "Import")
    elif isinstance(s, ast.ImportFrom):
        if s.level < 0:
            raise _err("Negative ImportFrom level")
        nonempty(len(s.names), "names", "ImportFrom")
    elif isinstance(s, ast.Global):
        nonempty(len(s.names), "names", "Global")
    elif isinstance(s, ast.Nonlocal):
        nonempty(len(s.names), "names", "Nonlocal")
    elif isinstance(s, ast.Expr):
        validate_expr(s.value, LOAD)


def validate_withitems(items: list[ast.withitem], owner: str) -> None:
    nonempty(len(items), "items", owner)
    for item in items:
        validate_expr(item.context_expr, LOAD)
        v = item.optional_vars
        if v is not None:
            validate_expr(v, STORE)


def validate_try(body: list[ast.stmt], handlers: list[ast.excepthandler],
                 orelse: list[ast.stmt], finalbody: list[ast.stmt], owner: str) -> None:
    validate_body(body, owner)
    if len(handlers) == 0 and len(finalbody) == 0:
        raise _err("%s has neither except handlers nor finalbody" % owner)
    if len(handlers) == 0 and len(orelse) > 0:
        raise _err("%s has orelse but no except handlers" % owner)
    for h in handlers:
        check_positions(h.lineno, h.col_offset, h.end_lineno, h.end_col_offset)
        assert isinstance(h, ast.ExceptHandler)
        validate_opt(h.type)
        validate_body(h.body, "ExceptHandler")
    validate_stmts(finalbody)
    validate_stmts(orelse)


def validate_capture(name: str) -> None:
    if name == "_":
        raise _err("can't capture name '_' in patterns")
    validate_name(name)


def validate_pattern_match_value(e: ast.expr) -> None:
    validate_expr(e, LOAD)
    if isinstance(e, ast.Constant):
        v = e.value
        if (isinstance(v, ConstInt) or isinstance(v, ConstFloat) or isinstance(v, ConstBytes)
                or isinstance(v, ConstComplex) or isinstance(v, ConstStr)):
            return
        raise _err("unexpected constant inside of a literal pattern")
    if isinstance(e, ast.Attribute) or isinstance(e, ast.JoinedStr):
        return
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub):
        return
    if isinstance(e, ast.BinOp) and (isinstance(e.op, ast.Add) or isinstance(e.op, ast.Sub)):
        return
    raise _err("patterns may only match literals and attribute lookups")


def validate_patterns(patterns: list[ast.pattern], star_ok: bool) -> None:
    for p in patterns:
        validate_pattern(p, star_ok)


def validate_pattern(p: ast.pattern, star_ok: bool) -> None:
    check_positions(p.lineno, p.col_offset, p.end_lineno, p.end_col_offset)
    if isinstance(p, ast.MatchValue):
        validate_pattern_match_value(p.value)
    elif isinstance(p, ast.MatchSingleton):
        v = p.value
        if not (isinstance(v, ConstNone) or isinstance(v, ConstBool)):
            raise _err("MatchSingleton can only contain True, False and None")
    elif isinstance(p, ast.MatchSequence):
        validate_patterns(p.patterns, True)
    elif isinstance(p, ast.MatchMapping):
        if len(p.keys) != len(p.patterns):
            raise _err("MatchMapping doesn't have the same number of keys as patterns")
        rest = p.rest
        if rest is not None:
            validate_capture(rest)
        for key in p.keys:
            if isinstance(key, ast.Constant) and (isinstance(key.value, ConstNone)
                                                  or isinstance(key.value, ConstBool)):
                continue
            validate_pattern_match_value(key)
        validate_patterns(p.patterns, False)
    elif isinstance(p, ast.MatchClass):
        if len(p.kwd_attrs) != len(p.kwd_patterns):
            raise _err("MatchClass doesn't have the same number of keyword attributes as "
                       "patterns")
        validate_expr(p.cls, LOAD)
        cls = p.cls
        while not isinstance(cls, ast.Name):
            if isinstance(cls, ast.Attribute):
                cls = cls.value
            else:
                raise _err("MatchClass cls field can only contain Name or Attribute nodes.")
        for attr in p.kwd_attrs:
            validate_name(attr)
        validate_patterns(p.patterns, False)
        validate_patterns(p.kwd_patterns, False)
    elif isinstance(p, ast.MatchStar):
        if not star_ok:
            raise _err("can't use MatchStar here")
        star_name = p.name
        if star_name is not None:
            validate_capture(star_name)
    elif isinstance(p, ast.MatchAs):
        name2 = p.name
        if name2 is not None:
            validate_capture(name2)
        sub = p.pattern
        if sub is not None:
            if name2 is None:
                raise _err("MatchAs must specify a target name if a pattern is given")
            validate_pattern(sub, False)
    elif isinstance(p, ast.MatchOr):
        if len(p.patterns) < 2:
            raise _err("MatchOr requires at least 2 patterns")
        validate_patterns(p.patterns, False)


def validate_mod(tree: ast.AST) -> None:
    if isinstance(tree, ast.Module):
        validate_stmts(tree.body)
    elif isinstance(tree, ast.Interactive):
        validate_stmts(tree.body)
    elif isinstance(tree, ast.Expression):
        validate_expr(tree.body, LOAD)
