# comparisons, chained comparisons (each operand evaluated once), is/in
calls = []


def v(x):
    calls.append(x)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(0) < v(3), calls)
calls.clear()
print(v(5) >= v(5) <= v(6) != v(7) == v(7), calls)
calls.clear()
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, a != c, None is None)
print(2 in a, 3 not in a, "b" in "abc", "x" not in "abc", 1 in {1: 2}, (1, 2) in [(1, 2)])
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), "abc" < "abd", {1} < {1, 2}, {1, 2} <= {1, 2})
x = 5
print(0 < x < 10 and x % 2 == 1, 0 < x > 3, x < 10 > 20 or x == 5)
if 1 < x <= 5 != 6:
    print("chain in if")
r = [i for i in range(20) if 3 < i < 8 or 15 <= i < 17]
print(r)


class Cmp:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n

    def __eq__(self, o):
        return isinstance(o, Cmp) and self.n == o.n

    __hash__ = None


print(Cmp(1) < Cmp(2) < Cmp(0))
print(Cmp(3) == Cmp(3), Cmp(3) != Cmp(4), Cmp(1) == 1)
print(sorted([Cmp(3), Cmp(1), Cmp(2)], key=lambda c: c.n)[0].n)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
y = 3
print(not y < 2, not (y < 2 < 1), (y == 3) is not None)
