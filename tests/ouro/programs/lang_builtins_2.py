# zip (strict), map, filter, enumerate, reversed, iter with sentinel
print(list(zip("abc", [1, 2, 3])), list(zip("ab", range(10))), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4)])))
print(list(zip("ab", "cd", strict=True)))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "a", "ab")]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
print(list(map(str.upper, "abc")), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6, 7])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")), list(filter(lambda x: x > 2, range(6))))
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], start=5)), dict(enumerate("xy", start=1)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
data = iter([3, 2, 1, 0, 5, 6])
print(list(iter(lambda: next(data), 0)), list(data))
lines = iter(["first", "second", "", "after blank"])
print(list(iter(lines.__next__, "")))
class Countdown:
    def __init__(self):
        self.n = 4
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(), 0)))
m = map(int, ["1", "2", "x", "4"])
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print(type(e).__name__, e)
print(list(m))
e = enumerate("abc")
print(next(e), type(e).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
for bad in [lambda: reversed(iter([1])), lambda: reversed({1}), lambda: iter(lambda: 1, 1, 1), lambda: iter(5, 5),
            lambda: enumerate(5), lambda: map(5, [1]).__next__(), lambda: zip(5), lambda: filter(None, 5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(list(zip(*zip("abc", "xyz"))), [a + b for a, b in zip("ab", "cd")], list(map(len, ["a", "bb"])))
