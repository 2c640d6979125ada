"""A real program: dense matrices as list[list[float]] and list[list[int]]:
multiplication, transpose, identity, integer matrix power (Fibonacci via
[[1,1],[1,0]]^n), Gaussian elimination with partial pivoting solving a
linear system, determinant, and a 60x60 product checksum."""
from __future__ import annotations


def zeros(n: int, m: int) -> list[list[float]]:
    return [[0.0] * m for i in range(n)]


def identity(n: int) -> list[list[float]]:
    r = zeros(n, n)
    for i in range(n):
        r[i][i] = 1.0
    return r


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    m = len(b[0])
    k = len(b)
    r = zeros(n, m)
    for i in range(n):
        ai = a[i]
        ri = r[i]
        for p in range(k):
            aip = ai[p]
            bp = b[p]
            for j in range(m):
                ri[j] += aip * bp[j]
    return r


def transpose(a: list[list[float]]) -> list[list[float]]:
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]


def imatmul(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    n = len(a)
    r = [[0] * n for i in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0
            for k in range(n):
                s += a[i][k] * b[k][j]
            r[i][j] = s
    return r


def imatpow(a: list[list[int]], e: int) -> list[list[int]]:
    n = len(a)
    result = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
    base = a
    while e > 0:
        if e % 2 == 1:
            result = imatmul(result, base)
        e //= 2
        if e > 0:
            base = imatmul(base, base)
    return result


def solve(a: list[list[float]], b: list[float]) -> tuple[list[float], float]:
    n = len(a)
    m = [a[i][:] + [b[i]] for i in range(n)]
    det = 1.0
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det *= m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x, det


def show(a: list[list[float]]) -> None:
    for row in a:
        print("  " + " ".join(["%8.3f" % v for v in row]))


def entry_point(argv: list[str]) -> int:
    a = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    b = [[7.0, 8.0], [9.0, 10.0], [11.0, 12.0]]
    print("a x b:")
    show(matmul(a, b))
    print("transpose(a):")
    show(transpose(a))
    print("a x I:")
    show(matmul(a, identity(3)))
    fibm = imatpow([[1, 1], [1, 0]], 90)
    print("fib(90) via matrix power:", fibm[0][1], fibm[1][1])
    sys_a = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
    sys_b = [8.0, -11.0, -3.0]
    x, det = solve(sys_a, sys_b)
    print("solution:", " ".join(["%.6f" % v for v in x]), "det: %.6f" % det)
    n = 60
    big_a = [[float((i * 7 + j * 3) % 11) - 5.0 for j in range(n)] for i in range(n)]
    big_b = [[float((i * 5 + j * 13) % 7) * 0.5 for j in range(n)] for i in range(n)]
    prod = matmul(big_a, big_b)
    checksum = 0.0
    for i in range(n):
        for j in range(n):
            checksum += prod[i][j] * float((i + j) % 3 - 1)
    print("60x60 checksum:", checksum, prod[0][0], prod[59][59], prod[17][42])
    return 0
