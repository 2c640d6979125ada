"""Expressions back to source text, exactly as CPython 3.11's C unparser
(Python/ast_unparse.c, `_PyAST_ExprAsUnicode`) writes them: the strings
stored in `__annotations__` under `from __future__ import annotations`.

This is not `ast.unparse` (Lib/ast.py); the rules of the C unparser are:

- Each construct has a precedence level (PR_TUPLE < PR_TEST < ... <
  PR_ATOM).  A construct is written inside parentheses when the level its
  context asks for is higher than its own.  The top level is PR_TEST.
  Operands of binary operators are written at the operator's level + 1 on
  the side that does not associate (`a - (b - c)`, `(a ** b) ** c`);
  unary operators write their operand at their own level, so
  `-a ** -b` gives `-a ** (-b)`.  Comparisons write every operand at
  PR_CMP + 1, boolean operators at their level + 1.
- Tuples: `()` when empty, `(a,)` with one item, parentheses left out only
  at PR_TUPLE (a subscript's index: `x[a, b]`, `x[*a,]`, comprehension
  targets).  Lists, sets, dicts and the comprehensions write their items
  at PR_TEST (`**d` at PR_EXPR); starred values at PR_EXPR.
- `lambda` is followed by a space only if it has positional parameters
  (`lambda*a: 1`, `lambda**k: 1`); `x if c else y` writes its first two
  parts at PR_TEST + 1 and the last one at PR_TEST; walrus is `a := b`
  (both sides at PR_ATOM, parenthesized above PR_TUPLE); `(yield)`,
  `(yield x)`, `(yield from x)` always carry their parentheses; `await x`
  writes x at PR_ATOM.
- Calls write positional arguments first, then keywords (`**d` for a
  keyword without a name); a lone generator argument keeps only the call's
  parentheses: `f(x for x in y)`.
- Constants are their repr(), with `inf` replaced by `1e309` in floats and
  complexes (also inside tuple constants, which only constant folding
  makes: they are written item by item); `...` for Ellipsis (but
  `Ellipsis` inside a tuple constant); `u` kept before a string written
  with a lowercase u prefix; an int followed by an attribute gets a space
  (`1 .real`).
- f-strings: the body is built (literal parts with `{`/`}` doubled,
  `{value!c:spec}` for replacement fields, the value written at
  PR_TEST + 1 and separated by a space from the brace if it starts with
  `{`; a format spec is the raw body of its own JoinedStr), and the whole
  body is written as `f` + repr(body).  `f'{x=}'` arrives from the parser
  as `'x='` followed by `{x!r}`, and comes out that way.
"""
from __future__ import annotations

from ouro.compiler.code import ConstTuple
from ouro.parser import astnodes as ast
from ouro.parser.constvalue import (ConstComplex, ConstEllipsis, ConstFloat, ConstInt,
                                    ConstStr, ConstValue)

# precedence levels, lowest first (the enum of ast_unparse.c)
PR_TUPLE = 0
PR_TEST = 1         # 'if'-'else', 'lambda'
PR_OR = 2           # 'or'
PR_AND = 3          # 'and'
PR_NOT = 4          # 'not'
PR_CMP = 5          # '<', '>', '==', '>=', '<=', '!=', 'in', 'not in', 'is', 'is not'
PR_EXPR = 6
PR_BOR = 6          # '|'  (PR_EXPR)
PR_BXOR = 7         # '^'
PR_BAND = 8         # '&'
PR_SHIFT = 9        # '<<', '>>'
PR_ARITH = 10       # '+', '-'
PR_TERM = 11        # '*', '@', '/', '%', '//'
PR_FACTOR = 12      # unary '+', '-', '~'
PR_POWER = 13       # '**'
PR_AWAIT = 14       # 'await'
PR_ATOM = 15

