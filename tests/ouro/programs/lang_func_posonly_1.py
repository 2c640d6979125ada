# positional-only parameters in builtins and user functions, error messages
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2, y=3))
def defaults(a=1, /, b=2, *, c=3):
    return a, b, c
print(defaults(), defaults(10), defaults(10, 20), defaults(b=5), defaults(c=0))
for call in [lambda: f(1, 2, 3, 4), lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, b=2, c=3, d=4), lambda: defaults(a=1),
             lambda: len(obj=[1]), lambda: divmod(x=1, y=2), lambda: "abc".split(sep="b"), lambda: "abc".find(sub="b"),
             lambda: sorted(iterable=[1]), lambda: int(x="5"), lambda: dict.get({}, key="a"), lambda: isinstance(obj=1, class_or_tuple=int)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(int("12", base=8), sorted([3, 1], reverse=True), "a-b".split(sep="-", maxsplit=1), max([1, 2], key=None))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
import inspect
for fn in (f, g, defaults):
    sig = inspect.signature(fn)
    print(sig, [p.kind.name for p in sig.parameters.values()])
print(inspect.signature(divmod), inspect.signature(sorted))
def collide(name, /, **kw):
    return name, kw
print(collide("pos", name="kw"))
lam = lambda a, /, b: (a, b)
print(lam(1, b=2), lam(1, 2))
try:
    lam(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
