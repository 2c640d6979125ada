# subclassing str and bytes
class Name(str):
    def __new__(cls, v):
        return super().__new__(cls, v.strip().title())
    def initials(self):
        return "".join(w[0] for w in self.split())
    def __add__(self, o):
        return Name(str(self) + " " + str(o))
n = Name("  ada lovelace ")
print(n, repr(n), n.initials(), len(n), n.upper(), type(n.upper()).__name__, type(n).__name__)
print(n + "king", type(n + "x").__name__, "x" + n, type("x" + n).__name__, n == "Ada Lovelace", hash(n) == hash("Ada Lovelace"))
print(n[0], type(n[0]).__name__, n[:3], type(n[:3]).__name__, f"{n:>15}|", n * 2, type(n * 2).__name__)
d = {n: 1}
print(d["Ada Lovelace"], "Ada" in n, n.startswith("Ada"), sorted([Name("b"), Name("a")]), str(n) is not n)
class Tag(str):
    def __str__(self):
        return f"<{super().__str__()}>"
    def __repr__(self):
        return f"Tag({super().__repr__()})"
t = Tag("b")
print(t, repr(t), [t], "%s" % t, f"{t}", format(t), str(t), "".join([t, t]), t + "!", t.upper())
class Path(str):
    sep = "/"
    def __truediv__(self, other):
        return Path(self + self.sep + other) if self else Path(other)
print(Path("usr") / "local" / "bin", type(Path("a") / "b").__name__)
class B(bytes):
    def hexup(self):
        return self.hex().upper()
b = B(b"\x01\xab")
print(b, b.hexup(), type(b[0:1]).__name__, b + b"x", type(b + b"x").__name__, len(b))
class Up(str):
    def __eq__(self, o):
        return str.__eq__(self.upper(), str(o).upper())
    __hash__ = str.__hash__
print(Up("abc") == "ABC", "ABC" == Up("abc"), Up("x") != "X")
class WithAttr(str):
    pass
w = WithAttr("val")
w.meta = {"source": "test"}
print(w, w.meta, vars(w))
try:
    Name(5)
except AttributeError as e:
    print(type(e).__name__, e)
