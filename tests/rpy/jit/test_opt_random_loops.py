"""Random loops (integer arithmetic, guards, fields of input objects and of
fresh objects, calls that write a field, escapes) run before and after
optimization on the model heap of jit_trace_interp.py: same exit, same
rebuilt values, same effects.  Seeded, so failures are reproducible."""
from __future__ import annotations

import random

import pytest

from rpy.jit.tool.oparser import parse
from rpy.jit.metainterp.optimizeopt import optimize_trace, InvalidLoop
from rpy.jit.metainterp.logger import trace_to_text
from rpy.jit.metainterp.resoperation import INT
from rpy.jit.metainterp.optimizeopt.info import STR_DESCR
from jit_opt_testutil import NAMESPACE, node, valuedescr, nextdescr, arraydescr, NODE_VTABLE
from jit_trace_interp import Machine, Obj, snapshot
from test_opt_differential import make_memory, FUNCTIONS

import os
SEED0 = int(os.environ.get("JIT_RANDOM_SEED0", "0"))

INT_OPS = ['int_add', 'int_sub', 'int_mul', 'int_and', 'int_or', 'int_xor',
           'int_lt', 'int_le', 'int_eq', 'int_ne', 'int_gt', 'int_ge']


def random_loop(rng: random.Random) -> str:
    ints = ['i0', 'i1']
    refs = ['p2', 'p3']          # non-null nodes
    arrays = ['p4']              # int arrays of length 3
    strs = ['p5']                # strings of length 3
    lines = ['[i0, i1, p2, p3, p4, p5]']
    n = [6]

    def new(prefix):
        name = '%s%d' % (prefix, n[0])
        n[0] += 1
        return name

    def anyint():
        if rng.random() < 0.3:
            return str(rng.choice([0, 1, 2, 3, 7, -1, 100]))
        return rng.choice(ints)

    def fail_args():
        return '[' + ', '.join(rng.sample(ints + refs, min(3, len(ints + refs)))) + ']'

    for _ in range(rng.randint(3, 14)):
        k = rng.random()
        if k < 0.35:
            r = new('i')
            lines.append('%s = %s(%s, %s)' % (r, rng.choice(INT_OPS), anyint(), anyint()))
            ints.append(r)
        elif k < 0.45:
            r = new('i')
            lines.append('%s = int_add_ovf(%s, %s)' % (r, anyint(), anyint()))
            lines.append('guard_no_overflow() ' + fail_args())
            ints.append(r)
        elif k < 0.55:
            r = new('i')
            lines.append('%s = getfield_gc_i(%s, descr=valuedescr)' % (r, rng.choice(refs)))
            ints.append(r)
        elif k < 0.62:
            lines.append('setfield_gc(%s, %s, descr=valuedescr)' % (rng.choice(refs), anyint()))
        elif k < 0.7:
            r = new('p')
            lines.append('%s = new_with_vtable(descr=node)' % r)
            lines.append('setfield_gc(%s, %s, descr=valuedescr)' % (r, anyint()))
            if rng.random() < 0.5:
                lines.append('setfield_gc(%s, %s, descr=nextdescr)' % (r, rng.choice(refs)))
            refs.append(r)
        elif k < 0.75:
            r = new('p')
            lines.append('%s = getfield_gc_r(%s, descr=nextdescr)' % (r, rng.choice(refs)))
            lines.append('guard_nonnull(%s) %s' % (r, fail_args()))
            refs.append(r)
        elif k < 0.8:
            r = new('i')
            lines.append('%s = getfield_gc_i(ConstPtr(constnode), descr=valuedescr)' % r)
            ints.append(r)
        elif k < 0.84:
            lines.append('call_n(ConstClass(func), %s, descr=writevaluedescr)' % anyint())
        elif k < 0.87:
            lines.append('escape_n(%s)' % rng.choice(refs))
        elif k < 0.9:
            kind = rng.random()
            if kind < 0.25:
                r = new('p')
                lines.append('%s = new_array(3, descr=arraydescr)' % r)
                arrays.append(r)
            elif kind < 0.5:
                lines.append('setarrayitem_gc(%s, %d, %s, descr=arraydescr)' % (
                    rng.choice(arrays), rng.randint(0, 2), anyint()))
            elif kind < 0.75:
                r = new('i')
                lines.append('%s = getarrayitem_gc_i(%s, %d, descr=arraydescr)' % (
                    r, rng.choice(arrays), rng.randint(0, 2)))
                ints.append(r)
            else:
                r = new('i')
                lines.append('%s = arraylen_gc(%s, descr=arraydescr)' % (r, rng.choice(arrays)))
                ints.append(r)
        elif k < 0.93:
            kind = rng.random()
            if kind < 0.3:
                r = new('p')
                lines.append('%s = newstr(3)' % r)
                for j in range(3):
                    lines.append('strsetitem(%s, %d, %d)' % (r, j, rng.randint(97, 99)))
                strs.append(r)
            elif kind < 0.5:
                lines.append('strsetitem(%s, %d, %s)' % (rng.choice(strs[1:] or strs),
                                                        rng.randint(0, 2), rng.choice(['98', 'i0'])))
            elif kind < 0.75:
                r = new('i')
                lines.append('%s = strgetitem(%s, %d)' % (r, rng.choice(strs), rng.randint(0, 2)))
                ints.append(r)
            else:
                lines.append('copystrcontent(%s, %s, 1, 0, 2)' % (rng.choice(strs), rng.choice(strs)))
        elif k < 0.95:
            if rng.random() < 0.5:
                lines.append('guard_class(%s, ConstClass(node_vtable)) %s' % (rng.choice(refs),
                                                                            fail_args()))
            else:
                lines.append('guard_value(%s, %s) %s' % (rng.choice(ints), rng.choice([0, 1, 7]),
                                                         fail_args()))
        elif k < 0.97:
            c = new('i')
            lines.append('%s = int_lt(%s, %s)' % (c, anyint(), anyint()))
            lines.append('guard_%s(%s) %s' % (rng.choice(['true', 'false']), c, fail_args()))
        else:
            r = new('i')
            lines.append('%s = int_is_true(%s)' % (r, anyint()))
            ints.append(r)
    counter = new('i')
    cond = new('i')
    lines.append('%s = int_add(i0, 1)' % counter)
    lines.append('%s = int_lt(%s, 12)' % (cond, counter))
    lines.append('guard_true(%s) %s' % (cond, fail_args()))
    lines.append('jump(%s, %s, %s, %s, %s, %s)' % (counter, rng.choice(ints), rng.choice(refs),
                                                  rng.choice(refs), rng.choice(arrays),
                                                  rng.choice(strs)))
    return '\n'.join(lines) + '\n'


