"""Matrix operations with lists: multiply, transpose, determinant, inverse (Fractions), power, spiral."""
from fractions import Fraction

def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(n))

def inverse(m):
    n = len(m)
    a = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        piv = next((r for r in range(c, n) if a[r][c] != 0), None)
        if piv is None:
            raise ZeroDivisionError("matrix is singular")
        a[c], a[piv] = a[piv], a[c]
        pv = a[c][c]
        a[c] = [x / pv for x in a[c]]
        for r in range(n):
            if r != c and a[r][c]:
                f = a[r][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [row[n:] for row in a]

def show(m):
    w = max(len(str(x)) for r in m for x in r)
    for r in m:
        print("[" + " ".join(f"{str(x):>{w}}" for x in r) + "]")

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(A, B)); show(transpose(A))
M = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print(det(M), det([[1, 2], [3, 4]]), det([[6, 1, 1, 3], [4, -2, 5, 1], [2, 8, 7, 6], [3, 1, 9, 7]]))
inv = inverse(M)
show(inv)
show(mat_mul(M, inv))
def mat_pow(m, k):
    n = len(m)
    r = [[int(i == j) for j in range(n)] for i in range(n)]
    while k:
        if k & 1:
            r = mat_mul(r, m)
        m = mat_mul(m, m)
        k >>= 1
    return r
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
def spiral(n):
    m = [[0] * n for _ in range(n)]
    dr, dc = [0, 1, 0, -1], [1, 0, -1, 0]
    r = c = d = 0
    for k in range(n * n):
        m[r][c] = k
        nr, nc = r + dr[d], c + dc[d]
        if not (0 <= nr < n and 0 <= nc < n and m[nr][nc] == 0 and (nr, nc) != (0, 0)):
            d = (d + 1) % 4
            nr, nc = r + dr[d], c + dc[d]
        r, c = nr, nc
    return m
show(spiral(5))
ident = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
print(ident, [row[::-1] for row in ident][0])
grid = [[0] * 3] * 3
grid[0][0] = 9
print(grid)
m2 = [r[:] for r in M]
m2[1][1] = 100
print(M[1], m2[1])
print([[x * 2 for x in r] for r in M], [sum(c) for c in zip(*M)], max(map(max, M)))
flat = [x for r in M for x in r]
print(flat, [flat[i:i + 3] for i in range(0, 9, 3)] == M)
for bad in ([[1, 2]], [[1, 2], [3, 4], [5, 6]]):
    try:
        mat_mul(A, bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    M[3][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    M[0][1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(det([[Fraction(1, 2), Fraction(1, 3)], [Fraction(1, 4), Fraction(1, 5)]]))
show(mat_mul([[1, 2]], [[3], [4], [5]]))
