"""jitlang: the syntax tree and the recursive-descent parser (RPy).

    program   := { stmt }
    stmt      := 'def' NAME '(' [NAME {',' NAME}] ')' block
               | 'if' expr block [ 'else' ( block | if-stmt ) ]
               | 'while' expr block
               | 'return' [expr] | 'break' | 'continue'
               | expr [ '=' expr ]                  (targets: x, o.f, l[i])
    block     := '{' { stmt } '}'
    expr      := or-expr;  or > and > not > comparison > + - > * / % > unary - > postfix
    postfix   := atom { '(' args ')' | '.' NAME | '[' expr ']' }
    atom      := INT | FLOAT | STRING | NAME | true | false | none | '(' expr ')'
               | '[' [expr {',' expr}] ']'

Statements end at a newline, a ';' or a '}'.
"""
from __future__ import annotations

from jl_errors import JLError
from jl_lexer import (T_EOF, T_FLOAT, T_INT, T_NAME, T_NEWLINE, T_OP, T_STR, KEYWORDS, Token,
                      parse_decimal, tokenize)


# ------------------------------------------------------------ the tree

class Node:
    line: int

    def __init__(self, line: int) -> None:
        self.line = line


class Expr(Node):
    pass


class IntLit(Expr):
    value: int

    def __init__(self, value: int, line: int) -> None:
        Node.__init__(self, line)
        self.value = value


class FloatLit(Expr):
    value: float

    def __init__(self, value: float, line: int) -> None:
        Node.__init__(self, line)
        self.value = value


class StrLit(Expr):
    value: str

    def __init__(self, value: str, line: int) -> None:
        Node.__init__(self, line)
        self.value = value


class BoolLit(Expr):
    value: bool

    def __init__(self, value: bool, line: int) -> None:
        Node.__init__(self, line)
        self.value = value


class NoneLit(Expr):
    pass


class Name(Expr):
    name: str

    def __init__(self, name: str, line: int) -> None:
        Node.__init__(self, line)
        self.name = name


class BinOp(Expr):
    op: str
    left: Expr
    right: Expr

    def __init__(self, op: str, left: Expr, right: Expr, line: int) -> None:
        Node.__init__(self, line)
        self.op = op
        self.left = left
        self.right = right


class UnaryOp(Expr):
    op: str
    operand: Expr

    def __init__(self, op: str, operand: Expr, line: int) -> None:
        Node.__init__(self, line)
        self.op = op
        self.operand = operand


class Call(Expr):
    name: str
    args: list[Expr]

    def __init__(self, name: str, args: list[Expr], line: int) -> None:
        Node.__init__(self, line)
        self.name = name
        self.args = args


class Attr(Expr):
    obj: Expr
    name: str

    def __init__(self, obj: Expr, name: str, line: int) -> None:
        Node.__init__(self, line)
        self.obj = obj
        self.name = name


class Index(Expr):
    obj: Expr
    index: Expr

    def __init__(self, obj: Expr, index: Expr, line: int) -> None:
        Node.__init__(self, line)
        self.obj = obj
        self.index = index


class ListLit(Expr):
    items: list[Expr]

    def __init__(self, items: list[Expr], line: int) -> None:
        Node.__init__(self, line)
        self.items = items


class Stmt(Node):
    pass


class Assign(Stmt):
    target: Expr
    value: Expr

    def __init__(self, target: Expr, value: Expr, line: int) -> None:
        Node.__init__(self, line)
        self.target = target
        self.value = value


class ExprStmt(Stmt):
    expr: Expr

    def __init__(self, expr: Expr, line: int) -> None:
        Node.__init__(self, line)
        self.expr = expr


class If(Stmt):
    cond: Expr
    body: list[Stmt]
    orelse: list[Stmt]

    def __init__(self, cond: Expr, body: list[Stmt], orelse: list[Stmt], line: int) -> None:
        Node.__init__(self, line)
        self.cond = cond
        self.body = body
        self.orelse = orelse


class While(Stmt):
    cond: Expr
    body: list[Stmt]

    def __init__(self, cond: Expr, body: list[Stmt], line: int) -> None:
        Node.__init__(self, line)
        self.cond = cond
        self.body = body


class Return(Stmt):
    value: Expr | None

    def __init__(self, value: Expr | None, line: int) -> None:
        Node.__init__(self, line)
        self.value = value


class Break(Stmt):
    pass


class Continue(Stmt):
    pass


class FuncDef(Stmt):
    name: str
    params: list[str]
    body: list[Stmt]

    def __init__(self, name: str, params: list[str], body: list[Stmt], line: int) -> None:
        Node.__init__(self, line)
        self.name = name
        self.params = params
        self.body = body


