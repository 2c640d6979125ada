# isinstance/issubclass with ABCs
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set, Hashable,
                             Sized, Container, Callable, Generator, Awaitable, Coroutine, Reversible, Collection, ByteString)
import abc
values = [[1], (1,), "s", b"b", {1: 2}, {1}, frozenset(), range(3), iter([]), (x for x in []), 5, None, len, bytearray()]
for v in values:
    flags = [isinstance(v, c) for c in (Iterable, Iterator, Sequence, MutableSequence, Mapping, Set, Hashable, Sized, Callable, Reversible)]
    print(type(v).__name__, "".join("1" if f else "." for f in flags))
print(issubclass(list, Sequence), issubclass(dict, MutableMapping), issubclass(str, Collection), issubclass(bytes, ByteString))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).describe(), isinstance(Sq(1), Shape), Shape.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Duck:
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0
    def __contains__(self, x):
        return False
print(isinstance(Duck(), Iterable), isinstance(Duck(), Sized), isinstance(Duck(), Collection), isinstance(Duck(), Sequence))
class Registered:
    pass
Sequence.register(Registered)
print(isinstance(Registered(), Sequence), issubclass(Registered, Iterable), issubclass(Registered, Sized))
class MyABC(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "quack"):
            return True
        return NotImplemented
class Q:
    def quack(self):
        pass
print(issubclass(Q, MyABC), isinstance(Q(), MyABC), issubclass(int, MyABC))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance([], Hashable), isinstance((), Hashable))
async def co():
    pass
c = co()
print(isinstance(c, Coroutine), isinstance(c, Awaitable), isinstance((x for x in ()), Generator))
c.close()
print(type(Shape).__name__, abc.ABCMeta.__name__, isinstance(Shape, abc.ABCMeta))
