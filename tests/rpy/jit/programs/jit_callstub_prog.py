"""Call stubs translated with --opt=jit (tests/rpy/jit/
test_jit_run_translated.py): RPy functions called through CallDescrs with
rpy/jit/backend/x86/callstub.py (the translated metainterp's residual
calls): ints on the stack, floats, references in and out, void, an
exception taken from the frame and raised again, allocation and
collections inside the called function, and a function that calls itself
through the same stub.  Each result is compared with a direct call; the
program prints ok/FAIL lines.  Untranslated there are no C functions: it
says so and stops."""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import CallDescr, EffectInfo, EF_CAN_RAISE, INT, REF, FLOAT, VOID
from rpy.jit.backend.x86.callstub import CallStubs
from rpy.jit.backend.x86.codebuf import ExecutableMemory, gc_backend_config
from rpy.rlib import rgc, rjitmem
from rpy.rlib.objectmodel import we_are_translated
from rpy.rlib.rgcref import GCRef, cast_instance_to_gcref, cast_gcref_to_instance


class Node:
    value: int
    next: Node | None

    def __init__(self, value: int) -> None:
        self.value = value
        self.next = None


class StubError(Exception):
    code: int

    def __init__(self, code: int) -> None:
        self.code = code


class Env:
    stubs: CallStubs | None

    def __init__(self) -> None:
        self.stubs = None


ENV = Env()


def make_node(i: int) -> Node:
    junk: list[Node] = []
    for k in range(10):
        junk.append(Node(k))
    return Node(i + len(junk) - 10)


def check(i: int) -> int:
    if i == 37:
        raise StubError(i + 1)
    return i * 2


def sum9(a: int, b: int, c: int, d: int, e: int, f: int, g: int, h: int, i: int) -> int:
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i


def mix(i: int, x: float, n: Node, y: float) -> float:
    return i * x + n.value - y


def link(a: Node, b: Node) -> None:
    a.next = b


def fact(n: int) -> int:
    """Calls itself through the stub: reentrancy."""
    if n <= 1:
        return 1
    stubs = ENV.stubs
    if stubs is None:
        return n * fact(n - 1)
    return n * stubs.bh_call_i(rjitmem.function_address(FACT.index), [n - 1], [], [], cd_fact)


MAKE = rjitmem.FuncAddress(make_node)
CHECK = rjitmem.FuncAddress(check)
SUM9 = rjitmem.FuncAddress(sum9)
MIX = rjitmem.FuncAddress(mix)
LINK = rjitmem.FuncAddress(link)
FACT = rjitmem.FuncAddress(fact)
EI = EffectInfo(EF_CAN_RAISE, [], [], [], [])
cd_make = CallDescr('make', [INT], REF, EI)
cd_check = CallDescr('check', [INT], INT, EI)
cd_sum9 = CallDescr('sum9', [INT] * 9, INT, EI)
cd_mix = CallDescr('mix', [INT, FLOAT, REF, FLOAT], FLOAT, EI)
cd_link = CallDescr('link', [REF, REF], VOID, EI)
cd_fact = CallDescr('fact', [INT], INT, EI)


def say(what: str, ok: bool) -> None:
    print('%s %s' % ('ok  ' if ok else 'FAIL', what))


def run(stubs: CallStubs) -> None:
    args = [1, -2, 3, -4, 5, -6, 7, -8, 1 << 33]
    got = stubs.bh_call_i(rjitmem.function_address(SUM9.index), args, [], [], cd_sum9)
    say('nine int arguments', got == sum9(1, -2, 3, -4, 5, -6, 7, -8, 1 << 33))
    n = Node(40)
    f = stubs.bh_call_f(rjitmem.function_address(MIX.index), [3], [cast_instance_to_gcref(n)],
                        [1.5, 0.25], cd_mix)
    say('int, float, ref arguments, float result', f == mix(3, 1.5, n, 0.25))
    # references returned while collections happen inside the function
    nodes: list[Node] = []
    make = rjitmem.function_address(MAKE.index)
    for i in range(5000):
        r = stubs.bh_call_r(make, [i], [], [], cd_make)
        nodes.append(cast_gcref_to_instance(Node, r))
    ok = True
    for i in range(len(nodes)):
        if nodes[i].value != i:
            ok = False
    say('5000 nodes made through the stub', ok and rgc.get_stat(rgc.STAT_MINOR_COLLECTIONS) > 0)
    # void, references in
    a = Node(1)
    b = Node(2)
    stubs.bh_call_v(rjitmem.function_address(LINK.index), [],
                    [cast_instance_to_gcref(a), cast_instance_to_gcref(b)], [], cd_link)
    say('void, two references', a.next is b and stubs.exc is None)
    # exceptions
    c = rjitmem.function_address(CHECK.index)
    v = stubs.bh_call_i(c, [5], [], [], cd_check)
    say('no exception', v == 10 and stubs.exc is None)
    v = stubs.bh_call_i(c, [37], [], [], cd_check)
    exc = stubs.exc
    say('the exception is taken', v == 0 and exc is not None)
    try:
        raise cast_gcref_to_instance(StubError, exc)
    except StubError as e:
        say('and raised again', e.code == 38)
    say('the runtime has no pending exception', check(4) == 8)
    ENV.stubs = stubs
    v = stubs.bh_call_i(rjitmem.function_address(FACT.index), [12], [], [], cd_fact)
    say('reentrant: fact(12) through the same stub', v == 479001600)
    say('one stub per descr', len(stubs.stubs) == 6)


def entry_point(argv: list[str]) -> int:
    # the functions are called directly too (translated, and compared)
    say('direct calls', make_node(3).value == 3 and check(2) == 4 and fact(5) == 120 and
        sum9(1, 1, 1, 1, 1, 1, 1, 1, 1) == 45)
    try:
        check(37)
    except StubError as e:
        say('direct exception', e.code == 38)
    n = Node(0)
    link(n, Node(5))
    say('direct link', mix(2, 0.5, n, 1.0) == 0.0)
    if not we_are_translated():
        print('untranslated: no C functions to call; nothing else to do')
        return 0
    if not MAKE.bound:
        print('not bound: translate with --opt=jit')
        return 1
    stubs = CallStubs(ExecutableMemory(), gc_backend_config())
    run(stubs)
    stubs.free()
    return 0
