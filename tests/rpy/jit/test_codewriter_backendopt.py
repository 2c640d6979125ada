"""The translator's pyjitpl phase runs the codewriter on graphs after
backendopt, where merge_if_blocks has turned if-chains on one int into
switches: the codewriter lowers a switch back to int_eq/goto_if_not, and
the JIT gives the same results and the same loops as on the plain graphs."""
from __future__ import annotations

from rpy.rlib.jit import set_param
from rpy.jit.metainterp.pyjitpl import JitRunner

from test_metainterp_bytecode import (  # type: ignore[import-not-found]
    Code, Frame, W_Int, SUM, FLIP, FLOATS, driver, entry_point, run_plain)


def run(ops: list[int], backendopt: bool) -> tuple[int, JitRunner]:
    set_param(driver, 'threshold', 7)
    runner = JitRunner(entry_point, driver, backendopt=backendopt)
    return runner.run(Code(ops, 'main'), Frame(W_Int(0), W_Int(0), W_Int(0))), runner


def test_portal_switch_is_lowered() -> None:
    _, runner = run(SUM, True)
    cw = runner.codewriter
    assert not cw.failed
    [(desc, jc)] = [(d, j) for d, j in cw.jitcodes.items() if d.name == 'interpret']
    # backendopt did make a switch of the dispatch
    assert any(b.is_int_switch() for b in desc.graph.iterblocks())
    names = [i.opname for i in jc.code]
    # one int_eq per opcode of the dispatch switch
    assert names.count('int_eq') >= 6


def test_same_results_and_loops() -> None:
    for ops in (SUM, FLIP, FLOATS):
        r0, plain = run(ops, False)
        r1, opt = run(ops, True)
        assert r0 == r1 == run_plain(ops)
        assert opt.metainterp.stats.loops == plain.metainterp.stats.loops
        assert opt.metainterp.stats.guard_failures == plain.metainterp.stats.guard_failures
        for text in opt.loop_traces():
            loop = text[text.index('label('):]
            assert 'Code.' not in loop          # the dispatch still folds away
