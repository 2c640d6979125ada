"""Pattern matching (`match` statements) for the code generator.

This follows CPython 3.11's compile.c (compiler_match and compiler_pattern
with their helpers), adapted to ouro's bytecode.  A pattern is compiled
with a "pattern context" (PatternContext below):

    stores             the names captured so far, in capture order; their
                       values wait on the stack (the first one on top of
                       them, each later one below the earlier ones) and are
                       stored only once the whole pattern has matched
    allow_irrefutable  whether an irrefutable pattern (a capture, `_`) is
                       allowed here: not in a case that is not the last and
                       has no guard, nor in an alternative that is not the
                       last of an or-pattern
    on_top             how many items the pattern being compiled keeps on
                       the stack above the captured values
    fail_pop           fail_pop[n]: the block to jump to when the match fails
                       with n items to pop (on_top + len(stores)); the
                       blocks are laid out one after another, each popping
                       one item, fail_pop[0] last

Every pattern consumes the subject on top of the stack, whether it matches
(leaving its captures below the items counted by on_top) or not (jumping to
the fail_pop block that pops everything).

Instructions get the position of the pattern being compiled, as in CPython:
each pattern sets it and does not restore it, so what follows a sub-pattern
(and the errors raised there) has the position of the last pattern
compiled.  CPython's compile-time errors are raised with its messages and
positions.
"""
from __future__ import annotations

from ouro.compiler import assemble as asm
from ouro.compiler import opcodes as op
from ouro.compiler.code import ConstTuple, const_key
from ouro.compiler.codegen_base import CodeGenBase
from ouro.compiler.fold import fold_expr
from ouro.parser import astnodes as ast
from ouro.parser.constvalue import (CONST_NONE, ConstBool, ConstComplex, ConstFloat, ConstInt,
                                    ConstStr, ConstValue, int_from_machine)

# the limits of CPython (a C int)
INT_MAX = 2147483647

MIN_MACHINE_INT = -9223372036854775807 - 1
MIN_MACHINE_INT_DIGITS = "9223372036854775808"    # -MIN_MACHINE_INT
FLOAT_MAX = 1.7976931348623157e308
TWO_POW_53 = 9007199254740992.0


class PatternContext:
    stores: list[str]
    allow_irrefutable: bool
    fail_pop: list[asm.Block]
    on_top: int

    def __init__(self) -> None:
        self.stores = []
        self.allow_irrefutable = False
        self.fail_pop = []
        self.on_top = 0


def is_wildcard(p: ast.pattern) -> bool:
    """`_`"""
    return isinstance(p, ast.MatchAs) and p.pattern is None and p.name is None


def is_star_wildcard(p: ast.pattern) -> bool:
    """`*_`"""
    return isinstance(p, ast.MatchStar) and p.name is None


