# list/set/dict comprehensions and generator expressions
print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x % 3 for x in range(10)}, {k: v for k, v in zip("abc", range(3)) if v})
print(sorted({c.upper() for c in "hello"}))
g = (x * x for x in range(4))
print(next(g), list(g), list(g))
print(sum(x for x in range(101)), max((len(w), w) for w in ["aa", "b", "cccc"]))
print([i for i in range(3)], "i" in globals())
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [[r[i] for r in matrix] for i in range(3)])
print({(a, b): a * b for a in range(2) for b in range(2)})


def in_function(n):
    factor = 3
    return [factor * i for i in range(n)], {i: factor for i in range(2)}


print(in_function(3))


class ClassScope:
    items = [1, 2, 3]
    scale = 10
    doubled = [i * 2 for i in items]
    try:
        scaled = [i * scale for i in items]
    except NameError as e:
        scaled = "NameError: " + str(e)
    pairs = [(i, j) for i in items for j in range(i)]


print(ClassScope.doubled, ClassScope.scaled, ClassScope.pairs)
x = "global x"
print([x for x in "ab"], x)
print([y := i * 2 for i in range(3)], y)
print([(a, b) for a, b in enumerate("xy")], [a for a, *rest in [(1, 2, 3), (4,)]])
print([i for i in range(20) if i % 2 == 0 if i % 3 == 0], [i if i % 2 else -i for i in range(5)])
gen = (i for i in [1, 2, 3] if i != 2)
print(list(gen))
nested = [[[k for k in range(j)] for j in range(i)] for i in range(3)]
print(nested)
print(list(zip(*[(1, "a"), (2, "b")])), dict((k, len(k)) for k in ("one", "three")))
print(sorted([3, 1, 2], key=lambda v: [v][0]), [f() for f in [lambda: 1, lambda: 2]])
try:
    print([1 / i for i in [1, 0]])
except ZeroDivisionError as e:
    print("ZeroDivisionError in comprehension:", e)


def first_iter_eager():
    try:
        g = (a for a in undefined_name)
    except NameError as e:
        return "eager: " + str(e)
    return g


print(first_iter_eager())
lazy = (undefined_other for _ in range(1))
try:
    next(lazy)
except NameError as e:
    print("lazy:", e)


def comp_closure():
    return [lambda: i for i in range(3)][0]()


print(comp_closure())
print({**{i: i for i in range(2)}}, [*(c for c in "ab")], {i for i in ()})
big = [i for i in range(1000) if i % 7 == 0]
print(len(big), big[-1])
print(list(x for x in range(3) for _ in range(2)))
