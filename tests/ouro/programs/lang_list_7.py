# list operations: multi-key sorting, in-place algorithms, list as queue/stack, equality of nested structures
records = [
    {"name": "ann", "dept": "eng", "salary": 120},
    {"name": "bob", "dept": "ops", "salary": 90},
    {"name": "cy", "dept": "eng", "salary": 95},
    {"name": "dee", "dept": "ops", "salary": 90},
    {"name": "eve", "dept": "hr", "salary": 70},
]
by_dept = sorted(records, key=lambda r: (r["dept"], -r["salary"], r["name"]))
print([(r["dept"], r["name"]) for r in by_dept])
groups = {}
for r in records:
    groups.setdefault(r["dept"], []).append(r["name"])
print(groups)
def rotate(xs, k):
    k %= len(xs)
    xs[:] = xs[-k:] + xs[:-k]
nums = list(range(8))
rotate(nums, 3)
print(nums)
def dedupe(xs):
    seen = []
    for x in xs:
        if x not in seen:
            seen.append(x)
    return seen
print(dedupe([3, 1, 3, 2, 1, 4]))
def chunks(xs, n):
    return [xs[i:i + n] for i in range(0, len(xs), n)]
print(chunks(list("abcdefg"), 3))
stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[tok])
print(stack)
matrix = [[1, 2], [3, 4]]
copy_shallow = matrix[:]
copy_shallow[0][0] = 99
copy_deep = [row[:] for row in matrix]
copy_deep[1][1] = -1
print(matrix, copy_deep, matrix == [[99, 2], [3, 4]])
print([1, [2, [3]]] == [1, [2, [3]]], [1, 2] != [2, 1], [[]] * 0, list(range(3)) * 2)
a = [5, 3, 8]
a[len(a):] = [1]
a[:0] = [0]
print(a, a[::-1], a.__len__(), a.__getitem__(1), a.__contains__(8))
print(sorted([[3, "c"], [1, "a"], [2, "b"]], key=lambda p: p[1], reverse=True))
