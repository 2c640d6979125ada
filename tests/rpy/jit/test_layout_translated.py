"""`python -m rpy.translate --opt=jit`: the pyjitpl phase runs the
codewriter over each JitDriver's portal (examples/jitlang/target.py
included) and binds the descriptors to the C layout; a program reading and
writing fields through rpy.rlib.rgcref with those descriptors agrees with
direct field access, translated and untranslated (programs/layout_prog.py).
Without --opt=jit nothing changes: no pyjitpl phase, no layout checks."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
PROG = HERE / "programs" / "layout_prog.py"
JITLANG = REPO / "examples" / "jitlang" / "target.py"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def translate(prog: Path, out: Path, opt: str) -> subprocess.CompletedProcess:
    build = out.parent / (out.name + '-src')
    r = subprocess.run([sys.executable, "-m", "rpy.translate", "--opt=" + opt, "--make-jobs", "2",
                        "--build-dir", str(build), "--output", str(out), str(prog)],
                       cwd=str(REPO), env=_env(), capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return r


def test_untranslated_runs() -> None:
    r = subprocess.run([sys.executable, "-m", "rpy.run", str(PROG)], cwd=str(REPO), env=_env(),
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "FAIL" not in r.stdout and r.stdout.count("ok") == 22


@pytest.mark.translated
def test_layout_prog_translated(tmp_path: Path) -> None:
    r = translate(PROG, tmp_path / "layout-c", "jit")
    phases = [l.split()[1] for l in r.stderr.splitlines() if l.startswith("[Timer] ") and "---" in l]
    assert phases.index("stackcheckinsertion") < phases.index("pyjitpl") < phases.index("database_c")
    assert "[pyjitpl] driver layout: 3 jitcodes" in r.stderr
    consts = (tmp_path / "layout-c-src" / "constants.c").read_text()
    assert "_Static_assert(offsetof(struct C_Base, f_x) == 8" in consts
    out = subprocess.run([str(tmp_path / "layout-c")], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    untr = subprocess.run([sys.executable, "-m", "rpy.run", str(PROG)], cwd=str(REPO), env=_env(),
                          capture_output=True, text=True, timeout=120)
    assert out.stdout == untr.stdout
    assert "FAIL" not in out.stdout


@pytest.mark.translated
def test_without_jit_no_binding(tmp_path: Path) -> None:
    r = translate(PROG, tmp_path / "layout-c", "2")
    assert "pyjitpl" not in r.stderr
    consts = (tmp_path / "layout-c-src" / "constants.c").read_text()
    assert "_Static_assert" not in consts
    out = subprocess.run([str(tmp_path / "layout-c")], capture_output=True, text=True, timeout=60)
    # the layouts are not bound: the program sees it (and says so)
    assert out.returncode == 0
    assert out.stdout == "FAIL bound\nnot bound: translate with --opt=jit\n"


@pytest.fixture(scope="module")
def jitlang_jit(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """jitlang translated with --opt=jit, once for the tests below: the
    executable and the translation's stderr."""
    out = tmp_path_factory.mktemp("jitlang-jit") / "jitlang-c"
    r = translate(JITLANG, out, "jit")
    return out, r.stderr


