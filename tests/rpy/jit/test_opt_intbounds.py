"""Pass intbounds (rpy/jit/metainterp/optimizeopt/intbounds.py): integer
ranges from constants, comparisons and guards."""
from __future__ import annotations

import pytest

from rpy.jit.metainterp.optimizeopt import InvalidLoop
from jit_opt_testutil import check, optimize

OPTS = 'intbounds'


def test_comparison_decided_by_an_earlier_guard_is_removed_with_its_guard():
    check("""
    [i0]
    i1 = int_lt(i0, 10)
    guard_true(i1) [i0]
    i2 = int_lt(i0, 20)
    guard_true(i2) [i0]
    finish(i0)
    """, """
    [i0]
    i1 = int_lt(i0, 10)
    guard_true(i1) [i0]
    finish(i0)
    """, OPTS)


def test_guard_false_narrows_too():
    check("""
    [i0]
    i1 = int_ge(i0, 5)
    guard_false(i1) [i0]
    i2 = int_le(i0, 4)
    guard_true(i2) [i0]
    i3 = int_gt(i0, 100)
    guard_false(i3) [i0]
    finish(i0)
    """, """
    [i0]
    i1 = int_ge(i0, 5)
    guard_false(i1) [i0]
    finish(i0)
    """, OPTS)


def test_two_sided_range_through_addition():
    check("""
    [i0]
    i1 = int_ge(i0, 0)
    guard_true(i1) [i0]
    i2 = int_lt(i0, 100)
    guard_true(i2) [i0]
    i3 = int_add(i0, 5)
    i4 = int_lt(i3, 105)
    guard_true(i4) [i0]
    i5 = int_ge(i3, 5)
    guard_true(i5) [i0]
    finish(i3)
    """, """
    [i0]
    i1 = int_ge(i0, 0)
    guard_true(i1) [i0]
    i2 = int_lt(i0, 100)
    guard_true(i2) [i0]
    i3 = int_add(i0, 5)
    finish(i3)
    """, OPTS)


def test_add_ovf_on_bounded_values_loses_its_overflow_check():
    check("""
    [i0]
    i1 = int_lt(i0, 1000)
    guard_true(i1) [i0]
    i2 = int_gt(i0, -1000)
    guard_true(i2) [i0]
    i3 = int_add_ovf(i0, 1)
    guard_no_overflow() [i0]
    i4 = int_mul_ovf(i3, 2)
    guard_no_overflow() [i0]
    finish(i4)
    """, """
    [i0]
    i1 = int_lt(i0, 1000)
    guard_true(i1) [i0]
    i2 = int_gt(i0, -1000)
    guard_true(i2) [i0]
    i3 = int_add(i0, 1)
    i4 = int_mul(i3, 2)
    finish(i4)
    """, OPTS)


def test_add_ovf_on_unbounded_values_keeps_its_check_and_bounds_the_result():
    check("""
    [i0]
    i1 = int_add_ovf(i0, 1)
    guard_no_overflow() [i0]
    i2 = int_gt(i1, -9223372036854775808)
    guard_true(i2) [i0]
    finish(i1)
    """, """
    [i0]
    i1 = int_add_ovf(i0, 1)
    guard_no_overflow() [i0]
    finish(i1)
    """, OPTS)


def test_int_and_with_a_mask_bounds_the_result():
    check("""
    [i0]
    i1 = int_and(i0, 255)
    i2 = int_le(i1, 255)
    guard_true(i2) [i0]
    i3 = int_ge(i1, 0)
    guard_true(i3) [i0]
    finish(i1)
    """, """
    [i0]
    i1 = int_and(i0, 255)
    finish(i1)
    """, OPTS)


def test_modulo_by_a_positive_constant_is_non_negative_and_below_it():
    check("""
    [i0]
    i1 = int_mod(i0, 10)
    i2 = int_lt(i1, 10)
    guard_true(i2) [i0]
    i3 = int_ge(i1, 0)
    guard_true(i3) [i0]
    finish(i1)
    """, """
    [i0]
    i1 = int_mod(i0, 10)
    finish(i1)
    """, OPTS)


def test_lengths_are_non_negative():
    check("""
    [p0]
    i1 = arraylen_gc(p0, descr=arraydescr)
    i2 = int_ge(i1, 0)
    guard_true(i2) [p0]
    i3 = strlen(p0)
    i4 = int_lt(i3, 0)
    guard_false(i4) [p0]
    finish(i1)
    """, """
    [p0]
    i1 = arraylen_gc(p0, descr=arraydescr)
    i3 = strlen(p0)
    finish(i1)
    """, OPTS)


def test_equality_guard_makes_a_constant():
    check("""
    [i0]
    i1 = int_eq(i0, 7)
    guard_true(i1) [i0]
    i2 = int_add(i0, 1)
    finish(i2)
    """, """
    [i0]
    i1 = int_eq(i0, 7)
    guard_true(i1) [i0]
    i2 = int_add(7, 1)
    finish(8)
    """, OPTS)


