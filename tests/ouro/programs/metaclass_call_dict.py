"""A special method that is not a function is called through its
__get__ (or as it is): `__call__ = dict` on a metaclass (typing's
TypedDict), a builtin function, a staticmethod, a callable instance."""
from typing import TypedDict


class Movie(TypedDict, total=False):
    title: str
    year: int


m = Movie(title='Alien', year=1979)
print(m, type(m), Movie.__required_keys__, sorted(Movie.__optional_keys__))


class Point(TypedDict):
    x: int
    y: int


p = Point(x=1, y=2)
print(p, p['x'] + p['y'], Point.__annotations__)


class M(type):
    __call__ = dict


class A(metaclass=M):
    pass


print(A(a=1), A([('b', 2)]))


class C:
    __call__ = dict


print(C()(b=2))


class L:
    __len__ = len


try:
    len(L())
except TypeError as e:
    print(e)


class Adder:
    def __call__(self, *args):
        return ('adder', args)


class D:
    __call__ = Adder()
    __getitem__ = staticmethod(lambda k: k * 2)


print(D()(1, 2), D()[21])
