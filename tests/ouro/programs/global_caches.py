# LOAD_GLOBAL's cache (ouro/interpreter/attrcache.py): globals and builtins
# changing under a running site.
x = 1
def f():
    return x, len
print([f() for _ in range(3)])
x = 2
print(f())
del x
try:
    f()
except NameError as e:
    print(e)
x = 3
len = lambda s: 42
print(f()[1]("abc"))
del len
print(f()[1]("abc"))
import builtins
orig_len = builtins.len
builtins.len = lambda s: -1
print(f()[1]("abc"))
builtins.len = orig_len
def g():
    return foo
for i in range(3):
    try:
        print(g())
    except NameError as e:
        print(e)
    foo = i
g2 = {}
exec("def h(): return y", g2)
g2["y"] = 5
print(g2["h"](), g2["h"]())
g2.popitem()
g2["y"] = 6
print(g2["h"]())
d = {"__builtins__": {"z": 9}}
exec("def k(): return z", d)
print(d["k"](), d["k"]())
class C:
    v = len("ab")
    w = x if False else 3
print(C.v, C.w)
