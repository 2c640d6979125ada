"""rpy/backendopt/merge_if_blocks.py: if-chains over one integer become a
switch (an int exitswitch with int exitcases and 'default').

Graphs come from small RPy functions (annotated, simplified as in
rpy.translate).  Besides the shape of the result, each function is run by a
small interpreter of int graphs before and after the pass, on many inputs,
and compared with the Python function itself."""
from __future__ import annotations

import ast
import itertools
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from rpy.annotate.annotator import Annotator
from rpy.backendopt.merge_if_blocks import merge_if_blocks
from rpy.backendopt.simplify import simplify_graph
from rpy.flow.check import checkgraph
from rpy.flow.model import Block, Constant, FunctionGraph, Link, Variable
from rpy.targetload import import_target

_counter = itertools.count()


def build(tmp_path: Path, source: str) -> tuple[dict[str, FunctionGraph], Any, Annotator]:
    """Annotates the functions of `source` (int parameters, called from a
    generated entry_point); their simplified graphs by name, the module."""
    source = textwrap.dedent(source)
    tree = ast.parse(source)
    calls = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            nargs = len(node.args.args)
            calls.append('    print(%s(%s))' % (node.name, ', '.join(['n'] * nargs)))
    source += '\n\ndef entry_point(argv: list[str]) -> int:\n    n = len(argv)\n' + \
        '\n'.join(calls) + '\n    return 0\n'
    path = tmp_path / ('mib_%d.py' % next(_counter))
    path.write_text(source)
    module = import_target(str(path))
    ann = Annotator()
    ann.build(module.entry_point)
    graphs = {}
    for d in ann.all_descs():
        g = d.graph
        assert g is not None
        simplify_graph(g)
        graphs[d.name] = g
    return graphs, module, ann


# ---------------------------------------------------------------- a graph interpreter

BINOPS = {
    'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
    'mod': lambda a, b: a % b, 'floordiv': lambda a, b: a // b,
    'eq': lambda a, b: a == b, 'ne': lambda a, b: a != b, 'lt': lambda a, b: a < b,
    'le': lambda a, b: a <= b, 'gt': lambda a, b: a > b, 'ge': lambda a, b: a >= b,
}


def run_graph(graph: FunctionGraph, args: list[Any]) -> Any:
    """Runs a graph of int operations."""
    block = graph.startblock
    env: dict[int, Any] = {id(v): a for v, a in zip(block.inputargs, args)}
    for _ in range(100000):
        if block.kind == 'return':
            return env[id(block.inputargs[0])]
        assert not block.kind, block

        def val(a: Any) -> Any:
            return a.value if isinstance(a, Constant) else env[id(a)]

        for op in block.operations:
            name = op.opname[len('inplace_'):] if op.opname.startswith('inplace_') else op.opname
            if name in BINOPS:
                r = BINOPS[name](val(op.args[0]), val(op.args[1]))
            elif name == 'bool':
                r = bool(val(op.args[0]))
            elif name == 'neg':
                r = -val(op.args[0])
            elif name in ('same_as', 'returnhint', 'narrow', 'typehint'):
                r = val(op.args[0])
            else:
                raise AssertionError('run_graph: %r' % (op,))
            env[id(op.result)] = r
        if block.exitswitch is None:
            link = block.exits[0]
        elif block.is_int_switch():
            x = val(block.exitswitch)
            found = [l for l in block.exits[:-1] if l.exitcase == x]
            assert isinstance(x, int)
            link = found[0] if found else block.exits[-1]
        else:
            s = val(block.exitswitch)
            assert isinstance(s, bool), s
            link = [l for l in block.exits if l.exitcase is s][0]
        values = [val(a) for a in link.args]
        block = link.target
        env = {id(v): a for v, a in zip(block.inputargs, values)}
    raise AssertionError('run_graph: too many steps')


def switches(graph: FunctionGraph) -> list[Block]:
    return [b for b in graph.iterblocks() if b.is_int_switch()]


def cases(block: Block) -> list[Any]:
    return [l.exitcase for l in block.exits]


def remaining_tests(graph: FunctionGraph) -> list[str]:
    """The eq/ne operations left in the graph, as 'x == C' strings."""
    out = []
    for b in graph.iterblocks():
        for op in b.operations:
            if op.opname in ('eq', 'ne'):
                out.append('%s(%r)' % (op.opname, [a.value if isinstance(a, Constant) else 'v'
                                                   for a in op.args]))
    return out


