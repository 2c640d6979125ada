"""The untranslated backend of the tracer (tracer.py's JitBackend): the
llinterp runner (rpy/jit/backend/llinterp/runner.py) running the loops on
the untranslated interpreter's objects, with the exit values handed back
as the optimized guard's fail_args -- like the x86 backend's jitframe
words -- so that resuming (MetaInterp.rebuild, resume.py's layout) is the
code the translated program runs.  Bridges as the x86 backend has them:
a loop's exits are its guards in order, then its bridges' guards as they
are attached; an exit with a bridge runs it, and the bridge's jump
re-enters the loop at its start.  Untranslated only.
"""
from __future__ import annotations

from typing import Any

from rpy.jit.metainterp.resoperation import ResOperation, ResumeDescr, FinishDescr, AbstractValue, INT, REF
from rpy.jit.metainterp.resoperation import rop
from rpy.jit.metainterp.history import Trace
from rpy.jit.metainterp.tracer import JitBackend
from rpy.jit.backend.llinterp.runner import LLTraceRunner, CompiledLoop, GuardFailure


class RawExitRunner(LLTraceRunner):
    def fail(self, env: dict[AbstractValue, Any], op: ResOperation,
             exc: BaseException | None) -> GuardFailure:
        descr = op.descr
        assert isinstance(descr, (ResumeDescr, FinishDescr))
        gf = GuardFailure(descr,  # type: ignore[arg-type]
                          [self.value(env, a) for a in exit_values(op)], exc)
        gf.op = op      # type: ignore[attr-defined]
        return gf


def exit_values(op: ResOperation) -> list[AbstractValue]:
    if op.opnum == rop.FINISH:
        return op.args
    return op.fail_args or []


def guard_ops(trace: Trace) -> list[ResOperation]:
    return [op for op in trace.operations if op.is_guard() or op.opnum == rop.FINISH]


class LLBackend(JitBackend):
    def __init__(self) -> None:
        self.runner = RawExitRunner()
        # the live loops by number (numbers are not reused; free_loop forgets one)
        self.loops: dict[int, CompiledLoop] = {}
        self.exits: dict[int, list[ResOperation]] = {}          # per loop: its exits' guards
        self.bridges: dict[int, dict[int, CompiledLoop]] = {}   # per loop: exit index -> bridge
        self.next_number = 0
        self.last: GuardFailure | None = None
        self.last_index = -1

    def compile_loop(self, trace: Trace) -> int:
        n = self.next_number
        self.next_number += 1
        self.loops[n] = self.runner.compile_loop(trace)
        self.exits[n] = guard_ops(trace)
        self.bridges[n] = {}
        return n

    def free_loop(self, loop: int) -> None:
        del self.loops[loop], self.exits[loop], self.bridges[loop]

    def memory(self) -> list[int]:
        return [0, 0, 0, len(self.loops)]

    def compile_bridge(self, loop: int, exit_index: int, trace: Trace) -> None:
        assert exit_index not in self.bridges[loop]
        assert len(trace.inputargs) == len(exit_values(self.exits[loop][exit_index]))
        bridge = self.runner.compile_loop(trace)
        bridge.is_bridge = True     # type: ignore[attr-defined]
        self.exits[loop].extend(guard_ops(trace))
        self.bridges[loop][exit_index] = bridge

    def execute(self, loop: int, args_i: list[int], args_r: list[Any],
                args_f: list[float]) -> Any:
        compiled = self.loops[loop]
        args: list[Any] = []
        ni = nr = nf = 0
        for a in compiled.trace.inputargs:
            if a.type == INT:
                args.append(args_i[ni])
                ni += 1
            elif a.type == REF:
                args.append(args_r[nr])
                nr += 1
            else:
                args.append(args_f[nf])
                nf += 1
        code = compiled
        label: Any = None
        taken: Any = None
        while True:
            gf = self.runner.run(code, args, label, taken)
            label = None
            taken = None
            if gf.descr is None:        # a bridge jumped to the loop (or its label)
                code = compiled
                args = gf.values
                label = self.runner.jump_descr
                continue
            exits = self.exits[loop]
            index = next(k for k in range(len(exits)) if exits[k] is gf.op)  # type: ignore
            bridge = self.bridges[loop].get(index)
            if bridge is None:
                self.last = gf
                self.last_index = index
                return gf.descr
            code = bridge
            args = gf.values
            taken = gf.exc

    def last_exit(self) -> int:
        return self.last_index

    def exit_kinds(self) -> list[int]:
        assert self.last is not None
        return [a.type for a in exit_values(self.last.op)]  # type: ignore

    def value(self, k: int) -> Any:
        assert self.last is not None
        return self.last.values[k]

    def get_int(self, k: int) -> int:
        return int(self.value(k))

    def get_ref(self, k: int) -> Any:
        return self.value(k)

    def get_float(self, k: int) -> float:
        return float(self.value(k))

    def grab_exc(self) -> Any:
        assert self.last is not None
        exc = self.last.exc
        self.last.exc = None
        return exc
