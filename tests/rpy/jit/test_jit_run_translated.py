"""Machine code entered from a translated program (rpy.rlib.rjitmem,
rpy/c/runtime/jitmem.c).

- programs/jit_run_prog.py assembles small loops with the x86-64 backend,
  installs them in executable memory, runs them on a jitframe and frees
  them, directly and through the CPU interface (runner.py); translated it
  must print what the untranslated run (ctypes) prints.
- programs/jit_gc_prog.py (--opt=jit): loops on the program's own GC
  objects: fields through bound descriptors, residual calls through
  rpy_jit_functions[] that allocate and collect (references live across
  them on the shadow stack), write barriers, new_with_vtable, an exception
  caught by guard_no_exception, references read from the jitframe after
  collections (gcmaps), ConstPtrs of young objects made old before their
  addresses go into the code, inline nursery allocation whose slow path
  collects.  It checks itself against plain RPy code.

- programs/jit_callstub_prog.py (--opt=jit): RPy functions called through
  CallDescrs by call stubs (rpy/jit/backend/x86/callstub.py).

All run with a tiny nursery and OURO_GC_VERIFY=1 too (missing barriers
and stale references crash there: each was checked by breaking it)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
RUN = HERE / "programs" / "jit_run_prog.py"
GCPROG = HERE / "programs" / "jit_gc_prog.py"
STUBPROG = HERE / "programs" / "jit_callstub_prog.py"
SMALL_VERIFY = {"OURO_GC_NURSERY": "64KB", "OURO_GC_VERIFY": "1"}


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.update(extra)
    return env


def run_untranslated(prog: Path) -> str:
    r = subprocess.run([sys.executable, "-m", "rpy.run", str(prog)], cwd=str(REPO), env=_env(),
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_run_untranslated() -> None:
    out = run_untranslated(RUN)
    assert "sum exit 0 guard0 500500 0" in out
    assert "collatz exit 0 guard0 27 10" in out
    assert "blocks left 0" in out
    assert out.count("cpu sum exit 0 guard0 500500 0") == 2
    assert "cpu loops alive 0" in out


@pytest.mark.translated
def test_run_translated(rpy_translate) -> None:
    exe = rpy_translate(RUN)
    expected = run_untranslated(RUN)
    for env in ({}, SMALL_VERIFY):
        r = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120, env=_env(**env))
        assert r.returncode == 0, r.stderr
        assert r.stdout == expected


def translate(prog: Path, out: Path, opt: str) -> subprocess.CompletedProcess:
    build = out.parent / (out.name + '-src')
    r = subprocess.run([sys.executable, "-m", "rpy.translate", "--opt=" + opt, "--make-jobs", "2",
                        "--build-dir", str(build), "--output", str(out), str(prog)],
                       cwd=str(REPO), env=_env(), capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return r


def test_gc_prog_untranslated() -> None:
    out = run_untranslated(GCPROG)
    assert out.splitlines() == ["ok   check raises", "ok   make_node",
                                "untranslated: machine code sees no GC objects; nothing else to do"]


@pytest.mark.translated
def test_gc_objects_in_machine_code(tmp_path: Path) -> None:
    r = translate(GCPROG, tmp_path / "gc-c", "jit")
    assert "[pyjitpl] rpy_jit_functions[]: 3 C functions" in r.stderr
    consts = (tmp_path / "gc-c-src" / "constants.c").read_text()
    assert "void *const rpy_jit_functions[] = { (void *)f_make_node, (void *)f_collect_now, (void *)f_check, NULL };" in consts
    for env in ({}, SMALL_VERIFY, {"OURO_GC_NURSERY": "16KB"}):
        out = subprocess.run([str(tmp_path / "gc-c")], capture_output=True, text=True, timeout=120,
                             env=_env(**env))
        assert out.returncode == 0, out.stderr
        lines = out.stdout.splitlines()
        assert "FAIL" not in out.stdout, out.stdout
        assert sum(1 for l in lines if l.startswith("ok")) == 31, out.stdout
        assert "ok   arrays: new_array of 100000 references" in lines
        assert "ok   alloc: 200000 nodes allocated inline, linked" in lines
        assert "ok   constants: run with 7" in lines
        assert "ok   build: 300 nodes linked, fields written by machine code" in lines
    small = subprocess.run([str(tmp_path / "gc-c")], capture_output=True, text=True, timeout=120,
                           env=_env(**SMALL_VERIFY))
    assert "minor collections happened: True" in small.stdout
    bad = subprocess.run([str(tmp_path / "gc-c"), "badcast"], capture_output=True, text=True,
                         timeout=60)
    assert bad.returncode == 1 and bad.stdout.count("\n") == 2    # the two checks before it
    assert "Fatal RPy error: cast_gcref_to_instance: object of type id" in bad.stderr
    assert "is not a Holder" in bad.stderr
    oom = subprocess.run([str(tmp_path / "gc-c"), "oom"], capture_output=True, text=True,
                         timeout=120, env=_env(OURO_GC_MAX="64MB"))
    assert oom.returncode == 0, oom.stderr
    assert oom.stdout.endswith("ok   MemoryError from machine code\n"), oom.stdout


@pytest.mark.translated
def test_gc_prog_without_jit_is_not_bound(tmp_path: Path) -> None:
    r = translate(GCPROG, tmp_path / "gc-c", "2")
    assert "pyjitpl" not in r.stderr
    consts = (tmp_path / "gc-c-src" / "constants.c").read_text()
    assert "rpy_jit_functions" not in consts      # the runtime's weak empty table is used
    out = subprocess.run([str(tmp_path / "gc-c")], capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    assert out.stdout.endswith("not bound: translate with --opt=jit\n")


@pytest.mark.translated
def test_call_stubs(tmp_path: Path) -> None:
    r = translate(STUBPROG, tmp_path / "cs-c", "jit")
    assert "[pyjitpl] rpy_jit_functions[]: 6 C functions" in r.stderr
    for env in ({}, SMALL_VERIFY):
        out = subprocess.run([str(tmp_path / "cs-c")], capture_output=True, text=True, timeout=120,
                             env=_env(**env))
        assert out.returncode == 0, out.stderr
        assert "FAIL" not in out.stdout, out.stdout
        assert sum(1 for l in out.stdout.splitlines() if l.startswith("ok")) == 13, out.stdout
