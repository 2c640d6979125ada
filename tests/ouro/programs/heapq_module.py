# _heapq (the C accelerator heapq.py imports): results, the order of the
# `<` calls, mutation during a comparison, errors, subclasses of list
import _heapq
import heapq
import random


def t(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for name in ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop',
             '_heappop_max', '_heapify_max', '_heapreplace_max']:
    f = getattr(_heapq, name)
    print(name, repr(f), f.__module__, f.__name__, f.__qualname__, f.__text_signature__,
          f is getattr(heapq, name), f.__doc__ == getattr(heapq, name).__doc__)
    t(f)
    t(f, (1,))
    t(f, (1,), 1)
    t(f, [], 1, 2, 3)
    t(f, heap=[])
    t(f, [])
    t(f, [], item=1)
print(sorted(k for k in vars(_heapq) if k != '__file__'))
print(_heapq.__about__.splitlines()[0], len(_heapq.__about__), _heapq.__doc__.splitlines()[0])
print(heapq.heappush.__module__, heapq.merge.__module__)

# results against a sort: ints, floats, strs, tuples, mixed int/float
random.seed(5)
for make in [lambda: random.randrange(-50, 50), lambda: random.random(),
             lambda: str(random.randrange(1000)), lambda: (random.randrange(5), random.random()),
             lambda: random.choice([1, 2.5, -3, 0.0, True, 7])]:
    data = [make() for _ in range(200)]
    h = []
    for x in data:
        heapq.heappush(h, x)
    out = [heapq.heappop(h) for _ in range(len(h))]
    print(out == sorted(data), out[:3])
    h = list(data)
    heapq.heapify(h)
    print(h[:8], [heapq.heappop(h) for _ in range(5)])
    h = list(data)
    heapq._heapify_max(h)
    print(h[:8], [heapq._heappop_max(h) for _ in range(5)])
    print(heapq.heapreplace(h, data[0]), heapq._heapreplace_max(h, data[1]),
          heapq.heappushpop(h, data[2]), h[:6])
    print(heapq.nsmallest(4, data), heapq.nlargest(4, data))

