"""C code for one annotated graph.

Each block becomes a label; each operation a few C statements chosen from
its annotation (`op.info`).  Two rules shape every call:

- GC roots: before a call that may collect, the GC references live after
  the operation are pushed on the shadow stack, and reloaded after it (the
  GC may have moved them).  Liveness comes from the graph (SSA, so a
  backward scan per block is exact).
- Exceptions: after a call that may raise, `if (RPY_EXC()) goto EXC;`
  where EXC is the block's exception link (inside a try) or the function's
  propagation label.
"""
from __future__ import annotations

import math
from typing import Any

from rpy.annotate.classdef import ClassDef
from rpy.annotate.model import (SomeBool, SomeBytes, SomeConst, SomeDict, SomeFloat, SomeFuncPtr,
                                SomeImpossible, SomeInstance, SomeInt, SomeIter, SomeIterable,
                                SomeList, SomeNone, SomeStr, SomeTuple, SomeType, SomeUInt,
                                s_bool, s_float, s_int, s_str)
from rpy.c.database import Database, c_ident, c_string_literal
from rpy.flow.builder import EXC_VALUE, LAST_EXCEPTION, UNDEF_VALUE
from rpy.flow.model import Block, Constant, FunctionGraph, Link, SpaceOperation, Variable
from rpy.rlib import rgc
from rpy.rtype import externals, llhelpers

EXC_KIND = {IndexError: 'RPY_EXC_IndexError', KeyError: 'RPY_EXC_KeyError',
            ZeroDivisionError: 'RPY_EXC_ZeroDivisionError', ValueError: 'RPY_EXC_ValueError',
            OverflowError: 'RPY_EXC_OverflowError', TypeError: 'RPY_EXC_TypeError'}


class Temp:
    """A C temporary inside one operation's code (a GC one is spilled like a variable)."""

    def __init__(self, name: str, t: SomeType) -> None:
        self.name = name
        self.t = t


# when a switch becomes threaded dispatch (see is_threaded_switch)
THREADED_MIN_CASES = 16
THREADED_MAX_CASE = 1023
THREADED_MAX_OPS = 24


