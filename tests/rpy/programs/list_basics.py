"""list[T] basics: literals, [x] * n, append, pop(), pop(i), insert, del l[i],
extend, +, in / not in, index, count, remove, reverse, len/min/max/sum,
negative indexing, item assignment, IndexError/ValueError cases, list() copy,
lists of lists."""


def ints(l: list[int]) -> str:
    return "[" + ", ".join([str(x) for x in l]) + "]"


def strs(l: list[str]) -> str:
    return "[" + ", ".join(l) + "]"


def entry_point(argv: list[str]) -> int:
    l = [3, 1, 4, 1, 5]
    print(ints(l), len(l), l[0], l[-1], l[-2])
    l.append(9)
    l.append(2)
    print("append:", ints(l))
    last = l.pop()
    first = l.pop(0)
    mid = l.pop(2)
    neg = l.pop(-2)
    print("pop:", last, first, mid, neg, ints(l))
    l.insert(0, 10)
    l.insert(2, 20)
    l.insert(100, 30)
    l.insert(-1, 40)
    print("insert:", ints(l))
    del l[1]
    del l[-1]
    print("del:", ints(l))
    l.extend([7, 8, 9])
    l.extend([])
    print("extend:", ints(l))
    both = l + [100, 200]
    print("concat:", ints(both), len(l), len(both))
    l[0] = -10
    l[-1] += 1
    print("setitem:", ints(l))
    print("in:", 7 in l, 77 in l, 77 not in l)
    print("index:", l.index(7), l.index(9), "count:", l.count(9), l.count(40), l.count(0))
    l.remove(40)
    print("remove:", ints(l))
    l.reverse()
    print("reverse:", ints(l))
    print("len/min/max/sum:", len(l), min(l), max(l), sum(l))
    zeros = [0] * 5
    pattern = [1, 2] * 3
    empty = [7] * 0
    print(ints(zeros), ints(pattern), ints(empty), len(empty))
    words = ["pear", "apple", "fig"]
    words.append("kiwi")
    print(strs(words), min(words), max(words), words.index("fig"), "fig" in words)
    copy = list(words)
    copy.append("extra")
    alias = words
    alias.append("lime")
    print(len(words), len(copy), strs(copy))
    grid = [[0] * 3 for i in range(3)]
    for i in range(3):
        grid[i][i] = 1
        grid[i][2 - i] += 2
    for r in grid:
        print(ints(r))
    shared = [[0] * 2] * 2
    shared[0][0] = 5
    print("shared rows:", shared[1][0])
    try:
        x = l[100]
        print("no error", x)
    except IndexError:
        print("IndexError: index 100")
    try:
        l[-100] = 1
    except IndexError:
        print("IndexError: assign -100")
    try:
        e: list[int] = []
        e.pop()
    except IndexError:
        print("IndexError: pop from empty")
    try:
        l.remove(12345)
    except ValueError:
        print("ValueError: remove missing")
    try:
        print(l.index(12345))
    except ValueError:
        print("ValueError: index missing")
    floats = [1.5, 2.25, -0.75]
    print(sum(floats), min(floats), max(floats))
    stack: list[int] = []
    for i in range(5):
        stack.append(i * i)
    out = []
    while stack:
        out.append(stack.pop())
    print("stack order:", ints(out))
    return 0
