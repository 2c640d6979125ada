# Counter counting through _count_elements: a plain dict (or Counter) updated
# in place, subclasses overriding get/__setitem__ called, non-int values, the
# word-size limit, keys with their own __hash__/__eq__, unhashable keys.
import collections
c = collections.Counter("abracadabra"); print(sorted(c.items()), c.most_common(2))
c.update("aaz"); print(c["a"], c["z"])
class MyCounter(collections.Counter):
    def __setitem__(self, k, v):
        print("set", k, v); super().__setitem__(k, v)
m = MyCounter("aab"); print(dict(m))
class G(dict):
    def get(self, k, d=None): return 100
g = G(); collections._count_elements(g, "xy"); print(g)
d = {"a": 1.5, "b": 2**63 - 1}; collections._count_elements(d, "aabbc"); print(d)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return "K(%r)" % self.v
print(collections.Counter([K(1), K(2), K(1)]))
print(collections.Counter(x % 7 for x in range(100)).most_common(3))
try:
    collections.Counter([[1]])
except TypeError as e:
    print(e)
