# str.format with attribute/index chains, format_map with __missing__, nested fields, conversions
class User:
    def __init__(self):
        self.name = "ann"
        self.tags = ["admin", "dev"]
        self.meta = {"level": 3}
u = User()
print("{0.name} {0.tags[1]} {0.meta[level]} {0.tags}".format(u))
print("{u.name!r:>8}|{u.tags[0]:^9}|".format(u=u))
class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{a} and {b} and {c}".format_map(Default(a=1)))
print("{:{fill}{align}{width}.{prec}f}".format(3.14159, fill="~", align=">", width=10, prec=3))
print("{0:{1}}|{0:{2}}".format("x", ">4", "<4"))
print("{!r} {!s} {!a}".format(b"b", b"b", "é"), "{0!r:^10}".format(None))
print("{0[0]}{0[-1]}".format("ab") if False else "{0[0]}{0[1]}".format("ab"))
try:
    "{0[-1]}".format("ab")
except TypeError as e:
    print(type(e).__name__, e)
print("{:%Y}".format(__import__("datetime").date(1999, 1, 1)), "{:>5}".format(True), "{:5}".format(True), "{:d}".format(True))
print("{0}{1}{0}".format("<", ">"), "{}{{}}{}".format(1, 2), "{{{}}}".format("in"))
print("{:0=+7.2f}|{:>+7.2f}|{:<+7.2f}|{:^+7.2f}".format(-1.5, 2.25, -3.125, 4.0))
print("{:#_b} {:#_o} {:#,d} {:_x}".format(2 ** 12, 2 ** 12, 2 ** 20, 2 ** 32))
print("{:.3s}|{:>.3s}|{:^7.2s}|".format("abcdef", "xyz12", "hello"))
print("{:e} {:E} {:.0e} {:#.0e} {:g} {:G}".format(0.000123, 12345.678, 5.5, 5.5, 1e-5, 1e-20))
print("{:%} {:.1%} {:.0%}".format(0.123456, -0.5, 1.005))
print("{} {}".format(*"ab"), "{x}{y}".format(**{"x": 1, "y": 2}), "{0}".format(*range(3)))
