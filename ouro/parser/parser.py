"""The Python 3.11 parser, in RPy: tokens to an AST (astnodes.py).

    module = parse(raw_bytes)          # decode, tokenize, parse; raises SourceError

A hand-written recursive-descent parser that follows the rules of
CPython's Grammar/python.gram (one method per rule, mostly), so that node
positions are CPython's: a node starts at the first token of the rule that
built it (so `(a).b` starts at the parenthesis) and ends at the last
non-whitespace token that rule consumed.  Columns are UTF-8 byte offsets
(Token.col).  Backtracking (parenthesized with-items, match statements)
saves and restores `pos`.

Not supported yet (a SourceError says so): `\\N{...}` escapes (no Unicode
name table yet); non-ASCII identifiers are not NFKC-normalized.
Error messages are CPython's for the common cases (invalid syntax at a
token, expected ':', invalid targets, unexpected/missing indents); other
mistakes give "invalid syntax" at the token where parsing stopped.
"""
from __future__ import annotations

from ouro.parser.astnodes import (
    AST, Add, And, AnnAssign, Assert, Assign, AsyncFor, AsyncFunctionDef, AsyncWith,
    Attribute, AugAssign, Await, BinOp, BitAnd, BitOr, BitXor, BoolOp, Break, Call,
    ClassDef, Compare, Constant, Continue, Del, Delete, Dict, DictComp, Div, Eq,
    ExceptHandler, Expr, FloorDiv, For, FunctionDef, GeneratorExp, Global, Gt, GtE, If,
    IfExp, Import, ImportFrom, In, Invert, Is, IsNot, Lambda, List, ListComp, Load,
    LShift, Lt, LtE, MatMult, Mod, Module, Mult, Name, NamedExpr, Nonlocal, Not, NotEq,
    NotIn, Or, Pass, Pow, Raise, Return, RShift, Set, SetComp, Slice, Starred, Store,
    Sub, Subscript, Try, TryStar, Tuple, UAdd, UnaryOp, USub, While, With, Yield,
    YieldFrom, alias, arg, arguments, boolop, cmpop, comprehension, excepthandler, expr,
    expr_context, keyword, operator, stmt, unaryop, withitem, Match, match_case, pattern,
    MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar,
    MatchAs, MatchOr, JoinedStr, FormattedValue)
from ouro.parser.constvalue import (CONST_ELLIPSIS, CONST_FALSE, CONST_NONE, CONST_TRUE,
                                    ConstBytes, ConstStr, ConstValue, number_from_literal)
from ouro.parser.errors import SourceError
from ouro.parser.strlit import LiteralError, decode_bytes_body, decode_str_body, parse_prefix
from ouro.parser.tokenizer import Token, Tokenizer, tokenizer_for
from ouro.parser.unicodenames import normalize_identifier
from ouro.parser import tokens as T

LOAD = Load()
STORE = Store()
DEL = Del()

KEYWORDS = {
    "False": True, "None": True, "True": True, "and": True, "as": True, "assert": True,
    "async": True, "await": True, "break": True, "class": True, "continue": True,
    "def": True, "del": True, "elif": True, "else": True, "except": True,
    "finally": True, "for": True, "from": True, "global": True, "if": True,
    "import": True, "in": True, "is": True, "lambda": True, "nonlocal": True,
    "not": True, "or": True, "pass": True, "raise": True, "return": True, "try": True,
    "while": True, "with": True, "yield": True,
}

AUGASSIGN: dict[int, operator] = {
    T.PLUSEQUAL: Add(), T.MINEQUAL: Sub(), T.STAREQUAL: Mult(), T.ATEQUAL: MatMult(),
    T.SLASHEQUAL: Div(), T.PERCENTEQUAL: Mod(), T.AMPEREQUAL: BitAnd(),
    T.VBAREQUAL: BitOr(), T.CIRCUMFLEXEQUAL: BitXor(), T.LEFTSHIFTEQUAL: LShift(),
    T.RIGHTSHIFTEQUAL: RShift(), T.DOUBLESTAREQUAL: Pow(), T.DOUBLESLASHEQUAL: FloorDiv(),
}

OP_ADD = Add()
OP_SUB = Sub()
OP_MULT = Mult()
OP_MATMULT = MatMult()
OP_DIV = Div()
OP_MOD = Mod()
OP_FLOORDIV = FloorDiv()
OP_LSHIFT = LShift()
OP_RSHIFT = RShift()
OP_BITAND = BitAnd()
OP_BITOR = BitOr()
OP_BITXOR = BitXor()
OP_POW = Pow()
OP_AND = And()
OP_OR = Or()
OP_NOT = Not()
OP_INVERT = Invert()
OP_UADD = UAdd()
OP_USUB = USub()

CMP_EQ = Eq()
CMP_NOTEQ = NotEq()
CMP_LT = Lt()
CMP_LTE = LtE()
CMP_GT = Gt()
CMP_GTE = GtE()
CMP_IS = Is()
CMP_ISNOT = IsNot()
CMP_IN = In()
CMP_NOTIN = NotIn()


class Backtrack(Exception):
    """Raised to abandon a tentative alternative (caught by the caller)."""


