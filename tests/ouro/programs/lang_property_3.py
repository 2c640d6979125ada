# property subclassing, abstract properties, property on class access, cached_property
import abc
import functools
class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self):
        ...
    @property
    def doubled(self):
        return self.area * 2
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    @property
    def area(self):
        return self.s * self.s
print(Sq(3).area, Sq(3).doubled, isinstance(Shape.area, property), Shape.area.__isabstractmethod__)
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class LoggedProperty(property):
    def __get__(self, obj, objtype=None):
        if obj is not None:
            print("accessing", self.fget.__name__)
        return super().__get__(obj, objtype)
class P:
    @LoggedProperty
    def value(self):
        return 7
print(P().value, type(P.__dict__["value"]).__name__)
class Data:
    def __init__(self, n):
        self.n = n
        self.computations = 0
    @functools.cached_property
    def heavy(self):
        self.computations += 1
        return sum(range(self.n))
d = Data(100)
print(d.heavy, d.heavy, d.computations, "heavy" in vars(d))
del d.heavy
print(d.heavy, d.computations)
class Chain:
    def __init__(self):
        self._x = 0
    x = property(lambda self: self._x)
    x = x.setter(lambda self, v: setattr(self, "_x", v * 10))
c = Chain()
c.x = 4
print(c.x, Chain.x.fset is not None, Chain.x.fdel)
print(property().fget, property(doc="d").__doc__)
try:
    property()(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    property().__get__(c)
except AttributeError as e:
    print(type(e).__name__, e)
