# enum
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED in Color, [m.name for m in Color])
print(list(Color.__members__), isinstance(Color.RED, Color), type(Color.RED).__name__)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), int(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, Perm(7), Perm(0))
class Shape(enum.IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE == 1, Shape.SQUARE + 1, sorted([Shape.SQUARE, Shape.CIRCLE]), f"{Shape.SQUARE}", str(Shape.SQUARE))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
print(Auto.A.value, Auto.B.value)
class S(str, enum.Enum):
    X = "x"
    Y = "y"
print(S.X == "x", S.X.value, S("y"), S.X.upper())
for bad in [lambda: Color(9), lambda: Color["PINK"]]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
@enum.unique
class U(enum.Enum):
    A = 1
    B = 2
try:
    @enum.unique
    class D(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius ** 2)
print(round(Planet.EARTH.gravity, 3), Planet.MERCURY.radius)
print(Color.RED < Color.BLUE if False else "no ordering", hash(Color.RED) == hash(Color.RED))
