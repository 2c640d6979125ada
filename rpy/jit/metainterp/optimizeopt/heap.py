"""Pass `heap`: a cache of what the trace has read from and written to the
heap, so repeated reads disappear.

- getfield_gc_* of (object, field) known from an earlier read or write is
  replaced by that value; setfield_gc of the value the field already holds
  is removed;
- setfield_gc forgets the field for every object that may be the same
  (aliasing: everything except different constants, objects of different
  known classes, and an object the trace allocated against another one it
  allocated or an inputarg);
- the same for array items at constant indexes (a write at an unknown
  index forgets the whole array type);
- a call forgets what its EffectInfo says it may write (everything for
  random effects, call_may_force, call_assembler, escape_*);
- a second guard_not_invalidated without a call in between is removed;
- an object read or written is non-null from then on (the operation would
  have crashed otherwise): unroll may then redo the read at the end of the
  loop, so the preamble's reads of loop-invariant fields become facts.
The cache is not carried over a label except through unroll's import.
Not done: delaying writes (write-after-write removal), reads of fields of
freshly allocated objects (known zero).  RPy code.
"""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import (
    AbstractValue, ResOperation, FieldDescr, ArrayDescr, CallDescr, rop,
    OPCALL, OPMALLOC, OPIS_GETFIELD, OPIS_GETARRAYITEM, OPIS_CALL_MAY_FORCE, OPIS_ESCAPE)
from rpy.jit.metainterp.history import InputArg, same_value
from rpy.jit.metainterp.optimizeopt.optimizer import Optimization

MAX_CACHED = 32    # objects per field / items per array type


class FieldCache:
    """For one field: values of the field in known objects."""
    descr: FieldDescr
    objs: list[AbstractValue]
    values: list[AbstractValue]

    def __init__(self, descr: FieldDescr) -> None:
        self.descr = descr
        self.objs = []
        self.values = []

    def lookup(self, obj: AbstractValue) -> AbstractValue | None:
        for i in range(len(self.objs)):
            if same_value(self.objs[i], obj):
                return self.values[i]
        return None


class ArrayCache:
    """For one array type: items known at (array, index)."""
    descr: ArrayDescr
    arrays: list[AbstractValue]
    indexes: list[AbstractValue]
    values: list[AbstractValue]

    def __init__(self, descr: ArrayDescr) -> None:
        self.descr = descr
        self.arrays = []
        self.indexes = []
        self.values = []

    def lookup(self, array: AbstractValue, index: AbstractValue) -> AbstractValue | None:
        for i in range(len(self.arrays)):
            if same_value(self.arrays[i], array) and same_value(self.indexes[i], index):
                return self.values[i]
        return None


def is_fresh(v: AbstractValue) -> bool:
    """v was allocated by the trace: it is none of the objects that existed
    before (the inputargs), and no other allocation of the trace."""
    return isinstance(v, ResOperation) and OPMALLOC[v.opnum]


