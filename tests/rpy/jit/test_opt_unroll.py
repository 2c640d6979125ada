"""Pass unroll (rpy/jit/metainterp/optimizeopt/unroll.py): loop peeling,
with loop-invariant code motion into the preamble and virtuals kept across
the back edge.  Includes the two examples of issue 5."""
from __future__ import annotations

from rpy.jit.metainterp.optimizeopt import resume
from jit_opt_testutil import check, optimize, opnames, loop_part, show

ALL = 'all'


def test_read_of_a_field_of_a_constant_object_moves_to_the_preamble():
    # issue 5: "a loop that reads a field of a constant object hoists the
    # read out of the loop"
    check("""
    [i0]
    i1 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
    i2 = int_add(i0, i1)
    i3 = int_lt(i2, 100)
    guard_true(i3) [i2]
    jump(i2)
    """, """
    [i0]
    i1 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
    i2 = int_add(i0, i1)
    i3 = int_lt(i2, 100)
    guard_true(i3) [i2]
    label(i2, i1, descr=loop)
    i4 = int_add(i2, i1)
    i5 = int_lt(i4, 100)
    guard_true(i5) [i4]
    jump(i4, i1, descr=loop)
    """, ALL)


BOXED_LOOP = """
[p0, p1, p2]
debug_merge_point(0, 0, 'while i < n: i = i + o.step')
guard_class(p0, ConstClass(intobj_vtable)) [p0, p1, p2]
guard_class(p1, ConstClass(intobj_vtable)) [p0, p1, p2]
i3 = getfield_gc_i(p0, descr=intvaldescr)
i4 = getfield_gc_i(p1, descr=intvaldescr)
i5 = int_lt(i3, i4)
guard_true(i5) [p0, p1, p2]
guard_nonnull(p2) [p0, p1, p2]
p6 = getfield_gc_r(p2, descr=mapdescr)
guard_value(p6, ConstPtr(constmap)) [p0, p1, p2]
i7 = call_pure_i(ConstClass(func), ConstPtr(constmap), 0, descr=elidablecalldescr, result=0)
p8 = getfield_gc_r(p2, descr=slot0descr)
guard_class(p8, ConstClass(intobj_vtable)) [p0, p1, p2]
i9 = getfield_gc_i(p8, descr=intvaldescr)
i10 = int_add_ovf(i3, i9)
guard_no_overflow() [p0, p1, p2]
p11 = new_with_vtable(descr=intobj)
setfield_gc(p11, i10, descr=intvaldescr)
jump(p11, p1, p2)
"""


def test_loop_adding_boxed_integers_has_no_allocation_and_no_class_or_map_guard():
    # issue 5: "a loop adding boxed integers ends with no allocation, no
    # type guard and no map guard inside the loop"
    t = optimize(BOXED_LOOP, ALL)
    loop = [op.getopname() for op in loop_part(t)]
    assert loop == ['debug_merge_point', 'int_lt', 'guard_true', 'int_add_ovf',
                    'guard_no_overflow', 'jump'], show(t)
    preamble = opnames(t)[:opnames(t).index('label')]
    assert 'guard_value' in preamble and preamble.count('guard_class') == 3
    assert 'new_with_vtable' not in opnames(t)


def test_boxed_loop_exact_output():
    check(BOXED_LOOP, """
    [p0, p1, p2]
    debug_merge_point(0, 0, 'while i < n: i = i + o.step')
    guard_class(p0, ConstClass(intobj_vtable)) [p0, p1, p2]
    guard_class(p1, ConstClass(intobj_vtable)) [p0, p1, p2]
    i3 = getfield_gc_i(p0, descr=intvaldescr)
    i4 = getfield_gc_i(p1, descr=intvaldescr)
    i5 = int_lt(i3, i4)
    guard_true(i5) [p0, p1, p2]
    guard_nonnull(p2) [p0, p1, p2]
    p6 = getfield_gc_r(p2, descr=mapdescr)
    guard_value(p6, ConstPtr(constmap)) [p0, p1, p2]
    p8 = getfield_gc_r(p2, descr=slot0descr)
    guard_class(p8, ConstClass(intobj_vtable)) [p0, p1, p2]
    i9 = getfield_gc_i(p8, descr=intvaldescr)
    i10 = int_add_ovf(i3, i9)
    guard_no_overflow() [p0, p1, p2]
    label(i10, p1, p2, i4, p8, i9, descr=loop)
    debug_merge_point(0, 0, 'while i < n: i = i + o.step')
    i11 = int_lt(i10, i4)
    guard_true(i11) [p1, p2, i10]
    i12 = int_add_ovf(i10, i9)
    guard_no_overflow() [p1, p2, i10]
    jump(i12, p1, p2, i4, p8, i9, descr=loop)
    """, ALL)