def check_merge(tmp_path: Path, source: str, name: str, inputs: list[tuple], expect: int) -> FunctionGraph:
    """Merges the graph of `name`: `expect` chains; same results as before
    and as Python on every input."""
    graphs, module, ann = build(tmp_path, source)
    g = graphs[name]
    func = getattr(module, name)
    before = [run_graph(g, list(a)) for a in inputs]
    assert before == [func(*a) for a in inputs]
    n = merge_if_blocks(g)
    checkgraph(g)
    assert n == expect, g.dump()
    after = [run_graph(g, list(a)) for a in inputs]
    assert after == before, g.dump()
    # the passes of simplify_graph still work on the result
    nswitches = len(switches(g))
    simplify_graph(g)
    checkgraph(g)
    assert len(switches(g)) == nswitches
    assert [run_graph(g, list(a)) for a in inputs] == before
    return g


ALL_INTS = [(x,) for x in range(-12, 40)] + [(-(1 << 63),), ((1 << 63) - 1,), (1 << 40,)]


# ---------------------------------------------------------------- the tests

def test_chain_of_one_is_not_merged(tmp_path: Path) -> None:
    g = check_merge(tmp_path, '''
        def f(x: int) -> int:
            if x == 3:
                return 1
            return 2
    ''', 'f', ALL_INTS, 0)
    assert switches(g) == []
    assert remaining_tests(g) == ['eq([\'v\', 3])']


def test_chain_of_two(tmp_path: Path) -> None:
    g = check_merge(tmp_path, '''
        def f(x: int) -> int:
            if x == 3:
                return 10
            elif x == 5:
                return 20
            return 30
    ''', 'f', ALL_INTS, 1)
    [sw] = switches(g)
    assert sw is g.startblock
    assert cases(sw) == [3, 5, 'default']
    assert sw.operations == []
    assert remaining_tests(g) == []


def test_long_chain(tmp_path: Path) -> None:
    body = '\n'.join('    %sif x == %d:\n        return %d' % ('el' if i else '', c, i)
                     for i, c in enumerate(range(-20, 60, 2)))
    src = 'def f(x: int) -> int:\n%s\n    return -1\n' % body
    g = check_merge(tmp_path, src, 'f', [(x,) for x in range(-25, 65)], 1)
    [sw] = switches(g)
    assert cases(sw) == list(range(-20, 60, 2)) + ['default']
    assert all(type(c) is int for c in cases(sw)[:-1])


def test_constant_on_the_left(tmp_path: Path) -> None:
    g = check_merge(tmp_path, '''
        def f(x: int) -> int:
            if 1 == x:
                return 10
            elif x == 2:
                return 20
            elif 3 == x:
                return 30
            return 40
    ''', 'f', ALL_INTS, 1)
    [sw] = switches(g)
    assert cases(sw) == [1, 2, 3, 'default']


def test_duplicate_constant_first_wins(tmp_path: Path) -> None:
    g = check_merge(tmp_path, '''
        def f(x: int) -> int:
            if x == 1:
                return 10
            elif x == 2:
                return 20
            elif x == 1:
                return 30
            elif x == 4:
                return 40
            return 50
    ''', 'f', ALL_INTS, 1)
    [sw] = switches(g)
    assert cases(sw) == [1, 2, 4, 'default']
    assert run_graph(g, [1]) == 10


def test_negative_and_extreme_constants(tmp_path: Path) -> None:
    g = check_merge(tmp_path, '''
        def f(x: int) -> int:
            if x == -1:
                return 1
            elif x == 9223372036854775807:
                return 2
            elif x == -9223372036854775808:
                return 3
            elif x == 1099511627776:
                return 4
            elif x == 0:
                return 5
            return 6
    ''', 'f', ALL_INTS, 1)
    [sw] = switches(g)
    assert sorted(cases(sw)[:-1]) == sorted([-1, (1 << 63) - 1, -(1 << 63), 1 << 40, 0])


def test_comparison_with_a_variable_is_not_merged(tmp_path: Path) -> None:
    g = check_merge(tmp_path, '''
        def f(x: int, y: int) -> int:
            if x == y:
                return 1
            elif x == y + 1:
                return 2
            elif y == 3:
                return 3
            return 4
    ''', 'f', [(x, y) for x in range(-3, 6) for y in range(-3, 6)], 0)
    assert switches(g) == []


def test_chain_on_another_variable_stops(tmp_path: Path) -> None:
    # x == 1, x == 2 then y == 3, y == 4: two chains
    g = check_merge(tmp_path, '''
        def f(x: int, y: int) -> int:
            if x == 1:
                return 1
            elif x == 2:
                return 2
            elif y == 3:
                return 3
            elif y == 4:
                return 4
            return 5
    ''', 'f', [(x, y) for x in range(-1, 6) for y in range(-1, 6)], 2)
    assert sorted(cases(b) for b in switches(g)) == [[1, 2, 'default'], [3, 4, 'default']]


