"""Untranslated JIT tests on small RPy loops: boxed integers stay virtual,
guards failing inside inlined callees resume several frames, elidable and
dont_look_inside calls, promote, exceptions raised in compiled code."""
from __future__ import annotations

from rpy.rlib.jit import JitDriver, set_param, promote, elidable, dont_look_inside
from rpy.jit.metainterp.pyjitpl import JitRunner


class W_Int:
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def add(self, other: W_Int) -> W_Int:
        return W_Int(self.value + other.value)


# ---------------------------------------------------------------- boxed ints

count_driver = JitDriver(greens=[], reds=['n', 'acc'], name='count')


def count(n: int) -> int:
    acc = W_Int(0)
    while n > 0:
        count_driver.jit_merge_point(n=n, acc=acc)
        acc = acc.add(W_Int(n))
        n -= 1
        count_driver.can_enter_jit(n=n, acc=acc)
    return acc.value


# ---------------------------------------------------------------- a guard in a callee

class Counter:
    total: int
    small: int

    def __init__(self) -> None:
        self.total = 0
        self.small = 0


def bump(c: Counter, i: int, limit: int) -> int:
    if i < limit:           # flips after `limit` iterations: a guard in this frame
        c.small += 1
        return 1
    c.total += i
    return 2


flip_driver = JitDriver(greens=['limit'], reds=['i', 'n', 'c', 'k'], name='flip')


def flip(n: int, limit: int) -> int:
    c = Counter()
    i = 0
    k = 0
    while i < n:
        flip_driver.jit_merge_point(limit=limit, i=i, n=n, c=c, k=k)
        k += bump(c, i, limit) * 3
        i += 1
        flip_driver.can_enter_jit(limit=limit, i=i, n=n, c=c, k=k)
    return c.total * 1000 + c.small * 10 + k


# ---------------------------------------------------------------- calls and promote

class Table:
    _immutable_fields_ = ['scale']
    scale: int

    def __init__(self, scale: int) -> None:
        self.scale = scale


@elidable
def lookup(t: Table, x: int) -> int:
    return t.scale * x + 1


@dont_look_inside
def opaque(x: int) -> int:
    return x % 7


calls_driver = JitDriver(greens=[], reds=['n', 's', 't'], name='calls')


def calls(n: int, t: Table) -> int:
    s = 0
    while n > 0:
        calls_driver.jit_merge_point(n=n, s=s, t=t)
        t2 = promote(t)
        s += lookup(t2, 3) + opaque(n)
        n -= 1
        calls_driver.can_enter_jit(n=n, s=s, t=t)
    return s


# ---------------------------------------------------------------- exceptions

class Boom(Exception):
    pass


@dont_look_inside
def check(i: int) -> int:
    if i == 150:
        raise Boom
    return i


exc_driver = JitDriver(greens=[], reds=['i', 'n', 's'], name='exc')


def catching(n: int) -> int:
    s = 0
    i = 0
    while i < n:
        exc_driver.jit_merge_point(i=i, n=n, s=s)
        try:
            s += check(i)
        except Boom:
            s += 1000000
        i += 1
        exc_driver.can_enter_jit(i=i, n=n, s=s)
    return s


raise_driver = JitDriver(greens=[], reds=['i', 'n'], name='raise')


def raising(n: int) -> int:
    i = 0
    while True:
        raise_driver.jit_merge_point(i=i, n=n)
        i = check(i + 1)
        if i > n:
            return i
        raise_driver.can_enter_jit(i=i, n=n)


def entry_point(argv: list[str]) -> int:
    print(count(10))
    print(flip(10, 5))
    print(calls(10, Table(2)))
    print(catching(10))
    print(raising(10))
    return 0


def make_runner(driver: JitDriver, threshold: int = 5) -> JitRunner:
    set_param(driver, 'threshold', threshold)
    return JitRunner(entry_point, driver)


def loop_part(text: str) -> str:
    return text[text.index('label('):]


def test_boxed_int_loop():
    runner = make_runner(count_driver)
    assert runner.run(300) == count(300)
    [text] = runner.loop_traces()
    print(text)
    loop = loop_part(text)
    assert 'new_with_vtable' not in loop
    assert 'guard_class' not in loop and 'guard_nonnull_class' not in loop
    assert 'getfield' not in loop
    assert 'int_add' in loop
    assert runner.metainterp.stats.guard_failures == 1


def test_guard_failure_in_inlined_callee():
    runner = make_runner(flip_driver)
    assert runner.run(200, 50) == flip(200, 50)
    mi = runner.metainterp
    assert mi.stats.loops == 1
    # from i == 50 on, the guard of `i < limit` inside bump() fails at each
    # iteration: two frames (flip, bump) are rebuilt and finished
    assert mi.stats.guard_failures == 200 - 50
    [loop] = mi.loops.values()
    multi = [s for s in loop.snapshots if len(s.frames) == 2]
    assert multi


def test_elidable_promote_residual():
    runner = make_runner(calls_driver)
    t = Table(5)
    assert runner.run(100, t) == calls(100, t)
    [text] = runner.loop_traces()
    print(text)
    loop = loop_part(text)
    # promote(t) is a guard_value in the preamble; then lookup(t, 3) has
    # constant arguments and is folded: only the dont_look_inside call stays
    assert 'guard_value' in text and 'guard_value' not in loop
    assert loop.count('call_') == 1
    assert 'call opaque' in loop
    assert 'guard_no_exception' in loop


def test_exception_in_compiled_code():
    runner = make_runner(exc_driver)
    assert runner.run(300) == catching(300)
    mi = runner.metainterp
    assert mi.stats.loops == 1
    # check(150) raised inside the compiled loop: guard_no_exception failed
    # and the handler ran in the blackhole interpreter
    assert mi.stats.guard_failures == 2


def test_exception_propagates_out():
    # Boom is raised by check(150) in the compiled loop, not caught in the
    # portal: the blackhole interpreter raises it to the caller
    runner = make_runner(raise_driver)
    try:
        runner.run(1000)
    except Boom:
        pass
    else:
        raise AssertionError('no Boom')
    assert runner.metainterp.stats.loops == 1
    assert runner.run(100) == raising(100)