@pytest.mark.translated
def test_jitlang_opt_jit(jitlang_jit: tuple[Path, str]) -> None:
    exe, stderr = jitlang_jit
    tmp_path = exe.parent
    r = subprocess.CompletedProcess([], 0, "", stderr)
    assert "[pyjitpl] driver jitlang:" in r.stderr
    line = [l for l in r.stderr.splitlines() if l.startswith("[pyjitpl] driver jitlang:")][0]
    assert " 0 graphs left to residual calls" in line
    # list/str/dict operations are low-level operations or calls of C runtime
    # wrappers (rpy/jit/codewriter/runtimecalls.py), listed in rpy_jit_functions[]
    assert "0 of Python helpers (no C function)" in r.stderr
    assert "(0 residual call descrs without one)" in r.stderr
    consts = (tmp_path / "jitlang-c-src" / "constants.c").read_text()
    assert "void rpy_jit_list_append_r(void * a0, void * a1)" in consts
    table = [l for l in consts.splitlines() if l.startswith("void *const rpy_jit_functions[]")][0]
    assert "(void *)rpy_jit_str_concat" in table
    # the portal run by the blackhole interpreter on its encoded jitcodes
    # (rgcref, call stubs) gives the interpreter's output, errors included
    for name in ("functions", "objects", "strings", "error_index", "error_overflow"):
        out = subprocess.run([str(exe), "--blackhole", name + ".jl"],
                             cwd=str(REPO / "examples" / "jitlang" / "programs"),
                             capture_output=True, text=True, timeout=120,
                             env=dict(os.environ, OURO_GC_NURSERY="64KB", OURO_GC_VERIFY="1"))
        expected = (REPO / "examples" / "jitlang" / "programs" / (name + ".expected")).read_text()
        assert out.stdout + out.stderr == expected, name
    progs = REPO / "examples" / "jitlang" / "programs"
    # the translated tracer (rpy/jit/metainterp/tracer.py: trace, optimize,
    # x86 backend, resume in the blackhole) gives the interpreter's output
    # on every program, also under the GC checks for a few
    for jl in sorted(progs.glob("*.jl")):
        out = subprocess.run([str(tmp_path / "jitlang-c"), "--trace", jl.name], cwd=str(progs),
                             capture_output=True, text=True, timeout=120)
        assert out.stdout + out.stderr == (progs / (jl.stem + ".expected")).read_text(), jl.name
    for name in ("bench_calls", "bench_objects", "bench_strings", "lists", "error_index"):
        out = subprocess.run([str(tmp_path / "jitlang-c"), "--trace", name + ".jl"],
                             cwd=str(progs), capture_output=True, text=True, timeout=120,
                             env=dict(os.environ, OURO_GC_NURSERY="64KB", OURO_GC_VERIFY="1"))
        assert out.stdout + out.stderr == (progs / (name + ".expected")).read_text(), name
    # a loop allocating while minor collections run: the inline nursery
    # allocation's slow path once returned a live reference that sat in
    # rax instead of the new object (x86 assembler, _emit_malloc_stubs)
    (tmp_path / "alloc.jl").write_text(
        "i = 0\ns = 0\nwhile i < 300 {\n    l = [i, i + 1]\n    s = s + l[0]\n"
        "    i = i + 1\n}\nprint(s)\n")
    out = subprocess.run([str(tmp_path / "jitlang-c"), "--trace", str(tmp_path / "alloc.jl")],
                         capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, OURO_GC_NURSERY="4KB", OURO_GC_VERIFY="1"))
    assert out.stdout + out.stderr == "44850\n"
    log = subprocess.run([str(tmp_path / "jitlang-c"), "--trace-log", "bench_intloop.jl"],
                         cwd=str(progs), capture_output=True, text=True, timeout=120).stderr
    assert log.startswith("jit: 1 loops ("), log[:200]
    assert "# Loop 0 (1 entries, 1 guard failures)" in log and "int_mod" in log
    # compiled loops against the blackhole running the same jitcodes
    times = {}
    for mode in ("--blackhole", "--trace"):
        t0 = time.monotonic()
        out = subprocess.run([str(tmp_path / "jitlang-c"), mode, "bench_intloop.jl", "3000"],
                             cwd=str(progs), capture_output=True, text=True, timeout=120)
        times[mode] = time.monotonic() - t0
        assert out.stdout == "23982\n", out.stdout
    assert times["--trace"] * 3 < times["--blackhole"], times
    for name in ("basics", "bench_intloop"):
        out = subprocess.run([str(exe), "--jit", "off", str(progs / (name + ".jl"))],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        assert out.stdout == (progs / (name + ".expected")).read_text()


# ------------------------------------------------------------ the glue (step 4)

PROGS = REPO / "examples" / "jitlang" / "programs"
NAMES = sorted(p.stem for p in PROGS.glob("*.jl"))
BENCHES = [n for n in NAMES if n.startswith("bench_")]


def run_jl(exe: Path, args: list[str], **env: str) -> tuple[int, str, list[str]]:
    """(exit status, stdout + stderr without the jit-summary lines, those lines)."""
    p = subprocess.run([str(exe)] + args, cwd=str(PROGS), capture_output=True, text=True,
                       timeout=300, env=dict(os.environ, OURO_LOG="jit-summary", **env))
    err = [l for l in p.stderr.splitlines(True) if not l.startswith("jit-summary:")]
    summary = [l for l in p.stderr.splitlines() if l.startswith("jit-summary:")]
    return p.returncode, p.stdout + "".join(err), summary


def entries(summary: list[str]) -> tuple[int, int, int, int]:
    """(entered, to the merge point, returned, raised) from the summary line."""
    m = re.search(r"JIT entered (\d+) times \((\d+) to the merge point, (\d+) returned, "
                  r"(\d+) raised\)", summary[0])
    assert m is not None, summary
    return int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4))


