# uncaught: a list subclass whose validation rejects an item
class PositiveList(list):
    def __init__(self, items=()):
        super().__init__()
        for x in items:
            self.append(x)

    def append(self, x):
        if x <= 0:
            raise ValueError(f"{x} is not positive")
        super().append(x)

    def __add__(self, other):
        return PositiveList(list(self) + list(other))


p = PositiveList([3, 1, 2])
p.append(10)
print(p, type(p).__name__, sum(p), sorted(p))
q = p + [5]
print(q, type(q).__name__)
p.sort()
print(p, p.index(10))
print("adding a negative number")
r = p + [4, -1]
print("not reached")
