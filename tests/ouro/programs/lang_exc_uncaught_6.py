# uncaught: error inside a generator expression consumed by sum()
def parse(tokens):
    return sum(int(t) for t in tokens if t)


print(parse(["1", "2", "", "3"]))
print(parse([]))
print(parse("123"))
print(max(len(t) for t in ["a", "bb"]))
print(sorted(int(t) for t in "3 1 2".split()))
print(any(t.isdigit() for t in ["x", "1"]))
print(tuple(t * 2 for t in "ab"))
lines = ["4 5 6", "7 8", "9 x 10"]
for line in lines:
    print(line, "->", parse(line.split()))
print("not reached")
z = 0
print(z)
y = 1
print(y)
