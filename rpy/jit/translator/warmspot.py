"""The glue between the translated portal and the JIT (--opt=jit): after
the program is annotated, each JitDriver's `can_enter_jit` gets the
warm-up counter and the entry into the JIT, as RPy code generated for the
driver's greens and reds and annotated with the program (the pyjitpl
phase comes after rtype, too late to annotate new code).
docs/design-jit.md, "Translating the metainterp", step 4.

The portal's flow graph changes at each `can_enter_jit` marker (kept: the
codewriter still emits it into the jitcode):

    ...; jit_marker(can_enter_jit, g.., r..); hot = tick(g..)
    hot False -> the rest of the block (the interpreter goes on)
    hot True  -> k = enter(g.., r..)          (may raise: the exception that
                                                left the portal in the JIT)
                 k == KIND_MERGE_POINT -> the block of the jit_merge_point
                                          with the greens and reds from the JIT
                 else                  -> return result()  (or None)

`tick` is the fast path (no allocation, no exception: no spilling around
it in the portal); `enter` converts the greens and reds to the merge
point's operand lists and calls DriverRuntime.enter (warmstate.py), the
only place deciding what the JIT does with a hot key.  The codewriter
skips the glue (functions marked `_jit_glue_`): only the branch where
`hot` is False exists in the jitcode.

Also the program's entry point is wrapped, to print the `OURO_LOG=
jit-summary` lines when it returns.
"""
from __future__ import annotations

import linecache
import zlib
from typing import Any

from rpy.annotate.model import (SomeBool, SomeFloat, SomeInstance, SomeInt, SomeNone, SomeType)
from rpy.errors import RPyError
from rpy.flow.builder import UNDEF_VALUE
from rpy.flow.check import checkgraph
from rpy.flow.model import Block, Constant, Link, SpaceOperation, Variable

_counter = [0]


class Glue:
    """The generated functions of one driver."""

    def __init__(self, ns: dict[str, Any], name: str, has_result: bool) -> None:
        self.tick = ns[name + '_jit_tick']
        self.enter = ns[name + '_jit_enter']
        self.ftick = ns[name + '_jit_ftick']
        self.fenter = ns[name + '_jit_fenter']
        self.values = [ns[name + '_jit_value_%d' % k] for k in range(ns['NVALUES'])]
        self.result = ns[name + '_jit_result'] if has_result else None
        self.runtime = ns['RT']


def is_glue_call(op: SpaceOperation) -> bool:
    """A call of a glue function (the codewriter skips them)."""
    if op.opname != 'call' or not op.args or not isinstance(op.args[0], Constant):
        return False
    return getattr(op.args[0].value, '_jit_glue_', False) is True


def is_glue_hot_link(block: Block, link: Link) -> bool:
    """The exit of a can_enter_jit's block taken when the key is hot."""
    ops = block.operations
    return link.exitcase is True and bool(ops) and ops[-1].result is block.exitswitch and \
        is_glue_call(ops[-1])


def _kind(t: SomeType) -> str:
    if isinstance(t, (SomeInt, SomeBool)):
        return 'i'
    if isinstance(t, SomeFloat):
        return 'f'
    if isinstance(t, SomeInstance):
        return 'r'
    return ''


class _Source:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.ns: dict[str, Any] = {}
        self.nclasses = 0

    def cls(self, t: SomeInstance) -> str:
        name = 'C%d' % self.nclasses
        self.nclasses += 1
        self.ns[name] = t.classdef.cls
        return name

    def annot(self, t: SomeType) -> str:
        if isinstance(t, SomeBool):
            return 'bool'
        if isinstance(t, SomeInt):
            return 'int'
        if isinstance(t, SomeFloat):
            return 'float'
        assert isinstance(t, SomeInstance)
        return self.cls(t) + (' | None' if t.nullable else '')


