"""Optimized loops compute what the original loops compute: each trace runs
on a model heap (jit_trace_interp.py) before and after optimization, with
every subset of passes that matters; the exit (which recorded guard fails),
the values rebuilt from the guard's resume layout (virtuals included), the
calls and escapes, and the final heap must be the same."""
from __future__ import annotations

import pytest

from rpy.jit.tool.oparser import parse
from rpy.jit.metainterp.optimizeopt import optimize_trace
from rpy.jit.metainterp.logger import trace_to_text
from jit_opt_testutil import (
    NAMESPACE, node, node2, intobj, valuedescr, nextdescr, intvaldescr, mapdescr,
    slot0descr, NODE_VTABLE, NODE2_VTABLE, INTOBJ_VTABLE, MAP_VTABLE)
from jit_trace_interp import Machine, Obj, snapshot
from test_opt_unroll import BOXED_LOOP

OPT_SETS = [
    'all',
    'virtualize:string:unroll',
    'string:heap:pure',
    'intbounds:rewrite:virtualize:pure:heap',
    'rewrite:virtualize:unroll',
    'heap:unroll',
    'intbounds:unroll',
    'pure:unroll',
    'virtualize:heap:unroll',
    '',
]


def boxed(v):
    o = Obj(intobj, INTOBJ_VTABLE)
    o.fields[intvaldescr] = v
    return o


def make_memory():
    constnode = Obj(node, NODE_VTABLE)
    constnode.fields[valuedescr] = 7
    constnode2 = Obj(node2, NODE2_VTABLE)
    themap = Obj(None, MAP_VTABLE)
    themap.descr = node2
    return {0x1000: constnode, 0x2000: constnode2, 0x3000: themap,
            0x3008: Obj(node2, MAP_VTABLE)}


def bump_constnode(machine, descr, *args):
    """func: with writevaluedescr, constnode.value += 1; else (an elidable
    lookup) 0"""
    if descr.name != 'writevaluedescr':
        return 0
    n = machine.memory[0x1000]
    n.fields[valuedescr] = n.fields.get(valuedescr, 0) + 1
    return 0


def square(machine, descr, *args):
    return args[-1] * args[-1] if args and isinstance(args[-1], int) else 0


FUNCTIONS = {0x4000: bump_constnode, 0x4100: square}


def linked_list(values):
    head = None
    for v in reversed(values):
        n = Obj(node, NODE_VTABLE)
        n.fields[valuedescr] = v
        n.fields[nextdescr] = head
        head = n
    return head


def obj_with_map(memory, step):
    o = Obj(node2, NODE2_VTABLE)
    o.fields[mapdescr] = memory[0x3000]
    o.fields[slot0descr] = boxed(step)
    return o


