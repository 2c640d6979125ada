# uncaught: unhashable instance used as a dict key
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class HPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))


grid = {HPoint(0, 0): "origin", HPoint(1, 0): "east"}
print(grid[HPoint(0, 0)], grid[HPoint(1, 0)])
print(Point(1, 2) == Point(1, 2), Point.__hash__)
labels = {}
labels[HPoint(2, 2)] = "ok"
print(labels)
labels[Point(3, 3)] = "boom"
print("not reached")
