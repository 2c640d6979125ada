"""Built-in error messages printed by `except Exception as e`: conversions,
unpacking, lookups, arithmetic, calls with ** / * of the wrong kind, slot
wrappers called on the wrong type; ends with a module attribute typo
(the traceback's "Did you mean")."""
import math
import collections

class Box:
    def __init__(self, **kw):
        self.kw = kw
    def put(self, **kw):
        return kw

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(f"{label:<28} {type(e).__name__}: {e}")
    else:
        print(f"{label:<28} ok {r!r}")

d = {"a": 1}
attempt("int('x')", lambda: int("x"))
attempt("int('12.5')", lambda: int("12.5"))
attempt("float('1,5')", lambda: float("1,5"))
attempt("int(None)", lambda: int(None))
attempt("complex('j1')", lambda: complex("j1"))
attempt("unpack too many", lambda: [(a, b) for a, b in [(1, 2, 3)]])
attempt("unpack too few", lambda: [(a, b, c) for a, b, c in [(1, 2)]])
attempt("unpack int", lambda: [(a, b) for a, b in [5]])
attempt("unpack star", lambda: [(a, b) for a, *b, c, e in [(1, 2)]])
attempt("dict key", lambda: d["b"])
attempt("tuple key", lambda: {}[(1, "x")])
attempt("empty key", lambda: {}[""])
attempt("list index", lambda: [1, 2, 3][3])
attempt("str index", lambda: "abc"[-4])
attempt("tuple index", lambda: ()[0])
attempt("range index", lambda: range(3)[7])
attempt("int / 0", lambda: 1 / 0)
attempt("int // 0", lambda: 7 // 0)
attempt("int % 0", lambda: 7 % 0)
attempt("float / 0", lambda: 7.5 / 0)
attempt("float % 0", lambda: 7.5 % 0.0)
attempt("divmod 0", lambda: divmod(7, 0))
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("0 ** -1", lambda: 0 ** -1)
attempt("float pow overflow", lambda: 10.0 ** 400)
attempt("exp overflow", lambda: math.exp(800))
attempt("int->float overflow", lambda: float(2 ** 2000))
attempt("int(inf)", lambda: int(float("inf")))
attempt("int(nan)", lambda: int(float("nan")))
attempt("sqrt(-1)", lambda: math.sqrt(-1))
attempt("log(0)", lambda: math.log(0))
attempt("len(5)", lambda: len(5))
attempt("abs('x')", lambda: abs("x"))
attempt("sum strs", lambda: sum(["a", "b"]))
attempt("iter(5)", lambda: iter(5))
attempt("next(list)", lambda: next([1]))
attempt("'a' + 1", lambda: "a" + 1)
attempt("1 + 'a'", lambda: 1 + "a")
attempt("[] + ()", lambda: [] + ())
attempt("'a' * 2.0", lambda: "a" * 2.0)
attempt("'a' < 1", lambda: "a" < 1)
attempt("None < None", lambda: None < None)
attempt("-'a'", lambda: -"a")
attempt("hash([])", lambda: hash([]))
attempt("{[1]: 2}", lambda: {[1]: 2})
attempt("None()", lambda: None())
attempt("5[0]", lambda: 5[0])
attempt("None['x']", lambda: None["x"])
attempt("del ()[0]", lambda: ().__delitem__(0))
attempt("str.__len__(5)", lambda: str.__len__(5))
attempt("list.__len__('a')", lambda: list.__len__("a"))
attempt("dict.__len__([])", lambda: dict.__len__([]))
attempt("tuple.__add__([], ())", lambda: tuple.__add__([], ()))
attempt("str.__add__(1, 'a')", lambda: str.__add__(1, "a"))
attempt("set.__or__(1, set())", lambda: set.__or__(1, set()))
attempt("range.__len__(1)", lambda: range.__len__(1))
attempt("str.upper(5)", lambda: str.upper(5))
attempt("list.append((), 1)", lambda: list.append((), 1))
attempt("list.__getitem__(1, 0)", lambda: list.__getitem__(1, 0))
attempt("dict.__contains__(1, 0)", lambda: dict.__contains__(1, 0))
attempt("dict.get([], 0)", lambda: dict.get([], 0))
attempt("Box(**d, **d)", lambda: Box(**d, **d))
attempt("Box().put(**d, **d)", lambda: Box().put(**d, **d))
attempt("Box(**5)", lambda: Box(**5))
attempt("Box(*5)", lambda: Box(*5))
attempt("str.format dup kw", lambda: "{a}".format(**d, **d))
attempt("'x'.format(*1)", lambda: "x".format(*1))
attempt("math.sqrt(**d, **d)", lambda: math.sqrt(**d, **d))
attempt("math.floor(*None)", lambda: math.floor(*None))
attempt("print(**[])", lambda: print(**[]))
attempt("[].append(*3)", lambda: [].append(*3))
attempt("Counter(**d, **d)", lambda: collections.Counter(**d, **d))
attempt("lambda dup kw", lambda: (lambda **k: k)(**d, **d))
attempt("int(x=1)", lambda: int(x=1))
attempt("math.gcd(1.5)", lambda: math.gcd(1.5))
attempt("chr(-1)", lambda: chr(-1))
attempt("ord('ab')", lambda: ord("ab"))
attempt("range(0, 5, 0)", lambda: range(0, 5, 0))
attempt("[].pop()", lambda: [].pop())
attempt("{}.popitem()", lambda: {}.popitem())
attempt("set().pop()", lambda: set().pop())
attempt("[1].remove(2)", lambda: [1].remove(2))
attempt("'abc'.index('z')", lambda: "abc".index("z"))
attempt("(1,).index(2)", lambda: (1,).index(2))
attempt("math.sqrtt", lambda: math.sqrtt)
attempt("collections.Countr", lambda: collections.Countr)
attempt("getattr(math, 'tauu')", lambda: getattr(math, "tauu"))
try:
    math.sqrtt
except AttributeError as e:
    print(e.name, e.obj is math)
print("total:", math.factoral(5))
