# uncaught: wrong number of arguments when instantiating a class
class Vector:
    def __init__(self, x, y, z=0):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"Vector({self.x}, {self.y}, {self.z})"

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z


a = Vector(1, 2)
b = Vector(3, 4, 5)
print(a, b, a.dot(b))
try:
    Vector()
except TypeError as e:
    print("caught:", e)
print(Vector(*[7, 8, 9]))
coords = [(1, 1), (2, 2, 2), (3, 3, 3, 3)]
for c in coords:
    print(Vector(*c))
print("not reached")
