"""Lists of exact floats are stored unboxed: what a program can see of it
(identity of items read back, NaN and -0.0, switching to objects, sort)."""
import math

x = 0.1 + 0.2
l = [x, 1.5, -0.0, 0.0]
print(l, l[0] is x, l[0] is l[0], x in l, l.index(x))
nan = float("nan")
m = [1.0, nan, 2.0]
print(nan in m, m.index(nan), m.count(nan), m[1] is nan, m == m, [nan] == [nan], m)
m.remove(nan)
print(m)
other = float("nan")
print(other in [nan, 1.0], [nan] == [other], [1.0, other].count(nan), (nan,) == (nan,))
z = [0.0, -0.0, 1.0, -0.0, -1.0]
z.sort()
print(z, [math.copysign(1.0, v) for v in z])
z.sort(reverse=True)
print(z, [math.copysign(1.0, v) for v in z])
w = [3.0, nan, 1.0, 2.0]
w.sort()
print(w)
f = [2.5, 0.5]
f.append(1)
print(f, [type(v).__name__ for v in f])
f = [2.5, 0.5]
f[1] = "s"
print(f)
f = [2.5, 0.5]
f.insert(0, True)
print(f, f[0] is True)


class F(float):
    pass


g = [1.0, F(2.0)]
print(g, type(g[1]).__name__)
g = [1.0, 2.0]
g.append(F(3.5))
print(g, type(g[2]).__name__)
h = [float(i) / 4 for i in range(10)]
print(h[2:7], h[::-3], h * 2 == h + h, sum(h), max(h), min(h), sorted(h, reverse=True)[:3])
h[1:3] = [9.0, 8.0, 7.0]
del h[::2]
print(h, len(h), list(reversed(h)), h.pop(), h.pop(0), h)
h.extend(h)
h += [1e300 * 10, -1e300 * 10]
print(h, h.count(math.inf), -math.inf in h)
print(1 in [1.0, 2.0], 2 in [1.0, 2.5], [1.0, 2.0] < [1.0, 3.0], [1.0] == [1])
big = [0.5] * 5
big *= 2
print(big, len(big))
big.clear()
big.append(2.0)
print(big, big[0] is big[-1])
