# uncaught: a descriptor's __set__ raising
class Positive:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")
        obj.__dict__[self.name] = value


class Box:
    width = Positive()
    height = Positive()

    def __init__(self, w, h):
        self.width = w
        self.height = h

    def area(self):
        return self.width * self.height


print(Box(2, 3).area())
b = Box(4, 5)
b.width = 10
print(b.area(), b.__dict__)
print(Box(1, -2).area())
