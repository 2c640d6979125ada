import copy, pickle, json

d = {i: i * i for i in range(20)}
print(d, len(d))
print(d[3], d.get(19), d.get(20), 5 in d, 5.0 in d, True in d, 1.0 in d, "5" in d)
print(d[True], d[2.0])
del d[0]
print(0 in d, False in d, list(d)[:3])
d[1.0] = "float"          # replaces the value, keeps the int key
print(d[1], list(d.items())[:2])
class MyInt(int):
    pass
d[MyInt(7)] = "myint"
print(d[7], type(list(d)[6]))
d[2**70] = "big"
print(d[2**70], d.pop(2**70))
d["s"] = "str"            # switch to boxed keys
print(d["s"], d[4], list(d)[:4], len(d))
d[-1] = -1
print(d[-1], d.popitem(), d.popitem())

# keys compare by value after boxing again
k = 10**12
e = {k: 1}
print(next(iter(e)) is k, next(iter(e)) == k, id(next(iter(e))) == id(k))

# big ints, negative, hash collisions -1 / -2
e = {-1: "a", -2: "b", 2**61 - 1: "c", 0: "d", 2**62: "e", -2**63: "f"}
print(e, e[-1], e[-2], e[0], e[2**61-1])
print(hash(-1), hash(-2), hash(2**61-1))

# bools as first key are not ints
b = {True: 1}
b[1] = 2
print(b)
b = {1: 1}
b[True] = 2
print(b)

# a user object equal to an int
class Eq:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return o == self.v
f = {3: "three", 4: "four"}
print(f[Eq(3)], Eq(5) in f)
f[Eq(4)] = "FOUR"
print(f, len(f))

# __eq__ that mutates the dict during a lookup
class Mut:
    def __hash__(self): return 5
    def __eq__(self, o):
        g.clear()
        return False
g = {5: 1, 6: 2}
print(Mut() in g, g)

# deletions, resizes, order, reversed, views
h = {}
for i in range(1000):
    h[i * 7 % 1001] = i
for i in range(0, 1000, 3):
    del h[i * 7 % 1001]
print(len(h), list(h)[:10], list(reversed(h))[:5], sum(h), sum(h.values()))
print(h.keys() & {7, 14, 21}, h.keys() - set(range(990)) == set(), (7, 1) in h.items())
h2 = h.copy()
print(h2 == h, h2 is h, len(h2))
h3 = dict(h)
h3.update({-5: 0, 1: 1})
print(len(h3), h3[-5], h3 == h)
h3.update({"x": 1})
print(len(h3), h3["x"])
print({1: 2} | {3: 4}, {1: 2} | {"a": 4})
m = {}
m |= {1: 2}
m |= {1.5: 2}
print(m)

# iteration mutations
try:
    for key in d:
        d[key + 1000] = 0
except RuntimeError as ex:
    print("RuntimeError", ex)

# clear and reuse with another kind
c = {1: 2, 3: 4}
c.clear()
c["a"] = 1
c[1] = 2
print(c)
c.clear()
c[5] = 5
print(c, c.setdefault(5, 9), c.setdefault(6, 9), c)
print(dict.fromkeys(range(5)), dict.fromkeys(range(3), 0))
print(copy.copy(c), copy.deepcopy(c), pickle.loads(pickle.dumps(c)))
print(json.dumps({1: 2, 3: [4]}), json.dumps({1: 2}, sort_keys=True))
print(repr({}), repr({0: {}}), {i: None for i in range(3)} == {0: None, 1: None, 2: None})
print({1: 1} == {1.0: 1}, {1: 1} == {True: 1}, {1: 2} != {1: 3})
s = {}
s[0] = 0
s[0.0] = 1
s[-0.0] = 2
print(s, type(list(s)[0]))
print(sorted({3: 1, 1: 2, 2: 3}), max({3: 1, 9: 2}), min({3: 1, 9: 2}.items()))
x = {i: i for i in range(10)}
print(x.pop(3), x.pop(100, "dflt"), x.popitem(), len(x))
try:
    x.pop(100)
except KeyError as ex:
    print("KeyError", ex)
try:
    x[2.5]
except KeyError as ex:
    print("KeyError", repr(ex))
print(set(x), frozenset(x.keys()) == frozenset(x))
import collections
cnt = collections.Counter([1, 2, 2, 3, 3, 3])
print(cnt, cnt.most_common(2))
dd = collections.defaultdict(int)
for i in [5, 5, 6]:
    dd[i] += 1
print(dd)
od = collections.OrderedDict((i, i) for i in range(4))
od.move_to_end(0)
print(od)
print(dict(zip(range(3), "abc")), dict([(1, 2), (3, 4)]), dict({1: 2}, a=3))