# operator class name -> its text and its level
BINOP_TEXT: dict[str, str] = {
    "Add": " + ", "Sub": " - ", "Mult": " * ", "MatMult": " @ ", "Div": " / ",
    "Mod": " % ", "LShift": " << ", "RShift": " >> ", "BitOr": " | ",
    "BitXor": " ^ ", "BitAnd": " & ", "FloorDiv": " // ", "Pow": " ** ",
}
BINOP_LEVEL: dict[str, int] = {
    "Add": PR_ARITH, "Sub": PR_ARITH, "Mult": PR_TERM, "MatMult": PR_TERM,
    "Div": PR_TERM, "Mod": PR_TERM, "LShift": PR_SHIFT, "RShift": PR_SHIFT,
    "BitOr": PR_BOR, "BitXor": PR_BXOR, "BitAnd": PR_BAND, "FloorDiv": PR_TERM,
    "Pow": PR_POWER,
}
UNARYOP_TEXT: dict[str, str] = {"Invert": "~", "Not": "not ", "UAdd": "+", "USub": "-"}
CMPOP_TEXT: dict[str, str] = {
    "Eq": " == ", "NotEq": " != ", "Lt": " < ", "LtE": " <= ", "Gt": " > ",
    "GtE": " >= ", "Is": " is ", "IsNot": " is not ", "In": " in ",
    "NotIn": " not in ",
}

# repr() of an infinite float is `inf`; the unparser writes a literal that
# overflows to it instead (1 + DBL_MAX_10_EXP)
INF_TEXT = "1e309"


def unparse(e: ast.expr) -> str:
    """The source text of e, as CPython's compiler stores an annotation."""
    return expr_text(e, PR_TEST)


def expr_text(e: ast.expr, level: int) -> str:
    parts: list[str] = []
    append_expr(parts, e, level)
    return "".join(parts)


def append_expr(parts: list[str], e: ast.expr, level: int) -> None:
    if isinstance(e, ast.Name):
        parts.append(e.id)
    elif isinstance(e, ast.Attribute):
        append_attribute(parts, e)
    elif isinstance(e, ast.Subscript):
        append_expr(parts, e.value, PR_ATOM)
        parts.append("[")
        append_expr(parts, e.slice, PR_TUPLE)
        parts.append("]")
    elif isinstance(e, ast.Constant):
        append_constant_expr(parts, e)
    elif isinstance(e, ast.BinOp):
        append_binop(parts, e, level)
    elif isinstance(e, ast.Tuple):
        append_tuple(parts, e, level)
    elif isinstance(e, ast.List):
        parts.append("[")
        append_items(parts, e.elts)
        parts.append("]")
    elif isinstance(e, ast.Call):
        append_call(parts, e)
    elif isinstance(e, ast.UnaryOp):
        append_unaryop(parts, e, level)
    elif isinstance(e, ast.BoolOp):
        append_boolop(parts, e, level)
    elif isinstance(e, ast.Compare):
        append_compare(parts, e, level)
    elif isinstance(e, ast.IfExp):
        open_paren(parts, level > PR_TEST)
        append_expr(parts, e.body, PR_TEST + 1)
        parts.append(" if ")
        append_expr(parts, e.test, PR_TEST + 1)
        parts.append(" else ")
        append_expr(parts, e.orelse, PR_TEST)
        close_paren(parts, level > PR_TEST)
    elif isinstance(e, ast.Lambda):
        append_lambda(parts, e, level)
    elif isinstance(e, ast.Dict):
        append_dict(parts, e)
    elif isinstance(e, ast.Set):
        parts.append("{")
        append_items(parts, e.elts)
        parts.append("}")
    elif isinstance(e, ast.ListComp):
        parts.append("[")
        append_expr(parts, e.elt, PR_TEST)
        append_comprehensions(parts, e.generators)
        parts.append("]")
    elif isinstance(e, ast.SetComp):
        parts.append("{")
        append_expr(parts, e.elt, PR_TEST)
        append_comprehensions(parts, e.generators)
        parts.append("}")
    elif isinstance(e, ast.DictComp):
        parts.append("{")
        append_expr(parts, e.key, PR_TEST)
        parts.append(": ")
        append_expr(parts, e.value, PR_TEST)
        append_comprehensions(parts, e.generators)
        parts.append("}")
    elif isinstance(e, ast.GeneratorExp):
        append_genexp(parts, e)
    elif isinstance(e, ast.Starred):
        parts.append("*")
        append_expr(parts, e.value, PR_EXPR)
    elif isinstance(e, ast.Slice):
        append_slice(parts, e)
    elif isinstance(e, ast.JoinedStr):
        append_joinedstr(parts, e, False)
    elif isinstance(e, ast.FormattedValue):
        append_formattedvalue(parts, e)
    elif isinstance(e, ast.NamedExpr):
        open_paren(parts, level > PR_TUPLE)
        append_expr(parts, e.target, PR_ATOM)
        parts.append(" := ")
        append_expr(parts, e.value, PR_ATOM)
        close_paren(parts, level > PR_TUPLE)
    elif isinstance(e, ast.Yield):
        value = e.value
        if value is None:
            parts.append("(yield)")
        else:
            parts.append("(yield ")
            append_expr(parts, value, PR_TEST)
            parts.append(")")
    elif isinstance(e, ast.YieldFrom):
        parts.append("(yield from ")
        append_expr(parts, e.value, PR_TEST)
        parts.append(")")
    elif isinstance(e, ast.Await):
        open_paren(parts, level > PR_AWAIT)
        parts.append("await ")
        append_expr(parts, e.value, PR_ATOM)
        close_paren(parts, level > PR_AWAIT)
    else:
        raise ValueError("unknown expression kind: " + e.node_name())


