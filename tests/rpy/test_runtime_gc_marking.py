"""Marking in bounded memory (rpy/c/runtime/gc.c, MARK_CHUNK): the C
scenario `bigarray` of rpy/c/runtime/test/test_gc.c keeps a 2-million-item
array of nodes, wide and deep nested arrays, a long linked list and a
prebuilt array through major collections.  With OURO_GC_DEBUG=1 each major
collection logs the size of its mark stack, which must stay small however
big the arrays are.  The binaries come from test_runtime_gc.py's fixture."""
from __future__ import annotations

import re

import pytest

from test_runtime_gc import binaries, number, run, run_ok  # noqa: F401  (fixture)


def mark_stack_kbs(stderr: str) -> list[int]:
    kbs = [int(m.group(1)) for m in
           re.finditer(r"^\[gc\] major collection \d+: .*, mark stack (\d+) KB$", stderr, re.M)]
    assert kbs, stderr
    return kbs


def test_mark_stack_stays_small_with_huge_arrays(binaries):
    r = run(binaries["test_gc"], "bigarray", env={"OURO_GC_DEBUG": "1"})
    assert r.returncode == 0 and "OK bigarray" in r.stdout, r.stdout + r.stderr
    assert number(r.stdout, "majors") >= 3
    kbs = mark_stack_kbs(r.stderr)
    # without chunking the 2M-item array alone needs a 16 MB mark stack;
    # now: a chunk per nesting level of big arrays (40 in build_deep)
    assert max(kbs) <= 128, kbs


@pytest.mark.parametrize("limit", ["1", "2", "3", "300"])
def test_continuations_survive_a_full_mark_stack(binaries, limit):
    # a continuation takes two entries: with room for 1-2 entries it never
    # fits and mark_rescan() finishes the arrays; 300 entries fit a chunk
    # and its continuation, but not the deep nest
    run_ok(binaries["test_gc"], "bigarray", env={"OURO_GC_TEST_MARKSTACK": limit},
           timeout=600)


def test_bounded_marking_passes_heap_verification(binaries):
    run_ok(binaries["test_gc"], "bigarray", env={"OURO_GC_VERIFY": "1"}, timeout=600)


def test_other_scenarios_mark_with_a_small_stack(binaries):
    # (not "random": a random graph's depth-first marking legitimately
    # grows the stack to tens of thousands of entries)
    r = run(binaries["test_gc"], "bigheap", "cycles", env={"OURO_GC_DEBUG": "1"})
    assert r.returncode == 0, r.stdout + r.stderr
    assert max(mark_stack_kbs(r.stderr)) <= 64
