"""The JIT at run time, per JitDriver: the warm-up counters of green keys
and `DriverRuntime.enter`, the one place that decides what the JIT does
with a hot key.  RPy code, called by the glue that
rpy/jit/translator/warmspot.py generates for each driver and puts into
the translated portal (--opt=jit; docs/design-jit.md, "Translating the
metainterp", step 4).

The protocol between the compiled portal and `enter` is the blackhole's
(rpy/jit/metainterp/blackhole.py): `enter(args_i, args_r, args_f)` gets
the values of the portal's jit_merge_point operands (greens then reds,
per kind in order) and returns KIND_MERGE_POINT (the portal goes on at its
merge point with the values in merge_i/r/f), -1 or a kind (the portal
returns, with the value in result_i/r/f), or KIND_EXCEPTION (an exception
left the portal: `exc`).  `enter` hands the key to the driver's
metainterp (tracer.py): run its loop, or trace and compile it; once a key
has a loop its counter says COMPILED, so each iteration enters the loop
at once; a freed loop (loop_longevity) makes it warm up again; a key
given up after repeated aborts says DONT_TRACE, so it never enters the JIT
again (PyPy's JC_DONT_TRACE_HERE).  The driver's JitParams are read at
every entry that follows a set_param (`JitParams.version`): every
parameter takes effect at once, as in PyPy.
"""
from __future__ import annotations

from rpy.rlib import ros
from rpy.rlib.jit import JitParams
from rpy.rlib.rarithmetic import intmask
from rpy.rlib.rgcref import GCRef
from rpy.jit.backend.x86.callstub import CallStubs
from rpy.jit.backend.x86.codebuf import ExecutableMemory, gc_backend_config
from rpy.jit.metainterp.bhcpu_translated import TranslatedCpu
from rpy.jit.backend.x86.runner import X86CPU
from rpy.jit.metainterp.blackhole import FLOAT, INT, KIND_MERGE_POINT, REF, BHCpu, merge_point_pc
from rpy.jit.metainterp.tracer import JitBackend, MetaInterp, X86Backend
from rpy.jit.metainterp.jitcodedata import JitCodeTable, operand_is_const, operand_kind

KIND_EXCEPTION = -2     # the blackhole's kind for "an exception left the portal"
KIND_VOID = -1          # the portal returned no value

COMPILED = -1           # a counter whose key has a compiled loop
DONT_TRACE = -2         # a counter whose key was given up: never hot again
COUNTER_BITS = 12       # 4096 counters shared by every driver, as PyPy's JitCounter
# an odd 64-bit constant (< 2**63, a signed word): multiplying spreads the
# key's bits into the high bits, which give the index
HASH_MULT = 0x5851F42D4C957F2D


class JitCounters:
    """Warm-up counters indexed by a hash of the green key.  Keys that
    collide share a counter: that only makes one of them hot earlier,
    the JIT compares the greens themselves."""
    counters: list[int]
    shift: int
    mask: int
    last_hot: int           # the counter of the last key tick() found hot

    def __init__(self, bits: int) -> None:
        self.counters = [0] * (1 << bits)
        self.shift = 64 - bits
        self.mask = (1 << bits) - 1
        self.last_hot = -1

    def index(self, h: int) -> int:
        return (intmask(h * HASH_MULT) >> self.shift) & self.mask

    def tick(self, h: int, threshold: int) -> bool:
        """One more iteration of the key hashed to h: True when the
        counter reaches threshold (it then starts again from 0), and
        always once the key has a compiled loop (COMPILED: each iteration
        enters it).  The index of a hot key is kept in last_hot."""
        i = self.index(h)
        c = self.counters[i]
        if c < 0:
            if c == COMPILED:
                self.last_hot = i
                return True
            return False        # DONT_TRACE
        c += 1
        if c < threshold:
            self.counters[i] = c
            return False
        self.counters[i] = 0
        self.last_hot = i
        return True

    def set_compiled(self, i: int) -> None:
        """The key at counter i has a loop: enter the JIT at each iteration
        (a key sharing the counter is then traced at once too)."""
        self.counters[i] = COMPILED

    def blacklist(self, i: int) -> None:
        """The key at counter i was given up (aborts): never hot again.  A
        key sharing the counter (a hash collision, 1 in 4096) is given up
        with it: the fast path cannot tell them apart."""
        self.counters[i] = DONT_TRACE

    def forget(self, i: int) -> None:
        """The loop of the key at counter i was freed: warm up again."""
        if self.counters[i] == COMPILED:
            self.counters[i] = 0

    def reset(self) -> None:
        for i in range(len(self.counters)):
            self.counters[i] = 0


COUNTERS = JitCounters(COUNTER_BITS)
# function entries (function_threshold), counted apart from loops: a key's
# loop and its entry code warm up, compile and are freed independently
FUNCTION_COUNTERS = JitCounters(COUNTER_BITS)


