"""Pass heap (rpy/jit/metainterp/optimizeopt/heap.py): repeated reads and
writes of fields and array items, invalidated by writes that may alias and
by calls according to their effect info."""
from __future__ import annotations

from jit_opt_testutil import check

OPTS = 'heap'


def test_second_read_of_a_field_is_removed():
    check("""
    [p0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    i2 = getfield_gc_i(p0, descr=valuedescr)
    i3 = int_add(i1, i2)
    finish(i3)
    """, """
    [p0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    i3 = int_add(i1, i1)
    finish(i3)
    """, OPTS)


def test_read_after_write_gives_the_written_value():
    check("""
    [p0, i0]
    setfield_gc(p0, i0, descr=valuedescr)
    i1 = getfield_gc_i(p0, descr=valuedescr)
    finish(i1)
    """, """
    [p0, i0]
    setfield_gc(p0, i0, descr=valuedescr)
    finish(i0)
    """, OPTS)


def test_writing_back_the_value_just_read_is_removed():
    check("""
    [p0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    setfield_gc(p0, i1, descr=valuedescr)
    finish(i1)
    """, """
    [p0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    finish(i1)
    """, OPTS)


def test_write_to_another_object_may_alias():
    check("""
    [p0, p1, i0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    setfield_gc(p1, i0, descr=valuedescr)
    i2 = getfield_gc_i(p0, descr=valuedescr)
    i3 = getfield_gc_i(p1, descr=valuedescr)
    finish(i1, i2, i3)
    """, """
    [p0, p1, i0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    setfield_gc(p1, i0, descr=valuedescr)
    i2 = getfield_gc_i(p0, descr=valuedescr)
    finish(i1, i2, i0)
    """, OPTS)


def test_write_to_another_field_does_not_invalidate():
    check("""
    [p0, p1, i0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    setfield_gc(p1, i0, descr=otherdescr)
    i2 = getfield_gc_i(p0, descr=valuedescr)
    finish(i2)
    """, """
    [p0, p1, i0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    setfield_gc(p1, i0, descr=otherdescr)
    finish(i1)
    """, OPTS)


def test_objects_of_different_known_classes_do_not_alias():
    check("""
    [p0, p1, i0]
    guard_class(p0, ConstClass(node_vtable)) [p0]
    guard_class(p1, ConstClass(node2_vtable)) [p0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    setfield_gc(p1, i0, descr=valuedescr)
    i2 = getfield_gc_i(p0, descr=valuedescr)
    finish(i2)
    """, """
    [p0, p1, i0]
    guard_class(p0, ConstClass(node_vtable)) [p0]
    guard_class(p1, ConstClass(node2_vtable)) [p0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    setfield_gc(p1, i0, descr=valuedescr)
    finish(i1)
    """, 'rewrite:heap')


def test_different_constant_objects_do_not_alias():
    check("""
    [i0]
    i1 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
    setfield_gc(ConstPtr(constnode2), i0, descr=valuedescr)
    i2 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
    finish(i2)
    """, """
    [i0]
    i1 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
    setfield_gc(ConstPtr(constnode2), i0, descr=valuedescr)
    finish(i1)
    """, OPTS)


def test_call_forgets_only_the_fields_it_writes():
    check("""
    [p0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    i2 = getfield_gc_i(p0, descr=otherdescr)
    call_n(ConstClass(func), 1, descr=writevaluedescr)
    i3 = getfield_gc_i(p0, descr=valuedescr)
    i4 = getfield_gc_i(p0, descr=otherdescr)
    finish(i3, i4)
    """, """
    [p0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    i2 = getfield_gc_i(p0, descr=otherdescr)
    call_n(ConstClass(func), 1, descr=writevaluedescr)
    i3 = getfield_gc_i(p0, descr=valuedescr)
    finish(i3, i2)
    """, OPTS)


def test_call_without_writes_keeps_everything_and_random_effects_forget_all():
    check("""
    [p0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    i2 = call_i(ConstClass(func), 1, descr=nonwritedescr)
    i3 = getfield_gc_i(p0, descr=valuedescr)
    i4 = call_i(ConstClass(func), 1, descr=randomcalldescr)
    i5 = getfield_gc_i(p0, descr=valuedescr)
    finish(i3, i5)
    """, """
    [p0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    i2 = call_i(ConstClass(func), 1, descr=nonwritedescr)
    i4 = call_i(ConstClass(func), 1, descr=randomcalldescr)
    i5 = getfield_gc_i(p0, descr=valuedescr)
    finish(i1, i5)
    """, OPTS)