class MatchCompiler(CodeGenBase):

    def compile_match(self, node: ast.Match) -> None:
        self.visit_expr(node.subject)
        end = self.new_block()
        cases = node.cases
        ncases = len(cases)
        assert ncases > 0
        last = cases[ncases - 1]
        has_default = 0
        if is_wildcard(last.pattern) and ncases > 1:
            has_default = 1
        pc = PatternContext()
        i = 0
        while i < ncases - has_default:
            m = cases[i]
            self.set_position(m.pattern)
            # only copy the subject if this is not the last case to try
            if i != ncases - has_default - 1:
                self.emit_arg(op.COPY, 1)
            pc.stores = []
            # irrefutable cases must be guarded, last, or both
            pc.allow_irrefutable = m.guard is not None or i == ncases - 1
            pc.fail_pop = []
            pc.on_top = 0
            self.compile_pattern(m.pattern, pc)
            assert pc.on_top == 0
            # a match: store the captured names (their values are on the stack)
            for name in pc.stores:
                self.store_name(name)
            guard = m.guard
            if guard is not None:
                self.ensure_fail_pop(pc, 0)
                self.jump_if(guard, pc.fail_pop[0], False)
                self.set_guard_position(guard)
            # done with the subject
            if i != ncases - has_default - 1:
                self.emit(op.POP_TOP)
            self.visit_stmts(m.body)
            self.emit_jump(asm.JUMP, end)
            # the cleanup of a failed match has the position of its pattern
            self.set_position(m.pattern)
            self.emit_and_reset_fail_pop(pc)
            i += 1
        if has_default:
            # a trailing `case _:` needs no copy of the subject, nor to pop it
            self.set_position(last.pattern)
            self.emit(op.NOP)
            guard = last.guard
            if guard is not None:
                self.jump_if(guard, end, False)
            self.visit_stmts(last.body)
        self.use_block(end)

    def set_guard_position(self, guard: ast.expr) -> None:
        """What follows a guard has the position of the last comparison
        that CPython's compiler_jump_if compiled in it, if any (it sets the
        position there and does not restore it), else the position it had
        before the guard."""
        last = last_jump_compare(guard)
        if last is not None:
            self.set_position(last)

    # -- the fail_pop blocks

    def ensure_fail_pop(self, pc: PatternContext, n: int) -> None:
        """Makes sure fail_pop[0..n] exist."""
        while len(pc.fail_pop) < n + 1:
            pc.fail_pop.append(self.new_block())

    def jump_to_fail_pop(self, pc: PatternContext, opcode: int) -> None:
        """A jump (opcode) to where everything the pattern keeps on the stack
        is popped: the items on top and the values captured so far."""
        pops = pc.on_top + len(pc.stores)
        self.ensure_fail_pop(pc, pops)
        self.emit_jump(opcode, pc.fail_pop[pops])
        if opcode != asm.JUMP:
            self.use_new_block()

    def emit_and_reset_fail_pop(self, pc: PatternContext) -> None:
        """Lays out the fail_pop blocks: each pops one item and falls into
        the next; fail_pop[0] is where the code that follows starts."""
        n = len(pc.fail_pop)
        if n == 0:
            return
        k = n - 1
        while k > 0:
            self.use_block(pc.fail_pop[k])
            self.emit(op.POP_TOP)
            k -= 1
        self.use_block(pc.fail_pop[0])
        pc.fail_pop = []

    # -- helpers

    def pattern_rotate(self, count: int) -> None:
        """Moves the top of the stack `count - 1` entries down (the others
        move up by one)."""
        while count > 1:
            self.emit_arg(op.SWAP, count)
            count -= 1

    def pattern_store_name(self, name: str | None, pc: PatternContext) -> None:
        """Captures the top of the stack as `name` (None: discards it)."""
        if name is None:
            self.emit(op.POP_TOP)
            return
        if name == "__debug__":
            raise self.error("cannot assign to __debug__", None)
        if name in pc.stores:
            raise self.error("multiple assignments to name '%s' in pattern" % name, None)
        # below the items on top and the values captured before
        self.pattern_rotate(pc.on_top + len(pc.stores) + 1)
        pc.stores.append(name)

    def pattern_subpattern(self, p: ast.pattern, pc: PatternContext) -> None:
        """compile_pattern, with irrefutable patterns allowed."""
        allow = pc.allow_irrefutable
        pc.allow_irrefutable = True
        self.compile_pattern(p, pc)
        pc.allow_irrefutable = allow

    # -- patterns

    def compile_pattern(self, p: ast.pattern, pc: PatternContext) -> None:
        self.set_position(p)
        if isinstance(p, ast.MatchValue):
            self.pattern_value(p, pc)
        elif isinstance(p, ast.MatchSingleton):
            self.load_const(p.value)
            self.emit_arg(op.IS_OP, 0)
            self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        elif isinstance(p, ast.MatchSequence):
            self.pattern_sequence(p, pc)
        elif isinstance(p, ast.MatchMapping):
            self.pattern_mapping(p, pc)
        elif isinstance(p, ast.MatchClass):
            self.pattern_class(p, pc)
        elif isinstance(p, ast.MatchStar):
            self.pattern_store_name(p.name, pc)
        elif isinstance(p, ast.MatchAs):
            self.pattern_as(p, pc)
        elif isinstance(p, ast.MatchOr):
            self.pattern_or(p, pc)
        else:
            raise self.error("invalid match pattern node in AST (kind=%s)" % p.node_name(), None)

    def pattern_value(self, p: ast.MatchValue, pc: PatternContext) -> None:
        value = p.value
        c = pattern_constant(value)
        if c is not None:
            self.load_const(c)
        elif isinstance(value, ast.Attribute):
            self.visit_expr(value)
        else:
            raise self.error("patterns may only match literals and attribute lookups", None)
        self.emit_arg(op.COMPARE_OP, op.CMP_EQ)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)

    def pattern_as(self, p: ast.MatchAs, pc: PatternContext) -> None:
        sub = p.pattern
        if sub is None:
            # irrefutable
            if not pc.allow_irrefutable:
                name = p.name
                if name is not None:
                    raise self.error("name capture '%s' makes remaining patterns unreachable"
                                     % name, None)
                raise self.error("wildcard makes remaining patterns unreachable", None)
            self.pattern_store_name(p.name, pc)
            return
        # a copy of the subject, to store it if the sub-pattern matches
        pc.on_top += 1
        self.emit_arg(op.COPY, 1)
        self.compile_pattern(sub, pc)
        pc.on_top -= 1
        self.pattern_store_name(p.name, pc)

    def pattern_unpack(self, elts: list[ast.pattern]) -> None:
        """UNPACK_SEQUENCE or UNPACK_EX for the sub-patterns."""
        n = len(elts)
        seen_star = False
        i = 0
        while i < n:
            elt = elts[i]
            if isinstance(elt, ast.MatchStar):
                if seen_star:
                    raise self.error("multiple starred expressions in sequence pattern", None)
                if i >= (1 << 8) or n - i - 1 >= (INT_MAX >> 8):
                    raise self.error("too many expressions in star-unpacking sequence pattern",
                                     None)
                self.emit_arg(op.UNPACK_EX, i + ((n - i - 1) << 8))
                seen_star = True
            i += 1
        if not seen_star:
            self.emit_arg(op.UNPACK_SEQUENCE, n)

    def pattern_sequence(self, p: ast.MatchSequence, pc: PatternContext) -> None:
        patterns = p.patterns
        size = len(patterns)
        star = -1
        only_wildcard = True
        star_wildcard = False
        i = 0
        while i < size:
            sub = patterns[i]
            if isinstance(sub, ast.MatchStar):
                if star >= 0:
                    raise self.error("multiple starred names in sequence pattern", None)
                star_wildcard = is_star_wildcard(sub)
                only_wildcard = only_wildcard and star_wildcard
                star = i
            else:
                only_wildcard = only_wildcard and is_wildcard(sub)
            i += 1
        # the subject stays on top during the type and length checks
        pc.on_top += 1
        self.emit(op.MATCH_SEQUENCE)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        if star < 0:
            # len(subject) == size
            self.emit(op.GET_LEN)
            self.load_const(int_from_machine(size))
            self.emit_arg(op.COMPARE_OP, op.CMP_EQ)
            self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        elif size > 1:
            # len(subject) >= size - 1
            self.emit(op.GET_LEN)
            self.load_const(int_from_machine(size - 1))
            self.emit_arg(op.COMPARE_OP, op.CMP_GE)
            self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        # what comes next consumes the subject
        pc.on_top -= 1
        if only_wildcard:
            # [] / [_] / [_, _] / [*_] / [_, *_] / ...
            self.emit(op.POP_TOP)
        elif star_wildcard:
            self.pattern_sequence_subscr(patterns, star, pc)
        else:
            self.pattern_sequence_unpack(patterns, pc)

    def pattern_sequence_unpack(self, patterns: list[ast.pattern], pc: PatternContext) -> None:
        self.pattern_unpack(patterns)
        size = len(patterns)
        # the items are new subjects on the stack, the first on top
        pc.on_top += size
        for sub in patterns:
            pc.on_top -= 1
            self.pattern_subpattern(sub, pc)

    def pattern_sequence_subscr(self, patterns: list[ast.pattern], star: int,
                                pc: PatternContext) -> None:
        """With a `*_`: the items are fetched by index (counted from the end,
        with a non-negative index, after the star) instead of unpacking the
        whole sequence."""
        # the subject stays, to take items from it
        pc.on_top += 1
        size = len(patterns)
        i = 0
        while i < size:
            sub = patterns[i]
            if is_wildcard(sub) or i == star:
                i += 1
                continue
            self.emit_arg(op.COPY, 1)
            if i < star:
                self.load_const(int_from_machine(i))
            else:
                self.emit(op.GET_LEN)
                self.load_const(int_from_machine(size - i))
                self.emit_arg(op.BINARY_OP, op.NB_SUBTRACT)
            self.emit(op.BINARY_SUBSCR)
            self.pattern_subpattern(sub, pc)
            i += 1
        # done with the subject
        pc.on_top -= 1
        self.emit(op.POP_TOP)

    def pattern_class(self, p: ast.MatchClass, pc: PatternContext) -> None:
        patterns = p.patterns
        kwd_attrs = p.kwd_attrs
        kwd_patterns = p.kwd_patterns
        nargs = len(patterns)
        nattrs = len(kwd_attrs)
        if nattrs != len(kwd_patterns):
            raise self.error("kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern"
                             % (nattrs, len(kwd_patterns)), None)
        if INT_MAX < nargs or INT_MAX < nargs + nattrs - 1:
            raise self.error("too many sub-patterns in class pattern", None)
        if nattrs > 0:
            # the errors point to the sub-patterns (the names have no position)
            i = 0
            while i < nattrs:
                attr = kwd_attrs[i]
                self.set_position(kwd_patterns[i])
                if attr == "__debug__":
                    raise self.error("cannot assign to __debug__", None)
                j = i + 1
                while j < nattrs:
                    if kwd_attrs[j] == attr:
                        self.set_position(kwd_patterns[j])
                        raise self.error("attribute name repeated in class pattern: %s" % attr,
                                         None)
                    j += 1
                i += 1
            self.set_position(p)
        self.visit_expr(p.cls)
        names: list[ConstValue] = []
        for attr in kwd_attrs:
            names.append(ConstStr(attr))
        self.load_const(ConstTuple(names))
        self.emit_arg(op.MATCH_CLASS, nargs)
        # the tuple of the nargs + nattrs attributes, or None
        pc.on_top += 1
        self.emit_arg(op.COPY, 1)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_NONE)
        self.emit_arg(op.UNPACK_SEQUENCE, nargs + nattrs)
        pc.on_top += nargs + nattrs - 1
        i = 0
        while i < nargs + nattrs:
            pc.on_top -= 1
            if i < nargs:
                sub = patterns[i]
            else:
                sub = kwd_patterns[i - nargs]
            if is_wildcard(sub):
                self.emit(op.POP_TOP)
            else:
                self.pattern_subpattern(sub, pc)
            i += 1

    def pattern_mapping(self, p: ast.MatchMapping, pc: PatternContext) -> None:
        keys = p.keys
        patterns = p.patterns
        size = len(keys)
        if size != len(patterns):
            raise self.error("keys (%d) / patterns (%d) length mismatch in mapping pattern"
                             % (size, len(patterns)), None)
        rest = p.rest
        # the subject stays on top during the type and length checks
        pc.on_top += 1
        self.emit(op.MATCH_MAPPING)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        if size == 0 and rest is None:
            # `{}`: done, pop the subject
            pc.on_top -= 1
            self.emit(op.POP_TOP)
            return
        if size > 0:
            # len(subject) >= size
            self.emit(op.GET_LEN)
            self.load_const(int_from_machine(size))
            self.emit_arg(op.COMPARE_OP, op.CMP_GE)
            self.jump_to_fail_pop(pc, op.POP_JUMP_IF_FALSE)
        if INT_MAX < size - 1:
            raise self.error("too many sub-patterns in mapping pattern", None)
        # the tuple of the keys: literals (no two equal) or attribute lookups
        seen: dict[str, bool] = {}
        consts: list[ConstValue] = []
        all_const = True
        for key in keys:
            c = pattern_constant(key)
            if c is not None:
                k = equality_key(c)
                if k in seen:
                    raise self.error("mapping pattern checks duplicate key (%s)" % repr(c), None)
                seen[k] = True
                consts.append(c)
            elif isinstance(key, ast.Attribute):
                all_const = False
            else:
                raise self.error(
                    "mapping pattern keys may only match literals and attribute lookups", None)
        if all_const:
            self.load_const(ConstTuple(consts))
        else:
            for key in keys:
                c = pattern_constant(key)
                if c is not None:
                    self.load_const(c)
                else:
                    self.visit_expr(key)
            self.emit_arg(op.BUILD_TUPLE, size)
        self.emit(op.MATCH_KEYS)
        # the keys and the values (or None) are on top of the subject
        pc.on_top += 2
        self.emit_arg(op.COPY, 1)
        self.jump_to_fail_pop(pc, op.POP_JUMP_IF_NONE)
        # match the values against the sub-patterns
        self.emit_arg(op.UNPACK_SEQUENCE, size)
        pc.on_top += size - 1
        for sub in patterns:
            pc.on_top -= 1
            self.pattern_subpattern(sub, pc)
        # a match: what follows consumes the keys and the subject
        pc.on_top -= 2
        if rest is not None:
            # rest = dict(subject); del rest[k] for each key
            self.emit_arg(op.BUILD_MAP, 0)           # subject keys {}
            self.emit_arg(op.SWAP, 3)                # {} keys subject
            self.emit_arg(op.DICT_UPDATE, 2)         # copy keys
            self.emit_arg(op.UNPACK_SEQUENCE, size)  # copy k(n-1) .. k0
            n = size
            while n > 0:
                self.emit_arg(op.COPY, 1 + n)        # copy k.. copy
                n -= 1
                self.emit_arg(op.SWAP, 2)            # copy k.. copy k
                self.emit(op.DELETE_SUBSCR)          # copy k..
            self.pattern_store_name(rest, pc)
        else:
            self.emit(op.POP_TOP)     # the keys
            self.emit(op.POP_TOP)     # the subject

    def pattern_or(self, p: ast.MatchOr, pc: PatternContext) -> None:
        end = self.new_block()
        alts = p.patterns
        size = len(alts)
        assert size > 1
        # the context of the or-pattern, restored at the end
        old_stores = pc.stores
        old_allow = pc.allow_irrefutable
        old_fail_pop = pc.fail_pop
        old_on_top = pc.on_top
        # the names bound by the first alternative, in the order of their
        # values on the stack: the others must bind the same names, and
        # their values are reordered to match
        control: list[str] = []
        i = 0
        while i < size:
            alt = alts[i]
            self.set_position(alt)
            pc.stores = []
            # an irrefutable alternative must be the last, if allowed at all
            pc.allow_irrefutable = i == size - 1 and old_allow
            pc.fail_pop = []
            pc.on_top = 0
            self.emit_arg(op.COPY, 1)
            self.compile_pattern(alt, pc)
            nstores = len(pc.stores)
            if i == 0:
                control = pc.stores
            elif nstores != len(control):
                raise self.error("alternative patterns bind different names", None)
            elif nstores > 0:
                icontrol = nstores - 1
                while icontrol >= 0:
                    name = control[icontrol]
                    if name not in pc.stores:
                        raise self.error("alternative patterns bind different names", None)
                    istores = pc.stores.index(name)
                    if icontrol != istores:
                        # bring the value of `name` to its place in control's
                        # order: move the istores + 1 values on top of it
                        # (with it) below the icontrol - istores under them
                        assert istores < icontrol
                        rotations = istores + 1
                        stores = pc.stores
                        rotated = stores[:rotations]
                        remaining = stores[rotations:]
                        at = icontrol - istores
                        pc.stores = remaining[:at] + rotated + remaining[at:]
                        while rotations > 0:
                            self.pattern_rotate(icontrol + 1)
                            rotations -= 1
                    icontrol -= 1
            self.emit_jump(asm.JUMP, end)
            self.emit_and_reset_fail_pop(pc)
            i += 1
        pc.stores = old_stores
        pc.allow_irrefutable = old_allow
        pc.fail_pop = old_fail_pop
        pc.on_top = old_on_top
        # no alternative matched: pop the remaining copy of the subject, fail
        self.emit(op.POP_TOP)
        self.jump_to_fail_pop(pc, asm.JUMP)
        self.use_block(end)
        nstores = len(control)
        # between the new values and where they go: the other new values,
        # the subject, the items on top, the values captured before
        nrots = nstores + 1 + pc.on_top + len(pc.stores)
        for name in control:
            self.pattern_rotate(nrots)
            if name in pc.stores:
                raise self.error("multiple assignments to name '%s' in pattern" % name, None)
            pc.stores.append(name)
        # pop the subject
        self.emit(op.POP_TOP)


