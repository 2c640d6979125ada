"""The RPy program corpus: tests/rpy/programs/*.py.

Each program is a module defining `entry_point(argv: list[str]) -> int`.
Optional header lines at the top of the file (before its docstring):

    # args: a b c        arguments passed after the program (shlex syntax)
    # status: N          expected exit status (default 0)
    # stdin: text        standard input, with Python escapes (\\n ...)
    # uncaught: NAME     the program ends with this exception escaping
                         entry_point (then status is 1); stderr must name it

Tests, per program:
  * test_header               the header is well-formed, the file starts with
                              a docstring and defines entry_point properly
  * test_static_rules         a syntactic check of the RPy rules of
                              docs/rpy.md (annotations, no nested functions,
                              no sets, declared fields, ...)
  * test_int_constants        no integer constant outside a signed 64-bit
                              word in run-time code
  * test_untranslated         `python -m rpy.run PROG ARGS` exits with the
                              expected status, prints something, prints the
                              same thing when run twice, and shows no
                              traceback (unless `# uncaught:`)
  * test_translated [marker `translated`]  the program translated with
                              `python -m rpy.translate` prints the same
                              stdout and exits with the same status as the
                              untranslated run (stderr is not compared)
  * test_translated_gc_stress [marker `translated`]  the same executable
                              run with a 64KB nursery and the GC's heap
                              verification on (OURO_GC_NURSERY=64KB,
                              OURO_GC_VERIFY=1, see rpy/c/runtime/gc.c)

pytest-xdist is not required; with it installed, `-n auto` works (each
worker translates the programs it runs).
"""
from __future__ import annotations

import ast
import builtins
import difflib
import os
import re
import shlex
import subprocess
import sys
import types
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PROGRAM_DIR = HERE / "programs"
PROGRAMS = sorted(PROGRAM_DIR.glob("*.py"))
RUN_TIMEOUT = 300
MAXINT = (1 << 63) - 1
MININT = -(1 << 63)


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


# ---------------------------------------------------------------- program headers

HEADER_RE = re.compile(r"^#\s*([a-z]+):\s?(.*)$")
KNOWN_HEADERS = ("args", "status", "stdin", "uncaught", "error")


def read_headers(path: Path) -> dict[str, str]:
    """The `# key: value` lines at the very top of a program (up to the
    first line that is not such a comment)."""
    headers: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = HEADER_RE.match(line)
        if not m or m.group(1) not in KNOWN_HEADERS:
            break
        headers[m.group(1)] = m.group(2).rstrip()
    return headers


class ProgramSpec:
    """What the runner needs to know about one valid program."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.stem
        h = read_headers(path)
        self.headers = h
        self.args: list[str] = shlex.split(h.get("args", ""))
        self.status = int(h.get("status", "0"))
        # `# stdin:` text uses Python escapes (\n, \t, \xNN ...)
        self.stdin: bytes = (h["stdin"].encode("latin-1", "backslashreplace")
                             .decode("unicode_escape").encode("utf-8") if "stdin" in h else b"")
        self.uncaught: str | None = h.get("uncaught")


def make_env(tmpdir: Path) -> dict[str, str]:
    """The environment programs run in, the same untranslated and translated."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONHASHSEED"] = "0"
    env["RPY_TEST_VAR"] = "ouroboros"
    env["RPY_TEST_TMPDIR"] = str(tmpdir)
    env.pop("RPY_TEST_SURELY_UNSET_VARIABLE", None)
    return env


# ---------------------------------------------------------------- running

class RunResult:
    def __init__(self, status: int, stdout: bytes, stderr: bytes) -> None:
        self.status = status
        self.stdout = stdout
        self.stderr = stderr


def run_command(cmd: list[str], spec: ProgramSpec, tmpdir: Path,
                extra_env: dict[str, str] | None = None) -> RunResult:
    tmpdir.mkdir(parents=True, exist_ok=True)
    env = make_env(tmpdir)
    if extra_env:
        env.update(extra_env)
    proc = subprocess.run(cmd, cwd=str(tmpdir), env=env, input=spec.stdin,
                          capture_output=True, timeout=RUN_TIMEOUT)
    return RunResult(proc.returncode, proc.stdout, proc.stderr)


def run_untranslated(spec: ProgramSpec, tmpdir: Path) -> RunResult:
    return run_command([sys.executable, "-m", "rpy.run", str(spec.path)] + spec.args, spec, tmpdir)


_untranslated_cache: dict[Path, RunResult] = {}


def untranslated_result(spec: ProgramSpec, tmpdir: Path) -> RunResult:
    """The untranslated run, computed once per process."""
    if spec.path not in _untranslated_cache:
        _untranslated_cache[spec.path] = run_untranslated(spec, tmpdir)
    return _untranslated_cache[spec.path]


