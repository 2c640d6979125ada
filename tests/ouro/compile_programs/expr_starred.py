# starred expressions in displays and calls, ** in dict displays and calls
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 5, *b), {*a, *b}, [*range(3), *"ab"])
print(*a, *b, sep="-")
d1 = {"x": 1}
d2 = {"y": 2, "x": 3}
print({**d1, **d2}, {**d1, "z": 0, **d2}, {"x": 0, **d1})
print(dict(**d1, w=5), dict(d1, **d2))


def f(*args, **kw):
    return args, kw


print(f(*a, 0, *b, k=1, **d1, **{"m": 2}))
print(f(*[], **{}), f(*"xy"), f(**{"a": 1}))
first, *rest = [1, 2, 3]
*init, last = "abcd"
h, *mid, t = range(6)
print(first, rest, init, last, h, mid, t)
[p, q], *r = [(1, 2), 3, 4]
print(p, q, r)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
print(*(i * i for i in range(4)))
nested = [*[*a, *b], *{*a}]
print(nested)
t = *a, *b
print(t)
s = {*()}
print(s, [*{}])
big = [*range(40), *range(3)]
print(len(big), big[-5:])
