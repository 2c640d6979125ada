"""Programs that are not valid RPy: tests/rpy/invalid/*.py.

Each file starts with

    # error: LINE: PHRASE

where LINE is the line of the offending construct (also marked with a
`# <-- error` comment) and PHRASE an exact fragment of the translator's
message.  Apart from that one error, the program is valid RPy, reaches the
error from entry_point, and can be imported by CPython.

Tests, per program:
  * test_header             the header is well-formed, LINE points at code,
                            PHRASE is one of the CATALOGUE forms
  * test_imports_on_cpython CPython imports the module and finds entry_point
  * test_static_rules       the syntactic RPy check of test_programs.py finds
                            nothing except at LINE (and, for the syntactic
                            errors, does find the error at LINE)
  * test_translator_rejects [marker `translated`]
                            `python -m rpy.translate PROG` exits with a
                            non-zero status, its stderr contains
                            `NAME.py:LINE:` and PHRASE, and no `Traceback`
"""
from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
INVALID_DIR = HERE / "invalid"
INVALID = sorted(INVALID_DIR.glob("*.py"))
TRANSLATE_TIMEOUT = 300

HEADER_RE = re.compile(r"^# error: (\d+): (\S.*\S)$")

# The message forms the translator promises (names, types and counts vary).
CATALOGUE = [
    r"generators are not supported",
    r"\*args parameters are not supported",
    r"\*\*kwargs parameters are not supported",
    r"missing type annotation for parameter '\w+'",
    r"lambda is only supported as the key= argument",
    r"nested functions are not supported",
    r"'with' is not supported",
    r"cannot assign to module global '\w+'",
    r"'nonlocal' is not supported",
    r"holds both \w+ and \w+",
    r"is declared \w+, not \w+",
    r"has no declared field '\w+'",
    r"name '\w+' is not defined",
    r"takes \d+ arguments? but \d+ (were|was) given",
    r"unsupported operand types for \S+: \w+ and \w+",
    r"multiple inheritance is not supported",
    r"sets are not supported",
    r"async functions are not supported",
    r"'eval' is not supported",
    r"decorator '\w+' is not supported",
    r"list items of different types: \w+ and \w+",
    r"is not nullable",
    r"object has no attribute '\w+'",
    r"is not callable",
    r"import inside a function is not supported",
    r"'match' is not supported",
    r"assignment expressions \(:=\) are not supported",
    r"returns \w+ but is declared \w+",
    r"'WeakRef' needs the class of its target, e\.g\. WeakRef\[\w+\]",
    r"weakref_create\(\) needs an instance of an RPy class, not \w+",
    r"register_finalizer\(\): the queue holds \w+, not \w+",
]

# For the syntactic errors, what the linter of test_programs.py reports.
LINT_EXPECTED = {
    r"generators are not supported": "generator",
    r"\*args parameters are not supported": "*args parameter",
    r"\*\*kwargs parameters are not supported": "**kwargs parameter",
    r"missing type annotation for parameter '\w+'": "missing annotation for parameter",
    r"lambda is only supported as the key= argument": "lambda other than",
    r"nested functions are not supported": "nested function",
    r"'with' is not supported": "with statement",
    r"cannot assign to module global '\w+'": "assignment to module global",
    r"'nonlocal' is not supported": "nonlocal",
    r"has no declared field '\w+'": "is not declared in the class body",
    r"multiple inheritance is not supported": "multiple inheritance",
    r"sets are not supported": "set",
    r"async functions are not supported": "async function",
    r"'eval' is not supported": "call of eval()",
    r"decorator '\w+' is not supported": "decorator",
    r"import inside a function is not supported": "import inside a function",
    r"'match' is not supported": "match statement",
    r"assignment expressions \(:=\) are not supported": "assignment expression",
}


