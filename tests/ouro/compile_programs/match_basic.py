# match statements: literals, singletons, captures, wildcards, guards,
# value patterns, or-patterns, as-patterns
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Consts:
    ANSWER = 42
    NAME = "ouro"

    class Inner:
        PI = 3.5


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case -9223372036854775808:
            return "min int"
        case 100000000000000000000000000:
            return "huge"
        case -100000000000000000000000000:
            return "minus huge"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case 2j:
            return "imaginary"
        case 1 + 2j:
            return "complex"
        case -1 - 2j:
            return "negative complex"
        case 1.5 - 0.5j:
            return "float complex"
        case "hello" | "world":
            return "greeting " + x
        case "con" "cat":
            return "concatenated"
        case b"bytes":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Consts.ANSWER:
            return "the answer"
        case Consts.NAME:
            return "the name"
        case Consts.Inner.PI:
            return "pi-ish"
        case str() as s if len(s) > 10:
            return "long string " + s
        case int(n) if n < 0:
            return "negative %d" % n
        case _:
            return "other %r" % (x,)


for v in [0, 1, 2, 3, -1, -9223372036854775808, 10 ** 26, -10 ** 26, 1.5, -2.5, 2j, 1 + 2j,
          -1 - 2j, 1.5 - 0.5j, "hello", "world", "concat", b"bytes", None, True, False,
          Color.RED, Color.GREEN, Color.BLUE, 42, "ouro", 3.5, "a very long string", -7, 99,
          1.0, 0.0, 3.0, "x", (), [], 4, 0j]:
    print(repr(v), "->", describe(v))


def capture(x):
    match x:
        case 1:
            r = "one"
        case y if y > 10:
            r = "big %d" % y
        case y:
            r = "captured %r" % (y,)
    return r


for v in [1, 5, 50]:
    print(capture(v))


# a single case with a capture
match 5:
    case z:
        print("z", z)
print("z after", z)

# a single wildcard case
match 6:
    case _:
        print("wildcard only")

# nothing matches: falls through
match 7:
    case 1:
        print("no")
    case 2:
        print("no")
print("after no match")

# guards that fail fall through to the next case
for v in range(6):
    match v:
        case x if x % 2 == 0 and x > 2:
            print(v, "even > 2")
        case x if x % 3 == 0:
            print(v, "multiple of 3")
        case 1 | 5 if v == 5:
            print(v, "five by guard")
        case _ if v == 1:
            print(v, "one by default guard")
        case _:
            print(v, "default")

# the subject is evaluated once
calls = []


def subject():
    calls.append(1)
    return 3


match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three, evaluated", len(calls), "time")

# as-patterns
match [1, 2]:
    case [1, 2] as whole:
        print("whole", whole)

match 3:
    case (1 | 2 | 3) as small:
        print("small", small)

match (1, (2, 3)):
    case (a, (b, c) as inner) as outer:
        print(a, b, c, inner, outer)

# equality uses __eq__ of the value
class Anything:
    def __eq__(self, other):
        print("Anything.__eq__ with", other)
        return True


class Holder:
    any = Anything()


match 12:
    case Holder.any:
        print("matched through __eq__")

# value vs identity: 1.0 == 1 but True is not 1
for v in [1, 1.0, True]:
    match v:
        case True:
            print(repr(v), "is True")
        case 1:
            print(repr(v), "== 1")
