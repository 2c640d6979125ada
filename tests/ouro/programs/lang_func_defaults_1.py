# default arguments: evaluation time, mutable default pitfalls, __defaults__
counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def f(a, b=next_id(), c=[]):
    c.append(a)
    return a, b, c

print(f(1), f(2), f(3, 10, []), f(4))
print(f.__defaults__[0], len(f.__defaults__[1]))

def g(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y

print(g(1), g(2), g(3, [0]))
def h(a, b=2, *, c=3, d):
    return (a, b, c, d)
print(h(1, d=4), h(1, 5, d=6, c=7), h.__defaults__, h.__kwdefaults__)
h.__defaults__ = (20,)
h.__kwdefaults__ = {"c": 30, "d": 40}
print(h(1), h(1, 2, c=3))
def k(a, b=1, c=2):
    return a + b + c
print(k(1), k(1, c=10), k(a=5, b=5), k(*[1, 2, 3]), k(**{"a": 1, "c": 1}))
print(k.__code__.co_argcount, k.__code__.co_varnames, k.__name__, k.__qualname__)
def outer():
    def inner(x=len("abc")):
        return x
    return inner
print(outer()(), outer().__qualname__)
for call in [lambda: k(), lambda: k(1, 2, 3, 4), lambda: k(1, a=2), lambda: k(1, d=5),
             lambda: h(1), lambda: h(1, 2, 3, d=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
