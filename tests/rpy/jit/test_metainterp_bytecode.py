"""Untranslated JIT tests on a tiny bytecode interpreter (green pc/code,
red frame): the interpreted program gives the same result with and
without the JIT, the dispatch folds away in the trace, boxed values of
two classes are handled by guard_class and virtuals, and guard failures
(a branch that changes after some iterations) resume correctly."""
from __future__ import annotations

from rpy.rlib.jit import JitDriver, set_param, promote
from rpy.jit.metainterp.pyjitpl import JitRunner


class W_Object:
    def add(self, other: W_Object) -> W_Object:
        raise NotImplementedError

    def lt(self, n: int) -> bool:
        raise NotImplementedError

    def toint(self) -> int:
        raise NotImplementedError


class W_Int(W_Object):
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def add(self, other: W_Object) -> W_Object:
        if isinstance(other, W_Int):
            return W_Int(self.value + other.value)
        assert isinstance(other, W_Float)
        return W_Float(float(self.value) + other.value)

    def lt(self, n: int) -> bool:
        return self.value < n

    def toint(self) -> int:
        return self.value


class W_Float(W_Object):
    value: float

    def __init__(self, value: float) -> None:
        self.value = value

    def add(self, other: W_Object) -> W_Object:
        if isinstance(other, W_Float):
            return W_Float(self.value + other.value)
        assert isinstance(other, W_Int)
        return W_Float(self.value + float(other.value))

    def lt(self, n: int) -> bool:
        return self.value < float(n)

    def toint(self) -> int:
        return int(self.value)


class Code:
    _immutable_fields_ = ['ops[*]', 'name']
    ops: list[int]
    name: str

    def __init__(self, ops: list[int], name: str) -> None:
        self.ops = ops
        self.name = name


class Frame:
    a: W_Object
    b: W_Object
    c: W_Object

    def __init__(self, a: W_Object, b: W_Object, c: W_Object) -> None:
        self.a = a
        self.b = b
        self.c = c


ADD_A = 0        # a = a + const(arg)
ADD_B_A = 1      # b = b + a
JUMP_IF_A_LT = 2  # if a < arg2: pc = arg   (backward: can_enter_jit)
RETURN_B = 3
ADD_C_IF_A_LT = 4  # if a < arg: c = c + 1 else c = c + 100
ADD_B_FLOAT = 5  # b = b + float(arg)

NAMES = ['ADD_A', 'ADD_B_A', 'JUMP_IF_A_LT', 'RETURN_B', 'ADD_C_IF_A_LT', 'ADD_B_FLOAT']


def get_location(pc: int, code: Code) -> str:
    return '%s:%d %s' % (code.name, pc, NAMES[code.ops[pc]])


driver = JitDriver(greens=['pc', 'code'], reds=['frame'], get_printable_location=get_location,
                   name='bytecode')


def interpret(code: Code, frame: Frame) -> int:
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = code.ops[pc]
        arg = code.ops[pc + 1]
        pc += 2
        if op == ADD_A:
            frame.a = frame.a.add(W_Int(arg))
        elif op == ADD_B_A:
            frame.b = frame.b.add(frame.a)
        elif op == ADD_B_FLOAT:
            frame.b = frame.b.add(W_Float(float(arg)))
        elif op == JUMP_IF_A_LT:
            limit = code.ops[pc]
            pc += 1
            if frame.a.lt(limit):
                pc = arg
                driver.can_enter_jit(pc=pc, code=code, frame=frame)
        elif op == ADD_C_IF_A_LT:
            if frame.a.lt(arg):
                frame.c = frame.c.add(W_Int(1))
            else:
                frame.c = frame.c.add(W_Int(100))
        elif op == RETURN_B:
            return frame.b.toint() * 1000000 + frame.c.toint()
        else:
            raise ValueError


# sum of 1..n (n from the last JUMP's limit)
SUM = [ADD_A, 1, ADD_B_A, 0, JUMP_IF_A_LT, 0, 300, RETURN_B, 0]
# the same with a branch that flips when a reaches 100: guard failures
FLIP = [ADD_A, 1, ADD_B_A, 0, ADD_C_IF_A_LT, 100, JUMP_IF_A_LT, 0, 300, RETURN_B, 0]
# b becomes a float after the first iteration
FLOATS = [ADD_A, 1, ADD_B_A, 0, ADD_B_FLOAT, 2, JUMP_IF_A_LT, 0, 200, RETURN_B, 0]


def run_plain(ops: list[int]) -> int:
    return interpret(Code(ops, 'main'), Frame(W_Int(0), W_Int(0), W_Int(0)))


def entry_point(argv: list[str]) -> int:
    print(run_plain(SUM))
    return 0


def run_jit(ops: list[int], threshold: int = 7) -> tuple[int, JitRunner]:
    set_param(driver, 'threshold', threshold)
    runner = JitRunner(entry_point, driver)
    result = runner.run(Code(ops, 'main'), Frame(W_Int(0), W_Int(0), W_Int(0)))
    return result, runner


def test_sum_loop_same_result_and_trace():
    result, runner = run_jit(SUM)
    assert result == run_plain(SUM)
    mi = runner.metainterp
    assert mi.stats.loops == 1
    [text] = runner.loop_traces()
    print(text)
    loop = text[text.index('label('):]
    # the dispatch folded away: no reads of the code, no residual calls
    assert 'call' not in text
    assert 'Code.' not in text
    assert 'int_add' in loop
    # the frame is a red (not virtualizable): the boxed ints written into
    # it escape, so the loop allocates them (test_metainterp_loops.py has a
    # loop whose boxed int is a red and stays virtual); the temporary
    # W_Int(1) of ADD_A is virtual
    assert loop.count('new_with_vtable') == 2
    # the loop ran compiled until its exit condition failed
    assert mi.stats.guard_failures == 1
    assert "'main:4 JUMP_IF_A_LT'" in text


def test_guard_failure_resumes():
    result, runner = run_jit(FLIP)
    assert result == run_plain(FLIP)
    mi = runner.metainterp
    assert mi.stats.loops == 1
    # traced while a < 100: from then on the branch's guard fails at every
    # iteration and the blackhole interpreter finishes it
    assert mi.stats.guard_failures > 150
    assert mi.stats.loop_entries == mi.stats.guard_failures


def test_polymorphic_values():
    result, runner = run_jit(FLOATS)
    assert result == run_plain(FLOATS)
    mi = runner.metainterp
    assert mi.stats.loops == 1
    [text] = runner.loop_traces()
    print(text)
    loop = text[text.index('label('):]
    assert 'float_add' in loop
    assert 'W_Float' in loop


def test_jit_off():
    set_param(driver, 'threshold', -1)
    runner = JitRunner(entry_point, driver)
    result = runner.run(Code(FLIP, 'main'), Frame(W_Int(0), W_Int(0), W_Int(0)))
    assert result == run_plain(FLIP)
    assert runner.metainterp.stats.loops == 0


def test_trace_limit_aborts():
    set_param(driver, 'threshold', 5)
    set_param(driver, 'trace_limit', 10)
    try:
        runner = JitRunner(entry_point, driver)
        result = runner.run(Code(SUM, 'main'), Frame(W_Int(0), W_Int(0), W_Int(0)))
    finally:
        set_param(driver, 'trace_limit', 6000)
    assert result == run_plain(SUM)
    assert runner.metainterp.stats.loops == 0
    assert runner.metainterp.stats.aborts >= 1
