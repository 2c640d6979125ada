"""Tests of the C runtime's GC, dicts, float/int arithmetic and main().

Compiles the C test programs of rpy/c/runtime/test/ with gcc (once per
session, in a temporary directory) and runs their scenarios, each with the
GC environment variables it needs.  The programs print "OK <scenario>" and
a few numbers; a failed CHECK inside them exits with status 2 and says
which line failed on stderr.

Until strings.c, lists.c, format.c and os.c all exist (another part of the
runtime, written separately), test/fake_runtime.c stands in for them.
"""
from __future__ import annotations

import math
import os
import random
import re
import resource
import shutil
import subprocess
from pathlib import Path

import pytest

RUNTIME = Path(__file__).resolve().parents[2] / "rpy" / "c" / "runtime"
TESTDIR = RUNTIME / "test"
CC = os.environ.get("CC", "gcc")
# our own files must compile cleanly; files of other parts are only compiled
STRICT = ["-std=c11", "-O2", "-g", "-Wall", "-Wextra", "-Werror", f"-I{RUNTIME}"]
LENIENT = ["-std=gnu11", "-O2", "-g", f"-I{RUNTIME}"]
OTHER_PART = ["strings.c", "lists.c", "format.c", "os.c"]

pytestmark = pytest.mark.skipif(shutil.which(CC) is None, reason="no C compiler")


def _support_objects() -> list[tuple[str, Path, list[str]]]:
    if all((RUNTIME / f).exists() for f in OTHER_PART):
        return [(f[:-2], RUNTIME / f, LENIENT) for f in OTHER_PART]
    return [("fake_runtime", TESTDIR / "fake_runtime.c", STRICT)]


