# property docstrings (from the getter, kept by getter()/setter(), on
# subclasses stored in the instance) and classmethod over a descriptor
# (3.9-3.12: classmethod(property(...)) binds through the property)


class PropertySubclass(property):
    """This is a subclass of property"""


class PlainSub(property):
    pass


class Foo:
    @property
    def plain(self):
        """plain doc"""
        return 1

    @PropertySubclass
    def spam(self):
        """spam wrapped in property subclass"""
        return 2

    @PlainSub
    def eggs(self):
        """eggs doc"""
        return 3

    nodoc = PropertySubclass(lambda self: 4)
    explicit = PropertySubclass(lambda self: 5, doc="explicit doc")


f = Foo()
print(Foo.plain.__doc__, Foo.spam.__doc__, Foo.eggs.__doc__, Foo.nodoc.__doc__, Foo.explicit.__doc__)
print(f.plain, f.spam, f.eggs, f.nodoc, f.explicit)
print(Foo.spam.__dict__, PropertySubclass.__doc__)


class Getters:
    @property
    def a(self):
        """first getter doc"""
        return "a"

    @a.getter
    def a(self):
        """second getter doc"""
        return "A"

    @property
    def b(self):
        """b doc"""
        return "b"

    @b.setter
    def b(self, v):
        """setter doc (ignored)"""

    c = property(lambda self: "c", doc="given doc")

    @c.getter
    def c(self):
        """new getter doc"""
        return "C"

    @PropertySubclass
    def d(self):
        """sub getter doc"""
        return "d"

    @d.getter
    def d(self):
        """sub new getter doc"""
        return "D"


g = Getters()
for name in "abcd":
    p = Getters.__dict__[name]
    print(name, repr(p.__doc__), getattr(g, name))


class Slotted(property):
    __slots__ = ("extra",)


try:
    class Bad:
        @Slotted
        def x(self):
            """copying this doc fails"""
except AttributeError as e:
    print("AttributeError:", e)


class A:
    @classmethod
    @property
    def cls_name(cls):
        return "name of " + cls.__name__

    @classmethod
    @property
    def __doc__(cls):
        return "A doc for %r" % cls.__name__

    @classmethod
    def plain(cls):
        return cls.__name__

    builtin = classmethod(len)


class B(A):
    pass


print(A.cls_name, B.cls_name, A().cls_name, A.__doc__, B.__doc__)
print(A.plain(), B().plain(), A.plain.__self__ is A)
try:
    A.builtin()
except TypeError as e:
    print("TypeError:", e)
print(type(A.builtin).__name__, A.builtin.__self__ is A, A.builtin.__func__ is len)


class Desc:
    def __get__(self, obj, owner=None):
        return ("Desc.__get__", obj.__name__ if obj is not None else None, owner.__name__)

    def __call__(self, *args):
        return "called"


class C:
    m = classmethod(Desc())


print(C.m, C().m)

# property objects have no __dict__ (staticmethod and classmethod do)
p = property()
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), hasattr(staticmethod(len), "__dict__"), hasattr(classmethod(len), "__dict__"),
      hasattr(PlainSub(), "__dict__"))


# a bound method and a staticmethod under classmethod
class Holder:
    def foo(self, cls):
        return "spam from " + cls.__name__


class UsesBound:
    bar = classmethod(Holder().foo)
    baz = classmethod(staticmethod(lambda *a: a))


print(UsesBound.bar(), UsesBound().bar(), UsesBound.baz())
