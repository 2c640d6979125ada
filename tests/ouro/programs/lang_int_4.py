# bit operations and methods
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 40 + 3, -(2 ** 70)]
for v in vals:
    print(v, v & 0xF0, v | 0x0F, v ^ 0xFF, ~v, v << 3, v >> 2, v.bit_length())
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print((-12) & 7, (-12) | 7, (-12) ^ 7)
print(12 & -7, 12 | -7, 12 ^ -7)
print(-(2 ** 80) & (2 ** 81 - 1), (2 ** 80) | -1, -(2 ** 80) ^ -1)
print(1 << 0, 1 << 63, 1 << 64, -1 << 65, (2 ** 100) >> 100, (2 ** 100) >> 101)
print(-1 >> 100, -(2 ** 100) >> 1)
print((255).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count())
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(x, hex(x))
x &= ~(1 << 9)
print(hex(x))
x ^= (1 << 64) | 1
print(hex(x))
x <<= 5
x >>= 3
print(hex(x))
print((10).as_integer_ratio(), (10).conjugate(), (-7).numerator, (7).denominator)
print(int.from_bytes(b"\x01\x00", "little"), (1000).__index__())
print((42).__and__(15), (42).__rand__(15), (42).__ror__(1), (42).__rxor__(2))
print((3).__lshift__(2), (3).__rlshift__(2), (64).__rrshift__(1024))
