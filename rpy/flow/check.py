"""Consistency check of a flow graph: every variable used is defined in its
block, and the exits agree with the exitswitch (rpy/flow/model.py)."""
from __future__ import annotations

from rpy.flow.model import Block, Constant, FunctionGraph, Variable


def check_int_switch(graph: FunctionGraph, block: Block) -> None:
    """A switch on an int (after merge_if_blocks): int cases, then 'default'."""
    cases = [link.exitcase for link in block.exits[:-1]]
    assert len(block.exits) >= 2, (graph.name, 'int switch with no case', block)
    for c in cases:
        assert type(c) is int, (graph.name, 'int switch with exitcase %r' % (c,), block)
    assert len(set(cases)) == len(cases), (graph.name, 'int switch with a repeated case', block)


def checkgraph(graph: FunctionGraph) -> None:
    for block in graph.iterblocks():
        defined = set(id(v) for v in block.inputargs)
        for op in block.operations:
            for a in op.args:
                if isinstance(a, Variable):
                    assert id(a) in defined, "%s: %r uses undefined %r" % (graph.name, op, a)
            defined.add(id(op.result))
        if isinstance(block.exitswitch, Variable):
            assert id(block.exitswitch) in defined, (graph.name, block.exitswitch)
            if block.is_int_switch():
                check_int_switch(graph, block)
            else:
                cases = sorted(repr(link.exitcase) for link in block.exits)
                assert cases == ['False', 'True'], (graph.name, 'bool switch with exits %s' % cases)
        elif isinstance(block.exitswitch, Constant):
            assert all(link.exitcase != 'default' for link in block.exits), (graph.name, block)
        elif not block.kind:
            assert len(block.exits) == 1, (graph.name, 'block with %d exits and no switch' % len(block.exits))
        for link in block.exits:
            assert len(link.args) == len(link.target.inputargs), (graph.name, link)
            for a in link.args:
                if isinstance(a, Variable):
                    assert id(a) in defined, "%s: link %r passes undefined %r" % (graph.name, link, a)
