# evaluation order of operands, targets, arguments, displays, defaults and decorators
log = []


def t(label, value=None):
    log.append(label)
    return label if value is None else value


def show(what):
    print(what, log)
    log.clear()


t("a", 1) + t("b", 2) * t("c", 3)
show("binop")
{t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display")
[t("x"), *t("star", [1]), t("y")]
show("list display")
t("f", lambda *a, **k: None)(t("p1"), *t("s", []), k=t("kw"), **t("d", {}))
show("call")
d = {}
d[t("key")] = t("value")
show("subscript store")
obj = type("O", (), {})()
t("target", obj).attr = t("rhs")
show("attribute store")
a = b = t("chained")
show("chained assignment")
lst = [0, 0]
lst[t("i1", 0)], lst[t("i2", 1)] = t("v", (5, 6))
show("tuple target")
x = t("cond-true", True) and t("second")
y = t("cond-false", 0) or t("alt")
show("boolean ops")
z = t("then") if t("test", True) else t("else")
show("conditional")
t("l", 1) < t("m", 2) < t("r", 3)
show("chained comparison")
f"{t('f1')}{t('f2')!r:>{t('w', 3)}}"
show("f-string")
lst[t("idx", 0)] += t("inc", 1)
show("augmented subscript")


def deco(name):
    t("deco " + name)
    return lambda f: (t("apply " + name), f)[1]


@deco("outer")
@deco("inner")
def decorated(p=t("default"), *, q=t("kwdefault")) -> t("return annotation"):
    pass


show("decorators and defaults")


@deco("class deco")
class K(t("base", object), metaclass=t("meta", type)):
    t("class body")


show("class")
print(t("p1"), t("p2"), sep=t("sep"))
show("print")
for i in t("iterable", range(2)):
    t("body %d" % i)
show("for")
with t("cm", open(__file__)) as fh:
    t("with body")
show("with")
[t("elem %d" % i) for i in t("comp iter", range(2)) if t("cond %d" % i, True)]
show("comprehension")
{t("dk %d" % i): t("dv %d" % i) for i in range(2)}
show("dict comprehension")
try:
    t("try")
    raise t("raise", ValueError("v")) from t("cause", KeyError("k"))
except t("except type", ValueError):
    t("handler")
finally:
    t("finally")
show("try")
assert t("assert test", True), t("assert msg")
show("assert")
del d[t("del key", "key")]
show("del")
t("slice obj", lst)[t("lo", 0):t("hi", 1):t("step", 1)]
show("slice")
print(-t("neg", 1), not t("not", 0))
show("unary")
lam = lambda: t("lambda body")
t("before call")
lam()
show("lambda")
match t("subject", [1, 2]):
    case [t.__class__, *_] if t("guard", False):
        pass
    case [one, two] if t("guard2", True):
        t("case body")
show("match")
