"""Pass `unroll`: loop peeling with loop-invariant code motion (Ardö, Bolz,
Fijałkowski, DLS 2012), for a trace `[inputargs] body jump(args)` whose
jump goes back to its start.

1. The body is optimized once as the *preamble* (optimizer O1).
2. The state at its end is *exported*: for each jump argument a ValueState
   tree (a constant; a virtual with the states of its fields; or a box,
   with its known class / non-nullness) whose boxes are the label's
   arguments (slots); and *facts*: heap reads still cached and pure
   operations computed in the preamble whose arguments are slots or
   constants (their results become extra slots, or are constants).
3. The body is optimized again (optimizer O2) as the *loop*: its input
   arguments are rebuilt from the state (virtuals stay virtual: their
   fields are slots), and the facts are imported into the heap and pure
   caches, so the loop reuses what the preamble computed: loop-invariant
   reads, pure operations and guards disappear from the loop.
4. At the end of the loop, the jump arguments must match the state
   (same constants, virtuals of the same shape, boxes with at least the
   known class / non-nullness assumed), and the facts are *replayed*
   through O2 (a read still cached costs nothing; otherwise it is done
   again at the end of the loop) to give the extra slots their values.
   Where they do not match, the mismatching parts of the state are
   generalized (forced, or exported as plain boxes; facts dropped) and
   the whole thing is redone, a few times at most; failing that, the trace
   is optimized without peeling.

Integer ranges of jump arguments cross the label the same way (a range
assumed at the label must contain the range of the value passed by the
jump); facts' results carry no range (a bridge would have to re-prove it).

Output: inputargs, preamble, label(slots, descr=TargetToken), loop, and
jump(..., descr=same TargetToken).  The label's arguments are values of
the preamble (made distinct with same_as where needed); the loop uses them
as its own.  The token keeps the exported state (token.state) and the
start of the trace (token.start = trace.start_token), for bridges:
optimize_bridge matches a bridge's end against the state, adding guards
when the bridge recorded guard_future_condition, or jumps to the start.

Not done: jumping to the preamble when the loop's end state is more
general (PyPy retraces or jumps to the preamble; here the state is
generalized instead), relations between values (only ranges cross the
label).
RPy code.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import MAXINT, MININT
from rpy.jit.metainterp.resoperation import (
    AbstractValue, AbstractDescr, ResOperation, FieldDescr, CallDescr, SizeDescr,
    ArrayDescr, TargetToken, LabelState, ResumeDescr, GuardFact, rop, INT, REF, FLOAT, VOID,
    OPNAME, OPOVF, OPCMP, OPPURE, OPGUARD, OPMALLOC, OPHEAPR,
    OPIS_CALL_PURE, OPIS_CALL_LOOPINVARIANT, OPIS_GETFIELD, GETFIELD_BY_KIND, GETARRAYITEM_BY_KIND,
    SAME_AS_BY_KIND)
from rpy.jit.metainterp.history import (
    Trace, InputArg, ConstInt, ConstPtr, same_value, const_zero)
from rpy.jit.metainterp.optimizeopt.optimizer import (
    Optimizer, InvalidLoop, NotALoop, clear_forwarding)
from rpy.jit.metainterp.optimizeopt.info import (
    IntBound, PtrInfo, VirtualInfo, VirtualStructInfo, VirtualArrayInfo, VirtualStrInfo,
    STR_DESCR, UNICODE_DESCR)
from rpy.jit.metainterp.optimizeopt.chain import EnabledOpts, build_optimizer
from rpy.jit.metainterp.optimizeopt.virtualize import force_box
from rpy.jit.metainterp.optimizeopt.pure import OptPure
from rpy.jit.metainterp.optimizeopt.heap import OptHeap
from rpy.jit.metainterp.optimizeopt.intbounds import OptIntBounds
from rpy.jit.metainterp.optimizeopt.guardfacts import (
    get_pure, get_intbounds, get_heap, needs_nonnull_arg, import_guard_facts, import_heap_fact)

MAX_ATTEMPTS = 8
MAX_FACTS = 200

VS_BOX = 0        # a label argument
VS_CONST = 1      # a constant, not passed
VS_VIRTUAL = 2    # a virtual object, passed as its fields
VS_UNSET = 3      # a virtual's field never written (zero)


class ValueState:
    kind: int
    path: str                 # stable name of the position, for generalizing
    type: int
    const: AbstractValue | None
    known_class: int
    nonnull: bool
    lower: int                # for ints: the range assumed
    upper: int
    slot: int
    vkind: int                # rop.NEW, NEW_WITH_VTABLE or NEW_ARRAY
    descr: AbstractDescr | None
    children: list[ValueState]

    def __init__(self, kind: int, path: str, type: int) -> None:
        self.kind = kind
        self.path = path
        self.type = type
        self.const = None
        self.known_class = 0
        self.nonnull = False
        self.lower = MININT
        self.upper = MAXINT
        self.slot = -1
        self.vkind = -1
        self.descr = None
        self.children = []


class Fact:
    """An operation of the preamble whose result the loop may reuse."""
    key: str
    is_heap: bool
    opnum: int
    descr: AbstractDescr | None
    arg_slots: list[int]                 # -1: the constant in arg_consts
    arg_consts: list[AbstractValue | None]
    result_slot: int                     # -1: result_const
    result_const: AbstractValue | None
    shared: bool                         # result_slot belongs to an earlier state

    def __init__(self, key: str, is_heap: bool, opnum: int, descr: AbstractDescr | None) -> None:
        self.key = key
        self.is_heap = is_heap
        self.opnum = opnum
        self.descr = descr
        self.arg_slots = []
        self.arg_consts = []
        self.result_slot = -1
        self.result_const = None
        self.shared = False


class Candidate:
    is_heap: bool
    opnum: int
    descr: AbstractDescr | None
    args: list[AbstractValue]
    result: AbstractValue
    done: bool

    def __init__(self, is_heap: bool, opnum: int, descr: AbstractDescr | None,
                 args: list[AbstractValue], result: AbstractValue) -> None:
        self.is_heap = is_heap
        self.opnum = opnum
        self.descr = descr
        self.args = args
        self.result = result
        self.done = False


class ExportedState(LabelState):
    states: list[ValueState]             # one per jump argument
    slot_values: list[AbstractValue]     # the preamble's values of the slots
    slot_states: list[ValueState]        # the BOX state of each slot
    facts: list[Fact]
    retry: list[str]                     # paths to generalize (export failed)

    def __init__(self) -> None:
        self.states = []
        self.slot_values = []
        self.slot_states = []
        self.facts = []
        self.retry = []


def force(opt: Optimizer, v: AbstractValue) -> AbstractValue:
    """v as a real object (forced by the pass that made it virtual)."""
    emitter = opt.virtualize
    if emitter is None:
        emitter = opt.string
    if emitter is None:
        return opt.get_box_replacement(v)
    return force_box(emitter, v)


# ---------------------------------------------------------------- export

class Exporter:
    opt: Optimizer
    generalize: list[str]
    result: ExportedState
    slot_of: dict[AbstractValue, int]
    seen_virtuals: dict[AbstractValue, str]

    def __init__(self, opt: Optimizer, generalize: list[str]) -> None:
        self.opt = opt
        self.generalize = generalize
        self.result = ExportedState()
        self.slot_of = {}
        self.seen_virtuals = {}

    def new_box_state(self, v: AbstractValue, path: str, with_info: bool,
                      with_bounds: bool = True) -> ValueState:
        st = ValueState(VS_BOX, path, v.type)
        if with_info and v.type == REF and not v.is_constant():
            st.known_class = self.opt.known_class(v)
            st.nonnull = self.opt.is_nonnull(v)
        if with_info and with_bounds and v.type == INT and not v.is_constant():
            b = self.opt.getintbound(v)
            st.lower = b.lower
            st.upper = b.upper
        st.slot = len(self.result.slot_values)
        self.result.slot_values.append(v)
        self.result.slot_states.append(st)
        if not v.is_constant() and v not in self.slot_of:
            self.slot_of[v] = st.slot
        return st

    def export_value(self, v: AbstractValue, path: str) -> ValueState:
        v = self.opt.get_box_replacement(v)
        info = v.info
        if path in self.generalize:
            if isinstance(info, VirtualInfo):
                v = force(self.opt, v)
            return self.new_box_state(v, path, False)
        if v.is_constant():
            st = ValueState(VS_CONST, path, v.type)
            st.const = v
            return st
        if isinstance(info, VirtualInfo):
            if v in self.seen_virtuals:
                # shared between two positions: pass it as a real object
                self.result.retry.append(path)
                self.result.retry.append(self.seen_virtuals[v])
                return ValueState(VS_UNSET, path, v.type)
            self.seen_virtuals[v] = path
            st = ValueState(VS_VIRTUAL, path, v.type)
            st.vkind = info.source.opnum
            if isinstance(info, VirtualStructInfo):
                st.descr = info.descr
                st.known_class = info.known_class
            elif isinstance(info, VirtualArrayInfo):
                st.descr = info.descr
            elif isinstance(info, VirtualStrInfo):
                st.descr = UNICODE_DESCR if info.is_unicode else STR_DESCR
            items = info.all_items()
            for i in range(len(items)):
                item = items[i]
                childpath = path + '.' + str(i)
                if item is None:
                    st.children.append(ValueState(VS_UNSET, childpath, self.item_type(st, i)))
                else:
                    st.children.append(self.export_value(item, childpath))
            return st
        return self.new_box_state(v, path, True)

    def item_type(self, st: ValueState, i: int) -> int:
        d = st.descr
        if isinstance(d, SizeDescr):
            return d.fields[i].kind
        if isinstance(d, ArrayDescr):
            return d.itemkind
        return REF

    def export(self, jump_args: list[AbstractValue]) -> ExportedState:
        for i in range(len(jump_args)):
            self.result.states.append(self.export_value(jump_args[i], str(i)))
        for v, path in self.seen_virtuals.items():
            if not isinstance(self.opt.get_box_replacement(v).info, VirtualInfo):
                self.result.retry.append(path)     # forced while exporting
        self.export_facts()
        return self.result

    # ------------------------------------------------------------ facts

    def collect_candidates(self) -> list[Candidate]:
        cands: list[Candidate] = []
        heap = get_heap(self.opt)
        if heap is not None:
            for c in heap.fields:
                for i in range(len(c.objs)):
                    opnum = GETFIELD_BY_KIND[c.descr.kind]
                    cands.append(Candidate(True, opnum, c.descr, [c.objs[i]], c.values[i]))
            for a in heap.arrays:
                for i in range(len(a.arrays)):
                    # items at constant indexes only (replay_facts never
                    # redoes such a read: an index in bounds of the
                    # preamble's array may not be of another array's)
                    if a.indexes[i].is_constant():
                        opnum = GETARRAYITEM_BY_KIND[a.descr.itemkind]
                        cands.append(Candidate(True, opnum, a.descr, [a.arrays[i], a.indexes[i]],
                                               a.values[i]))
        pure = get_pure(self.opt)
        if pure is not None:
            for e in pure.all_entries():
                if e.key.type != VOID and exportable_pure(e.key):
                    cands.append(Candidate(False, e.key.opnum, e.key.descr, e.key.args, e.result))
        return cands

    def arg_key(self, v: AbstractValue) -> str:
        if v.is_constant():
            return v.repr_constant()
        return self.result.slot_states[self.slot_of[v]].path

    def available(self, v: AbstractValue) -> bool:
        v = self.opt.get_box_replacement(v)
        return v.is_constant() or v in self.slot_of

    def known_nonnull(self, v: AbstractValue) -> bool:
        v = self.opt.get_box_replacement(v)
        if isinstance(v, ConstPtr):
            return not v.is_null()
        if v in self.slot_of:
            return self.result.slot_states[self.slot_of[v]].nonnull
        return False

    def export_facts(self) -> None:
        cands = self.collect_candidates()
        changed = True
        while changed and len(self.result.facts) < MAX_FACTS:
            changed = False
            for c in cands:
                if c.done:
                    continue
                ok = True
                for a in c.args:
                    if not self.available(a):
                        ok = False
                if not ok:
                    continue
                c.done = True
                if self.export_fact(c):
                    changed = True

    def export_fact(self, c: Candidate) -> bool:
        if (c.is_heap or needs_nonnull_arg(c.opnum)) and not self.known_nonnull(c.args[0]):
            return False
        result = self.opt.get_box_replacement(c.result)
        if isinstance(result.info, VirtualInfo):
            return False
        argkeys: list[str] = []
        for a in c.args:
            argkeys.append(self.arg_key(self.opt.get_box_replacement(a)))
        dname = ''
        d = c.descr
        if d is not None:
            dname = d.repr_of_descr()
        key = 'fact:' + OPNAME[c.opnum] + '(' + ','.join(argkeys) + ')' + dname
        if key in self.generalize:
            return False
        fact = Fact(key, c.is_heap, c.opnum, c.descr)
        for a in c.args:
            a = self.opt.get_box_replacement(a)
            if a.is_constant():
                fact.arg_slots.append(-1)
                fact.arg_consts.append(a)
            else:
                fact.arg_slots.append(self.slot_of[a])
                fact.arg_consts.append(None)
        if result.is_constant():
            fact.result_const = result
        elif result in self.slot_of:
            fact.result_slot = self.slot_of[result]
            fact.shared = True
        else:
            # no range for a fact's result: the range often comes from a
            # guard of the preamble that a bridge would not repeat
            st = self.new_box_state(result, key, True, False)
            fact.result_slot = st.slot
        self.result.facts.append(fact)
        return True


def exportable_pure(key: ResOperation) -> bool:
    """Can this pure operation be redone at the end of the loop, where its
    arguments may have other values (no division by zero, no index out of
    bounds, no exception)?"""
    opnum = key.opnum
    if OPOVF[opnum]:
        return False
    if opnum == rop.INT_FLOORDIV or opnum == rop.INT_MOD:
        d = key.args[1]
        return isinstance(d, ConstInt) and d.value != 0 and d.value != -1
    if (opnum == rop.STRGETITEM or opnum == rop.UNICODEGETITEM or
            opnum == rop.GETARRAYITEM_GC_PURE_I or opnum == rop.GETARRAYITEM_GC_PURE_R or
            opnum == rop.GETARRAYITEM_GC_PURE_F):
        return False
    if OPIS_CALL_PURE[opnum] or OPIS_CALL_LOOPINVARIANT[opnum]:
        calldescr = key.descr
        if not isinstance(calldescr, CallDescr):
            return False
        return not calldescr.effectinfo.can_raise()
    return True


# ---------------------------------------------------------------- import

class Importer:
    opt: Optimizer
    label_boxes: list[AbstractValue]

    def __init__(self, opt: Optimizer, exported: ExportedState) -> None:
        self.opt = opt
        self.label_boxes = []
        for st in exported.slot_states:
            box = InputArg(st.type)
            if st.type == REF and (st.known_class != 0 or st.nonnull):
                box.info = PtrInfo(st.known_class, st.nonnull)
            elif st.type == INT and (st.lower != MININT or st.upper != MAXINT):
                box.info = IntBound(st.lower, st.upper)
            self.label_boxes.append(box)

    def build(self, st: ValueState) -> AbstractValue:
        if st.kind == VS_BOX:
            return self.label_boxes[st.slot]
        if st.kind == VS_CONST:
            c = st.const
            assert c is not None
            return c
        if st.kind == VS_UNSET:
            return const_zero(st.type)
        descr = st.descr
        assert descr is not None
        if st.vkind == rop.NEWSTR or st.vkind == rop.NEWUNICODE:
            source = ResOperation(st.vkind, [ConstInt(len(st.children))], None)
            strinfo = VirtualStrInfo(source, len(st.children), st.vkind == rop.NEWUNICODE)
            source.info = strinfo
            for i in range(len(st.children)):
                strinfo.chars[i] = self.build_item(st.children[i])
        elif st.vkind == rop.NEW_ARRAY:
            source = ResOperation(rop.NEW_ARRAY, [ConstInt(len(st.children))], descr)
            assert isinstance(descr, ArrayDescr)
            ainfo = VirtualArrayInfo(source, descr, len(st.children))
            source.info = ainfo
            for i in range(len(st.children)):
                ainfo.items[i] = self.build_item(st.children[i])
        else:
            source = ResOperation(st.vkind, [], descr)
            assert isinstance(descr, SizeDescr)
            sinfo = VirtualStructInfo(source, descr)
            source.info = sinfo
            for i in range(len(st.children)):
                sinfo.fields[i] = self.build_item(st.children[i])
        return source

    def build_item(self, st: ValueState) -> AbstractValue | None:
        if st.kind == VS_UNSET:
            return None
        return self.build(st)

    def fact_arg(self, fact: Fact, i: int) -> AbstractValue:
        s = fact.arg_slots[i]
        if s >= 0:
            return self.label_boxes[s]
        c = fact.arg_consts[i]
        assert c is not None
        return c

    def import_facts(self, facts: list[Fact]) -> None:
        heap = get_heap(self.opt)
        pure = get_pure(self.opt)
        ib = get_intbounds(self.opt)
        for fact in facts:
            args: list[AbstractValue] = []
            for i in range(len(fact.arg_slots)):
                args.append(self.fact_arg(fact, i))
            if fact.result_slot >= 0:
                result = self.label_boxes[fact.result_slot]
            else:
                rc = fact.result_const
                assert rc is not None
                result = rc
            if fact.is_heap:
                import_heap_fact(heap, fact.descr, args, result)
            elif pure is not None:
                key = ResOperation(fact.opnum, args, fact.descr)
                pure.import_entry(key, result)
                if OPCMP[fact.opnum] and isinstance(result, ConstInt) and ib is not None:
                    ib.import_comparison(key, result.value != 0)


# ---------------------------------------------------------------- matching

class Matcher:
    """Checks the end of the loop against the exported state; collects the
    jump arguments."""
    opt: Optimizer
    exported: ExportedState
    jump_values: list[AbstractValue | None]
    mismatches: list[str]
    visited: dict[AbstractValue, bool]
    add_guards: bool

    def __init__(self, opt: Optimizer, exported: ExportedState, add_guards: bool) -> None:
        self.opt = opt
        self.exported = exported
        self.add_guards = add_guards
        self.jump_values = [None] * len(exported.slot_states)
        self.mismatches = []
        self.visited = {}

    def box_matches(self, st: ValueState, v: AbstractValue) -> bool:
        if st.type == REF:
            if st.known_class != 0 and self.opt.known_class(v) != st.known_class:
                return False
            if st.nonnull and not self.opt.is_nonnull(v):
                return False
        elif st.type == INT and (st.lower != MININT or st.upper != MAXINT):
            b = self.opt.getintbound(v)
            if b.lower < st.lower or b.upper > st.upper:
                return False
        return True

    def box_matches_or_guard(self, st: ValueState, v: AbstractValue) -> bool:
        """box_matches, after adding the guards that make it so when
        allowed (a bridge: a guard at its end resumes at the loop header)."""
        if self.box_matches(st, v):
            return True
        if not self.add_guards or v.is_constant() or self.opt.patchguardop is None:
            return False
        opt = self.opt
        if st.type == REF:
            known = opt.known_class(v)
            if st.known_class != 0:
                if known != 0:
                    return False            # another class: would always fail
                if opt.is_nonnull(v):
                    ok = opt.new_guard_at_end(rop.GUARD_CLASS, [v, ConstInt(st.known_class)])
                else:
                    ok = opt.new_guard_at_end(rop.GUARD_NONNULL_CLASS,
                                              [v, ConstInt(st.known_class)])
            else:
                ok = opt.new_guard_at_end(rop.GUARD_NONNULL, [v])
            if not ok:
                return False
        elif st.type == INT:
            b = opt.getintbound(v)
            if b.upper < st.lower or b.lower > st.upper:
                return False
            if b.lower < st.lower:
                cond = ResOperation(rop.INT_GE, [v, ConstInt(st.lower)], None)
                opt.send_extra(cond)
                if not opt.new_guard_at_end(rop.GUARD_TRUE, [cond]):
                    return False
            if opt.getintbound(v).upper > st.upper:
                cond = ResOperation(rop.INT_LE, [v, ConstInt(st.upper)], None)
                opt.send_extra(cond)
                if not opt.new_guard_at_end(rop.GUARD_TRUE, [cond]):
                    return False
        return self.box_matches(st, v)

    def constant_or_guard(self, v: AbstractValue, c: AbstractValue) -> bool:
        """v is the constant c, or (a bridge) a guard_value makes it so."""
        if same_value(v, c):
            return True
        if not self.add_guards or v.is_constant() or v.type != c.type or v.type == FLOAT:
            return False
        if v.type == INT and not self.opt.getintbound(v).contains(c.getint()):
            return False
        guard = rop.GUARD_VALUE
        args = [v, c]
        if isinstance(v, ResOperation) and OPCMP[v.opnum]:
            guard = rop.GUARD_TRUE if c.getint() != 0 else rop.GUARD_FALSE
            args = [v]
        if not self.opt.new_guard_at_end(guard, args):
            return False
        return same_value(self.opt.get_box_replacement(v), c)

    def match(self, st: ValueState, v: AbstractValue) -> None:
        v = self.opt.get_box_replacement(v)
        if st.kind == VS_CONST:
            c = st.const
            assert c is not None
            if not self.constant_or_guard(v, c):
                self.mismatches.append(st.path)
            return
        if st.kind == VS_UNSET:
            if not same_value(v, const_zero(st.type)):
                self.mismatches.append(st.path)
            return
        info = v.info
        if st.kind == VS_BOX:
            if isinstance(info, VirtualInfo):
                v = force(self.opt, v)
            if not self.box_matches_or_guard(st, v):
                self.mismatches.append(st.path)
                return
            self.jump_values[st.slot] = self.opt.get_box_replacement(v)
            return
        # VS_VIRTUAL
        if not isinstance(info, VirtualInfo) or v in self.visited:
            self.mismatches.append(st.path)
            return
        if info.source.opnum != st.vkind:
            self.mismatches.append(st.path)
            return
        if isinstance(info, VirtualStructInfo):
            if info.descr is not st.descr:
                self.mismatches.append(st.path)
                return
        elif isinstance(info, VirtualArrayInfo):
            if info.descr is not st.descr:
                self.mismatches.append(st.path)
                return
        items = info.all_items()
        if len(items) != len(st.children):
            self.mismatches.append(st.path)
            return
        self.visited[v] = True
        for i in range(len(items)):
            child = st.children[i]
            item = items[i]
            if item is None:
                self.match(child, const_zero(child.type))
            else:
                self.match(child, item)

    def replay_facts(self) -> None:
        for fact in self.exported.facts:
            args: list[AbstractValue] = []
            ok = True
            for i in range(len(fact.arg_slots)):
                s = fact.arg_slots[i]
                if s >= 0:
                    jv = self.jump_values[s]
                    if jv is None:
                        ok = False
                        break
                    args.append(jv)
                else:
                    c = fact.arg_consts[i]
                    assert c is not None
                    args.append(c)
            if not ok:
                self.mismatches.append(fact.key)
                continue
            d = fact.descr
            if fact.is_heap and isinstance(d, ArrayDescr):
                heap = get_heap(self.opt)
                if heap is None or heap.array_cache(d).lookup(args[0], args[1]) is None:
                    self.mismatches.append(fact.key)    # not known: see collect_candidates
                    continue
            op = ResOperation(fact.opnum, args, fact.descr)
            self.opt.send_extra(op)
            r = self.opt.get_box_replacement(op)
            if fact.result_slot < 0:
                rc = fact.result_const
                assert rc is not None
                if not self.constant_or_guard(r, rc):
                    self.mismatches.append(fact.key)
            elif fact.shared:
                jv = self.jump_values[fact.result_slot]
                if jv is None or not same_value(r, jv):
                    self.mismatches.append(fact.key)
            else:
                if not self.box_matches_or_guard(self.exported.slot_states[fact.result_slot], r):
                    self.mismatches.append(fact.key)
                else:
                    self.jump_values[fact.result_slot] = self.opt.get_box_replacement(r)


# ---------------------------------------------------------------- driver

class Attempt:
    """The outcome of one try: a trace, or what to generalize, or that the
    peeled loop always fails (invalid)."""
    trace: Trace | None
    generalize: list[str]
    invalid: bool

    def __init__(self) -> None:
        self.trace = None
        self.generalize = []
        self.invalid = False


def optimize_unrolled(trace: Trace, names: list[str], strict_loop: bool = False) -> Trace | None:
    """The peeled and optimized loop, or None when it could not be done
    (the caller then optimizes without unrolling).  With strict_loop, a
    peeled loop that always fails raises NotALoop instead."""
    ops = trace.operations
    if len(ops[len(ops) - 1].args) != len(trace.inputargs):
        return None
    opts = EnabledOpts([n for n in names if n != 'unroll'])
    generalize: list[str] = []
    for attempt in range(MAX_ATTEMPTS):
        outcome = try_unroll(trace, opts, generalize)
        result = outcome.trace
        if result is not None:
            return result
        if outcome.invalid and strict_loop:
            clear_forwarding(trace)
            raise NotALoop("the second iteration always fails a guard")
        progress = False
        for key in outcome.generalize:
            if key not in generalize:
                generalize.append(key)
                progress = True
        if not progress:
            break
    clear_forwarding(trace)
    return None


def try_unroll(trace: Trace, opts: EnabledOpts, generalize: list[str]) -> Attempt:
    outcome = Attempt()
    ops = trace.operations
    n = len(ops) - 1
    jump = ops[n]
    # 1. the preamble
    clear_forwarding(trace)
    o1 = build_optimizer(opts)
    for i in range(n):
        o1.send(ops[i])
    o1.flush()
    # 2. export its end state
    jump_args: list[AbstractValue] = []
    for a in jump.args:
        jump_args.append(o1.get_box_replacement(a))
    exported = Exporter(o1, generalize).export(jump_args)
    if len(exported.retry) > 0:
        outcome.generalize = exported.retry
        return outcome
    preamble = o1.newops
    # the label's arguments: distinct boxes of the preamble
    label_values: list[AbstractValue] = []
    used: dict[AbstractValue, bool] = {}
    for v in exported.slot_values:
        if v.is_constant() or v in used:
            same = ResOperation(SAME_AS_BY_KIND[v.type], [v], None)
            preamble.append(same)
            v = same
        used[v] = True
        label_values.append(v)
    # 3. the loop
    clear_forwarding(trace)
    o2 = build_optimizer(opts)
    importer = Importer(o2, exported)
    for i in range(len(trace.inputargs)):
        trace.inputargs[i].forwarded = importer.build(exported.states[i])
    importer.import_facts(exported.facts)
    try:
        for i in range(n):
            o2.send(ops[i])
        o2.flush()
        # 4. match the end of the loop with the state
        matcher = Matcher(o2, exported, False)
        for i in range(len(jump.args)):
            matcher.match(exported.states[i], jump.args[i])
        if len(matcher.mismatches) == 0:
            matcher.replay_facts()
    except InvalidLoop:
        clear_forwarding(trace)
        outcome.invalid = True  # nothing to generalize: give up unrolling
        return outcome
    if len(matcher.mismatches) > 0:
        outcome.generalize = matcher.mismatches
        return outcome
    # assemble: preamble, label, loop (label boxes renamed), jump
    rename: dict[AbstractValue, AbstractValue] = {}
    for i in range(len(label_values)):
        rename[importer.label_boxes[i]] = label_values[i]
    token = TargetToken('loop')
    start = TargetToken('start')
    token.state = exported
    token.start = start
    result_ops: list[ResOperation] = []
    for op in preamble:
        result_ops.append(op)
    result_ops.append(ResOperation(rop.LABEL, list(label_values), token))
    for op in o2.newops:
        rename_args(op, rename)
        result_ops.append(op)
    jump_values: list[AbstractValue] = []
    for jv in matcher.jump_values:
        assert jv is not None
        jump_values.append(renamed(jv, rename))
    result_ops.append(ResOperation(rop.JUMP, jump_values, token))
    clear_forwarding(trace)
    outcome.trace = Trace(trace.inputargs, result_ops)
    outcome.trace.start_token = start
    return outcome


def writes_no_field(opnum: int) -> bool:
    """An operation of the loop that cannot change a field of an
    existing object (setfield_gc and calls can)."""
    if OPPURE[opnum] or OPOVF[opnum] or OPGUARD[opnum] or OPMALLOC[opnum] or OPHEAPR[opnum]:
        return True
    return (opnum == rop.SETARRAYITEM_GC or opnum == rop.STRSETITEM or
            opnum == rop.UNICODESETITEM or opnum == rop.COPYSTRCONTENT or
            opnum == rop.COPYUNICODECONTENT or opnum == rop.DEBUG_MERGE_POINT or
            opnum == rop.LABEL or opnum == rop.JUMP)


def attach_guard_facts(trace: Trace) -> None:
    """In a peeled loop (optimize_unrolled's result), give each guard after
    the label the label's facts that still hold there, for a bridge made
    from it (GuardFact; the metainterp calls this on the loops it compiles):
    the facts between values the loop passes on unchanged (so their boxes
    live to the jump anyway: adding them to the guard's fail_args keeps
    nothing longer in a register), heap reads only while nothing in the
    loop before the guard may have written their field.  A bridge back
    to the label then has what the label assumes without reading and
    checking it again (PyPy's bridges get the same from the optimizer's
    knowledge serialized at guards)."""
    ops = trace.operations
    start = -1
    exported: ExportedState | None = None
    for i in range(len(ops)):
        if ops[i].opnum == rop.LABEL:
            d = ops[i].descr
            if isinstance(d, TargetToken):
                st = d.state
                if isinstance(st, ExportedState):
                    start = i + 1
                    exported = st
                    break
    last = ops[len(ops) - 1] if len(ops) > 0 else None
    if exported is None or last is None or last.opnum != rop.JUMP or \
            last.descr is not ops[start - 1].descr:
        return
    label_values = ops[start - 1].args
    jump_values = last.args
    if len(label_values) != len(jump_values) or \
            len(label_values) != len(exported.slot_states):
        return
    invariant = [False] * len(label_values)
    for s in range(len(label_values)):
        invariant[s] = jump_values[s] is label_values[s] and not label_values[s].is_constant()
    usable: list[Fact] = []
    for fact in exported.facts:
        ok = fact.result_slot < 0 or invariant[fact.result_slot]
        for slot in fact.arg_slots:
            if slot >= 0 and not invariant[slot]:
                ok = False
        if ok:
            usable.append(fact)
    if len(usable) == 0:
        return
    # the facts valid at each guard, by descr (guards with the same resume
    # data share one: it then gets what holds at all of them)
    dirty: dict[AbstractDescr, bool] = {}
    all_dirty = False
    descrs: list[ResumeDescr] = []
    guards_of: dict[ResumeDescr, list[ResOperation]] = {}
    valid_of: dict[ResumeDescr, list[Fact]] = {}
    for i in range(start, len(ops)):
        op = ops[i]
        if OPGUARD[op.opnum]:
            d = op.descr
            if isinstance(d, ResumeDescr) and op.fail_args is not None and len(d.known) == 0:
                valid: list[Fact] = []
                for fact in usable:
                    if fact.is_heap and (all_dirty or (fact.descr is not None and
                                                       fact.descr in dirty)):
                        continue
                    valid.append(fact)
                if d in guards_of:
                    guards_of[d].append(op)
                    kept: list[Fact] = []
                    for fact in valid_of[d]:
                        if fact in valid:
                            kept.append(fact)
                    valid_of[d] = kept
                else:
                    descrs.append(d)
                    guards_of[d] = [op]
                    valid_of[d] = valid
        elif op.opnum == rop.SETFIELD_GC or op.opnum == rop.SETARRAYITEM_GC:
            fd = op.descr
            if fd is not None:
                dirty[fd] = True
        elif not writes_no_field(op.opnum):
            all_dirty = True
    for d in descrs:
        guards = guards_of[d]
        first = guards[0].fail_args
        assert first is not None
        base = len(first)
        same = True
        for g in guards:
            fa = g.fail_args
            assert fa is not None
            if len(fa) != base:
                same = False
            else:
                for k in range(base):
                    if fa[k] is not first[k]:
                        same = False
        if not same or len(valid_of[d]) == 0:
            continue
        for fact in valid_of[d]:
            d.known.append(guard_fact(fact, first, exported, label_values))
        for g in guards:
            fa = g.fail_args
            assert fa is not None
            if fa is not first:
                for k in range(base, len(first)):
                    fa.append(first[k])


def guard_fact(fact: Fact, fail_args: list[AbstractValue], exported: ExportedState,
               label_values: list[AbstractValue]) -> GuardFact:
    g = GuardFact(fact.opnum, fact.descr, fact.is_heap)
    for k in range(len(fact.arg_slots)):
        slot = fact.arg_slots[k]
        if slot >= 0:
            g.args.append(fail_arg_index(fail_args, label_values[slot]))
            g.consts.append(None)
        else:
            g.args.append(-1)
            g.consts.append(fact.arg_consts[k])
    if fact.result_slot >= 0:
        g.result = fail_arg_index(fail_args, label_values[fact.result_slot])
        st = exported.slot_states[fact.result_slot]
        g.result_class = st.known_class
        g.result_nonnull = st.nonnull
    else:
        g.result_const = fact.result_const
    return g


def fail_arg_index(fail_args: list[AbstractValue], v: AbstractValue) -> int:
    """The index of v among fail_args, appended if it is not there (after
    the values resume reads: the extra ones are only for a bridge)."""
    for k in range(len(fail_args)):
        if fail_args[k] is v:
            return k
    fail_args.append(v)
    return len(fail_args) - 1


def renamed(v: AbstractValue, rename: dict[AbstractValue, AbstractValue]) -> AbstractValue:
    if v in rename:
        return rename[v]
    return v


def rename_args(op: ResOperation, rename: dict[AbstractValue, AbstractValue]) -> None:
    for i in range(len(op.args)):
        op.args[i] = renamed(op.args[i], rename)
    fa = op.fail_args
    if fa is not None:
        for i in range(len(fa)):
            fa[i] = renamed(fa[i], rename)


# ---------------------------------------------------------------- bridges

def same_shape(opt: Optimizer, st: ValueState, v: AbstractValue) -> bool:
    """The virtuals that st expects are there (without side effects)."""
    if st.kind != VS_VIRTUAL:
        return True
    info = opt.get_box_replacement(v).info
    if not isinstance(info, VirtualInfo) or info.source.opnum != st.vkind:
        return False
    items = info.all_items()
    if len(items) != len(st.children):
        return False
    for i in range(len(items)):
        item = items[i]
        if item is not None and not same_shape(opt, st.children[i], item):
            return False
        if item is None and st.children[i].kind == VS_VIRTUAL:
            return False
    return True


# why the last bridge optimized does not jump to its label (the paths and
# fact keys that do not fit; empty if it does), for the jit log
BRIDGE_MISMATCHES: list[str] = []


def optimize_bridge(trace: Trace, names: list[str], token: TargetToken) -> Trace:
    """A trace ending in a jump to the label of a peeled loop (a bridge):
    optimize it, then jump to the label if the values match what it
    assumes (virtuals exploded, the label's extra values computed, as at
    the end of the loop), else to the start of the loop's trace with real
    objects.  When the bridge records a guard_future_condition (the resume
    state of the loop header) before its jump, guards on classes,
    non-nullness, ranges and constants are added to make it match (such a
    guard may fail each time, e.g. on the range the loop's own exit test
    gave the label: it then resumes at the loop's start, and gets its own
    bridge there once it failed trace_eagerness times).  When
    it does not match, the bridge is optimized again without them (what
    the matching added, guards and reads, would stay in it otherwise)."""
    state = token.state
    assert isinstance(state, ExportedState)
    opts = EnabledOpts([n for n in names if n != 'unroll'])
    ops = trace.operations
    n = len(ops) - 1
    jump = ops[n]
    clear_forwarding(trace)
    opt = build_optimizer(opts)
    import_guard_facts(opt, trace)
    for i in range(n):
        opt.send(ops[i])
    opt.flush()
    matcher = Matcher(opt, state, True)
    del BRIDGE_MISMATCHES[:]
    for i in range(len(jump.args)):
        if not same_shape(opt, state.states[i], jump.args[i]):
            matcher.mismatches.append(state.states[i].path)   # no guard can fix it
    if len(matcher.mismatches) == 0:
        for i in range(len(jump.args)):
            matcher.match(state.states[i], jump.args[i])
    if len(matcher.mismatches) == 0:
        matcher.replay_facts()
    if len(matcher.mismatches) == 0:
        args: list[AbstractValue] = []
        for jv in matcher.jump_values:
            assert jv is not None
            args.append(jv)
        opt.newops.append(ResOperation(rop.JUMP, args, token))
    else:
        for m in matcher.mismatches:
            BRIDGE_MISMATCHES.append(m)
        clear_forwarding(trace)
        opt = build_optimizer(opts)
        import_guard_facts(opt, trace)
        for i in range(n):
            opt.send(ops[i])
        opt.flush()
        args = []
        for a in jump.args:
            args.append(force(opt, a))
        opt.newops.append(ResOperation(rop.JUMP, args, token.start))
    clear_forwarding(trace)
    return Trace(trace.inputargs, opt.newops)

