# uncaught: AttributeError raised inside __getattr__
class Lazy:
    _known = {"alpha": 1, "beta": 2}

    def __getattr__(self, name):
        if name in self._known:
            value = self._known[name] * 100
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__} has no lazy attribute {name!r}")


z = Lazy()
print(z.alpha, z.beta)
print(z.__dict__)
print(z.alpha)
print(hasattr(z, "gamma"))
print(getattr(z, "gamma", "none"))
print(z.gamma)
print("not reached")
