# attribute lookup through the MRO, class attribute mutation visible in subclasses
class A:
    x = "A.x"
    def m(self):
        return "A.m"
class B(A):
    pass
class C(A):
    x = "C.x"
    def m(self):
        return "C.m"
class D(B, C):
    pass
d = D()
print(d.x, d.m(), [k.__name__ for k in D.__mro__])
A.x = "A.x changed"
C.x = "C.x changed"
print(d.x, B.x)
del C.x
print(d.x)
C.m = lambda self: "patched C.m"
print(d.m())
D.m = lambda self: "D.m"
print(d.m(), super(D, d).m(), super(C, d).m())
B.y = "B.y"
print(d.y, hasattr(C(), "y"))
class Meta(type):
    attr = "from meta"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.attr, hasattr(WithMeta(), "attr"))
print(D.__dict__.get("x", "none in D.__dict__"), "m" in D.__dict__, sorted(k for k in D.__dict__ if not k.startswith("__")))
class Mixin1:
    def hello(self):
        return ["Mixin1"] + getattr(super(), "hello", lambda: [])()
class Mixin2:
    def hello(self):
        return ["Mixin2"] + getattr(super(), "hello", lambda: [])()
class Final(Mixin1, Mixin2):
    def hello(self):
        return ["Final"] + super().hello()
print(Final().hello())
print(type.mro(Final) == list(Final.__mro__))
