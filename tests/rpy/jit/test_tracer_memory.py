"""The JIT's memory and parameters at run time, untranslated
(rpy/jit/metainterp/tracer.py, warmstate.py, memmgr.py): a freed loop
leaves nothing behind (backend loop, token map, memory manager entries,
its cold green-key cell) but its text in the log; set_param takes effect
at the JIT's next entry, for every parameter; a key given up after
repeated aborts is never counted nor entered again (DONT_TRACE).
test_layout_translated.py checks the same translated, through
OURO_LOG=jit-summary."""
from __future__ import annotations

import contextlib
import io
from typing import Any

from test_blackhole import JITLANG, _setup  # type: ignore[import-not-found]
from test_tracer import run_jit  # type: ignore[import-not-found]
from rpy.jit.metainterp.bhcpu import UntranslatedCpu
from rpy.jit.metainterp.blackhole import BlackholeInterp, KIND_MERGE_POINT
from rpy.jit.metainterp.llbackend import LLBackend
from rpy.jit.metainterp.warmstate import COUNTERS, DONT_TRACE, DriverRuntime, JitCounters
from rpy.rlib.jit import set_param


def many_loops(n: int, iterations: int) -> str:
    """n distinct loops run one after the other, each hot once."""
    return ''.join("i = 0\ns = 0\nwhile i < %d {\n    s = s + i * %d\n    i = i + 1\n}\n"
                   "print(s)\n" % (iterations, k + 1) for k in range(n))


def test_freed_loops_leave_nothing_but_their_log() -> None:
    text, mi = run_jit('many', src=many_loops(40, 30), loop_longevity=2)
    assert text == ''.join('%d\n' % (435 * (k + 1)) for k in range(40))
    s = mi.stats
    assert s.loops == 40 and s.loops_freed >= 36, mi.summary()
    alive = len(mi.loops)
    assert alive + s.loops_freed == 40 and alive <= 4
    # the backend, the token map and the memory manager hold the live loops only
    backend: Any = mi.backend
    assert sorted(backend.loops) == sorted(mi.loop_of_token) == sorted(
        lp.token for lp in mi.loops.values())
    ages = mi.ages
    assert sorted(ages.last_used) == sorted(mi.loops) and set(ages.alone) <= set(mi.loops)
    assert ages.links == {} and ages.linked_from == {}
    # cold cells are swept: far fewer than the keys ever entered
    assert mi.ncells <= mi.peak_cells and mi.ncells < 40 * 3, mi.memory_line()
    assert sum(len(cells) for cells in mi.cells.values()) == mi.ncells
    for lp in mi.loops.values():
        assert lp.cell is not None and lp.cell in mi.cells[_hash(mi, lp.cell)]
    line = mi.memory_line()
    assert '%d loops/entries alive (peak ' % alive in line and '40 compiled' in line
    assert '%d tokens alive' % alive in line and '%d green cells alive' % mi.ncells in line
    # the log has every loop, the freed ones with their final counts
    log = mi.log_text()
    assert log.count('# Loop ') == 40 and log.count(' ops, freed\n') == s.loops_freed
    assert '# Loop 39 (1 entries, 1 guard failures) : loop with' in log


def _hash(mi: Any, cell: Any) -> int:
    for h, cells in mi.cells.items():
        if cell in cells:
            return h
    raise AssertionError('cell not in the table')


def run_driver(name: str, src: str, before_entry: Any = None) -> tuple[str, DriverRuntime]:
    """What the glue does (test_warmspot.py): every merge point goes
    through DriverRuntime.enter; before_entry(rt) runs before each."""
    table, enc, jl_interp, compile_program, parse, JLError = _setup()
    prog = compile_program(parse(src))
    rt = DriverRuntime('jitlang', table, jl_interp.jitdriver.params, 2)
    rt.attach(UntranslatedCpu(enc), LLBackend())
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        bh = BlackholeInterp(table, rt.cpu)
        bh.stop_at_merge_point = True
        kind = bh.run_portal([], [prog.main, jl_interp.Frame(prog.main)], [])
        args = (bh.merge_i, bh.merge_r, bh.merge_f)
        while kind == KIND_MERGE_POINT:
            if before_entry is not None:
                before_entry(rt)
            kind = rt.enter(*args)
            args = (rt.merge_i, rt.merge_r, rt.merge_f)
    return out.getvalue(), rt