def loops(summary: list[str]) -> int:
    """Loops compiled, from the metainterp's summary line (0 without one:
    the JIT was never entered)."""
    for line in summary:
        m = re.search(r"jit: (\d+) loops", line)
        if m is not None:
            return int(m.group(1))
    return 0


@pytest.mark.translated
def test_jitlang_glue_all_programs(jitlang_jit: tuple[Path, str]) -> None:
    """With a low threshold every loop gets hot: the portal hands iterations
    to the JIT (traced, compiled, run; resumed in the blackhole after a
    guard failure) and goes on with what it hands back, returns what it
    returned, raises what it raised.  The
    output and exit status are the interpreter's (NAME.expected)."""
    exe, stderr = jitlang_jit
    assert "[warmspot] driver jitlang: 1 can_enter_jit with the JIT glue" in stderr
    totals = [0, 0, 0, 0]
    for name in NAMES:
        status, out, summary = run_jl(exe, ["--jit", "threshold=2", name + ".jl"])
        assert out == (PROGS / (name + ".expected")).read_text(), name
        assert status == (1 if name.startswith("error_") else 0), name
        e = entries(summary)
        assert "threshold 2," in summary[0]
        totals = [a + b for a, b in zip(totals, e)]
        if name.startswith("bench_"):
            # the hot loops are compiled and run as machine code
            assert loops(summary) >= 1, (name, summary)
    # back to the merge point, and an exception leaving the portal
    # (error_undef); an entry runs to the next merge point, one bytecode
    # after the guard that failed, so the portal returning inside one is
    # rare here (glue_prog.py has it: test_warmspot_translated.py)
    assert totals[0] == totals[1] + totals[2] + totals[3]
    assert totals[1] > 0 and totals[3] > 0, totals


@pytest.mark.translated
def test_jitlang_glue_off(jitlang_jit: tuple[Path, str]) -> None:
    """--jit off (threshold -1), threshold=0 and a threshold never reached:
    the JIT is never entered."""
    exe, _ = jitlang_jit
    for param in ("off", "threshold=0", "threshold=1000000000"):
        status, out, summary = run_jl(exe, ["--jit", param, "bench_intloop.jl", "3000"])
        assert status == 0 and out == "23982\n", out
        assert entries(summary)[0] == 0, summary
    # the default threshold (1039) is reached by a long enough loop
    status, out, summary = run_jl(exe, ["bench_intloop.jl", "3000"])
    assert (status, out) == (0, "23982\n")
    assert entries(summary)[0] >= 1, summary
    # without OURO_LOG naming jit-summary: no summary
    p = subprocess.run([str(exe), "--jit", "threshold=2", "lists.jl"], cwd=str(PROGS),
                       capture_output=True, text=True, timeout=60,
                       env=dict(os.environ, OURO_LOG="jit-log-opt"))
    assert "jit-summary" not in p.stderr


