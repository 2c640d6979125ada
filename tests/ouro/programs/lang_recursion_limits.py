import sys


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), len(str(fact(500))))


def runaway(n):
    return runaway(n + 1)


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)

lst = [1, 2]
lst.append(lst)
print(lst, repr(lst))
d = {"k": 1}
d["self"] = d
print(d)


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None

    def __repr__(self):
        return f"Node({self.v}, {self.next!r})"


n = Node(1)
n.next = Node(2)
print(n)
n.next.next = n
try:
    repr(n)
except RecursionError as e:
    print("repr RecursionError", type(e).__name__)
print(sys.getrecursionlimit())
x = 10 ** 5000
try:
    str(x)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(x)))


def mutual_a(n):
    return mutual_b(n)


def mutual_b(n):
    return mutual_a(n)


mutual_a(1)
