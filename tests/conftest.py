"""Shared pytest configuration for the Ouroboros tests.

- registers the `translated` marker: tests that need `python -m rpy.translate`
  (and a C compiler).  Deselect them with `-m "not translated"`.
- the session-scoped fixture `rpy_translate(path) -> executable path`
  translates an RPy program once per test run into a store shared by all
  pytest-xdist workers (`make test` runs `pytest -n 2`): the first worker to
  ask starts `python -m rpy.translate [--opt=..] [--make-jobs N] --output
  STORE/NAME-c PATH` as a background job (tests/rpy_translate_job.py), every
  worker that asks waits for the job's result file.  If the translation fails
  (non-zero exit status, timeout, or no executable produced) the calling test
  fails with the translator's stderr, in every worker.
- the tests of the translated interpreter (those using the `ouro_exe`
  fixture of tests/ouro/conftest.py) run after the others, and the
  translation of ouro/target.py starts as soon as the tests are collected,
  so that it overlaps with the other tests instead of keeping a worker idle.

Command-line options (all optional):
  --rpy-opt=LEVEL                   pass --opt=LEVEL (0, 2 or jit) to rpy.translate
  --rpy-make-jobs=N                 pass --make-jobs N to rpy.translate
  --rpy-translate-timeout=SECONDS   per-program translation timeout (default 900)
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import pytest

REPO = Path(__file__).resolve().parent.parent
JOB = Path(__file__).resolve().parent / "rpy_translate_job.py"
OURO_TARGET = REPO / "ouro" / "target.py"
# the store's directory, made by the controlling pytest process and inherited
# by the xdist workers through the environment
STORE_ENV = "_OURO_TEST_TRANSLATION_STORE"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("rpy", "RPy translation tests")
    group.addoption("--rpy-opt", default=None,
                    help="optimization level passed as --opt=LEVEL to rpy.translate (0, 2 or jit)")
    group.addoption("--rpy-make-jobs", default=None,
                    help="passed as --make-jobs N to rpy.translate")
    group.addoption("--rpy-translate-timeout", type=float, default=900.0,
                    help="timeout in seconds for translating one program (default 900)")


def _is_xdist_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "translated: needs the translator (python -m rpy.translate) and a C compiler; "
        "deselect with -m 'not translated'")
    if not _is_xdist_worker(config) or not os.environ.get(STORE_ENV):
        os.environ[STORE_ENV] = tempfile.mkdtemp(prefix="ouro-test-translations-")
        config._ouro_store_owner = True      # type: ignore[attr-defined]


def pytest_unconfigure(config: pytest.Config) -> None:
    if getattr(config, "_ouro_store_owner", False):
        store = Path(os.environ.pop(STORE_ENV))
        for started in store.glob("*.started"):
            if started.with_suffix(".result").exists():
                continue
            try:                                     # a job still running (an interrupted run)
                os.killpg(int(started.read_text() or "0"), signal.SIGKILL)
            except (ValueError, OSError):
                pass
        shutil.rmtree(store, ignore_errors=True)


def _translator_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONIOENCODING"] = "utf-8"
    return env


class TranslationStore:
    """The translations of one test run, shared by the xdist workers through
    files in one directory: KEY-c (the executable), KEY.started (created
    exclusively by the worker that starts the job, so that a program is
    translated once; it holds the job's process group), KEY.result ("ok" or
    why it failed)."""

    def __init__(self, config: pytest.Config) -> None:
        self.dir = Path(os.environ[STORE_ENV])
        self.opt = config.getoption("--rpy-opt")
        self.jobs = config.getoption("--rpy-make-jobs")
        self.timeout = config.getoption("--rpy-translate-timeout")
        self.children: dict[str, subprocess.Popen[bytes]] = {}

    def _key(self, path: Path) -> str:
        try:
            rel = path.relative_to(REPO)
        except ValueError:
            rel = Path(*path.parts[1:])
        return "__".join(rel.with_suffix("").parts)

    def start(self, path: Path) -> None:
        """Starts the translation of `path` unless some worker did."""
        path = Path(path).resolve()
        key = self._key(path)
        if (self.dir / (key + ".result")).exists():
            return
        try:
            fd = os.open(self.dir / (key + ".started"), os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return
        exe = self.dir / (key + "-c")
        cmd = [sys.executable, "-m", "rpy.translate"]
        if self.opt:
            cmd.append("--opt=%s" % self.opt)
        if self.jobs:
            cmd += ["--make-jobs", str(self.jobs)]
        cmd += ["--output", str(exe), str(path)]
        job = subprocess.Popen(
            [sys.executable, str(JOB), str(self.dir / (key + ".result")), str(exe),
             str(self.timeout), "--"] + cmd,
            cwd=str(REPO), env=_translator_env(), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        self.children[key] = job
        os.write(fd, str(job.pid).encode())
        os.close(fd)

    def wait(self, path: Path) -> Path | str:
        """The executable of `path`, or why its translation failed."""
        path = Path(path).resolve()
        self.start(path)
        key = self._key(path)
        result = self.dir / (key + ".result")
        started = self.dir / (key + ".started")
        while not result.exists():
            time.sleep(0.2)
            child = self.children.get(key)
            if child is not None:
                child.poll()                 # reaps it, so that the check below sees its end
            if not result.exists() and not self._alive(started):
                return "the translation job of %s ended without a result" % path.name
        outcome = result.read_text(encoding="utf-8")
        return self.dir / (key + "-c") if outcome == "ok" else outcome

    def _alive(self, started: Path) -> bool:
        try:
            text = started.read_text()
        except FileNotFoundError:
            return False
        if not text:
            return True                      # the starting worker is writing the pid
        try:
            os.kill(int(text), 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass
        return True


def _store(config: pytest.Config) -> TranslationStore:
    store = getattr(config, "_ouro_translation_store", None)
    if store is None:
        store = TranslationStore(config)
        config._ouro_translation_store = store   # type: ignore[attr-defined]
    return store


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # after deselection (-m, -k): `items` are the tests that will run.  The
    # tests of the translated interpreter go last, so that its translation
    # overlaps with the others; many short tests are also what balances the
    # workers at the end.  The sort is stable and the same in every xdist
    # worker, as xdist requires.
    def uses_ouro(item: pytest.Item) -> bool:
        return "ouro_exe" in getattr(item, "fixturenames", ())
    items.sort(key=uses_ouro)
    if config.option.collectonly or os.environ.get("OURO_EXE"):
        return
    if any(uses_ouro(item) for item in items):
        _store(config).start(OURO_TARGET)


@pytest.fixture(scope="session")
def rpy_translate(request: pytest.FixtureRequest) -> Callable[[Path], Path]:
    """translate(path) -> Path of the executable STORE/NAME-c (see the module
    docstring).  Calls pytest.fail() if the translation fails."""
    store = _store(request.config)

    def translate(path: Path) -> Path:
        result = store.wait(path)
        if isinstance(result, str):
            pytest.fail(result, pytrace=False)
        return result

    return translate
