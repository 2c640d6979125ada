"""Deep recursion under a raised recursion limit, as programs written for
CPython 3.11 do it (sys.setrecursionlimit(10**6), then a depth-first search
over a long chain): CPython runs Python-to-Python calls without C stack,
ouro runs its program on a 512 MiB stack (rpy/c/runtime/main.c)."""
import sys

sys.setrecursionlimit(10 ** 6)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(150000))

# a DFS over a path graph of 120,000 nodes
N = 120000
adj = [[] for _ in range(N)]
for i in range(N - 1):
    adj[i].append(i + 1)
    adj[i + 1].append(i)
seen = [False] * N
order = []


def dfs(u):
    seen[u] = True
    order.append(u)
    for v in adj[u]:
        if not seen[v]:
            dfs(v)


dfs(0)
print(len(order), order[-1], all(seen))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100001), is_odd(100001))


class Node:
    def __init__(self, nxt):
        self.next = nxt

    def length(self):
        return 1 + (self.next.length() if self.next is not None else 0)


head = None
for _ in range(50000):
    head = Node(head)
print(head.length())


# CPython 3.11 takes C stack for these: kept shallow
def gen(n):
    if n:
        yield from gen(n - 1)
    yield n


print(sum(gen(2000)))

# the limit still holds, and a RecursionError can be caught and recovered from
sys.setrecursionlimit(5000)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as exc:
    print("RecursionError:", exc)
print(depth(4000))