@pytest.mark.translated
def test_jitlang_glue_gc_checks(jitlang_jit: tuple[Path, str]) -> None:
    """The same under a small nursery with heap verification: references
    crossing the glue (greens and reds to the JIT and back, results,
    exceptions) survive collections.  The benchmarks at a smaller size,
    compared with the interpreter (--jit off) of the same executable."""
    exe, _ = jitlang_jit
    gc = {"OURO_GC_NURSERY": "64KB", "OURO_GC_VERIFY": "1"}
    entered = 0
    for name in NAMES:
        args = ["--jit", "threshold=2", name + ".jl"]
        # sizes that keep the heap verification of every minor collection short
        size = "5" if name == "bench_nbody" else "300"
        if name in BENCHES:
            args.append(size)
        status, out, summary = run_jl(exe, args, **gc)
        if name in BENCHES:
            ref = run_jl(exe, ["--jit", "off", name + ".jl", size])
            assert (status, out) == ref[:2], name
        else:
            assert out == (PROGS / (name + ".expected")).read_text(), name
            assert status == (1 if name.startswith("error_") else 0), name
        entered += entries(summary)[0]
    assert entered > 100


@pytest.mark.translated
def test_jitlang_loop_freeing(jitlang_jit: tuple[Path, str], tmp_path: Path) -> None:
    """loop_longevity: a program going through many loops, each hot for a
    while and then never again; with a small longevity the old loops are
    freed (their machine code too) and the output stays the interpreter's;
    with the default one they all stay."""
    exe, _ = jitlang_jit
    body = []
    for k in range(12):
        body.append("i = 0\ns = 0\nwhile i < 200 {\n    s = s + i * %d\n    i = i + 1\n}\n"
                    "print(s)\n" % (k + 1))
    prog = tmp_path / "many_loops.jl"
    prog.write_text("".join(body))
    status, expected, _ = run_jl(exe, ["--jit", "off", str(prog)])
    assert status == 0 and expected.count("\n") == 12
    status, out, summary = run_jl(exe, ["--jit", "threshold=2,loop_longevity=2", str(prog)])
    assert (status, out) == (0, expected)
    m = re.search(r"jit: (\d+) loops \((\d+) freed, (\d+) code blocks alive\)", summary[1])
    assert m is not None, summary
    compiled, freed, alive = int(m.group(1)), int(m.group(2)), int(m.group(3))
    assert compiled >= 12 and freed >= compiled - 4 and alive <= 4, summary
    # the JIT's memory: freeing bounds the machine code mapped (its peak is
    # a few loops' pages, not the 12 loops')
    m = re.search(r"jit: memory: machine code (\d+) bytes alive \(peak (\d+)\), "
                  r"jitframes (\d+) bytes", " ".join(summary))
    assert m is not None, summary
    code_alive, code_peak, frames = int(m.group(1)), int(m.group(2)), int(m.group(3))
    assert 0 < code_alive <= code_peak <= compiled * 4096 // 2 and frames > 0, summary
    assert any("call stubs: " in line for line in summary), summary
    status, out, summary = run_jl(exe, ["--jit", "threshold=2", str(prog)])
    assert (status, out) == (0, expected)
    m = re.search(r"jit: (\d+) loops \((\d+) freed", summary[1])
    assert m is not None and int(m.group(2)) == 0, summary
    m = re.search(r"machine code (\d+) bytes alive \(peak (\d+)\)", " ".join(summary))
    assert m is not None and m.group(1) == m.group(2), summary


def jit_memory(summary: list[str]) -> dict[str, int]:
    """The JIT's memory line of jit-summary (tracer.py, memory_line)."""
    m = re.search(r"jit: memory: machine code (\d+) bytes alive \(peak (\d+)\), jitframes (\d+) "
                  r"bytes, (\d+) loops/entries alive \(peak (\d+), (\d+) compiled\), (\d+) tokens "
                  r"alive, (\d+) green cells alive \(peak (\d+)\)", " ".join(summary))
    assert m is not None, summary
    names = ["code", "code_peak", "frames", "loops", "loops_peak", "compiled", "tokens", "cells",
             "cells_peak"]
    return dict(zip(names, [int(g) for g in m.groups()]))


