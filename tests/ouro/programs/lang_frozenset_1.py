# frozenset
f = frozenset([3, 1, 2, 3])
g = frozenset("ab")
print(sorted(f), len(f), 2 in f, type(f | {9}).__name__, type({9} | f).__name__)
print(sorted(f & {1, 5}), sorted(f - {1}), sorted(f ^ {1, 7}), f.union([4]) == {1, 2, 3, 4})
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset()))
print(frozenset() == set(), frozenset([1]) == {1}, repr(frozenset()), repr(frozenset([1])))
d = {f: "nums", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(nested), sorted(sorted(s) for s in nested))
print(f.copy() is f, f.isdisjoint([4]), f <= {1, 2, 3, 4}, f.issuperset([1, 2]))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
class FS(frozenset):
    pass
fs = FS([1, 2])
print(type(fs).__name__, sorted(fs), type(fs | {3}).__name__, fs == frozenset([1, 2]))
print(sorted(frozenset(range(5)).symmetric_difference(range(3, 8))))
print(sorted(map(sorted, {frozenset({i, i + 1}) for i in range(3)})))
power = [frozenset()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print(len(power), sorted(sorted(s) for s in power))
print(frozenset({1: 2, 3: 4}) == {1, 3}, sorted(frozenset("mississippi")))
