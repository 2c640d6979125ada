# big integers
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -7, a % -7)
print(divmod(a, 12345678901234567890))
print(divmod(-a, 12345678901234567890))
print(a == 2 ** 200, a > b, a < b, a != b)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 63), hash(10 ** 30))
print(abs(-a), -(-a) == a)
print(a.bit_length(), b.bit_length(), (-a).bit_length())
print(str(10 ** 50)[:10], len(str(10 ** 100)))
f = 1
for i in range(1, 40):
    f *= i
print(f)
print(f // (10 ** 20), f % 1000003)
print(int(1e20), int(-1.5e30))
print(float(2 ** 100), float(-(3 ** 70)))
print(a >> 190, a << 10 == 2 ** 210)
print((-a) >> 199, (-a) >> 250)
print(a & (2 ** 100 - 1), (a | 1) & 3, a ^ (a + 1))
print(~a, -~a)
print(pow(2, 300) - pow(2, 299) * 2)
print(123456789 ** 5)
print(sum(range(10 ** 6)))
x = 0
for i in range(100):
    x = x * 31 + i
print(x)
print(x.bit_count() if hasattr(x, "bit_count") else "no bit_count")
print(int.__name__, type(a).__name__, isinstance(a, int))
print(round(a, -50), round(123456789, -3), round(-155, -1), round(145, -1))
