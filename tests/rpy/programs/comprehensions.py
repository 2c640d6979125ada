"""List and dict comprehensions: with if filters, over ranges, strs, lists,
dict items, enumerate and zip; nested loops in one comprehension; a
comprehension building tuples; comprehension variables not leaking."""


def ints(l: list[int]) -> str:
    return " ".join([str(x) for x in l])


def entry_point(argv: list[str]) -> int:
    squares = [x * x for x in range(10)]
    evens = [x for x in squares if x % 2 == 0]
    big_odd = [x for x in squares if x % 2 == 1 if x > 10]
    print(ints(squares), "|", ints(evens), "|", ints(big_odd))
    chars = [ch.upper() for ch in "hello" if ch != "l"]
    print("".join(chars))
    words = ["alpha", "beta", "gamma", "delta"]
    lens = [len(w) for w in words]
    print(ints(lens))
    pairs = [(i, j) for i in range(3) for j in range(3) if i != j]
    print(" ".join(["%d-%d" % (a, b) for a, b in pairs]))
    flat = [x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row]
    print(ints(flat))
    index = {w: i for i, w in enumerate(words)}
    for w in words:
        print(w, index[w])
    length_of = {w: len(w) for w in words if "a" in w[1:]}
    print(" ".join(["%s=%d" % (k, v) for k, v in length_of.items()]))
    inverted = {v: k for k, v in index.items()}
    print(inverted[0], inverted[3])
    zipped = [a * b for a, b in zip([1, 2, 3], [4, 5, 6])]
    print(ints(zipped))
    table = {i: [j for j in range(i)] for i in range(4)}
    for k in table:
        print(k, ":", ints(table[k]))
    matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
    transposed = [[matrix[r][c] for r in range(3)] for c in range(3)]
    for row in transposed:
        print(ints(row))
    floats = [float(i) / 4.0 for i in range(5)]
    print(" ".join([str(f) for f in floats]))
    x = 100
    doubled = [x * 2 for x in range(3)]
    print("x after comprehension:", x, ints(doubled))
    return 0
