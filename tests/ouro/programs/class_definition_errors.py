"""Errors of class definitions and of the usual class helpers (abc,
dataclasses, enum, NamedTuple, __slots__, metaclass conflicts, layouts) and
the read-only members of type (__mro__, __base__: "readonly attribute")."""
import abc, enum, dataclasses, typing
class A(abc.ABC):
    @abc.abstractmethod
    def b(self): ...
    @abc.abstractmethod
    def a(self): ...
try: A()
except TypeError as e: print(e)
try:
    @dataclasses.dataclass
    class D:
        x: int = 1
        y: int
except TypeError as e: print(e)
try:
    @dataclasses.dataclass
    class D2:
        x: list = []
except ValueError as e: print(e)
class Base:
    def __init_subclass__(cls, **kw): super().__init_subclass__(**kw)
try:
    class C(Base, flag=1): pass
except TypeError as e: print(e)
try:
    class E(enum.Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
class Color(enum.Enum):
    RED = 1
try: Color.RED = 2
except AttributeError as e: print(e)
try:
    class MoreColor(Color): GREEN = 2
except TypeError as e: print(e)
try: typing.NamedTuple('P', [('x', int), ('_y', int)])
except ValueError as e: print(e)
class P(typing.NamedTuple):
    x: int
    y: int = 0
try: P()
except TypeError as e: print(e)
try: P(1, 2, 3)
except TypeError as e: print(e)
p = P(1)
try: p.x = 5
except AttributeError as e: print(e)
@dataclasses.dataclass(frozen=True)
class F:
    a: int
try: F(1).a = 2
except dataclasses.FrozenInstanceError as e: print(repr(e))
try: del F(1).a
except dataclasses.FrozenInstanceError as e: print(repr(e))
class S:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
s = S()
try: s.__dict__
except AttributeError as e: print(e)
try: S.a = property(lambda self: 1); print(S().a)
except Exception as e: print(type(e).__name__, e)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e: print(e)
try:
    class Q(int, str): pass
except TypeError as e: print(e)
try:
    class R(object, object): pass
except TypeError as e: print(e)
class O: pass
try: O.__mro__ = ()
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
try: O().__class__ = int
except TypeError as e: print(e)
try: object.__setattr__(1, 'x', 1)
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
