# repr of builtin containers holding user objects; recursion guards; default object repr pieces
class Leaf:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"<{self.v}>"
items = [Leaf(1), (Leaf(2), [Leaf(3)]), {"k": Leaf(4)}, {Leaf(5)}, frozenset([Leaf(6)])]
print(items)
print(str(items) == repr(items), str((Leaf(7),)), str({1: Leaf(8)}))
lst = [1]
lst.append(lst)
d = {"self": None}
d["self"] = d
t = ([],)
t[0].append(t)
print(lst, d, t)
class SelfRef:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"SelfRef({self.items!r})" if len(self.items) < 2 else "..."
try:
    print(repr(SelfRef()))
except RecursionError as e:
    print(type(e).__name__, str(e).split(" while")[0])
class Default:
    pass
r = repr(Default())
print(r.startswith("<__main__.Default object at 0x"), r.endswith(">"))
print(repr(Default).startswith("<class"), str(Default), repr(Default.__init__)[:28])
from collections import OrderedDict, deque, Counter, defaultdict
print(OrderedDict(a=1), deque([1, 2], maxlen=3), Counter("aab"), defaultdict(list, {"x": [1]}))
print(repr(range(3)), repr(slice(1, 2)), repr(iter([])).startswith("<list_iterator"), repr(1j), repr(-0j))
import fractions, decimal
print(repr(fractions.Fraction(1, 3)), repr(decimal.Decimal("1.10")), str(decimal.Decimal("1.10")))
print(repr(True), repr(None), repr(...), repr(NotImplemented), repr(type(None)), repr(object))