class FunctionCodeGen:
    def __init__(self, db: Database, desc: Any, cname: str, stackcheck: bool) -> None:
        self.db = db
        self.ts = db.ts
        self.ann = db.ann
        self.desc = desc
        self.graph: FunctionGraph = desc.graph
        self.cname = cname
        self.stackcheck = stackcheck
        self.names: dict[int, str] = {}
        self.decls: list[str] = []
        self.lines: list[str] = []
        self.block_labels: dict[int, str] = {}
        self.ntemps = 0
        self.used_propagate = False
        # effect analysis (see CGenerator.generate_functions)
        self.effects: dict = {}
        self.callees: set = set()
        self.local_collects = False          # may collect, perhaps only while raising
        self.local_collects_normal = False   # may collect and return normally
        self.local_raises = False
        # callees called only on paths that end by raising (their
        # collections cannot disturb a normal return of this function)
        self.callees_raising: set = set()
        self.block_returns = True            # the current block can reach a normal return
        self.returning_blocks: set[int] = set()
        self.virtual_tuples: dict[int, list[str] | None] = {}
        self.zero_filled_lists: set[int] = set()
        self.threaded: set[int] = set()      # blocks of threaded switches
        # objects whose write barrier ran in this block since its last
        # collecting call: a second barrier on them would find nothing to do
        self.wb_done: set[str] = set()
        self.live: list[Variable] = []
        self.cur_op: Any = None
        self.exc_label = 'L_propagate'
        self.result_type = desc.result

    # ------------------------------------------------------------ names and types

    def vname(self, v: Variable) -> str:
        n = self.names.get(id(v))
        if n is None:
            base = c_ident(v.name.replace('$', ''))
            n = 'v_' + base
            self.names[id(v)] = n
        return n

    def t(self, v: Any) -> SomeType:
        if isinstance(v, (Variable, _TempVar, _TempField, _Raw)):
            return v.annotation
        return self.ann.typeof(v)

    def expr(self, v: Any, want: SomeType | None = None) -> str:
        """C expression for a variable or constant, converted to `want`'s C type."""
        if isinstance(v, Variable):
            e = self.vname(v)
        elif isinstance(v, _TempVar):
            e = v.tmp.name
        elif isinstance(v, _TempField):
            e = '%s->i%d' % (v.tmp.name, v.index)
        elif isinstance(v, _Raw):
            e = v.e
        elif v is UNDEF_VALUE:
            r = self.ts.repr_of(want)
            return '(%s)%s' % (r.ctype, r.zero) if r.word else '(%s)%s' % (r.ctype, r.zero)
        else:
            t = want if want is not None and not isinstance(self.t(v), (SomeNone, SomeConst)) else self.t(v)
            if want is not None and isinstance(want, SomeFuncPtr) and isinstance(self.t(v), SomeConst):
                return self.db.funcptr_const(v.value, want)
            if isinstance(self.t(v), SomeConst):
                return 'NULL'
            if isinstance(t, SomeFloat) and isinstance(v.value, (int, float)) and not isinstance(v.value, bool):
                return self.db.const(float(v.value), t)
            if isinstance(t, (SomeInt, SomeBool)) and isinstance(v.value, float):
                t = self.t(v)
            e = self.db.const(v.value, self.t(v) if not isinstance(t, SomeInstance) else self.t(v))
        if want is not None:
            return self.convert(e, self.t(v), want)
        return e

    def convert(self, e: str, src: SomeType, dst: SomeType) -> str:
        rs, rd = self.ts.repr_of(src), self.ts.repr_of(dst)
        if rs.ctype == rd.ctype:
            return e
        if rd.word == '':
            return e
        return '((%s)(%s))' % (rd.ctype, e)

    def temp(self, t: SomeType) -> Temp:
        self.ntemps += 1
        tmp = Temp('t%d' % self.ntemps, t)
        r = self.ts.repr_of(t)
        self.decls.append('    %s %s = %s;' % (r.ctype, tmp.name, r.zero))
        return tmp

    def out(self, line: str) -> None:
        self.lines.append('    ' + line)

    # ------------------------------------------------------------ liveness

    def gc_lvalues(self, v: Any) -> list[str]:
        if isinstance(v, Temp):
            r = self.ts.repr_of(v.t)
            return [v.name + p for p in r.gcpaths]
        if not isinstance(v, Variable):
            return []
        r = self.ts.repr_of(v.annotation)
        return [self.vname(v) + p for p in r.gcpaths]

    def compute_liveness(self, block: Block) -> list[list[Variable]]:
        """For each operation of the block, the variables live after it."""
        live: dict[int, Variable] = {}
        for link in block.exits:
            for a in link.args:
                if isinstance(a, Variable):
                    live[id(a)] = a
        if isinstance(block.exitswitch, Variable):
            live[id(block.exitswitch)] = block.exitswitch
        result: list[list[Variable]] = [[] for _ in block.operations]
        for i in range(len(block.operations) - 1, -1, -1):
            op = block.operations[i]
            live.pop(id(op.result), None)
            result[i] = [v for v in live.values()]
            for a in op.args:
                if isinstance(a, Variable):
                    live[id(a)] = a
        return result

    # ------------------------------------------------------------ calls

    def call(self, expr: str, result: str | None, *, canraise: bool, canmalloc: bool,
             keep: list | None = None, callee: Any = None, keyerror: tuple | None = None,
             fast: str | None = None) -> None:
        """Emit a call with shadow-stack spilling of what is live and exception check.

        `fast`: a C condition that does the work inline when it can, without
        collecting or raising (an allocation's nursery bump, an append with
        room left), and is false when it could not; the roots are then
        spilled (and the exception checked) only around `expr`, on that
        slow path.

        For a call to a translated function (`callee`), what it can do comes
        from the effect analysis: no spilling if it never collects (or only
        while raising an exception that leaves this function too), no
        exception check if it cannot raise.
        """
        if callee is not None:
            if self.block_returns:
                self.callees.add(callee)
            else:
                self.callees_raising.add(callee)
            eff = self.effects.get(callee)
            if eff is not None:
                collects, collects_normal, raises = eff
                caught_here = self.exc_label != 'L_propagate'
                canmalloc = collects_normal or (collects and caught_here)
                canraise = raises
        else:
            if canmalloc:
                # an allocation on a path that only raises (the exception
                # instance of `assert`, of a failed check) collects, but
                # never before this function returns normally
                if self.block_returns:
                    self.local_collects_normal = True
                else:
                    self.local_collects = True
            if canraise:
                self.local_raises = True
        roots: list[str] = []
        if canmalloc:
            # a collection may make any object old again: barriers count anew
            self.wb_done.clear()
            seen = set()
            for v in list(self.live) + list(keep or []):
                for lv in self.gc_lvalues(v):
                    if lv not in seen and (result is None or lv != result):
                        seen.add(lv)
                        roots.append(lv)
        split = fast is not None and bool(roots)
        if split:
            self.out('if (RPY_UNLIKELY(!(%s))) {' % fast)
        for i, lv in enumerate(roots):
            self.out('rpy_ss_top[%d] = (void *)%s;' % (i, lv))
        if roots:
            self.out('rpy_ss_top += %d;' % len(roots))
        self.out('%s%s;' % ('%s = ' % result if result else '', expr))
        if roots:
            self.out('rpy_ss_top -= %d;' % len(roots))
            for i, lv in enumerate(roots):
                self.out('*(void **)&%s = rpy_ss_top[%d];' % (lv, i))
        if split:
            if canraise:
                self.out('if (RPY_EXC()) goto %s;' % self.exc_label)
            self.out('}')
            return
        if canraise and keyerror is not None:
            # a KeyError from a dict says which key, like CPython: KeyError(repr(key))
            key, keytype = keyerror
            kcd = self.ann.getclassdef(KeyError)
            self.out('if (RPY_EXC()) {')
            self.out('if (RPY_TID(rpy_exc_value) == %d) {' % kcd.tid)
            self.out('rpy_exc_value = NULL;')
            msg = self.temp(SomeStr())
            self.str_of(key, keytype, msg.name, list(keep or []), use_repr=True)
            self.call('rpy_raise_str(RPY_EXC_KeyError, %s)' % msg.name, None, canraise=False,
                      canmalloc=True, keep=keep)
            self.out('}')
            self.out('goto %s; }' % self.exc_label)
        elif canraise:
            self.out('if (RPY_EXC()) goto %s;' % self.exc_label)

    def write_barrier(self, obj: str) -> None:
        """RPY_WB before storing a GC pointer into the object `obj` (a C
        expression of one variable), unless it already ran since the last
        collection in this block: it clears the object's flag, and only a
        collection sets it again."""
        if obj not in self.wb_done:
            self.out('RPY_WB(%s);' % obj)
            self.wb_done.add(obj)

    def raise_if(self, cond: str, kind: str, msg: str) -> None:
        """If cond: raise a built-in exception and jump to the handler."""
        self.local_raises = True
        self.local_collects = True
        if self.exc_label == 'L_propagate':
            self.out('if (%s) { rpy_raise(%s, %s); goto %s; }' % (
                cond, kind, c_string_literal(msg.encode()), self.exc_label))
            return
        # caught in this function: what the handler uses must survive the allocation
        self.out('if (%s) {' % cond)
        self.call('rpy_raise(%s, %s)' % (kind, c_string_literal(msg.encode())), None,
                  canraise=False, canmalloc=True)
        self.out('goto %s; }' % self.exc_label)

    # ------------------------------------------------------------ function

    def generate(self) -> str:
        g = self.graph
        params = []
        for v in g.startblock.inputargs:
            params.append('%s %s' % (self.ts.ctype(v.annotation), self.vname(v)))
        for block in g.iterblocks():
            if block.kind:
                continue
            if block is not g.startblock:
                for v in block.inputargs:
                    self.declare(v)
            for op in block.operations:
                self.declare(op.result)
        body_start = len(self.lines)
        if self.stackcheck:
            self.out('if (RPY_STACK_CHECK()) goto L_propagate;')
            self.used_propagate = True
            self.local_raises = self.local_collects = True
        for i, block in enumerate(g.iterblocks()):
            self.block_labels[id(block)] = 'L%d' % i
            if not block.kind and self.is_threaded_switch(block):
                self.threaded.add(id(block))
        self.returning_blocks = self.blocks_reaching_return()
        for block in g.iterblocks():
            if block.kind:
                continue
            self.gen_block(block)
        if self.used_propagate:
            self.lines.append('  L_propagate:')
            self.out('return %s;' % self.zero_result())
        ret = self.ts.ctype(self.result_type)
        head = '%s %s(%s)' % (ret, self.cname, ', '.join(params) or 'void')
        if self.threaded:
            # gcc would merge the identical copies of the dispatch back
            # into one indirect jump (cross-jumping)
            head = '__attribute__((optimize("no-crossjumping"))) ' + head
        return '%s {\n%s\n%s\n}\n' % (head, '\n'.join(self.decls), '\n'.join(self.lines))

    def signature(self) -> str:
        g = self.graph
        params = ['%s' % self.ts.ctype(v.annotation) for v in g.startblock.inputargs]
        return '%s %s(%s);' % (self.ts.ctype(self.result_type), self.cname, ', '.join(params) or 'void')

    def zero_result(self) -> str:
        r = self.ts.repr_of(self.result_type)
        if r.word == '':
            return '(%s)%s' % (r.ctype, r.zero)
        return r.zero

    def declare(self, v: Variable) -> None:
        r = self.ts.repr_of(v.annotation)
        self.decls.append('    %s %s = %s;' % (r.ctype, self.vname(v), r.zero))

    def blocks_reaching_return(self) -> set[int]:
        """ids of the blocks from which the graph's normal return is reachable."""
        preds: dict[int, list[Block]] = {}
        for b in self.graph.iterblocks():
            for link in b.exits:
                preds.setdefault(id(link.target), []).append(b)
        ret = self.graph.returnblock
        seen = {id(ret)}
        todo = [ret]
        while todo:
            b = todo.pop()
            for p in preds.get(id(b), []):
                if id(p) not in seen:
                    seen.add(id(p))
                    todo.append(p)
        return seen

    def gen_block(self, block: Block) -> None:
        self.lines.append('  %s:' % self.block_labels[id(block)])
        if id(block) in self.threaded:
            self.gen_threaded_switch(block)
            return
        self.gen_block_ops(block)
        if block.exitswitch is None:
            self.gen_link(block.exits[0])
        elif block.exitswitch is LAST_EXCEPTION:
            normal = [l for l in block.exits if l.exitcase is None][0]
            self.gen_link(normal)
            self.lines.append('  %s:' % self.exc_label)
            self.out('{ void *e = rpy_exc_value; rpy_exc_value = NULL;')
            exc_link = [l for l in block.exits if l.exitcase is not None][0]
            self.gen_link(exc_link, excvalue='e')
            self.out('}')
        elif isinstance(block.exitswitch, Constant):
            for link in block.exits:
                if link.exitcase == bool(block.exitswitch.value):
                    self.gen_link(link)
        elif block.is_int_switch():
            self.gen_int_switch(block)
        else:
            false, true = (block.exits if block.exits[0].exitcase is False else block.exits[::-1])
            self.out('if (%s) {' % self.vname(block.exitswitch))
            self.gen_link(true)
            self.out('}')
            self.gen_link(false)

    def gen_block_ops(self, block: Block) -> None:
        """The operations of a block; leaves self.exc_label set to where an
        exception of its last operation goes."""
        self.block_returns = id(block) in self.returning_blocks
        self.wb_done = set()
        liveness = self.compute_liveness(block)
        self.find_virtual_tuples(block)
        self.find_zero_filled_lists(block)
        handler_label = 'L_propagate'
        if block.exitswitch is LAST_EXCEPTION:
            handler_label = 'L%s_exc' % self.block_labels[id(block)][1:]
        last = len(block.operations) - 1
        for i, (op, live) in enumerate(zip(block.operations, liveness)):
            self.live = live
            self.cur_op = op
            # only the block's last operation is inside the `try` whose
            # handler the exception exit leads to; an operation before it
            # in the same block was emitted outside any handler
            self.exc_label = handler_label if i == last else 'L_propagate'
            self.used_propagate = self.used_propagate or self.exc_label == 'L_propagate'
            self.gen_op(op)
        self.exc_label = handler_label
        self.live = []

    def gen_int_switch(self, block: Block) -> None:
        """A switch on an int (rpy/backendopt/merge_if_blocks.py): a C switch,
        which the C compiler makes a jump table when the cases are dense.
        Each case does its link's moves and jumps; cases whose links are the
        same (same target, same arguments) share their code."""
        assert isinstance(block.exitswitch, Variable)
        self.out('switch (%s) {' % self.vname(block.exitswitch))
        default = block.exits[-1]
        groups: dict[tuple, list[Link]] = {}
        order: list[tuple] = []
        for link in block.exits[:-1]:
            key = self.link_key(link)
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(link)
        dkey = self.link_key(default)
        for key in order:
            if key == dkey:
                continue        # the same code as the default: no case needed
            labels = ['case %s:' % self.db.const(link.exitcase, s_int) for link in groups[key]]
            for label in labels[:-1]:
                self.out(label)
            self.out(labels[-1] + ' {')
            self.gen_link(groups[key][0])
            self.out('}')
        self.out('default: {')
        self.gen_link(default)
        self.out('}')
        self.out('}')

    # -- threaded dispatch: an interpreter's loop over opcodes

    def is_threaded_switch(self, block: Block) -> bool:
        """A switch with many small non-negative cases whose block does
        little else (an eval loop's head: fetch, decode, switch): every
        jump to it gets its own copy of the block ending in a computed
        goto, so that the CPU predicts each opcode's successor from the
        opcode before it instead of sharing one indirect jump."""
        if not block.is_int_switch() or len(block.operations) > THREADED_MAX_OPS:
            return False
        cases = [link.exitcase for link in block.exits[:-1]]
        return len(cases) >= THREADED_MIN_CASES and all(
            isinstance(c, int) and 0 <= c <= THREADED_MAX_CASE for c in cases)

    def gen_threaded_switch(self, block: Block) -> None:
        """The block itself (its operations and computed goto), then one
        label per case with its link, and the label table."""
        label = self.block_labels[id(block)]
        default = block.exits[-1]
        dkey = self.link_key(default)
        groups: dict[tuple, str] = {}
        bodies: list[tuple[str, Link]] = []
        size = max(link.exitcase for link in block.exits[:-1]) + 1
        table = ['%s_default' % label] * size
        for link in block.exits[:-1]:
            key = self.link_key(link)
            if key == dkey:
                continue
            if key not in groups:
                groups[key] = '%s_c%d' % (label, len(groups))
                bodies.append((groups[key], link))
            table[link.exitcase] = groups[key]
        self.decls.append('    static void *const %s_table[%d] = {%s};' % (
            label, size, ', '.join('&&' + t for t in table)))
        self.gen_threaded_dispatch(block)
        for case_label, link in bodies:
            self.lines.append('  %s:' % case_label)
            self.gen_link(link)
        self.lines.append('  %s_default:' % label)
        self.gen_link(default)

    def gen_threaded_dispatch(self, block: Block) -> None:
        self.gen_block_ops(block)
        label = self.block_labels[id(block)]
        assert isinstance(block.exitswitch, Variable)
        x = self.vname(block.exitswitch)
        self.out('if ((Unsigned)%s < (Unsigned)(sizeof(%s_table) / sizeof(void *))) goto *%s_table[%s];'
                 % (x, label, label, x))
        self.out('goto %s_default;' % label)

    def gen_threaded_copy(self, block: Block) -> None:
        """A copy of a threaded switch block at the end of a link to it."""
        saved = (self.live, self.cur_op, self.exc_label, self.block_returns,
                 self.zero_filled_lists, self.wb_done)
        self.out('/* %s */' % self.block_labels[id(block)])
        self.gen_threaded_dispatch(block)
        (self.live, self.cur_op, self.exc_label, self.block_returns,
         self.zero_filled_lists, self.wb_done) = saved

    def link_key(self, link: Link) -> tuple:
        """Links with equal keys generate the same code: the target and the
        C expressions of the arguments."""
        if any(a is EXC_VALUE for a in link.args):
            return (id(link),)
        if link.target.kind:
            return (id(link.target),) + tuple(self.expr(a, self.result_type) if link.target.kind == 'return'
                                              else self.expr(a) for a in link.args)
        return (id(link.target),) + tuple(self.expr(a, v.annotation)
                                          for a, v in zip(link.args, link.target.inputargs))

    def gen_link(self, link: Link, excvalue: str | None = None) -> None:
        target = link.target
        if target.kind == 'return':
            a = link.args[0]
            if self.ts.repr_of(self.result_type).ctype == 'void *' and isinstance(self.result_type, SomeNone):
                self.out('return NULL;')
            else:
                self.out('return %s;' % self.expr(a, self.result_type))
            return
        if target.kind == 'except':
            self.local_raises = True
            a = link.args[0]
            self.out('rpy_exc_value = (void *)%s;' % (excvalue if a is EXC_VALUE else self.expr(a)))
            self.out('goto L_propagate;')
            self.used_propagate = True
            return
        # parallel assignment through temporaries when a target variable is also a source
        sources = set(id(a) for a in link.args if isinstance(a, Variable))
        clash = any(id(v) in sources for v in target.inputargs)
        assigns = []
        for a, v in zip(link.args, target.inputargs):
            if a is EXC_VALUE:
                src = '(%s)%s' % (self.ts.ctype(v.annotation), excvalue)
            else:
                src = self.expr(a, v.annotation)
            if src == self.vname(v):
                continue
            assigns.append((v, src))
        if clash:
            tmps = []
            for v, src in assigns:
                tmp = self.temp(v.annotation)
                self.out('%s = %s;' % (tmp.name, src))
                tmps.append((v, tmp.name))
            assigns = tmps
        for v, src in assigns:
            self.out('%s = %s;' % (self.vname(v), src))
        if id(target) in self.threaded:
            self.gen_threaded_copy(target)
            return
        self.out('goto %s;' % self.block_labels[id(target)])

    # ------------------------------------------------------------ operations

    def gen_op(self, op: SpaceOperation) -> None:
        if isinstance(op.result.annotation, SomeImpossible) and op.opname not in ('call', 'call_method'):
            return
        if isinstance(op.info, tuple) and op.info and op.info[0] in ('method', 'truth') \
                and op.opname != 'call_method':
            return self.gen_dunder(op)
        meth = getattr(self, 'op_' + op.opname, None)
        if meth is None:
            if op.opname.startswith('inplace_'):
                return self.binop(op, op.opname[len('inplace_'):])
            return self.binop(op, op.opname)
        meth(op)

    def res(self, op: SpaceOperation) -> str:
        return self.vname(op.result)

    def assign_result(self, op: SpaceOperation, e: str) -> None:
        self.out('%s = %s;' % (self.res(op), e))

    def op_same_as(self, op: SpaceOperation) -> None:
        self.assign_result(op, self.expr(op.args[0], op.result.annotation))

    op_typehint = op_returnhint = op_checkexc = op_narrow = op_same_as
    # promote(x) is x without the JIT
    op_jit_promote = op_same_as

    def op_jit_marker(self, op: SpaceOperation) -> None:
        # jit_merge_point / can_enter_jit: nothing without the JIT
        self.out('/* %s.%s */' % (op.extra[1].name, op.extra[0]))

    def op_exc_cast(self, op: SpaceOperation) -> None:
        self.assign_result(op, '(%s)%s' % (self.ts.ctype(op.result.annotation), self.expr(op.args[0])))

    def op_exc_match(self, op: SpaceOperation) -> None:
        e = self.expr(op.args[0])
        conds = ['(RPY_TID(%s) >= %d && RPY_TID(%s) <= %d)' % (e, cd.tid, e, cd.tid_max)
                 for cd in op.info]
        self.assign_result(op, ' || '.join(conds))

    def truth(self, v: Any) -> str:
        t = self.t(v)
        e = self.expr(v)
        if isinstance(t, (SomeInt, SomeBool, SomeUInt)):
            return '(%s != 0)' % e
        if isinstance(t, SomeFloat):
            return '(%s != 0.0)' % e
        if isinstance(t, (SomeStr, SomeBytes, SomeList)):
            return '(%s != NULL && %s->length != 0)' % (e, e)
        if isinstance(t, SomeDict):
            return '(%s != NULL && rpy_dict_len(%s) != 0)' % (e, e)
        if isinstance(t, SomeNone):
            return '0'
        return '(%s != NULL)' % e

    def op_bool(self, op: SpaceOperation) -> None:
        self.assign_result(op, self.truth(op.args[0]))

    def op_not_(self, op: SpaceOperation) -> None:
        self.assign_result(op, '!%s' % self.truth(op.args[0]))

    def op_is_(self, op: SpaceOperation, neg: bool = False) -> None:
        a, b = op.args
        ta, tb = self.t(a), self.t(b)
        if self.ts.repr_of(ta).word in ('i', 'f') and self.ts.repr_of(tb).word in ('i', 'f'):
            e = '(%s == %s)' % (self.expr(a), self.expr(b))
        else:
            e = '((void *)%s == (void *)%s)' % (self.expr(a), self.expr(b))
        self.assign_result(op, ('!' if neg else '') + e)

    def op_is_not(self, op: SpaceOperation) -> None:
        self.op_is_(op, neg=True)

    # --- comparisons

    def compare(self, op: SpaceOperation) -> None:
        a, b = op.args
        kind = op.info
        self.assign_result(op, self.compare_expr(op.opname, kind, a, b, op))

    op_lt = op_le = op_eq = op_ne = op_gt = op_ge = compare

    def compare_expr(self, opname: str, kind: Any, a: Any, b: Any, op: SpaceOperation | None) -> str:
        sym = {'lt': '<', 'le': '<=', 'eq': '==', 'ne': '!=', 'gt': '>', 'ge': '>='}[opname]
        if kind == 'int':
            return '(%s %s %s)' % (self.expr(a), sym, self.expr(b))
        if kind == 'uint':
            return '((Unsigned)%s %s (Unsigned)%s)' % (self.expr(a), sym, self.expr(b))
        if kind == 'float':
            return '((double)%s %s (double)%s)' % (self.expr(a), sym, self.expr(b))
        if kind == 'str':
            if opname in ('eq', 'ne'):
                neg = '!' if opname == 'ne' else ''
                for x, y in ((a, b), (b, a)):
                    byte = one_byte_str_const(y)
                    if byte is not None:
                        return '%srpy_str_eq_byte(%s, %d)' % (neg, self.expr(x), byte)
                return '%srpy_str_eq_inl(%s, %s)' % (neg, self.expr(a), self.expr(b))
            return '(rpy_str_cmp(%s, %s) %s 0)' % (self.expr(a), self.expr(b), sym)
        if kind == 'ptr':
            return '((void *)%s %s (void *)%s)' % (self.expr(a), sym, self.expr(b))
        if isinstance(kind, tuple) and kind[0] == 'tuple':
            t = self.t(a)
            wa, wb = self.ts.to_word(t, self.expr(a)), self.ts.to_word(t, self.expr(b, t))
            if opname in ('eq', 'ne'):
                e = '%s(%s, %s)' % (self.db.eq_func(t), wa, wb)
                return e if opname == 'eq' else '!' + e
            lt = self.db.lt_func(kind, t)
            return {'lt': '%s(%s, %s)' % (lt, wa, wb), 'gt': '%s(%s, %s)' % (lt, wb, wa),
                    'le': '!%s(%s, %s)' % (lt, wb, wa), 'ge': '!%s(%s, %s)' % (lt, wa, wb)}[opname]
        if isinstance(kind, tuple) and kind[0] in ('eqmethod', 'listeq'):
            desc = kind[1]
            tmp = self.temp(s_bool)
            args = [self.expr(a, desc.argtypes[0]), self.expr(b, desc.argtypes[1])]
            self.call('%s(%s)' % (self.db.func_names[desc], ', '.join(args)), tmp.name,
                      canraise=True, canmalloc=True, callee=desc)
            return ('!' if opname == 'ne' else '') + tmp.name
        raise AssertionError("compare kind %r" % (kind,))

    # --- arithmetic

    def binop(self, op: SpaceOperation, name: str) -> None:
        if len(op.args) == 1:
            return self.unaryop(op, name)
        info = op.info
        a, b = op.args
        ovf = name.endswith('_ovf')
        base = name[:-4] if ovf else name
        r = self.res(op)
        if isinstance(info, tuple) and info[0] == 'format':
            return self.gen_format(op, info[1], info[2])
        if info in ('int', 'bool'):
            ea, eb = self.expr(a), self.expr(b)
            if ovf:
                fn = {'add': '__builtin_add_overflow', 'sub': '__builtin_sub_overflow',
                      'mul': '__builtin_mul_overflow'}.get(base)
                if fn:
                    self.raise_if('%s(%s, %s, &%s)' % (fn, ea, eb, r), 'RPY_EXC_OverflowError',
                                  'integer overflow')
                else:
                    self.raise_if('rpy_lshift_ovf(%s, %s, &%s)' % (ea, eb, r),
                                  'RPY_EXC_OverflowError', 'integer overflow')
                return
            if base in ('add', 'sub', 'mul', 'and_', 'or_', 'xor'):
                sym = {'add': '+', 'sub': '-', 'mul': '*', 'and_': '&', 'or_': '|', 'xor': '^'}[base]
                self.out('%s = %s %s %s;' % (r, ea, sym, eb))
            elif base == 'lshift':
                self.raise_if('%s < 0' % eb, 'RPY_EXC_ValueError', 'negative shift count')
                self.out('%s = (%s >= 64) ? 0 : (Signed)((Unsigned)%s << %s);' % (r, eb, ea, eb))
            elif base == 'rshift':
                self.raise_if('%s < 0' % eb, 'RPY_EXC_ValueError', 'negative shift count')
                self.out('%s = (%s >= 64) ? (%s < 0 ? -1 : 0) : (%s >> %s);' % (r, eb, ea, ea, eb))
            elif base in ('floordiv', 'mod') and isinstance(b, Constant) and \
                    isinstance(b.value, int) and b.value > 0 and b.value & (b.value - 1) == 0:
                # by a power of two: floor semantics are exactly a shift or a mask
                k = b.value.bit_length() - 1
                if base == 'floordiv':
                    self.out('%s = %s >> %d;' % (r, ea, k))
                else:
                    self.out('%s = %s & %dL;' % (r, ea, b.value - 1))
            elif base == 'floordiv':
                self.raise_if('%s == 0' % eb, 'RPY_EXC_ZeroDivisionError',
                              'integer division or modulo by zero')
                self.out('%s = (%s == -1) ? (Signed)(0UL - (Unsigned)%s) : rpy_int_floordiv(%s, %s);'
                         % (r, eb, ea, ea, eb))
            elif base == 'mod':
                self.raise_if('%s == 0' % eb, 'RPY_EXC_ZeroDivisionError', 'integer modulo by zero')
                self.out('%s = (%s == -1) ? 0 : rpy_int_mod(%s, %s);' % (r, eb, ea, eb))
            else:
                raise AssertionError(base)
            return
        if info == 'int_truediv':
            eb = self.expr(b)
            self.raise_if('%s == 0' % eb, 'RPY_EXC_ZeroDivisionError', 'division by zero')
            self.out('%s = rpy_int_truediv(%s, %s);' % (r, self.expr(a), eb))
            return
        if info == 'int_pow':
            self.call('rpy_int_pow(%s, %s)' % (self.expr(a), self.expr(b)), r, canraise=True,
                      canmalloc=True)
            return
        if info == 'uint':
            ea, eb = '(Unsigned)%s' % self.expr(a), '(Unsigned)%s' % self.expr(b)
            if base in ('add', 'sub', 'mul', 'and_', 'or_', 'xor'):
                sym = {'add': '+', 'sub': '-', 'mul': '*', 'and_': '&', 'or_': '|', 'xor': '^'}[base]
                self.out('%s = %s %s %s;' % (r, ea, sym, eb))
            elif base == 'lshift':
                self.out('%s = (%s >= 64) ? 0 : %s << %s;' % (r, eb, ea, eb))
            elif base == 'rshift':
                self.out('%s = (%s >= 64) ? 0 : %s >> %s;' % (r, eb, ea, eb))
            elif base in ('floordiv', 'mod'):
                self.raise_if('%s == 0' % eb, 'RPY_EXC_ZeroDivisionError',
                              'integer division or modulo by zero')
                self.out('%s = %s %s %s;' % (r, ea, '/' if base == 'floordiv' else '%', eb))
            return
        if info == 'float':
            ea, eb = '(double)%s' % self.expr(a), '(double)%s' % self.expr(b)
            if base in ('add', 'sub', 'mul'):
                sym = {'add': '+', 'sub': '-', 'mul': '*'}[base]
                self.out('%s = %s %s %s;' % (r, ea, sym, eb))
            elif base == 'truediv':
                self.raise_if('%s == 0.0' % eb, 'RPY_EXC_ZeroDivisionError', 'float division by zero')
                self.out('%s = %s / %s;' % (r, ea, eb))
            elif base == 'floordiv':
                self.raise_if('%s == 0.0' % eb, 'RPY_EXC_ZeroDivisionError', 'float floor division by zero')
                self.out('%s = rpy_float_floordiv(%s, %s);' % (r, ea, eb))
            elif base == 'mod':
                self.raise_if('%s == 0.0' % eb, 'RPY_EXC_ZeroDivisionError', 'float modulo')
                self.out('%s = rpy_float_mod(%s, %s);' % (r, ea, eb))
            elif base == 'pow':
                self.call('rpy_float_pow(%s, %s)' % (ea, eb), r, canraise=True, canmalloc=True)
            return
        if info == 'str':
            if base == 'add':
                self.call('rpy_str_concat(%s, %s)' % (self.expr(a), self.expr(b)), r,
                          canraise=True, canmalloc=True)
            else:
                self.call('rpy_str_mul(%s, %s)' % (self.expr(a), self.expr(b)), r,
                          canraise=True, canmalloc=True)
            return
        if info == 'list_inplace':
            ea, eb = self.expr(a), self.expr(b)
            if base == 'add':
                self.call('rpy_list_extend(%s, %s)' % (ea, eb), None, canraise=True, canmalloc=True,
                          keep=[a])
            else:
                tmp = self.temp(self.t(a))
                self.call('rpy_list_mul(%s, %s)' % (ea, eb), tmp.name, canraise=True, canmalloc=True,
                          keep=[a])
                self.call('rpy_list_setslice(%s, 0, 0, 0, 0, %s)' % (self.expr(a), tmp.name), None,
                          canraise=True, canmalloc=True, keep=[a])
            self.out('%s = %s;' % (r, self.expr(a)))
            return
        if info == 'list':
            if base == 'mul' and id(a) in self.zero_filled_lists:
                lt = self.t(a)
                assert isinstance(lt, SomeList)
                gc = int(self.ts.repr_of(lt.item).is_gc)
                eb = self.expr(b)
                n_expr = '%s < 0 ? 0 : %s' % (eb, eb)
                self.call('rpy_list_new(%s, %d)' % (n_expr, gc), r, canraise=True,
                          canmalloc=True, fast=self.list_fast(r, n_expr, gc))
                return
            fn = 'rpy_list_concat' if base == 'add' else 'rpy_list_mul'
            self.call('%s(%s, %s)' % (fn, self.expr(a), self.expr(b)), r, canraise=True, canmalloc=True)
            return
        if info == 'rmul':
            fn = 'rpy_list_mul' if isinstance(self.t(b), SomeList) else 'rpy_str_mul'
            self.call('%s(%s, %s)' % (fn, self.expr(b), self.expr(a)), r, canraise=True, canmalloc=True)
            return
        if info == 'tuple':
            ta, tb = self.t(a), self.t(b)
            rt = op.result.annotation
            items = ['%s->i%d' % (self.expr(a), i) for i in range(len(ta.items))] + \
                    ['%s->i%d' % (self.expr(b), i) for i in range(len(tb.items))]
            self.alloc_tuple(rt, r, [a, b], items)
            return
        raise AssertionError("binop %s %r" % (name, info))

    def unaryop(self, op: SpaceOperation, name: str) -> None:
        info = op.info
        a = self.expr(op.args[0])
        r = self.res(op)
        ovf = name.endswith('_ovf')
        base = name[:-4] if ovf else name
        if ovf:
            self.raise_if('%s == (-9223372036854775807L - 1)' % a, 'RPY_EXC_OverflowError',
                          'integer overflow')
        if base == 'neg':
            self.out('%s = -(%s);' % (r, a) if info != 'uint' else '%s = (Unsigned)0 - %s;' % (r, a))
        elif base == 'pos':
            self.out('%s = %s;' % (r, a))
        elif base == 'invert':
            self.out('%s = ~%s;' % (r, a))
        else:
            raise AssertionError(name)

    # --- allocation

    @staticmethod
    def fixed_fast(result: str, sname: str, tid: int) -> str:
        """The inline fast path of allocating `struct sname` (see call)."""
        return '(%s = (struct %s *)rpy_try_malloc_fixed(%d, sizeof(struct %s))) != NULL' % (
            result, sname, tid, sname)

    @staticmethod
    def list_fast(result: str, n_expr: str, gc: int) -> str:
        return '(%s = rpy_list_try_alloc(%s, %s, %d)) != NULL' % (result, n_expr, n_expr, gc)

    def alloc_tuple(self, t: SomeTuple, result: str, keep: list, items: list[str]) -> None:
        sname = self.db.tuple_struct(t)
        self.call('(struct %s *)rpy_malloc_fixed(%d, sizeof(struct %s))' % (
            sname, self.db.tuple_tid(t), sname), result, canraise=True, canmalloc=True, keep=keep,
            fast=self.fixed_fast(result, sname, self.db.tuple_tid(t)))
        for i, e in enumerate(items):
            self.out('%s->i%d = %s;' % (result, i, e))

    def op_newtuple(self, op: SpaceOperation) -> None:
        t = op.result.annotation
        items = [self.expr(a, it) for a, it in zip(op.args, t.items)]
        self.alloc_tuple(t, self.res(op), list(op.args), items)

    def op_newlist(self, op: SpaceOperation) -> None:
        if id(op.result) in self.zero_filled_lists:
            return      # made by the multiplication (find_zero_filled_lists)
        t = op.result.annotation
        item = t.item
        gc = int(self.ts.repr_of(item).is_gc)
        r = self.res(op)
        n = len(op.args)
        self.call('rpy_list_new(%d, %d)' % (n, gc), r, canraise=True, canmalloc=True,
                  keep=list(op.args), fast=self.list_fast(r, str(n), gc))
        if gc and n:
            self.out('RPY_WB(%s->items);' % r)
        for i, a in enumerate(op.args):
            self.out('%s->items->items[%d] = %s;' % (r, i, self.ts.to_word(item, self.expr(a, item))))

    def op_newdict(self, op: SpaceOperation) -> None:
        t = op.result.annotation
        r = self.res(op)
        self.call('rpy_dict_new(&%s)' % self.db.dictkind(t), r, canraise=True, canmalloc=True,
                  keep=list(op.args))
        kt, vt = t.keytype, t.valuetype
        pairs = list(zip(op.args[::2], op.args[1::2]))
        for i, (k, v) in enumerate(pairs):
            rest = [x for p in pairs[i + 1:] for x in p]
            self.call('rpy_dict_setitem(%s, %s, %s)' % (
                r, self.ts.to_word(kt, self.expr(k, kt)), self.ts.to_word(vt, self.expr(v, vt))),
                None, canraise=True, canmalloc=True, keep=rest + [op.result])

    def op_list_append_comp(self, op: SpaceOperation) -> None:
        l, v = op.args
        item = self.t(l).item
        args = '%s, %s' % (self.expr(l), self.ts.to_word(item, self.expr(v, item)))
        self.call('rpy_list_append(%s)' % args, None, canraise=True, canmalloc=True,
                  fast='rpy_list_try_append(%s)' % args)

    # --- items

    def norm_index(self, idx: str, length: str, msg: str) -> str:
        tmp = self.temp(s_int)
        self.out('%s = %s; if (%s < 0) %s += %s;' % (tmp.name, idx, tmp.name, tmp.name, length))
        self.raise_if('(Unsigned)%s >= (Unsigned)(%s)' % (tmp.name, length), 'RPY_EXC_IndexError', msg)
        return tmp.name

    def op_getitem(self, op: SpaceOperation) -> None:
        c, i = op.args
        kind = op.info
        r = self.res(op)
        ec = self.expr(c)
        if kind == 'list':
            item = self.t(c).item
            idx = self.norm_index(self.expr(i), '%s->length' % ec, 'list index out of range')
            self.out('%s = %s;' % (r, self.ts.from_word(item, '%s->items->items[%s]' % (ec, idx))))
        elif kind == 'str':
            idx = self.norm_index(self.expr(i), '%s->nchars' % ec, 'string index out of range')
            self.call('rpy_str_getitem(%s, %s)' % (ec, idx), r, canraise=True, canmalloc=True)
        elif kind == 'bytes':
            idx = self.norm_index(self.expr(i), '%s->length' % ec, 'index out of range')
            self.out('%s = (unsigned char)%s->data[%s];' % (r, ec, idx))
        elif kind == 'dict':
            t = self.t(c)
            w = self.word_temp()
            key = self.ts.to_word(t.keytype, self.expr(i, t.keytype))
            hint = self.hint_temp()
            self.out('%s = %s;' % (hint, self.dict_hint(ec, key, t.keytype)))
            self.out('if (%s != NULL) %s = *%s;' % (hint, w, hint))
            self.out('else {')
            self.call('rpy_dict_getitem(%s, %s)' % (ec, key),
                      w, canraise=True, canmalloc=True, keyerror=(i, t.keytype))
            self.out('}')
            self.out('%s = %s;' % (r, self.ts.from_word(t.valuetype, w)))
        elif kind == 'tuple':
            n = len(self.t(c).items)
            idx = i.value if i.value >= 0 else i.value + n
            self.out('%s = %s->i%d;' % (r, ec, idx))
        elif kind == 'tuple_var':
            items = self.t(c).items
            idx = self.norm_index(self.expr(i), '%dL' % len(items), 'tuple index out of range')
            self.out('switch (%s) {' % idx)
            for k, it in enumerate(items):
                self.out('case %d: %s = %s; break;' % (
                    k, r, self.convert('%s->i%d' % (ec, k), it, op.result.annotation)))
            self.out('}')
        else:
            raise AssertionError(kind)

    def word_temp(self) -> str:
        self.ntemps += 1
        name = 'w%d' % self.ntemps
        self.decls.append('    rpy_word %s = {0};' % name)
        return name

    def hint_temp(self) -> str:
        self.ntemps += 1
        name = 'h%d' % self.ntemps
        self.decls.append('    rpy_word *%s = NULL;' % name)
        return name

    def dict_hint(self, d: str, key: str, keytype: SomeType) -> str:
        """C expression: the value slot of key if d's lookup hint holds it, else
        NULL (rpy_dict_hint in rpy.h).  Dict operations test it inline before
        their out-of-line call, which then needs no spilling on a hit."""
        str_keys = int(isinstance(keytype, (SomeStr, SomeBytes)))
        return 'rpy_dict_hint(%s, %s, %d)' % (d, key, str_keys)

    def op_setitem(self, op: SpaceOperation) -> None:
        c, i, v = op.args
        ec = self.expr(c)
        if op.info == 'list':
            item = self.t(c).item
            idx = self.norm_index(self.expr(i), '%s->length' % ec, 'list assignment index out of range')
            if self.ts.repr_of(item).is_gc and not _is_null(v):
                self.out('RPY_WB_ITEM(%s->items, %s);' % (ec, idx))
            self.out('%s->items->items[%s] = %s;' % (ec, idx, self.ts.to_word(item, self.expr(v, item))))
        else:
            t = self.t(c)
            key = self.ts.to_word(t.keytype, self.expr(i, t.keytype))
            value = self.ts.to_word(t.valuetype, self.expr(v, t.valuetype))
            # the hint (see dict_hint) replaces an existing key's value inline
            self.out('if (!rpy_dict_hint_set(%s, %s, %s, %d, %d)) {' % (
                ec, key, value, int(isinstance(t.keytype, (SomeStr, SomeBytes))),
                int(self.ts.repr_of(t.valuetype).is_gc and not _is_null(v))))
            self.call('rpy_dict_setitem(%s, %s, %s)' % (ec, key, value), None, canraise=True, canmalloc=True)
            self.out('}')

    def op_delitem(self, op: SpaceOperation) -> None:
        c, i = op.args
        ec = self.expr(c)
        if op.info == 'list':
            idx = self.norm_index(self.expr(i), '%s->length' % ec, 'list assignment index out of range')
            # may collect: the list's array shrinks into a new, smaller one
            self.call('rpy_list_delitem(%s, %s)' % (ec, idx), None, canraise=False,
                      canmalloc=True)
        else:
            t = self.t(c)
            self.call('rpy_dict_delitem(%s, %s)' % (ec, self.ts.to_word(t.keytype, self.expr(i, t.keytype))),
                      None, canraise=True, canmalloc=True, keyerror=(i, t.keytype))

    def slice_parts(self, args: list) -> tuple[str, str, str, str, str]:
        start, stop, step = args
        def one(a: Any, dflt: str) -> tuple[str, str]:
            if isinstance(a, Constant) and a.value is None:
                return dflt, '0'
            if isinstance(self.t(a), SomeNone):
                return dflt, '0'
            return self.expr(a), '1'
        s, hs = one(start, '0')
        e, he = one(stop, '0')
        st, _ = one(step, '1')
        return s, e, st, hs, he

    def op_getslice(self, op: SpaceOperation) -> None:
        c = op.args[0]
        s, e, st, hs, he = self.slice_parts(op.args[1:])
        fn = 'rpy_list_slice' if op.info == 'list' else 'rpy_str_slice'
        self.call('%s(%s, %s, %s, %s, %s, %s)' % (fn, self.expr(c), s, e, st, hs, he), self.res(op),
                  canraise=True, canmalloc=True)

    def op_setslice(self, op: SpaceOperation) -> None:
        if isinstance(op.info, tuple) and op.info[0] == 'direct':
            return self.op_call(op)
        c = op.args[0]
        s, e, st, hs, he = self.slice_parts(op.args[1:4])
        self.call('rpy_list_setslice(%s, %s, %s, %s, %s, %s)' % (
            self.expr(c), s, e, hs, he, self.expr(op.args[4])), None, canraise=True, canmalloc=True)

    def op_delslice(self, op: SpaceOperation) -> None:
        if isinstance(op.info, tuple) and op.info[0] == 'direct':
            return self.op_call(op)
        c = op.args[0]
        s, e, st, hs, he = self.slice_parts(op.args[1:])
        self.call('rpy_list_delslice(%s, %s, %s, %s, %s)' % (self.expr(c), s, e, hs, he), None,
                  canraise=True, canmalloc=True)

    def op_contains(self, op: SpaceOperation) -> None:
        c, x = op.args
        info = op.info
        r = self.res(op)
        if info is None:
            self.out('%s = 0;' % r)
        elif info == 'str':
            self.assign_result(op, 'rpy_str_contains(%s, %s)' % (self.expr(c), self.expr(x)))
        elif info == 'dict':
            t = self.t(c)
            ec, key = self.expr(c), self.ts.to_word(t.keytype, self.expr(x, t.keytype))
            self.assign_result(op, '(%s != NULL || rpy_dict_contains(%s, %s))' % (
                self.dict_hint(ec, key, t.keytype), ec, key))
        elif info[0] == 'list':
            t = self.t(c)
            self.assign_result(op, '(rpy_list_find(%s, %s, %s) >= 0)' % (
                self.expr(c), self.ts.to_word(t.item, self.expr(x, t.item)), self.db.eq_func(t.item)))
        elif info[0] == 'tuple':
            t = self.t(c)
            conds = []
            for i, (item, kind) in enumerate(zip(t.items, info[1])):
                if isinstance(c, Constant):
                    conds.append(self.compare_expr('eq', kind, Constant(c.value[i]), x, None))
                else:
                    tmp = self.temp(item)
                    self.out('%s = %s->i%d;' % (tmp.name, self.expr(c), i))
                    conds.append(self.compare_expr('eq', kind, _TempVar(tmp, item), x, None))
            self.assign_result(op, ' || '.join(conds) or '0')
        else:
            raise AssertionError(info)

    def op_unpack(self, op: SpaceOperation) -> None:
        v, i, n = op.args
        parts = self.virtual_tuples.get(id(v))
        if parts is not None:
            self.assign_result(op, parts[i.value])
            return
        if op.info == 'tuple':
            self.assign_result(op, '%s->i%d' % (self.expr(v), i.value))
            return
        ev = self.expr(v)
        if i.value == 0:
            self.raise_if('%s->length < %d' % (ev, n.value), 'RPY_EXC_ValueError',
                          'not enough values to unpack (expected %d)' % n.value)
            self.raise_if('%s->length > %d' % (ev, n.value), 'RPY_EXC_ValueError',
                          'too many values to unpack (expected %d)' % n.value)
        item = self.t(v).item
        self.assign_result(op, self.ts.from_word(item, '%s->items->items[%d]' % (ev, i.value)))

    # --- iteration

    def iter_init(self, it: str, it_t: SomeIter, src: str, src_t: SomeType) -> None:
        """Statements that make iterator `it` (an lvalue) start over `src`."""
        kind = it_t.kind
        if kind == 'range':
            self.out('%s.cur = %s.start; %s.stop = %s.stop; %s.step = %s.step;' % (it, src, it, src, it, src))
        elif kind == 'reversedrange':
            # the last value of the range, going backwards
            self.out('{ Signed n = rpy_range_len(%s.start, %s.stop, %s.step);' % (src, src, src))
            self.out('  %s.cur = %s.start + (n - 1) * %s.step; %s.step = -%s.step;' % (it, src, src, it, src))
            self.out('  %s.stop = %s.cur + n * %s.step; }' % (it, it, it))
        elif kind in ('list', 'str', 'bytes'):
            self.out('%s.seq = %s; %s.index = 0;' % (it, src, it))
        elif kind == 'tuple':
            # iterating over a tuple goes through a list of its items
            n = len(src_t.items)  # type: ignore[attr-defined]
            tup = self.temp(src_t)
            self.out('%s = %s;' % (tup.name, src))
            lst = self.temp(SomeList(None))  # type: ignore[arg-type]
            self.call('rpy_list_new(%d, %d)' % (n, int(self.ts.repr_of(it_t.item).is_gc)), lst.name,
                      canraise=True, canmalloc=True, keep=[tup])
            for i, x in enumerate(src_t.items):  # type: ignore[attr-defined]
                self.out('RPY_WB(%s->items); %s->items->items[%d] = %s;' % (
                    lst.name, lst.name, i, self.ts.to_word(it_t.item, self.convert('%s->i%d' % (tup.name, i), x, it_t.item))))
            self.out('%s.seq = %s; %s.index = 0;' % (it, lst.name, it))
        elif kind in ('reversed', 'reversedstr'):
            seq = src + '.seq' if isinstance(src_t, SomeIterable) else src
            self.out('%s.seq = %s; %s.index = %s->%s - 1;' % (
                it, seq, it, seq, 'nchars' if kind == 'reversedstr' else 'length'))
        elif kind in ('dictkeys', 'dictvalues', 'dictitems'):
            seq = src + '.seq' if isinstance(src_t, SomeIterable) else src
            self.out('%s.seq = %s; %s.index = 0; %s.next = -1;' % (it, seq, it, it))
        elif kind == 'enumerate':
            inner = it_t.parts[0]
            self.iter_init(it + '.inner', inner, src + '.seq', src_t.source)  # type: ignore[attr-defined]
            self.out('%s.count = %s.start;' % (it, src))
        elif kind == 'zip':
            for i, inner in enumerate(it_t.parts):
                self.iter_init('%s.p%d' % (it, i), inner, '%s.p%d' % (src, i), src_t.parts[i])  # type: ignore[attr-defined]
        else:
            raise AssertionError(kind)

    def op_iter(self, op: SpaceOperation) -> None:
        self.iter_init(self.res(op), op.result.annotation, self.expr(op.args[0]), self.t(op.args[0]))

    def iter_has(self, it: str, t: SomeIter) -> str:
        kind = t.kind
        if kind in ('range', 'reversedrange'):
            return '(%s.step > 0 ? %s.cur < %s.stop : %s.cur > %s.stop)' % (it, it, it, it, it)
        if kind in ('list', 'bytes', 'tuple'):
            return '(%s.index < %s.seq->length)' % (it, it)
        if kind == 'str':
            return '(%s.index < %s.seq->nchars)' % (it, it)
        if kind == 'reversed':
            return '(%s.index >= 0 && %s.index < %s.seq->length)' % (it, it, it)
        if kind == 'reversedstr':
            return '(%s.index >= 0)' % it
        if kind in ('dictkeys', 'dictvalues', 'dictitems'):
            return '((%s.next = rpy_dict_next(%s.seq, %s.index)) >= 0)' % (it, it, it)
        if kind == 'enumerate':
            return self.iter_has(it + '.inner', t.parts[0])
        if kind == 'zip':
            return '(%s)' % ' && '.join(self.iter_has('%s.p%d' % (it, i), p) for i, p in enumerate(t.parts))
        raise AssertionError(kind)

    def op_iter_has(self, op: SpaceOperation) -> None:
        self.assign_result(op, self.iter_has(self.expr(op.args[0]), self.t(op.args[0])))

    def iter_next(self, it: str, t: SomeIter, result: str, keep: list) -> None:
        kind = t.kind
        if kind in ('range', 'reversedrange'):
            self.out('%s = %s.cur; %s.cur += %s.step;' % (result, it, it, it))
        elif kind in ('list', 'tuple'):
            self.out('%s = %s; %s.index++;' % (result, self.ts.from_word(t.item, '%s.seq->items->items[%s.index]' % (it, it)), it))
        elif kind == 'reversed':
            self.out('%s = %s; %s.index--;' % (result, self.ts.from_word(t.item, '%s.seq->items->items[%s.index]' % (it, it)), it))
        elif kind == 'bytes':
            self.out('%s = (unsigned char)%s.seq->data[%s.index]; %s.index++;' % (result, it, it, it))
        elif kind in ('str', 'reversedstr'):
            self.call('rpy_str_getitem(%s.seq, %s.index)' % (it, it), result, canraise=True,
                      canmalloc=True, keep=keep)
            self.out('%s.index%s;' % (it, '++' if kind == 'str' else '--'))
        elif kind == 'dictkeys':
            self.out('%s = %s; %s.index = %s.next + 1;' % (
                result, self.ts.from_word(t.item, 'rpy_dict_key_at(%s.seq, %s.next)' % (it, it)), it, it))
        elif kind == 'dictvalues':
            self.out('%s = %s; %s.index = %s.next + 1;' % (
                result, self.ts.from_word(t.item, 'rpy_dict_value_at(%s.seq, %s.next)' % (it, it)), it, it))
        elif kind == 'dictitems':
            kt, vt = t.item.items  # type: ignore[attr-defined]
            k = '%s' % self.ts.from_word(kt, 'rpy_dict_key_at(%s.seq, %s.next)' % (it, it))
            v = '%s' % self.ts.from_word(vt, 'rpy_dict_value_at(%s.seq, %s.next)' % (it, it))
            self.out('%s.index = %s.next + 1;' % (it, it))
            # read key and value after the allocation: the dict may have moved
            self.alloc_tuple(t.item, result, keep, [])  # type: ignore[arg-type]
            self.out('%s->i0 = %s; %s->i1 = %s;' % (result, k.replace('.next)', '.index - 1)'), result,
                                                     v.replace('.next)', '.index - 1)')))
        elif kind == 'enumerate':
            inner = t.parts[0]
            tmp = self.temp(inner.item)
            self.iter_next(it + '.inner', inner, tmp.name, keep)
            self.alloc_tuple(t.item, result, keep + [tmp], ['%s.count' % it, tmp.name])  # type: ignore[arg-type]
            self.out('%s.count++;' % it)
        elif kind == 'zip':
            tmps = []
            for i, inner in enumerate(t.parts):
                tmp = self.temp(inner.item)
                self.iter_next('%s.p%d' % (it, i), inner, tmp.name, keep + tmps)
                tmps.append(tmp)
            self.alloc_tuple(t.item, result, keep + tmps, [x.name for x in tmps])  # type: ignore[arg-type]
        else:
            raise AssertionError(kind)

    def op_iter_next(self, op: SpaceOperation) -> None:
        it = op.args[0]
        if id(op.result) in self.virtual_tuples:
            self.virtual_tuples[id(op.result)] = self.iter_next_parts(
                self.expr(it), self.t(it), [it])
            return
        self.iter_next(self.expr(it), self.t(it), self.res(op), [it])

    def iter_next_parts(self, it: str, t: SomeIter, keep: list) -> list[str]:
        """The items of the tuple the next step would build, in temporaries."""
        if t.kind == 'dictitems':
            kt, vt = t.item.items  # type: ignore[attr-defined]
            k, v = self.temp(kt), self.temp(vt)
            self.out('%s = %s; %s = %s; %s.index = %s.next + 1;' % (
                k.name, self.ts.from_word(kt, 'rpy_dict_key_at(%s.seq, %s.next)' % (it, it)),
                v.name, self.ts.from_word(vt, 'rpy_dict_value_at(%s.seq, %s.next)' % (it, it)),
                it, it))
            return [k.name, v.name]
        if t.kind == 'enumerate':
            inner = t.parts[0]
            c, x = self.temp(s_int), self.temp(inner.item)
            self.iter_next(it + '.inner', inner, x.name, keep)
            self.out('%s = %s.count; %s.count++;' % (c.name, it, it))
            return [c.name, x.name]
        tmps: list[Temp] = []
        for i, inner in enumerate(t.parts):
            tmp = self.temp(inner.item)
            self.iter_next('%s.p%d' % (it, i), inner, tmp.name, keep + tmps)
            tmps.append(tmp)
        return [x.name for x in tmps]

    def find_virtual_tuples(self, block: Block) -> None:
        """`for k, v in d.items()` (and enumerate, zip): when the tuple of a
        step is only unpacked right away, its items stay in temporaries and no
        tuple is allocated (a local malloc removal)."""
        ops = block.operations
        used_in_links = set(id(a) for link in block.exits for a in link.args)
        for i, op in enumerate(ops):
            if op.opname != 'iter_next' or not isinstance(self.t(op.args[0]), SomeIter) or \
                    self.t(op.args[0]).kind not in ('dictitems', 'enumerate', 'zip'):
                continue
            v = op.result
            if id(v) in used_in_links or block.exitswitch is v:
                continue
            uses = [(j, o) for j, o in enumerate(ops) if any(a is v for a in o.args)]
            if not uses or any(o.opname != 'unpack' for _, o in uses):
                continue
            last = max(j for j, _ in uses)
            if all(o.opname in ('unpack', 'same_as') for o in ops[i + 1:last + 1]):
                self.virtual_tuples[id(v)] = None

    def find_zero_filled_lists(self, block: Block) -> None:
        """`[C] * n` with C None, 0, 0.0 or False: when the one-item list
        only feeds the multiplication, the product is made directly as a
        list of n zero words (new lists are zero-filled) and the one-item
        list is never allocated."""
        self.zero_filled_lists = set()
        ops = block.operations
        uses: dict[int, int] = {}
        for o in ops:
            for a in o.args:
                uses[id(a)] = uses.get(id(a), 0) + 1
        for link in block.exits:
            for a in link.args:
                uses[id(a)] = uses.get(id(a), 0) + 1
        if block.exitswitch is not None:
            uses[id(block.exitswitch)] = uses.get(id(block.exitswitch), 0) + 1
        zero_items = set()
        for o in ops:
            if o.opname == 'newlist' and len(o.args) == 1 and isinstance(o.args[0], Constant) \
                    and _is_zero_word(o.args[0].value):
                zero_items.add(id(o.result))
        for o in ops:
            if o.opname == 'mul' and o.info == 'list' and id(o.args[0]) in zero_items \
                    and uses.get(id(o.args[0]), 0) == 1:
                self.zero_filled_lists.add(id(o.args[0]))

    # --- attributes

    def null_check(self, e: str, t: SomeType, what: str) -> None:
        if t.nullable:
            self.out('if (%s == NULL) rpy_fatal_none(%s);' % (e, c_string_literal(
                ('%s:%d: %s' % (self.graph.filename, self.cur_op.lineno, what)).encode())))

    def op_getattr(self, op: SpaceOperation) -> None:
        info = op.info
        if info[0] == 'classconst':
            cd, name, value, t = info[1], info[2], info[3], info[4]
            overrides = []
            for sub in cd.all_subdefs():
                found = sub.lookup(name)
                v = found[1] if found is not None else value
                vt = self.ann.constant_type(v)
                from rpy.annotate.model import union
                if union(t, vt) != t:
                    from rpy.errors import RPyError
                    raise RPyError("class constant '%s' of class '%s' is %s, but code reading it "
                                   "through '%s' expects %s" % (name, sub.name, vt.name(), cd.name,
                                                               t.name()),
                                   self.graph.filename, op.lineno)
                overrides.append((sub, v))
            if all(v is value for _, v in overrides):
                self.assign_result(op, self.db.const(value, op.result.annotation))
                return
            table = self.db.classconst_table(cd, name, overrides, t)
            e = self.expr(op.args[0])
            self.null_check(e, self.t(op.args[0]), "'NoneType' object has no attribute '%s'" % name)
            self.assign_result(op, '%s[RPY_TID(%s) - %d]' % (table, e, cd.tid))
            return
        _, owner, name = info
        e = self.expr(op.args[0])
        self.null_check(e, self.t(op.args[0]), "'NoneType' object has no attribute '%s'" % name)
        self.assign_result(op, self.db.field_access(e, owner, name))

    def op_setattr(self, op: SpaceOperation) -> None:
        _, owner, name = op.info
        obj, _, v = op.args
        e = self.expr(obj)
        self.null_check(e, self.t(obj), "'NoneType' object has no attribute '%s'" % name)
        ft = owner.fields[name]
        if self.ts.repr_of(ft).is_gc and not _is_null(v):
            self.write_barrier(e)
        self.out('%s = %s;' % (self.db.field_access(e, owner, name), self.expr(v, ft)))

    # --- strings

    def str_of(self, v: Any, t: SomeType, result: str, keep: list, use_repr: bool = False) -> None:
        """Emit code putting str(v) (or repr(v)) into `result`."""
        e = v if isinstance(v, str) else self.expr(v)
        if isinstance(t, SomeStr):
            if use_repr and t.nullable:
                # repr(None) is 'None' (the runtime's repr would read NULL)
                self.out('if (%s == NULL) %s = %s; else {' % (e, result, self.db.const('None', SomeStr())))
                self.call('rpy_str_repr(%s)' % e, result, canraise=True, canmalloc=True, keep=keep)
                self.out('}')
            elif use_repr:
                self.call('rpy_str_repr(%s)' % e, result, canraise=True, canmalloc=True, keep=keep)
            elif t.nullable:
                self.out('%s = %s ? %s : %s;' % (result, e, e, self.db.const('None', SomeStr())))
            else:
                self.out('%s = %s;' % (result, e))
        elif isinstance(t, (SomeInt,)):
            self.call('rpy_str_from_int(%s)' % e, result, canraise=True, canmalloc=True, keep=keep)
        elif isinstance(t, SomeBool):
            self.call('rpy_str_from_bool(%s)' % e, result, canraise=True, canmalloc=True, keep=keep)
        elif isinstance(t, SomeUInt):
            self.call('rpy_str_from_uint(%s)' % e, result, canraise=True, canmalloc=True, keep=keep)
        elif isinstance(t, SomeFloat):
            self.call('rpy_str_from_float(%s)' % e, result, canraise=True, canmalloc=True, keep=keep)
        elif isinstance(t, SomeNone):
            self.out('%s = %s;' % (result, self.db.const('None', SomeStr())))
        elif isinstance(t, SomeBytes):
            if t.nullable:
                self.out('if (%s == NULL) %s = %s; else {' % (e, result, self.db.const('None', SomeStr())))
            self.call('rpy_bytes_repr(%s)' % e, result, canraise=True, canmalloc=True, keep=keep)
            if t.nullable:
                self.out('}')
        elif isinstance(t, SomeInstance):
            desc = self.ann.str_method(t.classdef, '__repr__' if use_repr else '__str__')
            if t.nullable:
                self.out('if (%s == NULL) %s = %s; else {' % (e, result, self.db.const('None', SomeStr())))
            if desc is not None:
                self.call_method_dispatch(t.classdef, desc.func.__name__, desc, [e], result, keep)
            elif t.classdef.issubclass(self.ann.getclassdef(Exception)) and not use_repr:
                msg = self.db.field_access(e, self.ann.getclassdef(Exception), '__msg')
                self.out('%s = %s ? %s : %s;' % (result, msg, msg, self.db.const('', SomeStr())))
            else:
                self.out('%s = %s;' % (result, self.db.const('<%s object>' % t.classdef.name, SomeStr())))
            if t.nullable:
                self.out('}')
        elif isinstance(t, SomeList) and t.item is None:
            # no item was ever stored (else its type would be known): empty
            self.out('%s = %s;' % (result, self.db.const('[]', SomeStr())))
        elif isinstance(t, SomeDict) and (t.keytype is None or t.valuetype is None):
            self.out('%s = %s;' % (result, self.db.const('{}', SomeStr())))
        elif isinstance(t, (SomeList, SomeDict)):
            helper = llhelpers.ll_list_repr if isinstance(t, SomeList) else llhelpers.ll_dict_repr
            desc = self.ann.get_desc(helper, None, [t])
            self.call('%s(%s)' % (self.db.func_names[desc], e), result, canraise=True, canmalloc=True,
                      keep=keep, callee=desc)
        elif isinstance(t, SomeTuple):
            # '(' + repr(i0) + ', ' + ... + ')'
            n = len(t.items)
            lst = self.temp(SomeList(None))  # type: ignore[arg-type]
            src = self.temp(t)
            self.out('%s = %s;' % (src.name, e))
            self.call('rpy_list_new_cap(%d, 1)' % (2 * n + 1), lst.name, canraise=True, canmalloc=True,
                      keep=keep + [src])
            piece = self.temp(SomeStr())
            for i, it in enumerate(t.items):
                sep = '(' if i == 0 else ', '
                self.call('rpy_list_append(%s, %s)' % (lst.name, self.ts.to_word(SomeStr(), self.db.const(sep, SomeStr()))),
                          None, canraise=True, canmalloc=True, keep=keep + [src, lst])
                self.str_of('%s->i%d' % (src.name, i), it, piece.name, keep + [src, lst], use_repr=True)
                self.call('rpy_list_append(%s, (rpy_word){.p = %s})' % (lst.name, piece.name),
                          None, canraise=True, canmalloc=True, keep=keep + [src, lst])
            close = ',)' if n == 1 else ')'
            self.call('rpy_list_append(%s, %s)' % (lst.name, self.ts.to_word(SomeStr(), self.db.const(close, SomeStr()))),
                      None, canraise=True, canmalloc=True, keep=keep + [lst])
            self.call('rpy_str_concat_list(%s)' % lst.name, result, canraise=True, canmalloc=True, keep=keep)
        else:
            self.out('%s = %s;' % (result, self.db.const('<%s>' % t.name(), SomeStr())))

    def gen_concat(self, pieces: list[tuple[Any, SomeType, Any]], result: str) -> None:
        """result = concatenation of pieces; each piece (value, type, Conv or None or 'r')."""
        from rpy.rtype.strformat import Conv
        if len(pieces) == 1 and pieces[0][2] is None and isinstance(pieces[0][1], SomeStr) \
                and not pieces[0][1].nullable:
            self.out('%s = %s;' % (result, self.expr(pieces[0][0])))
            return
        lst = self.temp(SomeList(None))  # type: ignore[arg-type]
        values = [p[0] for p in pieces if isinstance(p[0], Variable)]
        self.call('rpy_list_new_cap(%d, 1)' % len(pieces), lst.name, canraise=True, canmalloc=True,
                  keep=values)
        piece = self.temp(SomeStr())
        for i, (v, t, conv) in enumerate(pieces):
            keep = [lst] + [p[0] for p in pieces[i + 1:] if isinstance(p[0], Variable)]
            self.format_one(v, t, conv, piece.name, keep)
            self.call('rpy_list_append(%s, (rpy_word){.p = %s})' % (lst.name, piece.name), None,
                      canraise=True, canmalloc=True, keep=keep)
        self.call('rpy_str_concat_list(%s)' % lst.name, result, canraise=True, canmalloc=True)

    def format_one(self, v: Any, t: SomeType, conv: Any, result: str, keep: list) -> None:
        from rpy.rtype.strformat import Conv
        if conv is None or conv == 's':
            self.str_of(v, t, result, keep)
            return
        if conv == 'r':
            self.str_of(v, t, result, keep, use_repr=True)
            return
        assert isinstance(conv, Conv)
        c = conv.conv
        e = self.expr(v)
        if (c != '' and c in 'diuxXo') or (c == '' and isinstance(t, (SomeInt, SomeBool))):
            cc = 'd' if c in ('', 'i', 'u') else c
            self.call("rpy_fmt_int(%s, '%s', %d, %d, %d)" % (e, cc, conv.flags, conv.width, conv.prec),
                      result, canraise=True, canmalloc=True, keep=keep)
        elif (c != '' and c in 'fFeEgG') or (c == '' and isinstance(t, SomeFloat)):
            if c == '':
                # format(x, '.3') on a float behaves like 'g' but keeps repr for no precision
                if conv.prec < 0:
                    self.str_of(v, t, result, keep)
                    if conv.width:
                        self.call('rpy_fmt_str(%s, %d, %d, -1)' % (result, conv.flags, conv.width),
                                  result, canraise=True, canmalloc=True, keep=keep)
                    return
                c = 'g'
            self.call("rpy_fmt_float(%s, '%s', %d, %d, %d)" % (e, c, conv.flags, conv.width, conv.prec),
                      result, canraise=True, canmalloc=True, keep=keep)
        else:
            self.str_of(v, t, result, keep, use_repr=(c == 'r'))
            if conv.width or conv.prec >= 0:
                self.call('rpy_fmt_str(%s, %d, %d, %d)' % (result, conv.flags, conv.width, conv.prec),
                          result, canraise=True, canmalloc=True, keep=keep)

    def gen_format(self, op: SpaceOperation, specs: list, values: list[SomeType]) -> None:
        fmt, arg = op.args
        targ = self.t(arg)
        if isinstance(targ, SomeTuple):
            # the values are the fields of the tuple
            src = self.temp(targ)
            self.out('%s = %s;' % (src.name, self.expr(arg)))
            vals: list[Any] = [_TempField(src, i, it) for i, it in enumerate(targ.items)]
        else:
            vals = [arg]
        pieces = []
        vi = 0
        for s in specs:
            if isinstance(s, str):
                pieces.append((Constant(s), SomeStr(), None))
            else:
                v = vals[vi]
                t = values[vi]
                vi += 1
                pieces.append((v, t, s if s.conv not in ('s', 'r') or s.width or s.prec >= 0 else s.conv))
        keep_src = [src] if isinstance(targ, SomeTuple) else []
        self.gen_concat_keep(pieces, self.res(op), keep_src)

    def gen_concat_keep(self, pieces: list, result: str, extra_keep: list) -> None:
        lst = self.temp(SomeList(None))  # type: ignore[arg-type]
        values = [p[0] for p in pieces if isinstance(p[0], Variable)]
        self.call('rpy_list_new_cap(%d, 1)' % len(pieces), lst.name, canraise=True, canmalloc=True,
                  keep=values + extra_keep)
        piece = self.temp(SomeStr())
        for i, (v, t, conv) in enumerate(pieces):
            keep = [lst] + extra_keep + [p[0] for p in pieces[i + 1:] if isinstance(p[0], Variable)]
            self.format_one(v, t, conv, piece.name, keep)
            self.call('rpy_list_append(%s, (rpy_word){.p = %s})' % (lst.name, piece.name), None,
                      canraise=True, canmalloc=True, keep=keep)
        self.call('rpy_str_concat_list(%s)' % lst.name, result, canraise=True, canmalloc=True)

    def op_format_value(self, op: SpaceOperation) -> None:
        from rpy.rtype.strformat import parse_spec
        v, spec, conv = op.args
        t = self.t(v)
        if spec.value:
            c = parse_spec(spec.value, t)
            if c.needs_padding_helper:
                from rpy.annotate.annotator import PAD_HELPERS
                width = c.width
                c.width = 0
                c.flags &= ~1
                desc = self.ann.get_desc(PAD_HELPERS[c.align](), None)
                self.format_one(v, t, c, self.res(op), [])
                self.call('%s(%s, %d, %s)' % (self.db.func_names[desc], self.res(op), width,
                                              self.db.const(c.fill, SomeStr())),
                          self.res(op), canraise=True, canmalloc=True)
                return
            if isinstance(t, (SomeStr, SomeInstance)) and not (c.flags & 1) and c.align != '>':
                c.flags |= 1      # strings align left by default
            self.format_one(v, t, c, self.res(op), [])
        else:
            self.str_of(v, t, self.res(op), [], use_repr=(conv.value == 'r'))

    def op_str_concat_n(self, op: SpaceOperation) -> None:
        pieces = [(a, self.t(a), None) for a in op.args]
        if not pieces:
            self.assign_result(op, self.db.const('', SomeStr()))
            return
        self.gen_concat(pieces, self.res(op))

    # --- calls

    def call_args(self, desc: Any, args: list) -> list[str]:
        return [self.expr(a, t) for a, t in zip(args, desc.argtypes)]

    def op_call(self, op: SpaceOperation) -> None:
        info = op.info
        kind = info[0]
        r = self.res(op) if not isinstance(op.result.annotation, (SomeNone, SomeImpossible)) else None
        if kind == 'direct':
            desc, args = info[1], info[2]
            self.call('%s(%s)' % (self.db.func_names[desc], ', '.join(self.call_args(desc, args))),
                      r, canraise=True, canmalloc=True, callee=desc)
        elif kind == 'indirect':
            ft = info[1]
            args = [self.expr(a, t) for a, t in zip(op.args[1:], ft.args)]
            self.call('%s(%s)' % (self.expr(op.args[0]), ', '.join(args)), r, canraise=True, canmalloc=True)
        elif kind == 'new':
            self.gen_new(op, info[1], info[2], info[3])
        elif kind == 'external':
            ext = info[1]
            args = [self.external_arg(a, t) for a, t in zip(op.args[1:], ext.args)]
            for cond, kind, msg in ext.checks:
                self.raise_if(cond.format(*args), kind, msg)
            if ext.c.isidentifier():
                e = '%s(%s)' % (ext.c, ', '.join(args))
            else:
                e = ext.c.format(*args)
            self.call(e, r, canraise=ext.canraise, canmalloc=ext.canmalloc)
        elif kind == 'exc_init':
            cd, args = info[1], info[2]
            selfe = self.expr(args[0])
            msg = self.expr(args[1]) if len(args) > 1 else 'NULL'
            st = self.t(args[0])
            if len(args) > 1 and isinstance(st, SomeInstance) and \
                    st.classdef.issubclass(self.ann.getclassdef(KeyError)):
                tmp = self.temp(SomeStr())
                self.str_of(args[1], self.t(args[1]), tmp.name, [args[0]], use_repr=True)
                msg = tmp.name
            self.write_barrier(selfe)
            self.out('%s = %s;' % (self.db.field_access(selfe, cd, '__msg'), msg))
        elif kind == 'noop':
            pass
        elif kind == 'builtin':
            from rpy.c import builtins_c
            builtins_c.gen_builtin(self, op, info)
        else:
            raise AssertionError("call %r" % (info,))

    def external_arg(self, a: Any, t: Any) -> str:
        if isinstance(a, Constant) and isinstance(a.value, rgc.FinalizerQueue):
            return str(externals.finalizer_queue_index(self.ann, a.value))
        return self.expr(a, t) if t is not None else self.expr(a)

    def gen_new(self, op: SpaceOperation, cd: ClassDef, initdesc: Any, args: list) -> None:
        r = self.res(op)
        sname = self.db.class_struct(cd)
        self.call('(struct %s *)rpy_malloc_fixed(%d, sizeof(struct %s))' % (sname, cd.tid, sname),
                  r, canraise=True, canmalloc=True, keep=list(args),
                  fast=self.fixed_fast(r, sname, cd.tid))
        if initdesc is not None:
            cargs = [r] + [self.expr(a, t) for a, t in zip(args, initdesc.argtypes[1:])]
            cargs[0] = '(%s)%s' % (self.ts.ctype(initdesc.argtypes[0]), r)
            self.call('%s(%s)' % (self.db.func_names[initdesc], ', '.join(cargs)), None, canraise=True,
                      canmalloc=True, keep=[op.result], callee=initdesc)
        elif args:
            exc = self.ann.getclassdef(Exception)
            msg = self.expr(args[0])
            if cd.issubclass(self.ann.getclassdef(KeyError)):
                tmp = self.temp(SomeStr())
                self.str_of(args[0], self.t(args[0]), tmp.name, [op.result], use_repr=True)
                msg = tmp.name
            self.write_barrier(r)
            self.out('%s = %s;' % (self.db.field_access(r, exc, '__msg'), msg))

    def op_call_method(self, op: SpaceOperation) -> None:
        info = op.info
        r = self.res(op) if not isinstance(op.result.annotation, (SomeNone, SomeImpossible)) else None
        if info is None:
            raise AssertionError("call_method %r at %s:%d was not resolved by the annotator (%r)" % (
                op.args[1], self.graph.filename, op.lineno, op.result.annotation))
        kind = info[0]
        if kind == 'method':
            cd, name, desc, args = info[1], info[2], info[3], info[4]
            selfe = self.expr(args[0])
            self.null_check(selfe, self.t(args[0]), "'NoneType' object has no attribute '%s'" % name)
            cargs = self.call_args(desc, args)
            self.call_method_dispatch(cd, name, desc, cargs, r, [])
        elif kind == 'direct':
            desc, args = info[1], info[2]
            self.call('%s(%s)' % (self.db.func_names[desc], ', '.join(self.call_args(desc, args))),
                      r, canraise=True, canmalloc=True, callee=desc)
        elif kind == 'fieldcall':
            owner, name, ft = info[1], info[2], info[3]
            obj = self.expr(op.args[0])
            args = [self.expr(a, t) for a, t in zip(op.args[2:], ft.args)]
            self.call('(%s)(%s)' % (self.db.field_access(obj, owner, name), ', '.join(args)), r,
                      canraise=True, canmalloc=True)
        elif kind == 'bmethod':
            from rpy.c import builtins_c
            builtins_c.gen_method(self, op, info)
        elif kind == 'builtin':
            from rpy.c import builtins_c
            builtins_c.gen_builtin(self, op, info)
        else:
            raise AssertionError(info)

    def gen_dunder(self, op: SpaceOperation) -> None:
        """An operator, len(), `in` or a truth test on an instance: its __dunder__ method."""
        kind, cd, name, desc, args = op.info
        selfe = self.expr(args[0])
        self.null_check(selfe, self.t(args[0]), "'NoneType' object has no attribute '%s'" % name)
        cargs = self.call_args(desc, args)
        res_t = desc.result
        if kind == 'truth':
            tmp = self.temp(res_t)
            self.call_method_dispatch(cd, name, desc, cargs, tmp.name, [])
            self.assign_result(op, '(%s != 0)' % tmp.name)
            return
        r = self.res(op) if not isinstance(op.result.annotation, (SomeNone, SomeImpossible)) else None
        self.call_method_dispatch(cd, name, desc, cargs, r, [])

    def call_method_dispatch(self, cd: ClassDef, name: str, desc: Any, cargs: list[str],
                             result: str | None, keep: list) -> None:
        """Call method `name` on cargs[0] (static type cd): direct, or through a vtable."""
        vt = self.db.vtable(cd, name, desc) if hasattr(self.db, 'vtable') else None
        if vt is None:
            self.call('%s(%s)' % (self.db.func_names[desc], ', '.join(cargs)), result, canraise=True,
                      canmalloc=True, keep=keep, callee=desc)
            return
        table, fptype = vt
        self.call('((%s)%s[RPY_TID(%s) - %d])(%s)' % (fptype, table, cargs[0], cd.tid, ', '.join(cargs)),
                  result, canraise=True, canmalloc=True, keep=keep)


