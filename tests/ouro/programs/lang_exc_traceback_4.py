# uncaught: RecursionError
import sys

sys.setrecursionlimit(200)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(50))
try:
    depth(10000)
except RecursionError as e:
    print("caught", type(e).__name__, e)
print(depth(100))


def forever(n):
    return forever(n + 1)


print("about to recurse forever")
forever(0)
