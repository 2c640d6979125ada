# classes: attributes, methods, static/class methods, properties, special methods
class Point:
    """A point."""
    dims = 2
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __neg__(self):
        return Point(-self.x, -self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def dist2(self):
        return self.x ** 2 + self.y ** 2

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    @norm1.setter
    def norm1(self, v):
        self.x, self.y = v, 0

    @norm1.deleter
    def norm1(self):
        print("deleting norm1")


p = Point(3, 4)
print(p, p.dist2(), Point.origin(), Point.from_tuple((1, 2)), p.norm1, Point.__doc__)
p.norm1 = 7
print(p, -p, p + Point(1, 1), bool(Point(0, 0)), bool(p), p == Point(7, 0), p != Point(7, 0))
del p.norm1
print(Point.count, Point.dims, p.dims, len({Point(1, 1), Point(1, 1)}))
print(Point.__name__, Point.__qualname__, Point.__module__, Point.dist2.__qualname__)
print(type(p).__name__, isinstance(p, Point), hasattr(p, "x"), getattr(p, "z", "none"))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(s.a, hasattr(s, "b"))


class Dyn:
    def __getattr__(self, name):
        return "dyn_" + name

    def __setattr__(self, name, value):
        print("set", name)
        object.__setattr__(self, name, value)


d = Dyn()
d.real = 5
print(d.real, d.virtual)


class Container:
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __len__(self):
        return len(self.data)

    def __contains__(self, k):
        return k in self.data

    def __iter__(self):
        return iter(sorted(self.data))

    def __call__(self, *a):
        return "called with %r" % (a,)


c = Container()
c["b"] = 2
c["a"] = 1
print(len(c), "a" in c, list(c), c["b"], c(1, 2))
del c["a"]
print(list(c), c.__class__.__name__)


class Counter:
    instances = []

    def __init__(self):
        self.instances.append(self)
        self.instances = "shadowed"


Counter()
k = Counter()
print(len(Counter.instances), k.instances)


class Empty:
    pass


e = Empty()
e.attr = 1
print(vars(e), Empty.__bases__, Empty.__mro__[-1].__name__)


class WithClassAttrsUsage:
    a = 1
    b = a + 1
    c = [a, b]
    if b > 1:
        d = "cond"
    for i in range(3):
        pass
    del i


print(WithClassAttrsUsage.c, WithClassAttrsUsage.d, hasattr(WithClassAttrsUsage, "i"))
