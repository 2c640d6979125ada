# uncaught: iterating over an object that is not iterable
class Range2D:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y


class Size:
    def __init__(self, w, h):
        self.w = w
        self.h = h


print(list(Range2D(2, 2)))
print(len(list(Range2D(3, 4))))
print(max(Range2D(3, 2)))
s = Size(2, 3)
print(s.w * s.h)
print("iterating over Size")
for cell in s:
    print(cell)
print("not reached")
