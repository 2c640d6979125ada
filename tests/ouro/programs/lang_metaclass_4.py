# metaclass: __instancecheck__/__subclasscheck__, __init_subclass__ vs metaclass order, class-level __getattr__
order = []
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        order.append(f"Meta.__new__ {name}")
        return super().__new__(mcs, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        order.append(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns, **kw)
    def __getattr__(cls, name):
        return f"class-level fallback for {name}"
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        order.append(f"__init_subclass__ {cls.__name__} {kw}")
class Desc:
    def __set_name__(self, owner, name):
        order.append(f"__set_name__ {owner.__name__}.{name}")
class Child(Base, extra=1):
    d = Desc()
for line in order:
    print(line)
print(Child.anything, hasattr(Child(), "anything"))
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub in (bool, int)
class EvenNumber(metaclass=Even):
    pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), isinstance("4", EvenNumber), issubclass(bool, EvenNumber), issubclass(str, EvenNumber))
class Counting(type):
    count = 0
    def __call__(cls, *a, **k):
        Counting.count += 1
        return super().__call__(*a, **k)
class A(metaclass=Counting):
    pass
class B(A):
    pass
A(); B(); B()
print(Counting.count, type(B).__name__)
class AttrMeta(type):
    def __setattr__(cls, name, value):
        super().__setattr__(name, f"meta-wrapped {value}")
class Guarded(metaclass=AttrMeta):
    pass
Guarded.x = 1
print(Guarded.x)
print(type(Meta), Meta.__class__.__name__, Child.__class__.__name__, type(Child()).__class__.__name__)
class ReprMeta(type):
    def __repr__(cls):
        return f"<custom class {cls.__name__}>"
class R(metaclass=ReprMeta):
    pass
print(R, [R], str(R))
