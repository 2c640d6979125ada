"""cls(...) of built-in types and of classes with their own __new__ and
object's __init__: results and CPython's errors."""

print(tuple(x * 2 for x in range(4)), set("abca") == {"a", "b", "c"}, frozenset([1, 1, 2]))
print(tuple(), list(), dict(a=1), int("12"), int("ff", 16), float("1.5"), str(3), bytes(3))
print(type(5), type("s"), range(3, 10, 2), slice(1, 2), complex(1, 2))


class T(tuple):
    pass


class N:
    def __new__(cls, *args, **kw):
        print("N.__new__", args, kw)
        return object.__new__(cls)


class M:
    def __new__(cls, x):
        return 42


class I(tuple):
    def __init__(self, *args):
        print("I.__init__", args)


print(T([1, 2]), type(T([1, 2])).__name__)
n = N(1, 2, k=3)
print(type(n).__name__, M(1), I([3, 4]))

for f in [lambda: tuple(1), lambda: tuple([1], [2]), lambda: tuple(x=1), lambda: int("z"),
          lambda: object(1), lambda: N.__init__(n, 1), lambda: tuple.__new__(int),
          lambda: set(1, 2), lambda: frozenset(3)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class O:
    pass


try:
    O(1)
except TypeError as e:
    print("TypeError", e)


class P:
    def __init__(self, a):
        self.a = a


print(P(5).a)
try:
    P()
except TypeError as e:
    print("TypeError", e)
