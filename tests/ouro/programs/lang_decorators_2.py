# decorators on methods, order of evaluation
order = []
def mark(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco

@mark("outer")
@mark("inner")
def f():
    pass
print(order)

def log_method(fn):
    def wrapper(self, *args):
        return f"{type(self).__name__}.{fn.__name__}{args} = {fn(self, *args)}"
    return wrapper

class Calc:
    def __init__(self, base):
        self.base = base
    @log_method
    def plus(self, x):
        return self.base + x
    @staticmethod
    @functools_free if False else staticmethod
    def s():
        return "static"

print(Calc(10).plus(5))
import functools
@functools.lru_cache(maxsize=None)
def slow_square(n):
    order.append(n)
    return n * n
print([slow_square(i % 3) for i in range(9)], slow_square.cache_info())
def singleton(cls):
    instances = {}
    @functools.wraps(cls)
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4), Config.__name__)
class cached_prop:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        val = obj.__dict__[self.fn.__name__] = self.fn(obj)
        return val
class Data:
    @cached_prop
    def expensive(self):
        print("computing")
        return 42
dd = Data()
print(dd.expensive, dd.expensive, type(Data.__dict__["expensive"]).__name__)
