# uncaught: zip strict length mismatch inside a comprehension
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
cities = ["oslo", "rome"]
for n, a in zip(names, ages, strict=True):
    print(n, a)
print(list(zip(names, cities)))
print(dict(zip(names, ages)))
rows = [f"{n}:{a}" for n, a in zip(names, ages, strict=True)]
print(rows)
print(list(enumerate(zip(names, ages), 1)))
print(max(zip(ages, names)))
print(min(zip(ages, names)))
print("strict mismatch next")
rows2 = [f"{n}@{c}" for n, c in zip(names, cities, strict=True)]
print(rows2)
print("not reached")
x = 1
y = 2
print(x, y)
