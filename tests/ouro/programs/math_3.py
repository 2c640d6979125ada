"""math: the integer functions (factorial, comb, perm, gcd, lcm, isqrt,
prod) on small and big ints, with their errors."""
import math


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print([math.factorial(n) for n in range(25)])
print(math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 30 + 7))
print(math.factorial(Idx(6)), math.factorial(True))
attempt("factorial -1", math.factorial, -1)
attempt("factorial 1.0", math.factorial, 1.0)
attempt("factorial huge", math.factorial, 10 ** 30)
attempt("factorial -huge", math.factorial, -10 ** 30)
attempt("factorial str", math.factorial, "5")

print([math.comb(10, k) for k in range(12)])
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None))
print(math.comb(100, 50), math.perm(30, 20))
print(math.comb(10 ** 20, 3), math.perm(10 ** 20, 2), math.comb(10 ** 20, 10 ** 20 - 2))
print(math.comb(2 ** 64, 2 ** 64 + 1), math.perm(3, 2 ** 70), math.comb(5, 2 ** 70))
print(math.comb(1000, 500) % 1000000007, math.perm(1000, 300) % 1000000007)
print(math.comb(Idx(7), Idx(3)), math.comb(67, 33), math.comb(68, 34), math.comb(200, 3))
attempt("comb -1", math.comb, -1, 2)
attempt("comb k -1", math.comb, 5, -2)
attempt("comb float", math.comb, 5.0, 2)
attempt("comb 1 arg", math.comb, 5)
attempt("comb huge", math.comb, 10 ** 30, 10 ** 25)
attempt("perm -1", math.perm, -1, 2)
attempt("perm k -1", math.perm, 5, -1)
attempt("perm huge", math.perm, 10 ** 30, 10 ** 25)
attempt("perm 3 args", math.perm, 1, 2, 3)
attempt("perm no args", math.perm)

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 27))
print(math.gcd(0, 0), math.gcd(0, 5), math.gcd(2 ** 100, 2 ** 60 * 3), math.gcd(-2 ** 63, 6))
print(math.gcd(10 ** 40 + 1, 10 ** 20 + 1), math.gcd(True, 4), math.gcd(Idx(30), 12))
print(math.lcm(), math.lcm(7), math.lcm(-7), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5))
print(math.lcm(2 ** 64, 3 ** 40), math.lcm(-4, 6), math.lcm(3, 0, 5))
attempt("gcd float", math.gcd, 1.5)
attempt("gcd float 2", math.gcd, 4, 2.0)
attempt("lcm str", math.lcm, "a")

print([math.isqrt(n) for n in range(30)])
print(math.isqrt(2 ** 52 - 1), math.isqrt(2 ** 52), math.isqrt(2 ** 63 - 1), math.isqrt(2 ** 64))
print(math.isqrt(10 ** 40), math.isqrt(10 ** 41), math.isqrt(3 ** 201), math.isqrt(Idx(99)))
for n in [10 ** 30 - 1, 10 ** 30, 2 ** 127 + 12345, 7 ** 99]:
    r = math.isqrt(n)
    print(r, r * r <= n < (r + 1) * (r + 1))
attempt("isqrt -1", math.isqrt, -1)
attempt("isqrt float", math.isqrt, 4.0)

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod(range(1, 31)))
print(math.prod([2.5, 4]), math.prod([1, 2], start=10), math.prod([[1]], start=3))
print(math.prod(['ab'], start=2), math.prod(x for x in [3, 3]), math.prod([2 ** 62, 4, 0.5]))
print(math.prod([1.5, 2 ** 70]), math.prod([], start="s"))
attempt("prod not iterable", math.prod, 3)
attempt("prod str", math.prod, ["a", "b"])
attempt("prod no args", math.prod)
