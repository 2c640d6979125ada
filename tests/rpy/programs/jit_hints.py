"""JIT hints (rpy.rlib.jit): a JitDriver with greens, reds and a virtualizable
frame, jit_merge_point/can_enter_jit, promote, promote_string, the decorators,
we_are_jitted, and the parameter record written by set_param/set_user_param
and read back by get_param (also its errors)."""
from __future__ import annotations
from rpy.rlib.jit import (JitDriver, promote, promote_string, elidable, unroll_safe,
                          dont_look_inside, look_inside_iff, we_are_jitted, set_param,
                          set_user_param, get_param)


class Code:
    name: str
    ops: list[int]

    def __init__(self, name: str, ops: list[int]) -> None:
        self.name = name
        self.ops = ops


class Frame:
    _virtualizable_ = ['acc', 'stack[*]']
    acc: int
    stack: list[int]

    def __init__(self) -> None:
        self.acc = 0
        self.stack = [0, 0]


def printable(pc: int, code: Code) -> str:
    return "pc %d in %s" % (pc, code.name)


driver = JitDriver(greens=['pc', 'code'], reds=['frame'], virtualizables=['frame'],
                   get_printable_location=printable, name='test')


@elidable
def square(x: int) -> int:
    return x * x


@unroll_safe
def sumlist(l: list[int]) -> int:
    t = 0
    for x in l:
        t += x
    return t


@dont_look_inside
def ext(x: int) -> int:
    return x + 1


def small(n: int) -> bool:
    return n < 10


@look_inside_iff(small)
def loop(n: int) -> int:
    t = 0
    for i in range(n):
        t += i
    return t


def run(code: Code, frame: Frame) -> int:
    pc = 0
    while pc < len(code.ops):
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code.ops[pc]
        if op == 0:
            frame.acc = ext(frame.acc)
            pc += 1
        elif op == 1:
            if frame.acc < 100:
                pc = 0
                driver.can_enter_jit(pc=pc, code=code, frame=frame)
            else:
                pc += 1
        else:
            pc += 1
    return frame.acc


def entry_point(argv: list[str]) -> int:
    code = Code(promote_string("main"), [0, 1, 2])
    print(run(code, Frame()))
    print(square(promote(7)), sumlist([1, 2, 3]), loop(5), we_are_jitted())
    print(get_param(driver, 'threshold'), get_param(driver, 'enable_opts'))
    set_param(driver, 'threshold', 77)
    set_param(None, 'trace_limit', 99)
    set_param(driver, 'enable_opts', 'intbounds:heap')
    print(get_param(driver, 'threshold'), get_param(driver, 'trace_limit'), get_param(driver, 'enable_opts'))
    set_user_param(driver, 'threshold=5, loop_longevity=3,enable_opts=all')
    print(get_param(driver, 'threshold'), get_param(driver, 'loop_longevity'), get_param(driver, 'enable_opts'))
    set_user_param(None, 'off')
    print(get_param(driver, 'threshold'))
    set_user_param(driver, 'default')
    print(get_param(driver, 'threshold'))
    for bad in ['thresh=3', 'threshold=x', 'threshold', 'enable_opts=foo']:
        try:
            set_user_param(driver, bad)
        except ValueError as e:
            print("ValueError:", str(e))
    return 0
