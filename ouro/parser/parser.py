"""The Python 3.11 parser, in RPy: tokens to an AST (astnodes.py).

    module = parse(raw_bytes)          # decode, tokenize, parse; raises SourceError

A hand-written recursive-descent parser that follows the rules of
CPython's Grammar/python.gram (one method per rule, mostly), so that node
positions are CPython's: a node starts at the first token of the rule that
built it (so `(a).b` starts at the parenthesis) and ends at the last
non-whitespace token that rule consumed.  Columns are UTF-8 byte offsets
(Token.col).  Backtracking (parenthesized with-items, match statements)
saves and restores `pos`.

Syntax errors are CPython's (message, line, offset, end line, end offset),
found the way its PEG parser finds them:
- the first pass parses valid code only, as fast as it can; where it
  cannot go on it raises the generic "invalid syntax" at the furthest token
  looked at (CPython's last token fetched).  Errors that CPython raises in
  its first pass end the parse there: tokenizer errors, string and f-string
  errors, forced tokens (`def f:` is "expected '('").
- after any other failure, `after_failure` parses again from the start with
  `inv` (CPython's invalid_* rules, grammar rules tried only in its second
  pass) and `second` on: a failed optional part then backtracks as in a PEG
  parser (`a[] = 1` leaves `a`), and bitwise_or/expression results are
  remembered by position (else re-parsing is exponential).  The first
  specific error raised wins ("Perhaps you forgot a comma?", "Maybe you
  meant '=='...", "Generator expression must be parenthesized", ...); if
  there is none, the generic error of the first pass is reported.
- positions follow Parser/pegen_errors.c: byte offsets unless the source
  declares its encoding, the C tokenizer's empty NEWLINE tokens and its
  column-less INDENT/DEDENT/ENDMARKER (errors at the end of the file point
  after its last line), a tokenizer error further on overriding the
  parser's error (but not an "unexpected indent").
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
from ouro.parser.errors import WARNINGS, SourceError
from ouro.parser.strlit import (EscapeCheck, LiteralError, decode_bytes_body, decode_str_body,
                                parse_prefix)
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
    file_mode: bool     # parsing a script file or stdin (CPython's tokenizer
                        # reads it line by line: see cursor())
    far: int            # the furthest token index looked at (CPython's last
                        # token fetched: generic errors and RAISE_SYNTAX_ERROR
                        # point there)
    escapes: EscapeCheck    # of the string body decoded last
    warnings: list[SourceError]     # invalid escape sequences (check_escapes)
    warned: dict[str, bool]         # ... already in warnings
    second: bool        # the second pass: CPython's PEG semantics (a failed
                        # optional part backtracks; results are remembered)
    inv: bool           # CPython's invalid_* rules are on (second pass, except
                        # inside expression_without_invalid)
    final: bool         # the error being raised ends the parse (no second pass)
    char_offsets: bool  # error offsets in characters (the source declares its
                        # encoding or has a BOM), else in bytes, as CPython
    fstring: bool       # parsing an f-string expression: messages get the
    fshift: int         # "f-string: " prefix, columns are relative to "(expr)"
    memo_bor: dict[int, expr]       # second pass: bitwise_or by start token
    memo_bor_end: dict[int, int]
    memo_fail: dict[int, SourceError]       # bitwise_or failed there
    memo_expr: dict[int, expr]              # the same for expression
    memo_expr_end: dict[int, int]
    memo_expr_fail: dict[int, SourceError]
    levels: list[int]   # bracket depth after each token (second pass, lazily)
    pp_start: int       # the last parameter matched by pp_param (token indexes)
    pp_end: int
    args_dstar: bool    # cpy_args: a `**` argument seen
    args_last: expr | None  # cpy_args: the last positional argument
    args_kwargs: bool   # cpy_args: keyword arguments matched
    eof_index: int      # index of the first token of the final DEDENTs/ENDMARKER

    def __init__(self, tokenizer: Tokenizer, toks: list[Token], file_mode: bool = False) -> None:
        self.tokenizer = tokenizer
        self.file_mode = file_mode
        self.toks = []
        for t in toks:
            if t.type != T.COMMENT and t.type != T.NL:
                self.toks.append(t)
        self.pos = 0
        self.far = 0
        self.escapes = EscapeCheck()
        self.warnings = []
        self.warned = {}
        self.second = False
        self.inv = False
        self.final = False
        self.char_offsets = tokenizer.declared
        self.fstring = False
        self.fshift = 0
        self.memo_bor = {}
        self.memo_bor_end = {}
        self.memo_fail = {}
        self.memo_expr = {}
        self.memo_expr_end = {}
        self.memo_expr_fail = {}
        self.levels = []
        self.pp_start = 0
        self.pp_end = 0
        self.args_dstar = False
        self.args_last = None
        self.args_kwargs = False
        n = len(self.toks)
        k = n - 1
        if k >= 0 and self.toks[k].type == T.ENDMARKER:
            while k > 0 and self.toks[k - 1].type == T.DEDENT:
                k -= 1
        else:
            k = n
        self.eof_index = k

    def second_pass(self) -> None:
        """Start again from the first token with the invalid_* rules on."""
        self.pos = 0
        self.second = True
        self.inv = True
        self.final = False

    # ------------------------------------------------------------ tokens

    def tok(self) -> Token:
        p = self.pos
        t = self.toks[p]
        if p > self.far:
            self.far = p
            if t.type == T.ERRORTOKEN:
                self.reach_error(t)
        return t

    def peek(self, k: int) -> Token:
        p = self.pos + k
        if p >= len(self.toks):
            p = len(self.toks) - 1
        t = self.toks[p]
        if p > self.far:
            self.far = p
            if t.type == T.ERRORTOKEN:
                self.reach_error(t)
        return t

    def reach_error(self, t: Token) -> None:
        """The parser looks at an ERRORTOKEN for the first time: as in CPython,
        where fetching it raises the tokenizer's pending error, stop there."""
        if t.string == "":
            err = self.tokenizer.pending_error
            if err is not None:
                self.final = True
                raise err

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
        """A token CPython's grammar forces (`&&':'`): "expected ':'" at once."""
        t = self.tok()
        if t.exact_type != exact:
            if t.type == T.ERRORTOKEN:
                raise self.error_token(t)
            self.final = True
            raise self.err_tok("expected '%s'" % what, t)
        return self.advance()

    def expect_colon(self) -> Token:
        """The ':' after a compound statement header: CPython's invalid_*_stmt
        rules say "expected ':'" only if the line ends there."""
        t = self.tok()
        if t.exact_type != T.COLON:
            if t.type == T.NEWLINE:
                raise self.err_last("expected ':'")
            raise self.syntax_error_here()
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
    #
    # Positions as CPython 3.11's parser computes them (Parser/pegen_errors.c):
    # nodes and tokens carry 0-based UTF-8 byte columns; an error at a known
    # location reports col + 1 and end_col + 1, converted to characters (of
    # the START line, even for the end) only when the source declares its
    # encoding (or has a BOM) -- otherwise the offsets stay in bytes.  The
    # C tokenizer's NEWLINE token is empty (it ends where it starts); INDENT,
    # DEDENT and ENDMARKER have no column (-1): an error "at the last token"
    # then reports the tokenizer's cursor and an end offset of -1.

    def line_text(self, lineno: int) -> str | None:
        starts = self.tokenizer.line_starts
        if self.fstring:
            lineno -= self.toks[0].lineno - 1
        if lineno < 1 or lineno > len(starts):
            return None
        return self.tokenizer.line_text(starts[lineno - 1])

    def err(self, kind: str, msg: str, lineno: int, col1: int, end_lineno: int,
            end_col1: int) -> SourceError:
        """An error with CPython's 1-based byte offsets col1/end_col1 (0 or -1
        when unknown), converted as _PyPegen_raise_error_known_location does."""
        if self.fstring:
            msg = "f-string: " + msg
            col1 -= self.fshift
            end_col1 -= self.fshift
        text = self.line_text(lineno)
        if self.char_offsets and text is not None:
            conv = text
            t = self.toks[self.far]
            cur_line = t.end_lineno
            if t.type == T.ENDMARKER or t.type == T.DEDENT:
                cur_line = self.c_lineno(t)
            if lineno < cur_line:
                # a line before the tokenizer's: CPython takes it without newline
                conv = strip_newline(text)
            col1 = cpy_char_offset(conv, col1)
            if end_col1 > 0:
                end_col1 = cpy_char_offset(conv, end_col1)
        return SourceError(kind, msg, lineno, col1, end_lineno, end_col1, text)

    def err_known(self, msg: str, lineno: int, col: int, end_lineno: int,
                  end_col: int) -> SourceError:
        """RAISE_SYNTAX_ERROR_KNOWN_RANGE: 0-based byte columns (-1: none)."""
        return self.err("SyntaxError", msg, lineno, col + 1, end_lineno, end_col + 1)

    def err_node(self, msg: str, e: expr) -> SourceError:
        """RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node)."""
        return self.err("SyntaxError", msg, e.lineno, e.col_offset + 1, e.end_lineno,
                        e.end_col_offset + 1)

    def err_nodes(self, msg: str, a: expr, b: expr) -> SourceError:
        """RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b) of two nodes."""
        return self.err("SyntaxError", msg, a.lineno, a.col_offset + 1, b.end_lineno,
                        b.end_col_offset + 1)

    def err_tok(self, msg: str, t: Token) -> SourceError:
        """RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token)."""
        return self.err_toks(msg, t, t)

    def err_toks(self, msg: str, a: Token, b: Token) -> SourceError:
        """RAISE_SYNTAX_ERROR_KNOWN_RANGE(token a, token b)."""
        lineno = self.c_lineno(a)
        col = self.c_col(a)
        end_lineno = self.c_lineno(b)
        end_col = self.c_end_col(b)
        return self.err("SyntaxError", msg, lineno, col + 1, end_lineno, end_col + 1)

    def c_lineno(self, t: Token) -> int:
        if t.type == T.ENDMARKER or (t.type == T.DEDENT and self.at_eof(t)):
            return self.eof_line()
        return t.lineno

    def c_col(self, t: Token) -> int:
        ty = t.type
        if ty == T.INDENT or ty == T.DEDENT or ty == T.ENDMARKER:
            return -1
        if ty == T.NEWLINE:
            # CPython's NEWLINE token starts at a comment before it
            raw = self.tokenizer.tokens
            i = len(raw) - 1
            while i > 0 and raw[i] is not t:
                i -= 1
            if i > 0 and raw[i - 1].type == T.COMMENT and raw[i - 1].lineno == t.lineno:
                return raw[i - 1].col
        return t.col

    def c_end_col(self, t: Token) -> int:
        ty = t.type
        if ty == T.INDENT or ty == T.DEDENT or ty == T.ENDMARKER:
            return -1
        if ty == T.NEWLINE:
            return t.col
        return t.end_col

    def at_eof(self, t: Token) -> bool:
        """Is t one of the final DEDENTs (or the ENDMARKER)?"""
        i = self.eof_index
        n = len(self.toks)
        while i < n:
            if self.toks[i] is t:
                return True
            i += 1
        return False

    def eof_line(self) -> int:
        """The line CPython's tokenizer is on at the end of the source: the
        last line (a final newline starts no new line)."""
        tk = self.tokenizer
        n = len(tk.line_starts)
        if n > 1 and tk.line_starts[n - 1] >= tk.n:
            return n - 1
        return n

    def cursor(self, t: Token) -> int:
        """CPython's tok->cur - tok->line_start right after fetching t (bytes)."""
        ty = t.type
        if ty == T.ENDMARKER or (ty == T.DEDENT and self.at_eof(t)):
            if self.file_mode:
                return 0        # at the end of a file its line buffer is empty
            tk = self.tokenizer
            lineno = self.eof_line()
            if lineno < 1 or lineno > len(tk.line_starts):
                return 0
            start = tk.line_starts[lineno - 1]
            i = start
            while i < tk.n and tk.data[i] != 10 and tk.data[i] != 13:
                i += 1
            return i - start + 1        # the newline (added if missing) was read
        if ty == T.INDENT:
            return t.end_col
        if ty == T.DEDENT:
            return t.col
        if ty == T.NEWLINE:
            return t.col + 1
        return t.end_col

    def err_last(self, msg: str) -> SourceError:
        """RAISE_SYNTAX_ERROR(msg): at the last token fetched."""
        return self.err_last_kind("SyntaxError", msg)

    def err_last_kind(self, kind: str, msg: str) -> SourceError:
        t = self.toks[self.far]
        col = self.c_col(t)
        if col < 0:
            return self.err(kind, msg, self.c_lineno(t), self.cursor(t), self.c_lineno(t), -1)
        return self.err(kind, msg, t.lineno, col + 1, t.end_lineno, self.c_end_col(t) + 1)

    def err_from(self, msg: str, lineno: int, col: int) -> SourceError:
        """RAISE_SYNTAX_ERROR_STARTING_FROM: from (lineno, col) to the cursor."""
        t = self.toks[self.far]
        end_lineno = self.c_lineno(t)
        if t.type == T.STRING:
            end_lineno = t.end_lineno
        return self.err("SyntaxError", msg, lineno, col + 1, end_lineno, self.cursor(t))

    def error_token(self, t: Token) -> SourceError:
        err = self.tokenizer.pending_error
        if t.string == "" and err is not None:
            self.final = True
            return err
        return self.err_tok("invalid syntax", t)

    def syntax_error_here(self) -> SourceError:
        """The generic error: at the furthest token looked at (CPython's
        _PyPegen_set_syntax_error)."""
        return self.generic_error(self.far)

    def generic_error(self, far: int) -> SourceError:
        t = self.toks[far]
        if t.type == T.ERRORTOKEN:
            return self.error_token(t)
        if t.type == T.INDENT or t.type == T.DEDENT:
            save = self.far
            self.far = far
            what = "unexpected indent"
            if t.type == T.DEDENT:
                what = "unexpected unindent"
            e = self.err_last_kind("IndentationError", what)
            self.far = save
            return e
        # `<>` is one token (NOTEQUAL) for CPython, two for the tokenize module
        if t.exact_type == T.GREATER and far > 0:
            t0 = self.toks[far - 1]
            if t0.exact_type == T.LESS and t0.end_lineno == t.lineno and t0.end_col == t.col:
                return self.err_toks("invalid syntax", t0, t)
        if t.exact_type == T.LESS and far + 1 < len(self.toks):
            t2 = self.toks[far + 1]
            if t2.exact_type == T.GREATER and t.end_lineno == t2.lineno and t.end_col == t2.col:
                return self.err_toks("invalid syntax", t, t2)
        return self.err_tok("invalid syntax", t)

    def expr_error(self, msg: str, e: expr) -> SourceError:
        return self.err_node(msg, e)

    def level_after(self, i: int) -> int:
        """The bracket depth after token i (CPython's token->level)."""
        if len(self.levels) == 0:
            depth = 0
            for t in self.toks:
                x = t.exact_type
                if x == T.LPAR or x == T.LSQB or x == T.LBRACE:
                    depth += 1
                elif x == T.RPAR or x == T.RSQB or x == T.RBRACE:
                    depth -= 1
                self.levels.append(depth)
        return self.levels[i]

    def after_failure(self, e1: SourceError) -> SourceError:
        """The error to report once the first pass failed with e1.  As CPython
        does, unless e1 ends the parse (a tokenizer or string error, a forced
        token), parse again from the start with the invalid_* rules on: their
        error wins; if that pass too fails with the generic error, it is
        reported where the first pass stopped."""
        err = e1
        if not self.final:
            far1 = self.far
            self.second_pass()
            try:
                if self.fstring:
                    self.star_expressions()
                else:
                    self.parse_module()
                err = self.generic_error(far1)
            except SourceError as e2:
                if self.final or not is_generic(e2):
                    err = e2
                else:
                    err = self.generic_error(far1)
            except RecursionError:
                # the second pass nests deeper than the first: report the first's
                self.inv = True
                err = self.generic_error(far1)
        if self.fstring:
            return err
        return prefer_tokenizer_error(err, self.tokenizer.pending_error,
                                      self.c_lineno(self.toks[self.far]))

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
            raise self.syntax_error_here()
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
            body.append(self.simple_stmt())
            if not self.accept(T.SEMI):
                break
            if self.at(T.NEWLINE):
                break
        t = self.tok()
        if t.type != T.NEWLINE:
            raise self.syntax_error_here()
        self.advance()

    def block(self, what: str, header: Token) -> list[stmt]:
        """`':' block` after a compound statement header (the ':' consumed)."""
        body: list[stmt] = []
        t = self.tok()
        if t.type == T.NEWLINE:
            self.advance()
            t2 = self.tok()
            if t2.type != T.INDENT:
                raise self.err_last_kind("IndentationError",
                                         "expected an indented block after %s on line %d"
                                         % (what, header.lineno))
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
                return self.del_stmt(t)
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

    def del_stmt(self, t: Token) -> stmt:
        """'del' targets: CPython's invalid_del_stmt names the first target
        that cannot be deleted."""
        self.advance()
        targets: list[expr] = []
        while True:
            targets.append(self.star_expression())
            if not self.accept(T.COMMA):
                break
            if self.at_simple_end():
                break
        for d in targets:
            bad = invalid_target(d, TARGET_DEL)
            if bad is not None:
                raise self.err_node("cannot delete %s" % describe(bad), bad)
        if not self.at_simple_end():
            raise self.syntax_error_here()
        for d in targets:
            set_context(d, DEL)
        e = self.end()
        return Delete(targets, t.lineno, t.col, e.end_lineno, e.end_col)

    def expr_or_assign_stmt(self) -> stmt:
        t = self.tok()
        start = self.pos
        first: expr
        if self.at_kw("yield"):
            first = self.yield_expr()
        else:
            first = self.star_expressions()
        nt = self.tok()
        x = nt.exact_type
        if x == T.COLON:
            return self.ann_assign(t, start, first)
        if x == T.EQUAL:
            return self.assign(t, start, first)
        if x in AUGASSIGN:
            return self.aug_assign(t, first, nt)
        if self.inv and not self.at_simple_end():
            # invalid_assignment: the targets as named expressions (`a.b := 1`,
            # `a, b c = d`)
            self.try_named_elements(start)
        e = self.end()
        return Expr(first, t.lineno, t.col, e.end_lineno, e.end_col)

    def ann_assign(self, t: Token, start: int, first: expr) -> stmt:
        """`target ':' annotation ['=' value]`."""
        self.advance()      # ':'
        if isinstance(first, Name) or isinstance(first, Attribute) or \
                isinstance(first, Subscript):
            set_context(first, STORE)
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
        if not self.inv:
            raise self.syntax_error_here()      # (CPython stops at the ':')
        # CPython's invalid_assignment: the annotation must parse first
        if isinstance(first, Starred) or ((isinstance(first, Yield) or
                                           isinstance(first, YieldFrom)) and
                                          self.toks[start].exact_type != T.LPAR):
            raise self.syntax_error_here()
        colon = self.pos - 1
        self.expression()
        if (isinstance(first, List) or isinstance(first, Tuple)) and \
                self.is_group(start, colon - 1):
            what = "tuple"
            if isinstance(first, List):
                what = "list"
            raise self.err_node("only single target (not %s) can be annotated" % what, first)
        if isinstance(first, Tuple):
            raise self.err_node("only single target (not tuple) can be annotated",
                                first.elts[0])
        raise self.err_node("illegal target for annotation", first)

    def is_group(self, start: int, last: int) -> bool:
        """Is toks[start] an opening bracket closed by toks[last]?"""
        x = self.toks[start].exact_type
        if x != T.LPAR and x != T.LSQB and x != T.LBRACE:
            return False
        depth = 0
        i = start
        while i <= last:
            y = self.toks[i].exact_type
            if y == T.LPAR or y == T.LSQB or y == T.LBRACE:
                depth += 1
            elif y == T.RPAR or y == T.RSQB or y == T.RBRACE:
                depth -= 1
                if depth == 0:
                    return i == last
            i += 1
        return False

    def assign(self, t: Token, start: int, first: expr) -> stmt:
        targets: list[expr] = [first]
        starts: list[int] = [start]
        self.advance()      # '='
        while True:
            tg = targets[len(targets) - 1]
            if not valid_store_target(tg):
                if not self.inv:
                    raise self.syntax_error_here()
                raise self.invalid_assignment(start, tg, starts[len(starts) - 1])
            vstart = self.pos
            if self.at_kw("yield"):
                v = self.yield_expr()
            else:
                v = self.star_expressions()
            if self.at(T.EQUAL):
                self.advance()
                targets.append(v)
                starts.append(vstart)
            else:
                for tg2 in targets:
                    set_context(tg2, STORE)
                e = self.end()
                return Assign(targets, v, None, t.lineno, t.col, e.end_lineno, e.end_col)

    def invalid_assignment(self, start: int, bad: expr, bad_start: int) -> SourceError:
        """CPython's invalid_assignment for `... = bad = ...`: the first target
        list's elements as named expressions (`a, b = 1, 2 = 3` is "Maybe you
        meant '=='"), then the target that cannot be assigned to."""
        self.try_named_elements(start)
        if (isinstance(bad, Yield) or isinstance(bad, YieldFrom)) and \
                self.toks[bad_start].exact_type != T.LPAR:
            return self.err_node("assignment to yield expression not possible", bad)
        inv = invalid_target(bad, TARGET_STAR)
        if inv is not None:
            return self.err_node("cannot assign to %s" % describe(inv), inv)
        return self.syntax_error_here()

    def try_named_elements(self, start: int) -> None:
        """`star_named_expression (',' star_named_expression)*` from token
        start, with the second pass's named-expression checks; restores pos."""
        save = self.pos
        self.pos = start
        try:
            self.star_named_expression()
            if self.accept(T.COMMA):
                # star_named_expressions*: more elements, with or without commas
                while self.starts_expression():
                    q = self.pos
                    try:
                        self.star_named_expression()
                    except SourceError as se2:
                        if self.final or not is_generic(se2):
                            raise
                        self.pos = q
                        break
                    self.accept(T.COMMA)
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        self.pos = save

    def aug_assign(self, t: Token, first: expr, op_tok: Token) -> stmt:
        op = AUGASSIGN[op_tok.exact_type]
        self.advance()
        valid = isinstance(first, Name) or isinstance(first, Attribute) or \
            isinstance(first, Subscript)
        if not valid and not self.inv:
            raise self.syntax_error_here()
        if self.at_kw("yield"):
            v2 = self.yield_expr()
        else:
            v2 = self.star_expressions()
        if not valid:
            raise self.err_node("'%s' is an illegal expression for augmented assignment"
                                % describe(first), first)
        set_context(first, STORE)
        e = self.end()
        return AugAssign(first, op, v2, t.lineno, t.col, e.end_lineno, e.end_col)

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
                if not self.at(T.COMMA):
                    break
                self.advance()
                if self.tok().type == T.NEWLINE:
                    raise self.err_last("trailing comma not allowed without surrounding "
                                        "parentheses")
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
        self.expect_colon()
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
        self.expect_colon()
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
        target = self.for_target()
        it = self.star_expressions()
        self.expect_colon()
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

    def for_target(self) -> expr:
        """star_targets 'in' (of a for statement or comprehension); CPython's
        invalid_for_target names the target that cannot be assigned to."""
        start = self.pos
        try:
            target = self.star_targets()
            if valid_store_target(target) and self.at_kw("in"):
                self.advance()
                set_context(target, STORE)
                return target
        except SourceError as se:
            if self.final or not is_generic(se) or not self.inv:
                raise
        if not self.inv:
            raise self.syntax_error_here()
        far = self.far
        self.pos = start
        try:
            whole = self.star_expressions()
        except SourceError as e2:
            if self.final or not is_generic(e2):
                raise
            raise self.generic_error(far)
        bad = invalid_target(whole, TARGET_FOR)
        if bad is not None:
            raise self.err_node("cannot assign to %s" % describe(bad), bad)
        raise self.generic_error(far)

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
            except SourceError as se:
                if self.final or (self.inv and not is_generic(se)):
                    raise
                self.pos = save
                items = []
            except Backtrack:
                self.pos = save
                items = []
            if not done and self.inv:
                self.invalid_with_paren(save)
        if not done:
            while True:
                items.append(self.with_item())
                if not self.accept(T.COMMA):
                    break
        self.expect_colon()
        body = self.block("'with' statement", wt)
        e = self.end()
        if is_async:
            return AsyncWith(items, body, None, t.lineno, t.col, e.end_lineno, e.end_col)
        return With(items, body, None, t.lineno, t.col, e.end_lineno, e.end_col)

    def invalid_with_paren(self, start: int) -> None:
        """invalid_with_stmt: `with (items) NEWLINE` is "expected ':'"."""
        save = self.pos
        self.pos = start + 1
        try:
            while True:
                self.star_expressions()
                if self.accept_kw("as"):
                    self.star_target_elem(True)
                if not self.accept(T.COMMA):
                    break
                if self.at(T.RPAR):
                    break
            if self.accept(T.RPAR) and self.tok().type == T.NEWLINE:
                raise self.err_last("expected ':'")
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        self.pos = save

    def with_item(self) -> withitem:
        ctx = self.expression()
        target: expr | None = None
        if self.at_kw("as"):
            self.advance()
            start = self.pos
            tg = self.star_target_elem(True)
            nt = self.tok()
            x = nt.exact_type
            if (x != T.COMMA and x != T.RPAR and x != T.COLON) or not valid_store_target(tg):
                if self.inv:
                    self.invalid_with_item(start)
                    if nt.type == T.NEWLINE and valid_store_target(tg):
                        # invalid_with_stmt: `with a as b` NEWLINE
                        raise self.err_last("expected ':'")
                raise self.syntax_error_here()
            set_context(tg, STORE)
            target = tg
        return withitem(ctx, target)

    def invalid_with_item(self, start: int) -> None:
        """`expression 'as' expression` before ',' ')' ':' names the target that
        cannot be assigned to (second pass)."""
        save = self.pos
        self.pos = start
        try:
            whole = self.expression()
            y = self.tok().exact_type
            if y == T.COMMA or y == T.RPAR or y == T.COLON:
                bad = invalid_target(whole, TARGET_STAR)
                if bad is not None:
                    raise self.err_node("cannot assign to %s" % describe(bad), bad)
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        self.pos = save

    def try_stmt(self) -> stmt:
        t = self.advance()
        self.expect_forced(T.COLON, ":")
        body = self.block("'try' statement", t)
        handlers: list[excepthandler] = []
        star = False
        while self.at_kw("except"):
            et = self.advance()
            this_star = False
            star_tok = et
            if self.at(T.STAR):
                star_tok = self.advance()
                this_star = True
                if self.tok().type == T.NEWLINE or self.at(T.COLON):
                    raise self.err_last("expected one or more exception types")
            elif self.tok().type == T.NEWLINE:
                raise self.err_last("expected ':'")
            typ: expr | None = None
            name: str | None = None
            if not self.at(T.COLON):
                typ = self.expression()
                if self.at(T.COMMA):
                    self.multiple_exception_types(typ)
                if self.accept_kw("as"):
                    name = self.name_token().string
            x = self.tok()
            if x.exact_type != T.COLON:
                if x.type == T.NEWLINE:
                    raise self.err_last("expected ':'")
                raise self.syntax_error_here()
            if len(handlers) > 0 and this_star != star:
                if this_star:
                    raise self.err_toks("cannot have both 'except' and 'except*' on the same "
                                        "'try'", et, star_tok)
                raise self.err_tok("cannot have both 'except' and 'except*' on the same "
                                   "'try'", et)
            star = this_star
            self.advance()
            what = "'except' statement"
            if this_star:
                what = "'except*' statement"
            hbody = self.block(what, et)
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
            raise self.err_last("expected 'except' or 'finally' block")
        e2 = self.end()
        if star:
            return TryStar(body, handlers, orelse, finalbody, t.lineno, t.col, e2.end_lineno,
                           e2.end_col)
        return Try(body, handlers, orelse, finalbody, t.lineno, t.col, e2.end_lineno,
                   e2.end_col)

    def multiple_exception_types(self, typ: expr) -> None:
        """invalid_except_stmt: `except A, B [as n]:`."""
        save = self.pos
        try:
            self.advance()      # ','
            self.expressions()
            if self.accept_kw("as"):
                self.name_token()
            if self.at(T.COLON):
                raise self.err_from("multiple exception types must be parenthesized",
                                    typ.lineno, typ.col_offset)
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        self.pos = save
        raise self.syntax_error_here()

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
        self.expect_forced(T.LPAR, "(")
        if self.inv:
            self.check_parameters(T.RPAR, True)
        args = self.parameters(T.RPAR, True)
        self.expect(T.RPAR)
        returns: expr | None = None
        if self.at(T.RARROW):
            q = self.pos
            self.advance()
            returns = self.try_expr()
            if returns is None:
                self.pos = q        # then "expected ':'" at the '->'
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
        self.expect_colon()
        body = self.block("class definition", t)
        e = self.end()
        return ClassDef(name, bases, keywords, body, decorators, t.lineno, t.col,
                        e.end_lineno, e.end_col)

    def parameters(self, closer: int, annotations: bool) -> arguments:
        """def/lambda parameters up to the closer (not consumed).  Invalid
        lists raise the generic error here; the second pass reports CPython's
        messages first (check_parameters)."""
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
                if self.at(T.COMMA):
                    if not self.is_name(self.peek(1)):
                        raise self.syntax_error_here()
                elif not self.at(closer):
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
                        raise self.syntax_error_here()
            if not self.accept(T.COMMA):
                break
        if seen_star and vararg is None and len(kwonly) == 0:
            raise self.syntax_error_here()
        return arguments(posonly, args, vararg, kwonly, kw_defaults, kwarg, defaults)

    def param(self, annotations: bool, star: bool) -> arg:
        t = self.name_token()
        ann: expr | None = None
        if annotations and self.accept(T.COLON):
            if star and self.at(T.STAR):
                st = self.advance()
                v = self.bitwise_or()
                e0 = self.end()
                ann = Starred(v, LOAD, st.lineno, st.col, e0.end_lineno, e0.end_col)
            else:
                ann = self.expression()
        e = self.end()
        return arg(t.string, ann, None, t.lineno, t.col, e.end_lineno, e.end_col)

    # ---- the second pass: CPython's invalid_parameters, invalid_star_etc,
    # invalid_kwds (and their lambda forms), tried as its PEG parser tries them

    def check_parameters(self, closer: int, annotations: bool) -> None:
        start = self.pos
        try:
            self.invalid_parameters(closer, annotations)
            self.pos = start
            self.cpy_parameters(closer, annotations)
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        self.pos = start

    def try_expression(self) -> bool:
        """An expression here (consumed), or False (pos restored)."""
        q = self.pos
        try:
            self.expression()
            return True
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        self.pos = q
        return False

    def pp_param(self, ann: bool) -> bool:
        """param: NAME annotation? (a lambda's: NAME); sets pp_start/pp_end."""
        t = self.tok()
        if not self.is_name(t):
            return False
        self.pp_start = self.pos
        self.advance()
        if ann and self.at(T.COLON):
            q = self.pos
            self.advance()
            if not self.try_expression():
                self.pos = q
        self.pp_end = self.pos - 1
        return True

    def pp_close(self, closer: int) -> bool:
        """',' | &closer"""
        if self.at(T.COMMA):
            self.advance()
            return True
        return self.at(closer)

    def pp_default(self) -> bool:
        """default: '=' expression | invalid_default"""
        if not self.at(T.EQUAL):
            return False
        q = self.pos
        eq = self.advance()
        if self.try_expression():
            return True
        if self.at(T.RPAR) or self.at(T.COMMA):
            raise self.err_tok("expected default value expression", eq)
        self.pos = q
        return False

    def pp_one(self, kind: int, closer: int, ann: bool) -> bool:
        """kind 0: param_no_default, 1: param_with_default, 2: param_maybe_default."""
        q = self.pos
        if self.pp_param(ann):
            if kind == 0:
                if self.pp_close(closer):
                    return True
            elif kind == 1:
                if self.pp_default() and self.pp_close(closer):
                    return True
            else:
                self.pp_default()
                if self.pp_close(closer):
                    return True
        self.pos = q
        return False

    def pp_many(self, kind: int, closer: int, ann: bool) -> int:
        n = 0
        while self.pp_one(kind, closer, ann):
            n += 1
        return n

    def pp_slash(self, with_default: bool, closer: int, ann: bool) -> bool:
        """slash_no_default / slash_with_default"""
        q = self.pos
        if with_default:
            self.pp_many(0, closer, ann)
            n = self.pp_many(1, closer, ann)
        else:
            n = self.pp_many(0, closer, ann)
        if n > 0 and self.at(T.SLASH):
            self.advance()
            if self.pp_close(closer):
                return True
        self.pos = q
        return False

    def pp_error_param(self, msg: str) -> SourceError:
        a = self.toks[self.pp_start]
        b = self.toks[self.pp_end]
        return self.err_toks(msg, a, b)

    def invalid_parameters(self, closer: int, ann: bool) -> None:
        is_lambda = closer == T.COLON
        start = self.pos
        # param_no_default* (slash_with_default | param_with_default+) param_no_default
        self.pp_many(0, closer, ann)
        if self.pp_slash(True, closer, ann) or self.pp_many(1, closer, ann) > 0:
            if self.pp_one(0, closer, ann):
                raise self.pp_error_param("non-default argument follows default argument")
        self.pos = start
        # param_no_default* '(' param_no_default+ ','? ')'
        self.pp_many(0, closer, ann)
        if self.at(T.LPAR):
            lp = self.advance()
            ok = False
            if is_lambda:
                if self.pp_param(False):
                    ok = True
                    while self.at(T.COMMA) and self.is_name(self.peek(1)):
                        self.advance()
                        self.pp_param(False)
            else:
                ok = self.pp_many(0, T.RPAR, ann) > 0
            if ok:
                self.accept(T.COMMA)
                if self.at(T.RPAR):
                    if is_lambda:
                        raise self.err_toks("Lambda expression parameters cannot be "
                                            "parenthesized", lp, self.tok())
                    raise self.err_toks("Function parameters cannot be parenthesized", lp,
                                        self.tok())
        self.pos = start
        # '/' ','
        if self.at(T.SLASH) and self.peek(1).exact_type == T.COMMA:
            raise self.err_tok("at least one argument must precede /", self.tok())
        # (slash_no_default | slash_with_default) param_maybe_default* '/'
        if self.pp_slash(False, closer, ann) or self.pp_slash(True, closer, ann):
            self.pp_many(2, closer, ann)
            if self.at(T.SLASH):
                raise self.err_tok("/ may appear only once", self.tok())
        self.pos = start
        # [slash...] param_maybe_default* '*' (',' | param_no_default)
        #     param_maybe_default* '/'
        if not self.pp_slash(False, closer, ann):
            self.pp_slash(True, closer, ann)
        self.pp_many(2, closer, ann)
        if self.at(T.STAR):
            self.advance()
            if self.pp_one(0, closer, ann) or self.accept(T.COMMA):
                self.pp_many(2, closer, ann)
                if self.at(T.SLASH):
                    raise self.err_tok("/ must be ahead of *", self.tok())
        self.pos = start
        # param_maybe_default+ '/' '*'
        if self.pp_many(2, closer, ann) > 0 and self.at(T.SLASH):
            self.advance()
            if self.at(T.STAR):
                raise self.err_tok("expected comma between / and *", self.tok())
        self.pos = start

    def cpy_parameters(self, closer: int, ann: bool) -> None:
        """The valid `parameters` alternatives, to reach star_etc where
        CPython does (its invalid_star_etc and invalid_kwds)."""
        start = self.pos
        if self.pp_slash(False, closer, ann):
            self.pp_many(0, closer, ann)
            self.pp_many(1, closer, ann)
        elif self.pp_slash(True, closer, ann):
            self.pp_many(1, closer, ann)
        elif self.pp_many(0, closer, ann) > 0:
            self.pp_many(1, closer, ann)
        else:
            self.pos = start
            self.pp_many(1, closer, ann)
        self.cpy_star_etc(closer, ann)

    def cpy_star_etc(self, closer: int, ann: bool) -> bool:
        start = self.pos
        if not self.at(T.STAR):
            return self.cpy_kwds(closer, ann)
        star = self.advance()
        # invalid_star_etc
        x = self.tok().exact_type
        if x == closer or (x == T.COMMA and (self.peek(1).exact_type == closer or
                                            self.peek(1).exact_type == T.DOUBLESTAR)):
            if closer == T.COLON:
                raise self.err_last("named arguments must follow bare *")
            raise self.err_tok("named arguments must follow bare *", star)
        if self.pp_param(ann) and self.at(T.EQUAL):
            raise self.err_tok("var-positional argument cannot have default value", self.tok())
        self.pos = start + 1
        if self.pp_one(0, closer, ann) or self.accept(T.COMMA):
            self.pp_many(2, closer, ann)
            if self.at(T.STAR):
                st2 = self.advance()
                if self.pp_one(0, closer, ann) or self.at(T.COMMA):
                    raise self.err_tok("* argument may appear only once", st2)
        # '*' param_no_default param_maybe_default* [kwds]
        self.pos = start + 1
        if self.pp_one(0, closer, ann) or self.star_annotated_param(closer, ann):
            self.pp_many(2, closer, ann)
            self.cpy_kwds(closer, ann)
            return True
        # '*' ',' param_maybe_default+ [kwds]
        self.pos = start + 1
        if self.accept(T.COMMA) and self.pp_many(2, closer, ann) > 0:
            self.cpy_kwds(closer, ann)
            return True
        self.pos = start
        return False

    def star_annotated_param(self, closer: int, ann: bool) -> bool:
        """param_no_default_star_annotation: NAME ':' '*' bitwise_or (',' | &')')"""
        q = self.pos
        if ann and self.is_name(self.tok()) and self.peek(1).exact_type == T.COLON and \
                self.peek(2).exact_type == T.STAR:
            self.advance()
            self.advance()
            self.advance()
            try:
                self.bitwise_or()
                if self.pp_close(closer):
                    return True
            except SourceError as se:
                if self.final or not is_generic(se):
                    raise
        self.pos = q
        return False

    def cpy_kwds(self, closer: int, ann: bool) -> bool:
        if not self.at(T.DOUBLESTAR):
            return False
        start = self.pos
        self.advance()
        if self.pp_param(ann):
            if self.at(T.EQUAL):
                raise self.err_tok("var-keyword argument cannot have default value",
                                   self.tok())
            if self.at(T.COMMA):
                self.advance()
                t2 = self.tok()
                if self.pp_param(ann):
                    raise self.pp_error_param("arguments cannot follow var-keyword argument")
                x = t2.exact_type
                if x == T.STAR or x == T.DOUBLESTAR or x == T.SLASH:
                    raise self.err_tok("arguments cannot follow var-keyword argument", t2)
        self.pos = start + 1
        if self.pp_one(0, closer, ann):
            return True
        self.pos = start
        return False

    # ------------------------------------------------------------ match

    def try_match_stmt(self) -> stmt | None:
        """'match' subject ':' NEWLINE INDENT case_block+ DEDENT, or None
        (then 'match' is an ordinary name)."""
        save = self.pos
        t = self.advance()
        try:
            subject = self.match_subject()
            if not self.at(T.COLON):
                if self.inv and self.tok().type == T.NEWLINE:
                    raise self.err_last("expected ':'")
                raise Backtrack()
            self.advance()
            if self.tok().type != T.NEWLINE:
                raise Backtrack()
        except SourceError as se:
            if self.final or (self.inv and not is_generic(se)):
                raise
            self.pos = save
            return None
        except Backtrack:
            self.pos = save
            return None
        self.advance()
        it = self.tok()
        if it.type != T.INDENT:
            raise self.err_last_kind("IndentationError",
                                     "expected an indented block after 'match' statement "
                                     "on line %d" % t.lineno)
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
        self.expect_colon()
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
            nt = self.tok()
            if self.is_name(nt):
                if nt.string == "_":
                    raise self.err_tok("cannot use '_' as a target", nt)
                x = self.peek(1).exact_type
                if x == T.DOT or x == T.LPAR or x == T.EQUAL:
                    self.peek(1)
                    raise self.syntax_error_here()
                self.advance()
                return MatchAs(p, nt.string, t.lineno, t.col, nt.end_lineno, nt.end_col)
            if self.inv:
                # invalid_as_pattern: `or_pattern 'as' !NAME expression`
                far = self.far
                try:
                    target = self.expression()
                except SourceError as se:
                    if self.final or not is_generic(se):
                        raise
                    raise self.generic_error(far)
                raise self.err_node("invalid pattern target", target)
            raise self.syntax_error_here()
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
            if is_imaginary(nt.string):
                self.final = True
                raise self.err_tok("real number required in complex literal", nt)
            self.advance()
            it = self.tok()
            if it.type != T.NUMBER:
                raise self.syntax_error_here()
            if not is_imaginary(it.string):
                self.final = True
                raise self.err_tok("imaginary number required in complex literal", it)
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
                    # invalid_class_pattern: the positional patterns after keywords
                    first = self.as_pattern()
                    last = first
                    while self.at(T.COMMA):
                        q = self.pos
                        self.advance()
                        nt = self.tok()
                        if nt.exact_type == T.RPAR or (self.is_name(nt) and
                                                       self.peek(1).exact_type == T.EQUAL):
                            self.pos = q
                            break
                        try:
                            last = self.as_pattern()
                        except SourceError as se:
                            if self.final or not is_generic(se):
                                raise
                            self.pos = q
                            break
                    raise self.err_known("positional patterns follow keyword patterns",
                                         first.lineno, first.col_offset, last.end_lineno,
                                         last.end_col_offset)
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
                nt = self.tok()
                if not self.is_name(nt) or nt.string == "_":
                    raise self.syntax_error_here()
                x = self.peek(1).exact_type
                if x == T.DOT or x == T.LPAR or x == T.EQUAL:
                    raise self.syntax_error_here()
                self.advance()
                rest = nt.string
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

    def expressions(self) -> expr:
        """expression (',' expression)* [',']"""
        t = self.tok()
        first = self.expression()
        if not self.at(T.COMMA):
            return first
        elts: list[expr] = [first]
        while self.accept(T.COMMA):
            if not self.starts_plain_expression():
                break
            elts.append(self.expression())
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

    def starts_plain_expression(self) -> bool:
        """Can an `expression` (no '*', no 'yield') start here?"""
        t = self.tok()
        ty = t.type
        if ty == T.NAME:
            s = t.string
            if s not in KEYWORDS:
                return True
            return s == "None" or s == "True" or s == "False" or s == "not" or \
                s == "lambda" or s == "await"
        if ty == T.NUMBER or ty == T.STRING:
            return True
        x = t.exact_type
        return x == T.LPAR or x == T.LSQB or x == T.LBRACE or x == T.MINUS or \
            x == T.PLUS or x == T.TILDE or x == T.ELLIPSIS

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
        start = self.pos
        ex = self.expression()
        x = self.tok().exact_type
        if x == T.COLONEQUAL:
            if not self.inv:
                raise self.syntax_error_here()
            # invalid_named_expression: `expression ':=' expression`
            q = self.pos
            self.advance()
            if self.try_expr() is not None:
                raise self.err_node("cannot use assignment expressions with %s"
                                    % describe(ex), ex)
            self.pos = q
        elif x == T.EQUAL and self.inv:
            self.invalid_named_expression(start)
        return ex

    def invalid_named_expression(self, start: int) -> None:
        """CPython's invalid_named_expression after `expression '='`: `x = 1`
        where a comparison was meant."""
        save = self.pos
        t = self.toks[start]
        try:
            if self.is_name(t) and self.toks[start + 1].exact_type == T.EQUAL:
                # NAME '=' bitwise_or !('=' | ':=')
                self.pos = start + 2
                b = self.bitwise_or()
                x = self.tok().exact_type
                if x != T.EQUAL and x != T.COLONEQUAL:
                    raise self.err_known("invalid syntax. Maybe you meant '==' or ':=' "
                                         "instead of '='?", t.lineno, t.col, b.end_lineno,
                                         b.end_col_offset)
            if not self.starts_with_display(start):
                # bitwise_or '=' bitwise_or !('=' | ':=')
                self.pos = start
                a = self.bitwise_or()
                if self.at(T.EQUAL):
                    self.advance()
                    self.bitwise_or()
                    x2 = self.tok().exact_type
                    if x2 != T.EQUAL and x2 != T.COLONEQUAL:
                        raise self.err_node("cannot assign to %s here. Maybe you meant '==' "
                                            "instead of '='?" % describe(a), a)
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        self.pos = save

    def starts_with_display(self, start: int) -> bool:
        """Does a list or tuple display, a generator expression, True, None or
        False start at token start?"""
        t = self.toks[start]
        if t.type == T.NAME:
            return t.string == "True" or t.string == "None" or t.string == "False"
        x = t.exact_type
        if x != T.LSQB and x != T.LPAR:
            return False
        save = self.pos
        self.pos = start
        result = False
        try:
            a = self.atom()
            if x == T.LSQB:
                result = isinstance(a, List)
            else:
                result = (isinstance(a, Tuple) or isinstance(a, GeneratorExp)) and \
                    a.lineno == t.lineno and a.col_offset == t.col
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        self.pos = save
        return result

    def expression(self) -> expr:
        t = self.tok()
        if self.second:
            return self.expression_memo(t)
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

    def expression_memo(self, t: Token) -> expr:
        """expression in the second pass, remembered as bitwise_or is."""
        p = self.pos
        if p in self.memo_expr:
            self.pos = self.memo_expr_end[p]
            return self.memo_expr[p]
        if p in self.memo_expr_fail:
            raise self.memo_expr_fail[p]
        try:
            if self.inv:
                v = self.expression_inv(t)
            else:
                v = self.expression_without_invalid()
        except SourceError as se:
            if not self.final and is_generic(se):
                self.memo_expr_fail[p] = se
            raise
        self.memo_expr[p] = v
        self.memo_expr_end[p] = self.pos
        return v

    def expression_inv(self, t: Token) -> expr:
        """expression in the second pass: CPython's invalid_expression and
        invalid_legacy_expression come first."""
        if t.type == T.NAME and t.string == "lambda":
            return self.lambdef()
        start = self.pos
        body = self.disjunction()
        t1 = self.toks[start + 1]
        if self.starts_plain_expression() and not (t.type == T.NAME and (
                is_soft_keyword(t.string) or t1.type == T.STRING)):
            # two expressions in a row: "Perhaps you forgot a comma?" in brackets
            q = self.pos
            self.inv = False
            b: expr | None = None
            try:
                b = self.expression_without_invalid()
            except SourceError as se:
                if self.final or not is_generic(se):
                    self.inv = True
                    raise
            self.inv = True
            if b is not None and not is_legacy_name(body) and \
                    self.level_after(self.pos - 1) != 0:
                raise self.err_nodes("invalid syntax. Perhaps you forgot a comma?", body, b)
            self.pos = q
        if self.at_kw("if"):
            q2 = self.pos
            try:
                self.advance()
                test = self.disjunction()
                nt = self.tok()
                if not (nt.type == T.NAME and nt.string == "else") and \
                        nt.exact_type != T.COLON:
                    raise self.err_nodes("expected 'else' after 'if' expression", body, test)
            except SourceError as e2:
                if self.final or not is_generic(e2):
                    raise
            self.pos = q2
        if self.is_name(t) and t1.exact_type != T.LPAR:
            # invalid_legacy_expression, `print x`: "Missing parentheses in call
            # to 'print'" (CPython parses what follows any name)
            q3 = self.pos
            try:
                self.pos = start + 1
                b2 = self.star_expressions()
                if t.string == "print" or t.string == "exec":
                    raise self.err_known("Missing parentheses in call to '%s'. Did you mean "
                                         "%s(...)?" % (t.string, t.string), t.lineno, t.col,
                                         b2.end_lineno, b2.end_col_offset)
            except SourceError as e3:
                if self.final or not is_generic(e3):
                    raise
            self.pos = q3
        if self.at_kw("if"):
            q4 = self.pos
            try:
                self.advance()
                test2 = self.disjunction()
                self.expect_kw("else")
                orelse = self.expression()
                e = self.end()
                return IfExp(test2, body, orelse, t.lineno, t.col, e.end_lineno, e.end_col)
            except SourceError as se4:
                if self.final or not is_generic(se4):
                    raise
            self.pos = q4
        return body

    def expression_without_invalid(self) -> expr:
        """An expression in the second pass with the invalid rules off (also
        what CPython's expression_without_invalid parses)."""
        t = self.tok()
        if t.type == T.NAME and t.string == "lambda":
            return self.lambdef()
        body = self.disjunction()
        if self.at_kw("if"):
            q = self.pos
            try:
                self.advance()
                test = self.disjunction()
                self.expect_kw("else")
                orelse = self.expression()
                e = self.end()
                return IfExp(test, body, orelse, t.lineno, t.col, e.end_lineno, e.end_col)
            except SourceError as se:
                if self.final or not is_generic(se):
                    raise
            self.pos = q
        return body

    def lambdef(self) -> expr:
        t = self.advance()
        if self.inv:
            self.check_parameters(T.COLON, False)
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
        while self.at_kw("or"):
            if self.second:
                v = self.operand(1)
                if v is None:
                    break
                values.append(v)
            else:
                self.advance()
                values.append(self.conjunction())
        e = self.end()
        return BoolOp(OP_OR, values, t.lineno, t.col, e.end_lineno, e.end_col)

    def conjunction(self) -> expr:
        t = self.tok()
        first = self.inversion()
        if not self.at_kw("and"):
            return first
        values: list[expr] = [first]
        while self.at_kw("and"):
            if self.second:
                v = self.operand(2)
                if v is None:
                    break
                values.append(v)
            else:
                self.advance()
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

    def operand(self, k: int) -> expr | None:
        """After a binary operator (at the current token): consume it and
        parse the right operand at level k (1 conjunction, 2 inversion,
        4 bitwise_or ... 9 term, 10 factor).  In the second pass, as in
        CPython's PEG parser, an operand that does not parse leaves the
        operator unconsumed (None)."""
        if self.second:
            q = self.pos
            self.advance()
            r = self.try_operand(k)
            if r is None:
                self.pos = q
            return r
        self.advance()
        return self.parse_level(k)

    def try_operand(self, k: int) -> expr | None:
        q = self.pos
        try:
            return self.parse_level(k)
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        self.pos = q
        return None

    def parse_level(self, k: int) -> expr:
        if k == 1:
            return self.conjunction()
        if k == 2:
            return self.inversion()
        if k == 4:
            return self.bitwise_or()
        if k == 5:
            return self.bitwise_xor()
        if k == 6:
            return self.bitwise_and()
        if k == 7:
            return self.shift_expr()
        if k == 8:
            return self.sum_expr()
        if k == 9:
            return self.term()
        return self.factor()

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
        q = self.pos
        op = self.comp_op()
        if op is None:
            return first
        ops: list[cmpop] = []
        comparators: list[expr] = []
        while op is not None:
            if self.second:
                # a comparison operator and its operand, or none (PEG)
                r = self.try_operand(4)
                if r is None:
                    self.pos = q
                    break
                comparators.append(r)
            else:
                comparators.append(self.bitwise_or())
            ops.append(op)
            q = self.pos
            op = self.comp_op()
        if len(ops) == 0:
            return first
        e = self.end()
        return Compare(first, ops, comparators, t.lineno, t.col, e.end_lineno, e.end_col)

    def bitwise_or(self) -> expr:
        if self.second:
            return self.bitwise_or_memo()
        t = self.tok()
        left = self.bitwise_xor()
        while self.at(T.VBAR):
            if self.second:
                r = self.operand(5)
                if r is None:
                    break
                right = r
            else:
                self.advance()
                right = self.bitwise_xor()
            e = self.end()
            left = BinOp(left, OP_BITOR, right, t.lineno, t.col, e.end_lineno, e.end_col)
        return left

    def bitwise_or_memo(self) -> expr:
        """bitwise_or in the second pass, which tries rules again and again:
        each result (or failure) is remembered by its first token."""
        p = self.pos
        if p in self.memo_bor:
            self.pos = self.memo_bor_end[p]
            return self.memo_bor[p]
        if p in self.memo_fail:
            raise self.memo_fail[p]
        try:
            v = self.bitwise_or_parse()
        except SourceError as se:
            if not self.final and is_generic(se):
                self.memo_fail[p] = se
            raise
        self.memo_bor[p] = v
        self.memo_bor_end[p] = self.pos
        return v

    def bitwise_or_parse(self) -> expr:
        t = self.tok()
        left = self.bitwise_xor()
        while self.at(T.VBAR):
            if self.second:
                r = self.operand(5)
                if r is None:
                    break
                right = r
            else:
                self.advance()
                right = self.bitwise_xor()
            e = self.end()
            left = BinOp(left, OP_BITOR, right, t.lineno, t.col, e.end_lineno, e.end_col)
        return left

    def bitwise_xor(self) -> expr:
        t = self.tok()
        left = self.bitwise_and()
        while self.at(T.CIRCUMFLEX):
            if self.second:
                r = self.operand(6)
                if r is None:
                    break
                right = r
            else:
                self.advance()
                right = self.bitwise_and()
            e = self.end()
            left = BinOp(left, OP_BITXOR, right, t.lineno, t.col, e.end_lineno, e.end_col)
        return left

    def bitwise_and(self) -> expr:
        t = self.tok()
        left = self.shift_expr()
        while self.at(T.AMPER):
            if self.second:
                r = self.operand(7)
                if r is None:
                    break
                right = r
            else:
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
            if self.second:
                r = self.operand(8)
                if r is None:
                    break
                right = r
            else:
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
            if self.second:
                r = self.operand(9)
                if r is None:
                    break
                right = r
            else:
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
            if self.second:
                r = self.operand(10)
                if r is None:
                    break
                right = r
            else:
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
            if self.second:
                r = self.operand(10)
                if r is None:
                    return left
                right = r
            else:
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
        if self.second:
            return self.primary_peg(t, v)
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

    def primary_peg(self, t: Token, v: expr) -> expr:
        """The trailers of a primary in the second pass: as in CPython's PEG
        parser, one that does not parse ends the primary (`a[] = 1`: then the
        invalid rules see `a` and `[]`)."""
        while True:
            x = self.tok().exact_type
            if x == T.DOT:
                if not self.is_name(self.peek(1)):
                    break
                self.advance()
                n = self.advance()
                v = Attribute(v, n.string, LOAD, t.lineno, t.col, n.end_lineno, n.end_col)
            elif x == T.LPAR or x == T.LSQB:
                q = self.pos
                try:
                    if x == T.LPAR:
                        v = self.call(v, t)
                    else:
                        self.advance()
                        s = self.slices()
                        self.expect(T.RSQB)
                        e = self.end()
                        v = Subscript(v, s, LOAD, t.lineno, t.col, e.end_lineno, e.end_col)
                except SourceError as se:
                    if self.final or not is_generic(se):
                        raise
                    self.pos = q
                    break
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
        if self.inv and not self.at(T.RPAR):
            self.check_arguments(genexp)
        first = True
        seen_dstar = False
        while not self.at(T.RPAR):
            a = self.tok()
            x = a.exact_type
            if x == T.STAR:
                if seen_dstar:
                    raise self.syntax_error_here()
                self.advance()
                v = self.expression()
                e = self.end()
                args.append(Starred(v, LOAD, a.lineno, a.col, e.end_lineno, e.end_col))
            elif x == T.DOUBLESTAR:
                self.advance()
                seen_dstar = True
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
                if len(keywords) > 0:
                    # CPython's kwargs stop here, before parsing the argument
                    raise self.syntax_error_here()
                v4 = self.named_expression()
                if first and genexp and (self.at_kw("for") or self.at_kw("async")):
                    gens = self.for_if_clauses()
                    rp = self.expect(T.RPAR)
                    args.append(GeneratorExp(v4, gens, lpar.lineno, lpar.col, rp.end_lineno,
                                             rp.end_col))
                    return
                args.append(v4)
            first = False
            if not self.accept(T.COMMA):
                break
        self.expect(T.RPAR)

    # ---- the second pass: CPython's `arguments` and invalid_arguments

    def check_arguments(self, genexp: bool) -> None:
        """At the first argument: raise CPython's message if the arguments are
        invalid (else nothing; pos restored)."""
        start = self.pos
        try:
            if genexp and self.cpy_genexp():
                self.pos = start
                return
            self.pos = start
            n = self.cpy_args()
            if n >= 0:
                self.accept(T.COMMA)
            if self.at(T.RPAR):
                self.pos = start
                return
            self.pos = start
            self.invalid_arguments()
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        self.pos = start

    def cpy_genexp(self) -> bool:
        """`(assignment_expression | expression !':=') for_if_clauses ')'`"""
        try:
            t = self.tok()
            if self.is_name(t) and self.peek(1).exact_type == T.COLONEQUAL:
                self.advance()
                self.advance()
                self.expression()
            else:
                self.expression()
                if self.at(T.COLONEQUAL):
                    return False
            if not self.at_for():
                return False
            self.for_if_clauses()
            return self.at(T.RPAR)
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        return False

    def at_for(self) -> bool:
        t = self.tok()
        if t.type != T.NAME:
            return False
        if t.string == "for":
            return True
        return t.string == "async" and self.peek(1).type == T.NAME and \
            self.peek(1).string == "for"

    def cpy_args(self) -> int:
        """CPython's `args`: the number of positional arguments, or -1 if none
        match; sets args_dstar and args_last."""
        self.args_dstar = False
        self.args_kwargs = False
        self.args_last = None
        npos = 0
        while True:
            q = self.pos
            if npos > 0:
                if not self.at(T.COMMA):
                    break
                self.advance()
            if not self.cpy_positional():
                self.pos = q
                break
            npos += 1
        if npos > 0:
            q2 = self.pos
            if self.at(T.COMMA):
                self.advance()
                if self.cpy_kwargs():
                    self.args_kwargs = True
                else:
                    self.pos = q2
            return npos
        if self.cpy_kwargs():
            self.args_kwargs = True
            return 0
        return -1

    def cpy_positional(self) -> bool:
        q = self.pos
        try:
            if self.at(T.STAR):
                st = self.advance()
                v = self.expression()
                e = self.end()
                self.args_last = Starred(v, LOAD, st.lineno, st.col, e.end_lineno, e.end_col)
                return True
            t = self.tok()
            if self.is_name(t) and self.peek(1).exact_type == T.COLONEQUAL:
                self.advance()
                self.advance()
                v2 = self.expression()
                e2 = self.end()
                self.args_last = NamedExpr(Name(t.string, STORE, t.lineno, t.col, t.end_lineno,
                                                t.end_col), v2, t.lineno, t.col,
                                           e2.end_lineno, e2.end_col)
            else:
                self.args_last = self.expression()
                if self.at(T.COLONEQUAL):
                    self.pos = q
                    return False
            if self.at(T.EQUAL):
                self.pos = q
                return False
            return True
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        self.pos = q
        return False

    def cpy_kwargs(self) -> bool:
        n = 0
        phase = 0
        while True:
            q = self.pos
            if n > 0:
                if not self.at(T.COMMA):
                    break
                self.advance()
            k = self.cpy_kwarg(phase)
            if k == 0:
                self.pos = q
                break
            if k == 3:
                phase = 1
            n += 1
        return n > 0

    def cpy_kwarg(self, phase: int) -> int:
        """kwarg_or_starred (phase 0) / kwarg_or_double_starred (phase 1), with
        invalid_kwarg first: 0 no match, 1 keyword, 2 starred, 3 double-starred."""
        q = self.pos
        t = self.tok()
        t1 = t
        named = False
        if t.type == T.NAME:
            t1 = self.peek(1)
            named = t1.exact_type == T.EQUAL
        if named and (t.string == "True" or t.string == "False" or t.string == "None"):
            raise self.err_toks("cannot assign to %s" % t.string, t, t1)
        try:
            if named and self.is_name(t):
                self.advance()
                self.advance()
                self.expression()
                if self.at_for():
                    self.for_if_clauses()
                    raise self.err_toks("invalid syntax. Maybe you meant '==' or ':=' instead "
                                        "of '='?", t, t1)
            else:
                a = self.expression()
                if self.at(T.EQUAL):
                    eq = self.tok()
                    raise self.err_known('expression cannot contain assignment, perhaps you '
                                         'meant "=="?', a.lineno, a.col_offset, eq.end_lineno,
                                         eq.end_col)
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        self.pos = q
        try:
            if named and self.is_name(t):
                self.advance()
                self.advance()
                self.expression()
                return 1
            if self.at(T.STAR) and phase == 0:
                self.advance()
                self.expression()
                return 2
            if self.at(T.DOUBLESTAR):
                self.advance()
                self.expression()
                self.args_dstar = True
                return 3
        except SourceError as e2:
            if self.final or not is_generic(e2):
                raise
        self.pos = q
        return 0

    def try_expr(self) -> expr | None:
        q = self.pos
        try:
            return self.expression()
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        self.pos = q
        return None

    def try_for_if_clauses(self) -> list[comprehension] | None:
        q = self.pos
        try:
            return self.for_if_clauses()
        except SourceError as se:
            if self.final or not is_generic(se):
                raise
        self.pos = q
        return None

    def genexp_error(self, a: expr, gens: list[comprehension]) -> SourceError:
        """"Generator expression must be parenthesized", from a to the end of
        the last comprehension (its last condition, or its iterable)."""
        last = gens[len(gens) - 1]
        b = last.iter
        if len(last.ifs) > 0:
            b = last.ifs[len(last.ifs) - 1]
        return self.err_nodes("Generator expression must be parenthesized", a, b)

    def invalid_arguments(self) -> None:
        start = self.pos
        # (args with keywords) ',' '*'
        if self.cpy_args() >= 0 and self.args_kwargs and self.at(T.COMMA) and \
                self.peek(1).exact_type == T.STAR:
            raise self.err_tok("iterable argument unpacking follows keyword argument "
                               "unpacking", self.peek(1))
        self.pos = start
        # expression for_if_clauses ',' [args | expression for_if_clauses]
        a = self.try_expr()
        if a is not None and self.at_for():
            gens = self.try_for_if_clauses()
            if gens is not None and self.at(T.COMMA):
                self.advance()
                self.cpy_args()     # (the optional rest is parsed first)
                raise self.genexp_error(a, gens)
        self.pos = start
        # NAME '=' expression for_if_clauses
        t = self.tok()
        if self.is_name(t) and self.peek(1).exact_type == T.EQUAL:
            eq = self.peek(1)
            self.advance()
            self.advance()
            if self.try_expr() is not None and self.at_for():
                if self.try_for_if_clauses() is not None:
                    raise self.err_toks("invalid syntax. Maybe you meant '==' or ':=' instead "
                                        "of '='?", t, eq)
        self.pos = start
        # args for_if_clauses (more than one positional argument)
        n = self.cpy_args()
        last = self.args_last
        if n > 1 and last is not None and self.at_for():
            gens2 = self.try_for_if_clauses()
            if gens2 is not None:
                raise self.genexp_error(last, gens2)
        self.pos = start
        # args ',' expression for_if_clauses
        if self.cpy_args() >= 0 and self.at(T.COMMA):
            self.advance()
            a2 = self.try_expr()
            if a2 is not None and self.at_for():
                gens3 = self.try_for_if_clauses()
                if gens3 is not None:
                    raise self.genexp_error(a2, gens3)
        self.pos = start
        # args ',' args
        if self.cpy_args() >= 0:
            dstar = self.args_dstar
            if self.at(T.COMMA):
                self.advance()
                if self.cpy_args() >= 0:
                    if dstar:
                        raise self.err_last("positional argument follows keyword argument "
                                            "unpacking")
                    raise self.err_last("positional argument follows keyword argument")
        self.pos = start

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

    def starred_comprehension(self, first: expr) -> SourceError:
        """`[*a for a in b]`: invalid_comprehension (second pass), else the
        generic error."""
        if self.inv:
            far = self.far
            gens = self.try_for_if_clauses()
            if gens is not None:
                return self.err_node("iterable unpacking cannot be used in comprehension",
                                     first)
            return self.generic_error(far)
        return self.syntax_error_here()

    def unparenthesized_target(self, elts: list[expr], comma: Token) -> None:
        """invalid_comprehension: `[a, b for a, b in c]` (second pass, at 'for')."""
        q = self.pos
        gens = self.try_for_if_clauses()
        if gens is not None:
            if len(elts) > 1:
                raise self.err_nodes("did you forget parentheses around the comprehension "
                                     "target?", elts[0], elts[len(elts) - 1])
            a = elts[0]
            raise self.err_known("did you forget parentheses around the comprehension "
                                 "target?", a.lineno, a.col_offset, comma.end_lineno,
                                 comma.end_col)
        self.pos = q

    def paren_atom(self) -> expr:
        t = self.advance()
        if self.at(T.RPAR):
            rp = self.advance()
            return Tuple([], LOAD, t.lineno, t.col, rp.end_lineno, rp.end_col)
        if self.at_kw("yield"):
            y = self.yield_expr()
            self.expect(T.RPAR)
            return y
        if self.at(T.DOUBLESTAR) and self.inv:
            # invalid_group: '(' '**' expression ')'
            q = self.pos
            dst = self.advance()
            if self.try_expr() is not None and self.at(T.RPAR):
                raise self.err_tok("cannot use double starred expression here", dst)
            self.pos = q
        first = self.star_named_expression()
        if self.at_kw("for") or self.at_kw("async"):
            if isinstance(first, Starred):
                raise self.starred_comprehension(first)
            gens = self.for_if_clauses()
            rp2 = self.expect(T.RPAR)
            return GeneratorExp(first, gens, t.lineno, t.col, rp2.end_lineno, rp2.end_col)
        if self.at(T.RPAR):
            if isinstance(first, Starred):
                raise self.err_node("cannot use starred expression here", first)
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
                if isinstance(first, Starred):
                    raise self.starred_comprehension(first)
                gens = self.for_if_clauses()
                rp = self.expect(T.RSQB)
                return ListComp(first, gens, t.lineno, t.col, rp.end_lineno, rp.end_col)
            elts.append(first)
            while self.accept(T.COMMA):
                if self.at(T.RSQB):
                    break
                if self.inv and self.at_for():
                    break
                elts.append(self.star_named_expression())
            if self.inv and self.at_for() and (len(elts) > 1 or
                                               self.toks[self.pos - 1].exact_type == T.COMMA):
                self.unparenthesized_target(elts, self.toks[self.pos - 1])
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
            dst = self.advance()
            v0 = self.bitwise_or()
            if self.inv and self.at_for():
                # invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
                far = self.far
                gens0 = self.try_for_if_clauses()
                if gens0 is not None and self.at(T.RBRACE):
                    raise self.err_tok("dict unpacking cannot be used in dict comprehension",
                                       dst)
                raise self.generic_error(far)
            keys.append(None)
            values.append(v0)
        else:
            fstart = self.pos
            first = self.star_named_expression()
            if self.at(T.COLON) and not isinstance(first, Starred):
                if isinstance(first, NamedExpr) and self.toks[fstart].type == T.NAME:
                    raise self.syntax_error_here()      # keys are no named expressions
                colon = self.advance()
                if self.inv:
                    self.check_dict_value(colon)
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
                    if isinstance(first, Starred):
                        raise self.starred_comprehension(first)
                    gens2 = self.for_if_clauses()
                    rb3 = self.expect(T.RBRACE)
                    return SetComp(first, gens2, t.lineno, t.col, rb3.end_lineno, rb3.end_col)
                elts: list[expr] = [first]
                while self.accept(T.COMMA):
                    if self.at(T.RBRACE):
                        break
                    if self.inv and self.at_for():
                        break
                    elts.append(self.star_named_expression())
                if self.inv and self.at_for() and (len(elts) > 1 or
                                                   self.toks[self.pos - 1].exact_type == T.COMMA):
                    self.unparenthesized_target(elts, self.toks[self.pos - 1])
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
                k = self.expression()
                if not self.at(T.COLON):
                    if self.inv:
                        # invalid_kvpair
                        raise self.err("SyntaxError", "':' expected after dictionary key",
                                       k.lineno, k.end_col_offset, k.end_lineno, 0)
                    raise self.syntax_error_here()
                keys.append(k)
                colon2 = self.advance()
                if self.inv:
                    self.check_dict_value(colon2)
                values.append(self.expression())
        rb5 = self.expect(T.RBRACE)
        return Dict(keys, values, t.lineno, t.col, rb5.end_lineno, rb5.end_col)

    def check_dict_value(self, colon: Token) -> None:
        """invalid_kvpair after `key ':'`: a starred value, or none."""
        t = self.tok()
        if t.exact_type == T.RBRACE or t.exact_type == T.COMMA:
            raise self.err_tok("expression expected after dictionary key and ':'", colon)
        if t.exact_type == T.STAR:
            q = self.pos
            self.advance()
            try:
                self.bitwise_or()
                raise self.err_from("cannot use a starred expression in a dictionary value",
                                    t.lineno, t.col)
            except SourceError as se:
                if self.final or not is_generic(se):
                    raise
            self.pos = q

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
            target = self.for_target()
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
        """star_targets: a target, or a Tuple of them (contexts set by the
        caller), parsed at the level of primaries, so that 'in' ends them."""
        t = self.tok()
        first = self.star_target_elem(True)
        if not self.at(T.COMMA):
            return first
        elts: list[expr] = [first]
        while self.accept(T.COMMA):
            if self.at_kw("in") or self.at(T.EQUAL):
                break
            elts.append(self.star_target_elem(True))
        e = self.end()
        return Tuple(elts, STORE, t.lineno, t.col, e.end_lineno, e.end_col)

    def star_target_elem(self, star: bool) -> expr:
        """A target: a primary (CPython's t_primary and star_atom), so that
        the first pass stops where CPython's does (`for a + b in c` at '+')."""
        t = self.tok()
        if star and t.exact_type == T.STAR:
            self.advance()
            v = self.star_target_elem(False)
            e = self.end()
            return Starred(v, LOAD, t.lineno, t.col, e.end_lineno, e.end_col)
        return self.primary()

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
            try:
                if p.is_bytes:
                    bytes_parts.append(decode_bytes_body(p.body, p.is_raw, self.escapes))
                    self.check_escapes(st)
                elif not p.is_f:
                    if has_f:
                        acc.lit.append(decode_str_body(p.body, p.is_raw, self.escapes))
                    else:
                        str_parts.append(decode_str_body(p.body, p.is_raw, self.escapes))
                    self.check_escapes(st)
            except LiteralError as le:
                self.final = True
                if le.msg.startswith("(unicode error)") or le.msg.startswith("(value error)"):
                    raise self.err_last(le.msg)
                raise self.err_tok(le.msg, st)
            if first:
                is_bytes = p.is_bytes
                if p.is_u:
                    kind = "u"
            elif p.is_bytes != is_bytes:
                raise self.fstring_error("cannot mix bytes and nonbytes literals")
            first = False
            if p.is_f:
                try:
                    plen = prefix_length(st.string)
                    end = self.fstring_parse(p.body, 0, p.is_raw, st, plen, 0, t, last, acc,
                                             kind)
                    if end < len(p.body):
                        raise self.fstring_error("f-string: single '}' is not allowed")
                except LiteralError as le2:
                    self.final = True
                    raise self.err_last(le2.msg)
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
                    if ch == "{":
                        # CPython warns about `\{` before decoding the text
                        self.escapes.first = "{"
                        self.check_escapes(st)
                    if ch == "N" and i < n and body[i] == "{":
                        # \N{NAME} is literal text, its braces are no expression
                        close = body.find("}", i)
                        if close >= 0:
                            i = close + 1
                            continue
                if ch == "{" or ch == "}":
                    if level == 0:
                        if i < n and body[i] == ch:
                            acc.lit.append(decode_str_body(body[start:i], raw, self.escapes))
                            self.check_escapes(st)
                            i += 1
                            start = i
                            continue
                        if ch == "}":
                            raise self.fstring_error("f-string: single '}' is not allowed")
                    i -= 1
                    break
            if i > start:
                acc.lit.append(decode_str_body(body[start:i], raw, self.escapes))
                self.check_escapes(st)
            if i >= n or body[i] == "}":
                return i
            # an expression: body[i] == '{'
            i = self.fstring_expr(body, i, raw, st, plen, level, first, last, acc, kind)
        return i

    def check_escapes(self, st: Token) -> None:
        """CPython's DeprecationWarning for the first invalid escape sequence
        of what was just decoded from the string token st: kept in
        self.warnings (once, though the parser may visit st again) with the
        SyntaxError at st that replaces it if the filters make it an error."""
        if self.escapes.first == "":
            return
        msg = self.escapes.message()
        key = "%d:%d:%s" % (st.lineno, st.col, msg)
        if key in self.warned:
            return
        self.warned[key] = True
        self.warnings.append(self.err_tok(msg, st))

    def fstring_error(self, msg: str) -> SourceError:
        """An error found while CPython concatenates the strings (an action of
        the first pass): at the last token fetched, and final."""
        self.final = True
        return self.err_last(msg)

    def fstring_expr(self, body: str, brace: int, raw: bool, st: Token, plen: int, level: int,
                     first: Token, last: Token, acc: FStringAcc, kind: str | None) -> int:
        """The {expression} starting at body[brace] (CPython's fstring_find_expr)."""
        if level >= 2:
            raise self.fstring_error("f-string: expressions nested too deeply")
        n = len(body)
        i = brace + 1
        expr_start = i
        quote = ""
        parens: list[str] = []
        while i < n:
            ch = body[i]
            if ch == "\\":
                raise self.fstring_error("f-string expression part cannot include a backslash")
            if quote != "":
                if body.startswith(quote, i):
                    i += len(quote)
                    quote = ""
                else:
                    i += 1
                continue
            if ch == "'" or ch == '"':
                if i + 2 < n and body[i + 1] == ch and body[i + 2] == ch:
                    quote = ch + ch + ch
                else:
                    quote = ch
                i += len(quote)
                continue
            if ch == "[" or ch == "(" or ch == "{":
                if len(parens) >= 200:
                    raise self.fstring_error("f-string: too many nested parenthesis")
                parens.append(ch)
            elif ch == "#":
                raise self.fstring_error("f-string expression part cannot include '#'")
            elif len(parens) == 0 and (ch == "!" or ch == ":" or ch == "}" or ch == "=" or
                                       ch == "<" or ch == ">"):
                if i + 1 < n and body[i + 1] == "=" and ch != ":" and ch != "}":
                    i += 2
                    continue
                if ch == "<" or ch == ">":
                    i += 1
                    continue
                break
            elif ch == "]" or ch == ")" or ch == "}":
                if len(parens) == 0:
                    raise self.fstring_error("f-string: unmatched '%s'" % ch)
                opening = parens.pop()
                if not ((opening == "(" and ch == ")") or (opening == "[" and ch == "]") or
                        (opening == "{" and ch == "}")):
                    raise self.fstring_error("f-string: closing parenthesis '%s' does not "
                                             "match opening parenthesis '%s'" % (ch, opening))
            i += 1
        if quote != "":
            raise self.fstring_error("f-string: unterminated string")
        if len(parens) > 0:
            raise self.fstring_error("f-string: unmatched '%s'" % parens[len(parens) - 1])
        if i >= n:
            raise self.fstring_error("f-string: expecting '}'")
        expr_end = i
        k = expr_start
        while k < expr_end:
            c0 = body[k]
            if c0 != " " and c0 != "\t" and c0 != "\n" and c0 != "\f":
                break
            k += 1
        if k == expr_end:
            c1 = body[expr_end]
            if c1 == "!" or c1 == ":" or c1 == "=":
                raise self.fstring_error("f-string: expression required before '%s'" % c1)
            raise self.fstring_error("f-string: empty expression not allowed")
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
                raise self.fstring_error("f-string: expecting '}'")
            c = body[i]
            i += 1
            if c == "s" or c == "r" or c == "a":
                conversion = ord(c)
            else:
                raise self.fstring_error("f-string: invalid conversion character: expected "
                                         "'s', 'r', or 'a'")
        spec: expr | None = None
        if i < n and body[i] == ":":
            i += 1
            sub = FStringAcc(st, st)
            i = self.fstring_parse(body, i, raw, st, plen, level + 1, first, last, sub, kind)
            sub.flush(kind)
            spec = JoinedStr(sub.values, st.lineno, st.col, st.end_lineno, st.end_col)
        if i >= n or body[i] != "}":
            raise self.fstring_error("f-string: expecting '}'")
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
        shift = start_line - 1
        try:
            toks = sub.tokenize()
        except SourceError as se:
            # the tokenizer's errors keep their message and their offset in "(text)"
            self.final = True
            moved = SourceError(se.kind, se.msg, se.lineno + shift, se.offset,
                                se.end_lineno + shift, se.end_offset, se.text)
            moved.from_tokenizer = se.from_tokenizer
            raise moved
        pending = sub.pending_error
        if pending is not None:
            sub.pending_error = SourceError(pending.kind, pending.msg, pending.lineno + shift,
                                            pending.offset, pending.end_lineno + shift,
                                            pending.end_offset, pending.text)
            sub.pending_error.from_tokenizer = pending.from_tokenizer
        for tk in toks:
            if tk.lineno == 1:
                tk.col += start_col
                tk.col_char += start_col
            if tk.end_lineno == 1:
                tk.end_col += start_col
                tk.end_col_char += start_col
            tk.lineno += shift
            tk.end_lineno += shift
        p = Parser(sub, toks)
        p.fstring = True
        p.fshift = start_col
        p.char_offsets = False
        try:
            return p.star_expressions()
        except SourceError as e2:
            self.final = True
            raise p.after_failure(e2)


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
    if isinstance(e, JoinedStr) or isinstance(e, FormattedValue):
        return "f-string expression"
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