def last_jump_compare(e: ast.expr) -> ast.expr | None:
    """The last comparison that jump_if compiles as a condition of its own
    in e (through `not`, `and`, `or` and conditional expressions)."""
    if isinstance(e, ast.Compare):
        return e
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.Not):
        return last_jump_compare(e.operand)
    if isinstance(e, ast.BoolOp):
        found: ast.expr | None = None
        for v in e.values:
            c = last_jump_compare(v)
            if c is not None:
                found = c
        return found
    if isinstance(e, ast.IfExp):
        found2: ast.expr | None = None
        for part in [e.test, e.body, e.orelse]:
            c2 = last_jump_compare(part)
            if c2 is not None:
                found2 = c2
        return found2
    return None


# -- constants of value patterns and mapping keys

def pattern_constant(e: ast.expr) -> ConstValue | None:
    """The value of a literal of a pattern: a constant, a negative number, a
    complex number `a + bj` (what CPython's AST optimizer folds), or None."""
    c = fold_expr(e)
    if c is not None:
        return c
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub):
        operand = pattern_constant(e.operand)
        if operand is None:
            return None
        return negate_number(operand)
    if isinstance(e, ast.BinOp) and (isinstance(e.op, ast.Add) or isinstance(e.op, ast.Sub)):
        left = pattern_constant(e.left)
        right = pattern_constant(e.right)
        if left is None or right is None:
            return None
        if not isinstance(right, ConstComplex):
            return None
        if isinstance(left, ConstComplex):
            lreal = left.real
            limag = left.imag
        else:
            lr = number_as_float(left)
            if lr is None:
                return None
            lreal = lr.value
            limag = 0.0
        if isinstance(e.op, ast.Add):
            return ConstComplex(lreal + right.real, limag + right.imag)
        return ConstComplex(lreal - right.real, limag - right.imag)
    return None


