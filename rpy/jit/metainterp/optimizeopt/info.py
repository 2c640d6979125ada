"""What the optimizer knows about a value of the output trace, stored in
the value's `info` field: an IntBound for integers, a PtrInfo (known class,
non-null) for references, and the virtual objects of allocation removal
(VirtualStructInfo, VirtualArrayInfo).  RPy code.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import MAXINT, MININT, ovfcheck
from rpy.jit.metainterp.resoperation import (
    AbstractInfo, AbstractValue, ResOperation, SizeDescr, ArrayDescr, FieldDescr, rop, INT)


# ---------------------------------------------------------------- integers

class IntBound(AbstractInfo):
    """lower <= value <= upper (MININT and MAXINT: no bound)."""
    lower: int
    upper: int

    def __init__(self, lower: int, upper: int) -> None:
        self.lower = lower
        self.upper = upper

    def clone(self) -> IntBound:
        return IntBound(self.lower, self.upper)

    def is_constant(self) -> bool:
        return self.lower == self.upper

    def is_unbounded(self) -> bool:
        return self.lower == MININT and self.upper == MAXINT

    def contains(self, v: int) -> bool:
        return self.lower <= v <= self.upper

    def contains_bound(self, other: IntBound) -> bool:
        return self.lower <= other.lower and other.upper <= self.upper

    def known_nonneg(self) -> bool:
        return self.lower >= 0

    def known_lt(self, other: IntBound) -> bool:
        return self.upper < other.lower

    def known_le(self, other: IntBound) -> bool:
        return self.upper <= other.lower

    def known_gt(self, other: IntBound) -> bool:
        return other.known_lt(self)

    def known_ge(self, other: IntBound) -> bool:
        return other.known_le(self)

    def known_ne(self, other: IntBound) -> bool:
        return self.known_lt(other) or self.known_gt(other)

    def known_eq(self, other: IntBound) -> bool:
        return self.is_constant() and other.is_constant() and self.lower == other.lower

    def intersect(self, other: IntBound) -> bool:
        """Narrow self to self & other; True if it changed.  An empty
        result is a contradiction (the caller raises InvalidLoop)."""
        changed = False
        if other.lower > self.lower:
            self.lower = other.lower
            changed = True
        if other.upper < self.upper:
            self.upper = other.upper
            changed = True
        return changed

    def is_empty(self) -> bool:
        return self.lower > self.upper

    def make_lt_const(self, c: int) -> bool:
        """value < c"""
        if c == MININT:
            self.upper = MININT
            self.lower = MAXINT      # empty
            return True
        return self.make_le_const(c - 1)

    def make_le_const(self, c: int) -> bool:
        if c < self.upper:
            self.upper = c
            return True
        return False

    def make_gt_const(self, c: int) -> bool:
        if c == MAXINT:
            self.lower = MAXINT
            self.upper = MININT      # empty
            return True
        return self.make_ge_const(c + 1)

    def make_ge_const(self, c: int) -> bool:
        if c > self.lower:
            self.lower = c
            return True
        return False

    def add_bound(self, other: IntBound) -> IntBound:
        """The range of self + other (wrapping: unbounded if it may overflow)."""
        if self.add_cannot_overflow(other):
            return IntBound(self.lower + other.lower, self.upper + other.upper)
        return IntBound(MININT, MAXINT)

    def add_bound_ovf(self, other: IntBound) -> IntBound:
        """The range of self + other when it did not overflow."""
        return IntBound(clamp_add(self.lower, other.lower), clamp_add(self.upper, other.upper))

    def add_cannot_overflow(self, other: IntBound) -> bool:
        try:
            ovfcheck(self.lower + other.lower)
            ovfcheck(self.upper + other.upper)
        except OverflowError:
            return False
        return True

    def sub_bound(self, other: IntBound) -> IntBound:
        if self.sub_cannot_overflow(other):
            return IntBound(self.lower - other.upper, self.upper - other.lower)
        return IntBound(MININT, MAXINT)

    def sub_bound_ovf(self, other: IntBound) -> IntBound:
        return IntBound(clamp_sub(self.lower, other.upper), clamp_sub(self.upper, other.lower))

    def sub_cannot_overflow(self, other: IntBound) -> bool:
        try:
            ovfcheck(self.lower - other.upper)
            ovfcheck(self.upper - other.lower)
        except OverflowError:
            return False
        return True

    def mul_bound(self, other: IntBound) -> IntBound:
        if not self.mul_cannot_overflow(other):
            return IntBound(MININT, MAXINT)
        return self.mul_bound_ovf(other)

    def mul_bound_ovf(self, other: IntBound) -> IntBound:
        a = clamp_mul(self.lower, other.lower)
        b = clamp_mul(self.lower, other.upper)
        c = clamp_mul(self.upper, other.lower)
        d = clamp_mul(self.upper, other.upper)
        return IntBound(min(min(a, b), min(c, d)), max(max(a, b), max(c, d)))

    def mul_cannot_overflow(self, other: IntBound) -> bool:
        try:
            ovfcheck(self.lower * other.lower)
            ovfcheck(self.lower * other.upper)
            ovfcheck(self.upper * other.lower)
            ovfcheck(self.upper * other.upper)
        except OverflowError:
            return False
        return True

    def neg_bound(self) -> IntBound:
        if self.lower == MININT:
            return IntBound(MININT, MAXINT)
        return IntBound(-self.upper, -self.lower)

    def __repr__(self) -> str:
        return 'IntBound(%d, %d)' % (self.lower, self.upper)


def clamp_add(x: int, y: int) -> int:
    try:
        return ovfcheck(x + y)
    except OverflowError:
        return MAXINT if x > 0 else MININT


def clamp_sub(x: int, y: int) -> int:
    try:
        return ovfcheck(x - y)
    except OverflowError:
        return MAXINT if x >= 0 else MININT


def clamp_mul(x: int, y: int) -> int:
    try:
        return ovfcheck(x * y)
    except OverflowError:
        return MAXINT if (x > 0) == (y > 0) else MININT


def unbounded() -> IntBound:
    return IntBound(MININT, MAXINT)


# ---------------------------------------------------------------- references

class PtrInfo(AbstractInfo):
    """A reference: its class when known (a vtable, 0 if unknown) and
    whether it is known not to be null."""
    known_class: int
    nonnull: bool

    def __init__(self, known_class: int, nonnull: bool) -> None:
        self.known_class = known_class
        self.nonnull = nonnull

    def is_virtual(self) -> bool:
        return False


class VirtualInfo(PtrInfo):
    """A virtual: an allocation removed from the trace so far.  `source`
    is the allocation operation, emitted when the object is forced."""
    source: ResOperation

    def is_virtual(self) -> bool:
        return True

    def all_items(self) -> list[AbstractValue | None]:
        raise NotImplementedError


class VirtualStructInfo(VirtualInfo):
    """A virtual from new / new_with_vtable: fields[i] is the value of
    descr.fields[i] (None: never written, so zero)."""
    descr: SizeDescr
    fields: list[AbstractValue | None]

    def __init__(self, source: ResOperation, descr: SizeDescr) -> None:
        self.source = source
        self.descr = descr
        self.known_class = descr.vtable if source.opnum == rop.NEW_WITH_VTABLE else 0
        self.nonnull = True
        self.fields = [None] * len(descr.fields)

    def all_items(self) -> list[AbstractValue | None]:
        return self.fields


class VirtualArrayInfo(VirtualInfo):
    """A virtual from new_array with a constant length."""
    descr: ArrayDescr
    items: list[AbstractValue | None]

    def __init__(self, source: ResOperation, descr: ArrayDescr, length: int) -> None:
        self.source = source
        self.descr = descr
        self.known_class = 0
        self.nonnull = True
        self.items = [None] * length

    def all_items(self) -> list[AbstractValue | None]:
        return self.items


class VirtualStrInfo(VirtualInfo):
    """A virtual from newstr / newunicode with a constant length: chars[i]
    is the character code written at i (None: not written yet)."""
    is_unicode: bool
    chars: list[AbstractValue | None]

    def __init__(self, source: ResOperation, length: int, is_unicode: bool) -> None:
        self.source = source
        self.known_class = 0
        self.nonnull = True
        self.is_unicode = is_unicode
        self.chars = [None] * length

    def all_items(self) -> list[AbstractValue | None]:
        return self.chars


# stands for the "type" of strings where a descr is expected (resume data)
STR_DESCR = ArrayDescr('str', INT, 1, 0, 0, True)
UNICODE_DESCR = ArrayDescr('unicode', INT, 4, 0, 0, True)


def field_index(descr: FieldDescr, vinfo: VirtualStructInfo) -> int:
    """The index of descr in the virtual's fields, or -1 if the field does
    not belong to the virtual's type."""
    i = descr.index
    if i >= 0 and i < len(vinfo.fields) and vinfo.descr.fields[i] is descr:
        return i
    return -1
