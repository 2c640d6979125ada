"""_collections.deque: every method, maxlen trimming, indexing, repr,
comparisons, arithmetic, iteration and "deque mutated during iteration",
and the errors with CPython's messages."""
from _collections import deque
import copy


class Evil:
    def __init__(self, q):
        self.q = q

    def __eq__(self, other):
        self.q.append(1)
        return False


def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


d = deque()
print(d, len(d), bool(d), d.maxlen, deque("abc"), deque(range(5)), deque(iterable=[1], maxlen=4))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d), d[0], d[1], d[-1], d[-4], 2 in d, 5 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8, 9])
d.extendleft("ab")
print(d)
d.extend(d)
print(d, d.count(7), d.count("z"), d.index(8), d.index(8, 5), d.index(7, -3, -1))
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(100)
print(d)
d.rotate(-101)
print(d)
d.rotate(0)
d.reverse()
print(d, list(reversed(d)))
d.insert(0, "first")
d.insert(100, "last")
d.insert(-1, "before last")
d.insert(-100, "very first")
d.insert(3, "middle")
print(d)
d.remove("middle")
d.remove(7)
del d[0]
del d[-1]
del d[2]
d[0] = "zero"
d[-1] = "end"
print(d, len(d))
e = d.copy()
e.append("only in e")
print(d == e, d != e, e, copy.copy(d) == d, copy.deepcopy(e) == e)
d.clear()
print(d, len(d), d.copy())

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([20, 21])
print(m)
m.extendleft([30, 31])
print(m)
m.insert(1, "x") if len(m) < 3 else print("full")
attempt("insert into full", m.insert, 0, "y")
z = deque([1, 2], maxlen=0)
z.append(3)
z.extend(range(5))
print(z, z.maxlen, deque(maxlen=None).maxlen, deque([1, 2, 3], 2), deque("ab", maxlen=5))
print(repr(deque([1], maxlen=1)), repr(deque([], maxlen=0)))

# arithmetic
a = deque([1, 2, 3])
b = deque([4, 5])
print(a + b, a * 2, 2 * a, a * 0, a * -1, a, b * 1)
a += b
a += [6]
a += "xy"
print(a)
a *= 2
print(a, len(a))
c = deque([0], maxlen=4)
c *= 10
print(c)
c2 = deque([1, 2, 3], maxlen=5)
print(c2 * 3, c2 + deque([9]), deque([7], maxlen=2) * 5)
attempt("deque + list", lambda: deque() + [1])
attempt("deque * str", lambda: deque() * "a")
attempt("deque * float", lambda: deque([1]) * 2.0)

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 9]))
print(deque([1, 2]) <= deque([1, 2]), deque([1, 2]) >= deque([1, 3]), deque() < deque([0]))
print(deque([1, 2], maxlen=5) == deque([1, 2]), deque([float("nan")]) == deque([float("nan")]))
try:
    deque() < []
except TypeError:
    print("deque < list: TypeError")
print(deque.__hash__)

# indexing errors
attempt("index out of range", lambda: deque([1])[1])
attempt("negative out of range", lambda: deque([1])[-2])
attempt("empty index", lambda: deque()[0])
attempt("slice", lambda: deque([1, 2])[0:1])
attempt("str index", lambda: deque([1, 2])["a"])
attempt("huge index", lambda: deque([1, 2])[2 ** 70])
attempt("setitem out of range", deque([1]).__setitem__, 5, 0)
attempt("delitem out of range", deque([1]).__delitem__, -3)
attempt("pop empty", deque().pop)
attempt("popleft empty", deque().popleft)
attempt("remove missing", deque([1, 2]).remove, 3)
q = deque([1, 2, 3])
attempt("remove mutated", q.remove, Evil(q))
attempt("index missing", deque([1, 2]).index, 3)
attempt("index missing str", deque([1, 2]).index, "a")
attempt("index missing in range", deque([1, 2, 3]).index, 1, 1)
attempt("maxlen negative", deque, [], -1)
attempt("maxlen str", deque, [], "a")
attempt("not iterable", deque, 5)
attempt("too many args", deque, [], 1, 2)
attempt("bad keyword", lambda: deque(foo=1))
attempt("rotate str", deque([1]).rotate, "a")
attempt("rotate 2 args", deque([1]).rotate, 1, 2)
attempt("insert 1 arg", deque([1]).insert, 1)
attempt("index no args", deque([1]).index)

# iteration and mutation
d = deque(range(5))
it = iter(d)
print(next(it), next(it), it.__length_hint__(), list(it), it.__length_hint__())
for label, mutate in [("append", lambda q: q.append(9)), ("pop", lambda q: q.pop()),
                      ("appendleft", lambda q: q.appendleft(0)), ("clear", lambda q: q.clear()),
                      ("rotate", lambda q: q.rotate(1)), ("remove", lambda q: q.remove(3)),
                      ("insert", lambda q: q.insert(1, 7)), ("del", lambda q: q.__delitem__(1)),
                      ("extend", lambda q: q.extend([1])), ("iadd", lambda q: q.__iadd__([1]))]:
    q = deque(range(5))
    try:
        for x in q:
            if x == 1:
                mutate(q)
        print(label, "no error", q)
    except RuntimeError as e:
        print(label, "RuntimeError", e, q)
q = deque(range(5))
for x in q:
    if x == 1:
        q[3] = "set"
        q.reverse()
print("setitem+reverse allowed", q)
q = deque(range(5))
r = reversed(q)
print(next(r), next(r), r.__length_hint__(), list(r))
q.append(5)
attempt("reversed after append", next, reversed(q).__class__ and iter(reversed(q)))
rq = reversed(q)
q.pop()
attempt("reversed mutated", next, rq)


q = deque([1, 2, 3])
attempt("count mutated", q.count, Evil(q))
q = deque([1, 2, 3])
attempt("contains mutated", q.__contains__, Evil(q))
q = deque([1, 2, 3])
attempt("index mutated", q.index, Evil(q))

# recursion and nesting
r = deque()
r.append(r)
r.append([r])
print(r, deque([deque([1]), deque([2], maxlen=1)]))
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(deque.__name__, deque.__module__, deque, deque[int])
print(deque([1, 2]).__reduce__()[0] is deque, deque([1], maxlen=3).__reduce__()[1])
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], big[500], sum(big))
for i in range(400):
    big.appendleft(-i)
    big.pop()
print(len(big), big[0], big[-1], list(big)[:5])
