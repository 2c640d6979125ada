"""Slice assignment and deletion with steps (positive and negative), the size
check of extended-slice assignment, and plain slice assignment that resizes."""
def entry_point(argv: list[str]) -> int:
    l = list(range(10))
    l[::2] = [0, 0, 0, 0, 0]
    print(l)
    l[::-3] = [7, 7, 7, 7]
    print(l)
    del l[1::3]
    print(l)
    del l[::-2]
    print(l)
    try:
        l[::2] = [1]
    except ValueError as e:
        print("error:", e)
    m = [1, 2, 3, 4]
    m[1:3] = [9, 9, 9]
    print(m)
    return 0