def test_guards_in_the_loop_describe_the_virtual_kept_across_the_jump():
    t = optimize(BOXED_LOOP, ALL)
    guard = [op for op in loop_part(t) if op.getopname() == 'guard_true'][0]
    # recorded [p0, p1, p2]: p0 is the virtual intobj whose field is i10
    assert resume.describe(guard.descr) == "v0, b0, b1 | v0=new_with_vtable(intobj)[b2]"


def test_loop_invariant_pure_operation_and_guard_move_to_the_preamble():
    check("""
    [i0, i1]
    i2 = int_mul(i1, 3)
    i3 = int_lt(i1, 1000)
    guard_true(i3) [i0]
    i4 = int_add(i0, i2)
    jump(i4, i1)
    """, """
    [i0, i1]
    i2 = int_mul(i1, 3)
    i3 = int_lt(i1, 1000)
    guard_true(i3) [i0]
    i4 = int_add(i0, i2)
    label(i4, i1, i2, descr=loop)
    i5 = int_add(i4, i2)
    jump(i5, i1, i2, descr=loop)
    """, ALL)


def test_loop_invariant_call_moves_to_the_preamble():
    check("""
    [i0]
    i1 = call_loopinvariant_i(ConstClass(func), descr=loopinvariantdescr)
    i2 = int_add(i0, i1)
    jump(i2)
    """, """
    [i0]
    i1 = call_i(ConstClass(func), descr=loopinvariantdescr)
    i2 = int_add(i0, i1)
    label(i2, i1, descr=loop)
    i3 = int_add(i2, i1)
    jump(i3, i1, descr=loop)
    """, ALL)


def test_read_invalidated_by_a_call_stays_in_the_loop():
    check("""
    [i0]
    i1 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
    call_n(ConstClass(func), i1, descr=writevaluedescr)
    i2 = int_add(i0, i1)
    jump(i2)
    """, """
    [i0]
    i1 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
    call_n(ConstClass(func), i1, descr=writevaluedescr)
    i2 = int_add(i0, i1)
    label(i2, descr=loop)
    i3 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
    call_n(ConstClass(func), i3, descr=writevaluedescr)
    i4 = int_add(i2, i3)
    jump(i4, descr=loop)
    """, ALL)


def test_read_after_a_call_is_redone_at_the_end_of_the_loop():
    # the field is re-read after the call, so the read that starts the next
    # iteration is the one at the end of this one
    check("""
    [i0]
    call_n(ConstClass(func), i0, descr=writevaluedescr)
    i1 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
    i2 = int_add(i0, i1)
    jump(i2)
    """, """
    [i0]
    call_n(ConstClass(func), i0, descr=writevaluedescr)
    i1 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
    i2 = int_add(i0, i1)
    label(i2, i1, descr=loop)
    call_n(ConstClass(func), i2, descr=writevaluedescr)
    i3 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
    i4 = int_add(i2, i3)
    jump(i4, i3, descr=loop)
    """, ALL)


def test_virtual_passed_twice_is_allocated():
    t = optimize("""
    [p0, p1, i0]
    i1 = int_add(i0, 1)
    p2 = new_with_vtable(descr=node)
    setfield_gc(p2, i1, descr=valuedescr)
    jump(p2, p2, i1)
    """, ALL)
    names = opnames(t)
    assert 'label' in names
    # both in the preamble and in the loop the object is real, passed twice
    assert names.count('new_with_vtable') == 2
    assert names[names.index('label') - 1] == 'same_as_r'


