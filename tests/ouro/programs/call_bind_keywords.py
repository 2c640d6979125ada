"""Calls of Python functions with keywords and defaults (ouro binds them
straight from the stack into the frame when nothing can fail:
Frame.bound_call_frame; everything else takes the general path and its
error messages)."""


def add(a, b=1, c=10):
    return (a, b, c)


print(add(1), add(1, 2), add(1, 2, 3), add(1, c=5), add(a=7), add(c=1, b=2, a=3))
print(add(1, b=2), add(b=4, a=5), add(*[1], c=2), add(**{"a": 1, "c": 3}))


def posonly(a, b=2, /, c=3):
    return (a, b, c)


print(posonly(1), posonly(1, 5), posonly(1, c=9))


class K:
    def __init__(self, v):
        self.v = v

    def m(self, x, y=0, z=0):
        return (self.v, x, y, z)

    @staticmethod
    def s(x, y=5):
        return (x, y)

    @classmethod
    def c(cls, x, y=6):
        return (cls.__name__, x, y)


k = K(1)
print(k.m(2), k.m(2, z=3), k.m(x=4, y=5), K.m(k, 1, z=2), k.s(1, y=2), K.s(x=3), k.c(1, y=0))
bound = k.m
print(bound(9, y=8), bound(x=1))


def outer(n, scale=2):
    def inner(k=1):
        return n * scale * k
    return inner


print(outer(3)(), outer(3, scale=4)(k=2), outer(n=2)(5))


def cellarg(a, b=3):
    return (lambda: a + b)()


print(cellarg(1), cellarg(1, b=10), cellarg(b=1, a=2))


def gen(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step


print(list(gen(5)), list(gen(10, step=3)), list(gen(step=2, n=7)))


def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc=acc + n)


print(rec(100), rec(n=10))

errors = [
    lambda: add(),
    lambda: add(1, a=2),
    lambda: add(1, d=3),
    lambda: add(1, 2, 3, 4),
    lambda: add(1, b=2, **{"b": 3}),
    lambda: posonly(1, b=2),
    lambda: posonly(a=1),
    lambda: k.m(),
    lambda: k.m(1, x=2),
    lambda: k.m(1, 2, 3, 4),
    lambda: K.s(y=1),
    lambda: outer(1)(2, k=3),
]
for e in errors:
    try:
        e()
    except TypeError as exc:
        print("TypeError:", exc)


def kwonly(a, *, b=2):
    return (a, b)


def varargs(*args, **kwargs):
    return (args, sorted(kwargs.items()))


print(kwonly(1), kwonly(1, b=3), varargs(1, 2, x=3), varargs(y=1))
