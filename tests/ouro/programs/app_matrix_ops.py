from fractions import Fraction
from numbers import Number
import itertools


class MatrixError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __iter__(self):
        return iter(self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self, other)])

    def __mul__(self, other):
        if isinstance(other, Number):
            return Matrix([[a * other for a in r] for r in self])
        if self.shape[1] != other.shape[0]:
            raise MatrixError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self])

    __rmul__ = __mul__
    __matmul__ = __mul__

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise MatrixError("determinant of a non-square matrix")
        a = [[Fraction(x) for x in r] for r in self]
        det = Fraction(1)
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                det = -det
            det *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return det

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self]
        w = max(len(c) for c in itertools.chain.from_iterable(cells))
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A * B, 2 * A, A * Fraction(1, 2), sep="\n\n")
print(repr(A @ B), A.shape, A[1, 0], A.transpose() == Matrix([[1, 3], [2, 4]]))
fibm = Matrix([[1, 1], [1, 0]]) ** 30
print(fibm[0, 1], Matrix.identity(3))
print(A.determinant(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).determinant(), Matrix([[1, 2], [2, 4]]).determinant())
for bad in (lambda: A + Matrix([[1, 2, 3]]), lambda: A * Matrix([[1, 2, 3]]), lambda: Matrix([]), lambda: Matrix([[1], [1, 2]]), lambda: Matrix([[1, 2]]).determinant(), lambda: A[2, 0]):
    try:
        bad()
    except MatrixError as e:
        print("MatrixError:", e)
    except IndexError as e:
        print("IndexError:", e)
print(isinstance(MatrixError(), ValueError), [sum(r) for r in A], list(map(max, A)))
Matrix([[1, "x"]]) * 2 + Matrix([[1, 1]])
