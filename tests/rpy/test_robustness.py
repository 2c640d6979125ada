"""The translator on damaged programs: mutations of the corpus programs (a type
annotation changed, a literal of another type, a statement deleted, a call
given an extra argument) must either translate or be refused with an
RPyError (`file:line: message`), never crash the toolchain.  Runs the
phases up to C generation in-process (no C compiler), with a fixed seed."""
from __future__ import annotations

import ast
import importlib.util
import random
import sys
import types
from pathlib import Path

import pytest

from rpy.errors import RPyError

PROGRAMS = sorted((Path(__file__).parent / "programs").glob("*.py"))
MUTANTS_PER_PROGRAM = 3


class Mutator(ast.NodeTransformer):
    """Applies one random change to one random node of a kind."""

    def __init__(self, rng: random.Random, kind: str) -> None:
        self.rng = rng
        self.kind = kind
        self.candidates: list[ast.AST] = []
        self.target: ast.AST | None = None

    def collect(self, tree: ast.AST) -> None:
        for node in ast.walk(tree):
            if self.kind == 'annotation' and isinstance(node, ast.arg) and node.annotation is not None:
                self.candidates.append(node)
            elif self.kind == 'literal' and isinstance(node, ast.Constant) and \
                    isinstance(node.value, (int, str, float)) and not isinstance(node.value, bool):
                self.candidates.append(node)
            elif self.kind == 'delete' and isinstance(node, (ast.FunctionDef, ast.For, ast.While, ast.If)) \
                    and len(node.body) > 1:
                self.candidates.append(node)
            elif self.kind == 'extra_arg' and isinstance(node, ast.Call):
                self.candidates.append(node)
        if self.candidates:
            self.target = self.rng.choice(self.candidates)

    def generic_visit(self, node: ast.AST) -> ast.AST:
        node = super().generic_visit(node)
        if node is self.target:
            if self.kind == 'annotation':
                node.annotation = ast.Name(id=self.rng.choice(['str', 'float', 'int', 'bytes']),  # type: ignore[attr-defined]
                                           ctx=ast.Load())
            elif self.kind == 'literal':
                v = node.value  # type: ignore[attr-defined]
                node.value = 'x' if not isinstance(v, str) else 7  # type: ignore[attr-defined]
            elif self.kind == 'delete':
                body = node.body  # type: ignore[attr-defined]
                del body[self.rng.randrange(len(body))]
            elif self.kind == 'extra_arg':
                node.args.append(ast.Constant(value=1))  # type: ignore[attr-defined]
        return node


def mutants(path: Path) -> list[tuple[str, str]]:
    rng = random.Random(path.name)
    source = path.read_text()
    result = []
    for i in range(MUTANTS_PER_PROGRAM):
        kind = rng.choice(['annotation', 'literal', 'delete', 'extra_arg'])
        tree = ast.parse(source)
        m = Mutator(rng, kind)
        m.collect(tree)
        if m.target is None:
            continue
        tree = m.visit(tree)
        ast.fix_missing_locations(tree)
        try:
            text = ast.unparse(tree)
        except ValueError:
            continue            # e.g. a non-str constant inside an f-string
        result.append(("%s-%d-%s" % (path.stem, i, kind), text))
    return result


def translate_in_process(name: str, source: str, tmp_path: Path) -> None:
    from rpy.annotate.annotator import Annotator
    from rpy.backendopt.simplify import simplify_graph
    from rpy.backendopt.stackcheck import find_functions_needing_check
    from rpy.c.genc import CGenerator
    f = tmp_path / (name.replace('-', '_') + ".py")
    f.write_text(source)
    spec = importlib.util.spec_from_file_location(f.stem, f)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[f.stem] = module
    try:
        try:
            spec.loader.exec_module(module)
        except Exception:
            return          # the mutant is broken Python already: not our concern
        ann = Annotator()
        ann.build(module.entry_point)
        gen = CGenerator(ann, ann.entry, set())
        gen.rtype()
        for d in ann.all_descs():
            simplify_graph(d.graph)
        gen.recursive = find_functions_needing_check(ann)
        gen.generate_functions()
        gen.write_sources(str(tmp_path / 'c'), 2)
    finally:
        sys.modules.pop(f.stem, None)


ALL = [m for p in PROGRAMS for m in mutants(p)]


@pytest.mark.parametrize("name,source", ALL, ids=[m[0] for m in ALL])
def test_mutant_translates_or_is_refused_cleanly(name: str, source: str, tmp_path: Path) -> None:
    try:
        translate_in_process(name, source, tmp_path)
    except RPyError as e:
        assert e.lineno > 0 or 'entry_point' in e.message, str(e)