@pytest.mark.translated
def test_jitlang_memory_bounded(jitlang_jit: tuple[Path, str], tmp_path: Path) -> None:
    """150 distinct loops, each hot once, with loop_longevity=2: every
    freed loop gives back all it held (machine code, token and jitframe,
    its key's cell), so what jit-summary reports alive at the end, and at
    its peak, is a few loops' worth, not 150 -- the JIT's memory is
    bounded.  The loops are compiled at run time: loop_longevity is set
    by the program itself (jit_param, set_param at run time) after its
    first loop, which the default longevity would keep."""
    exe, _ = jitlang_jit
    n = 150
    body = ['jit_param("loop_longevity=2")\n']
    for k in range(n):
        body.append("i = 0\ns = 0\nwhile i < 100 {\n    s = s + i * %d\n    i = i + 1\n}\n"
                    "print(s)\n" % (k + 1))
    prog = tmp_path / "many_loops.jl"
    prog.write_text("".join(body))
    expected = "".join("%d\n" % (4950 * (k + 1)) for k in range(n))
    status, out, summary = run_jl(exe, ["--jit", "threshold=2", str(prog)])
    assert (status, out) == (0, expected)
    mem = jit_memory(summary)
    assert mem["compiled"] >= n, summary
    assert mem["loops"] <= 4 and mem["loops_peak"] <= 8 and mem["tokens"] == mem["loops"], summary
    assert mem["cells"] <= 8 and mem["cells_peak"] <= 16, summary
    # machine code: a few loops' pages at most (each loop is a page or more)
    assert 0 < mem["code"] <= mem["code_peak"] <= 8 * 4096, summary
    assert 0 < mem["frames"] <= mem["loops"] * 8 * 1024, summary
    m = re.search(r"jit: (\d+) loops \((\d+) freed", summary[1])
    assert m is not None and int(m.group(2)) >= n - 4, summary


@pytest.mark.translated
def test_jitlang_set_param_at_run_time_and_blacklisting(jitlang_jit: tuple[Path, str],
                                                         tmp_path: Path) -> None:
    """jit_param("trace_limit=5") after a first compiled loop: the next
    loop's traces are too long (the parameter is live); after 3 aborts its
    key is given up and the glue never enters the JIT for it again (it
    used to enter every `threshold` iterations: here ~50000 entries)."""
    exe, _ = jitlang_jit
    prog = tmp_path / "params.jl"
    prog.write_text("i = 0\nwhile i < 1000 { i = i + 1 }\nprint(i)\n"
                    "jit_param(\"trace_limit=5\")\n"
                    "j = 0\nwhile j < 100000 { j = j + 1 }\nprint(j)\n")
    status, out, summary = run_jl(exe, ["--jit", "threshold=2", str(prog)])
    assert (status, out) == (0, "1000\n100000\n")
    m = re.search(r"jit: (\d+) loops .* (\d+) traces, (\d+) aborts", summary[1])
    assert m is not None, summary
    assert (int(m.group(1)), int(m.group(3))) == (1, 3), summary
    assert entries(summary)[0] < 1000, summary
    (tmp_path / "bad.jl").write_text('jit_param("trace_limit")\n')
    status, out, _ = run_jl(exe, ["--jit", "threshold=2", str(tmp_path / "bad.jl")])
    assert status == 1 and "ValueError: JIT parameter 'trace_limit' needs a value" in out, out


def bridges(summary: list[str]) -> int:
    """Bridges compiled, from the metainterp's summary line."""
    for line in summary:
        m = re.search(r"(\d+) bridges \(", line)
        if m is not None:
            return int(m.group(1))
    return 0


