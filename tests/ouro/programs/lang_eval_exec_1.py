# eval / exec / compile
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'ab' * 2"), eval(" 42 "))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x", {}, {"x": "local"}))
g = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", g)
print(g["a"], g["b"], g["f"](1), sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
code = compile("3 ** 4", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename, code.co_name)
code2 = compile("for i in range(3):\n    out.append(i)\n", "<loop>", "exec")
ns = {"out": []}
exec(code2, ns)
print(ns["out"])
single = compile("1 + 1", "<single>", "single")
exec(single)
print(exec("z = 1"), eval("None"))
loc = {}
exec("def h():\n    return 'from exec'\nval = h()", {}, loc)
print(loc["val"], sorted(loc))
print(eval("len", {"__builtins__": {"len": lambda s: "custom len"}})("abc"))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
for src, mode in [("x = ", "exec"), ("1 +", "eval"), ("def f(:", "exec"), ("a = 1", "eval"), ("return 5", "exec")]:
    try:
        compile(src, "<test>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(eval(compile("x * 2", "<c>", "eval"), {"x": 21}))
expr = "+".join(str(i) for i in range(1, 11))
print(expr, "=", eval(expr))
import ast
tree = ast.parse("y = 1 + 2")
print(type(tree).__name__, ast.dump(tree.body[0].value))
ns2 = {}
exec(compile(tree, "<ast>", "exec"), ns2)
print(ns2["y"], ast.literal_eval("[1, (2, 'x'), {'k': None}]"))
try:
    ast.literal_eval("__import__('os')")
except ValueError as e:
    print(type(e).__name__, str(e).split(":")[0])
print(eval("lambda q: q * 3")(7), eval("(lambda: __name__)()"), exec("import math", ns2), ns2["math"].pi)
