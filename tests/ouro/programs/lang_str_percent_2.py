# % formatting with custom objects, and an uncaught failure
class P:
    def __str__(self):
        return "P-str"

    def __repr__(self):
        return "P-repr"

    def __int__(self):
        return 7

    def __index__(self):
        return 9

    def __float__(self):
        return 2.5

print("%s %r %a" % (P(), P(), P()))
print("%d %x %o %f %e" % (P(), P(), P(), P(), P()))
print("%s" % (P(),), "[%s]" % [P()])
rows = [("apples", 3, 0.5), ("pears", 12, 1.25), ("plums", 100, 0.1)]
for name, n, price in rows:
    print("%-8s %4d x %6.2f = %8.3f" % (name, n, price, n * price))
print("%s items" % len(rows))
print("%(a)s-%(b)s" % dict(a=1, b=2))
print("100%% done, %d%% left" % 0)
template = "%s has %d %s"
print(template % ("Ann", 2, "cats"))
print("this one is missing an argument:")
print(template % ("Bob", 3))
