# sets of ints and set algebra (results printed sorted)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
print(a.union(b, [9]) == {1, 2, 3, 4, 5, 9}, sorted(a.intersection(b, {4})), sorted(a.difference([1], (2,))))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > b, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
s = set()
s.add(3)
s.add(3)
s.update([1, 2], (5,))
print(sorted(s), len(s), 3 in s, 9 not in s)
s.discard(99)
s.discard(1)
s.remove(2)
print(sorted(s))
x = s.pop()
print(len(s), x in (3, 5))
s |= {10, 11}
s &= {10, 11, 5, 3}
s -= {11}
s ^= {100, 10}
print(sorted(s))
c = a.copy()
c.clear()
print(c, set(), len(a))
print({1, 2} == {2, 1}, {1, 2} == frozenset([1, 2]), {1} != {1.0}, {(1, 2), (1, 2)})
print({x % 3 for x in range(10)}, set(range(5)), set([1, 1, 2]))
print(sorted({"b", "a", "c"}), len({"x", "y"}), "x" in {"x", "y"})
for bad in [lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1} + {2},
            lambda: set(5), lambda: {1} < [1], lambda: {1}.add({2})]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(set()), repr({1}), repr({(1,)}), str({None}))
print(min({5, 3, 9}), max({5, 3, 9}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True))
