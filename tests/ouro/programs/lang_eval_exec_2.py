# uncaught: exception raised from code run by exec (traceback shows <string>)
program = """
def divide(a, b):
    return a / b

results = [divide(10, n) for n in (1, 2, 5)]
"""
ns = {}
exec(program, ns)
print(ns["results"])
print(ns["divide"](9, 3))
print(eval("divide(1, 4)", ns))
source = "total = sum(range(5))\nprint('total is', total)"
exec(source)
print(total)
more = "value = divide(1, 0)"
print("executing", repr(more))
exec(more, ns)
print("not reached")
a = 1
print(a)
