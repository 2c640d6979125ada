"""Recursion classics: Hanoi, permutations, power set, N-queens, flood fill, Ackermann, mutual recursion, deep recursion limit."""
import sys

def hanoi(n, src="A", via="B", dst="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, dst, via, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, src, dst, moves)
    return moves
m = hanoi(4)
print(len(m), m[:5], len(hanoi(10)))

def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcdef")), len(set(perms("aabb"))))

def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))

def queens(n):
    sols = []
    def place(row, cols, d1, d2, board):
        if row == n:
            sols.append(board[:])
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            board.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, board)
            board.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
for n in range(1, 9):
    print(n, len(queens(n)), end="; ")
print()
first = queens(8)[0]
for r in range(8):
    print(" ".join("Q" if first[r] == c else "." for c in range(8)))

grid = [list(r) for r in ["..##....", ".#..#...", ".#...#..", "..###...", "........"]]
def fill(r, c, ch):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    grid[r][c] = ch
    return 1 + fill(r + 1, c, ch) + fill(r - 1, c, ch) + fill(r, c + 1, ch) + fill(r, c - 1, ch)
print(fill(2, 3, "o"), fill(0, 0, "x"))
print("\n".join("".join(r) for r in grid))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900), sys.getrecursionlimit())
try:
    depth(5000)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(6000)
print(depth(5000))
sys.setrecursionlimit(1000)

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def binsearch(xs, x, lo=0, hi=None):
    hi = len(xs) if hi is None else hi
    if lo >= hi:
        return -(lo + 1)
    mid = (lo + hi) // 2
    if xs[mid] == x:
        return mid
    return binsearch(xs, x, mid + 1, hi) if xs[mid] < x else binsearch(xs, x, lo, mid)
xs = list(range(0, 100, 3))
print(gcd(1071, 462), binsearch(xs, 27), binsearch(xs, 28))
def nested_sum(x):
    return sum(nested_sum(i) for i in x) if isinstance(x, list) else x
print(nested_sum([1, [2, [3, [4, [5]]]], 6]))
def make_nested(n):
    out = []
    for _ in range(n):
        out = [out]
    return out
print(str(make_nested(5)), len(str(make_nested(200))))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
def count_down(n):
    print(n, end=" ")
    if n > 0:
        count_down(n - 1)
count_down(5)
print()
def explode(n):
    return explode(n + 1) + 1
explode(0)
