# Subclasses of the built-in iterator types (enumerate, zip, map, filter,
# reversed and the itertools types), as in CPython 3.11: plain subclasses,
# __next__ / __iter__ overrides, instance attributes, __init__ with extra
# arguments, type checks, and the types that cannot be subclassed.
import itertools


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


CASES = [
    (enumerate, (["a", "b", "c"],)),
    (zip, ([1, 2, 3], "xyz")),
    (map, (str.upper, "abc")),
    (filter, (None, [0, 1, 2, 0, 3])),
    (reversed, (Seq(),)),
    (itertools.count, (5, 2)),
    (itertools.cycle, ("ab",)),
    (itertools.repeat, ("r", 3)),
    (itertools.accumulate, ([1, 2, 3, 4],)),
    (itertools.chain, ([1, 2], (3,), "45")),
    (itertools.compress, ("abcdef", [1, 0, 1, 0, 1, 1])),
    (itertools.dropwhile, (lambda x: x < 3, [1, 2, 3, 4, 1])),
    (itertools.filterfalse, (lambda x: x % 2, range(7))),
    (itertools.groupby, ("aabbbc",)),
    (itertools.islice, (range(20), 2, 12, 3)),
    (itertools.starmap, (pow, [(2, 3), (3, 2), (10, 0)])),
    (itertools.takewhile, (lambda x: x < 3, [1, 2, 3, 4, 1])),
    (itertools.zip_longest, ([1, 2, 3], "ab")),
    (itertools.product, ("ab", [0, 1])),
    (itertools.permutations, ("abc", 2)),
    (itertools.combinations, ("abcd", 2)),
    (itertools.combinations_with_replacement, ("abc", 2)),
    (itertools.pairwise, ("abcde",)),
]


def norm(x):
    """groupby's groups as lists."""
    if isinstance(x, tuple):
        return tuple([norm(v) for v in x])
    if isinstance(x, itertools._grouper):
        return list(x)
    return x


def first(it, n=6):
    out = []
    for x in it:
        out.append(norm(x))
        if len(out) == n:
            break
    return out


for base, args in CASES:
    name = base.__name__
    print("--", name)

    class Plain(base):
        pass

    p = Plain(*args)
    print(type(p).__name__, type(p) is Plain, isinstance(p, base), isinstance(p, Plain),
          issubclass(Plain, base), Plain.__mro__[1] is base)
    print(first(p))
    print(first(base(*args)))
    print(iter(p) is p)

    class Counting(base):
        def __next__(self):
            item = super().__next__()
            self.seen = getattr(self, "seen", 0) + 1
            return ("n", item)

    c = Counting(*args)
    print(first(c, 4), c.seen)
    c2 = Counting(*args)
    print(norm(next(c2)), norm(next(c2)), c2.seen)

    class OwnIter(base):
        def __iter__(self):
            return iter(["own", "iter"])

    o = OwnIter(*args)
    print(list(o), next(o) is not None)

    class Attrs(base):
        kind = "attrs"

    a = Attrs(*args)
    a.tag = name
    a.other = 1
    print(a.tag, a.other, a.kind, sorted(vars(a)), a.__dict__ == {"tag": name, "other": 1})
    del a.other
    show(lambda: a.other)

    class WithInit(base):
        def __init__(self, *args):
            self.nargs = len(args)

    w = WithInit(*args)
    print(w.nargs, first(w, 3))

    r = repr(p)
    if r.startswith("<"):
        r = r.split(" object at ")[0] + ">"
    print(r)

# __init__ with an extra positional argument goes to __new__ too
class E(enumerate):
    def __init__(self, it, extra):
        self.extra = extra


e = E("xy", 5)
print(e.extra, list(e))


class F(filter):
    def __init__(self, f, it, extra):
        pass


show(lambda: F(None, [1], 3))


# keyword arguments: refused by the built-in __new__ unless the subclass has
# its own __init__ (for the types without keyword parameters)
class KwInit:
    def __init__(self, *a, **k):
        self.k = k


for base, args in [(map, (str, "ab")), (filter, (None, [0, 1])), (reversed, ([1, 2],)),
                   (itertools.chain, ([1], [2])), (itertools.cycle, ("ab",)),
                   (itertools.islice, (range(5), 2)), (itertools.starmap, (pow, [(2, 2)])),
                   (itertools.pairwise, ("abc",)), (itertools.dropwhile, (bool, [0, 1])),
                   (enumerate, ("ab",)), (zip, ("ab",)), (itertools.count, ()),
                   (itertools.repeat, (1, 2)), (itertools.zip_longest, ("ab",)),
                   (itertools.product, ("ab",)), (itertools.compress, ("ab", [1, 1])),
                   (itertools.groupby, ("ab",)), (itertools.combinations, ("ab", 1))]:
    class S(KwInit, base):
        pass

    class P(base):
        pass

    def mk_s():
        s = S(*args, zz=1)
        return "ok", s.k, first(s, 2)

    show(mk_s)
    show(lambda: P(*args, zz=1))

