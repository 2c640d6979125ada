"""Primes: sieve, trial division, Miller-Rabin, factorisation, twin primes, Goldbach, spiral."""
import itertools
import math

def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, f in enumerate(is_p) if f]

ps = sieve(1000)
print(len(ps), ps[:15], ps[-3:], sum(ps))

def gen_primes():
    D = {}
    for q in itertools.count(2):
        if q not in D:
            yield q
            D[q * q] = [q]
        else:
            for p in D[q]:
                D.setdefault(p + q, []).append(p)
            del D[q]
print(list(itertools.islice(gen_primes(), 10, 20)))
print(list(itertools.takewhile(lambda p: p < 60, gen_primes())))

def is_prime_mr(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(10 ** 12, 10 ** 12 + 100) if is_prime_mr(n)])
print(is_prime_mr(2 ** 89 - 1), is_prime_mr(2 ** 89 + 1), is_prime_mr(170141183460469231731687303715884105727))

def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d); n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out.append(n)
    return out
for n in (360, 97, 1001, 2 ** 32 + 1, 600851475143, 1):
    f = factor(n)
    print(n, "=", " x ".join(map(str, f)) or "1", math.prod(f) == n)

twins = [(p, p + 2) for p, q in zip(ps, ps[1:]) if q == p + 2]
print(len(twins), twins[:6])
pset = set(ps)
for n in range(4, 40, 6):
    print(n, next((p, n - p) for p in ps if n - p in pset))
def euler_phi(n):
    r = n
    for p in set(factor(n)):
        r -= r // p
    return r
print([euler_phi(i) for i in range(1, 21)])
print(sum(1 for i in range(1, 101) if math.gcd(i, 100) == 1) == euler_phi(100))
emirps = [p for p in ps if p > 10 and int(str(p)[::-1]) in pset and int(str(p)[::-1]) != p]
print(emirps[:10])
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect)
print(math.prod(ps[:20]) % 1000000007, math.prod([]), math.prod([2.5, 2]))
try:
    sieve(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    is_prime_mr("7")
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 10, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(next(p for p in gen_primes() if p > 10 ** 4))
raise SystemExit(f"found {len(ps)} primes")
