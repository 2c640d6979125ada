"""spectral_norm: the spectral norm of the infinite matrix
A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1), by ten power-method steps of
A^T A on a 130-vector (pyperformance's workload). Written for Ouroboros."""
import sys


def a_elem(i, j):
    s = i + j
    return 1.0 / ((s * (s + 1) >> 1) + i + 1)


def mul_a(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a_elem(i, j) * u[j]
        out.append(total)
    return out


def mul_at(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a_elem(j, i) * u[j]
        out.append(total)
    return out


def mul_ata(u):
    return mul_at(mul_a(u))


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_ata(u)
        u = mul_ata(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    for _ in range(loops):
        r = spectral_norm(130)
    print("spectral_norm", loops, "%.9f" % r)


if __name__ == "__main__":
    main()
