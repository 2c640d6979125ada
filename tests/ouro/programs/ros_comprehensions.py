"""Dict/set/list comprehension edge cases: scoping, nested loops, conditions, walrus, unpacking, ordering, duplicates."""
data = [("apple", 3, "fruit"), ("carrot", 5, "veg"), ("banana", 3, "fruit"), ("leek", 1, "veg"), ("cherry", 7, "fruit")]
by_kind = {kind: [n for n, _, k in data if k == kind] for kind in sorted({k for *_, k in data})}
print(by_kind)
print({n: q for n, q, _ in data if q > 2}, {q for _, q, _ in data}, [n.upper() for n, *_ in data][::2])
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]}, {x % 3 for x in range(10)}, dict.fromkeys("aab", 0))
print({(i, j): i * j for i in range(3) for j in range(i)}, [[i * j for j in range(4)] for i in range(3)])
print([x for x in range(20) if x % 2 if x % 3], [y for x in [[1, 2], [3], []] for y in x], [(x, y) for x in "ab" for y in (1, 2) if (x, y) != ("b", 1)])
print([v for v in (d := {"k": 1, "j": 2}).values()], d, [y := 10, y ** 2], [last := i for i in range(3)], last)
print([total := 0] and [total := total + x for x in range(5)], total)
x = "outer"
print([x for x in range(3)], x, {x: x for x in "ab"}, x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [n for row in matrix for n in row if n % 2 == 0], list(zip(*matrix)))
print(sorted({w.lower() for w in "The the THE a A an".split()}), {c: "The cat".lower().count(c) for c in "The cat".lower() if c != " "})
print({k: v for k, v in sorted({"b": 2, "a": 1, "c": 3}.items(), key=lambda kv: -kv[1])}, dict(zip("abc", range(3))), dict(enumerate("xy")))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv, {k: [n for n, q, _ in data if q == k] for k in sorted(set(q for _, q, _ in data))})
gen = (i * i for i in range(4))
print(list(gen), list(gen), sum(i for i in range(101)), max((len(n), n) for n, *_ in data), any(q > 6 for _, q, _ in data), all(n for n, *_ in data))
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        shifted = [v + off for v in vals for off in [vals[0]]]
    except NameError as e:
        shifted = str(e)
print(K.doubled, K.shifted)
d = {1: "a"}
try:
    for k in d:
        d[k + 1] = "b"
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
l = [1, 2, 3]
for v in l:
    if v < 5:
        l.append(v + 10)
print(l)
try:
    print({[1]: 2 for _ in range(1)})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({{1}})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([a for a, b in [(1, 2), (3,)]])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print({k: 1 / k for k in range(-1, 2)})
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print({**{"a": 1}, **{"b": 2}}, [*range(3), *"ab"], {*"abc"} == set("cab"), (*[1, 2],), [*{}, *()])
first, *middle, last = [n for n, *_ in data]
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c, [(p, q) for p, (q, _) in enumerate([("x", 1), ("y", 2)])])
print({True: "yes", 1: "one", 1.0: "float"}, {0: "zero", False: "no"}, len({1, True, 1.0}), {frozenset({1}): 1}, {(1, 2): "t"})
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.values()), list({"b": 1, "a": 2}.items())[0], next(iter({"z": 0})))
print([i for i in range(3)] == list(range(3)), [[]] * 2, [[] for _ in range(2)], [0] * -1)
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
print([undefined_name for _ in range(1)])
