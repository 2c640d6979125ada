# decorators on functions and classes, stacked, with arguments, functools.wraps
import functools

order = []


def trace(fn):
    order.append("trace " + fn.__name__)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper


def repeat(n):
    order.append("repeat factory %d" % n)

    def deco(fn):
        order.append("repeat deco")

        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco


@trace
def add(a, b=1):
    """Adds."""
    return a + b


print(add(2), add(2, b=5), add.__name__, add.__doc__, add.__wrapped__.__name__)


@repeat(2)
@trace
def hello(name):
    return "hi " + name


print(hello("bob"))
print(order)


def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        cls.registered = True
        return cls
    return deco


REG = {}


@register(REG)
class Plugin:
    pass


print(REG, Plugin.registered)


def add_method(cls):
    cls.extra = lambda self: "extra!"
    return cls


@add_method
@register(REG)
class Other:
    def __init__(self):
        self.v = 1


print(Other().extra(), sorted(REG))


class Service:
    def __repr__(self):
        return "<Service>"

    @staticmethod
    def s(x):
        return x * 2

    @classmethod
    def c(cls, x):
        return cls.__name__, x

    @property
    def p(self):
        return "prop"

    @trace
    def traced(self, v):
        return v + 1


svc = Service()
print(Service.s(3), svc.c(4), svc.p, svc.traced(1))
counter = {"n": 0}


def counted(fn):
    def inner(*a, **k):
        counter["n"] += 1
        return fn(*a, **k)
    inner.calls = counter
    return inner


@counted
def noop():
    return None


noop()
noop()
print(counter, noop.calls is counter)


def deco_with_expr(x):
    return lambda f: f


@deco_with_expr(1 + 2)
def target():
    return "target"


decos = [trace]


@decos[0]
def via_subscript():
    return "sub"


print(target(), via_subscript())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info().hits > 0)
