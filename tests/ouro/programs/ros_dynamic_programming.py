"""Dynamic programming: LCS, edit distance, knapsack, coin change, LIS, matrix chain, partitions."""
from functools import lru_cache, cache
import sys

def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))
print(lcs("AGGTAB", "GXTXAYB"), lcs("thisisatest", "testing123testing"))

def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
for a, b in [("kitten", "sitting"), ("rosettacode", "raisethysword"), ("", "abc"), ("same", "same")]:
    print(a, b, edit(a, b))

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
def knapsack(items, cap):
    @lru_cache(maxsize=None)
    def best(i, c):
        if i == len(items):
            return 0, ()
        name, w, v = items[i]
        skip = best(i + 1, c)
        if w > c:
            return skip
        tv, tk = best(i + 1, c - w)
        take = (tv + v, (name,) + tk)
        return max(skip, take)
    r = best(0, cap)
    print(best.cache_info())
    return r
print(knapsack(tuple(items), 200))

def coin_ways(amount, coins):
    ways = [1] + [0] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    return ways[amount]
print(coin_ways(100, [1, 5, 10, 25]), coin_ways(1000, [1, 5, 10, 25, 50, 100]))
def min_coins(amount, coins):
    INF = float("inf")
    dp = [0] + [INF] * amount
    for x in range(1, amount + 1):
        dp[x] = min((dp[x - c] + 1 for c in coins if c <= x), default=INF)
    return dp[amount]
print(min_coins(63, [1, 5, 10, 21, 25]), min_coins(7, [2, 4]))

def lis(seq):
    import bisect
    tails, idx, prev = [], [], [None] * len(seq)
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x); idx.append(i)
        else:
            tails[k] = x; idx[k] = i
        prev[i] = idx[k - 1] if k else None
    out, i = [], idx[-1]
    while i is not None:
        out.append(seq[i]); i = prev[i]
    return out[::-1]
print(lis([3, 2, 6, 4, 5, 1]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]))

@cache
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(i) for i in range(15)], partitions(100))

def matrix_chain(dims):
    n = len(dims) - 1
    m = [[0] * n for _ in range(n)]
    s = [[0] * n for _ in range(n)]
    for L in range(2, n + 1):
        for i in range(n - L + 1):
            j = i + L - 1
            m[i][j] = float("inf")
            for k in range(i, j):
                q = m[i][k] + m[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if q < m[i][j]:
                    m[i][j] = q; s[i][j] = k
    def paren(i, j):
        return f"A{i + 1}" if i == j else f"({paren(i, s[i][j])}{paren(s[i][j] + 1, j)})"
    return m[0][n - 1], paren(0, n - 1)
print(matrix_chain([1, 5, 25, 30, 100, 70, 2, 1, 100, 250, 1, 1000, 2]))

def collatz_len(n, memo={1: 1}):
    if n not in memo:
        memo[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return memo[n]
print(max(range(1, 10000), key=collatz_len), collatz_len(27))
@lru_cache(maxsize=2)
def sq(x):
    return x * x
print([sq(i % 3) for i in range(6)], sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5))
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__, e)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
sys.setrecursionlimit(200)
try:
    ackermann(3, 6)
except RecursionError as e:
    print(type(e).__name__, e)
sys.exit(edit("abc", "yabd"))
