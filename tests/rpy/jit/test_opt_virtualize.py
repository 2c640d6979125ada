"""Pass virtualize (rpy/jit/metainterp/optimizeopt/virtualize.py):
allocation removal, forcing on escape, virtuals described in guards."""
from __future__ import annotations

import pytest

from rpy.jit.metainterp.optimizeopt import InvalidLoop
from rpy.jit.metainterp.optimizeopt import resume
from rpy.jit.metainterp.resoperation import TAG_VIRTUAL, TAG_BOX
from jit_opt_testutil import check, optimize

OPTS = 'rewrite:virtualize'


def test_object_that_does_not_escape_is_not_allocated():
    check("""
    [i0]
    p1 = new_with_vtable(descr=node)
    setfield_gc(p1, i0, descr=valuedescr)
    guard_class(p1, ConstClass(node_vtable)) [i0]
    guard_nonnull(p1) [i0]
    i2 = getfield_gc_i(p1, descr=valuedescr)
    i3 = int_add(i2, 1)
    p4 = getfield_gc_r(p1, descr=nextdescr)
    finish(i3, p4)
    """, """
    [i0]
    i3 = int_add(i0, 1)
    finish(i3, NULL)
    """, OPTS)


def test_escaping_object_is_forced_just_before_the_escape():
    check("""
    [i0, p9]
    p1 = new_with_vtable(descr=node)
    setfield_gc(p1, i0, descr=valuedescr)
    i2 = int_add(i0, 1)
    setfield_gc(p1, i2, descr=valuedescr)
    setfield_gc(p9, p1, descr=nextdescr)
    finish(i2)
    """, """
    [i0, p9]
    i2 = int_add(i0, 1)
    p1 = new_with_vtable(descr=node)
    setfield_gc(p1, i2, descr=valuedescr)
    setfield_gc(p9, p1, descr=nextdescr)
    finish(i2)
    """, OPTS)


def test_nested_virtuals_are_forced_together_on_a_call():
    check("""
    [i0]
    p1 = new_with_vtable(descr=node)
    p2 = new_with_vtable(descr=node)
    setfield_gc(p2, i0, descr=valuedescr)
    setfield_gc(p1, p2, descr=nextdescr)
    call_n(ConstClass(func), p1, descr=writevaluedescr)
    finish(i0)
    """, """
    [i0]
    p1 = new_with_vtable(descr=node)
    p2 = new_with_vtable(descr=node)
    setfield_gc(p2, i0, descr=valuedescr)
    setfield_gc(p1, p2, descr=nextdescr)
    call_n(ConstClass(func), p1, descr=writevaluedescr)
    finish(i0)
    """, OPTS)


def test_a_cycle_of_virtuals_is_forced_once():
    check("""
    [i0]
    p1 = new_with_vtable(descr=node)
    setfield_gc(p1, p1, descr=nextdescr)
    escape_n(p1)
    finish(i0)
    """, """
    [i0]
    p1 = new_with_vtable(descr=node)
    setfield_gc(p1, p1, descr=nextdescr)
    escape_n(p1)
    finish(i0)
    """, OPTS)


def test_ptr_eq_with_a_virtual_is_decided():
    check("""
    [p0]
    p1 = new(descr=ssize)
    i2 = ptr_eq(p1, p0)
    i3 = ptr_eq(p1, p1)
    i4 = ptr_ne(p0, p1)
    finish(i2, i3, i4)
    """, """
    [p0]
    finish(0, 1, 1)
    """, OPTS)


def test_virtual_array_of_constant_length():
    check("""
    [i0, i1]
    p1 = new_array(3, descr=arraydescr)
    setarrayitem_gc(p1, 0, i0, descr=arraydescr)
    setarrayitem_gc(p1, 2, i1, descr=arraydescr)
    i2 = getarrayitem_gc_i(p1, 2, descr=arraydescr)
    i3 = getarrayitem_gc_i(p1, 1, descr=arraydescr)
    i4 = arraylen_gc(p1, descr=arraydescr)
    finish(i2, i3, i4)
    """, """
    [i0, i1]
    finish(i1, 0, 3)
    """, OPTS)


def test_virtual_array_indexed_by_a_variable_is_forced():
    check("""
    [i0, i1]
    p1 = new_array(2, descr=arraydescr)
    setarrayitem_gc(p1, 0, i0, descr=arraydescr)
    i2 = getarrayitem_gc_i(p1, i1, descr=arraydescr)
    finish(i2)
    """, """
    [i0, i1]
    p1 = new_array(2, descr=arraydescr)
    setarrayitem_gc(p1, 0, i0, descr=arraydescr)
    i2 = getarrayitem_gc_i(p1, i1, descr=arraydescr)
    finish(i2)
    """, OPTS)


def test_array_of_variable_length_is_allocated():
    check("""
    [i0]
    p1 = new_array(i0, descr=arraydescr)
    finish(p1)
    """, """
    [i0]
    p1 = new_array(i0, descr=arraydescr)
    finish(p1)
    """, OPTS)


def test_guard_describes_the_virtuals_of_its_fail_args():
    t = check("""
    [i0, i1]
    p1 = new_with_vtable(descr=node)
    p2 = new(descr=ssize)
    setfield_gc(p1, i0, descr=valuedescr)
    setfield_gc(p1, p2, descr=nextdescr)
    setfield_gc(p2, p1, descr=bdescr)
    setfield_gc(p2, 7, descr=adescr)
    i2 = int_lt(i1, i0)
    guard_true(i2) [i1, p1, p2, i1]
    finish(i0)
    """, """
    [i0, i1]
    i2 = int_lt(i1, i0)
    guard_true(i2) [i1, i0]
    finish(i0)
    """, OPTS)
    descr = t.operations[1].descr
    # recorded fail_args: i1, p1, p2, i1 -> b0, v0, v1, b0; p1 and p2 point
    # to each other (the cycle is kept)
    assert resume.describe(descr) == (
        "b0, v0, v1, b0 | v0=new_with_vtable(node)[b1, v1, null], "
        "v1=new(ssize)[7, v0]")
    assert resume.decode_slot(descr.slots[1]) == (TAG_VIRTUAL, 0)
    assert resume.decode_slot(descr.slots[3]) == (TAG_BOX, 0)


def test_guard_isnull_on_a_fresh_object_is_an_invalid_loop():
    with pytest.raises(InvalidLoop):
        optimize("""
        [i0]
        p1 = new_with_vtable(descr=node)
        guard_isnull(p1) [i0]
        finish(i0)
        """, 'virtualize')


def test_boxed_integer_loop_allocates_only_at_the_end_without_unroll():
    check("""
    [p0]
    guard_class(p0, ConstClass(intobj_vtable)) [p0]
    i1 = getfield_gc_i(p0, descr=intvaldescr)
    i2 = int_add(i1, 1)
    p3 = new_with_vtable(descr=intobj)
    setfield_gc(p3, i2, descr=intvaldescr)
    guard_class(p3, ConstClass(intobj_vtable)) [p3]
    i4 = getfield_gc_i(p3, descr=intvaldescr)
    i5 = int_add(i4, 1)
    p6 = new_with_vtable(descr=intobj)
    setfield_gc(p6, i5, descr=intvaldescr)
    jump(p6)
    """, """
    [p0]
    guard_class(p0, ConstClass(intobj_vtable)) [p0]
    i1 = getfield_gc_i(p0, descr=intvaldescr)
    i2 = int_add(i1, 1)
    i5 = int_add(i2, 1)
    p6 = new_with_vtable(descr=intobj)
    setfield_gc(p6, i5, descr=intvaldescr)
    jump(p6)
    """, OPTS)
