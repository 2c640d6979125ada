# uncaught: SyntaxError from compile() of a bad string
snippets = [
    "x = 1",
    "def f():\n    return 2",
    "class C: pass",
    "for i in range(2): print(i)",
]
for s in snippets:
    code = compile(s, "<snippet>", "exec")
    print(type(code).__name__, code.co_filename)
try:
    compile("1 +", "<snippet>", "eval")
except SyntaxError as e:
    print("caught", e.msg, e.lineno, e.offset)
ns = {}
exec(compile("a = 2\nb = a ** 10", "<calc>", "exec"), ns)
print(ns["a"], ns["b"])
bad = "print('unclosed'"
print("compiling bad code")
exec(bad)
print("not reached")
