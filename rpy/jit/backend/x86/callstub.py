"""Calling a function through a CallDescr from RPy code: what the
translated metainterp does for a residual call while tracing and the
blackhole interpreter for every call (PyPy's `bh_call_i/r/f/v`).

RPy cannot call a C function pointer with a signature known only at run
time, so each CallDescr gets a *call stub*: a tiny trace compiled by this
backend,

    [i_func, a0, a1, ...]            # kinds of descr.arg_kinds
    r = call_X(i_func, a0, a1, ..., descr=descr)
    guard_no_exception() []          # with the GC only: exit 0
    finish(r)                        # exit 1 (0 without the GC)

assembled once, installed, and run on its own jitframe.  The stub is
ordinary machine code of the loop backend, so everything the loops get is
there too: the System V convention for any mix of int/ref/float arguments
(stack arguments included), references kept on the shadow stack (none
live here), the pending exception moved into the frame.  Reentrant: a
call made by the stub may use the same stub again, since the frame's
words are only read at entry and written at the exit.

    stubs = CallStubs(ExecutableMemory(), gc_backend_config())
    n = stubs.bh_call_i(func_addr, [1, 2], [], [], descr)
    if stubs.exc is not None: ...    # the function raised: its exception

Rejected: per-signature C functions generated at translation time (PyPy's
call stubs): they need every signature known when translating, and would
be a second implementation of the calling convention next to the
backend's.  RPy code.
"""
from __future__ import annotations

from rpy.rlib import rjitmem
from rpy.rlib.rgcref import GCRef
from rpy.jit.metainterp.resoperation import (
    AbstractValue, CallDescr, FinishDescr, ResOperation, rop, CALL_BY_KIND,
    INT, REF, FLOAT, VOID)
from rpy.jit.metainterp.history import InputArg, Trace
from rpy.jit.backend.x86.assembler import Assembler, BackendConfig, CompiledLoop
from rpy.jit.backend.x86.codebuf import ExecutableMemory


class CallStub:
    """One installed stub: its code, exits, and jitframe."""
    addr: int
    loop: CompiledLoop
    frame: GCRef
    descr: CallDescr

    def __init__(self, addr: int, loop: CompiledLoop, frame: GCRef, descr: CallDescr) -> None:
        self.addr = addr
        self.loop = loop
        self.frame = frame
        self.descr = descr


class CallStubs:
    """The call stubs of one backend configuration, made on first use."""
    mem: ExecutableMemory
    config: BackendConfig
    stubs: dict[CallDescr, CallStub]
    exc: GCRef | None

    def __init__(self, mem: ExecutableMemory, config: BackendConfig) -> None:
        self.mem = mem
        self.config = config
        self.stubs = {}
        # the exception raised by the last call (GC mode), else None
        self.exc = None

    def stub_for(self, descr: CallDescr) -> CallStub:
        stub = self.stubs.get(descr)
        if stub is None:
            stub = self._make(descr)
            self.stubs[descr] = stub
        return stub

    def _make(self, descr: CallDescr) -> CallStub:
        func = InputArg(INT)
        inputargs: list[AbstractValue] = [func]
        args: list[AbstractValue] = [func]
        for kind in descr.arg_kinds:
            a = InputArg(kind)
            inputargs.append(a)
            args.append(a)
        call = ResOperation(CALL_BY_KIND[descr.result_kind], args, descr)
        ops: list[ResOperation] = [call]
        if self.config.gc:
            guard = ResOperation(rop.GUARD_NO_EXCEPTION, [], FinishDescr('exception'))
            guard.fail_args = []
            ops.append(guard)
        results: list[AbstractValue] = []
        if descr.result_kind != VOID:
            results.append(call)
        ops.append(ResOperation(rop.FINISH, results, FinishDescr('result')))
        loop = Assembler(self.config).assemble_loop(Trace(inputargs, ops))
        addr, size = self.mem.install(loop.mc)
        frame = rjitmem.frame_new(loop.frame_words)
        return CallStub(addr, loop, frame, descr)

    def _run(self, func: int, args_i: list[int], args_r: list[GCRef | None],
             args_f: list[float], descr: CallDescr) -> CallStub:
        """Write the arguments (by kind, in order), run the stub; the
        result is word 0 of the frame unless self.exc is set."""
        stub = self.stub_for(descr)
        frame = stub.frame
        rjitmem.frame_reset(frame)
        rjitmem.frame_set_int(frame, 0, func)
        ni = 0
        nr = 0
        nf = 0
        kinds = descr.arg_kinds
        for k in range(len(kinds)):
            kind = kinds[k]
            if kind == INT:
                rjitmem.frame_set_int(frame, k + 1, args_i[ni])
                ni += 1
            elif kind == REF:
                rjitmem.frame_set_ref(frame, k + 1, args_r[nr])
                nr += 1
            else:
                rjitmem.frame_set_float(frame, k + 1, args_f[nf])
                nf += 1
        if ni != len(args_i) or nr != len(args_r) or nf != len(args_f):
            raise ValueError("call stub: the arguments do not match the descr")
        if stub.loop.entry_gcmap_pos >= 0:
            rjitmem.frame_set_gcmap(frame, stub.addr + stub.loop.entry_gcmap_pos)
        index = rjitmem.call_frame(stub.addr, frame)
        self.exc = None
        if self.config.gc and index == 0:
            self.exc = rjitmem.frame_take_exc(frame)
        return stub

    def bh_call_i(self, func: int, args_i: list[int], args_r: list[GCRef | None],
                  args_f: list[float], descr: CallDescr) -> int:
        stub = self._run(func, args_i, args_r, args_f, descr)
        if self.exc is not None:
            return 0
        return rjitmem.frame_get_int(stub.frame, 0)

    def bh_call_r(self, func: int, args_i: list[int], args_r: list[GCRef | None],
                  args_f: list[float], descr: CallDescr) -> GCRef | None:
        stub = self._run(func, args_i, args_r, args_f, descr)
        if self.exc is not None:
            return None
        r = rjitmem.frame_get_ref(stub.frame, 0)
        rjitmem.frame_reset(stub.frame)
        return r

    def bh_call_f(self, func: int, args_i: list[int], args_r: list[GCRef | None],
                  args_f: list[float], descr: CallDescr) -> float:
        stub = self._run(func, args_i, args_r, args_f, descr)
        if self.exc is not None:
            return 0.0
        return rjitmem.frame_get_float(stub.frame, 0)

    def bh_call_v(self, func: int, args_i: list[int], args_r: list[GCRef | None],
                  args_f: list[float], descr: CallDescr) -> None:
        self._run(func, args_i, args_r, args_f, descr)

    def free(self) -> None:
        for stub in self.stubs.values():
            rjitmem.frame_reset(stub.frame)
            self.mem.free(stub.addr)
        self.stubs = {}
