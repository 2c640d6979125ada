"""Pass string (rpy/jit/metainterp/optimizeopt/vstring.py): virtual strings."""
from __future__ import annotations

from rpy.jit.metainterp.optimizeopt import resume
from jit_opt_testutil import check, optimize, opnames, loop_part, show

OPTS = 'virtualize:string'


def test_string_built_and_read_back_is_not_allocated():
    check("""
    [i0, i1]
    p2 = newstr(2)
    strsetitem(p2, 0, i0)
    strsetitem(p2, 1, i1)
    i3 = strgetitem(p2, 1)
    i4 = strlen(p2)
    finish(i3, i4)
    """, """
    [i0, i1]
    finish(i1, 2)
    """, OPTS)


def test_escaping_string_is_built_where_it_escapes():
    check("""
    [i0]
    p1 = newstr(2)
    strsetitem(p1, 0, 104)
    strsetitem(p1, 1, i0)
    i2 = int_add(i0, 1)
    call_n(ConstClass(func), p1, descr=mayforcedescr)
    finish(i2)
    """, """
    [i0]
    i2 = int_add(i0, 1)
    p1 = newstr(2)
    strsetitem(p1, 0, 104)
    strsetitem(p1, 1, i0)
    call_n(ConstClass(func), p1, descr=mayforcedescr)
    finish(i2)
    """, OPTS)


def test_copy_between_virtual_strings_and_from_a_real_one():
    check("""
    [p0, i0]
    p1 = newstr(3)
    strsetitem(p1, 0, i0)
    strsetitem(p1, 1, 98)
    strsetitem(p1, 2, 99)
    p2 = newstr(4)
    copystrcontent(p1, p2, 1, 0, 2)
    copystrcontent(p0, p2, 5, 2, 2)
    i3 = strgetitem(p2, 1)
    i4 = strgetitem(p2, 3)
    escape_n(p2)
    finish(i3, i4)
    """, """
    [p0, i0]
    i5 = strgetitem(p0, 5)
    i6 = strgetitem(p0, 6)
    p2 = newstr(4)
    strsetitem(p2, 0, 98)
    strsetitem(p2, 1, 99)
    strsetitem(p2, 2, i5)
    strsetitem(p2, 3, i6)
    escape_n(p2)
    finish(99, i6)
    """, OPTS)


def test_length_of_a_string_of_variable_size_is_that_size():
    check("""
    [i0]
    p1 = newstr(i0)
    i2 = strlen(p1)
    p3 = newunicode(i2)
    i4 = unicodelen(p3)
    finish(i4, p1, p3)
    """, """
    [i0]
    p1 = newstr(i0)
    p3 = newunicode(i0)
    finish(i0, p1, p3)
    """, OPTS)


def test_guard_describes_a_virtual_string():
    t = check("""
    [i0]
    p1 = newunicode(2)
    unicodesetitem(p1, 0, i0)
    guard_true(i0) [p1]
    finish(i0)
    """, """
    [i0]
    guard_true(i0) [i0]
    finish(i0)
    """, OPTS)
    assert resume.describe(t.operations[0].descr) == "v0 | v0=newunicode(unicode)[b0, null]"


def test_virtual_string_carried_around_the_loop():
    t = optimize("""
    [p0, i0]
    i1 = strgetitem(p0, 0)
    i2 = int_add(i1, 1)
    i3 = int_lt(i2, 120)
    guard_true(i3) [p0, i0]
    p4 = newstr(1)
    strsetitem(p4, 0, i2)
    jump(p4, i0)
    """, 'all')
    assert 'newstr' not in opnames(t), show(t)
    assert [op.getopname() for op in loop_part(t)] == ['int_add', 'int_lt', 'guard_true', 'jump']


def test_string_passed_twice_is_forced_without_virtualize():
    t = optimize("""
    [p0, p1, i0]
    p2 = newstr(1)
    strsetitem(p2, 0, i0)
    i3 = int_add(i0, 1)
    i4 = int_lt(i3, 100)
    guard_true(i4) [i3]
    jump(p2, p2, i3)
    """, 'string:unroll')
    assert opnames(t).count('newstr') == 2, show(t)
