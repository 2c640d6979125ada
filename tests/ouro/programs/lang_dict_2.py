# dict views
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d["d"] = 4
print(list(k), list(v), list(it))
print("a" in k, 4 in v, ("a", 1) in it, ("a", 2) in it, ["a", 1] in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted(it & {("a", 1), ("b", 0)}), k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"})
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k.mapping == d if hasattr(k, "mapping") else "no mapping")
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {i: i * i for i in range(5)}
try:
    for key in d2:
        del d2[key]
except RuntimeError as e:
    print(type(e).__name__, e)
for key in list(d2):
    if key % 2:
        del d2[key]
print(d2)
print(type(k).__name__, type(v).__name__, type(it).__name__)
try:
    v == v
    print("values eq", v == v, d.values() == d.values())
    hash(k)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(d.items(), key=lambda kv: -kv[1]), max(d, key=d.get), min(d.values()))
inv = {v: k for k, v in d.items()}
print(inv)
print(dict(zip("xyz", range(3))), dict(enumerate("ab")))
