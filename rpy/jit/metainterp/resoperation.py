"""The operations of traces, declared once in one table (OPERATIONS below),
the ResOperation class (an operation is also the value it produces), and
the descrs that operations carry (fields, sizes, arrays, calls, guards).

Read by the metainterp (recording), the optimizer (rpy/jit/metainterp/
optimizeopt/), the printer (logger.py), the test parser (rpy/jit/tool/
oparser.py) and the backends.  RPy code.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

# ---------------------------------------------------------------- result kinds

INT = 0
REF = 1
FLOAT = 2
VOID = 3

KIND_CHARS = ['i', 'p', 'f', 'v']   # the printer's prefixes of value names

# ---------------------------------------------------------------- the table
#
# One line per operation: name, arity (* = variable), result kind
# (i r f v, or a suffix _i/_r/_f/_n family written name_*), then flags:
#   pure   no side effect, result depends only on the arguments (and the
#          descr): may be folded, CSE'd, moved
#   comm   commutative (two arguments)
#   cmp    a comparison: result is 0 or 1
#   ovf    overflow-checking arithmetic: must be followed by
#          guard_no_overflow or guard_overflow
#   guard  a guard: carries fail_args and a ResumeDescr
#   malloc allocates a fresh object
#   call   a call: descr is a CallDescr with an EffectInfo
#   heapr  reads the heap (getfield/getarrayitem)
#   heapw  writes the heap
#
# restore_exception starts a bridge from an exit that took a pending
# exception (guard_no_exception, guard_exception): that exception is
# pending again, for the bridge's own guard on it.
#
# guard_future_condition never reaches the output: the metainterp records
# it just before a trace's final jump, with the resume state of the loop
# header, and the optimizer copies it when it must add guards there (a
# bridge made to match the label it jumps to).
#
# Integer arithmetic is on signed 64-bit words and wraps; int_floordiv and
# int_mod round towards minus infinity, like RPy's // and %, and are
# never emitted with a zero divisor (the interpreter checks first).
# new, new_with_vtable, new_array, newstr and newunicode return zeroed
# memory (fields never written read as 0 / null: the optimizer relies on it).

OPERATIONS = """
int_add           2 i pure comm
int_sub           2 i pure
int_mul           2 i pure comm
int_floordiv      2 i pure
int_mod           2 i pure
int_and           2 i pure comm
int_or            2 i pure comm
int_xor           2 i pure comm
int_lshift        2 i pure
int_rshift        2 i pure
uint_rshift       2 i pure
int_neg           1 i pure
int_invert        1 i pure
int_lt            2 i pure cmp
int_le            2 i pure cmp
int_eq            2 i pure cmp comm
int_ne            2 i pure cmp comm
int_gt            2 i pure cmp
int_ge            2 i pure cmp
uint_lt           2 i pure cmp
uint_le           2 i pure cmp
uint_gt           2 i pure cmp
uint_ge           2 i pure cmp
int_is_true       1 i pure cmp
int_is_zero       1 i pure cmp
int_add_ovf       2 i ovf comm
int_sub_ovf       2 i ovf
int_mul_ovf       2 i ovf comm
float_add         2 f pure comm
float_sub         2 f pure
float_mul         2 f pure comm
float_truediv     2 f pure
float_neg         1 f pure
float_abs         1 f pure
float_sqrt        1 f pure
float_lt          2 i pure cmp
float_le          2 i pure cmp
float_eq          2 i pure cmp comm
float_ne          2 i pure cmp comm
float_gt          2 i pure cmp
float_ge          2 i pure cmp
cast_int_to_float 1 f pure
cast_float_to_int 1 i pure
ptr_eq            2 i pure cmp comm
ptr_ne            2 i pure cmp comm
instance_ptr_eq   2 i pure cmp comm
instance_ptr_ne   2 i pure cmp comm
same_as_*         1 * pure
guard_true        1 v guard
guard_false       1 v guard
guard_value       2 v guard
guard_class       2 v guard
guard_nonnull     1 v guard
guard_isnull      1 v guard
guard_nonnull_class 2 v guard
guard_no_exception 0 v guard
guard_exception   1 r guard
guard_no_overflow 0 v guard
guard_overflow    0 v guard
guard_not_invalidated 0 v guard
guard_not_forced  0 v guard
guard_future_condition 0 v guard
getfield_gc_*     1 * heapr
getfield_gc_pure_* 1 * pure
setfield_gc       2 v heapw
new               0 r malloc
new_with_vtable   0 r malloc
new_array         1 r malloc
getarrayitem_gc_* 2 * heapr
getarrayitem_gc_pure_* 2 * pure
setarrayitem_gc   3 v heapw
arraylen_gc       1 i pure
newstr            1 r malloc
strlen            1 i pure
strgetitem        2 i pure
strsetitem        3 v heapw
copystrcontent    5 v heapw
newunicode        1 r malloc
unicodelen        1 i pure
unicodegetitem    2 i pure
unicodesetitem    3 v heapw
copyunicodecontent 5 v heapw
call_*            * * call
call_pure_*       * * call
call_may_force_*  * * call
call_assembler_*  * * call
call_loopinvariant_* * * call
escape_*          * * call
label             * v
jump              * v
finish            * v
debug_merge_point 2 v
restore_exception 0 v
"""

OPNAME: list[str] = []
OPARITY: list[int] = []       # -1: any number of arguments
OPRESULT: list[int] = []      # INT REF FLOAT VOID
OPPURE: list[bool] = []
OPCOMM: list[bool] = []
OPCMP: list[bool] = []
OPOVF: list[bool] = []
OPGUARD: list[bool] = []
OPMALLOC: list[bool] = []
OPCALL: list[bool] = []
OPHEAPR: list[bool] = []
OPHEAPW: list[bool] = []
OPNUM_BY_NAME: dict[str, int] = {}


if TYPE_CHECKING:
    class _OpNumbers:
        def __getattr__(self, name: str) -> int: ...
    rop = _OpNumbers()
else:
    class rop:
        """rop.INT_ADD, rop.GUARD_TRUE, ... : the operation numbers, set
        from OPERATIONS at import time."""


def _declare(name: str, arity: str, result: str, flags: list[str]) -> None:
    num = len(OPNAME)
    OPNAME.append(name)
    OPARITY.append(-1 if arity == '*' else int(arity))
    OPRESULT.append({'i': INT, 'r': REF, 'f': FLOAT, 'v': VOID}[result])
    OPPURE.append('pure' in flags)
    OPCOMM.append('comm' in flags)
    OPCMP.append('cmp' in flags)
    OPOVF.append('ovf' in flags)
    OPGUARD.append('guard' in flags)
    OPMALLOC.append('malloc' in flags)
    OPCALL.append('call' in flags)
    OPHEAPR.append('heapr' in flags)
    OPHEAPW.append('heapw' in flags)
    OPNUM_BY_NAME[name] = num
    setattr(rop, name.upper(), num)


def _load_table() -> None:
    for line in OPERATIONS.strip().splitlines():
        words = line.split()
        name, arity, result, flags = words[0], words[1], words[2], words[3:]
        if name.endswith('_*'):
            base = name[:-2]
            suffixes = [('_i', 'i'), ('_r', 'r'), ('_f', 'f')]
            if 'call' in flags:
                suffixes.append(('_n', 'v'))
            for suffix, kind in suffixes:
                _declare(base + suffix, arity, kind, flags)
        else:
            _declare(name, arity, result, flags)


_load_table()
NUM_OPS = len(OPNAME)


def _family(base: str) -> list[int]:
    """[base_i, base_r, base_f, base_n] (the last is -1 when missing)."""
    return [OPNUM_BY_NAME[base + '_i'], OPNUM_BY_NAME[base + '_r'],
            OPNUM_BY_NAME[base + '_f'], OPNUM_BY_NAME.get(base + '_n', -1)]


# the member of a family with a given result kind: CALL_BY_KIND[REF] == rop.CALL_R
SAME_AS_BY_KIND = _family('same_as')
GETFIELD_BY_KIND = _family('getfield_gc')
GETFIELD_PURE_BY_KIND = _family('getfield_gc_pure')
GETARRAYITEM_BY_KIND = _family('getarrayitem_gc')
GETARRAYITEM_PURE_BY_KIND = _family('getarrayitem_gc_pure')
CALL_BY_KIND = _family('call')
CALL_PURE_BY_KIND = _family('call_pure')


def _family_flags(bases: list[str]) -> list[bool]:
    flags = [False] * NUM_OPS
    for base in bases:
        for num in _family(base):
            if num >= 0:
                flags[num] = True
    return flags


OPIS_GETFIELD = _family_flags(['getfield_gc', 'getfield_gc_pure'])
OPIS_GETARRAYITEM = _family_flags(['getarrayitem_gc', 'getarrayitem_gc_pure'])
OPIS_CALL_PURE = _family_flags(['call_pure'])
OPIS_CALL_PLAIN = _family_flags(['call'])
OPIS_CALL_MAY_FORCE = _family_flags(['call_may_force', 'call_assembler'])
OPIS_CALL_LOOPINVARIANT = _family_flags(['call_loopinvariant'])
OPIS_ESCAPE = _family_flags(['escape'])
OPIS_SAME_AS = _family_flags(['same_as'])
OPIS_STRING = [False] * NUM_OPS
for _name in ['newstr', 'strlen', 'strgetitem', 'strsetitem', 'copystrcontent',
              'newunicode', 'unicodelen', 'unicodegetitem', 'unicodesetitem',
              'copyunicodecontent']:
    OPIS_STRING[OPNUM_BY_NAME[_name]] = True


def opname(opnum: int) -> str:
    return OPNAME[opnum]


def opnum_of(name: str) -> int:
    """The number of the operation called name, or -1."""
    return OPNUM_BY_NAME.get(name, -1)


# ---------------------------------------------------------------- values

class AbstractInfo:
    """What the optimizer knows about a value (optimizeopt/info.py)."""


class AbstractValue:
    """A value of a trace: an input argument, a constant, or the result of
    an operation (ResOperation is a subclass: an operation is its result).

    `forwarded` and `info` belong to the optimizer: while it runs, a value
    of the input trace forwards to its replacement in the output trace, and
    a value of the output trace carries what is known about it."""
    type: int
    forwarded: AbstractValue | None
    info: AbstractInfo | None

    def is_constant(self) -> bool:
        return False

    def getint(self) -> int:
        raise ValueError("not an integer constant")

    def getfloat(self) -> float:
        raise ValueError("not a float constant")

    def getref(self) -> int:
        raise ValueError("not a pointer constant")

    def same_constant(self, other: AbstractValue) -> bool:
        return False

    def repr_constant(self) -> str:
        return '?'


class ResOperation(AbstractValue):
    """One operation of a trace: opnum, args, optional descr; guards have
    fail_args (the values the interpreter needs when the guard fails).
    call_pure ops may record the result seen while tracing (traced_result,
    a constant): with constant arguments the optimizer uses it."""
    opnum: int
    args: list[AbstractValue]
    descr: AbstractDescr | None
    fail_args: list[AbstractValue] | None
    traced_result: AbstractValue | None

    def __init__(self, opnum: int, args: list[AbstractValue], descr: AbstractDescr | None) -> None:
        self.opnum = opnum
        self.type = OPRESULT[opnum]
        self.args = args
        self.descr = descr
        self.fail_args = None
        self.traced_result = None
        self.forwarded = None
        self.info = None

    def getopname(self) -> str:
        return OPNAME[self.opnum]

    def numargs(self) -> int:
        return len(self.args)

    def getarg(self, i: int) -> AbstractValue:
        return self.args[i]

    def is_guard(self) -> bool:
        return OPGUARD[self.opnum]

    def is_pure(self) -> bool:
        return OPPURE[self.opnum]

    def is_ovf(self) -> bool:
        return OPOVF[self.opnum]

    def is_call(self) -> bool:
        return OPCALL[self.opnum]

    def is_comparison(self) -> bool:
        return OPCMP[self.opnum]

    def is_malloc(self) -> bool:
        return OPMALLOC[self.opnum]

    def has_result(self) -> bool:
        return self.type != VOID

    def copy_and_change(self, opnum: int, args: list[AbstractValue]) -> ResOperation:
        """A new operation like this one (same descr, fail_args,
        traced_result) with another opnum and arguments."""
        op = ResOperation(opnum, args, self.descr)
        if self.fail_args is not None:
            op.fail_args = list(self.fail_args)
        op.traced_result = self.traced_result
        return op

    def get_calldescr(self) -> CallDescr | None:
        d = self.descr
        if isinstance(d, CallDescr):
            return d
        return None


# ---------------------------------------------------------------- descrs

class AbstractDescr:
    """What an operation needs to know besides its arguments: a field, a
    size, an array, a call signature, a guard's resume description...
    `name` is what the printer writes after `descr=`."""
    name: str

    def repr_of_descr(self) -> str:
        return self.name


class SizeDescr(AbstractDescr):
    """An object type: its size in bytes, its class (vtable: 0 when the
    type has none, for `new`), and its fields in order (FieldDescr.index)."""
    size: int
    vtable: int
    fields: list[FieldDescr]

    def __init__(self, name: str, size: int, vtable: int) -> None:
        self.name = name
        self.size = size
        self.vtable = vtable
        self.fields = []


class FieldDescr(AbstractDescr):
    """A field of an object type: its parent SizeDescr (None if unknown),
    its index among the parent's fields, its kind (INT REF FLOAT), its
    offset and size in bytes, whether it is immutable."""
    parent: SizeDescr | None
    index: int
    kind: int
    offset: int
    fieldsize: int
    is_immutable: bool

    def __init__(self, name: str, parent: SizeDescr | None, kind: int, offset: int,
                 fieldsize: int, is_immutable: bool) -> None:
        self.name = name
        self.parent = parent
        self.kind = kind
        self.offset = offset
        self.fieldsize = fieldsize
        self.is_immutable = is_immutable
        self.index = -1
        if parent is not None:
            self.index = len(parent.fields)
            parent.fields.append(self)


class ArrayDescr(AbstractDescr):
    """An array type: item kind, item size, offset of item 0 and of the
    length word; `tid`, the type id of the array in the translated
    program's GC (0: none known; new_array needs it with the GC)."""
    itemkind: int
    itemsize: int
    basesize: int
    lendescr_offset: int
    is_immutable: bool
    tid: int

    def __init__(self, name: str, itemkind: int, itemsize: int, basesize: int,
                 lendescr_offset: int, is_immutable: bool) -> None:
        self.name = name
        self.itemkind = itemkind
        self.itemsize = itemsize
        self.basesize = basesize
        self.lendescr_offset = lendescr_offset
        self.is_immutable = is_immutable
        self.tid = 0


