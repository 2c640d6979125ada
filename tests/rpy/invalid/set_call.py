# error: 4: sets are not supported
# Invalid RPy: set() called to build a set from a list.
def unique_count(values: list[int]) -> int:
    return len(set(values))  # <-- error


def entry_point(argv: list[str]) -> int:
    print(unique_count([1, 2, 2]))
    return 0
