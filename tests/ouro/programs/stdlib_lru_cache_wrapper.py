# functools.lru_cache/cache: the C wrapper's behaviour (eviction order,
# statistics, keys, binding as a method) and the traceback of an exception
# out of a cached function (no functools.py frame in it).
import copy
import functools
import pickle
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=3)
def square(x, *, power=2):
    calls.append((x, power))
    return x ** power


for n in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    square(n)
print(calls)
print(square.cache_info(), square.cache_parameters())
print(square(2, power=3), square(2, power=3), square(x=2), square.cache_info().hits)
square.cache_clear()
print(square.cache_info(), type(square).__name__, square.__name__, square.__doc__, square.__wrapped__.__name__)


@cache
def partitions(n, k):
    """Ways to write n as a sum of parts of size at most k."""
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print(partitions(60, 60), partitions.cache_info(), partitions.__doc__)


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print([kind(v) for v in (1, 1.0, True, 1, "1", b"1")], kind.cache_info())


@lru_cache(maxsize=0)
def never(x):
    return x * 2


print(never(3), never(3), never.cache_info())


class Catalog:
    def __init__(self, name):
        self.name = name
        self.lookups = 0

    @lru_cache(maxsize=None)
    def price(self, item):
        self.lookups += 1
        return len(item) * 1.25

    @classmethod
    @cache
    def make(cls, name):
        return cls(name)

    def __repr__(self):
        return f"Catalog({self.name!r})"

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Catalog) and other.name == self.name


c = Catalog("main")
print(c.price("apple"), c.price("apple"), c.price("kiwi"), c.lookups, Catalog.price.cache_info())
print(Catalog.make("x") is Catalog.make("x"), Catalog.price(c, "apple"), Catalog.make.cache_info().hits)
print(copy.copy(partitions) is partitions, copy.deepcopy(square) is square, pickle.loads(pickle.dumps(partitions)) is partitions)
try:
    square([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    functools._lru_cache_wrapper(1, 2, False, None)
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)
wrapped = lru_cache(maxsize=2)(len)
print(wrapped("abc"), wrapped([1]) if False else wrapped("abc"), wrapped.cache_info())


@lru_cache
def parse_ratio(text):
    num, den = text.split("/")
    return int(num) / int(den)


print(parse_ratio("1/4"), parse_ratio("1/4"), parse_ratio.cache_info())
print(parse_ratio("3/0"))
