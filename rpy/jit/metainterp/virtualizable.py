"""The driver's virtualizable (PyPy's virtualizables, simplified): the
interpreter frame whose listed fields and list items live in registers
while compiled code runs, so that a value stored into the frame and read
back is never written to memory, and objects that only pass through the
frame stay virtual.

The state of a virtualizable is a flat sequence of values: its scalar
fields (`_virtualizable_ = ['sp', ...]`) in order, then the items of each
list field (`'locals[*]'`), list by list.  The lists' lengths are part of
a loop: read when its trace starts, checked at each entry (a key whose
frames have other lengths is interpreted).

- A trace starts with the state as extra inputargs after the reds; the
  tracer (tracer.py) reads and writes those boxes instead of recording
  getfield/getarrayitem/setfield/setarrayitem on the frame, and promotes
  a list index that is not a constant (guard_value); the loop's jump
  passes the state on.
- Every guard's fail_args end with the frame and its state; resuming
  writes the state back into the frame (`VableInfo.write_*`) before the
  blackhole goes on, virtuals materialized.
- Entering a loop reads the state from the frame (`VableInfo.read`).
- A residual call given the frame (or one of its lists), or whose callee
  reads or writes one of the listed fields (the codewriter's effect
  analysis: `touches_vable`), gets it written back before and read again
  after; a bridge ending at another key's merge point writes it back
  before its finish.

The contract for the interpreter (docs/jit-howto.md): while compiled code
runs, the listed fields are touched only by the portal, what it traces
into, and the residual calls found above; a list item read through a
reference to the list kept elsewhere in the heap is stale.  (PyPy's
forcing through a token is not built.)
RPy code.
"""
from __future__ import annotations

from rpy.rlib.rgcref import GCRef
from rpy.jit.metainterp.resoperation import INT, REF
from rpy.jit.metainterp.jitcodedata import (
    DESCR_WORDS, JitCodeTable, operand_is_const, operand_kind)
from rpy.jit.metainterp.blackhole import BHCpu, merge_point_pc


class VableInfo:
    """Where the virtualizable is and what of it the JIT keeps in registers."""
    pos: int                # its operand index at the portal's merge point
    ref_index: int          # its index among the merge point's REF operands
    fields: list[int]       # descr indexes (scalar fields)
    field_kinds: list[int]
    arrays: list[int]       # descr indexes of the list fields
    items: list[int]        # per list: the descr of its item array
    item_kinds: list[int]
    list_length: int
    list_items: int
    calls: dict[int, bool]  # call descrs whose callee reads or writes the listed fields

    def __init__(self, table: JitCodeTable) -> None:
        self.pos = table.vable_pos
        self.fields = table.vable_fields
        self.arrays = table.vable_arrays
        self.items = table.vable_items
        self.list_length = table.list_length
        self.list_items = table.list_items
        self.calls = {}
        for d in table.vable_calls:
            self.calls[d] = True
        self.field_kinds = []
        for d in self.fields:
            self.field_kinds.append(table.descrs[d * DESCR_WORDS + 3])
        self.item_kinds = []
        for d in self.items:
            self.item_kinds.append(table.descrs[d * DESCR_WORDS + 3])
        self.ref_index = 0
        code = table.jitcodes[table.portal].code
        pc = merge_point_pc(table)
        for k in range(self.pos):
            w = code[pc + 2 + k]
            if not operand_is_const(w) and operand_kind(w) == REF:
                self.ref_index += 1

    def lengths(self, cpu: BHCpu, frame: GCRef | None) -> list[int]:
        """The current lengths of the frame's lists."""
        out: list[int] = []
        for a in self.arrays:
            out.append(cpu.bh_getfield_i(cpu.bh_getfield_r(frame, a), self.list_length))
        return out

    def lengths_are(self, cpu: BHCpu, frame: GCRef | None, lengths: list[int]) -> bool:
        """The frame's lists have these lengths (lengths() == lengths,
        without making a list: checked at every entry of compiled code)."""
        if len(lengths) != len(self.arrays):
            return False
        for k in range(len(self.arrays)):
            if cpu.bh_getfield_i(cpu.bh_getfield_r(frame, self.arrays[k]),
                                 self.list_length) != lengths[k]:
                return False
        return True

    def kinds(self, lengths: list[int]) -> list[int]:
        """The kind of each value of the state."""
        out: list[int] = []
        for kind in self.field_kinds:
            out.append(kind)
        for a in range(len(self.arrays)):
            for j in range(lengths[a]):
                out.append(self.item_kinds[a])
        return out

    def locate(self, n: int, lengths: list[int]) -> tuple[int, int]:
        """Value n of the state: (-1, field number) or (list number, index)."""
        if n < len(self.fields):
            return -1, n
        n -= len(self.fields)
        for a in range(len(lengths)):
            if n < lengths[a]:
                return a, n
            n -= lengths[a]
        raise IndexError('virtualizable: no value %d' % n)

    def item_array(self, cpu: BHCpu, frame: GCRef | None, a: int) -> GCRef | None:
        return cpu.bh_getfield_r(cpu.bh_getfield_r(frame, self.arrays[a]), self.list_items)

    def read(self, cpu: BHCpu, frame: GCRef | None, lengths: list[int], args_i: list[int],
             args_r: list[GCRef | None], args_f: list[float]) -> None:
        """Append the frame's state to a loop's arguments, per kind."""
        for k in range(len(self.fields)):
            d = self.fields[k]
            kind = self.field_kinds[k]
            if kind == INT:
                args_i.append(cpu.bh_getfield_i(frame, d))
            elif kind == REF:
                args_r.append(cpu.bh_getfield_r(frame, d))
            else:
                args_f.append(cpu.bh_getfield_f(frame, d))
        for a in range(len(self.arrays)):
            arr = self.item_array(cpu, frame, a)
            d = self.items[a]
            kind = self.item_kinds[a]
            for j in range(lengths[a]):
                if kind == INT:
                    args_i.append(cpu.bh_getarrayitem_i(arr, j, d))
                elif kind == REF:
                    args_r.append(cpu.bh_getarrayitem_r(arr, j, d))
                else:
                    args_f.append(cpu.bh_getarrayitem_f(arr, j, d))

    def write_i(self, cpu: BHCpu, frame: GCRef | None, n: int, lengths: list[int],
                v: int) -> None:
        a, j = self.locate(n, lengths)
        if a < 0:
            cpu.bh_setfield_i(frame, self.fields[j], v)
        else:
            cpu.bh_setarrayitem_i(self.item_array(cpu, frame, a), j, self.items[a], v)

    def write_r(self, cpu: BHCpu, frame: GCRef | None, n: int, lengths: list[int],
                v: GCRef | None) -> None:
        a, j = self.locate(n, lengths)
        if a < 0:
            cpu.bh_setfield_r(frame, self.fields[j], v)
        else:
            cpu.bh_setarrayitem_r(self.item_array(cpu, frame, a), j, self.items[a], v)

    def write_f(self, cpu: BHCpu, frame: GCRef | None, n: int, lengths: list[int],
                v: float) -> None:
        a, j = self.locate(n, lengths)
        if a < 0:
            cpu.bh_setfield_f(frame, self.fields[j], v)
        else:
            cpu.bh_setarrayitem_f(self.item_array(cpu, frame, a), j, self.items[a], v)


def vable_info(table: JitCodeTable) -> VableInfo | None:
    if table.vable_pos < 0 or (not table.vable_fields and not table.vable_arrays):
        return None
    return VableInfo(table)
