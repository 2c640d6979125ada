# uncaught: float division by zero with carets on a sub-expression
def mean(xs):
    return sum(xs) / len(xs)


def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - 1)


data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
print(mean(data))
print(variance(data))
print(round(variance(data) ** 0.5, 6))
print(mean([1.5]))
small = [3.25]
print("mean of one", mean(small))
print("variance of one")
print(variance(small))
print("unreachable")
