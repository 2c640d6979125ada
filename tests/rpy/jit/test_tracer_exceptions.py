"""Exceptions raised and caught inside traced code (tracer.py: raise_exc,
unwind, trace_exc_insn, the guard_exception of trace_residual_call),
untranslated on jitlang's int_or/pop_or built-ins: the interpreter raises
a JLError and catches it itself.  A residual call's exception becomes
call + guard_exception(class), its result the handler's exception; an
exception raised in inlined code is the object the trace built (virtual)
with its class guarded at the raise.  The loops compile (no abort) and
give the interpreter's output."""
from __future__ import annotations

from test_tracer import run_jit, expected, body


def loop_with(mi, word: str) -> str:
    texts = [body(mi, k) for k in range(len(mi.loops)) if word in body(mi, k)]
    assert texts, [mi.loop_log(lp) for lp in mi.loops.values()]
    return texts[0]


def test_catching_program_compiles_its_loops():
    text, mi = run_jit('catching')
    print(mi.summary(), mi.stats.abort_reasons)
    assert text == expected('catching')
    assert mi.stats.aborts == 0, mi.stats.abort_reasons
    assert mi.stats.loops >= 4


ALWAYS_RAISING = """
stack = []
i = 0
s = 0
while i < 500 {
    s = s + int_or("x", i) + pop_or(stack, 1)
    i = i + 1
}
print(s)
"""


def test_loop_raising_every_iteration_stays_in_the_loop():
    """Both exceptions raised at every iteration: one entry, no guard
    failure until the loop ends.  The peeled loop has the residual call
    and its guard_exception (the class of its result is known: no class
    guard on it), and nothing of pop_or's exception: the JLError raised
    in inlined code is virtual, its handler chosen while tracing."""
    text, mi = run_jit('always', src=ALWAYS_RAISING)
    assert text == '%d\n' % sum(i + 1 for i in range(500))
    assert mi.stats.aborts == 0 and mi.stats.loops == 1
    assert mi.stats.loop_entries == 1 and mi.stats.guard_failures == 1
    loop = body(mi, 0)
    print(mi.loop_log(mi.loops[0]))
    assert loop.count('call_r(') == 1 and 'call call_builtin1' in loop
    assert loop.count('guard_exception(') == 1
    assert 'guard_no_exception' not in loop
    exc = [l for l in loop.splitlines() if 'guard_exception(' in l][0].split(' = ')[0]
    assert 'guard_nonnull_class(%s,' % exc not in loop
    assert 'guard_class(%s,' % exc not in loop
    for word in ('new_with_vtable', 'JLError'):
        assert word not in loop, word


STOPS_RAISING = """
i = 0
s = 0
while i < 300 {
    if i < 200 { v = "z" } else { v = "5" }
    s = s + int_or(v, 1)
    i = i + 1
}
print(s)
"""


def test_guard_exception_failing_without_an_exception():
    """Traced while int("z") raises; from i = 200 the call returns: its
    guard_exception fails with nothing pending, and the blackhole goes on
    after the call with the call's result (the exit's last value)."""
    text, mi = run_jit('stops', src=STOPS_RAISING)
    assert text == '%d\n' % (200 + 100 * 5)
    assert mi.stats.loops >= 1
    assert 'guard_exception(' in mi.loop_log(mi.loops[0])
    assert mi.stats.guard_failures >= 100
    assert mi.stats.exceptions_resumed == 0


STARTS_RAISING = """
i = 0
s = 0
v = "5"
while i < 300 {
    if i == 200 { v = "z" }
    s = s + int_or(v, 1)
    i = i + 1
}
print(s)
"""


def test_guard_no_exception_failing_in_a_catching_loop():
    """Traced while the call returns (guard_no_exception); from i = 200 it
    raises: the exit resumes with the exception pending, the blackhole
    unwinds to int_or's handler."""
    text, mi = run_jit('starts', src=STARTS_RAISING)
    assert text == '%d\n' % (200 * 5 + 100)
    assert 'guard_no_exception(' in mi.loop_log(mi.loops[0])
    assert mi.stats.exceptions_resumed >= 90


def bridge_texts(mi) -> list[str]:
    return [t for lp in mi.loops.values() for t in mi.loop_log(lp).split('# Bridge ')[1:]]


def test_bridge_from_a_guard_no_exception():
    """trace_eagerness=2: the guard_no_exception failing (int("z") raises
    from i = 200) gets a bridge: it makes the exit's exception pending
    again (restore_exception) and guards its class, then int_or's handler
    runs compiled and jumps back to the loop."""
    text, mi = run_jit('starts', src=STARTS_RAISING, trace_eagerness=2)
    assert text == '%d\n' % (200 * 5 + 100)
    assert mi.stats.aborts == 0 and mi.stats.bridges_skipped == 0
    first = [b for b in bridge_texts(mi) if 'restore_exception' in b]
    assert first, bridge_texts(mi)
    ops = [l for l in first[0].splitlines()[2:] if not l.startswith('debug_merge_point')]
    assert ops[0] == 'restore_exception()'
    assert ops[1].split(' = ')[1].startswith('guard_exception(')
    assert mi.stats.exceptions_resumed < 10     # (was one per iteration)


STOPS_RAISING_2 = """
i = 0
s = 0
v = "z"
while i < 300 {
    if i == 200 { v = "5" }
    s = s + int_or(v, 1)
    i = i + 1
}
print(s)
"""


def test_bridge_from_a_guard_exception_whose_call_returned():
    """The guard_exception failing with nothing pending (the call
    returned from i = 200) gets a bridge too: restore_exception (nothing),
    guard_no_exception, and the call's result, the exit's last value."""
    text, mi = run_jit('stops2', src=STOPS_RAISING_2, trace_eagerness=2)
    assert text == '%d\n' % (200 + 100 * 5)
    assert mi.stats.aborts == 0 and mi.stats.bridges_skipped == 0
    first = [b for b in bridge_texts(mi) if 'restore_exception' in b]
    assert first, bridge_texts(mi)
    ops = [l for l in first[0].splitlines()[2:] if not l.startswith('debug_merge_point')]
    assert ops[0] == 'restore_exception()'
    assert ops[1].startswith('guard_no_exception(')


def test_catching_program_with_bridges():
    text, mi = run_jit('catching', trace_eagerness=2)
    assert text == expected('catching')
    assert mi.stats.aborts == 0 and mi.stats.bridges_skipped == 0
    assert mi.stats.bridges >= 3
