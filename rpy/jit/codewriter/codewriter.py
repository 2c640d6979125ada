"""The codewriter: the annotated flow graphs of the functions reachable from
a JitDriver's portal (the function holding jit_merge_point) -> jitcodes.

Lowering of the high-level flow operations (rpy/flow, annotated by
rpy/annotate) to jitcode instructions; the names are trace operations when
the instruction records one:
  int/float/bool arithmetic and comparisons -> int_add, float_lt, ...
  is_/is_not on refs                        -> ptr_eq / ptr_ne
  instance fields (getattr/setattr)         -> getfield / setfield (JitFieldDescr)
  C(...) of an RPy class                    -> new (JitSizeDescr) + inline_call __init__
  isinstance, class attributes              -> class_test (guard_class on the object,
                                               then a constant)
  method calls                              -> inline_call (one implementation) or
                                               method_call (guard_class, then the
                                               implementation of that class)
  calls of RPy functions                    -> inline_call, or residual_call when the
                                               policy says so (dont_look_inside,
                                               elidable -> call_pure, loops without
                                               unroll_safe, graphs we cannot lower)
  lists, strs, dicts, some builtins         -> low-level operations (rpy_list fields,
                                               array items) and residual calls of C
                                               runtime wrappers (lowerll.py,
                                               runtimecalls.py)
  math.sqrt                                 -> float_sqrt (sqrtsd; NaN below zero, as
                                               libm's sqrt of the translated program)
  anything else (builtins, externals)       -> residual_call of a Python helper doing
                                               the operation (untranslated only)
  jit_promote                               -> promote (guard_value; promote_string:
                                               its descr str_eq, guard_true on it)
  jit_marker                                -> jit_merge_point / can_enter_jit
Control flow: goto, goto_if_not, moves (the parallel copy of a link),
return, raise; an operation that may raise in a try block has `catch`, the
pc of its handler (exc_match tests on the exception, last_exc).
Untranslated only for now (it runs on CPython over the annotator's graphs).
"""
from __future__ import annotations

import math
import operator
from typing import Any

from rpy.annotate import model as M
from rpy.annotate.annotator import Annotator, FuncDesc
from rpy.annotate.classdef import ClassDef
from rpy.flow.builder import EXC_VALUE, LAST_EXCEPTION, SAFE_OPS, UNDEF_VALUE
from rpy.flow.model import Block, Constant, FunctionGraph, Link, SpaceOperation, Variable
from rpy.rlib.jit import jit_hints_of
from rpy.jit.metainterp.resoperation import (
    INT, REF, FLOAT, VOID, EffectInfo, FieldDescr, ArrayDescr,
    EF_CAN_RAISE, EF_CANNOT_RAISE, EF_ELIDABLE_CAN_RAISE)
from rpy.jit.codewriter.jitcode import JitCode, Insn, Operand
from rpy.jit.codewriter.support import JitSizeDescr, JitFieldDescr, JitCallDescr, zero_of
from rpy.jit.codewriter.lowerll import LowLevelLowering, ErrorStub, find_virtual_tuples
from rpy.jit.codewriter.runtimecalls import runtime_func
from rpy.jit.translator.warmspot import is_glue_call, is_glue_hot_link
from rpy.jit.metainterp import gcdescrs


class CannotLower(Exception):
    """The graph uses an operation the codewriter does not handle: calls to
    it become residual calls of the Python function."""


def kind_of(s: Any) -> int:
    if isinstance(s, (M.SomeInt, M.SomeUInt, M.SomeBool)):
        return INT
    if isinstance(s, M.SomeFloat):
        return FLOAT
    if isinstance(s, (M.SomeNone, M.SomeImpossible)) or s is None:
        return VOID
    return REF


def kind_of_value(v: Any) -> int:
    if isinstance(v, (bool, int)):
        return INT
    if isinstance(v, float):
        return FLOAT
    return REF


INT_BINOPS = {'add': 'int_add', 'sub': 'int_sub', 'mul': 'int_mul', 'and_': 'int_and',
              'or_': 'int_or', 'xor': 'int_xor', 'lshift': 'int_lshift',
              'rshift': 'int_rshift', 'lt': 'int_lt', 'le': 'int_le', 'eq': 'int_eq',
              'ne': 'int_ne', 'gt': 'int_gt', 'ge': 'int_ge'}
INT_DIVOPS = {'floordiv': 'int_floordiv', 'mod': 'int_mod'}
FLOAT_BINOPS = {'add': 'float_add', 'sub': 'float_sub', 'mul': 'float_mul',
                'truediv': 'float_truediv', 'lt': 'float_lt', 'le': 'float_le',
                'eq': 'float_eq', 'ne': 'float_ne', 'gt': 'float_gt', 'ge': 'float_ge'}
