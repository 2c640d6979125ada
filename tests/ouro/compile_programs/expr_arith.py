# arithmetic, bitwise and unary operators on ints, floats, complex, big ints
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b, divmod(-a, b))
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -a >> 1)
print(+a, -a, -(-a), ~~a, not a, not 0)
x = 2.5
print(x * 2, x / 2, x // 2, x % 2, x ** 2, -x, +x)
print(7 / 2, 7.0 // 2, 2 ** -1, 2 ** 0.5 == 2 ** 0.5)
z = 1 + 2j
print(z * z, z.real, z.imag, abs(3 + 4j), z - 1j, -z)
big = 2 ** 100
print(big, big * big, big // 3, big % 1000007, -big, big >> 90, 1 << 70)
print(123456789012345678901234567890 + 1)
print(0xff, 0o17, 0b1011, 1_000_000, 1e3, 1.5e-3, 0x_dead_beef)
m = [[1, 2], [3, 4]]


class Mat:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __repr__(self):
        return "Mat(%r)" % (self.rows,)


p = Mat(m)
print(p @ Mat(m))
p @= Mat(m)
print(p)
# precedence
print(2 + 3 * 4 ** 2, (2 + 3) * 4, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 10 - 4 - 3, 100 / 10 / 5)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, 5 & 3 == 1, not 1 == 2)
print(True + True, True * 10, False - 1)
print(3 % 0.5, -7.5 // 2, round(2.675, 2), 10 ** 20 / 10 ** 10)
s = "ab"
print(s * 3, 3 * s, [0] * 4, (1,) * 3, s + "cd")
print("%d-%s-%r-%.2f" % (5, "x", "y", 3.14159), "%(a)s=%(b)d" % {"a": "k", "b": 9})