def open_paren(parts: list[str], cond: bool) -> None:
    if cond:
        parts.append("(")


def close_paren(parts: list[str], cond: bool) -> None:
    if cond:
        parts.append(")")


def append_items(parts: list[str], elts: list[ast.expr]) -> None:
    """Items of a list or set display, at PR_TEST, comma-separated."""
    i = 0
    for elt in elts:
        if i > 0:
            parts.append(", ")
        append_expr(parts, elt, PR_TEST)
        i += 1


# ---------------------------------------------------------------- operators

def append_boolop(parts: list[str], e: ast.BoolOp, level: int) -> None:
    if isinstance(e.op, ast.And):
        op = " and "
        pr = PR_AND
    else:
        op = " or "
        pr = PR_OR
    open_paren(parts, level > pr)
    i = 0
    for value in e.values:
        if i > 0:
            parts.append(op)
        append_expr(parts, value, pr + 1)
        i += 1
    close_paren(parts, level > pr)


def append_binop(parts: list[str], e: ast.BinOp, level: int) -> None:
    name = e.op.node_name()
    op = BINOP_TEXT[name]
    pr = BINOP_LEVEL[name]
    # '**' is right-associative: its left operand needs the higher level
    if pr == PR_POWER:
        left_level = pr + 1
        right_level = pr
    else:
        left_level = pr
        right_level = pr + 1
    open_paren(parts, level > pr)
    append_expr(parts, e.left, left_level)
    parts.append(op)
    append_expr(parts, e.right, right_level)
    close_paren(parts, level > pr)


def append_unaryop(parts: list[str], e: ast.UnaryOp, level: int) -> None:
    if isinstance(e.op, ast.Not):
        pr = PR_NOT
    else:
        pr = PR_FACTOR
    open_paren(parts, level > pr)
    parts.append(UNARYOP_TEXT[e.op.node_name()])
    append_expr(parts, e.operand, pr)
    close_paren(parts, level > pr)


def append_compare(parts: list[str], e: ast.Compare, level: int) -> None:
    open_paren(parts, level > PR_CMP)
    append_expr(parts, e.left, PR_CMP + 1)
    i = 0
    for op in e.ops:
        parts.append(CMPOP_TEXT[op.node_name()])
        append_expr(parts, e.comparators[i], PR_CMP + 1)
        i += 1
    close_paren(parts, level > PR_CMP)


# ---------------------------------------------------------------- displays

def append_tuple(parts: list[str], e: ast.Tuple, level: int) -> None:
    n = len(e.elts)
    if n == 0:
        parts.append("()")
        return
    open_paren(parts, level > PR_TUPLE)
    append_items(parts, e.elts)
    if n == 1:
        parts.append(",")
    close_paren(parts, level > PR_TUPLE)