# EffectInfo.extraeffect, from the most harmless to the most harmful
EF_ELIDABLE_CANNOT_RAISE = 0
EF_LOOPINVARIANT = 1
EF_CANNOT_RAISE = 2
EF_ELIDABLE_CAN_RAISE = 3
EF_CAN_RAISE = 4
EF_FORCES_VIRTUAL_OR_VIRTUALIZABLE = 5
EF_RANDOM_EFFECTS = 6


class EffectInfo:
    """What a residual call may do: the fields and arrays it may read and
    write (computed by the codewriter), and extraeffect (EF_*)."""
    extraeffect: int
    readonly_fields: list[FieldDescr]
    write_fields: list[FieldDescr]
    readonly_arrays: list[ArrayDescr]
    write_arrays: list[ArrayDescr]
    can_collect: bool     # False: the callee never allocates (no GC can run)

    def __init__(self, extraeffect: int, readonly_fields: list[FieldDescr],
                 write_fields: list[FieldDescr], readonly_arrays: list[ArrayDescr],
                 write_arrays: list[ArrayDescr]) -> None:
        self.extraeffect = extraeffect
        self.readonly_fields = readonly_fields
        self.write_fields = write_fields
        self.readonly_arrays = readonly_arrays
        self.write_arrays = write_arrays
        self.can_collect = True

    def can_raise(self) -> bool:
        return (self.extraeffect != EF_ELIDABLE_CANNOT_RAISE and
                self.extraeffect != EF_CANNOT_RAISE and
                self.extraeffect != EF_LOOPINVARIANT)

    def is_elidable(self) -> bool:
        return (self.extraeffect == EF_ELIDABLE_CANNOT_RAISE or
                self.extraeffect == EF_ELIDABLE_CAN_RAISE)

    def is_loopinvariant(self) -> bool:
        return self.extraeffect == EF_LOOPINVARIANT

    def has_random_effects(self) -> bool:
        return self.extraeffect >= EF_FORCES_VIRTUAL_OR_VIRTUALIZABLE

    def check_write_field(self, descr: FieldDescr) -> bool:
        for d in self.write_fields:
            if d is descr:
                return True
        return False

    def check_write_array(self, descr: ArrayDescr) -> bool:
        for d in self.write_arrays:
            if d is descr:
                return True
        return False