def test_integer_ranges_cross_the_label():
    # the overflow check of the counter goes away in the loop: the range
    # known at the label (i < n, so i + 1 cannot overflow) holds again at
    # the jump
    t = optimize("""
    [i0, i1]
    i2 = int_add_ovf(i0, 1)
    guard_no_overflow() [i0]
    i3 = int_lt(i2, i1)
    guard_true(i3) [i2]
    jump(i2, i1)
    """, ALL)
    assert [op.getopname() for op in loop_part(t)] == ['int_add', 'int_lt', 'guard_true', 'jump']


def test_values_moving_between_label_arguments():
    check("""
    [i0, i1]
    i2 = int_add(i0, 1)
    jump(i2, i0)
    """, """
    [i0, i1]
    i2 = int_add(i0, 1)
    label(i2, i0, descr=loop)
    i3 = int_add(i2, 1)
    jump(i3, i2, descr=loop)
    """, ALL)


def test_constant_jump_argument_is_not_a_label_argument():
    # i1 is 0 from the first jump on: the loop computes 0 + 1 once and for
    # all (the loop that remains only spins, as the original would)
    check("""
    [i0, i1]
    i2 = int_add(i1, 1)
    jump(i2, 0)
    """, """
    [i0, i1]
    i2 = int_add(i1, 1)
    label(i2, descr=loop)
    jump(1, descr=loop)
    """, ALL)


def test_without_unroll_the_loop_is_optimized_in_one_piece():
    check("""
    [i0]
    i1 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
    i2 = int_add(i0, i1)
    jump(i2)
    """, """
    [i0]
    i1 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
    i2 = int_add(i0, i1)
    jump(i2)
    """, 'intbounds:rewrite:virtualize:pure:heap')


def test_trace_ending_in_finish_is_not_unrolled():
    check("""
    [i0]
    i1 = int_add(i0, 1)
    finish(i1)
    """, """
    [i0]
    i1 = int_add(i0, 1)
    finish(i1)
    """, ALL)


# ---------------------------------------------------------------- bridges

BRIDGE_MATCHING = """
[i0, p1, p2]
guard_class(p1, ConstClass(intobj_vtable)) [i0, p1, p2]
guard_nonnull(p2) [i0, p1, p2]
p6 = getfield_gc_r(p2, descr=mapdescr)
guard_value(p6, ConstPtr(constmap)) [i0, p1, p2]
p8 = getfield_gc_r(p2, descr=slot0descr)
guard_class(p8, ConstClass(intobj_vtable)) [i0, p1, p2]
i9 = int_add(i0, 1)
p3 = new_with_vtable(descr=intobj)
setfield_gc(p3, i9, descr=intvaldescr)
jump(p3, p1, p2, descr=loop)
"""

BRIDGE_UNKNOWN_CLASS = """
[i0, p1, p2]
p3 = new_with_vtable(descr=intobj)
setfield_gc(p3, i0, descr=intvaldescr)
jump(p3, p1, p2, descr=loop)
"""


def _loop_and_bridge(bridge_text):
    from rpy.jit.tool.oparser import parse
    from rpy.jit.metainterp.optimizeopt import optimize_trace
    from jit_opt_testutil import NAMESPACE
    loop = optimize(BOXED_LOOP, ALL)
    label = [op for op in loop.operations if op.getopname() == 'label'][0]
    ns = dict(NAMESPACE, loop=label.descr)
    bridge = optimize_trace(parse(bridge_text, ns), ALL)
    return loop, label, bridge


def test_bridge_matching_the_label_jumps_into_the_peeled_loop():
    loop, label, bridge = _loop_and_bridge(BRIDGE_MATCHING)
    jump = bridge.operations[-1]
    assert jump.descr is label.descr
    # the virtual is passed exploded, the label's extra values are read
    assert len(jump.args) == len(label.args)
    assert 'new_with_vtable' not in opnames(bridge)


