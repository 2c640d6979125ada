"""id() agrees with `is` for numbers read back from lists (which store
exact ints and floats unboxed), and stays unique among live objects."""
big = 10 ** 12
f = 0.1 + 0.2
ints = [big, 7, -3, 2 ** 62, -(2 ** 70)]
floats = [f, -0.0, 0.0, 1e300]
print(id(ints[0]) == id(big), id(ints[0]) == id(ints[0]), ints[0] is big)
print(id(floats[0]) == id(f), id(floats[1]) == id(floats[1]), floats[0] is f)
print(id(floats[1]) == id(floats[2]), floats[1] is floats[2])
print(id(ints[3]) == id(ints[3]) or ints[3] is not ints[3])
nan = float("nan")
other = float("nan")
print(id(nan) == id(nan), id(nan) == id(other), nan is other)
objs = [object(), object(), [], {}, "s", b"b", 1.5, 2, -2, 0, True, False, None, 2 ** 80]
live = objs + ints + floats
ids = [id(o) for o in live]
pairs = [(a, b) for a in range(len(live)) for b in range(len(live))
         if a < b and ids[a] == ids[b] and live[a] is not live[b]]
print(pairs)
print(all(isinstance(i, int) and i >= 0 for i in ids))
print(id(True) == id(1), id(False) == id(0), id(1) == id(1.0))
