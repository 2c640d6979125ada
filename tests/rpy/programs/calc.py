"""A real program: tokenizer, recursive-descent parser and evaluator for
arithmetic expressions with variables, assignment, unary minus, ** (right
associative), function calls (sqrt, abs, max) and error reporting through a
user exception carrying the position; ZeroDivisionError caught per line."""
from __future__ import annotations
import math


class CalcError(Exception):
    pos: int
    msg: str

    def __init__(self, pos: int, msg: str) -> None:
        self.pos = pos
        self.msg = msg


class Token:
    kind: str      # "num", "name", "op", "end"
    text: str
    pos: int

    def __init__(self, kind: str, text: str, pos: int) -> None:
        self.kind = kind
        self.text = text
        self.pos = pos


def tokenize(src: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < n and (src[i].isdigit() or src[i] == "."):
                i += 1
            if i < n and (src[i] == "e" or src[i] == "E"):
                i += 1
                if i < n and (src[i] == "-" or src[i] == "+"):
                    i += 1
                while i < n and src[i].isdigit():
                    i += 1
            tokens.append(Token("num", src[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
        elif src.startswith("**", i):
            tokens.append(Token("op", "**", i))
            i += 2
        elif ch in "+-*/%()=,":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise CalcError(i, "unexpected character " + repr(ch))
    tokens.append(Token("end", "", n))
    return tokens


class Node:
    def eval(self, env: dict[str, float]) -> float:
        raise NotImplementedError("eval")

    def show(self) -> str:
        raise NotImplementedError("show")


class Num(Node):
    value: float

    def __init__(self, value: float) -> None:
        self.value = value

    def eval(self, env: dict[str, float]) -> float:
        return self.value

    def show(self) -> str:
        return repr(self.value)


class Var(Node):
    name: str
    pos: int

    def __init__(self, name: str, pos: int) -> None:
        self.name = name
        self.pos = pos

    def eval(self, env: dict[str, float]) -> float:
        if self.name not in env:
            raise CalcError(self.pos, "unknown variable " + self.name)
        return env[self.name]

    def show(self) -> str:
        return self.name


class Unary(Node):
    op: str
    operand: Node

    def __init__(self, op: str, operand: Node) -> None:
        self.op = op
        self.operand = operand

    def eval(self, env: dict[str, float]) -> float:
        v = self.operand.eval(env)
        if self.op == "-":
            return -v
        return v

    def show(self) -> str:
        return "(" + self.op + self.operand.show() + ")"


class Binary(Node):
    op: str
    left: Node
    right: Node

    def __init__(self, op: str, left: Node, right: Node) -> None:
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env: dict[str, float]) -> float:
        a = self.left.eval(env)
        b = self.right.eval(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if self.op == "/":
            return a / b
        if self.op == "%":
            return a % b
        if self.op == "**":
            return math.pow(a, b)
        raise CalcError(0, "bad operator " + self.op)

    def show(self) -> str:
        return "(" + self.left.show() + " " + self.op + " " + self.right.show() + ")"


class Call(Node):
    fname: str
    args: list[Node]
    pos: int

    def __init__(self, fname: str, args: list[Node], pos: int) -> None:
        self.fname = fname
        self.args = args
        self.pos = pos

    def eval(self, env: dict[str, float]) -> float:
        vals = [a.eval(env) for a in self.args]
        if self.fname == "sqrt" and len(vals) == 1:
            if vals[0] < 0.0:
                raise CalcError(self.pos, "sqrt of a negative number")
            return math.sqrt(vals[0])
        if self.fname == "abs" and len(vals) == 1:
            return abs(vals[0])
        if self.fname == "max" and len(vals) >= 1:
            return max(vals)
        raise CalcError(self.pos, "bad call to %s with %d arguments" % (self.fname, len(vals)))

    def show(self) -> str:
        return self.fname + "(" + ", ".join([a.show() for a in self.args]) + ")"


class Parser:
    tokens: list[Token]
    i: int

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.i = 0

    def peek(self) -> Token:
        return self.tokens[self.i]

    def advance(self) -> Token:
        t = self.tokens[self.i]
        self.i += 1
        return t

    def expect(self, text: str) -> None:
        t = self.advance()
        if t.text != text:
            raise CalcError(t.pos, "expected %r, got %r" % (text, t.text))

    def parse_expr(self) -> Node:
        node = self.parse_term()
        while self.peek().text == "+" or self.peek().text == "-":
            op = self.advance().text
            node = Binary(op, node, self.parse_term())
        return node

    def parse_term(self) -> Node:
        node = self.parse_unary()
        while self.peek().text in ["*", "/", "%"]:
            op = self.advance().text
            node = Binary(op, node, self.parse_unary())
        return node

    def parse_unary(self) -> Node:
        if self.peek().text == "-" or self.peek().text == "+":
            op = self.advance().text
            return Unary(op, self.parse_unary())
        return self.parse_power()

    def parse_power(self) -> Node:
        base = self.parse_atom()
        if self.peek().text == "**":
            self.advance()
            return Binary("**", base, self.parse_unary())
        return base

    def parse_atom(self) -> Node:
        t = self.advance()
        if t.kind == "num":
            try:
                return Num(float(t.text))
            except ValueError:
                raise CalcError(t.pos, "bad number " + t.text)
        if t.kind == "name":
            if self.peek().text == "(":
                self.advance()
                args: list[Node] = []
                if self.peek().text != ")":
                    args.append(self.parse_expr())
                    while self.peek().text == ",":
                        self.advance()
                        args.append(self.parse_expr())
                self.expect(")")
                return Call(t.text, args, t.pos)
            return Var(t.text, t.pos)
        if t.text == "(":
            node = self.parse_expr()
            self.expect(")")
            return node
        raise CalcError(t.pos, "unexpected " + (repr(t.text) if t.kind != "end" else "end of input"))


def run_line(line: str, env: dict[str, float]) -> str:
    try:
        tokens = tokenize(line)
        target = ""
        if len(tokens) > 2 and tokens[0].kind == "name" and tokens[1].text == "=":
            target = tokens[0].text
            tokens = tokens[2:]
        p = Parser(tokens)
        tree = p.parse_expr()
        if p.peek().kind != "end":
            raise CalcError(p.peek().pos, "trailing input")
        value = tree.eval(env)
        if target != "":
            env[target] = value
            return "%s = %s   [%s]" % (target, repr(value), tree.show())
        return "%s   [%s]" % (repr(value), tree.show())
    except CalcError as e:
        return "error at %d: %s" % (e.pos, e.msg)
    except ZeroDivisionError:
        return "error: division by zero"


PROGRAM = """1 + 2 * 3
(1 + 2) * 3
-2 ** 2
2 ** 3 ** 2
x = 10 / 4
y = x * 2 - 1
x * y + 0.5
7 % 3 + -7 % 3
sqrt(16) + abs(-2.5) + max(1, 9, 4)
1e3 + 2.5e-1
1 / 0
z + 1
3 +
(1 + 2
sqrt(-1)
4 $ 4
1.2.3 + 1
max()
r = sqrt(x * x + y * y)
r / 3"""


def entry_point(argv: list[str]) -> int:
    env: dict[str, float] = {"pi": math.pi}
    errors = 0
    for line in PROGRAM.splitlines():
        out = run_line(line, env)
        if out.startswith("error"):
            errors += 1
        print("%-40s -> %s" % (line, out))
    print("variables:", ", ".join(["%s=%.4f" % (k, v) for k, v in env.items()]))
    print("errors:", errors)
    return 0
