"""Code traced from a function's start (function_threshold) and the
residual portal calls that replace inlining a recursive call (our
call_assembler), untranslated: jitlang's encoded portal traced by
tracer.py on the llinterp backend.  The harness does what the glue does
at each call of the portal: `MetaInterp.enter_function` at the callee's
first merge point, with (pc, code) green and the frame red; what the JIT
hands back at a merge point goes on in the blackhole to the return."""
from __future__ import annotations

from typing import Any

from test_blackhole import _setup
from rpy.jit.metainterp.bhcpu import UntranslatedCpu
from rpy.jit.metainterp.blackhole import BlackholeInterp, KIND_MERGE_POINT
from rpy.jit.metainterp.llbackend import LLBackend
from rpy.jit.metainterp.tracer import MetaInterp

FIB = """
def fib(n) {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}
def walk(t) {
    if t == none { return 0 }
    return t.v + walk(t.l) + walk(t.r)
}
def boom(n) {
    if n == 0 { return 1 / 0 }
    return boom(n - 1) + 1
}
def flip(n) {
    if n % 5 == 0 { return n * 2 }
    return n + 1
}
def loops(n) {
    s = 0
    i = 0
    while i < n { s = s + i; i = i + 1 }
    return s
}
print(fib(1))
"""


def _machine(src: str = FIB) -> tuple[Any, ...]:
    table, enc, jl_interp, compile_program, parse, JLError = _setup()
    prog = compile_program(parse(src))
    cpu = UntranslatedCpu(enc)
    mi = MetaInterp(table, cpu, LLBackend(), 2)
    mi.threshold = 0
    funcs = {c.name: c for c in prog.functions}
    return table, cpu, mi, jl_interp, funcs, JLError


def call(table: Any, cpu: Any, mi: MetaInterp, jl_interp: Any, code: Any,
         args: list[Any]) -> Any:
    """A call of the portal as the glue makes it: the JIT at the first
    merge point; the blackhole after a merge point it hands back."""
    frame = jl_interp.Frame(code)
    for k, a in enumerate(args):
        frame.locals[k] = a
    kind = mi.enter_function([0], [code, frame], [])
    while kind == KIND_MERGE_POINT:
        bh = BlackholeInterp(table, cpu)
        kind = bh.enter_at_merge_point(mi.merge_i, mi.merge_r, mi.merge_f)
        if kind == -2:
            raise bh.exc
        return bh.result_r
    if kind == -2:
        raise mi.exc
    return mi.result_r


def test_recursive_fib_compiled_from_its_start_with_residual_portal_calls() -> None:
    table, cpu, mi, jl_interp, funcs, _ = _machine()
    fib = funcs['fib']
    results = []
    for n in [10] + list(range(12)):
        w = call(table, cpu, mi, jl_interp, fib, [_int(jl_interp, n)])
        results.append(w.intval)
    assert results == [55, 0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
    s = mi.stats
    assert s.entries == 1 and s.entry_traces == 1, mi.summary()
    entry = mi.loops[0]
    assert entry.is_entry
    log = mi.loop_log(entry)
    print(log)
    # the two recursive calls are residual calls of the portal, not inlined
    assert log.count('call_r(') == 2 and s.portal_calls == 2
    assert 'finish(' in log and 'jump(' not in log
    # later calls ran the entry code; the other branch (n < 2) left it by
    # a guard, resumed in the blackhole
    assert s.entry_runs >= 10 and s.guard_failures >= 1


def _int(jl_interp: Any, n: int) -> Any:
    import jl_objects       # on sys.path while jitlang is imported
    return jl_objects.W_Int(n)


def test_bridges_of_entry_code_reach_the_return() -> None:
    table, cpu, mi, jl_interp, funcs, _ = _machine()
    mi.trace_eagerness = 2
    flip = funcs['flip']
    got = [call(table, cpu, mi, jl_interp, flip, [_int(jl_interp, n)]).intval
           for n in range(1, 40)]
    assert got == [n * 2 if n % 5 == 0 else n + 1 for n in range(1, 40)]
    s = mi.stats
    assert s.entries == 1 and s.bridges == 1, mi.summary()
    # the bridge ends at the portal's return too: no further failures
    assert s.guard_failures == 2


def test_entry_trace_stops_before_a_loop_without_code() -> None:
    table, cpu, mi, jl_interp, funcs, _ = _machine()
    loops = funcs['loops']
    for n in range(20):
        assert call(table, cpu, mi, jl_interp, loops, [_int(jl_interp, 50)]).intval == 1225
    s = mi.stats
    assert s.entries == 1, mi.summary()
    log = mi.loop_log(mi.loops[0])
    # no unrolled iterations of the loop: it finishes at its merge point
    assert log.count('int_add_ovf') <= 2, log


def test_tree_walk_and_an_error_deep_inside() -> None:
    src = FIB + """
def tree(d) {
    t = new()
    t.v = d
    if d == 0 { t.l = none; t.r = none } else { t.l = tree(d - 1); t.r = tree(d - 1) }
    return t
}
"""
    table, cpu, mi, jl_interp, funcs, JLError = _machine(src)
    tree = call(table, cpu, mi, jl_interp, funcs['tree'], [_int(jl_interp, 6)])
    for k in range(6):
        assert call(table, cpu, mi, jl_interp, funcs['walk'], [tree]).intval == sum(
            d * 2 ** (6 - d) for d in range(7))
    assert mi.stats.entries >= 1
    for k in range(5):
        try:
            call(table, cpu, mi, jl_interp, funcs['boom'], [_int(jl_interp, 8)])
        except JLError as e:
            assert e.kind == 'ZeroDivisionError'
        else:
            raise AssertionError('no error')
