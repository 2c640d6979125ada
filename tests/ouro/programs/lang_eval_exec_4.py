# exec: defining classes and closures, locals() snapshots, eval with nested scopes, compile flags
src = '''
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Tri(Shape):
    sides = 3
def make_adder(n):
    return lambda x: x + n
'''
ns = {}
exec(src, ns)
print(ns["Tri"]().describe(), ns["make_adder"](5)(10), ns["Tri"].__module__)
def f():
    a = 1
    exec("a = 2; b = 3")
    loc = locals()
    return a, loc.get("b"), sorted(loc)
print(f())
def g():
    y = 10
    return eval("y + 1"), eval("(lambda: y)()" if False else "y * 2")
print(g())
def h():
    z = 5
    try:
        return eval("[z for _ in range(2)]")
    except NameError as e:
        return f"NameError: {e}"
print(h())
glb = {"__name__": "custom_module"}
exec("def who():\n    return __name__\n", glb)
print(glb["who"](), glb["who"].__module__)
code = compile("a + b", "<sum>", "eval")
print(code.co_names, eval(code, {"a": 1, "b": 2}), eval(code, {"a": "x", "b": "y"}))
mod_code = compile("import math\nresult = math.floor(2.7)", "<mod>", "exec")
space = {}
exec(mod_code, space)
print(space["result"], "math" in space)
print(eval("__builtins__ is not None"), eval("abs(-3)", {}), eval("x", {"x": 1}, {"x": 2}))
counter = {"n": 0}
exec("n += 1", {}, counter)
print(counter)
print(eval("1 if True else 2"), eval("[*'ab', *'cd']"), eval("{**{'a': 1}, 'b': 2}"), eval("(yield_ := 5)"))
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print(type(e).__name__, e)
try:
    eval("import os")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