CASES = {
    'boxed_loop': (BOXED_LOOP, lambda m: [boxed(0), boxed(10), obj_with_map(m, 3)]),
    'boxed_loop_overflow': (BOXED_LOOP, lambda m: [boxed(2 ** 63 - 5), boxed(2 ** 63 - 1),
                                                   obj_with_map(m, 3)]),
    'boxed_loop_map_changes': (BOXED_LOOP, lambda m: [boxed(0), boxed(10),
                                                      _other_map(m, obj_with_map(m, 3))]),
    'constant_field': ("""
        [i0]
        i1 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
        i2 = int_add(i0, i1)
        i3 = int_lt(i2, 100)
        guard_true(i3) [i2]
        jump(i2)
        """, lambda m: [0]),
    'field_written_by_a_call': ("""
        [i0]
        i1 = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)
        call_n(ConstClass(func), i1, descr=writevaluedescr)
        i2 = int_add(i0, i1)
        i3 = int_lt(i2, 200)
        guard_true(i3) [i2, i1]
        jump(i2)
        """, lambda m: [0]),
    'invariant_pure_and_guard': ("""
        [i0, i1]
        i2 = int_mul(i1, 3)
        i3 = int_lt(i1, 1000)
        guard_true(i3) [i0]
        i4 = int_add(i0, i2)
        i5 = int_lt(i4, 500)
        guard_true(i5) [i4, i1]
        jump(i4, i1)
        """, lambda m: [0, 7]),
    'linked_list_sum': ("""
        [p0, i0]
        guard_nonnull(p0) [p0, i0]
        i1 = getfield_gc_i(p0, descr=valuedescr)
        i2 = int_add_ovf(i0, i1)
        guard_no_overflow() [p0, i0]
        p3 = getfield_gc_r(p0, descr=nextdescr)
        jump(p3, i2)
        """, lambda m: [linked_list([1, 2, 3, 4, 5]), 0]),
    'virtual_list_node_carried': ("""
        [p0, i0]
        i1 = getfield_gc_i(p0, descr=valuedescr)
        i2 = int_add(i1, i0)
        p3 = new_with_vtable(descr=node)
        setfield_gc(p3, i2, descr=valuedescr)
        setfield_gc(p3, p0, descr=nextdescr)
        i4 = int_lt(i2, 50)
        guard_true(i4) [p3, i2]
        p5 = getfield_gc_r(p3, descr=nextdescr)
        setfield_gc(p3, NULL, descr=nextdescr)
        jump(p3, i0)
        """, lambda m: [linked_list([1]), 3]),
    'virtual_array_carried': ("""
        [p0, i0]
        i1 = getarrayitem_gc_i(p0, 0, descr=arraydescr)
        i2 = getarrayitem_gc_i(p0, 1, descr=arraydescr)
        i3 = int_add(i1, i2)
        p4 = new_array(2, descr=arraydescr)
        setarrayitem_gc(p4, 0, i2, descr=arraydescr)
        setarrayitem_gc(p4, 1, i3, descr=arraydescr)
        i5 = int_lt(i3, 1000)
        guard_true(i5) [p4, i0]
        jump(p4, i0)
        """, lambda m: [_array([0, 1]), 0]),
    'virtual_shared_twice': ("""
        [p0, p1, i0]
        i1 = getfield_gc_i(p0, descr=valuedescr)
        i2 = int_add(i1, 1)
        p2 = new_with_vtable(descr=node)
        setfield_gc(p2, i2, descr=valuedescr)
        i3 = int_lt(i2, 20)
        guard_true(i3) [p2, p1]
        jump(p2, p2, i2)
        """, lambda m: [linked_list([0]), linked_list([0]), 0]),
    'escaping_every_iteration': ("""
        [p0, i0]
        p1 = new_with_vtable(descr=node)
        setfield_gc(p1, i0, descr=valuedescr)
        setfield_gc(p1, p0, descr=nextdescr)
        escape_n(p1)
        i2 = int_add(i0, 1)
        i3 = int_lt(i2, 5)
        guard_true(i3) [p1, i2]
        jump(p1, i2)
        """, lambda m: [None, 0]),
    'promoted_field': ("""
        [p0, i0]
        i1 = getfield_gc_i(p0, descr=valuedescr)
        guard_value(i1, 7) [p0, i0]
        i2 = int_add(i0, i1)
        i3 = int_lt(i2, 60)
        guard_true(i3) [p0, i2]
        jump(p0, i2)
        """, lambda m: [m[0x1000], 0]),
    'elidable_and_loopinvariant_calls': ("""
        [i0, i1]
        i2 = call_pure_i(ConstClass(square), i1, descr=elidablecalldescr)
        i3 = call_loopinvariant_i(ConstClass(square), descr=loopinvariantdescr)
        i4 = int_add(i0, i2)
        i5 = int_add(i4, i3)
        i6 = int_lt(i5, 300)
        guard_true(i6) [i5]
        jump(i5, i1)
        """, lambda m: [0, 4]),
    'string_built_each_iteration': ("""
        [p0, i0]
        i1 = strlen(p0)
        i2 = strgetitem(p0, 0)
        p3 = newstr(3)
        strsetitem(p3, 0, i0)
        copystrcontent(p0, p3, 0, 1, 2)
        i4 = int_add(i0, 1)
        i5 = int_lt(i4, 9)
        guard_true(i5) [p3, i2, i1]
        jump(p3, i4)
        """, lambda m: [_string([7, 8, 9]), 0]),
    'counter_with_bounds': ("""
        [i0, i1]
        i2 = int_add_ovf(i0, 1)
        guard_no_overflow() [i0]
        i3 = int_lt(i2, i1)
        guard_true(i3) [i2]
        i4 = int_and(i2, 3)
        i5 = int_eq(i4, 3)
        guard_false(i5) [i2, i4]
        jump(i2, i1)
        """, lambda m: [0, 100]),
}


