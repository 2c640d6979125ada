"""The interpreter, differential: Python programs run by the translated
`ouro` (ouro/target.py) and by CPython 3.11, comparing stdout, stderr and
the exit status.

The programs are tests/ouro/programs/*.py (written for the interpreter)
and tests/ouro/compile_programs/*.py (written for the compiler; they run
on the interpreter too).  Programs the interpreter cannot run yet are listed
in KNOWN_FAILURES with the reason: the list shrinks as issue 4 proceeds,
and a program on it that passes makes the test fail (remove it then).

Run one program by hand:
    python -m ouro PROGRAM.py          (untranslated, slow)
    bin/ouro PROGRAM.py                (after `make ouro`)
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CPYTHON = os.path.realpath(sys.executable)
DIRS = [HERE / "programs", HERE / "compile_programs"]

# program name -> why it does not pass yet (the first difference seen, or the
# error that stops it); see docs/status.md for the causes grouped
KNOWN_FAILURES: dict[str, str] = {
    'async_basic.py': "AttributeError: 'memoryview' object has no attribute 'cast'",
    'async_for_with.py': "AttributeError: 'memoryview' object has no attribute 'cast'",
    'generator_finalization.py': "stdout L2: exp '  finally of loop with break' got 'after the loop'",
    'generators_advanced.py': "AttributeError: 'memoryview' object has no attribute 'cast'",
    'globals_locals.py': "stdout L6: exp '{'q': 5} ['__dict__', '__doc__', '__module__']' got '{'q': 5} ['__doc__', '__module__', 'a']'",
    'imports.py': 'ImportError: No module named expat; use SimpleXMLTreeBuilder instead',
    'lang_assert_1.py': "stderr: exp 'uro/programs/lang_assert_1.py', line 3, in checked_sqrt     assert x >= 0, f'negative input {x...",
    'lang_bound_methods_1.py': "stdout L14: exp 'AttributeError readonly attribute' got 'AttributeError attribute '__self__' of 'method' ob...",
    'lang_builtins_3.py': "AttributeError: 'NoneType' object has no attribute '__name__'. Did you mean: '__ne__'?",
    'lang_class_getitem_1.py': "stdout L3: exp 'TypeError type 'Plain' is not subscriptable' got '('implicit classmethod', 'NotClassMethod'...",
    'lang_classes_1.py': "stdout L13: exp 'RPy Bank mappingproxy True' got 'RPy Bank dict True'",
    'lang_complex_2.py': "stdout L1: exp '(2+3j) 1j 3.141592653589793 (1.0, 1.5707963267948966)' got '<none>'",
    'lang_coroutine_1.py': "ModuleNotFoundError: No module named '_imp'",
    'lang_coroutine_2.py': 'GeneratorExit',
    'lang_coroutine_3.py': "AttributeError: 'memoryview' object has no attribute 'cast'",
    'lang_coroutine_5.py': "stdout L1: exp '[0, 1, 4]' got '<none>'",
    'lang_coroutine_6.py': "AttributeError: 'memoryview' object has no attribute 'cast'",
    'lang_descriptors_2.py': "stdout L6: exp '8 SetOnly' got '<__main__.SetOnly object at 0x7f0000001000> SetOnly'",
    'lang_descriptors_4.py': "stdout L6: exp 'RuntimeError Error calling __set_name__ on 'BadSetName' instance 'thing' in 'Hos' got 'Valu...",
    'lang_dict_2.py': "stdout L7: exp 'True' got 'no mapping'",
    'lang_ellipsis_1.py': "AttributeError: 'NotImplementedType' object has no attribute '__reduce__'. Did you mean: '__reduce_ex__'?",
    'lang_eval_exec_1.py': "stdout L9: exp 'custom len' got '3'",
    'lang_eval_exec_3.py': "stdout L5: exp 'caught invalid syntax 1 0' got 'caught invalid syntax 1 4'",
    'lang_eval_exec_4.py': "stdout L2: exp '(1, 3, ['a', 'b'])' got '(1, None, ['a'])'",
    'lang_exc_group_1.py': "stdout L20: exp 'TypeError BaseExceptionGroup.__new__() argument 1 must be str, not int' got 'TypeError arg...",
    'lang_exc_group_2.py': "stderr: exp 'oup_2.py', line 6, in task     |     raise TypeError(f'task {n} bad type')     | TypeError: ta...",
    'lang_exc_group_3.py': "stderr: exp '+------------------------------------     +---------------- 2 ----------------     | ZeroDivis...",
    'lang_exc_group_4.py': "stderr: exp 'rograms/lang_exc_group_4.py', line 6, in worker     |     raise KeyboardInterrupt()     | Keyb...",
    'lang_exc_hierarchy_1.py': "AttributeError: 'UnicodeDecodeError' object has no attribute 'start'",
    'lang_exc_hierarchy_2.py': "stdout L48: exp '47 TypeError unbound method list.append() needs an argument' got '47 TypeError append expe...",
    'lang_exc_traceback_1.py': "AttributeError: 'code' object has no attribute 'co_positions'",
    'lang_fstring_2.py': "ModuleNotFoundError: No module named '_contextvars'",
    'lang_func_kwonly_1.py': "ModuleNotFoundError: No module named '_imp'",
    'lang_func_posonly_1.py': "ModuleNotFoundError: No module named '_imp'",
    'lang_gen_3.py': "stdout L2: exp 'finalizing gen' got 'after del'",
    'lang_gen_send_2.py': "ModuleNotFoundError: No module named '_imp'",
    'lang_globals_locals_1.py': "stdout L13: exp '['__doc__', '__file__', '__loader__', '__name__', '__package__'] True True' got '['__doc__...",
    'lang_hash_1.py': "ModuleNotFoundError: No module named '_contextvars'",
    'lang_hash_3.py': "ModuleNotFoundError: No module named '_contextvars'",
    'lang_init_subclass_1.py': "stdout L7: exp 'TypeError type 'int' is not subscriptable' got '[('O1', ['Order']), ('O2', ['O1'])]'",
    'lang_inplace_2.py': "stderr: exp '/ouro/programs/lang_inplace_2.py', line 21, in <module>     config[0] += [5]     ~~~~~~^^^ Typ...",
    'lang_int_7.py': "stdout L24: exp 'True bit_length' got 'False bit_length'",
    'lang_iter_protocol_1.py': "stdout L13: exp 'str_ascii_iterator list_iterator tuple_iterator dict_keyiterator' got 'str_iterator list_i...",
    'lang_memoryview_1.py': "AttributeError: 'memoryview' object has no attribute 'strides'",
    'lang_memoryview_2.py': "stdout L1: exp 'I 4 4 16' got '<none>'",
    'lang_memoryview_3.py': "AttributeError: 'memoryview' object has no attribute 'cast'",
    'lang_property_3.py': "stdout L3: exp 'accessing value' got '7 LoggedProperty'",
    'lang_range_1.py': "TypeError: descriptor '__getitem__' for 'range' objects doesn't apply to a 'range' object",
    'lang_repr_str_1.py': "stdout L6: exp 'sub StrSub' got 'sub str'",
    'lang_repr_str_3.py': "ModuleNotFoundError: No module named '_contextvars'",
    'lang_slice_1.py': "AttributeError: 'slice' object has no attribute '__reduce__'. Did you mean: '__reduce_ex__'?",
    'lang_slots_1.py': "AttributeError: 'member_descriptor' object has no attribute '__name__'. Did you mean: '__ne__'?",
    'lang_slots_3.py': "TypeError: cannot pickle 'Pt' object",
    'lang_stdlib_dataclasses_1.py': "ModuleNotFoundError: No module named '_imp'",
    'lang_stdlib_dataclasses_2.py': "stdout L1: exp 'Money(amount=12, currency='EUR') True True' got '<none>'",
    'lang_stdlib_import_1.py': "ModuleNotFoundError: No module named '_imp'",
    'lang_stdlib_json_1.py': "stdout L37: exp 'JSONDecodeError Invalid \\\\escape: line 1 column 2 (char 1)' got 'JSONDecodeError Invalid \\...",
    'lang_stdlib_json_2.py': "stderr: exp 'decode     raise JSONDecodeError('Expecting value', s, err.value) from None json.decoder.JSOND...",
    'lang_stdlib_typing_1.py': "AttributeError: attribute '__annotations__' of 'type' objects is not writable",
    'lang_str_methods_12.py': "stdout L6: exp 'caught: latin-1 0 2 ordinal not in range(256)' got '<none>'",
    'lang_super_4.py': "AttributeError: 'super' object has no attribute '__self_class__'",
    'lang_type3_1.py': "AttributeError: 'getset_descriptor' object has no attribute '__get__'. Did you mean: '__set__'?",
    'lang_type3_2.py': "stderr: exp '^^^^^^^^^^^^^^^^^ TypeError: metaclass conflict: the metaclass of a derived class must be a (n...",
    'match_class.py': "ModuleNotFoundError: No module named '_imp'",
    'match_classes.py': "ModuleNotFoundError: No module named '_imp'",
    'match_mapping.py': "stdout L17: exp 'defaultdict: no y, keys ['x']' got '  getitem a'",
    'match_sequences.py': "AttributeError: module 'collections' has no attribute 'abc'",
    're_ignorecase.py': "AttributeError: 'memoryview' object has no attribute 'cast'",
    'time_datetime.py': "stdout L1: exp '2024-02-29 datetime.date(2024, 2, 29) 3 4 datetime.IsoCalendarDate(year=2024, we' got '2024...",
}


def programs() -> list[str]:
    result: list[str] = []
    for d in DIRS:
        if d.is_dir():
            for p in sorted(d.glob("*.py")):
                result.append(str(p.relative_to(HERE)))
    return result


def run(cmd: list[str], cwd: Path) -> tuple[int, str, str]:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(cmd, capture_output=True, timeout=120, cwd=cwd, env=env)
    return (proc.returncode, proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"))


@pytest.fixture(scope="session")
def ouro_exe(rpy_translate) -> Path:
    return rpy_translate(REPO / "ouro" / "target.py")


@pytest.mark.translated
@pytest.mark.parametrize("rel", programs())
def test_program(ouro_exe: Path, rel: str) -> None:
    path = HERE / rel
    expected = run([CPYTHON, path.name], path.parent)
    got = run([str(ouro_exe), path.name], path.parent)
    name = path.name
    ok = got == expected
    if name in KNOWN_FAILURES:
        if ok:
            pytest.fail("%s passes now: remove it from KNOWN_FAILURES" % name)
        pytest.xfail(KNOWN_FAILURES[name])
    assert got[1] == expected[1], "stdout differs"
    assert got[2] == expected[2], "stderr differs"
    assert got[0] == expected[0], "exit status differs"
