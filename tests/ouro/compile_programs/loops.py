# while/for with else, break, continue, nested loops, various targets
for i in range(3):
    print("for", i)
else:
    print("for else")
for i in range(5):
    if i == 2:
        break
    print("before break", i)
else:
    print("not printed")
i = 0
while i < 3:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while else")
while True:
    i -= 1
    if i < 0:
        break
print("i after", i)
for x in range(3):
    for y in range(3):
        if y > x:
            break
        if (x + y) % 2:
            continue
        print("pair", x, y)
    else:
        print("inner else", x)
for ch in "abc":
    print(ch, end=" ")
print()
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for idx, (a, b) in enumerate(zip("xy", [1, 2])):
    print(idx, a, b)


class T:
    pass


t = T()
for t.attr in range(2):
    pass
print(t.attr)
arr = [0, 0, 0]
for arr[1] in [5, 6]:
    pass
print(arr)
for _ in []:
    print("never")
else:
    print("empty for else")
n = 0
while n < 10:
    n += 3
else:
    print("while else n =", n)


def find(items, target):
    for pos, item in enumerate(items):
        if item == target:
            return pos
    return -1


print(find("hello", "l"), find("hello", "z"))
total = 0
for a in range(4):
    for b in range(4):
        for c in range(4):
            if a + b + c == 5:
                total += 1
print(total)
it = iter([1, 2, 3])
for v in it:
    if v == 1:
        print("skip next", next(it))
    else:
        print("v", v)
count = 0
while count < 1000:
    count += 1
    if count % 100:
        continue
    if count > 500:
        break
print(count)
for i in range(3):
    pass
print("loop var after loop", i)
res = []
for x in [1, 2, 3]:
    res.append(lambda: x)
print([f() for f in res])
for s, *rest in ["abc", "de"]:
    print(s, rest)
while (n := n - 4) > 0:
    print("walrus while", n)