def test_chain_interrupted_by_an_operation(tmp_path: Path) -> None:
    # the test `x == y * 2` computes y * 2 in its block: the chain ends
    # there; it starts again at `x == 4` (two tests or more after it)
    g = check_merge(tmp_path, '''
        def f(x: int, y: int) -> int:
            if x == 1:
                return 1
            elif x == 2:
                return 2
            elif x == y * 2:
                return 3
            elif x == 4:
                return 4
            elif x == 5:
                return 5
            elif x == 6:
                return 6
            return 7
    ''', 'f', [(x, y) for x in range(-1, 9) for y in range(-1, 5)], 2)
    assert sorted(cases(b) for b in switches(g)) == [[1, 2, 'default'], [4, 5, 6, 'default']]
    assert remaining_tests(g) == ["eq(['v', 'v'])"]


def test_interrupted_with_one_test_after(tmp_path: Path) -> None:
    g = check_merge(tmp_path, '''
        def f(x: int, y: int) -> int:
            if x == 1:
                return 1
            elif x == 2:
                return 2
            elif x + y == 3:
                return 3
            elif x == 4:
                return 4
            return 7
    ''', 'f', [(x, y) for x in range(-1, 7) for y in range(-1, 5)], 1)
    [sw] = switches(g)
    assert cases(sw) == [1, 2, 'default']
    assert len(remaining_tests(g)) == 2        # x + y == 3, x == 4 stay tests


def test_other_live_variables_and_renaming(tmp_path: Path) -> None:
    # the chain is in a loop: every test block receives x (renamed) and
    # acc, k, n, s; each case must get the values of the first block
    g = check_merge(tmp_path, '''
        def f(n: int, a: int, b: int) -> int:
            acc = 0
            k = 0
            while k < n:
                m = k % 7
                if m == 0:
                    acc += a
                elif m == 1:
                    acc += b
                elif m == 2:
                    acc -= k
                elif m == 5:
                    acc = acc * 2
                else:
                    acc += m
                k += 1
            return acc
    ''', 'f', [(n, a, b) for n in range(0, 30, 3) for a in (-2, 5) for b in (0, 7)], 1)
    [sw] = switches(g)
    assert cases(sw) == [0, 1, 2, 5, 'default']
    # every link leaving the switch passes variables of the switch block or constants
    defined = set(id(v) for v in sw.inputargs) | set(id(op.result) for op in sw.operations)
    for link in sw.exits:
        for a in link.args:
            assert isinstance(a, Constant) or id(a) in defined


def test_first_block_keeps_its_other_operations(tmp_path: Path) -> None:
    g = check_merge(tmp_path, '''
        def f(a: int, b: int) -> int:
            x = a * 3 + b
            if x == 3:
                return a
            elif x == 4:
                return b
            elif x == 7:
                return a + b
            return x
    ''', 'f', [(a, b) for a in range(-3, 5) for b in range(-3, 5)], 1)
    [sw] = switches(g)
    assert sw is g.startblock
    assert [op.opname for op in sw.operations][:2] == ['mul', 'add']
    assert cases(sw) == [3, 4, 7, 'default']


def test_or_of_tests(tmp_path: Path) -> None:
    # `x == A or x == B` joins both tests in a block that switches on the
    # joined result: merged like two cases with one target
    g = check_merge(tmp_path, '''
        def f(x: int) -> int:
            if x == 1:
                return 10
            elif x == 2 or x == 3:
                return 20
            elif x == 4:
                return 40
            elif x == 5 or x == 6 or x == 7:
                return 50
            return 60
    ''', 'f', ALL_INTS, 1)
    [sw] = switches(g)
    assert cases(sw) == [1, 2, 3, 4, 5, 6, 7, 'default']
    assert remaining_tests(g) == []
    targets = {c: l.target for c, l in zip(cases(sw), sw.exits)}
    assert targets[2] is targets[3]
    assert targets[5] is targets[6] is targets[7]


def test_all_cases_like_the_default(tmp_path: Path) -> None:
    g = check_merge(tmp_path, '''
        def f(x: int) -> int:
            if x == 1 or x == 2:
                pass
            return 5
    ''', 'f', ALL_INTS, 1)
    assert switches(g) == []
    assert g.startblock.exitswitch is None and len(g.startblock.exits) == 1


def test_result_of_the_test_used_later(tmp_path: Path) -> None:
    # `first` (the result of x == 4) goes on along the links: it is a known
    # constant on each exit of the switch
    g = check_merge(tmp_path, '''
        def f(x: int, y: int) -> int:
            first = x == 4
            if first:
                y += 1
            elif x == 5:
                y += 2
            elif x == 6:
                y += 3
            if first:
                y *= 10
            return y
    ''', 'f', [(x, y) for x in range(0, 9) for y in (-1, 3)], 1)
    [sw] = switches(g)
    assert cases(sw) == [4, 5, 6, 'default']
    passed = [a.value for l in sw.exits for a in l.args if isinstance(a, Constant)]
    assert True in passed and False in passed