GENERIC_BINOPS = {'add': operator.add, 'sub': operator.sub, 'mul': operator.mul,
                  'truediv': operator.truediv, 'floordiv': operator.floordiv,
                  'mod': operator.mod, 'pow': operator.pow, 'lshift': operator.lshift,
                  'rshift': operator.rshift, 'and_': operator.and_, 'or_': operator.or_,
                  'xor': operator.xor, 'lt': operator.lt, 'le': operator.le,
                  'eq': operator.eq, 'ne': operator.ne, 'gt': operator.gt,
                  'ge': operator.ge, 'getitem': operator.getitem,
                  'setitem': operator.setitem, 'neg': operator.neg, 'pos': operator.pos,
                  'invert': operator.invert, 'not_': operator.not_, 'bool': bool}
MOVE_OPS = ('same_as', 'returnhint', 'typehint', 'narrow', 'checkexc', 'pos', 'exc_cast')
# overflow-checked arithmetic (ovfcheck(a + b)): raises OverflowError
OVF_OPS = {'add_ovf': 'int_add_ovf', 'sub_ovf': 'int_sub_ovf', 'mul_ovf': 'int_mul_ovf',
           'neg_ovf': 'int_neg_ovf'}


def _format(fmt: str, *values: Any) -> str:
    if len(values) == 1 and isinstance(values[0], tuple):
        return fmt % values[0]      # 'x %d %d' % t: the tuple is the arguments
    return fmt % values


def _newlist(*items: Any) -> list:
    return list(items)


def _newtuple(*items: Any) -> tuple:
    return tuple(items)


