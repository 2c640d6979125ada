"""Pass pure (rpy/jit/metainterp/optimizeopt/pure.py): CSE of pure
operations, elidable calls folded or reused, loop-invariant calls once."""
from __future__ import annotations

from jit_opt_testutil import check

OPTS = 'pure'


def test_repeated_pure_operation_is_reused():
    check("""
    [i0, i1]
    i2 = int_add(i0, i1)
    i3 = int_add(i0, i1)
    i4 = int_mul(i2, i3)
    f5 = cast_int_to_float(i0)
    f6 = cast_int_to_float(i0)
    finish(i4, f5, f6)
    """, """
    [i0, i1]
    i2 = int_add(i0, i1)
    i4 = int_mul(i2, i2)
    f5 = cast_int_to_float(i0)
    finish(i4, f5, f5)
    """, OPTS)


def test_different_arguments_or_descrs_are_not_the_same():
    check("""
    [i0, i1, p0]
    i2 = int_sub(i0, i1)
    i3 = int_sub(i1, i0)
    i4 = getfield_gc_pure_i(p0, descr=valuedescr)
    i5 = getfield_gc_pure_i(p0, descr=otherdescr)
    i6 = getfield_gc_pure_i(p0, descr=valuedescr)
    finish(i2, i3, i4, i5, i6)
    """, """
    [i0, i1, p0]
    i2 = int_sub(i0, i1)
    i3 = int_sub(i1, i0)
    i4 = getfield_gc_pure_i(p0, descr=valuedescr)
    i5 = getfield_gc_pure_i(p0, descr=otherdescr)
    finish(i2, i3, i4, i5, i4)
    """, OPTS)


def test_repeated_overflow_checked_operation_goes_with_its_guard():
    check("""
    [i0]
    i1 = int_add_ovf(i0, 1)
    guard_no_overflow() [i0]
    i2 = int_add_ovf(i0, 1)
    guard_no_overflow() [i0]
    finish(i2)
    """, """
    [i0]
    i1 = int_add_ovf(i0, 1)
    guard_no_overflow() [i0]
    finish(i1)
    """, OPTS)


def test_elidable_call_with_constant_arguments_becomes_its_traced_result():
    check("""
    [i0]
    i1 = call_pure_i(ConstClass(func), 5, descr=elidablecalldescr, result=25)
    guard_no_exception() [i0]
    i2 = int_add(i0, i1)
    finish(i2)
    """, """
    [i0]
    i2 = int_add(i0, 25)
    finish(i2)
    """, OPTS)


def test_elidable_call_with_variable_arguments_is_called_once():
    check("""
    [i0]
    i1 = call_pure_i(ConstClass(func), i0, descr=elidableraisingdescr)
    guard_no_exception() [i0]
    i2 = call_pure_i(ConstClass(func), i0, descr=elidableraisingdescr)
    guard_no_exception() [i0]
    i3 = call_i(ConstClass(func), i0, descr=elidableraisingdescr)
    guard_no_exception() [i0]
    finish(i2, i3)
    """, """
    [i0]
    i1 = call_i(ConstClass(func), i0, descr=elidableraisingdescr)
    guard_no_exception() [i0]
    finish(i1, i1)
    """, OPTS)


def test_loop_invariant_call_is_done_once():
    check("""
    [i0]
    i1 = call_loopinvariant_i(ConstClass(func), descr=loopinvariantdescr)
    i2 = call_loopinvariant_i(ConstClass(func), descr=loopinvariantdescr)
    finish(i1, i2)
    """, """
    [i0]
    i1 = call_i(ConstClass(func), descr=loopinvariantdescr)
    finish(i1, i1)
    """, OPTS)


def test_constant_folding_then_cse():
    check("""
    [i0]
    i1 = int_add(2, 3)
    i2 = int_mul(i0, i1)
    i3 = int_mul(i0, 5)
    finish(i2, i3)
    """, """
    [i0]
    i2 = int_mul(i0, 5)
    finish(i2, i2)
    """, 'rewrite:pure')


def test_without_pure_elidable_calls_are_emitted_as_plain_calls():
    check("""
    [i0]
    i1 = call_pure_i(ConstClass(func), i0, descr=elidablecalldescr)
    i2 = call_loopinvariant_i(ConstClass(func), descr=loopinvariantdescr)
    finish(i1, i2)
    """, """
    [i0]
    i1 = call_i(ConstClass(func), i0, descr=elidablecalldescr)
    i2 = call_i(ConstClass(func), descr=loopinvariantdescr)
    finish(i1, i2)
    """, 'rewrite:heap')
