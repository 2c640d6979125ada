"""Pass `intbounds`: integer ranges.

Every int value gets an IntBound [lower, upper]: exact for constants,
[0, 1] for comparisons, computed through +, -, *, &, //, %, >>, lengths...
Comparisons whose outcome the ranges decide become constants; a guard on
a comparison narrows the ranges of its operands afterwards (guard_true
(int_lt(i, 10)) gives i <= 9); a value whose range shrinks to one number
becomes that constant; int_add_ovf & co. become plain operations (and
their guard_no_overflow disappears) when the ranges prove no overflow.

Relations: a guard on `a < b` or `a <= b` between two values also
remembers that relation, and a later comparison of the same two values
that it decides becomes a constant.  Ranges cannot say it when b is
unknown, as a length read from the heap: an interpreter's own index check
(guard_false(int_ge(i, n))) followed by its list's bounds check
(uint_lt(i, n), with i >= 0) keeps one guard.  Only direct relations, no
transitive closure.

Not done: bit-level knowledge (known bits), shifts to the left, bounds
attached to heap fields.  RPy code.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import MAXINT, MININT
from rpy.jit.metainterp.resoperation import AbstractValue, ResOperation, rop, INT
from rpy.jit.metainterp.optimizeopt.optimizer import Optimization, InvalidLoop
from rpy.jit.metainterp.optimizeopt.info import IntBound


class Relation:
    """`owner < other` (strict) or `owner <= other`, both signed."""
    other: AbstractValue
    strict: bool

    def __init__(self, other: AbstractValue, strict: bool) -> None:
        self.other = other
        self.strict = strict


MAX_RELATIONS = 16      # per value


class OptIntBounds(Optimization):
    relations: dict[AbstractValue, list[Relation]]     # by the smaller value

    def __init__(self) -> None:
        Optimization.__init__(self)
        self.relations = {}

    def propagate_forward(self, op: ResOperation) -> None:
        opnum = op.opnum
        if opnum == rop.INT_ADD_OVF or opnum == rop.INT_SUB_OVF or opnum == rop.INT_MUL_OVF:
            self.optimize_ovf(op)
        elif (opnum == rop.INT_LT or opnum == rop.INT_LE or opnum == rop.INT_GT or
              opnum == rop.INT_GE or opnum == rop.INT_EQ or opnum == rop.INT_NE or
              opnum == rop.UINT_LT or opnum == rop.UINT_LE or opnum == rop.UINT_GT or
              opnum == rop.UINT_GE):
            self.optimize_comparison(op)
        elif opnum == rop.INT_IS_TRUE or opnum == rop.INT_IS_ZERO:
            self.optimize_int_is_true(op)
        elif opnum == rop.GUARD_TRUE or opnum == rop.GUARD_FALSE:
            self.optimize_guard_bool(op)
        elif opnum == rop.GUARD_VALUE:
            self.emit(op)
            if op.args[0].type == INT:
                self.narrow_to_constant(op.args[0], op.args[1].getint())
        elif opnum == rop.LABEL:
            self.emit(op)
            self.relations = {}
        else:
            self.emit(op)
            if op.type == INT:
                self.postprocess(op)

    # ------------------------------------------------------------ forward

    def postprocess(self, op: ResOperation) -> None:
        """Compute the bound of op's result (after op was emitted)."""
        opnum = op.opnum
        b = IntBound(MININT, MAXINT)
        if opnum == rop.INT_ADD:
            b = self.getintbound(op.args[0]).add_bound(self.getintbound(op.args[1]))
        elif opnum == rop.INT_SUB:
            b = self.getintbound(op.args[0]).sub_bound(self.getintbound(op.args[1]))
        elif opnum == rop.INT_MUL:
            b = self.getintbound(op.args[0]).mul_bound(self.getintbound(op.args[1]))
        elif opnum == rop.INT_NEG:
            b = self.getintbound(op.args[0]).neg_bound()
        elif opnum == rop.INT_AND:
            b1 = self.getintbound(op.args[0])
            b2 = self.getintbound(op.args[1])
            if b1.known_nonneg() and b2.known_nonneg():
                b = IntBound(0, min(b1.upper, b2.upper))
            elif b1.known_nonneg():
                b = IntBound(0, b1.upper)
            elif b2.known_nonneg():
                b = IntBound(0, b2.upper)
        elif opnum == rop.INT_OR or opnum == rop.INT_XOR:
            b1 = self.getintbound(op.args[0])
            b2 = self.getintbound(op.args[1])
            if b1.known_nonneg() and b2.known_nonneg():
                b = IntBound(0, _all_ones_above(max(b1.upper, b2.upper)))
        elif opnum == rop.INT_MOD:
            b2 = self.getintbound(op.args[1])
            if b2.lower > 0:
                b = IntBound(0, b2.upper - 1)       # floor semantics
            elif b2.upper < 0:
                b = IntBound(b2.lower + 1, 0)
        elif opnum == rop.INT_FLOORDIV:
            b1 = self.getintbound(op.args[0])
            b2 = self.getintbound(op.args[1])
            if b2.is_constant() and b2.lower > 0:
                b = IntBound(_floordiv_bound(b1.lower, b2.lower, MININT),
                             _floordiv_bound(b1.upper, b2.lower, MAXINT))
        elif opnum == rop.INT_RSHIFT:
            b1 = self.getintbound(op.args[0])
            b2 = self.getintbound(op.args[1])
            if b2.is_constant() and 0 <= b2.lower < 64:
                b = IntBound(b1.lower >> b2.lower, b1.upper >> b2.lower)
        elif opnum == rop.UINT_RSHIFT:
            b2 = self.getintbound(op.args[1])
            if b2.is_constant() and 0 < b2.lower < 64:
                b = IntBound(0, MAXINT >> (b2.lower - 1))
        elif (opnum == rop.ARRAYLEN_GC or opnum == rop.STRLEN or
              opnum == rop.UNICODELEN):
            b = IntBound(0, MAXINT)
        elif opnum == rop.STRGETITEM:
            b = IntBound(0, 255)
        elif opnum == rop.UNICODEGETITEM:
            b = IntBound(0, 0x10ffff)
        elif op.is_comparison():
            b = IntBound(0, 1)
        self.narrow(op, b)

    def narrow(self, v: AbstractValue, b: IntBound) -> None:
        """v's range becomes its intersection with b."""
        v = self.get_box_replacement(v)
        if v.is_constant():
            if not b.contains(v.getint()):
                raise InvalidLoop("a constant outside its proven range")
            return
        mine = self.getintbound(v)
        if mine.intersect(b):
            if mine.is_empty():
                raise InvalidLoop("an empty integer range")
            if mine.is_constant():
                self.make_constant_int(v, mine.lower)

    def narrow_to_constant(self, v: AbstractValue, c: int) -> None:
        self.narrow(v, IntBound(c, c))

    def optimize_ovf(self, op: ResOperation) -> None:
        b1 = self.getintbound(op.args[0])
        b2 = self.getintbound(op.args[1])
        opnum = op.opnum
        if opnum == rop.INT_ADD_OVF:
            safe = b1.add_cannot_overflow(b2)
            plain = rop.INT_ADD
            result = b1.add_bound_ovf(b2)
        elif opnum == rop.INT_SUB_OVF:
            safe = b1.sub_cannot_overflow(b2)
            plain = rop.INT_SUB
            result = b1.sub_bound_ovf(b2)
        else:
            safe = b1.mul_cannot_overflow(b2)
            plain = rop.INT_MUL
            result = b1.mul_bound_ovf(b2)
        if safe:
            newop = op.copy_and_change(plain, op.args)
            self.make_equal_to(op, newop)
            self.optimizer.ovf_removed = True
            self.emit(newop)
            self.postprocess(newop)
        else:
            self.emit(op)
            # if the guard_no_overflow that follows passes, the exact
            # result is in range
            self.narrow(op, result)

    def optimize_comparison(self, op: ResOperation) -> None:
        b1 = self.getintbound(op.args[0])
        b2 = self.getintbound(op.args[1])
        opnum = op.opnum
        if opnum == rop.UINT_LT or opnum == rop.UINT_LE or opnum == rop.UINT_GT or opnum == rop.UINT_GE:
            if not self.both_nonneg(op.args[0], op.args[1], b1, b2):
                self.emit(op)
                self.postprocess(op)
                return
            # both non-negative: the signed comparison, which pure may
            # find already done
            signed = op.copy_and_change(SIGNED_OF_UNSIGNED(opnum), op.args)
            self.make_equal_to(op, signed)
            op = signed
            opnum = op.opnum
        known = compare_bounds(opnum, b1, b2)
        if known < 0:
            known = self.compare_relations(opnum, op.args[0], op.args[1])
        if known >= 0:
            self.make_constant_int(op, known)
            return
        self.emit(op)
        self.postprocess(op)

    # ------------------------------------------------------------ relations

    def import_comparison(self, cond: ResOperation, truth: bool) -> None:
        """Unroll: a comparison of the preamble known to be truth in the
        loop too (a fact, replayed at the jump): its relation and ranges."""
        self.propagate_backward(cond, truth)

    def add_relation(self, a: AbstractValue, c: AbstractValue, strict: bool) -> None:
        a = self.get_box_replacement(a)
        c = self.get_box_replacement(c)
        if a.is_constant() or c.is_constant():
            return              # the ranges say it
        rels = self.relations.get(a, None)
        if rels is None:
            rels = []
            self.relations[a] = rels
        for r in rels:
            if r.other is c:
                if strict:
                    r.strict = True
                return
        if len(rels) >= MAX_RELATIONS:
            del rels[0]
        rels.append(Relation(c, strict))

    def known_less(self, a: AbstractValue, c: AbstractValue, strict: bool) -> bool:
        """Is `a < c` (strict) or `a <= c` known from a relation?"""
        rels = self.relations.get(self.get_box_replacement(a), None)
        if rels is None:
            return False
        c = self.get_box_replacement(c)
        for r in rels:
            if r.other is c and (r.strict or not strict):
                return True
        return False

    def compare_relations(self, opnum: int, a: AbstractValue, c: AbstractValue) -> int:
        """1 or 0 when a remembered relation decides the signed `a OP c`,
        else -1."""
        if opnum == rop.INT_GT or opnum == rop.INT_GE:
            a, c = c, a
            opnum = rop.INT_LT if opnum == rop.INT_GT else rop.INT_LE
        if opnum == rop.INT_LT:
            if self.known_less(a, c, True):
                return 1
            if self.known_less(c, a, False):
                return 0
        elif opnum == rop.INT_LE:
            if self.known_less(a, c, False):
                return 1
            if self.known_less(c, a, True):
                return 0
        elif opnum == rop.INT_EQ or opnum == rop.INT_NE:
            if self.known_less(a, c, True) or self.known_less(c, a, True):
                return 0 if opnum == rop.INT_EQ else 1
        return -1

    def both_nonneg(self, a: AbstractValue, c: AbstractValue, b1: IntBound,
                    b2: IntBound) -> bool:
        """Are a and c both >= 0 (from their ranges, or one of them >= 0
        and known to be the smaller)?"""
        if b1.known_nonneg() and b2.known_nonneg():
            return True
        if b1.known_nonneg() and self.known_less(a, c, False):
            return True
        return b2.known_nonneg() and self.known_less(c, a, False)

    def optimize_int_is_true(self, op: ResOperation) -> None:
        b = self.getintbound(op.args[0])
        nonzero = b.lower > 0 or b.upper < 0
        zero = b.is_constant() and b.lower == 0
        if nonzero or zero:
            truth = 1 if nonzero else 0
            if op.opnum == rop.INT_IS_ZERO:
                truth = 1 - truth
            self.make_constant_int(op, truth)
            return
        self.emit(op)
        self.postprocess(op)

    # ------------------------------------------------------------ guards

    def optimize_guard_bool(self, op: ResOperation) -> None:
        arg = self.get_box_replacement(op.args[0])
        expect_true = op.opnum == rop.GUARD_TRUE
        b = self.getintbound(arg)
        if b.is_constant():
            if (b.lower != 0) == expect_true:
                return                  # proven: the guard goes away
            raise InvalidLoop("a guard that always fails")
        self.emit(op)
        if expect_true:
            if b.known_nonneg():
                self.narrow(arg, IntBound(1, MAXINT))
        else:
            self.narrow_to_constant(arg, 0)
        if isinstance(arg, ResOperation):
            self.propagate_backward(arg, expect_true)

    def propagate_backward(self, cond: ResOperation, truth: bool) -> None:
        """cond (a comparison result) is known to be truth: narrow its
        operands."""
        opnum = cond.opnum
        if opnum == rop.INT_IS_TRUE or opnum == rop.INT_IS_ZERO:
            if (opnum == rop.INT_IS_TRUE) != truth:
                self.narrow_to_constant(cond.args[0], 0)
            else:
                b = self.getintbound(cond.args[0])
                if b.known_nonneg():
                    self.narrow(cond.args[0], IntBound(1, MAXINT))
            return
        if len(cond.args) != 2 or cond.args[0].type != INT:
            return
        if not truth:
            opnum = negate_comparison(opnum)
        if opnum == rop.UINT_LT or opnum == rop.UINT_LE or opnum == rop.UINT_GT or opnum == rop.UINT_GE:
            b1 = self.getintbound(cond.args[0])
            b2 = self.getintbound(cond.args[1])
            if not (b1.known_nonneg() and b2.known_nonneg()):
                # x <u y with y >= 0 still gives 0 <= x < y
                if (opnum == rop.UINT_LT or opnum == rop.UINT_LE) and b2.known_nonneg():
                    self.narrow(cond.args[0], IntBound(0, MAXINT))
                else:
                    return
            opnum = SIGNED_OF_UNSIGNED(opnum)
        a = cond.args[0]
        c = cond.args[1]
        if opnum == rop.INT_LT:
            self.make_lt(a, c)
        elif opnum == rop.INT_LE:
            self.make_le(a, c)
        elif opnum == rop.INT_GT:
            self.make_lt(c, a)
        elif opnum == rop.INT_GE:
            self.make_le(c, a)
        elif opnum == rop.INT_EQ:
            b1 = self.getintbound(a).clone()
            b2 = self.getintbound(c).clone()
            self.narrow(a, b2)
            self.narrow(c, b1)

    def make_lt(self, a: AbstractValue, c: AbstractValue) -> None:
        """a < c"""
        self.add_relation(a, c, True)
        b1 = self.getintbound(a)
        b2 = self.getintbound(c)
        if b2.upper != MININT:
            self.narrow(a, IntBound(MININT, b2.upper - 1))
        if b1.lower != MAXINT:
            self.narrow(c, IntBound(b1.lower + 1, MAXINT))

    def make_le(self, a: AbstractValue, c: AbstractValue) -> None:
        """a <= c"""
        self.add_relation(a, c, False)
        b1 = self.getintbound(a)
        b2 = self.getintbound(c)
        self.narrow(a, IntBound(MININT, b2.upper))
        self.narrow(c, IntBound(b1.lower, MAXINT))