def _load_test_programs():
    """The helpers of test_programs.py (the linter), imported by path."""
    spec = importlib.util.spec_from_file_location("_rpy_test_programs_helpers",
                                                  HERE / "test_programs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


helpers = _load_test_programs()


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def parse_header(path: Path) -> tuple[int, str]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    m = HEADER_RE.match(first)
    assert m, "%s: first line must be '# error: LINE: PHRASE', not %r" % (path.name, first)
    return int(m.group(1)), m.group(2)


def catalogue_entry(phrase: str) -> str | None:
    for pattern in CATALOGUE:
        if re.fullmatch(pattern, phrase):
            return pattern
    return None


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def test_corpus_covers_the_catalogue() -> None:
    assert len(INVALID) >= 30, [p.name for p in INVALID]
    used = {catalogue_entry(parse_header(p)[1]) for p in INVALID}
    missing = [pattern for pattern in CATALOGUE if pattern not in used]
    assert missing == [], "catalogue entries without an invalid program: %s" % missing


@pytest.mark.parametrize("path", INVALID, ids=_ids(INVALID))
def test_header(path: Path) -> None:
    line, phrase = parse_header(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert catalogue_entry(phrase) is not None, "%r is not a catalogue message" % phrase
    assert len(lines) > 1 and lines[1].startswith("# ") and "error:" not in lines[1], \
        "the second line must be a comment saying what the program tests"
    assert 3 <= line <= len(lines), "LINE %d is outside the program" % line
    code = lines[line - 1].split("#")[0].strip()
    assert code != "", "LINE %d is blank or only a comment: %r" % (line, lines[line - 1])
    marked = [i + 1 for i, text in enumerate(lines) if text.rstrip().endswith("# <-- error")]
    assert marked == [line], "the '# <-- error' marker is on line(s) %s, the header says %d" % (marked, line)


@pytest.mark.parametrize("path", INVALID, ids=_ids(INVALID))
def test_imports_on_cpython(path: Path) -> None:
    code = ("import sys\n"
            "from rpy.targetload import load_target\n"
            "entry = load_target(sys.argv[1])\n"
            "assert callable(entry)\n")
    proc = subprocess.run([sys.executable, "-c", code, str(path)], cwd=str(REPO), env=_env(),
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize("path", INVALID, ids=_ids(INVALID))
def test_static_rules(path: Path) -> None:
    line, phrase = parse_header(path)
    pattern = catalogue_entry(phrase)
    problems = helpers.lint(path)
    elsewhere = [(n, msg) for n, msg in problems if n != line]
    if pattern == r"'nonlocal' is not supported":
        # nonlocal needs an enclosing function: the nested def is expected
        elsewhere = [(n, msg) for n, msg in elsewhere if "nested function" not in msg]
    assert elsewhere == [], "other RPy errors than the intended one:\n" + "\n".join(
        "%s:%d: %s" % (path.name, n, msg) for n, msg in elsewhere)
    if pattern in LINT_EXPECTED:
        at_line = [msg for n, msg in problems if n == line]
        assert any(LINT_EXPECTED[pattern] in msg for msg in at_line), \
            "the linter does not see the error at line %d (it reports %s)" % (line, problems)


@pytest.mark.translated
@pytest.mark.parametrize("path", INVALID, ids=_ids(INVALID))
def test_translator_rejects(path: Path, tmp_path: Path) -> None:
    line, phrase = parse_header(path)
    cmd = [sys.executable, "-m", "rpy.translate", "--output", str(tmp_path / (path.stem + "-c")),
           str(path)]
    proc = subprocess.run(cmd, cwd=str(REPO), env=_env(), stdin=subprocess.DEVNULL,
                          capture_output=True, timeout=TRANSLATE_TIMEOUT)
    err = proc.stderr.decode("utf-8", "replace")
    shown = err if len(err) < 4000 else err[:2000] + "\n...\n" + err[-2000:]
    assert proc.returncode != 0, "the translator accepted an invalid program; stderr:\n" + shown
    assert "Traceback" not in err, "the translator crashed instead of reporting:\n" + shown
    location = "%s:%d:" % (path.name, line)
    assert location in err, "expected %r in stderr:\n%s" % (location, shown)
    assert phrase in err, "expected %r in stderr:\n%s" % (phrase, shown)
