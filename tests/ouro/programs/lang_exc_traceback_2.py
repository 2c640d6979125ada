# uncaught: deep recursion through several functions, traceback with carets on subscripts
def get(data, path):
    head, *rest = path
    value = data[head]
    if rest:
        return get(value, rest)
    return value


tree = {"a": {"b": [10, 20, {"c": "found"}]}}
print(get(tree, ["a", "b", 2, "c"]))
print(get(tree, ["a", "b", 0]))
print(get(tree, ["a"]))
try:
    get(tree, ["x"])
except KeyError as e:
    print("caught", repr(e))
print(len(get(tree, ["a", "b"])))
print(get(tree, ["a", "b", 5]))
print("not reached")
