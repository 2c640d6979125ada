def f():
    total = 0
    for i in range(3):
        total += i
    return totl


def g():
    print(counter)
    counter = 1


def h():
    return lenn([1])


class K:
    value = 1

    def m(self):
        return value


for fn in (f, g, h, K().m):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, e, e.name if hasattr(e, "name") else "")

try:
    import collections.abcd
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from collections import OrderDict
except ImportError as e:
    print(e)
try:
    from os import pathh
except ImportError as e:
    print(e, e.name)


class Config:
    def __init__(self):
        self.timeout = 3
        self.retries = 2


c = Config()
for name in ["timeot", "retry", "xyz", "TIMEOUT"]:
    try:
        getattr(c, name)
    except AttributeError as e:
        print(e)
try:
    c.timeot
except AttributeError as e:
    print(repr(e), e.name, e.obj is c)
import math
try:
    math.pii
except AttributeError as e:
    print(e)
try:
    "x".uper()
except AttributeError as e:
    print(e)
try:
    print(undefined_thing)
except NameError as e:
    print(e)
prnt("hi")
