# uncaught: super() chain calls a method missing from the base
class Shape:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"shape {self.name}"


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def describe(self):
        return super().describe() + f" side={self.side}"

    def area(self):
        return super().area() * 1


sq = Square(3)
print(sq.describe())
print(sq.name, sq.side)
print(isinstance(sq, Shape))
print("area:")
print(sq.area())
print("not reached")
