"""Classes: fields declared in the class body, __init__, methods calling
methods, class constants (read through the class and through self),
@staticmethod (called on the class and on an instance), __str__ and __repr__
used by str() and repr(), mutation of fields, instances in lists, identity
(is / is not) versus equality, a class with a field of class type."""
from __future__ import annotations


class Vector:
    DIMENSIONS = 2
    ORIGIN_NAME = "origin"
    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def add(self, other: Vector) -> Vector:
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k: float) -> Vector:
        return Vector(self.x * k, self.y * k)

    def dot(self, other: Vector) -> float:
        return self.x * other.x + self.y * other.y

    def norm2(self) -> float:
        return self.dot(self)

    def is_origin(self) -> bool:
        return self.x == 0.0 and self.y == 0.0

    def label(self) -> str:
        if self.is_origin():
            return self.ORIGIN_NAME
        return "v"

    @staticmethod
    def zero() -> Vector:
        return Vector(0.0, 0.0)

    @staticmethod
    def describe_dims(n: int) -> str:
        return "%d-dimensional" % n

    def __str__(self) -> str:
        return "(%s, %s)" % (str(self.x), str(self.y))

    def __repr__(self) -> str:
        return "Vector(%r, %r)" % (self.x, self.y)


class Counter:
    count: int
    name: str
    history: list[int]

    def __init__(self, name: str) -> None:
        self.name = name
        self.count = 0
        self.history = []

    def bump(self, by: int) -> int:
        self.count += by
        self.history.append(self.count)
        return self.count

    def reset(self) -> None:
        self.count = 0


class Segment:
    start: Vector
    end: Vector

    def __init__(self, start: Vector, end: Vector) -> None:
        self.start = start
        self.end = end

    def length2(self) -> float:
        dx = self.end.x - self.start.x
        dy = self.end.y - self.start.y
        return dx * dx + dy * dy


def entry_point(argv: list[str]) -> int:
    a = Vector(1.0, 2.0)
    b = Vector(3.5, -1.0)
    c = a.add(b)
    print(str(c), repr(c), c.norm2(), a.dot(b))
    print(str(a.scale(2.0)), repr(Vector.zero()), Vector.zero().label(), a.label())
    print(Vector.DIMENSIONS, a.DIMENSIONS, Vector.describe_dims(Vector.DIMENSIONS), a.describe_dims(3))
    c.x = 10.0
    c.y -= 0.5
    print("mutated:", str(c))
    counter = Counter("clicks")
    for i in range(5):
        counter.bump(i)
    print(counter.name, counter.count, " ".join([str(h) for h in counter.history]))
    counter.reset()
    print("after reset:", counter.count, len(counter.history))
    vs = [Vector(float(i), float(i * i)) for i in range(4)]
    total = Vector.zero()
    for v in vs:
        total = total.add(v)
    print("sum:", str(total), " ".join([str(v) for v in vs]))
    same = a
    other = Vector(1.0, 2.0)
    print("identity:", same is a, other is a, other is not a, str(other) == str(a))
    seg = Segment(Vector(0.0, 0.0), Vector(3.0, 4.0))
    print("segment:", seg.length2(), str(seg.start), str(seg.end))
    seg.end.x = 6.0
    print("segment after:", seg.length2())
    return 0
