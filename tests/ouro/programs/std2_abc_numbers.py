"""abc (abstract classes, registration, subclasshook, abstract
properties, update_abstractmethods) and the numbers tower with a
user-defined Rational, as a real numeric library would use them."""
import abc
import fractions
import math
import numbers


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @property
    @abc.abstractmethod
    def name(self): ...

    @classmethod
    @abc.abstractmethod
    def unit(cls): ...

    def describe(self):
        return "%s of area %.2f %s" % (self.name, self.area(), self.unit())


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1.0


try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Circle(Half):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    @classmethod
    def unit(cls):
        return "cm2"


print(Circle(2).describe(), sorted(Shape.__abstractmethods__), Circle.__abstractmethods__)


class Sized2(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance("abc", Sized2))


class Registry(abc.ABC):
    pass


Registry.register(tuple)
print(issubclass(tuple, Registry), isinstance((), Registry), issubclass(list, Registry))
print(Registry.register(dict) is dict, abc.get_cache_token() is not None)


class Late(abc.ABC):
    def f(self):
        pass


Late.f = abc.abstractmethod(Late.f)
abc.update_abstractmethods(Late)
try:
    Late()
except TypeError as e:
    print("TypeError:", e)


class Money(numbers.Rational):
    def __init__(self, cents):
        self.cents = int(cents)

    @property
    def numerator(self):
        return self.cents

    @property
    def denominator(self):
        return 100

    def __repr__(self):
        return "Money(%d.%02d)" % divmod(self.cents, 100)

    def _coerce(self, other):
        if isinstance(other, Money):
            return other.cents
        if isinstance(other, numbers.Integral):
            return int(other) * 100
        return NotImplemented

    def __add__(self, other):
        c = self._coerce(other)
        return NotImplemented if c is NotImplemented else Money(self.cents + c)

    __radd__ = __add__

    def __neg__(self):
        return Money(-self.cents)

    def __pos__(self):
        return self

    def __abs__(self):
        return Money(abs(self.cents))

    def __eq__(self, other):
        c = self._coerce(other)
        return NotImplemented if c is NotImplemented else self.cents == c

    def __lt__(self, other):
        return self.cents < self._coerce(other)

    def __le__(self, other):
        return self.cents <= self._coerce(other)

    def __hash__(self):
        return hash(self.cents)

    def __trunc__(self): return self.cents // 100
    def __floor__(self): return self.cents // 100
    def __ceil__(self): return -(-self.cents // 100)
    def __round__(self, nd=None): return round(self.cents / 100, nd)
    def __floordiv__(self, o): return NotImplemented
    __rfloordiv__ = __mod__ = __rmod__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __rsub__ = __floordiv__

    def __sub__(self, other):
        return self + -other


m = Money(1250)
print(m, m + 3, 2 + m, m - Money(50), float(m), math.floor(m), math.ceil(m), math.trunc(m), round(m, 1))
print(isinstance(m, numbers.Real), isinstance(m, numbers.Integral), isinstance(m, numbers.Number), bool(Money(0)))
print(sorted([Money(3), Money(1), Money(2)]), m == 12.5 if False else m == Money(1250), m.__complex__())
print([cls.__name__ for cls in (int, float, complex, fractions.Fraction, bool) for base in (numbers.Integral,) if issubclass(cls, base)])
print(issubclass(fractions.Fraction, numbers.Rational), issubclass(float, numbers.Rational), issubclass(complex, numbers.Real))
try:
    numbers.Number.register(str)
    print(isinstance("s", numbers.Number))
except Exception as e:
    print(type(e).__name__, e)
try:
    m * 2
except TypeError as e:
    print("TypeError:", e)
