# integer helpers: math.gcd/lcm/isqrt/factorial/comb/perm, big-int string round trips
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.gcd(), math.gcd(7))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5))
print(math.isqrt(0), math.isqrt(99), math.isqrt(100), math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 127))
print(math.factorial(0), math.factorial(25), len(str(math.factorial(200))))
print(math.comb(10, 3), math.comb(50, 25), math.perm(5, 2), math.perm(5), math.comb(3, 5))
print(math.prod(range(1, 11)), math.prod([]), math.prod([2, 3], start=10))
for bad in [lambda: math.isqrt(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: math.gcd(1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
n = 3 ** 500
s = str(n)
print(len(s), s[:15], s[-15:], int(s) == n, n % 10 ** 9, n.bit_length())
print(int("-" + "1" * 50) + 10 ** 49, -(10 ** 49) // 7, -(10 ** 49) % 7)
x = 2 ** 64
for op in ["+", "-", "*", "//", "%", "**", "&", "|", "^", "<<", ">>"]:
    y = 7
    r = eval(f"x {op} y")
    print(op, r)
print((x - 1) * (x + 1) == x * x - 1, (x * x) // x == x, divmod(x * x + 5, x))
print(sum(i ** 3 for i in range(1, 200)) == (199 * 200 // 2) ** 2)
fibs = [0, 1]
while len(fibs) < 120:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1], fibs[-1] % 1000000007, math.gcd(fibs[-1], fibs[-2]))
print(int(10 ** 18 + 0.0), float(10 ** 18) == 10 ** 18, 10 ** 18 == float(10 ** 18 + 1))
