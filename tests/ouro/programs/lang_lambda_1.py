# lambdas
sq = lambda x: x * x
add = lambda a, b=10, *c, d=1, **e: (a + b + sum(c) + d, e)
print(sq(7), add(1), add(1, 2, 3, 4, d=0, z=9), (lambda: "nothing")(), (lambda *a: a)(1, 2))
print(sq.__name__, (lambda: 0).__qualname__, add.__code__.co_argcount)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda x: x % 3 == 0, range(20))), (lambda x: (lambda y: x + y))(3)(4))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
print(Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))(10))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
def cond(x):
    return (lambda: "pos") if x > 0 else (lambda: "nonpos")
print(cond(1)(), cond(-1)())
print((lambda: (yield 1))().__next__(), list((lambda: (yield from range(3)))()))
print((lambda x=[]: x.append(1) or x)(), (lambda x=[]: x.append(1) or x)())
w = 5
print((lambda: w)(), (lambda w=w: w)())
try:
    (lambda a: a)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 1)(2)
except TypeError as e:
    print(type(e).__name__, e)
print(callable(sq), type(sq).__name__)
