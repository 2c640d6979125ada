# descriptors, properties, __getattribute__, staticmethod/classmethod objects
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return "descriptor on " + owner.__name__
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age, Person.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.name


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Data:
    calls = 0

    @Lazy
    def expensive(self):
        Data.calls += 1
        return "computed"


d = Data()
print(d.expensive, d.expensive, Data.calls)


class Temperature:
    def __init__(self):
        self._c = 0

    def get_f(self):
        return self._c * 9 / 5 + 32

    def set_f(self, f):
        self._c = (f - 32) * 5 / 9

    fahrenheit = property(get_f, set_f, None, "Fahrenheit")


t = Temperature()
t.fahrenheit = 212
print(t._c, t.fahrenheit, Temperature.fahrenheit.__doc__)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError("no secrets: " + name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name

    def method(self):
        return "method via __getattribute__"


lg = Logged()
print(lg.method(), lg.missing, lg.secret_x)


class Methods:
    @staticmethod
    def s(*a):
        return a

    @classmethod
    def c(cls, *a):
        return cls.__name__, a

    def plain(self):
        return self


m = Methods()
sm = Methods.__dict__["s"]
cm = Methods.__dict__["c"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(1), cm.__get__(None, Methods)(2), m.s(3), m.c(4))
bound = m.plain
print(bound() is m, bound.__self__ is m, bound.__func__ is Methods.plain, Methods.plain(5))


class Const:
    __slots__ = ()
    VALUE = property(lambda self: 42)


print(Const().VALUE)


class ClassProp:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, owner):
        return self.f(owner)


class UsesClassProp:
    name = "ucp"

    @ClassProp
    def shout(cls):
        return cls.name.upper()


print(UsesClassProp.shout, UsesClassProp().shout)
