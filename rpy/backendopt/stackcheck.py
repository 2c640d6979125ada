"""stackcheckinsertion: which functions need a stack-depth check on entry.

A function gets the check if it is on a cycle of the call graph (direct
recursion or mutual recursion through direct calls and method calls), or if
it can be reached through a function pointer or a vtable (then the cycle is
not visible statically).  The check turns deep recursion into a catchable
RecursionError instead of a crash.
"""
from __future__ import annotations

from typing import Any


def callees(desc: Any, ann: Any) -> tuple[list[Any], bool]:
    """Descs called directly by desc, and whether it makes indirect calls."""
    result = []
    indirect = False
    for block in desc.graph.iterblocks():
        for op in block.operations:
            info = op.info
            if not isinstance(info, tuple) or not info:
                continue
            kind = info[0]
            if kind == 'direct':
                result.append(info[1])
            elif kind == 'new' and info[2] is not None:
                result.append(info[2])
            elif kind == 'method':
                # the implementation for the static class, and every override below it
                cd, name = info[1], info[2]
                for sub in cd.all_subdefs():
                    found = sub.lookup(name)
                    if found is not None and found[1] is not info[3].func:
                        owner = found[0]
                        d = ann.descs.get((found[1], owner))
                        if d is not None:
                            result.append(d)
                result.append(info[3])
            elif kind in ('indirect', 'fieldcall'):
                indirect = True
            elif kind in ('eqmethod', 'listeq'):
                result.append(info[1])
            elif kind == 'builtin' and info[1] == 'sorted' and info[4] is not None:
                result.append(info[4])
            elif kind == 'bmethod' and info[2] == 'sort' and info[4] is not None:
                result.append(info[4])
    return result, indirect


def find_functions_needing_check(ann: Any) -> set:
    descs = ann.all_descs()
    graph = {}
    needs = set()
    for d in descs:
        cs, indirect = callees(d, ann)
        graph[d] = [c for c in cs if c.graph is not None]
        if indirect:
            needs.add(d)
    # Tarjan's strongly connected components, iteratively
    index: dict = {}
    low: dict = {}
    onstack: set = set()
    stack: list = []
    counter = [0]
    for root in descs:
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        onstack.add(root)
        while work:
            node, it = work[-1]
            advanced = False
            for nxt in it:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter[0]
                    counter[0] += 1
                    stack.append(nxt)
                    onstack.add(nxt)
                    work.append((nxt, iter(graph[nxt])))
                    advanced = True
                    break
                elif nxt in onstack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    x = stack.pop()
                    onstack.discard(x)
                    comp.append(x)
                    if x is node:
                        break
                if len(comp) > 1 or node in graph[node]:
                    needs.update(comp)
    return needs