def green_hash(h: int, x: int) -> int:
    """Combine the hash so far with one more green (as an int: the int
    itself, an instance's address, a str's hash)."""
    return intmask((h ^ x) * 1000003)


class DriverRuntime:
    """One driver's JIT at run time (prebuilt by warmspot.py, one per
    driver): its metainterp (tracer.py), made at the first entry with the
    translated cpu (call stubs in executable memory) and the x86 backend,
    or given by `attach` (untranslated tests)."""
    name: str
    table: JitCodeTable
    params: JitParams
    num_greens: int
    cpu: BHCpu | None
    stubs: CallStubs | None
    mi: MetaInterp | None
    nargs: list[int]            # register operands of the merge point per kind (-1: unknown)
    params_version: int         # of the params last given to the metainterp
    entries: int                # times the JIT was entered
    function_entries: int       # ... of them at a function's start (function_threshold)
    outcomes: list[int]         # per outcome: [merge point, returned, raised]
    merge_i: list[int]          # the last entry's results, read by the glue
    merge_r: list[GCRef | None]
    merge_f: list[float]
    result_i: int
    result_r: GCRef | None
    result_f: float
    exc: GCRef | None

    def __init__(self, name: str, table: JitCodeTable, params: JitParams,
                 num_greens: int) -> None:
        self.name = name
        self.table = table
        self.params = params
        self.num_greens = num_greens
        self.cpu = None
        self.stubs = None
        self.mi = None
        self.nargs = [-1, -1, -1]
        self.params_version = -1
        self.entries = 0
        self.function_entries = 0
        self.outcomes = [0, 0, 0]
        self.merge_i = []
        self.merge_r = []
        self.merge_f = []
        self.result_i = 0
        self.result_r = None
        self.result_f = 0.0
        self.exc = None

    def setup(self) -> None:
        """At the first entry: the translated cpu and backend."""
        stubs = CallStubs(ExecutableMemory(), gc_backend_config())
        self.stubs = stubs
        cpu = TranslatedCpu(self.table, stubs)
        self.attach(cpu, X86Backend(X86CPU(gc_backend_config())))
        mi = self.mi
        assert mi is not None
        # the optimized traces' text is made only for the log
        mi.log_opt = log_wanted('jit-log-opt')

    def attach(self, cpu: BHCpu, backend: JitBackend) -> None:
        """The metainterp on this cpu and backend; the merge point's operand
        counts, checked against what the glue passes."""
        self.cpu = cpu
        mi = MetaInterp(self.table, cpu, backend, self.num_greens)
        mi.threshold = 0            # the glue counted: a hot key is traced at once
        self.mi = mi
        self.nargs = merge_point_nargs(self.table)
        self.apply_params()

    def apply_params(self) -> None:
        """The driver's parameters into the metainterp (threshold and
        function_threshold are the glue's, read at each count)."""
        mi = self.mi
        assert mi is not None
        p = self.params
        self.params_version = p.version
        mi.trace_limit = p.trace_limit
        mi.trace_eagerness = p.trace_eagerness
        mi.enable_opts = p.enable_opts
        if p.loop_longevity != mi.ages.longevity:
            mi.ages.set_longevity(p.loop_longevity)
            mi.next_sweep = mi.ages.next_check
        mi.max_unroll_recursion = p.max_unroll_recursion

    def enter(self, args_i: list[int], args_r: list[GCRef | None], args_f: list[float]) -> int:
        """A hot green key: what the JIT does with it.  The arguments are the
        merge point's operands (greens then reds, per kind in order).
        The metainterp runs the key's loop (resuming in the blackhole after
        the guard that fails, to the next merge point), or traces and
        compiles it.  Returns the blackhole's kind: KIND_MERGE_POINT (go on
        at the merge point with merge_i/r/f), KIND_VOID or a value kind
        (the portal returns result_i/r/f), KIND_EXCEPTION (exc left the
        portal)."""
        return self.run(args_i, args_r, args_f, False)

    def enter_function(self, args_i: list[int], args_r: list[GCRef | None],
                       args_f: list[float]) -> int:
        """The portal's first merge point in a call, hot by
        function_threshold: run the key's entry code, or trace it from
        here (MetaInterp.enter_function); the same protocol as enter."""
        return self.run(args_i, args_r, args_f, True)

    def run(self, args_i: list[int], args_r: list[GCRef | None], args_f: list[float],
            function: bool) -> int:
        if self.mi is None:
            self.setup()
        elif self.params.version != self.params_version:
            self.apply_params()        # a set_param since the last entry
        mi = self.mi
        assert mi is not None
        if len(args_i) != self.nargs[INT] or len(args_r) != self.nargs[REF] or \
                len(args_f) != self.nargs[FLOAT]:
            raise ValueError('JIT glue: the merge point operands do not match the greens and reds')
        self.entries += 1
        if function:
            self.function_entries += 1
            hot = FUNCTION_COUNTERS.last_hot
            kind = mi.enter_function(args_i, args_r, args_f)
            cell = mi.last_cell
            if cell is not None and cell.entry is not None and hot >= 0:
                # from now on each call of this key runs its entry code at once
                cell.fcounter_index = hot
                FUNCTION_COUNTERS.set_compiled(hot)
            elif cell is not None and cell.entry_blacklisted() and hot >= 0:
                FUNCTION_COUNTERS.blacklist(hot)    # not counted nor entered again
        else:
            hot = COUNTERS.last_hot
            kind = mi.enter(args_i, args_r, args_f)
            cell = mi.last_cell
            if cell is not None and cell.loop is not None and hot >= 0:
                # from now on each iteration of this key enters its loop at once
                cell.counter_index = hot
                COUNTERS.set_compiled(hot)
            elif cell is not None and cell.blacklisted() and hot >= 0:
                COUNTERS.blacklist(hot)     # not counted nor entered again
        if mi.freed_cells:
            for freed in mi.freed_cells:
                if freed.counter_index >= 0:
                    COUNTERS.forget(freed.counter_index)
            mi.freed_cells = []
        if mi.freed_entries:
            for freed in mi.freed_entries:
                if freed.fcounter_index >= 0:
                    FUNCTION_COUNTERS.forget(freed.fcounter_index)
            mi.freed_entries = []
        if kind == KIND_MERGE_POINT:
            self.merge_i = mi.merge_i
            self.merge_r = mi.merge_r
            self.merge_f = mi.merge_f
            self.outcomes[0] += 1
        elif kind == KIND_EXCEPTION:
            self.exc = mi.exc
            mi.exc = None
            self.outcomes[2] += 1
        else:
            self.result_i = mi.result_i
            self.result_r = mi.result_r
            self.result_f = mi.result_f
            mi.result_r = None
            self.outcomes[1] += 1
        return kind

    def take_exc(self) -> GCRef | None:
        e = self.exc
        self.exc = None
        return e

    def summary(self) -> str:
        text = ('jit-summary: driver %s: threshold %d, JIT entered %d times '
                '(%d to the merge point, %d returned, %d raised)\n'
                % (self.name, self.params.threshold, self.entries, self.outcomes[0],
                   self.outcomes[1], self.outcomes[2]))

        mi = self.mi
        if mi is not None:
            for line in mi.summary().split('\n'):
                if line:
                    text += 'jit-summary: driver %s: %s\n' % (self.name, line)
        if self.function_entries > 0:
            text += ('jit-summary: driver %s: function_threshold %d, JIT entered %d times at a '
                     'function\'s start\n' % (self.name, self.params.function_threshold,
                                               self.function_entries))
        stubs = self.stubs
        if stubs is not None:
            text += ('jit-summary: driver %s: call stubs: %d bytes of machine code\n'
                     % (self.name, stubs.mem.bytes_alive))
        return text

    def loop_logs(self) -> str:
        """jit-log-opt: the optimized loops, alive or freed."""
        mi = self.mi
        if mi is None:
            return ''
        return mi.log_text()


