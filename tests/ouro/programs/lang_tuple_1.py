# tuples
t = (1, "a", 2.5, None, (3, 4))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t.count(1), t.index(None))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
print((1, 2) + (3,), (1, 2) * 2, 2 * (0,), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, (2, 3)) == (1, (2, 3)), () < (0,))
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
h1 = hash((1, 2, 3))
print(h1 == hash((1, 2, 3)), hash(()) == hash(()), hash((1, "a")) == hash((1, "a")))
print(hash((1, 2)), hash(()), hash((-1,)), hash((1, (2, 3))))
d = {(1, 2): "pt", (0,): "zero"}
print(d[(1, 2)], d[0,])
print(repr((1,)), repr(((),)), str(("a", 'b')), repr(tuple([[1]])))
t2 = ([1], 2)
t2[0].append(3)
print(t2)
try:
    t2 += ([4],)
    print(t2)
    t2[0] += [5]
except TypeError as e:
    print(type(e).__name__, e, t2)
for bad in [lambda: t[10], lambda: t.index(42), lambda: hash(([1],)), lambda: (1,) + [2],
            lambda: tuple(1), lambda: t.__setitem__(0, 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "c"), (2, "a")]), sum((1, 2, 3)))
print(tuple.__len__((1, 2)), (1, 2).__contains__(2), (1, 2).__getitem__(slice(None, None, -1)))
