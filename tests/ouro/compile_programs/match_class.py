# match statements: class patterns (positional through __match_args__,
# keywords, built-in types matching themselves), their run-time errors
import collections
import dataclasses


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


@dataclasses.dataclass
class Line:
    start: Point
    end: Point


Pair = collections.namedtuple("Pair", "left right")


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz) if zz > 0:
            return "above: %r %r %r" % (x, y, zz)
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return "on the y axis at %r" % (y,)
        case Point(x, 0):
            return "on the x axis at %r" % (x,)
        case Point(x, y) if x == y:
            return "diagonal %r" % (x,)
        case Point():
            return "somewhere %r" % (p,)
        case Line(Point(x1, y1), Point(x2, y2)) if (x1, y1) == (x2, y2):
            return "degenerate line"
        case Line(start=Point(x=x1), end=Point(x=x2)) if x1 == x2:
            return "vertical line at %r" % (x1,)
        case Line(s, e):
            return "line from %r to %r" % (s, e)
        case Pair(l, r) if l == r:
            return "equal pair"
        case Pair(left=l):
            return "pair starting with %r" % (l,)
        case _:
            return "not a shape"


for v in [Point3(0, 0, 0), Point3(1, 2, 3), Point3(1, 2, -3), Point(0, 0), Point(0, 5),
          Point(5, 0), Point(4, 4), Point(1, 2), Line(Point(1, 1), Point(1, 1)),
          Line(Point(1, 2), Point(1, 5)), Line(Point(1, 2), Point(3, 4)), Pair(1, 1),
          Pair(1, 2), 17, "text"]:
    print(v, "->", where(v))


def builtin(x):
    match x:
        case bool(b):
            return "bool %r" % (b,)
        case int(0) | float(0.0):
            return "a zero"
        case int(i):
            return "int %r" % (i,)
        case float(f) | (complex() as f):
            return "float or complex %r" % (f,)
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return "str %r" % (s,)
        case bytes() | bytearray():
            return "bytes-like"
        case list([a, *_]) | tuple((a, *_)):
            return "sequence starting with %r" % (a,)
        case dict({"k": v}):
            return "dict with k=%r" % (v,)
        case set() | frozenset():
            return "a set"
        case list() | tuple() | dict():
            return "empty container"
        case object(real=r):
            return "has .real %r" % (r,)
        case _:
            return "something else"


for v in [True, 0, 0.0, 3, 2.5, 1j, "", b"", "abc", b"x", bytearray(b"y"), [1, 2], (3,),
          {"k": 5}, {1}, frozenset(), [], (), {}, None]:
    print(repr(v), "->", builtin(v))


# attributes are read once each, in order: positional, then keywords
class Loud:
    __match_args__ = ("a", "b")

    def __getattr__(self, name):
        print("  getattr", name)
        if name == "missing":
            raise AttributeError(name)
        return name.upper()


match Loud():
    case Loud(x, y, c=z):
        print("loud", x, y, z)

match Loud():
    case Loud(a, missing=m):
        print("matched?!")
    case Loud(b=bb):
        print("missing attribute: no match, then", bb)

# run-time errors of class patterns
for bad in ["not a class", Point]:
    try:
        match Point(1, 2):
            case bad(x, y):
                print("matched", x, y)
    except TypeError as e:
        print("TypeError:", e)


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


class NonStr:
    __match_args__ = (1,)


for cls in [NoArgs, BadArgs, NonStr, Point]:
    try:
        match cls.__new__(cls):
            case NoArgs(z):
                print("matched NoArgs?!")
            case BadArgs(z):
                print("matched BadArgs?!")
            case NonStr(z):
                print("matched NonStr?!")
            case Point(a, b, c):
                print("matched Point?!")
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)

try:
    match Point(1, 2):
        case Point(1, x=1):
            print("matched?!")
except TypeError as e:
    print("TypeError:", e)

try:
    match 5:
        case int(a, b):
            print("matched?!")
except TypeError as e:
    print("TypeError:", e)


# wildcards among the sub-patterns
match Point3(7, 8, 9):
    case Point3(_, _, z=_):
        print("all wildcards")

match Point3(7, 8, 9):
    case Point3(_, y, z=_):
        print("y is", y)
