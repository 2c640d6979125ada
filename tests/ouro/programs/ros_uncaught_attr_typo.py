"""A shape hierarchy with a misspelt attribute: the traceback suggests the right name."""
import math

class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Circle(Shape):
    def __init__(self, radius):
        self.radius = radius
    def area(self):
        return math.pi * self.radius ** 2

class Rect(Shape):
    def __init__(self, width, height):
        self.width, self.height = width, height
    def area(self):
        return self.width * self.height
    def perimeter(self):
        return 2 * (self.width + self.heigth)

class Blob(Shape):
    pass

shapes = [Circle(1), Rect(2, 3), Circle(0.5)]
for s in sorted(shapes, key=Shape.area):
    print(s.describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Rect(1, 2).perimeter())
