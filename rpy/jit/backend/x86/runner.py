"""The x86-64 backend as the translated metainterp will call it (PyPy's
"CPU" interface): compile a trace, run it with typed arguments, read the
exit and its values, free it.

    cpu = X86CPU(gc_backend_config())
    token = cpu.compile_loop(trace)
    index = cpu.execute_token(token, args_i, args_r, args_f)
    descr = cpu.get_latest_descr(token, index)
    n = cpu.get_int_value(token, 0); p = cpu.get_ref_value(token, 1)
    exc = cpu.grab_exc_value(token)      # guard_no_exception / MemoryError exits
    cpu.release(token)                   # done with the exit values
    cpu.free_loop(token)

The inputargs are given by kind, each list in inputarg order (PyPy's
`args_i/args_r/args_f` convention, as in callstub.py).  Each loop has one
jitframe, made when compiled: the words are read only at entry and
written only at an exit, so a loop may be re-entered from a call it makes
(the caller reads the exit values before anything else runs the loop).
The values of an exit stay valid (and their references visible to the GC,
through the exit's gcmap) until `release` or the next entry.  RPy code.
"""
from __future__ import annotations

from rpy.rlib import rjitmem
from rpy.rlib.rgcref import GCRef
from rpy.jit.metainterp.resoperation import AbstractDescr, INT, REF
from rpy.jit.metainterp.history import Trace
from rpy.jit.backend.x86.assembler import Assembler, BackendConfig, CompiledLoop
from rpy.jit.backend.x86.codebuf import ExecutableMemory


class LoopToken:
    """A compiled, installed loop with its jitframe."""
    loop: CompiledLoop
    addr: int
    frame: GCRef
    inputkinds: list[int]
    freed: bool

    def __init__(self, loop: CompiledLoop, addr: int, frame: GCRef, inputkinds: list[int]) -> None:
        self.loop = loop
        self.addr = addr
        self.frame = frame
        self.inputkinds = inputkinds
        self.freed = False


class X86CPU:
    config: BackendConfig
    mem: ExecutableMemory

    def __init__(self, config: BackendConfig) -> None:
        self.config = config
        self.mem = ExecutableMemory()

    def compile_loop(self, trace: Trace) -> LoopToken:
        loop = Assembler(self.config).assemble_loop(trace)
        addr, size = self.mem.install(loop.mc)
        kinds: list[int] = []
        for v in trace.inputargs:
            kinds.append(v.type)
        return LoopToken(loop, addr, rjitmem.frame_new(loop.frame_words), kinds)

    def execute_token(self, token: LoopToken, args_i: list[int], args_r: list[GCRef | None],
                      args_f: list[float]) -> int:
        """Run the loop; the index of the exit it left by."""
        if token.freed:
            raise ValueError("execute_token: the loop was freed")
        frame = token.frame
        rjitmem.frame_reset(frame)
        ni = 0
        nr = 0
        nf = 0
        kinds = token.inputkinds
        for k in range(len(kinds)):
            kind = kinds[k]
            if kind == INT:
                rjitmem.frame_set_int(frame, k, args_i[ni])
                ni += 1
            elif kind == REF:
                rjitmem.frame_set_ref(frame, k, args_r[nr])
                nr += 1
            else:
                rjitmem.frame_set_float(frame, k, args_f[nf])
                nf += 1
        if ni != len(args_i) or nr != len(args_r) or nf != len(args_f):
            raise ValueError("execute_token: the arguments do not match the inputargs")
        if token.loop.entry_gcmap_pos >= 0:
            rjitmem.frame_set_gcmap(frame, token.addr + token.loop.entry_gcmap_pos)
        return rjitmem.call_frame(token.addr, frame)

    def get_latest_descr(self, token: LoopToken, index: int) -> AbstractDescr:
        return token.loop.descrs[index]

    def get_value_kinds(self, token: LoopToken, index: int) -> list[int]:
        """The kinds of the values the exit wrote (words 0..n-1)."""
        return token.loop.fail_kinds[index]

    def get_int_value(self, token: LoopToken, k: int) -> int:
        return rjitmem.frame_get_int(token.frame, k)

    def get_ref_value(self, token: LoopToken, k: int) -> GCRef | None:
        return rjitmem.frame_get_ref(token.frame, k)

    def get_float_value(self, token: LoopToken, k: int) -> float:
        return rjitmem.frame_get_float(token.frame, k)

    def grab_exc_value(self, token: LoopToken) -> GCRef | None:
        """The exception the exit took (guard_no_exception, guard_exception,
        the propagate-exception exit), once."""
        return rjitmem.frame_take_exc(token.frame)

    def is_propagate_exit(self, token: LoopToken, index: int) -> bool:
        return index == token.loop.propagate_exc_index

    def release(self, token: LoopToken) -> None:
        rjitmem.frame_reset(token.frame)

    def free_loop(self, token: LoopToken) -> None:
        """Free the machine code (the loop's constants go with the
        CompiledLoop once nothing refers to the token)."""
        if token.freed:
            return
        rjitmem.frame_reset(token.frame)
        self.mem.free(token.addr)
        token.freed = True

    def loops_alive(self) -> int:
        return len(self.mem.blocks)
