"""Resume layouts: how a guard that fails finds the values the interpreter
needs, once the optimizer has removed allocations.

A guard is recorded with fail_args (values the metainterp chose, in the
order its ResumeDescr.position expects).  After optimization, some of those
values are constants and some are virtual objects that exist only as their
fields.  encode() replaces the guard's fail_args by the boxes actually
needed and fills its ResumeDescr: slots[k] describes recorded fail_arg k as
a tagged int (index << 2 | tag):
  TAG_BOX      index into the optimized fail_args
  TAG_CONST    index into descr.consts
  TAG_VIRTUAL  index into descr.virtuals (a VirtualDescription whose own
               slots describe its fields/items/characters the same way;
               sharing and cycles between virtuals are preserved; kind is
               new, new_with_vtable, new_array, newstr or newunicode)
  TAG_NULL     zero / null (a field never written)
decode_slot() is the inverse, used by whoever rebuilds the frames.
RPy code.
"""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import (
    AbstractValue, ResumeDescr, VirtualDescription, rop,
    TAG_BOX, TAG_CONST, TAG_VIRTUAL, TAG_NULL)
from rpy.jit.metainterp.optimizeopt.info import (
    PtrInfo, VirtualInfo, VirtualStructInfo, VirtualArrayInfo, VirtualStrInfo, STR_DESCR,
    UNICODE_DESCR)


def tag(index: int, t: int) -> int:
    return (index << 2) | t


class _Encoder:
    descr: ResumeDescr
    virtual_values: list[AbstractValue]
    liveboxes: list[AbstractValue]
    box_index: dict[AbstractValue, int]
    virtual_index: dict[AbstractValue, int]

    def __init__(self, descr: ResumeDescr) -> None:
        self.descr = descr
        self.liveboxes = []
        self.box_index = {}
        self.virtual_index = {}
        self.virtual_values = []

    def slot_for(self, v: AbstractValue) -> int:
        # v is already a value of the output trace
        if v.is_constant():
            self.descr.consts.append(v)
            return tag(len(self.descr.consts) - 1, TAG_CONST)
        info = v.info
        if isinstance(info, VirtualInfo):
            if v in self.virtual_index:
                return tag(self.virtual_index[v], TAG_VIRTUAL)
            if isinstance(info, VirtualStructInfo):
                kind = info.source.opnum
                vd = VirtualDescription(kind, info.descr, len(info.fields))
            elif isinstance(info, VirtualStrInfo):
                if info.is_unicode:
                    vd = VirtualDescription(rop.NEWUNICODE, UNICODE_DESCR, len(info.chars))
                else:
                    vd = VirtualDescription(rop.NEWSTR, STR_DESCR, len(info.chars))
            else:
                assert isinstance(info, VirtualArrayInfo)
                vd = VirtualDescription(rop.NEW_ARRAY, info.descr, len(info.items))
            index = len(self.descr.virtuals)
            self.descr.virtuals.append(vd)
            self.virtual_index[v] = index
            self.virtual_values.append(v)
            return tag(index, TAG_VIRTUAL)
        if v in self.box_index:
            return tag(self.box_index[v], TAG_BOX)
        self.liveboxes.append(v)
        self.box_index[v] = len(self.liveboxes) - 1
        return tag(len(self.liveboxes) - 1, TAG_BOX)


def replacement(v: AbstractValue) -> AbstractValue:
    while True:
        f = v.forwarded
        if f is None:
            return v
        v = f


def encode(descr: ResumeDescr, recorded: list[AbstractValue]) -> list[AbstractValue]:
    """Fill descr's layout for the recorded fail_args (values of the input
    trace, forwarded by the optimizer); return the guard's new fail_args."""
    enc = _Encoder(descr)
    descr.slots = []
    descr.consts = []
    descr.virtuals = []
    for v in recorded:
        descr.slots.append(enc.slot_for(replacement(v)))
    # describe the fields of the virtuals (the list grows while we walk it)
    i = 0
    while i < len(descr.virtuals):
        vd = descr.virtuals[i]
        source = enc.virtual_values[i]
        info = source.info
        assert isinstance(info, VirtualInfo)
        for item in info.all_items():
            if item is None:
                vd.slots.append(tag(0, TAG_NULL))
            else:
                vd.slots.append(enc.slot_for(replacement(item)))
        i += 1
    # what the optimizer knows of the boxes here, for a bridge from the guard
    descr.box_classes = []
    for v in enc.liveboxes:
        cls = 0
        info = v.info
        if isinstance(info, PtrInfo) and info.nonnull:
            cls = info.known_class
        descr.box_classes.append(cls)
    return enc.liveboxes


def decode_slot(slot: int) -> tuple[int, int]:
    """(tag, index) of a slot."""
    return (slot & 3, slot >> 2)


def describe(descr: ResumeDescr) -> str:
    """A readable form of a layout, for tests and logs:
    'b0, c1, v0 | v0=new_with_vtable(sizedescr)[b1, null]'"""
    parts: list[str] = []
    for s in descr.slots:
        parts.append(_describe_slot(descr, s))
    text = ', '.join(parts)
    vparts: list[str] = []
    for i in range(len(descr.virtuals)):
        vd = descr.virtuals[i]
        items: list[str] = []
        for s in vd.slots:
            items.append(_describe_slot(descr, s))
        what = 'new'
        if vd.kind == rop.NEW_ARRAY:
            what = 'new_array'
        elif vd.kind == rop.NEW_WITH_VTABLE:
            what = 'new_with_vtable'
        elif vd.kind == rop.NEWSTR:
            what = 'newstr'
        elif vd.kind == rop.NEWUNICODE:
            what = 'newunicode'
        vparts.append('v%d=%s(%s)[%s]' % (i, what, vd.descr.repr_of_descr(), ', '.join(items)))
    if vparts:
        text += ' | ' + ', '.join(vparts)
    return text


def _describe_slot(descr: ResumeDescr, slot: int) -> str:
    t = slot & 3
    index = slot >> 2
    if t == TAG_BOX:
        return 'b%d' % index
    if t == TAG_CONST:
        return descr.consts[index].repr_constant()
    if t == TAG_VIRTUAL:
        return 'v%d' % index
    return 'null'
