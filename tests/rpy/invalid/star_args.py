# error: 3: *args parameters are not supported
# Invalid RPy: a function with a *args parameter.
def total(*values: int) -> int:  # <-- error
    s = 0
    for v in values:
        s += v
    return s


def entry_point(argv: list[str]) -> int:
    print(total(1, 2, 3))
    return 0