def SIGNED_OF_UNSIGNED(opnum: int) -> int:
    if opnum == rop.UINT_LT:
        return rop.INT_LT
    if opnum == rop.UINT_LE:
        return rop.INT_LE
    if opnum == rop.UINT_GT:
        return rop.INT_GT
    return rop.INT_GE


def negate_comparison(opnum: int) -> int:
    """not (a OP b) == a NEG b"""
    if opnum == rop.INT_LT:
        return rop.INT_GE
    if opnum == rop.INT_GE:
        return rop.INT_LT
    if opnum == rop.INT_LE:
        return rop.INT_GT
    if opnum == rop.INT_GT:
        return rop.INT_LE
    if opnum == rop.INT_EQ:
        return rop.INT_NE
    if opnum == rop.INT_NE:
        return rop.INT_EQ
    if opnum == rop.UINT_LT:
        return rop.UINT_GE
    if opnum == rop.UINT_GE:
        return rop.UINT_LT
    if opnum == rop.UINT_LE:
        return rop.UINT_GT
    if opnum == rop.UINT_GT:
        return rop.UINT_LE
    return -1


def compare_bounds(opnum: int, b1: IntBound, b2: IntBound) -> int:
    """1 or 0 when the ranges decide `b1 OP b2`, else -1."""
    if opnum == rop.INT_LT:
        if b1.known_lt(b2):
            return 1
        if b1.known_ge(b2):
            return 0
    elif opnum == rop.INT_LE:
        if b1.known_le(b2):
            return 1
        if b1.known_gt(b2):
            return 0
    elif opnum == rop.INT_GT:
        if b1.known_gt(b2):
            return 1
        if b1.known_le(b2):
            return 0
    elif opnum == rop.INT_GE:
        if b1.known_ge(b2):
            return 1
        if b1.known_lt(b2):
            return 0
    elif opnum == rop.INT_EQ:
        if b1.known_eq(b2):
            return 1
        if b1.known_ne(b2):
            return 0
    elif opnum == rop.INT_NE:
        if b1.known_ne(b2):
            return 1
        if b1.known_eq(b2):
            return 0
    return -1


def _floordiv_bound(a: int, c: int, default: int) -> int:
    if a == MININT or a == MAXINT:
        return default
    return a // c


def _all_ones_above(x: int) -> int:
    """The smallest 2**k - 1 >= x (x >= 0)."""
    r = 0
    while r < x:
        r = (r << 1) | 1
    return r
