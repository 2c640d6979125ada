"""Deeply nested containers: repr, str, comparison and json.dumps raise
RecursionError with CPython's messages (not a hang or a crash); shallow
ones still work; the depth counter is restored afterwards."""
import json
import sys


def nest(make, n):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x


for label, make in [("list", lambda x: [x]), ("tuple", lambda x: (x,)),
                    ("dict", lambda x: {1: x})]:
    deep = nest(make, 100000)
    for op in (repr, str):
        try:
            op(deep)
            print(label, op.__name__, "no error")
        except RecursionError as e:
            print(label, op.__name__, "RecursionError:", e)
    try:
        print(label, "==", deep == nest(make, 100000))
    except RecursionError as e:
        print(label, "== RecursionError:", e)
    try:
        json.dumps(deep)
    except RecursionError as e:
        print(label, "json RecursionError:", e)
    except TypeError as e:
        print(label, "json TypeError:", e)

shallow = nest(lambda x: [x, {"k": (x,)}], 6)
print(len(repr(shallow)), len(str(shallow)), shallow == nest(lambda x: [x, {"k": (x,)}], 6))
print(json.dumps(nest(lambda x: [x], 20)))


def depth(n):
    return n if n == 0 else depth(n - 1)


print(depth(sys.getrecursionlimit() - 50))
l = [1]
l.append(l)
print(l, l == l)
d = {}
d["self"] = d
print(d)
