"""Values of traces and the Trace itself.

A value is an input argument (InputArg), a constant (ConstInt, ConstFloat,
ConstPtr) or an operation's result (the ResOperation itself, see
resoperation.py).  A Trace is a list of input arguments and a list of
operations.  RPy code.
"""
from __future__ import annotations

import math

from rpy.jit.metainterp.resoperation import (
    AbstractValue, ResOperation, TargetToken, GuardFact, INT, REF, FLOAT)
from rpy.rlib.rgcref import GCRef, cast_gcref_to_int


class InputArg(AbstractValue):
    """An input argument of a trace (or a value defined by a label)."""

    def __init__(self, kind: int) -> None:
        self.type = kind
        self.forwarded = None
        self.info = None


class Const(AbstractValue):
    """A constant.  Constants never carry optimizer info and never forward."""

    def is_constant(self) -> bool:
        return True


class ConstInt(Const):
    value: int

    def __init__(self, value: int) -> None:
        self.type = INT
        self.value = value
        self.forwarded = None
        self.info = None

    def getint(self) -> int:
        return self.value

    def same_constant(self, other: AbstractValue) -> bool:
        if isinstance(other, ConstInt):
            return other.value == self.value
        return False

    def repr_constant(self) -> str:
        return str(self.value)


class ConstFloat(Const):
    value: float

    def __init__(self, value: float) -> None:
        self.type = FLOAT
        self.value = value
        self.forwarded = None
        self.info = None

    def getfloat(self) -> float:
        return self.value

    def same_constant(self, other: AbstractValue) -> bool:
        """Same bits: 0.0 and -0.0 differ, a NaN equals itself."""
        if isinstance(other, ConstFloat):
            a = self.value
            b = other.value
            if a != a:
                return b != b
            if a == b:
                return math.copysign(1.0, a) == math.copysign(1.0, b)
        return False

    def repr_constant(self) -> str:
        return repr(self.value)


class ConstPtr(Const):
    """A constant GC reference.  Either `ref`, a GCRef to a real object
    (translated: traced by the GC, so it follows the object when a minor
    collection moves it; see const_ptr_of_gcref), or, when ref is None,
    `value`: a stand-in address (the untranslated metainterp's ADDRESSES,
    the tests' heaps; 0: null).  known_class, when not 0, is the vtable of
    the object (the metainterp knows it when it records the constant).
    Compare and test them with the methods, never through `value`."""
    value: int
    known_class: int
    ref: GCRef | None

    def __init__(self, value: int, known_class: int) -> None:
        self.type = REF
        self.value = value
        self.known_class = known_class
        self.ref = None
        self.forwarded = None
        self.info = None

    def getref(self) -> int:
        """The address now (translated, a young object's address changes at
        the next minor collection: the backend makes constants old first)."""
        ref = self.ref
        if ref is not None:
            return cast_gcref_to_int(ref)
        return self.value

    def is_null(self) -> bool:
        return self.ref is None and self.value == 0

    def same_constant(self, other: AbstractValue) -> bool:
        if isinstance(other, ConstPtr):
            if self.ref is not None or other.ref is not None:
                return self.ref is other.ref
            return other.value == self.value
        return False

    def repr_constant(self) -> str:
        if self.is_null():
            return 'NULL'
        return 'ConstPtr(%d)' % self.getref()


def const_ptr_of_gcref(ref: GCRef, known_class: int) -> ConstPtr:
    """The constant for a real GC object (translated metainterp)."""
    c = ConstPtr(0, known_class)
    c.ref = ref
    return c


CONST_NULL = ConstPtr(0, 0)
CONST_FALSE = ConstInt(0)
CONST_TRUE = ConstInt(1)
CONST_FZERO = ConstFloat(0.0)


def const_zero(kind: int) -> AbstractValue:
    """The zero of a kind: what an unset field of a fresh object holds."""
    if kind == REF:
        return CONST_NULL
    if kind == FLOAT:
        return CONST_FZERO
    return CONST_FALSE


def same_value(a: AbstractValue, b: AbstractValue) -> bool:
    """a and b are the same box, or equal constants."""
    if a is b:
        return True
    if a.is_constant():
        return a.same_constant(b)
    return False


class Trace:
    """inputargs + operations.  The last operation is usually `jump` or
    `finish`.  A jump without descr goes back to the start of its own
    trace; a jump with a TargetToken goes to that label (maybe in another
    trace).  start_token, when set (by the optimizer, for a peeled loop),
    names the start of this trace so that bridges can jump there.
    inputarg_classes: what is known of a bridge's inputargs at its guard
    (resume.encode's box_classes: a class, 0 if none); the optimizer
    starts from it."""
    inputargs: list[AbstractValue]
    operations: list[ResOperation]
    start_token: TargetToken | None
    inputarg_classes: list[int]
    inputarg_facts: list[GuardFact]

    def __init__(self, inputargs: list[AbstractValue], operations: list[ResOperation]) -> None:
        self.inputargs = inputargs
        self.operations = operations
        self.start_token = None
        self.inputarg_classes = []
        # a bridge of a peeled loop: what held at its guard (GuardFact)
        self.inputarg_facts = []
