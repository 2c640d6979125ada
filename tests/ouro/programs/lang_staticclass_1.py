# staticmethod and classmethod
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @classmethod
    def make(cls, *names):
        return [cls(n) for n in names]
    @classmethod
    def kind(cls):
        return cls.__name__
    @staticmethod
    def helper(x):
        return x * 2
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Circle(Shape):
    pass

print(Shape.make("a", "b"), Circle.make("c"), Shape.count)
print(Shape.kind(), Circle.kind(), Circle("x").kind(), Shape.helper(4), Circle("y").helper(5))
sm = Shape.__dict__["helper"]
cm = Shape.__dict__["kind"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(3), cm.__func__(Circle))
print(sm(7), Shape.kind.__self__.__name__, Circle.kind.__self__.__name__)
print(isinstance(sm, staticmethod), isinstance(Shape.helper, staticmethod))
def plain(*a):
    return a
class Host:
    sm = staticmethod(plain)
    cm = classmethod(plain)
    im = plain
h = Host()
print(h.sm(1), h.cm(1)[0].__name__, h.im(1)[0] is h, Host.cm(2)[1], Host.im(3))
print(staticmethod(plain).__wrapped__ is plain, classmethod(plain).__wrapped__ is plain)
class Factory:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Factory.registry[cls.__name__.lower()] = cls
    @classmethod
    def create(cls, kind):
        return cls.registry[kind]()
class Alpha(Factory):
    pass
class Beta(Factory):
    pass
print(type(Factory.create("beta")).__name__, sorted(Factory.registry))
try:
    Factory.create("gamma")
except KeyError as e:
    print(type(e).__name__, e)