@pytest.mark.translated
def test_jitlang_glue_bridges(jitlang_jit: tuple[Path, str]) -> None:
    """trace_eagerness=2: a guard failing twice gets a bridge (traced from
    the exit's values to the loop's merge point, or to another loop's:
    tracer.py, MetaInterp.trace_bridge).  Every program still gives the
    interpreter's output; bench_nbody's inner loops' exits get bridges; a
    few programs again under the GC checks."""
    exe, _ = jitlang_jit
    total = 0
    for name in NAMES:
        status, out, summary = run_jl(exe, ["--jit", "threshold=2,trace_eagerness=2",
                                            name + ".jl"])
        assert out == (PROGS / (name + ".expected")).read_text(), name
        assert status == (1 if name.startswith("error_") else 0), name
        total += bridges(summary)
        if name == "bench_nbody":
            assert bridges(summary) >= 1, summary
    assert total >= 3
    gc = {"OURO_GC_NURSERY": "64KB", "OURO_GC_VERIFY": "1"}
    for name, size in (("bench_nbody", "5"), ("bench_calls", "300"), ("bench_objects", "300"),
                       ("calls_resume", ""),
                       ("bench_strings", "300"), ("lists", ""), ("objects", ""),
                       ("error_index", "")):
        args = ["--jit", "threshold=2,trace_eagerness=2", name + ".jl"]
        if size:
            args.append(size)
            ref = run_jl(exe, ["--jit", "off", name + ".jl", size])
        else:
            ref = (1 if name.startswith("error_") else 0,
                   (PROGS / (name + ".expected")).read_text(), [])
        status, out, summary = run_jl(exe, args, **gc)
        assert (status, out) == ref[:2], name
    # bridges jumping from one loop into another (bench_nbody's inner and
    # outer loops), with loops freed after one generation: freeing a loop
    # frees those jumping into it; under the GC checks
    args = ["--jit", "threshold=2,trace_eagerness=2,loop_longevity=1", "bench_nbody.jl", "300"]
    status, out, summary = run_jl(exe, args, **gc)
    assert (status, out) == run_jl(exe, ["--jit", "off", "bench_nbody.jl", "300"])[:2]
    text = " ".join(summary)
    m = re.search(r"(\d+) jumping into other loops", text)
    assert m is not None and int(m.group(1)) >= 1, summary
    m = re.search(r"\((\d+) freed", text)
    assert m is not None and int(m.group(1)) >= 1, summary
    # the default trace_eagerness (200): bench_nbody's exits get bridges too
    # (given enough steps for an exit to fail 200 times)
    status, out, summary = run_jl(exe, ["--jit", "threshold=2", "bench_nbody.jl", "300"])
    assert out == run_jl(exe, ["--jit", "off", "bench_nbody.jl", "300"])[1]
    assert bridges(summary) >= 1, summary


def summary_count(summary: list[str], what: str) -> int:
    """The number before `what` in the summary lines (-1: none)."""
    m = re.search(r"(\d+) " + what, " ".join(summary))
    return int(m.group(1)) if m is not None else -1


@pytest.mark.translated
def test_jitlang_catching_loops(jitlang_jit: tuple[Path, str]) -> None:
    """Loops where the interpreter raises and catches its own exception
    (int_or: a residual call's; pop_or: one raised in traced code) are
    compiled, no trace aborted; exits with an exception pending (or a
    guard_exception's call returning) get bridges that take the exception
    over (restore_exception): catching_phases.jl's two loops, whose call
    starts and stops raising after 2000 iterations, leave their code a few
    times only.  Also under the GC checks."""
    exe, _ = jitlang_jit
    gc = {"OURO_GC_NURSERY": "64KB", "OURO_GC_VERIFY": "1"}
    for env in ({}, gc):
        status, out, summary = run_jl(exe, ["--jit", "threshold=2", "catching.jl"], **env)
        assert (status, out) == (0, (PROGS / "catching.expected").read_text())
        assert loops(summary) >= 4, summary
        assert summary_count(summary, "aborts") == 0, summary
        assert summary_count(summary, "exits skipped") == 0, summary
        status, out, summary = run_jl(exe, ["--jit", "threshold=2,trace_eagerness=2",
                                            "catching_phases.jl"], **env)
        assert (status, out) == (0, (PROGS / "catching_phases.expected").read_text())
        assert loops(summary) == 2 and bridges(summary) >= 2, summary
        assert summary_count(summary, "aborts") == 0, summary
        assert summary_count(summary, "loop entries") < 50, summary


def function_entries(summary: list[str]) -> tuple[int, int]:
    """(function entries compiled, runs of entry code) from the summary."""
    for line in summary:
        m = re.search(r"(\d+) function entries compiled .* (\d+) runs of entry code", line)
        if m is not None:
            return int(m.group(1)), int(m.group(2))
    return 0, 0