def make_glue(ann: Any, driver: Any, portal: Any, types_: list[SomeType],
              merge_args: list[Any]) -> Glue:
    """Generate and annotate the glue functions of one driver."""
    from rpy.jit.metainterp import warmstate
    from rpy.jit.metainterp.jitcodedata import ALL_TABLES, JitCodeTable
    names = driver.greens + driver.reds
    for n, t in zip(names, types_):
        if _kind(t) == '':
            raise RPyError("--opt=jit: the JIT glue does not handle the %s '%s' of driver %s, "
                           "which is %s (ints, bools, floats and instances only, for now)"
                           % ('green' if n in driver.greens else 'red', n, driver.name,
                              t.name()), portal.graph.filename, portal.graph.firstlineno)
    result = portal.result
    has_result = result is not None and not isinstance(result, SomeNone)
    if has_result and _kind(result) == '':
        raise RPyError("--opt=jit: the JIT glue does not handle the portal %s's result type %s "
                       "(ints, bools, floats and instances only, for now)"
                       % (portal.name, result.name()), portal.graph.filename,
                       portal.graph.firstlineno)
    table: JitCodeTable | None = None
    for tab in ALL_TABLES:
        if tab.driver_name == driver.name:
            table = tab     # the program's own table (filled by the pyjitpl phase)
            break
    if table is None:
        table = JitCodeTable(driver.name)
    rt = warmstate.DriverRuntime(driver.name, table, driver.params, len(driver.greens))
    fname = 'glue_' + ''.join([c if c.isalnum() else '_' for c in driver.name])
    src = _Source()
    src.ns.update({'RT': rt, 'PARAMS': driver.params, 'COUNTERS': warmstate.COUNTERS,
                   'FCOUNTERS': warmstate.FUNCTION_COUNTERS,
                   'green_hash': warmstate.green_hash, 'GCRef': _gcref_class(),
                   'cast_instance_to_gcref': _rgcref('cast_instance_to_gcref'),
                   'cast_gcref_to_instance': _rgcref('cast_gcref_to_instance'),
                   'cast_gcref_to_int': _rgcref('cast_gcref_to_int'),
                   'KIND_EXCEPTION': warmstate.KIND_EXCEPTION, '__name__': fname})
    L = src.lines
    params = ['v%d: %s' % (k, src.annot(t)) for k, t in enumerate(types_)]
    ngreens = len(driver.greens)
    # the warm-up counter: a hash of the greens (an instance by its address:
    # it moves at most once, young -> old, which restarts its counter once)
    # the warm-up counters (loops: `threshold` at can_enter_jit; function
    # entries: `function_threshold` at the first merge point of a call): a
    # hash of the greens (an instance by its address: it moves at most
    # once, young -> old, which restarts its counter once)
    for tick, counters, param in [('tick', 'COUNTERS', 'threshold'),
                                  ('ftick', 'FCOUNTERS', 'function_threshold')]:
        L.append('def %s_jit_%s(%s) -> bool:' % (fname, tick, ', '.join(params[:ngreens])))
        L.append('    threshold = PARAMS.%s' % param)
        L.append('    if threshold <= 0:')
        L.append('        return False')
        L.append('    h = %d' % (zlib.crc32(driver.name.encode()) & 0xffff))
        for k in range(ngreens):
            t = types_[k]
            if isinstance(t, SomeBool):
                x = '(1 if v%d else 0)' % k
            elif isinstance(t, SomeInt):
                x = 'v%d' % k
            elif isinstance(t, SomeFloat):
                x = 'hash(v%d)' % k
            elif t.nullable:  # type: ignore[attr-defined]
                x = ('(cast_gcref_to_int(cast_instance_to_gcref(v%d)) if v%d is not None else 0)'
                     % (k, k))
            else:
                x = 'cast_gcref_to_int(cast_instance_to_gcref(v%d))' % k
            L.append('    h = green_hash(h, %s)' % x)
        L.append('    return %s.tick(h, threshold)' % counters)
        L.append('')
    # the entry: the merge point's operands per kind, in order (a constant
    # operand of the merge point is not one)
    passed = [k for k in range(len(names)) if isinstance(merge_args[k], Variable)]
    lists: dict[str, list[str]] = {'i': [], 'r': [], 'f': []}
    for k in passed:
        t = types_[k]
        kind = _kind(t)
        if isinstance(t, SomeBool):
            lists['i'].append('(1 if v%d else 0)' % k)
        elif kind == 'r' and t.nullable:  # type: ignore[attr-defined]
            lists['r'].append('(cast_instance_to_gcref(v%d) if v%d is not None else None)' % (k, k))
        elif kind == 'r':
            lists['r'].append('cast_instance_to_gcref(v%d)' % k)
        else:
            lists[kind].append('v%d' % k)
    for enter, method in [('enter', 'enter'), ('fenter', 'enter_function')]:
        L.append('def %s_jit_%s(%s) -> int:' % (fname, enter, ', '.join(params)))
        L.append('    args_i: list[int] = [%s]' % ', '.join(lists['i']))
        L.append('    args_r: list[GCRef | None] = [%s]' % ', '.join(lists['r']))
        L.append('    args_f: list[float] = [%s]' % ', '.join(lists['f']))
        L.append('    kind = RT.%s(args_i, args_r, args_f)' % method)
        L.append('    if kind == KIND_EXCEPTION:')
        L.append('        raise cast_gcref_to_instance(Exception, RT.take_exc())')
        L.append('    return kind')
        L.append('')
    # the values the JIT hands back at the merge point, one function each
    index = {'i': 0, 'r': 0, 'f': 0}
    for j, k in enumerate(passed):
        t = types_[k]
        kind = _kind(t)
        i = index[kind]
        index[kind] += 1
        L.append('def %s_jit_value_%d() -> %s:' % (fname, j, src.annot(t)))
        L.extend(_from_word(src, t, 'RT.merge_%s[%d]' % (kind, i)))
        L.append('')
    src.ns['NVALUES'] = len(passed)
    if has_result:
        assert result is not None
        L.append('def %s_jit_result() -> %s:' % (fname, src.annot(result)))
        L.extend(_from_word(src, result, 'RT.result_%s' % _kind(result)))
        L.append('')
    text = '\n'.join(L) + '\n'
    _counter[0] += 1
    filename = '<rpy-jit-glue %s %d>' % (driver.name, _counter[0])
    linecache.cache[filename] = (len(text), None, text.splitlines(True), filename)
    exec(compile(text, filename, 'exec'), src.ns)
    glue = Glue(src.ns, fname, has_result)
    for f in [glue.tick, glue.enter, glue.ftick, glue.fenter] + glue.values + ([glue.result] if glue.result else []):
        f._jit_glue_ = True
        ann.get_desc(f, None)
    ann.complete()
    return glue


