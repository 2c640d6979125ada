from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name.lower()} ({self.value})"


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Shape(str, Enum):
    CIRCLE = "circle"
    SQUARE = "square"


print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.RED.describe())
print(list(Color), len(Color), Color.RED in Color, [c.name for c in Color])
print(Status.OK, repr(Status.NOT_FOUND), Status.OK == 200, Status(500), int(Status.ERROR), Status.OK + 1)
print(f"{Status.OK}", f"{Color.GREEN}", "%s" % Status.ERROR, format(Status.OK, "d"))
print(sorted([Status.ERROR, Status.OK]), max(Status))
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, Perm.R in Perm.RW, Perm(0), bool(Perm(0)))
print(list(Perm.R | Perm.X), Perm.RW & Perm.W, ~Perm.R)
print(Mode.A | Mode.C, repr(Mode.A | Mode.B), Mode(3), Mode.A | 8, int(Mode.C | Mode.B))
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet.MERCURY.mass)
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.CIRCLE == "circle", Shape("square"), Shape.CIRCLE.upper())
print(f"{Shape.CIRCLE}", str(Shape.CIRCLE), Shape.CIRCLE.value)
print(Color.RED is Color(1), Color.RED == 1, hash(Color.RED) == hash(Color.RED))
print({Color.RED: "r", Color.BLUE: "b"}[Color.BLUE])
print(Color.__members__.keys() if False else list(Color.__members__))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Alias(Enum):
    ONE = 1
    UNO = 1
    TWO = 2


print(list(Alias), Alias.UNO, Alias.UNO is Alias.ONE, list(Alias.__members__))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Weekday = Enum("Weekday", [("MON", 1), ("TUE", 2)])
print(Weekday.TUE, Weekday(1))


class Auto(Enum):
    X = auto()
    Y = auto()

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


print(Auto.X.value, Auto.Y, type(Color.RED), isinstance(Color.RED, Color), Color.RED.__class__.__name__)
print(enum.Enum.__name__, issubclass(Status, int))
match Color.GREEN:
    case Color.RED:
        print("is red")
    case Color.GREEN:
        print("is green")
