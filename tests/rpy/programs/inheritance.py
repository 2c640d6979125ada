"""Single inheritance: virtual dispatch through a base-typed variable and a
list of the base type, super().__init__, Base.method(self) calls, overriding
with extension, isinstance checks (and narrowing after isinstance), a
three-level hierarchy, class constants overridden in subclasses, abstract
base methods raising NotImplementedError."""
from __future__ import annotations


class Shape:
    KIND = "shape"
    name: str

    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        raise NotImplementedError("area of an abstract shape")

    def describe(self) -> str:
        return "%s %s with area %.2f" % (self.KIND, self.name, self.area())

    def __str__(self) -> str:
        return "<%s>" % self.name


class Rect(Shape):
    KIND = "rect"
    w: float
    h: float

    def __init__(self, name: str, w: float, h: float) -> None:
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


class Square(Rect):
    KIND = "square"

    def __init__(self, name: str, side: float) -> None:
        Rect.__init__(self, name, side, side)

    def describe(self) -> str:
        return Shape.describe(self) + " (side %.1f)" % self.w


class Circle(Shape):
    KIND = "circle"
    r: float

    def __init__(self, name: str, r: float) -> None:
        Shape.__init__(self, name)
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r

    def describe(self) -> str:
        base = super().describe()
        return base + " (radius %.1f)" % self.r

    def __str__(self) -> str:
        return "<circle " + Shape.__str__(self) + ">"


def total_area(shapes: list[Shape]) -> float:
    total = 0.0
    for s in shapes:
        total += s.area()
    return total


def classify(s: Shape) -> str:
    if isinstance(s, Square):
        return "square of side %.1f" % s.w
    elif isinstance(s, Rect):
        return "rect %.1fx%.1f" % (s.w, s.h)
    elif isinstance(s, Circle):
        return "circle of radius %.1f" % s.r
    return "unknown shape"


def entry_point(argv: list[str]) -> int:
    shapes: list[Shape] = [Rect("r1", 2.0, 3.0), Square("s1", 2.5), Circle("c1", 1.0)]
    for s in shapes:
        print(s.describe())
        print("  ", str(s), classify(s), s.KIND)
    print("total area:", total_area(shapes))
    one: Shape = Circle("c2", 2.0)
    print(one.describe(), isinstance(one, Circle), isinstance(one, Rect), isinstance(one, Shape))
    one = Square("s2", 1.0)
    print(one.describe(), isinstance(one, Rect), isinstance(one, Square), isinstance(one, Circle))
    plain = Shape("abstract")
    try:
        print(plain.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", str(e))
    print(Shape.KIND, Rect.KIND, Square.KIND, Circle.KIND)
    squares = [s for s in shapes if isinstance(s, Rect)]
    print("rect-like:", len(squares))
    return 0
