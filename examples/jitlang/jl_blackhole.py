"""jitlang: running the portal (`execute`) in the JIT's blackhole
interpreter on its encoded jitcodes, translated with --opt=jit
(`jitlang --blackhole PROGRAM.jl`): a test of the translated JIT's pieces
(rpy/jit/metainterp/blackhole.py, bhcpu_translated.py), not a way to run
programs faster.  `jitlang --trace PROGRAM.jl` runs it through the
translated metainterp instead (rpy/jit/metainterp/tracer.py: tracing,
the x86 backend, resume): the blackhole to the first merge point, then
MetaInterp.enter at each merge point of the main frame until the portal
returns -- what the portal's glue will do (step 4 of "Translating the
metainterp", docs/design-jit.md); `--trace-log` also prints the JIT
summary and the loops on stderr.  Test hooks until that glue lands.
"""
from __future__ import annotations

from rpy.rlib.rgcref import cast_gcref_to_instance, cast_instance_to_gcref
from rpy.jit.backend.x86.callstub import CallStubs
from rpy.rlib import ros
from rpy.jit.backend.x86.codebuf import ExecutableMemory, gc_backend_config
from rpy.jit.backend.x86.runner import X86CPU
from rpy.jit.metainterp.blackhole import BlackholeInterp, KIND_MERGE_POINT
from rpy.jit.metainterp.tracer import MetaInterp, X86Backend
from rpy.jit.metainterp.bhcpu_translated import TranslatedCpu
from rpy.jit.metainterp.jitcodedata import JitCodeTable

from jl_compiler import Program
from jl_errors import JLError
from jl_interp import Frame

JITCODES = JitCodeTable('jitlang')     # filled by the pyjitpl phase of --opt=jit


def run_in_blackhole(program: Program) -> bool:
    """False if the executable has no encoded jitcodes (not --opt=jit)."""
    if not JITCODES.bound:
        return False
    stubs = CallStubs(ExecutableMemory(), gc_backend_config())
    bh = BlackholeInterp(JITCODES, TranslatedCpu(JITCODES, stubs))
    main = program.main
    kind = bh.run_portal([], [cast_instance_to_gcref(main),
                              cast_instance_to_gcref(Frame(main))], [])
    stubs.free()
    if kind == -2:
        raise cast_gcref_to_instance(JLError, bh.exc)
    return True


def run_traced(program: Program, log: bool) -> bool:
    """Run the program with the translated tracer (False: not --opt=jit)."""
    if not JITCODES.bound:
        return False
    config = gc_backend_config()
    stubs = CallStubs(ExecutableMemory(), config)
    cpu = TranslatedCpu(JITCODES, stubs)
    mi = MetaInterp(JITCODES, cpu, X86Backend(X86CPU(config)), 2)    # greens: pc, code
    mi.threshold = 3       # entries of a merge point's key before tracing from it
    bh = BlackholeInterp(JITCODES, cpu)
    bh.stop_at_merge_point = True
    main = program.main
    kind = bh.run_portal([], [cast_instance_to_gcref(main),
                              cast_instance_to_gcref(Frame(main))], [])
    exc = bh.exc
    if kind == KIND_MERGE_POINT:
        kind = mi.enter(bh.merge_i, bh.merge_r, bh.merge_f)
        while kind == KIND_MERGE_POINT:
            kind = mi.enter(mi.merge_i, mi.merge_r, mi.merge_f)
        exc = mi.exc
    if log:
        ros.write_stderr(mi.summary())
        ros.write_stderr(mi.log_text())
    if kind == -2:
        raise cast_gcref_to_instance(JLError, exc)
    return True
