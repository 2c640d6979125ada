# bound methods: identity, equality, __self__/__func__, unbound access
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def __repr__(self):
        return f"C({self.v})"

a, b = C(1), C(2)
m = a.get
print(m(), m.__self__, m.__func__ is C.get, m.__name__, m.__qualname__, type(m).__name__)
print(a.get == a.get, a.get is a.get, a.get == b.get, C.get(b), C.get.__qualname__)
getters = [x.get for x in (a, b, C(3))]
print([g() for g in getters])
a.v = 10
print(m())
a.get = lambda: "instance attr"
print(a.get(), b.get(), C.get(a))
del a.get
print(a.get())
print(list(map(C.get, [b, C(5)])), sorted([C(3), C(1)], key=C.get))
bm = [1, 2, 3].append
bm(4)
print(bm.__self__, bm.__name__, type(bm).__name__)
s = "hello".upper
print(s(), s.__self__, str.upper("x"), str.upper.__name__, type(str.upper).__name__)
import types
def external(self, n):
    return self.v * n
a.mul = types.MethodType(external, a)
print(a.mul(3), type(a.mul).__name__)
C.mul2 = external
print(b.mul2(4))
class D:
    def meth(self):
        return "D.meth"
f = D().meth
print(f(), hash(f) == hash(D.meth.__get__(f.__self__)), D.meth.__get__(f.__self__) == f)
try:
    C.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.__self__ = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.get(1)
except TypeError as e:
    print(type(e).__name__, e)
