# uncaught: str.join over non-string items
parts = ["usr", "local", "bin"]
print("/".join(parts), "/" + "/".join(parts))
print(" ".join(p.upper() for p in parts))
print(", ".join(map(str, [1, 2, 3])))
print("".join(reversed("stressed")))
print("-".join("abc"), "".join([]), "x".join(["only"]))
nums = [3, 1, 2]
print(",".join(str(n) for n in sorted(nums)))
print("\n".join(["line1", "line2"]))
mixed = ["a", 2, "c"]
try:
    "".join(mixed)
except TypeError as e:
    print("caught:", e)
print("joining numbers directly")
print("+".join(nums))
print("not reached")
x = 1
print(x)
