# descriptors: functions are descriptors, __get__ on function objects, method caching
def f(self, x):
    return (type(self).__name__, x)

class A:
    pass

a = A()
bound = f.__get__(a, A)
print(bound(1), type(bound).__name__, f.__get__(None, A) is f)
class Counter:
    def __init__(self):
        self.gets = 0
    def __get__(self, obj, owner=None):
        self.gets += 1
        return self.gets
c = Counter()
class B:
    n = c
print(B.n, B().n, B.n, c.gets)
class Validated:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        return getattr(obj, self.private)
    def __set__(self, obj, v):
        if not self.lo <= v <= self.hi:
            raise ValueError(f"{self.private[1:]}={v} out of [{self.lo}, {self.hi}]")
        setattr(obj, self.private, v)
class Color:
    r = Validated(0, 255)
    g = Validated(0, 255)
    def __init__(self, r, g):
        self.r, self.g = r, g
col = Color(10, 20)
print(col.r, col.g, col._r, sorted(vars(col)))
for bad in [(300, 0), (0, -1)]:
    try:
        Color(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__["so"] = v * 2
class H:
    so = SetOnly()
h = H()
h.so = 4
print(h.so, type(H.so).__name__)
class GetRaises:
    def __get__(self, obj, owner):
        raise AttributeError("descriptor says no")
class K:
    x = GetRaises()
    def __getattr__(self, name):
        return "getattr:" + name
print(K().x, hasattr(K(), "x"))
print(type(A.__dict__.get("__dict__")).__name__, type(int.__dict__["real"]).__name__, type(str.__dict__["upper"]).__name__)
