# match statements: or-patterns binding names in different orders, captures
# into locals, cells, globals and class namespaces, match inside loops,
# functions, generators, try statements; stack discipline under failures
import sys


def order(x):
    match x:
        case [a, b, c] | [c, b, a, 0] | {"a": a, "c": c, "b": b} | (c, (b, a), 1):
            return (a, b, c)
        case [("x" | "y") as tag, v] | [v, ("z" as tag)]:
            return ("tagged", tag, v)
        case [p, [q, r]] | [[r, q], p, 9] | [r, p, q, 8, 8]:
            return ("pqr", p, q, r)
    return None


for v in [[1, 2, 3], [1, 2, 3, 0], {"a": 1, "b": 2, "c": 3}, (3, (2, 1), 1), ["x", 5],
          [6, "z"], ["y", "q"], [1, [2, 3]], [[3, 2], 1, 9], [3, 1, 2, 8, 8], [0]]:
    print(v, "->", order(v))


def nested_or(x):
    match x:
        case [(1 | 2) as a, (3 | 4) as b] | [(5 | 6) as b, (7 | 8) as a]:
            return ("nested", a, b)
        case ((0, a) | (a, 0)) | [a, 100]:
            return ("deep or", a)
    return "none"


for v in [[1, 3], [2, 4], [5, 7], [6, 8], [1, 7], (0, 9), (9, 0), [4, 100], [4, 5]]:
    print(v, "->", nested_or(v))


# captures with items kept on the stack around them
def stacked(x):
    match x:
        case [[a, *b], {"k": [c, *d]}, *e] if a:
            return ("stacked", a, b, c, d, e)
        case [[a, *b], {"k": [c, *d]}, *e]:
            return ("stacked, a false", a, b, c, d, e)
    return None


print(stacked([[1, 2, 3], {"k": [4, 5]}, 6, 7]))
print(stacked([[0], {"k": [4]}]))
print(stacked([[1], {"k": []}]))
print(stacked([[1], {"j": [1]}]))

# capture into globals, at module level
match (10, 20):
    case (g1, g2):
        pass
print("globals", g1, g2)


# capture into cells
def closures(x):
    match x:
        case [f, *rest]:
            def get():
                return f, rest
    return get


print(closures([1, 2, 3])())


# global and nonlocal targets
G = None


def set_global(x):
    global G
    match x:
        case {"g": G}:
            pass


set_global({"g": "global set"})
print(G)


def outer():
    n = 0

    def inner(x):
        nonlocal n
        match x:
            case int(n) if n > 5:
                return "big"
            case n:
                return "small"
    print(inner(3), n, inner(9), n)


outer()


# class namespace, and name mangling
class Spam:
    match [1, 2]:
        case [__private, public]:
            pass

    def method(self, x):
        match x:
            case [__hidden]:
                return __hidden


print(Spam._Spam__private, Spam.public, Spam().method(["mangled"]))


# match in loops with break / continue / return in the cases
def search(items):
    found = []
    for it in items:
        match it:
            case "stop":
                break
            case "skip":
                continue
            case ("return", value):
                return ("returned", value, found)
            case [*_] as seq if len(seq) > 2:
                found.append(("long", len(seq)))
            case other:
                found.append(other)
    else:
        found.append("no break")
    return found


print(search([1, "skip", [1, 2, 3], 2]))
print(search([1, "stop", 2]))
print(search([1, ("return", 5), 2]))

# while loop with match
n = 0
while True:
    n += 1
    match n:
        case 1 | 2:
            continue
        case 5:
            break
        case x:
            print("loop", x)
print("n", n)


# generators: yield inside a guard and a body, with the subject on the stack
def gen(items):
    for it in items:
        match it:
            case [a, b] if (yield ("guard", a)):
                yield ("body", a, b)
            case _:
                yield ("default", it)


g = gen([[1, 2], 3, [4, 5]])
out = [next(g)]
out.append(g.send(True))
out.append(next(g))
out.append(next(g))
out.append(g.send(False))
print(out)


# exceptions inside guards and sub-pattern lookups
def raising(x):
    try:
        match x:
            case [a, b] if a / b > 1:
                return "ratio"
            case {"k": v} if v.missing:
                return "attr"
            case _:
                return "default"
    except ZeroDivisionError as e:
        return "ZeroDivisionError " + str(e)
    except AttributeError as e:
        return "AttributeError " + str(e)


print(raising([4, 2]), raising([1, 0]), raising({"k": 1}), raising(5))


class BadLen:
    def __len__(self):
        raise RuntimeError("no length")

    def __getitem__(self, i):
        return i


import collections.abc
collections.abc.Sequence.register(BadLen)
try:
    match BadLen():
        case [a, b]:
            print("matched?!")
except RuntimeError as e:
    print("RuntimeError:", e)

# a match in a try/finally, with the subject copy popped on every path
def fin(x):
    try:
        match x:
            case 1:
                return "one"
            case [a, *_] if a:
                return "seq"
    finally:
        print("  finally for", x)
    return "fell through"


print(fin(1), fin([1]), fin([0]), fin(None))

# many cases: all the subject copies are popped
total = 0
for i in range(20):
    match i:
        case 0 | 1 | 2:
            total += 1
        case 3 | 4:
            total += 10
        case 5 if i > 100:
            total += 1000
        case [_]:
            total += 10000
        case {"x": _}:
            total += 100000
        case int() if i % 2:
            total += 100
print("total", total)


def recursive(tree):
    match tree:
        case (left, value, right):
            return recursive(left) + [value] + recursive(right)
        case None:
            return []


print(recursive(((None, 1, None), 2, ((None, 3, None), 4, None))))
print(sys.getrecursionlimit() > 0)
