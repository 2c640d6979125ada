# subclassing list and tuple
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack" + super().__repr__()
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s.pop(), s, type(s[:2]).__name__, type(s + [9]).__name__, type(s * 2).__name__)
s += [7]
print(s, type(s).__name__, isinstance(s, list), s == [1, 2, 3, 7], sorted(s, reverse=True))
class Typed(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for it in items:
            self.append(it)
    def append(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(x).__name__}")
        super().append(x)
tl = Typed(int, [1, 2])
tl.append(3)
print(tl, tl.kind)
try:
    tl.append("4")
except TypeError as e:
    print(type(e).__name__, e)
tl.extend(["bypasses", "append"])
print(tl)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"
p = Pair(1, 2)
print(p, p.first, p + (3,), type(p + (3,)).__name__, hash(p) == hash((1, 2)), p == (1, 2), len(p))
class Sorted(list):
    def __init__(self, it=()):
        super().__init__(sorted(it))
    def add(self, x):
        import bisect
        bisect.insort(self, x)
so = Sorted([5, 1, 3])
so.add(2)
so.add(6)
print(so, so.index(3), 4 in so)
class Counting(list):
    gets = 0
    def __getitem__(self, i):
        Counting.gets += 1
        return super().__getitem__(i)
cl = Counting([1, 2, 3])
print(cl[0], cl[-1], list(cl), sum(cl), Counting.gets)
