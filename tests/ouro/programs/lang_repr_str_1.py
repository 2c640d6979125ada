# __repr__/__str__/__format__ fallbacks and containers
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
    def __repr__(self):
        return "OnlyStr!"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
for o in (OnlyRepr(), OnlyStr(), Both()):
    print(str(o), repr(o), f"{o}", f"{o!r}", "%s %r" % (o, o), [o], (o,), {"k": o}, format(o))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self):
        return StrSub("sub")
print(str(ReturnsSub()), type(str(ReturnsSub())).__name__)
class Rec:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Rec({self.children!r})"
r = Rec()
r.children.append(Rec())
print(r)
class Unicode:
    def __repr__(self):
        return "Ünï€😀"
print(repr(Unicode()), ascii(Unicode()), ascii([Unicode()]), str([Unicode()]))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), str(1.0), repr(1.0), str(-0.0), repr([1.5, "x", None, True]))
print(repr(int), repr(type), repr(len), repr(object), str(ValueError), repr(Ellipsis))
print(repr(ValueError("x")), str(ValueError("x")), repr(ValueError("x", 1)), str(ValueError("x", 1)), repr(ValueError()), str(KeyError("k")))
print(str(OSError(2, "No such file")), repr(OSError(2, "nf")), str(OSError(2, "nf", "f.txt")))
class WithFormat:
    def __format__(self, spec):
        return "spec=" + spec
print(f"{WithFormat():>10}", format(WithFormat(), "x"), "{:abc}".format(WithFormat()))
class Deep(list):
    def __repr__(self):
        return "Deep" + super().__repr__()
print(Deep([1, Deep([2])]), str(Deep()))
class Ex(Exception):
    def __str__(self):
        return "custom str of Ex"
print(Ex("a"), repr(Ex("a")), [Ex("b")])
