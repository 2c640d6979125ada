# __iter__/__next__, iterator exhaustion, iter() on __getitem__ sequences
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c), next(Countdown(1)), next(iter(Countdown(0)), "empty"))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares(), list(zip(Squares(), "abc")))
class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        yield from self.data
r = Reusable([1, 2, 3])
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True), [x * 2 for x in r])
a, b, c = Reusable("xyz")
print(a, b, c)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "end"), iter(it) is it)
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
class NotIter:
    pass
for bad in [lambda: iter(NotIter()), lambda: next([1]), lambda: iter(5), lambda: list(NotIter())]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
print(list(StopWithValue()))
print(type(iter("ab")).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__)
print(type(iter(range(3))).__name__, type(iter(set())).__name__, type(iter(b"")).__name__, type(reversed([])).__name__)
ix = iter([1, 2, 3])
print(ix.__length_hint__(), next(ix), ix.__length_hint__())
import operator
print(operator.length_hint(iter(range(10))), operator.length_hint(Countdown(4), 99))
