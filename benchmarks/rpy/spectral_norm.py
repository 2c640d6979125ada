"""RPy benchmark: spectral norm of the infinite matrix A(i, j) =
1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to N x N, by 10 power
iterations of A^T A (Computer Language Benchmarks Game).

Usage: spectral_norm.py N.  Prints the norm with %.9f.
benchmarks/c/spectral_norm.c is the same program in C.
"""
from __future__ import annotations

import math


def eval_a(i: int, j: int) -> float:
    return 1.0 / float((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v: list[float], out: list[float]) -> None:
    """out = A v"""
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


def mul_atv(v: list[float], out: list[float]) -> None:
    """out = A^T v"""
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


def mul_atav(v: list[float], out: list[float], tmp: list[float]) -> None:
    """out = A^T A v"""
    mul_av(v, tmp)
    mul_atv(tmp, out)


def spectral_norm(n: int) -> float:
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for iteration in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


def entry_point(argv: list[str]) -> int:
    n = 100
    if len(argv) > 1:
        n = int(argv[1])
    print("%.9f" % spectral_norm(n))
    return 0
