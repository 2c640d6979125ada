# error: 4: sets are not supported
# Invalid RPy: a set literal.
def unique_count(values: list[int]) -> int:
    seen = {values[0], values[1]}  # <-- error
    return len(seen)


def entry_point(argv: list[str]) -> int:
    print(unique_count([1, 2, 2]))
    return 0
