# metaclasses, __prepare__, class keyword arguments, __init_subclass__, __set_name__, __class_getitem__
class Recorder(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, [b.__name__ for b in bases], kwargs)
        return {"injected": 1}

    def __new__(mcls, name, bases, ns, **kwargs):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kwargs
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("init", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print("meta call", cls.__name__, args)
        return super().__call__(*args, **kw)


class Model(metaclass=Recorder, flavor="x"):
    field = 1

    def method(self):
        return __class__.__name__


m = Model()
print(m.method(), Model.extra, Model.injected, type(Model).__name__)


class Derived(Model, other=2):
    pass


print(Derived.extra, type(Derived).__name__)


class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin, name="alpha!"):
    pass


class Beta(Plugin):
    pass


print(Plugin.registry, Alpha.plugin_name, Beta.plugin_name)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset:" + self.name)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 10


class Rec:
    a = Field()
    b = Field()


r = Rec()
r.a = 4
print(r.a, r.b, Rec.a.name)


class Generic:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, getattr(item, "__name__", item))


print(Generic[int], Generic["x"])


class Singleton(type):
    _instances = {}

    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]


class Conf(metaclass=Singleton):
    def __init__(self):
        print("Conf created")


print(Conf() is Conf())


def functional_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)


class ViaFunction(metaclass=functional_meta):
    x = 1


print(ViaFunction.made_by, ViaFunction.x)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class NS(dict):
            def __setitem__(self, k, v):
                if not k.startswith("__"):
                    print("define", k)
                super().__setitem__(k, v)
        return NS()


class Decl(metaclass=Ordered):
    z = 1
    a = 2

    def m(self):
        pass


X = type("X", (object,), {"v": 5, "get": lambda self: self.v})
print(X().get(), X.__name__)
try:
    class Conflict(Model, metaclass=Ordered):
        pass
except TypeError as e:
    print("TypeError:", e)


class AbstractBase:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(cls.__name__ + " lacks required")


try:
    class Missing(AbstractBase):
        pass
except TypeError as e:
    print("TypeError:", e)


class Fine(AbstractBase):
    required = True


print(Fine.__name__)
import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass


class Sq(Shape):
    def area(self):
        return 4


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Sq().area(), isinstance(Sq(), Shape))
