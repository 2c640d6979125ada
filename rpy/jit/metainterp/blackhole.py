"""The blackhole interpreter on encoded jitcodes (jitcodedata.py): runs a
driver's jitcodes concretely, without tracing -- what finishes an
iteration after a guard failure, and the interpreter of the portal before
a loop is hot.

Registers are three typed files per frame (`list[int]`, `list[GCRef |
None]`, `list[float]`); instructions are dispatched on a small int found
once per opcode from `JitCodeTable.opnames` (BH_* below), so the loop is
an if-chain on ints.  Everything touching the program's objects goes
through `cpu` (a BHCpu: heap access by descr index, allocation, calls,
type ids): untranslated `UntranslatedCpu` (bhcpu.py) on Python objects;
translated `TranslatedCpu` (bhcpu_translated.py): rgcref reads/writes at
the records' offsets and the x86 backend's call stubs.

Exceptions: a raising call leaves its exception in `cpu.exc`; the
blackhole unwinds to the `catch` pc of the instruction in the innermost
frame, or pops the frame; past the first frame, `run` returns with
`self.exc` set.  RPy code: tests/rpy/jit/programs/jitcode_table_prog.py
runs a portal with it translated.  The tracer (tracer.py) is a subclass
recording around this dispatch; resuming rebuilds frames for run_frames.
Not done: virtualizable frames.
"""
from __future__ import annotations

from rpy.rlib import rmath
from rpy.rlib.rarithmetic import intmask, ovfcheck
from rpy.rlib.rgcref import GCRef
from rpy.jit.metainterp.resoperation import AbstractDescr, AbstractValue
from rpy.jit.metainterp.jitcodedata import (
    JitCodeTable, JitCodeData, insn_length, method_jitcode, operand_index, operand_is_const,
    operand_kind)

INT = 0
REF = 1
FLOAT = 2

_NAMES = ['goto', 'goto_if_not', 'moves', 'return', 'raise', 'reraise', 'last_exc',
          'exc_match', 'exc_isinstance', 'class_test', 'inline_call', 'method_call',
          'residual_call', 'getfield', 'setfield', 'getarrayitem', 'setarrayitem', 'new',
          'promote', 'jit_merge_point', 'can_enter_jit', 'unreachable',
          'int_add', 'int_sub', 'int_mul', 'int_and', 'int_or', 'int_xor', 'int_lshift',
          'int_rshift', 'int_floordiv', 'int_mod', 'int_lt', 'int_le', 'int_eq', 'int_ne',
          'int_gt', 'int_ge', 'uint_lt', 'int_neg', 'int_invert', 'int_is_true', 'int_is_zero',
          'int_add_ovf', 'int_sub_ovf', 'int_mul_ovf', 'int_neg_ovf',
          'float_add', 'float_sub', 'float_mul', 'float_truediv', 'float_neg', 'float_lt',
          'float_le', 'float_eq', 'float_ne', 'float_gt', 'float_ge', 'cast_int_to_float',
          'ptr_eq', 'ptr_ne', 'float_sqrt']
BH: dict[str, int] = {}
for _i, _n in enumerate(_NAMES):
    BH[_n] = _i
