# dict basics and methods, insertion order
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 200
print(d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.setdefault("c", 99), d.setdefault("n", []), d)
d["n"].append(1)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(dict(a=1, b=2), dict([("k", "v")]), dict({"q": 1}, r=2), dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
e = d.copy()
e["x"] = 100
print(d["x"], e["x"], d == e, d != e, {1: 2} == {1: 2.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(d | {"new": 1}, {"x": 0} | d)
d |= {"x": -1}
print(d)
print(dict(sorted({"z": 1, "a": 2, "m": 3}.items())), sorted({"z": 1, "a": 2}, key=lambda k: k))
d.clear()
print(d, bool(d))
for bad in [lambda: {}["missing"], lambda: {}.pop("x"), lambda: {}.popitem(), lambda: {[1]: 2},
            lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {1: 2} + {3: 4}, lambda: {}.update(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, repr({1: "x", (1, 2): [3], None: {}}))
rec = {}
rec["self"] = rec
print(rec)
