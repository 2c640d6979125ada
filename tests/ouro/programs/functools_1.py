"""_functools: reduce, partial (attributes, repr, flattening, keyword
merging, __dict__), cmp_to_key, with CPython's errors; and functools on
top of them."""
from _functools import reduce, partial, cmp_to_key
import functools
import operator


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 10), 1))
print(reduce(lambda a, b: a + [b], "abc", []), reduce(max, [3], 0), reduce(operator.add, [5]))
print(reduce(operator.add, iter(["x", "y"])), reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]))
attempt("reduce empty", reduce, operator.add, [])
attempt("reduce not iterable", reduce, operator.add, 5)
attempt("reduce 1 arg", reduce, operator.add)
attempt("reduce 4 args", reduce, operator.add, [], 1, 2)
attempt("reduce kw", reduce, operator.add, [1], initial=0)
attempt("reduce func error", reduce, operator.add, [1, "a"])


def show(*args, **kwargs):
    return args, kwargs


p = partial(show, 1, 2, a=3)
print(p(), p(4, b=5), p(a=6), p.func is show, p.args, p.keywords)
print(repr(partial(max, 1, key=abs)), repr(partial(len)), repr(partial(int, "7", base=8)))
print(partial(int, base=2)("1011"), partial(pow, 2)(10), partial(sorted, reverse=True)([2, 9, 4]))
q = partial(p, 7, c=8)
print(q.func is show, q.args, q.keywords, q(), repr(q).startswith("functools.partial(<function show"))
q2 = partial(q, a="new")
print(q2.keywords, q2())
r = partial(show)
r.note = "attribute"
print(r.__dict__, r.note, partial(r, 1).func is r, partial(r, 1).args)
print(type(p).__name__, type(p).__module__, callable(p), p.__call__(0))
attempt("partial no args", partial)
attempt("partial not callable", partial, 5)
attempt("partial func readonly", setattr, p, "func", max)
attempt("partial args readonly", delattr, p, "args")
attempt("partial call error", partial(int, "x"))
nested = partial(partial(partial(show, 1), 2), 3)
print(nested.args, nested())


class C:
    m = partial(show, "unbound")


print(C().m("x"), C.m())

# cmp_to_key
def numeric_desc(a, b):
    return b - a


print(sorted([5, 2, 8, 1], key=cmp_to_key(numeric_desc)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k2 >= k1, k1.obj, K(obj=9).obj)
print(min([3, 1, 2], key=K), max("hello", key=K), type(k1).__name__)
attempt("compare with non-K", lambda: k1 < 5)
attempt("K no args", K)
attempt("K 2 args", K, 1, 2)
print(type(k1).__hash__)

# functools built on these
print(functools.reduce is reduce, functools.partial is partial, functools.cmp_to_key is cmp_to_key)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a - b)))


@functools.lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))


def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a) * 2
    return wrapper


@deco
def triple(x):
    "Triples."
    return 3 * x


print(triple(2), triple.__name__, triple.__doc__, triple.__wrapped__(2))
pm = functools.partialmethod(show, "pm")


class D:
    meth = pm


print(D().meth(1)[0][1:], functools.reduce(lambda a, b: a | b, [{1}, {2}, {3}]))

import copy
pc = partial(max, 1, key=abs)
pc.attr = 5
q = copy.copy(pc)
r = copy.deepcopy(pc)
print(q.func is max, q.args, q.keywords, q.attr, r(-7), repr(q))
attempt("setstate not tuple", pc.__setstate__, 5)
attempt("setstate bad", pc.__setstate__, (1, (), None, None))
