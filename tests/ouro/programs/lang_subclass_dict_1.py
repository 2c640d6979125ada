# subclassing dict
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
a = AttrDict(x=1)
a.y = 2
print(a, a.x, a.y, type(a).__name__, isinstance(a, dict), a.get("x"), sorted(a.keys()))
try:
    a.zz
except AttributeError as e:
    print(type(e).__name__, e)
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ld = LowerDict()
ld["ABC"] = 1
print(ld, ld["aBc"], ld.get("ABC"), "ABC" in ld)
ld2 = LowerDict({"MiXeD": 1})
print(ld2)
ld2.update({"UPD": 2})
print(ld2, ld2.setdefault("NEW", 3), ld2)
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2, c=3)
print(list(o), list(o.keys()), [k for k in o], dict(o), sorted(o.items()))
class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m, "{a} {b}".format_map(m), len(m))
class Hist(dict):
    def __init__(self, it=()):
        super().__init__()
        for x in it:
            self[x] = self.get(x, 0) + 1
    def __repr__(self):
        return "Hist(" + ", ".join(f"{k}:{v}" for k, v in sorted(self.items())) + ")"
h = Hist("abracadabra")
print(h, h | {"z": 1}, type(h | {"z": 1}).__name__, type(h.copy()).__name__, Hist.fromkeys("ab", 0))
print(dict.__repr__(h), h == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1})
