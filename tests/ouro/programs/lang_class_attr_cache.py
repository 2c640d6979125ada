# Class attributes read through instances at cached attribute sites: values,
# changes of the class or a base, shadowing instance attributes, descriptors,
# deletion, __class__ assignment.
class C:
    a = 1
    lst = [1]
    t = (1, 2)
    def m(self): return "m"
    p = property(lambda self: "prop")
    s = staticmethod(lambda: "st")
class D(C): pass
def read(o): return (o.a, o.lst, o.t, o.m(), o.p, o.s())
c, d = C(), D()
for i in range(3): print(read(c), read(d))
C.a = 2; print(read(c), read(d))
d.a = 99; print(read(d), read(D()))
del d.a; print(read(d))
C.lst.append(2); print(c.lst)
class G:
    def __get__(self, obj, cls): return "got"
class E:
    x = 5
e = E()
print([e.x for _ in range(3)])
E.x = G(); print(e.x)
class H:
    y = 1
h = H()
print([h.y for _ in range(3)])
del H.y
try:
    h.y
except AttributeError as ex:
    print(ex)
H.y = "back"; print(h.y)
class B: v = 10
class B2(B): pass
b2 = B2(); print([b2.v for _ in range(2)]); B.v = 11; print(b2.v)
b2.__class__ = B; print(b2.v)
class Meta(type): pass
class M(metaclass=Meta): z = 3
print([M().z for _ in range(2)])
