"""types.FunctionType(code, globals, name, argdefs, closure): copies of
functions (networkx's copyfunc, cloudpickle-style rebuilding), closures
given as cells, other globals and their __builtins__, keyword arguments,
and CPython's errors for each argument."""
import types


def outer():
    x = 10
    def inner(y, z=2):
        return x + y + z
    return inner


def plain(a, b=5):
    return a * b + OFFSET


OFFSET = 1
g = types.FunctionType(plain.__code__, globals(), "copied", (7,))
print(g.__name__, g.__qualname__, g(3), g.__defaults__, g.__module__)
inner = outer()
h = types.FunctionType(inner.__code__, inner.__globals__, None, inner.__defaults__, inner.__closure__)
print(h.__name__, h(1), h.__closure__[0].cell_contents)
k = types.FunctionType(code=plain.__code__, globals={"OFFSET": 100}, name="kw")
print(k(2, 3), k.__name__, k.__defaults__, k.__module__)
src = {"__builtins__": {"len": lambda s: -1}}
m = types.FunctionType(compile("def f(s): return len(s)", "<x>", "exec").co_consts[0], src)
print(m("abc"))
cell = types.CellType(42)
n = types.FunctionType(inner.__code__, {}, "n", None, (cell,))
print(n(1, 1))
for args, kwargs in [((1, {}), {}), ((plain.__code__, 5), {}), ((plain.__code__, {}, 5), {}),
                     ((plain.__code__, {}, None, [1]), {}),
                     ((inner.__code__, {}), {}), ((inner.__code__, {}, None, None, 5), {}),
                     ((inner.__code__, {}, None, None, ()), {}),
                     ((inner.__code__, {}, None, None, (1,)), {}),
                     ((plain.__code__, {}, None, None, (cell,)), {}),
                     ((plain.__code__,), {}), ((plain.__code__, {}), {"bogus": 1})]:
    try:
        types.FunctionType(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
