# super(): zero-arg, two-arg, in classmethods, __init__ chains, cooperative kwargs
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        self.extra = kw
    @classmethod
    def create(cls):
        return f"Base.create({cls.__name__})"
    def name(self):
        return "base"

class A(Base):
    def __init__(self, a=0, **kw):
        super().__init__(**kw)
        self.log.append("A")
        self.a = a

class B(Base):
    def __init__(self, b=0, **kw):
        super().__init__(**kw)
        self.log.append("B")
        self.b = b
    @classmethod
    def create(cls):
        return "B>" + super().create()

class C(A, B):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("C")
    def name(self):
        return "C/" + super().name() + "/" + super(A, self).name()

c = C(a=1, b=2, z=3)
print(c.log, c.a, c.b, c.extra, c.name(), C.create())
s = super(C, c)
print(type(s).__name__, s.name(), super(B, c).name())
print(super(C, C).create(), super(A, C).create())
class D(C):
    def name(self):
        f = lambda: super(D, self).name()
        return "D:" + f()
print(D().name())
class E(Base):
    def name(self):
        return [super().name() for _ in range(2)]
try:
    print(E().name())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super().name()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class F(Base):
    def m(self):
        return super().missing
try:
    F().m()
except AttributeError as e:
    print(type(e).__name__, e)
class G(list):
    def append(self, x):
        super().append(x * 10)
g = G()
g.append(1)
print(g, super(G, g).__len__())