@pytest.fixture(scope="session")
def binaries(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("rpy_runtime")
    objects = [
        ("gc", RUNTIME / "gc.c", STRICT),
        ("dicts", RUNTIME / "dicts.c", STRICT),
        ("arith", RUNTIME / "arith.c", STRICT),
        ("threads", RUNTIME / "threads.c", STRICT),
        ("main", RUNTIME / "main.c", STRICT),
        ("main_nomain", RUNTIME / "main.c", STRICT + ["-DRPY_TEST_MAIN"]),
        ("stub", TESTDIR / "stub_program.c", STRICT),
        ("stub_noentry", TESTDIR / "stub_program.c", STRICT + ["-DRPY_TEST_ENTRY_POINT"]),
        ("test_gc", TESTDIR / "test_gc.c", STRICT),
        ("test_dicts", TESTDIR / "test_dicts.c", STRICT),
        ("test_arith", TESTDIR / "test_arith.c", STRICT),
        ("test_main", TESTDIR / "test_main.c", STRICT),
    ] + _support_objects()
    procs = []
    for name, src, flags in objects:
        cmd = [CC, *flags, "-c", str(src), "-o", str(out / f"{name}.o")]
        procs.append((cmd, subprocess.Popen(cmd, stdout=subprocess.PIPE,
                                            stderr=subprocess.STDOUT, text=True)))
    for cmd, p in procs:
        output = p.communicate()[0]
        assert p.returncode == 0, f"{' '.join(cmd)}\n{output}"
    support = [name for name, _, _ in _support_objects()]
    common = ["gc", "dicts", "arith", "threads"] + support
    programs = {
        "test_gc": common + ["main_nomain", "stub", "test_gc"],
        "test_dicts": common + ["main_nomain", "stub", "test_dicts"],
        "test_arith": common + ["main_nomain", "stub", "test_arith"],
        "test_main": common + ["main", "stub_noentry", "test_main"],
    }
    result = {}
    for prog, objs in programs.items():
        cmd = [CC, "-o", str(out / prog), *[str(out / f"{o}.o") for o in objs], "-lm", "-pthread"]
        r = subprocess.run(cmd, capture_output=True, text=True)
        assert r.returncode == 0, f"{' '.join(cmd)}\n{r.stdout}{r.stderr}"
        result[prog] = out / prog
    return result


def run(binary: Path, *args: str, env: dict[str, str] | None = None,
        input: str | None = None, stack: int | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if not k.startswith("OURO_GC_")}
    e.update(env or {})

    def set_stack():
        if stack is not None:
            resource.setrlimit(resource.RLIMIT_STACK,
                               (stack, resource.getrlimit(resource.RLIMIT_STACK)[1]))

    return subprocess.run([str(binary), *args], env=e, input=input, capture_output=True,
                          text=True, timeout=timeout, preexec_fn=set_stack)


def run_ok(binary: Path, scenario: str, **kw) -> str:
    r = run(binary, scenario, **kw)
    assert r.returncode == 0, f"{scenario}: status {r.returncode}\n{r.stdout}\n{r.stderr}"
    assert f"OK {scenario}" in r.stdout, r.stdout + r.stderr
    return r.stdout


def number(output: str, key: str) -> int:
    m = re.search(rf"(?:^| ){key} (-?\d+)\b", output, re.M)
    assert m, f"no '{key}' in {output!r}"
    return int(m.group(1))


# ---------------------------------------------------------------- GC

def test_short_lived_objects_keep_memory_bounded(binaries):
    out = run_ok(binaries["test_gc"], "churn")
    assert number(out, "rss_kb") < 64 * 1024
    assert number(out, "minor") >= 300          # 50M * 32 bytes through a 4 MiB nursery


@pytest.mark.parametrize("env", [{}, {"OURO_GC_TEST_MARKSTACK": "64"},
                                 {"OURO_GC_NURSERY": "64KB"}],
                         ids=["default", "tiny-mark-stack", "small-nursery"])
def test_two_million_nodes_survive_major_collections(binaries, env):
    out = run_ok(binaries["test_gc"], "bigheap", env=env)
    assert number(out, "majors") >= 3


def test_garbage_cycles_are_reclaimed(binaries):
    out = run_ok(binaries["test_gc"], "cycles")
    # four rounds of 32 MB of rings: empty pages are reused / given back
    assert number(out, "rss_kb") < 48 * 1024


def test_gc_max_gives_memory_error(binaries):
    out = run_ok(binaries["test_gc"], "gcmax", env={"OURO_GC_MAX": "32MB"})
    # 32-byte nodes under a 32 MiB limit
    assert 500_000 < number(out, "nodes") <= 1_048_576


def test_huge_sizes_give_memory_error(binaries):
    run_ok(binaries["test_gc"], "hugealloc")


@pytest.mark.parametrize("env", [{}, {"OURO_GC_NURSERY": "64KB"}, {"OURO_GC_VERIFY": "1"}])
def test_large_objects_die_young(binaries, env):
    run_ok(binaries["test_gc"], "younglarge", env=env)


@pytest.mark.parametrize("nursery", ["4MB", "64KB"])
def test_write_barrier(binaries, nursery):
    run_ok(binaries["test_gc"], "barrier", env={"OURO_GC_NURSERY": nursery})


def test_identity_hash_is_stable(binaries):
    run_ok(binaries["test_gc"], "idhash")


@pytest.mark.parametrize("nursery", ["4MB", "64KB"])
def test_random_mutating_graph(binaries, nursery):
    out = run_ok(binaries["test_gc"], "random", env={"OURO_GC_NURSERY": nursery})
    if nursery == "64KB":
        assert number(out, "minor") > 1000 and number(out, "major") >= 1


@pytest.mark.parametrize("env", [{}, {"OURO_GC_TEST_MARKSTACK": "1"}])
def test_read_only_prebuilt_objects(binaries, env):
    run_ok(binaries["test_gc"], "readonly", env=env)


def test_strings_move_with_their_nul(binaries):
    run_ok(binaries["test_gc"], "strings", env={"OURO_GC_NURSERY": "64KB"})


def test_stats_and_debug_output(binaries):
    r = run(binaries["test_gc"], "stats", env={"OURO_GC_DEBUG": "1", "OURO_GC_NURSERY": "512KB"})
    assert r.returncode == 0 and "OK stats" in r.stdout, r.stdout + r.stderr
    assert number(r.stdout, "nursery") == 512 * 1024
    lines = [l for l in r.stderr.splitlines() if l.startswith("[gc] major collection")]
    assert len(lines) >= 2
    assert re.match(r"\[gc\] major collection 1: [\d.]+ MB -> [\d.]+ MB, [\d.]+ ms", lines[0])


def test_verify_mode_finds_missing_write_barrier(binaries):
    r = run(binaries["test_gc"], "missingwb", env={"OURO_GC_VERIFY": "1"})
    assert r.returncode != 0
    assert "missing write barrier: old object" in r.stderr and "(test_node)" in r.stderr
    assert "offset 24" in r.stderr          # test_node.right
    # without the checks the bug goes unnoticed here
    assert run(binaries["test_gc"], "missingwb").returncode == 0


def test_verify_mode_finds_stale_pointers(binaries):
    # used directly: the emptied nursery is inaccessible, the read faults
    r = run(binaries["test_gc"], "stale", env={"OURO_GC_VERIFY": "1"})
    assert r.returncode == -11, (r.returncode, r.stdout, r.stderr)
    # without the checks it silently reads a zeroed object
    r = run(binaries["test_gc"], "stale")
    assert r.returncode == 0 and "value 0" in r.stdout
    # passed on to the shadow stack: the next collection names the slot
    r = run(binaries["test_gc"], "staleroot", env={"OURO_GC_VERIFY": "1"})
    assert r.returncode != 0 and "stale pointer" in r.stderr and "shadow stack slot 0" in r.stderr


@pytest.mark.parametrize("scenario", ["barrier", "random", "idhash", "readonly", "bigheap",
                                      "cycles", "strings"])
def test_verify_mode_accepts_correct_programs(binaries, scenario):
    run_ok(binaries["test_gc"], scenario, env={"OURO_GC_VERIFY": "1"})


@pytest.mark.parametrize("value, expected", [
    ("1MB", 1 << 20), ("1mb", 1 << 20), ("1M", 1 << 20), ("1MiB", 1 << 20),
    ("1048576", 1 << 20), ("512KB", 512 << 10), ("0.5MB", 512 << 10),
    ("bogus", 4 << 20), ("1K", 16 << 10),       # malformed -> default; tiny -> minimum
])
def test_nursery_size_parsing(binaries, value, expected):
    r = run(binaries["test_gc"], "stats", env={"OURO_GC_NURSERY": value})
    assert r.returncode == 0, r.stderr
    assert number(r.stdout, "nursery") == expected
    assert ("warning" in r.stderr) == (value == "bogus")


# ---------------------------------------------------------------- dicts

@pytest.mark.parametrize("nursery", ["4MB", "16KB"])
def test_dict_int_keys(binaries, nursery):
    run_ok(binaries["test_dicts"], "intdict", env={"OURO_GC_NURSERY": nursery})


def test_dict_million_entries_under_gc_pressure(binaries):
    out = run_ok(binaries["test_dicts"], "bigdict", env={"OURO_GC_NURSERY": "256KB"})
    assert number(out, "majors") >= 2


@pytest.mark.parametrize("nursery", ["4MB", "64KB"])
def test_dict_str_keys(binaries, nursery):
    run_ok(binaries["test_dicts"], "strkeys", env={"OURO_GC_NURSERY": nursery})


@pytest.mark.parametrize("nursery", ["4MB", "64KB"])
def test_dict_identity_keys_survive_moves(binaries, nursery):
    run_ok(binaries["test_dicts"], "identity", env={"OURO_GC_NURSERY": nursery})


@pytest.mark.parametrize("scenario", ["intdict", "bigdict", "strkeys", "identity"])
def test_dicts_pass_heap_verification(binaries, scenario):
    run_ok(binaries["test_dicts"], scenario, env={"OURO_GC_VERIFY": "1"})


def test_hashes_match_cpython(binaries):
    rng = random.Random(1234)
    ints = [0, 1, -1, -2, 2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), -(2**61) + 1,
            2**63 - 1, -2**63, -2**63 + 1, 10**18, -10**18]
    ints += [rng.randrange(-2**63, 2**63) for _ in range(200)]
    floats = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 3.0, 0.1, 1e300, -1e300, 1e-300, 5e-324,
              2.0**61, 2.0**62, -(2.0**63), 123456.789, math.inf, -math.inf, 1e16, 2.5e-5]
    floats += [rng.uniform(-1e6, 1e6) for _ in range(100)]
    floats += [rng.random() * 10.0 ** rng.randrange(-300, 300) for _ in range(100)]
    floats += [float(rng.randrange(-2**53, 2**53)) for _ in range(50)]
    lines = [f"i {v}" for v in ints] + [f"f {v.hex()}" for v in floats] + ["f nan"]
    r = run(binaries["test_dicts"], "hashes", input="\n".join(lines) + "\n")
    assert r.returncode == 0, r.stderr
    got = [int(x) for x in r.stdout.split()]
    assert got == [hash(v) for v in ints] + [hash(v) for v in floats] + [0]


