"""Bridges in the x86-64 backend (X86CPU.compile_bridge, Assembler.
assemble_bridge), untranslated through ctypes: an exit of a loop, once a
bridge is attached, runs the bridge instead of returning; the bridge's
exits extend the loop's; a bridge's jump re-enters the loop; bridges on
bridges; bigger jitframes; freeing a loop frees its bridges."""
from __future__ import annotations

import pytest

from rpy.jit.backend.x86.assembler import BackendConfig
from rpy.jit.backend.x86.runner import X86CPU
from rpy.jit.metainterp.resoperation import FLOAT, INT
from rpy.jit.tool.oparser import parse


@pytest.fixture
def cpu():
    c = X86CPU(BackendConfig(0, 0))
    yield c
    c.mem.free_all()


def run(cpu: X86CPU, token, args: list[int], fargs: list[float] | None = None):
    index = cpu.execute_token(token, args, [], fargs or [])
    kinds = cpu.get_value_kinds(token, index)
    values = []
    for k, kind in enumerate(kinds):
        if kind == INT:
            values.append(cpu.get_int_value(token, k))
        elif kind == FLOAT:
            values.append(cpu.get_float_value(token, k))
        else:
            values.append(cpu.get_ref_value(token, k))
    return index, values


# counts i0 up to i1; exits at every multiple of 10 (guard 0) and at the end (guard 1)
LOOP = """
[i0, i1, i2]
i3 = int_add(i0, 1)
i4 = int_mod(i3, 10)
i5 = int_is_true(i4)
guard_true(i5) [i3, i1, i2]
i6 = int_lt(i3, i1)
guard_true(i6) [i3, i2]
jump(i3, i1, i2)
"""

# the bridge of guard 0: counts the multiples of 10 in i2, then back to the loop
BRIDGE = """
[i0, i1, i2]
i3 = int_add(i2, 1)
i4 = int_lt(i0, i1)
guard_true(i4) [i0, i3]
jump(i0, i1, i3)
"""


def test_exit_without_and_with_bridge(cpu: X86CPU) -> None:
    token = cpu.compile_loop(parse(LOOP))
    assert run(cpu, token, [0, 95, 0]) == (0, [10, 95, 0])
    cpu.compile_bridge(token, 0, parse(BRIDGE))
    # now the loop runs to the end: exit 1 of the loop, or exit 2 (the bridge's
    # first) when the end is a multiple of 10
    assert run(cpu, token, [0, 95, 0]) == (1, [95, 9])
    assert run(cpu, token, [0, 100, 0]) == (2, [100, 10])
    assert cpu.get_latest_descr(token, 2) is not None
    assert run(cpu, token, [5, 7, 3]) == (1, [7, 3])


def test_bridge_on_a_bridge_and_a_bigger_frame(cpu: X86CPU) -> None:
    token = cpu.compile_loop(parse(LOOP))
    cpu.compile_bridge(token, 0, parse(BRIDGE))
    # exit 2 (the bridge's guard): finish with more values than the loop's frame holds
    cpu.compile_bridge(token, 2, parse("""
    [i0, i3]
    i4 = int_mul(i3, 1000)
    finish(i0, i3, i4, i0, i3, i4, i0)
    """))
    assert run(cpu, token, [0, 100, 0]) == (3, [100, 10, 10000, 100, 10, 10000, 100])
    assert run(cpu, token, [0, 95, 0]) == (1, [95, 9])
    with pytest.raises(ValueError):
        cpu.compile_bridge(token, 0, parse(BRIDGE))


def test_bridge_with_floats_and_constants_in_the_jump(cpu: X86CPU) -> None:
    token = cpu.compile_loop(parse("""
    [i0, f0]
    f1 = float_add(f0, 0.5)
    i1 = int_add(i0, 1)
    i2 = int_lt(i1, 4)
    guard_true(i2) [i1, f1]
    jump(i1, f1)
    """))
    assert run(cpu, token, [0], [0.0]) == (0, [4, 2.0])
    # past 4: restart at 10 with the float doubled, up to the exit of the bridge
    cpu.compile_bridge(token, 0, parse("""
    [i0, f0]
    f1 = float_mul(f0, 2.0)
    i1 = int_lt(i0, 10)
    guard_true(i1) [i0, f1]
    jump(10, f1)
    """))
    # 4, 2.0 -> bridge: 4.0, jump(10) -> loop: 11, 4.5 -> bridge: 9.0, exit
    assert run(cpu, token, [0], [0.0]) == (1, [11, 9.0])


