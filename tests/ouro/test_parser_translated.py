"""ouro.parser translated with rpy (marker `translated`): proof that the
tokenizer, the node classes, ConstValue and dump are RPy, and behave the
same translated.

* test_tokenize_main            ouro/parser/tokenize_main.py translated prints
                                the same as untranslated (python -m rpy.run)
                                on a few stdlib files (other encodings, CRLF,
                                non-ASCII identifiers, an error), and the same
                                as CPython's `python -m tokenize -e` where
                                that is the reference; also with --bytes
* test_tokenize_main_gc_stress  the same with a 64KB nursery and the GC's
                                heap verification
* test_tokenize_main_fuzz       mutated sources (test_tokenizer.mutated_sources):
                                translated output and status equal the
                                untranslated ones (run in-process)
* test_dump_program             an RPy program generated from CPython trees
                                covering every node class (see
                                test_astnodes.MODES): it builds our nodes,
                                prints dump() of each tree, counts Name nodes
                                through walkabout/ASTVisitor, and prints
                                number_from_literal() of literals; translated,
                                its output equals ast.dump / CPython's values
"""
from __future__ import annotations

import ast
import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from ast_convert import NODE_INFO
from ouro_testutil import STDLIB
from test_astnodes import MODES, parse
from test_constvalue import LITERALS
from test_tokenizer import mutated_sources

pytestmark = pytest.mark.translated

REPO = Path(__file__).resolve().parent.parent.parent
TOKENIZE_MAIN = REPO / "ouro" / "parser" / "tokenize_main.py"

# (file, the `python -m tokenize -e` output is the reference too)
FILES = [
    ("ast.py", True),
    ("tokenize.py", True),
    ("test/test_grammar.py", True),
    ("test/test_unicode_identifiers.py", False),    # see test_tokenizer.TOKENIZE_SKIP
    ("turtledemo/clock.py", True),                  # cp1252
    ("test/encoded_modules/module_koi8_r.py", True),
    ("test/tokenizedata/coding20731.py", True),     # latin1, CRLF
    ("lib2to3/tests/data/crlf.py", True),
    ("test/tokenizedata/badsyntax_3131.py", False),  # an error: exit status 1
]


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    e["PYTHONIOENCODING"] = "utf-8"
    return e


def run(cmd: list[str], extra: dict[str, str] | None = None) -> tuple[int, str]:
    e = env()
    if extra:
        e.update(extra)
    proc = subprocess.run(cmd, cwd=str(REPO), env=e, capture_output=True, timeout=600)
    return proc.returncode, proc.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def tokenize_main_c(rpy_translate: Callable[[Path], Path]) -> Path:
    return rpy_translate(TOKENIZE_MAIN)


@pytest.mark.parametrize("rel,reference", FILES, ids=[f for f, r in FILES])
@pytest.mark.parametrize("columns", ["chars", "bytes"])
def test_tokenize_main(tokenize_main_c: Path, rel: str, reference: bool, columns: str) -> None:
    path = str(STDLIB / rel)
    extra = ["--bytes"] if columns == "bytes" else []
    translated = run([str(tokenize_main_c), path] + extra)
    untranslated = run([sys.executable, "-m", "rpy.run", str(TOKENIZE_MAIN), path] + extra)
    assert translated == untranslated
    if reference and columns == "chars":
        status, out = run([sys.executable, "-m", "tokenize", "-e", path])
        assert (status, out) == translated


def test_tokenize_main_gc_stress(tokenize_main_c: Path) -> None:
    path = str(STDLIB / "test/test_unicode_identifiers.py")
    normal = run([str(tokenize_main_c), path])
    stressed = run([str(tokenize_main_c), path], {"OURO_GC_NURSERY": "64KB", "OURO_GC_VERIFY": "1"})
    assert stressed == normal


def run_in_process(path: Path) -> tuple[int, str]:
    """tokenize_main untranslated, in this process (faster than rpy.run)."""
    from ouro.parser import tokenize_main
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = tokenize_main.entry_point(["tokenize_main", str(path)])
    return status, out.getvalue()


def test_tokenize_main_fuzz(tokenize_main_c: Path, tmp_path: Path) -> None:
    for i, data in enumerate(mutated_sources(7, 30)):
        path = tmp_path / ("m%03d.py" % i)
        path.write_bytes(data)
        assert run([str(tokenize_main_c), str(path)]) == run_in_process(path), path


# ---------------------------------------------------------------- dump program

NODE_NAMES = sorted(NODE_INFO, key=len, reverse=True)
NODE_NAME_RE = re.compile(r"\b(%s)\b" % "|".join(NODE_NAMES))


