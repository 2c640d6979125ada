# Sorting lists of floats (compared unboxed by list.sort): equal items (0.0, -0.0)
# keep their order, forward and reversed; NaN compares as timsort makes it;
# stability with keys over the run and merge sizes; an exception mid-sort.
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
import random
r = random.Random(3)
for n in [0, 1, 2, 5, 63, 64, 65, 100, 1000, 5000]:
    l = [r.randrange(50) for _ in range(n)]
    pairs = [(v, i) for i, v in enumerate(l)]
    a = sorted(pairs, key=lambda p: p[0]); b = sorted(pairs, key=lambda p: p[0], reverse=True)
    objs = [str(v) for v in l]; objs.sort(key=int)
    print(n, a == sorted(pairs), [p[1] for p in a][:5], [p[1] for p in b][:5], objs[:3], sorted(l)[-3:])
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 77: raise ValueError("no")
        return self.v < o.v
xs = [Bad(v) for v in [5, 3, 77, 1] * 30]
try:
    xs.sort()
except ValueError as e:
    print("ValueError", e, len(xs), sorted(x.v for x in xs) == sorted([5, 3, 77, 1] * 30))
