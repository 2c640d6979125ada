"""Objects in sets and dicts: __eq__/__hash__ contracts, mutation after insertion, NaN keys, equality across numeric types."""
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, Point(3, 3) in pts)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d.get(Point(0, 1), "none"))
p = Point(5, 5)
s = {p}
p.x = 6
print(p in s, Point(5, 5) in s, Point(6, 5) in s, len(s))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None, NoHash() == 5)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class IdentityOnly:
    pass
a, b = IdentityOnly(), IdentityOnly()
print(a == a, a == b, len({a, b, a}))
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True), {1: "int", 1.0: "float"}, {True, 1, 1.0}, {0, False, 0.0, -0.0})
print(hash(-1) == hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(-0.0), hash(float("inf")), hash(complex(1, 0)) == hash(1))
nan = float("nan")
dn = {nan: 1}
print(nan == nan, nan in dn, float("nan") in dn, dn[nan], [nan] == [nan], (nan,) == (nan,), {nan, nan})
print(Point(1, 2) == (1, 2), (1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3))
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  eq {self.v} vs {getattr(other, 'v', other)}")
        return isinstance(other, Loud) and self.v == other.v
    def __hash__(self):
        return 42
print("lookup:")
ld = {Loud(1): "a", Loud(2): "b"}
print(ld[Loud(2)])
print(Loud(1) in [Loud(0), Loud(1)])
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"R{self.v}"
print(sorted([Rev(1), Rev(3), Rev(2)]), max([Rev(1), Rev(3)]), min(Rev(5), Rev(7)))
try:
    Rev(1) > Rev(2)
    print("reflected __lt__ used")
    Rev(1) <= Rev(2)
except TypeError as e:
    print(type(e).__name__, e)
frozen = frozenset({Point(1, 1)})
print({frozen: 1}[frozenset([Point(1, 1)])], hash(frozenset()) == hash(frozenset([])))
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
print({[1, 2]: "list key"})
