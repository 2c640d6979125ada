# class protocol corner cases: __new__ returning other types, __init__ returning non-None, object() restrictions
class Weird:
    def __new__(cls, kind):
        if kind == "int":
            return 42
        if kind == "other":
            return Other()
        return super().__new__(cls)
    def __init__(self, kind):
        print("Weird.__init__", kind)
        self.kind = kind
class Other:
    pass
w = Weird("self")
print(w.kind, Weird("int"), type(Weird("other")).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(OnlyNew(1, 2).args)
class OnlyInit:
    def __init__(self, *args):
        self.args = args
print(OnlyInit(3).args)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(str)
except TypeError as e:
    print(type(e).__name__, e)
class Cls:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub(Cls, flag=True):
    pass
class Abstract:
    def __new__(cls, *a, **k):
        if cls is Abstract:
            raise TypeError("Abstract cannot be instantiated")
        return super().__new__(cls)
class Concrete(Abstract):
    def __init__(self, v):
        self.v = v
print(Concrete(5).v)
try:
    Abstract()
except TypeError as e:
    print(type(e).__name__, e)
print(type(object()).__name__, object.__new__(Other).__class__.__name__, isinstance(Other(), object))
