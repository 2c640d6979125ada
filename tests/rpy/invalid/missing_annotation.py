# error: 3: missing type annotation for parameter 'x'
# Invalid RPy: a function parameter without a type annotation.
def double(x) -> int:  # <-- error
    return x * 2


def entry_point(argv: list[str]) -> int:
    print(double(21))
    return 0
