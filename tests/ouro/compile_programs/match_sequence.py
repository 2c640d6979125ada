# match statements: sequence patterns (fixed length, starred, nested,
# wildcards), what counts as a sequence
import collections
import collections.abc


def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return "one: %r" % (a,)
        case [a, b] if a == b:
            return "pair of equals %r" % (a,)
        case [a, b]:
            return "two: %r %r" % (a, b)
        case [1, *rest]:
            return "starts with 1, rest %r" % (rest,)
        case [*init, 9]:
            return "ends with 9, init %r" % (init,)
        case [first, *_, last] if first == last:
            return "same ends %r" % (first,)
        case [first, *middle, last] if len(middle) == 1:
            return "middle %r between %r and %r" % (middle, first, last)
        case [_, _, _]:
            return "three of anything"
        case [x, *_]:
            return "first %r of %d" % (x, len(x_seq(x)))
        case _:
            return "not a sequence"


def x_seq(x):
    return [x]


for v in [[], (), [1], (2,), [3, 3], [3, 4], (5, 6), [1, 2, 3, 4], [0, 8, 9], [7, 0, 0, 7],
          [4, 5, 6, 7], [4, 5, 6], [10, 11, 12, 13], "ab", b"ab", bytearray(b"ab"), {1: 2},
          range(3), range(5), collections.deque([8, 8]), 42, None, ""]:
    print(repr(v), "->", seq(v))


def stars(x):
    match x:
        case [*all_]:
            return ("all", all_)


print(stars([1, 2, 3]), stars(()), stars("ab"))


def wild(x):
    match x:
        case [*_]:
            return "any sequence"
        case _:
            return "no"


print(wild([]), wild((1, 2)), wild("s"), wild({}))


def fixed(x):
    match x:
        case [_, _]:
            return "two"
        case [_, *_]:
            return "at least one"
        case [_, _, *_, _, _]:
            return "never: shadowed"
    return "none"


print(fixed([1, 2]), fixed([1]), fixed([]), fixed([1, 2, 3, 4, 5]))


def nested(x):
    match x:
        case [[a, b], [c, [d, *e]]]:
            return ("nested", a, b, c, d, e)
        case [(1 | 2) as k, [*_, (3 | 4) as m]]:
            return ("or inside", k, m)
        case ([a, *_], *rest, (b, *_)):
            return ("tuple syntax", a, rest, b)
    return None


print(nested([[1, 2], [3, [4, 5, 6]]]))
print(nested([2, [0, 0, 4]]))
print(nested(([7, 8], 1, 2, [9])))
print(nested([[1], [2]]))
print(seq(memoryview(b"xyz")))


# subscripting with non-negative indexes only
class NoNegative(collections.abc.Sequence):
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        if isinstance(i, int) and i < 0:
            raise IndexError("negative index %d" % i)
        print("  getitem", i)
        return self.items[i]


match NoNegative([10, 20, 30, 40]):
    case [a, *_, b, c]:
        print("first and last two", a, b, c)

match NoNegative([1, 2, 3]):
    case [a, *rest]:
        print("unpacked", a, rest)

# a failing sub-pattern pops everything it kept on the stack
for v in [[1, 2, 3], [1, 2, 4], [1, 5, 3], [1, [2, 3]], [1, [2, 4]]]:
    match v:
        case [1, 2, 3]:
            print(v, "exact")
        case [1, [2, x]] if x == 3:
            print(v, "nested with guard")
        case [a, b, c] if a + b == c + 2:
            print(v, "sum")
        case [a, [b, c]]:
            print(v, "nested", a, b, c)
        case [a, *b]:
            print(v, "fallback", a, b)

# many items (UNPACK_EX with a large count after the star)
match list(range(300)):
    case [a, b, *mid, y, z]:
        print(a, b, len(mid), y, z)

# strings are not sequences here, and neither are iterators
match iter([1, 2]):
    case [a, b]:
        print("iterator matched?!")
    case _:
        print("iterator is not a sequence")

match "xy":
    case [a, b]:
        print("string matched?!")
    case (a):
        print("string captured", a)
