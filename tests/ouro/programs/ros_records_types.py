"""Dataclasses, enums and namedtuples: reprs, ordering, defaults, field errors, conversions."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
from enum import Enum, IntEnum, auto, unique, StrEnum
from collections import namedtuple
from typing import NamedTuple, Optional
import copy

@dataclass(order=True)
class Employee:
    sort_index: tuple = field(init=False, repr=False)
    name: str
    dept: str
    salary: float = 50000.0
    skills: list = field(default_factory=list)
    def __post_init__(self):
        self.sort_index = (self.dept, -self.salary)

staff = [Employee("Ann", "eng", 120000, ["py"]), Employee("Bob", "ops", 70000), Employee("Cy", "eng", 95000.5),
         Employee("Di", "ops", 70000, ["sql", "sh"])]
for e in sorted(staff):
    print(e)
print(asdict(staff[0]), astuple(staff[1]))
print(replace(staff[1], name="Bo", salary=71000.0), staff[1] == Employee("Bob", "ops", 70000), staff[0] < staff[2])
print([f.name for f in fields(Employee)], [f.default for f in fields(Employee)][3:4])
print(Employee.__eq__ is not object.__eq__, Employee.__hash__)

@dataclass(frozen=True, slots=True)
class Point:
    x: int = 0
    y: int = 0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p, Point(3, 4)}, Point(), Point.__slots__)
try:
    p.x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(z=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Employee()
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)

@dataclass
class Conf:
    path: str
    _: KW_ONLY
    debug: bool = False
    level: int = 1
    secret: InitVar[str] = "x"
    def __post_init__(self, secret):
        self.masked = "*" * len(secret)
c = Conf("/etc", debug=True, secret="hunter2")
print(c, c.masked)
try:
    Conf("/etc", True)
except TypeError as e:
    print(type(e).__name__, e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for pl in Planet:
    print(pl, repr(pl), pl.name, pl.value, f"{pl.gravity:.2f}")

class Weekday(IntEnum):
    MON = auto()
    TUE = auto()
    WED = auto()
print(list(Weekday), Weekday.TUE + 1, Weekday(3), Weekday["MON"], Weekday.WED > Weekday.MON, f"{Weekday.TUE}", str(Weekday.TUE), format(Weekday.TUE, "03d"))
class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = "sq"
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.CIRCLE.upper(), Shape("sq"), list(Shape.__members__))
class Status(Enum):
    ACTIVE = 1
    ENABLED = 1
    OFF = 0
print(Status.ENABLED, Status.ENABLED is Status.ACTIVE, list(Status), list(Status.__members__), Status(1).name)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
for bad in (lambda: Status(5), lambda: Status["ON"], lambda: Weekday(0), lambda: setattr(Status.OFF, "value", 3),
            lambda: Status.OFF < Status.ACTIVE, lambda: Shape("tri")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    class Ext(Status):
        NEW = 5
except TypeError as e:
    print(type(e).__name__, e)

Card = namedtuple("Card", "rank suit")
deck = [Card(r, s) for s in "♠♥" for r in "AKQ"]
print(deck[:3], deck[0].rank, deck[-1]._asdict(), Card._fields, Card._make(["2", "♦"]), deck[0]._replace(suit="♣"))
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0, 0])
print(P3(1), P3(1, 2, 3), P3._field_defaults, P3(1) + (9,), P3(*range(3)) == (0, 1, 2))
R = namedtuple("R", "a def class", rename=True)
print(R._fields, R(1, 2, 3))
class Emp(NamedTuple):
    name: str
    id: int = 3
    manager: Optional[str] = None
    def label(self):
        return f"{self.name}#{self.id}"
e = Emp("x")
print(e, e.label(), Emp._fields, Emp.__annotations__, copy.copy(e) == e, isinstance(e, tuple))
a, b, c = e
print(a, b, c)
for bad in (lambda: Card(1), lambda: Card(1, 2, 3), lambda: Card(1, 2, joker=1), lambda: namedtuple("X", "a a"),
            lambda: namedtuple("X", "_a"), lambda: namedtuple("X", "a-b"), lambda: namedtuple("1X", "a"),
            lambda: setattr(e, "id", 5), lambda: Emp(), lambda: Card._make([1]), lambda: e._replace(nope=1)):
    try:
        print(bad())
    except Exception as e2:
        print(type(e2).__name__, e2)
print(Status.OFF.value / Status.OFF.value)
