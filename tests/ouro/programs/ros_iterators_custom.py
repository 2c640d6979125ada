"""Custom iterables and iterators: __iter__/__next__, __getitem__ sequences, __reversed__, __len__ hints, exhaustion, iter(callable, sentinel)."""
import itertools

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __len__(self):
        return self.start

class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i

class Cycle:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i % len(self.items)]
    def __len__(self):
        return len(self.items)

print(list(Countdown(5)), list(reversed(Countdown(3))), len(Countdown(4)), sorted(Countdown(4)), 3 in Countdown(5))
f = Fib(100)
print(list(f), list(f), next(f, "exhausted"))
print(list(Squares()), 16 in Squares(), 17 in Squares(), list(enumerate(Squares(), 1))[:2], max(Squares()))
c = Cycle("abc")
print([c[i] for i in range(7)], list(itertools.islice(iter(c.__getitem__, None) if False else c, 5)), list(reversed(c)))
data = iter([3, 1, 4, 1, 5, 9, 2, 6])
print(list(iter(lambda: next(data), 9)), list(data))
lines = iter(["a", "b", "", "c"])
print(list(iter(lines.__next__, "")), list(lines))
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skip", next(it))
    else:
        print("got", x)
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
m = map(str.upper, "abc")
print(next(m), list(m))
r = reversed([1, 2, 3])
print(r.__length_hint__(), list(r), r.__length_hint__())
e = enumerate("xy", start=10)
print(next(e), list(e))
class Infinite:
    def __iter__(self):
        return itertools.count()
print(list(itertools.takewhile(lambda v: v < 4, Infinite())))
a, b, *rest = Countdown(6)
print(a, b, rest)
print(dict(zip(Countdown(3), "xyz")), set(Squares()) == {0, 1, 4, 9, 16, 25}, sum(Countdown(100)), tuple(Fib(20)))
class BadIter:
    def __iter__(self):
        return 5
class NoNext:
    def __iter__(self):
        return self
class Broken:
    def __getitem__(self, i):
        raise KeyError(i)
for obj in (BadIter(), NoNext(), 42, None, Broken()):
    try:
        print(list(obj))
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
try:
    next(Countdown(2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(Fib(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Fib(3))
except TypeError as e:
    print(type(e).__name__, e)
g = (x for x in range(3))
print(iter(g) is g, next(g), list(g), next(g, None))
for x in Fib(10):
    pass
print(x)
class Halting:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise ValueError("iterator failed at item %d" % self.n)
        return self.n
for v in Halting():
    print("item", v)