TARGET_STAR = 0     # kinds of targets (CPython's TARGETS_TYPE)
TARGET_DEL = 1
TARGET_FOR = 2


def valid_store_target(e: expr) -> bool:
    """Is e one of CPython's star_targets (what `e = ...` may assign to)?"""
    if isinstance(e, Name) or isinstance(e, Attribute) or isinstance(e, Subscript):
        return True
    if isinstance(e, Starred):
        v = e.value
        return not isinstance(v, Starred) and valid_store_target(v)
    if isinstance(e, Tuple):
        for x in e.elts:
            if not valid_store_target(x):
                return False
        return True
    if isinstance(e, List):
        for y in e.elts:
            if not valid_store_target(y):
                return False
        return True
    return False


def invalid_target(e: expr, kind: int) -> expr | None:
    """The first part of e that cannot be assigned to (or deleted), as
    CPython's _PyPegen_get_invalid_target finds it; None if there is none."""
    if isinstance(e, Tuple):
        for x in e.elts:
            bad = invalid_target(x, kind)
            if bad is not None:
                return bad
        return None
    if isinstance(e, List):
        for y in e.elts:
            bad2 = invalid_target(y, kind)
            if bad2 is not None:
                return bad2
        return None
    if isinstance(e, Starred):
        if kind == TARGET_DEL:
            return e
        return invalid_target(e.value, kind)
    if isinstance(e, Compare):
        # `for a in b`: the target was parsed as the comparison `a in b`
        if kind == TARGET_FOR:
            if isinstance(e.ops[0], In):
                return invalid_target(e.left, kind)
            return None
        return e
    if isinstance(e, Name) or isinstance(e, Attribute) or isinstance(e, Subscript):
        return None
    return e


