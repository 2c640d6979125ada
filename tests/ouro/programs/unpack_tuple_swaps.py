"""`a, b = x, y` builds no tuple (the stores are reordered, as CPython
3.11's compiler does): every binding order, repeated and attribute targets,
starred targets, line events under sys.settrace, and exceptions raised by a
target."""
import sys


def f(i, a, b, c):
    a, b = (i, i + 1)
    print(a, b)
    a, b = b, a
    print(a, b)
    a, b, c = c, b, a
    print(a, b, c)
    x, = (i,)
    print(x)
    a, a = 1, 2
    print(a)
    a, b, a = i, i * 2, i * 3
    print(a, b)
    _, b = 5, 6
    print(_, b)
    return a, b, c


print(f(7, 1, 2, 3))


class O:
    pass


def g(o):
    o.x, o.y = 1, 2
    o.x, o.y = o.y, o.x
    d = {}
    d["a"], d["b"] = d.get("b", 1), 2
    a, (b, c) = 1, (2, 3)
    (a, b), c = (c, a), b
    a, *b = 1, 2, 3
    first, *rest, last = [1, 2, 3, 4]
    print(o.x, o.y, d, a, b, c, first, rest, last)


g(O())


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(90))


def traced(p, q):
    p, q = q, p
    r, s = (p,
            q)
    return p, q, r, s


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno,
                       sorted(k for k in frame.f_locals)))
    return tracer


sys.settrace(tracer)
traced(1, 2)
sys.settrace(None)
for e in events:
    print(e)


class Bad:
    def __setattr__(self, name, value):
        if name == "y":
            raise ValueError("no y")
        object.__setattr__(self, name, value)


def h(o):
    a = 0
    try:
        a, o.y = 1, 2
    except ValueError as e:
        print("caught", e, a)
    try:
        o.y, a = 3, 4
    except ValueError as e:
        print("caught", e, a)


h(Bad())


# UNPACK_SEQUENCE into locals: lists (every storage), tuples, iterators,
# strings, wrong lengths, a list subclass with its own __iter__
class L(list):
    def __iter__(self):
        return iter([9, 8, 7])


def unpacks(seq):
    try:
        a, b, c = seq
        return a, b, c
    except ValueError as e:
        return "ValueError: %s" % e


for seq in ([1, 2, 3], [1.5, 2.5, 3.5], ["x", "y", "z"], [None, 1, "m"], (4, 5, 6), "abc",
            iter(range(3)), range(3), {1: 2, 3: 4, 5: 6}, [1, 2], (1, 2, 3, 4), L([1, 2, 3]),
            (x * 2 for x in range(3)), b"xyz"):
    print(unpacks(seq))


def same_target(seq):
    a, a, b = seq
    return a, b


print(same_target([1, 2, 3]), same_target((4, 5, 6)))