def negate_number(c: ConstValue) -> ConstValue | None:
    if isinstance(c, ConstInt):
        if c.fits:
            if c.value == MIN_MACHINE_INT:
                # its negation does not fit
                return ConstInt(MIN_MACHINE_INT_DIGITS, 0, False)
            return int_from_machine(-c.value)
        digits = c.digits
        if digits.startswith("-"):
            digits = digits[1:]
            return ConstInt(digits, 0, False)
        if digits == MIN_MACHINE_INT_DIGITS:
            return int_from_machine(MIN_MACHINE_INT)
        return ConstInt("-" + digits, 0, False)
    if isinstance(c, ConstFloat):
        return ConstFloat(-c.value)
    if isinstance(c, ConstComplex):
        return ConstComplex(-c.real, -c.imag)
    return None


def number_as_float(c: ConstValue) -> ConstFloat | None:
    """An int or float as a float (None if an int is too large, where
    CPython raises OverflowError and does not fold)."""
    if isinstance(c, ConstFloat):
        return c
    if isinstance(c, ConstBool):
        return ConstFloat(1.0 if c.value else 0.0)
    if isinstance(c, ConstInt):
        if c.fits:
            return ConstFloat(float(c.value))
        v = float(c.digits)
        if v > FLOAT_MAX or v < -FLOAT_MAX:
            return None
        return ConstFloat(v)
    return None