def set_context(e: expr, ctx: expr_context) -> None:
    """Store or Del context on a (valid) target and its parts."""
    if isinstance(e, Name):
        e.ctx = ctx
    elif isinstance(e, Attribute):
        e.ctx = ctx
    elif isinstance(e, Subscript):
        e.ctx = ctx
    elif isinstance(e, Starred):
        e.ctx = ctx
        set_context(e.value, ctx)
    elif isinstance(e, Tuple):
        e.ctx = ctx
        for x in e.elts:
            set_context(x, ctx)
    elif isinstance(e, List):
        e.ctx = ctx
        for y in e.elts:
            set_context(y, ctx)


def is_legacy_name(e: expr) -> bool:
    """`print` or `exec` (CPython's _PyPegen_check_legacy_stmt)."""
    return isinstance(e, Name) and (e.id == "print" or e.id == "exec")


def is_soft_keyword(name: str) -> bool:
    """CPython 3.11's SOFT_KEYWORD test (strncmp with the name's length):
    any prefix of "_", "case" or "match" counts, `m` and `ca` too."""
    return "_".startswith(name) or "case".startswith(name) or "match".startswith(name)


def is_generic(e: SourceError) -> bool:
    """Is e the generic error (a failed alternative, in the second pass)?"""
    m = e.msg
    return m == "invalid syntax" or m == "f-string: invalid syntax" or \
        m == "unexpected indent" or m == "unexpected unindent"