def _from_word(src: _Source, t: SomeType, e: str) -> list[str]:
    if isinstance(t, SomeBool):
        return ['    return %s != 0' % e]
    if isinstance(t, (SomeInt, SomeFloat)):
        return ['    return %s' % e]
    assert isinstance(t, SomeInstance)
    lines = ['    x = cast_gcref_to_instance(%s, %s)' % (src.cls(t), e)]
    if not t.nullable:
        lines.append('    assert x is not None')
    lines.append('    return x')
    return lines


def _rgcref(name: str) -> Any:
    from rpy.rlib import rgcref
    return getattr(rgcref, name)


def _gcref_class() -> Any:
    from rpy.rlib.rgcref import GCRef
    return GCRef


# ------------------------------------------------------------ the portal's graph

def _find(graph: Any, op: SpaceOperation) -> tuple[Block, int]:
    for block in graph.iterblocks():
        for i, o in enumerate(block.operations):
            if o is op:
                return block, i
    raise AssertionError('jit marker not found in its graph')


def _distinct_vars(args: list[Any]) -> list[Variable]:
    out: list[Variable] = []
    for a in args:
        if isinstance(a, Variable) and a not in out:
            out.append(a)
    return out


def _rename(v: Any, mapping: dict[Variable, Variable]) -> Any:
    return mapping.get(v, v) if isinstance(v, Variable) else v


def _move_tail(block: Block, start: int, live: list[Variable]) -> Block:
    """A new block holding block's operations from `start` and its exits;
    `live` (the only variables used there that are defined before: the
    annotator checked that only greens and reds are live across a jit
    marker) become its input variables.  The flow builder passes every
    local along its links, dead ones included: those defined before
    `start` become UNDEF_VALUE (a zero) in the tail's links."""
    fresh = [Variable(v.name.rsplit('_', 1)[0]) for v in live]
    mapping = dict(zip(live, fresh))
    tail = Block(fresh)
    tail.lineno = block.lineno
    for op in block.operations[start:]:
        # the same operation objects (the annotator's jit_markers name them)
        op.args = [_rename(a, mapping) for a in op.args]
        tail.operations.append(op)
        mapping[op.result] = op.result
    local = set(fresh) | set([op.result for op in tail.operations])
    for op in tail.operations:
        for a in op.args:
            assert not isinstance(a, Variable) or a in local, (op, a)

    def link_arg(a: Any) -> Any:
        if isinstance(a, Variable):
            return mapping.get(a, UNDEF_VALUE)
        return a
    tail.exitswitch = _rename(block.exitswitch, mapping)
    tail.closeblock(*[Link([link_arg(a) for a in l.args], l.target, l.exitcase)
                      for l in block.exits])
    block.operations = block.operations[:start]
    return tail


def _call(func: Any, args: list[Any], hint: str, lineno: int) -> SpaceOperation:
    return SpaceOperation('call', [Constant(func)] + list(args), Variable(hint), lineno, [])


