# dict: ordering after updates, equality, comprehension, fromkeys, nested defaults, copying
d = dict.fromkeys("abc", 0)
d["b"] = 5
del d["a"]
d["a"] = 9
print(d, list(d), list(d.values()))
print({k: v for k, v in zip("xyz", range(3)) if v != 1}, {i: i * i for i in range(5)})
print(dict(a=1) == dict([("a", 1)]), {"a": [1]} == {"a": [1]}, {1: "a"} == {1.0: "a"}, {} == dict())
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
counts = {}
for w in "one two three two three three".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=counts.get))
nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
import copy
orig = {"list": [1, 2], "n": 1}
sh = orig.copy()
dp = copy.deepcopy(orig)
orig["list"].append(3)
orig["n"] = 2
print(sh, dp)
print(len({}), len({None: None}), {None: 1}[None], {(): 1}[()], {frozenset(): "fs"}[frozenset()])
print(repr({"a": "b"}), str({1: {2: {3: {}}}}), repr({1.5: b"x", -1: None}))
it = iter({"x": 1, "y": 2}.items())
print(next(it), next(it), next(it, "end"))
keys_view = counts.keys()
counts["four"] = 4
print(list(keys_view)[-1], len(keys_view), "four" in keys_view)
popped = [counts.popitem() for _ in range(2)]
print(popped, counts)
