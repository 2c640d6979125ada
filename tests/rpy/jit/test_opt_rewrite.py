"""Pass rewrite (rpy/jit/metainterp/optimizeopt/rewrite.py): constant
folding, algebraic identities, guards made redundant by known values."""
from __future__ import annotations

import pytest

from rpy.jit.metainterp.optimizeopt import InvalidLoop
from jit_opt_testutil import check, optimize

OPTS = 'rewrite'


def test_constant_folding_of_int_and_float_operations():
    check("""
    [i0]
    i1 = int_add(3, 4)
    i2 = int_mul(i1, 6)
    i3 = int_floordiv(-7, 2)
    i4 = int_mod(-7, 2)
    f5 = cast_int_to_float(i2)
    f6 = float_mul(f5, 0.5)
    i7 = cast_float_to_int(f6)
    i8 = int_lt(i7, i3)
    finish(i2, i3, i4, f6, i7, i8)
    """, """
    [i0]
    finish(42, -4, 1, 21.0, 21, 0)
    """, OPTS)


def test_division_by_zero_is_not_folded():
    check("""
    [i0]
    i1 = int_floordiv(1, 0)
    finish(i1)
    """, """
    [i0]
    i1 = int_floordiv(1, 0)
    finish(i1)
    """, OPTS)


def test_overflowing_constants_keep_the_operation_and_its_guard():
    check("""
    [i0]
    i1 = int_add_ovf(9223372036854775807, 1)
    guard_no_overflow() [i0]
    i2 = int_add_ovf(5, 1)
    guard_no_overflow() [i0]
    finish(i1, i2)
    """, """
    [i0]
    i1 = int_add_ovf(9223372036854775807, 1)
    guard_no_overflow() [i0]
    finish(i1, 6)
    """, OPTS)


def test_algebraic_identities():
    check("""
    [i0, i1]
    i2 = int_add(i0, 0)
    i3 = int_sub(i2, 0)
    i4 = int_mul(1, i3)
    i5 = int_or(i4, 0)
    i6 = int_and(i5, -1)
    i7 = int_sub(i1, i1)
    i8 = int_xor(i1, i1)
    i9 = int_mul(i1, 0)
    i10 = int_floordiv(i6, 1)
    i11 = int_lshift(i10, 0)
    i12 = int_neg(i1)
    i13 = int_neg(i12)
    i14 = int_eq(i13, i1)
    i15 = int_lt(i1, i1)
    finish(i11, i7, i8, i9, i13, i14, i15)
    """, """
    [i0, i1]
    i12 = int_neg(i1)
    finish(i0, 0, 0, 0, i1, 1, 0)
    """, OPTS)


def test_int_is_true_of_a_comparison_is_the_comparison():
    check("""
    [i0]
    i1 = int_lt(i0, 10)
    i2 = int_is_true(i1)
    guard_true(i2) [i0]
    finish(i0)
    """, """
    [i0]
    i1 = int_lt(i0, 10)
    guard_true(i1) [i0]
    finish(i0)
    """, OPTS)


def test_guard_on_a_condition_already_guarded_is_removed():
    check("""
    [i0]
    i1 = int_lt(i0, 10)
    guard_true(i1) [i0]
    guard_true(i1) [i0]
    i2 = int_gt(i0, 10)
    guard_false(i2) [i0]
    guard_false(i2) [i0]
    finish(i1)
    """, """
    [i0]
    i1 = int_lt(i0, 10)
    guard_true(i1) [i0]
    i2 = int_gt(i0, 10)
    guard_false(i2) [i0]
    finish(1)
    """, OPTS)


def test_guard_value_makes_a_constant_and_is_not_repeated():
    check("""
    [i0, p1]
    guard_value(i0, 5) [i0]
    i1 = int_add(i0, 1)
    guard_value(i0, 5) [i0]
    guard_value(p1, ConstPtr(constnode)) [i0]
    guard_class(p1, ConstClass(node_vtable)) [i0]
    guard_nonnull(p1) [i0]
    finish(i1, p1)
    """, """
    [i0, p1]
    guard_value(i0, 5) [i0]
    guard_value(p1, ConstPtr(constnode)) []  # the 5 is in the resume data
    finish(6, ConstPtr(constnode))
    """, OPTS)


def test_guard_class_after_a_known_class():
    check("""
    [p0]
    guard_class(p0, ConstClass(node_vtable)) [p0]
    guard_class(p0, ConstClass(node_vtable)) [p0]
    guard_nonnull(p0) [p0]
    guard_nonnull_class(p0, ConstClass(node_vtable)) [p0]
    finish(p0)
    """, """
    [p0]
    guard_class(p0, ConstClass(node_vtable)) [p0]
    finish(p0)
    """, OPTS)