def make_args(memory, rng):
    def mk(v, nxt=None):
        o = Obj(node, NODE_VTABLE)
        o.fields[valuedescr] = v
        o.fields[nextdescr] = nxt
        return o
    a = mk(5, mk(6, mk(7)))
    b = mk(-3, a)
    arr = Obj(arraydescr, 0, 3, INT)
    arr.items = [4, 5, 6]
    st = Obj(STR_DESCR, 0, 3, INT)
    st.items = [120, 121, 122]
    return [0, rng.randint(-5, 5), a, b, arr, st]


def run(text, opts, seed):
    memory = make_memory()
    args = make_args(memory, random.Random(seed))
    trace = parse(text, NAMESPACE)
    if opts is not None:
        trace = optimize_trace(trace, opts)
    machine = Machine(memory, FUNCTIONS)
    result = machine.run(trace, args)
    pic = (result[0],) + tuple(result[1:-1]) + ([snapshot(x) for x in result[-1]],)
    heap = [snapshot(memory[a]) for a in sorted(memory)] + [snapshot(a) for a in args]
    log = [(k, [snapshot(x) for x in v] if isinstance(v, list) else v) for k, v in machine.log]
    return pic, heap, log, trace, machine.jumps


@pytest.mark.parametrize("opts", ['all', 'intbounds:rewrite:virtualize:string:pure:heap',
                                  'virtualize:heap:unroll', 'rewrite:string:pure:unroll'])
@pytest.mark.parametrize("seed", range(SEED0, SEED0 + 150))
def test_random_loop(seed, opts):
    rng = random.Random(seed)
    text = random_loop(rng)
    expected = run(text, None, seed)
    try:
        got = run(text, opts, seed)
    except InvalidLoop:
        # the trace contradicts itself: the original must fail a guard
        # before the end of its first iteration
        assert expected[0][0] == 'guard' and expected[4] == 0, text
        return
    msg = "input:\n%s\noptimized:\n%s" % (text, trace_to_text(got[3]))
    assert got[0] == expected[0], msg
    assert got[1] == expected[1], msg
    assert got[2] == expected[2], msg