def append_dict(parts: list[str], e: ast.Dict) -> None:
    parts.append("{")
    i = 0
    for value in e.values:
        if i > 0:
            parts.append(", ")
        key = e.keys[i]
        if key is not None:
            append_expr(parts, key, PR_TEST)
            parts.append(": ")
            append_expr(parts, value, PR_TEST)
        else:
            parts.append("**")
            append_expr(parts, value, PR_EXPR)
        i += 1
    parts.append("}")


def append_comprehensions(parts: list[str], generators: list[ast.comprehension]) -> None:
    for gen in generators:
        if gen.is_async:
            parts.append(" async for ")
        else:
            parts.append(" for ")
        append_expr(parts, gen.target, PR_TUPLE)
        parts.append(" in ")
        append_expr(parts, gen.iter, PR_TEST + 1)
        for cond in gen.ifs:
            parts.append(" if ")
            append_expr(parts, cond, PR_TEST + 1)


def append_genexp(parts: list[str], e: ast.GeneratorExp) -> None:
    parts.append("(")
    append_expr(parts, e.elt, PR_TEST)
    append_comprehensions(parts, e.generators)
    parts.append(")")


# ---------------------------------------------------------------- lambda

def append_arg(parts: list[str], a: ast.arg) -> None:
    parts.append(a.arg)
    annotation = a.annotation
    if annotation is not None:
        parts.append(": ")
        append_expr(parts, annotation, PR_TEST)


def append_arguments(parts: list[str], args: ast.arguments) -> None:
    first = True
    # positional-only and positional parameters, defaults for the last ones
    n_posonly = len(args.posonlyargs)
    n_args = len(args.args)
    n_defaults = len(args.defaults)
    for i in range(n_posonly + n_args):
        if not first:
            parts.append(", ")
        first = False
        if i < n_posonly:
            append_arg(parts, args.posonlyargs[i])
        else:
            append_arg(parts, args.args[i - n_posonly])
        di = i - n_posonly - n_args + n_defaults
        if di >= 0:
            parts.append("=")
            append_expr(parts, args.defaults[di], PR_TEST)
        if n_posonly > 0 and i + 1 == n_posonly:
            parts.append(", /")
    # *args, or a bare '*' before keyword-only parameters
    vararg = args.vararg
    if vararg is not None or len(args.kwonlyargs) > 0:
        if not first:
            parts.append(", ")
        first = False
        parts.append("*")
        if vararg is not None:
            append_arg(parts, vararg)
    n_kwonly = len(args.kwonlyargs)
    n_kw_defaults = len(args.kw_defaults)
    for i in range(n_kwonly):
        if not first:
            parts.append(", ")
        first = False
        append_arg(parts, args.kwonlyargs[i])
        di = i - n_kwonly + n_kw_defaults
        if di >= 0:
            default = args.kw_defaults[di]
            if default is not None:
                parts.append("=")
                append_expr(parts, default, PR_TEST)
    kwarg = args.kwarg
    if kwarg is not None:
        if not first:
            parts.append(", ")
        parts.append("**")
        append_arg(parts, kwarg)


def append_lambda(parts: list[str], e: ast.Lambda, level: int) -> None:
    open_paren(parts, level > PR_TEST)
    if len(e.args.args) + len(e.args.posonlyargs) > 0:
        parts.append("lambda ")
    else:
        parts.append("lambda")      # `lambda*a: 1`, as CPython writes it
    append_arguments(parts, e.args)
    parts.append(": ")
    append_expr(parts, e.body, PR_TEST)
    close_paren(parts, level > PR_TEST)


# ---------------------------------------------------------------- atoms