# ------------------------------------------------------------ the parser

COMPARISONS = ['==', '!=', '<', '<=', '>', '>=']


class Parser:
    tokens: list[Token]
    pos: int

    def __init__(self, src: str) -> None:
        self.tokens = tokenize(src)
        self.pos = 0

    def peek(self) -> Token:
        return self.tokens[self.pos]

    def next(self) -> Token:
        tok = self.tokens[self.pos]
        if tok.kind != T_EOF:
            self.pos += 1
        return tok

    def error(self, msg: str, tok: Token) -> JLError:
        return JLError('SyntaxError', msg, tok.line)

    def at_op(self, text: str) -> bool:
        tok = self.peek()
        return tok.kind == T_OP and tok.text == text

    def at_keyword(self, text: str) -> bool:
        tok = self.peek()
        return tok.kind == T_NAME and tok.text == text

    def expect_op(self, text: str) -> Token:
        tok = self.next()
        if tok.kind != T_OP or tok.text != text:
            raise self.error("expected '%s', found %s" % (text, tok.describe()), tok)
        return tok

    def expect_name(self) -> Token:
        tok = self.next()
        if tok.kind != T_NAME or tok.text in KEYWORDS:
            raise self.error("expected a name, found %s" % tok.describe(), tok)
        return tok

    def skip_separators(self) -> None:
        while True:
            tok = self.peek()
            if tok.kind == T_NEWLINE or (tok.kind == T_OP and tok.text == ';'):
                self.pos += 1
            else:
                return

    # -------------------------------------------------------- statements

    def parse_program(self) -> list[Stmt]:
        stmts: list[Stmt] = []
        self.skip_separators()
        while self.peek().kind != T_EOF:
            stmts.append(self.parse_stmt(True))
            self.skip_separators()
        return stmts

    def parse_block(self) -> list[Stmt]:
        self.expect_op('{')
        stmts: list[Stmt] = []
        self.skip_separators()
        while not self.at_op('}'):
            if self.peek().kind == T_EOF:
                raise self.error("expected '}' before the end of the file", self.peek())
            stmts.append(self.parse_stmt(False))
            self.skip_separators()
        self.next()
        return stmts

    def end_simple_stmt(self) -> None:
        tok = self.peek()
        if tok.kind == T_NEWLINE or tok.kind == T_EOF:
            return
        if tok.kind == T_OP and (tok.text == ';' or tok.text == '}'):
            return
        raise self.error("expected the end of the statement, found %s" % tok.describe(), tok)

    def parse_stmt(self, toplevel: bool) -> Stmt:
        tok = self.peek()
        if tok.kind == T_NAME:
            if tok.text == 'def':
                if not toplevel:
                    raise self.error("functions can only be defined at the top level", tok)
                return self.parse_def()
            if tok.text == 'if':
                return self.parse_if()
            if tok.text == 'while':
                self.next()
                cond = self.parse_expr()
                body = self.parse_block()
                return While(cond, body, tok.line)
            if tok.text == 'return':
                self.next()
                value: Expr | None = None
                nt = self.peek()
                if not (nt.kind == T_NEWLINE or nt.kind == T_EOF or
                        (nt.kind == T_OP and (nt.text == ';' or nt.text == '}'))):
                    value = self.parse_expr()
                self.end_simple_stmt()
                return Return(value, tok.line)
            if tok.text == 'break':
                self.next()
                self.end_simple_stmt()
                return Break(tok.line)
            if tok.text == 'continue':
                self.next()
                self.end_simple_stmt()
                return Continue(tok.line)
            if tok.text == 'else':
                raise self.error("'else' without 'if'", tok)
        expr = self.parse_expr()
        if self.at_op('='):
            eq = self.next()
            if not isinstance(expr, (Name, Attr, Index)):
                raise self.error("cannot assign to this expression", eq)
            value2 = self.parse_expr()
            self.end_simple_stmt()
            return Assign(expr, value2, tok.line)
        self.end_simple_stmt()
        return ExprStmt(expr, tok.line)

    def parse_def(self) -> Stmt:
        tok = self.next()
        name = self.expect_name().text
        self.expect_op('(')
        params: list[str] = []
        if not self.at_op(')'):
            while True:
                p = self.expect_name()
                if p.text in params:
                    raise self.error("duplicate parameter '%s'" % p.text, p)
                params.append(p.text)
                if self.at_op(','):
                    self.next()
                    continue
                break
        self.expect_op(')')
        body = self.parse_block()
        return FuncDef(name, params, body, tok.line)

    def parse_if(self) -> Stmt:
        tok = self.next()
        cond = self.parse_expr()
        body = self.parse_block()
        orelse: list[Stmt] = []
        # 'else' may follow on the next line
        save = self.pos
        while self.peek().kind == T_NEWLINE:
            self.pos += 1
        if self.at_keyword('else'):
            self.next()
            if self.at_keyword('if'):
                orelse = [self.parse_if()]
            else:
                orelse = self.parse_block()
        else:
            self.pos = save
        return If(cond, body, orelse, tok.line)

    # -------------------------------------------------------- expressions

    def parse_expr(self) -> Expr:
        return self.parse_or()

    def parse_or(self) -> Expr:
        left = self.parse_and()
        while self.at_keyword('or'):
            tok = self.next()
            left = BinOp('or', left, self.parse_and(), tok.line)
        return left

    def parse_and(self) -> Expr:
        left = self.parse_not()
        while self.at_keyword('and'):
            tok = self.next()
            left = BinOp('and', left, self.parse_not(), tok.line)
        return left

    def parse_not(self) -> Expr:
        if self.at_keyword('not'):
            tok = self.next()
            return UnaryOp('not', self.parse_not(), tok.line)
        return self.parse_comparison()

    def parse_comparison(self) -> Expr:
        left = self.parse_sum()
        tok = self.peek()
        if tok.kind == T_OP and tok.text in COMPARISONS:
            self.next()
            left = BinOp(tok.text, left, self.parse_sum(), tok.line)
            t2 = self.peek()
            if t2.kind == T_OP and t2.text in COMPARISONS:
                raise self.error("comparisons cannot be chained; use 'and'", t2)
        return left

    def parse_sum(self) -> Expr:
        left = self.parse_term()
        while self.at_op('+') or self.at_op('-'):
            tok = self.next()
            left = BinOp(tok.text, left, self.parse_term(), tok.line)
        return left

    def parse_term(self) -> Expr:
        left = self.parse_unary()
        while self.at_op('*') or self.at_op('/') or self.at_op('%'):
            tok = self.next()
            left = BinOp(tok.text, left, self.parse_unary(), tok.line)
        return left

    def parse_unary(self) -> Expr:
        if self.at_op('-'):
            tok = self.next()
            operand = self.parse_unary()
            if isinstance(operand, IntLit):
                return IntLit(-operand.value, tok.line)
            if isinstance(operand, FloatLit):
                return FloatLit(-operand.value, tok.line)
            return UnaryOp('-', operand, tok.line)
        return self.parse_postfix()

    def parse_postfix(self) -> Expr:
        expr = self.parse_atom()
        while True:
            if self.at_op('('):
                tok = self.next()
                if not isinstance(expr, Name):
                    raise self.error("only named functions can be called", tok)
                expr = Call(expr.name, self.parse_args(')'), tok.line)
            elif self.at_op('.'):
                tok = self.next()
                expr = Attr(expr, self.expect_name().text, tok.line)
            elif self.at_op('['):
                tok = self.next()
                index = self.parse_expr()
                self.expect_op(']')
                expr = Index(expr, index, tok.line)
            else:
                return expr

    def parse_args(self, close: str) -> list[Expr]:
        args: list[Expr] = []
        if self.at_op(close):
            self.next()
            return args
        while True:
            args.append(self.parse_expr())
            if self.at_op(','):
                self.next()
                if self.at_op(close):
                    break
                continue
            break
        self.expect_op(close)
        return args

    def parse_atom(self) -> Expr:
        tok = self.next()
        if tok.kind == T_INT:
            try:
                return IntLit(parse_decimal(tok.text), tok.line)
            except OverflowError:
                raise self.error("integer literal too large: %s" % tok.text, tok)
        if tok.kind == T_FLOAT:
            return FloatLit(float(tok.text), tok.line)
        if tok.kind == T_STR:
            return StrLit(tok.text, tok.line)
        if tok.kind == T_NAME:
            if tok.text == 'true':
                return BoolLit(True, tok.line)
            if tok.text == 'false':
                return BoolLit(False, tok.line)
            if tok.text == 'none':
                return NoneLit(tok.line)
            if tok.text in KEYWORDS:
                raise self.error("unexpected keyword '%s'" % tok.text, tok)
            return Name(tok.text, tok.line)
        if tok.kind == T_OP:
            if tok.text == '(':
                e = self.parse_expr()
                self.expect_op(')')
                return e
            if tok.text == '[':
                return ListLit(self.parse_args(']'), tok.line)
        raise self.error("unexpected %s" % tok.describe(), tok)


def parse(src: str) -> list[Stmt]:
    return Parser(src).parse_program()
