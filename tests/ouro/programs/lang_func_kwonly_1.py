# keyword-only and positional-only parameters
def kw(a, *, b, c=3):
    return a, b, c

def pos(a, b, /, c, d=4):
    return a, b, c, d

def both(a, /, b, *, c):
    return a, b, c

def star(*args, sep="-", **kw):
    return sep.join(map(str, args)) + str(sorted(kw.items()))

print(kw(1, b=2), kw(1, c=5, b=0), kw(a=1, b=2))
print(pos(1, 2, 3), pos(1, 2, c=3), pos(1, 2, 3, d=5))
print(both(1, 2, c=3), both(1, b=2, c=3))
print(star(1, 2, 3), star(sep="+"), star(1, x=1, sep=":"), star(*"ab", **{"z": 0}))

def takes_a_kw(a, /, **kwargs):
    return a, kwargs

print(takes_a_kw(1, a=2))
calls = [
    lambda: kw(1, 2),
    lambda: kw(1),
    lambda: pos(a=1, b=2, c=3),
    lambda: pos(1, b=2, c=3),
    lambda: both(1, 2, 3),
    lambda: both(1, 2),
    lambda: kw(1, b=2, d=4),
    lambda: star(sep="x", sep2="y", *[1]) + kw(),
    lambda: pos(1, 2, 3, 4, 5),
    lambda: kw(1, b=1, **{"b": 2}),
    lambda: pos(1, 2, **{"c": 3, "e": 5}),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
print(pos.__code__.co_posonlyargcount, kw.__code__.co_kwonlyargcount, both.__code__.co_argcount)
import inspect
print(inspect.signature(both), inspect.signature(star), inspect.signature(pos))
