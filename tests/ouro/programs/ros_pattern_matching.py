"""Structural pattern matching: literals, captures, classes, mappings, sequences, guards, or-patterns."""
from dataclasses import dataclass
from enum import Enum

class Op(Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"
    DIV = "/"

@dataclass
class Num:
    value: float

@dataclass
class BinOp:
    op: Op
    left: object
    right: object

@dataclass
class Neg:
    operand: object

def ev(e):
    match e:
        case Num(value=v):
            return v
        case Neg(Num(0)):
            return 0
        case Neg(x):
            return -ev(x)
        case BinOp(Op.ADD, l, r):
            return ev(l) + ev(r)
        case BinOp(Op.SUB, l, r):
            return ev(l) - ev(r)
        case BinOp(Op.MUL, Num(0), _) | BinOp(Op.MUL, _, Num(0)):
            return 0
        case BinOp(Op.MUL, l, r):
            return ev(l) * ev(r)
        case BinOp(Op.DIV, l, r):
            d = ev(r)
            if d == 0:
                raise ZeroDivisionError(f"division by zero in {e}")
            return ev(l) / d
        case _:
            raise TypeError(f"not an expression: {e!r}")

expr = BinOp(Op.ADD, Num(2), BinOp(Op.MUL, Num(3), Neg(Num(4))))
print(expr)
print(ev(expr), ev(BinOp(Op.MUL, Num(0), "junk")), ev(Neg(Num(0))))

def describe(x):
    match x:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as n:
            return f"number {n}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"string of {len(s)}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x!r}"
        case [1, 2, *rest]:
            return f"starts 1,2 then {rest}"
        case [first, *_, last]:
            return f"seq {first}..{last}"
        case {"type": "point", "x": x, "y": y, **rest}:
            return f"point ({x}, {y}) extra={rest}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case (a, b) if a == b:
            return "pair of equals"
        case _:
            return f"other {type(x).__name__}"

for v in (None, True, 0, 0.0, -5, 3.5, "", "abc", [], [7], [1, 2, 3, 4], (9, 8, 7), "xy",
          {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle"}, {"k": 1}, {1, 2}, range(3), b"ab"):
    print(repr(v), "->", describe(v))

def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", other]:
            return f"can't go {other}"
        case ["pick", "up", *things] if things:
            return "picking " + ", ".join(things)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *args]:
            return f"unknown verb {verb!r} with {len(args)} args"
        case []:
            return "say something"
for c in ("go north", "go up", "pick up key lamp", "pick up", "exit", "dance wildly now", ""):
    print(f"{c!r:22} {command(c)}")

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "elsewhere"
for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2)):
    print(where(p))
class Bad:
    __match_args__ = ("a",)
try:
    match Bad():
        case Bad(1):
            pass
except AttributeError as e:
    print(type(e).__name__, e)
class P2:
    pass
try:
    match P2():
        case P2(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 3:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
print(ev(BinOp(Op.DIV, Num(1), BinOp(Op.SUB, Num(2), Num(2)))))