class Parser:
    toks: list[Token]
    pos: int
    tokenizer: Tokenizer
    far: int            # the furthest token index looked at (for error positions)

    def __init__(self, tokenizer: Tokenizer, toks: list[Token]) -> None:
        self.tokenizer = tokenizer
        self.toks = []
        for t in toks:
            if t.type != T.COMMENT and t.type != T.NL:
                self.toks.append(t)
        self.pos = 0
        self.far = 0

    # ------------------------------------------------------------ tokens

    def tok(self) -> Token:
        p = self.pos
        if p > self.far:
            self.far = p
        return self.toks[p]

    def peek(self, k: int) -> Token:
        p = self.pos + k
        if p >= len(self.toks):
            p = len(self.toks) - 1
        if p > self.far:
            self.far = p
        return self.toks[p]

    def advance(self) -> Token:
        t = self.toks[self.pos]
        if t.type == T.ERRORTOKEN:
            raise self.error_token(t)
        if t.type != T.ENDMARKER:
            self.pos += 1
        return t

    def at(self, exact: int) -> bool:
        return self.tok().exact_type == exact

    def at_kw(self, kw: str) -> bool:
        t = self.tok()
        return t.type == T.NAME and t.string == kw

    def accept(self, exact: int) -> bool:
        if self.tok().exact_type == exact:
            self.advance()
            return True
        return False

    def accept_kw(self, kw: str) -> bool:
        t = self.tok()
        if t.type == T.NAME and t.string == kw:
            self.advance()
            return True
        return False

    def expect(self, exact: int) -> Token:
        t = self.tok()
        if t.exact_type != exact:
            raise self.syntax_error_here()
        return self.advance()

    def expect_forced(self, exact: int, what: str) -> Token:
        t = self.tok()
        if t.exact_type != exact:
            if t.type == T.ERRORTOKEN:
                raise self.error_token(t)
            raise self.error_at_token("expected '%s'" % what, t)
        return self.advance()

    def expect_kw(self, kw: str) -> Token:
        t = self.tok()
        if t.type != T.NAME or t.string != kw:
            raise self.syntax_error_here()
        return self.advance()

    def end(self) -> Token:
        """The last non-whitespace token consumed."""
        p = self.pos - 1
        while p > 0:
            ty = self.toks[p].type
            if ty != T.NEWLINE and ty != T.INDENT and ty != T.DEDENT and ty != T.ENDMARKER:
                break
            p -= 1
        return self.toks[p]

    def name_token(self) -> Token:
        t = self.tok()
        if t.type != T.NAME or t.string in KEYWORDS:
            raise self.syntax_error_here()
        return self.advance()

    def is_name(self, t: Token) -> bool:
        return t.type == T.NAME and t.string not in KEYWORDS

    # ------------------------------------------------------------ errors

    def line_text(self, lineno: int) -> str | None:
        starts = self.tokenizer.line_starts
        if lineno < 1 or lineno > len(starts):
            return None
        return self.tokenizer.line_text(starts[lineno - 1])

    def error_at_token(self, msg: str, t: Token) -> SourceError:
        return SourceError("SyntaxError", msg, t.lineno, t.col_char + 1, t.end_lineno,
                           t.end_col_char + 1, self.line_text(t.lineno))

    def error_token(self, t: Token) -> SourceError:
        err = self.tokenizer.pending_error
        if t.string == "" and err is not None:
            return err
        return self.error_at_token("invalid syntax", t)

    def syntax_error_here(self) -> SourceError:
        t = self.toks[self.far]
        if t.type == T.ERRORTOKEN:
            return self.error_token(t)
        return self.error_at_token("invalid syntax", t)

    def error_at_node(self, msg: str, lineno: int, col: int, end_lineno: int,
                      end_col: int) -> SourceError:
        text = self.line_text(lineno)
        offset = col + 1
        end_offset = end_col + 1
        if text is not None:
            offset = char_offset(text, col) + 1
            if end_lineno == lineno:
                end_offset = char_offset(text, end_col) + 1
            else:
                t2 = self.line_text(end_lineno)
                if t2 is not None:
                    end_offset = char_offset(t2, end_col) + 1
        return SourceError("SyntaxError", msg, lineno, offset, end_lineno, end_offset, text)

    def expr_error(self, msg: str, e: expr) -> SourceError:
        return self.error_at_node(msg, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset)

    def not_supported(self, what: str, t: Token) -> SourceError:
        return self.error_at_token("%s are not yet supported by ouro's parser" % what, t)

    # ------------------------------------------------------------ module

    def parse_module(self) -> Module:
        body: list[stmt] = []
        while self.tok().type != T.ENDMARKER:
            self.statement(body)
        return Module(body, [])

    # ------------------------------------------------------------ statements

    def statement(self, body: list[stmt]) -> None:
        t = self.tok()
        if t.type == T.INDENT:
            raise SourceError("IndentationError", "unexpected indent", t.lineno,
                              t.end_col_char + 1, t.lineno, t.end_col_char + 1,
                              self.line_text(t.lineno))
        if t.type == T.ERRORTOKEN:
            raise self.error_token(t)
        if t.type == T.NAME:
            s = t.string
            if s == "def":
                body.append(self.funcdef(t, []))
                return
            if s == "if":
                body.append(self.if_stmt())
                return
            if s == "class":
                body.append(self.classdef(t, []))
                return
            if s == "with":
                body.append(self.with_stmt(t, False))
                return
            if s == "for":
                body.append(self.for_stmt(t, False))
                return
            if s == "try":
                body.append(self.try_stmt())
                return
            if s == "while":
                body.append(self.while_stmt())
                return
            if s == "async":
                t1 = self.peek(1)
                if t1.type == T.NAME:
                    if t1.string == "def":
                        self.advance()
                        body.append(self.funcdef(t, []))
                        return
                    if t1.string == "with":
                        self.advance()
                        body.append(self.with_stmt(t, True))
                        return
                    if t1.string == "for":
                        self.advance()
                        body.append(self.for_stmt(t, True))
                        return
            if s == "match":
                m = self.try_match_stmt()
                if m is not None:
                    body.append(m)
                    return
        elif t.exact_type == T.AT:
            body.append(self.decorated())
            return
        self.simple_stmts(body)

    def simple_stmts(self, body: list[stmt]) -> None:
        while True:
            st = self.simple_stmt()
            if isinstance(st, Expr) and not self.at_simple_end():
                self.legacy_print(st.value)
            body.append(st)
            if not self.accept(T.SEMI):
                break
            if self.at(T.NEWLINE):
                break
        t = self.tok()
        if t.type != T.NEWLINE:
            raise self.syntax_error_here()
        self.advance()

    def legacy_print(self, e: expr) -> None:
        """`print x` / `exec x`: CPython's "Missing parentheses" error."""
        if not isinstance(e, Name):
            return
        name = e.id
        if (name != "print" and name != "exec") or not self.starts_expression():
            return
        save = self.pos
        try:
            self.star_expressions()
        except SourceError:
            self.pos = save
            return
        end = self.end()
        raise self.error_at_node("Missing parentheses in call to '%s'. Did you mean %s(...)?"
                                 % (name, name), e.lineno, e.col_offset, end.end_lineno,
                                 end.end_col)

    def block(self, what: str, header: Token) -> list[stmt]:
        """`':' block` after a compound statement header (the ':' consumed)."""
        body: list[stmt] = []
        t = self.tok()
        if t.type == T.NEWLINE:
            self.advance()
            t2 = self.tok()
            if t2.type != T.INDENT:
                if t2.type == T.ERRORTOKEN:
                    raise self.error_token(t2)
                raise SourceError("IndentationError",
                                  "expected an indented block after %s on line %d"
                                  % (what, header.lineno),
                                  t2.lineno, t2.col_char + 1, t2.lineno, t2.col_char + 1,
                                  self.line_text(t2.lineno))
            self.advance()
            while True:
                t3 = self.tok()
                if t3.type == T.DEDENT:
                    self.advance()
                    break
                if t3.type == T.ENDMARKER:
                    break
                self.statement(body)
            return body
        self.simple_stmts(body)
        return body

    def simple_stmt(self) -> stmt:
        t = self.tok()
        if t.type == T.NAME:
            s = t.string
            if s == "pass":
                self.advance()
                return Pass(t.lineno, t.col, t.end_lineno, t.end_col)
            if s == "break":
                self.advance()
                return Break(t.lineno, t.col, t.end_lineno, t.end_col)
            if s == "continue":
                self.advance()
                return Continue(t.lineno, t.col, t.end_lineno, t.end_col)
            if s == "return":
                self.advance()
                value: expr | None = None
                if not self.at_simple_end():
                    value = self.star_expressions()
                e = self.end()
                return Return(value, t.lineno, t.col, e.end_lineno, e.end_col)
            if s == "import":
                return self.import_name()
            if s == "from":
                return self.import_from()
            if s == "raise":
                self.advance()
                exc: expr | None = None
                cause: expr | None = None
                if not self.at_simple_end():
                    exc = self.expression()
                    if self.accept_kw("from"):
                        cause = self.expression()
                e = self.end()
                return Raise(exc, cause, t.lineno, t.col, e.end_lineno, e.end_col)
            if s == "global" or s == "nonlocal":
                self.advance()
                names: list[str] = []
                while True:
                    names.append(self.name_token().string)
                    if not self.accept(T.COMMA):
                        break
                e = self.end()
                if s == "global":
                    return Global(names, t.lineno, t.col, e.end_lineno, e.end_col)
                return Nonlocal(names, t.lineno, t.col, e.end_lineno, e.end_col)
            if s == "del":
                self.advance()
                targets: list[expr] = []
                while True:
                    d = self.star_target_elem(False)
                    self.set_context(d, DEL, "delete")
                    targets.append(d)
                    if not self.accept(T.COMMA):
                        break
                    if self.at_simple_end():
                        break
                e = self.end()
                return Delete(targets, t.lineno, t.col, e.end_lineno, e.end_col)
            if s == "assert":
                self.advance()
                test = self.expression()
                msg: expr | None = None
                if self.accept(T.COMMA):
                    msg = self.expression()
                e = self.end()
                return Assert(test, msg, t.lineno, t.col, e.end_lineno, e.end_col)
        return self.expr_or_assign_stmt()

    def at_simple_end(self) -> bool:
        t = self.tok()
        return t.type == T.NEWLINE or t.exact_type == T.SEMI or t.type == T.ENDMARKER

    def expr_or_assign_stmt(self) -> stmt:
        t = self.tok()
        # NAME ':' annotation: a simple annotated assignment
        first: expr
        if self.at_kw("yield"):
            first = self.yield_expr()
        else:
            first = self.star_expressions()
        nt = self.tok()
        if nt.exact_type == T.COLON:
            self.advance()
            self.check_ann_target(first)
            self.set_context(first, STORE, "assign")
            simple = 0
            if isinstance(first, Name) and t.exact_type != T.LPAR:
                simple = 1
            ann = self.expression()
            value: expr | None = None
            if self.accept(T.EQUAL):
                if self.at_kw("yield"):
                    value = self.yield_expr()
                else:
                    value = self.star_expressions()
            e = self.end()
            return AnnAssign(first, ann, value, simple, t.lineno, t.col, e.end_lineno,
                             e.end_col)
        if nt.exact_type == T.EQUAL:
            targets: list[expr] = [first]
            self.advance()
            while True:
                if self.at_kw("yield"):
                    v = self.yield_expr()
                else:
                    v = self.star_expressions()
                if self.at(T.EQUAL):
                    self.advance()
                    targets.append(v)
                else:
                    for tg in targets:
                        self.set_context(tg, STORE, "assign")
                    e = self.end()
                    return Assign(targets, v, None, t.lineno, t.col, e.end_lineno, e.end_col)
        if nt.exact_type in AUGASSIGN:
            op = AUGASSIGN[nt.exact_type]
            if not (isinstance(first, Name) or isinstance(first, Attribute) or
                    isinstance(first, Subscript)):
                raise self.expr_error("'%s' is an illegal expression for augmented assignment"
                                      % describe(first), first)
            self.set_context(first, STORE, "assign")
            self.advance()
            if self.at_kw("yield"):
                v2 = self.yield_expr()
            else:
                v2 = self.star_expressions()
            e = self.end()
            return AugAssign(first, op, v2, t.lineno, t.col, e.end_lineno, e.end_col)
        e = self.end()
        return Expr(first, t.lineno, t.col, e.end_lineno, e.end_col)

    def check_ann_target(self, target: expr) -> None:
        if isinstance(target, Name) or isinstance(target, Attribute) or \
                isinstance(target, Subscript):
            return
        if isinstance(target, Tuple):
            raise self.expr_error("only single target (not tuple) can be annotated", target)
        if isinstance(target, List):
            raise self.expr_error("only single target (not list) can be annotated", target)
        raise self.expr_error("illegal target for annotation", target)

    def set_context(self, e: expr, ctx: expr_context, what: str) -> None:
        if isinstance(e, Name):
            e.ctx = ctx
        elif isinstance(e, Attribute):
            e.ctx = ctx
        elif isinstance(e, Subscript):
            e.ctx = ctx
        elif isinstance(e, Starred):
            if what == "delete":
                raise self.expr_error("cannot delete starred", e)
            e.ctx = ctx
            self.set_context(e.value, ctx, what)
        elif isinstance(e, Tuple):
            e.ctx = ctx
            for x in e.elts:
                self.set_context(x, ctx, what)
        elif isinstance(e, List):
            e.ctx = ctx
            for y in e.elts:
                self.set_context(y, ctx, what)
        else:
            d = describe(e)
            if what == "assign" and d != "None" and d != "True" and d != "False":
                raise self.expr_error("cannot assign to %s here. Maybe you meant '==' "
                                      "instead of '='?" % describe(e), e)
            if what == "delete":
                raise self.expr_error("cannot delete %s" % d, e)
            raise self.expr_error("cannot assign to %s" % d, e)

    def import_name(self) -> stmt:
        t = self.advance()
        names: list[alias] = []
        while True:
            names.append(self.dotted_as_name())
            if not self.accept(T.COMMA):
                break
        e = self.end()
        return Import(names, t.lineno, t.col, e.end_lineno, e.end_col)

    def dotted_name(self) -> str:
        parts: list[str] = [self.name_token().string]
        while self.at(T.DOT):
            self.advance()
            parts.append(self.name_token().string)
        return ".".join(parts)

    def dotted_as_name(self) -> alias:
        t = self.tok()
        name = self.dotted_name()
        asname: str | None = None
        if self.accept_kw("as"):
            asname = self.name_token().string
        e = self.end()
        return alias(name, asname, t.lineno, t.col, e.end_lineno, e.end_col)

    def import_from(self) -> stmt:
        t = self.advance()
        level = 0
        while True:
            if self.at(T.DOT):
                level += 1
                self.advance()
            elif self.at(T.ELLIPSIS):
                level += 3
                self.advance()
            else:
                break
        module: str | None = None
        if not self.at_kw("import"):
            module = self.dotted_name()
        self.expect_kw("import")
        names: list[alias] = []
        st = self.tok()
        if st.exact_type == T.STAR:
            self.advance()
            names.append(alias("*", None, st.lineno, st.col, st.end_lineno, st.end_col))
        elif st.exact_type == T.LPAR:
            self.advance()
            while True:
                names.append(self.import_as_name())
                if not self.accept(T.COMMA):
                    break
                if self.at(T.RPAR):
                    break
            self.expect(T.RPAR)
        else:
            while True:
                names.append(self.import_as_name())
                if not self.accept(T.COMMA):
                    break
            if self.at(T.COMMA):
                raise self.syntax_error_here()
        e = self.end()
        return ImportFrom(module, names, level, t.lineno, t.col, e.end_lineno, e.end_col)

    def import_as_name(self) -> alias:
        t = self.name_token()
        asname: str | None = None
        if self.accept_kw("as"):
            asname = self.name_token().string
        e = self.end()
        return alias(t.string, asname, t.lineno, t.col, e.end_lineno, e.end_col)

    # ------------------------------------------------------------ compound statements

    def if_stmt(self) -> stmt:
        t = self.advance()      # 'if' or 'elif'
        test = self.named_expression()
        self.expect_forced(T.COLON, ":")
        what = "'if' statement"
        if t.string == "elif":
            what = "'elif' statement"
        body = self.block(what, t)
        orelse: list[stmt] = []
        if self.at_kw("elif"):
            orelse.append(self.if_stmt())
        elif self.at_kw("else"):
            et = self.advance()
            self.expect_forced(T.COLON, ":")
            orelse = self.block("'else' statement", et)
        e = self.end()
        return If(test, body, orelse, t.lineno, t.col, e.end_lineno, e.end_col)

    def while_stmt(self) -> stmt:
        t = self.advance()
        test = self.named_expression()
        self.expect_forced(T.COLON, ":")
        body = self.block("'while' statement", t)
        orelse: list[stmt] = []
        if self.at_kw("else"):
            et = self.advance()
            self.expect_forced(T.COLON, ":")
            orelse = self.block("'else' statement", et)
        e = self.end()
        return While(test, body, orelse, t.lineno, t.col, e.end_lineno, e.end_col)

    def for_stmt(self, t: Token, is_async: bool) -> stmt:
        ft = self.advance()     # 'for'
        target = self.star_targets()
        self.expect_kw("in")
        it = self.star_expressions()
        self.expect_forced(T.COLON, ":")
        body = self.block("'for' statement", ft)
        orelse: list[stmt] = []
        if self.at_kw("else"):
            et = self.advance()
            self.expect_forced(T.COLON, ":")
            orelse = self.block("'else' statement", et)
        e = self.end()
        if is_async:
            return AsyncFor(target, it, body, orelse, None, t.lineno, t.col, e.end_lineno,
                            e.end_col)
        return For(target, it, body, orelse, None, t.lineno, t.col, e.end_lineno, e.end_col)

    def with_stmt(self, t: Token, is_async: bool) -> stmt:
        wt = self.advance()     # 'with'
        items: list[withitem] = []
        done = False
        if self.at(T.LPAR):
            save = self.pos
            try:
                self.advance()
                while True:
                    items.append(self.with_item())
                    if not self.accept(T.COMMA):
                        break
                    if self.at(T.RPAR):
                        break
                self.expect(T.RPAR)
                if not self.at(T.COLON):
                    raise Backtrack()
                done = True
            except SourceError:
                self.pos = save
                items = []
            except Backtrack:
                self.pos = save
                items = []
        if not done:
            while True:
                items.append(self.with_item())
                if not self.accept(T.COMMA):
                    break
        self.expect_forced(T.COLON, ":")
        body = self.block("'with' statement", wt)
        e = self.end()
        if is_async:
            return AsyncWith(items, body, None, t.lineno, t.col, e.end_lineno, e.end_col)
        return With(items, body, None, t.lineno, t.col, e.end_lineno, e.end_col)

    def with_item(self) -> withitem:
        ctx = self.expression()
        target: expr | None = None
        if self.accept_kw("as"):
            target = self.star_target_elem(True)
            self.set_context(target, STORE, "target")
        return withitem(ctx, target)

    def try_stmt(self) -> stmt:
        t = self.advance()
        self.expect_forced(T.COLON, ":")
        body = self.block("'try' statement", t)
        handlers: list[excepthandler] = []
        star = False
        while self.at_kw("except"):
            et = self.advance()
            if self.at(T.STAR):
                self.advance()
                star = True
            typ: expr | None = None
            name: str | None = None
            if not self.at(T.COLON):
                typ = self.expression()
                if self.at(T.COMMA):
                    raise self.expr_error("multiple exception types must be parenthesized",
                                          typ)
                if self.accept_kw("as"):
                    name = self.name_token().string
            self.expect_forced(T.COLON, ":")
            hbody = self.block("'except' statement", et)
            e = self.end()
            handlers.append(ExceptHandler(typ, name, hbody, et.lineno, et.col, e.end_lineno,
                                          e.end_col))
        orelse: list[stmt] = []
        finalbody: list[stmt] = []
        if len(handlers) > 0 and self.at_kw("else"):
            lt = self.advance()
            self.expect_forced(T.COLON, ":")
            orelse = self.block("'else' statement", lt)
        if self.at_kw("finally"):
            ft = self.advance()
            self.expect_forced(T.COLON, ":")
            finalbody = self.block("'finally' statement", ft)
        elif len(handlers) == 0:
            raise self.error_at_token("expected 'except' or 'finally' block", self.tok())
        e2 = self.end()
        if star:
            return TryStar(body, handlers, orelse, finalbody, t.lineno, t.col, e2.end_lineno,
                           e2.end_col)
        return Try(body, handlers, orelse, finalbody, t.lineno, t.col, e2.end_lineno,
                   e2.end_col)

    def decorated(self) -> stmt:
        decorators: list[expr] = []
        while self.at(T.AT):
            self.advance()
            decorators.append(self.named_expression())
            t = self.tok()
            if t.type != T.NEWLINE:
                raise self.syntax_error_here()
            self.advance()
        t2 = self.tok()
        if t2.type == T.NAME:
            if t2.string == "def":
                return self.funcdef(t2, decorators)
            if t2.string == "class":
                return self.classdef(t2, decorators)
            if t2.string == "async" and self.peek(1).string == "def":
                self.advance()
                return self.funcdef(t2, decorators)
        raise self.syntax_error_here()

    def funcdef(self, t: Token, decorators: list[expr]) -> stmt:
        dt = self.advance()     # 'def'
        name = self.name_token().string
        self.expect(T.LPAR)
        args = self.parameters(T.RPAR, True)
        self.expect(T.RPAR)
        returns: expr | None = None
        if self.accept(T.RARROW):
            returns = self.expression()
        self.expect_forced(T.COLON, ":")
        body = self.block("function definition", dt)
        e = self.end()
        if t.string == "async":
            return AsyncFunctionDef(name, args, body, decorators, returns, None, t.lineno,
                                    t.col, e.end_lineno, e.end_col)
        return FunctionDef(name, args, body, decorators, returns, None, t.lineno, t.col,
                           e.end_lineno, e.end_col)

    def classdef(self, t: Token, decorators: list[expr]) -> stmt:
        self.advance()
        name = self.name_token().string
        bases: list[expr] = []
        keywords: list[keyword] = []
        if self.accept(T.LPAR):
            self.call_arguments(bases, keywords, False, t)
        self.expect_forced(T.COLON, ":")
        body = self.block("class definition", t)
        e = self.end()
        return ClassDef(name, bases, keywords, body, decorators, t.lineno, t.col,
                        e.end_lineno, e.end_col)

    def parameters(self, closer: int, annotations: bool) -> arguments:
        posonly: list[arg] = []
        args: list[arg] = []
        defaults: list[expr] = []
        vararg: arg | None = None
        kwonly: list[arg] = []
        kw_defaults: list[expr | None] = []
        kwarg: arg | None = None
        seen_star = False
        while not self.at(closer):
            t = self.tok()
            if t.exact_type == T.SLASH:
                if seen_star or len(posonly) > 0 or len(args) == 0:
                    raise self.syntax_error_here()
                self.advance()
                posonly = args
                args = []
            elif t.exact_type == T.STAR:
                if seen_star:
                    raise self.syntax_error_here()
                self.advance()
                seen_star = True
                if not self.at(T.COMMA) and not self.at(closer):
                    vararg = self.param(annotations, True)
            elif t.exact_type == T.DOUBLESTAR:
                self.advance()
                kwarg = self.param(annotations, False)
                self.accept(T.COMMA)
                break
            else:
                a = self.param(annotations, False)
                default: expr | None = None
                if self.accept(T.EQUAL):
                    default = self.expression()
                if seen_star:
                    kwonly.append(a)
                    kw_defaults.append(default)
                else:
                    args.append(a)
                    if default is not None:
                        defaults.append(default)
                    elif len(defaults) > 0:
                        raise self.error_at_node("non-default argument follows default "
                                                 "argument", a.lineno, a.col_offset,
                                                 a.end_lineno, a.end_col_offset)
            if not self.accept(T.COMMA):
                break
        if seen_star and vararg is None and len(kwonly) == 0:
            raise self.error_at_token("named arguments must follow bare *", self.tok())
        return arguments(posonly, args, vararg, kwonly, kw_defaults, kwarg, defaults)

    def param(self, annotations: bool, star: bool) -> arg:
        t = self.name_token()
        ann: expr | None = None
        if annotations and self.accept(T.COLON):
            if star and self.at(T.STAR):
                st = self.advance()
                v = self.expression()
                e0 = self.end()
                ann = Starred(v, LOAD, st.lineno, st.col, e0.end_lineno, e0.end_col)
            else:
                ann = self.expression()
        e = self.end()
        return arg(t.string, ann, None, t.lineno, t.col, e.end_lineno, e.end_col)

    # ------------------------------------------------------------ match

    def try_match_stmt(self) -> stmt | None:
        """'match' subject ':' NEWLINE INDENT case_block+ DEDENT, or None
        (then 'match' is an ordinary name)."""
        save = self.pos
        t = self.advance()
        try:
            subject = self.match_subject()
            if not self.at(T.COLON):
                raise Backtrack()
            self.advance()
            if self.tok().type != T.NEWLINE:
                raise Backtrack()
        except SourceError:
            self.pos = save
            return None
        except Backtrack:
            self.pos = save
            return None
        self.advance()
        it = self.tok()
        if it.type != T.INDENT:
            raise SourceError("IndentationError",
                              "expected an indented block after 'match' statement on line %d"
                              % t.lineno, it.lineno, it.col_char + 1, it.lineno,
                              it.col_char + 1, self.line_text(it.lineno))
        self.advance()
        cases: list[match_case] = []
        while self.at_kw("case"):
            cases.append(self.case_block())
        if self.tok().type != T.DEDENT:
            raise self.syntax_error_here()
        self.advance()
        e = self.end()
        return Match(subject, cases, t.lineno, t.col, e.end_lineno, e.end_col)

    def match_subject(self) -> expr:
        t = self.tok()
        first = self.star_named_expression()
        if not self.at(T.COMMA):
            if isinstance(first, Starred):
                raise Backtrack()
            return first
        elts: list[expr] = [first]
        while self.accept(T.COMMA):
            if self.at(T.COLON):
                break
            elts.append(self.star_named_expression())
        e = self.end()
        return Tuple(elts, LOAD, t.lineno, t.col, e.end_lineno, e.end_col)

    def case_block(self) -> match_case:
        ct = self.advance()
        pat = self.patterns()
        guard: expr | None = None
        if self.accept_kw("if"):
            guard = self.named_expression()
        self.expect_forced(T.COLON, ":")
        body = self.block("'case' statement", ct)
        return match_case(pat, guard, body)

    def patterns(self) -> pattern:
        t = self.tok()
        first = self.maybe_star_pattern()
        if not self.at(T.COMMA):
            if isinstance(first, MatchStar):
                raise self.syntax_error_here()
            return first
        pats: list[pattern] = [first]
        while self.accept(T.COMMA):
            if self.at(T.COLON) or self.at_kw("if"):
                break
            pats.append(self.maybe_star_pattern())
        e = self.end()
        return MatchSequence(pats, t.lineno, t.col, e.end_lineno, e.end_col)

    def maybe_star_pattern(self) -> pattern:
        t = self.tok()
        if t.exact_type == T.STAR:
            self.advance()
            nt = self.name_token()
            name: str | None = nt.string
            if nt.string == "_":
                name = None
            return MatchStar(name, t.lineno, t.col, nt.end_lineno, nt.end_col)
        return self.as_pattern()

    def as_pattern(self) -> pattern:
        t = self.tok()
        p = self.or_pattern()
        if self.accept_kw("as"):
            nt = self.name_token()
            if nt.string == "_":
                raise self.error_at_token("cannot use '_' as a target", nt)
            return MatchAs(p, nt.string, t.lineno, t.col, nt.end_lineno, nt.end_col)
        return p

    def or_pattern(self) -> pattern:
        t = self.tok()
        first = self.closed_pattern()
        if not self.at(T.VBAR):
            return first
        pats: list[pattern] = [first]
        while self.accept(T.VBAR):
            pats.append(self.closed_pattern())
        e = self.end()
        return MatchOr(pats, t.lineno, t.col, e.end_lineno, e.end_col)

    def closed_pattern(self) -> pattern:
        t = self.tok()
        x = t.exact_type
        if x == T.LPAR or x == T.LSQB:
            self.advance()
            closer = T.RPAR
            if x == T.LSQB:
                closer = T.RSQB
            pats: list[pattern] = []
            comma = False
            while not self.at(closer):
                pats.append(self.maybe_star_pattern())
                if not self.accept(T.COMMA):
                    break
                comma = True
            self.expect(closer)
            e = self.end()
            if x == T.LPAR and len(pats) == 1 and not comma and \
                    not isinstance(pats[0], MatchStar):
                return pats[0]
            return MatchSequence(pats, t.lineno, t.col, e.end_lineno, e.end_col)
        if x == T.LBRACE:
            return self.mapping_pattern()
        if t.type == T.NAME and t.string not in KEYWORDS:
            nt1 = self.peek(1).exact_type
            if nt1 != T.DOT and nt1 != T.LPAR:
                self.advance()
                if t.string == "_":
                    return MatchAs(None, None, t.lineno, t.col, t.end_lineno, t.end_col)
                return MatchAs(None, t.string, t.lineno, t.col, t.end_lineno, t.end_col)
            value = self.name_or_attr()
            if self.at(T.LPAR):
                return self.class_pattern(value, t)
            if isinstance(value, Name):
                raise self.syntax_error_here()
            e = self.end()
            return MatchValue(value, t.lineno, t.col, e.end_lineno, e.end_col)
        if t.type == T.NAME and (t.string == "None" or t.string == "True" or
                                 t.string == "False"):
            self.advance()
            c: ConstValue = CONST_NONE
            if t.string == "True":
                c = CONST_TRUE
            elif t.string == "False":
                c = CONST_FALSE
            return MatchSingleton(c, t.lineno, t.col, t.end_lineno, t.end_col)
        v = self.literal_expr()
        e2 = self.end()
        return MatchValue(v, t.lineno, t.col, e2.end_lineno, e2.end_col)

    def name_or_attr(self) -> expr:
        t = self.name_token()
        v: expr = Name(t.string, LOAD, t.lineno, t.col, t.end_lineno, t.end_col)
        while self.accept(T.DOT):
            a = self.name_token()
            v = Attribute(v, a.string, LOAD, t.lineno, t.col, a.end_lineno, a.end_col)
        return v

    def literal_expr(self) -> expr:
        """signed numbers, complex literals, strings (for patterns)."""
        t = self.tok()
        if t.type == T.STRING:
            return self.strings()
        neg = False
        if t.exact_type == T.MINUS:
            self.advance()
            neg = True
        nt = self.tok()
        if nt.type != T.NUMBER:
            raise self.syntax_error_here()
        self.advance()
        num: expr = Constant(number_from_literal(nt.string), None, nt.lineno, nt.col,
                             nt.end_lineno, nt.end_col)
        if neg:
            num = UnaryOp(OP_USUB, num, t.lineno, t.col, nt.end_lineno, nt.end_col)
        ot = self.tok()
        if ot.exact_type == T.PLUS or ot.exact_type == T.MINUS:
            self.advance()
            it = self.tok()
            if it.type != T.NUMBER:
                raise self.syntax_error_here()
            self.advance()
            imag = Constant(number_from_literal(it.string), None, it.lineno, it.col,
                            it.end_lineno, it.end_col)
            op: operator = OP_ADD
            if ot.exact_type == T.MINUS:
                op = OP_SUB
            return BinOp(num, op, imag, t.lineno, t.col, it.end_lineno, it.end_col)
        return num

    def class_pattern(self, cls: expr, t: Token) -> pattern:
        self.advance()      # '('
        pats: list[pattern] = []
        kwd_attrs: list[str] = []
        kwd_pats: list[pattern] = []
        while not self.at(T.RPAR):
            kt = self.tok()
            if self.is_name(kt) and self.peek(1).exact_type == T.EQUAL:
                self.advance()
                self.advance()
                kwd_attrs.append(kt.string)
                kwd_pats.append(self.as_pattern())
            else:
                if len(kwd_attrs) > 0:
                    raise self.syntax_error_here()
                pats.append(self.as_pattern())
            if not self.accept(T.COMMA):
                break
        self.expect(T.RPAR)
        e = self.end()
        return MatchClass(cls, pats, kwd_attrs, kwd_pats, t.lineno, t.col, e.end_lineno,
                          e.end_col)

    def mapping_pattern(self) -> pattern:
        t = self.advance()  # '{'
        keys: list[expr] = []
        pats: list[pattern] = []
        rest: str | None = None
        while not self.at(T.RBRACE):
            if self.at(T.DOUBLESTAR):
                self.advance()
                rest = self.name_token().string
                self.accept(T.COMMA)
                break
            kt = self.tok()
            if kt.type == T.NAME and (kt.string == "None" or kt.string == "True" or
                                      kt.string == "False"):
                self.advance()
                c: ConstValue = CONST_NONE
                if kt.string == "True":
                    c = CONST_TRUE
                elif kt.string == "False":
                    c = CONST_FALSE
                keys.append(Constant(c, None, kt.lineno, kt.col, kt.end_lineno, kt.end_col))
            elif kt.type == T.NAME:
                keys.append(self.name_or_attr())
            else:
                keys.append(self.literal_expr())
            self.expect(T.COLON)
            pats.append(self.as_pattern())
            if not self.accept(T.COMMA):
                break
        self.expect(T.RBRACE)
        e = self.end()
        return MatchMapping(keys, pats, rest, t.lineno, t.col, e.end_lineno, e.end_col)

    # ------------------------------------------------------------ expressions

    def star_expressions(self) -> expr:
        """star_expression (',' star_expression)* [','] -- a Tuple if a comma."""
        t = self.tok()
        first = self.star_expression()
        if not self.at(T.COMMA):
            return first
        elts: list[expr] = [first]
        while self.accept(T.COMMA):
            if not self.starts_expression():
                break
            elts.append(self.star_expression())
        e = self.end()
        return Tuple(elts, LOAD, t.lineno, t.col, e.end_lineno, e.end_col)

    def starts_expression(self) -> bool:
        t = self.tok()
        ty = t.type
        if ty == T.NAME:
            s = t.string
            if s not in KEYWORDS:
                return True
            return s == "None" or s == "True" or s == "False" or s == "not" or \
                s == "lambda" or s == "await" or s == "yield"
        if ty == T.NUMBER or ty == T.STRING:
            return True
        x = t.exact_type
        return x == T.LPAR or x == T.LSQB or x == T.LBRACE or x == T.MINUS or \
            x == T.PLUS or x == T.TILDE or x == T.STAR or x == T.ELLIPSIS

    def star_expression(self) -> expr:
        t = self.tok()
        if t.exact_type == T.STAR:
            self.advance()
            v = self.bitwise_or()
            e = self.end()
            return Starred(v, LOAD, t.lineno, t.col, e.end_lineno, e.end_col)
        return self.expression()

    def star_named_expression(self) -> expr:
        t = self.tok()
        if t.exact_type == T.STAR:
            self.advance()
            v = self.bitwise_or()
            e = self.end()
            return Starred(v, LOAD, t.lineno, t.col, e.end_lineno, e.end_col)
        return self.named_expression()

    def named_expression(self) -> expr:
        t = self.tok()
        if self.is_name(t) and self.peek(1).exact_type == T.COLONEQUAL:
            self.advance()
            self.advance()
            value = self.expression()
            e = self.end()
            target = Name(t.string, STORE, t.lineno, t.col, t.end_lineno, t.end_col)
            return NamedExpr(target, value, t.lineno, t.col, e.end_lineno, e.end_col)
        ex = self.expression()
        if self.at(T.COLONEQUAL):
            raise self.expr_error("cannot use assignment expressions with %s" % describe(ex),
                                  ex)
        return ex

    def expression(self) -> expr:
        t = self.tok()
        if t.type == T.NAME and t.string == "lambda":
            return self.lambdef()
        body = self.disjunction()
        if self.at_kw("if"):
            self.advance()
            test = self.disjunction()
            self.expect_kw("else")
            orelse = self.expression()
            e = self.end()
            return IfExp(test, body, orelse, t.lineno, t.col, e.end_lineno, e.end_col)
        return body

    def expression_nocond(self) -> expr:
        t = self.tok()
        if t.type == T.NAME and t.string == "lambda":
            return self.lambdef()
        return self.disjunction()

    def lambdef(self) -> expr:
        t = self.advance()
        args = self.parameters(T.COLON, False)
        self.expect(T.COLON)
        body = self.expression()
        e = self.end()
        return Lambda(args, body, t.lineno, t.col, e.end_lineno, e.end_col)

    def disjunction(self) -> expr:
        t = self.tok()
        first = self.conjunction()
        if not self.at_kw("or"):
            return first
        values: list[expr] = [first]
        while self.accept_kw("or"):
            values.append(self.conjunction())
        e = self.end()
        return BoolOp(OP_OR, values, t.lineno, t.col, e.end_lineno, e.end_col)

    def conjunction(self) -> expr:
        t = self.tok()
        first = self.inversion()
        if not self.at_kw("and"):
            return first
        values: list[expr] = [first]
        while self.accept_kw("and"):
            values.append(self.inversion())
        e = self.end()
        return BoolOp(OP_AND, values, t.lineno, t.col, e.end_lineno, e.end_col)

    def inversion(self) -> expr:
        t = self.tok()
        if t.type == T.NAME and t.string == "not":
            self.advance()
            v = self.inversion()
            e = self.end()
            return UnaryOp(OP_NOT, v, t.lineno, t.col, e.end_lineno, e.end_col)
        return self.comparison()

    def comp_op(self) -> cmpop | None:
        """The comparison operator at the current token (consumed), or None."""
        t = self.tok()
        x = t.exact_type
        if x == T.EQEQUAL:
            self.advance()
            return CMP_EQ
        if x == T.NOTEQUAL:
            self.advance()
            return CMP_NOTEQ
        if x == T.LESS:
            self.advance()
            return CMP_LT
        if x == T.LESSEQUAL:
            self.advance()
            return CMP_LTE
        if x == T.GREATER:
            self.advance()
            return CMP_GT
        if x == T.GREATEREQUAL:
            self.advance()
            return CMP_GTE
        if t.type == T.NAME:
            if t.string == "in":
                self.advance()
                return CMP_IN
            if t.string == "is":
                self.advance()
                if self.accept_kw("not"):
                    return CMP_ISNOT
                return CMP_IS
            if t.string == "not" and self.peek(1).type == T.NAME and \
                    self.peek(1).string == "in":
                self.advance()
                self.advance()
                return CMP_NOTIN
        return None

    def comparison(self) -> expr:
        t = self.tok()
        first = self.bitwise_or()
        op = self.comp_op()
        if op is None:
            return first
        ops: list[cmpop] = []
        comparators: list[expr] = []
        while op is not None:
            ops.append(op)
            comparators.append(self.bitwise_or())
            op = self.comp_op()
        e = self.end()
        return Compare(first, ops, comparators, t.lineno, t.col, e.end_lineno, e.end_col)

    def bitwise_or(self) -> expr:
        t = self.tok()
        left = self.bitwise_xor()
        while self.at(T.VBAR):
            self.advance()
            right = self.bitwise_xor()
            e = self.end()
            left = BinOp(left, OP_BITOR, right, t.lineno, t.col, e.end_lineno, e.end_col)
        return left

    def bitwise_xor(self) -> expr:
        t = self.tok()
        left = self.bitwise_and()
        while self.at(T.CIRCUMFLEX):
            self.advance()
            right = self.bitwise_and()
            e = self.end()
            left = BinOp(left, OP_BITXOR, right, t.lineno, t.col, e.end_lineno, e.end_col)
        return left

    def bitwise_and(self) -> expr:
        t = self.tok()
        left = self.shift_expr()
        while self.at(T.AMPER):
            self.advance()
            right = self.shift_expr()
            e = self.end()
            left = BinOp(left, OP_BITAND, right, t.lineno, t.col, e.end_lineno, e.end_col)
        return left

    def shift_expr(self) -> expr:
        t = self.tok()
        left = self.sum_expr()
        while True:
            x = self.tok().exact_type
            op: operator
            if x == T.LEFTSHIFT:
                op = OP_LSHIFT
            elif x == T.RIGHTSHIFT:
                op = OP_RSHIFT
            else:
                break
            self.advance()
            right = self.sum_expr()
            e = self.end()
            left = BinOp(left, op, right, t.lineno, t.col, e.end_lineno, e.end_col)
        return left

    def sum_expr(self) -> expr:
        t = self.tok()
        left = self.term()
        while True:
            x = self.tok().exact_type
            op: operator
            if x == T.PLUS:
                op = OP_ADD
            elif x == T.MINUS:
                op = OP_SUB
            else:
                break
            self.advance()
            right = self.term()
            e = self.end()
            left = BinOp(left, op, right, t.lineno, t.col, e.end_lineno, e.end_col)
        return left

    def term(self) -> expr:
        t = self.tok()
        left = self.factor()
        while True:
            x = self.tok().exact_type
            op: operator
            if x == T.STAR:
                op = OP_MULT
            elif x == T.SLASH:
                op = OP_DIV
            elif x == T.DOUBLESLASH:
                op = OP_FLOORDIV
            elif x == T.PERCENT:
                op = OP_MOD
            elif x == T.AT:
                op = OP_MATMULT
            else:
                break
            self.advance()
            right = self.factor()
            e = self.end()
            left = BinOp(left, op, right, t.lineno, t.col, e.end_lineno, e.end_col)
        return left

    def factor(self) -> expr:
        t = self.tok()
        x = t.exact_type
        op: unaryop
        if x == T.PLUS:
            op = OP_UADD
        elif x == T.MINUS:
            op = OP_USUB
        elif x == T.TILDE:
            op = OP_INVERT
        else:
            return self.power()
        self.advance()
        v = self.factor()
        e = self.end()
        return UnaryOp(op, v, t.lineno, t.col, e.end_lineno, e.end_col)

    def power(self) -> expr:
        t = self.tok()
        left = self.await_primary()
        if self.at(T.DOUBLESTAR):
            self.advance()
            right = self.factor()
            e = self.end()
            return BinOp(left, OP_POW, right, t.lineno, t.col, e.end_lineno, e.end_col)
        return left

    def await_primary(self) -> expr:
        t = self.tok()
        if t.type == T.NAME and t.string == "await":
            self.advance()
            v = self.primary()
            e = self.end()
            return Await(v, t.lineno, t.col, e.end_lineno, e.end_col)
        return self.primary()

    def primary(self) -> expr:
        t = self.tok()
        v = self.atom()
        while True:
            x = self.tok().exact_type
            if x == T.DOT:
                self.advance()
                n = self.name_token()
                v = Attribute(v, n.string, LOAD, t.lineno, t.col, n.end_lineno, n.end_col)
            elif x == T.LPAR:
                v = self.call(v, t)
            elif x == T.LSQB:
                self.advance()
                s = self.slices()
                self.expect(T.RSQB)
                e = self.end()
                v = Subscript(v, s, LOAD, t.lineno, t.col, e.end_lineno, e.end_col)
            else:
                break
        return v

    def call(self, func: expr, t: Token) -> expr:
        args: list[expr] = []
        keywords: list[keyword] = []
        self.advance()  # '('
        self.call_arguments(args, keywords, True, t)
        e = self.end()
        return Call(func, args, keywords, t.lineno, t.col, e.end_lineno, e.end_col)

    def call_arguments(self, args: list[expr], keywords: list[keyword], genexp: bool,
                       t: Token) -> None:
        """The arguments after '(' up to and including ')'."""
        lpar = self.toks[self.pos - 1]
        first = True
        while not self.at(T.RPAR):
            a = self.tok()
            x = a.exact_type
            if x == T.STAR:
                self.advance()
                v = self.expression()
                e = self.end()
                args.append(Starred(v, LOAD, a.lineno, a.col, e.end_lineno, e.end_col))
            elif x == T.DOUBLESTAR:
                self.advance()
                v2 = self.expression()
                e2 = self.end()
                keywords.append(keyword(None, v2, a.lineno, a.col, e2.end_lineno, e2.end_col))
            elif self.is_name(a) and self.peek(1).exact_type == T.EQUAL:
                self.advance()
                self.advance()
                v3 = self.expression()
                e3 = self.end()
                keywords.append(keyword(a.string, v3, a.lineno, a.col, e3.end_lineno,
                                        e3.end_col))
            else:
                v4 = self.named_expression()
                if first and genexp and (self.at_kw("for") or self.at_kw("async")):
                    gens = self.for_if_clauses()
                    rp = self.expect(T.RPAR)
                    args.append(GeneratorExp(v4, gens, lpar.lineno, lpar.col, rp.end_lineno,
                                             rp.end_col))
                    return
                if len(keywords) > 0:
                    for k in keywords:
                        if k.arg is None:
                            raise self.expr_error("positional argument follows keyword "
                                                  "argument unpacking", v4)
                    raise self.expr_error("positional argument follows keyword argument",
                                          v4)
                args.append(v4)
            first = False
            if not self.accept(T.COMMA):
                break
        self.expect(T.RPAR)

    def slices(self) -> expr:
        t = self.tok()
        first = self.slice_item()
        if not self.at(T.COMMA):
            if isinstance(first, Starred):
                e0 = self.end()
                return Tuple([first], LOAD, t.lineno, t.col, e0.end_lineno, e0.end_col)
            return first
        elts: list[expr] = [first]
        while self.accept(T.COMMA):
            if self.at(T.RSQB):
                break
            elts.append(self.slice_item())
        e = self.end()
        return Tuple(elts, LOAD, t.lineno, t.col, e.end_lineno, e.end_col)

    def slice_item(self) -> expr:
        t = self.tok()
        if t.exact_type == T.STAR:
            self.advance()
            v = self.bitwise_or()
            e = self.end()
            return Starred(v, LOAD, t.lineno, t.col, e.end_lineno, e.end_col)
        lower: expr | None = None
        if t.exact_type != T.COLON:
            lower = self.named_expression()
            if not self.at(T.COLON):
                return lower
        self.advance()      # ':'
        upper: expr | None = None
        step: expr | None = None
        x = self.tok().exact_type
        if x != T.COLON and x != T.COMMA and x != T.RSQB:
            upper = self.expression()
        if self.accept(T.COLON):
            x2 = self.tok().exact_type
            if x2 != T.COMMA and x2 != T.RSQB:
                step = self.expression()
        e2 = self.end()
        return Slice(lower, upper, step, t.lineno, t.col, e2.end_lineno, e2.end_col)

    def atom(self) -> expr:
        t = self.tok()
        ty = t.type
        if ty == T.NAME:
            s = t.string
            if s in KEYWORDS:
                if s == "None":
                    self.advance()
                    return Constant(CONST_NONE, None, t.lineno, t.col, t.end_lineno, t.end_col)
                if s == "True":
                    self.advance()
                    return Constant(CONST_TRUE, None, t.lineno, t.col, t.end_lineno, t.end_col)
                if s == "False":
                    self.advance()
                    return Constant(CONST_FALSE, None, t.lineno, t.col, t.end_lineno,
                                    t.end_col)
                raise self.syntax_error_here()
            self.advance()
            return Name(s, LOAD, t.lineno, t.col, t.end_lineno, t.end_col)
        if ty == T.NUMBER:
            self.advance()
            return Constant(number_from_literal(t.string), None, t.lineno, t.col,
                            t.end_lineno, t.end_col)
        if ty == T.STRING:
            return self.strings()
        x = t.exact_type
        if x == T.LPAR:
            return self.paren_atom()
        if x == T.LSQB:
            return self.list_atom()
        if x == T.LBRACE:
            return self.brace_atom()
        if x == T.ELLIPSIS:
            self.advance()
            return Constant(CONST_ELLIPSIS, None, t.lineno, t.col, t.end_lineno, t.end_col)
        raise self.syntax_error_here()

    def paren_atom(self) -> expr:
        t = self.advance()
        if self.at(T.RPAR):
            rp = self.advance()
            return Tuple([], LOAD, t.lineno, t.col, rp.end_lineno, rp.end_col)
        if self.at_kw("yield"):
            y = self.yield_expr()
            self.expect(T.RPAR)
            return y
        first = self.star_named_expression()
        if self.at_kw("for") or self.at_kw("async"):
            gens = self.for_if_clauses()
            rp2 = self.expect(T.RPAR)
            return GeneratorExp(first, gens, t.lineno, t.col, rp2.end_lineno, rp2.end_col)
        if self.at(T.RPAR):
            if isinstance(first, Starred):
                raise self.expr_error("cannot use starred expression here", first)
            self.advance()
            return first
        elts: list[expr] = [first]
        while self.accept(T.COMMA):
            if self.at(T.RPAR):
                break
            elts.append(self.star_named_expression())
        rp3 = self.expect(T.RPAR)
        return Tuple(elts, LOAD, t.lineno, t.col, rp3.end_lineno, rp3.end_col)

    def list_atom(self) -> expr:
        t = self.advance()
        elts: list[expr] = []
        if not self.at(T.RSQB):
            first = self.star_named_expression()
            if self.at_kw("for") or self.at_kw("async"):
                gens = self.for_if_clauses()
                rp = self.expect(T.RSQB)
                return ListComp(first, gens, t.lineno, t.col, rp.end_lineno, rp.end_col)
            elts.append(first)
            while self.accept(T.COMMA):
                if self.at(T.RSQB):
                    break
                elts.append(self.star_named_expression())
        rp2 = self.expect(T.RSQB)
        return List(elts, LOAD, t.lineno, t.col, rp2.end_lineno, rp2.end_col)

    def brace_atom(self) -> expr:
        t = self.advance()
        if self.at(T.RBRACE):
            rb = self.advance()
            return Dict([], [], t.lineno, t.col, rb.end_lineno, rb.end_col)
        keys: list[expr | None] = []
        values: list[expr] = []
        if self.at(T.DOUBLESTAR):
            self.advance()
            keys.append(None)
            values.append(self.bitwise_or())
        else:
            first = self.star_named_expression()
            if self.at(T.COLON) and not isinstance(first, Starred):
                self.advance()
                v = self.expression()
                if self.at_kw("for") or self.at_kw("async"):
                    gens = self.for_if_clauses()
                    rb2 = self.expect(T.RBRACE)
                    return DictComp(first, v, gens, t.lineno, t.col, rb2.end_lineno,
                                    rb2.end_col)
                keys.append(first)
                values.append(v)
            else:
                # a set
                if self.at_kw("for") or self.at_kw("async"):
                    gens2 = self.for_if_clauses()
                    rb3 = self.expect(T.RBRACE)
                    return SetComp(first, gens2, t.lineno, t.col, rb3.end_lineno, rb3.end_col)
                elts: list[expr] = [first]
                while self.accept(T.COMMA):
                    if self.at(T.RBRACE):
                        break
                    elts.append(self.star_named_expression())
                rb4 = self.expect(T.RBRACE)
                return Set(elts, t.lineno, t.col, rb4.end_lineno, rb4.end_col)
        while self.accept(T.COMMA):
            if self.at(T.RBRACE):
                break
            if self.at(T.DOUBLESTAR):
                self.advance()
                keys.append(None)
                values.append(self.bitwise_or())
            else:
                keys.append(self.expression())
                self.expect(T.COLON)
                values.append(self.expression())
        rb5 = self.expect(T.RBRACE)
        return Dict(keys, values, t.lineno, t.col, rb5.end_lineno, rb5.end_col)

    def for_if_clauses(self) -> list[comprehension]:
        gens: list[comprehension] = []
        while True:
            is_async = 0
            if self.at_kw("async") and self.peek(1).type == T.NAME and \
                    self.peek(1).string == "for":
                self.advance()
                is_async = 1
            if not self.accept_kw("for"):
                break
            target = self.star_targets()
            self.expect_kw("in")
            it = self.disjunction()
            ifs: list[expr] = []
            while self.accept_kw("if"):
                ifs.append(self.disjunction())
            gens.append(comprehension(target, it, ifs, is_async))
        return gens

    def yield_expr(self) -> expr:
        t = self.advance()
        if self.accept_kw("from"):
            v = self.expression()
            e = self.end()
            return YieldFrom(v, t.lineno, t.col, e.end_lineno, e.end_col)
        value: expr | None = None
        x = self.tok().exact_type
        if x != T.RPAR and x != T.RSQB and x != T.RBRACE and x != T.SEMI and \
                x != T.EQUAL and x != T.COLON and not (self.tok().type == T.NEWLINE) and \
                self.starts_expression():
            value = self.star_expressions()
        e2 = self.end()
        return Yield(value, t.lineno, t.col, e2.end_lineno, e2.end_col)

    # ------------------------------------------------------------ targets

    def star_targets(self) -> expr:
        """star_targets: a target, or a Tuple of them, in Store context
        (parsed at the level of primaries, so that 'in' ends them)."""
        t = self.tok()
        first = self.star_target_elem(True)
        if not self.at(T.COMMA):
            self.set_context(first, STORE, "target")
            return first
        elts: list[expr] = [first]
        while self.accept(T.COMMA):
            if self.at_kw("in") or self.at(T.EQUAL):
                break
            elts.append(self.star_target_elem(True))
        e = self.end()
        tup = Tuple(elts, STORE, t.lineno, t.col, e.end_lineno, e.end_col)
        self.set_context(tup, STORE, "target")
        return tup

    def star_target_elem(self, star: bool) -> expr:
        t = self.tok()
        if star and t.exact_type == T.STAR:
            self.advance()
            v = self.star_target_elem(False)
            e = self.end()
            return Starred(v, LOAD, t.lineno, t.col, e.end_lineno, e.end_col)
        return self.bitwise_or()

    # ------------------------------------------------------------ strings

    def strings(self) -> expr:
        t = self.tok()
        toks: list[Token] = []
        has_f = False
        while self.tok().type == T.STRING:
            st = self.advance()
            toks.append(st)
            c0 = st.string[0]
            if c0 != "'" and c0 != '"':
                p0 = parse_prefix(st.string)
                if p0.is_f:
                    has_f = True
        last = toks[len(toks) - 1]
        str_parts: list[str] = []
        bytes_parts: list[bytes] = []
        is_bytes = False
        kind: str | None = None
        acc = FStringAcc(t, last)
        first = True
        for st in toks:
            p = parse_prefix(st.string)
            if first:
                is_bytes = p.is_bytes
                if p.is_u:
                    kind = "u"
            elif p.is_bytes != is_bytes:
                raise self.error_at_node("cannot mix bytes and nonbytes literals", t.lineno,
                                         t.col, last.end_lineno, last.end_col)
            first = False
            try:
                if p.is_bytes:
                    bytes_parts.append(decode_bytes_body(p.body, p.is_raw))
                elif p.is_f:
                    plen = prefix_length(st.string)
                    end = self.fstring_parse(p.body, 0, p.is_raw, st, plen, 0, t, last, acc,
                                             kind)
                    if end < len(p.body):
                        raise self.error_at_token("f-string: single '}' is not allowed", st)
                elif has_f:
                    acc.lit.append(decode_str_body(p.body, p.is_raw))
                else:
                    str_parts.append(decode_str_body(p.body, p.is_raw))
            except LiteralError as le:
                if le.msg.startswith("(unicode error)"):
                    # CPython reports decoding errors at the end of the string
                    raise SourceError("SyntaxError", le.msg, st.end_lineno, st.end_col_char + 1,
                                      st.end_lineno, st.end_col_char + 1,
                                      self.line_text(st.end_lineno))
                raise self.error_at_token(le.msg, st)
        if has_f:
            acc.flush(kind)
            return JoinedStr(acc.values, t.lineno, t.col, last.end_lineno, last.end_col)
        value: ConstValue
        if is_bytes:
            value = ConstBytes(b"".join(bytes_parts))
        else:
            value = ConstStr("".join(str_parts))
        return Constant(value, kind, t.lineno, t.col, last.end_lineno, last.end_col)

    def fstring_parse(self, body: str, i: int, raw: bool, st: Token, plen: int, level: int,
                      first: Token, last: Token, acc: FStringAcc, kind: str | None) -> int:
        """Literal text and {expressions} of an f-string body from index i,
        up to its end (level 0) or the '}' ending a format spec (level 1);
        returns where it stopped."""
        n = len(body)
        while i < n:
            # literal text
            start = i
            while i < n:
                ch = body[i]
                i += 1
                if not raw and ch == "\\" and i < n:
                    ch = body[i]
                    i += 1
                    if ch == "N" and i < n and body[i] == "{":
                        # \N{NAME} is literal text, its braces are no expression
                        close = body.find("}", i)
                        if close >= 0:
                            i = close + 1
                            continue
                if ch == "{" or ch == "}":
                    if level == 0:
                        if i < n and body[i] == ch:
                            acc.lit.append(decode_str_body(body[start:i], raw))
                            i += 1
                            start = i
                            continue
                        if ch == "}":
                            raise self.error_at_token("f-string: single '}' is not allowed",
                                                      st)
                    i -= 1
                    break
            if i > start:
                acc.lit.append(decode_str_body(body[start:i], raw))
            if i >= n or body[i] == "}":
                return i
            # an expression: body[i] == '{'
            i = self.fstring_expr(body, i, raw, st, plen, level, first, last, acc, kind)
        return i

    def fstring_expr(self, body: str, brace: int, raw: bool, st: Token, plen: int, level: int,
                     first: Token, last: Token, acc: FStringAcc, kind: str | None) -> int:
        if level >= 2:
            raise self.error_at_token("f-string: expressions nested too deeply", st)
        n = len(body)
        i = brace + 1
        expr_start = i
        quote = ""
        depth = 0
        while i < n:
            ch = body[i]
            if ch == "\\":
                raise self.error_at_token("f-string expression part cannot include a "
                                          "backslash", st)
            if quote != "":
                if body.startswith(quote, i):
                    i += len(quote)
                    quote = ""
                else:
                    i += 1
                continue
            if ch == "'" or ch == '"':
                if body.startswith(ch + ch + ch, i):
                    quote = ch + ch + ch
                else:
                    quote = ch
                i += len(quote)
                continue
            if ch == "[" or ch == "(" or ch == "{":
                depth += 1
            elif ch == "#":
                raise self.error_at_token("f-string expression part cannot include '#'", st)
            elif depth == 0 and (ch == "!" or ch == ":" or ch == "}" or ch == "=" or
                                 ch == "<" or ch == ">"):
                if i + 1 < n and body[i + 1] == "=" and ch != ":" and ch != "}":
                    i += 2
                    continue
                if ch == "<" or ch == ">":
                    i += 1
                    continue
                break
            elif ch == "]" or ch == ")" or ch == "}":
                depth -= 1
            i += 1
        if quote != "":
            raise self.error_at_token("f-string: unterminated string", st)
        if i >= n:
            raise self.error_at_token("f-string: expecting '}'", st)
        expr_end = i
        if body[expr_start:expr_end].strip() == "":
            raise self.error_at_token("f-string: empty expression not allowed", st)
        value = self.fstring_compile(body, brace, expr_end, st, plen)
        expr_text = ""
        if body[i] == "=":
            i += 1
            while i < n and (body[i] == " " or body[i] == "\t" or body[i] == "\n" or
                             body[i] == "\r" or body[i] == "\f" or body[i] == "\v"):
                i += 1
            expr_text = body[expr_start:i]
        conversion = -1
        if i < n and body[i] == "!":
            i += 1
            if i >= n:
                raise self.error_at_token("f-string: expecting '}'", st)
            c = body[i]
            i += 1
            if c == "s" or c == "r" or c == "a":
                conversion = ord(c)
            else:
                raise self.error_at_token("f-string: invalid conversion character: expected "
                                          "'s', 'r', or 'a'", st)
        spec: expr | None = None
        if i < n and body[i] == ":":
            i += 1
            sub = FStringAcc(st, st)
            i = self.fstring_parse(body, i, raw, st, plen, level + 1, first, last, sub, kind)
            sub.flush(kind)
            spec = JoinedStr(sub.values, st.lineno, st.col, st.end_lineno, st.end_col)
        if i >= n or body[i] != "}":
            raise self.error_at_token("f-string: expecting '}'", st)
        i += 1
        if expr_text != "":
            acc.lit.append(expr_text)
            if conversion == -1 and spec is None:
                conversion = 114
        acc.flush(kind)
        acc.values.append(FormattedValue(value, conversion, spec, first.lineno, first.col,
                                         last.end_lineno, last.end_col))
        return i

    def fstring_compile(self, body: str, brace: int, expr_end: int, st: Token,
                        plen: int) -> expr:
        """Parse body[brace + 1:expr_end] as CPython 3.11 does: '(' text ')'
        tokenized on its own, positions shifted to the source's."""
        newline_after_brace = True
        k = brace + 1
        while k < expr_end and body[k] != "}" and body[k] != "\n":
            c = body[k]
            if c != " " and c != "\t" and c != "\f":
                newline_after_brace = False
                break
            k += 1
        lines = 0
        last_nl = -1
        for j in range(brace):
            if body[j] == "\n":
                lines += 1
                last_nl = j
        cols = 0
        if not newline_after_brace:
            if last_nl >= 0:
                cols = len(body[last_nl + 1:brace].encode())
            else:
                cols = plen + len(body[0:brace].encode())
        start_line = st.lineno + lines
        start_col = cols
        if lines == 0:
            start_col = st.col + cols
        text = "(" + body[brace + 1:expr_end] + ")"
        sub = Tokenizer(text.encode(), "utf-8")
        try:
            toks = sub.tokenize()
        except SourceError as e:
            raise self.error_at_token("f-string: " + e.msg, st)
        for tk in toks:
            if tk.lineno == 1:
                tk.col += start_col
                tk.col_char += start_col
            if tk.end_lineno == 1:
                tk.end_col += start_col
                tk.end_col_char += start_col
            tk.lineno += start_line - 1
            tk.end_lineno += start_line - 1
        p = Parser(sub, toks)
        try:
            result = p.star_expressions()
            if p.tok().type != T.NEWLINE and p.tok().type != T.ENDMARKER:
                raise p.syntax_error_here()
        except SourceError as e2:
            msg = e2.msg
            if not msg.startswith("f-string"):
                msg = "f-string: " + msg
            raise self.error_at_token(msg, st)
        return result


