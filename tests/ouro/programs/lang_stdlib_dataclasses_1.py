# dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List

@dataclass
class Point:
    x: int
    y: int = 0
    def norm2(self):
        return self.x ** 2 + self.y ** 2

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

@dataclass
class Bag:
    items: List[int] = field(default_factory=list)
    count: int = field(init=False, default=0)
    def __post_init__(self):
        self.count = len(self.items)

p = Point(3, 4)
print(p, p.norm2(), p == Point(3, 4), p != Point(0), Point(1))
print(asdict(p), astuple(p), replace(p, y=10), [f.name for f in fields(Point)])
vs = [Version(1, 2), Version(1, 0, "rc"), Version(0, 9)]
print(sorted(vs), max(vs), Version(1, 0, "a") == Version(1, 0, "b"), hash(Version(1)) == hash(Version(1, 0)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
b = Bag([1, 2, 3])
print(b, Bag(), Bag().items is not Bag().items)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Mut:
        xs: list = []
except ValueError as e:
    print(type(e).__name__, e)
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2), Child(1, 2, 3).norm2(), fields(Child)[2].name)
@dataclass(repr=False, eq=False)
class Plain:
    v: int
print(Plain(1) == Plain(1), hasattr(Plain, "__repr__"))