def cpy_char_offset(text: str, n: int) -> int:
    """CPython's _PyPegen_byte_offset_to_character_offset: the characters in
    the first n bytes of text's UTF-8 (a cut character counts; at most the
    length + 1)."""
    if n <= 0:
        return n
    count = 0
    b = 0
    for ch in text:
        if b >= n:
            return count
        o = ord(ch)
        if o < 0x80:
            b += 1
        elif o < 0x800:
            b += 2
        elif o < 0x10000:
            b += 3
        else:
            b += 4
        count += 1
    if b >= n:
        return count
    return count + 1


def parse(raw: bytes, file_mode: bool = False, allow_incomplete: bool = False,
          imply_dedent: bool = True, filename: str | None = None) -> Module:
    """Parse the bytes of a source file into a Module; raises SourceError.
    file_mode: the source is the script read from a file or stdin (as
    CPython's PyRun_File, the errors at its end have offset 0), not a string
    given to compile() or an imported module.
    allow_incomplete (compile()'s PyCF_ALLOW_INCOMPLETE_INPUT, which codeop
    and so code.InteractiveConsole pass): a source that ends before its
    statement does raises SyntaxError "incomplete input" at the position of
    the error it would have been.  imply_dedent False (PyCF_DONT_IMPLY_DEDENT,
    'single' mode): a source that ends inside an indented block without a
    final newline is incomplete too (the console waits for the empty line).
    filename: the parser's warnings go to WARNINGS as the file's, also when
    the source has a syntax error (None: they are dropped)."""
    tokenizer = tokenizer_for(raw)
    eager: SourceError | None = None
    try:
        toks = tokenizer.tokenize()
    except SourceError as te:
        # CPython's tokenizer runs under the parser: the error comes when the
        # parser fetches that token, or later (then it overrides the parser's
        # error, but an "unexpected indent" before it wins)
        eager = te
        toks = tokenizer.tokens
        tokenizer.add_error_token(te)
    if not tokenizer.ascii_only:
        # identifiers are NFKC-normalized (PEP 3131): `ℌ` is the name `H`
        for t in toks:
            if t.type == T.NAME and not is_ascii(t.string):
                t.string = normalize_identifier(t.string)
    p = Parser(tokenizer, toks, file_mode)
    try:
        module = p.parse_module()
    except SourceError as se:
        reached_end = p.far >= p.eof_index
        err = p.after_failure(se)
        pass_warnings(p, filename)
        if eager is not None and err is not eager and err.msg != "unexpected indent" and \
                err.msg != "unexpected unindent":
            err = eager
        if allow_incomplete and (reached_end or ends_early(err)):
            err = SourceError("SyntaxError", "incomplete input", err.lineno, err.offset,
                              err.end_lineno, err.end_offset, err.text)
        raise err
    pass_warnings(p, filename)
    if allow_incomplete and not imply_dedent and not raw.endswith(b"\n") and \
            p.eof_index < len(p.toks) - 1:
        # final DEDENTs: the last line is inside a block (CPython's parser
        # would see its end only from the dedents it was told not to imply)
        last = p.toks[p.eof_index - 1]
        text = raw.split(b"\n")[-1].decode()
        raise SourceError("SyntaxError", "incomplete input", last.lineno, len(text),
                          last.lineno, -1, text)
    return module


