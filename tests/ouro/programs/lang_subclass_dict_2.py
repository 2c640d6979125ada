# uncaught: KeyError raised from a dict subclass __missing__
class Env(dict):
    def __init__(self, parent=None, **kw):
        super().__init__(**kw)
        self.parent = parent

    def __missing__(self, key):
        if self.parent is not None:
            return self.parent[key]
        raise KeyError(f"undefined variable {key!r}")


root = Env(x=1, y=2)
child = Env(root, y=20, z=30)
print(child["x"], child["y"], child["z"], root["y"])
print("x" in child, child.get("x"), len(child))
grand = Env(child, w=0)
print(grand["x"], grand["z"], grand["w"])
print(sorted(grand), sorted(child.items()))
print("looking up q")
print(grand["q"])
print("not reached")
