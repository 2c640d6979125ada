"""Pass `virtualize`: allocation removal (escape analysis by partial
evaluation, as in Bolz et al., PEPM 2011).

new / new_with_vtable / new_array of a constant length are not emitted: the
object becomes *virtual*, a VirtualStructInfo / VirtualArrayInfo holding its
fields.  setfield/getfield (setarrayitem/getarrayitem with a constant index,
arraylen) on a virtual are done at optimization time; guard_class and
guard_nonnull on it vanish (rewrite knows its class), ptr_eq with it is
decided.  When a virtual escapes (an argument of a call, stored into a
non-virtual object, passed to jump/finish, any operation not handled
here) it is *forced*: its allocation and the writes of its fields are
emitted just before.  Guards do not force: their ResumeDescr describes how
to rebuild the virtuals (resume.py).  unroll.py keeps virtuals alive across
the loop's back edge.
Not done: virtual arrays indexed by a non-constant index (they are forced),
virtualizables.  Strings are the `string` pass's (vstring.py).
RPy code.
"""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import (
    AbstractValue, ResOperation, SizeDescr, ArrayDescr, FieldDescr, rop, REF,
    OPIS_GETFIELD, OPIS_GETARRAYITEM, OPIS_STRING)
from rpy.jit.metainterp.history import ConstInt, const_zero
from rpy.jit.metainterp.optimizeopt.optimizer import Optimization, InvalidLoop
from rpy.jit.metainterp.optimizeopt.info import (
    PtrInfo, VirtualInfo, VirtualStructInfo, VirtualArrayInfo, VirtualStrInfo, field_index)

MAX_VIRTUAL_ARRAY = 1024