class OptHeap(Optimization):
    fields: list[FieldCache]
    arrays: list[ArrayCache]
    seen_guard_not_invalidated: bool

    def __init__(self) -> None:
        Optimization.__init__(self)
        self.fields = []
        self.arrays = []
        self.seen_guard_not_invalidated = False

    # ------------------------------------------------------------ caches

    def field_cache(self, descr: FieldDescr) -> FieldCache:
        for c in self.fields:
            if c.descr is descr:
                return c
        c = FieldCache(descr)
        self.fields.append(c)
        return c

    def array_cache(self, descr: ArrayDescr) -> ArrayCache:
        for c in self.arrays:
            if c.descr is descr:
                return c
        c = ArrayCache(descr)
        self.arrays.append(c)
        return c

    def may_alias(self, a: AbstractValue, b: AbstractValue) -> bool:
        if same_value(a, b):
            return True
        if a.is_constant() and b.is_constant():
            return False
        a = self.get_box_replacement(a)
        b = self.get_box_replacement(b)
        if is_fresh(a) and (is_fresh(b) or isinstance(b, InputArg)):
            return False
        if is_fresh(b) and isinstance(a, InputArg):
            return False
        ca = self.optimizer.known_class(a)
        cb = self.optimizer.known_class(b)
        if ca != 0 and cb != 0 and ca != cb:
            return False
        return True

    def accessed(self, obj: AbstractValue) -> None:
        """obj was read or written: it is not null."""
        obj = self.get_box_replacement(obj)
        if not obj.is_constant() and not self.optimizer.is_virtual(obj):
            self.optimizer.ensure_ptr_info(obj).nonnull = True

    def clear_all(self) -> None:
        self.fields = []
        self.arrays = []

    def record_field(self, obj: AbstractValue, descr: FieldDescr, value: AbstractValue,
                     is_write: bool) -> None:
        c = self.field_cache(descr)
        if is_write:
            objs: list[AbstractValue] = []
            values: list[AbstractValue] = []
            for i in range(len(c.objs)):
                if not self.may_alias(c.objs[i], obj):
                    objs.append(c.objs[i])
                    values.append(c.values[i])
            c.objs = objs
            c.values = values
        else:
            for i in range(len(c.objs)):
                if same_value(c.objs[i], obj):
                    c.values[i] = value
                    return
        if len(c.objs) >= MAX_CACHED:
            del c.objs[0]
            del c.values[0]
        c.objs.append(obj)
        c.values.append(value)

    def record_item(self, array: AbstractValue, index: AbstractValue, descr: ArrayDescr,
                    value: AbstractValue, is_write: bool) -> None:
        c = self.array_cache(descr)
        if is_write:
            arrays: list[AbstractValue] = []
            indexes: list[AbstractValue] = []
            values: list[AbstractValue] = []
            if index.is_constant():
                for i in range(len(c.arrays)):
                    other = c.indexes[i]
                    keep = not self.may_alias(c.arrays[i], array) or (
                        other.is_constant() and not other.same_constant(index))
                    if keep:
                        arrays.append(c.arrays[i])
                        indexes.append(other)
                        values.append(c.values[i])
            c.arrays = arrays
            c.indexes = indexes
            c.values = values
        if len(c.arrays) >= MAX_CACHED:
            del c.arrays[0]
            del c.indexes[0]
            del c.values[0]
        c.arrays.append(array)
        c.indexes.append(index)
        c.values.append(value)

    def invalidate_for_call(self, op: ResOperation) -> None:
        d = op.descr
        opnum = op.opnum
        if OPIS_CALL_MAY_FORCE[opnum] or OPIS_ESCAPE[opnum] or not isinstance(d, CallDescr):
            self.clear_all()
            return
        ei = d.effectinfo
        if ei.has_random_effects():
            self.clear_all()
            return
        fields: list[FieldCache] = []
        for c in self.fields:
            if not ei.check_write_field(c.descr):
                fields.append(c)
        self.fields = fields
        arrays: list[ArrayCache] = []
        for a in self.arrays:
            if not ei.check_write_array(a.descr):
                arrays.append(a)
        self.arrays = arrays

    # ------------------------------------------------------------ operations

    def propagate_forward(self, op: ResOperation) -> None:
        opnum = op.opnum
        if OPIS_GETFIELD[opnum]:
            descr = op.descr
            assert isinstance(descr, FieldDescr)
            obj = op.args[0]
            cached = self.field_cache(descr).lookup(obj)
            if cached is not None:
                self.make_equal_to(op, cached)
                return
            self.emit(op)
            self.accessed(obj)
            self.record_field(obj, descr, op, False)
        elif opnum == rop.SETFIELD_GC:
            descr = op.descr
            assert isinstance(descr, FieldDescr)
            obj = op.args[0]
            value = op.args[1]
            cached = self.field_cache(descr).lookup(obj)
            if cached is not None and same_value(cached, value):
                return          # the field already holds that value
            self.emit(op)
            self.accessed(obj)
            self.record_field(obj, descr, value, True)
        elif OPIS_GETARRAYITEM[opnum]:
            adescr = op.descr
            assert isinstance(adescr, ArrayDescr)
            cached = self.array_cache(adescr).lookup(op.args[0], op.args[1])
            if cached is not None:
                self.make_equal_to(op, cached)
                return
            self.emit(op)
            self.accessed(op.args[0])
            self.record_item(op.args[0], op.args[1], adescr, op, False)
        elif opnum == rop.SETARRAYITEM_GC:
            adescr = op.descr
            assert isinstance(adescr, ArrayDescr)
            cached = self.array_cache(adescr).lookup(op.args[0], op.args[1])
            if cached is not None and same_value(cached, op.args[2]):
                return
            self.emit(op)
            self.accessed(op.args[0])
            self.record_item(op.args[0], op.args[1], adescr, op.args[2], True)
        elif opnum == rop.GUARD_NOT_INVALIDATED:
            if self.seen_guard_not_invalidated:
                return
            self.seen_guard_not_invalidated = True
            self.emit(op)
        elif OPCALL[opnum]:
            self.emit(op)
            self.invalidate_for_call(op)
            self.seen_guard_not_invalidated = False
        elif opnum == rop.LABEL:
            # what follows a label is also reached by jumps to it
            self.emit(op)
            self.clear_all()
            self.seen_guard_not_invalidated = False
        else:
            self.emit(op)

    # ------------------------------------------------------------ unroll

    def import_field(self, obj: AbstractValue, descr: FieldDescr, value: AbstractValue) -> None:
        self.record_field(obj, descr, value, False)

    def import_item(self, array: AbstractValue, index: AbstractValue, descr: ArrayDescr,
                    value: AbstractValue) -> None:
        self.record_item(array, index, descr, value, False)