class CallDescr(AbstractDescr):
    """A call signature: argument kinds (without the function address),
    result kind, and the callee's EffectInfo."""
    arg_kinds: list[int]
    result_kind: int
    effectinfo: EffectInfo

    def __init__(self, name: str, arg_kinds: list[int], result_kind: int,
                 effectinfo: EffectInfo) -> None:
        self.name = name
        self.arg_kinds = arg_kinds
        self.result_kind = result_kind
        self.effectinfo = effectinfo


class LabelState:
    """What a label of a peeled loop assumes about the values jumping to it
    (optimizeopt/unroll.py: ExportedState): the shape of the virtuals it
    receives exploded, and the extra values it expects.  A bridge jumping
    to the label is optimized to match it."""


class TargetToken(AbstractDescr):
    """The descr of a label, and of the jumps going to it.  For the label
    of a peeled loop, `state` is what the label assumes and `start` the
    token of the start of the loop's trace (its inputargs: a jump there
    passes the interpreter's values, no assumption made).  `entry`: where
    a bridge of the loop enters the label on the loop's native frame (as
    LoopEntry's direct entry), None until the loop is installed by a
    backend that can."""
    state: LabelState | None
    start: TargetToken | None
    entry: LoopEntry | None

    def __init__(self, name: str) -> None:
        self.name = name
        self.state = None
        self.start = None
        self.entry = None


