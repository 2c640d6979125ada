# error: 19: 'with' is not supported
# Invalid RPy: a with statement.
class Guard:
    depth: int

    def __init__(self) -> None:
        self.depth = 0

    def __enter__(self) -> int:
        self.depth += 1
        return self.depth

    def __exit__(self, a: int, b: int, c: int) -> None:
        self.depth -= 1


def entry_point(argv: list[str]) -> int:
    g = Guard()
    with g:  # <-- error
        print("inside")
    return 0