def split_merge_point(graph: Any, merge: SpaceOperation) -> Block:
    """The jit_merge_point starts a block of its own, whose input variables
    are the marker's (distinct) variables: where the glue jumps back to."""
    block, i = _find(graph, merge)
    live = _distinct_vars(merge.args)
    tail = _move_tail(block, i, live)
    block.exitswitch = None
    block.closeblock(Link(list(live), tail))
    return tail


def _enter_blocks(graph: Any, live: list[Variable], marker_args: list[Any], enter_fn: Any,
                  merge_block: Block, merge_args: list[Any], glue: Glue, lineno: int) -> Block:
    """The hot path, in blocks of its own: a block whose input variables
    stand for `live` and which calls `enter_fn` with the marker's
    arguments, then goes to the merge point with the JIT's greens and reds
    or returns the JIT's result."""
    hot_vars = [Variable(v.name.rsplit('_', 1)[0]) for v in live]
    mapping = dict(zip(live, hot_vars))
    hot = Block(hot_vars)
    hot.lineno = lineno
    enter = _call(enter_fn, [_rename(a, mapping) for a in marker_args], 'jitkind', lineno)
    from rpy.jit.metainterp.blackhole import KIND_MERGE_POINT
    test = SpaceOperation('eq', [enter.result, Constant(KIND_MERGE_POINT)], Variable('atmerge'),
                          lineno)
    hot.operations = [enter, test]
    hot.exitswitch = test.result
    back = Block([])
    back.lineno = lineno
    values: list[Any] = []
    for fn in glue.values:
        op = _call(fn, [], 'jitvalue', lineno)
        back.operations.append(op)
        values.append(op.result)
    # the merge point's variables in the order of merge_block's inputargs
    by_var: dict[Variable, Any] = {}
    passed = [a for a in merge_args if isinstance(a, Variable)]
    for a, v in zip(passed, values):
        by_var[a] = v
    back.closeblock(Link([by_var[a] for a in _distinct_vars(merge_args)], merge_block))
    ret = Block([])
    ret.lineno = lineno
    if glue.result is not None:
        op = _call(glue.result, [], 'jitresult', lineno)
        ret.operations.append(op)
        ret.closeblock(Link([op.result], graph.returnblock))
    else:
        ret.closeblock(Link([Constant(None)], graph.returnblock))
    hot.closeblock(Link([], ret, False), Link([], back, True))
    return hot


def rewrite_can_enter_jit(graph: Any, marker: SpaceOperation, merge_block: Block,
                          merge_args: list[Any], glue: Glue, ngreens: int) -> None:
    block, i = _find(graph, marker)
    live = _distinct_vars(marker.args)
    cont = _move_tail(block, i + 1, live)
    lineno = marker.lineno
    tick = _call(glue.tick, marker.args[:ngreens], 'hot', lineno)
    block.operations.append(tick)
    block.exitswitch = tick.result
    hot = _enter_blocks(graph, live, marker.args, glue.enter, merge_block, merge_args, glue,
                        lineno)
    block.closeblock(Link(list(live), cont, False), Link(list(live), hot, True))


def _reaching(blocks: set[Block], target: Block) -> set[Block]:
    """The blocks of `blocks` from which `target` is reached by a path
    inside `blocks`."""
    reach: set[Block] = set()
    changed = True
    while changed:
        changed = False
        for b in blocks:
            if b not in reach and any(l.target is target or l.target in reach for l in b.exits):
                reach.add(b)
                changed = True
    return reach


