"""The flow-graph model shared by every phase after parsing.

A FunctionGraph is a set of Blocks.  A Block has input variables, a list of
operations and exits (Links) that pass variables to the input variables of
the next block, so every variable is assigned exactly once.  A block either
falls through (one exit), branches on a boolean `exitswitch` variable (exits
with exitcase False/True), or ends in the return/except block.  Inside a
`try`, a block whose last operation may raise has exitswitch LAST_EXCEPTION
(rpy/flow/builder.py): a normal exit (exitcase None) and an exception exit
(exitcase Exception).

After backendopt (rpy/backendopt/merge_if_blocks.py) a block may also switch
on an int-valued variable (an int or bool annotation): its exits have
distinct int exitcases (never bools), and the last exit has exitcase
'default', taken when no case equals the value.  `Block.is_int_switch()`
tells this form apart; the C backend emits a C `switch`.  The annotator and
the JIT codewriter never see it (they work on graphs before backendopt).

The annotator adds `.annotation` to variables; the rtyper replaces high-level
operations by the low-level ones of rpy/lltype/ops.py and sets
`.concretetype`.
"""
from __future__ import annotations

from typing import Any, Iterator


class Variable:
    _counter = 0
    __slots__ = ('name', 'annotation', 'concretetype')

    def __init__(self, hint: str = 'v') -> None:
        Variable._counter += 1
        self.name = '%s_%d' % (hint, Variable._counter)
        self.annotation: Any = None
        self.concretetype: Any = None

    def __repr__(self) -> str:
        return self.name


class Constant:
    __slots__ = ('value', 'annotation', 'concretetype')

    def __init__(self, value: Any, annotation: Any = None) -> None:
        self.value = value
        self.annotation = annotation
        self.concretetype: Any = None

    def __repr__(self) -> str:
        return 'Const(%r)' % (self.value,)


class SpaceOperation:
    __slots__ = ('opname', 'args', 'result', 'lineno', 'extra', 'info')

    def __init__(self, opname: str, args: list, result: Variable, lineno: int = 0,
                 extra: Any = None) -> None:
        self.opname = opname
        self.args = args
        self.result = result
        self.lineno = lineno
        self.extra = extra        # op-specific payload (keyword names, ...)
        self.info: Any = None     # what the annotator resolved (call target, ...)

    def __repr__(self) -> str:
        return '%s = %s(%s)' % (self.result, self.opname, ', '.join(map(repr, self.args)))


class Link:
    __slots__ = ('args', 'target', 'exitcase', 'prevblock')

    def __init__(self, args: list, target: 'Block', exitcase: Any = None) -> None:
        self.args = args
        self.target = target
        self.exitcase = exitcase
        self.prevblock: Block | None = None

    def __repr__(self) -> str:
        return 'Link(%r -> %r, case=%r)' % (self.args, self.target, self.exitcase)


class Block:
    __slots__ = ('inputargs', 'operations', 'exitswitch', 'exits', 'kind', 'lineno')

    def __init__(self, inputargs: list[Variable], kind: str = '') -> None:
        self.inputargs = inputargs
        self.operations: list[SpaceOperation] = []
        self.exitswitch: Variable | Constant | None = None
        self.exits: list[Link] = []
        self.kind = kind          # 'return' / 'except' for the final blocks
        self.lineno = 0

    def is_int_switch(self) -> bool:
        """Does the block switch on an int, with int exitcases and a 'default' exit?"""
        return isinstance(self.exitswitch, Variable) and bool(self.exits) and \
            self.exits[-1].exitcase == 'default'

    def closeblock(self, *links: Link) -> None:
        self.exits = list(links)
        for link in links:
            link.prevblock = self

    def __repr__(self) -> str:
        return '<Block %s(%s) %d ops>' % (self.kind, self.inputargs, len(self.operations))


class FunctionGraph:
    def __init__(self, name: str, startblock: Block, returnvar: Variable,
                 excvar: Variable) -> None:
        self.name = name
        self.startblock = startblock
        self.returnblock = Block([returnvar], 'return')
        self.exceptblock = Block([excvar], 'except')
        self.func: Any = None
        self.filename = '?'
        self.firstlineno = 0

    def iterblocks(self) -> Iterator[Block]:
        seen: set[int] = set()
        stack = [self.startblock]
        while stack:
            block = stack.pop()
            if id(block) in seen:
                continue
            seen.add(id(block))
            yield block
            for link in reversed(block.exits):
                stack.append(link.target)

    def iterlinks(self) -> Iterator[Link]:
        for block in self.iterblocks():
            yield from block.exits

    def dump(self) -> str:
        lines = ['graph %s' % self.name]
        for block in self.iterblocks():
            lines.append('  %r:' % block)
            for op in block.operations:
                lines.append('    %r' % op)
            if block.exitswitch is not None:
                lines.append('    switch %r' % block.exitswitch)
            for link in block.exits:
                lines.append('    %r' % link)
        return '\n'.join(lines)
