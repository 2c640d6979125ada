"""nqueens: all solutions of the 8 queens problem, by filtering every
permutation of the columns (a pure-Python permutations generator, as in
pyperformance's nqueens) through two sets of diagonals. Written for
Ouroboros."""
import sys


def permutations(iterable, r=None):
    """The permutations of `iterable` in lexicographic order of positions
    (itertools.permutations, in Python)."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def n_queens(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    for _ in range(loops):
        solutions = list(n_queens(8))
    print("nqueens", loops, len(solutions), solutions[0], solutions[-1])


if __name__ == "__main__":
    main()
