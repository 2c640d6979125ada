# uncaught: unhashable element in a set
def unique(items):
    out = set()
    for it in items:
        out.add(it)
    return out


print(sorted(unique([3, 1, 3, 2])))
print(sorted(unique(["b", "a", "b"])))
print(sorted(unique([(1, 2), (1, 2), (0, 1)])))
print(len(unique([frozenset([1]), frozenset([1])])))
rows = [[1, 2], [1, 2], [3]]
print(len(unique(tuple(r) for r in rows)))
print("now with lists")
print(unique(rows))
print("not reached")
x = 1
print(x)
y = 2
print(y)
