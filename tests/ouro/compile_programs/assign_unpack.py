# assignment forms: chained, tuple/list targets, nested, starred, attribute/subscript targets
a = b = c = [1]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
[s, (t, u)] = [6, (7, 8)]
print(p, q, r, s, t, u)
a1, *b1 = "hello"
*c1, d1 = [1]
e1, *f1, g1 = (1, 2)
print(a1, b1, c1, d1, e1, f1, g1)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)


class O:
    pass


o = O()
o.a, o.b = 1, 2
o.c = o.d = "same"
print(o.a, o.b, o.c, o.d)
d = {}
d["k"], d["j"] = d["m"] = (1, 2)
print(d)
m = [[0] * 2 for _ in range(2)]
m[0][1] = m[1][0] = 5
print(m)
for k, (v1, v2) in enumerate([(1, 2), (3, 4)]):
    print(k, v1, v2)
first, second, *_ = range(10)
print(first, second, _)
for msg_case in ([1, 2, 3], [1], "ab", 5, iter([1, 2, 3])):
    try:
        aa, bb = msg_case
        print("ok", aa, bb)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for msg_case in ([1], [1, 2, 3, 4], 7):
    try:
        aa, bb, *cc, dd = msg_case
        print("ok", aa, bb, cc, dd)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
((aa, bb), cc), dd = ((1, 2), 3), 4
print(aa, bb, cc, dd)
xs = ys = zs = 0
xs += 1
print(xs, ys, zs)
(n) = 5
[n2] = [6]
(n3,) = (7,)
print(n, n2, n3)
big_unpack = tuple(range(300))
v0, *vmid, vlast = big_unpack
print(v0, len(vmid), vlast)
