# type() with three arguments
def init(self, x):
    self.x = x
Point = type("Point", (), {"__init__": init, "__repr__": lambda self: f"Point({self.x})", "dim": 1})
p = Point(5)
print(p, Point.dim, Point.__name__, Point.__qualname__, Point.__bases__, Point.__module__, type(p).__name__)
Child = type("Child", (Point,), {"dim": 2, "double": lambda self: self.x * 2})
c = Child(4)
print(c, c.double(), Child.dim, [k.__name__ for k in Child.__mro__], isinstance(c, Point))
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__bases__, type(Empty()).__name__, Empty.__dict__.get("__doc__"))
Doc = type("Doc", (object,), {"__doc__": "documented", "__slots__": ("a",)})
d = Doc()
d.a = 1
print(Doc.__doc__, d.a, hasattr(d, "__dict__"))
E = type("E", (ValueError,), {})
try:
    raise E("custom")
except ValueError as e:
    print(type(e).__name__, e, E.__mro__[1].__name__)
Num = type("Num", (int,), {"__repr__": lambda self: f"Num<{int(self)}>"})
print(Num(3) + 1, repr(Num(7)), Num("12"))
print(type(5), type("x"), type(type), type(None))
for bad in [lambda: type("X", "notatuple", {}), lambda: type("X", (), []), lambda: type(1, (), {}),
            lambda: type("X", (5,), {}), lambda: type("X", ()), lambda: type(), lambda: type("A", (bool,), {})]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    pass
M = Meta("M", (), {"v": 1})
print(type(M).__name__, M.v)
Dyn = type("Dyn", (), {"__init_subclass__": classmethod(lambda cls: print("subclassed", cls.__name__))})
Sub = type("Sub", (Dyn,), {})
class Sub2(Dyn):
    pass
print(type.__dict__["__name__"].__get__(Sub), Sub.__qualname__)
Sub.__name__ = "Renamed"
print(Sub.__name__, Sub.__qualname__)