def test_guard_nonnull_class_on_a_nonnull_value_becomes_guard_class():
    check("""
    [p0]
    guard_nonnull(p0) [p0]
    guard_nonnull_class(p0, ConstClass(node_vtable)) [p0]
    guard_class(p0, ConstClass(node_vtable)) [p0]
    finish(p0)
    """, """
    [p0]
    guard_nonnull(p0) [p0]
    guard_class(p0, ConstClass(node_vtable)) [p0]
    finish(p0)
    """, OPTS)


def test_guard_isnull_then_pointer_comparisons():
    check("""
    [p0, p1]
    guard_isnull(p0) [p0]
    guard_nonnull(p1) [p0]
    i2 = ptr_eq(p0, p1)
    i3 = ptr_ne(p1, p1)
    i4 = instance_ptr_eq(p1, p1)
    guard_isnull(p0) [p0]
    finish(i2, i3, i4, p0)
    """, """
    [p0, p1]
    guard_isnull(p0) [p0]
    guard_nonnull(p1) []
    finish(0, 0, 1, NULL)
    """, OPTS)


def test_pointers_of_different_known_classes_differ():
    check("""
    [p0, p1]
    guard_class(p0, ConstClass(node_vtable)) [p0]
    guard_class(p1, ConstClass(node2_vtable)) [p0]
    i2 = ptr_eq(p0, p1)
    finish(i2)
    """, """
    [p0, p1]
    guard_class(p0, ConstClass(node_vtable)) [p0]
    guard_class(p1, ConstClass(node2_vtable)) [p0]
    finish(0)
    """, OPTS)


def test_guard_class_on_a_constant_of_known_class_is_removed():
    check("""
    [i0]
    guard_class(ConstPtr(constnode), ConstClass(node_vtable)) [i0]
    finish(i0)
    """, """
    [i0]
    finish(i0)
    """, OPTS)


def test_same_as_is_removed():
    check("""
    [i0]
    i1 = same_as_i(i0)
    i2 = int_add(i1, 1)
    finish(i2)
    """, """
    [i0]
    i2 = int_add(i0, 1)
    finish(i2)
    """, OPTS)


def test_always_failing_guard_is_an_invalid_loop():
    with pytest.raises(InvalidLoop):
        optimize("""
        [i0]
        guard_value(i0, 1) [i0]
        guard_value(i0, 2) [i0]
        finish(i0)
        """, OPTS)
    with pytest.raises(InvalidLoop):
        optimize("""
        [p0]
        guard_class(p0, ConstClass(node_vtable)) [p0]
        guard_class(p0, ConstClass(node2_vtable)) [p0]
        finish(p0)
        """, OPTS)


def test_classes_known_at_the_guard_of_a_bridge_drop_its_class_guards():
    # a bridge's inputargs are the failing guard's values: what the loop's
    # optimizer knew of them there (resume.encode's box_classes) is given
    # to the bridge's optimizer through Trace.inputarg_classes
    from jit_opt_testutil import parse, NAMESPACE, NODE_VTABLE
    from rpy.jit.metainterp.optimizeopt import optimize_trace
    trace = parse("""
    [p0, p1]
    guard_nonnull_class(p0, ConstClass(node_vtable)) [p0]
    guard_class(p1, ConstClass(node_vtable)) [p1]
    finish(p0, p1)
    """, NAMESPACE)
    trace.inputarg_classes = [NODE_VTABLE, 0]
    got = optimize_trace(trace, 'rewrite')
    assert [op.getopname() for op in got.operations] == ['guard_class', 'finish']


def test_resume_records_the_classes_known_at_a_guard():
    from jit_opt_testutil import parse, NAMESPACE, NODE_VTABLE
    from rpy.jit.metainterp.optimizeopt import optimize_trace
    got = optimize_trace(parse("""
    [p0, p1]
    guard_class(p0, ConstClass(node_vtable)) [p0, p1]
    guard_true(1) [p0, p1]
    i2 = ptr_eq(p0, p1)
    guard_false(i2) [p1, p0]
    finish(p0)
    """, NAMESPACE), 'rewrite')
    first, last = got.operations[0], got.operations[-2]
    assert first.descr.box_classes == [0, 0]              # before its own guard
    assert last.descr.box_classes == [0, NODE_VTABLE]     # fail_args p1, p0
