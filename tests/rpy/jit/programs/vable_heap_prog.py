"""A small stack interpreter whose virtualizable frame is also reached
through the heap: `STATE.frame` is read and written by functions the JIT
calls without tracing into them (`@dont_look_inside`), which are not given
the frame.  The tracer must write the frame back before those calls and
read it again after (rpy/jit/metainterp/virtualizable.py, `touches_vable`);
test_tracer_vable_heap.py runs it under the metainterp."""
from __future__ import annotations

from rpy.rlib.jit import JitDriver, dont_look_inside

LOAD_I = 0      # push frame.i
PEEK = 1        # push peek(): the stack's top + frame.acc, read through STATE
ADD_TOTAL = 2   # frame.total += pop()
BUMP = 3        # bump(): frame.acc += 1, through STATE
POP = 4
INC_I = 5       # frame.i += 1
LOOP = 6        # if frame.i < n: pc = arg
END = 7         # return frame.total


class Code:
    _immutable_fields_ = ['ops[*]']
    ops: list[int]

    def __init__(self, ops: list[int]) -> None:
        self.ops = ops


class Frame:
    _virtualizable_ = ['stack[*]', 'sp', 'i', 'acc', 'total']
    stack: list[int]
    sp: int
    i: int
    acc: int
    total: int

    def __init__(self) -> None:
        self.stack = [0] * 4
        self.sp = 0
        self.i = 0
        self.acc = 0
        self.total = 0

    def push(self, v: int) -> None:
        self.stack[self.sp] = v
        self.sp += 1

    def pop(self) -> int:
        self.sp -= 1
        return self.stack[self.sp]


class State:
    frame: Frame | None

    def __init__(self) -> None:
        self.frame = None


STATE = State()

driver = JitDriver(greens=['pc', 'code'], reds=['n', 'frame'], virtualizables=['frame'],
                   name='vableheap')


@dont_look_inside
def peek() -> int:
    f = STATE.frame
    assert f is not None
    return f.stack[f.sp - 1] + f.acc


@dont_look_inside
def bump() -> None:
    f = STATE.frame
    assert f is not None
    f.acc += 1


def interpret(code: Code, n: int, frame: Frame) -> int:
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, n=n, frame=frame)
        op = code.ops[pc]
        pc += 2
        if op == LOAD_I:
            frame.push(frame.i)
        elif op == PEEK:
            frame.push(peek())
        elif op == ADD_TOTAL:
            frame.total += frame.pop()
        elif op == BUMP:
            bump()
        elif op == POP:
            frame.pop()
        elif op == INC_I:
            frame.i += 1
        elif op == LOOP:
            if frame.i < n:
                pc = code.ops[pc - 1]
                driver.can_enter_jit(pc=pc, code=code, n=n, frame=frame)
        else:
            return frame.total


# total = sum over i of (i + acc) with acc == i at the PEEK: n * (n - 1)
PROGRAM = Code([LOAD_I, 0, PEEK, 0, ADD_TOTAL, 0, POP, 0, BUMP, 0, INC_I, 0, LOOP, 0, END, 0])


def run(n: int) -> int:
    frame = Frame()
    STATE.frame = frame
    return interpret(PROGRAM, n, frame)


def entry_point(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 1000
    print(run(n))
    return 0
