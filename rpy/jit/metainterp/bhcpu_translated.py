"""The blackhole's access to the program's objects, translated: fields
and array items read and written with rgcref at the offsets of the
table's descr records (write_ref_at runs the write barrier), allocation
with the record's type id and size, calls through the x86 backend's call
stubs at `rpy_jit_functions[func_index]`, type ids from the header.
The tracer's descr objects are made from the records once (trace_descrs):
sizes with their fields (from the field records' owner and the owners'
type id ranges), arrays, calls -- a call that is not elidable gets
EF_RANDOM_EFFECTS for the optimizer, since the records do not say which
fields it writes.  RPy code (tests/rpy/jit/programs/jitcode_table_prog.py translates it).
"""
from __future__ import annotations

from rpy.rlib import rjitmem
from rpy.rlib.rgcref import (GCRef, cast_instance_to_gcref, gcref_typeid, malloc_fixed, malloc_array,
                             read_float_at, read_int_at, read_ref_at, write_float_at,
                             write_int_at, write_ref_at)
from rpy.jit.metainterp.blackhole import BHCpu
from rpy.jit.metainterp.gcdescrs import RPY_LIST_LENGTH_OFS, RPY_LIST_ITEMS_OFS
from rpy.jit.metainterp.jitcodedata import (DESCR_WORDS, DK_ARRAY, DK_CALL, DK_FIELD, DK_SIZE,
                                            JitCodeTable)
from rpy.jit.metainterp.resoperation import (
    AbstractDescr, AbstractValue, ArrayDescr, CallDescr, EffectInfo, FieldDescr, SizeDescr,
    EF_RANDOM_EFFECTS, INT)
from rpy.jit.metainterp.history import CONST_NULL, ConstPtr, const_ptr_of_gcref
from rpy.jit.backend.x86.callstub import CallStubs


class TranslatedCpu(BHCpu):
    table: JitCodeTable
    stubs: CallStubs
    calls: list[CallDescr | None]     # per descr index: the CallDescr of a call record
    tdescrs: list[AbstractDescr]      # per descr index: the tracer's descr (made once)

    def __init__(self, table: JitCodeTable, stubs: CallStubs) -> None:
        self.table = table
        self.stubs = stubs
        self.exc = None
        self.calls = []
        self.tdescrs = []
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

    # arrays: [DK_ARRAY, itemsize, basesize, itemkind, tid, immutable]
    def bh_new_array(self, d: int, length: int) -> GCRef | None:
        return malloc_array(self.w(d, 4), length)

    def bh_new_list(self, d: int, items: GCRef | None, length: int) -> GCRef | None:
        lst = malloc_fixed(self.w(d, 2), self.w(d, 1))
        write_int_at(lst, RPY_LIST_LENGTH_OFS, length)
        write_ref_at(lst, RPY_LIST_ITEMS_OFS, items)
        return lst

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

    # ------------------------------------------------------------ the tracer's view

    def num_descrs(self) -> int:
        return len(self.table.descrs) // DESCR_WORDS

    def descr_object(self, d: int) -> AbstractDescr:
        if not self.tdescrs:
            self.build_trace_descrs()
        return self.tdescrs[d]

    def build_trace_descrs(self) -> None:
        n = self.num_descrs()
        placeholder = FieldDescr('?', None, INT, 0, 8, False)   # a field no record names
        sizes: list[SizeDescr | None] = []
        for k in range(n):
            dk = self.w(k, 0)
            if dk == DK_SIZE:
                sd = SizeDescr('size%d' % k, self.w(k, 1), self.w(k, 2))
                for j in range((self.w(k, 1) - 8) // 8):
                    sd.fields.append(placeholder)
                sizes.append(sd)
                self.tdescrs.append(sd)
                continue
            sizes.append(None)
            if dk == DK_FIELD:
                fd = FieldDescr('field%d' % k, None, self.w(k, 3), self.w(k, 1), self.w(k, 2),
                                self.w(k, 4) != 0)
                self.tdescrs.append(fd)
            elif dk == DK_ARRAY:
                ad = ArrayDescr('array%d' % k, self.w(k, 3), self.w(k, 1), self.w(k, 2), 8,
                                self.w(k, 5) != 0)
                ad.tid = self.w(k, 4)
                self.tdescrs.append(ad)
            else:
                cd = self.calls[k]
                assert cd is not None
                effect = cd.effectinfo.extraeffect
                if not cd.effectinfo.is_elidable() and effect < EF_RANDOM_EFFECTS:
                    effect = EF_RANDOM_EFFECTS
                ei = EffectInfo(effect, [], [], [], [])
                ei.can_collect = self.w(k, 5) != 0
                self.tdescrs.append(CallDescr('call%d' % k, cd.arg_kinds, cd.result_kind, ei))
        # a class's fields: those whose owner is the class or a base (type id
        # ranges), at their index in the C struct (header, then one word each)
        for k in range(n):
            d = self.tdescrs[k]
            if not isinstance(d, FieldDescr) or self.w(k, 5) == 0:
                continue
            fd = d
            owner = self.w(k, 5) - 1
            lo = self.w(owner, 2)
            hi = self.w(owner, 3)
            fd.index = (fd.offset - 8) // 8
            for s in sizes:
                if s is not None and lo <= s.vtable and s.vtable <= hi and \
                        fd.index < len(s.fields):
                    s.fields[fd.index] = fd

    def func_const(self, d: int) -> int:
        return rjitmem.function_address(self.w(d, 1))

    def class_of(self, obj: GCRef) -> int:
        return gcref_typeid(obj)

    def const_ref(self, ref: GCRef | None) -> AbstractValue:
        if ref is None:
            return CONST_NULL
        return const_ptr_of_gcref(ref, gcref_typeid(ref))

    def ref_of_const(self, c: AbstractValue) -> GCRef | None:
        if isinstance(c, ConstPtr):
            return c.ref
        return None
