# module-level names: rebinding, deleting, re-adding, globals() changes, exec with dict subclasses
x = 1
for i in range(5):
    x = x + i
print(x)
del x
try:
    print(x)
except NameError as e:
    print(e)
x = "back"
print(x)
globals()["y"] = 10
print(y)
globals().pop("y")
try:
    y
except NameError as e:
    print(e)
for k in range(3):
    z = k
    globals()["z"] = "via globals"
    print(z)
class D(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        dict.__setitem__(self, k, v)
g = D(a=1, __builtins__=__builtins__)
exec("b = a + 1\nprint(b)", g)
print(sorted(k for k in g if k != "__builtins__"))
exec("c = 5\nc = c + 1\nprint(c)", {}, D())
def f():
    global gg
    for j in range(3):
        gg = j
    return gg
print(f(), gg)
del gg
try:
    f2 = lambda: gg
    f2()
except NameError as e:
    print(e)
print(f(), gg)
class C:
    v = 1
    v = v + 1
    w = [v]
print(C.v, C.w)
import sys
mod = type(sys)("m")
exec("q = 1\nq += 1", mod.__dict__)
print(mod.q)
