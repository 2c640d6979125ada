"""merge_if_blocks: chains of `x == CONST` tests become one switch on x.

`if op == A: ... elif op == B: ... elif op == C or op == D: ... else: ...`
is built as a chain of blocks: each computes `v = eq(x, CONST)` (`cond =
bool(v)`) and branches on it; its False link leads to the next test, which
receives x (renamed, as every variable of an SSA graph) and the other live
variables.  The C compiler sees a linear sequence of compare-and-jump and
does not make a jump table of it.

The pass starts at every block whose exitswitch is computed by a final
`eq(x, C)` (+ `bool`) on an int (kind 'int': int or bool operands) with one
constant operand, and follows the chain by evaluating the *test blocks* that
come after it: blocks made only of `eq`/`ne` of x (reached through the
links' renamings) with int constants, `bool` and `same_as` of those results,
ending in a fall-through or a switch on one of them.  Two walks:

- the default walk assumes x equals none of the constants seen so far: each
  test of x against a new constant adds that constant to the chain and is
  false; the walk stops at the first block that is not a test block (a
  block with another operation, the return block, a switch on something
  else, a block met twice): that block and the values it receives are the
  'default' exit.
- for each constant C of the chain, the walk assuming x == C, from the first
  test: every test is decided; where it stops is the exit of case C.

With two constants or more, the first block loses its test operations and
switches on x itself (the int switch of rpy/flow/model.py): one exit per
constant, whose exit is not the same as the default, then 'default'.  Each
exit carries exactly the values the old path passed to its target, mapped
back to the first block's variables; a test result passed along a link
(`b = x == 1` used later, the `or` of two tests joining in one block) is
known on every path and becomes a constant.

Consequences: a constant tested twice takes the first test's path (the
later test is decided false on the default walk); `x == C` and `C == x` are
the same; `elif x == A or x == B:` (a test block whose True link and whose
False link's next test both join in a block switching on the passed result)
merges like two cases; a chain interrupted by any other operation ends
there (the rest may be merged from that block on).  The blocks walked
through are not changed (other predecessors still use them; nothing
reaches them any more otherwise), so the chains are all planned on the
unchanged graph, then applied, and the order of the blocks does not matter.

Comparisons of strings (`c == 'a'`, a call of rpy_str_eq) are left alone.
"""
from __future__ import annotations

from typing import Any, Callable

from rpy.flow.model import Block, Constant, FunctionGraph, Link, Variable

MININT = -(1 << 63)
MAXINT = (1 << 63) - 1
# a walk stops after this many blocks (a cycle of test blocks is an
# infinite loop of the program; it stops at the block met twice anyway)
MAX_STEPS = 10000


def int_constant(c: Any) -> int | None:
    if isinstance(c, Constant) and type(c.value) in (int, bool) and MININT <= c.value <= MAXINT:
        return int(c.value)
    return None


def final_test(block: Block) -> tuple[Variable, int] | None:
    """If the block's exitswitch may be computed by its last operations, a
    test `eq(x, C)` (or `ne`) of an int against a constant then only `bool`
    and `same_as`: (x, index of the test)."""
    if block.kind or not isinstance(block.exitswitch, Variable) or len(block.exits) != 2:
        return None
    if sorted(repr(l.exitcase) for l in block.exits) != ['False', 'True']:
        return None
    ops = block.operations
    i = len(ops) - 1
    while i >= 0 and ops[i].opname in ('bool', 'same_as'):
        i -= 1
    if i < 0:
        return None
    test = ops[i]
    if test.opname not in ('eq', 'ne') or test.info != 'int' or len(test.args) != 2:
        return None
    a, b = test.args
    if isinstance(a, Variable) and int_constant(b) is not None:
        return a, i
    if isinstance(b, Variable) and int_constant(a) is not None:
        return b, i
    return None


# ---------------------------------------------------------------- walking test blocks

Decide = Callable[[int], 'bool | None']


def step(block: Block, start: int, env: dict[int, Any] | None, x0: Variable,
         decide: Decide) -> tuple[Link, dict[int, Any]] | None:
    """Run the test block's operations from index `start`, knowing the value
    of each variable (env: id -> a variable of the first block or a
    constant; None: the first block, where each variable is itself); each
    `x0 == K` is `decide(K)`.  The link taken and the values its target
    receives, or None if the block is not a test block or a test is not
    decided."""
    if block.kind:
        return None
    local: dict[int, Any] = {}

    def val(a: Any) -> Any:
        if not isinstance(a, Variable):
            return a
        v = local.get(id(a))
        if v is not None:
            return v
        if env is None:
            return a
        return env.get(id(a))

    for op in block.operations[start:]:
        if op.opname in ('eq', 'ne') and op.info == 'int' and len(op.args) == 2:
            a, b = val(op.args[0]), val(op.args[1])
            if a is x0 and int_constant(b) is not None:
                k = int_constant(b)
            elif b is x0 and int_constant(a) is not None:
                k = int_constant(a)
            else:
                return None
            assert k is not None
            r = decide(k)
            if r is None:
                return None
            local[id(op.result)] = Constant(r if op.opname == 'eq' else not r)
        elif op.opname in ('bool', 'same_as') and len(op.args) == 1:
            v = val(op.args[0])
            if v is None:
                return None
            if op.opname == 'bool' and not (isinstance(v, Constant) and type(v.value) is bool):
                return None
            local[id(op.result)] = v
        else:
            return None
    if block.exitswitch is None:
        if len(block.exits) != 1:
            return None
        link = block.exits[0]
    elif isinstance(block.exitswitch, Variable):
        s = val(block.exitswitch)
        if not (isinstance(s, Constant) and type(s.value) is bool):
            return None
        taken = [l for l in block.exits if type(l.exitcase) is bool and l.exitcase == s.value]
        if len(taken) != 1:
            return None
        link = taken[0]
    else:
        return None
    newenv: dict[int, Any] = {}
    for a, v in zip(link.args, link.target.inputargs):
        r = val(a)
        if r is None:
            return None
        newenv[id(v)] = r
    return link, newenv


