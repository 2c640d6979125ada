# generator expressions: laziness, first iterable evaluated eagerly, closures, nesting
log = []


def src(n):
    log.append("src %d" % n)
    return range(n)


g = (x * 2 for x in src(3))
print(log)
print(next(g), log)
print(list(g))
nested = ((x, y) for x in range(2) for y in src(2))
print(log[-1])
print(list(nested), log[-2:])


def make(n):
    return (i * n for i in range(3))


print(list(make(10)), sum(make(2)))
squares = (x * x for x in range(5))
evens = (s for s in squares if s % 2 == 0)
print(list(evens), list(squares))
print(sorted((s for s in "hello"), reverse=True), "".join(c.upper() for c in "abc"))
print(max(len(w) for w in "a bb ccc".split()), dict((i, i * i) for i in range(3)))
total = sum(x for x in range(100) if x % 3 == 0 if x % 5 == 0)
print(total)
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__, type(gen).__name__)


def in_func():
    base = 100
    return list(b + base for b in range(2)), list(b + base for b in (lambda: range(2))())


print(in_func())
matrix = [[1, 2], [3, 4]]
print(list(v for row in matrix for v in row), list(list(r) for r in (row for row in matrix)))
g2 = (1 / x for x in [1, 0])
print(next(g2))
try:
    next(g2)
except ZeroDivisionError as e:
    print("lazy error:", e)
g3 = (x for x in [1])
print(list(g3), list(g3))
print(any(x > 2 for x in [1, 2, 3]), all(x for x in []), tuple(x for x in "ab"))


class K:
    data = [1, 2, 3]
    doubled = list(d * 2 for d in data)


print(K.doubled)
