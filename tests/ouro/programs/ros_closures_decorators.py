"""Closures and decorators: counters, memoize, retry, timing-free tracing, class decorators, decorator factories, wraps."""
import functools

def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    counter.reset = reset
    return counter

c1, c2 = make_counter(), make_counter(100, 10)
print([c1() for _ in range(3)], [c2() for _ in range(3)], c1.__closure__[0].cell_contents if c1.__closure__ else None)
c1.reset()
print(c1(), c1.__code__.co_freevars, sorted(make_counter.__code__.co_cellvars))

adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])

def trace(func):
    depth = [0]
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        arg_s = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"{'  ' * depth[0]}-> {func.__name__}({arg_s})")
        depth[0] += 1
        try:
            result = func(*args, **kwargs)
        except Exception as e:
            print(f"{'  ' * (depth[0] - 1)}!! {type(e).__name__}: {e}")
            raise
        finally:
            depth[0] -= 1
        print(f"{'  ' * depth[0]}<- {result!r}")
        return result
    return wrapper

@trace
def fib(n):
    """Naive Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(4)
print(fib.__name__, fib.__doc__, fib.__wrapped__.__name__, fib.__qualname__)

def retry(times, exceptions=(Exception,)):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*a, **k)
                except exceptions as e:
                    print(f"attempt {attempt} failed: {e!r}")
                    last = e
            raise RuntimeError(f"{func.__name__} failed after {times} attempts") from last
        return wrapper
    return deco

calls = iter([ValueError("flaky"), KeyError("k"), 42])
@retry(3)
def unstable():
    r = next(calls)
    if isinstance(r, Exception):
        raise r
    return r
print(unstable())

def memoize(func):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def grid_paths(r, c):
    return 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), len(grid_paths.cache))

def singleton(cls):
    instances = {}
    @functools.wraps(cls, updated=())
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, name="default"):
        self.name = name
print(Config("a") is Config("b"), Config().name, Config.__name__)

def register_plugins():
    registry = {}
    def plugin(name=None):
        def deco(f):
            registry[name or f.__name__] = f
            return f
        return deco
    return registry, plugin
REG, plugin = register_plugins()
@plugin()
def upper(s): return s.upper()
@plugin("rev")
def reverse(s): return s[::-1]
print(sorted(REG), [REG[k]("abc") for k in sorted(REG)])

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.func(*a, **k)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)
class Greeter:
    @CountCalls
    def hello(self, who):
        return f"hello {who}"
g = Greeter()
print(g.hello("x"), g.hello("y"), Greeter.hello.calls, Greeter.hello.__name__)

def compose(*fs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fs, lambda x: x)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline("  Hello Big World  "))
p = functools.partial(int, base=2)
print(p("1011"), p.func, p.args, p.keywords, repr(functools.partial(max, 1, key=abs))[:40])
def outer():
    x = 1
    def inner():
        print(x)
        x = 2
    inner()
try:
    outer()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def make():
    return [lambda: v for v in range(2)]
print([f() for f in make()])
@retry(2, exceptions=(ZeroDivisionError,))
def always_fails(x):
    return x / 0
always_fails(1)
