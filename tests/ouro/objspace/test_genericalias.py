"""types.GenericAlias and types.UnionType (ouro/objspace/genericalias.py),
untranslated, against CPython: iteration gives one starred alias (it
used to fall back to __getitem__ and never end with a TypeVar inside),
substitution with TypeVarTuples and nested aliases, attribute forwarding,
unions.  The translated differential programs
tests/ouro/programs/types_genericalias_*.py and types_uniontype.py cover
much more.

    python -m pytest -q tests/ouro/objspace/test_genericalias.py     (~20 s)
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[3]

PROGRAM = r'''
from typing import TypeVar, TypeVarTuple, List
T = TypeVar("T"); S = TypeVar("S"); Ts = TypeVarTuple("Ts")
print([*tuple[T]], [*tuple[int, str]][0].__unpacked__, list(iter(list[T])))
print(dict[T, list[S]].__parameters__, dict[T, list[S]][str, int], list[List[T]][int])
print(tuple[T, *Ts][int, str, bytes], tuple[*Ts][*tuple[int, str]], tuple[*Ts][()])
GA = type(list[int])
for f in [lambda: list[int][int], lambda: list[T][int, str], lambda: GA(list)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(list[int].__name__, list[int].__class__, list[int].__reduce__(), GA(list, int) == list[int])
print(int | str | None, (int | list[T])[str], (int | str) == (str | int), int | List[int])
print(isinstance(1, int | list[int]), (int | str).__module__, hash(int | str) == hash(str | int))
'''


def test_genericalias_union(tmp_path: Any) -> None:
    if not (REPO / "ouro" / "__main__.py").exists():
        pytest.skip("no interpreter")
    prog = tmp_path / "genericalias.py"
    prog.write_text(PROGRAM)
    expected = subprocess.run([sys.executable, str(prog)], capture_output=True, text=True,
                              timeout=120)
    got = subprocess.run([sys.executable, "-m", "ouro", "-S", str(prog)], capture_output=True,
                         text=True, timeout=600, cwd=REPO)
    assert expected.returncode == 0, expected.stderr
    assert got.stdout.splitlines() == expected.stdout.splitlines(), got.stderr[-2000:]
