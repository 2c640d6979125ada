# uncaught: invalid format spec for a custom object falls back to object.__format__
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(1, 2)
print(f"{p}")
print(f"{p!s:>12}|")
print(f"{p.x:>4}{p.y:>4}")
print(f"{str(p):*^12}")
print(format(p, ""))
try:
    format(p, "d")
except TypeError as e:
    print("caught:", e)
print("formatting with a width directly")
print(f"{p:>12}")
print("not reached")
