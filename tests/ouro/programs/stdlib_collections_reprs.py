from collections import OrderedDict, defaultdict, Counter, deque, namedtuple, ChainMap, UserDict, UserList
import functools

Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
p = Point(1, 2)
print(p, repr(p), p._asdict(), p._replace(x=5), Point._fields, P3(1, 2), P3._field_defaults)
print(p.x + p.y, p[0], tuple(p), p == (1, 2), Point._make([3, 4]), len(p))
x, y = p
print(x, y, hash(p) == hash((1, 2)))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError:", e)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, repr(od))
od.move_to_end("b")
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([(1, 2)]) == {1: 2})

dd = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[w[0]].append(w)
print(dd)
print(repr(defaultdict(int)), defaultdict(int, {"a": 1}), dict(dd))
di = defaultdict(int)
di["x"] += 5
print(di["x"], di["y"], sorted(di.items()))
print(defaultdict(lambda: "N/A")["k"])

c = Counter("mississippi")
print(c, repr(Counter()), c.most_common(3), c["z"])
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3) & Counter(a=1, b=2), Counter(a=3) | Counter(a=1, b=2))
c2 = Counter(words=2)
c2.update(["words", "more"])
print(c2, sorted(c2.elements()), c2.total())
c2.subtract({"words": 5})
print(c2, +c2, -c2)

dq = deque([1, 2, 3], maxlen=5)
dq.appendleft(0)
dq.extend([4, 5, 6])
print(dq, repr(deque()), dq.maxlen, dq[0], dq[-1])
dq.rotate(2)
print(dq, list(reversed(dq)), dq.count(3), dq.index(4))
dq.clear()
print(dq, len(dq))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc", 2), deque(range(3)) == deque([0, 1, 2]))

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"z": 0}))


class MyDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)


md = MyDict()
md["Hello"] = 1
print(md, repr(md), "hello" in md, md.data)
ul = UserList([3, 1, 2])
ul.sort()
print(ul, repr(ul), ul + [4], type(ul + [4]).__name__)

part = functools.partial(int, base=2)
print(part("1010"), repr(part).startswith("functools.partial(<class 'int'>"), repr(part))


def add(a, b, c=0):
    return a + b + c


pa = functools.partial(add, 1, c=10)
print(pa(2), pa.args, pa.keywords, pa.func.__name__)
print(range(10), range(1, 10, 2), repr(range(0)), slice(1, 2), slice(None, 5, -1), slice(3))
print({1, 2, 3}, set(), frozenset({1}), frozenset(), {}.keys(), {"a": 1}.values(), {"a": 1}.items())
print(repr(1e16), 1e-5, 0.1 + 0.2, 1 / 3, float("inf"), -float("inf"), float("nan"), 2.0, -0.0, 1e22, 123456789.0 * 10)
print(repr(3.0e-10), 1.5e300 * 1e10, round(2.675, 2), 10 ** 20 / 3, 7.0 // 2, -7.5 % 2)
print(reversed([1, 2]).__class__.__name__, type(iter({})).__name__, type({}.keys()).__name__)
print(NotImplemented, Ellipsis, ..., type(None), type(...), type(NotImplemented))
