"""Slicing lists by the eval loop's fast path (exact lists) and through
__getitem__/__setitem__ (subclasses): results and errors as CPython's."""

a = list(range(10))
print(a[2:5], a[::-1], a[8:2:-2], a[-3:], a[:100], a[5:2], a[::3])
b = a[:]
b[2:4] = ["x", "y", "z"]
print(b)
b[:0] = [1.5]
print(b)
b[::2] = range(len(b[::2]))
print(b)
b[3:] = b
print(b)
c = [0] * 6
c[1:5:2] = "ab"
print(c)
perm = list(range(9))
k = 5
perm[:k + 1] = perm[k::-1]
print(perm)

for bad in [lambda: a.__setitem__(slice(0, 4, 2), [1]), lambda: a[::0],
            lambda: a.__setitem__(slice(1, 2), 5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    x = a[1:2:0]
except ValueError as e:
    print("ValueError", e)
try:
    a[0:3:2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a[0:1] = 7
except TypeError as e:
    print("TypeError", e)


class L(list):
    def __getitem__(self, i):
        print("getitem", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("setitem", i, v)
        list.__setitem__(self, i, v)


m = L([1, 2, 3, 4])
print(m[1:3])
m[0:2] = [9]
print(m, type(m[0:1]).__name__)
f = [1.0, 2.5, 3.25]
print(f[1:], f[::-1])
f[1:2] = [7, "s"]
print(f)
