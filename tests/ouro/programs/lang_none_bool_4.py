# uncaught: ordering comparison between None and int
readings = [3, 7, None, 5]
valid = [r for r in readings if r is not None]
print(valid, max(valid), min(valid), sorted(valid))
print(None == 0, None != 0, None is None, valid is not None)
print(sorted(readings, key=lambda r: (r is None, r or 0)))
print([r if r is not None else -1 for r in readings])
print(bool(None), not None, None or "fallback", None and "never")
try:
    None < 1
except TypeError as e:
    print("caught:", e)
try:
    max([1, None])
except TypeError as e:
    print("caught:", e)
print(all(r is not None for r in valid))
print("sorting with None included")
print(sorted(readings))
print("not reached")
