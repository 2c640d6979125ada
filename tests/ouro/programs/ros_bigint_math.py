"""Big-integer tasks: factorials, Fibonacci, pi digits, powers, digit sums."""
import math

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f100 = fact(100)
print(f100)
print(sum(int(d) for d in str(f100)), len(str(f100)))
print(f100 == math.factorial(100))
print(str(fact(200))[:40], str(fact(200))[-40:].rstrip('0') or '0')

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fib(300))
print([fib(i) for i in range(20)])

def fib_fast(n):
    def fd(n):
        if n == 0:
            return (0, 1)
        a, b = fd(n >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if n & 1 else (c, d)
    return fd(n)[0]
print(fib_fast(1000) == fib(1000), len(str(fib_fast(5000))))

def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
print("".join(map(str, pi_digits(60))))

print(2 ** 256)
print(pow(3, 1000, 10 ** 12), pow(2, -1, 97), pow(7, 123456789, 1000000007))
print(-(2 ** 100) // 7, -(2 ** 100) % 7, divmod(-(10 ** 30), 12345678901))
print(math.gcd(fact(30), 2 ** 40 * 3 ** 5), math.lcm(2 ** 70, 3 ** 40, 10))
print(math.isqrt(10 ** 50), math.comb(100, 50), math.perm(30, 10))
print((10 ** 40).bit_length(), (2 ** 100 - 1).bit_count(), (-5).bit_length())
print(int.from_bytes(b'\x01' * 20, 'big'), (2 ** 70).to_bytes(10, 'little'))
print(hex(2 ** 100), oct(3 ** 50), bin(12345678901234567890))
print(f"{2**100:,}", f"{2**100:_x}", f"{-3**40:+030d}", f"{10**25:e}")
print(int('123456789' * 5) * int('987654321' * 5))
print(abs(-(10 ** 30)), -(-(10 ** 30)), ~(10 ** 30), (10 ** 30) >> 50, 1 << 200)
print(round(123456789012345678901234567890, -10), round(10 ** 20 + 5, -1))
print(10 ** 30 / 10 ** 10, 10 ** 400 // 10 ** 398, (10 ** 30) ** 0.5)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (2 ** 70).to_bytes(4, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(4, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(2.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.isqrt(-4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('9' * 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
import sys
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
print(math.factorial(1000) % (10 ** 9 + 7))