class ProgramWriter:
    """Writes RPy functions that build our nodes for a CPython tree.  Lists
    are built in typed locals (`l3: list[A.expr] = []` then appends): a list
    display would get the type of its items, and RPy lists are invariant."""

    def __init__(self) -> None:
        self.functions: list[str] = []

    def function(self, name: str, result: str, node: ast.AST) -> None:
        self.lines: list[str] = []
        self.count = 0
        expr = self.node(node)
        body = "\n".join("    " + line for line in self.lines)
        self.functions.append("def %s() -> %s:\n%s\n    return %s\n" % (
            name, result, body, expr) if body else
            "def %s() -> %s:\n    return %s\n" % (name, result, expr))

    def node(self, node: ast.AST) -> str:
        info = NODE_INFO[type(node).__name__]
        args = []
        for f in info.fields:
            value = getattr(node, f.name)
            if f.quantifier == "*":
                var = "l%d" % self.count
                self.count += 1
                items = [self.value(x) for x in value]
                self.lines.append("%s: %s = []" % (var, NODE_NAME_RE.sub(r"A.\1", f.rpy_type())))
                for item in items:
                    self.lines.append("%s.append(%s)" % (var, item))
                args.append(var)
            elif f.asdl_type == "constant":
                args.append(self.constant(value))
            else:
                args.append(self.value(value))
        args += [repr(getattr(node, a)) for a in info.attributes]
        return "A.%s(%s)" % (info.name, ", ".join(args))

    def value(self, value: Any) -> str:
        if isinstance(value, ast.AST):
            return self.node(value)
        assert value is None or isinstance(value, (str, int)), value
        return repr(value)

    def constant(self, v: Any) -> str:
        if v is None or isinstance(v, bool) or v is Ellipsis:
            return {None: "cv.CONST_NONE", True: "cv.CONST_TRUE", False: "cv.CONST_FALSE",
                    Ellipsis: "cv.CONST_ELLIPSIS"}[v]
        if isinstance(v, int):
            return "cv.int_from_decimal(%r)" % str(v)
        if isinstance(v, float):
            return "cv.ConstFloat(%s)" % float_source(v)
        if isinstance(v, complex):
            return "cv.ConstComplex(%s, %s)" % (float_source(v.real), float_source(v.imag))
        if isinstance(v, (str, bytes)):
            return "cv.Const%s(%r)" % ("Str" if isinstance(v, str) else "Bytes", v)
        raise TypeError(v)


def float_source(x: float) -> str:
    return "1e999" if x == float("inf") else repr(x)


PROGRAM_HEAD = '''"""Generated by tests/ouro/test_parser_translated.py: builds ouro AST
nodes for CPython trees and prints their dump()."""
from __future__ import annotations

from ouro.parser import astnodes as A
from ouro.parser import constvalue as cv
from ouro.parser.dump import dump


class NameCounter(A.ASTVisitor):
    count: int

    def __init__(self) -> None:
        self.count = 0

    def visit_Name(self, node: A.Name) -> None:
        self.count += 1


class Walker(A.FieldVisitor):
    """Visits every node of a tree with an ASTVisitor."""
    visitor: A.ASTVisitor

    def __init__(self, visitor: A.ASTVisitor) -> None:
        self.visitor = visitor

    def walk(self, node: A.AST) -> None:
        node.walkabout(self.visitor)
        node.walk_fields(self)

    def node(self, name: str, value: A.AST | None, optional: bool) -> None:
        if value is not None:
            self.walk(value)

    def list_node(self, value: A.AST | None) -> None:
        if value is not None:
            self.walk(value)


def count_names(tree: A.AST) -> int:
    counter = NameCounter()
    Walker(counter).walk(tree)
    return counter.count


'''


def write_program(path: Path) -> list[str]:
    """Writes the program; returns the lines it must print."""
    writer = ProgramWriter()
    expected: list[str] = []
    calls: list[str] = []
    for i, (mode, src) in enumerate(MODES):
        tree = parse(src, mode)
        writer.function("tree_%d" % i, "A.AST", tree)
        calls.append("    tree = tree_%d()" % i)
        calls.append("    print(dump(tree))")
        calls.append("    print(count_names(tree))")
        expected.append(ast.dump(tree, include_attributes=True))
        expected.append(str(sum(isinstance(n, ast.Name) for n in ast.walk(tree))))
    literals = ["    literals: list[str] = []"]
    for text in LITERALS:
        literals.append("    literals.append(%r)" % text)
        expected.append(repr(ast.literal_eval(text)))
    entry = ("def entry_point(argv: list[str]) -> int:\n%s\n%s\n"
             "    for text in literals:\n"
             "        print(repr(cv.number_from_literal(text)))\n"
             "    return 0\n" % ("\n".join(calls), "\n".join(literals)))
    path.write_text(PROGRAM_HEAD + "\n\n".join(writer.functions) + "\n\n" + entry,
                    encoding="utf-8")
    return expected


@pytest.fixture(scope="module")
def dump_program(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("ouro-dump") / "dump_program.py"
    expected = write_program(path)
    return path, expected


def test_dump_program_untranslated(dump_program: tuple[Path, list[str]]) -> None:
    path, expected = dump_program
    status, out = run([sys.executable, "-m", "rpy.run", str(path)])
    assert status == 0
    assert out.splitlines() == expected


def test_dump_program(dump_program: tuple[Path, list[str]],
                      rpy_translate: Callable[[Path], Path]) -> None:
    path, expected = dump_program
    exe = rpy_translate(path)
    status, out = run([str(exe)])
    assert status == 0
    assert out.splitlines() == expected
