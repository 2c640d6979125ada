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
    'async_basic.py': 'stdout L1: exp "driver got (\'sleep\', 1)" got \'<none>\'',
    'async_for_with.py': "stdout L1: exp 'range 0' got '<none>'",
    'generator_finalization.py': "stdout L2: exp '  finally of loop with break' got 'after the loop'",
    'generators_advanced.py': "stdout L1: exp 'body in finally' got '<none>'",
    'globals_locals.py': 'stdout L6: exp "{\'q\': 5} [\'__dict__\', \'__doc__\', \'__module__\']" got "{\'q\': 5} [\'__doc__\', \'__module__\', \'a\']"',
    'imports.py': 'stdout L2: exp \'{"a": [1, 2]} r 24\' got \'<none>\'',
    'lang_complex_2.py': "stdout L1: exp '(2+3j) 1j 3.141592653589793 (1.0, 1.5707963267948966)' got '<none>'",
    'lang_coroutine_2.py': 'stdout L5: exp "(0, [\'agen 0\'])" got \'<none>\'',
    'lang_coroutine_3.py': 'stdout L1: exp "[\'a done\', \'b done\']" got \'<none>\'',
    'lang_coroutine_5.py': "stdout L1: exp '[0, 1, 4]' got '<none>'",
    'lang_coroutine_6.py': "stdout L1: exp 'A B' got '<none>'",
    'lang_descriptors_2.py': "stdout L8: exp 'getset_descriptor getset_descriptor method_descriptor' got 'NoneType getset_descriptor meth...",
    'lang_ellipsis_1.py': "stdout L9: exp 'True 1 DeprecationWarning' got 'True 0 None'",
    'lang_exc_hierarchy_1.py': "stdout L53: exp 'n nm mod' got '<none>'",
    'lang_exc_traceback_1.py': "stdout L3: exp 'ValueError True True' got 'ValueError True False'",
    'lang_func_posonly_1.py': "stdout L21: exp '(x, y, /) (iterable, /, *, key=None, reverse=False)' got '<none>'",
    'lang_gen_3.py': "stdout L2: exp 'finalizing gen' got 'after del'",
    'lang_gen_send_2.py': "stdout L5: exp 'mapper closing' got '10.0'",
    'lang_globals_locals_1.py': 'stdout L13: exp "[\'__doc__\', \'__file__\', \'__loader__\', \'__name__\', \'__package__\'] True True" got "[\'__doc__...',
    'lang_hash_1.py': "stdout L19: exp 'True True True' got 'True False False'",
    'lang_repr_str_3.py': 'stdout L6: exp "True <class \'__main__.Default\'> <slot wrapper \'__init__\' of " got "True <class \'__main__.De...',
    'lang_slice_1.py': 'stdout L13: exp "(<class \'slice\'>, (1, 2, 3)) slice" got \'<none>\'',
    'lang_slots_1.py': 'stdout L5: exp "3 [\'z\']" got "3 [\'x\', \'y\', \'z\']"',
    'lang_slots_3.py': 'stdout L2: exp "TypeError cannot create weak reference to \'Child\' object" got \'True\'',
    'lang_stdlib_json_1.py': 'stdout L37: exp \'JSONDecodeError Invalid \\\\escape: line 1 column 2 (char 1)\' got "JSONDecodeError Invalid \\...',
    'lang_stdlib_json_2.py': 'stderr: exp \'decode\\n    raise JSONDecodeError("Expecting value", s, err.value) from None\\njson.decoder.JSO...',
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