def show_diff(expected: bytes, got: bytes, what: str) -> str:
    a = expected.decode("utf-8", "replace").splitlines(keepends=True)
    b = got.decode("utf-8", "replace").splitlines(keepends=True)
    diff = list(difflib.unified_diff(a, b, "untranslated", what, n=2))
    if len(diff) > 80:
        diff = diff[:80] + ["... (%d more diff lines)\n" % (len(diff) - 80)]
    return "".join(diff)


def check_stderr(spec: ProgramSpec, result: RunResult, who: str) -> None:
    err = result.stderr.decode("utf-8", "replace")
    if spec.uncaught is None:
        assert "Traceback" not in err and "Fatal RPy error" not in err, \
            "%s: unexpected uncaught exception:\n%s" % (who, err[-3000:])
    else:
        assert spec.uncaught in err, \
            "%s: stderr does not name the uncaught %s:\n%s" % (who, spec.uncaught, err[-3000:])


# ---------------------------------------------------------------- static rules

class Linter:
    """A syntactic approximation of docs/rpy.md's refusals, precise enough to
    keep the corpus honest (it does not infer types).  Module-level code is
    load time and may do anything; functions and classes are checked."""

    ALLOWED_DECORATORS = ("staticmethod",)
    JIT_DECORATORS = ("elidable", "unroll_safe", "dont_look_inside")
    FORBIDDEN_CALLS = ("set", "frozenset", "eval", "exec", "compile", "globals", "locals",
                       "vars", "getattr", "setattr", "delattr", "hasattr", "type", "iter",
                       "next", "map", "filter", "open", "input")

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self.problems: list[tuple[int, str]] = []
        self.classes: dict[str, ast.ClassDef] = {
            n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}

    def report(self, node: ast.AST, msg: str) -> None:
        self.problems.append((getattr(node, "lineno", 0), msg))

    def run(self) -> list[tuple[int, str]]:
        for node in self.tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.check_function(node, False, None)
            elif isinstance(node, ast.ClassDef):
                self.check_class(node)
        return sorted(self.problems)

    # -- classes
    def declared_fields(self, cls: ast.ClassDef) -> set[str] | None:
        """Fields declared in cls and its bases; None if a base is not a
        class of this module (other than Exception/object), i.e. unknown."""
        fields: set[str] = set()
        seen = 0
        while cls is not None and seen < 50:
            seen += 1
            for stmt in cls.body:
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                    fields.add(stmt.target.id)
            if not cls.bases:
                return fields
            base = cls.bases[0]
            if isinstance(base, ast.Name) and base.id in self.classes:
                cls = self.classes[base.id]
            elif isinstance(base, ast.Name) and (base.id == "object" or base.id.endswith("Error")
                                                 or base.id == "Exception"):
                return fields
            else:
                return None
        return fields

    def check_class(self, cls: ast.ClassDef) -> None:
        if len(cls.bases) > 1:
            self.report(cls, "multiple inheritance")
        if cls.keywords:
            self.report(cls, "class keywords (metaclass)")
        for d in cls.decorator_list:
            self.report(d, "class decorator")
        fields = self.declared_fields(cls)
        for stmt in cls.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.check_function(stmt, True, fields)
            elif isinstance(stmt, (ast.AnnAssign, ast.Assign, ast.Pass)):
                pass
            elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                pass
            else:
                self.report(stmt, "unexpected statement in a class body")

    # -- functions
    def check_function(self, fn: ast.FunctionDef | ast.AsyncFunctionDef, is_method: bool,
                       fields: set[str] | None) -> None:
        """fields: the declared fields of the class (None: not a method, or
        the class derives from something unknown)."""
        if isinstance(fn, ast.AsyncFunctionDef):
            self.report(fn, "async function")
        is_static = False
        for d in fn.decorator_list:
            if isinstance(d, ast.Name) and d.id in self.ALLOWED_DECORATORS and is_method:
                is_static = True
            elif isinstance(d, ast.Name) and d.id in self.JIT_DECORATORS or \
                    isinstance(d, ast.Call) and isinstance(d.func, ast.Name) and \
                    d.func.id == 'look_inside_iff':
                pass            # the JIT hints of rpy.rlib.jit leave the function unchanged
            else:
                self.report(d, "decorator")
        args = fn.args
        if args.vararg is not None:
            self.report(fn, "*args parameter")
        if args.kwarg is not None:
            self.report(fn, "**kwargs parameter")
        params = args.posonlyargs + args.args + args.kwonlyargs
        for i, a in enumerate(params):
            if i == 0 and a.arg == "self" and not is_static:
                continue
            if a.annotation is None:
                self.report(a, "missing annotation for parameter %r" % a.arg)
        for dflt in args.defaults + [d for d in args.kw_defaults if d is not None]:
            if not isinstance(dflt, ast.Constant):
                self.report(dflt, "non-constant default value")
        if fn.returns is None:
            self.report(fn, "missing return annotation")
        global_names: set[str] = set()
        key_lambdas: set[int] = set()
        for node in ast.walk(fn):
            if isinstance(node, ast.Call):
                for kw in node.keywords:
                    if kw.arg == "key" and isinstance(kw.value, ast.Lambda):
                        key_lambdas.add(id(kw.value))
            if isinstance(node, ast.Global):
                global_names.update(node.names)
        for node in self.walk_body(fn):
            self.check_node(node, key_lambdas, global_names)
            if fields is not None:
                self.check_field_store(node, fields)

    def walk_body(self, fn: ast.AST):
        """All nodes of fn's body, including nested defs (reported, not
        entered twice)."""
        for stmt in fn.body:  # type: ignore[attr-defined]
            yield from ast.walk(stmt)

    def check_node(self, node: ast.AST, key_lambdas: set[int], global_names: set[str]) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            self.report(node, "nested function or class")
        elif isinstance(node, ast.Lambda) and id(node) not in key_lambdas:
            self.report(node, "lambda other than a key= argument")
        elif isinstance(node, ast.Lambda):
            names = {n.id for n in ast.walk(node.body) if isinstance(n, ast.Name)}
            params = {a.arg for a in node.args.args}
            captured = {n for n in names - params if n not in self.module_names()}
            if captured:
                self.report(node, "key= lambda captures %s" % ", ".join(sorted(captured)))
        elif isinstance(node, (ast.Yield, ast.YieldFrom, ast.Await, ast.GeneratorExp)):
            self.report(node, "generator / yield / await")
        elif isinstance(node, (ast.With, ast.AsyncWith, ast.AsyncFor)):
            self.report(node, "with statement / async for")
        elif isinstance(node, (ast.Set, ast.SetComp)):
            self.report(node, "set")
        elif isinstance(node, ast.Nonlocal):
            self.report(node, "nonlocal")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            self.report(node, "import inside a function")
        elif isinstance(node, ast.Match):
            self.report(node, "match statement")
        elif isinstance(node, ast.NamedExpr):
            self.report(node, "assignment expression")
        elif isinstance(node, ast.TryStar):
            self.report(node, "except*")
        elif isinstance(node, ast.Starred):
            self.report(node, "starred expression")
        elif isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name) and node.func.id in self.FORBIDDEN_CALLS:
                self.report(node, "call of %s()" % node.func.id)
            for kw in node.keywords:
                if kw.arg is None:
                    self.report(node, "**kwargs at a call site")
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.For, ast.Delete)):
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.Delete):
                targets = node.targets
            else:
                targets = [node.target]
            for t in targets:
                for n in ast.walk(t):
                    if isinstance(n, ast.Name) and n.id in global_names and isinstance(n.ctx, (ast.Store, ast.Del)):
                        self.report(node, "assignment to module global %r" % n.id)

    _module_names: set[str] | None = None

    def module_names(self) -> set[str]:
        if self._module_names is None:
            names: set[str] = set(dir(builtins))
            for node in self.tree.body:
                if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
                    names.add(node.name)
                elif isinstance(node, (ast.Import, ast.ImportFrom)):
                    for alias in node.names:
                        names.add((alias.asname or alias.name).split(".")[0])
                else:
                    for n in ast.walk(node):
                        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
                            names.add(n.id)
            self._module_names = names
        return self._module_names

    def check_field_store(self, node: ast.AST, fields: set[str]) -> None:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        else:
            return
        for t in targets:
            for n in ast.walk(t):
                if (isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Store)
                        and isinstance(n.value, ast.Name) and n.value.id == "self"
                        and n.attr not in fields):
                    self.report(node, "field %r is not declared in the class body" % n.attr)


