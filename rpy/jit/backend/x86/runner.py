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
    cpu.free_loop(token)                 # code, jitframes, the token itself

The inputargs are given by kind, each list in inputarg order (PyPy's
`args_i/args_r/args_f` convention, as in callstub.py).  Each loop has one
jitframe, made when compiled: the words are read only at entry and
written only at an exit, so a loop may be re-entered from a call it makes
(the caller reads the exit values before anything else runs the loop).
The values of an exit stay valid (and their references visible to the GC,
through the exit's gcmap) until `release` or the next entry.  A freed
token is forgotten (`tokens` holds the live ones only): its machine code
is unmapped at once, its jitframes, CompiledLoops (descrs, resume data,
constants) go with the token once the caller drops it too.  RPy code.
"""
from __future__ import annotations

from rpy.rlib import rjitmem, ros
from rpy.rlib.rgcref import GCRef
from rpy.jit.metainterp.resoperation import AbstractDescr, LoopEntry, INT, REF
from rpy.jit.metainterp.history import Trace
from rpy.jit.backend.x86.assembler import (
    Assembler, BackendConfig, CompiledLoop, EXIT_TAG_SHIFT, EXIT_INDEX_MASK)
from rpy.jit.backend.x86.codebuf import ExecutableMemory
from rpy.jit.backend.x86.encoder import MachineCodeBuilder


FRAME_SLACK = 32        # extra words of a jitframe (see execute_token)


class LoopToken:
    """A compiled, installed loop with its jitframe, and its bridges: their
    exits extend the loop's (`loop.descrs` and `fail_kinds` hold them all,
    by exit index), their code blocks go with the loop."""
    loop: CompiledLoop
    number: int                 # its key in X86CPU.tokens; its exits return number + 1 as their tag
    addr: int
    frame: GCRef
    inputkinds: list[int]
    freed: bool
    slot_addrs: list[int]       # per exit: where its stub reads its bridge's address
    direct_addrs: list[int]     # per exit: the same for a bridge on its frame, 0 if none
    bridged: list[bool]         # per exit: a bridge is attached
    bridge_addrs: list[int]
    bridges: list[CompiledLoop]  # kept for their constants
    old_frames: list[GCRef]     # replaced by bigger ones (a run may still use one)
    propagate_exits: list[int]
    # a run of the token entered while another one runs (a recursive
    # portal call from its code) gets a jitframe of its own: the outer
    # run's exit writes its values into the one it was entered with
    depth: int                  # runs in progress
    frames: list[GCRef]         # the jitframe of the run at each depth

    def __init__(self, loop: CompiledLoop, number: int, addr: int, frame: GCRef,
                 inputkinds: list[int]) -> None:
        self.loop = loop
        self.number = number
        self.addr = addr
        self.frame = frame
        self.inputkinds = inputkinds
        self.freed = False
        self.slot_addrs = [addr + pos for pos in loop.bridge_slots]
        self.direct_addrs = []
        for pos in loop.direct_slots:
            self.direct_addrs.append(addr + pos if pos >= 0 else 0)
        self.bridged = [False] * len(loop.descrs)
        self.bridge_addrs = []
        self.bridges = []
        self.old_frames = []
        self.depth = 0
        self.frames = [frame]
        self.propagate_exits = []
        if loop.propagate_exc_index >= 0:
            self.propagate_exits.append(loop.propagate_exc_index)


class X86CPU:
    """Tokens are numbered (`tokens`: the live ones by number; numbers
    are never reused); an exit returns its token's number with its index,
    because a bridge may jump into another loop, which then runs on the
    entered token's jitframe (every jitframe has at least
    `max_frame_words` words) and leaves by one of its own exits: `exited`
    says which token's."""
    config: BackendConfig
    mem: ExecutableMemory
    tokens: dict[int, LoopToken]
    next_number: int
    max_frame_words: int
    exited: LoopToken | None
    perf_map: int               # its fd; -1: none, -2: not looked at yet
    perf_dump: bool
    # every block compiled so far (freed ones too): OURO_LOG=jit-summary
    stat_blocks: int
    stat_code_bytes: int        # the bytes of the blocks (code and data)
    stat_exits: int
    stat_exit_code_bytes: int   # of which the exits' out-of-line code
    stat_exit_data_bytes: int   # and their data (gcmaps, exit descriptions)

    def __init__(self, config: BackendConfig) -> None:
        self.config = config
        self.mem = ExecutableMemory()
        self.tokens = {}
        self.next_number = 0
        self.max_frame_words = 0
        self.exited = None
        self.perf_map = -2
        self.perf_dump = False
        self.stat_blocks = 0
        self.stat_code_bytes = 0
        self.stat_exits = 0
        self.stat_exit_code_bytes = 0
        self.stat_exit_data_bytes = 0

    def _count_block(self, block: CompiledLoop) -> None:
        self.stat_blocks += 1
        self.stat_code_bytes += block.mc.get_size()
        self.stat_exits += len(block.descrs)
        self.stat_exit_code_bytes += block.exit_code_bytes
        self.stat_exit_data_bytes += block.exit_data_bytes

    def code_stats(self) -> list[int]:
        """[blocks compiled, their bytes, their exits, the bytes of the
        exits' out-of-line code, of their data] (freed blocks included)."""
        return [self.stat_blocks, self.stat_code_bytes, self.stat_exits,
                self.stat_exit_code_bytes, self.stat_exit_data_bytes]

    def _name_code(self, addr: int, mc: MachineCodeBuilder, name: str) -> None:
        """With OURO_JIT_PERFMAP set: a line in /tmp/perf-PID.map naming
        the code block, so that `perf report` shows loops and bridges by
        name (perf's convention for JIT code).  OURO_JIT_PERFMAP=dump also
        writes each block's bytes to /tmp/perf-PID-NAME.bin (for
        `objdump -D -b binary -m i386:x86-64 --adjust-vma=ADDR`)."""
        if self.perf_map == -2:
            self.perf_map = -1
            how = ros.getenv('OURO_JIT_PERFMAP')
            if how is not None:
                self.perf_dump = how == 'dump'
                try:
                    self.perf_map = ros.open('/tmp/perf-%d.map' % ros.getpid(),
                                             ros.O_WRONLY | ros.O_CREAT | ros.O_APPEND, 0o644)
                except OSError:
                    self.perf_map = -1
        if self.perf_map < 0:
            return
        size = mc.get_size()
        try:
            ros.write(self.perf_map, ('%x %x %s\n' % (addr, size, name)).encode())
            if self.perf_dump:
                fd = ros.open('/tmp/perf-%d-%s.bin' % (ros.getpid(), name),
                              ros.O_WRONLY | ros.O_CREAT | ros.O_TRUNC, 0o644)
                ros.write(fd, bytes(mc.materialize(addr)))
                ros.close(fd)
        except OSError:
            pass

    def compile_loop(self, trace: Trace) -> LoopToken:
        number = self.next_number
        self.next_number = number + 1
        loop = Assembler(self.config, number + 1).assemble_loop(trace)
        addr, size = self.mem.install(loop.mc)
        self._count_block(loop)
        self._name_code(addr, loop.mc, 'jit-loop-%d' % number)
        for k in range(len(loop.label_tokens)):
            loop.label_tokens[k].entry = LoopEntry(
                loop.label_tokens[k].name, 0, addr + loop.label_pos[k], loop.label_locs[k],
                loop.frame_size)
        kinds: list[int] = []
        for v in trace.inputargs:
            kinds.append(v.type)
        if loop.frame_words > self.max_frame_words:
            self.max_frame_words = loop.frame_words
        token = LoopToken(loop, number, addr,
                          rjitmem.frame_new(self.max_frame_words + FRAME_SLACK), kinds)
        self.tokens[number] = token
        return token

    def compile_bridge(self, token: LoopToken, exit_index: int, trace: Trace) -> None:
        """Attach a bridge to exit `exit_index` of the token's loop (or of one
        of its bridges): from now on that exit runs the bridge instead of
        returning.  The trace's inputargs are the exit's values in order;
        its exits get the next indexes of the token; a jump without a label
        of its own re-enters the loop."""
        if token.freed:
            raise ValueError("compile_bridge: the loop was freed")
        if token.bridged[exit_index]:
            raise ValueError("compile_bridge: the exit has a bridge already")
        kinds = token.loop.fail_kinds[exit_index]
        if len(kinds) != len(trace.inputargs):
            raise ValueError("compile_bridge: the inputargs do not match the exit's values")
        base = len(token.loop.descrs)
        direct = token.direct_addrs[exit_index] != 0
        entry_locs: list[int] | None = None
        entry_consts: list[int] | None = None
        if direct:
            entry_locs = token.loop.exit_locs[exit_index]
            entry_consts = token.loop.exit_consts[exit_index]
        bridge = Assembler(self.config, token.number + 1).assemble_bridge(
            trace, base, self.loop_entry(token, 'loop'), entry_locs, entry_consts)
        addr, size = self.mem.install(bridge.mc)
        self._count_block(bridge)
        self._name_code(addr, bridge.mc,
                        'jit-bridge-%d-of-loop-%d' % (len(token.bridges), token.number))
        for k in range(len(bridge.descrs)):
            token.loop.descrs.append(bridge.descrs[k])
            token.loop.fail_kinds.append(bridge.fail_kinds[k])
            token.loop.exit_locs.append(bridge.exit_locs[k])
            token.loop.exit_consts.append(bridge.exit_consts[k])
            token.slot_addrs.append(addr + bridge.bridge_slots[k])
            pos = bridge.direct_slots[k]
            token.direct_addrs.append(addr + pos if pos >= 0 else 0)
            token.bridged.append(False)
        if bridge.propagate_exc_index >= 0:
            token.propagate_exits.append(bridge.propagate_exc_index)
        token.bridge_addrs.append(addr)
        token.bridges.append(bridge)
        if bridge.frame_words > self.max_frame_words:
            self.max_frame_words = bridge.frame_words
        # last: the exit leads to installed code only once all is in place
        if direct:
            self.mem.patch_word(token.direct_addrs[exit_index], addr + bridge.start_pos)
        else:
            self.mem.patch_word(token.slot_addrs[exit_index], addr)
        token.bridged[exit_index] = True

    def loop_entry(self, token: LoopToken, name: str) -> LoopEntry:
        """The descr of a jump to the token's loop from a bridge: entered
        directly on the bridge's native frame (assembler.py, _jump_direct)."""
        loop = token.loop
        return LoopEntry(name, token.addr, token.addr + loop.start_pos, loop.start_locs,
                         loop.frame_size)

    def execute_token(self, token: LoopToken, args_i: list[int], args_r: list[GCRef | None],
                      args_f: list[float]) -> int:
        """Run the loop; the index of the exit it left by."""
        if token.freed:
            raise ValueError("execute_token: the loop was freed")
        d = token.depth
        while len(token.frames) <= d:
            token.frames.append(rjitmem.frame_new(self.max_frame_words + FRAME_SLACK))
        frame = token.frames[d]
        if rjitmem.frame_length(frame) < self.max_frame_words:
            # another loop it may jump into needs more (the old frame kept
            # while a run may use it); the slack covers loops compiled
            # while an outer run of the token is in progress
            token.old_frames.append(frame)
            frame = rjitmem.frame_new(self.max_frame_words + FRAME_SLACK)
            token.frames[d] = frame
        token.frame = frame
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
        token.depth = d + 1
        r = rjitmem.call_frame(token.addr, frame)
        token.depth = d
        token.frame = frame         # where this run's exit wrote its values
        tag = r >> EXIT_TAG_SHIFT
        self.exited = self.tokens[tag - 1] if tag > 0 else token
        return r & EXIT_INDEX_MASK

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
        for k in token.propagate_exits:
            if k == index:
                return True
        return False

    def release(self, token: LoopToken) -> None:
        rjitmem.frame_reset(token.frame)

    def free_loop(self, token: LoopToken) -> None:
        """Free the machine code of the loop and its bridges and forget the
        token: its jitframes and the CompiledLoops (descrs, resume layouts,
        the constants they keep alive) are garbage once the caller drops
        the token too."""
        if token.freed:
            return
        rjitmem.frame_reset(token.frame)
        self.mem.free(token.addr)
        for a in token.bridge_addrs:
            self.mem.free(a)
        if token.number in self.tokens:
            del self.tokens[token.number]
        if self.exited is token:
            self.exited = None
        token.bridge_addrs = []
        token.bridges = []
        token.old_frames = []
        token.frames = []
        token.freed = True

    def loops_alive(self) -> int:
        return len(self.mem.blocks)

    def tokens_alive(self) -> int:
        return len(self.tokens)

    def frame_words_alive(self) -> int:
        """The words of the jitframes of the live tokens (a freed token's
        are garbage)."""
        n = 0
        for token in self.tokens.values():
            for f in token.frames:
                n += rjitmem.frame_length(f)
            for f in token.old_frames:
                n += rjitmem.frame_length(f)
        return n