# for loops, list(), sorted(), zip of subclasses
class Z(zip):
    pass


class M(map):
    pass


class En(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i * 10, x


for i, x in En("abc", 1):
    print(i, x)
print(sorted(M(lambda v: -v, [3, 1, 2])))
print(list(Z(En("ab"), M(str, [7, 8]))))
print(dict(Z("ab", itertools.count())))
total = 0
for a, b in Z(range(5), M(abs, range(-5, 0))):
    total += a * b
print(total)
print(list(zip(En("xy"), Z("pq", "rs"))))
print(max(M(len, ["a", "abc", "ab"])), sum(M(int, "123")), "-".join(M(str, range(3))))


class StopEarly(map):
    def __next__(self):
        v = super().__next__()
        if v > 2:
            raise StopIteration
        return v


print(list(StopEarly(int, "1234")), [x for x in StopEarly(int, "0135")])


class Gen(itertools.count):
    def __init__(self, start=0, step=1):
        self.start = start

    def __repr__(self):
        return "Gen from %r" % self.start


g = Gen(3)
print(repr(g), next(g), next(g), g.start)


class Cnt(itertools.count):
    pass


class Rep(itertools.repeat):
    pass


print(repr(Cnt()), repr(Cnt(2.5)), repr(Cnt(1, 3)), repr(Rep("x")), repr(Rep("x", 2)))
print(list(Rep("y", 3)), Rep("y", 4).__length_hint__())
rv = type("RV", (reversed,), {})([1, 2, 3])
print(type(rv).__name__, rv.__length_hint__(), list(rv), rv.__length_hint__())


class RV2(reversed):
    pass


print(type(RV2([1, 2])).__name__, type(RV2(range(3))).__name__, list(RV2("abc")))


class Ch(itertools.chain):
    pass


fi = Ch.from_iterable(["ab", "cd"])
print(type(fi).__name__, list(fi), type(itertools.chain.from_iterable([])).__name__)

# groupby subclass: the groups still work
class GB(itertools.groupby):
    def __next__(self):
        k, g = super().__next__()
        return k, "".join(g)


print(list(GB("aaabccdd")))

# __class_getitem__
print(enumerate[int], itertools.chain[str])
show(lambda: zip[int])
show(lambda: map[int])

# tee of a subclass
class Sq(map):
    pass


t1, t2 = itertools.tee(Sq(lambda v: v * v, range(4)))
print(list(t1), list(t2))

# __new__ type checks
for base in [enumerate, zip, map, filter, reversed, itertools.count, itertools.chain,
             itertools.repeat, itertools.product, itertools.combinations_with_replacement,
             itertools.islice]:
    show(lambda: base.__new__(int))
    show(lambda: base.__new__(3))
    show(lambda: base.__new__(Gen))
show(lambda: enumerate.__new__())
show(lambda: enumerate.__new__(En, "ab").__class__.__name__)
show(lambda: list(map.__new__(M, str, [1, 2])))

# what cannot be subclassed
for t in [itertools._grouper, itertools._tee, type(iter(range(3))), type(iter([])),
          type(iter(())), type(iter("")), type(iter({}))]:
    try:
        class Bad(t):
            pass
    except TypeError as e:
        print("TypeError:", e)
    else:
        print("subclassed", t.__name__)

try:
    class Both(enumerate, zip):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Both2(itertools.count, itertools.cycle):
        pass
except TypeError as e:
    print("TypeError:", e)


class Two(Counting):
    pass


class Mixin:
    def describe(self):
        return "mixin " + type(self).__name__


class Mixed(Mixin, enumerate):
    pass


mx = Mixed("ab")
print(mx.describe(), list(mx), isinstance(mx, Mixin), isinstance(mx, enumerate))

# weak references: not to the plain iterators, to instances of subclasses
import weakref

for base, args in [(enumerate, ("ab",)), (map, (str, "ab")), (itertools.count, ()),
                   (itertools.chain, ("ab",)), (itertools.product, ("ab",))]:
    show(lambda: weakref.ref(base(*args)))
    Sub = type("Sub", (base,), {})
    s = Sub(*args)
    print(weakref.ref(s)() is s, sorted(vars(Sub)))
it = iter(itertools.tee("abc")[0])
print(weakref.ref(it)() is it)
