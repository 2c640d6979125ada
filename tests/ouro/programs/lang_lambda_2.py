# uncaught: TypeError raised inside a sort key lambda
people = [("ann", 31), ("bob", 25), ("cy", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: -p[1]))
print(max(people, key=lambda p: len(p[0])))
print(list(map(lambda p: p[0].title(), people)))
print(list(filter(lambda p: p[1] > 30, people)))
by_initial = {}
for name, age in people:
    by_initial.setdefault(name[0], []).append(age)
print(by_initial)
print((lambda *ps: len(ps))(*people))
people.append(("dee", None))
print(len(people))
print(sorted(people, key=lambda p: p[0]))
print("sorting by age")
print(sorted(people, key=lambda p: p[1]))
print("not reached")
a = 1
print(a)
