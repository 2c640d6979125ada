# uncaught: missing required positional argument
def area(width, height, *, unit="cm"):
    return f"{width * height}{unit}^2"


def report(shapes):
    out = []
    for s in shapes:
        out.append(area(*s))
    return out


print(area(2, 3))
print(area(2, 3, unit="m"))
print(report([(1, 1), (2, 5), (3, 3)]))
try:
    area(1)
except TypeError as e:
    print("caught:", e)
try:
    area(1, 2, 3)
except TypeError as e:
    print("caught:", e)
print(report([(4, 4), (5,)]))
print("not reached")
