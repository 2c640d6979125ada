# lambdas: defaults, closures, nested, keyword-only, immediately invoked
sq = lambda x: x * x
print(sq(5), sq.__name__, sq.__qualname__)
print((lambda: "iife")(), (lambda *a, **k: (a, k))(1, 2, x=3))
add = lambda a, b=10, *, c=100: a + b + c
print(add(1), add(1, 2), add(1, 2, c=3))
pos = lambda a, /, b: (a, b)
print(pos(1, b=2), pos(1, 2))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()), sorted(words, key=lambda w: (len(w), w)))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda x: x % 2, range(6))))
make = lambda n: lambda x: x ** n
print(make(2)(4), make(3)(2))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda x: x * 2)(21))


def outer(k):
    return lambda x: x * k + (lambda: k)()


print(outer(3)(2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
print(ops["+"](1, 2), ops["-"](5, 3))
print((lambda x: (lambda y: x + y))(1)(2))
print((lambda: 0)() is not None)
cond = lambda x: "big" if x > 10 else "small"
print(cond(5), cond(50))
print((lambda: None)())
print([(lambda i=i: i * 10)() for i in range(3)])
print((lambda: (yield))().__class__.__name__)
rec = lambda n: 1 if n == 0 else n * rec(n - 1)
print(rec(5))


class K:
    f = lambda self: "method from lambda"
    g = staticmethod(lambda: "static lambda")


print(K().f(), K.g(), K.f.__qualname__)
