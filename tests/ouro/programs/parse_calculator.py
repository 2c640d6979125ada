import re
import operator
from fractions import Fraction

TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|(\*\*|[-+*/%()^,])|([A-Za-z_]\w*))")


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


def tokenize(src):
    pos = 0
    out = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected character {src[pos]!r}", pos)
        num, op, name = m.groups()
        if num:
            out.append(("num", Fraction(num) if "." not in num else float(num), m.start(1)))
        elif op:
            out.append(("op", op, m.start(2)))
        else:
            out.append(("name", name, m.start(3)))
        pos = m.end()
    out.append(("end", None, pos))
    return out


FUNCS = {"max": max, "min": min, "abs": abs}
BIN = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod, "**": operator.pow}


class Parser:
    def __init__(self, src, env):
        self.toks = tokenize(src)
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, value=None):
        t = self.toks[self.i]
        if (kind and t[0] != kind) or (value and t[1] != value):
            raise ParseError(f"expected {value or kind}, got {t[1]!r}", t[2])
        self.i += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            v = BIN[op](v, self.term())
        return v

    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            v = BIN[op](v, self.factor())
        return v

    def factor(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return BIN["**"](base, self.factor())
        return base

    def atom(self):
        kind, val, pos = self.peek()
        if kind == "num":
            self.take()
            return val
        if kind == "name":
            self.take()
            if self.peek()[1] == "(":
                self.take()
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                if val not in FUNCS:
                    raise NameError(f"unknown function {val!r}")
                return FUNCS[val](*args)
            return self.env[val]
        if val == "(":
            self.take()
            v = self.expr()
            self.take("op", ")")
            return v
        raise ParseError(f"unexpected {val!r}", pos)

    def parse(self):
        v = self.expr()
        self.take("end")
        return v


env = {"x": Fraction(3), "pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "7 / 2", "7 % 4 + x", "1.5 * 4",
            "max(1, x, 2) + abs(-5)", "pi * 2", "1 / 0", "2 * (3", "3 $ 4", "y + 1", "foo(1)", "1 2", ")"]:
    try:
        r = Parser(src, env).parse()
        print(f"{src:<22} = {r!s:>10} {type(r).__name__}")
    except ParseError as e:
        print(f"{src:<22} ! ParseError: {e} (pos={e.pos})")
    except (ZeroDivisionError, KeyError, NameError) as e:
        print(f"{src:<22} ! {type(e).__name__}: {e}")
print(tokenize("a+1.5"))
Parser("(((1)) + ", env).parse()