class JumpToStart(AbstractDescr):
    """The descr of a jump going to the start of the trace it ends (the
    trace's inputargs), when there is no label to jump to."""

    def __init__(self, name: str) -> None:
        self.name = name


class LoopEntry(AbstractDescr):
    """The descr of a bridge's jump to the start of another installed
    loop (its entry at `addr`; the jump's arguments are its inputargs).
    A backend whose bridges run on their loop's native frame may also
    give the loop's start after its prologue (`direct_addr`, 0 if none),
    where the inputargs are expected in `direct_locs` (the backend's
    location numbers) with a native frame of `frame_size` bytes."""
    addr: int
    direct_addr: int
    direct_locs: list[int]
    frame_size: int

    def __init__(self, name: str, addr: int, direct_addr: int, direct_locs: list[int],
                 frame_size: int) -> None:
        self.name = name
        self.addr = addr
        self.direct_addr = direct_addr
        self.direct_locs = direct_locs
        self.frame_size = frame_size


class DebugLocation(AbstractDescr):
    """The descr of debug_merge_point: the printable location of the
    interpreted program (JitDriver's get_printable_location)."""

    def __init__(self, text: str) -> None:
        self.name = text


class FinishDescr(AbstractDescr):
    """The descr of `finish`: identifies the exit."""

    def __init__(self, name: str) -> None:
        self.name = name


