# uncaught: not all arguments converted during string formatting
def row(name, qty, price):
    return "%-10s %3d @ %6.2f" % (name, qty, price)


print(row("widget", 3, 1.5))
print(row("gadget", 12, 0.25))
print("%s=%r" % ("key", "value"))
print("%5.1f%%" % 12.345)
print("%(a)s/%(b)s" % {"a": 1, "b": 2, "unused": 3})
print("%c%c%c" % (80, 121, 33))
try:
    print("%d" % "x")
except TypeError as e:
    print("caught:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("caught:", e)
args = ("a", "b", "c")
print("%s-%s" % args)
print("not reached")
