"""Lowering of list, str and dict operations (and a few builtins) to
low-level jitcode instructions: what the translated JIT can execute.

A list is an `rpy_list` {length, items}, so (descrs of gcdescrs.py)
    len(l)       -> getfield(l, rpy_list.length)
    l[i]         -> n = getfield(l, length); i < 0: i += n; uint_lt(i, n)
                    or raise IndexError; items = getfield(l, items);
                    getarrayitem(items, i)
    l[i] = v     -> the same checks, then setarrayitem(items, i, v)
A list declared `name[*]` in `_immutable_fields_` is read with the pure
descrs: on a constant list (green code) every read folds while tracing.
What needs the C runtime's code is a `residual_call` of a wrapper of
runtimecalls.py (append, pop, making, concatenating, repeating lists;
string concatenation, comparison, indexing, formatting; dict operations;
raising the IndexError/ZeroDivisionError of a failed check).  A failed
check jumps to an out-of-line stub at the end of the jitcode: the call of
the raising function (with the handler of the original operation, if any)
then `unreachable`.

`len(s)` of a str reads its `nchars` (immutable).  `'%s...%d' % args` with
only %s of strs and %d/%s of ints becomes a chain of str_concat calls
(elidable: folded on constants); its argument tuple is never built.
`float(int)` is cast_int_to_float, `max`/`min` of two ints a branch.
Anything else keeps the untranslated Python helper (counted by the pyjitpl
phase: no C function, so the translated JIT will refuse such a jitcode).
"""
from __future__ import annotations

from typing import Any

from rpy.annotate import model as M
from rpy.flow.model import Constant, SpaceOperation, Variable
from rpy.jit.metainterp.resoperation import INT, REF, FLOAT, VOID
from rpy.jit.metainterp import gcdescrs as G
from rpy.jit.codewriter.jitcode import Insn, Operand
from rpy.jit.codewriter.runtimecalls import KCHR


def item_kind(s: Any) -> int:
    """The register kind of a list item / dict key or value annotation."""
    if isinstance(s, (M.SomeInt, M.SomeUInt, M.SomeBool)):
        return INT
    if isinstance(s, M.SomeFloat):
        return FLOAT
    return REF


def _nonnull_str(s: Any) -> bool:
    return isinstance(s, M.SomeStr) and not s.nullable


class ErrorStub:
    """A failed check: branch -> call `raiser` (which raises)."""

    def __init__(self, branch: Insn, raiser: str) -> None:
        self.branch = branch
        self.raiser = raiser
        self.catch = -1


