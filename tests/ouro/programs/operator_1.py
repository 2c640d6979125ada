"""_operator: the function forms of the operators (also through user
classes' special methods), in-place forms, itemgetter / attrgetter /
methodcaller with their reprs, and the errors; operator re-exports them."""
import _operator
import operator


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


print(operator.add is _operator.add, operator.__add__ is _operator.add, operator.itemgetter is _operator.itemgetter)
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
             "and_", "or_", "xor"]:
    f = getattr(operator, name)
    print(name, f(12, 5), f(7, 3), f(True, 1), f.__name__)
print(operator.add("ab", "cd"), operator.mul([0], 3), operator.mod("%s-%d", ("x", 4)))
print(operator.truediv(1, 3), operator.floordiv(-7, 2), operator.pow(2, -1), operator.pow(2.0, 0.5))
print(operator.neg(5), operator.pos(-5), operator.abs(-2.5), operator.invert(5), operator.inv(-1))
print(operator.not_(0), operator.not_([1]), operator.truth(""), operator.truth(3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne("a", "a"),
      operator.gt([2], [1, 5]), operator.ge((1,), (1,)))
print(operator.is_(None, None), operator.is_([], []), operator.is_not(1, None))
print(operator.index(7), operator.index(True), operator.concat([1], [2]), operator.concat("a", "b"))
print(operator.contains("abc", "b"), operator.contains({1: 2}, 2), operator.countOf([1, 2, 1, 1], 1))
print(operator.indexOf([5, 6, 7], 7), operator.getitem({"k": "v"}, "k"), operator.getitem("abc", slice(1, None)))
lst = [1, 2, 3, 4]
operator.setitem(lst, 0, "zero")
operator.delitem(lst, slice(1, 3))
print(lst, operator.length_hint([1, 2]), operator.length_hint(iter(range(5))))
print(operator.length_hint(object()), operator.length_hint(object(), 42), operator.call(max, 3, 9))


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Num(%r)" % self.v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __iadd__(self, o):
        self.v += 100
        return self

    def __matmul__(self, o):
        return "matmul"

    def __neg__(self):
        return Num(-self.v)

    def __lt__(self, o):
        return "lt called"

    def __len__(self):
        return 4

    def __length_hint__(self):
        return 99


class Hint:
    def __length_hint__(self):
        return 5


class BadHint:
    def __length_hint__(self):
        return "x"


class NotImplHint:
    def __length_hint__(self):
        return NotImplemented


n = Num(1)
print(operator.add(n, 2), operator.add(3, n), operator.iadd(n, 1), n, operator.matmul(n, n))
print(operator.neg(n), operator.lt(n, 5), operator.length_hint(n), operator.length_hint(Hint()))
print(operator.length_hint(NotImplHint(), 3))
attempt("length_hint bad", operator.length_hint, BadHint())
attempt("length_hint bad default", operator.length_hint, [], "x")

# in-place forms
a = [1]
b = operator.iadd(a, [2])
print(a, b is a, operator.iadd(1, 2), operator.isub(5, 1), operator.imul("ab", 2))
print(operator.itruediv(1, 2), operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 3))
print(operator.ilshift(1, 4), operator.irshift(64, 2), operator.iand(6, 3), operator.ior(6, 3),
      operator.ixor(6, 3), operator.iconcat([1], (2,)))
s = {1}
operator.ior(s, {2})
print(s)

# getters
g1 = operator.itemgetter(1)
g2 = operator.itemgetter(0, -1, slice(1, 3))
print(g1("xyz"), g1([10, 20]), g2("abcdef"), repr(g1), repr(g2), repr(operator.itemgetter("k")))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=operator.itemgetter(1)))
print(list(map(operator.itemgetter("name"), [{"name": "x"}, {"name": "y"}])))


class Obj:
    pass


o = Obj()
o.a = 1
o.b = Obj()
o.b.c = "deep"
ag = operator.attrgetter("a")
ag2 = operator.attrgetter("b.c", "a")
print(ag(o), ag2(o), repr(ag), repr(ag2))
mc = operator.methodcaller("replace", "a", "o")
mc2 = operator.methodcaller("split", sep=",", maxsplit=1)
mc3 = operator.methodcaller("upper")
print(mc("banana"), mc2("a,b,c"), mc3("x"), repr(mc), repr(mc2), repr(mc3))
print(type(g1).__name__, type(ag).__name__, type(mc).__name__, type(g1).__module__)
print(g1.__reduce__()[1], ag2.__reduce__()[1])

attempt("add 1 arg", operator.add, 1)
attempt("add kw", operator.add, a=1, b=2)
attempt("add types", operator.add, 1, "a")
attempt("neg str", operator.neg, "a")
attempt("abs str", operator.abs, "a")
attempt("index float", operator.index, 1.5)
attempt("contains int", operator.contains, 1, 2)
attempt("concat int", operator.concat, 1, 2)
attempt("indexOf missing", operator.indexOf, [1], 2)
attempt("getitem missing", operator.getitem, {}, "k")
attempt("itemgetter no args", operator.itemgetter)
attempt("itemgetter call 2 args", g1, "a", "b")
attempt("itemgetter out of range", g1, "a")
attempt("attrgetter no args", operator.attrgetter)
attempt("attrgetter int", operator.attrgetter, 1)
attempt("attrgetter missing", operator.attrgetter("zz"), o)
attempt("methodcaller no args", operator.methodcaller)
attempt("methodcaller int", operator.methodcaller, 1)
attempt("methodcaller missing", operator.methodcaller("nope"), 1)
attempt("truediv zero", operator.truediv, 1, 0)
attempt("setitem 2 args", operator.setitem, [], 1)