def add_function_entry(graph: Any, merge: SpaceOperation, merge_block: Block,
                       merge_args: list[Any], glue: Glue, ngreens: int) -> int:
    """The function-entry counter (function_threshold): the portal's first
    arrival at its merge point in a call -- the path from the function's
    start, before the dispatch loop -- passes the block `fentry`

        hot = ftick(greens)
        hot False -> the merge point (the interpreter goes on)
        hot True  -> k = enter_function(greens, reds) -> as can_enter_jit's hot path

    The loop's own arrivals (back edges) do not pay for it: the blocks
    between the function's start and the merge point that are also part of
    the loop (jitlang: the dead-locals check at each instruction) are
    copied for the entry path, whose copies lead to `fentry`.  Returns the
    number of blocks copied (-1: the merge point is not reached from the
    start)."""
    loop: set[Block] = set()
    stack = [merge_block]
    while stack:
        b = stack.pop()
        if b in loop:
            continue
        loop.add(b)
        stack.extend(l.target for l in b.exits)
    entries = [l for b in graph.iterblocks() if b not in loop for l in b.exits
               if l.target in loop]
    if not entries:
        return -1
    # the blocks between the entries and the merge point
    fwd: set[Block] = set()
    stack = [l.target for l in entries]
    while stack:
        b = stack.pop()
        if b is merge_block or b in fwd:
            continue
        fwd.add(b)
        stack.extend(l.target for l in b.exits)
    region = _reaching(fwd, merge_block)
    lineno = merge.lineno
    live = list(merge_block.inputargs)
    fvars = [Variable(v.name.rsplit('_', 1)[0]) for v in live]
    fmap = dict(zip(live, fvars))
    fentry = Block(fvars)
    fentry.lineno = lineno
    tick = _call(glue.ftick, [_rename(a, fmap) for a in merge.args[:ngreens]], 'hot', lineno)
    fentry.operations.append(tick)
    fentry.exitswitch = tick.result
    hot = _enter_blocks(graph, live, merge.args, glue.fenter, merge_block, merge_args, glue,
                        lineno)
    fentry.closeblock(Link(list(fvars), merge_block, False), Link(list(fvars), hot, True))
    copies: dict[Block, Block] = {}
    for b in region:
        copies[b] = Block([Variable(v.name.rsplit('_', 1)[0]) for v in b.inputargs])
        copies[b].lineno = b.lineno

    def target_of(t: Block) -> Block:
        if t is merge_block:
            return fentry
        return copies.get(t, t)
    for b, c in copies.items():
        mapping: dict[Variable, Variable] = dict(zip(b.inputargs, c.inputargs))
        for op in b.operations:
            res = Variable(op.result.name.rsplit('_', 1)[0])
            mapping[op.result] = res
            c.operations.append(SpaceOperation(op.opname, [_rename(a, mapping) for a in op.args],
                                               res, op.lineno, op.extra))
        c.exitswitch = _rename(b.exitswitch, mapping)
        c.closeblock(*[Link([_rename(a, mapping) for a in l.args], target_of(l.target),
                            l.exitcase) for l in b.exits])
    for l in entries:
        l.target = target_of(l.target)
    return len(copies)


def transform(ann: Any) -> list[str]:
    """The glue for every driver with a can_enter_jit; returns report lines."""
    lines: list[str] = []
    runtimes: list[Any] = []
    drivers = sorted(ann.jit_markers.keys(), key=lambda d: getattr(d, 'name', '') or '')
    for driver in drivers:
        entries = ann.jit_markers[driver]
        merges = [e for e in entries if e[0] == 'jit_merge_point']
        enters = [e for e in entries if e[0] == 'can_enter_jit']
        if not merges or not enters:
            continue
        _, portal, _, types_, merge_op = merges[0]
        merge_args = list(merge_op.args)
        glue = make_glue(ann, driver, portal, types_, merge_args)
        graph = portal.graph
        merge_block = split_merge_point(graph, merge_op)
        for e in enters:
            rewrite_can_enter_jit(graph, e[4], merge_block, merge_args, glue,
                                  len(driver.greens))
        copied = add_function_entry(graph, merge_op, merge_block, list(merge_op.args), glue,
                                    len(driver.greens))
        checkgraph(graph)
        saved = ann.current
        ann.current = portal
        try:
            ann.annotate_graph(portal, graph)
        finally:
            ann.current = saved
        ann.complete()
        runtimes.append(glue.runtime)
        lines.append('[warmspot] driver %s: %d can_enter_jit with the JIT glue (greens %s, '
                     'reds %s)' % (driver.name, len(enters), ', '.join(driver.greens),
                                   ', '.join(driver.reds)))
        if copied >= 0:
            lines.append('[warmspot] driver %s: function entry counted before the merge point '
                         '(%d blocks copied for the path from the start)' % (driver.name, copied))
    if runtimes:
        wrap_entry_point(ann, runtimes)
    return lines


def wrap_entry_point(ann: Any, runtimes: list[Any]) -> None:
    """The program's entry point, then the jit-summary log."""
    from rpy.jit.metainterp import warmstate
    entry = ann.entry
    ns: dict[str, Any] = {'ENTRY': entry.func, 'RUNTIMES': runtimes,
                          'log_summary': warmstate.log_summary, '__name__': 'glue_entry'}
    text = ('def jit_entry_point(argv: list[str]) -> int:\n'
            '    status = ENTRY(argv)\n'
            '    log_summary(RUNTIMES)\n'
            '    return status\n')
    _counter[0] += 1
    filename = '<rpy-jit-glue entry %d>' % _counter[0]
    linecache.cache[filename] = (len(text), None, text.splitlines(True), filename)
    exec(compile(text, filename, 'exec'), ns)
    d = ann.get_desc(ns['jit_entry_point'], None)
    ann.complete()
    ann.entry = d