def equality_key(c: ConstValue) -> str:
    """A string equal for constants that are equal as dict keys (1, 1.0,
    True and 1+0j are the same key; -0.0 and 0 too)."""
    if isinstance(c, ConstBool):
        return "I1" if c.value else "I0"
    if isinstance(c, ConstInt):
        return "I" + c.digits
    if isinstance(c, ConstFloat):
        return float_equality_key(c.value)
    if isinstance(c, ConstComplex):
        if c.imag == 0.0:
            return float_equality_key(c.real)
        return "C" + float_equality_key(c.real) + "," + float_equality_key(c.imag)
    return const_key(c)


def float_equality_key(v: float) -> str:
    if v != v:
        return "Fnan"
    if v > FLOAT_MAX or v < -FLOAT_MAX:
        return "F" + repr(v)
    if v >= TWO_POW_53 or v <= -TWO_POW_53:
        return "I" + float_integer_digits(v)
    if v == float(int(v)):
        return "I%d" % int(v)
    return "F" + repr(v)


def float_integer_digits(v: float) -> str:
    """The exact decimal digits of a finite float of magnitude >= 2**53
    (an integer): mantissa * 2**e, multiplied out in base 10**9 limbs."""
    negative = v < 0.0
    if negative:
        v = -v
    e = 0
    while v >= TWO_POW_53:
        v = v / 2.0
        e += 1
    m = int(v)
    limb = 1000000000
    limbs = [m % limb, m // limb]
    while e > 0:
        carry = 0
        for k in range(len(limbs)):
            t = limbs[k] * 2 + carry
            limbs[k] = t % limb
            carry = t // limb
        if carry > 0:
            limbs.append(carry)
        e -= 1
    while len(limbs) > 1 and limbs[len(limbs) - 1] == 0:
        limbs.pop()
    parts: list[str] = [str(limbs[len(limbs) - 1])]
    k = len(limbs) - 2
    while k >= 0:
        parts.append(str(limbs[k]).zfill(9))
        k -= 1
    digits = "".join(parts)
    if negative:
        return "-" + digits
    return digits
