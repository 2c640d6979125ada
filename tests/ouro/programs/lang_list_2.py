# list slicing and slice assignment
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[1::3], a[::-1], a[-2:2:-2], a[5:2], a[100:])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[0:0] = [-2, -1]
print(b)
b[len(b):] = [100]
print(b)
b[::2] = "ABCDEF"
print(b)
del b[1::2]
print(b)
del b[:2]
print(b)
b[1:3] = []
print(b)
c = list(range(6))
c[::-1] = [10, 11, 12, 13, 14, 15]
print(c)
c[-1:-4:-1] = ["a", "b", "c"]
print(c)
c[2:2] = range(3)
print(c)
c[:] = "xyz"
print(c)
try:
    c[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    c["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    c[1.0] = 2
except TypeError as e:
    print(type(e).__name__, e)
nested = [[0] * 3 for _ in range(3)]
nested[1][1] = 5
alias = [[0] * 3] * 3
alias[1][1] = 5
print(nested, alias)
m = [1, 2, 3]
m[1:2] = m
print(m)
s = slice(1, 5, 2)
print(a[s], s.indices(10), s.start, s.stop, s.step)
