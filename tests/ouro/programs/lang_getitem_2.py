# class-level subscription vs instance, mapping protocol used by dict() and **
class Mapping:
    def __init__(self, **kw):
        self._d = dict(kw)
    def keys(self):
        return list(self._d)
    def __getitem__(self, k):
        return self._d[k]
m = Mapping(a=1, b=2)
print(dict(m), {**m}, (lambda **kw: kw)(**m))
d = {}
d.update(m)
print(d)
from collections.abc import Mapping as ABCMapping, MutableSequence
class Frozen(ABCMapping):
    def __init__(self, data):
        self._data = dict(data)
    def __getitem__(self, k):
        return self._data[k]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)
f = Frozen({"x": 1, "y": 2})
print(f["x"], f.get("z", 0), "y" in f, list(f.keys()), list(f.items()), list(f.values()), len(f), f == {"x": 1, "y": 2})
class MyList(MutableSequence):
    def __init__(self):
        self._l = []
    def __getitem__(self, i):
        return self._l[i]
    def __setitem__(self, i, v):
        self._l[i] = v
    def __delitem__(self, i):
        del self._l[i]
    def __len__(self):
        return len(self._l)
    def insert(self, i, v):
        self._l.insert(i, v)
ml = MyList()
ml.append(3)
ml.extend([1, 2])
ml.insert(0, 9)
ml.reverse()
print(list(ml), ml.index(1), ml.count(9), ml.pop(), list(ml))
ml += [7]
ml.remove(3)
print(list(ml), 7 in ml, isinstance(ml, MutableSequence))
class Chain:
    def __init__(self, path=()):
        self.path = path
    def __getitem__(self, k):
        return Chain(self.path + (k,))
    def __repr__(self):
        return "Chain" + "".join(f"[{p!r}]" for p in self.path)
print(Chain()["a"][1][1:2][...])
try:
    Frozen({})["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    class Incomplete(ABCMapping):
        def __getitem__(self, k):
            return k
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
