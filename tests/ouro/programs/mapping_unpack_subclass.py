# `{**m}`, `f(**m)` and dict.update(m) with dict subclasses: CPython reads a
# dict's entries directly unless its class overrides __iter__; then it goes
# through keys() and __getitem__ as for any mapping.


class OverIter(dict):
    def __iter__(self):
        return iter(["z"])

    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        return 42


class OverKeys(dict):
    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        return 42


class Mapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k * 2


def f(**kw):
    return sorted(kw.items())


for m in (OverIter(a=1), OverKeys(a=1), Mapping(), {"a": 1}):
    print(type(m).__name__, {**m}, f(**m), dict(m), list(m) if not isinstance(m, Mapping) else None)
    d = {}
    d.update(m)
    print("  update", d)
    try:
        print("  dup", f(k=0, **m))
    except TypeError as e:
        print("  dup", e)
    try:
        print("  dup2", f(**m, **m))
    except TypeError as e:
        print("  dup2", e)

try:
    {**5}
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
