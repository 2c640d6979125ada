"""Shared by the optimizer tests (tests/rpy/jit/test_opt_*.py): a namespace
of descrs and constants for written traces, and check() = parse the input,
optimize it with some passes, compare with the expected trace modulo
renaming."""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import (
    SizeDescr, FieldDescr, ArrayDescr, CallDescr, EffectInfo, INT, REF, FLOAT, VOID,
    EF_CANNOT_RAISE, EF_CAN_RAISE, EF_ELIDABLE_CANNOT_RAISE, EF_ELIDABLE_CAN_RAISE,
    EF_LOOPINVARIANT, EF_RANDOM_EFFECTS, EF_FORCES_VIRTUAL_OR_VIRTUALIZABLE)
from rpy.jit.metainterp.history import ConstPtr, Trace
from rpy.jit.metainterp.logger import trace_to_text
from rpy.jit.metainterp.optimizeopt import optimize_trace
from rpy.jit.tool.oparser import parse, assert_equal_traces

NODE_VTABLE = 1001
NODE2_VTABLE = 1002
INTOBJ_VTABLE = 1003
MAP_VTABLE = 1004

node = SizeDescr('node', 32, NODE_VTABLE)
valuedescr = FieldDescr('valuedescr', node, INT, 8, 8, False)
nextdescr = FieldDescr('nextdescr', node, REF, 16, 8, False)
floatdescr = FieldDescr('floatdescr', node, FLOAT, 24, 8, False)

node2 = SizeDescr('node2', 24, NODE2_VTABLE)
otherdescr = FieldDescr('otherdescr', node2, INT, 8, 8, False)
mapdescr = FieldDescr('mapdescr', node2, REF, 16, 8, False)
slot0descr = FieldDescr('slot0descr', node2, REF, 24, 8, False)   # storage of attributes

# the boxed integers of an interpreter
intobj = SizeDescr('intobj', 16, INTOBJ_VTABLE)
intvaldescr = FieldDescr('intvaldescr', intobj, INT, 8, 8, True)

# a struct without vtable (`new`)
ssize = SizeDescr('ssize', 16, 0)
adescr = FieldDescr('adescr', ssize, INT, 0, 8, False)
bdescr = FieldDescr('bdescr', ssize, REF, 8, 8, False)

arraydescr = ArrayDescr('arraydescr', INT, 8, 8, 0, False)
gcarraydescr = ArrayDescr('gcarraydescr', REF, 8, 8, 0, False)


def _ei(effect: int, wf=(), wa=(), rf=(), ra=()) -> EffectInfo:
    return EffectInfo(effect, list(rf), list(wf), list(ra), list(wa))


plaincalldescr = CallDescr('plaincalldescr', [INT], INT, _ei(EF_CAN_RAISE, wf=[valuedescr]))
nonwritedescr = CallDescr('nonwritedescr', [INT], INT, _ei(EF_CANNOT_RAISE))
writevaluedescr = CallDescr('writevaluedescr', [INT], VOID, _ei(EF_CANNOT_RAISE, wf=[valuedescr]))
writearraydescr = CallDescr('writearraydescr', [INT], VOID, _ei(EF_CANNOT_RAISE, wa=[arraydescr]))
randomcalldescr = CallDescr('randomcalldescr', [INT], INT, _ei(EF_RANDOM_EFFECTS))
elidablecalldescr = CallDescr('elidablecalldescr', [INT], INT, _ei(EF_ELIDABLE_CANNOT_RAISE))
elidableraisingdescr = CallDescr('elidableraisingdescr', [INT], INT, _ei(EF_ELIDABLE_CAN_RAISE))
loopinvariantdescr = CallDescr('loopinvariantdescr', [], INT, _ei(EF_LOOPINVARIANT))
mayforcedescr = CallDescr('mayforcedescr', [REF], VOID, _ei(EF_FORCES_VIRTUAL_OR_VIRTUALIZABLE))

constnode = ConstPtr(0x1000, NODE_VTABLE)      # a prebuilt node
constnode2 = ConstPtr(0x2000, NODE2_VTABLE)
constmap = ConstPtr(0x3000, MAP_VTABLE)        # a map (hidden class)
constmap2 = ConstPtr(0x3008, MAP_VTABLE)

NAMESPACE = dict(
    node=node, node2=node2, intobj=intobj, ssize=ssize,
    valuedescr=valuedescr, nextdescr=nextdescr, floatdescr=floatdescr,
    otherdescr=otherdescr, mapdescr=mapdescr, slot0descr=slot0descr, intvaldescr=intvaldescr,
    adescr=adescr, bdescr=bdescr, arraydescr=arraydescr, gcarraydescr=gcarraydescr,
    plaincalldescr=plaincalldescr, nonwritedescr=nonwritedescr,
    writevaluedescr=writevaluedescr, writearraydescr=writearraydescr,
    randomcalldescr=randomcalldescr, elidablecalldescr=elidablecalldescr,
    elidableraisingdescr=elidableraisingdescr, loopinvariantdescr=loopinvariantdescr,
    mayforcedescr=mayforcedescr,
    node_vtable=NODE_VTABLE, node2_vtable=NODE2_VTABLE, intobj_vtable=INTOBJ_VTABLE,
    map_vtable=MAP_VTABLE,
    constnode=constnode, constnode2=constnode2, constmap=constmap, constmap2=constmap2,
    func=0x4000,
)


def optimize(ops: str, opts: str) -> Trace:
    return optimize_trace(parse(ops, NAMESPACE), opts)


def check(ops: str, expected: str, opts: str, check_fail_args: bool = True) -> Trace:
    """Optimize ops with the passes opts; the result must be expected
    (modulo renaming).  Returns the optimized trace."""
    got = optimize(ops, opts)
    assert_equal_traces(got, expected, NAMESPACE, check_fail_args)
    return got


def opnames(trace: Trace) -> list[str]:
    return [op.getopname() for op in trace.operations]


def loop_part(trace: Trace) -> list:
    """The operations after the label (the peeled loop)."""
    names = opnames(trace)
    i = names.index('label')
    return trace.operations[i + 1:]


def show(trace: Trace) -> str:
    return trace_to_text(trace)