class Walk:
    """Where a walk from the first block's test ends: the target block and
    the values it receives; the test blocks it went through."""

    def __init__(self, target: Block, args: list, through: list[Block]) -> None:
        self.target = target
        self.args = args
        self.through = through


def walk(block: Block, start: int, x0: Variable, decide: Decide) -> Walk | None:
    """From the first block's test (operations from `start`), or None if it
    does not decide the first block's exit."""
    r = step(block, start, None, x0, decide)
    if r is None:
        return None
    link, env = r
    through: list[Block] = []
    seen = {id(block)}
    for _ in range(MAX_STEPS):
        target = link.target
        if id(target) in seen:
            break
        r = step(target, 0, env, x0, decide)
        if r is None:
            break
        seen.add(id(target))
        through.append(target)
        link, env = r
    target = link.target
    args = [env[id(v)] for v in target.inputargs]
    return Walk(target, args, through)


# ---------------------------------------------------------------- planning

class Plan:
    """The switch that replaces the test of a chain's first block."""

    def __init__(self, block: Block, x: Variable, start: int) -> None:
        self.block = block
        self.x = x
        self.start = start                       # index of the test's first operation
        self.values: list[int] = []              # the chain's constants, in order
        self.cases: list[tuple[int, Walk]] = []  # the exits different from the default
        self.default: Walk | None = None
        self.through: list[Block] = []


def same_exit(a: Walk, b: Walk) -> bool:
    if a.target is not b.target:
        return False
    for x, y in zip(a.args, b.args):
        if x is y:
            continue
        if isinstance(x, Constant) and isinstance(y, Constant) and type(x.value) is type(y.value) \
                and type(x.value) in (bool, int) and x.value == y.value \
                and x.annotation is None and y.annotation is None:
            continue
        return False
    return True


def plan_chain(block: Block) -> Plan | None:
    """The switch for the chain starting at block's final test, if it tests
    two constants or more."""
    ft = final_test(block)
    if ft is None:
        return None
    x0, start = ft
    plan = Plan(block, x0, start)
    values = plan.values
    known: set[int] = set()

    def decide_default(k: int) -> bool:
        # x0 differs from every constant seen so far; a new one joins the chain
        if k not in known:
            known.add(k)
            values.append(k)
        return False

    plan.default = walk(block, start, x0, decide_default)
    if plan.default is None or len(values) < 2:
        return None
    through = {id(b): b for b in plan.default.through}
    for c in values:
        def decide_case(k: int, c: int = c) -> bool:
            return k == c
        w = walk(block, start, x0, decide_case)
        if w is None:
            return None
        for b in w.through:
            through[id(b)] = b
        if not same_exit(w, plan.default):
            plan.cases.append((c, w))
    plan.through = list(through.values())
    return plan


def apply_plan(plan: Plan) -> None:
    block = plan.block
    assert plan.default is not None
    del block.operations[plan.start:]
    d = plan.default
    if not plan.cases:
        # every constant leads where the default does
        block.exitswitch = None
        block.closeblock(Link(list(d.args), d.target))
        return
    block.exitswitch = plan.x
    links = [Link(list(w.args), w.target, c) for c, w in plan.cases]
    links.append(Link(list(d.args), d.target, 'default'))
    block.closeblock(*links)


def merge_if_blocks(graph: FunctionGraph) -> int:
    """Merge every chain of two tests or more; returns the number of chains merged."""
    blocks = list(graph.iterblocks())
    npreds: dict[int, int] = {}
    for b in blocks:
        for link in b.exits:
            npreds[id(link.target)] = npreds.get(id(link.target), 0) + 1
    walked: set[int] = set()
    plans = []
    for b in blocks:
        # a test block walked through by a chain planned already and reached
        # only from there is left unreachable by the merge: no chain from it
        # (iterblocks is a preorder, so its one predecessor came first)
        if id(b) in walked and npreds.get(id(b), 0) == 1:
            continue
        plan = plan_chain(b)
        if plan is not None:
            plans.append(plan)
            walked.update(id(t) for t in plan.through)
    for plan in plans:
        apply_plan(plan)
    return len(plans)