def append_call(parts: list[str], e: ast.Call) -> None:
    append_expr(parts, e.func, PR_ATOM)
    if len(e.args) == 1 and len(e.keywords) == 0:
        only = e.args[0]
        if isinstance(only, ast.GeneratorExp):
            append_genexp(parts, only)
            return
    parts.append("(")
    first = True
    for a in e.args:
        if not first:
            parts.append(", ")
        first = False
        append_expr(parts, a, PR_TEST)
    for kw in e.keywords:
        if not first:
            parts.append(", ")
        first = False
        name = kw.arg
        if name is None:
            parts.append("**")
        else:
            parts.append(name)
            parts.append("=")
        append_expr(parts, kw.value, PR_TEST)
    parts.append(")")


def append_attribute(parts: list[str], e: ast.Attribute) -> None:
    v = e.value
    append_expr(parts, v, PR_ATOM)
    # `1.real` would read as a float: an int needs a space
    if isinstance(v, ast.Constant) and isinstance(v.value, ConstInt):
        parts.append(" .")
    else:
        parts.append(".")
    parts.append(e.attr)


def append_slice(parts: list[str], e: ast.Slice) -> None:
    lower = e.lower
    if lower is not None:
        append_expr(parts, lower, PR_TEST)
    parts.append(":")
    upper = e.upper
    if upper is not None:
        append_expr(parts, upper, PR_TEST)
    step = e.step
    if step is not None:
        parts.append(":")
        append_expr(parts, step, PR_TEST)


# ---------------------------------------------------------------- constants

def append_constant(parts: list[str], c: ConstValue) -> None:
    """repr(c), with infinities written as a literal that overflows; a
    tuple (only made by constant folding) item by item, recursively."""
    if isinstance(c, ConstTuple):
        parts.append("(")
        i = 0
        for item in c.items:
            if i > 0:
                parts.append(", ")
            append_constant(parts, item)
            i += 1
        if len(c.items) == 1:
            parts.append(",")
        parts.append(")")
    elif isinstance(c, ConstFloat) or isinstance(c, ConstComplex):
        parts.append(c.__repr__().replace("inf", INF_TEXT))
    else:
        parts.append(c.__repr__())


def append_constant_expr(parts: list[str], e: ast.Constant) -> None:
    c = e.value
    if isinstance(c, ConstEllipsis):
        parts.append("...")     # but `Ellipsis` inside a tuple constant
        return
    if e.kind is not None:
        parts.append("u")
    append_constant(parts, c)


# ---------------------------------------------------------------- f-strings

def escape_braces(s: str) -> str:
    return s.replace("{", "{{").replace("}", "}}")


def append_fstring_element(parts: list[str], e: ast.expr, is_format_spec: bool) -> None:
    if isinstance(e, ast.Constant):
        c = e.value
        if not isinstance(c, ConstStr):
            raise ValueError("non-string constant inside f-string")
        parts.append(escape_braces(c.value))
    elif isinstance(e, ast.JoinedStr):
        append_joinedstr(parts, e, is_format_spec)
    elif isinstance(e, ast.FormattedValue):
        append_formattedvalue(parts, e)
    else:
        raise ValueError("unknown expression kind inside f-string: " + e.node_name())


def append_joinedstr(parts: list[str], e: ast.JoinedStr, is_format_spec: bool) -> None:
    body: list[str] = []
    for value in e.values:
        append_fstring_element(body, value, is_format_spec)
    text = "".join(body)
    if is_format_spec:
        parts.append(text)
    else:
        parts.append("f")
        parts.append(repr(text))


def append_formattedvalue(parts: list[str], e: ast.FormattedValue) -> None:
    # PR_TEST + 1, not PR_TUPLE: a lambda's ':' needs parentheses
    value = expr_text(e.value, PR_TEST + 1)
    if value.startswith("{"):
        parts.append("{ ")      # `{ {1: 2}}`: not an escaped brace
    else:
        parts.append("{")
    parts.append(value)
    conversion = e.conversion
    if conversion == 97:
        parts.append("!a")
    elif conversion == 114:
        parts.append("!r")
    elif conversion == 115:
        parts.append("!s")
    elif conversion > 0:
        raise ValueError("unknown f-value conversion kind")
    spec = e.format_spec
    if spec is not None:
        parts.append(":")
        append_fstring_element(parts, spec, True)
    parts.append("}")