def test_bridge_not_matching_the_label_jumps_to_the_start_with_real_objects():
    loop, label, bridge = _loop_and_bridge(BRIDGE_UNKNOWN_CLASS)
    jump = bridge.operations[-1]
    assert jump.descr is loop.start_token and jump.descr is label.descr.start
    assert opnames(bridge) == ['new_with_vtable', 'setfield_gc', 'jump']


def test_loop_written_with_its_own_label_is_peeled_too():
    t = optimize("""
    [i0]
    label(i0, descr=mine)
    i1 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
    i2 = int_add(i0, i1)
    jump(i2, descr=mine)
    """, ALL)
    assert opnames(t) == ['getfield_gc_i', 'int_add', 'label', 'int_add', 'jump']


BRIDGE_WITH_RESUME_AT_END = """
[i0, p1, p2]
p3 = new_with_vtable(descr=intobj)
setfield_gc(p3, i0, descr=intvaldescr)
guard_future_condition() [p3, p1, p2]
jump(p3, p1, p2, descr=loop)
"""


def test_bridge_gets_the_guards_the_label_needs_when_it_records_its_end_state():
    loop, label, bridge = _loop_and_bridge(BRIDGE_WITH_RESUME_AT_END)
    assert bridge.operations[-1].descr is label.descr
    from jit_opt_testutil import NAMESPACE
    from rpy.jit.tool.oparser import assert_equal_traces
    ns = dict(NAMESPACE, loop=label.descr)
    assert_equal_traces(bridge, """
    [i0, p1, p2]
    guard_nonnull_class(p1, ConstClass(intobj_vtable)) [p1, p2, i0]
    guard_nonnull(p2) [p1, p2, i0]
    i4 = getfield_gc_i(p1, descr=intvaldescr)
    p5 = getfield_gc_r(p2, descr=mapdescr)
    guard_value(p5, ConstPtr(constmap)) [p1, p2, i0]
    p6 = getfield_gc_r(p2, descr=slot0descr)
    guard_nonnull_class(p6, ConstClass(intobj_vtable)) [p1, p2, i0]
    i7 = getfield_gc_i(p6, descr=intvaldescr)
    jump(i0, p1, p2, i4, p6, i7, descr=loop)
    """, ns)
    # the guards resume at the loop header: the virtual rebuilt from i0
    from rpy.jit.metainterp.optimizeopt import resume
    assert resume.describe(bridge.operations[0].descr) == \
        "v0, b0, b1 | v0=new_with_vtable(intobj)[b2]"


def test_bridge_passing_a_real_object_where_the_label_wants_a_virtual_goes_to_the_start():
    loop, label, bridge = _loop_and_bridge("""
    [i0, p1, p2]
    guard_future_condition() [p1, p1, p2]
    jump(p1, p1, p2, descr=loop)
    """)
    assert bridge.operations[-1].descr is loop.start_token
    assert 'guard_nonnull_class' not in opnames(bridge)


def test_a_loop_whose_second_iteration_always_fails_is_no_loop_when_strict():
    # the path cannot repeat (it leaves the loop at once the second time):
    # strict_loop raises NotALoop (the metainterp traces the key again
    # from another iteration); otherwise it is compiled without peeling
    import pytest
    from jit_opt_testutil import parse, NAMESPACE
    from rpy.jit.metainterp.optimizeopt import optimize_trace
    from rpy.jit.metainterp.optimizeopt.optimizer import NotALoop
    src = """
    [i0]
    i1 = int_lt(i0, 10)
    guard_true(i1) [i0]
    jump(20)
    """
    with pytest.raises(NotALoop):
        optimize_trace(parse(src, NAMESPACE), ALL, True)
    got = optimize(src, ALL)
    assert 'label' not in opnames(got)
    assert opnames(got) == ['int_lt', 'guard_true', 'jump']