def test_bool_used_by_a_link_in_the_chain(tmp_path: Path) -> None:
    # graph surgery: the bool of the second test is also passed to its True
    # target (the C code of the target would read it)
    graphs, module, ann = build(tmp_path, '''
        def f(x: int, y: int) -> int:
            if x == 1:
                return y
            elif x == 2:
                return y + 1
            elif x == 3:
                return y + 2
            return y + 3
    ''')
    g = graphs['f']
    second = g.startblock.exits[0].target if g.startblock.exits[0].exitcase is False \
        else g.startblock.exits[1].target
    cond = second.exitswitch
    assert isinstance(cond, Variable)
    true = [l for l in second.exits if l.exitcase is True][0]
    extra = Variable('extra')
    true.target.inputargs.append(extra)
    true.args.append(cond)
    # ... and used there: y + 1 becomes y + extra (extra is True: 1)
    for op in true.target.operations:
        if op.opname == 'add':
            op.args[1] = extra
    checkgraph(g)
    inputs = [[x, y] for x in range(-1, 6) for y in (0, 4)]
    before = [run_graph(g, a) for a in inputs]
    assert merge_if_blocks(g) == 1
    checkgraph(g)
    assert [run_graph(g, a) for a in inputs] == before
    [sw] = switches(g)
    link2 = [l for l in sw.exits if l.exitcase == 2][0]
    assert isinstance(link2.args[-1], Constant) and link2.args[-1].value is True


def test_nested_chains(tmp_path: Path) -> None:
    g = check_merge(tmp_path, '''
        def f(a: int, b: int) -> int:
            if a == 1:
                if b == 1:
                    return 11
                elif b == 2:
                    return 12
                return 10
            elif a == 2:
                if b == 3:
                    return 23
                elif b == 4:
                    return 24
                elif b == 5:
                    return 25
                return 20
            return 0
    ''', 'f', [(a, b) for a in range(0, 4) for b in range(0, 7)], 3)
    assert sorted(cases(b) for b in switches(g)) == [
        [1, 2, 'default'], [1, 2, 'default'], [3, 4, 5, 'default']]


def test_bool_variable(tmp_path: Path) -> None:
    g = check_merge(tmp_path, '''
        def f(x: int) -> int:
            flag = x > 2
            if flag == 1:
                return 1
            elif flag == 0:
                return 0
            return 2
    ''', 'f', ALL_INTS, 1)
    [sw] = switches(g)
    assert cases(sw) == [1, 0, 'default']


def test_string_comparisons_are_left_alone(tmp_path: Path) -> None:
    graphs, module, ann = build(tmp_path, '''
        def f(x: int) -> int:
            s = str(x)
            if s == '1':
                return 1
            elif s == '2':
                return 2
            return 3
    ''')
    assert merge_if_blocks(graphs['f']) == 0


def test_checkgraph_refuses_bad_int_switches(tmp_path: Path) -> None:
    graphs, module, ann = build(tmp_path, '''
        def f(x: int) -> int:
            if x == 1:
                return 10
            elif x == 2:
                return 20
            return 30
    ''')
    g = graphs['f']
    merge_if_blocks(g)
    checkgraph(g)
    sw = g.startblock
    sw.exits[1].exitcase = sw.exits[0].exitcase
    with pytest.raises(AssertionError):
        checkgraph(g)
    sw.exits[1].exitcase = True
    with pytest.raises(AssertionError):
        checkgraph(g)


def test_c_code_is_a_switch(tmp_path: Path) -> None:
    """The C backend emits `switch` with one case per constant; cases going
    to the same place with the same values share their code."""
    from rpy.c.genc import CGenerator
    from rpy.backendopt.stackcheck import find_functions_needing_check
    graphs, module, ann = build(tmp_path, '''
        def f(x: int, y: int) -> int:
            if x == 1:
                return y
            elif x == -2 or x == 3:
                return y * 2
            elif x == 9223372036854775807:
                return 7
            elif x == -9223372036854775808:
                return 8
            return 0
    ''')
    gen = CGenerator(ann, ann.entry, set())
    gen.rtype()
    for g in graphs.values():
        merge_if_blocks(g)
    gen.recursive = find_functions_needing_check(ann)
    gen.generate_functions()
    text = '\n'.join(t for _, t in gen.inline_functions + gen.functions)
    assert 'switch (v_x_' in text, text
    assert 'case 1L: {' in text
    assert 'case (-2L):\n    case 3L: {' in text
    assert 'case 9223372036854775807L: {' in text
    assert 'case (-9223372036854775807L - 1): {' in text
    assert 'default: {' in text
