# error: 6: generators are not supported
# Invalid RPy: a function containing yield (a generator).
def count_up(n: int) -> int:
    i = 0
    while i < n:
        yield i  # <-- error
        i += 1
    return 0


def entry_point(argv: list[str]) -> int:
    count_up(3)
    return 0
