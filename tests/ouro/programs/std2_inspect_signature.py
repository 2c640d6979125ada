"""inspect: signatures (bind, replace, parameters of every kind, builtins
with text signatures), getsource of functions/classes, getmembers,
getattr_static, stack/frame info, and unwrap."""
import functools
import inspect


def api(a, b: int = 2, /, c: "str" = "x", *args: float, d, e=None, **kw) -> bool:
    """An API function."""
    return True


class Widget:
    """A widget."""

    count = 0

    def __init__(self, name, *, size=1):
        self.name = name

    @property
    def label(self):
        return self.name

    @classmethod
    def create(cls, n):
        return cls(str(n))

    @staticmethod
    def helper(x, y=0):
        return x + y

    def __call__(self, value):
        return value


sig = inspect.signature(api)
print(sig)
for p in sig.parameters.values():
    print(" ", p.name, p.kind.description, p.default is p.empty, p.annotation)
print(sig.return_annotation)
ba = sig.bind(1, 2, "c", 4.0, 5.0, d=3, extra=9)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sig.bind(1, d=1, a=2)
except TypeError as e:
    print("TypeError:", e)
print(sig.replace(return_annotation=inspect.Signature.empty).parameters["c"].replace(default="y"))
print(inspect.signature(Widget), inspect.signature(Widget.create), inspect.signature(Widget.helper))
print(inspect.signature(Widget("w")), inspect.signature(functools.partial(api, 1, d=0)))
print(inspect.signature(len), inspect.signature(sorted), inspect.signature(dict.get))
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)
print(inspect.getsource(Widget.helper), end="")
print(inspect.getsource(Widget).splitlines()[:3])
print(inspect.getsourcelines(api)[1], inspect.getdoc(Widget), inspect.getcomments(api))
print([n for n, v in inspect.getmembers(Widget, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Widget) if not n.startswith("__")])
print(type(inspect.getattr_static(Widget, "create")).__name__, type(inspect.getattr_static(Widget, "label")).__name__)
print(inspect.isclass(Widget), inspect.ismethod(Widget.create), inspect.isfunction(Widget.helper),
      inspect.isbuiltin(len), inspect.isgeneratorfunction(api), inspect.isabstract(Widget), inspect.isroutine(len))


@functools.wraps(api)
def wrapper(*a, **k):
    return api(*a, **k)


print(inspect.unwrap(wrapper) is api, inspect.signature(wrapper) == sig)


def where():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    outer = inspect.stack()[1]
    return info.function, info.lineno, outer.function, outer.code_context[0].strip()


print(where())
print(inspect.getmodulename("/a/b/mod.py"), inspect.getfile(api) == __file__, inspect.getmodule(api).__name__)
print(inspect.formatannotation(list[int]), inspect.cleandoc("  first\n    second\n  third"))
print(inspect.getfullargspec(api))
print(inspect.getcallargs(Widget.helper, 1))
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)
gen = (i for i in range(2))
print(inspect.getgeneratorstate(gen)); next(gen); print(inspect.getgeneratorstate(gen))
print(sorted(inspect.getclosurevars(where).builtins))