def _other_map(m, o):
    o.fields[mapdescr] = m[0x3008]
    return o


def _string(values):
    from rpy.jit.metainterp.optimizeopt.info import STR_DESCR
    from rpy.jit.metainterp.resoperation import INT
    a = Obj(STR_DESCR, 0, len(values), INT)
    a.items = list(values)
    return a


def _array(values):
    from rpy.jit.metainterp.resoperation import INT
    a = Obj(NAMESPACE['arraydescr'], 0, len(values), INT)
    a.items = list(values)
    return a


def run_case(text, make_args, opts):
    ns = dict(NAMESPACE)
    ns['square'] = 0x4100
    memory = make_memory()
    args = make_args(memory)
    machine = Machine(memory, FUNCTIONS)
    trace = parse(text, ns)
    if opts is not None:
        trace = optimize_trace(trace, opts)
    try:
        result = machine.run(trace, args)
    except RuntimeError:
        result = ('timeout',)
    picture = (result[0],) + tuple(snapshot(x) if not isinstance(x, list) else
                                   [snapshot(y) for y in x] for x in result[1:])
    heap = [snapshot(memory[a]) for a in sorted(memory)] + [snapshot(a) for a in args]
    return picture, heap, [(k, [snapshot(x) for x in v] if isinstance(v, list) else v)
                           for k, v in machine.log], trace


@pytest.mark.parametrize("opts", OPT_SETS)
@pytest.mark.parametrize("case", sorted(CASES))
def test_optimized_loop_behaves_like_the_original(case, opts):
    text, make_args = CASES[case]
    expected = run_case(text, make_args, None)
    got = run_case(text, make_args, opts)
    assert expected[0][0] != 'timeout'
    assert got[0] == expected[0], trace_to_text(got[3])
    assert got[1] == expected[1], trace_to_text(got[3])
    assert got[2] == expected[2], trace_to_text(got[3])


@pytest.mark.parametrize("bridge", ['BRIDGE_MATCHING', 'BRIDGE_UNKNOWN_CLASS',
                                    'BRIDGE_WITH_RESUME_AT_END', 'BRIDGE_WITH_RESUME_AT_END-fails'])
def test_bridge_into_a_peeled_loop_behaves_like_the_original(bridge):
    """The bridge runs, then jumps into the loop (original: the loop's
    start; optimized: the label, or the start of the optimized loop).  In
    the -fails case a guard added at the end of the bridge fails where the
    original fails a guard at the start of the loop: same values."""
    import test_opt_unroll
    fails = bridge.endswith('-fails')
    text = getattr(test_opt_unroll, bridge.replace('-fails', ''))
    results = []
    for optimized in (False, True):
        memory = make_memory()
        args = [0, boxed(10), obj_with_map(memory, 3)]
        if fails:
            args[1] = Obj(node, NODE_VTABLE)
        machine = Machine(memory, FUNCTIONS)
        ns = dict(NAMESPACE)
        loop = parse(BOXED_LOOP, ns)
        if optimized:
            loop = optimize_trace(loop, 'all')
            label = [op for op in loop.operations if op.getopname() == 'label'][0]
            ns['loop'] = label.descr
            b = optimize_trace(parse(text, ns), 'all')
        else:
            from rpy.jit.metainterp.resoperation import TargetToken
            loop.start_token = ns['loop'] = TargetToken('start')
            b = parse(text, ns)
        result = machine.run(b, args, [loop])
        results.append((result[0], -1 if fails else result[1], [snapshot(x) for x in result[2]],
                        [snapshot(memory[a]) for a in sorted(memory)], machine.log))
    assert results[0] == results[1]
    assert results[0][0] == 'guard'
