# Instance attributes through every storage shape of ouro's maps: inline
# fields, the overflow list beyond four, deletion, a real dict after
# __dict__ is replaced or given a non-string key, and __class__ changes.
class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


class Other:
    def describe(self):
        return "Other with %s" % sorted(vars(self))


class Bag:
    pass


p = Point(1, 2, 3)
print(vars(p), p.x + p.y + p.z)
p.w = 4
p.v = 5
p.u = 6
print(vars(p), p.u, p.w)
del p.y
print(vars(p), hasattr(p, "y"))
p.y = 20
print(list(vars(p)), p.y)
for name in ["x", "z", "w", "v", "u", "y"]:
    delattr(p, name)
print(vars(p))

b = Bag()
for i in range(30):
    setattr(b, "a%d" % i, i * i)
print(len(vars(b)), b.a0, b.a3, b.a4, b.a29)
for i in range(0, 30, 3):
    delattr(b, "a%d" % i)
print(len(vars(b)), sorted(vars(b))[:5], getattr(b, "a4"))
try:
    b.a3
except AttributeError as e:
    print("AttributeError", e)

d = Bag()
d.one = 1
d.__dict__["two"] = 2
print(d.two, vars(d))
d.__dict__[3] = "three"
print(vars(d), d.one)
d.four = 4
print(vars(d))
del d.one
print(vars(d))

e = Bag()
e.__dict__ = {"k": "v"}
print(e.k, vars(e))
e.m = 1
print(e.__dict__)

q = Point(7, 8, 9)
q.extra = 10
q.more = 11
q.__class__ = Other
print(q.describe(), q.x, q.more, type(q).__name__)
q.__class__ = Point
print(type(q).__name__, vars(q))

many = [Point(i, -i, str(i)) for i in range(1000)]
print(sum(p.x for p in many), sum(p.y for p in many), many[123].z)
same = [Bag() for i in range(3)]
same[0].a = 1
same[1].a = 2
same[1].b = 3
same[2].b = 4
same[2].a = 5
print([vars(s) for s in same])
