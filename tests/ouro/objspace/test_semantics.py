"""Language semantics at the application level, against CPython: programs
run through `python -m ouro` (untranslated) and CPython, and their stdout
(and stderr, for the uncaught exception-group traceback) must agree.
Descriptors (getset/member descriptors, data descriptors without __get__,
property subclasses), type objects (type() errors, metaclass conflicts,
__bases__ and __annotations__ assignment, mappingproxy __dict__,
type[...]), built-in functions' __self__/__doc__, long ranges, exec/eval
details, cmath (finite values to the last bit), and the printing of
exception groups.

    python -m pytest -q tests/ouro/objspace/test_semantics.py     (~30 s)
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[3]

DESCRIPTORS = r'''
class A:
    __slots__ = ("x",)
    def m(self):
        return 1
print(type.__dict__["__name__"].__get__(A), type.__dict__["__name__"])
gs = type.__dict__["__name__"]
print(gs.__name__, gs.__qualname__, gs.__objclass__ is type, type(gs).__name__)
print(A.x, A.x.__name__, A.x.__objclass__ is A, type(A.x).__name__)
m = A().m
try:
    m.__self__ = None
except AttributeError as e:
    print("AttributeError", e)
print(type(type(m).__dict__["__self__"]).__name__, len.__self__.__name__, len.__module__)
import math
print(math.sqrt.__self__ is math, math.sqrt.__module__)
class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__["so"] = v * 2
class H:
    so = SetOnly()
h = H()
h.so = 4
print(h.so)
class LoggedProperty(property):
    def __get__(self, obj, objtype=None):
        print("get", obj is None)
        return super().__get__(obj, objtype)
class P:
    @LoggedProperty
    def v(self):
        return 7
    w = property()
print(P().v, type(P.__dict__["v"]).__name__)
for f in [lambda: P().w, lambda: setattr(P(), "w", 1), lambda: delattr(P(), "w"),
          lambda: property().__get__(P())]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class Host:
        attr = Bad()
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
class B:
    def f(self):
        return "B"
class D(B):
    def f(self):
        return "D"
s = super(D, D())
print(s.f(), s.__thisclass__.__name__, s.__self_class__.__name__, type(s.__self__).__name__)
class I:
    def __init__(self):
        super().__init__(1)
class N:
    def __new__(cls):
        return super().__new__(cls, 1)
class Plain:
    pass
print(repr(str.__add__), repr(str.join), type(object.__init__).__name__,
      type(object().__init__).__name__, repr("a".__add__)[:30], str.__add__.__objclass__)
for f in [I, N, lambda: Plain(1), lambda: list.append(), lambda: object.__init__(),
          lambda: list.__len__()]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
'''

TYPES = r'''
class Plain:
    pass
class L:
    def __len__(self):
        return 2 ** 63
for bad in [lambda: type(1, (), {}), lambda: type("X", (5,), {}), lambda: type("X", (), []),
            lambda: Plain[int], lambda: isinstance([], list[int]), lambda: int[str]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(type[int], list[int], type.__module__, type.__qualname__, int.__module__)
class Base:
    pass
class A(Base):
    x: int
class B(Base):
    pass
class C(A):
    pass
C.__bases__ = (B,)
print([k.__name__ for k in C.__mro__], issubclass(C, A), issubclass(C, B))
for bases in [(C,), (int,), (object,), ()]:
    try:
        A.__bases__ = bases
    except TypeError as e:
        print("TypeError", e)
A.__annotations__ = {"y": str}
print(A.__annotations__)
del A.__annotations__
print(A.__annotations__)
d = A.__dict__
print(type(d).__name__, "x" not in d, d["__module__"], sorted(k for k in d if not k.startswith("__")))
try:
    d["z"] = 1
except TypeError as e:
    print("TypeError", e)
import types
mp = types.MappingProxyType({"a": 1})
print(mp, mp["a"], mp.get("b", 2), list(mp), len(mp), mp == {"a": 1}, mp | {"b": 2})
try:
    types.MappingProxyType([])
except TypeError as e:
    print("TypeError", e)
k = {"a": 1}.keys()
print(k.mapping, type(iter("ab")).__name__, type(iter("é")).__name__)
class S(str):
    pass
class R:
    def __str__(self):
        return S("s")
print(type(str(R())).__name__)
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19], big.index(123), big[5:10], big[::-1][:3])
print(10 ** 30 in range(5), range(5).count(10 ** 30))
print(int.__doc__.splitlines()[0], object.__doc__.splitlines()[0], print.__doc__.splitlines()[0])
for bad in [lambda: format(1, 5), lambda: chr(2 ** 70), lambda: len(L())]:
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
'''

EXEC = r'''
print(eval("len", {"__builtins__": {"len": lambda s: "custom"}})("abc"))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
for src, mode in [("1 +", "eval"), ("1 +", "exec"), ("1 + 2 +", "eval"), ("(1 +", "eval")]:
    try:
        compile(src, "<s>", mode)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
def f():
    a = 1
    exec("a = 2; b = 3")
    loc = locals()
    return a, loc.get("b"), sorted(loc)
print(f())
import collections
d = collections.defaultdict(list)
d["x"] = 1
match d:
    case {"x": 1, "y": _}:
        print("matched y")
    case {"x": 1}:
        print("no y", sorted(d))
for args in [(1, []), ("m", 5), ("m", [])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
'''

CMATH = r'''
import cmath
vals = [0, 1, -1, 1j, -1j, 2+3j, -2.5+0.5j, 0.3-0.7j, 1e-300+1e-300j, 1e300+1e300j, -0.0, complex(-0.0, -0.0), 5, 0.5]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh", "phase", "polar", "isnan", "isinf", "isfinite"]:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, out)
print(cmath.rect(1, 0), cmath.rect(2, 1.5), cmath.log(8, 2), cmath.isclose(1+1j, 1+1.0000000001j), cmath.pi, cmath.infj, cmath.nanj)
for bad in [lambda: cmath.sqrt("x"), lambda: cmath.sqrt(), lambda: cmath.rect(1j, 1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
for f in [lambda: cmath.log(2, 1), lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.sqrt(float("inf")), lambda: cmath.exp(complex(0, float("inf"))), lambda: cmath.log(float("nan")), lambda: cmath.rect(float("inf"), 0), lambda: cmath.polar(1e308+1e308j), lambda: cmath.sinh(1000)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
'''

GROUPS = r'''
def f():
    raise ValueError("line1\nline2")
errs = []
try:
    f()
except ValueError as e:
    e.add_note("note a\nnote b")
    errs.append(e)
try:
    try:
        1/0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as k:
    errs.append(k)
errs.append(ExceptionGroup("inner", [TypeError("t"), ExceptionGroup("deep", [OSError("o")])]))
errs.append(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
def nest(n):
    return ValueError("bottom") if n == 0 else ExceptionGroup("lvl%d" % n, [nest(n - 1)])
errs.append(nest(12))
try:
    raise ExceptionGroup("outer", errs)
except* TypeError:
    raise RuntimeError("in handler")
'''


def run_both(tmp_path: Any, name: str, program: str) -> tuple[Any, Any]:
    if not (REPO / "ouro" / "__main__.py").exists():
        pytest.skip("no interpreter")
    prog = tmp_path / ("sem_" + name + ".py")
    prog.write_text(program)
    expected = subprocess.run([sys.executable, str(prog)], capture_output=True, text=True,
                              timeout=120)
    got = subprocess.run([sys.executable, "-m", "ouro", "-S", str(prog)], capture_output=True,
                         text=True, timeout=600, cwd=REPO)
    return expected, got


@pytest.mark.parametrize("name", ["DESCRIPTORS", "TYPES", "EXEC", "CMATH"])
def test_app_level(tmp_path: Any, name: str) -> None:
    expected, got = run_both(tmp_path, name.lower(), globals()[name])
    assert got.stdout.splitlines() == expected.stdout.splitlines(), got.stderr[-2000:]
    assert expected.returncode == 0


def test_exception_group_traceback(tmp_path: Any) -> None:
    expected, got = run_both(tmp_path, "groups", GROUPS)
    assert got.stderr.splitlines() == expected.stderr.splitlines()
    assert got.returncode == expected.returncode == 1