class CodeWriter:
    """Makes the jitcodes of one JitDriver's portal and what it reaches."""

    def __init__(self, ann: Annotator, driver: Any) -> None:
        self.ann = ann
        self.driver = driver
        self.jitcodes: dict[FuncDesc, JitCode] = {}
        self.failed: dict[FuncDesc, str] = {}
        self.size_descrs: dict[ClassDef, JitSizeDescr] = {}
        self.field_descrs: dict[tuple[ClassDef, str], JitFieldDescr] = {}
        self.call_descrs: dict[Any, JitCallDescr] = {}
        self.writes_cache: dict[FuncDesc, list[FieldDescr]] = {}
        self.portal: FuncDesc | None = None
        self.portal_call_descr: JitCallDescr | None = None
        self.todo: list[tuple[FuncDesc, JitCode]] = []
        self.method_impls: dict[tuple[type, str], Any] = {}
        self.runtime_descrs: dict[str, JitCallDescr] = {}
        self.effects_cache: dict[FuncDesc, tuple[list[FieldDescr], list[ArrayDescr]]] = {}
        self.vable_cache: dict[FuncDesc, bool] = {}
        self.vable: tuple[type, set[str]] | None = None     # class, fields (vable_spec)

    # ------------------------------------------------------------ entry

    def make_jitcodes(self) -> JitCode:
        """The jitcodes of the portal and every graph it may trace into."""
        portal = None
        for driver, entries in self.ann.jit_markers.items():
            if driver is self.driver:
                for kind, desc, lineno, types_, op in entries:
                    if kind == 'jit_merge_point':
                        portal = desc
        if portal is None:
            raise ValueError('no jit_merge_point of %r in the annotated program' % (self.driver,))
        self.portal = portal
        jc = self.get_jitcode(portal)
        if jc is None:
            raise CannotLower('the portal %s: %s' % (portal.name, self.failed[portal]))
        # the portal called as a whole (a recursive call not inlined: the
        # tracer's residual portal call, where the callee's entry code runs)
        self.portal_call_descr = self.call_descr_for_function(
            portal, [kind_of(t) for t in portal.argtypes], kind_of(portal.result))
        return jc

    def get_jitcode(self, desc: FuncDesc) -> JitCode | None:
        """desc's jitcode, or None if it cannot be lowered (callers then
        make a residual call)."""
        if desc in self.failed:
            return None
        jc = self.jitcodes.get(desc)
        if jc is not None:
            return jc
        jc = JitCode(desc.name, desc.func)
        self.jitcodes[desc] = jc      # first, for recursive calls
        try:
            GraphLowering(self, desc, jc).lower()
        except CannotLower as e:
            del self.jitcodes[desc]
            self.failed[desc] = str(e)
            return None
        return jc

    def look_inside(self, desc: FuncDesc) -> bool:
        """The policy: trace into desc, or call it as a whole?"""
        if desc.graph is None:
            return False
        hints = jit_hints_of(desc.func)
        if hints.get('dont_look_inside') or hints.get('elidable'):
            return False
        if 'look_inside_iff' in hints:
            return False        # (call_desc: inlined where its predicate holds)
        if has_loop(desc.graph) and not hints.get('unroll_safe') and desc is not self.portal:
            return False
        return self.get_jitcode(desc) is not None

    # ------------------------------------------------------------ descrs

    def size_descr(self, cd: ClassDef) -> JitSizeDescr:
        sd = self.size_descrs.get(cd)
        if sd is not None:
            return sd
        sd = JitSizeDescr(cd.name, cd.cls)
        if cd.base is not None:
            base = self.size_descr(cd.base)
            for fd in base.fields:
                sd.fields.append(fd)       # same FieldDescr, same index
        self.size_descrs[cd] = sd
        spec = cd.cls.__dict__.get('_immutable_fields_') or []
        for name, t in cd.fields.items():
            if cd.field_owner.get(name) is cd:
                kind = kind_of(t)
                if kind == VOID:
                    kind = REF
                imm = name in spec or (name + '[*]') in spec
                fd = JitFieldDescr('%s.%s' % (cd.name, name), sd, kind, name, imm,
                                   (name + '[*]') in spec)
                self.field_descrs[(cd, name)] = fd
        return sd

    def field_descr(self, owner: ClassDef, name: str) -> JitFieldDescr:
        self.size_descr(owner)
        return self.field_descrs[(owner, name)]

    def writes_of(self, desc: FuncDesc) -> list[FieldDescr]:
        """The fields desc and the RPy functions it calls may write."""
        return self.effects_of(desc)[0]

    def effects_of(self, desc: FuncDesc) -> tuple[list[FieldDescr], list[ArrayDescr]]:
        """The fields and arrays desc and the RPy functions it calls may
        write.  A list mutated anywhere (item stores, append, pop, ...)
        writes the rpy_list fields and the item arrays of every kind: list
        reads are heap operations the optimizer caches."""
        found = self.effects_cache.get(desc)
        if found is not None:
            return found
        seen: set[Any] = set()
        result: list[FieldDescr] = []
        arrays: list[ArrayDescr] = []
        touches = False
        stack = [desc]
        while stack:
            d = stack.pop()
            if d in seen or d.graph is None or getattr(d.func, '_jit_glue_', False):
                continue
            seen.add(d)
            for block in d.graph.iterblocks():
                for op in block.operations:
                    info = op.info
                    if not arrays and mutates_list(op):
                        result.extend([gcdescrs.LIST_LENGTH, gcdescrs.LIST_ITEMS])
                        arrays.extend(gcdescrs.ARRAYS[:3])
                    if op.opname in ('getattr', 'setattr') and isinstance(info, tuple) \
                            and info[0] == 'field' and self.is_vable_field(info[1], info[2]):
                        touches = True
                    if op.opname == 'setattr' and isinstance(info, tuple) and info[0] == 'field':
                        fd = self.field_descr(info[1], info[2])
                        if fd not in result:
                            result.append(fd)
                    elif isinstance(info, tuple) and len(info) > 1:
                        if info[0] in ('direct', 'new') and isinstance(info[-2] if info[0] == 'new' else info[1], FuncDesc):
                            stack.append(info[2] if info[0] == 'new' else info[1])
                        elif info[0] == 'method':
                            for sub in info[1].all_subdefs():
                                lk = sub.lookup(info[2])
                                if lk is not None:
                                    dd = self.find_desc(lk[1])
                                    if dd is not None:
                                        stack.append(dd)
        self.effects_cache[desc] = (result, arrays)
        self.vable_cache[desc] = touches
        return result, arrays

    def touches_vable(self, desc: FuncDesc) -> bool:
        """Does desc, or an RPy function it calls, read or write a field of
        the driver's virtualizable listed in `_virtualizable_`?  The tracer
        writes the virtualizable back before calling it from compiled code
        and reads it again after (rpy/jit/metainterp/virtualizable.py)."""
        self.effects_of(desc)
        return self.vable_cache[desc]

    def vable_spec(self) -> tuple[type, set[str]] | None:
        """The virtualizable's class and its listed field names."""
        if self.vable is None and self.driver.virtualizables:
            name = self.driver.virtualizables[0]
            names = self.driver.greens + self.driver.reds
            for kind, desc, lineno, tys, op in self.ann.jit_markers.get(self.driver, []):
                cls = tys[names.index(name)].classdef.cls
                spec: set[str] = set()
                for klass in cls.__mro__:
                    if '_virtualizable_' in klass.__dict__:
                        spec = {f[:-3] if f.endswith('[*]') else f
                                for f in klass.__dict__['_virtualizable_']}
                        break
                self.vable = (cls, spec)
                break
        return self.vable

    def is_vable_field(self, cd: ClassDef, name: str) -> bool:
        v = self.vable_spec()
        return v is not None and name in v[1] and (issubclass(cd.cls, v[0]) or
                                                   issubclass(v[0], cd.cls))

    def find_desc(self, func: Any) -> FuncDesc | None:
        for d in self.ann.descs.values():
            if isinstance(d, FuncDesc) and d.func is func and d.graph is not None:
                return d
        return None

    def call_descr_for_function(self, desc: FuncDesc, arg_kinds: list[int],
                                result_kind: int) -> JitCallDescr:
        cd = self.call_descrs.get(desc)
        if cd is None:
            hints = jit_hints_of(desc.func)
            if hints.get('elidable'):
                ei = EffectInfo(EF_ELIDABLE_CAN_RAISE, [], [], [], [])
            else:
                fields, arrays = self.effects_of(desc)
                ei = EffectInfo(EF_CAN_RAISE, [], fields, [], arrays)
            cd = JitCallDescr('call %s' % desc.name, arg_kinds, result_kind, ei, desc.func)
            cd.touches_vable = self.touches_vable(desc)
            self.call_descrs[desc] = cd
        return cd

    def runtime_descr(self, name: str) -> JitCallDescr:
        """The CallDescr of the C runtime wrapper `name` (one per codewriter,
        so the pyjitpl phase binds each once)."""
        cd = self.runtime_descrs.get(name)
        if cd is None:
            cd = runtime_func(name).call_descr()
            self.runtime_descrs[name] = cd
        return cd

    def call_descr_for_helper(self, name: str, fn: Any, arg_kinds: list[int],
                              result_kind: int, can_raise: bool) -> JitCallDescr:
        ei = EffectInfo(EF_CAN_RAISE if can_raise else EF_CANNOT_RAISE, [], [], [], [])
        return JitCallDescr(name, arg_kinds, result_kind, ei, fn)

    def method_impl(self, cls: type, name: str) -> Any:
        """(jitcode or None, Python function) of method `name` for instances of cls."""
        key = (cls, name)
        r = self.method_impls.get(key)
        if r is None:
            cd = self.ann.classdefs[cls]
            lk = cd.lookup(name)
            assert lk is not None
            func = lk[1]
            desc = self.find_desc(func)
            jc = None
            if desc is not None and self.look_inside(desc):
                jc = self.get_jitcode(desc)
            r = (jc, func)
            self.method_impls[key] = r
        return r


