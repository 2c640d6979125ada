"""The codewriter lowers list, str and dict operations to low-level
operations (rpy_list fields, array items; gcdescrs.py) and calls of C
runtime wrappers (runtimecalls.py), which the untranslated metainterp runs
on Python objects: same results, and the traces the translated JIT will
record (list reads cached by the heap optimizer, constant reads folded,
IndexError raised by a failed check).  jitlang's jitcodes call no Python
helper any more, and its programs run under the untranslated JIT."""
from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import pytest

from rpy.rlib.jit import JitDriver, set_param
from rpy.jit.metainterp.pyjitpl import JitRunner
from rpy.jit.codewriter.runtimecalls import FUNCS

REPO = Path(__file__).resolve().parent.parent.parent.parent
JITLANG = REPO / 'examples' / 'jitlang'


class Table:
    _immutable_fields_ = ['data[*]']
    data: list[int]

    def __init__(self, data: list[int]) -> None:
        self.data = data


list_driver = JitDriver(greens=['t'], reds=['i', 'n', 'acc', 'words'], name='lists')


def lists(t: Table, n: int) -> int:
    acc: list[int] = []
    words = ['a']
    i = 0
    while i < n:
        list_driver.jit_merge_point(t=t, i=i, n=n, acc=acc, words=words)
        acc.append(t.data[2] + t.data[-1] + len(acc))
        if len(acc) > 3:
            acc[-2] = acc[-1] - acc[-3]
        w = words[len(words) - 1]
        if len(w) < 5 and w != 'aaaa':
            words.append(w + 'a')
        i += 1
        list_driver.can_enter_jit(t=t, i=i, n=n, acc=acc, words=words)
    return acc[len(acc) - 2] + len(words) * 1000


index_driver = JitDriver(greens=[], reds=['i', 'n', 'data'], name='index')
FACTORS = {'x': 1}


def index_error(n: int) -> int:
    data = [0] * 10
    i = 0
    try:
        while True:
            index_driver.jit_merge_point(i=i, n=n, data=data)
            data[i] = i * FACTORS['x'] + max(i, 3) + len('%s-%d' % ('k', i))
            i += 1
            index_driver.can_enter_jit(i=i, n=n, data=data)
    except IndexError:
        return i * 100 + data[9]


msg_driver = JitDriver(greens=[], reds=['i', 'n'], name='msg')


def stop_message(n: int) -> str:
    i = 0
    try:
        while True:
            msg_driver.jit_merge_point(i=i, n=n)
            if i == n:
                raise ValueError('stopped at %d' % i)
            i += 1
            msg_driver.can_enter_jit(i=i, n=n)
    except ValueError as e:
        return str(e)


fmt_driver = JitDriver(greens=[], reds=['i', 'n', 's'], name='fmt')


def widths(n: int) -> str:
    s = ''
    i = 0
    while i < n:
        fmt_driver.jit_merge_point(i=i, n=n, s=s)
        s = '%3d|%s' % (i, 'x')      # a width: not lowered, the tuple is built
        i += 1
        fmt_driver.can_enter_jit(i=i, n=n, s=s)
    return s


def entry_point(argv: list[str]) -> int:
    print(lists(Table([1, 2, 3]), 10))
    print(index_error(10))
    print(stop_message(10))
    print(widths(10))
    return 0


def runner_for(driver: JitDriver) -> JitRunner:
    set_param(driver, 'threshold', 3)
    return JitRunner(entry_point, driver)


def all_ops(runner: JitRunner) -> list[str]:
    return [insn.opname for jc in runner.codewriter.jitcodes.values() for insn in jc.code]


