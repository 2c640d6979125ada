# super with __class__ cell, properties and __setattr__ overrides
class Base:
    @property
    def kind(self):
        return "base-kind"
    def __setattr__(self, name, value):
        super().__setattr__(name, ("wrapped", value))

class Child(Base):
    @property
    def kind(self):
        return "child+" + super().kind
    def __setattr__(self, name, value):
        super().__setattr__(name.upper(), value)

c = Child()
c.x = 5
print(c.kind, vars(c))
class K:
    def show(self):
        return __class__.__name__
class L(K):
    pass
print(L().show())
class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
    def __init__(self, *args):
        self.inited = True
w = WithNew(1, 2)
print(w.args, w.inited)
class Sub(WithNew):
    def __new__(cls, *args):
        print("Sub.__new__", cls.__name__, args)
        return super().__new__(cls, *args)
print(Sub(3).args)
class StrSub(str):
    def __new__(cls, v):
        return super().__new__(cls, v.strip().lower())
    def upper(self):
        return "UP:" + super().upper()
print(StrSub("  HeLLo ") , StrSub(" X ").upper(), type(StrSub("a")).__name__)
class DictSub(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ds = DictSub()
ds["KEY"] = 1
print(ds["Key"], ds, ds.get("KEY"))
class Counter:
    instances = 0
    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub1(Counter): pass
class Sub2(Counter): pass
Sub1(); Sub1(); Sub2()
print(Counter.instances, Sub1.instances, Sub2.instances)
