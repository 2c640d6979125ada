"""getattr() and attribute reads when a class gains or loses
__getattr__/__getattribute__ after use, on itself, on a base, or through
a change of __bases__ (ouro caches "no hook" per type version)."""


class Base:
    pass


class C(Base):
    def __init__(self):
        self.a = 1


c = C()
print(getattr(c, "a"), getattr(c, "zz", "default"))
try:
    getattr(c, "zz")
except AttributeError as e:
    print("AttributeError:", e)

Base.__getattr__ = lambda self, name: "base-getattr:" + name
print(getattr(c, "zz"), c.zz, getattr(c, "a"))

C.__getattr__ = lambda self, name: "c-getattr:" + name
print(getattr(c, "zz"), c.qq)
del C.__getattr__
print(getattr(c, "zz"))
del Base.__getattr__
print(getattr(c, "zz", "gone"), hasattr(c, "zz"))


def logging_getattribute(self, name):
    print("  __getattribute__", name)
    return object.__getattribute__(self, name)


C.__getattribute__ = logging_getattribute
print(getattr(c, "a"))
del C.__getattribute__
print(getattr(c, "a"))


class WithHook:
    def __getattr__(self, name):
        return "hooked:" + name


class Plain:
    pass


class D(Plain):
    pass


d = D()
print(getattr(d, "x", "none"))
D.__bases__ = (WithHook,)
print(getattr(d, "x", "none"))
D.__bases__ = (Plain,)
print(getattr(d, "x", "none"))

d.__class__ = WithHook
print(getattr(d, "y"))


class Meta(type):
    def __getattr__(cls, name):
        return "meta:" + name


class M(metaclass=Meta):
    pass


print(getattr(M, "anything"), getattr(int, "real").__class__.__name__)
try:
    getattr(int, "nope")
except AttributeError as e:
    print("AttributeError:", e)
