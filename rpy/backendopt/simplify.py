"""Graph simplification: branches on constants, and jumps to empty blocks.

A block that switches on a constant keeps only the exit taken; a link to a
block with no operations that just forwards its arguments is redirected to
that block's target.  Both shrink the C code and the work of later phases.
"""
from __future__ import annotations

from rpy.flow.model import Block, Constant, FunctionGraph, Link, Variable


def fold_constant_switches(graph: FunctionGraph) -> int:
    count = 0
    for block in list(graph.iterblocks()):
        if isinstance(block.exitswitch, Constant) and isinstance(block.exitswitch.value, bool):
            taken = [l for l in block.exits if l.exitcase == block.exitswitch.value]
            if taken:
                link = taken[0]
                link.exitcase = None
                block.exitswitch = None
                block.closeblock(link)
                count += 1
    return count


def skip_empty_blocks(graph: FunctionGraph) -> int:
    count = 0
    for block in list(graph.iterblocks()):
        for link in block.exits:
            for _ in range(100):
                target = link.target
                if target.kind or target.operations or target.exitswitch is not None \
                        or len(target.exits) != 1 or target is graph.startblock:
                    break
                nxt = target.exits[0]
                mapping = {id(v): a for v, a in zip(target.inputargs, link.args)}
                newargs = []
                for a in nxt.args:
                    if isinstance(a, Variable):
                        if id(a) not in mapping:
                            break
                        newargs.append(mapping[id(a)])
                    else:
                        newargs.append(a)
                else:
                    link.args = newargs
                    link.target = nxt.target
                    count += 1
                    continue
                break
    return count


def simplify_graph(graph: FunctionGraph) -> None:
    fold_constant_switches(graph)
    skip_empty_blocks(graph)