def test_set_param_takes_effect_at_the_next_entry() -> None:
    """Every parameter the metainterp reads is re-read after a set_param
    (PyPy: set_param changes the JIT's behaviour at once): here
    trace_limit, set after the first loop is compiled, makes the second
    loop's trace too long; the others reach the metainterp too."""
    _, _, jl_interp, _, _, _ = _setup()
    driver = jl_interp.jitdriver
    done = []

    def before_entry(rt: DriverRuntime) -> None:
        mi = rt.mi
        assert mi is not None
        if mi.stats.loops == 1 and not done:
            done.append(1)
            set_param(driver, 'trace_limit', 5)
            set_param(driver, 'trace_eagerness', 7)
            set_param(driver, 'loop_longevity', 3)
            set_param(driver, 'max_unroll_recursion', 2)
            set_param(driver, 'enable_opts', 'intbounds:rewrite')
    try:
        text, rt = run_driver('two', many_loops(2, 400), before_entry)
        mi = rt.mi
        assert mi is not None
        assert text == '79800\n159600\n'
        assert mi.stats.loops == 1 and mi.stats.aborts >= 1, mi.summary()
        assert 'trace too long' in mi.stats.abort_reasons
        assert (mi.trace_limit, mi.trace_eagerness, mi.ages.longevity,
                mi.max_unroll_recursion, mi.enable_opts) == (5, 7, 3, 2, 'intbounds:rewrite')
    finally:
        driver.params.reset()


def test_bridges_are_not_peeled_with_the_default_enable_opts() -> None:
    """enable_opts' default is 'all' (the translated JIT takes the
    driver's parameter as is): a bridge's passes still leave unroll out
    (a bridge jumping to an unpeeled loop's start would be peeled as a
    loop of its own)."""
    from rpy.jit.metainterp.tracer import ALL_OPTS, without_unroll
    assert without_unroll('all') == ALL_OPTS.replace(':unroll', '')
    assert without_unroll('intbounds:unroll:heap') == 'intbounds:heap'


def test_counter_blacklist_is_never_hot_again() -> None:
    c = JitCounters(6)
    h = 12345
    assert not c.tick(h, 3) and not c.tick(h, 3) and c.tick(h, 3)
    c.blacklist(c.last_hot)
    assert not any(c.tick(h, 3) for _ in range(100))
    c.forget(c.index(h))        # (a freed loop's key) does not undo it
    assert c.counters[c.index(h)] == DONT_TRACE and not c.tick(h, 1)


def test_a_key_given_up_is_blacklisted_in_the_glue_counter() -> None:
    """A loop whose trace is always too long: after MAX_ABORTS aborts its
    key's glue counter says DONT_TRACE, so the compiled portal never
    enters the JIT for it again (PyPy's JC_DONT_TRACE_HERE), where it
    used to enter it every `threshold` iterations."""
    _, _, jl_interp, _, _, _ = _setup()
    driver = jl_interp.jitdriver
    slot = 17

    def before_entry(rt: DriverRuntime) -> None:
        COUNTERS.last_hot = slot        # as the glue's tick leaves it

    set_param(driver, 'trace_limit', 5)
    COUNTERS.reset()
    try:
        text, rt = run_driver('one', many_loops(1, 400), before_entry)
        mi = rt.mi
        assert mi is not None
        assert text == '79800\n'
        # (untranslated every merge point enters, and with the glue's
        # threshold 0 each key is traced: each is given up after 3 aborts)
        given_up = [c for cells in mi.cells.values() for c in cells if c.blacklisted()]
        assert given_up and mi.stats.loops == 0, mi.summary()
        cells = [c for cells in mi.cells.values() for c in cells]
        assert mi.stats.aborts == sum(c.aborts for c in cells) and max(c.aborts for c in cells) == 3
        assert COUNTERS.counters[slot] == DONT_TRACE
    finally:
        driver.params.reset()
        COUNTERS.reset()


def test_trace_too_long_stops_inlining_the_biggest_call() -> None:
    """A loop whose trace is too long because of an inlined call (PyPy's
    find_biggest_function): the called function is not inlined any more
    (a residual portal call) and the loop is traced again at once -- it
    is compiled, where it used to be given up after 3 aborts."""
    stmts = ''.join('    y = y + x * %d\n' % k for k in range(30))
    src = ('def big(x) {\n    y = 0\n' + stmts + '    return y\n}\n'
           'i = 0\ns = 0\nwhile i < 300 {\n    s = s + big(i)\n    i = i + 1\n}\nprint(s)\n')
    text, mi = run_jit('big', src=src, trace_limit=2000)
    assert text == '%d\n' % sum(sum(x * k for k in range(30)) for x in range(300))
    s = mi.stats
    assert s.loops == 1 and s.aborts == 0 and s.inlining_stopped == 1, mi.summary()
    assert s.portal_calls == 1 and '1 calls not inlined any more' in mi.summary()
    [big] = [c for cells in mi.cells.values() for c in cells if c.dont_inline]
    assert big.key_i == [0]             # big's first instruction