LIST_MUTATORS = ('setitem', 'delitem', 'setslice', 'delslice', 'inplace_add', 'inplace_mul',
                 'list_append_comp')


def mutates_list(op: SpaceOperation) -> bool:
    """Can op change a list's length, storage or items?"""
    if op.opname in LIST_MUTATORS and op.args and isinstance(op.args[0], Variable) \
            and isinstance(op.args[0].annotation, M.SomeList):
        return True
    info = op.info
    return op.opname == 'call_method' and isinstance(info, tuple) and len(info) > 1 \
        and info[0] == 'bmethod' and info[1] == 'list'


def has_loop(graph: FunctionGraph) -> bool:
    """Does the graph have a cycle (a loop)?"""
    state: dict[int, int] = {}
    stack: list[tuple[Block, int]] = [(graph.startblock, 0)]
    while stack:
        block, i = stack.pop()
        if i == 0:
            state[id(block)] = 1
        if i < len(block.exits):
            stack.append((block, i + 1))
            t = block.exits[i].target
            s = state.get(id(t), 0)
            if s == 1:
                return True
            if s == 0:
                stack.append((t, 0))
        else:
            state[id(block)] = 2
    return False


class GraphLowering(LowLevelLowering):
    """Lowers one graph into one jitcode."""

    def __init__(self, cw: CodeWriter, desc: FuncDesc, jc: JitCode) -> None:
        self.cw = cw
        self.desc = desc
        self.graph = desc.graph
        self.jc = jc
        self.regs: dict[Variable, Operand] = {}
        self.block_pc: dict[Block, int] = {}
        self.fixups: list[tuple[Insn, Block]] = []
        self.immutable_lists: set[Variable] = set()
        self.stubs: list[ErrorStub] = []
        self.also_raising: list[Insn] = []     # call_desc's other calls of one operation
        assert desc.graph is not None
        self.virtual_tuples: dict[Variable, list[Any]] = find_virtual_tuples(desc.graph)

    # ------------------------------------------------------------ registers

    def reg(self, v: Variable) -> Operand:
        r = self.regs.get(v)
        if r is None:
            kind = kind_of(v.annotation)
            if kind == VOID:
                raise CannotLower('void variable %s' % v)
            r = Operand(kind, self.jc.num_regs[kind], None)
            self.jc.num_regs[kind] += 1
            self.regs[v] = r
            self.jc.regs_by_key[r.key()] = r
        return r

    def operand(self, a: Any, kind: int = REF) -> Operand:
        if isinstance(a, Variable):
            return self.reg(a)
        assert isinstance(a, Constant)
        if a is UNDEF_VALUE:          # a variable not assigned on this path: a zero
            return Operand(kind, -1, zero_of(kind))
        if a is EXC_VALUE or a is LAST_EXCEPTION:
            raise CannotLower('exception value outside a handler')
        c = Operand(kind_of_value(a.value), -1, a.value)
        c.annotation = a.annotation
        return c

    def result(self, op: SpaceOperation) -> Operand | None:
        if kind_of(op.result.annotation) == VOID:
            return None
        return self.reg(op.result)

    def emit(self, opname: str, args: list[Operand], result: Operand | None) -> Insn:
        insn = Insn(opname, args, result)
        self.jc.code.append(insn)
        return insn

    # ------------------------------------------------------------ graph

    def lower(self) -> None:
        g = self.graph
        assert g is not None
        self.jc.arg_regs = [self.reg(v) for v in g.startblock.inputargs]
        pending = [g.startblock]
        seen: set[int] = set()
        while pending:
            block = pending.pop(0)
            if id(block) in seen:
                continue
            seen.add(id(block))
            self.lower_block(block)
            for link in block.exits:
                if link.target.kind == '' and not is_glue_hot_link(block, link):
                    pending.append(link.target)
        for insn, block in self.fixups:
            insn.target = self.block_pc[block]
        self.emit_stubs()
        compute_liveness(self.jc)

    def lower_block(self, block: Block) -> None:
        self.block_pc[block] = len(self.jc.code)
        ops = block.operations
        catching = block.exitswitch is LAST_EXCEPTION
        last: Insn | None = None
        nstubs = 0
        nalso = 0
        for i, op in enumerate(ops):
            n = len(self.jc.code)
            nstubs = len(self.stubs)
            nalso = len(self.also_raising)
            self.lower_op(op)
            if catching and i == len(ops) - 1:
                # the instruction that may raise is the last emitted
                last = self.jc.code[len(self.jc.code) - 1] if len(self.jc.code) > n else None
        if catching:
            self.lower_link(block.exits[0])
            if last is None:
                return           # nothing here can raise
            last.catch = len(self.jc.code)
            for stub in self.stubs[nstubs:]:     # its failed checks raise here too
                stub.catch = last.catch
            for insn in self.also_raising[nalso:]:
                insn.catch = last.catch
            for link in block.exits[1:]:
                case = link.exitcase
                test = self.emit('exc_match', [], None)
                test.extra = case
                self.lower_link(link)
                test.target = len(self.jc.code)
            self.emit('reraise', [], None)
            return
        if block.exitswitch is None:
            self.lower_link(block.exits[0])
            return
        sw = block.exitswitch
        if ops and ops[-1].result is sw and is_glue_call(ops[-1]):
            # the JIT's warm-up test (rpy/jit/translator/warmspot.py): not
            # in the jitcode, which goes on as if the key were not hot
            self.lower_link([l for l in block.exits if l.exitcase is False][0])
            return
        if block.is_int_switch():
            self.lower_int_switch(block)
            return
        if len(block.exits) != 2:
            raise CannotLower('switch with %d exits' % len(block.exits))
        if block.exits[0].exitcase is False or block.exits[0].exitcase == 0:
            lfalse, ltrue = block.exits[0], block.exits[1]
        else:
            ltrue, lfalse = block.exits[0], block.exits[1]
        cond = self.operand(sw)
        if cond.kind != INT:
            raise CannotLower('switch on a non-int')
        br = self.emit('goto_if_not', [cond], None)
        self.lower_link(ltrue)
        br.target = len(self.jc.code)
        self.lower_link(lfalse)

    def lower_int_switch(self, block: Block) -> None:
        """A switch on an int (made by backendopt's merge_if_blocks from an
        if-chain) becomes the chain again: int_eq + goto_if_not per case,
        then the default.  Tracing a switch on a constant (an opcode read
        from green code) folds every test; on a red value each test taken
        records a guard (PyPy's guard_value + jump table would be one guard:
        later, if a red switch shows up hot)."""
        val = self.operand(block.exitswitch)
        if val.kind != INT:
            raise CannotLower('switch on a non-int')
        for link in block.exits[:-1]:
            cases = link.exitcase if isinstance(link.exitcase, (list, tuple)) else [link.exitcase]
            for case in cases:
                assert isinstance(case, int)
                t = Operand(INT, self.jc.num_regs[INT], None)
                self.jc.num_regs[INT] += 1
                self.jc.regs_by_key[t.key()] = t
                self.emit('int_eq', [val, Operand(INT, -1, case)], t)
                br = self.emit('goto_if_not', [t], None)
                self.lower_link(link)
                br.target = len(self.jc.code)
        self.lower_link(block.exits[-1])

    def lower_link(self, link: Link) -> None:
        target = link.target
        srcs: list[Operand] = []
        for a, v in zip(link.args, target.inputargs):
            if a is EXC_VALUE or a is LAST_EXCEPTION:
                srcs.append(Operand(REF, -2, None))     # -2: the last exception
            elif isinstance(a, Variable) and kind_of(a.annotation) == VOID:
                srcs.append(Operand(REF, -1, None))
            else:
                k = kind_of(v.annotation)
                srcs.append(self.operand(a, k if k != VOID else REF))
        if target.kind == 'return':
            if kind_of(target.inputargs[0].annotation) == VOID or (isinstance(link.args[0], Constant) and link.args[0].value is None and kind_of(self.desc.result) == VOID):
                self.emit('return', [], None)
            else:
                self.emit('return', [srcs[0]], None)
            return
        if target.kind == 'except':
            self.emit('raise', [srcs[0]], None)
            return
        dsts: list[Operand] = []
        real_srcs: list[Operand] = []
        for a, v in zip(srcs, target.inputargs):
            if kind_of(v.annotation) == VOID:
                continue
            d = self.reg(v)
            if a.index == -2:
                self.emit('last_exc', [], d)
                continue
            if a.is_reg() and a is d:
                continue
            dsts.append(d)
            real_srcs.append(a)
        if dsts:
            m = self.emit('moves', real_srcs, None)
            m.dsts = dsts
        g = self.emit('goto', [], None)
        self.fixups.append((g, target))

    # ------------------------------------------------------------ operations

    def lower_op(self, op: SpaceOperation) -> None:
        name = op.opname
        info = op.info
        if name.startswith('inplace_'):
            name = name[8:]
        if name in MOVE_OPS:
            res = self.result(op)
            if res is not None:
                m = self.emit('moves', [self.operand(op.args[0])], None)
                m.dsts = [res]
            return
        if is_glue_call(op):
            return          # the JIT's own glue in the portal: not traced
        if name == 'jit_marker':
            kind, driver = op.extra
            insn = self.emit(kind, [self.operand(a) for a in op.args], None)
            insn.extra = driver
            return
        if name == 'jit_promote':
            arg = self.operand(op.args[0])
            insn = self.emit('promote', [arg], self.result(op))
            if op.args[1].value == 'promote_string' and arg.kind == REF:
                # the tracer guards on the contents: str_eq with the
                # string seen (PyPy's promote_string), not on identity
                insn.descr = self.cw.runtime_descr('str_eq')
            return
        args = [self.operand(a) for a in op.args] if name not in ('call', 'call_method') else []
        if name in OVF_OPS and info == 'int':
            self.emit(OVF_OPS[name], args, self.result(op))
            return
        if name not in ('call', 'call_method') and self.lower_container_op(op, name, args):
            return
        if name == 'mod' and isinstance(info, tuple) and info[0] == 'format':
            self.residual(op, 'format', _format, args, self.result(op), can_raise=False)
            return
        if name in INT_BINOPS or name in FLOAT_BINOPS or name in INT_DIVOPS:
            kinds = [a.kind for a in args]
            if info in ('int', 'bool') and kinds == [INT, INT] and name in INT_BINOPS:
                self.emit(INT_BINOPS[name], args, self.result(op))
                return
            if (info in ('int', 'bool') and kinds == [INT, INT] and name in INT_DIVOPS
                    and not args[1].is_reg() and args[1].value > 0):
                self.emit(INT_DIVOPS[name], args, self.result(op))
                return
            if info == 'float' and name in FLOAT_BINOPS:
                for i in range(2):
                    args[i] = self.float_operand(args[i])
                self.emit(FLOAT_BINOPS[name], args, self.result(op))
                return
        if name in ('neg', 'invert') and len(args) == 1:
            if args[0].kind == INT and kind_of(op.result.annotation) == INT:
                self.emit('int_' + name, args, self.result(op))
                return
            if args[0].kind == FLOAT and name == 'neg':
                self.emit('float_neg', args, self.result(op))
                return
        if name in ('is_', 'is_not') and len(args) == 2:
            if args[0].kind == REF and args[1].kind == REF:
                self.emit('ptr_eq' if name == 'is_' else 'ptr_ne', args, self.result(op))
                return
            if args[0].kind == INT and args[1].kind == INT:
                self.emit('int_eq' if name == 'is_' else 'int_ne', args, self.result(op))
                return
        if name in ('bool', 'not_') and len(args) == 1:
            a = args[0]
            if a.kind == INT:
                self.emit('int_is_true' if name == 'bool' else 'int_is_zero', args, self.result(op))
                return
            s = op.args[0].annotation
            if isinstance(s, (M.SomeInstance, M.SomeNone)):
                null = Operand(REF, -1, None)
                self.emit('ptr_ne' if name == 'bool' else 'ptr_eq', [a, null], self.result(op))
                return
        if name == 'getattr' and isinstance(info, tuple) and info[0] == 'field':
            fd = self.cw.field_descr(info[1], info[2])
            insn = self.emit('getfield', args[:1], self.result(op))
            insn.descr = fd
            if fd.immutable_items:
                self.immutable_lists.add(op.result)
            return
        if name == 'getattr' and isinstance(info, tuple) and info[0] == 'classconst':
            attr = info[2]
            insn = self.emit('class_test', args[:1], self.result(op))
            insn.extra = lambda cls, attr=attr: getattr(cls, attr)
            return
        if name == 'setattr' and isinstance(info, tuple) and info[0] == 'field':
            fd = self.cw.field_descr(info[1], info[2])
            insn = self.emit('setfield', [args[0], args[2]], None)
            insn.descr = fd
            return
        if name == 'call':
            self.lower_call(op)
            return
        if name == 'call_method':
            self.lower_call_method(op)
            return
        if name == 'exc_match':
            # only reached after an exception: never traced (tracing aborts
            # when an exception is raised), run by the blackhole interpreter
            insn = self.emit('exc_isinstance', args[:1], self.result(op))
            insn.extra = op.args[1].value
            return
        # generic: a residual call of a Python helper doing the operation
        fn: Any = GENERIC_BINOPS.get(name)
        if name == 'newlist':
            fn = _newlist
        elif name == 'newtuple':
            fn = _newtuple
        if fn is None or op.extra:
            raise CannotLower("operation '%s'" % op.opname)
        self.residual(op, op.opname, fn, args, self.result(op), can_raise=name not in SAFE_OPS)

    def residual(self, op: SpaceOperation, name: str, fn: Any, args: list[Operand],
                 res: Operand | None, can_raise: bool, pure: bool = False) -> None:
        rkind = res.kind if res is not None else VOID
        cd = self.cw.call_descr_for_helper(name, fn, [a.kind for a in args], rkind, can_raise)
        if pure:
            cd.effectinfo.extraeffect = EF_ELIDABLE_CAN_RAISE
        insn = self.emit('residual_call', args, res)
        insn.descr = cd
        insn.extra = fn

    def lower_call(self, op: SpaceOperation) -> None:
        info = op.info
        res = self.result(op)
        if op.extra:
            raise CannotLower('keyword call')
        if not isinstance(info, tuple):
            raise CannotLower('call %r' % (info,))
        if info[0] == 'direct':
            self.call_desc(op, info[1], [self.operand(a) for a in info[2]], res)
            return
        if info[0] == 'new':
            cd, init, posargs = info[1], info[2], info[3]
            if any(c.is_builtin_exc for c in cd.mro()) and init is None \
                    and self.lower_new_builtin_exc(cd, posargs, res):
                return
            if any(c.is_builtin_exc for c in cd.mro()) and init is None:
                fn = cd.cls
                args = [self.operand(a) for a in posargs]
                self.residual(op, 'new ' + cd.name, fn, args, res, can_raise=True)
                return
            assert res is not None
            insn = self.emit('new', [], res)
            insn.descr = self.cw.size_descr(cd)
            if init is not None:
                self.call_desc(op, init, [res] + [self.operand(a) for a in posargs], None)
            return
        if info[0] in ('builtin', 'external'):
            fnc = op.args[0]
            if not isinstance(fnc, Constant):
                raise CannotLower('call of a variable builtin')
            fn = fnc.value
            if info[0] == 'builtin' and info[1] == 'isinstance':
                classes = tuple([c.cls for c in info[3]]) if len(info) > 3 else None
                if classes is None:
                    raise CannotLower('isinstance %r' % (info,))
                insn = self.emit('class_test', [self.operand(op.args[1])], res)
                insn.extra = lambda cls, classes=classes: issubclass(cls, classes)
                insn.classes = classes
                return
            if info[0] == 'builtin' and self.lower_builtin_call(op, info, res):
                return
            if fn is math.sqrt and self.lower_sqrt(op, res):
                return
            args = [self.operand(a) for a in op.args[1:]]
            self.residual(op, getattr(fn, '__name__', 'builtin'), fn, args, res, can_raise=True)
            return
        if info[0] == 'indirect':
            args = [self.operand(a) for a in op.args]
            self.residual(op, 'indirect call', lambda f, *a: f(*a), args, res, can_raise=True)
            return
        raise CannotLower('call %r' % (info[0],))

    def float_operand(self, a: Operand) -> Operand:
        """a, or an int a converted into a new float register."""
        if a.kind != INT:
            return a
        t = Operand(FLOAT, self.jc.num_regs[FLOAT], None)
        self.jc.num_regs[FLOAT] += 1
        self.jc.regs_by_key[t.key()] = t
        self.emit('cast_int_to_float', [a], t)
        return t

    def lower_sqrt(self, op: SpaceOperation, res: Operand | None) -> bool:
        """math.sqrt(x) (libm's sqrt when translated: NaN below zero, no
        exception) is the instruction float_sqrt: the optimizer folds and
        shares it like any arithmetic, the backend emits sqrtsd."""
        if res is None or res.kind != FLOAT or len(op.args) != 2:
            return False
        a = self.float_operand(self.operand(op.args[1]))
        if a.kind != FLOAT:
            return False
        self.emit('float_sqrt', [a], res)
        return True

    def lower_new_builtin_exc(self, cd: ClassDef, posargs: list[Any],
                              res: Operand | None) -> bool:
        """E() or E(msg) of a class without __init__ deriving from a builtin
        exception: `new`, then the message into Exception's `__msg` (what
        funcgen's gen_new does; a KeyError's message is the key's repr:
        not lowered)."""
        exc = self.cw.ann.classdefs.get(Exception)
        kerr = self.cw.ann.classdefs.get(KeyError)
        if res is None or exc is None or '__msg' not in exc.fields or len(posargs) > 1:
            return False
        if kerr is not None and cd.issubclass(kerr):
            return False
        if posargs:
            a = posargs[0]
            s = a.annotation
            if not (isinstance(a, Constant) and isinstance(a.value, str)) and \
                    not isinstance(s, M.SomeStr):
                return False
        insn = self.emit('new', [], res)
        insn.descr = self.cw.size_descr(cd)
        if posargs:
            st = self.emit('setfield', [res, self.operand(posargs[0])], None)
            st.descr = self.cw.field_descr(exc, '__msg')
        return True

    def lower_call_method(self, op: SpaceOperation) -> None:
        info = op.info
        res = self.result(op)
        if op.extra:
            raise CannotLower('keyword call')
        if isinstance(info, tuple) and info[0] == 'direct':
            self.call_desc(op, info[1], [self.operand(a) for a in info[2]], res)
            return
        if isinstance(info, tuple) and info[0] == 'method':
            cd, mname, desc, args = info[1], info[2], info[3], info[4]
            impls = set()
            for sub in cd.all_subdefs():
                lk = sub.lookup(mname)
                if lk is not None:
                    impls.add(lk[1])
            ops = [self.operand(a) for a in args]
            if len(impls) <= 1:
                self.call_desc(op, desc, ops, res)
                return
            insn = self.emit('method_call', ops, res)
            insn.extra = mname
            mcd = self.cw.call_descr_for_helper(
                'method ' + mname, None, [a.kind for a in ops],
                res.kind if res is not None else VOID, True)
            fields, arrays = self.cw.effects_of(desc)
            mcd.effectinfo.write_fields = fields
            mcd.effectinfo.write_arrays = arrays
            mcd.touches_vable = self.cw.touches_vable(desc)
            insn.descr = mcd
            return
        if isinstance(info, tuple) and info[0] == 'bmethod' and self.lower_bmethod(op, info, res):
            return
        if isinstance(info, tuple) and info[0] in ('fieldcall',):
            raise CannotLower('call of a function stored in a field')
        name = op.args[1].value if isinstance(op.args[1], Constant) else None
        if not isinstance(name, str):
            raise CannotLower('call_method')
        args = [self.operand(a) for a in [op.args[0]] + op.args[2:]]
        fn = lambda obj, *a, name=name: getattr(obj, name)(*a)
        self.residual(op, 'method ' + name, fn, args, res, can_raise=True)

    def call_desc(self, op: SpaceOperation, desc: FuncDesc, args: list[Operand],
                  res: Operand | None) -> None:
        if self.cw.look_inside(desc):
            jc = self.cw.get_jitcode(desc)
            insn = self.emit('inline_call', args, res)
            insn.extra = jc
            return
        pred = jit_hints_of(desc.func).get('look_inside_iff')
        if pred is not None and desc.graph is not None:
            self.call_look_inside_iff(desc, self.cw.find_desc(pred), args, res)
            return
        self.residual_call_of(desc, args, res)

    def call_look_inside_iff(self, desc: FuncDesc, pdesc: FuncDesc | None, args: list[Operand],
                             res: Operand | None) -> None:
        """A call of a @look_inside_iff(pred) function (PyPy's meaning):
        the predicate, inlined, is traced on the arguments (folding where
        they are constants, else a guard on its result); where it holds
        the function is inlined (as if unroll_safe), else called as a
        whole.  Without a jitcode of either: a residual call."""
        pjc = self.cw.get_jitcode(pdesc) if pdesc is not None else None
        jc = self.cw.get_jitcode(desc)
        if pjc is None or jc is None:
            self.residual_call_of(desc, args, res)
            return
        t = self.temp(INT)
        test = self.emit('inline_call', args, t)
        test.extra = pjc
        br = self.emit('goto_if_not', [t], None)
        inline = self.emit('inline_call', args, res)
        inline.extra = jc
        skip = self.emit('goto', [], None)
        br.target = len(self.jc.code)
        self.residual_call_of(desc, args, res)
        skip.target = len(self.jc.code)
        # in a try block, the handler (set on the last instruction, the
        # residual call) catches what the inlined calls raise too
        self.also_raising.append(test)
        self.also_raising.append(inline)

    def residual_call_of(self, desc: FuncDesc, args: list[Operand], res: Operand | None) -> None:
        rkind = res.kind if res is not None else VOID
        insn = self.emit('residual_call', args, res)
        insn.descr = self.cw.call_descr_for_function(desc, [a.kind for a in args], rkind)
        insn.extra = desc.func


def insn_reads(insn: Insn) -> list[Operand]:
    return [a for a in insn.args if a.is_reg()]


def compute_liveness(jc: JitCode) -> None:
    """live[pc]: keys of the registers read at or after pc before being
    written (a backward fixpoint over the instruction list)."""
    n = len(jc.code)
    live: list[set[int]] = [set() for _ in range(n + 1)]
    changed = True
    while changed:
        changed = False
        for pc in range(n - 1, -1, -1):
            insn = jc.code[pc]
            out: set[int] = set()
            name = insn.opname
            if name == 'goto':
                out |= live[insn.target]
            elif name in ('return', 'raise', 'reraise', 'unreachable'):
                pass
            else:
                out |= live[pc + 1]
                if insn.target >= 0:
                    out |= live[insn.target]
            if insn.catch >= 0:
                out |= live[insn.catch]
            s = set(out)
            if insn.result is not None:
                s.discard(insn.result.key())
            for d in insn.dsts:
                s.discard(d.key())
            for a in insn_reads(insn):
                s.add(a.key())
            if s != live[pc]:
                live[pc] = s
                changed = True
    jc.live = live