class FStringAcc:
    """The values of a JoinedStr being built, and pending literal text."""
    values: list[expr]
    lit: list[str]
    first: Token        # the positions of its Constant nodes: first's start,
    last: Token         # last's end

    def __init__(self, first: Token, last: Token) -> None:
        self.values = []
        self.lit = []
        self.first = first
        self.last = last

    def flush(self, kind: str | None) -> None:
        first = self.first
        last = self.last
        if len(self.lit) == 0:
            return
        s = "".join(self.lit)
        self.lit = []
        if s != "":
            self.values.append(Constant(ConstStr(s), kind, first.lineno, first.col,
                                        last.end_lineno, last.end_col))


def prefix_length(text: str) -> int:
    """Bytes of prefix and opening quote(s) of a string token."""
    i = 0
    while text[i] != "'" and text[i] != '"':
        i += 1
    if text.startswith(text[i] * 3, i) and len(text) - i >= 6:
        return i + 3
    return i + 1


# ---------------------------------------------------------------- helpers

def char_offset(text: str, byte_col: int) -> int:
    """The character offset of UTF-8 byte column byte_col in text."""
    b = 0
    i = 0
    for ch in text:
        if b >= byte_col:
            return i
        o = ord(ch)
        if o < 0x80:
            b += 1
        elif o < 0x800:
            b += 2
        elif o < 0x10000:
            b += 3
        else:
            b += 4
        i += 1
    return i


