# subclasses of collections.deque: construction, methods, copy, repr,
# pickling and attributes
import copy
import pickle
from collections import deque


class D(deque):
    pass


d = D([1, 2, 3])
print(type(d).__name__, d, len(d), isinstance(d, deque))
d.append(4)
d.appendleft(0)
d.rotate(2)
print(d, d.pop(), d.popleft(), list(d))
d.extra = "attr"
print(d.extra, d.__dict__)

# copy, +, * keep the subclass (type(d)(d) / type(d)(d, maxlen))
c = d.copy()
print(type(c).__name__, c, type(copy.copy(d)).__name__, type(d + d).__name__, d * 2)

b = D("abc", maxlen=2)
print(b, b.maxlen, type(b.copy()).__name__, b.copy().maxlen)

# pickling keeps the class, the items and the __dict__
p = pickle.loads(pickle.dumps(d))
print(type(p).__name__, p, p.__dict__)


class Bounded(deque):
    def __init__(self, iterable=(), *, size=3):
        super().__init__(iterable, maxlen=size)
        self.size = size

    def __repr__(self):
        return "Bounded(%r, size=%d)" % (list(self), self.size)

    def append(self, x):
        super().append(x * 10)


q = Bounded(range(5))
print(q, q.maxlen)
q.append(7)
print(q)

# overriding __iter__ and __len__ is honoured by builtins
class Rev(deque):
    def __iter__(self):
        return reversed(list(deque.__iter__(self)))

    def __len__(self):
        return 42


r = Rev([1, 2, 3])
print(list(r), len(r), sorted(r))

# a plain deque has no __dict__
try:
    deque().x = 1
except AttributeError as e:
    print("AttributeError:", e)

for bad in (int, 1):
    try:
        deque.__new__(bad)
    except TypeError as e:
        print("TypeError:", e)
print("__reduce_ex__" in deque.__dict__, "__reduce__" in deque.__dict__)