class LowLevelLowering:
    """Mixin of GraphLowering (codewriter.py)."""
    jc: Any
    cw: Any
    stubs: list[ErrorStub]
    virtual_tuples: dict[Variable, list[Any]]
    immutable_lists: set[Variable]

    # helpers from GraphLowering
    def emit(self, opname: str, args: list[Operand], result: Operand | None) -> Insn:
        raise NotImplementedError

    def operand(self, a: Any, kind: int = REF) -> Operand:
        raise NotImplementedError

    def result(self, op: SpaceOperation) -> Operand | None:
        raise NotImplementedError

    # ------------------------------------------------------------ pieces

    def temp(self, kind: int) -> Operand:
        t = Operand(kind, self.jc.num_regs[kind], None)
        self.jc.num_regs[kind] += 1
        self.jc.regs_by_key[t.key()] = t
        return t

    def rcall(self, name: str, args: list[Operand], res: Operand | None) -> Insn:
        """A residual call of the C runtime wrapper `name`."""
        cd = self.cw.runtime_descr(name)
        insn = self.emit('residual_call', args, res)
        insn.descr = cd
        insn.extra = cd.func
        return insn

    def check(self, cond: Operand, raiser: str) -> None:
        """Go on if cond, else raise through the wrapper `raiser`."""
        br = self.emit('goto_if_not', [cond], None)
        self.stubs.append(ErrorStub(br, raiser))

    def emit_stubs(self) -> None:
        for stub in self.stubs:
            stub.branch.target = len(self.jc.code)
            call = self.rcall(stub.raiser, [], None)
            call.catch = stub.catch
            self.emit('unreachable', [], None)

    def norm_index(self, idx: Operand, length: Operand, raiser: str) -> Operand:
        """idx made non-negative (Python's negative indexes) and checked
        against length, as funcgen's norm_index."""
        if not idx.is_reg() and idx.value >= 0:
            i = idx
        else:
            i = self.temp(INT)
            neg = self.temp(INT)
            self.emit('int_lt', [idx, Operand(INT, -1, 0)], neg)
            m = self.emit('moves', [idx], None)
            m.dsts = [i]
            br = self.emit('goto_if_not', [neg], None)
            self.emit('int_add', [idx, length], i)
            br.target = len(self.jc.code)
        ok = self.temp(INT)
        self.emit('uint_lt', [i, length], ok)
        self.check(ok, raiser)
        return i

    def getfield(self, obj: Operand, descr: Any, kind: int) -> Operand:
        r = self.temp(kind)
        insn = self.emit('getfield', [obj], r)
        insn.descr = descr
        return r

    # ------------------------------------------------------------ lists

    def list_item(self, lst: Operand, idx: Operand, kind: int, immutable: bool,
                  raiser: str) -> tuple[Operand, Operand, Any]:
        """(items array, checked index, array descr) of lst[idx]."""
        n = self.getfield(lst, G.LIST_LENGTH_PURE if immutable else G.LIST_LENGTH, INT)
        i = self.norm_index(idx, n, raiser)
        items = self.getfield(lst, G.LIST_ITEMS_PURE if immutable else G.LIST_ITEMS, REF)
        return items, i, G.array_of_kind(kind, immutable)

    def lower_list_getitem(self, op: SpaceOperation, args: list[Operand]) -> None:
        kind = item_kind(op.args[0].annotation.item)
        imm = isinstance(op.args[0], Variable) and op.args[0] in self.immutable_lists
        items, i, ad = self.list_item(args[0], args[1], kind, imm, 'raise_list_index')
        res = self.result(op)
        if res is None:
            return
        insn = self.emit('getarrayitem', [items, i], res)
        insn.descr = ad

    def lower_list_setitem(self, op: SpaceOperation, args: list[Operand]) -> None:
        kind = item_kind(op.args[0].annotation.item)
        items, i, ad = self.list_item(args[0], args[1], kind, False, 'raise_list_assign_index')
        insn = self.emit('setarrayitem', [items, i, args[2]], None)
        insn.descr = ad

    def lower_newlist(self, op: SpaceOperation, args: list[Operand]) -> None:
        kind = item_kind(op.result.annotation.item)
        res = self.result(op)
        assert res is not None
        self.rcall('list_new_' + KCHR[kind], [Operand(INT, -1, len(args))], res)
        if args:
            items = self.getfield(res, G.LIST_ITEMS, REF)
            for k, a in enumerate(args):
                insn = self.emit('setarrayitem', [items, Operand(INT, -1, k), a], None)
                insn.descr = G.array_of_kind(kind, False)

    # ------------------------------------------------------------ dispatch

    def lower_container_op(self, op: SpaceOperation, name: str, args: list[Operand]) -> bool:
        """Operations on lists, strs, dicts and ints lowered here; False:
        not handled (the caller falls back)."""
        info = op.info
        a0 = op.args[0].annotation if op.args else None
        if name == 'getitem' and info == 'list':
            self.lower_list_getitem(op, args)
            return True
        if name == 'setitem' and info == 'list':
            self.lower_list_setitem(op, args)
            return True
        if name == 'newlist' and isinstance(op.result.annotation, M.SomeList):
            self.lower_newlist(op, args)
            return True
        if name == 'newtuple' and op.result in self.virtual_tuples:
            return True           # only read by formats and isinstance: never built
        if name == 'getitem' and info == 'str' and _nonnull_str(a0):
            n = self.getfield(args[0], G.STR_NCHARS, INT)
            i = self.norm_index(args[1], n, 'raise_str_index')
            self.rcall('str_getitem', [args[0], i], self.result(op))
            return True
        if info == 'dict' and isinstance(a0, M.SomeDict) and name in ('getitem', 'setitem',
                                                                       'contains'):
            kk = item_kind(a0.keytype)
            vk = item_kind(a0.valuetype)
            if kk == FLOAT:
                return False
            if name == 'contains':
                self.rcall('dict_contains_' + KCHR[kk], args, self.result(op))
            else:
                self.rcall('dict_%s_%s%s' % (name, KCHR[kk], KCHR[vk]), args, self.result(op))
            return True
        if info == 'str' and len(args) == 2 and _nonnull_str(a0):
            return self.lower_str_binop(op, name, args)
        if info == 'list' and name in ('add', 'mul') and len(args) == 2 and args[0].kind == REF \
                and args[1].kind == (REF if name == 'add' else INT):
            self.rcall('list_concat' if name == 'add' else 'list_mul', args, self.result(op))
            return True
        if info == 'int' and name in ('floordiv', 'mod') and len(args) == 2 \
                and args[0].kind == INT and args[1].kind == INT:
            ok = self.temp(INT)
            self.emit('int_ne', [args[1], Operand(INT, -1, 0)], ok)
            self.check(ok, 'raise_int_div_zero')
            self.emit('int_floordiv' if name == 'floordiv' else 'int_mod', args, self.result(op))
            return True
        if info == 'float' and name == 'mod' and len(args) == 2:
            fargs = [self.to_float(a) for a in args]
            self.rcall('float_mod', fargs, self.result(op))
            return True
        if name == 'mod' and isinstance(info, tuple) and info[0] == 'format':
            return self.lower_format(op, info)
        return False

    def to_float(self, a: Operand) -> Operand:
        if a.kind == FLOAT:
            return a
        t = self.temp(FLOAT)
        self.emit('cast_int_to_float', [a], t)
        return t

    def lower_str_binop(self, op: SpaceOperation, name: str, args: list[Operand]) -> bool:
        res = self.result(op)
        a1 = op.args[1].annotation
        if name == 'add' and _nonnull_str(a1):
            self.rcall('str_concat', args, res)
            return True
        if name == 'mul' and args[1].kind == INT:
            self.rcall('str_mul', args, res)
            return True
        if not _nonnull_str(a1) or res is None:
            return False
        if name in ('eq', 'ne'):
            if name == 'eq':
                self.rcall('str_eq', args, res)
            else:
                t = self.temp(INT)
                self.rcall('str_eq', args, t)
                self.emit('int_is_zero', [t], res)
            return True
        if name in ('lt', 'le', 'gt', 'ge'):
            t = self.temp(INT)
            self.rcall('str_cmp', args, t)
            self.emit('int_' + name, [t, Operand(INT, -1, 0)], res)
            return True
        return False

    def lower_format(self, op: SpaceOperation, info: Any) -> bool:
        """'lit %s lit %d' % args as str concatenations, when every
        conversion is %s of a str or %s/%d of an int."""
        pieces = info[1]
        src = op.args[1]
        if isinstance(src, Variable) and src in self.virtual_tuples:
            values = self.virtual_tuples[src]
        elif isinstance(src.annotation, M.SomeTuple):
            return False
        else:
            values = [src]
        if not self.simple_conversions(pieces) or not self.format_ok(pieces, values):
            if isinstance(src, Variable) and src in self.virtual_tuples:
                # the format keeps its Python helper: it needs the real tuple
                self.materialize_tuple(src)
            return False
        parts: list[Operand] = []
        k = 0
        for p in pieces:
            if isinstance(p, str):
                if p:
                    parts.append(Operand(REF, -1, p))
                continue
            conv = p.conv
            if k >= len(values):
                return False
            v = values[k]
            k += 1
            s = v.annotation if isinstance(v, Variable) else None
            if isinstance(v, Constant):
                s = None
                if isinstance(v.value, str) and conv == 's':
                    parts.append(Operand(REF, -1, v.value))
                    continue
                if isinstance(v.value, int) and not isinstance(v.value, bool) and conv in 'sd':
                    parts.append(Operand(REF, -1, str(v.value)))
                    continue
                return False
            if conv == 's' and _nonnull_str(s):
                parts.append(self.operand(v))
            elif conv in 'sd' and isinstance(s, M.SomeInt):
                t = self.temp(REF)
                self.rcall('str_from_int', [self.operand(v)], t)
                parts.append(t)
            else:
                return False
        res = self.result(op)
        acc = parts[0]
        for j in range(1, len(parts)):
            t = res if (j == len(parts) - 1 and res is not None) else self.temp(REF)
            self.rcall('str_concat', [acc, parts[j]], t)
            acc = t
        if len(parts) == 1 and res is not None:
            m = self.emit('moves', [acc], None)
            m.dsts = [res]
        return True

    def materialize_tuple(self, v: Variable) -> None:
        items = [self.operand(a) for a in self.virtual_tuples[v]]
        t = self.operand(v)
        cd = self.cw.call_descr_for_helper('newtuple', _build_tuple, [a.kind for a in items],
                                           REF, False)
        insn = self.emit('residual_call', items, t)
        insn.descr = cd
        insn.extra = _build_tuple

    def format_ok(self, pieces: list[Any], values: list[Any]) -> bool:
        """Can lower_format do it (checked before anything is emitted)?"""
        convs = [p.conv for p in pieces if not isinstance(p, str)]
        if len(convs) != len(values) or not [p for p in pieces if p != '']:
            return False
        for conv, v in zip(convs, values):
            if isinstance(v, Constant):
                ok = (isinstance(v.value, str) and conv == 's') or \
                    (isinstance(v.value, int) and not isinstance(v.value, bool) and conv in 'sd')
            else:
                s = v.annotation
                ok = (conv == 's' and _nonnull_str(s)) or \
                    (conv in 'sd' and isinstance(s, M.SomeInt))
            if not ok:
                return False
        return True

    def simple_conversions(self, pieces: list[Any]) -> bool:
        """No width, precision or flags: 'Conv(conv, 0, 0, -1)'."""
        for p in pieces:
            if isinstance(p, str):
                continue
            if (p.flags, p.width, p.prec) != (0, 0, -1):
                return False
        return True

    # ------------------------------------------------------------ calls

    def lower_builtin_call(self, op: SpaceOperation, info: Any, res: Operand | None) -> bool:
        name = info[1]
        argvars = op.args[1:]
        if name == 'len' and len(argvars) == 1 and res is not None:
            s = argvars[0].annotation
            a = self.operand(argvars[0])
            if isinstance(s, M.SomeList):
                imm = isinstance(argvars[0], Variable) and argvars[0] in self.immutable_lists
                insn = self.emit('getfield', [a], res)
                insn.descr = G.LIST_LENGTH_PURE if imm else G.LIST_LENGTH
                return True
            if _nonnull_str(s):
                insn = self.emit('getfield', [a], res)
                insn.descr = G.STR_NCHARS
                return True
            return False
        if name == 'float' and len(argvars) == 1 and res is not None:
            s = argvars[0].annotation
            if isinstance(s, (M.SomeInt, M.SomeBool)):
                self.emit('cast_int_to_float', [self.operand(argvars[0])], res)
                return True
            if _nonnull_str(s):
                self.rcall('str_to_float', [self.operand(argvars[0])], res)
                return True
            return False
        if name in ('max', 'min') and len(argvars) == 2 and res is not None and res.kind == INT:
            a = self.operand(argvars[0])
            b = self.operand(argvars[1])
            if a.kind != INT or b.kind != INT:
                return False
            # res = a; if not (a >= b) [max] / (a <= b) [min]: res = b
            t = self.temp(INT)
            self.emit('int_ge' if name == 'max' else 'int_le', [a, b], t)
            m = self.emit('moves', [a], None)
            m.dsts = [res]
            br = self.emit('goto_if_not', [t], None)
            skip = self.emit('goto', [], None)
            br.target = len(self.jc.code)
            m2 = self.emit('moves', [b], None)
            m2.dsts = [res]
            skip.target = len(self.jc.code)
            return True
        return False

    def lower_bmethod(self, op: SpaceOperation, info: Any, res: Operand | None) -> bool:
        """Methods of lists: append, pop, extend."""
        if info[1] != 'list':
            return False
        s = op.args[0].annotation
        if not isinstance(s, M.SomeList):
            return False
        kind = item_kind(s.item)
        recv = self.operand(op.args[0])
        args = [self.operand(a) for a in info[3]]
        mname = info[2]
        if mname == 'append' and len(args) == 1:
            self.rcall('list_append_' + KCHR[kind], [recv, args[0]], None)
            return True
        if mname == 'pop' and len(args) <= 1:
            idx = args[0] if args else Operand(INT, -1, -1)
            self.rcall('list_pop_' + KCHR[kind], [recv, idx], res)
            return True
        if mname == 'extend' and len(args) == 1 and isinstance(info[3][0].annotation, M.SomeList):
            self.rcall('list_extend', [recv, args[0]], None)
            return True
        return False