def describe(e: expr) -> str:
    """How CPython names an expression in 'cannot assign to X' messages."""
    if isinstance(e, Call):
        return "function call"
    if isinstance(e, Constant):
        v = e.value
        if v is CONST_NONE:
            return "None"
        if v is CONST_TRUE:
            return "True"
        if v is CONST_FALSE:
            return "False"
        if v is CONST_ELLIPSIS:
            return "ellipsis"
        return "literal"
    if isinstance(e, Compare):
        return "comparison"
    if isinstance(e, BoolOp) or isinstance(e, BinOp) or isinstance(e, UnaryOp):
        return "expression"
    if isinstance(e, Lambda):
        return "lambda"
    if isinstance(e, IfExp):
        return "conditional expression"
    if isinstance(e, NamedExpr):
        return "named expression"
    if isinstance(e, GeneratorExp):
        return "generator expression"
    if isinstance(e, ListComp):
        return "list comprehension"
    if isinstance(e, SetComp):
        return "set comprehension"
    if isinstance(e, DictComp):
        return "dict comprehension"
    if isinstance(e, Dict):
        return "dict literal"
    if isinstance(e, Set):
        return "set display"
    if isinstance(e, Await):
        return "await expression"
    if isinstance(e, Yield) or isinstance(e, YieldFrom):
        return "yield expression"
    if isinstance(e, Starred):
        return "starred"
    if isinstance(e, Tuple):
        return "tuple"
    if isinstance(e, List):
        return "list"
    if isinstance(e, Name):
        return "name"
    if isinstance(e, Attribute):
        return "attribute"
    if isinstance(e, Subscript):
        return "subscript"
    return "expression"


def parse(raw: bytes) -> Module:
    """Parse the bytes of a source file into a Module; raises SourceError."""
    tokenizer = tokenizer_for(raw)
    toks = tokenizer.tokenize()
    if not tokenizer.ascii_only:
        # identifiers are NFKC-normalized (PEP 3131): `ℌ` is the name `H`
        for t in toks:
            if t.type == T.NAME and not is_ascii(t.string):
                t.string = normalize_identifier(t.string)
    p = Parser(tokenizer, toks)
    try:
        return p.parse_module()
    except SourceError as e:
        raise prefer_tokenizer_error(e, tokenizer.pending_error)


def is_ascii(s: str) -> bool:
    for c in s:
        if ord(c) >= 128:
            return False
    return True


def prefer_tokenizer_error(e: SourceError, pending: SourceError | None) -> SourceError:
    """Which error to report when the parser fails: like CPython, which then
    tokenizes the rest of the file, an error the tokenizer finds later wins
    (an unclosed bracket only if it was opened on a line before the parser's
    error: `x = [1, 2` followed by `y = 3` is "'[' was never closed")."""
    if pending is None or pending is e:
        return e
    if pending.msg.endswith("was never closed"):
        if e.lineno > pending.lineno:
            return pending
        return e
    return pending