def test_array_items_at_constant_indexes():
    check("""
    [p0, i0, i9]
    i1 = getarrayitem_gc_i(p0, 0, descr=arraydescr)
    setarrayitem_gc(p0, 1, i0, descr=arraydescr)
    i2 = getarrayitem_gc_i(p0, 0, descr=arraydescr)
    i3 = getarrayitem_gc_i(p0, 1, descr=arraydescr)
    setarrayitem_gc(p0, i9, i0, descr=arraydescr)
    i4 = getarrayitem_gc_i(p0, 0, descr=arraydescr)
    call_n(ConstClass(func), 1, descr=writearraydescr)
    i5 = getarrayitem_gc_i(p0, i9, descr=arraydescr)
    i6 = getarrayitem_gc_i(p0, i9, descr=arraydescr)
    finish(i1, i2, i3, i4, i5, i6)
    """, """
    [p0, i0, i9]
    i1 = getarrayitem_gc_i(p0, 0, descr=arraydescr)
    setarrayitem_gc(p0, 1, i0, descr=arraydescr)
    setarrayitem_gc(p0, i9, i0, descr=arraydescr)
    i4 = getarrayitem_gc_i(p0, 0, descr=arraydescr)
    call_n(ConstClass(func), 1, descr=writearraydescr)
    i5 = getarrayitem_gc_i(p0, i9, descr=arraydescr)
    finish(i1, i1, i0, i4, i5, i5)
    """, OPTS)


def test_repeated_guard_not_invalidated_without_a_call_in_between():
    check("""
    [i0]
    guard_not_invalidated() [i0]
    guard_not_invalidated() [i0]
    call_n(ConstClass(func), i0, descr=writevaluedescr)
    guard_not_invalidated() [i0]
    finish(i0)
    """, """
    [i0]
    guard_not_invalidated() [i0]
    call_n(ConstClass(func), i0, descr=writevaluedescr)
    guard_not_invalidated() [i0]
    finish(i0)
    """, OPTS)


def test_reads_of_a_forced_virtual_come_from_its_writes():
    check("""
    [i0]
    p1 = new_with_vtable(descr=node)
    setfield_gc(p1, i0, descr=valuedescr)
    escape_n(p1)
    i2 = getfield_gc_i(p1, descr=valuedescr)
    setfield_gc(p1, i2, descr=valuedescr)
    finish(i2)
    """, """
    [i0]
    p1 = new_with_vtable(descr=node)
    setfield_gc(p1, i0, descr=valuedescr)
    escape_n(p1)
    i2 = getfield_gc_i(p1, descr=valuedescr)
    finish(i2)
    """, 'virtualize:heap')


def test_a_label_in_the_middle_forgets_the_cache():
    check("""
    [p0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    label(p0, descr=other)
    i2 = getfield_gc_i(p0, descr=valuedescr)
    i3 = int_add(i2, 1)
    label(p0, descr=another)
    i4 = int_add(i2, 1)
    jump(p0, descr=another)
    """, """
    [p0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    label(p0, descr=other)
    i2 = getfield_gc_i(p0, descr=valuedescr)
    i3 = int_add(i2, 1)
    label(p0, descr=another)
    i4 = int_add(i2, 1)
    jump(p0, descr=another)
    """, 'pure:heap')


def test_an_object_allocated_by_the_trace_aliases_no_inputarg():
    check("""
    [p0, i0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    p1 = new_with_vtable(descr=node)
    setfield_gc(p1, i0, descr=valuedescr)
    i2 = getfield_gc_i(p0, descr=valuedescr)
    p2 = new_with_vtable(descr=node)
    setfield_gc(p2, i1, descr=valuedescr)
    i3 = getfield_gc_i(p1, descr=valuedescr)
    finish(i1, i2, i3)
    """, """
    [p0, i0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    p1 = new_with_vtable(descr=node)
    setfield_gc(p1, i0, descr=valuedescr)
    p2 = new_with_vtable(descr=node)
    setfield_gc(p2, i1, descr=valuedescr)
    finish(i1, i1, i0)
    """, OPTS)


def test_an_object_read_from_the_heap_may_be_any_object():
    check("""
    [p0, p9, i0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    p1 = getfield_gc_r(p9, descr=nextdescr)
    setfield_gc(p1, i0, descr=valuedescr)
    i2 = getfield_gc_i(p0, descr=valuedescr)
    finish(i2)
    """, """
    [p0, p9, i0]
    i1 = getfield_gc_i(p0, descr=valuedescr)
    p1 = getfield_gc_r(p9, descr=nextdescr)
    setfield_gc(p1, i0, descr=valuedescr)
    i2 = getfield_gc_i(p0, descr=valuedescr)
    finish(i2)
    """, OPTS)
