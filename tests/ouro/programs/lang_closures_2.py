# memoization via closures, generators closing over loop variables
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))

def make_multipliers():
    result = {}
    for name, k in [("double", 2), ("triple", 3)]:
        def m(x, k=k):
            return x * k
        m.__name__ = name
        result[name] = m
    return result

ms = make_multipliers()
print(ms["double"](7), ms["triple"](7), ms["double"].__name__)

def counter_pair():
    n = 0
    def get():
        return n
    def inc():
        nonlocal n
        n += 1
    return get, inc

get, inc = counter_pair()
inc(); inc()
print(get())
x = "global"
def read_global():
    return x
def local_shadow():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = "local"
    return x
print(read_global(), local_shadow())
gens = [(lambda: (yield i))() for i in range(3)]
print([next(g) for g in gens])
def nested_comprehension_closure():
    factor = 3
    return [[factor * j for j in range(i)] for i in range(4)]
print(nested_comprehension_closure())