def _build_tuple(*items: Any) -> tuple:
    return tuple(items)


def find_virtual_tuples(graph: Any) -> dict[Variable, list[Any]]:
    """Tuples built only to be read by a format ('%s %s' % (a, b)) or an
    isinstance in the same block: the codewriter never builds them."""
    result: dict[Variable, list[Any]] = {}
    for block in graph.iterblocks():
        made: dict[Variable, list[Any]] = {}
        for op in block.operations:
            if op.opname == 'newtuple':
                made[op.result] = list(op.args)
        if not made:
            continue
        bad: set[Variable] = set()
        for op in block.operations:
            for j, a in enumerate(op.args):
                if not (isinstance(a, Variable) and a in made):
                    continue
                if op.opname == 'mod' and j == 1 and isinstance(op.info, tuple) \
                        and op.info[0] == 'format':
                    continue
                if op.opname == 'call' and isinstance(op.info, tuple) \
                        and op.info[:2] == ('builtin', 'isinstance'):
                    continue
                bad.add(a)
        for link in block.exits:
            for a in link.args:
                if isinstance(a, Variable) and a in made:
                    bad.add(a)
        if isinstance(block.exitswitch, Variable) and block.exitswitch in made:
            bad.add(block.exitswitch)
        for v, items in made.items():
            if v not in bad:
                result[v] = items
    return result