# ---------------------------------------------------------------- arithmetic

EXC_KINDS = {ZeroDivisionError: 2, ValueError: 3, OverflowError: 4}


def _expected(op: str, a, b) -> str:
    try:
        if op == "mod":
            r = a % b
        elif op == "floordiv":
            r = a // b
        elif op == "pow":
            # where CPython goes complex, RPy raises ValueError
            if math.isfinite(a) and a < 0 and math.isfinite(b) and b != math.floor(b):
                raise ValueError("math domain error")
            r = a ** b
        else:
            # (no exact power when it is obviously far out of range)
            r = a ** b if abs(a) <= 1 or b * math.log2(abs(a)) < 80 else 2**64
            if not -2**63 <= r < 2**63:
                raise OverflowError("integer overflow")
            return str(r)
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        return f"EXC {EXC_KINDS[type(e)]} {e}"
    return r.hex() if not math.isnan(r) else "nan"


def _same(got: str, want: str) -> bool:
    if got.startswith("EXC") or want.startswith("EXC") or re.fullmatch(r"-?\d+", want):
        return got == want
    g = float(got) if got.lstrip("-") in ("nan", "inf") else float.fromhex(got)
    w = float(want) if want.lstrip("-") in ("nan", "inf") else float.fromhex(want)
    if math.isnan(w):
        return math.isnan(g)
    return g == w and math.copysign(1, g) == math.copysign(1, w)


