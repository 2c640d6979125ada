"""Pairs of instructions the eval loop runs as one (LOAD_FAST LOAD_FAST,
STORE_FAST STORE_FAST, ...): results, jumps into the middle of a pair,
unbound locals in either half with CPython's traceback lines."""
import traceback


def pairs(n):
    a, b, c = 1, 2, 3
    total = 0
    for i in range(n):
        x = a + b
        y = x * 2
        total += y + c + i
    return total, a, b, c, x, y


print(pairs(10))


def jump_into_pair(flag):
    if flag:
        v = 1
    else:
        v = 2
    w = v
    return v + w


print(jump_into_pair(True), jump_into_pair(False))


def unbound_first(flag):
    if flag:
        a = 1
    b = 2
    return a + b


def unbound_second(flag):
    b = 2
    if flag:
        a = 1
    return (b
            + a)


def unbound_after_store(flag):
    if flag:
        a = 1
    x = 5
    y = a
    return x, y


for f in (unbound_first, unbound_second, unbound_after_store):
    print(f(True))
    try:
        f(False)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
        print(traceback.format_exc().splitlines()[-3:])


def swap_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(swap_loop(30))
