# divmod and floor division/modulo signs; pow with modulus
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (10 ** 20 + 1, 7), (-(10 ** 20), 13)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0))
print(pow(3, 200, 1000007), pow(2, 10 ** 5, 97), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
print(pow(7, 0, 1), pow(10 ** 30, 10 ** 10, 10 ** 9 + 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** -2, (-8) ** (1 / 3) if False else "skip", 10 ** -3)
print(divmod(7, 2.5), divmod(-7, 2.5), 7 // 2.5, -7 % 2.5)
print((2 ** 64) // 3, (2 ** 64) % 3, -(2 ** 64) // 3)
print(7 .__floordiv__(2), (7).__rfloordiv__(20), (7).__mod__(0.5))
print((5).__truediv__(2), (5).__rtruediv__(2))
print(1 << 100 >> 99, (1 << 64) - 1)
