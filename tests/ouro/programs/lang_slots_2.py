# uncaught: assigning an attribute not in __slots__
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def normalize(self):
        n = (self.x ** 2 + self.y ** 2) ** 0.5
        self.length = n
        return Vector(self.x / n, self.y / n)


v = Vector(3, 4) + Vector(0, 0)
print(v)
print(v.x, v.y)
print(Vector.__slots__)
print(v.normalize())
print("not reached")
