# error: 8: takes 2 arguments but 3 were given
# Invalid RPy: calling a two-parameter function with three arguments.
def add(a: int, b: int) -> int:
    return a + b


def entry_point(argv: list[str]) -> int:
    print(add(1, 2, 3))  # <-- error
    return 0
