# _bisect (the C accelerator bisect.py imports): results with lo, hi and
# key, the order of the `<` calls, errors, list subclasses and other sequences
import _bisect
import bisect
import random


def t(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for name in ['bisect_left', 'bisect_right', 'insort_left', 'insort_right']:
    f = getattr(_bisect, name)
    print(name, repr(f), f.__module__, f.__qualname__, f.__text_signature__,
          f is getattr(bisect, name), f.__doc__.splitlines()[0])
    t(f)
    t(f, [1])
    t(f, [1], 1, -1)
    t(f, [1], 1, -2**70)
    t(f, [1], 1, 1.0)
    t(f, [1], 1, 0, 1.0)
    t(f, [1], 1, 0, 'x')
    t(f, [1], 1, 0, None)
    t(f, [1], 1, 0, 1, 2)
    t(f, [1], 1, 0, 1, None)
    t(f, 1, 1)
    t(f, {1: 2}, 1)
    t(f, {1: 2}, 1, 0, 1)
    t(f, [1], 1, 2**70)
    t(f, [1], 1, 0, 2**70)
    t(f, a=[1], x=1, hi=-1)
    t(f, [1], 1, foo=1)
    t(f, (1, 2), 1)
    t(f, "abc", "b")
    t(f, [1, 2], 1, lo=True, hi=2)
    t(f, [1, 2, 3], 5, 0, 10)
    t(f, [1, 2, 3], 5, 10)
    t(f, [1, 2, 3], 5, 10, 20)
    t(f, [1.0, 2.0, 3.0], 5.0, 0, 10)
    t(f, [1, 2, 3], 2, key=None)
    t(f, [1, 2, 3], 2, key=1)
    t(f, [1, 2, 3], 2, 0, 3, None)
print(sorted(k for k in vars(_bisect) if k != '__file__'), _bisect.__doc__.splitlines()[0])
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right,
      bisect.bisect.__module__)

# results against the definition
random.seed(3)
for make in [lambda: random.randrange(-20, 20), lambda: random.randrange(40) / 4,
             lambda: str(random.randrange(100)), lambda: (random.randrange(4), random.randrange(3))]:
    a = sorted(make() for _ in range(60))
    probes = [make() for _ in range(30)] + a[:5]
    for x in probes:
        l = bisect.bisect_left(a, x)
        r = bisect.bisect_right(a, x)
        assert all(y < x for y in a[:l]) and all(not y < x for y in a[l:]), (a, x)
        assert all(not x < y for y in a[:r]) and all(x < y for y in a[r:]), (a, x)
    print([bisect.bisect_left(a, x) for x in probes[:12]])
    print([bisect.bisect_right(a, x) for x in probes[:12]])
    print([bisect.bisect_left(a, x, 10, 40) for x in probes[:12]])
    print([bisect.bisect_right(a, x, hi=30) for x in probes[:12]])
    b = []
    for x in probes:
        bisect.insort_left(b, x)
        bisect.insort_right(b, x, 0)
    print(b == sorted(probes * 2), b[:6])

# mixed ints and floats, floats among ints
a = [1, 2, 3, 4]
print(bisect.bisect_left(a, 2.5), bisect.bisect_right(a, 2.0), bisect.bisect_left(a, True))
a = [0.5, 1.5, 2.5]
print(bisect.bisect_left(a, 1), bisect.bisect_right(a, 2), bisect.bisect(a, float('nan')),
      bisect.bisect_left(a, float('nan')), bisect.bisect_left(a, float('inf')))
bisect.insort(a, 2)
bisect.insort(a, 10**30)
bisect.insort(a, -0.0)
print(a)

# key=
recs = sorted([('b', 2), ('a', 5), ('c', 1), ('d', 5), ('e', 9)], key=lambda r: r[1])
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1]))
bisect.insort_left(recs, ('f', 5), key=lambda r: r[1])
bisect.insort_right(recs, ('g', 5), key=lambda r: r[1])
bisect.insort(recs, ('h', 0), key=lambda r: r[1])
print(recs)
t(bisect.bisect, recs, 1, key=lambda r: r[5])
t(bisect.insort, recs, ('z',), key=lambda r: r[1])
t(bisect.bisect, [1, 2], 1, key=len)

