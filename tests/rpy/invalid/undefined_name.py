# error: 4: name 'foo' is not defined
# Invalid RPy: calling a function that does not exist.
def compute(n: int) -> int:
    return foo(n) + 1  # <-- error


def entry_point(argv: list[str]) -> int:
    print(compute(2))
    return 0
