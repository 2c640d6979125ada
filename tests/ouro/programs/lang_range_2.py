# uncaught: range index out of range
r = range(10, 100, 15)
print(list(r), len(r))
print(r[0], r[-1], r[2], r[-3])
print(r[1:4], list(r[1:4]), r[::-1][0])
print(40 in r, 41 in r, r.index(55))
seats = range(1, 13)
rows = [seats[i:i + 4] for i in range(0, len(seats), 4)]
print(rows, [list(x) for x in rows])
print(sum(r), max(r), min(r))
print(r.count(70), r.count(71))
print(r == range(10, 101, 15), r == range(10, 95, 15))
print(reversed(r).__next__(), list(reversed(r))[:2])
for i, v in enumerate(r[:3]):
    print(i, v)
print("asking for index", len(r))
print(r[len(r)])
print("not reached")
x = 0
print(x)
