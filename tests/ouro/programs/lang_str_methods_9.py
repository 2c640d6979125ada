# uncaught: concatenating str and int inside an f-string-free expression
def label(n):
    return "item-" + n


items = ["a", "b", "c"]
out = []
for i, it in enumerate(items):
    out.append(it + ":" + str(i))
print(out)
print(", ".join(out))
print(label("x"))
total = len(items)
print("count is " + str(total))
print(label(total))
print("not reached")
extra = [1, 2, 3]
print(sum(extra))
print(extra)
print(len(extra))
