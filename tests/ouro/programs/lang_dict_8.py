# uncaught: calling a dict view method that does not exist / indexing a view
scores = {"ann": 91, "bob": 78, "cy": 85}
keys = scores.keys()
vals = scores.values()
items = scores.items()
print(list(keys), list(vals), list(items))
print(len(keys), "ann" in keys, 78 in vals, ("cy", 85) in items)
print(sorted(keys - {"bob"}), sorted(keys | {"dee"}), sorted(keys & {"ann", "zed"}))
print(max(vals), min(items, key=lambda kv: kv[1]))
scores["dee"] = 99
print(list(keys)[-1], len(vals))
print(list(reversed(keys)), list(reversed(items))[0])
first = list(keys)[0]
print(type(keys).__name__, type(items).__name__)
print(keys == {"ann", "bob", "cy", "dee"}, items == dict(scores).items())
print("first key", first)
print("indexing the keys view")
print(keys[0])
print("not reached")