def merge_point_nargs(table: JitCodeTable) -> list[int]:
    """How many register operands of each kind the portal's jit_merge_point
    has (constant operands are not passed)."""
    counts = [0, 0, 0]
    code = table.jitcodes[table.portal].code
    pc = merge_point_pc(table)
    for k in range(code[pc + 1]):
        w = code[pc + 2 + k]
        if not operand_is_const(w):
            counts[operand_kind(w)] += 1
    return counts


def log_categories(value: str) -> tuple[list[str], str]:
    """OURO_LOG's value 'cat1,cat2[:FILE]' -> (categories, FILE or '' for
    stderr), PYPYLOG's syntax (ARCHITECTURE.md: OURO_LOG=jit-log-opt,
    jit-summary:file)."""
    path = ''
    colon = value.find(':')
    if colon >= 0:
        path = value[colon + 1:]
        value = value[:colon]
    cats = [c.strip() for c in value.split(',') if c.strip() != '']
    return cats, path


def log_wanted(category: str) -> bool:
    """OURO_LOG asks for this category."""
    value = ros.getenv('OURO_LOG')
    if value is None:
        return False
    cats, path = log_categories(value)
    return category in cats


def log_summary(runtimes: list[DriverRuntime]) -> None:
    """At the end of the program, as OURO_LOG asks: jit-summary (per
    driver: entries, loops compiled and freed, traces, aborts, guard
    failures, time tracing, optimizing and in the backend), jit-log-opt
    (the optimized loops, with the interpreted program's locations)."""
    value = ros.getenv('OURO_LOG')
    if value is None:
        return
    cats, path = log_categories(value)
    parts: list[str] = []
    for rt in runtimes:
        if 'jit-log-opt' in cats:
            parts.append(rt.loop_logs())
        if 'jit-summary' in cats:
            parts.append(rt.summary())
    text = ''.join(parts)
    if text == '':
        return
    if path == '' or path == '-':
        ros.write_stderr(text)
    else:
        try:
            ros.write_file(path, text.encode())
        except OSError:
            ros.write_stderr(text)
