# an uncaught ZeroDivisionError deep in calls
def ratio(a, b):
    return a / b


def average(values):
    total = sum(values)
    return ratio(total, len(values))


print(average([1, 2, 3]))
print(average([]))
print("not reached")
