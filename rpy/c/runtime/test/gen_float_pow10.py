"""Generates the table of powers of ten used by repr(float) in
rpy/c/runtime/strings.c (shortest_digits), and proves, for every binary
exponent of a double, that the fixed-point arithmetic done with it gives
exact results.

The C code scales an integer n (n < 2**56) by 2**(q-2) / 10**k:

    P = n * 2**(q-2) / 10**k

where x = c * 2**q is the double, n is one of 4c-2 / 4c-1, 4c+2 or 8c,
and k is the decimal exponent chosen for q (see k_of below).  For each k
the table holds

    e2[k] = floor(k * log2(10))
    g[k]  = ceil(2**(e2[k] + 126) / 10**k)        (2**125 < g <= 2**126)

and the C code computes n' * g with n' = n << (q - e2[k]) (shift 0..5),
a 192-bit product whose top 64 bits are floor(P) and whose low 128 bits
are the fraction of P (times 2**128), too large by at most n' because g
is rounded up by less than 1.  That is exact provided no non-integer P
lies within n'/2**128 of an integer: then floor is right, and "the low
128 bits are below n'" means exactly "P is an integer".  This script
checks that condition for every (q, k) pair the C code uses, by
computing min over 1 <= n <= 2**56 of the distance of n*2**(q-2)/10**k
to the nearest integer (non-integers only) with a Euclid-like recursion
(min_mod / max_mod, checked against brute force on small cases).

Usage:  python3 gen_float_pow10.py [--check]   (rewrites strings.c in
place, or with --check only exits 1 if the embedded table is out of date).
"""
import os
import random
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
STRINGS_C = os.path.join(HERE, '..', 'strings.c')
BEGIN = '/* BEGIN GENERATED POWERS OF TEN (test/gen_float_pow10.py) */\n'
END = '/* END GENERATED POWERS OF TEN */\n'

Q_MIN, Q_MAX = -1074, 971          # x = c * 2**q, c < 2**53
N_MAX = 2 ** 56                    # bound on the scaled integers n


def floor_log10(num, den):
    """floor(log10(num / den)) for positive integers, exactly."""
    k = len(str(num)) - len(str(den))      # within one of the answer
    while (num * 10 ** -k if k < 0 else num) < (den if k < 0 else den * 10 ** k):
        k -= 1
    while (num * 10 ** -(k + 1) if k + 1 < 0 else num) >= (den if k + 1 < 0 else den * 10 ** (k + 1)):
        k += 1
    return k


def pow2(e):
    """2**e as (num, den)."""
    return (2 ** e, 1) if e >= 0 else (1, 2 ** -e)


def floor_log10_pow2(q):
    return floor_log10(*pow2(q))


def floor_log2_pow10(k):
    """floor(log2(10**k)), exactly."""
    num, den = (10 ** k, 1) if k >= 0 else (1, 10 ** -k)
    e = num.bit_length() - den.bit_length()
    while (num << -e if e < 0 else num) < (den << e if e >= 0 else den):
        e -= 1
    while (num << -(e + 1) if e + 1 < 0 else num) >= (den << (e + 1) if e + 1 >= 0 else den):
        e += 1
    return e


# The C code's integer formulas for k; checked exactly below.
def k_sym(q):                  # floor(log10(2**q))
    return (q * 315653) >> 20


def k_asym(q):                 # floor(log10(3 * 2**(q-2)))
    return (q * 315653 - 131008) >> 20


def min_mod(a, b, n):
    """min over 1 <= i <= n of (a*i) % b, for 0 < a < b, gcd(a, b) == 1,
    n < b.  For each j = floor(a*i/b) the smallest residue is at the
    smallest i with a*i >= j*b, i.e. (-j*b) % a; j runs to floor(n*a/b)."""
    j = n * a // b
    if j == 0:
        return a
    return min(a, a - max_mod(b % a, a, j))


def max_mod(a, b, n):
    """max over 1 <= i <= n of (a*i) % b (same conditions).  The residue
    is largest just before each wrap, at b - ((t*b) % a) for the t-th
    wrap, or at i = n."""
    if a == 0:
        return 0
    t = n * a // b
    if t == 0:
        return n * a
    return max(n * a % b, b - min_mod(b % a, a, t))


