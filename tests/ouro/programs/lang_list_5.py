# uncaught: IndexError deep in a helper
def window(xs, i, k):
    return [xs[j] for j in range(i, i + k)]


def moving_sums(xs, k):
    return [sum(window(xs, i, k)) for i in range(len(xs) - k + 1)]


vals = [1, 2, 3, 4, 5, 6]
print(moving_sums(vals, 2))
print(moving_sums(vals, 3))
print(moving_sums(vals, 6))
print(window(vals, 4, 2))
print("asking for too much")
print(window(vals, 4, 3))
print("not reached")
x = 1
y = 2
print(x + y)