class OptVirtualize(Optimization):

    def propagate_forward(self, op: ResOperation) -> None:
        opnum = op.opnum
        if opnum == rop.NEW_WITH_VTABLE or opnum == rop.NEW:
            descr = op.descr
            assert isinstance(descr, SizeDescr)
            op.info = VirtualStructInfo(op, descr)
        elif opnum == rop.NEW_ARRAY:
            self.optimize_new_array(op)
        elif opnum == rop.SETFIELD_GC:
            self.optimize_setfield(op)
        elif OPIS_GETFIELD[opnum]:
            self.optimize_getfield(op)
        elif opnum == rop.SETARRAYITEM_GC:
            self.optimize_setarrayitem(op)
        elif OPIS_GETARRAYITEM[opnum]:
            self.optimize_getarrayitem(op)
        elif opnum == rop.ARRAYLEN_GC:
            info = self.get_box_replacement(op.args[0]).info
            if isinstance(info, VirtualArrayInfo):
                self.make_constant_int(op, len(info.items))
            else:
                self.emit(op)
        elif (opnum == rop.PTR_EQ or opnum == rop.PTR_NE or
              opnum == rop.INSTANCE_PTR_EQ or opnum == rop.INSTANCE_PTR_NE):
            self.optimize_ptr_eq(op)
        elif opnum == rop.GUARD_ISNULL and self.is_virtual(op.args[0]):
            raise InvalidLoop("guard_isnull on a fresh object")
        elif OPIS_STRING[opnum] and self.optimizer.string is not None:
            self.emit(op)       # the string pass handles them
        else:
            self.force_args(op)
            self.emit(op)

    def is_virtual(self, v: AbstractValue) -> bool:
        return isinstance(self.get_box_replacement(v).info, VirtualInfo)

    # ------------------------------------------------------------ structs

    def optimize_setfield(self, op: ResOperation) -> None:
        obj = self.get_box_replacement(op.args[0])
        info = obj.info
        descr = op.descr
        assert isinstance(descr, FieldDescr)
        if isinstance(info, VirtualStructInfo):
            i = field_index(descr, info)
            if i >= 0:
                info.fields[i] = self.get_box_replacement(op.args[1])
                return
        self.force_args(op)
        self.emit(op)

    def optimize_getfield(self, op: ResOperation) -> None:
        obj = self.get_box_replacement(op.args[0])
        info = obj.info
        descr = op.descr
        assert isinstance(descr, FieldDescr)
        if isinstance(info, VirtualStructInfo):
            i = field_index(descr, info)
            if i >= 0:
                value = info.fields[i]
                if value is None:
                    self.make_equal_to(op, const_zero(op.type))
                else:
                    self.make_equal_to(op, value)
                return
        self.force_args(op)
        self.emit(op)

    # ------------------------------------------------------------ arrays

    def optimize_new_array(self, op: ResOperation) -> None:
        length = op.args[0]
        descr = op.descr
        if isinstance(length, ConstInt) and 0 <= length.value <= MAX_VIRTUAL_ARRAY and \
                isinstance(descr, ArrayDescr):
            op.info = VirtualArrayInfo(op, descr, length.value)
        else:
            self.emit(op)

    def virtual_index(self, op: ResOperation) -> int:
        """The constant index of a {get,set}arrayitem on a virtual array,
        or -1."""
        info = self.get_box_replacement(op.args[0]).info
        index = self.get_box_replacement(op.args[1])
        if isinstance(info, VirtualArrayInfo) and isinstance(index, ConstInt):
            if 0 <= index.value < len(info.items):
                return index.value
        return -1

    def optimize_setarrayitem(self, op: ResOperation) -> None:
        i = self.virtual_index(op)
        if i >= 0:
            info = self.get_box_replacement(op.args[0]).info
            assert isinstance(info, VirtualArrayInfo)
            info.items[i] = self.get_box_replacement(op.args[2])
            return
        self.force_args(op)
        self.emit(op)

    def optimize_getarrayitem(self, op: ResOperation) -> None:
        i = self.virtual_index(op)
        if i >= 0:
            info = self.get_box_replacement(op.args[0]).info
            assert isinstance(info, VirtualArrayInfo)
            value = info.items[i]
            if value is None:
                self.make_equal_to(op, const_zero(op.type))
            else:
                self.make_equal_to(op, value)
            return
        self.force_args(op)
        self.emit(op)

    # ------------------------------------------------------------ others

    def optimize_ptr_eq(self, op: ResOperation) -> None:
        a = self.get_box_replacement(op.args[0])
        b = self.get_box_replacement(op.args[1])
        if self.is_virtual(a) or self.is_virtual(b):
            equal = op.opnum == rop.PTR_EQ or op.opnum == rop.INSTANCE_PTR_EQ
            same = a is b
            self.make_constant_int(op, 1 if same == equal else 0)
            return
        self.emit(op)

    # ------------------------------------------------------------ forcing

    def force_args(self, op: ResOperation) -> None:
        """Force the virtual arguments of op (not its fail_args)."""
        for i in range(len(op.args)):
            a = op.args[i]
            if a.type == REF and self.is_virtual(a):
                op.args[i] = self.force_box(a)

    def force_box(self, v: AbstractValue) -> AbstractValue:
        """Make v a real object: emit its allocation and field writes."""
        return force_box(self, v)


def force_box(emitter: Optimization, v: AbstractValue) -> AbstractValue:
    """Make the virtual v a real object: its allocation and the writes of
    its fields (forcing virtual fields first) are emitted by `emitter` to
    the passes after it.  Any kind of virtual (structs, arrays, strings)."""
    v = emitter.get_box_replacement(v)
    info = v.info
    if not isinstance(info, VirtualInfo):
        return v
    source = info.source
    source.info = PtrInfo(info.known_class, True)   # before the fields: cycles
    emitter.emit(source)
    if isinstance(info, VirtualStructInfo):
        sdescr = info.descr
        for i in range(len(info.fields)):
            value = info.fields[i]
            if value is not None:
                value = force_box(emitter, value)
                emitter.emit(ResOperation(rop.SETFIELD_GC, [source, value], sdescr.fields[i]))
    elif isinstance(info, VirtualArrayInfo):
        for i in range(len(info.items)):
            item = info.items[i]
            if item is not None:
                item = force_box(emitter, item)
                emitter.emit(ResOperation(rop.SETARRAYITEM_GC, [source, ConstInt(i), item],
                                          info.descr))
    elif isinstance(info, VirtualStrInfo):
        setitem = rop.UNICODESETITEM if info.is_unicode else rop.STRSETITEM
        for i in range(len(info.chars)):
            c = info.chars[i]
            if c is not None:
                c = emitter.get_box_replacement(c)
                emitter.emit(ResOperation(setitem, [source, ConstInt(i), c], None))
    return source
