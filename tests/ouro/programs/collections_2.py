"""_collections.defaultdict (__missing__, default_factory, repr, copy,
|, subclasses), _count_elements and _tuplegetter, and the collections
module built on them (Counter, namedtuple, deque)."""
from _collections import defaultdict, _count_elements, _tuplegetter, deque
import collections
import copy


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, len(d), d.default_factory, isinstance(d, dict), type(d).__name__, "c" in d)
print(d.get("zz"), "zz" in d, d.setdefault("e", 5), sorted(d), list(d.items()))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), counts == dict(counts), counts["nothere"], len(counts))
print(defaultdict(), defaultdict(None), defaultdict(None, {1: 2}), defaultdict(str, a=1, b=2))
print(defaultdict(list, [("x", 1)]), defaultdict(int, {"k": 0}, extra=3))
n = defaultdict()
attempt("missing without factory", n.__getitem__, "key")
attempt("missing tuple key", n.__getitem__, (1, 2))
attempt("__missing__ without factory", n.__missing__, 3)
print(n.get("key"), n)
attempt("non-callable factory", defaultdict, 5)
attempt("non-callable factory str", defaultdict, "list")
d2 = defaultdict(lambda: "dflt")
print(d2["x"], d2.__missing__("y"), sorted(d2.items()))
d2.default_factory = set
print(d2["z"], d2.default_factory)
d2.default_factory = None
attempt("factory set to None", d2.__getitem__, "w")
del d2.default_factory
print(d2.default_factory)
d3 = defaultdict(list, {"a": [1]})
c = d3.copy()
c["a"].append(2)
c["b"].append(3)
print(d3, c, type(c).__name__, c.default_factory, copy.copy(d3), copy.deepcopy(d3) == d3)
print(defaultdict(int, {1: 1}) | {2: 2}, {0: 0} | defaultdict(int, {1: 1}))
print(type({0: 0} | defaultdict(int)).__name__, type(defaultdict(int) | {}).__name__)
u = defaultdict(int, a=1)
u |= {"b": 2}
print(u, type(u).__name__)
print(defaultdict(int).__reduce__()[:2], defaultdict(None).__reduce__()[:2])


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

    def show(self, depth=0):
        for k in sorted(self):
            print("  " * depth + k)
            self[k].show(depth + 1)


t = Tree()
t["a"]["b"]["c"]
t["a"]["d"]
t["e"]
t.show()
print(type(t).__name__, isinstance(t, defaultdict), isinstance(t, dict), t.default_factory is Tree)


class Logged(defaultdict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


lg = Logged(int)
lg["q"]
print(lg, repr(lg))
r = defaultdict(list)
r.default_factory = r.copy
print(repr(defaultdict(None, {})), r.default_factory is not None)

# _count_elements: the helper behind Counter
m = {}
_count_elements(m, "abracadabra")
print(m)
dd = defaultdict(int, {"a": 10})
_count_elements(dd, ["a", "b", "a"])
print(dd)


class Mapping(dict):
    def get(self, k, default):
        print("get", k)
        return dict.get(self, k, default)


mm = Mapping()
_count_elements(mm, "aab")
print(mm)
attempt("_count_elements 1 arg", _count_elements, {})
attempt("_count_elements not iterable", _count_elements, {}, 3)

# _tuplegetter: the field accessors of namedtuple
class Pair(tuple):
    first = _tuplegetter(0, "the first")
    second = _tuplegetter(1, "the second")


p = Pair((3, 4))
print(p.first, p.second, Pair.first.__doc__, type(Pair.first).__name__)
attempt("tuplegetter set", setattr, p, "first", 9)
attempt("tuplegetter wrong type", Pair.first.__get__, [1, 2])
attempt("tuplegetter short tuple", Pair.second.__get__, (1,))

# the collections module on top of these
print(collections.deque is deque, collections.defaultdict is defaultdict)
cnt = collections.Counter("the quick brown fox jumps over the lazy dog")
print(cnt.most_common(4), cnt["o"], cnt["zz"], sum(cnt.values()))
print(collections.Counter([1, 2, 2, 3, 3, 3]) + collections.Counter([3, 4]))
Point = collections.namedtuple("Point", ["x", "y"])
pt = Point(1, y=2)
print(pt, pt.x, pt.y, pt._asdict(), pt._replace(y=5), Point._make([7, 8]), Point.x.__doc__)
print(Point._fields, pt == (1, 2), isinstance(pt, tuple), pt[0] + pt[1])
od = collections.OrderedDict([("b", 1), ("a", 2)])
od.move_to_end("b")
print(od, list(od), od.popitem(last=False))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm))
q = collections.deque(maxlen=2)
q.extend("abc")
print(q)
