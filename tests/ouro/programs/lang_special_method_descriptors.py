"""Special methods that are not plain functions (a staticmethod, a
callable object, a descriptor whose __get__ raises) are bound through
__get__ by math.floor/ceil/trunc, int(), float(), complex(), bytes(),
round() and hash(), as CPython's slot functions do."""
import math


class BadDescr:
    def __get__(self, obj, objtype=None):
        raise ValueError("bad descriptor")


class Callable:
    def __init__(self, value):
        self.value = value

    def __call__(self, *args):
        return self.value


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Static:
    __ceil__ = staticmethod(lambda: 11)
    __floor__ = staticmethod(lambda: 12)
    __trunc__ = staticmethod(lambda: 13)
    __int__ = staticmethod(lambda: 14)
    __float__ = staticmethod(lambda: 15.5)
    __complex__ = staticmethod(lambda: 1j)
    __bytes__ = staticmethod(lambda: b"st")
    __round__ = staticmethod(lambda *n: ("round", n))
    __hash__ = staticmethod(lambda: 1234)


class Obj:
    __ceil__ = Callable(21)
    __floor__ = Callable(22)
    __trunc__ = Callable(23)
    __int__ = Callable(24)
    __float__ = Callable(2.5)
    __bytes__ = Callable(b"ob")
    __hash__ = Callable(77)


class Bad:
    __ceil__ = BadDescr()
    __floor__ = BadDescr()
    __trunc__ = BadDescr()
    __int__ = BadDescr()
    __float__ = BadDescr()
    __complex__ = BadDescr()
    __bytes__ = BadDescr()
    __round__ = BadDescr()
    __hash__ = BadDescr()


class Nothing:
    pass


for cls in (Static, Obj, Bad, Nothing):
    x = cls()
    print("--", cls.__name__)
    show("ceil", lambda: math.ceil(x))
    show("floor", lambda: math.floor(x))
    show("trunc", lambda: math.trunc(x))
    show("int", lambda: int(x))
    show("float", lambda: float(x))
    show("complex", lambda: complex(x))
    show("bytes", lambda: bytes(x))
    show("round", lambda: round(x))
    show("round2", lambda: round(x, 2))
    if cls in (Static, Obj):
        show("hash", lambda: hash(x))
    show("math.sqrt", lambda: math.sqrt(x))

# an instance attribute is never a special method
t = Nothing()
t.__ceil__ = lambda *args: args
show("instance ceil", lambda: math.ceil(t))
