"""The JIT glue translated (--opt=jit) on programs/glue_prog.py: two
drivers, int/bool/float greens and a nullable instance green, a portal
returning nothing and one returning an int, two can_enter_jit in one
portal, an exception caught inside the portal and one leaving it to the
caller.  The translated program, whose loops get hot, prints what the
program prints untranslated (where the markers do nothing), also under
the GC checks; set_param's threshold is honoured.  jitlang's glue is
tested in test_layout_translated.py."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
PROG = HERE / "programs" / "glue_prog.py"


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, **extra)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


@pytest.fixture(scope="module")
def glue_exe(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("glue") / "glue-c"
    r = subprocess.run([sys.executable, "-m", "rpy.translate", "--opt=jit", "--make-jobs", "2",
                        "--build-dir", str(out.parent / "src"), "--output", str(out), str(PROG)],
                       cwd=str(REPO), env=_env(), capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return out, r.stderr


def summary(stderr: str) -> dict[str, list[int]]:
    """driver -> [threshold, entered, to the merge point, returned, raised]"""
    out = {}
    for m in re.finditer(r"jit-summary: driver (\w+): threshold (-?\d+), JIT entered (\d+) times "
                         r"\((\d+) to the merge point, (\d+) returned, (\d+) raised\)", stderr):
        out[m.group(1)] = [int(m.group(k)) for k in range(2, 7)]
    return out


@pytest.mark.translated
def test_glue_prog(glue_exe: tuple[Path, str]) -> None:
    exe, stderr = glue_exe
    assert "[warmspot] driver walker: 2 can_enter_jit with the JIT glue" in stderr
    assert "[warmspot] driver counter: 1 can_enter_jit with the JIT glue" in stderr
    untr = subprocess.run([sys.executable, "-m", "rpy.run", str(PROG)], cwd=str(REPO), env=_env(),
                          capture_output=True, text=True, timeout=120)
    assert untr.returncode == 0, untr.stderr
    assert "Stop at" in untr.stdout and "caught 13" in untr.stdout
    for gc in ({}, {"OURO_GC_NURSERY": "64KB", "OURO_GC_VERIFY": "1"}):
        r = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120,
                           env=_env(OURO_LOG="jit-summary", **gc))
        assert r.returncode == 0, r.stderr
        assert r.stdout == untr.stdout
        s = summary(r.stderr)
        # every outcome: back to the merge point, returned (an int from
        # count), raised (Stop, caught by the caller); one iteration per
        # entry, through the metainterp
        for d in ("walker", "counter"):
            assert s[d][1] == s[d][2] + s[d][3] + s[d][4], s
        assert s["walker"][0] == 2 and s["walker"][2] > 100 and s["walker"][4] == 1, s
        assert s["counter"][1] >= 2 and s["counter"][3] == 2, s
    # set_param(walker, 'threshold', 0): that driver's JIT is off
    r = subprocess.run([str(exe), "0"], capture_output=True, text=True, timeout=120,
                       env=_env(OURO_LOG="jit-summary"))
    assert r.stdout == untr.stdout
    s = summary(r.stderr)
    assert s["walker"][:2] == [0, 0] and s["counter"][1] >= 2, s
