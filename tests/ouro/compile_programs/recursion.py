# recursion: simple, mutual, memoized, through methods and lambdas
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print([fib(i) for i in range(15)], fact(20), fact(30), is_even(50), is_odd(7))


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


print(len(hanoi(8, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
memo = {}


def ways(n):
    if n in memo:
        return memo[n]
    r = 1 if n <= 1 else ways(n - 1) + ways(n - 2)
    memo[n] = r
    return r


print(ways(80))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out


print(len(permutations([1, 2, 3, 4, 5])), permutations([1, 2, 3]))


class Node:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right

    def depth(self):
        return 1 + max(self.left.depth() if self.left else 0, self.right.depth() if self.right else 0)

    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.v
        if self.right:
            yield from self.right.inorder()


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))


tree = build(1, 31)
print(tree.depth(), list(tree.inorder())[:10])


def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]


print(flatten([1, [2, [3, [4, [5]]]], 6]))
rec_lambda = lambda n: n if n < 2 else rec_lambda(n - 1) + rec_lambda(n - 2)
print(rec_lambda(12))


def depth_limit(n):
    return 0 if n == 0 else 1 + depth_limit(n - 1)


print(depth_limit(150))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50))
