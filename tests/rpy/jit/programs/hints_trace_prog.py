"""A small interpreter using promote_string and look_inside_iff in its hot
loop (test_tracer_hints.py runs it under the metainterp): NAME promotes a
string built anew at every iteration (always "ab") and looks up its cost
with an elidable function; SUM_CONST, SUM_SMALL and SUM_BIG call the
@look_inside_iff(small) function sum_to on a constant (the code's
operand), a small red value and a big red value."""
from __future__ import annotations

from rpy.rlib.jit import JitDriver, dont_look_inside, elidable, look_inside_iff, promote_string

NAME = 0        # total += cost_of(promote_string(make_name(i)))
SUM_CONST = 1   # total += sum_to(arg)
SUM_SMALL = 2   # total += sum_to(frame.small)
SUM_BIG = 3     # total += sum_to(frame.big)
INC = 4         # i += 1
LOOP = 5        # if i < n: pc = arg
END = 6


class Code:
    _immutable_fields_ = ['ops[*]']
    ops: list[int]

    def __init__(self, ops: list[int]) -> None:
        self.ops = ops


class Frame:
    i: int
    total: int
    small: int
    big: int

    def __init__(self) -> None:
        self.i = 0
        self.total = 0
        self.small = 4
        self.big = 40


driver = JitDriver(greens=['pc', 'code'], reds=['n', 'frame'], name='hintstrace')


@dont_look_inside
def make_name(i: int) -> str:
    """A new string object at every call, always "ab"."""
    parts = ['a', 'b', 'c']
    return parts[0] + parts[1 + i % 1]


@elidable
def cost_of(name: str) -> int:
    t = 0
    for c in name:
        t = t * 31 + ord(c)
    return t


def small(k: int) -> bool:
    return k < 10


@look_inside_iff(small)
def sum_to(k: int) -> int:
    t = 0
    j = 0
    while j < k:
        t += j
        j += 1
    return t


def interpret(code: Code, n: int, frame: Frame) -> int:
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, n=n, frame=frame)
        op = code.ops[pc]
        arg = code.ops[pc + 1]
        pc += 2
        if op == NAME:
            frame.total += cost_of(promote_string(make_name(frame.i)))
        elif op == SUM_CONST:
            frame.total += sum_to(arg)
        elif op == SUM_SMALL:
            frame.total += sum_to(frame.small)
        elif op == SUM_BIG:
            frame.total += sum_to(frame.big)
        elif op == INC:
            frame.i += 1
        elif op == LOOP:
            if frame.i < n:
                pc = arg
                driver.can_enter_jit(pc=pc, code=code, n=n, frame=frame)
        else:
            return frame.total


PROGRAM = Code([NAME, 0, SUM_CONST, 5, SUM_SMALL, 0, SUM_BIG, 0, INC, 0, LOOP, 0, END, 0])


def run(n: int) -> int:
    return interpret(PROGRAM, n, Frame())


def entry_point(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 1000
    print(run(n))
    return 0