def test_range_squeezed_to_one_value_is_a_constant():
    check("""
    [i0]
    i1 = int_ge(i0, 3)
    guard_true(i1) [i0]
    i2 = int_le(i0, 3)
    guard_true(i2) [i0]
    finish(i0)
    """, """
    [i0]
    i1 = int_ge(i0, 3)
    guard_true(i1) [i0]
    i2 = int_le(i0, 3)
    guard_true(i2) [i0]
    finish(3)
    """, OPTS)


def test_int_is_true_of_a_positive_value():
    check("""
    [i0]
    i1 = int_gt(i0, 0)
    guard_true(i1) [i0]
    i2 = int_is_true(i0)
    guard_true(i2) [i0]
    i3 = int_is_zero(i0)
    guard_false(i3) [i0]
    finish(i0)
    """, """
    [i0]
    i1 = int_gt(i0, 0)
    guard_true(i1) [i0]
    finish(i0)
    """, OPTS)


def test_unsigned_comparison_of_non_negative_values():
    check("""
    [i0, i1]
    i2 = int_ge(i0, 0)
    guard_true(i2) [i0]
    i3 = arraylen_gc(i1, descr=arraydescr)
    i4 = int_lt(i0, i3)
    guard_true(i4) [i0]
    i5 = uint_lt(i0, i3)
    guard_true(i5) [i0]
    finish(i0)
    """.replace('arraylen_gc(i1', 'arraylen_gc(p1').replace('[i0, i1]', '[i0, p1]'), """
    [i0, p1]
    i2 = int_ge(i0, 0)
    guard_true(i2) [i0]
    i3 = arraylen_gc(p1, descr=arraydescr)
    i4 = int_lt(i0, i3)
    guard_true(i4) [i0]
    finish(i0)
    """, 'intbounds:rewrite:pure')


def test_contradicting_guards_make_an_invalid_loop():
    with pytest.raises(InvalidLoop):
        optimize("""
        [i0]
        i1 = int_lt(i0, 10)
        guard_true(i1) [i0]
        i2 = int_gt(i0, 20)
        guard_true(i2) [i0]
        finish(i0)
        """, OPTS)


def test_rshift_and_floordiv_by_constants():
    check("""
    [i0]
    i1 = int_ge(i0, 0)
    guard_true(i1) [i0]
    i2 = int_lt(i0, 1024)
    guard_true(i2) [i0]
    i3 = int_rshift(i0, 2)
    i4 = int_lt(i3, 256)
    guard_true(i4) [i0]
    i5 = int_floordiv(i0, 4)
    i6 = int_le(i5, 255)
    guard_true(i6) [i0]
    finish(i5)
    """, """
    [i0]
    i1 = int_ge(i0, 0)
    guard_true(i1) [i0]
    i2 = int_lt(i0, 1024)
    guard_true(i2) [i0]
    i3 = int_rshift(i0, 2)
    i5 = int_floordiv(i0, 4)
    finish(i5)
    """, OPTS)


def test_relation_from_a_guard_decides_the_same_comparison_of_two_unknowns():
    # an interpreter's index check, then its list's bounds check: the
    # length n has no range, the relation i < n decides the second
    check("""
    [i0, p0]
    i1 = int_lt(i0, 0)
    guard_false(i1) [i0]
    i2 = getfield_gc_i(p0, descr=valuedescr)
    i3 = int_ge(i0, i2)
    guard_false(i3) [i0]
    i4 = uint_lt(i0, i2)
    guard_true(i4) [i0]
    i5 = int_lt(i0, i2)
    guard_true(i5) [i0]
    i6 = int_le(i2, i0)
    guard_false(i6) [i0]
    i7 = int_eq(i0, i2)
    guard_false(i7) [i0]
    i8 = int_gt(i2, i0)
    finish(i8)
    """, """
    [i0, p0]
    i1 = int_lt(i0, 0)
    guard_false(i1) [i0]
    i2 = getfield_gc_i(p0, descr=valuedescr)
    i3 = int_ge(i0, i2)
    guard_false(i3) [i0]
    finish(1)
    """, OPTS)


def test_a_non_strict_relation_decides_only_what_it_implies():
    check("""
    [i0, i1]
    i2 = int_le(i0, i1)
    guard_true(i2) [i0]
    i3 = int_gt(i0, i1)
    guard_false(i3) [i0]
    i4 = int_lt(i0, i1)
    guard_true(i4) [i0]
    i5 = uint_lt(i0, i1)
    finish(i5)
    """, """
    [i0, i1]
    i2 = int_le(i0, i1)
    guard_true(i2) [i0]
    i4 = int_lt(i0, i1)
    guard_true(i4) [i0]
    i5 = uint_lt(i0, i1)
    finish(i5)
    """, OPTS)
