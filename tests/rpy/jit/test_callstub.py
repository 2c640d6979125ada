"""Call stubs (rpy/jit/backend/x86/callstub.py): calling a function
through a CallDescr from RPy code, untranslated with ctypes callbacks as
the functions (the backend without GC: no exception check).  Translated,
with the GC and RPy functions from rpy_jit_functions[] (exceptions too):
test_jit_run_translated.py (programs/jit_callstub_prog.py)."""
from __future__ import annotations

import ctypes

import pytest

from rpy.jit.backend.x86.assembler import BackendConfig
from rpy.jit.backend.x86.callstub import CallStubs
from rpy.jit.backend.x86.codebuf import ExecutableMemory
from rpy.jit.metainterp.resoperation import (
    CallDescr, EffectInfo, EF_CAN_RAISE, INT, REF, FLOAT, VOID)

I64 = ctypes.c_int64
F64 = ctypes.c_double
EI = EffectInfo(EF_CAN_RAISE, [], [], [], [])


@pytest.fixture
def stubs():
    s = CallStubs(ExecutableMemory(), BackendConfig(0, 0))
    yield s
    s.free()


def addr_of(cb) -> int:
    return ctypes.cast(cb, ctypes.c_void_p).value


def test_int_args_on_the_stack_too(stubs) -> None:
    @ctypes.CFUNCTYPE(I64, *([I64] * 9))
    def f(*a):
        return sum((k + 1) * x for k, x in enumerate(a))
    d = CallDescr('d9', [INT] * 9, INT, EI)
    args = [3, -1, 7, 100, 5, 6, -70, 8, 1 << 40]
    assert stubs.bh_call_i(addr_of(f), args, [], [], d) == sum((k + 1) * x for k, x in enumerate(args))
    assert stubs.bh_call_i(addr_of(f), [0] * 9, [], [], d) == 0
    assert len(stubs.stubs) == 1          # made once per descr


def test_mixed_kinds_and_float_result(stubs) -> None:
    @ctypes.CFUNCTYPE(F64, I64, F64, I64, F64, F64, F64, F64, F64, F64, F64, F64)
    def g(i, x, j, *fs):
        return i * x + j + sum(fs) * 0.5
    d = CallDescr('g', [INT, FLOAT, INT] + [FLOAT] * 8, FLOAT, EI)
    fs = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]
    got = stubs.bh_call_f(addr_of(g), [3, 4], [], [2.5] + fs, d)
    assert got == 3 * 2.5 + 4 + sum(fs) * 0.5


def test_refs_and_void(stubs) -> None:
    seen = []

    @ctypes.CFUNCTYPE(I64, I64, I64)
    def pick(r, i):
        return r if i else 0

    @ctypes.CFUNCTYPE(None, I64, F64)
    def record(i, x):
        seen.append((i, x))
    obj = object()
    dr = CallDescr('pick', [REF, INT], REF, EI)
    assert stubs.bh_call_r(addr_of(pick), [1], [obj], [], dr) is obj
    assert stubs.bh_call_r(addr_of(pick), [0], [obj], [], dr) is None
    dv = CallDescr('record', [INT, FLOAT], VOID, EI)
    assert stubs.bh_call_v(addr_of(record), [7], [], [1.5], dv) is None
    assert seen == [(7, 1.5)]


def test_reentrant(stubs) -> None:
    d = CallDescr('fact', [INT], INT, EI)

    @ctypes.CFUNCTYPE(I64, I64)
    def fact(n):
        if n <= 1:
            return 1
        return n * stubs.bh_call_i(addr_of(fact), [n - 1], [], [], d)
    assert stubs.bh_call_i(addr_of(fact), [10], [], [], d) == 3628800


def test_wrong_arguments(stubs) -> None:
    @ctypes.CFUNCTYPE(I64, I64)
    def one(x):
        return x
    d = CallDescr('one', [INT], INT, EI)
    with pytest.raises((ValueError, IndexError)):
        stubs.bh_call_i(addr_of(one), [1, 2], [], [], d)
