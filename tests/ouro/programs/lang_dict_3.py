# dict with custom keys (__hash__/__eq__), subclass __missing__
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name.lower())
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"Key({self.name!r})"

d = {Key("Abc"): 1}
d[Key("ABC")] = 2
d[Key("x")] = 3
print(d, d[Key("abc")], Key("X") in d)

class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in "hello world":
    c[ch] += 1
print(sorted(c.items()), c["zz"], "zz" in c, c.get("zz"))

class Default(dict):
    def __missing__(self, key):
        self[key] = v = [key]
        return v

dd = Default()
dd["a"].append(1)
print(dd)
eq_calls = []
class Noisy:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        eq_calls.append((self.v, other.v))
        return self.v == other.v
n = {Noisy(1): "one", Noisy(2): "two"}
print(n[Noisy(2)], len(eq_calls) > 0)
print({1: "int", 1.0: "float", True: "bool"}, {0: "a", False: "b", 0.0: "c"})
nan = float("nan")
nd = {nan: 1}
print(nd[nan], float("nan") in nd)
from collections import OrderedDict, defaultdict
od = OrderedDict([("b", 1), ("a", 2)])
od.move_to_end("b")
print(od, list(od.keys()))
ddl = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    ddl[w[0]].append(w)
print(dict(ddl))
