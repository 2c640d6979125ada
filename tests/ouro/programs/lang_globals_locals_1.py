# globals(), locals(), vars(), dir()
G = 1
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
print("G" in globals(), globals()["G"], globals() is vars(), type(globals()).__name__)
globals()["DYN"] = "made dynamically"
print(DYN)
def modifies_global():
    globals()["G"] = 100
modifies_global()
print(G)
class K:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        pass
k = K()
print(vars(k), sorted(k for k in vars(K) if not k.startswith("__")))
print(sorted(n for n in dir(k) if not n.startswith("__")), "__init__" in dir(k), dir(k) == sorted(dir(k)))
print([n for n in dir(K) if not n.startswith("_")], "inst" in dir(K))
def f():
    x = 1
    y = "two"
    return dir()
print(f())
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(WithDir()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
def nested():
    outer_v = 1
    def inner():
        return sorted(locals())
    def inner2():
        outer_v
        return sorted(locals())
    return inner(), inner2()
print(nested())
import math, itertools
# (math is a file of its own in some CPython builds: it has a __file__ there)
print(sorted(n for n in vars(math) if n != "__file__")[:5], len(dir(math)) > 40, "sqrt" in dir(math))
print(sorted(vars(itertools))[:5], "chain" in dir(itertools))
print(sorted(n for n in dir(int) if not n.startswith("_")))
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir("") if not n.startswith("_")))
print(sorted(n for n in dir({}) if not n.startswith("_")))
class Full:
    pass
print(dir(Full()))
