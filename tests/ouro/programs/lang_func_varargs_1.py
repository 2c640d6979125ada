# *args / **kwargs, unpacking in calls
def f(*args, **kwargs):
    return args, kwargs

print(f(), f(1, 2), f(a=1), f(1, *[2, 3], *(4,), b=2, **{"c": 3}, **{"d": 4}))
print(f(*range(3), *"xy"), f(**dict(x=1), y=2))

def g(a, b, *rest, key=None, **opts):
    return a, b, rest, key, opts

print(g(1, 2), g(1, 2, 3, 4, key="k", z=26), g(*[1, 2, 3]), g(b=2, a=1))
args = (1, 2)
kwargs = {"key": 9}
print(g(*args, **kwargs), g(0, *args, **kwargs, extra=True))

def apply(fn, *a, **k):
    return fn(*a, **k)

print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(dict, a=1))
print(apply(lambda *xs: sum(xs), *range(101)))

def collect(**kw):
    return list(kw.items())
print(collect(z=1, a=2, m=3))

class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()))
for call in [lambda: f(**{1: 2}), lambda: f(**[1]), lambda: f(*5), lambda: g(1, 2, **{"key": 1}, key=2),
             lambda: f(a=1, **{"a": 2})]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def deep(*a):
    return len(a)
print(deep(*[0] * 1000), deep(*(i for i in range(10))))
