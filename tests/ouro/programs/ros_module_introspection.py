"""A script looking at itself: its globals, __name__ guard, annotations at module level, dir() before and after definitions."""
import sys
print(dir())
print([k for k in globals()])
print(__name__, __doc__[:8], __package__, __spec__, __cached__, __annotations__, __file__.endswith("ros_module_introspection.py"))
LIMIT: int = 10
ratio: float
names: list[str] = ["a", "b"]
print(__annotations__)
def helper(x: int, y: "str" = "s") -> bool:
    return bool(x)
print(helper.__annotations__, helper.__defaults__, helper.__kwdefaults__, helper.__module__, helper.__name__)
class Config:
    debug: bool = False
    level: int
print(Config.__annotations__, "level" in Config.__dict__, Config.__module__)
print(sorted(k for k in globals() if not k.startswith("__")))
print(sys.modules["__main__"].LIMIT, sys.modules[__name__] is sys.modules["__main__"], type(sys.modules[__name__]).__name__)
g = globals()
g["dynamic"] = 42
print(dynamic, "dynamic" in dir(), vars()["LIMIT"], locals() is globals())
def scope():
    local_var = 1
    print(sorted(locals()), "LIMIT" in globals(), "local_var" in globals())
scope()
del g["dynamic"]
print("dynamic" in globals())
if __name__ == "__main__":
    print("running as script with", len(sys.argv), "argv entry;", sys.argv[0].endswith(".py"))
print(ratio)
