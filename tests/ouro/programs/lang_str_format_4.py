# uncaught: KeyError from str.format with a missing named field
report = "{title}: {count} items ({pct:.1%})"
print(report.format(title="fruit", count=3, pct=0.25))
print(report.format(**{"title": "veg", "count": 10, "pct": 1}))
data = {"title": "nuts", "count": 0}
data["pct"] = 0.0
print(report.format_map(data))
rows = [
    ("alpha", 1),
    ("beta", 22),
    ("gamma", 333),
]
for name, n in rows:
    print("{:<8}{:>6}".format(name, n))
width = max(len(r[0]) for r in rows)
for name, n in rows:
    print("{0:>{1}} = {2:#06x}".format(name, width, n))
incomplete = {"title": "misc", "count": 5}
print(report.format(**incomplete))
print("not reached")
