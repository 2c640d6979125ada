# an unbound super(C) stored on the class binds to the instance it is read
# through (super objects are descriptors); async generators' asend message


class autosuper(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        setattr(cls, "_%s__super" % name.lstrip("_"), super(cls))


class A(metaclass=autosuper):
    def meth(self):
        return "A"


class B(A):
    def meth(self):
        return "B" + self.__super.meth()


class C(A):
    def meth(self):
        return "C" + self.__super.meth()


class D(C, B):
    def meth(self):
        return "D" + self.__super.meth()


print(D().meth(), B().meth())
s = super(B)
print(s.__get__(None, B) is s, s.__get__(B()) is not s, type(s.__get__(B())).__name__)
bound = super(B, B())
print(bound.__get__(A()) is bound)
print(s.__get__(D()).meth(), s.__get__(D()).__self_class__.__name__)
try:
    s.__get__(42)
except TypeError as e:
    print("TypeError:", e)

import asyncio


async def agen():
    yield 1


async def main():
    g = agen()
    try:
        await g.asend(5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())


def gen():
    yield


try:
    gen().send(1)
except TypeError as e:
    print("TypeError:", e)

# lru_cache wrappers are descriptors with an optional owner
import functools


@functools.lru_cache
def cached(x):
    return ("cached", x)


b = cached.__get__(5)
print(type(b).__name__, b(), cached.__get__(None, int) is cached)