def test_bridge_jump_with_a_wide_constant_first(cpu: X86CPU) -> None:
    """A 64-bit constant in a bridge's jump is stored through rax: the
    values (one of them may be in rax) must be stored before it."""
    token = cpu.compile_loop(parse("""
    [i0, i1, i2]
    i3 = int_add(i1, i2)
    i4 = int_lt(i3, 100)
    guard_true(i4) [i0, i3]
    jump(i0, i3, i2)
    """))
    cpu.compile_bridge(token, 0, parse("""
    [i0, i1]
    i2 = int_sub(i1, 200)
    i3 = int_lt(i2, 0)
    guard_true(i3) [i0, i2]
    i4 = int_add(i0, 1)
    i5 = int_mul(i2, 2)
    jump(81985529216486895, i5, i4)
    """))
    c = 81985529216486895
    # 7, 14 .. 105 -> bridge (jump(c, -190, 8)) -> loop: -182 .. 106 ->
    # bridge (jump(c, -188, c + 1)) -> loop: c - 187 -> bridge: exit
    n, values = run(cpu, token, [7, 0, 7])
    assert values == [c, c - 387], values


def test_wrong_inputargs_and_freeing(cpu: X86CPU) -> None:
    token = cpu.compile_loop(parse(LOOP))
    with pytest.raises(ValueError):
        cpu.compile_bridge(token, 1, parse(BRIDGE))      # exit 1 has two values
    cpu.compile_bridge(token, 0, parse(BRIDGE))
    assert cpu.loops_alive() == 2 and cpu.tokens_alive() == 1
    cpu.free_loop(token)
    # the code, the token and its jitframes: nothing of the loop is left
    assert cpu.loops_alive() == 0 and cpu.tokens_alive() == 0 and cpu.frame_words_alive() == 0
    with pytest.raises(ValueError):
        cpu.compile_bridge(token, 1, parse(BRIDGE))


def test_bridge_on_the_loops_frame_with_values_in_stack_slots(cpu: X86CPU) -> None:
    """More live values than registers: a bridge entered directly from its
    guard finds some in the loop's stack slots, and its jump back moves
    every value to where the loop's start expects it."""
    n = 24
    ints = ['i%d' % k for k in range(n)]
    floats = ['f%d' % k for k in range(n)]
    args = ', '.join(ints + floats)
    body = []
    for k in range(n):
        body.append('i%d = int_add(i%d, %d)' % (100 + k, k, k + 1))
        body.append('f%d = float_add(f%d, 0.5)' % (100 + k, k))
    news = ', '.join(['i%d' % (100 + k) for k in range(n)] + ['f%d' % (100 + k) for k in range(n)])
    loop = parse("""
    [%s]
    %s
    i99 = int_lt(i100, 50)
    guard_true(i99) [%s]
    jump(%s)
    """ % (args, '\n'.join(body), news, news))
    token = cpu.compile_loop(loop)
    start_i = [0] * n
    start_f = [0.0] * n
    index, values = run(cpu, token, start_i, start_f)
    assert index == 0 and values[0] == 50          # i0 counts 1 by 1 to 50
    # the bridge: once, i1 back to 0 (via a constant at its exit) and
    # every float doubled, then the loop again (which now exits by the
    # bridge's own guard when i0 reaches 50 a second time)
    bridge_body = ['i%d = int_sub(i%d, 49)' % (200, 0)]
    for k in range(n):
        bridge_body.append('f%d = float_mul(f%d, 2.0)' % (200 + k, k))
    bints = ['i200'] + ints[1:]
    bfloats = ['f%d' % (200 + k) for k in range(n)]
    cpu.compile_bridge(token, 0, parse("""
    [%s]
    %s
    i199 = int_lt(i23, 2000)
    guard_true(i199) [%s]
    jump(%s)
    """ % (args, '\n'.join(bridge_body), ', '.join(bints + bfloats),
           ', '.join(bints + bfloats))))
    expect_i = list(start_i)
    expect_f = list(start_f)
    exits = 0
    while True:
        expect_i = [expect_i[k] + k + 1 for k in range(n)]
        expect_f = [f + 0.5 for f in expect_f]
        if not expect_i[0] < 50:
            expect_i[0] -= 49
            expect_f = [f * 2.0 for f in expect_f]
            if not expect_i[23] < 2000:
                break
    index, values = run(cpu, token, start_i, start_f)
    assert index == 1
    assert values == expect_i + expect_f


def test_bridge_jumps_directly_into_another_loop(cpu: X86CPU) -> None:
    """A bridge's jump to the start of another loop (LoopEntry with the
    loop's direct entry): that loop then runs on the same native frame,
    and its exits are its own (tagged with its token)."""
    other = cpu.compile_loop(parse("""
    [i0, f0]
    i1 = int_add(i0, 3)
    f1 = float_add(f0, 1.0)
    i2 = int_lt(i1, 30)
    guard_true(i2) [i1, f1]
    jump(i1, f1)
    """))
    token = cpu.compile_loop(parse(LOOP))
    entry = cpu.loop_entry(other, 'other')
    cpu.compile_bridge(token, 0, parse("""
    [i0, i1, i2]
    f0 = cast_int_to_float(i2)
    jump(i0, f0, descr=other)
    """, {'other': entry}))
    index = cpu.execute_token(token, [0, 95, 7], [], [])
    assert cpu.exited is other and index == 0
    # 10 -> other: 13, 8.0 .. 31, 14.0
    assert cpu.get_int_value(token, 0) == 31
    assert cpu.get_float_value(token, 1) == 14.0
