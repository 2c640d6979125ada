# Sets of exact ints are stored unboxed (setobject.py's int strategy) and
# switch to boxed objects when another kind of key arrives: everything here
# must behave, print and order exactly as in CPython.
import copy
import pickle
import sys


def show(label, s):
    print(label, s, len(s), list(s))


# -- int sets: order as CPython's, with collisions, negatives, resizes
s = {5, 3, 8, 1, 2**40, -1, -2, 0, 13, 21, 2**61 - 1, 2**61, -2**61 + 5}
show("ints", s)
s = set(range(0, 200, 7))
show("range", s)
s = {i * 8 for i in range(30)}       # same low bits: long probe chains
show("collide", s)
big = set()
for i in range(1000):
    big.add((i * 7919) % 10007)
print("big", len(big), list(big)[:20], sum(big))
for i in range(0, 1000, 3):
    big.discard((i * 7919) % 10007)
print("big after discards", len(big), list(big)[:20], sum(big))
for i in range(20000, 20300):
    big.add(i)
print("big after re-adds", len(big), list(big)[:20], list(big)[-10:])

# -- the word's extremes, including the two values that cannot be unboxed
mx = sys.maxsize
for extreme in (mx, -mx - 1, -mx, -mx + 1, 2**63, -2**63 - 1):
    t = {1, 2, 3}
    t.add(extreme)
    print("extreme", extreme, extreme in t, sorted(t), t == {1, 2, 3, extreme})
    t.discard(extreme)
    print("  discarded", t, extreme in t)
m = {-mx - 1, -mx, 7}
print("minint set", sorted(m), -mx - 1 in m, -mx in m, (-mx - 1) * 1 in m)

# -- removal and pop order
s = {10, 20, 30, 40, 50, 60, 70, 80, 90}
print(s.pop(), s.pop(), s)
s.remove(50)
print(s)
try:
    s.remove(50)
except KeyError as e:
    print("KeyError", repr(e))
s.discard(12345)
while s:
    print("pop", s.pop(), end=" ")
print()
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)

# -- switching to objects: every kind of key, order kept
for other in ("a", 1.5, 1.0, True, False, 2**63, 2**100, -(2**70), -0.5, (1, 2), frozenset({1})):
    t = {1, 0, 9, 17, 33}
    t.add(other)
    print("switch", repr(other), t, len(t), other in t, 1 in t, 0 in t)
t = {1}
t.add(1.0)
print("1.0 into {1}", t, type(list(t)[0]))
t = {0}
t.add(False)
print("False into {0}", t, type(list(t)[0]))
t = {1.0}
t.add(1)
print("1 into {1.0}", t)
t = {True}
t.add(1)
print("1 into {True}", t)


class MyInt(int):
    pass


t = {1, 2, 3}
t.add(MyInt(2))
print("subclass", t, [type(x).__name__ for x in t])
t.add(MyInt(4))
print("subclass new", sorted(t), [type(x).__name__ for x in sorted(t)])


class Eq:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("  Eq.__eq__", self.v, other)
        return self.v == other

    def __repr__(self):
        return "Eq(%r)" % self.v


t = {1, 2, 3, 1 + 2**61 - 1}
print("Eq(2) in", Eq(2) in t)
print("Eq(5) in", Eq(5) in t)
print("Eq(1) in (hash collision with 2**61)", Eq(1) in t)
t.add(Eq(3))
print("added Eq(3)", sorted(t, key=lambda x: x if isinstance(x, int) else x.v))
t.add(Eq(7))
print("added Eq(7)", len(t))
t.discard(Eq(2))
print("discarded Eq(2)", len(t))


class Mutator:
    """An __eq__ that switches the set it is compared in to objects."""
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return hash(4)

    def __eq__(self, other):
        self.target.add("boom")
        return False


t = {4, 5}
print("mutator in", Mutator(t) in t, sorted(t, key=str))

# -- lookups of other keys in an int set
s = {1, 2, 3, 0}
print(1.0 in s, True in s, False in s, 2.5 in s, "1" in s, None in s, 2**64 in s, MyInt(3) in s)
print(s == {1.0, 2.0, 3.0, 0.0}, s == {True, False, 2, 3}, {1.0, 2.0, 3.0, 0.0} == s)
try:
    [] in s
except TypeError as e:
    print("TypeError", e)
