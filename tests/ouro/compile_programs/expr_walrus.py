# assignment expressions
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
i = 0
while (item := data[i]) != 9:
    print("item", item)
    i += 1
print(item, i)
print([y for x in data if (y := x * 2) > 6], y)
print(total := sum(data), total)


def f():
    vals = [last := v for v in range(5)]
    return vals, last


print(f())


def g():
    return [(k, v) for k in "ab" if (v := k.upper()) != "B"], v


print(g())
print((z := 10) + z, z)
print([w := 1, w + 1])
print(max(a := 3, a * 2))
count = 0
while (count := count + 1) < 3:
    print("count", count)


def h(x):
    return (r := x ** 2) + r


print(h(3))
print({(q := c): q * 2 for c in "xy"}, q)
