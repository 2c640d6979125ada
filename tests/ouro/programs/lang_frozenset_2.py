# uncaught: frozenset has no add
tags = frozenset(["python", "rpy", "jit"])
print(sorted(tags), len(tags))
print(sorted(tags | {"gc"}), sorted(tags - {"jit"}))
print("python" in tags, "java" in tags)
lookup = {tags: "project"}
print(lookup[frozenset(["jit", "rpy", "python"])])
more = set(tags)
more.add("llvm")
print(sorted(more))
print(frozenset(more) == tags, frozenset(more) > tags)
print(hasattr(tags, "add"), hasattr(more, "add"))
print(sorted(tags.union(["a"], ["b"])))
print(tags.isdisjoint({"c"}), tags.issubset(more))
print("adding to a frozenset")
tags.add("new")
print("not reached")
a = 1
b = 2
print(a, b)
