"""The docstrings help() shows for built-in functions, methods, attributes
and types (str.join, int.real, math.sqrt, itertools.chain, dict.fromkeys,
object.__init__, ...), and inspect.getdoc of a method that inherits one."""
import collections
import functools
import inspect
import itertools
import math
import operator
import zlib

OBJECTS = [math.sqrt, math.gcd, str.join, str.split, itertools.chain, itertools.groupby,
           int.__add__, int.real, int.bit_length, list.append, list.sort, dict.get, dict.fromkeys,
           int.from_bytes, bytes.hex, float.__repr__, object.__init__, object.__eq__, str, int,
           list, dict, ValueError.__init__, collections.deque.append, operator.itemgetter,
           functools.reduce, zlib.compress, type.mro, type.__subclasses__, range.count,
           complex.imag, memoryview.tobytes, set.union, frozenset.isdisjoint, bytearray.fromhex]
for obj in OBJECTS:
    print(getattr(obj, "__name__", "?"), "=", repr(obj.__doc__))


class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "Point(%r)" % self.x

    def __hash__(self):
        return hash(self.x)


print(inspect.getdoc(Point.__init__))
print(inspect.getdoc(Point.__repr__), "|", inspect.getdoc(Point.__hash__))
print(inspect.getdoc(Point), Point.__doc__)
