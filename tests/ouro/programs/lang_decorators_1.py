# decorators: plain, with arguments, stacked, functools.wraps, class decorators
import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}")
        r = fn(*args, **kwargs)
        print(f"ret {fn.__name__} -> {r}")
        return r
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b):
    "adds"
    return a + b

@repeat(3)
def hello(name):
    return "hi " + name

@trace
@repeat(2)
def two(x):
    return x * 2

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(hello("x"), hello.__name__)
print(two(5))
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

@register
class A:
    pass

@register
class B:
    pass

print(registry, A.registered)
def deco_with_state(fn):
    fn.calls = 0
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w

@deco_with_state
def noop():
    return None
noop(); noop(); noop()
print(noop.calls)
@(lambda f: f())
def evaluated():
    return "evaluated at definition"
print(evaluated)
