# match: literal, capture, wildcard, value patterns, guards
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Consts:
    LIMIT = 10
    NAME = "const"


def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case -3 + 4j:
            return "complex"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case "con" "cat":
            return "concatenated"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red"
        case Consts.LIMIT:
            return "limit"
        case Consts.NAME:
            return "name const"
        case int(n) if n > 100:
            return "big int %d" % n
        case str() as s if len(s) > 5:
            return "long string " + s
        case _:
            return "other %r" % (x,)


for v in [0, 2, -1, 1.5, 2j, -3 + 4j, "hello", b"bytes", "concat", None, True, False, 1.0,
          Color.RED, Color.GREEN, 10, "const", 500, "abcdefgh", "abc", [1], 0.0]:
    print(repr(v), "->", classify(v))


def capture(x):
    match x:
        case 42:
            return "answer"
        case other:
            return "captured %r" % (other,)


print(capture(42), capture("z"))
hits = []


def guard(n):
    hits.append(n)
    return n % 2 == 0


for value in range(5):
    match value:
        case v if guard(v):
            print(value, "even by guard")
        case v:
            print(value, "odd, v =", v)
print(hits)
match 5:
    case 1:
        print("no")
print("no case matched, nothing printed")
x = 3
match x:
    case _ if x > 2:
        print("wildcard with guard")
flag = False
match flag:
    case 0:
        print("0 matches False (==)")
    case False:
        print("False")
match 1:
    case True:
        print("True pattern uses is")
    case 1:
        print("1 pattern")
