# Names and modules of built-in types and objects, as programs print them
# when they describe what they were given.
import collections
import functools
import itertools
import re
import types


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1

    def method(self):
        return self.a


def gen():
    yield 1


samples = [len, print, Slotted().method, Slotted.method, Slotted.a, str.join, (1).__add__,
           int.__add__, lambda: 0, gen(), gen, iter([]), iter(range(2)), reversed([1]), zip(),
           map(str, []), {}.keys(), {}.items(), range(3), slice(2), None, ..., NotImplemented,
           collections.deque(), collections.OrderedDict(), functools.partial(len), itertools.count(),
           re.compile("x"), types.SimpleNamespace(), property(), staticmethod(len), type, object(),
           ValueError("x"), memoryview(b"ab"), frozenset(), 1j, b"x", bytearray(b"y")]
for obj in samples:
    t = type(obj)
    print(f"{t.__name__:<28} {t.__module__:<12} {t.__qualname__}")
print(Slotted.__module__, Slotted.method.__qualname__, gen.__qualname__, (lambda: 0).__qualname__)
print(Slotted.__slots__, Slotted.a.__name__, Slotted.a.__objclass__.__name__, type(Slotted.a).__name__)
s = Slotted()
for action in (lambda: s.b, lambda: delattr(s, "b"), lambda: setattr(s, "c", 1), lambda: s.__dict__):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "a"), getattr(s, "a", "missing"))
print(type(len).__module__, type(print).__name__, len.__module__, print.__qualname__, str.upper.__qualname__)
print(int.__module__, collections.deque.__module__, functools.partial.__module__, re.Pattern.__module__)
print([c.__name__ for c in ValueError.__mro__], bool.__bases__, type.__base__ if False else object.__bases__)
print(callable(Slotted.method), isinstance(len, types.BuiltinFunctionType), isinstance(gen, types.FunctionType),
      isinstance(gen(), types.GeneratorType), isinstance(Slotted().method, types.MethodType))
