# error: 4: import inside a function is not supported
# Invalid RPy: an import statement inside a function body.
def root(x: float) -> float:
    import math  # <-- error
    return math.sqrt(x)


def entry_point(argv: list[str]) -> int:
    print(root(2.0))
    return 0
