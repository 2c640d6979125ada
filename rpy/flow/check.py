"""Consistency check of a flow graph: every variable used is defined in its block."""
from __future__ import annotations

from rpy.flow.model import Constant, FunctionGraph, Variable


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
        for link in block.exits:
            assert len(link.args) == len(link.target.inputargs), (graph.name, link)
            for a in link.args:
                if isinstance(a, Variable):
                    assert id(a) in defined, "%s: link %r passes undefined %r" % (graph.name, link, a)