def lint(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return Linter(tree).run()


def big_int_constants(path: Path) -> list[tuple[str, int]]:
    """Integer constants (after CPython's constant folding) outside a signed
    word in the code of functions (module-level code is load time), except
    the direct argument of r_uint(...), which the translator folds into an
    unsigned constant."""
    source = path.read_text(encoding="utf-8")
    allowed = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id == 'r_uint' and len(node.args) == 1 and \
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, int):
            allowed.add(node.args[0].value)
    code = compile(source, str(path), "exec")
    found: list[tuple[str, int]] = []

    def walk(co: types.CodeType, toplevel: bool) -> None:
        for c in co.co_consts:
            if isinstance(c, types.CodeType):
                walk(c, False)
            elif not toplevel:
                values = c if isinstance(c, tuple) else (c,)
                for v in values:
                    if isinstance(v, int) and not isinstance(v, bool) and not MININT <= v <= MAXINT \
                            and v not in allowed:
                        found.append((co.co_name, v))
    walk(code, True)
    return found


# ---------------------------------------------------------------- tests

def test_corpus_is_big_enough() -> None:
    assert len(PROGRAMS) >= 45, [p.name for p in PROGRAMS]


@pytest.mark.parametrize("path", PROGRAMS, ids=_ids(PROGRAMS))
def test_header(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    headers = read_headers(path)
    for line in lines[:len(headers)]:
        assert line.startswith("# "), line
    assert "error" not in headers, "valid programs take no '# error:' header"
    spec = ProgramSpec(path)   # parses args/status/stdin
    if spec.uncaught is not None:
        assert spec.status == 1, "an uncaught exception gives exit status 1"
    assert 0 <= spec.status <= 255
    tree = ast.parse("\n".join(lines), str(path))
    doc = ast.get_docstring(tree)
    assert doc, "the program must start with a docstring saying what it tests"
    first = tree.body[0]
    assert isinstance(first, ast.Expr) and first.lineno == len(headers) + 1, \
        "the docstring must come right after the header lines"
    entries = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "entry_point"]
    assert len(entries) == 1, "exactly one top-level entry_point"
    ep = entries[0]
    assert [a.arg for a in ep.args.args] == [ep.args.args[0].arg] and len(ep.args.args) == 1
    assert ast.unparse(ep.args.args[0].annotation) == "list[str]"  # type: ignore[arg-type]
    assert ep.returns is not None and ast.unparse(ep.returns) == "int"


