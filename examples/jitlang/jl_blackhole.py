"""jitlang: running the portal (`execute`) in the JIT's blackhole
interpreter on its encoded jitcodes, translated with --opt=jit
(`jitlang --blackhole PROGRAM.jl`): the whole program in the blackhole, a
test of the translated JIT's pieces (rpy/jit/metainterp/blackhole.py,
bhcpu_translated.py), not a way to run programs faster.  The JIT's own
entry is the glue in the portal (step 4 of "Translating the metainterp",
docs/design-jit.md: rpy/jit/metainterp/warmstate.py), which shares this
table.
"""
from __future__ import annotations

from rpy.rlib.rgcref import cast_gcref_to_instance, cast_instance_to_gcref
from rpy.jit.backend.x86.callstub import CallStubs
from rpy.jit.backend.x86.codebuf import ExecutableMemory, gc_backend_config
from rpy.jit.metainterp.blackhole import BlackholeInterp
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