def test_list_and_str_ops_lowered():
    runner = runner_for(list_driver)
    assert runner.run(Table([1, 2, 3]), 50) == lists(Table([1, 2, 3]), 50)
    mi = runner.metainterp
    assert mi.stats.loops >= 1
    for jc in runner.codewriter.jitcodes.values():
        for insn in jc.code:
            if insn.opname == 'residual_call':
                # every call has a C function translated
                assert insn.descr.c_name or insn.descr in runner.codewriter.call_descrs.values()
    text = runner.loop_traces()[-1]
    print(text)
    loop = text[text.index('label('):]
    # the constant table's items fold; the list append is a C call
    assert 'rpy_array_int_pure' not in loop and 'rpy_list.length_pure' not in loop
    assert 'call_n(' in loop and 'descr=rpy_jit_list_append_i' in loop
    assert 'getarrayitem_gc_i' in loop and 'setarrayitem_gc' in loop
    # the call writes the list: length re-read after it
    assert loop.count('rpy_list.length') >= 2


def test_index_error_from_check():
    runner = runner_for(index_driver)
    assert runner.run(10) == index_error(10) == 1000 + 9 + 9 + 3
    ops = all_ops(runner)
    assert 'unreachable' in ops and 'uint_lt' in ops
    names = [insn.descr.c_name for jc in runner.codewriter.jitcodes.values()
             for insn in jc.code if insn.opname == 'residual_call']
    assert 'rpy_jit_raise_list_assign_index' in names
    assert 'rpy_jit_dict_getitem_ri' in names
    assert 'rpy_jit_str_from_int' in names and 'rpy_jit_str_concat' in names


def test_builtin_exception_with_message():
    runner = runner_for(msg_driver)
    assert runner.run(20) == 'stopped at 20'
    ops = all_ops(runner)
    assert 'new' in ops and 'setfield' in ops
    assert not [insn for jc in runner.codewriter.jitcodes.values() for insn in jc.code
                if insn.opname == 'residual_call' and insn.descr.name.startswith('new ')]


def test_format_not_lowered_builds_its_tuple():
    runner = runner_for(fmt_driver)
    assert runner.run(12) == widths(12) == ' 11|x'


def test_runtime_wrappers_are_one_word():
    for f in FUNCS.values():
        text = f.c_definition()
        assert text.startswith(('Signed ', 'void ', 'double ', 'void *')), text
        assert 'rpy_word ' not in text.split('{')[0]


def _jitlang_runner() -> tuple[JitRunner, object]:
    sys.path.insert(0, str(JITLANG))
    try:
        import target
        import jl_interp
    finally:
        sys.path.remove(str(JITLANG))
    return JitRunner(target.entry_point, jl_interp.jitdriver, backendopt=True), jl_interp


def test_jitlang_no_python_helpers():
    runner, _ = _jitlang_runner()
    cw = runner.codewriter
    helpers = []
    for jc in cw.jitcodes.values():
        for insn in jc.code:
            if insn.opname == 'residual_call' and not insn.descr.c_name \
                    and insn.descr not in cw.call_descrs.values():
                helpers.append(insn.descr.name)
    assert helpers == []


@pytest.mark.parametrize('name', ['control', 'lists', 'strings', 'error_index', 'error_zero'])
def test_jitlang_untranslated_jit(name: str):
    runner, jl_interp = _jitlang_runner()
    sys.path.insert(0, str(JITLANG))
    try:
        from jl_compiler import compile_program
        from jl_parser import parse
        from jl_errors import JLError
    finally:
        sys.path.remove(str(JITLANG))
    jl_interp.jitdriver.params.threshold = 3
    src = (JITLANG / 'programs' / (name + '.jl')).read_text()
    expected = (JITLANG / 'programs' / (name + '.expected')).read_text()
    prog = compile_program(parse(src))
    out = io.StringIO()
    err = ''
    try:
        with contextlib.redirect_stdout(out):
            runner.run(prog.main, jl_interp.Frame(prog.main))
    except JLError as e:
        err = '%s.jl:%d: %s: %s\n' % (name, e.line, e.kind, e.message)
    if name.startswith('error_'):
        assert out.getvalue() + err == expected or expected.endswith(err)
        assert err
    else:
        assert out.getvalue() == expected
    if name in ('control', 'lists'):
        assert runner.metainterp.stats.loops >= 1
