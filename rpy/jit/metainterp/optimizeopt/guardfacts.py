"""What held at a guard of a peeled loop, given to the optimizer of a
bridge made from it (GuardFact, written by unroll.attach_guard_facts):
heap reads into the heap cache, pure operations into the pure cache,
non-null and class information onto the bridge's inputargs.  Also the
lookups of the passes in an optimizer that unroll uses.  RPy code.
"""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import (
    AbstractValue, AbstractDescr, ResOperation, FieldDescr, ArrayDescr, rop, REF, OPCMP,
    OPIS_GETFIELD)
from rpy.jit.metainterp.history import Trace, ConstInt
from rpy.jit.metainterp.optimizeopt.optimizer import Optimizer
from rpy.jit.metainterp.optimizeopt.info import PtrInfo
from rpy.jit.metainterp.optimizeopt.pure import OptPure
from rpy.jit.metainterp.optimizeopt.heap import OptHeap
from rpy.jit.metainterp.optimizeopt.intbounds import OptIntBounds


def get_pure(opt: Optimizer) -> OptPure | None:
    p = opt.pure
    if isinstance(p, OptPure):
        return p
    return None


def get_intbounds(opt: Optimizer) -> OptIntBounds | None:
    b = opt.intbounds
    if isinstance(b, OptIntBounds):
        return b
    return None


def get_heap(opt: Optimizer) -> OptHeap | None:
    h = opt.heap
    if isinstance(h, OptHeap):
        return h
    return None


def needs_nonnull_arg(opnum: int) -> bool:
    return (OPIS_GETFIELD[opnum] or opnum == rop.ARRAYLEN_GC or opnum == rop.STRLEN or
            opnum == rop.UNICODELEN)


def import_guard_facts(opt: Optimizer, trace: Trace) -> None:
    """A bridge's optimizer starts with what held at its guard
    (trace.inputarg_facts, see attach_guard_facts): heap reads in the heap
    cache, pure operations in the pure cache, non-nullness and classes."""
    facts = trace.inputarg_facts
    if len(facts) == 0:
        return
    heap = get_heap(opt)
    pure = get_pure(opt)
    ib = get_intbounds(opt)
    inputargs = trace.inputargs
    for g in facts:
        args: list[AbstractValue] = []
        for k in range(len(g.args)):
            i = g.args[k]
            if i >= 0:
                args.append(inputargs[i])
            else:
                c = g.consts[k]
                assert c is not None
                args.append(c)
        if g.result >= 0:
            result = inputargs[g.result]
            if result.type == REF and (g.result_class != 0 or g.result_nonnull):
                note_ptr(result, g.result_class, g.result_nonnull)
        else:
            rc = g.result_const
            assert rc is not None
            result = rc
        if (g.is_heap or needs_nonnull_arg(g.opnum)) and not args[0].is_constant():
            note_ptr(args[0], 0, True)
        if g.is_heap:
            import_heap_fact(heap, g.descr, args, result)
        elif pure is not None:
            key = ResOperation(g.opnum, args, g.descr)
            pure.import_entry(key, result)
            if OPCMP[g.opnum] and isinstance(result, ConstInt) and ib is not None:
                ib.import_comparison(key, result.value != 0)


def import_heap_fact(heap: OptHeap | None, d: AbstractDescr | None, args: list[AbstractValue],
                     result: AbstractValue) -> None:
    """A read known to give result (a field, or an array item at a
    constant index) into the heap cache."""
    if heap is None:
        return
    if isinstance(d, FieldDescr):
        heap.import_field(args[0], d, result)
    elif isinstance(d, ArrayDescr):
        heap.import_item(args[0], args[1], d, result)


def note_ptr(v: AbstractValue, cls: int, nonnull: bool) -> None:
    """v (an inputarg) is known non-null, of class cls if not 0."""
    info = v.info
    if isinstance(info, PtrInfo):
        if cls != 0 and info.known_class == 0:
            info.known_class = cls
        if nonnull:
            info.nonnull = True
    elif info is None:
        v.info = PtrInfo(cls, nonnull)