RECURSIVE = [n for n in NAMES if n.startswith("recursion_") or n == "error_recursion_deep"]


@pytest.mark.translated
def test_jitlang_function_entries(jitlang_jit: tuple[Path, str]) -> None:
    """function_threshold: a function called often is traced from its start
    (MetaInterp.enter_function), its recursive calls become calls of the
    portal, which run its entry code (our call_assembler); a guard failing
    there resumes in the blackhole (and gets a bridge).  Every program gives
    the interpreter's output with function entries compiled early, the
    recursive ones also under the GC checks and with loops and entry code
    freed after one generation."""
    exe, stderr = jitlang_jit
    assert "[warmspot] driver jitlang: function entry counted before the merge point" in stderr
    assert RECURSIVE == ["error_recursion_deep", "recursion_fib", "recursion_guards",
                         "recursion_mutual"]
    for name in NAMES:
        args = ["--jit", "threshold=2,function_threshold=2,trace_eagerness=2", name + ".jl"]
        if name.startswith("bench_"):
            args.append("300")
            ref = run_jl(exe, ["--jit", "off", name + ".jl", "300"])[:2]
        else:
            ref = (1 if name.startswith("error_") else 0,
                   (PROGS / (name + ".expected")).read_text())
        status, out, summary = run_jl(exe, args)
        assert (status, out) == ref, name
        if name in RECURSIVE:
            compiled, runs = function_entries(summary)
            assert compiled >= 1 and runs >= 10, (name, summary)
    gc = {"OURO_GC_NURSERY": "64KB", "OURO_GC_VERIFY": "1"}
    for name in RECURSIVE + ["calls_resume", "functions"]:
        ref = (1 if name.startswith("error_") else 0, (PROGS / (name + ".expected")).read_text())
        for params in ("default", "threshold=2,function_threshold=2,trace_eagerness=2",
                       "threshold=2,function_threshold=3,loop_longevity=1",
                       "function_threshold=1,max_unroll_recursion=1"):
            status, out, summary = run_jl(exe, ["--jit", params, name + ".jl"], **gc)
            assert (status, out) == ref, (name, params)
    # with the defaults, recursive fib runs in compiled code: the entry code
    # of fib calls it (residual portal calls), guards fail rarely
    status, out, summary = run_jl(exe, ["recursion_fib.jl"])
    compiled, runs = function_entries(summary)
    assert compiled >= 1 and runs >= 10000, summary
    # off: no function entry either
    status, out, summary = run_jl(exe, ["--jit", "off", "recursion_fib.jl"])
    assert function_entries(summary) == (0, 0)


@pytest.mark.translated
def test_jitlang_guard_exits(jitlang_jit: tuple[Path, str]) -> None:
    """guard_exits.jl: guards failing with 16 ints, 18 floats, objects, a
    string and constants live (registers, xmm registers, stack slots,
    constants in the exits' descriptions), bridges traced from the hot
    ones; the loop allocates.  Same output as the interpreter, also with a
    4KB nursery and heap verification (collections between an exit and
    its bridge, references in the jitframe named by the exit's gcmap).
    Every exit's out-of-line code is the 10-byte stub (exits.py)."""
    exe, _ = jitlang_jit
    status, expected, _ = run_jl(exe, ["--jit", "off", "guard_exits.jl"])
    assert status == 0 and expected == (PROGS / "guard_exits.expected").read_text()
    for env in [{}, {"OURO_GC_NURSERY": "4KB", "OURO_GC_VERIFY": "1"}]:
        status, out, summary = run_jl(exe, ["--jit", "threshold=2", "guard_exits.jl"], **env)
        assert (status, out) == (0, expected), env
        m = re.search(r"(\d+) bridges \((\d+) traced.*, (\d+) guard failures", summary[1])
        assert m is not None, summary
        assert int(m.group(1)) >= 2 and int(m.group(3)) > 100, summary
        m = re.search(r"jit: code: (\d+) blocks compiled, (\d+) bytes, (\d+) exits: (\d+) "
                      r"bytes of exit code", " ".join(summary))
        assert m is not None, summary
        assert int(m.group(4)) == 10 * int(m.group(3)), summary
