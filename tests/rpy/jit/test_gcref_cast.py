"""rpy.rlib.rgcref.cast_gcref_to_instance: its result type is the class
argument (nullable if the reference is), and misuse is a translation
error at the call's line.  The run-time check (type id range) is tested
translated by test_jit_run_translated.py ('badcast')."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from rpy.errors import RPyError

PRELUDE = '''
from __future__ import annotations
from rpy.rlib.rgcref import GCRef, cast_instance_to_gcref, cast_gcref_to_instance

class A:
    x: int
    def __init__(self, x: int) -> None:
        self.x = x

class B(A):
    pass
'''


def annotate(tmp_path: Path, name: str, body: str) -> object:
    from rpy.annotate.annotator import Annotator
    from rpy.targetload import import_target
    path = tmp_path / ('gcrefcast_%s.py' % name)
    path.write_text(PRELUDE + textwrap.dedent(body))
    module = import_target(str(path))
    ann = Annotator()
    ann.build(module.entry_point)
    return ann


def test_result_is_the_class(tmp_path: Path) -> None:
    annotate(tmp_path, 'ok', '''
    def f(r: GCRef | None) -> int:
        a = cast_gcref_to_instance(A, r)     # A | None
        if a is None:
            return -1
        return a.x

    def entry_point(argv: list[str]) -> int:
        r = cast_instance_to_gcref(B(len(argv)))
        b = cast_gcref_to_instance(B, r)
        return b.x + f(r) + f(None)
    ''')


@pytest.mark.parametrize('name,body,phrase', [
    ('notclass', '''
    def entry_point(argv: list[str]) -> int:
        r = cast_instance_to_gcref(A(1))
        return cast_gcref_to_instance(3, r).x
    ''', 'the first argument must be a class'),
    ('notref', '''
    def entry_point(argv: list[str]) -> int:
        return cast_gcref_to_instance(A, A(1)).x
    ''', 'the second argument must be a GCRef'),
])
def test_errors(tmp_path: Path, name: str, body: str, phrase: str) -> None:
    with pytest.raises(RPyError) as e:
        annotate(tmp_path, name, body)
    assert phrase in str(e.value), str(e.value)
    assert 'gcrefcast_%s.py:' % name in str(e.value)
