"""The JIT hints of rpy.rlib.jit: their checks untranslated, and the
translator's file:line errors for their misuse (annotation only, no C
compiler needed). tests/rpy/programs/jit_hints.py runs a program using all
of them untranslated and translated."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from rpy.errors import RPyError
from rpy.rlib import jit
from rpy.rlib.jit import (JitDriver, JitHintError, dont_look_inside, elidable, get_param,
                          look_inside_iff, promote, promote_string, set_param, set_user_param,
                          unroll_safe, we_are_jitted)


# ------------------------------------------------------------ untranslated

def test_driver_validates_its_declaration() -> None:
    with pytest.raises(JitHintError, match="both green and red"):
        JitDriver(greens=['a'], reds=['a'])
    with pytest.raises(JitHintError, match="must be one of the reds"):
        JitDriver(greens=['pc'], reds=['frame'], virtualizables=['pc'])
    with pytest.raises(JitHintError, match="list of variable names"):
        JitDriver(greens='pc', reds=['frame'])  # type: ignore[arg-type]
    with pytest.raises(JitHintError, match="at least one red"):
        JitDriver(greens=['pc'], reds=[])

    def loc1(pc: int) -> str:
        return str(pc)
    with pytest.raises(JitHintError, match="must take the 2 greens"):
        JitDriver(greens=['pc', 'code'], reds=['frame'], get_printable_location=loc1)


def test_merge_point_checks_live_variables() -> None:
    d = JitDriver(greens=['pc', 'code'], reds=['frame'], name='interp')
    d.jit_merge_point(pc=0, code='x', frame=None)
    d.can_enter_jit(code='x', pc=0, frame=None)
    with pytest.raises(JitHintError) as e:
        d.jit_merge_point(pc=0, frame=None, stack=1)
    assert "missing 'code'" in str(e.value) and "unexpected 'stack'" in str(e.value)
    assert str(e.value).startswith("interp.jit_merge_point()")
    with pytest.raises(JitHintError, match="missing 'frame'"):
        d.can_enter_jit(pc=0, code='x')
    with pytest.raises(JitHintError, match="green 'code' is a list"):
        d.jit_merge_point(pc=0, code=[1], frame=None)


def test_value_hints() -> None:
    assert promote(5) == 5
    obj = object()
    assert promote(obj) is obj
    assert promote_string('abc') == 'abc'
    assert we_are_jitted() is False
    with pytest.raises(JitHintError):
        promote_string(3)  # type: ignore[arg-type]
    with pytest.raises(JitHintError):
        promote([1])


def test_decorators_are_transparent_and_recorded() -> None:
    def f(x: int) -> int:
        return x + 1
    assert elidable(f) is f and f(1) == 2
    assert jit.jit_hints_of(f) == {'elidable': True}

    def pred(n: int) -> bool:
        return n < 3

    @look_inside_iff(pred)
    def g(n: int) -> int:
        return n
    assert g(4) == 4 and jit.jit_hints_of(g)['look_inside_iff'] is pred

    @unroll_safe
    def h() -> None:
        pass
    with pytest.raises(JitHintError, match="contradicts"):
        dont_look_inside(h)
    with pytest.raises(JitHintError, match="takes 1 arguments"):
        look_inside_iff(pred)(lambda a, b: a)
    with pytest.raises(JitHintError):
        elidable(3)


def test_params() -> None:
    d = JitDriver(greens=['pc'], reds=['frame'])
    assert get_param(d, 'threshold') == 1039
    assert get_param(d, 'function_threshold') == 1619
    assert get_param(d, 'trace_limit') == 6000
    assert get_param(d, 'loop_longevity') == 1000
    assert get_param(d, 'enable_opts') == 'all'
    set_param(d, 'threshold', 3)
    assert d.params.threshold == 3
    set_user_param(d, 'threshold=200, trace_eagerness=7,enable_opts=intbounds:rewrite:unroll')
    assert (d.params.threshold, d.params.trace_eagerness) == (200, 7)
    assert d.params.enable_opts == 'intbounds:rewrite:unroll'
    set_user_param(d, 'off')
    assert d.params.threshold == -1
    set_user_param(d, 'default')
    assert d.params.threshold == 1039 and d.params.enable_opts == 'all'
    other = JitDriver(greens=['pc'], reds=['frame'])
    set_param(None, 'max_unroll_loops', 4)
    set_user_param(None, 'decay=5')
    assert other.params.max_unroll_loops == 4 and d.params.decay == 5
    for bad, msg in [('bogus=1', "unknown JIT parameter 'bogus'"),
                     ('threshold=abc', "needs an integer"),
                     ('threshold', "needs a value"),
                     ('enable_opts=nope', "unknown optimization 'nope'")]:
        with pytest.raises(ValueError, match=msg):
            set_user_param(d, bad)
    with pytest.raises(JitHintError, match="unknown JIT parameter"):
        set_param(d, 'thresh', 1)
    with pytest.raises(JitHintError, match="takes a string"):
        set_param(d, 'enable_opts', 1)


# ------------------------------------------------------------ translation errors

PRELUDE = '''\
from __future__ import annotations
from rpy.rlib.jit import JitDriver, promote, promote_string, set_param, get_param, elidable


class Frame:
    _virtualizable_ = ['acc']
    acc: int

    def __init__(self) -> None:
        self.acc = 0


class NoVirt:
    acc: int

    def __init__(self) -> None:
        self.acc = 0


def loc(pc: int, code: str) -> str:
    return code


driver = JitDriver(greens=['pc', 'code'], reds=['frame'], virtualizables=['frame'],
                   get_printable_location=loc, name='interp')
'''
PRELUDE_LINES = PRELUDE.count('\n')

ERRORS = {
    'missing_red': ('''
def run(code: str, frame: Frame) -> None:
    pc = 0
    while pc < 10:
        driver.jit_merge_point(pc=pc, code=code)   # error
        pc += 1
''', "missing 'frame'"),
    'extra_var': ('''
def run(code: str, frame: Frame) -> None:
    pc = 0
    n = 1
    while pc < 10:
        driver.jit_merge_point(pc=pc, code=code, frame=frame, n=n)   # error
        pc += 1
''', "unexpected 'n'"),
    'positional': ('''
def run(code: str, frame: Frame) -> None:
    pc = 0
    while pc < 10:
        driver.jit_merge_point(pc, code, frame)   # error
        pc += 1
''', "keyword arguments only"),
    'expression': ('''
def run(code: str, frame: Frame) -> None:
    pc = 0
    while pc < 10:
        driver.jit_merge_point(pc=pc + 1, code=code, frame=frame)   # error
        pc += 1
''', "not the expression 'pc + 1'"),
    'green_types_differ': ('''
def run(code: str, frame: Frame) -> None:
    pc = 0
    while pc < 10:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        pc += 1
        fpc = 1.5
        driver.can_enter_jit(pc=fpc, code=code, frame=frame)   # error
''', "the green 'pc' is float here but int"),
    'list_green': ('''
def inner(code: list[int], frame: Frame) -> None:
    pc = 0
    while pc < 10:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)   # error
        pc += 1

def run(code: str, frame: Frame) -> None:
    inner([1], frame)
''', "the green 'code' is list[int]"),
    'two_merge_points': ('''
def other(code: str, frame: Frame) -> None:
    pc = 0
    while pc < 10:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        pc += 1

def run(code: str, frame: Frame) -> None:
    pc = 0
    other(code, frame)
    while pc < 10:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        pc += 1
''', "appears twice"),
    'enter_elsewhere': ('''
def other(code: str, frame: Frame) -> None:
    pc = 0
    driver.can_enter_jit(pc=pc, code=code, frame=frame)   # error

def run(code: str, frame: Frame) -> None:
    pc = 0
    while pc < 10:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        pc += 1
        other(code, frame)
''', "must be in the function of its jit_merge_point"),
    'not_virtualizable': ('''
driver2 = JitDriver(greens=['pc'], reds=['frame'], virtualizables=['frame'])

def run(code: str, frame: Frame) -> None:
    pc = 0
    f = NoVirt()
    while pc < 10:
        driver2.jit_merge_point(pc=pc, frame=f)   # error
        pc += 1
''', "does not list its fields in _virtualizable_"),
    'live_not_declared': ('''
def run(code: str, frame: Frame) -> None:
    pc = 0
    total = 0
    while pc < 10:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)   # error
        total += pc
        pc += 1
    print(total)
''', "the variable 'total' is live across this point but is neither green nor red"),
    'live_at_enter': ('''
def run(code: str, frame: Frame) -> None:
    pc = 0
    while pc < 10:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        k = pc * 2
        pc += 1
        driver.can_enter_jit(pc=pc, code=code, frame=frame)   # error
        frame.acc = k
''', "can_enter_jit(): the variable 'k' is live across this point"),
    'immutable_fields_unknown': ('''
class Box:   # error
    _immutable_fields_ = ['value', 'other']
    value: int

    def __init__(self) -> None:
        self.value = 1

def run(code: str, frame: Frame) -> None:
    b = Box()
''', "Box._immutable_fields_ names 'other', which is not a declared field"),
    'immutable_fields_star': ('''
class Box:   # error
    _immutable_fields_ = ['value[*]']
    value: int

    def __init__(self) -> None:
        self.value = 1

def run(code: str, frame: Frame) -> None:
    b = Box()
''', "'value[*]' is int, not a list"),
    'look_inside_pred_types': ('''
from rpy.rlib.jit import look_inside_iff

def pred(s: str) -> bool:
    return True

@look_inside_iff(pred)   # error
def f(n: int) -> int:
    return n

def run(code: str, frame: Frame) -> None:
    f(1)
''', "the predicate pred() declares 's' as str, but f() passes int"),
    'unknown_param': ('''
def run(code: str, frame: Frame) -> None:
    set_param(driver, 'treshold', 3)   # error
''', "unknown JIT parameter 'treshold'"),
    'param_name_not_constant': ('''
def run(code: str, frame: Frame) -> None:
    set_param(driver, code, 3)   # error
''', "the parameter name must be a constant string"),
    'driver_not_constant': ('''
def run(code: str, frame: Frame) -> None:
    set_param(frame, 'threshold', 3)   # error
''', "must be a JitDriver that is a module-level constant"),
    'promote_list': ('''
def run(code: str, frame: Frame) -> None:
    x = promote([1, 2])   # error
''', "promote() of list[int]"),
    'promote_string_int': ('''
def run(code: str, frame: Frame) -> None:
    x = promote_string(3)   # error
''', "promote_string() takes a str"),
    'printable_location_types': ('''
def loc3(pc: int, code: int) -> str:
    return ''

driver3 = JitDriver(greens=['pc', 'code'], reds=['frame'], get_printable_location=loc3)

def run(code: str, frame: Frame) -> None:
    pc = 0
    while pc < 10:
        driver3.jit_merge_point(pc=pc, code=code, frame=frame)   # error
        pc += 1
''', "get_printable_location() declares the green 'code' as int"),
    'bad_decorator': ('''
def deco(f: int) -> int:
    return f

@deco   # error
def g() -> int:
    return 1

def run(code: str, frame: Frame) -> None:
    g()
''', "decorator 'deco' is not supported"),
}


def annotate_source(tmp_path: Path, name: str, body: str) -> None:
    from rpy.annotate.annotator import Annotator
    from rpy.targetload import import_target
    src = PRELUDE + textwrap.dedent(body) + '''

def entry_point(argv: list[str]) -> int:
    run('x', Frame())
    return 0
'''
    path = tmp_path / ('jiterr_%s.py' % name)
    path.write_text(src)
    module = import_target(str(path))
    Annotator().build(module.entry_point)


@pytest.mark.parametrize('name', sorted(ERRORS))
def test_translation_error(tmp_path: Path, name: str) -> None:
    body, phrase = ERRORS[name]
    lines = (PRELUDE + textwrap.dedent(body)).splitlines()
    marked = [i + 1 for i, l in enumerate(lines) if l.rstrip().endswith('# error')]
    marked += [i + 1 for i, l in enumerate(lines) if '# error' in l and i + 1 not in marked]
    with pytest.raises(RPyError) as e:
        annotate_source(tmp_path, name, body)
    msg = str(e.value)
    assert phrase in msg, msg
    assert 'jiterr_%s.py:' % name in msg, msg
    if marked:
        assert ('jiterr_%s.py:%d:' % (name, marked[0])) in msg, msg


def test_valid_use_annotates(tmp_path: Path) -> None:
    annotate_source(tmp_path, 'ok', '''
@elidable
def sq(x: int) -> int:
    return x * x

def run(code: str, frame: Frame) -> None:
    pc = 0
    while pc < 10:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        dead = pc + 1       # assigned before, but not used after the merge point: fine
        frame.acc += sq(promote(pc))
        pc += 1
        if pc == 5:
            driver.can_enter_jit(pc=pc, code=code, frame=frame)
    set_param(driver, 'threshold', get_param(driver, 'threshold') + 1)
''')
