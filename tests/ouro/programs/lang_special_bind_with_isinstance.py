"""with/async with/async for/await bind __enter__, __exit__, __aenter__,
__aexit__, __aiter__, __anext__, __await__ through __get__ when they are
not functions (unittest.mock's MagicProxy, staticmethods, callable
objects); a bound method's __doc__ is its function's; isinstance() asks
an object's __class__ when its type does not match (proxies, spec'd
mocks)."""
import asyncio
import types
from unittest import mock


class Callable:
    def __init__(self, label):
        self.label = label

    def __call__(self, *args):
        print("  called", self.label, len(args))
        return self.label


class StaticCM:
    __enter__ = staticmethod(lambda: "static enter")
    __exit__ = staticmethod(lambda *a: print("  static exit", len(a)))


class CallableCM:
    __enter__ = Callable("callable enter")
    __exit__ = Callable("callable exit")


class BadDescr:
    def __get__(self, obj, owner=None):
        raise ValueError("bad __get__")


class BadCM:
    __enter__ = BadDescr()
    __exit__ = Callable("never")


for cm in (StaticCM(), CallableCM(), BadCM()):
    try:
        with cm as v:
            print(type(cm).__name__, "as", v)
    except ValueError as e:
        print(type(cm).__name__, "ValueError", e)

m = mock.MagicMock()
with m as entered:
    print("MagicMock entered", entered is m.__enter__.return_value)
print(m.__exit__.call_count, m.__enter__.call_count)


async def main():
    am = mock.MagicMock()
    am.__aiter__.return_value = [1, 2, 3]
    print("async for", [x async for x in am])
    cm = mock.AsyncMock()
    async with cm as got:
        print("async with", type(got).__name__)
    print(cm.__aenter__.await_count, cm.__aexit__.await_count)


asyncio.run(main())


class C:
    def meth(self):
        """Doc of meth."""

    @classmethod
    def cm(cls):
        "class method doc"

    def nodoc(self):
        pass


c = C()
print(c.meth.__doc__, "|", C.cm.__doc__, "|", c.nodoc.__doc__, "|", getattr(c, "meth").__doc__)
C.nodoc.__doc__ = "set later"
print(c.nodoc.__doc__)
print(types.MethodType.__doc__)
print(types.MethodType(len, 1).__doc__ == len.__doc__)


class Proxy:
    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)


class Sub(int):
    pass


print(isinstance(Proxy(3), int), isinstance(Proxy(3), Proxy), isinstance(Proxy(3), str))
print(isinstance(Proxy(Sub(1)), int), isinstance(Proxy("s"), (bytes, str)))
print(isinstance(Proxy([]), object), type(Proxy(3)).__name__)


class NotAType:
    @property
    def __class__(self):
        return 42


print(isinstance(NotAType(), int), isinstance(NotAType(), NotAType))


class Raising:
    @property
    def __class__(self):
        raise AttributeError("no class")


print(isinstance(Raising(), int), isinstance(Raising(), Raising))
s = mock.Mock(spec=int)
print(isinstance(s, int), isinstance(s, mock.Mock), isinstance(s, str))
sd = mock.create_autospec(dict)
print(isinstance(sd, dict))