def pass_warnings(p: Parser, filename: str | None) -> None:
    if filename is not None:
        for w in p.warnings:
            WARNINGS.add(filename, "DeprecationWarning", w)
    p.warnings = []


def ends_early(e: SourceError) -> bool:
    """A tokenizer error that means the source stopped in the middle of a
    token or a bracket (CPython's tokenizer then is at the end: E_EOF)."""
    return e.msg.endswith("was never closed") or \
        e.msg.startswith("unterminated triple-quoted string literal") or \
        e.msg.startswith("unexpected EOF")


def strip_newline(text: str) -> str:
    n = len(text)
    if n > 0 and text[n - 1] == "\n":
        n -= 1
        if n > 0 and text[n - 1] == "\r":
            n -= 1
    elif n > 0 and text[n - 1] == "\r":
        n -= 1
    return text[:n]


def is_imaginary(number: str) -> bool:
    c = number[len(number) - 1]
    return c == "j" or c == "J"


def is_ascii(s: str) -> bool:
    for c in s:
        if ord(c) >= 128:
            return False
    return True


def prefer_tokenizer_error(e: SourceError, pending: SourceError | None,
                           last_line: int) -> SourceError:
    """Which error to report when the parser fails without reaching the
    tokenizer's pending error: like CPython, which then tokenizes the rest of
    the file, an unclosed bracket wins if it was opened on a line before the
    last token the parser fetched (`x = [1, 2` followed by `y = 3` is "'['
    was never closed"); indentation errors further on do not."""
    if pending is None or pending is e:
        return e
    if pending.msg.endswith("was never closed") and last_line > pending.lineno:
        return pending
    return e
