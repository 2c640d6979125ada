# match: sequence patterns with and without star, nested
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return "one: %r" % (a,)
        case [a, b]:
            return "two: %r %r" % (a, b)
        case [0, *rest]:
            return "starts with 0, rest %r" % (rest,)
        case [*init, 9]:
            return "ends with 9, init %r" % (init,)
        case [first, *middle, last] if len(middle) > 2:
            return "long: %r ... %r (%d in the middle)" % (first, last, len(middle))
        case [(x1, y1), (x2, y2), *_]:
            return "pairs %r" % ((x1, y1, x2, y2),)
        case [a, [b, [c, *d]], *e]:
            return "nested %r %r %r %r %r" % (a, b, c, d, e)
        case [_, _, _]:
            return "three of anything"
        case _:
            return "no sequence match for %r" % (x,)


for v in [[], [1], (1, 2), [0, 5, 6], [1, 2, 9], range(6), [(1, 2), (3, 4), 5],
          [1, [2, [3, 4, 5]], 6, 7], [1, [2, [3]]], "abc", (7, 8, 9), {1: 2}, b"xy", [1, 2, 3, 4],
          bytearray(b"abc")]:
    print(repr(v), "->", seq(v))


def tuple_subject(a, b):
    match a, b:
        case 0, 0:
            return "origin"
        case 0, y:
            return "on y axis at %r" % y
        case x, 0:
            return "on x axis at %r" % x
        case (x, y) if x == y:
            return "diagonal"
        case _:
            return "somewhere"


print(tuple_subject(0, 0), tuple_subject(0, 3), tuple_subject(4, 0), tuple_subject(2, 2), tuple_subject(1, 2))
import collections
dq = collections.deque([1, 2, 3])
match dq:
    case [1, *others]:
        print("deque matched", others)


class MySeq(collections.abc.Sequence):
    def __getitem__(self, i):
        return [10, 20][i]

    def __len__(self):
        return 2


match MySeq():
    case [a, b]:
        print("custom sequence", a, b)


def gen():
    yield 1


match gen():
    case [x]:
        print("generators are not sequences")
    case _:
        print("generator not matched")
match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("star wildcard")
match [[1, 2], [3, 4]]:
    case [[a, b], [c, d]]:
        print(a + b + c + d)
