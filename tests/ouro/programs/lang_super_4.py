# super() in staticmethods/properties/class methods and with multiple inheritance of __init__ signatures
class A:
    def __init__(self, *, a=1, **kw):
        super().__init__(**kw)
        self.a = a
    @classmethod
    def name(cls):
        return ["A:" + cls.__name__]
    @property
    def info(self):
        return ["A.info"]
class B:
    def __init__(self, *, b=2, **kw):
        super().__init__(**kw)
        self.b = b
    @classmethod
    def name(cls):
        return ["B:" + cls.__name__]
class C(A, B):
    def __init__(self, **kw):
        super().__init__(**kw)
    @classmethod
    def name(cls):
        return ["C"] + super().name()
    @property
    def info(self):
        return ["C.info"] + super().info
c = C(a=10, b=20)
print(c.a, c.b, C.name(), c.name(), c.info)
try:
    C(z=1)
except TypeError as e:
    print(type(e).__name__, e)
print(super(A, c).name(), super(C, C).name())
class Base:
    def greet(self):
        return "base"
class Derived(Base):
    greet_alias = Base.greet
    def greet(self):
        inner = lambda: super(Derived, self).greet()
        return "derived+" + inner()
print(Derived().greet(), Derived().greet_alias())
s = super(Derived, Derived())
print(s.greet(), s.__self_class__.__name__, s.__thisclass__.__name__, type(s.__self__).__name__)
class WithSlots:
    __slots__ = ("v",)
    def __init__(self):
        super().__init__()
        self.v = 1
print(WithSlots().v)
class Str(str):
    def __len__(self):
        return super().__len__() * 100
print(len(Str("ab")), super(Str, Str("abc")).upper())