print(set() in {frozenset()}, {1} in {frozenset({1})})
s.discard(1.0)
s.discard(True)
print("discard 1.0", s)
s.remove(False)
print("remove False", s)

# -- frozensets: hash and equality across strategies
a = frozenset({1, 2, 3})
b = frozenset({1, 2, 3, "x"}) - {"x"}
c = frozenset([1.0, 2.0, 3.0])
print(hash(a) == hash(b) == hash(c), a == b == c, hash(a), hash(frozenset()), hash(frozenset({-1, -2})))
print(hash(frozenset(range(100))), hash(frozenset({2**61, -5, 7})))
d = {a: "a"}
print(d[b], d[c], {a, b, c})
print(frozenset({5, 6}) | {"z"}, frozenset({5, 6}).copy(), frozenset({5}) is frozenset({5}).copy())

# -- set operations between int and object sets
i1 = {1, 2, 3, 4, 5, 6}
i2 = {4, 5, 6, 7, 8}
o1 = {4, "a", 5.0, 9, (1, 2)}
for x, y in ((i1, i2), (i1, o1), (o1, i1), (i2, set()), (set(), i2)):
    print("ops", x | y, x & y, x - y, y - x, x ^ y, x <= y, x < y, x >= y, x == y, x != y,
          x.isdisjoint(y), x.issubset(y), x.issuperset(y))
print(i1.union([10, 11], (12,), "ab"), i1.intersection([1, 2.0, "x"]), i1.difference([1], {2}))
print(i1.symmetric_difference([6, 7, "q"]), i1.issubset(range(10)), i1.issuperset([1, 2]))
print(i1.isdisjoint([7, 8]), i1.isdisjoint(iter([6])), i1 & frozenset({2, 3}))
u = set(i1)
u |= i2
print("ior", u)
u &= {1, 2, 3, 4, 5, 6, 7, 8, 9}
print("iand", u)
u -= {1, 8}
print("isub", u)
u ^= {2, 100}
print("ixor", u)
u ^= {"s", 3}
print("ixor obj", u)
u.update({20: 1, 21: 2}, [22])
print("update", u)
w = {1, 2, 3, 4, 5}
w.intersection_update({1, 2, 3}, [2, 3, 4])
print("intersection_update", w)
w.difference_update([3])
print("difference_update", w)
w.symmetric_difference_update({2: 0, 9: 0})
print("symmetric_difference_update dict", w)
print("sub dict", {1, 2, 3, 4, 5, 6, 7, 8}.difference({2: 0, 3: 0}),
      {1, 2}.difference({1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0}))
big1 = set(range(100))
big1 -= {5, 6, 7}
big1.difference_update(set(range(50, 2000)))
print("big difference", len(big1), list(big1)[:10])
print({1, 2, 3} - set(range(1000)), set(range(20)) - {1, 2})

# -- copy, pickle, comprehension, clear and re-add
s = {3, 1, 4, 1, 5, 9, 2, 6}
c1 = s.copy()
c2 = copy.copy(s)
c3 = copy.deepcopy(s)
c4 = pickle.loads(pickle.dumps(s))
c5 = pickle.loads(pickle.dumps(frozenset(s)))
print(c1, c2, c3, c4, c5, c1 == c2 == c3 == c4 == c5 == s)
s.add("str")
print("after add, copies unchanged", c1, s - c1)
print({x * x for x in range(-5, 6)}, {x % 3 for x in range(10)}, {x for x in [1, "1", 1.0]})
s = {1, 2, 3}
s.clear()
s.add("a")
s.add(1)
print("clear then str", s)
s.clear()
s.add(7)
s.add(8)
print("clear then ints", s, 7 in s, "a" in s)
s = set()
print(repr(s), repr(frozenset()), set(frozenset()), repr({-0}))


class S(set):
    pass


class F(frozenset):
    pass


print(S([3, 2, 1]), F([3, 2, 1]), S([1]) | {2}, F([1]) & {1, "a"}, type(S([1]).copy()).__name__)

# -- set changed size during iteration
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
it = iter(s)
print(next(it), it.__length_hint__())
s.add("x")   # switches strategy while the iterator lives
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e, it.__length_hint__())

# -- identity of the unboxed ints as they come back
s = {1000, 2000}
x = next(iter(s))
print(x in s, x is next(iter(s)), id(x) == id(next(iter(s))))
print(sorted(s, reverse=True), max(s), min(s), sum(s))
