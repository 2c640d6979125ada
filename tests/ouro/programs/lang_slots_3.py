# __slots__ with inheritance, defaults via class attrs, __weakref__, pickling-free copying
import weakref
class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, Child.__slots__, hasattr(c, "__dict__"), sorted(n for n in dir(c) if n in ("a", "b")))
try:
    weakref.ref(c)
except TypeError as e:
    print(type(e).__name__, e)
class WithWeak:
    __slots__ = ("v", "__weakref__")
ww = WithWeak()
r = weakref.ref(ww)
print(r() is ww)
class Mixed:
    __slots__ = ["x", "y"]
    def __init__(self):
        self.x = 0
    def total(self):
        return self.x + getattr(self, "y", 100)
m = Mixed()
print(m.total())
m.y = 5
print(m.total())
del m.x
try:
    m.total()
except AttributeError as e:
    print(type(e).__name__, e)
class Iter:
    __slots__ = iter(("p", "q"))
it = Iter()
it.p = 1
print(it.p, type(Iter.__dict__["p"]).__name__)
class D:
    __slots__ = {"k": "doc for k"}
print(D.k.__doc__)
import copy
class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Pt(1, 2)
q = copy.copy(p)
q.x = 10
print(p.x, q.x, q.y)
try:
    class Bad(Base):
        __slots__ = ("a",)
    print("redeclared slot allowed", Bad.__slots__)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadName:
        __slots__ = ("1x",)
except TypeError as e:
    print(type(e).__name__, e)
class S(int):
    __slots__ = ()
print(S(5) + 1, hasattr(S(5), "__dict__"))
