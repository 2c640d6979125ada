# data and non-data descriptors, precedence, __set_name__
class Typed:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} of {self.owner}>"
        return obj.__dict__.get(self.name, "missing")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data"

class Rec:
    name = Typed(str)
    age = Typed(int)
    nd = NonData()

r = Rec()
print(r.name, Rec.name, Rec.age)
r.name = "ann"
r.age = 30
print(r.name, r.age, sorted(r.__dict__.items()))
try:
    r.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
r.__dict__["name"] = "shadow"
print(r.name)
print(r.nd)
r.__dict__["nd"] = "instance wins"
print(r.nd)
del r.age
print(r.age)
class Verbose:
    def __get__(self, obj, objtype):
        return ("get", obj is None, objtype.__name__)
class Host:
    v = Verbose()
class Child(Host):
    pass
print(Host.v, Host().v, Child().v)
order = []
class Tracker:
    def __set_name__(self, owner, name):
        order.append(name)
class Many:
    b = Tracker()
    a = Tracker()
    c = Tracker()
print(order)
class NoSetName:
    pass
class X:
    n = NoSetName()
print(type(X.n).__name__)
