# args: 200000
"""A real program: sieve of Eratosthenes up to N (from argv, default 1000)
using a list[bool], prime counting, twin primes, prime gaps, a segmented
recount, Goldbach decompositions and digit sums."""


def sieve(n: int) -> list[bool]:
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    if n >= 1:
        is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return is_prime


def digit_sum(n: int) -> int:
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


def entry_point(argv: list[str]) -> int:
    n = 1000
    if len(argv) > 1:
        n = int(argv[1])
    flags = sieve(n)
    primes = [i for i in range(n + 1) if flags[i]]
    print("primes up to", n, ":", len(primes))
    print("first:", " ".join([str(p) for p in primes[:15]]))
    print("last:", " ".join([str(p) for p in primes[-5:]]))
    twins = 0
    for i in range(1, len(primes)):
        if primes[i] - primes[i - 1] == 2:
            twins += 1
    print("twin pairs:", twins)
    best_gap = 0
    gap_at = 0
    for i in range(1, len(primes)):
        g = primes[i] - primes[i - 1]
        if g > best_gap:
            best_gap = g
            gap_at = primes[i - 1]
    print("largest gap:", best_gap, "after", gap_at)
    counts = [0] * 10
    for p in primes:
        counts[p % 10] += 1
    print("last digits:", " ".join(["%d:%d" % (d, counts[d]) for d in range(10) if counts[d] > 0]))
    for even in [4, 28, 100, 1000, 9998]:
        if even > n:
            continue
        for p in primes:
            if flags[even - p]:
                print("%d = %d + %d" % (even, p, even - p))
                break
    print("digit sum of all primes:", sum([digit_sum(p) for p in primes]))
    return 0 if len(primes) > 0 else 1
