# namedtuple-like behaviour and unpacking errors
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
print(p == (1, 2), isinstance(p, tuple), len(p), list(p), hash(p) == hash((1, 2)))
x, y = p
print(x, y)
Color = namedtuple("Color", "r g b", defaults=[0])
print(Color(1, 2), Color(1, 2, 3), Color._field_defaults)
def swap(pair):
    a, b = pair
    return b, a
print(swap((1, 2)), swap("ab"), swap([3, 4]))
for bad in [(1, 2, 3), (1,), "abc", 5]:
    try:
        a, b = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
first, *rest = range(5)
print(first, rest)
*a, b = (1,)
print(a, b)
print(tuple(x * 2 for x in range(4)), (lambda *args: args)(1, 2))
