# uncaught: max() of an empty sequence with no default
scores = {"ann": [90, 85, 77], "bob": [60, 70], "cy": []}


def best(name):
    return max(scores[name])


def average(name):
    xs = scores[name]
    return sum(xs) / len(xs) if xs else 0.0


for name in ["ann", "bob"]:
    print(name, best(name), round(average(name), 2))
print("cy average", average("cy"))
print("cy best with default", max(scores["cy"], default=None))
print(sorted(scores, key=lambda n: average(n), reverse=True))
print("cy best")
print(best("cy"))
print("not reached")