def test_float_and_int_arithmetic_match_cpython(binaries):
    vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 7.5, -7.5, 1e300,
            -1e300, 1e-300, 0.1, 2.0**53, math.inf, -math.inf, math.nan, 10.0, -1.5, 1 / 3]
    cases = []
    for op in ("mod", "floordiv", "pow"):
        for a in vals:
            for b in vals:
                cases.append((op, a, b))
    ints = [0, 1, -1, 2, -2, 3, -3, 10, -10, 2**31, -(2**31), 2**32, 3**39, 2**62, -2**63]
    exps = [0, 1, 2, 3, 10, 31, 32, 39, 40, 62, 63, 64, 100, 2**40]
    cases += [("ipow", a, b) for a in ints for b in exps]

    def fmt(v):
        return str(v) if isinstance(v, int) else (v.hex() if math.isfinite(v) else repr(v))

    text = "".join(f"{op} {fmt(a)} {fmt(b)}\n" for op, a, b in cases)
    r = run(binaries["test_arith"], input=text)
    assert r.returncode == 0, r.stderr
    got = r.stdout.splitlines()
    assert len(got) == len(cases)
    bad = [(c, g, _expected(*c)) for c, g in zip(cases, got) if not _same(g, _expected(*c))]
    assert not bad, bad[:20]


# ---------------------------------------------------------------- main()

def test_main_passes_argv_as_str_list(binaries):
    r = run(binaries["test_main"], "args", "a b", "é", "")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[1:] == ["[args]", "[a b]", "[é]", "[]"]


def test_main_exit_status_is_the_result(binaries):
    assert run(binaries["test_main"], "exit", "3").returncode == 3
    assert run(binaries["test_main"], "exit", "258").returncode == 2


def test_main_reports_uncaught_exception(binaries):
    r = run(binaries["test_main"], "raise", "bad value")
    assert r.returncode == 1
    assert r.stdout == "before\n"
    assert r.stderr == "Fatal RPy error: test_exc: bad value\n"
    r = run(binaries["test_main"], "raise")
    assert r.returncode == 1 and r.stderr == "Fatal RPy error: test_exc\n"


def test_program_runs_on_its_own_512_mib_stack(binaries):
    """main.c runs the program on a stack of its own, whatever RLIMIT_STACK
    says (the limit only matters when that stack cannot be mapped)."""
    depths = {}
    for size in [1 << 20, 8 << 20]:
        r = run(binaries["test_main"], "recurse", stack=size)
        assert r.returncode == 0, f"stack {size}: {r.returncode} {r.stderr}"
        depths[size] = number(r.stdout, "depth")
    assert depths[1 << 20] == depths[8 << 20], depths
    # a frame of test_main.c's recurse() holds 100 bytes and some registers
    assert (512 << 20) / 400 < depths[8 << 20] < (512 << 20) / 100, depths


def test_shadow_stack_overflow_is_reported(binaries):
    r = run(binaries["test_main"], "ssoverflow")
    assert r.returncode == -11
    assert "shadow stack overflow" in r.stderr
