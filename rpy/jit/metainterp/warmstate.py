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
left the portal: `exc`).  For now `enter` runs the portal's jitcode in the
blackhole interpreter from the merge point for up to ITERATIONS merge
points; the tracer and compiled loops come here later.
"""
from __future__ import annotations

from rpy.rlib import ros
from rpy.rlib.jit import JitParams
from rpy.rlib.rarithmetic import intmask
from rpy.rlib.rgcref import GCRef
from rpy.jit.backend.x86.callstub import CallStubs
from rpy.jit.backend.x86.codebuf import ExecutableMemory, gc_backend_config
from rpy.jit.metainterp.bhcpu_translated import TranslatedCpu
from rpy.jit.metainterp.blackhole import (FLOAT, INT, KIND_MERGE_POINT, REF, BHCpu,
                                          BlackholeInterp, merge_point_pc)
from rpy.jit.metainterp.jitcodedata import JitCodeTable, operand_is_const, operand_kind

KIND_EXCEPTION = -2     # the blackhole's kind for "an exception left the portal"
KIND_VOID = -1          # the portal returned no value

# for now a hot key runs this many iterations of the interpreter's loop
# (merge point to merge point) in the blackhole per entry: enough for the
# portal to return or raise there too, not only go back to the merge point
ITERATIONS = 100

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

    def __init__(self, bits: int) -> None:
        self.counters = [0] * (1 << bits)
        self.shift = 64 - bits
        self.mask = (1 << bits) - 1

    def index(self, h: int) -> int:
        return (intmask(h * HASH_MULT) >> self.shift) & self.mask

    def tick(self, h: int, threshold: int) -> bool:
        """One more iteration of the key hashed to h: True when the
        counter reaches threshold (it then starts again from 0)."""
        i = self.index(h)
        c = self.counters[i] + 1
        if c < threshold:
            self.counters[i] = c
            return False
        self.counters[i] = 0
        return True

    def reset(self) -> None:
        for i in range(len(self.counters)):
            self.counters[i] = 0


COUNTERS = JitCounters(COUNTER_BITS)


def green_hash(h: int, x: int) -> int:
    """Combine the hash so far with one more green (as an int: the int
    itself, an instance's address, a str's hash)."""
    return intmask((h ^ x) * 1000003)


class DriverRuntime:
    """One driver's JIT at run time (prebuilt by warmspot.py, one per
    driver).  The call stubs and the blackhole's cpu are made at the first
    entry; blackhole interpreters are reused (a pool, not one: a residual
    call of the blackhole may run the compiled portal, which may enter
    again)."""
    name: str
    table: JitCodeTable
    params: JitParams
    cpu: BHCpu | None
    stubs: CallStubs | None
    pool: list[BlackholeInterp]
    nargs: list[int]            # register operands of the merge point per kind (-1: unknown)
    iterations: int             # the blackhole runs up to this many merge points per entry
    entries: int                # times the JIT was entered
    outcomes: list[int]         # per outcome: [merge point, returned, raised]
    merge_i: list[int]          # the last entry's results, read by the glue
    merge_r: list[GCRef | None]
    merge_f: list[float]
    result_i: int
    result_r: GCRef | None
    result_f: float
    exc: GCRef | None

    def __init__(self, name: str, table: JitCodeTable, params: JitParams) -> None:
        self.name = name
        self.table = table
        self.params = params
        self.cpu = None
        self.stubs = None
        self.pool = []
        self.nargs = [-1, -1, -1]
        self.iterations = ITERATIONS
        self.entries = 0
        self.outcomes = [0, 0, 0]
        self.merge_i = []
        self.merge_r = []
        self.merge_f = []
        self.result_i = 0
        self.result_r = None
        self.result_f = 0.0
        self.exc = None

    def setup(self) -> None:
        """At the first entry: the translated cpu (call stubs in executable
        memory) and the merge point's operand counts, checked against
        what the glue passes."""
        if self.cpu is None:
            stubs = CallStubs(ExecutableMemory(), gc_backend_config())
            self.stubs = stubs
            self.cpu = TranslatedCpu(self.table, stubs)
        self.nargs = merge_point_nargs(self.table)

    def enter(self, args_i: list[int], args_r: list[GCRef | None], args_f: list[float]) -> int:
        """A hot green key: what the JIT does with it.  The arguments are the
        merge point's operands (greens then reds, per kind in order).
        Returns the blackhole's kind: KIND_MERGE_POINT (go on at the merge
        point with merge_i/r/f), KIND_VOID or a value kind (the portal
        returns result_i/r/f), KIND_EXCEPTION (exc left the portal)."""
        if self.nargs[0] < 0:
            self.setup()
        if len(args_i) != self.nargs[INT] or len(args_r) != self.nargs[REF] or \
                len(args_f) != self.nargs[FLOAT]:
            raise ValueError('JIT glue: the merge point operands do not match the greens and reds')
        self.entries += 1
        cpu = self.cpu
        assert cpu is not None
        if self.pool:
            bh = self.pool.pop()
        else:
            bh = BlackholeInterp(self.table, cpu)
        bh.stop_at_merge_point = True
        bh.frames = []
        kind = bh.enter_at_merge_point(args_i, args_r, args_f)
        n = 1
        while kind == KIND_MERGE_POINT and n < self.iterations:
            # the next iteration from the merge point: the portal's state is
            # the operands' values only (the annotator checked it)
            kind = bh.enter_at_merge_point(bh.merge_i, bh.merge_r, bh.merge_f)
            n += 1
        if kind == KIND_MERGE_POINT:
            self.merge_i = bh.merge_i
            self.merge_r = bh.merge_r
            self.merge_f = bh.merge_f
            self.outcomes[0] += 1
        elif kind == KIND_EXCEPTION:
            self.exc = bh.exc
            bh.exc = None
            self.outcomes[2] += 1
        else:
            self.result_i = bh.result_i
            self.result_r = bh.result_r
            self.result_f = bh.result_f
            bh.result_r = None
            self.outcomes[1] += 1
        self.pool.append(bh)
        return kind

    def take_exc(self) -> GCRef | None:
        e = self.exc
        self.exc = None
        return e

    def summary(self) -> str:
        return ('jit-summary: driver %s: threshold %d, JIT entered %d times '
                '(%d to the merge point, %d returned, %d raised)'
                % (self.name, self.params.threshold, self.entries, self.outcomes[0],
                   self.outcomes[1], self.outcomes[2]))


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


def log_summary(runtimes: list[DriverRuntime]) -> None:
    """At the end of the program: with OURO_LOG naming jit-summary, one
    line per driver (how often the JIT was entered)."""
    value = ros.getenv('OURO_LOG')
    if value is None:
        return
    cats, path = log_categories(value)
    if 'jit-summary' not in cats:
        return
    text = ''.join([rt.summary() + '\n' for rt in runtimes])
    if path == '' or path == '-':
        ros.write_stderr(text)
    else:
        try:
            ros.write_file(path, text.encode())
        except OSError:
            ros.write_stderr(text)
