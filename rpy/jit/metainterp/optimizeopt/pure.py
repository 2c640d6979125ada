"""Pass `pure`: common subexpression elimination of pure operations.

A pure operation (or an _ovf one: its guard goes too) whose opnum, descr
and arguments equal those of an earlier one is replaced by the earlier
result.  Elidable calls (call_pure_*, or call_* whose EffectInfo says
elidable): with constant arguments and a result recorded while tracing
(traced_result) they become that constant; otherwise they are emitted as
plain calls and a second identical one reuses the first result.
call_loopinvariant_* with the same function is done once per trace (and,
with unroll, once in the preamble).  The guard_no_exception following a
removed call is removed too.  Not done: CSE across a label other than
what unroll imports.  RPy code.
"""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import (
    AbstractValue, ResOperation, CallDescr, rop, NUM_OPS, OPPURE, OPOVF,
    OPIS_CALL_PURE, OPIS_CALL_PLAIN, OPIS_CALL_LOOPINVARIANT, CALL_BY_KIND,
    CALL_PURE_BY_KIND, VOID)
from rpy.jit.metainterp.history import same_value
from rpy.jit.metainterp.optimizeopt.optimizer import Optimization

MAX_REMEMBERED = 64    # per opnum


class PureEntry:
    """An available result: `key` gives opnum, args, descr; `result` is
    the value it computed."""
    key: ResOperation
    result: AbstractValue

    def __init__(self, key: ResOperation, result: AbstractValue) -> None:
        self.key = key
        self.result = result


def same_args(key: ResOperation, opnum: int, args: list[AbstractValue], op: ResOperation) -> bool:
    if key.opnum != opnum or key.descr is not op.descr or len(key.args) != len(args):
        return False
    for i in range(len(args)):
        if not same_value(key.args[i], args[i]):
            return False
    return True


class OptPure(Optimization):
    entries: list[list[PureEntry]]      # by opnum
    loopinvariant: list[PureEntry]

    def __init__(self) -> None:
        Optimization.__init__(self)
        self.entries = []
        for i in range(NUM_OPS):
            self.entries.append([])
        self.loopinvariant = []

    def lookup(self, opnum: int, args: list[AbstractValue], op: ResOperation) -> AbstractValue | None:
        for entry in self.entries[opnum]:
            if same_args(entry.key, opnum, args, op):
                return entry.result
        return None

    def remember(self, key: ResOperation, result: AbstractValue) -> None:
        lst = self.entries[key.opnum]
        if len(lst) >= MAX_REMEMBERED:
            del lst[0]
        lst.append(PureEntry(key, result))

    def all_entries(self) -> list[PureEntry]:
        result: list[PureEntry] = []
        for lst in self.entries:
            for e in lst:
                result.append(e)
        for e in self.loopinvariant:
            result.append(e)
        return result

    def propagate_forward(self, op: ResOperation) -> None:
        opnum = op.opnum
        if OPPURE[opnum] or OPOVF[opnum]:
            old = self.lookup(opnum, op.args, op)
            if old is not None:
                self.make_equal_to(op, old)
                if OPOVF[opnum]:
                    self.optimizer.ovf_removed = True
                return
            self.emit(op)
            self.remember(op, op)
        elif OPIS_CALL_PURE[opnum] or (OPIS_CALL_PLAIN[opnum] and self.is_elidable(op)):
            self.optimize_call_pure(op)
        elif OPIS_CALL_LOOPINVARIANT[opnum]:
            self.optimize_call_loopinvariant(op)
        elif opnum == rop.LABEL:
            # what follows a label is also reached by jumps to it
            self.emit(op)
            for lst in self.entries:
                del lst[:]
            self.loopinvariant = []
        else:
            self.emit(op)

    def is_elidable(self, op: ResOperation) -> bool:
        d = op.descr
        return isinstance(d, CallDescr) and d.effectinfo.is_elidable()

    def optimize_call_pure(self, op: ResOperation) -> None:
        pure_opnum = CALL_PURE_BY_KIND[op.type] if op.type != VOID else rop.CALL_PURE_N
        result = op.traced_result
        if result is not None and op.type != VOID:
            constant = True
            for a in op.args:
                if not a.is_constant():
                    constant = False
            if constant:
                self.make_equal_to(op, result)
                self.optimizer.call_removed = True
                return
        old = self.lookup(pure_opnum, op.args, op)
        if old is not None:
            self.make_equal_to(op, old)
            self.optimizer.call_removed = True
            return
        call_opnum = CALL_BY_KIND[op.type] if op.type != VOID else rop.CALL_N
        call = op.copy_and_change(call_opnum, op.args)
        if op.type != VOID:
            self.make_equal_to(op, call)
        self.emit(call)
        key = op.copy_and_change(pure_opnum, op.args)
        self.remember(key, call)

    def optimize_call_loopinvariant(self, op: ResOperation) -> None:
        for entry in self.loopinvariant:
            if entry.key.descr is op.descr and same_value(entry.key.args[0], op.args[0]) and \
                    entry.key.type == op.type:
                if op.type != VOID:
                    self.make_equal_to(op, entry.result)
                self.optimizer.call_removed = True
                return
        call_opnum = CALL_BY_KIND[op.type] if op.type != VOID else rop.CALL_N
        call = op.copy_and_change(call_opnum, op.args)
        if op.type != VOID:
            self.make_equal_to(op, call)
        self.emit(call)
        self.loopinvariant.append(PureEntry(op, call))

    def import_entry(self, key: ResOperation, result: AbstractValue) -> None:
        """Unroll: an operation of the preamble, available in the loop."""
        if OPIS_CALL_LOOPINVARIANT[key.opnum]:
            self.loopinvariant.append(PureEntry(key, result))
        else:
            self.remember(key, result)
