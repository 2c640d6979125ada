# sorted/min/max/sum/abs/round/divmod/pow
data = [5, -3, 8, 0, -3, 12]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=abs), sorted(data, key=abs, reverse=True))
print(min(data), max(data), min(data, key=abs), max(data, key=lambda v: -v), min(3, 1, 2), max("apple", "pear", key=len))
print(min([], default="empty"), max([], default=None), min([7], default=0), max((x for x in []), default=-1))
print(max([1, 3, 3], key=lambda v: v), max([(1, "a"), (1, "b")]), min("hello"), max({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
print(sum(data), sum(data, 100), sum([0.1] * 10), sum([[1], [2]], []), sum(range(1, 101)), sum([], 5), sum((1.5, 2)))
print(sum([1, 2], start=10))
print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(10 ** 30)))
print(round(2.675, 2), round(-0.5), round(1.5), round(10 ** 20 + 0.5), round(7, -1), round(1.23456, 3))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(3, 4), pow(3, 4, 5), pow(2, -2), pow(2.0, 0.5))
for bad in [lambda: min(), lambda: max([]), lambda: min(1, 2, key=5), lambda: sorted(5), lambda: sum("ab"),
            lambda: sum([1], "x"), lambda: max(1, 2, default=0), lambda: sorted([1, 2], 5), lambda: abs(None),
            lambda: divmod(1, 0.0), lambda: round(1.5, "1")]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
stable = sorted([("b", 1), ("a", 1), ("c", 0), ("d", 1)], key=lambda t: t[1])
print(stable)
words = "banana Apple cherry apple Banana".split()
print(sorted(words), sorted(words, key=str.lower), sorted(set(w.lower() for w in words)))
print(sorted({3: "c", 1: "a"}), sorted("hello"), sorted((3, 1, 2)), sorted(range(5), key=lambda v: v % 2))
class Money:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return Money(o + self.v)
    def __add__(self, o):
        return Money(self.v + (o.v if isinstance(o, Money) else o))
    def __repr__(self):
        return f"M{self.v}"
print(sum([Money(1), Money(2), Money(3)]), sum([Money(5)], Money(10)))
