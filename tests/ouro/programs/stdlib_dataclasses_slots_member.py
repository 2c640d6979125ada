# a __slots__ entry is a member_descriptor (types.MemberDescriptorType, what
# dataclasses uses to tell a slot from a default value)
import types
from dataclasses import dataclass, fields
from typing import Any


class S:
    __slots__ = ("x",)


print(type(S.__dict__["x"]) is types.MemberDescriptorType, types.MemberDescriptorType.__name__)
F = types.FunctionType
for name in ("__globals__", "__closure__", "__builtins__", "__doc__", "__code__", "__name__", "__dict__"):
    print(name, type(F.__dict__[name]).__name__)


def f():
    """doc"""


for name in ("__globals__", "__closure__", "__builtins__"):
    try:
        setattr(f, name, 1)
    except AttributeError as e:
        print(name, "AttributeError:", e)
f.__doc__ = "new doc"
print(f.__doc__)


@dataclass
class C:
    __slots__ = ("x",)
    x: Any


try:
    C()
except TypeError as e:
    print("TypeError:", e)
c = C(10)
c.x = 5
print(c, c.x)
try:
    c.y = 5
except AttributeError as e:
    print("AttributeError:", e)


@dataclass
class Base:
    __slots__ = ("x",)
    x: Any


@dataclass
class Derived(Base):
    x: int
    y: int


d = Derived(1, 2)
d.z = 10
print(d, d.z, [fl.name for fl in fields(d)])


@dataclass(slots=True)
class P:
    a: int
    b: str = "b"


print(P(1), P.__slots__, type(P.__dict__["a"]).__name__)
