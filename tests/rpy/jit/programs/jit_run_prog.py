"""Machine code run by a translated program: traces written as text are
parsed at import time, entry_point assembles each with the x86-64 backend,
installs it in executable memory (rpy.rlib.rjitmem through codebuf.py),
runs it on a jitframe, prints the exit and the values, and frees the code.
Translated and untranslated runs print the same
(tests/rpy/jit/test_jit_run_translated.py)."""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import INT, FLOAT, REF, ResumeDescr
from rpy.jit.metainterp.history import Trace, InputArg
from rpy.jit.backend.x86.assembler import Assembler, BackendConfig
from rpy.jit.backend.x86.codebuf import ExecutableMemory
from rpy.jit.backend.x86.runner import X86CPU
from rpy.jit.tool.oparser import parse
from rpy.rlib import rjitmem

SUM = parse("""
[i0, i1]
label(i0, i1, descr=L)
i2 = int_add(i1, i0)
i3 = int_sub(i0, 1)
i4 = int_gt(i3, 0)
guard_true(i4) [i2, i3]
jump(i3, i2, descr=L)
""", {})

COLLATZ = parse("""
[i0, i1]
label(i0, i1, descr=L)
i2 = int_and(i0, 1)
i3 = int_is_true(i2)
guard_false(i3) [i0, i1]
i4 = int_rshift(i0, 1)
i5 = int_add(i1, 1)
i6 = int_gt(i4, 1)
guard_true(i6) [i4, i5]
jump(i4, i5, descr=L)
""", {})

FLOATS = parse("""
[f0, i0]
label(f0, i0, descr=L)
f1 = float_mul(f0, 1.5)
f2 = float_add(f1, 0.25)
i1 = int_sub(i0, 1)
i2 = int_gt(i1, 0)
guard_true(i2) [f2, i1]
jump(f2, i1, descr=L)
""", {})


def run(name: str, mem: ExecutableMemory, trace: Trace, ints: list[int],
        floats: list[float]) -> None:
    loop = Assembler(BackendConfig(0, 0)).assemble_loop(trace)
    addr, size = mem.install(loop.mc)
    frame = rjitmem.frame_new(loop.frame_words)
    for k in range(len(trace.inputargs)):
        if trace.inputargs[k].type == FLOAT:
            rjitmem.frame_set_float(frame, k, floats[k])
        else:
            rjitmem.frame_set_int(frame, k, ints[k])
    index = rjitmem.call_frame(addr, frame)
    kinds = loop.fail_kinds[index]
    parts: list[str] = []
    for k in range(len(kinds)):
        if kinds[k] == FLOAT:
            parts.append(str(rjitmem.frame_get_float(frame, k)))
        else:
            parts.append(str(rjitmem.frame_get_int(frame, k)))
    print(name, 'exit', index, loop.descrs[index].name, ' '.join(parts),
          'frame', rjitmem.frame_length(frame), 'pages', size // 4096)
    rjitmem.frame_reset(frame)
    mem.free(addr)


def run_cpu(cpu: X86CPU, name: str, trace: Trace, ints: list[int], floats: list[float]) -> None:
    """The same through the CPU interface (runner.py), twice per token."""
    token = cpu.compile_loop(trace)
    for rep in range(2):
        index = cpu.execute_token(token, ints, [], floats)
        kinds = cpu.get_value_kinds(token, index)
        parts: list[str] = []
        for k in range(len(kinds)):
            if kinds[k] == FLOAT:
                parts.append(str(cpu.get_float_value(token, k)))
            else:
                parts.append(str(cpu.get_int_value(token, k)))
        print('cpu', name, 'exit', index, cpu.get_latest_descr(token, index).name, ' '.join(parts))
        cpu.release(token)
    cpu.free_loop(token)


def entry_point(argv: list[str]) -> int:
    # (a run-time InputArg and ResumeDescr: a class whose only instances
    # are prebuilt gets type id 0 -- a toolchain bug, see x86_backend_prog.py)
    extra = InputArg(len(argv) - 1)
    rd = ResumeDescr('unused', len(argv))
    if extra.type != INT or rd.position < 0:
        print("unexpected")
    n = 1000
    if len(argv) > 1:
        n = int(argv[1])
    mem = ExecutableMemory()
    run('sum', mem, SUM, [n, 0], [])
    run('collatz', mem, COLLATZ, [27 * 1024, 0], [])
    run('floats', mem, FLOATS, [0, 10], [1.0, 0.0])
    # the same loop installed and freed many times: no leak, no reuse bug
    total = 0
    for i in range(200):
        loop = Assembler(BackendConfig(0, 0)).assemble_loop(SUM)
        addr, size = mem.install(loop.mc)
        frame = rjitmem.frame_new(loop.frame_words)
        rjitmem.frame_set_int(frame, 0, i + 1)
        rjitmem.frame_set_int(frame, 1, 0)
        rjitmem.call_frame(addr, frame)
        total += rjitmem.frame_get_int(frame, 0)
        mem.free(addr)
    print('installed and freed 200 loops, total', total, 'blocks left', len(mem.blocks))
    cpu = X86CPU(BackendConfig(0, 0))
    run_cpu(cpu, 'sum', SUM, [n, 0], [])
    run_cpu(cpu, 'collatz', COLLATZ, [27 * 1024, 0], [])
    run_cpu(cpu, 'floats', FLOATS, [10], [1.0])
    print('cpu loops alive', cpu.loops_alive())
    return 0