BH_UNKNOWN = -1
# the same numbers as constants (folded in the dispatch chain; a lookup of
# BH_NAME per test would hash a string)
BH_GOTO = 0
BH_GOTO_IF_NOT = 1
BH_MOVES = 2
BH_RETURN = 3
BH_RAISE = 4
BH_RERAISE = 5
BH_LAST_EXC = 6
BH_EXC_MATCH = 7
BH_EXC_ISINSTANCE = 8
BH_CLASS_TEST = 9
BH_INLINE_CALL = 10
BH_METHOD_CALL = 11
BH_RESIDUAL_CALL = 12
BH_GETFIELD = 13
BH_SETFIELD = 14
BH_GETARRAYITEM = 15
BH_SETARRAYITEM = 16
BH_NEW = 17
BH_PROMOTE = 18
BH_JIT_MERGE_POINT = 19
BH_CAN_ENTER_JIT = 20
BH_UNREACHABLE = 21
BH_INT_ADD = 22
BH_INT_SUB = 23
BH_INT_MUL = 24
BH_INT_AND = 25
BH_INT_OR = 26
BH_INT_XOR = 27
BH_INT_LSHIFT = 28
BH_INT_RSHIFT = 29
BH_INT_FLOORDIV = 30
BH_INT_MOD = 31
BH_INT_LT = 32
BH_INT_LE = 33
BH_INT_EQ = 34
BH_INT_NE = 35
BH_INT_GT = 36
BH_INT_GE = 37
BH_UINT_LT = 38
BH_INT_NEG = 39
BH_INT_INVERT = 40
BH_INT_IS_TRUE = 41
BH_INT_IS_ZERO = 42
BH_INT_ADD_OVF = 43
BH_INT_SUB_OVF = 44
BH_INT_MUL_OVF = 45
BH_INT_NEG_OVF = 46
BH_FLOAT_ADD = 47
BH_FLOAT_SUB = 48
BH_FLOAT_MUL = 49
BH_FLOAT_TRUEDIV = 50
BH_FLOAT_NEG = 51
BH_FLOAT_LT = 52
BH_FLOAT_LE = 53
BH_FLOAT_EQ = 54
BH_FLOAT_NE = 55
BH_FLOAT_GT = 56
BH_FLOAT_GE = 57
BH_CAST_INT_TO_FLOAT = 58
BH_PTR_EQ = 59
BH_PTR_NE = 60
BH_FLOAT_SQRT = 61
BH_LAST_PURE = 61       # BH_INT_ADD..BH_LAST_PURE: the arithmetic instructions


class BHCpu:
    """What the blackhole needs from the program's objects (descrs are
    indexes in the table's descr records).  Implementations: bhcpu.py
    (untranslated, Python objects), bhcpu_translated.py (rgcref and call
    stubs)."""
    exc: GCRef | None      # the exception the last call raised

    def bh_getfield_i(self, obj: GCRef | None, d: int) -> int:
        raise NotImplementedError

    def bh_getfield_r(self, obj: GCRef | None, d: int) -> GCRef | None:
        raise NotImplementedError

    def bh_getfield_f(self, obj: GCRef | None, d: int) -> float:
        raise NotImplementedError

    def bh_setfield_i(self, obj: GCRef | None, d: int, v: int) -> None:
        raise NotImplementedError

    def bh_setfield_r(self, obj: GCRef | None, d: int, v: GCRef | None) -> None:
        raise NotImplementedError

    def bh_setfield_f(self, obj: GCRef | None, d: int, v: float) -> None:
        raise NotImplementedError

    def bh_getarrayitem_i(self, arr: GCRef | None, i: int, d: int) -> int:
        raise NotImplementedError

    def bh_getarrayitem_r(self, arr: GCRef | None, i: int, d: int) -> GCRef | None:
        raise NotImplementedError

    def bh_getarrayitem_f(self, arr: GCRef | None, i: int, d: int) -> float:
        raise NotImplementedError

    def bh_setarrayitem_i(self, arr: GCRef | None, i: int, d: int, v: int) -> None:
        raise NotImplementedError

    def bh_setarrayitem_r(self, arr: GCRef | None, i: int, d: int, v: GCRef | None) -> None:
        raise NotImplementedError

    def bh_setarrayitem_f(self, arr: GCRef | None, i: int, d: int, v: float) -> None:
        raise NotImplementedError

    def bh_new(self, d: int) -> GCRef | None:
        raise NotImplementedError

    def bh_new_array(self, d: int, length: int) -> GCRef | None:
        """A zeroed array of the ArrayDescr d (materializing a virtual one)."""
        raise NotImplementedError

    def bh_new_list(self, d: int, items: GCRef | None, length: int) -> GCRef | None:
        """A list (d: rpy_list's SizeDescr) of `length` items stored in the
        array `items` (materializing a virtual list)."""
        raise NotImplementedError

    def typeid(self, obj: GCRef) -> int:
        raise NotImplementedError

    def make_exception(self, which: int) -> GCRef | None:
        """A new OverflowError (which == 0), for the _ovf operations."""
        raise NotImplementedError

    def bh_call_i(self, d: int, ai: list[int], ar: list[GCRef | None], af: list[float]) -> int:
        raise NotImplementedError

    def bh_call_r(self, d: int, ai: list[int], ar: list[GCRef | None],
                  af: list[float]) -> GCRef | None:
        raise NotImplementedError

    def bh_call_f(self, d: int, ai: list[int], ar: list[GCRef | None], af: list[float]) -> float:
        raise NotImplementedError

    def bh_call_v(self, d: int, ai: list[int], ar: list[GCRef | None], af: list[float]) -> None:
        raise NotImplementedError

    # what the tracer (tracer.py) needs besides: the trace's view of the
    # same descrs and values

    def num_descrs(self) -> int:
        raise NotImplementedError

    def descr_object(self, d: int) -> AbstractDescr:
        """The resoperation descr of record d, as the backend wants it."""
        raise NotImplementedError

    def func_const(self, d: int) -> int:
        """The address a call_* of call descr d calls (its first argument)."""
        raise NotImplementedError

    def class_of(self, obj: GCRef) -> int:
        """What guard_class compares with (the SizeDescrs' vtable)."""
        raise NotImplementedError

    def const_ref(self, ref: GCRef | None) -> AbstractValue:
        """The trace constant of a reference."""
        raise NotImplementedError

    def ref_of_const(self, c: AbstractValue) -> GCRef | None:
        raise NotImplementedError


