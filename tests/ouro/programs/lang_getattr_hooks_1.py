# __getattr__ / __getattribute__ / __setattr__ / __delattr__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)

class T:
    pass

t = T()
p = Proxy(t)
p.x = 1
print(p.x, t.x, hasattr(p, "nope"))
del p.x
print(hasattr(t, "x"), p._log)

class Audit:
    def __init__(self):
        self.seen = []
    def __getattribute__(self, name):
        if name != "seen":
            object.__getattribute__(self, "seen").append(name)
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def method(self):
        return "m"

a = Audit()
print(a.magic, a.method(), a.seen)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(a.seen)

class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")

f = Frozen(a=1)
print(f.a)
for action in [lambda: setattr(f, "a", 2), lambda: delattr(f, "a")]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
class Both:
    def __getattribute__(self, name):
        if name.startswith("x"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
print(Both().xyz, Both().__class__.__name__)
