"""The AST node classes (generated) and dump(), against CPython's ast module.

* test_generated_file_is_up_to_date   re-running gen_astnodes.py gives the
                                      committed ouro/parser/astnodes.py
* test_classes_mirror_cpython         same classes, bases, fields (in order),
                                      attributes, constructor parameters
* test_dump_every_node_class          trees covering every node class (all
                                      four parse modes, type comments):
                                      dump(convert(tree)) == ast.dump(tree,
                                      include_attributes=True)
* test_dump_stdlib[sample]            the same for each file of the Lib/
  test_dump_stdlib_full[slow]         sample (all files under `slow`)

The trees are CPython's (ast.parse), converted into our classes by
tests/ouro/ast_convert.py: this proves nodes and dump complete,
independently of our future parser.
"""
from __future__ import annotations

import ast
import inspect
import warnings

import pytest

from ast_convert import NODE_INFO, concrete_classes, convert
from ouro.parser import astnodes
from ouro.parser.dump import dump
from ouro.parser.gen_astnodes import OUTPUT, generate
from ouro_testutil import read, sample_files, stdlib_files

# one of everything (every node class appears in one of the MODES trees)
EVERYTHING = r'''"""Every statement and expression of Python 3.11."""
from __future__ import annotations
import os, sys as system
from . import sibling
from ..pkg.mod import (a as b, c)
global_var: int = 1
x = y = [1, 2.5, 3j, 'é\n\'"', b'\x00\xff', None, True, False, ..., 0xffffffffffffffffffffff, 1e999, -0.0]
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2; x @= m; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
del x, y[0], y.attr
assert x, "msg"
z = a if b else c
z = not a and b or c
z = -a + +b * ~c / d // e % f ** g @ h << i >> j & k | l ^ m
z = a < b <= c > d >= e == f != g is h is not i in j not in k
z = lambda p, /, q=1, *r, s, t=2, **u: p
z = {1: 2, **other}, {1, 2}, [v for v in w if v async for q in r], {v for v in w}, {k: v for k, v in w}, (v for v in w)
z = f(a, *b, c=d, **e)
z = a.b[c:d:e, f:][::2]
z = f"{a!r:>{w}} {b=} {c!s} {d!a}" u"kind"
z = (y := 10)
*a, b = c
[a, (b, c)] = d
def func(a: int, /, b: str = "x", *args: int, c, d: float = 1.0, **kwargs) -> None:  # type: ignore
    """doc"""
    global g
    def inner():
        nonlocal a
    yield a
    yield from b
    return
async def coro():
    await x
    async for i in y:
        pass
    else:
        pass
    async with a as b, c:
        pass
    return [i async for i in y]
@decorator
@decorator2(arg)
class C(Base, metaclass=Meta):
    attr: int
    def m(self): return super().m()
for i in range(10):
    if i: continue
    elif j: break
    else: pass
else:
    pass
while x:
    pass
else:
    pass
with open(f) as fh, lock:
    pass
with (a as b, c as d):
    pass
try:
    pass
except ValueError as e:
    raise RuntimeError() from e
except (TypeError, KeyError):
    raise
else:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
match command:
    case [1, 2, *rest]:
        pass
    case {"key": value, **others}:
        pass
    case Point(x=0, y=yy) | Point(1, 2):
        pass
    case None | True | False:
        pass
    case "s" | -1 | 1 + 2j | a.b:
        pass
    case (p as q) if q > 0:
        pass
    case [*_]:
        pass
    case _:
        pass
'''

MODES = [("exec", EVERYTHING), ("eval", "x + 1"), ("single", "x = 1"),
         ("func_type", "(int, *str) -> None")]


def parse(source: str | bytes, mode: str = "exec", type_comments: bool = True) -> ast.AST:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(source, mode=mode, type_comments=type_comments)


def test_generated_file_is_up_to_date() -> None:
    with open(OUTPUT, encoding="utf-8") as f:
        committed = f.read()
    assert committed == generate(), "run: python -m ouro.parser.gen_astnodes"


def cpython_classes() -> list[type]:
    result = []
    todo = [ast.AST]
    while todo:
        cls = todo.pop()
        result.append(cls)
        todo.extend(c for c in cls.__subclasses__()
                    if c.__module__ == "ast" and not (c.__doc__ or "").startswith("Deprecated"))
    return result


def test_classes_mirror_cpython() -> None:
    classes = cpython_classes()
    assert len(classes) == len(NODE_INFO) > 100
    for cls in classes:
        ours = getattr(astnodes, cls.__name__)
        assert ours.node_name(object.__new__(ours)) == cls.__name__
        if cls is not ast.AST:
            assert ours.__bases__[0].__name__ == cls.__bases__[0].__name__
        if cls.__subclasses__() or cls is ast.AST:
            continue                      # abstract: no constructor
        params = list(inspect.signature(ours.__init__).parameters)[1:]
        assert params == list(cls._fields) + list(cls._attributes), cls.__name__
        declared = {}
        for klass in reversed(ours.__mro__):
            declared.update(klass.__dict__.get("__annotations__", {}))
        assert set(params) <= set(declared), cls.__name__


def test_every_node_class_is_covered() -> None:
    seen = set()
    for mode, src in MODES:
        seen.update(type(n).__name__ for n in ast.walk(parse(src, mode)))
    assert sorted(set(concrete_classes()) - seen) == []


@pytest.mark.parametrize("mode,src", MODES, ids=[m for m, s in MODES])
def test_dump_every_node_class(mode: str, src: str) -> None:
    tree = parse(src, mode)
    assert dump(convert(tree)) == ast.dump(tree, include_attributes=True)


def test_dump_details() -> None:
    # None-valued optional fields are left out, empty lists printed, None
    # list items printed, constants as reprs
    tree = parse("from . import x\n{**a}\ndef f(*, k): pass\nx = 0x10000000000000000 + 1e999j + 1.5")
    text = dump(convert(tree))
    assert text == ast.dump(tree, include_attributes=True)
    assert "module=" not in text and "keys=[None]" in text and "kw_defaults=[None]" in text
    assert "value=18446744073709551616" in text and "value=infj" in text


def check_file(rel: str) -> None:
    data = read(rel)
    try:
        tree = parse(data, type_comments=False)    # as ast.parse(source)
    except SyntaxError:
        pytest.skip("CPython cannot parse it either")
    assert dump(convert(tree)) == ast.dump(tree, include_attributes=True)


@pytest.mark.parametrize("rel", sample_files())
def test_dump_stdlib(rel: str) -> None:
    check_file(rel)


@pytest.mark.slow
@pytest.mark.parametrize("rel", stdlib_files())
def test_dump_stdlib_full(rel: str) -> None:
    check_file(rel)