# a big heap: the cache-friendly heapify (over 2500 items)
big = [random.randrange(100000) for _ in range(6000)]
h = list(big)
heapq.heapify(h)
print(h[:10], h[-5:], all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h))))
h = list(big)
heapq._heapify_max(h)
print(h[:10], h[-5:], all(h[(i - 1) // 2] >= h[i] for i in range(1, len(h))))
fl = [x / 7 for x in big]
heapq.heapify(fl)
print(fl[:5], [heapq.heappop(fl) for _ in range(5)])
objs = [(x % 97, str(x)) for x in big]
heapq.heapify(objs)
print(objs[:5], [heapq.heappop(objs) for _ in range(5)])

# NaN and -0.0 among floats
h = [3.0, float('nan'), 1.0, -0.0, 0.0, 2.0]
heapq.heapify(h)
print(h)
h = []
for x in [0.0, -0.0, 1e300, -1e300, float('inf'), -float('inf')]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(6)])

# the comparisons: which `<` is called, in which order
log = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return 'K(%r)' % self.v


random.seed(7)
vals = [random.randrange(30) for _ in range(20)]
h = []
for v in vals:
    heapq.heappush(h, K(v))
print(log)
del log[:]
print([heapq.heappop(h) for _ in range(6)])
print(log)
del log[:]
h2 = [K(v) for v in vals]
heapq.heapify(h2)
print(h2, log)
del log[:]
heapq._heapify_max(h2)
print(h2, log)
del log[:]
print(heapq._heappop_max(h2), heapq._heapreplace_max(h2, K(100)), log)
del log[:]
print(heapq.heapreplace(h, K(4)), heapq.heappushpop(h, K(1)), heapq.heappushpop(h, K(50)), log)
del log[:]
print(heapq.heappushpop([], K(3)), log)


class Gt:
    """Only __gt__: `a < b` is b.__gt__(a)."""
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        log.append(('gt', self.v, other.v))
        return self.v > other.v

    def __repr__(self):
        return 'Gt(%r)' % self.v


del log[:]
h = [Gt(v) for v in [5, 3, 8, 1]]
heapq.heapify(h)
print(h, log)


# errors raised by a comparison propagate, the heap stays a permutation
class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError('bad compare %d' % self.v)
        return self.v < other.v

    def __repr__(self):
        return 'Bad(%r)' % self.v


h = [Bad(v) for v in range(20) if v != 13]
heapq.heapify(h)
t(heapq.heappush, h, Bad(13))
print(sorted(b.v for b in h), len(h))
t(heapq.heappop, h)
print(sorted(b.v for b in h), len(h))
t(heapq.heapify, [Bad(3), Bad(13), Bad(1)])
t(heapq.heappush, [1, 2], 'x')
t(heapq.heappush, [1, 2.5], None)
t(heapq.heapify, [1, 'a', 2])
print(heapq.heappushpop([], None), heapq.heappushpop([1], 0))
t(heapq.heappushpop, [1], 'a')


# a comparison that changes the list's size or items
class Mut:
    heap = None
    mode = 'append'

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        h = Mut.heap
        if Mut.mode == 'append':
            h.append(Mut(0))
        elif Mut.mode == 'clear':
            h.clear()
        elif Mut.mode == 'replace':
            h[:] = [Mut(99)] * len(h)
        elif Mut.mode == 'ints':
            h[:] = list(range(len(h)))
        return self.v < other.v

    def __repr__(self):
        return 'Mut(%r)' % self.v


for mode in ['append', 'clear', 'replace', 'ints']:
    for op in ['push', 'pop', 'heapify', 'replace', 'pushpop', 'popmax', 'heapifymax']:
        Mut.mode = 'none'
        h = [Mut(v) for v in [1, 4, 2, 8, 5, 3, 9]]
        Mut.heap = h
        Mut.mode = mode
        try:
            if op == 'push':
                r = heapq.heappush(h, Mut(0))
            elif op == 'pop':
                r = heapq.heappop(h)
            elif op == 'heapify':
                r = heapq.heapify(h)
            elif op == 'replace':
                r = heapq.heapreplace(h, Mut(6))
            elif op == 'pushpop':
                r = heapq.heappushpop(h, Mut(6))
            elif op == 'popmax':
                r = heapq._heappop_max(h)
            else:
                r = heapq._heapify_max(h)
            print(mode, op, r, len(h), h[:4])
        except Exception as e:
            print(mode, op, type(e).__name__, e, len(h))

# pushpop whose comparison empties the heap
class Emptier:
    def __init__(self, h):
        self.h = h

    def __lt__(self, other):
        self.h.clear()
        return True


h = []
h.append(Emptier(h))
t(heapq.heappushpop, h, 5)


# subclasses of list: the list's own storage is used, not overridden methods
class MyList(list):
    def append(self, x):
        print('append called')
        list.append(self, x)

    def __len__(self):
        return 1000

    def __getitem__(self, i):
        return 'no'


m = MyList([5, 1, 3])
heapq.heapify(m)
heapq.heappush(m, 0)
print(list(m), heapq.heappop(m), list(m), heapq.heapreplace(m, 9), list(m))
print(type(m).__name__, heapq.heappushpop(m, 2), list(m))

# ints, floats and objects mixed in one heap; bools; big ints
h = []
for x in [3, 2.5, True, 10**30, -10**30, 0, 1.5, False]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(len(h))])
h = [1, 2, 3]
heapq.heappush(h, 2.0)
print(h, heapq.heappop(h), h)
h = [1.5, 0.5]
heapq.heappush(h, 1)
print(h, heapq.heappop(h), heapq.heappop(h), heapq.heappop(h), h)
t(heapq.heappop, h)
t(heapq.heapreplace, h, 1)
t(heapq._heapreplace_max, [], 1)
t(heapq._heappop_max, [])
h = [2.0]
print(heapq.heappop(h), h)
h.append(1.0)
heapq.heappush(h, 0.5)
print(h)

# heapq's pure-Python users on top of the C functions
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['bb', 'a'], ['ccc'], key=len)))
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6], key=lambda x: -x))
print(heapq.nlargest(3, 'hello world'))

# above 2,500 items heapify sifts in CPython's cache-friendly order: the
# layout must be the same, not only a valid heap
for n in (2501, 4097, 30000):
    h = [random.randrange(10**6) for _ in range(n)]
    heapq.heapify(h)
    print(n, sum(i * v for i, v in enumerate(h)) % 1000003, h[:6])
    h = [random.random() for _ in range(n)]
    heapq._heapify_max(h)
    print(n, h[:3])
