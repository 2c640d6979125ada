"""Jitcodes as RPy data: what the translated metainterp reads.

A program (later: the metainterp's entry points, generated per driver)
declares `JitCodeTable(driver_name)` at load time; the pyjitpl phase of
`--opt=jit` fills it after rtype with the encoding of the driver's
jitcodes (rpy/jit/codewriter/encode.py), and database_c emits it as
prebuilt data, like rgcref.FieldLayout.  Without --opt=jit the table stays
empty (`bound` False).

Encoding (all ints, so the tables are plain `list[int]`):
  operand   (index << 3) | (kind << 1) | is_const: a register of `kind`
            (INT 0, REF 1, FLOAT 2), or entry `index` of the jitcode's
            constant table of that kind (consts_i / consts_r / consts_f)
  insn      opcode, nargs, args..., result operand or -1, ndsts, dsts...,
            descr index or -1, target pc or -1, catch pc or -1, extra
  pc        the index of an instruction's first word in `code`
  extra     inline_call: the callee's jitcode index; method_call: index in
            `names` (the method name); exc_match / exc_isinstance /
            class_test of an isinstance: index in `class_ranges` of
            [count, tid_min, tid_max, ...]; otherwise -1 (nothing or not encodable:
            `unencoded` counts them)
  descr     DESCR_WORDS ints in `descrs`: [DK_FIELD, offset, size, kind,
            immutable, owner size descr + 1 or 0], [DK_SIZE, size, tid,
            tid_max (the last subclass's), 0, 0], [DK_ARRAY,
            itemsize, basesize, itemkind, tid, immutable], [DK_CALL,
            func_index, result kind, extraeffect, arg kinds (base 4,
            kind + 1 per argument, first argument lowest), can_collect]
`opnames[opcode]` names the opcodes; `methods` has [name index, type id,
jitcode index or -1] per class that has the method named (what
method_call dispatches on).  The driver's virtualizable (at most one):
`vable_pos` is its operand index at the merge point (-1: none),
`vable_fields` the descr indexes of its scalar fields and `vable_arrays`
of its list fields (`name[*]`), `vable_items` per list the descr of its
item array; `list_length`/`list_items` the descrs of rpy_list's fields
(-1: not used by the jitcodes); `vable_calls` the call descrs whose
callee reads or writes those fields.  For the tracer's virtual lists:
`list_new` the descrs of the runtime calls making a list of INT, REF,
FLOAT items (-1: none), `list_append` of appending to one (per kind),
`list_mul` of repeating one, `list_size` rpy_list
as a struct and `arrays` its item arrays per kind (-1 when the jitcodes
make no list).  virtualizable.py says how the tracer
uses them.  RPy code.
"""
from __future__ import annotations

from rpy.rlib.rgcref import GCRef

DESCR_WORDS = 6
DK_FIELD = 1
DK_SIZE = 2
DK_ARRAY = 3
DK_CALL = 4

ALL_TABLES: list[JitCodeTable] = []


class JitCodeData:
    """One encoded jitcode."""
    name: str
    code: list[int]
    num_regs: list[int]         # per kind: INT, REF, FLOAT
    arg_regs: list[int]         # operands (registers) of the graph's arguments
    consts_i: list[int]
    consts_r: list[GCRef | None]
    consts_f: list[float]
    live_index: list[int]       # liveness.precompute's, or empty
    live_bits: list[int]

    def __init__(self, name: str) -> None:
        self.name = name
        self.code = []
        self.num_regs = [0, 0, 0]
        self.arg_regs = []
        self.consts_i = []
        self.consts_r = []
        self.consts_f = []
        self.live_index = []
        self.live_bits = []


class JitCodeTable:
    """The encoded jitcodes of one JitDriver (by its name)."""
    driver_name: str
    bound: bool
    portal: int
    portal_call: int            # the CallDescr of the portal called as a whole (-1: none)
    jitcodes: list[JitCodeData]
    opnames: list[str]
    descrs: list[int]
    names: list[str]
    class_ranges: list[int]
    methods: list[int]
    unencoded: int
    vable_pos: int
    vable_fields: list[int]
    vable_arrays: list[int]
    vable_items: list[int]
    vable_calls: list[int]
    list_new: list[int]
    list_append: list[int]
    list_mul: int
    list_size: int
    arrays: list[int]
    list_length: int
    list_items: int

    def __init__(self, driver_name: str) -> None:
        # load time only; the pyjitpl phase finds the tables in ALL_TABLES.
        # One placeholder jitcode, so that the annotator sees every field
        # with its type before the phase fills the table.
        self.driver_name = driver_name
        self.bound = False
        self.portal = 0
        self.portal_call = -1
        self.jitcodes = [JitCodeData('')]
        self.opnames = ['']
        self.descrs = []
        self.names = []
        self.class_ranges = []
        self.methods = []
        self.unencoded = 0
        self.vable_pos = -1
        self.vable_fields = []
        self.vable_arrays = []
        self.vable_items = []
        self.vable_calls = []
        self.list_new = [-1, -1, -1]
        self.list_append = [-1, -1, -1]
        self.list_mul = -1
        self.list_size = -1
        self.arrays = [-1, -1, -1]
        self.list_length = -1
        self.list_items = -1
        ALL_TABLES.append(self)


def method_jitcode(table: JitCodeTable, name_index: int, tid: int) -> int:
    """The jitcode of method `names[name_index]` for objects of type id
    tid (-1: none, or not traced into)."""
    m = table.methods
    for k in range(0, len(m), 3):
        if m[k] == name_index and m[k + 1] == tid:
            return m[k + 2]
    return -1


def operand_is_const(w: int) -> bool:
    return (w & 1) == 1


def operand_kind(w: int) -> int:
    return (w >> 1) & 3


def operand_index(w: int) -> int:
    return w >> 3


def insn_length(code: list[int], pc: int) -> int:
    """The number of words of the instruction at pc."""
    nargs = code[pc + 1]
    ndsts = code[pc + 3 + nargs]
    return 4 + nargs + ndsts + 4


def checksum(table: JitCodeTable) -> int:
    """A digest of everything in the table but the REF constants'
    addresses (their nullness counts): the translated program and the
    pyjitpl phase must agree on it."""
    h = 17
    for jc in table.jitcodes:
        h = _mix(h, len(jc.name))
        for w in jc.code:
            h = _mix(h, w)
        for w in jc.num_regs:
            h = _mix(h, w)
        for w in jc.arg_regs:
            h = _mix(h, w)
        for w in jc.consts_i:
            h = _mix(h, w)
        for r in jc.consts_r:
            h = _mix(h, 0 if r is None else 1)
        for f in jc.consts_f:
            h = _mix(h, int(f * 1000.0))
    for w in table.descrs:
        h = _mix(h, w)
    for w in table.class_ranges:
        h = _mix(h, w)
    for w in table.methods:
        h = _mix(h, w)
    for w in [table.portal_call, table.vable_pos, table.list_length, table.list_items, table.list_mul,
              table.list_size] + table.list_new + table.list_append + table.arrays:
        h = _mix(h, w)
    for w in table.vable_fields + table.vable_arrays + table.vable_items + table.vable_calls:
        h = _mix(h, w)
    for s in table.opnames:
        h = _mix(h, len(s))
    for s in table.names:
        h = _mix(h, len(s))
    return h


def _mix(h: int, w: int) -> int:
    return ((h * 1000003) ^ w) & 0xFFFFFFFFFFFF
