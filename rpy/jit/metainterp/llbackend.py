"""The untranslated backend of the tracer (tracer.py's JitBackend): the
llinterp runner (rpy/jit/backend/llinterp/runner.py) running the loops on
the untranslated interpreter's objects, with the exit values handed back
as the optimized guard's fail_args -- like the x86 backend's jitframe
words -- so that resuming (MetaInterp.rebuild, resume.py's layout) is the
code the translated program runs.  Untranslated only.
"""
from __future__ import annotations

from typing import Any

from rpy.jit.metainterp.resoperation import ResOperation, ResumeDescr, AbstractValue, INT, REF
from rpy.jit.metainterp.history import Trace
from rpy.jit.metainterp.tracer import JitBackend
from rpy.jit.backend.llinterp.runner import LLTraceRunner, CompiledLoop, GuardFailure


class RawExitRunner(LLTraceRunner):
    def fail(self, env: dict[AbstractValue, Any], op: ResOperation,
             exc: BaseException | None) -> GuardFailure:
        descr = op.descr
        assert isinstance(descr, ResumeDescr)
        return GuardFailure(descr, [self.value(env, a) for a in (op.fail_args or [])], exc)


class LLBackend(JitBackend):
    def __init__(self) -> None:
        self.runner = RawExitRunner()
        self.loops: list[CompiledLoop] = []
        self.last: GuardFailure | None = None

    def compile_loop(self, trace: Trace) -> int:
        self.loops.append(self.runner.compile_loop(trace))
        return len(self.loops) - 1

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
        self.last = self.runner.run(compiled, args)
        return self.last.descr

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
