# error: 4: 'eval' is not supported
# Invalid RPy: calling eval() on a string.
def compute(expr: str) -> int:
    return eval(expr)  # <-- error


def entry_point(argv: list[str]) -> int:
    print(compute("1 + 2"))
    return 0