class FailDescr(AbstractDescr):
    """The descr of a guard: what the backend hands back when the guard
    fails.  Subclassed by ResumeDescr, which says how to rebuild the
    interpreter state from the guard's fail_args."""

    def __init__(self, name: str) -> None:
        self.name = name

    def clone(self) -> FailDescr:
        return FailDescr(self.name)


# tags of ResumeDescr.slots (see resume.py)
TAG_BOX = 0        # index into the guard's fail_args
TAG_CONST = 1      # index into ResumeDescr.consts
TAG_VIRTUAL = 2    # index into ResumeDescr.virtuals
TAG_NULL = 3       # a zero / null value (a virtual's unset field)


class VirtualDescription:
    """How to rebuild one virtual object when a guard fails: what to
    allocate (kind: rop.NEW, rop.NEW_WITH_VTABLE or rop.NEW_ARRAY with a
    SizeDescr or ArrayDescr and a length) and, for each field or item, a
    tagged slot (field i of a struct is descr.fields[i])."""
    kind: int
    descr: AbstractDescr
    length: int
    slots: list[int]

    def __init__(self, kind: int, descr: AbstractDescr, length: int) -> None:
        self.kind = kind
        self.descr = descr
        self.length = length
        self.slots = []


class GuardFact:
    """What the optimizer knew at a guard of a peeled loop, for a bridge
    made from it: `result = opnum(args..., descr)` (a heap read still
    valid there, or a pure operation), each value an index among the
    guard's fail_args (-1: the constant in consts / result_const).  The
    bridge's optimizer starts with it in its caches (unroll.py), so what
    the loop's label assumes is known without reading it again."""
    opnum: int
    descr: AbstractDescr | None
    is_heap: bool
    args: list[int]
    consts: list[AbstractValue | None]
    result: int
    result_const: AbstractValue | None
    result_class: int               # of a REF result: its known class (0: none)
    result_nonnull: bool

    def __init__(self, opnum: int, descr: AbstractDescr | None, is_heap: bool) -> None:
        self.opnum = opnum
        self.descr = descr
        self.is_heap = is_heap
        self.args = []
        self.consts = []
        self.result = -1
        self.result_const = None
        self.result_class = 0
        self.result_nonnull = False


class ResumeDescr(FailDescr):
    """A guard's descr.  `position` is the metainterp's own reference to the
    interpreter state (frames, pcs) at the guard.  The optimizer fills the
    rest: slots[k] says where the value of the k-th fail argument of the
    guard *as recorded* (before optimization) now comes from: a box among
    the optimized guard's fail_args, a constant, or a virtual object to
    rebuild (resume.py encodes and decodes)."""
    position: int
    slots: list[int]
    consts: list[AbstractValue]
    virtuals: list[VirtualDescription]
    box_classes: list[int]          # per optimized fail_arg: its known class, 0 if none
    known: list[GuardFact]          # a guard of a peeled loop: what holds there

    def __init__(self, name: str, position: int) -> None:
        self.name = name
        self.position = position
        self.slots = []
        self.consts = []
        self.virtuals = []
        self.box_classes = []
        self.known = []

    def clone(self) -> FailDescr:
        return ResumeDescr(self.name, self.position)
