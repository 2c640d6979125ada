# int comparisons with floats, mixed arithmetic, and uncaught int conversion error
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(1 < 1.5 < 2, 3 >= 3.0, 7 // 2.0, 7 % -2.0)
print(1 + 2.5, 3 * 1.5, 2 ** 0.5, 10 - 0.25)
print(hash(1) == hash(1.0), hash(2 ** 100) == hash(float(2 ** 100)))
print(int.__add__(3, 4), int.__add__(3, 4.0))
print((3).__eq__(3.0), (3).__lt__("x"))
print(sorted([3, 1.5, 2, -1, 0.0, True]))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0))
print(10 ** 20 / 3, (10 ** 20) / (10 ** 19), 2 ** 1000 / 2 ** 999)
try:
    (2 ** 2000) / 3.0
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 2000 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print((2 ** 2000) // (2 ** 1999))
values = ["10", "0x1f", "  7 ", "3.5"]
total = 0
for v in values:
    total += int(v, 0)
    print("running total", total)
