# Sorting lists of floats (compared unboxed by list.sort): equal items (0.0, -0.0)
# keep their order, forward and reversed; NaN compares as timsort makes it.
import random, math
r = random.Random(5)
l = [r.choice([0.0, -0.0, 1.5, -2.25, 3.0, float('inf'), -float('inf'), 1e-300]) for _ in range(60)]
for rev in (False, True):
    a = list(l); a.sort(reverse=rev)
    print([math.copysign(1, x) if x == 0 else x for x in a])
    print(sorted(l, reverse=rev) == a)
n = l + [float('nan')] + l[:5]
n.sort(); print([repr(x) for x in n][:12], sum(1 for x in n if x != x))
b = [r.random() for _ in range(1000)]
print(sorted(b) == sorted(b, key=lambda x: x), sorted(b, key=lambda x: -x)[:3] == sorted(b, reverse=True)[:3])
print(sorted([3, 1.5, 2, -0.5]), sorted([1.0, 1, True, 0.5]))
# tuples of ints, strs and floats (compared item by item without dispatch),
# identical NaNs equal, other items through their own comparisons
nan = float('nan')
t = [(1, 'b', 2.5), (1, 'a', 3.0), (0, 'z'), (1, 'a'), (1, 'a', nan), (1, 'a', -0.0), (1, 'a', 0.0),
     (2,), (1, 'a', nan), (1, ('x', 1)), (1, ('w', 2)), (True, 'a'), (1.0, 'a', 1)]
u = [x for x in t if not (len(x) > 1 and isinstance(x[1], tuple))]
print([repr(x) for x in sorted(u)], [repr(x) for x in sorted(u, reverse=True)])
same = (1, nan)
print(sorted([same, (1, 0.5), same, (0, nan)]))
print(sorted([(1, ('x', 1)), (1, ('w', 2)), (0, [3]), (0, [2])]))
