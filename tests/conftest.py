"""Shared pytest configuration for the Ouroboros tests.

- registers the `translated` marker: tests that need `python -m rpy.translate`
  (and a C compiler).  Deselect them with `-m "not translated"`.
- the session-scoped fixture `rpy_translate(path) -> executable path`
  translates an RPy program once per session (per worker under
  pytest-xdist, which is optional) into a temporary directory, with
  `python -m rpy.translate [--opt=..] [--make-jobs N] --output DIR/NAME-c PATH`,
  and caches the result.  If the translation fails (non-zero exit status,
  timeout, or no executable produced) the calling test fails with the
  translator's stderr; the failure is cached too.

Command-line options (all optional):
  --rpy-opt=LEVEL                   pass --opt=LEVEL (0, 2 or jit) to rpy.translate
  --rpy-make-jobs=N                 pass --make-jobs N to rpy.translate
  --rpy-translate-timeout=SECONDS   per-program translation timeout (default 900)
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

REPO = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("rpy", "RPy translation tests")
    group.addoption("--rpy-opt", default=None,
                    help="optimization level passed as --opt=LEVEL to rpy.translate (0, 2 or jit)")
    group.addoption("--rpy-make-jobs", default=None,
                    help="passed as --make-jobs N to rpy.translate")
    group.addoption("--rpy-translate-timeout", type=float, default=900.0,
                    help="timeout in seconds for translating one program (default 900)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "translated: needs the translator (python -m rpy.translate) and a C compiler; "
        "deselect with -m 'not translated'")


def _translator_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _tail(data: bytes, limit: int = 6000) -> str:
    text = data.decode("utf-8", "replace")
    if len(text) > limit:
        text = "...\n" + text[-limit:]
    return text


@pytest.fixture(scope="session")
def rpy_translate(request: pytest.FixtureRequest,
                  tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], Path]:
    """translate(path) -> Path of the executable DIR/NAME-c (see the module
    docstring).  Calls pytest.fail() if the translation fails."""
    outdir = tmp_path_factory.mktemp("rpy-translated")
    opt = request.config.getoption("--rpy-opt")
    jobs = request.config.getoption("--rpy-make-jobs")
    timeout = request.config.getoption("--rpy-translate-timeout")
    cache: dict[Path, Path | str] = {}

    def translate(path: Path) -> Path:
        path = Path(path).resolve()
        if path not in cache:
            exe = outdir / (path.stem + "-c")
            cmd = [sys.executable, "-m", "rpy.translate"]
            if opt:
                cmd.append("--opt=%s" % opt)
            if jobs:
                cmd += ["--make-jobs", str(jobs)]
            cmd += ["--output", str(exe), str(path)]
            try:
                proc = subprocess.run(cmd, cwd=str(REPO), env=_translator_env(),
                                      stdin=subprocess.DEVNULL, capture_output=True,
                                      timeout=timeout)
            except subprocess.TimeoutExpired:
                cache[path] = "translation of %s timed out after %ss" % (path.name, timeout)
            else:
                if proc.returncode != 0:
                    cache[path] = "translation of %s failed (exit status %d):\n%s" % (
                        path.name, proc.returncode, _tail(proc.stderr))
                elif not (exe.is_file() and os.access(exe, os.X_OK)):
                    cache[path] = ("translation of %s exited with status 0 but %s is not an "
                                   "executable file; stderr:\n%s" % (path.name, exe, _tail(proc.stderr)))
                else:
                    cache[path] = exe
        result = cache[path]
        if isinstance(result, str):
            pytest.fail(result, pytrace=False)
        return result

    return translate
