# CPython's TypeError messages for bad calls


def f(a, b, c=3, *, d, e=5):
    pass


def g(a, /, b):
    pass


def h():
    pass


def v(*args, k):
    pass


def w(a, b, c, d):
    pass


class C:
    def m(self, x):
        pass


calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, 3, 4, 5, d=1, e=2),
    lambda: f(1, 2, d=1, z=2),
    lambda: f(1, 2, a=1, d=2),
    lambda: g(a=1, b=2),
    lambda: g(1, 2, 3),
    lambda: h(1),
    lambda: h(1, 2),
    lambda: h(x=1),
    lambda: v(1, 2),
    lambda: w(),
    lambda: w(1, c=3),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: f(1, 2, **{"d": 1, "b": 3}),
    lambda: f(1, 2, 3, d=4, **{"d": 5}),
    lambda: f(**{1: 2}),
    lambda: f(*1),
    lambda: f(1, *2),
    lambda: f(**[1]),
    lambda: (lambda x: x)(),
    lambda: (lambda *, y: y)(1),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
