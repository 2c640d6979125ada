"""The trace optimizer: optimize_trace(trace, enable_opts) -> a new Trace.

enable_opts names the passes as PyPy does, separated by ':' (the JIT
parameter `enable_opts`): intbounds:rewrite:virtualize:string:earlyforce:
pure:heap:unroll (ALL_OPTS).  The passes always run in that order, one
module each; `earlyforce` is accepted and does nothing.
With `unroll`, a trace ending in a jump back to its start becomes a
preamble followed by a label and the optimized loop body (unroll.py);
without it, the trace is optimized in one go.  A trace ending in a jump
to the label of a peeled loop (a bridge) is made to match that label
(unroll.optimize_bridge).  A loop may also be written with a label of its
own as first operation (strip_own_label).  remove_unused drops operations
without side effects whose results nothing uses (the metainterp runs it
last: reads the tracer recorded for a virtualizable's lists, kept by the
heap pass); the optimizer's own tests look at the passes without it.
RPy code.
"""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import (
    rop, ResOperation, TargetToken, AbstractValue, OPPURE, OPHEAPR, OPOVF, OPCALL)
from rpy.jit.metainterp.history import Trace
from rpy.jit.metainterp.optimizeopt.optimizer import InvalidLoop
from rpy.jit.metainterp.optimizeopt.chain import (
    ALL_OPTS, ALL_OPTS_NAMES, EnabledOpts, parse_enable_opts, build_optimizer, optimize_simple)
from rpy.jit.metainterp.optimizeopt import unroll


def optimize_trace(trace: Trace, enable_opts: str, strict_loop: bool = False) -> Trace:
    """The optimized copy of trace (whose own operations are not changed).
    Raises InvalidLoop if the trace contradicts itself; with strict_loop,
    NotALoop if its peeled iteration always fails (else it is optimized
    without peeling)."""
    opts = parse_enable_opts(enable_opts)
    trace = strip_own_label(trace)
    ops = trace.operations
    if len(ops) > 0 and ops[len(ops) - 1].opnum == rop.JUMP:
        target = ops[len(ops) - 1].descr
        if isinstance(target, TargetToken):
            if target.state is not None and target.start is not None:
                return unroll.optimize_bridge(trace, opts.names, target)
        elif opts.has('unroll'):
            result = unroll.optimize_unrolled(trace, opts.names, strict_loop)
            if result is not None:
                return result
    return optimize_simple(trace, opts)


def removable(opnum: int) -> bool:
    """May an operation go when its result is unused?  Pure ones and heap
    reads (not calls, not the overflow checks a guard reads)."""
    return (OPPURE[opnum] or OPHEAPR[opnum]) and not OPOVF[opnum] and not OPCALL[opnum]


def remove_unused(trace: Trace) -> Trace:
    """trace without the removable operations whose results nothing
    (operations, fail_args, jumps, labels) uses.  One backward pass is
    enough: a value is defined before all its uses, a label's arguments
    included."""
    ops = trace.operations
    used: dict[AbstractValue, bool] = {}
    keep = [True] * len(ops)
    dropped = 0
    i = len(ops) - 1
    while i >= 0:
        op = ops[i]
        if removable(op.opnum) and op not in used:
            keep[i] = False
            dropped += 1
        else:
            for a in op.args:
                used[a] = True
            if op.fail_args is not None:
                for a in op.fail_args:
                    used[a] = True
        i -= 1
    if dropped == 0:
        return trace
    kept: list[ResOperation] = []
    for i in range(len(ops)):
        if keep[i]:
            kept.append(ops[i])
    result = Trace(trace.inputargs, kept)
    result.start_token = trace.start_token
    return result


def strip_own_label(trace: Trace) -> Trace:
    """`[a, b] label(a, b, descr=T) ... jump(x, y, descr=T)` (a loop written
    with a label of its own, as PyPy's metainterp records them) is the loop
    `[a, b] ... jump(x, y)`."""
    ops = trace.operations
    if len(ops) < 2:
        return trace
    first = ops[0]
    last = ops[len(ops) - 1]
    if first.opnum != rop.LABEL or last.opnum != rop.JUMP or first.descr is None:
        return trace
    if last.descr is not first.descr or len(first.args) != len(trace.inputargs):
        return trace
    for i in range(len(first.args)):
        if first.args[i] is not trace.inputargs[i]:
            return trace
    body: list[ResOperation] = []
    for i in range(1, len(ops) - 1):
        body.append(ops[i])
    body.append(ResOperation(rop.JUMP, last.args, None))
    return Trace(trace.inputargs, body)
