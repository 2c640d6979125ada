"""list slicing: read slices with steps (positive, negative, out of range),
slice assignment that grows/shrinks/inserts, del l[a:b], del with negative
bounds, slice copies being independent."""


def ints(l: list[int]) -> str:
    return "[" + ", ".join([str(x) for x in l]) + "]"


def entry_point(argv: list[str]) -> int:
    l = [i for i in range(10)]
    print(ints(l[2:5]), ints(l[:3]), ints(l[7:]), ints(l[-3:]), ints(l[:-7]), ints(l[5:2]))
    print(ints(l[::2]), ints(l[1::3]), ints(l[::-1]), ints(l[8:2:-2]), ints(l[-1:-4:-1]))
    print(ints(l[-100:2]), ints(l[8:100]), ints(l[100:]), ints(l[::-4]))
    c = l[:]
    c[0] = 99
    print("copy independent:", l[0], c[0])
    m = [0, 1, 2, 3, 4, 5]
    m[1:3] = [10, 20, 30, 40]
    print("grow:", ints(m))
    m[2:6] = [7]
    print("shrink:", ints(m))
    m[0:0] = [-1, -2]
    print("insert front:", ints(m))
    m[len(m):] = [100]
    print("append via slice:", ints(m))
    m[-2:] = []
    print("clear tail:", ints(m))
    m[:] = [5, 6, 7]
    print("replace all:", ints(m))
    d = [i * 10 for i in range(10)]
    del d[2:4]
    print("del 2:4:", ints(d))
    del d[-3:]
    print("del -3:", ints(d))
    del d[:1]
    print("del :1:", ints(d))
    del d[10:20]
    print("del out of range:", ints(d))
    del d[:]
    print("del all:", ints(d), len(d))
    words = ["a", "b", "c", "d", "e"]
    words[1:4] = ["X"]
    print("/".join(words), "/".join(words[::-1]))
    window = [1, 2, 3, 4, 5, 6, 7]
    sums = [sum(window[i:i + 3]) for i in range(len(window) - 2)]
    print("window sums:", ints(sums))
    return 0
