"""The blackhole's access to the program's objects, translated: fields
and array items read and written with rgcref at the offsets of the
table's descr records (write_ref_at runs the write barrier), allocation
with the record's type id and size, calls through the x86 backend's call
stubs at `rpy_jit_functions[func_index]`, type ids from the header.
RPy code (tests/rpy/jit/programs/jitcode_table_prog.py translates it).
"""
from __future__ import annotations

from rpy.rlib import rjitmem
from rpy.rlib.rgcref import (GCRef, cast_instance_to_gcref, gcref_typeid, malloc_fixed,
                             read_float_at, read_int_at, read_ref_at, write_float_at,
                             write_int_at, write_ref_at)
from rpy.jit.metainterp.blackhole import BHCpu
from rpy.jit.metainterp.jitcodedata import DESCR_WORDS, DK_CALL, JitCodeTable
from rpy.jit.metainterp.resoperation import CallDescr, EffectInfo
from rpy.jit.backend.x86.callstub import CallStubs


class TranslatedCpu(BHCpu):
    table: JitCodeTable
    stubs: CallStubs
    calls: list[CallDescr | None]     # per descr index: the CallDescr of a call record

    def __init__(self, table: JitCodeTable, stubs: CallStubs) -> None:
        self.table = table
        self.stubs = stubs
        self.exc = None
        self.calls = []
        d = table.descrs
        for k in range(len(d) // DESCR_WORDS):
            base = k * DESCR_WORDS
            if d[base] != DK_CALL:
                self.calls.append(None)
                continue
            kinds: list[int] = []
            code = d[base + 4]
            while code > 0:
                kinds.append(code % 4 - 1)
                code = code // 4
            ei = EffectInfo(d[base + 3], [], [], [], [])
            self.calls.append(CallDescr('call%d' % k, kinds, d[base + 2], ei))

    def w(self, d: int, k: int) -> int:
        return self.table.descrs[d * DESCR_WORDS + k]

    # fields: [DK_FIELD, offset, size, kind, immutable, 0]
    def bh_getfield_i(self, obj: GCRef | None, d: int) -> int:
        assert obj is not None
        return read_int_at(obj, self.w(d, 1))

    def bh_getfield_r(self, obj: GCRef | None, d: int) -> GCRef | None:
        assert obj is not None
        return read_ref_at(obj, self.w(d, 1))

    def bh_getfield_f(self, obj: GCRef | None, d: int) -> float:
        assert obj is not None
        return read_float_at(obj, self.w(d, 1))

    def bh_setfield_i(self, obj: GCRef | None, d: int, v: int) -> None:
        assert obj is not None
        write_int_at(obj, self.w(d, 1), v)

    def bh_setfield_r(self, obj: GCRef | None, d: int, v: GCRef | None) -> None:
        assert obj is not None
        write_ref_at(obj, self.w(d, 1), v)

    def bh_setfield_f(self, obj: GCRef | None, d: int, v: float) -> None:
        assert obj is not None
        write_float_at(obj, self.w(d, 1), v)

    # arrays: [DK_ARRAY, itemsize, basesize, itemkind, tid, immutable]
    def item_offset(self, i: int, d: int) -> int:
        return self.w(d, 2) + i * self.w(d, 1)

    def bh_getarrayitem_i(self, arr: GCRef | None, i: int, d: int) -> int:
        assert arr is not None
        return read_int_at(arr, self.item_offset(i, d))

    def bh_getarrayitem_r(self, arr: GCRef | None, i: int, d: int) -> GCRef | None:
        assert arr is not None
        return read_ref_at(arr, self.item_offset(i, d))

    def bh_getarrayitem_f(self, arr: GCRef | None, i: int, d: int) -> float:
        assert arr is not None
        return read_float_at(arr, self.item_offset(i, d))

    def bh_setarrayitem_i(self, arr: GCRef | None, i: int, d: int, v: int) -> None:
        assert arr is not None
        write_int_at(arr, self.item_offset(i, d), v)

    def bh_setarrayitem_r(self, arr: GCRef | None, i: int, d: int, v: GCRef | None) -> None:
        assert arr is not None
        write_ref_at(arr, self.item_offset(i, d), v)

    def bh_setarrayitem_f(self, arr: GCRef | None, i: int, d: int, v: float) -> None:
        assert arr is not None
        write_float_at(arr, self.item_offset(i, d), v)

    # sizes: [DK_SIZE, size, tid]
    def bh_new(self, d: int) -> GCRef | None:
        return malloc_fixed(self.w(d, 2), self.w(d, 1))

    def typeid(self, obj: GCRef) -> int:
        return gcref_typeid(obj)

    def make_exception(self, which: int) -> GCRef | None:
        return cast_instance_to_gcref(OverflowError('integer overflow'))

    # calls: [DK_CALL, func_index, result kind, extraeffect, arg kinds, can_collect]
    def descr_of(self, d: int) -> CallDescr:
        cd = self.calls[d]
        assert cd is not None
        return cd

    def bh_call_i(self, d: int, ai: list[int], ar: list[GCRef | None], af: list[float]) -> int:
        r = self.stubs.bh_call_i(rjitmem.function_address(self.w(d, 1)), ai, ar, af,
                                 self.descr_of(d))
        self.exc = self.stubs.exc
        return r

    def bh_call_r(self, d: int, ai: list[int], ar: list[GCRef | None],
                  af: list[float]) -> GCRef | None:
        r = self.stubs.bh_call_r(rjitmem.function_address(self.w(d, 1)), ai, ar, af,
                                 self.descr_of(d))
        self.exc = self.stubs.exc
        return r

    def bh_call_f(self, d: int, ai: list[int], ar: list[GCRef | None], af: list[float]) -> float:
        r = self.stubs.bh_call_f(rjitmem.function_address(self.w(d, 1)), ai, ar, af,
                                 self.descr_of(d))
        self.exc = self.stubs.exc
        return r

    def bh_call_v(self, d: int, ai: list[int], ar: list[GCRef | None], af: list[float]) -> None:
        self.stubs.bh_call_v(rjitmem.function_address(self.w(d, 1)), ai, ar, af,
                             self.descr_of(d))
        self.exc = self.stubs.exc
