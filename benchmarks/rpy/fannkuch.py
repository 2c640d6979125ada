"""RPy benchmark: fannkuch-redux (Computer Language Benchmarks Game).

For every permutation of 0..N-1, count the pancake flips needed to bring 0 to
the front; report a checksum (alternating sum of flip counts, in
permutation order) and the maximum number of flips.

Usage: fannkuch.py N.  Prints "CHECKSUM" and "Pfannkuchen(N) = MAXFLIPS".
benchmarks/c/fannkuch.c is the same program in C.
"""
from __future__ import annotations


def count_flips(perm: list[int]) -> int:
    """Flip the prefix perm[0..perm[0]] until perm[0] is 0; perm is modified."""
    flips = 0
    k = perm[0]
    while k != 0:
        i = 0
        j = k
        while i < j:
            perm[i], perm[j] = perm[j], perm[i]
            i += 1
            j -= 1
        flips += 1
        k = perm[0]
    return flips


def fannkuch(n: int) -> tuple[int, int]:
    perm1 = list(range(n))
    perm = [0] * n
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        for i in range(n):
            perm[i] = perm1[i]
        flips = count_flips(perm)
        if flips > max_flips:
            max_flips = flips
        if perm_index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips

        # next permutation: rotate the first r+1 items until a counter is left
        while r != n:
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        if r == n:
            break
        perm_index += 1
    return (checksum, max_flips)


def entry_point(argv: list[str]) -> int:
    n = 7
    if len(argv) > 1:
        n = int(argv[1])
    checksum, max_flips = fannkuch(n)
    print("%d" % checksum)
    print("Pfannkuchen(%d) = %d" % (n, max_flips))
    return 0
