# error: 3: **kwargs parameters are not supported
# Invalid RPy: a function with a **kwargs parameter.
def configure(name: str, **options: int) -> int:  # <-- error
    return len(name)


def entry_point(argv: list[str]) -> int:
    print(configure("x", verbose=1))
    return 0
