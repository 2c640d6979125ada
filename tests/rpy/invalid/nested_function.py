# error: 6: nested functions are not supported
# Invalid RPy: a def inside a def (a closure over a local).
def make_total(values: list[int]) -> int:
    base = 10

    def add_base(v: int) -> int:  # <-- error
        return v + base
    total = 0
    for v in values:
        total += add_base(v)
    return total


def entry_point(argv: list[str]) -> int:
    print(make_total([1, 2, 3]))
    return 0