class _TempVar:
    """Lets a Temp be used where compare_expr expects a Variable or Constant."""

    def __init__(self, tmp: Temp, t: SomeType) -> None:
        self.tmp = tmp
        self.annotation = t


class _TempField:
    def __init__(self, tmp: Temp, index: int, t: SomeType) -> None:
        self.tmp = tmp
        self.index = index
        self.annotation = t


class _Raw:
    """An already-computed C expression usable as an operand."""

    def __init__(self, e: str, t: SomeType) -> None:
        self.e = e
        self.annotation = t


def _is_zero_word(value: Any) -> bool:
    """A constant whose representation as a list item is the zero word."""
    if value is None or value is False:
        return True
    if type(value) is int:
        return value == 0
    if type(value) is float:
        return value == 0.0 and math.copysign(1.0, value) > 0
    return False


def _is_null(v: Any) -> bool:
    """Storing None needs no write barrier: it creates no old-to-young
    pointer."""
    return isinstance(v, Constant) and v.value is None


def one_byte_str_const(v: Any) -> int | None:
    """The byte of a constant str or bytes of one byte (one ASCII
    character), else None."""
    if not isinstance(v, Constant):
        return None
    x = v.value
    if isinstance(x, str):
        data = x.encode('utf-8', 'surrogatepass')
    elif isinstance(x, bytes):
        data = x
    else:
        return None
    return data[0] if len(data) == 1 else None
