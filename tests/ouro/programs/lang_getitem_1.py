# __getitem__/__setitem__/__delitem__/__missing__/__len__/__reversed__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"Grid indices must be (x, y), not {type(key).__name__}")
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, v):
        self._check(key)
        self.cells[key] = v
    def __delitem__(self, key):
        self._check(key)
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def rows(self):
        return ["".join(self[x, y] for x in range(self.w)) for y in range(self.h)]

g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "*"
print(g.rows(), len(g))
del g[1, 1]
print(g.rows(), len(g), bool(g))
for action in [lambda: g[5, 5], lambda: g[1], lambda: g.__delitem__((2, 2)), lambda: g.__setitem__("xy", 1)]:
    try:
        action()
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __reversed__(self):
        print("custom reversed")
        return iter(self.data[::-1])
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcde")
print(s[1], s[-1], s[1:4], s[::2], list(reversed(s)), list(s), "c" in s, len(s))
class NoReversed:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 100
print(list(reversed(NoReversed())), sorted(NoReversed(), reverse=True))
class RO:
    def __getitem__(self, k):
        return k
for action in [lambda: RO().__setitem__(1, 2), lambda: RO.__delitem__]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    r = RO()
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r[0]
except TypeError as e:
    print(type(e).__name__, e)
