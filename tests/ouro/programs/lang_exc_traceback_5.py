# uncaught: traceback through a nested function, a method and a lambda in a dict
class Pipeline:
    def __init__(self):
        self.steps = {
            "double": lambda v: v * 2,
            "invert": lambda v: 1 / v,
            "label": lambda v: f"value={v}",
        }

    def run(self, value, names):
        def apply(name, v):
            return self.steps[name](v)
        for name in names:
            value = apply(name, value)
        return value


p = Pipeline()
print(p.run(2, ["double", "invert", "label"]))
print(p.run(0.5, ["invert", "double"]))
print(p.run(0, ["double", "invert"]))
print("not reached")
