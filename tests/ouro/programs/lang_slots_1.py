# __slots__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
p.x = 10
del p.y
print(p.x, hasattr(p, "y"))
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, sorted(q.__dict__))
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 4
print(r.w, r.x, hasattr(r, "__dict__"))
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, wd.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = 5
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(P.x.__name__, P.x.__objclass__.__name__)
try:
    Empty().__dict__
except AttributeError as e:
    print(type(e).__name__, e)