def self_test():
    rng = random.Random(1)
    from math import gcd
    for _ in range(3000):
        b = rng.randint(2, 400)
        a = rng.randint(1, b - 1)
        if gcd(a, b) != 1:
            continue
        n = rng.randint(1, b - 1)
        res = [a * i % b for i in range(1, n + 1)]
        assert min_mod(a, b, n) == min(res), (a, b, n)
        assert max_mod(a, b, n) == max(res), (a, b, n)


def min_distance(alpha):
    """min over 1 <= n <= N_MAX, n*alpha not an integer, of the distance
    of n*alpha to the nearest integer (None if all are integers)."""
    a, b = alpha.numerator % alpha.denominator, alpha.denominator
    if b == 1:
        return None
    if N_MAX >= b:
        return Fraction(1, b)
    lo = min_mod(a, b, N_MAX)
    hi = max_mod(a, b, N_MAX)
    return Fraction(min(lo, b - hi), b)


def build():
    sys.setrecursionlimit(10000)
    self_test()
    ks = {}
    for q in range(Q_MIN, Q_MAX + 1):
        k = floor_log10_pow2(q)
        assert k_sym(q) == k, q
        pairs = [k]
        if q > Q_MIN:              # a power of two with a closer neighbour below
            num, den = pow2(q - 2)
            ka = floor_log10(3 * num, den)
            assert k_asym(q) == ka, q
            pairs.append(ka)
        for k in pairs:
            ks.setdefault(k, []).append(q)
    k_lo, k_hi = min(ks), max(ks)
    assert sorted(ks) == list(range(k_lo, k_hi + 1))
    rows = []
    worst = None
    for k in range(k_lo, k_hi + 1):
        e2 = floor_log2_pow10(k)
        v = Fraction(2) ** (e2 + 126) / Fraction(10) ** k
        g = -((-v.numerator) // v.denominator)
        assert 2 ** 125 < g <= 2 ** 126
        for q in ks[k]:
            shift = q - e2
            assert 0 <= shift <= 5, (q, k, shift)
            assert (N_MAX << shift) < 2 ** 63
            # the error of the fraction: n' * (g - exact) < n' <= N_MAX << shift
            d = min_distance(Fraction(2) ** (q - 2) / Fraction(10) ** k)
            if d is None:
                continue
            bound = Fraction(N_MAX << shift, 2 ** 128)
            assert d > bound, (q, k, d, bound)
            ratio = d / bound
            if worst is None or ratio < worst[0]:
                worst = (ratio, q, k)
        rows.append((k, e2, g))
    return rows, worst


def render(rows, worst):
    out = [BEGIN]
    out.append('/* do not edit by hand; smallest margin: a non-integer product is at least\n'
               '   %.1f times the error bound away from an integer (q=%d, k=%d) */\n'
               % (float(worst[0]), worst[1], worst[2]))
    out.append('#define POW10_KMIN (%d)\n' % rows[0][0])
    out.append('#define POW10_KMAX %d\n' % rows[-1][0])
    out.append('static const struct { uint64_t hi, lo; int32_t e2; } pow10_table[%d] = {\n' % len(rows))
    for k, e2, g in rows:
        out.append('{0x%016xu, 0x%016xu, %d},\n' % (g >> 64, g & (2 ** 64 - 1), e2))
    out.append('};\n')
    out.append(END)
    return ''.join(out)


def main():
    rows, worst = build()
    text = render(rows, worst)
    with open(STRINGS_C) as f:
        src = f.read()
    i, j = src.index(BEGIN), src.index(END) + len(END)
    new = src[:i] + text + src[j:]
    if '--check' in sys.argv:
        sys.exit(0 if new == src else 1)
    if new != src:
        with open(STRINGS_C, 'w') as f:
            f.write(new)
    print('%d powers of ten, worst margin %.1f at q=%d k=%d' % (len(rows), float(worst[0]), worst[1], worst[2]))


if __name__ == '__main__':
    main()
