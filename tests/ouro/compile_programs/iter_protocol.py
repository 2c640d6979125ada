# iteration protocol: __iter__/__next__, __getitem__ sequences, iterators in for and unpacking
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


print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
a, b, c = Countdown(3)
print(a, b, c)


class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(OldSeq()), 20 in OldSeq(), [*OldSeq()])
for v in OldSeq():
    print("old", v)


class Reiterable:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        for d in self.data:
            yield d


r = Reiterable("ab")
print(list(r), list(r), dict.fromkeys(r))
it = iter([1, 2, 3])
print(next(it), [x for x in it], list(it))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 5


try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
import itertools
print(list(itertools.takewhile(lambda v: v < 3, itertools.count())), list(itertools.chain.from_iterable(["ab", "c"])))
print(list(zip(Countdown(3), OldSeq())), list(map(lambda p: p[0] + p[1], zip("ab", "cd"))))
e = enumerate(Countdown(2))
print(next(e), next(e), next(e, None))
gen = (i for i in range(3))
print(iter(gen) is gen, list(gen))


class Both:
    def __iter__(self):
        return iter([1])

    def __getitem__(self, i):
        return "getitem"


print(list(Both()))
keys = {"x": 1, "y": 2}
for k in keys:
    print(k, keys[k])
print(list(reversed(range(3))), list(reversed([1, 2])), "".join(reversed("abc")))
