# uncaught: bytearray value out of range
class Canvas:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.px = bytearray(w * h)

    def set(self, x, y, v):
        self.px[y * self.w + x] = v

    def row(self, y):
        return bytes(self.px[y * self.w:(y + 1) * self.w])


c = Canvas(4, 3)
for i in range(4):
    c.set(i, i % 3, 10 * i)
for y in range(3):
    print(c.row(y).hex())
c.set(3, 2, 255)
print(c.row(2))
print("brightening")
for y in range(3):
    for x in range(4):
        c.set(x, y, c.px[y * 4 + x] * 9)
print("not reached")
