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
    remove_dead_inputargs(graph)


def remove_dead_inputargs(graph: FunctionGraph) -> int:
    """Drop block input variables that no path ever uses.

    The flow builder carries every local around loops and through joins (so
    that a variable assigned in a loop is still there after it); most of them
    are dead in most blocks. Dead ones cost copies at every jump and, for GC
    references, shadow-stack spills around calls. A variable is live if an
    operation, the exitswitch, or a live input variable of a successor (through
    a link) uses it; this is a fixpoint over the graph.
    """
    blocks = [b for b in graph.iterblocks() if not b.kind]
    incoming: dict[int, list[Link]] = {}
    for b in graph.iterblocks():
        for link in b.exits:
            incoming.setdefault(id(link.target), []).append(link)
    live: set[int] = set()

    def uses_of(block: Block) -> set[int]:
        used = set()
        for op in block.operations:
            for a in op.args:
                if isinstance(a, Variable):
                    used.add(id(a))
        if isinstance(block.exitswitch, Variable):
            used.add(id(block.exitswitch))
        return used

    direct = {id(b): uses_of(b) for b in blocks}
    changed = True
    while changed:
        changed = False
        for b in blocks:
            needed = set(direct[id(b)])
            for link in b.exits:
                target = link.target
                for a, v in zip(link.args, target.inputargs):
                    if isinstance(a, Variable) and (target.kind or id(v) in live):
                        needed.add(id(a))
            for v in b.inputargs:
                if id(v) in needed and id(v) not in live:
                    live.add(id(v))
                    changed = True
    removed = 0
    for b in blocks:
        if b is graph.startblock:
            continue
        keep = [i for i, v in enumerate(b.inputargs) if id(v) in live]
        if len(keep) == len(b.inputargs):
            continue
        removed += len(b.inputargs) - len(keep)
        b.inputargs = [b.inputargs[i] for i in keep]
        for link in incoming.get(id(b), []):
            link.args = [link.args[i] for i in keep]
    return removed