class BHFrame:
    jitcode: JitCodeData
    pc: int
    regs_i: list[int]
    regs_r: list[GCRef | None]
    regs_f: list[float]
    last_exc: GCRef | None

    def __init__(self, jitcode: JitCodeData) -> None:
        self.jitcode = jitcode
        self.pc = 0
        self.regs_i = [0] * jitcode.num_regs[INT]
        self.regs_r = [None] * jitcode.num_regs[REF]
        self.regs_f = [0.0] * jitcode.num_regs[FLOAT]
        self.last_exc = None


class BlackholeInterp:
    table: JitCodeTable
    cpu: BHCpu
    ops: list[int]              # per opcode of the table: its BH_* number
    frames: list[BHFrame]
    exc: GCRef | None           # the exception that left the portal
    result_i: int               # the value the last frame returned
    result_r: GCRef | None
    result_f: float
    steps: int
    stop_at_merge_point: bool   # the portal frame stops at its jit_merge_point
    merge_i: list[int]          # ... with its operands' values (KIND_MERGE_POINT)
    merge_r: list[GCRef | None]
    merge_f: list[float]
    can_enter_seen: bool        # the portal frame passed its can_enter_jit (a loop's end)
    move_i: list[int]           # do_moves' scratch: the values read before any is written
    move_r: list[GCRef | None]
    move_f: list[float]

    def __init__(self, table: JitCodeTable, cpu: BHCpu) -> None:
        self.table = table
        self.cpu = cpu
        self.ops = [BH.get(name, BH_UNKNOWN) for name in table.opnames]
        self.frames: list[BHFrame] = []
        self.exc: GCRef | None = None
        self.result_i = 0
        self.result_r: GCRef | None = None
        self.result_f = 0.0
        self.steps = 0
        self.stop_at_merge_point = False
        self.merge_i: list[int] = []
        self.merge_r: list[GCRef | None] = []
        self.merge_f: list[float] = []
        self.can_enter_seen = False
        self.move_i: list[int] = []
        self.move_r: list[GCRef | None] = []
        self.move_f: list[float] = []

    # ------------------------------------------------------------ operands

    def get_i(self, f: BHFrame, w: int) -> int:
        if operand_is_const(w):
            return f.jitcode.consts_i[operand_index(w)]
        return f.regs_i[operand_index(w)]

    def get_r(self, f: BHFrame, w: int) -> GCRef | None:
        if operand_is_const(w):
            return f.jitcode.consts_r[operand_index(w)]
        return f.regs_r[operand_index(w)]

    def get_f(self, f: BHFrame, w: int) -> float:
        if operand_is_const(w):
            return f.jitcode.consts_f[operand_index(w)]
        return f.regs_f[operand_index(w)]

    def arg(self, f: BHFrame, k: int) -> int:
        """The operand word of argument k of the instruction at f.pc."""
        return f.jitcode.code[f.pc + 2 + k]

    def nargs(self, f: BHFrame) -> int:
        return f.jitcode.code[f.pc + 1]

    def result_word(self, f: BHFrame) -> int:
        return f.jitcode.code[f.pc + 2 + f.jitcode.code[f.pc + 1]]

    def tail(self, f: BHFrame, k: int) -> int:
        """k = 0: extra, 1: catch, 2: target, 3: descr."""
        return f.jitcode.code[f.pc + insn_length(f.jitcode.code, f.pc) - 1 - k]

    def set_i(self, f: BHFrame, w: int, v: int) -> None:
        if w >= 0:
            f.regs_i[operand_index(w)] = v

    def set_r(self, f: BHFrame, w: int, v: GCRef | None) -> None:
        if w >= 0:
            f.regs_r[operand_index(w)] = v

    def set_f(self, f: BHFrame, w: int, v: float) -> None:
        if w >= 0:
            f.regs_f[operand_index(w)] = v

    def next(self, f: BHFrame) -> None:
        f.pc += insn_length(f.jitcode.code, f.pc)

    # ------------------------------------------------------------ running

    def push(self, index: int) -> BHFrame:
        if len(self.frames) >= MAX_DEPTH:
            # the interpreter itself would hit the C stack limit
            raise RecursionError
        f = self.new_frame(self.table.jitcodes[index])
        self.frames.append(f)
        return f

    def new_frame(self, jitcode: JitCodeData) -> BHFrame:
        return BHFrame(jitcode)     # the tracer's frames also have boxes

    def run_portal(self, args_i: list[int], args_r: list[GCRef | None],
                   args_f: list[float]) -> int:
        """Run the portal's jitcode on its arguments (in order per kind) to
        its return: the kind returned (-1: none), the value in result_*;
        an exception leaving it is left in self.exc (kind -2)."""
        f = self.push(self.table.portal)
        self.fill_regs(f, f.jitcode.arg_regs, args_i, args_r, args_f)
        return self.loop(0)

    def fill_regs(self, f: BHFrame, words: list[int], args_i: list[int],
                  args_r: list[GCRef | None], args_f: list[float]) -> None:
        """The register operands among `words` get the values of args_*,
        in order per kind (constant operands are skipped)."""
        ki = kr = kf = 0
        for w in words:
            if operand_is_const(w):
                continue
            kind = operand_kind(w)
            if kind == INT:
                self.set_i(f, w, args_i[ki])
                ki += 1
            elif kind == REF:
                self.set_r(f, w, args_r[kr])
                kr += 1
            else:
                self.set_f(f, w, args_f[kf])
                kf += 1

    def enter_at_merge_point(self, args_i: list[int], args_r: list[GCRef | None],
                             args_f: list[float]) -> int:
        """Run the portal from its jit_merge_point: the merge point's
        register operands (greens then reds, in order, per kind) get the
        values given, and the portal runs from the instruction after it --
        to its return (as run_portal), or, with `stop_at_merge_point`, to
        the next time the portal frame reaches the merge point
        (KIND_MERGE_POINT, the operands' values in merge_i/r/f).  How the
        compiled portal hands an iteration to the JIT."""
        f = self.setup_at_merge_point(args_i, args_r, args_f)
        self.next(f)
        return self.loop(0)

    def setup_at_merge_point(self, args_i: list[int], args_r: list[GCRef | None],
                             args_f: list[float]) -> BHFrame:
        """The portal frame at its jit_merge_point (not run yet), its
        operands set from args_* (enter_at_merge_point; the tracer)."""
        f = self.push(self.table.portal)
        f.pc = merge_point_pc(self.table)
        self.fill_regs(f, [self.arg(f, k) for k in range(self.nargs(f))], args_i, args_r, args_f)
        return f

    def run_frames(self, frames: list[BHFrame]) -> int:
        """Go on with `frames` (frames[0] the portal's, each at the pc
        of its next instruction, registers filled): what resuming after a
        guard failure does once it has rebuilt the frames.  Returns as
        enter_at_merge_point."""
        self.frames = frames
        return self.loop(0)

    def run_frames_raising(self, frames: list[BHFrame], exc: GCRef | None) -> int:
        """run_frames, the innermost frame first raising exc at its pc
        (resuming after a failed guard_no_exception)."""
        self.frames = frames
        kind = self.raise_exc(exc)
        if kind != -3:
            return kind
        return self.loop(0)

    def stop_at(self, f: BHFrame) -> int:
        """At the portal frame's merge point: record its operands and
        leave the frame where it is."""
        self.merge_i = []
        self.merge_r = []
        self.merge_f = []
        for k in range(self.nargs(f)):
            w = self.arg(f, k)
            if operand_is_const(w):
                continue
            kind = operand_kind(w)
            if kind == INT:
                self.merge_i.append(self.get_i(f, w))
            elif kind == REF:
                self.merge_r.append(self.get_r(f, w))
            else:
                self.merge_f.append(self.get_f(f, w))
        self.frames.pop()
        return KIND_MERGE_POINT

    def loop(self, base: int) -> int:
        while True:
            f = self.frames[len(self.frames) - 1]
            self.steps += 1
            kind = self.step(f)
            if kind != -3 and len(self.frames) == base:
                return kind

    def step(self, f: BHFrame) -> int:
        """One instruction; -3 normally, else the kind of the value the
        outermost frame returned (-1 none, -2 an exception), or
        KIND_MERGE_POINT."""
        code = f.jitcode.code
        op = self.ops[code[f.pc]]
        if op == BH_GOTO:
            f.pc = self.tail(f, 2)
        elif op == BH_GOTO_IF_NOT:
            if self.get_i(f, self.arg(f, 0)):
                self.next(f)
            else:
                f.pc = self.tail(f, 2)
        elif op == BH_MOVES:
            self.do_moves(f)
        elif op == BH_RETURN:
            return self.do_return(f)
        elif op == BH_RAISE:
            return self.raise_exc(self.get_r(f, self.arg(f, 0)))
        elif op == BH_RERAISE:
            return self.raise_exc(f.last_exc)
        elif op == BH_LAST_EXC:
            self.set_r(f, self.result_word(f), f.last_exc)
            self.next(f)
        elif op == BH_EXC_MATCH:
            if self.in_ranges(f.last_exc, self.tail(f, 0)):
                self.next(f)
            else:
                f.pc = self.tail(f, 2)
        elif op == BH_EXC_ISINSTANCE or op == BH_CLASS_TEST:
            obj = self.get_r(f, self.arg(f, 0))
            if op == BH_CLASS_TEST and self.tail(f, 0) < 0:
                raise ValueError('blackhole: class_test of a class attribute (not encoded)')
            self.set_i(f, self.result_word(f), int(self.in_ranges(obj, self.tail(f, 0))))
            self.next(f)
        elif op == BH_INLINE_CALL:
            self.call_jitcode(f, self.tail(f, 0))
        elif op == BH_METHOD_CALL:
            obj = self.get_r(f, self.arg(f, 0))
            index = -1
            if obj is not None:
                index = method_jitcode(self.table, self.tail(f, 0), self.cpu.typeid(obj))
            if index < 0:
                raise ValueError('blackhole: method_call of a method not traced into')
            self.call_jitcode(f, index)
        elif op == BH_RESIDUAL_CALL:
            return self.do_residual_call(f)
        elif op == BH_GETFIELD:
            self.do_getfield(f)
        elif op == BH_SETFIELD:
            self.do_setfield(f)
        elif op == BH_GETARRAYITEM:
            self.do_getarrayitem(f)
        elif op == BH_SETARRAYITEM:
            self.do_setarrayitem(f)
        elif op == BH_NEW:
            self.set_r(f, self.result_word(f), self.cpu.bh_new(self.tail(f, 3)))
            self.next(f)
        elif op == BH_PROMOTE:
            self.do_moves_1(f)
        elif op == BH_JIT_MERGE_POINT:
            if self.stop_at_merge_point and len(self.frames) == 1:
                return self.stop_at(f)
            self.next(f)
        elif op == BH_CAN_ENTER_JIT:
            if len(self.frames) == 1:
                self.can_enter_seen = True
            self.next(f)
        elif op >= BH_INT_ADD and op <= BH_INT_NEG_OVF:
            return self.int_op(f, op)
        elif op >= BH_FLOAT_ADD and op <= BH_LAST_PURE:
            self.float_or_ptr_op(f, op)
        else:
            raise ValueError('blackhole: opcode %s' % self.table.opnames[code[f.pc]])
        return -3

    def do_moves(self, f: BHFrame) -> None:
        code = f.jitcode.code
        n = self.nargs(f)
        vals_i = self.move_i
        vals_r = self.move_r
        vals_f = self.move_f
        while len(vals_i) < n:
            vals_i.append(0)
            vals_r.append(None)
            vals_f.append(0.0)
        for k in range(n):       # read all, then write: a parallel copy
            w = self.arg(f, k)
            kind = operand_kind(w)
            if kind == INT:
                vals_i[k] = self.get_i(f, w)
            elif kind == REF:
                vals_r[k] = self.get_r(f, w)
            else:
                vals_f[k] = self.get_f(f, w)
        base = f.pc + 4 + n
        for k in range(n):
            d = code[base + k]
            kind = operand_kind(d)
            if kind == INT:
                self.set_i(f, d, vals_i[k])
            elif kind == REF:
                self.set_r(f, d, vals_r[k])
            else:
                self.set_f(f, d, vals_f[k])
            vals_r[k] = None     # keep no object alive
        self.next(f)

    def do_moves_1(self, f: BHFrame) -> None:
        w = self.arg(f, 0)
        r = self.result_word(f)
        kind = operand_kind(w)
        if kind == INT:
            self.set_i(f, r, self.get_i(f, w))
        elif kind == REF:
            self.set_r(f, r, self.get_r(f, w))
        else:
            self.set_f(f, r, self.get_f(f, w))
        self.next(f)

    def in_ranges(self, obj: GCRef | None, k: int) -> bool:
        if obj is None or k < 0:
            return False
        tid = self.cpu.typeid(obj)
        ranges = self.table.class_ranges
        n = ranges[k]
        for j in range(n):
            if ranges[k + 1 + 2 * j] <= tid and tid <= ranges[k + 2 + 2 * j]:
                return True
        return False

    # ------------------------------------------------------------ calls

    def call_jitcode(self, f: BHFrame, index: int) -> None:
        callee = self.push(index)
        params = callee.jitcode.arg_regs
        for k in range(len(params)):
            w = self.arg(f, k)
            d = params[k]
            kind = operand_kind(w)
            if kind == INT:
                self.set_i(callee, d, self.get_i(f, w))
            elif kind == REF:
                self.set_r(callee, d, self.get_r(f, w))
            else:
                self.set_f(callee, d, self.get_f(f, w))

    def do_return(self, f: BHFrame) -> int:
        kind = -1
        if self.nargs(f) > 0:
            w = self.arg(f, 0)
            kind = operand_kind(w)
            if kind == INT:
                self.result_i = self.get_i(f, w)
            elif kind == REF:
                self.result_r = self.get_r(f, w)
            else:
                self.result_f = self.get_f(f, w)
        self.frames.pop()
        if not self.frames:
            return kind
        caller = self.frames[len(self.frames) - 1]
        r = self.result_word(caller)
        if r >= 0:
            rk = operand_kind(r)
            if rk == INT:
                self.set_i(caller, r, self.result_i)
            elif rk == REF:
                self.set_r(caller, r, self.result_r)
            else:
                self.set_f(caller, r, self.result_f)
        self.next(caller)
        return -3

    def do_residual_call(self, f: BHFrame) -> int:
        return self.do_call(f, self.tail(f, 3))

    def do_call(self, f: BHFrame, d: int) -> int:
        """The call of descr d with the operands of f's instruction (a
        residual call; the tracer's portal call at an inline_call)."""
        args_i: list[int] = []
        args_r: list[GCRef | None] = []
        args_f: list[float] = []
        for k in range(self.nargs(f)):
            w = self.arg(f, k)
            kind = operand_kind(w)
            if kind == INT:
                args_i.append(self.get_i(f, w))
            elif kind == REF:
                args_r.append(self.get_r(f, w))
            else:
                args_f.append(self.get_f(f, w))
        r = self.result_word(f)
        cpu = self.cpu
        if r < 0:
            cpu.bh_call_v(d, args_i, args_r, args_f)
        elif operand_kind(r) == INT:
            self.set_i(f, r, cpu.bh_call_i(d, args_i, args_r, args_f))
        elif operand_kind(r) == REF:
            self.set_r(f, r, cpu.bh_call_r(d, args_i, args_r, args_f))
        else:
            self.set_f(f, r, cpu.bh_call_f(d, args_i, args_r, args_f))
        if cpu.exc is not None:
            exc = cpu.exc
            cpu.exc = None
            return self.raise_exc(exc)
        self.next(f)
        return -3

    def raise_exc(self, exc: GCRef | None) -> int:
        """Unwind to the handler of the current instruction of the
        innermost frame, or pop frames; -2 once no frame is left."""
        while self.frames:
            f = self.frames[len(self.frames) - 1]
            op = self.ops[f.jitcode.code[f.pc]]
            catch = self.tail(f, 1)
            if catch >= 0 and op != BH_RAISE and op != BH_RERAISE:
                f.last_exc = exc
                f.pc = catch
                return -3
            self.frames.pop()
        self.exc = exc
        return -2

    def raise_builtin(self, which: int) -> int:
        return self.raise_exc(self.cpu.make_exception(which))

    # ------------------------------------------------------------ heap

    def do_getfield(self, f: BHFrame) -> None:
        obj = self.get_r(f, self.arg(f, 0))
        d = self.tail(f, 3)
        r = self.result_word(f)
        kind = operand_kind(r)
        if kind == INT:
            self.set_i(f, r, self.cpu.bh_getfield_i(obj, d))
        elif kind == REF:
            self.set_r(f, r, self.cpu.bh_getfield_r(obj, d))
        else:
            self.set_f(f, r, self.cpu.bh_getfield_f(obj, d))
        self.next(f)

    def do_setfield(self, f: BHFrame) -> None:
        obj = self.get_r(f, self.arg(f, 0))
        w = self.arg(f, 1)
        d = self.tail(f, 3)
        kind = operand_kind(w)
        if kind == INT:
            self.cpu.bh_setfield_i(obj, d, self.get_i(f, w))
        elif kind == REF:
            self.cpu.bh_setfield_r(obj, d, self.get_r(f, w))
        else:
            self.cpu.bh_setfield_f(obj, d, self.get_f(f, w))
        self.next(f)

    def do_getarrayitem(self, f: BHFrame) -> None:
        arr = self.get_r(f, self.arg(f, 0))
        i = self.get_i(f, self.arg(f, 1))
        d = self.tail(f, 3)
        r = self.result_word(f)
        kind = operand_kind(r)
        if kind == INT:
            self.set_i(f, r, self.cpu.bh_getarrayitem_i(arr, i, d))
        elif kind == REF:
            self.set_r(f, r, self.cpu.bh_getarrayitem_r(arr, i, d))
        else:
            self.set_f(f, r, self.cpu.bh_getarrayitem_f(arr, i, d))
        self.next(f)

    def do_setarrayitem(self, f: BHFrame) -> None:
        arr = self.get_r(f, self.arg(f, 0))
        i = self.get_i(f, self.arg(f, 1))
        w = self.arg(f, 2)
        d = self.tail(f, 3)
        kind = operand_kind(w)
        if kind == INT:
            self.cpu.bh_setarrayitem_i(arr, i, d, self.get_i(f, w))
        elif kind == REF:
            self.cpu.bh_setarrayitem_r(arr, i, d, self.get_r(f, w))
        else:
            self.cpu.bh_setarrayitem_f(arr, i, d, self.get_f(f, w))
        self.next(f)

    # ------------------------------------------------------------ arithmetic

    def int_op(self, f: BHFrame, op: int) -> int:
        a = self.get_i(f, self.arg(f, 0))
        b = self.get_i(f, self.arg(f, 1)) if self.nargs(f) > 1 else 0
        r = 0
        if op == BH_INT_ADD:
            r = intmask(a + b)
        elif op == BH_INT_SUB:
            r = intmask(a - b)
        elif op == BH_INT_MUL:
            r = intmask(a * b)
        elif op == BH_INT_AND:
            r = a & b
        elif op == BH_INT_OR:
            r = a | b
        elif op == BH_INT_XOR:
            r = a ^ b
        elif op == BH_INT_LSHIFT:
            r = intmask(a << b)
        elif op == BH_INT_RSHIFT:
            r = a >> b
        elif op == BH_INT_FLOORDIV:
            r = intmask(a // b)     # never emitted with a zero divisor
        elif op == BH_INT_MOD:
            r = a % b
        elif op == BH_INT_LT:
            r = int(a < b)
        elif op == BH_INT_LE:
            r = int(a <= b)
        elif op == BH_INT_EQ:
            r = int(a == b)
        elif op == BH_INT_NE:
            r = int(a != b)
        elif op == BH_INT_GT:
            r = int(a > b)
        elif op == BH_INT_GE:
            r = int(a >= b)
        elif op == BH_UINT_LT:
            r = int((a ^ MININT) < (b ^ MININT))     # unsigned order
        elif op == BH_INT_NEG:
            r = intmask(-a)
        elif op == BH_INT_INVERT:
            r = ~a
        elif op == BH_INT_IS_TRUE:
            r = int(a != 0)
        elif op == BH_INT_IS_ZERO:
            r = int(a == 0)
        else:
            try:
                if op == BH_INT_ADD_OVF:
                    r = ovfcheck(a + b)
                elif op == BH_INT_SUB_OVF:
                    r = ovfcheck(a - b)
                elif op == BH_INT_MUL_OVF:
                    r = ovfcheck(a * b)
                else:
                    r = ovfcheck(-a)
            except OverflowError:
                return self.raise_builtin(0)
        self.set_i(f, self.result_word(f), r)
        self.next(f)
        return -3

    def float_or_ptr_op(self, f: BHFrame, op: int) -> None:
        res = self.result_word(f)
        if op == BH_PTR_EQ or op == BH_PTR_NE:
            same = self.get_r(f, self.arg(f, 0)) is self.get_r(f, self.arg(f, 1))
            self.set_i(f, res, int(same == (op == BH_PTR_EQ)))
        elif op == BH_CAST_INT_TO_FLOAT:
            self.set_f(f, res, float(self.get_i(f, self.arg(f, 0))))
        elif op == BH_FLOAT_NEG:
            self.set_f(f, res, -self.get_f(f, self.arg(f, 0)))
        elif op == BH_FLOAT_SQRT:
            self.set_f(f, res, rmath.c_sqrt(self.get_f(f, self.arg(f, 0))))
        else:
            a = self.get_f(f, self.arg(f, 0))
            b = self.get_f(f, self.arg(f, 1))
            if op == BH_FLOAT_ADD:
                self.set_f(f, res, a + b)
            elif op == BH_FLOAT_SUB:
                self.set_f(f, res, a - b)
            elif op == BH_FLOAT_MUL:
                self.set_f(f, res, a * b)
            elif op == BH_FLOAT_TRUEDIV:
                self.set_f(f, res, a / b)
            elif op == BH_FLOAT_LT:
                self.set_i(f, res, int(a < b))
            elif op == BH_FLOAT_LE:
                self.set_i(f, res, int(a <= b))
            elif op == BH_FLOAT_EQ:
                self.set_i(f, res, int(a == b))
            elif op == BH_FLOAT_NE:
                self.set_i(f, res, int(a != b))
            elif op == BH_FLOAT_GT:
                self.set_i(f, res, int(a > b))
            else:
                self.set_i(f, res, int(a >= b))
        self.next(f)


MININT = -2 ** 63
KIND_MERGE_POINT = -4   # run/enter stopped at the portal's jit_merge_point


def merge_point_pc(table: JitCodeTable) -> int:
    """The pc of the (one) jit_merge_point in the table's portal jitcode."""
    pc = 0
    code = table.jitcodes[table.portal].code
    while pc < len(code):
        if table.opnames[code[pc]] == 'jit_merge_point':
            return pc
        pc += insn_length(code, pc)
    raise ValueError('blackhole: the portal has no jit_merge_point')


MAX_DEPTH = 50000      # frames (a frame of the interpreter is several)