def test_guards_of_the_peeled_loop_carry_the_label_facts_to_their_bridges():
    """attach_guard_facts (the metainterp runs it on the loops it compiles)
    gives each guard after the label the facts that still hold there, the
    values they name added to its fail_args; a bridge from that guard
    starts with them, so jumping back to the label reads and checks
    nothing the loop already knew (here: the map, its guard_value, the
    slot's class and value)."""
    from rpy.jit.tool.oparser import parse
    from rpy.jit.metainterp.history import InputArg
    from rpy.jit.metainterp.resoperation import ResOperation, rop, REF
    from rpy.jit.metainterp.optimizeopt import optimize_trace
    from rpy.jit.metainterp.optimizeopt.unroll import attach_guard_facts
    from jit_opt_testutil import NAMESPACE
    loop = optimize(BOXED_LOOP, ALL)
    attach_guard_facts(loop)
    ops = loop.operations
    start = [i for i, op in enumerate(ops) if op.getopname() == 'label'][0]
    label = ops[start]
    guards = [op for op in ops[start:] if op.is_guard()]
    assert guards and all(g.descr.known for g in guards)
    for g in guards:
        for fact in g.descr.known:
            for k in fact.args + [fact.result]:
                assert -1 <= k < len(g.fail_args)
    # the guards before the label (the preamble) get nothing
    assert not any(op.descr.known for op in ops[:start] if op.is_guard())
    guard = guards[0]
    ns = dict(NAMESPACE, loop=label.descr)

    def bridge(with_facts):
        # inputargs: the guard's fail_args (p1 and p2 are the loop's); the
        # counter comes back unboxed
        t = parse("""
        [i0, p1, p2]
        p3 = new_with_vtable(descr=intobj)
        setfield_gc(p3, i0, descr=intvaldescr)
        guard_future_condition() [p3, p1, p2]
        jump(p3, p1, p2, descr=loop)
        """, ns)
        extra = [InputArg(v.type) for v in guard.fail_args[3:]]
        # the bridge's own p1/p2 sit where the guard has the loop's
        order = list(guard.fail_args)
        names = {order.index(label.args[1]): t.inputargs[1],
                 order.index(label.args[2]): t.inputargs[2]}
        inputargs = []
        for k in range(len(order)):
            if k in names:
                inputargs.append(names[k])
            elif k == 0 or k == 1 or k == 2:
                inputargs.append(t.inputargs[0] if order[k].type != REF else InputArg(REF))
            else:
                inputargs.append(extra[k - 3])
        if t.inputargs[0] not in inputargs:
            inputargs.append(t.inputargs[0])
        t.inputargs = inputargs
        if with_facts:
            t.inputarg_facts = guard.descr.known
        return optimize_trace(t, ALL)

    plain = bridge(False)
    known = bridge(True)
    assert plain.operations[-1].descr is label.descr
    assert known.operations[-1].descr is label.descr
    assert 'guard_value' in opnames(plain) and 'guard_value' not in opnames(known)
    assert opnames(known).count('getfield_gc_r') < opnames(plain).count('getfield_gc_r')
    assert len(known.operations) < len(plain.operations)


def test_array_item_at_a_constant_index_crosses_the_label():
    # the item the loop writes is the one the next iteration reads: passed
    # as a label argument instead of read again
    t = optimize("""
    [p0, i0]
    i1 = getarrayitem_gc_i(p0, 0, descr=arraydescr)
    i2 = int_add(i1, i0)
    setarrayitem_gc(p0, 0, i2, descr=arraydescr)
    i3 = int_add(i0, 1)
    jump(p0, i3)
    """, ALL)
    names = [op.getopname() for op in loop_part(t)]
    assert 'getarrayitem_gc_i' not in names and names.count('setarrayitem_gc') == 1, show(t)


def test_array_item_at_a_variable_index_is_read_again():
    t = optimize("""
    [p0, i0]
    i1 = getarrayitem_gc_i(p0, i0, descr=arraydescr)
    i2 = int_add(i1, i0)
    setarrayitem_gc(p0, i0, i2, descr=arraydescr)
    jump(p0, i0)
    """, ALL)
    names = [op.getopname() for op in loop_part(t)]
    assert 'getarrayitem_gc_i' in names, show(t)
