from dataclasses import dataclass
from enum import Enum
from typing import Union


class Op(Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"


@dataclass
class Num:
    value: float


@dataclass
class BinOp:
    op: Op
    left: "Expr"
    right: "Expr"


@dataclass
class Neg:
    operand: "Expr"


Expr = Union[Num, BinOp, Neg]


def evaluate(e):
    match e:
        case Num(value=v):
            return v
        case Neg(Num(0)):
            return 0
        case Neg(operand):
            return -evaluate(operand)
        case BinOp(Op.ADD, l, r):
            return evaluate(l) + evaluate(r)
        case BinOp(Op.SUB, l, Num(0)):
            return evaluate(l)
        case BinOp(Op.SUB, l, r):
            return evaluate(l) - evaluate(r)
        case BinOp(op=Op.MUL, left=l, right=r):
            return evaluate(l) * evaluate(r)
        case _:
            raise TypeError(f"not an expression: {e!r}")


def simplify(e):
    match e:
        case BinOp(Op.MUL, Num(0), _) | BinOp(Op.MUL, _, Num(0)):
            return Num(0)
        case BinOp(Op.MUL, Num(1), x) | BinOp(Op.MUL, x, Num(1)):
            return simplify(x)
        case BinOp(Op.ADD, Num(0), x) | BinOp(Op.ADD, x, Num(0)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case Neg(Neg(x)):
            return simplify(x)
        case _:
            return e


def command(line):
    match line.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", other]:
            return f"cannot go {other!r}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take"]:
            return "take what?"
        case ["say", *words]:
            return " ".join(words).upper()
        case [cmd, *rest]:
            return f"unknown {cmd} ({len(rest)} args)"


def describe(obj):
    match obj:
        case None:
            return "nothing"
        case True | False as b:
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as n:
            return f"number {n}"
        case str() as s if len(s) > 5:
            return "long string"
        case str(s):
            return f"string {s!r}"
        case {"type": "point", "x": x, "y": y, **rest}:
            return f"point ({x}, {y}) extra={sorted(rest)}"
        case {"type": t}:
            return f"mapping of type {t}"
        case (x, y):
            return f"pair {x},{y}"
        case [x, y, *others]:
            return f"sequence of {2 + len(others)}"
        case Op.ADD:
            return "the plus operator"
        case _:
            return f"other {type(obj).__name__}"


tree = BinOp(Op.ADD, Num(2), BinOp(Op.MUL, Num(3), Neg(Num(4))))
print(evaluate(tree), evaluate(BinOp(Op.SUB, Num(5), Num(0))), evaluate(Neg(Num(0))))
print(simplify(BinOp(Op.ADD, Num(0), BinOp(Op.MUL, Num(1), Neg(Neg(Num(7)))))))
print(simplify(BinOp(Op.MUL, tree, Num(0))), simplify(BinOp(Op.SUB, Num(1), Num(2))))
for line in ["", "go north", "go up", "take", "take lamp key", "say hello there", "dance wildly now"]:
    print(repr(line), "->", command(line))
for obj in [None, True, -3, 7, 2.5, "hi", "longer text", {"type": "point", "x": 1, "y": 2, "z": 3, "c": 0},
            {"type": "circle"}, (1, 2), [1, 2, 3, 4], "ab", Op.ADD, Op.SUB, {1, 2}, b"xy"]:
    print(describe(obj))
try:
    evaluate("2 + 2")
except TypeError as e:
    print("TypeError:", e)
print(Num.__match_args__, BinOp.__match_args__)
evaluate(BinOp(Op.ADD, Num(1), None))
