# uncaught: ValueError from an invalid format spec
def show(value, spec):
    return f"[{value:{spec}}]"


print(show(3.14159, ".2f"))
print(show(42, "^10"))
print(show("txt", ">6"))
print(show(255, "#x"))
print(show(1234567, ","))
print(show(0.125, ".1%"))
specs = ["<4", "08.3f", "+e"]
for s in specs:
    print(s, show(2.5, s))
print("now a bad one")
print(show("text", "d"))
print("not reached")
a = 1
b = 2
print(a, b)