# the comparisons and key calls, in order
log = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return 'K(%r)' % self.v


ks = [K(v) for v in range(0, 40, 3)]
for f in [bisect.bisect_left, bisect.bisect_right]:
    for x in [K(-1), K(7), K(9), K(100)]:
        del log[:]
        print(f.__name__, x, f(ks, x), log)
del log[:]
print(bisect.bisect_left(ks, K(20), 2, 8), log)


def key(k):
    log.append(('key', k.v))
    return k


del log[:]
print(bisect.bisect_right(ks, K(20), key=key), log)
del log[:]
bisect.insort_left(ks, K(20), key=key)
print(log, ks)


# errors from comparisons
class Bad:
    def __lt__(self, other):
        raise RuntimeError('no order')


t(bisect.bisect, [1, 2, 3], Bad())
t(bisect.insort, [1, 2, 3], Bad())
t(bisect.bisect, [1, 'a'], 2)


# a comparison that shrinks the list
class Shrink:
    def __init__(self, a):
        self.a = a

    def __lt__(self, other):
        del self.a[:]
        return False


a = list(range(10))
t(bisect.bisect_right, a, Shrink(a))
a = list(range(10))
t(bisect.bisect_left, a, Shrink(a))


# sequences other than lists
class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        log.append('len')
        return len(self.items)

    def __getitem__(self, i):
        log.append(('getitem', i))
        return self.items[i]

    def insert(self, i, x):
        log.append(('insert', i, x))
        self.items.insert(i, x)


del log[:]
s = Seq([1, 3, 5, 7])
print(bisect.bisect_left(s, 5), bisect.bisect(s, 5, 1), log)
del log[:]
bisect.insort(s, 4)
bisect.insort_left(s, 100, 2, 3)
bisect.insort_right(s, -5, 10)
print(s.items, log)
print(bisect.bisect_left((1, 2, 3), 2), bisect.bisect_right('acegi', 'd'),
      bisect.bisect_left(range(0, 100, 3), 50), bisect.bisect(b'abc', 98))
t(bisect.insort, (1, 2), 1)
t(bisect.bisect, range(10), 5, 0, 20)
t(bisect.bisect, 'abc', 'b', 0, 5)


class OnlyLen:
    def __len__(self):
        return 3


class OnlyItem:
    def __getitem__(self, i):
        return i * 2


t(bisect.bisect, OnlyLen(), 1)
t(bisect.bisect, OnlyItem(), 1)
t(bisect.bisect, OnlyItem(), 7, 0, 100)


class D(dict):
    def __getitem__(self, i):
        return i


t(bisect.bisect, D(a=1), 0)
t(bisect.bisect, D(), 3, 0, 10)


# subclasses of list: their __getitem__/__len__/insert are used
class MyList(list):
    def __getitem__(self, i):
        log.append(('getitem', i))
        return list.__getitem__(self, i)

    def __len__(self):
        log.append('len')
        return list.__len__(self)

    def insert(self, i, x):
        log.append(('insert', i, x))
        list.insert(self, i, x)


del log[:]
m = MyList([10, 20, 30, 40])
print(bisect.bisect_left(m, 25), bisect.bisect_right(m, 30, 1, 3), log)
del log[:]
bisect.insort(m, 35)
bisect.insort_left(m, 5, key=None)
calls = log[:]
print(list(m), calls)


class Plain(list):
    pass


p = Plain([1, 3])
bisect.insort(p, 2)
bisect.insort(p, 9, 10)
print(p, type(p).__name__)
a = [1, 2]
bisect.insort(a, 0, 5)
bisect.insort_left(a, 3, 1, 1)
print(a)
