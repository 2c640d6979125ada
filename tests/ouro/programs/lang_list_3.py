# list comprehensions, unpacking and algorithms
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(3) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print([x * y for x in range(1, 4) for y in range(x)])
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
[p, q], r = [1, 2], 3
print(p, q, r)
print([*range(3), *"ab", *[None]])

def bubble(xs):
    xs = list(xs)
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs

def qsort(xs):
    if len(xs) <= 1:
        return xs
    pivot, rest = xs[0], xs[1:]
    return qsort([x for x in rest if x < pivot]) + [pivot] + qsort([x for x in rest if x >= pivot])

data = [38, 27, 43, 3, 9, 82, 10, 3]
print(bubble(data), qsort(data), sorted(data) == qsort(data))

def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out

print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
stack = []
for ch in "(a[b]{c}(d))":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        print("close", ch, "matches", stack.pop())
print(stack == [], list(zip(*matrix)), [list(t) for t in zip(*matrix)][0])
rec = [1, 2]
rec.append(rec)
print(rec, repr([[], [[]]]), str(["a", 'b"c', "d'e"]))
