# __call__ and callable()
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (self.n + x + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5), callable(None))
print(list(map(add5, [1, 2, 3])), sorted([3, 1, 2], key=Adder(0)))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
print([c() for _ in range(3)], c.calls)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class CallNone:
    __call__ = None
print(callable(CallNone()))
try:
    CallNone()()
except TypeError as e:
    print(type(e).__name__, e)
class Inst:
    pass
i = Inst()
i.__call__ = lambda: "instance __call__ ignored"
try:
    i()
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __call__(cls, *a):
        return f"no instance of {cls.__name__} for {a}"
class X(metaclass=Meta):
    pass
print(X(1, 2))
class Chained:
    def __call__(self, x):
        return self if x else "done"
print(Chained()(1)(1)(0))
print(callable(print), callable(len), callable(lambda: 0), callable(int), callable("str".upper), callable([].append))
def f():
    return "func"
print(f.__call__(), type(f).__call__(f), Adder.__call__(add5, 0))
import functools
p = functools.partial(add5, 10, scale=2)
print(p(), p(1), p.args, p.keywords, callable(p))
try:
    one = 1
    one(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    text = "abc"
    text()
except TypeError as e:
    print(type(e).__name__, e)
