# metaclasses: __new__, __init__, __call__, __prepare__, class keywords
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kw)

class A(metaclass=Meta, tag="alpha"):
    def __init__(self, x):
        self.x = x

class B(A):
    pass

a = A(1)
b = B(2)
print(a.x, b.x, A.tag, B.tag, A.injected, type(A).__name__, type(B).__name__, isinstance(A, Meta))

class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.classes.append(name)
        return cls
class Plugin(metaclass=Registry):
    pass
class P1(Plugin): pass
class P2(Plugin): pass
print(Registry.classes)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Db(metaclass=Singleton):
    def __init__(self, url):
        self.url = url
print(Db("a").url, Db("b").url, Db("c") is Db("d"))
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1, M2): pass
class C4(C1, C2, metaclass=M3): pass
print(type(C4).__name__)
