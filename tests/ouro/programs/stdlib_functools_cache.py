import functools
from functools import lru_cache, cache, reduce, wraps, total_ordering, singledispatch, cached_property, cmp_to_key
import operator


@lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)


@cache
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(max(range(1, 1000), key=collatz), collatz.cache_info().currsize > 100)


def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        print(f"call {fn.__name__}{args} {kwargs}")
        return fn(*args, **kwargs)
    return inner


@logged
def area(w, h=1):
    """Area of a rectangle."""
    return w * h


print(area(3, h=4), area.__name__, area.__doc__, area.__wrapped__.__name__)


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), Version("1.0") >= Version("0.9"), Version("1.0") > Version("1.0"), max(vs))


@singledispatch
def show(x):
    return f"object {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register(list)
def _(x):
    return "list of " + ", ".join(show(i) for i in x)


print(show(3), show("s"), show([1, "a", [2.5]]), show(True))


class Data:
    def __init__(self, xs):
        self.xs = xs

    @cached_property
    def total(self):
        print("computing")
        return sum(self.xs)


d = Data([1, 2, 3])
print(d.total, d.total, "total" in d.__dict__)
print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)


def cmp(a, b):
    return (a > b) - (a < b) if a % 3 == b % 3 else (a % 3) - (b % 3)


print(sorted(range(10), key=cmp_to_key(cmp)))
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3))
print(repr(operator.itemgetter(1, 2)), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("split", ",")))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=operator.itemgetter(1)), sorted(rows, key=operator.itemgetter(1, 0)))
p = functools.partial(print, "prefix:", sep="|")
p("a", "b")
print(functools.partialmethod.__name__, functools.WRAPPER_ASSIGNMENTS)
