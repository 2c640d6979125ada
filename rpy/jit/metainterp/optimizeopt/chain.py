"""Building the chain of passes from enable_opts (see __init__.py).
RPy code."""
from __future__ import annotations

from rpy.jit.metainterp.history import Trace
from rpy.jit.metainterp.optimizeopt.optimizer import (
    Optimizer, Optimization, clear_forwarding)
from rpy.jit.metainterp.optimizeopt.intbounds import OptIntBounds
from rpy.jit.metainterp.optimizeopt.rewrite import OptRewrite
from rpy.jit.metainterp.optimizeopt.virtualize import OptVirtualize
from rpy.jit.metainterp.optimizeopt.vstring import OptString
from rpy.jit.metainterp.optimizeopt.pure import OptPure
from rpy.jit.metainterp.optimizeopt.heap import OptHeap
from rpy.jit.metainterp.optimizeopt.guardfacts import import_guard_facts

ALL_OPTS = ['intbounds', 'rewrite', 'virtualize', 'string', 'earlyforce', 'pure', 'heap', 'unroll']
ALL_OPTS_NAMES = ':'.join(ALL_OPTS)


class EnabledOpts:
    """The parsed enable_opts."""
    names: list[str]

    def __init__(self, names: list[str]) -> None:
        self.names = names

    def has(self, name: str) -> bool:
        return name in self.names


def parse_enable_opts(text: str) -> EnabledOpts:
    """'intbounds:rewrite:...' -> EnabledOpts; 'all' is every pass, '' none.
    An unknown name raises ValueError."""
    if text == 'all':
        return EnabledOpts(list(ALL_OPTS))
    names: list[str] = []
    for name in text.split(':'):
        name = name.strip()
        if name == '':
            continue
        if name not in ALL_OPTS:
            raise ValueError("unknown optimization: " + name)
        names.append(name)
    return EnabledOpts(names)


def build_optimizer(opts: EnabledOpts) -> Optimizer:
    passes: list[Optimization] = []
    virtualize: OptVirtualize | None = None
    string: OptString | None = None
    pure: OptPure | None = None
    heap: OptHeap | None = None
    intbounds: OptIntBounds | None = None
    if opts.has('intbounds'):
        intbounds = OptIntBounds()
        passes.append(intbounds)
    if opts.has('rewrite'):
        passes.append(OptRewrite())
    if opts.has('virtualize'):
        virtualize = OptVirtualize()
        passes.append(virtualize)
    if opts.has('string'):
        string = OptString()
        passes.append(string)
    if opts.has('pure'):
        pure = OptPure()
        passes.append(pure)
    if opts.has('heap'):
        heap = OptHeap()
        passes.append(heap)
    optimizer = Optimizer(passes)
    optimizer.intbounds = intbounds
    optimizer.virtualize = virtualize
    optimizer.string = string
    optimizer.pure = pure
    optimizer.heap = heap
    return optimizer


def optimize_simple(trace: Trace, opts: EnabledOpts) -> Trace:
    """Optimize trace in one go (no loop peeling)."""
    clear_forwarding(trace)
    optimizer = build_optimizer(opts)
    import_guard_facts(optimizer, trace)
    optimizer.run(trace.inputargs, trace.operations)
    clear_forwarding(trace)
    return Trace(trace.inputargs, optimizer.newops)