@pytest.mark.parametrize("path", PROGRAMS, ids=_ids(PROGRAMS))
def test_static_rules(path: Path) -> None:
    problems = lint(path)
    assert problems == [], "\n".join("%s:%d: %s" % (path.name, line, msg) for line, msg in problems)


@pytest.mark.parametrize("path", PROGRAMS, ids=_ids(PROGRAMS))
def test_int_constants(path: Path) -> None:
    assert big_int_constants(path) == []


@pytest.mark.parametrize("path", PROGRAMS, ids=_ids(PROGRAMS))
def test_untranslated(path: Path, tmp_path: Path) -> None:
    spec = ProgramSpec(path)
    first = untranslated_result(spec, tmp_path / "run1")
    err = first.stderr.decode("utf-8", "replace")
    assert first.status == spec.status, \
        "exit status %d, expected %d; stderr:\n%s" % (first.status, spec.status, err[-3000:])
    check_stderr(spec, first, "untranslated")
    assert first.stdout.strip() != b"", "the program printed nothing"
    first.stdout.decode("utf-8")   # valid UTF-8
    second = run_untranslated(spec, tmp_path / "run2")
    assert second.status == first.status
    assert second.stdout == first.stdout, \
        "output is not deterministic:\n" + show_diff(first.stdout, second.stdout, "second run")


def compare_translated(path: Path, tmp_path: Path, rpy_translate,
                       extra_env: dict[str, str] | None = None) -> None:
    spec = ProgramSpec(path)
    expected = untranslated_result(spec, tmp_path / "untranslated")
    assert expected.status == spec.status, "the untranslated run already fails (see test_untranslated)"
    exe = rpy_translate(path)   # fails the test if the translation fails
    got = run_command([str(exe)] + spec.args, spec, tmp_path / "translated", extra_env)
    if got.stdout != expected.stdout:
        pytest.fail("stdout differs (exit status %d, untranslated %d):\n%s\nstderr:\n%s" % (
            got.status, expected.status, show_diff(expected.stdout, got.stdout, "translated"),
            got.stderr.decode("utf-8", "replace")[-3000:]), pytrace=False)
    assert got.status == expected.status, \
        "exit status %d, untranslated %d; stderr:\n%s" % (
            got.status, expected.status, got.stderr.decode("utf-8", "replace")[-3000:])
    check_stderr(spec, got, "translated")


@pytest.mark.translated
@pytest.mark.parametrize("path", PROGRAMS, ids=_ids(PROGRAMS))
def test_translated(path: Path, tmp_path: Path, rpy_translate) -> None:
    compare_translated(path, tmp_path, rpy_translate)


GC_STRESS_ENV = {"OURO_GC_NURSERY": "64KB", "OURO_GC_VERIFY": "1"}


@pytest.mark.translated
@pytest.mark.parametrize("path", PROGRAMS, ids=_ids(PROGRAMS))
def test_translated_gc_stress(path: Path, tmp_path: Path, rpy_translate) -> None:
    compare_translated(path, tmp_path, rpy_translate, GC_STRESS_ENV)
