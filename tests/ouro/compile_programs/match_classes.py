# match: class patterns (positional via __match_args__, keyword), builtins, dataclasses
import dataclasses


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


@dataclasses.dataclass
class Line:
    start: Point
    end: Point


class NoArgs:
    def __init__(self):
        self.v = 1


def cls(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return "on y axis at %r" % y
        case Point(x, 0):
            return "on x axis at %r" % x
        case Point(x, y=yy) if x == yy:
            return "diagonal %r" % x
        case Line(Point(x1, y1), Point(x2, y2)):
            return "line from (%r,%r) to (%r,%r)" % (x1, y1, x2, y2)
        case Line(start=Point() as s):
            return "line starting at a point %r" % s.x
        case int(i) if i < 0:
            return "negative int %d" % i
        case int() | float() as num:
            return "number %r" % num
        case str(s):
            return "string %r" % s
        case bool(b):
            return "bool unreachable"
        case [Point(x=px), *_]:
            return "list starting with point x=%r" % px
        case {"pt": Point(x, y)}:
            return "mapping with point %r %r" % (x, y)
        case NoArgs(v=1):
            return "NoArgs v=1"
        case tuple((a, b)):
            return "tuple of two via self match? %r %r" % (a, b)
        case object():
            return "some object of %s" % type(obj).__name__


for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Line(Point(1, 2), Point(3, 4)), Line(Point(1, 2), "end"), -5, 7, 2.5, True, "s",
          [Point(9, 9), 1], {"pt": Point(7, 8)}, NoArgs(), (1, 2), None]:
    print(cls(o))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)


class BadArgs:
    __match_args__ = ["x"]


try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
not_a_class = 3
try:
    match 3:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print("TypeError:", e)


class Sub(Point):
    pass


match Sub(5, 6):
    case Point(a, b):
        print("subclass matched", a, b)
