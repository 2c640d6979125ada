# uncaught: unpacking a tuple of the wrong length
def minmax(xs):
    return min(xs), max(xs)


def stats(xs):
    lo, hi = minmax(xs)
    return lo, hi, sum(xs) / len(xs)


print(stats([3, 1, 4, 1, 5]))
lo, hi, avg = stats([10, 20])
print(lo, hi, avg)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for n, name in pairs:
    print(n, name)
records = [("a", 1, True), ("b", 2, False)]
for name, n, flag in records:
    print(name, n, flag)
records.append(("c", 3))
for name, n, flag in records:
    print(name, n, flag)
print("not reached")
